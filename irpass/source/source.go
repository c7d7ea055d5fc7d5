// Package source gives the passes of irpass the bytes of a module a window
// at a time, so that memory stays small however large the module is: a
// regular file is mapped into memory (see fileWindow), anything else is
// read through io.ReaderAt into a buffer of a fixed size.
package source

import (
	"fmt"
	"io"
	"os"
)

// A Source is a module's bytes.
type Source struct {
	r    io.ReaderAt
	size int64
	win  *fileWindow // the mapping, if the module could be mapped

	// Without a mapping: buf holds bytes [bufOff, bufOff+len(buf)).
	buf    []byte
	bufOff int64
}

// bufSize is the size of the buffer when the module is read with ReadAt:
// large enough that a read costs little next to scanning what it brought
// in, small enough to stay in the cache and to be allocated once. The
// memory a buffer touches costs more than the reads (a page fault per
// 4 KiB; the garbage collector is off for a small run, so a grown buffer
// is never reused): a buffer that grew to 1 MiB made a 10 MB module about
// 10% slower than this fixed one, measured side by side.
const bufSize = 128 << 10

// New returns the source of the size bytes of r. An *os.File that is a
// regular file is mapped.
func New(r io.ReaderAt, size int64) *Source {
	s := &Source{r: r, size: size}
	if f, ok := r.(*os.File); ok {
		s.win = newFileWindow(f, size)
	}
	return s
}

// Size is the module's size in bytes.
func (s *Source) Size() int64 { return s.size }

// Mapped reports whether the module is read through a mapping.
func (s *Source) Mapped() bool { return s.win != nil }

// Contains reports whether addr lies in the current mapping: a fault there
// means the file lost what the mapping covers (it shrank under the pass),
// a fault anywhere else is a bug.
func (s *Source) Contains(addr uintptr) bool { return s.win != nil && s.win.contains(addr) }

// Close unmaps the window.
func (s *Source) Close() {
	if s.win != nil {
		s.win.close()
	}
}

// At returns the module's bytes from off on: at least min(n, Size()-off)
// of them, more if they are at hand. The slice is valid until the next
// call of At.
func (s *Source) At(off int64, n int) ([]byte, error) {
	if off < 0 || off > s.size {
		return nil, fmt.Errorf("read at %d outside the module (%d bytes)", off, s.size)
	}
	n = int(min(int64(n), s.size-off))
	if s.win != nil {
		return s.win.at(off, n)
	}
	if off >= s.bufOff && off+int64(n) <= s.bufOff+int64(len(s.buf)) {
		return s.buf[off-s.bufOff:], nil
	}
	want := int(min(max(int64(n), bufSize), s.size-off))
	if cap(s.buf) < want {
		s.buf = make([]byte, want)
	}
	s.buf = s.buf[:want]
	got, err := s.r.ReadAt(s.buf, off)
	if got < n {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF // the file shrank under us
		}
		s.buf, s.bufOff = s.buf[:0], 0
		return nil, err
	}
	s.buf, s.bufOff = s.buf[:got], off
	return s.buf, nil
}

// ReadAt reads len(p) bytes at off, without moving the window: the passes
// read back the few definitions they need this way.
func (s *Source) ReadAt(p []byte, off int64) (int, error) {
	n := int(min(int64(len(p)), max(s.size-off, 0)))
	got, err := s.r.ReadAt(p[:n], off)
	if got == len(p) {
		return got, nil
	}
	if err == nil || err == io.EOF && got < n {
		err = io.ErrUnexpectedEOF
	}
	return got, err
}

// SetWindowsForTest makes a module of more than whole bytes mapped window
// bytes at a time (so that small test modules move the window as a large
// one does) and returns the undo. Not safe while a pass runs.
func SetWindowsForTest(whole, window int64) (undo func()) {
	w, win := mapWhole, mapWindow
	mapWhole, mapWindow = whole, window
	return func() { mapWhole, mapWindow = w, win }
}

// MapWindow is the most the write pass hands to write(2) at once.
func MapWindow() int64 { return mapWindow }
