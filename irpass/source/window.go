package source

import (
	"os"
	"unsafe"
)

// A fileWindow maps a window of a regular file into memory, read-only, and
// moves it along the file as the passes go. Both passes use it when the
// input is an *os.File: the index pass scans the mapping in place, and the
// write pass hands the mapping straight to write(2). Reading the input that
// way costs one copy of each byte (into the output's page cache) where
// pread costs two, and no page faults on a buffer of our own: on a 10 MB
// module the pass took a quarter less time than reading with pread and
// copying with copy_file_range (which splices page by page when the output
// is not aligned with the input, as it is not after the first edit).
//
// Only a window is mapped at a time, so memory stays small however large
// the module is. A file truncated while it is mapped makes the next access
// fault; Run turns that fault into an error.
type fileWindow struct {
	f    *os.File
	size int64  // size of the file as the pass saw it
	buf  []byte // the mapping: bytes [off, off+len(buf)) of the file
	off  int64
}

// A file of up to mapWhole bytes is mapped whole, once, for both passes;
// a larger one mapWindow bytes at a time. Every mapping costs a walk over
// its pages to map them and another to unmap them, so one mapping is the
// cheapest, but a mapped page counts as resident memory: the window keeps
// a large module's footprint near that of a small one.
// (Variables only so that the tests can make windows small.)
var (
	mapWhole  int64 = 64 << 20
	mapWindow int64 = 8 << 20
)

// newFileWindow returns a window on f, or nil if f cannot be mapped (it is
// not a regular file, or the platform or file system does not support
// it); the passes then read through f.ReadAt.
func newFileWindow(f *os.File, size int64) *fileWindow {
	if size == 0 || !canMap {
		return nil
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	w := &fileWindow{f: f, size: size}
	if _, err := w.at(0, 1); err != nil {
		return nil
	}
	return w
}

// at returns the bytes of the file from off on: at least min(n, size-off)
// of them, more if the window holds more. The slice is valid until the
// next call to at or close.
func (w *fileWindow) at(off int64, n int) ([]byte, error) {
	n = int(min(int64(n), w.size-off))
	if off >= w.off && off+int64(n) <= w.off+int64(len(w.buf)) {
		return w.buf[off-w.off:], nil
	}
	start := off &^ int64(os.Getpagesize()-1)
	window := mapWindow
	if w.size <= mapWhole {
		window = w.size
	}
	length := max(window, off-start+int64(n))
	length = min(length, w.size-start)
	// Unmap first: the bytes the caller still needs are in the page
	// cache and come back in the new mapping, and two windows mapped at
	// once would double the resident size.
	w.close()
	prefetch(w.f, start, length)
	if next := start + length; next < w.size {
		prefetch(w.f, next, min(mapWindow, w.size-next))
	}
	buf, err := mmapFile(w.f, start, int(length))
	if err != nil {
		return nil, err
	}
	w.buf, w.off = buf, start
	return w.buf[off-start:], nil
}

// close unmaps the window.
func (w *fileWindow) close() {
	if w.buf != nil {
		munmapFile(w.buf)
		w.buf = nil
	}
}

// contains reports whether addr is inside the mapping: a fault there means
// the file lost what the mapping covers, a fault anywhere else is a bug.
func (w *fileWindow) contains(addr uintptr) bool {
	if len(w.buf) == 0 {
		return false
	}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(w.buf)))
	return base <= addr && addr-base < uintptr(len(w.buf))
}
