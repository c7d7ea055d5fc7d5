package irpass

import (
	"bytes"
	"io"
)

// A lineReader hands out the lines of a file, keeping only a window of it
// in memory: a mapping of the file when it can be mapped (see fileWindow),
// else a buffer filled through an io.ReaderAt. Lines may be of any length
// (the window grows to hold the longest), and function bodies can be
// skipped without splitting them into lines, which is where nearly all of
// a module's bytes are.
type lineReader struct {
	src    io.ReaderAt
	mapped *fileWindow // nil: read src into buf
	size   int64
	buf    []byte
	bufOff int64 // file offset of buf[0]
	r, w   int   // unread data is buf[r:w]
	lineNo int   // number of the next line, 1-based
	err    error // a read error other than EOF
}

// windowSize is the size of the buffer when the file is read with ReadAt:
// large enough that a read costs little next to scanning what it brought
// in, small enough to stay in the cache and to be allocated once. The
// memory a buffer touches costs more than the reads (a page fault per
// 4 KiB; the garbage collector is off for a small run, so a grown buffer
// is never reused): a buffer that grew to 1 MiB made a 10 MB module about
// 10% slower than this fixed one, measured side by side.
const windowSize = 128 << 10

func newLineReader(src io.ReaderAt, mapped *fileWindow, size int64) *lineReader {
	lr := &lineReader{src: src, mapped: mapped, size: size, lineNo: 1}
	if mapped == nil {
		lr.buf = make([]byte, min(int64(windowSize), size+1))
	}
	return lr
}

// fill brings more of the file into the window, keeping the unread part
// and growing the window when the unread part already fills it. It returns
// false at the end of the file.
func (lr *lineReader) fill() bool {
	if lr.bufOff+int64(lr.w) >= lr.size || lr.err != nil {
		return false
	}
	if lr.mapped != nil {
		// Move the mapping to start at the unread part; ask for twice
		// what is unread, so that a long line costs a logarithmic number
		// of mappings.
		from := lr.bufOff + int64(lr.r)
		buf, err := lr.mapped.at(from, 2*(lr.w-lr.r)+1)
		if err != nil {
			lr.err = err
			return false
		}
		lr.buf, lr.bufOff = buf, from
		lr.r, lr.w = 0, len(buf)
		return true
	}
	if lr.r > 0 {
		copy(lr.buf, lr.buf[lr.r:lr.w])
		lr.bufOff += int64(lr.r)
		lr.w -= lr.r
		lr.r = 0
	}
	if lr.w == len(lr.buf) {
		// A line longer than the window.
		lr.buf = append(lr.buf, make([]byte, len(lr.buf))...)
	}
	want := len(lr.buf) - lr.w
	if rest := lr.size - (lr.bufOff + int64(lr.w)); rest < int64(want) {
		want = int(rest)
	}
	n, err := lr.src.ReadAt(lr.buf[lr.w:lr.w+want], lr.bufOff+int64(lr.w))
	lr.w += n
	if err != nil && err != io.EOF {
		lr.err = err
	}
	if n == 0 {
		if lr.err == nil {
			lr.err = io.ErrUnexpectedEOF // the file shrank under us
		}
		return false
	}
	return true
}

// next returns the next line (without its newline), its file offset and
// its number. The line is only valid until the next call.
func (lr *lineReader) next() (line []byte, off int64, no int, ok bool) {
	for {
		if i := bytes.IndexByte(lr.buf[lr.r:lr.w], '\n'); i >= 0 {
			line = lr.buf[lr.r : lr.r+i]
			off = lr.bufOff + int64(lr.r)
			lr.r += i + 1
			break
		}
		if !lr.fill() {
			if lr.r == lr.w {
				return nil, 0, 0, false
			}
			line = lr.buf[lr.r:lr.w]
			off = lr.bufOff + int64(lr.r)
			lr.r = lr.w
			break
		}
	}
	no = lr.lineNo
	lr.lineNo++
	return line, off, no, true
}

// skipBody consumes the lines of a function body up to and including the
// line that closes it: a '}' at the start of a line, as LLVM prints it. It
// returns false if the file ends first.
func (lr *lineReader) skipBody() bool {
	for {
		data := lr.buf[lr.r:lr.w]
		// The closing line may be the very next one.
		if len(data) > 0 && data[0] == '}' && closesAt(data, 0, lr.atEOFAfter(1)) {
			lr.next()
			return true
		}
		if i := findClose(data, lr.atEOFAfter(len(data))); i >= 0 {
			lr.lineNo += bytes.Count(data[:i+1], []byte{'\n'})
			lr.r += i + 1
			lr.next()
			return true
		}
		// Keep the last line in the window: it may be the start of "\n}".
		keep := bytes.LastIndexByte(data, '\n')
		if keep > 0 {
			lr.lineNo += bytes.Count(data[:keep], []byte{'\n'})
			lr.r += keep
		}
		if !lr.fill() {
			return false
		}
	}
}

func (lr *lineReader) atEOFAfter(n int) bool {
	return lr.bufOff+int64(lr.r)+int64(n) >= lr.size
}

// findClose returns the index of the newline that precedes a closing "}"
// line in data, or -1. It looks for the '}' rather than the newline: a
// body has a newline every few dozen bytes but few braces, so one
// IndexByte covers most of a body.
func findClose(data []byte, eof bool) int {
	for from := 1; from < len(data); {
		i := bytes.IndexByte(data[from:], '}')
		if i < 0 {
			return -1
		}
		i += from
		if data[i-1] == '\n' && closesAt(data, i, eof) {
			return i - 1
		}
		from = i + 1
	}
	return -1
}

// closesAt reports whether the '}' at data[j] is alone on its line (maybe
// followed by a carriage return). When the window ends right after it, the
// answer depends on whether that is the end of the file.
func closesAt(data []byte, j int, eof bool) bool {
	rest := data[j+1:]
	if len(rest) == 0 {
		return eof
	}
	if rest[0] == '\r' {
		rest = rest[1:]
		if len(rest) == 0 {
			return eof
		}
	}
	return rest[0] == '\n'
}
