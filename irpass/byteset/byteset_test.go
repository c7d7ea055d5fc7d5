package byteset

import (
	"bytes"
	"math/rand"
	"runtime"
	"testing"
)

func indexAnyByte(b []byte, members string) int {
	for i, c := range b {
		if bytes.IndexByte([]byte(members), c) >= 0 {
			return i
		}
	}
	return -1
}

var sets = []string{
	"\n\"/;([{<)]}>",                       // irpass/toplevel's groups
	"}{\"/;",                               // a function body's
	"\x00\x7f\x80\xff",                     // the extremes
	"0123456789ABCDEFGHIJKLMNOP",           // many bytes, few high nibbles
	"\x01\x11\x21\x31\x41\x51\x61\x71\x81", // nine high nibbles: not vectorised
	"",
}

// checkAll compares Index with the definition on every length up to 200
// and a member at every position, in random bytes around it.
func checkAll(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, members := range sets {
		s := New(members)
		var non []byte // bytes not in the set
		for c := 0; c < 256; c++ {
			if !s.Has(byte(c)) {
				non = append(non, byte(c))
			}
		}
		for n := 0; n <= 200; n++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = non[rng.Intn(len(non))]
			}
			if got := s.Index(b); got != -1 {
				t.Fatalf("set %q, %d bytes of non-members: Index = %d", members, n, got)
			}
			for pos := 0; pos < n && members != ""; pos++ {
				c := b[pos]
				b[pos] = members[rng.Intn(len(members))]
				if got, want := s.Index(b), indexAnyByte(b, members); got != want {
					t.Fatalf("set %q, %d bytes, member %q at %d: Index = %d, want %d", members, n, b[pos], pos, got, want)
				}
				// A second member later changes nothing.
				if pos+1 < n {
					d := b[n-1]
					b[n-1] = members[0]
					if got := s.Index(b); got != pos {
						t.Fatalf("set %q, %d bytes, members at %d and %d: Index = %d", members, n, pos, n-1, got)
					}
					b[n-1] = d
				}
				b[pos] = c
			}
		}
		// Every byte alone, at the start, in the second lane and in the
		// tail, says whether it is a member.
		for c := 0; c < 256; c++ {
			for _, pos := range []int{0, 17, 31, 32, 63, 64, 70} {
				b := bytes.Repeat(non[:1], 71)
				b[pos] = byte(c)
				want := -1
				if s.Has(byte(c)) {
					want = pos
				}
				if got := s.Index(b); got != want {
					t.Fatalf("set %q: byte %#x at %d: Index = %d, want %d", members, c, pos, got, want)
				}
			}
		}
	}
}

// maskOf is Mask's definition.
func maskOf(b []byte, members string) (mask uint64, n int) {
	n = min(len(b), 64)
	for i := 0; i < n; i++ {
		if bytes.IndexByte([]byte(members), b[i]) >= 0 {
			mask |= 1 << i
		}
	}
	return mask, n
}

// checkMask compares Mask with its definition on every length up to 100,
// with members at random and at every position alone.
func checkMask(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, members := range sets {
		s := New(members)
		for n := 0; n <= 100; n++ {
			b := make([]byte, n)
			for round := 0; round < 50; round++ {
				for i := range b {
					b[i] = byte(rng.Intn(256))
					if members != "" && rng.Intn(4) == 0 {
						b[i] = members[rng.Intn(len(members))]
					}
				}
				gm, gn := s.Mask(b)
				wm, wn := maskOf(b, members)
				if gm != wm || gn != wn {
					t.Fatalf("set %q, %d bytes %q: Mask = %#x, %d, want %#x, %d", members, n, b, gm, gn, wm, wn)
				}
			}
			for c := 0; c < 256; c += 7 {
				for pos := 0; pos < n; pos++ {
					for i := range b {
						b[i] = 0x99 // in no set above
					}
					b[pos] = byte(c)
					gm, _ := s.Mask(b)
					wm, _ := maskOf(b, members)
					if gm != wm {
						t.Fatalf("set %q, %d bytes, %#x at %d: Mask = %#x, want %#x", members, n, c, pos, gm, wm)
					}
				}
			}
		}
	}
}

func TestMask(t *testing.T) { checkMask(t) }

func TestMaskScalar(t *testing.T) {
	defer func(v bool) { haveVector = v }(haveVector)
	haveVector = false
	checkMask(t)
}

func FuzzMask(f *testing.F) {
	f.Add("\n\"/;([{<)]}>", []byte("@a = constant <{ [3 x i8] }> <{ [3 x i8] c\"abc\" }>, align 1\n"))
	f.Fuzz(func(t *testing.T, members string, b []byte) {
		gm, gn := New(members).Mask(b)
		if wm, wn := maskOf(b, members); gm != wm || gn != wn {
			t.Fatalf("Mask = %#x, %d, want %#x, %d", gm, gn, wm, wn)
		}
	})
}

func TestIndex(t *testing.T) {
	if runtime.GOARCH == "amd64" && !haveVector {
		t.Log("no AVX2 here: the byte-at-a-time search only")
	}
	checkAll(t)
}

func TestIndexScalar(t *testing.T) {
	defer func(v bool) { haveVector = v }(haveVector)
	haveVector = false
	checkAll(t)
}

func TestVectorised(t *testing.T) {
	for _, c := range []struct {
		members string
		vector  bool
	}{{sets[0], true}, {sets[4], false}} {
		if New(c.members).vector != c.vector {
			t.Errorf("set %q: vectorised %v, want %v", c.members, !c.vector, c.vector)
		}
	}
}

func FuzzIndex(f *testing.F) {
	f.Add("\n\"/;([{<)]}>", []byte("!12 = !DILocation(line: 3, column: 5, scope: !11)\n"))
	f.Fuzz(func(t *testing.T, members string, b []byte) {
		if got, want := New(members).Index(b), indexAnyByte(b, members); got != want {
			t.Fatalf("Index = %d, want %d", got, want)
		}
	})
}

func BenchmarkIndex(b *testing.B) {
	line := []byte("!280919 = !DILocation(line: 1124, column: 76, scope: !7, inlinedAt: !280910)\n")
	s := New(sets[0])
	b.SetBytes(int64(len(line) - 22))
	for i := 0; i < b.N; i++ {
		s.Index(line[22:])
	}
}

// The vector search alone: the first member, or len(b).
func TestIndexVectorExact(t *testing.T) {
	if !haveVector {
		t.Skip("no vector search here")
	}
	rng := rand.New(rand.NewSource(2))
	s := New(sets[0])
	for round := 0; round < 20000; round++ {
		b := make([]byte, 32+rng.Intn(200))
		for i := range b {
			b[i] = byte(rng.Intn(256))
			for s.Has(b[i]) && rng.Intn(8) != 0 {
				b[i] = byte(rng.Intn(256)) // members rarer than chance
			}
		}
		want := indexAnyByte(b, sets[0])
		if want < 0 {
			want = len(b)
		}
		if got := indexVector(b, &s.tables); got != want {
			t.Fatalf("indexVector = %d, want %d in %q", got, want, b)
		}
	}
}
