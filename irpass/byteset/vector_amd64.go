package byteset

import "golang.org/x/sys/cpu"

// haveVector says whether indexVector can run here.
var haveVector = cpu.X86.HasAVX2

// indexVector returns the index of the first member in b of the set
// whose tables are t, or len(b) if there is none. len(b) must be at
// least 32: the last bytes are looked at in the 32 that end b.
//
//go:noescape
func indexVector(b []byte, t *[64]byte) int

// maskVector returns the members among the bytes of b as bits, the first
// byte the lowest bit, for a set whose tables are t. len(b) must be 32 to
// 64: the bytes are looked at in the 32 that start b and the 32 that end
// it.
//
//go:noescape
func maskVector(b []byte, t *[64]byte) uint64
