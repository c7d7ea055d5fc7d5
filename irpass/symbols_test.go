package irpass

import (
	"math"
	"testing"
)

// The symbol index gives back every entry it was given, in order:
// offsets far apart (more than 32 bits between two), going back (a
// symbol of an earlier part), and across chunks.
func TestSymIndex(t *testing.T) {
	var want []symEntry
	off := int64(0)
	for i := 0; i < 3*maxSymChunk+17; i++ {
		switch i % 1000 {
		case 7:
			off += math.MaxUint32 + 5 // farther than 32 bits
		case 8:
			off -= 1 << 20 // back
		default:
			off += int64(i % 97)
		}
		want = append(want, symEntry{hash: uint64(i) * 0x9e3779b97f4a7c15, off: off})
	}
	var x symIndex
	for _, e := range want {
		x.add(e)
	}
	var got []symEntry
	for _, c := range x.chunks {
		for i := range c.hashes {
			got = append(got, c.entry(i))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("entry %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
