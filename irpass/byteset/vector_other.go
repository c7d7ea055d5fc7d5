//go:build !amd64

package byteset

var haveVector = false

func indexVector(b []byte, t *[64]byte) int { return len(b) }
