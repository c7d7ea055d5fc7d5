package irgen

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseSize reads a module size as the bench tools take it on their command
// lines: 1MB, 10MiB, 1GB, 512k or 12345 (bytes). K, M and G are powers of
// 1024.
func ParseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	u = strings.TrimSuffix(strings.TrimSuffix(u, "IB"), "B")
	mul := int64(1)
	switch {
	case strings.HasSuffix(u, "K"):
		mul = 1 << 10
	case strings.HasSuffix(u, "M"):
		mul = 1 << 20
	case strings.HasSuffix(u, "G"):
		mul = 1 << 30
	}
	if mul != 1 {
		u = u[:len(u)-1]
	}
	v, err := strconv.ParseFloat(u, 64)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(v * float64(mul)), nil
}
