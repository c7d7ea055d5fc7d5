package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// A reader's way through a module (each request from somewhere in the
// last window on, for more than it holds, now and then a read elsewhere),
// in one window and in many, from a file and from memory: At gives the
// module's bytes.
func TestAt(t *testing.T) {
	data := make([]byte, 3<<20+123)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range data {
		data[i] = byte(rng.IntN(256))
	}
	name := filepath.Join(t.TempDir(), "m")
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, chunk := range []int{1 << 20, 128 << 10, 4096, 7} {
		for _, file := range []bool{false, true} {
			undo := SetBufferForTest(chunk)
			var s *Source
			if file {
				s = New(f, int64(len(data)))
			} else {
				s = New(bytes.NewReader(data), int64(len(data)))
			}
			walk(t, s, data, rng, chunk, file)
			s.Close()
			undo()
		}
	}
}

// walk reads data through s as a reader does, checking every window.
func walk(t *testing.T, s *Source, data []byte, rng *rand.Rand, chunk int, jumps bool) {
	t.Helper()
	var off int64
	win := []byte{}
	var winOff int64
	for step := 0; off < int64(len(data)); step++ {
		// Keep some of the window (none, a little, much), ask for more
		// than that.
		keep := 0
		switch rng.IntN(4) {
		case 1:
			keep = rng.IntN(64)
		case 2:
			keep = rng.IntN(48 << 10)
		}
		keep = min(keep, len(win))
		off = winOff + int64(len(win)-keep)
		n := keep + 1 + rng.IntN(2*chunk)
		if jumps && step%97 == 5 {
			// Now and then, somewhere else (a read back by offset).
			b, err := s.At(int64(rng.IntN(len(data))), 10)
			if err != nil {
				t.Fatal(err)
			}
			_ = b
		}
		b, err := s.At(off, n)
		if err != nil {
			t.Fatalf("At(%d, %d): %v", off, n, err)
		}
		want := min(int64(n), int64(len(data))-off)
		if int64(len(b)) < want || !bytes.Equal(b, data[off:off+int64(len(b))]) {
			t.Fatalf("At(%d, %d): %d bytes, not the module's (chunk %d)", off, n, len(b), chunk)
		}
		if off+int64(len(b)) >= int64(len(data)) {
			return
		}
		win, winOff = b, off
	}
}

// sizesReader records the size of every read.
type sizesReader struct {
	r     *bytes.Reader
	sizes []int
}

func (s *sizesReader) ReadAt(p []byte, off int64) (int, error) {
	s.sizes = append(s.sizes, len(p))
	return s.r.ReadAt(p, off)
}

// At reads a whole window where its reader goes on in order (from the
// start, or from within or at the end of the last window), and a little
// where it jumps (a read back): a read back of a header must not cost a
// window.
func TestAtReadSizes(t *testing.T) {
	data := make([]byte, 4<<20)
	r := &sizesReader{r: bytes.NewReader(data)}
	s := New(r, int64(len(data)))
	for _, c := range []struct {
		off  int64
		n    int
		read int // the size of the read it makes, 0 for none
	}{
		{0, 10, bufSize},                      // the start
		{100, 10, 0},                          // in the window
		{int64(bufSize) - 5, 10, bufSize},     // goes on from it
		{3 << 20, 100, jumpRead},              // a jump
		{3<<20 + int64(jumpRead), 1, bufSize}, // goes on from there
		{1 << 20, 3 * jumpRead, 3 * jumpRead}, // a jump for more
		{1<<20 - 1, 1, jumpRead},              // just before the window
		{int64(len(data)) - 10, 100, 10},      // the end
	} {
		r.sizes = nil
		b, err := s.At(c.off, c.n)
		if err != nil || len(b) < min(c.n, len(data)-int(c.off)) {
			t.Fatalf("At(%d, %d): %d bytes, %v", c.off, c.n, len(b), err)
		}
		switch {
		case c.read == 0 && len(r.sizes) != 0, c.read != 0 && (len(r.sizes) != 1 || r.sizes[0] != c.read):
			t.Errorf("At(%d, %d) read %v, want one read of %d", c.off, c.n, r.sizes, c.read)
		}
	}
}

// TestErrChanged checks that errChanged reads and unwraps as the
// fmt.Errorf it replaced.
func TestErrChanged(t *testing.T) {
	want := fmt.Errorf("the file changed while iu-entry was reading it (%w)", io.ErrUnexpectedEOF)
	if errChanged.Error() != want.Error() {
		t.Errorf("errChanged = %q, want %q", errChanged, want)
	}
	if !errors.Is(errChanged, io.ErrUnexpectedEOF) {
		t.Error("errChanged does not wrap io.ErrUnexpectedEOF")
	}
}
