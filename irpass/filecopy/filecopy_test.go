package filecopy

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// files returns an input file holding data and an output file holding
// "head", both open, removed when the test ends.
func files(t *testing.T, data []byte) (in, out *os.File) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "in"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(filepath.Join(dir, "in"))
	if err != nil {
		t.Fatal(err)
	}
	out, err = os.Create(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { in.Close(); out.Close() })
	out.WriteString("head")
	return in, out
}

func contents(t *testing.T, f *os.File) []byte {
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + i>>9)
	}
	return b
}

// Range appends the range at the output's offset and leaves the input's
// offset where it was.
func TestRange(t *testing.T) {
	data := pattern(3<<20 + 123)
	in, out := files(t, data)
	in.Seek(17, io.SeekStart)
	n, err := Range(out, in, 1001, 2<<20+5)
	if runtime.GOOS != "linux" {
		if !errors.Is(err, ErrUnsupported) || n != 0 {
			t.Fatalf("got %d, %v; want ErrUnsupported", n, err)
		}
		return
	}
	if err != nil || n != 2<<20+5 {
		t.Fatalf("got %d, %v", n, err)
	}
	out.WriteString("tail")
	want := append(append([]byte("head"), data[1001:1001+2<<20+5]...), "tail"...)
	if got := contents(t, out); !bytes.Equal(got, want) {
		t.Fatalf("output differs: %d bytes, want %d", len(got), len(want))
	}
	if off, _ := in.Seek(0, io.SeekCurrent); off != 17 {
		t.Fatalf("the input's offset moved to %d", off)
	}
}

// An input shorter than the range asked for is an error, with what was
// copied; nothing copied at all leaves the copy to the caller.
func TestRangeShortInput(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("copy_file_range is Linux's")
	}
	in, out := files(t, pattern(100<<10))
	n, err := Range(out, in, 50<<10, 100<<10)
	if !errors.Is(err, io.ErrUnexpectedEOF) || n != 50<<10 {
		t.Fatalf("got %d, %v; want %d, ErrUnexpectedEOF", n, err, 50<<10)
	}
	n, err = Range(out, in, 200<<10, 10)
	if !errors.Is(err, ErrUnsupported) || n != 0 {
		t.Fatalf("past the end: got %d, %v; want ErrUnsupported", n, err)
	}
}

// The kernel does not copy from a pipe: Range says so and copies nothing.
func TestRangeUnsupported(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	w.WriteString("abc")
	_, out := files(t, nil)
	n, err := Range(out, r, 0, 3)
	if !errors.Is(err, ErrUnsupported) || n != 0 {
		t.Fatalf("got %d, %v; want ErrUnsupported", n, err)
	}
	if got := contents(t, out); string(got) != "head" {
		t.Fatalf("output is %q", got)
	}
}

// Reserve sets the size to the reservation's end; writing the reserved
// bytes leaves it there.
func TestReserve(t *testing.T) {
	_, out := files(t, nil)
	if !Reserve(out, 1<<20) {
		if runtime.GOOS == "linux" {
			t.Fatal("no reservation on Linux")
		}
		t.Skip("no fallocate here")
	}
	if fi, _ := out.Stat(); fi.Size() != 4+1<<20 {
		t.Fatalf("size %d after the reservation, want %d", fi.Size(), 4+1<<20)
	}
	data := pattern(1 << 20)
	out.Write(data)
	if got := contents(t, out); !bytes.Equal(got, append([]byte("head"), data...)) {
		t.Fatal("output differs")
	}
	if Reserve(out, 0) {
		t.Fatal("reserved 0 bytes")
	}
}

// In a file opened with O_APPEND nothing is reserved (the writes would go
// after it), and Range leaves the copy to the caller or appends.
func TestAppendOnly(t *testing.T) {
	in, out := files(t, pattern(200<<10))
	out.Close()
	f, err := os.OpenFile(out.Name(), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if Reserve(f, 1<<20) {
		t.Fatal("reserved in a file opened with O_APPEND")
	}
	if n, err := Range(f, in, 0, 100<<10); !errors.Is(err, ErrUnsupported) || n != 0 {
		t.Fatalf("Range: %d, %v; want ErrUnsupported", n, err)
	}
	if got := contents(t, f); string(got) != "head" {
		t.Fatalf("output is %q", got)
	}
}

// In the middle of a file nothing is reserved: what follows the offset
// must not be cut by the truncation that ends a shorter write.
func TestReserveMidFile(t *testing.T) {
	_, out := files(t, nil)
	out.WriteString("tail that must stay")
	out.Seek(4, io.SeekStart)
	if Reserve(out, 10) {
		t.Fatal("reserved in the middle of a file")
	}
}
