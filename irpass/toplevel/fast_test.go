package toplevel

import (
	"bytes"
	"math/rand"
	"testing"
)

// lineGroupByByte is lineGroup's definition, a byte at a time.
func lineGroupByByte(line []byte, p int) (int, bool) {
	depth := 0
	for ; p < len(line); p++ {
		switch groupClass[line[p]] {
		case 0:
		case cOpen:
			depth++
		case cClose:
			depth--
			if depth == 0 {
				return p + 1, true
			}
		case cQuote:
			k := bytes.IndexByte(line[p+1:], '"')
			if k < 0 {
				return 0, false
			}
			p += k + 1
		default:
			return 0, false
		}
	}
	return 0, false
}

// lineGroup takes the bytes that matter 64 at a time: on lines of
// brackets, strings and other bytes, of every length up to 300, from every
// bracket, it ends where a look at each byte ends, whatever falls on the
// masks' edges (a string that starts in one mask and ends in another, or
// ends on a mask's last byte).
func TestLineGroup(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	pieces := []string{"<{", "}>", "[", "]", "(", ")", "{", "}", "c\"", "\"", " x ", "i8", " ", "0123456789abcdef", "\"a]}>\"", ";", "\n", "/"}
	for round := 0; round < 20000; round++ {
		var b []byte
		n := rng.Intn(300)
		for len(b) < n {
			p := pieces[rng.Intn(len(pieces))]
			if (p == ";" || p == "\n" || p == "/") && rng.Intn(8) != 0 {
				continue // rarer: they end the fast path
			}
			b = append(b, p...)
		}
		for p := range b {
			if groupClass[b[p]] != cOpen {
				continue
			}
			gotEnd, gotOK := lineGroup(b, p)
			wantEnd, wantOK := lineGroupByByte(b, p)
			if gotEnd != wantEnd || gotOK != wantOK {
				t.Fatalf("lineGroup(%q, %d) = %d, %v, want %d, %v", b, p, gotEnd, gotOK, wantEnd, wantOK)
			}
		}
	}
}

func FuzzLineGroup(f *testing.F) {
	f.Add([]byte(`<{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @f, ptr @name, [8 x i8] c"\05\00\00\00\00\00\00\00" }>, align 8`))
	f.Fuzz(func(t *testing.T, b []byte) {
		for p := range b {
			if groupClass[b[p]] == cOpen {
				gotEnd, gotOK := lineGroup(b, p)
				if wantEnd, wantOK := lineGroupByByte(b, p); gotEnd != wantEnd || gotOK != wantOK {
					t.Fatalf("lineGroup(%q, %d) = %d, %v, want %d, %v", b, p, gotEnd, gotOK, wantEnd, wantOK)
				}
			}
		}
	})
}
