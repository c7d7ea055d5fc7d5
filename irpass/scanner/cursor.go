package scanner

import "fmt"

// A SyntaxError is a parse failure at a byte offset of a line; callers turn
// it into an Error once they know the line's position in the file.
type SyntaxError struct {
	Off int
	Msg string
}

func (e *SyntaxError) Error() string { return e.Msg }

// Errorf returns a SyntaxError at offset off.
func Errorf(off int, format string, args ...any) *SyntaxError {
	return &SyntaxError{off, fmt.Sprintf(format, args...)}
}

// A Cursor walks the tokens of one line for a recursive-descent parser.
type Cursor struct {
	Line []byte
	Toks []Token
	I    int
	end  int // where the text ends: the offset of the EOF token

	// How deeply the parsers of types and constants (irpass/layout) are
	// nested at the cursor; they bound it.
	TypeDepth, ConstDepth int
}

// NewCursor tokenizes line and returns a cursor on its first token.
func NewCursor(line []byte) (*Cursor, error) {
	return NewCursorRange(line, 0, len(line))
}

// NewCursorRange tokenizes text[from:to] and returns a cursor on its first
// token; token offsets are offsets in text, so that a definition can be
// read within the lines around it.
func NewCursorRange(text []byte, from, to int) (*Cursor, error) {
	toks, off, err := Tokenize(text[from:to])
	if err != nil {
		return nil, &SyntaxError{from + off, err.Error()}
	}
	for i := range toks {
		toks[i].Off += from
		toks[i].End += from
	}
	return &Cursor{Line: text[:to], Toks: toks, end: to}, nil
}

// Peek returns the next token without consuming it; at the end of the
// line it is an EOF token positioned after the last byte.
func (c *Cursor) Peek() Token {
	if c.I < len(c.Toks) {
		return c.Toks[c.I]
	}
	return Token{EOF, c.end, c.end}
}

// PeekAt returns the token n places ahead.
func (c *Cursor) PeekAt(n int) Token {
	if c.I+n < len(c.Toks) {
		return c.Toks[c.I+n]
	}
	return Token{EOF, c.end, c.end}
}

// Next consumes and returns the next token.
func (c *Cursor) Next() Token {
	t := c.Peek()
	if c.I < len(c.Toks) {
		c.I++
	}
	return t
}

// Text returns a token's source text.
func (c *Cursor) Text(t Token) string { return string(c.Line[t.Off:t.End]) }

// Is reports whether the next token's text is s.
func (c *Cursor) Is(s string) bool {
	t := c.Peek()
	return t.Kind != EOF && string(c.Line[t.Off:t.End]) == s
}

// Accept consumes the next token if its text is s.
func (c *Cursor) Accept(s string) bool {
	if c.Is(s) {
		c.I++
		return true
	}
	return false
}

// Expect consumes the next token, which must read s.
func (c *Cursor) Expect(s string) (Token, error) {
	t := c.Peek()
	if !c.Accept(s) {
		return t, c.Unexpected(t, "'"+s+"'")
	}
	return t, nil
}

// Unexpected reports that t is not what the parser wanted.
func (c *Cursor) Unexpected(t Token, want string) error {
	if t.Kind == EOF {
		return Errorf(t.Off, "expected %s, found the end of the definition", want)
	}
	text := c.Text(t)
	if len(text) > 40 {
		text = text[:37] + "..."
	}
	return Errorf(t.Off, "expected %s, found '%s'", want, text)
}

// SkipGroup consumes a balanced group if the next token opens one
// (parentheses, brackets, braces or angle brackets) and reports whether it
// did.
func (c *Cursor) SkipGroup() (bool, error) {
	open := c.Peek()
	if open.Kind != Punct {
		return false, nil
	}
	var stack []byte
	switch c.Line[open.Off] {
	case '(', '[', '{', '<':
	default:
		return false, nil
	}
	for {
		t := c.Next()
		if t.Kind == EOF {
			return true, Errorf(open.Off, "unbalanced '%c'", c.Line[open.Off])
		}
		if t.Kind != Punct {
			continue
		}
		switch ch := c.Line[t.Off]; ch {
		case '(', '[', '{', '<':
			stack = append(stack, closing(ch))
		case ')', ']', '}', '>':
			if len(stack) == 0 || stack[len(stack)-1] != ch {
				return true, Errorf(t.Off, "unbalanced '%c'", ch)
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return true, nil
			}
		}
	}
}

// closing returns the bracket that closes open.
func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	}
	return '>'
}
