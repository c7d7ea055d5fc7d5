package irpass

import (
	"bytes"
	"fmt"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// A sourceText is a definition the pass reads back from the input to
// understand it, with the rest of its first and last lines around it, so
// that a diagnostic can show whole lines and count columns from their
// start.
type sourceText struct {
	off      int64  // file offset of text[0], the start of a line
	text     []byte // whole lines
	from, to int    // the definition is text[from:to]
	line     int    // number of the line text[0] is on; 0 until needed
}

// cursor tokenizes the definition.
func (l *sourceText) cursor() (*scanner.Cursor, error) {
	return scanner.NewCursorRange(l.text, l.from, l.to)
}

// position returns the line number (counted from l.line) and the 1-based
// byte column of offset off in l.text, and the line's text.
func (l *sourceText) position(off int) (line, col int, src []byte) {
	off = max(0, min(off, len(l.text)))
	start := bytes.LastIndexByte(l.text[:off], '\n') + 1
	end := bytes.IndexByte(l.text[off:], '\n')
	if end < 0 {
		end = len(l.text)
	} else {
		end += off
	}
	src = bytes.TrimSuffix(l.text[start:end], []byte("\r"))
	return l.line + bytes.Count(l.text[:start], []byte{'\n'}), off - start + 1, src
}

// readText reads back the definition in file bytes [off, end) and the
// rest of the lines it is on. line is the line number of off, or 0 if not
// known (lineOf counts it when a diagnostic needs it).
func (m *module) readText(off, end int64, line int) (*sourceText, error) {
	if end-off > maxDefinition {
		return nil, fmt.Errorf("definition of %d bytes", end-off)
	}
	start, err := m.lineStart(off)
	if err != nil {
		return nil, err
	}
	stop, err := m.lineEnd(end)
	if err != nil {
		return nil, err
	}
	text := make([]byte, stop-start)
	if _, err := m.src.ReadAt(text, start); err != nil {
		return nil, fmt.Errorf("%s: read error: %w", m.filename, err)
	}
	return &sourceText{off: start, text: text, from: int(off - start), to: int(end - start), line: line}, nil
}

// maxDefinition bounds the size of a definition the pass reads back: the
// ones it needs (program objects, their names, headers of functions,
// types, attribute groups) are small, and a hostile module must not make
// it allocate gigabytes.
const maxDefinition = 64 << 20

// lineStart returns the offset of the start of the line that offset off
// is on.
func (m *module) lineStart(off int64) (int64, error) {
	const chunk = 4 << 10
	buf := make([]byte, chunk)
	for pos := off; pos > 0; {
		from := max(0, pos-chunk)
		b := buf[:pos-from]
		if _, err := m.src.ReadAt(b, from); err != nil {
			return 0, fmt.Errorf("%s: read error: %w", m.filename, err)
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			return from + int64(i) + 1, nil
		}
		if off-from > maxDefinition {
			return off, nil // show the line from the definition on
		}
		pos = from
	}
	return 0, nil
}

// lineEnd returns the offset of the newline that ends the line offset
// end-1 is on (or of the end of the module).
func (m *module) lineEnd(end int64) (int64, error) {
	const chunk = 4 << 10
	buf := make([]byte, chunk)
	for pos := end; pos < m.size; {
		b := buf[:min(chunk, m.size-pos)]
		if _, err := m.src.ReadAt(b, pos); err != nil {
			return 0, fmt.Errorf("%s: read error: %w", m.filename, err)
		}
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			return pos + int64(i), nil
		}
		pos += int64(len(b))
		if pos-end > maxDefinition {
			return end, nil
		}
	}
	return m.size, nil
}

// lineOf returns the line number of l.text[0], counting the newlines
// before it for a definition read back by offset (only diagnostics need
// that number).
func (m *module) lineOf(l *sourceText) int {
	if l.line > 0 {
		return l.line
	}
	n := 1
	buf := make([]byte, 1<<20)
	for off := int64(0); off < l.off; {
		chunk := buf[:min(int64(len(buf)), l.off-off)]
		got, err := m.src.ReadAt(chunk, off)
		n += bytes.Count(chunk[:got], []byte{'\n'})
		off += int64(got)
		if err != nil {
			break
		}
	}
	l.line = n
	return n
}

// errorAt records a diagnostic at byte offset off of l.text.
func (m *module) errorAt(l *sourceText, off int, format string, args ...any) *scanner.Error {
	m.lineOf(l)
	line, col, src := l.position(off)
	e := &scanner.Error{
		Pos:    scanner.Position{Filename: m.filename, Line: line, Column: col},
		Msg:    fmt.Sprintf(format, args...),
		Source: src,
	}
	m.errs.Add(e)
	return e
}

// noteAt attaches a note to e.
func (m *module) noteAt(e *scanner.Error, l *sourceText, off int, format string, args ...any) {
	m.lineOf(l)
	line, col, src := l.position(off)
	e.Notes = append(e.Notes, &scanner.Error{
		Pos:    scanner.Position{Filename: m.filename, Line: line, Column: col},
		Msg:    fmt.Sprintf(format, args...),
		Source: src,
		Kind:   "note",
	})
}

func (m *module) syntaxError(l *sourceText, err error, context string) {
	off := l.from
	msg := err.Error()
	if se, ok := err.(*scanner.SyntaxError); ok {
		off, msg = se.Off, se.Msg
	}
	m.errorAt(l, off, "%s%s", context, msg)
}

// errorAtOffset records a diagnostic at a file offset (line is its line
// number if known, else 0).
func (m *module) errorAtOffset(off int64, line int, format string, args ...any) *scanner.Error {
	l, err := m.readText(off, off, line)
	if err != nil {
		e := &scanner.Error{Pos: scanner.Position{Filename: m.filename, Line: max(line, 1), Column: 1},
			Msg: fmt.Sprintf(format, args...)}
		m.errs.Add(e)
		return e
	}
	return m.errorAt(l, l.from, format, args...)
}
