// Package source gives the passes of irpass the bytes of a module a window
// at a time, so that memory stays small however large the module is: the
// module is read with ReadAt (pread(2) for a file) into a buffer of a
// fixed size.
//
// It reads, it does not map. On the machines the benchmarks run on (a
// paravirtualised VM), a mapped file costs more than the copy pread
// makes: every first touch of a mapped page, and every TLB miss on one,
// is a walk of page tables the hypervisor keeps, where pread copies from
// the kernel's own mapping into a buffer that stays in the cache and in
// the TLB. Measured side by side on a 100 MB module, the index pass took
// 59 ms reading and 96 ms mapped (MAP_POPULATE, 8 MiB windows), and a
// whole run 0.17 s against 0.245 s (cold page cache: 0.41 s against
// 0.62 s); copying the module out was 27 ms with 1 MiB preads and writes
// against 57 ms writing from the mapping.
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

	// buf holds bytes [bufOff, bufOff+len(buf)).
	buf    []byte
	bufOff int64
}

// bufSize is the size of the buffer: large enough that a read costs
// little next to scanning what it brought in, small enough to stay in the
// cache (the scan runs right after the copy, over the same bytes) and to
// be allocated once (the garbage collector is off for a small run, so a
// grown buffer is never reused).
var bufSize = 128 << 10 // a variable for SetBufferForTest

// jumpRead is how much At reads at an offset away from its window: the
// passes read back a few definitions and bodies here and there (a header,
// a program object, the few kilobytes of a function the stack analysis
// follows), and a whole window for each read 13 MB for a 100 MB module.
// A reader that goes on from there gets whole windows again.
var jumpRead = 16 << 10

// New returns the source of the size bytes of r. A regular file is read
// sequentially from the start, and the kernel is told so.
func New(r io.ReaderAt, size int64) *Source {
	if f, ok := r.(*os.File); ok && size > 0 {
		adviseSequential(f)
	}
	return &Source{r: r, size: size}
}

// Section returns a Source of the first n bytes of the same module, with
// a buffer of its own: for a second reader of the module (each Source is
// for one goroutine), or for one that must find the module's end at n.
func (s *Source) Section(n int64) *Source {
	return &Source{r: s.r, size: min(n, s.size)}
}

// Size is the module's size in bytes.
func (s *Source) Size() int64 { return s.size }

// File returns the file the module is read from, or nil if it is not
// read from an *os.File: for copying its bytes without reading them.
func (s *Source) File() *os.File {
	f, _ := s.r.(*os.File)
	return f
}

// TakeBuffer makes s read into prev's buffer, which prev must not use
// again: for a reader of one part of the module after another, which
// then touches (and faults in) the pages of one buffer only. prev may be
// nil.
func (s *Source) TakeBuffer(prev *Source) {
	if prev != nil {
		s.buf, s.bufOff = prev.buf[:0], 0
		prev.buf = nil
	}
}

// Close releases the buffer.
func (s *Source) Close() { s.buf, s.bufOff = nil, 0 }

// At returns the module's bytes from off on: at least min(n, Size()-off)
// of them, more if they are at hand. The slice is valid until the next
// call of At. A caller asks for what it needs, and At decides how much
// more to read: a window of bufSize bytes where the caller goes on from
// the bytes it had (reading the module in order), jumpRead bytes where it
// jumps.
func (s *Source) At(off int64, n int) ([]byte, error) {
	if off < 0 || off > s.size {
		return nil, fmt.Errorf("read at %d outside the module (%d bytes)", off, s.size)
	}
	n = int(min(int64(n), s.size-off))
	end := s.bufOff + int64(len(s.buf))
	if off >= s.bufOff && off+int64(n) <= end {
		return s.buf[off-s.bufOff:], nil
	}
	read := bufSize
	if (off < s.bufOff || off > end) && off > 0 {
		read = jumpRead // not the start of the module either: a read back
	}
	want := int(min(max(int64(n), int64(read)), s.size-off))
	if cap(s.buf) < want {
		s.buf = make([]byte, want)
	}
	s.buf = s.buf[:want]
	got, err := s.r.ReadAt(s.buf, off)
	if got < n {
		if err == nil || err == io.EOF {
			err = errChanged // the file shrank under us
		}
		s.buf, s.bufOff = s.buf[:0], 0
		return nil, err
	}
	s.buf, s.bufOff = s.buf[:got], off
	return s.buf, nil
}

// errChanged is the error of a read that found the module shorter than
// its size: the file shrank while the passes read it. It wraps
// io.ErrUnexpectedEOF.
var errChanged error = changedError{}

// changedError is errChanged's type. A package-level fmt.Errorf would run
// at every start, and as fmt's first use it cost more than any other init
// in the binary (0.3 ms under GODEBUG=inittrace=1, and page faults for the
// memory it first touched), for an error that almost no run returns.
type changedError struct{}

func (changedError) Error() string {
	return "the file changed while iu-entry was reading it (unexpected EOF)"
}

func (changedError) Unwrap() error { return io.ErrUnexpectedEOF }

// ReadAt reads len(p) bytes at off, without moving the window: the passes
// read back the few definitions they need this way, and the write pass
// copies the module out.
func (s *Source) ReadAt(p []byte, off int64) (int, error) {
	n := int(min(int64(len(p)), max(s.size-off, 0)))
	got, err := s.r.ReadAt(p[:n], off)
	if got == len(p) {
		return got, nil
	}
	if err == nil || err == io.EOF && got < n {
		err = errChanged
	}
	return got, err
}

// SetBufferForTest makes At read as little as it is asked for (at least
// n bytes), so that small test modules move the window as large ones do,
// and returns the undo. Not safe while a pass runs.
func SetBufferForTest(n int) (undo func()) {
	old, oldJump := bufSize, jumpRead
	bufSize, jumpRead = n, n
	return func() { bufSize, jumpRead = old, oldJump }
}
