package calls

import (
	"strings"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// maxDefTokens bounds the tokens Defs keeps of one instruction: the
// callers look at the opcode and the first operands only.
const maxDefTokens = 64

// Defs reads the function body whose '{' is at offset open and returns,
// for each local value named in names (without '%') that an instruction
// of the body defines, the instruction's text after "%name =": its
// tokens, joined by single spaces (names == nil: every local), up to the start of the next
// instruction or maxDefTokens tokens. Debug records, labels and the next
// "%x =" end an instruction; so does a void instruction's opcode only in
// that the caller's parser stops before it.
func Defs(src *source.Source, open int64, names map[string]bool) (map[string]string, error) {
	s := &scanner{lx: newLexer(src, open), chainOrd: -1}
	if t := s.next(); !s.isPunct(t, '{') {
		return nil, &Error{t.Off, "expected '{' at the start of a function body"}
	}
	defs := map[string]string{}
	var cur *strings.Builder // the instruction being kept, if any
	var curName string
	kept := 0
	finish := func() {
		if cur != nil {
			defs[curName] = cur.String()
			cur = nil
		}
	}
	add := func(text string) {
		if cur != nil && kept < maxDefTokens {
			if cur.Len() > 0 {
				cur.WriteByte(' ')
			}
			cur.WriteString(text)
			kept++
		}
	}
	// A local name is held until the next token says whether it starts
	// an instruction ("%x =") or is an operand.
	var held string
	holding := false
	for {
		t := s.next()
		if t.Kind == EOF {
			break
		}
		if holding {
			holding = false
			if s.isPunct(t, '=') {
				finish()
				name := Name([]byte(held))
				if _, dup := defs[name]; (names == nil || names[name]) && !dup { // LLVM refuses a second definition
					cur, curName, kept = &strings.Builder{}, name, 0
				}
				continue
			}
			add(held)
		}
		switch t.Kind {
		case Local:
			held, holding = string(s.lx.text(t)), true
		case Record, Label:
			finish()
		default:
			add(string(s.lx.text(t)))
		}
	}
	finish()
	if s.lx.err != nil {
		return nil, s.lx.err
	}
	if !s.done {
		return nil, &Error{open, "unexpected end of file in the body of this function (missing '}')"}
	}
	return defs, nil
}
