package scanner

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A Position is a place in a source file: 1-based line and byte column, as
// LLVM reports them.
type Position struct {
	Filename string
	Line     int
	Column   int
}

func (p Position) String() string {
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// An Error is one diagnostic: position, message, and the source line it
// points into (printed with a caret under the column, as llvm-as does).
type Error struct {
	Pos    Position
	Msg    string
	Source []byte // the offending line without its newline; may be nil
	Notes  []*Error
	Kind   string // "error" unless set ("note" for notes)
}

// maxShown bounds how much of a long line a diagnostic reprints: rustc
// emits constants on one line, and a megabyte of context helps nobody.
const maxShown = 160

func (e *Error) Error() string {
	var b strings.Builder
	e.write(&b)
	return strings.TrimSuffix(b.String(), "\n")
}

func (e *Error) write(b *strings.Builder) {
	kind := e.Kind
	if kind == "" {
		kind = "error"
	}
	fmt.Fprintf(b, "%s: %s: %s\n", e.Pos, kind, e.Msg)
	if e.Source != nil {
		line, caret := excerpt(e.Source, e.Pos.Column-1)
		b.WriteString(line)
		b.WriteByte('\n')
		b.WriteString(caret)
		b.WriteString("^\n")
	}
	for _, n := range e.Notes {
		n.write(b)
	}
}

// excerpt returns a printable window of src around byte column col and the
// padding that puts a caret under that column. Control bytes and invalid
// UTF-8 print as '?', and the window is cut to maxShown bytes with "..."
// on the cut sides, so the caret stays aligned on any terminal.
func excerpt(src []byte, col int) (line, pad string) {
	if col < 0 {
		col = 0
	}
	if col > len(src) {
		col = len(src)
	}
	start, end := 0, len(src)
	prefix, suffix := "", ""
	if end-start > maxShown {
		start = col - maxShown/2
		if start < 0 {
			start = 0
		}
		end = start + maxShown
		if end > len(src) {
			end = len(src)
			start = max(0, end-maxShown)
		}
		// Do not cut a UTF-8 sequence in half.
		for start > 0 && start < len(src) && !utf8.RuneStart(src[start]) {
			start++
		}
		for end < len(src) && end > start && !utf8.RuneStart(src[end]) {
			end--
		}
		if start > 0 {
			prefix = "..."
		}
		if end < len(src) {
			suffix = "..."
		}
	}
	var l, p strings.Builder
	l.WriteString(prefix)
	p.WriteString(strings.Repeat(" ", len(prefix)))
	for i := start; i < end; {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == '\t':
			l.WriteByte('\t')
		case r == utf8.RuneError && size <= 1, r < 0x20, r == 0x7f:
			l.WriteByte('?')
		default:
			l.Write(src[i : i+size])
		}
		if i < col {
			if r == '\t' {
				p.WriteByte('\t')
			} else {
				p.WriteByte(' ')
			}
		}
		i += size
	}
	l.WriteString(suffix)
	return l.String(), p.String()
}

// ErrorList is a list of diagnostics; it is an error when it is not empty.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(e *Error) { *l = append(*l, e) }

func (l ErrorList) Error() string {
	var b strings.Builder
	for _, e := range l {
		e.write(&b)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Err returns l as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
