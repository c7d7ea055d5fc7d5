package calls

import (
	"bytes"
	"fmt"

	irscanner "github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// Kind is a token's lexical class, as LLVM's lexer (LLLexer) tells them
// apart.
type Kind uint8

const (
	EOF     Kind = iota
	Global       // @name, @"name", @42
	Local        // %name, %"name", %42
	MDName       // !name (a metadata variable)
	Exclaim      // ! alone (the start of !42, !{…}, !"…")
	AttrID       // #42
	Record       // #dbg_value and the other debug records (LLVM 19+)
	Comdat       // $name, $"name"
	Summary      // ^42
	Word         // keywords, types, numbers: what is not one of the others
	Label        // name:, "name":, 42:, $name:
	String       // "…" (also the string after the keyword c of c"…")
	Punct        // = , * ( ) [ ] { } < > | : ...
	Bad          // a byte no token starts with (LLVM would reject it)
)

var kindNames = [...]string{"end of body", "global name", "local name", "metadata name", "'!'",
	"attribute group", "debug record", "comdat", "summary id", "word", "label", "string",
	"punctuation", "invalid byte"}

func (k Kind) String() string { return kindNames[k] }

// A Token is one lexeme, by its file offsets.
type Token struct {
	Kind     Kind
	Off, End int64
}

// An Error is a lexical or structural error at a file offset.
type Error struct {
	Off int64
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("offset %d: %s", e.Off, e.Msg) }

// Byte classes.
const (
	cOther = iota
	cSpace
	cIdent // [a-zA-Z_.$] (a keyword or label starts with one)
	cDigit // 0-9 - +
	cQuote
	cSemi
	cSlash
	cSigil // @ % ! # $ ^
	cPunct
)

var class = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cIdent
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = cIdent
	}
	t['_'], t['.'] = cIdent, cIdent
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	t['-'], t['+'] = cDigit, cDigit
	// LLVM's lexer takes a NUL byte inside the buffer for whitespace.
	t[' '], t['\t'], t['\r'], t['\n'], t[0] = cSpace, cSpace, cSpace, cSpace, cSpace
	t['"'] = cQuote
	t[';'] = cSemi
	t['/'] = cSlash
	for _, c := range "@%!#$^" {
		t[c] = cSigil
	}
	for _, c := range "=,*()[]{}<>|:" {
		t[c] = cPunct
	}
	return t
}()

// labelChar is LLVM's isLabelChar: [-a-zA-Z$._0-9].
var labelChar = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '-' || c == '$' || c == '.' || c == '_'
	}
	return t
}()

// keywordChar is what a keyword is made of: LLVM ends a keyword at the
// first byte that is neither alphanumeric nor '_' (the rest of a label-char
// run is lexed as the next token).
var keywordChar = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	return t
}()

// A lexer reads the tokens of a module from some offset on, a window of
// the source at a time, skipping whitespace and comments. It keeps the
// bytes from its mark on in the window, so that a parser can look at the
// text of the tokens of the construct it is reading.
type lexer struct {
	src  *source.Source
	buf  []byte // bytes [base, base+len(buf)) of the module
	base int64
	pos  int  // next byte, an index into buf
	eof  bool // buf ends where the module ends
	mark int64
	err  error
	back []byte // for lineStart's reads back
}

// maxMarked bounds the bytes a parser may keep in the window (one call
// instruction up to its callee): a hostile module cannot make the lexer
// hold more.
const maxMarked = 16 << 20

func newLexer(src *source.Source, off int64) *lexer {
	l := &lexer{src: src, base: off, mark: off}
	l.eof = off >= src.Size()
	return l
}

// fail records the first error.
func (l *lexer) fail(off int64, format string, args ...any) {
	if l.err == nil {
		l.err = &Error{off, fmt.Sprintf(format, args...)}
	}
}

// more extends the window past its end, keeping the bytes from the mark
// on (or from keep, if that is earlier). It reports false at the end of
// the module or on an error.
func (l *lexer) more(keep int64) bool {
	if l.eof || l.err != nil {
		return false
	}
	keep = min(keep, l.mark)
	have := l.base + int64(len(l.buf)) - keep
	if have > maxMarked {
		l.fail(keep, "a call instruction longer than %d MiB", maxMarked>>20)
		return false
	}
	b, err := l.src.At(keep, int(2*have+1)) // and the source reads ahead (source.At)
	if err != nil {
		l.err = fmt.Errorf("read error: %w", err)
		return false
	}
	l.pos -= int(keep - l.base)
	l.buf, l.base = b, keep
	l.eof = keep+int64(len(b)) >= l.src.Size()
	return int64(len(b)) > have
}

// maxLineLook is how far back lineStart looks for the start of a line.
const maxLineLook = 4096

// lineStart returns the offset of the start of the line that offset off
// is on, or -1 if it lies more than maxLineLook bytes before off. It looks
// in the window, or reads the bytes before off back if the window does
// not hold them (an instruction can begin lines before its call, and the
// window can begin anywhere), so that the answer does not depend on
// where the window's edges fell.
func (l *lexer) lineStart(off int64) int64 {
	lo := max(0, off-maxLineLook)
	if off >= l.base && off <= l.base+int64(len(l.buf)) {
		from := max(lo, l.base)
		if i := bytes.LastIndexByte(l.buf[from-l.base:off-l.base], '\n'); i >= 0 {
			return from + int64(i) + 1
		}
		if from == lo {
			return -1 // the window holds all maxLineLook bytes
		}
	}
	if l.back == nil {
		l.back = make([]byte, maxLineLook)
	}
	b := l.back[:off-lo]
	if _, err := l.src.ReadAt(b, lo); err != nil {
		return -1
	}
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		return lo + int64(i) + 1
	}
	if lo == 0 {
		return 0 // the module's first line
	}
	return -1
}

// text returns the bytes of a token; it must lie at or after the mark.
func (l *lexer) text(t Token) []byte {
	return l.buf[t.Off-l.base : t.End-l.base]
}

// next returns the next token, or an EOF token at the end of the module
// or after an error.
func (l *lexer) next() Token {
	for {
		for l.pos < len(l.buf) && class[l.buf[l.pos]] == cSpace {
			l.pos++
		}
		if l.pos >= len(l.buf) {
			if l.more(l.base + int64(l.pos)) {
				continue
			}
			return Token{EOF, l.base + int64(l.pos), l.base + int64(l.pos)}
		}
		start := l.pos
		b := l.buf[start:]
		var k Kind
		n := 0
		complete := true
		switch class[b[0]] {
		case cSemi:
			if l.skipLineComment() {
				continue
			}
			return Token{EOF, l.base + int64(l.pos), l.base + int64(l.pos)}
		case cSlash:
			if len(b) < 2 && !l.eof {
				complete = false
				break
			}
			if len(b) >= 2 && b[1] == '*' {
				if l.skipBlockComment() {
					continue
				}
				return Token{EOF, l.base + int64(l.pos), l.base + int64(l.pos)}
			}
			k, n = Bad, 1
		case cQuote:
			n, complete = quoted(b, 0, l.eof)
			k = String
			if complete && n < len(b) && b[n] == ':' {
				k, n = Label, n+1
			} else if complete && n == len(b) && !l.eof {
				complete = false // a ':' may follow
			}
		case cIdent:
			k, n, complete = lexIdent(b, l.eof)
		case cDigit:
			k, n, complete = lexNumber(b, l.eof)
		case cSigil:
			k, n, complete = lexSigil(b, l.eof)
		case cPunct:
			k, n = Punct, 1
		default:
			k, n = Bad, 1
		}
		if !complete {
			if l.more(l.base + int64(start)) {
				continue
			}
			if l.err == nil {
				l.fail(l.base+int64(start), "this name or string is never closed: the file ends inside it")
			}
			return Token{EOF, l.base + int64(start), l.base + int64(start)}
		}
		l.pos = start + n
		return Token{k, l.base + int64(start), l.base + int64(l.pos)}
	}
}

// skipLineComment skips a ';' comment, which ends at a newline or a
// carriage return. It reports false at the end of the module.
func (l *lexer) skipLineComment() bool {
	for {
		rest := l.buf[l.pos:]
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			if j := bytes.IndexByte(rest[:i], '\r'); j >= 0 {
				i = j
			}
			l.pos += i
			return true
		}
		if i := bytes.IndexByte(rest, '\r'); i >= 0 {
			l.pos += i
			return true
		}
		// The comment goes on past the window: drop what was seen of it.
		l.pos = len(l.buf)
		if !l.more(l.base + int64(l.pos)) {
			return false
		}
	}
}

// skipBlockComment skips a "/* */" comment, which ends where LLVM's
// lexer ends it (irscanner.CommentEnd: comments do not nest, "**/" does
// not end one). It reports false at the end of the module.
func (l *lexer) skipBlockComment() bool {
	at := l.base + int64(l.pos)
	from := l.pos + 2
	for {
		end, ok := irscanner.CommentEnd(l.buf, from)
		l.pos = end
		if ok {
			return true
		}
		if !l.more(l.base + int64(end)) {
			if l.err == nil {
				l.fail(at, "unterminated comment ('/*' without '*/')")
			}
			return false
		}
		from = l.pos
	}
}

// quoted returns the length of the quoted string whose opening quote is at
// b[q], through its closing quote, and whether it is complete in b.
func quoted(b []byte, q int, eof bool) (int, bool) {
	i := bytes.IndexByte(b[q+1:], '"')
	if i < 0 {
		return len(b), false
	}
	return q + 1 + i + 1, true
}

// lexIdent lexes a token that starts with a letter, '_' or '.': a label
// (a run of label characters followed by ':') or a keyword, which LLVM
// ends at the first byte that is not alphanumeric or '_'.
func lexIdent(b []byte, eof bool) (Kind, int, bool) {
	n := 1
	for n < len(b) && labelChar[b[n]] {
		n++
	}
	if n == len(b) && !eof {
		return 0, 0, false
	}
	if n < len(b) && b[n] == ':' {
		return Label, n + 1, true
	}
	if b[0] == '.' {
		if len(b) >= 3 && b[1] == '.' && b[2] == '.' {
			return Punct, 3, true
		}
		return Bad, 1, true
	}
	k := 1
	for k < n && keywordChar[b[k]] {
		k++
	}
	return Word, k, true
}

// lexNumber lexes a token that starts with a digit, '-' or '+': an
// integer or floating-point constant (a run of label characters, with a
// signed exponent), or a label such as "42:" or "-x:".
func lexNumber(b []byte, eof bool) (Kind, int, bool) {
	n := 1
	for n < len(b) {
		c := b[n]
		if labelChar[c] || (c == '+' || c == '-') && (b[n-1] == 'e' || b[n-1] == 'E') {
			n++
			continue
		}
		break
	}
	if n == len(b) && !eof {
		return 0, 0, false
	}
	if n < len(b) && b[n] == ':' {
		return Label, n + 1, true
	}
	return Word, n, true
}

// lexSigil lexes a token that starts with @ % ! # $ or ^.
func lexSigil(b []byte, eof bool) (Kind, int, bool) {
	c := b[0]
	if len(b) < 2 {
		if !eof {
			return 0, 0, false
		}
		if c == '!' {
			return Exclaim, 1, true
		}
		return Bad, 1, true
	}
	switch c {
	case '@', '%', '$':
		k := Global
		if c == '%' {
			k = Local
		} else if c == '$' {
			k = Comdat
		}
		if b[1] == '"' {
			n, ok := quoted(b, 1, eof)
			return k, n, ok
		}
		if !labelChar[b[1]] {
			return Bad, 1, true
		}
		n := 2
		for n < len(b) && labelChar[b[n]] {
			n++
		}
		if n == len(b) && !eof {
			return 0, 0, false
		}
		if c == '$' && n < len(b) && b[n] == ':' {
			return Label, n + 1, true
		}
		return k, n, true
	case '!':
		if labelChar[b[1]] && !(b[1] >= '0' && b[1] <= '9') || b[1] == '\\' {
			n := 2
			for n < len(b) && (labelChar[b[n]] || b[n] == '\\') {
				n++
			}
			if n == len(b) && !eof {
				return 0, 0, false
			}
			return MDName, n, true
		}
		return Exclaim, 1, true
	case '#', '^':
		n := 1
		for n < len(b) && b[n] >= '0' && b[n] <= '9' {
			n++
		}
		if n > 1 {
			if n == len(b) && !eof {
				return 0, 0, false
			}
			if c == '#' {
				return AttrID, n, true
			}
			return Summary, n, true
		}
		if c == '#' && keywordChar[b[1]] {
			for n < len(b) && keywordChar[b[n]] {
				n++
			}
			if n == len(b) && !eof {
				return 0, 0, false
			}
			return Record, n, true
		}
		return Bad, 1, true
	}
	return Bad, 1, true
}

// Name returns the name a Global, Local or Comdat token stands for:
// without its sigil, unquoted and unescaped.
func Name(text []byte) string {
	body := text[1:]
	if len(body) >= 2 && body[0] == '"' {
		return string(toplevel.Unquote(body[1 : len(body)-1]))
	}
	return string(body)
}
