// Package scanner splits textual LLVM IR into tokens and reports
// diagnostics the way llvm-as does (file:line:col: error: …, the line, a
// caret).
//
// It knows LLVM's lexical grammar (identifiers of every sigil, quoted names,
// c"…" strings, integer and floating literals, keywords, punctuation,
// ';' and "/* */" comments, text spanning lines) but nothing of the grammar
// above it. The rewriting pass only tokenizes the few definitions it has to
// understand (irpass/toplevel finds them); everything else is copied as
// bytes.
package scanner

import (
	"bytes"
	"fmt"
)

// Kind is a token's lexical class.
type Kind uint8

const (
	EOF       Kind = iota
	Global         // @name, @"name", @42
	Local          // %name, %"name", %42
	Metadata       // !name, !42 (a lone '!' is Punct)
	AttrGroup      // #42
	Comdat         // $name
	Keyword        // define, i32, ptr, x, zeroinitializer, …
	Label          // name: or "name":
	Int            // 42, -7, s0x…, u0x…
	Float          // 1.5e+00, 0x3FF0000000000000, 0xK…
	String         // "…"
	CString        // c"…"
	Punct          // = , * [ ] { } ( ) < > ! : | and ...
)

var kindNames = [...]string{"end of line", "global name", "local name", "metadata name",
	"attribute group", "comdat name", "keyword", "label", "integer", "floating-point constant",
	"string", "string constant", "punctuation"}

func (k Kind) String() string { return kindNames[k] }

// A Token is a lexeme of a line: its class and byte span [Off, End).
type Token struct {
	Kind     Kind
	Off, End int
}

// Tokenize splits IR text into tokens, following LLVM's lexer: blanks,
// newlines and NUL bytes separate tokens, a ';' comment runs to the end
// of its line (a newline or a carriage return), a "/* */" comment ends
// where LLVM 22's lexer ends it (CommentEnd: they do not nest), and
// strings and quoted names may span lines. It fails on bytes that cannot
// start a token and on unterminated strings and comments; the error's
// offset is where the offending token starts.
func Tokenize(text []byte) ([]Token, int, error) {
	toks := make([]Token, 0, 16)
	i := 0
	for i < len(text) {
		c := text[i]
		switch c {
		case ' ', '\t', '\r', '\n', 0:
			i++
			continue
		case ';':
			for i < len(text) && text[i] != '\n' && text[i] != '\r' {
				i++
			}
			continue
		case '/':
			if i+1 < len(text) && text[i+1] == '*' {
				end, ok := blockCommentEnd(text, i)
				if !ok {
					return toks, i, fmt.Errorf("unterminated comment ('/*' without '*/')")
				}
				i = end
				continue
			}
		}
		start := i
		kind, end, err := lexOne(text, i)
		if err == nil && end <= start {
			// Every token must consume input; anything else is a lexer
			// bug that would otherwise loop forever.
			err = fmt.Errorf("unexpected character %q", rune(c))
		}
		if err != nil {
			return toks, start, err
		}
		toks = append(toks, Token{kind, start, end})
		i = end
	}
	return toks, 0, nil
}

// blockCommentEnd returns the end of the "/* */" comment at i.
func blockCommentEnd(s []byte, i int) (int, bool) {
	return CommentEnd(s, i+2)
}

// CommentEnd finds where a "/* */" comment ends, as LLVM's lexer ends one
// (LLLexer::SkipCComment, LLVM 15 and later; older ones have no such
// comments): at the first '*' followed by '/', where a '*' always takes
// the byte after it. So comments do not nest ("/* /* */" is whole),
// "/**/" is a comment, and "**/" does not end one ("/* **/ */" is one
// comment). b[from:] is the comment's text from a byte LLVM reads as
// itself: just after the opening "/*", or a resume index of an earlier
// call. It returns the index just after the closing "*/" and true; or,
// when b ends first, the index to resume from once more bytes follow b
// (a '*' that ends b is looked at again with the byte after it) and false.
func CommentEnd(b []byte, from int) (int, bool) {
	for {
		k := bytes.IndexByte(b[from:], '*')
		if k < 0 {
			return len(b), false
		}
		i := from + k
		if i+1 >= len(b) {
			return i, false
		}
		if b[i+1] == '/' {
			return i + 2, true
		}
		from = i + 2
	}
}

func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '$' || c == '.' || c == '_' || c == '-'
}
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// identEnd returns the end of a bare identifier starting at i (LLVM's
// [-a-zA-Z$._0-9]*).
func identEnd(s []byte, i int) int {
	for i < len(s) && (isLetter(s[i]) || isDigit(s[i])) {
		i++
	}
	return i
}

// stringEnd returns the offset after the closing quote of the string
// whose opening quote is at i.
func stringEnd(s []byte, i int) (int, error) {
	j := bytes.IndexByte(s[i+1:], '"')
	if j < 0 {
		return 0, fmt.Errorf("unterminated string constant")
	}
	return i + 1 + j + 1, nil
}

func lexOne(s []byte, i int) (Kind, int, error) {
	c := s[i]
	switch c {
	case '@', '%', '!', '$', '#':
		kind := map[byte]Kind{'@': Global, '%': Local, '!': Metadata, '$': Comdat, '#': AttrGroup}[c]
		if i+1 < len(s) && s[i+1] == '"' && c != '!' && c != '#' {
			end, err := stringEnd(s, i+1)
			return kind, end, err
		}
		end := identEnd(s, i+1)
		if c == '!' {
			// A metadata name does not start with a digit (!42 is '!'
			// and 42) and may hold backslashes (escapes).
			if i+1 < len(s) && isDigit(s[i+1]) {
				return Punct, i + 1, nil
			}
			for end < len(s) && (isLetter(s[end]) || isDigit(s[end]) || s[end] == '\\') {
				end++
			}
			if end == i+1 {
				return Punct, i + 1, nil
			}
		}
		if c == '#' {
			end = i + 1
			for end < len(s) && isDigit(s[end]) {
				end++
			}
			if end == i+1 {
				return Punct, i + 1, nil // a lone '#' (#dbg_value records)
			}
		}
		if end == i+1 {
			return 0, 0, fmt.Errorf("expected a name after '%c'", c)
		}
		return kind, end, nil
	case '"':
		end, err := stringEnd(s, i)
		if err != nil {
			return 0, 0, err
		}
		if end < len(s) && s[end] == ':' {
			return Label, end + 1, nil
		}
		return String, end, nil
	case '=', ',', '*', '[', ']', '{', '}', '(', ')', '<', '>', ':', '|':
		return Punct, i + 1, nil
	case '^':
		// A summary entry's number (^0 = module: …).
		end := i + 1
		for end < len(s) && isDigit(s[end]) {
			end++
		}
		if end > i+1 {
			return Keyword, end, nil
		}
	}
	if c == '.' && bytes.HasPrefix(s[i:], []byte("...")) {
		return Punct, i + 3, nil
	}
	if c == 'c' && i+1 < len(s) && s[i+1] == '"' {
		end, err := stringEnd(s, i+1)
		return CString, end, err
	}
	if isDigit(c) || c == '-' || c == '+' {
		return lexNumber(s, i)
	}
	if (c == 's' || c == 'u') && i+2 < len(s) && s[i+1] == '0' && s[i+2] == 'x' {
		end := i + 3
		for end < len(s) && isHex(s[end]) {
			end++
		}
		return Int, end, nil
	}
	if isLetter(c) {
		end := identEnd(s, i)
		if end < len(s) && s[end] == ':' {
			return Label, end + 1, nil
		}
		return Keyword, end, nil
	}
	return 0, 0, fmt.Errorf("unexpected character %q", rune(c))
}

func lexNumber(s []byte, i int) (Kind, int, error) {
	start := i
	if s[i] == '0' && i+1 < len(s) && s[i+1] == 'x' {
		i += 2
		if i < len(s) && bytes.IndexByte([]byte("KLMHR"), s[i]) >= 0 {
			i++
		}
		for i < len(s) && isHex(s[i]) {
			i++
		}
		return Float, i, nil
	}
	if s[i] == '-' || s[i] == '+' {
		i++
	}
	digits := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == digits {
		// A label or name that starts with '-' is an identifier.
		end := identEnd(s, start)
		if end > start+1 && end <= len(s) {
			if end < len(s) && s[end] == ':' {
				return Label, end + 1, nil
			}
			return Keyword, end, nil
		}
		return 0, 0, fmt.Errorf("unexpected character %q", rune(s[start]))
	}
	kind := Int
	if i < len(s) && s[i] == '.' {
		kind = Float
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
			i++
			if i < len(s) && (s[i] == '+' || s[i] == '-') {
				i++
			}
			for i < len(s) && isDigit(s[i]) {
				i++
			}
		}
	} else if i < len(s) && (isLetter(s[i]) || s[i] == ':') && s[start] != '+' {
		// Numeric labels and names such as "1:" or "12abc".
		end := identEnd(s, start)
		if end < len(s) && s[end] == ':' {
			return Label, end + 1, nil
		}
		return Keyword, end, nil
	}
	return kind, i, nil
}

// Unquote decodes the body of a quoted LLVM string or name (without its
// quotes): \\ is a backslash and \XX a hex byte; everything else is
// literal.
func Unquote(body []byte) []byte {
	if bytes.IndexByte(body, '\\') < 0 {
		return body
	}
	return AppendUnquoted(make([]byte, 0, len(body)), body)
}

// AppendUnquoted appends the decoding of body (as Unquote) to out: with
// an out on the stack, a name is decoded without an allocation.
func AppendUnquoted(out, body []byte) []byte {
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\\' && i+1 < len(body) {
			if body[i+1] == '\\' {
				out = append(out, '\\')
				i++
				continue
			}
			if i+2 < len(body) && isHex(body[i+1]) && isHex(body[i+2]) {
				out = append(out, unhex(body[i+1])<<4|unhex(body[i+2]))
				i += 2
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// Quote returns s as an LLVM string literal, as LLVM prints one: in
// double quotes, with every byte that is not printable ASCII, a quote or
// a backslash written \XX (two upper-case hex digits).
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s))
}

// GlobalName returns @name as LLVM prints it: bare if name is a valid
// unquoted name (a letter or one of "-$._", then also digits), quoted as
// Quote quotes otherwise (a name of digits alone would read as a numbered
// global, one that starts with a digit as a number and a name).
func GlobalName(name string) string {
	bare := name != ""
	for i := 0; i < len(name) && bare; i++ {
		c := name[i]
		bare = isLetter(c) || i > 0 && isDigit(c) // isLetter takes "-$._" too
	}
	if bare {
		return "@" + name
	}
	return string(appendQuoted([]byte{'@'}, name))
}

func appendQuoted(out []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	out = append(out, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == '"' || c == '\\' {
			out = append(out, '\\', hex[c>>4], hex[c&15])
			continue
		}
		out = append(out, c)
	}
	return append(out, '"')
}

func unhex(c byte) byte {
	switch {
	case isDigit(c):
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// Name returns the name a Global, Local, Metadata, Comdat or AttrGroup
// token stands for, without its sigil and with quotes and escapes decoded.
func Name(line []byte, t Token) string {
	body := line[t.Off+1 : t.End]
	if len(body) >= 2 && body[0] == '"' {
		return string(Unquote(body[1 : len(body)-1]))
	}
	if t.Kind == Metadata {
		return string(Unquote(body))
	}
	return string(body)
}

// StringValue returns the bytes of a String or CString token.
func StringValue(line []byte, t Token) []byte {
	body := line[t.Off:t.End]
	if t.Kind == CString {
		body = body[1:]
	}
	return Unquote(body[1 : len(body)-1])
}
