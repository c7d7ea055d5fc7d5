package filecopy

import (
	"bytes"
	"testing"
)

// One Copier copies many ranges, in and out of step, smaller and larger
// than its pipe, by splicing (not by falling back to copy_file_range
// unseen), and by copy_file_range where told not to splice: the output is
// the ranges, in order.
func TestCopierRanges(t *testing.T) {
	data := pattern(5<<20 + 77)
	ranges := [][2]int64{{0, 10}, {4093, 3 << 20}, {1, 1}, {100, pipeSize}, {7, pipeSize + 1}, {5 << 20, 77}, {0, 5<<20 + 77}}
	for _, splice := range []bool{true, false} {
		in, out := files(t, data)
		c := NewCopier(out, in)
		c.sys.noSplice = !splice
		want := []byte("head")
		for _, r := range ranges {
			n, err := c.Range(r[0], r[1])
			if err != nil || n != r[1] {
				t.Fatalf("splice %v: Range(%d, %d) = %d, %v", splice, r[0], r[1], n, err)
			}
			want = append(want, data[r[0]:r[0]+r[1]]...)
		}
		if splice && (c.sys.r == 0 || c.sys.noSplice) {
			t.Fatal("the copies did not splice")
		}
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
		if c.sys.r != 0 {
			t.Fatal("Close left the pipe open")
		}
		if got := contents(t, out); !bytes.Equal(got, want) {
			t.Fatalf("splice %v: output differs (%d bytes, want %d)", splice, len(got), len(want))
		}
	}
}
