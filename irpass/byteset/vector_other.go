//go:build !amd64

package byteset

var haveVector = false

func indexVector(b []byte, t *[64]byte) int { return len(b) }

func maskVector(b []byte, t *[64]byte) uint64 { return 0 }
