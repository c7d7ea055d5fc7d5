package irgen

import (
	"io"
	"strconv"
)

// out is a minimal append-only byte writer: text is built in one buffer that
// is handed to the underlying writer whenever it passes flushAt, so memory
// stays constant whatever the module size.
type out struct {
	w   io.Writer
	buf []byte
	n   int64 // bytes handed to w so far
	err error
}

const flushAt = 1 << 20

func newOut(w io.Writer) *out { return &out{w: w, buf: make([]byte, 0, flushAt+64<<10)} }

func (o *out) maybeFlush() {
	if len(o.buf) >= flushAt {
		o.flush()
	}
}

func (o *out) flush() {
	if o.err == nil && len(o.buf) > 0 {
		var m int
		m, o.err = o.w.Write(o.buf)
		o.n += int64(m)
	}
	o.buf = o.buf[:0]
}

// written is the number of bytes produced so far (flushed or not).
func (o *out) written() int64 { return o.n + int64(len(o.buf)) }

func (o *out) raw(b []byte) { o.buf = append(o.buf, b...); o.maybeFlush() }

// text is a small builder shared by the generators.
type text []byte

func (t *text) s(ss ...string) {
	for _, s := range ss {
		*t = append(*t, s...)
	}
}
func (t *text) d(v int)    { *t = strconv.AppendInt(*t, int64(v), 10) }
func (t *text) u(v uint64) { *t = strconv.AppendUint(*t, v, 10) }
func (t *text) md(v int)   { *t = append(*t, '!'); *t = strconv.AppendInt(*t, int64(v), 10) }
func (t *text) nl()        { *t = append(*t, '\n') }
func (t *text) hex(v uint64) {
	const digits = "0123456789abcdef"
	for i := 60; i >= 0; i -= 4 {
		*t = append(*t, digits[(v>>uint(i))&15])
	}
}

// cstr appends an LLVM c"..." literal of b.
func (t *text) cstr(b []byte) {
	const hx = "0123456789ABCDEF"
	*t = append(*t, 'c', '"')
	for _, c := range b {
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			*t = append(*t, c)
		} else {
			*t = append(*t, '\\', hx[c>>4], hx[c&15])
		}
	}
	*t = append(*t, '"')
}

// le64 appends c"..." of the 8 little-endian bytes of v.
func (t *text) le64(v uint64, n int) {
	var b [16]byte
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
	t.cstr(b[:n])
}
