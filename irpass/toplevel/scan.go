package toplevel

import (
	"bytes"
	"github.com/iu-entry/iu-entry/irpass/byteset"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// lex returns the next token at the top level, after whitespace and
// comments; at the end of the module a tEOF token.
func (r *Reader) lex() tok {
	for {
		if r.pos >= len(r.buf) && !r.more(r.pos) {
			if r.err == nil && !r.eof {
				r.eof = true
			}
			return tok{kind: tEOF, off: r.base + int64(r.pos), end: r.base + int64(r.pos), line: r.line}
		}
		switch class[r.buf[r.pos]] {
		case cSpace:
			r.pos++
			continue
		case cNewline:
			r.line++
			r.pos++
			continue
		case cSemi:
			r.skipLineComment()
			continue
		case cSlash:
			if r.pos+1 >= len(r.buf) && !r.eof {
				r.more(r.pos)
			}
			if r.pos+1 < len(r.buf) && r.buf[r.pos+1] == '*' {
				if !r.skipBlockComment() {
					return tok{kind: tEOF, off: r.base + int64(r.pos), line: r.line}
				}
				continue
			}
		}
		return r.lexToken()
	}
}

// skipSpace moves r.pos past blanks, newlines and ';' comments in the
// window (LLVM prints "; Function Attrs: …" before most definitions).
func (r *Reader) skipSpace() {
	for r.pos < len(r.buf) {
		switch class[r.buf[r.pos]] {
		case cSpace:
		case cNewline:
			r.line++
		case cSemi:
			if !r.skipLineCommentIn(len(r.buf)) {
				return
			}
			continue
		default:
			return
		}
		r.pos++
	}
}

// lexToken lexes the token at r.pos, which is not whitespace or a comment.
func (r *Reader) lexToken() tok {
	for {
		start := r.pos
		t := tok{off: r.base + int64(start), line: r.line}
		b := r.buf[start:]
		c := b[0]
		n, complete := 0, true
		switch class[c] {
		case cQuote:
			if !r.keepString {
				return r.lexLongString(t, tString)
			}
			n, complete = quoted(b, 0, r.eof)
			t.kind = tString
			if complete && n < len(b) && b[n] == ':' {
				t.kind, n = tLabel, n+1
			} else if complete && n == len(b) && !r.eof {
				complete = false // a ':' may follow
			}
		case cIdent:
			if c == 'c' && len(b) > 1 && b[1] == '"' {
				if !r.keepString {
					r.pos++
					return r.lexLongString(t, tCString)
				}
				n, complete = quoted(b, 1, r.eof)
				t.kind = tCString
				break
			}
			n = identRun(b, 1)
			if n == len(b) && !r.eof {
				complete = false
				break
			}
			t.kind = tWord
			if n < len(b) && b[n] == ':' {
				t.kind, n = tLabel, n+1
				break
			}
			w := b[:n]
			t.number = c >= '0' && c <= '9' || c == '-' || c == '+'
			if c >= '0' && c <= '9' {
				t.num, t.numOK = parseUint32(w)
				t.digits = t.numOK || allDigits(w)
			} else if n <= 20 {
				t.word = lookupWord(w)
			}
		case cSigil:
			t.kind, n, complete = r.lexSigil(b)
		case cEqual:
			t.kind, n = tEqual, 1
		case cOpen:
			t.kind, n, t.open = tOpen, 1, c
		case cClose:
			t.kind, n, t.open = tClose, 1, c
		case cPunct:
			t.kind, n = tPunct, 1
		default:
			t.kind, n = tBad, 1
		}
		if !complete {
			if !r.more(start) {
				if r.err != nil {
					return tok{kind: tEOF, line: r.line}
				}
				// The module ends inside the token.
				r.countLines(start, len(r.buf))
				r.pos = len(r.buf)
				r.eofError("this name or string is never closed: the file ends inside it; is the input truncated?", t.off, t.line)
				return tok{kind: tEOF, line: r.line}
			}
			continue
		}
		// Names and strings may hold newlines.
		if t.kind == tString || t.kind == tCString || t.kind == tLabel || quotedName(b, n) {
			r.line += bytes.Count(b[:n], newline)
		}
		r.pos = start + n
		t.end = r.base + int64(r.pos)
		switch t.kind {
		case tGlobal, tLocal, tComdat, tMDName, tAttrID, tSummary:
			r.finishName(&t)
		}
		return t
	}
}

// lexSigil lexes a token that starts with @ % $ ! ^ or #.
func (r *Reader) lexSigil(b []byte) (k tkind, n int, complete bool) {
	c := b[0]
	if len(b) < 2 {
		if !r.eof {
			return 0, 0, false
		}
		if c == '!' {
			return tExclaim, 1, true
		}
		if c == '#' {
			return tHash, 1, true
		}
		return tBad, 1, true
	}
	switch c {
	case '@', '%', '$':
		switch c {
		case '@':
			k = tGlobal
		case '%':
			k = tLocal
		default:
			k = tComdat
		}
		if c == '$' {
			// $name: is a label.
			m := identRun(b, 1)
			if m == len(b) && !r.eof {
				return 0, 0, false
			}
			if m < len(b) && b[m] == ':' {
				return tLabel, m + 1, true
			}
		}
		if b[1] == '"' {
			n, complete = quoted(b, 1, r.eof)
			return k, n, complete
		}
		if !isIdentByte(b[1]) {
			return tBad, 1, true
		}
		n = identRun(b, 1)
		if n == len(b) && !r.eof {
			return 0, 0, false
		}
		return k, n, true
	case '!':
		if isMDNameByte(b[1]) && !(b[1] >= '0' && b[1] <= '9') {
			n = 2
			for n < len(b) && isMDNameByte(b[n]) {
				n++
			}
			if n == len(b) && !r.eof {
				return 0, 0, false
			}
			return tMDName, n, true
		}
		return tExclaim, 1, true
	case '^', '#':
		n = 1
		for n < len(b) && b[n] >= '0' && b[n] <= '9' {
			n++
		}
		if n == len(b) && !r.eof {
			return 0, 0, false
		}
		if n == 1 {
			if c == '#' {
				return tHash, 1, true
			}
			return tBad, 1, true
		}
		if c == '#' {
			return tAttrID, n, true
		}
		return tSummary, n, true
	}
	return tBad, 1, true
}

// finishToken fills in what a name token carries once it is complete.
func (r *Reader) finishName(t *tok) {
	b := r.buf[t.off-r.base : t.end-r.base]
	switch t.kind {
	case tGlobal, tLocal, tComdat:
		body := b[1:]
		if len(body) >= 2 && body[0] == '"' {
			t.hash = hashQuoted(body[1 : len(body)-1])
			return
		}
		t.hash = Hash(body)
		t.num, t.numOK = parseUint32(body)
		t.numbered = body[0] >= '0' && body[0] <= '9'
	case tMDName:
		t.hash = hashMDName(b[1:])
	case tAttrID, tSummary:
		t.num, t.numOK = parseUint32(b[1:])
	}
}

// hashMDName is Hash of a metadata name, whose escapes (\XX) LLVM decodes
// like those of quoted names.
func hashMDName(b []byte) uint64 { return hashQuoted(b) }

func isMDNameByte(c byte) bool { return isIdentByte(c) || c == '\\' }

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// identRun returns the end of the run of name bytes in b from i.
func identRun(b []byte, i int) int {
	for i < len(b) && identBytes[b[i]] {
		i++
	}
	return i
}

// quoted returns the end of the quoted string whose opening quote is at
// b[q]; complete is false when b ends first (and more may follow).
func quoted(b []byte, q int, eof bool) (int, bool) {
	k := bytes.IndexByte(b[q+1:], '"')
	if k < 0 {
		return 0, false
	}
	return q + 1 + k + 1, true
}

// quotedName reports whether the token b[:n] is a quoted name.
func quotedName(b []byte, n int) bool { return n > 1 && b[1] == '"' }

// lexLongString lexes a string (r.pos is at its opening quote) that the
// reader does not need the text of: it may be longer than any window, so
// it is skipped, not kept.
func (r *Reader) lexLongString(t tok, k tkind) tok {
	t.kind = k
	at, atLine := r.base+int64(r.pos), r.line
	r.pos++ // the opening quote
	if !r.skipStringBody(at, atLine) {
		return tok{kind: tEOF, line: r.line}
	}
	// A quoted label: "name":
	if k == tString {
		if r.pos >= len(r.buf) && !r.eof {
			r.more(r.pos)
		}
		if r.pos < len(r.buf) && r.buf[r.pos] == ':' {
			t.kind = tLabel
			r.pos++
		}
	}
	t.end = r.base + int64(r.pos)
	return t
}

// skipStringBody moves r.pos past the closing quote of a string whose
// body starts at r.pos, counting its newlines. It reports false if the
// module ends first.
func (r *Reader) skipStringBody(at int64, atLine int) bool {
	for {
		b := r.buf[r.pos:]
		if k := bytes.IndexByte(b, '"'); k >= 0 {
			r.line += bytes.Count(b[:k], newline)
			r.pos += k + 1
			return true
		}
		r.line += bytes.Count(b, newline)
		r.pos = len(r.buf)
		if !r.more(r.pos) {
			r.eofError("this string is never closed: the file ends inside it; is the input truncated?", at, atLine)
			return false
		}
	}
}

// skipLineComment moves r.pos to the end of the ';' comment at r.pos: the
// next newline or carriage return (LLVM ends a comment at either).
func (r *Reader) skipLineComment() {
	for {
		b := r.buf[r.pos:]
		k := bytes.IndexByte(b, '\n')
		seg := b
		if k >= 0 {
			seg = b[:k]
		}
		if j := bytes.IndexByte(seg, '\r'); j >= 0 {
			r.pos += j
			return
		}
		if k >= 0 {
			r.pos += k
			return
		}
		r.pos = len(r.buf)
		if !r.more(r.pos) {
			return // a comment may end the module
		}
	}
}

// skipBlockComment moves r.pos past the "/* … */" comment at r.pos, which
// ends where LLVM's lexer ends it (scanner.CommentEnd: comments do not
// nest, and "**/" does not end one). It reports false if the module ends
// first.
func (r *Reader) skipBlockComment() bool {
	at, atLine := r.base+int64(r.pos), r.line
	from := r.pos + 2
	for {
		end, ok := scanner.CommentEnd(r.buf, from)
		r.countLines(r.pos, end)
		r.pos = end
		if ok {
			return true
		}
		if !r.more(r.pos) {
			r.eofError("unterminated comment ('/*' without '*/')", at, atLine)
			return false
		}
		from = r.pos
	}
}

// groupClass marks the bytes that matter inside a bracketed group.
var groupClass = func() (t [256]uint8) {
	t['\n'] = cNewline
	t['"'] = cQuote
	t[';'] = cSemi
	t['/'] = cSlash
	for _, c := range "([{<" {
		t[c] = cOpen
	}
	for _, c := range ")]}>" {
		t[c] = cClose
	}
	return t
}()

// skipGroup moves r.pos past the group that the open token t begins
// (r.pos is just after it): brackets of every kind count, in strings and
// comments none does.
func (r *Reader) skipGroup(t tok) bool {
	depth := 1
	for {
		b := r.buf
		i := r.pos
		for i < len(b) {
			if i = nextGroupByte(b, i); i < 0 {
				i = len(b)
				break
			}
			switch groupClass[b[i]] {
			case cNewline:
				r.line++
			case cOpen:
				depth++
			case cClose:
				depth--
				if depth == 0 {
					r.pos = i + 1
					return true
				}
			case cQuote:
				r.pos = i + 1
				if !r.skipStringBody(r.base+int64(i), r.line) {
					return false
				}
				b, i = r.buf, r.pos
				continue
			case cSemi:
				r.pos = i
				r.skipLineComment()
				b, i = r.buf, r.pos
				continue
			case cSlash:
				if i+1 >= len(b) && !r.eof {
					r.pos = i
					if !r.more(i) && r.err != nil {
						return false
					}
					b, i = r.buf, r.pos
					continue
				}
				if i+1 < len(b) && b[i+1] == '*' {
					r.pos = i
					if !r.skipBlockComment() {
						return false
					}
					b, i = r.buf, r.pos
					continue
				}
			}
			i++
		}
		r.pos = i
		if !r.more(r.pos) {
			r.eofError("unexpected end of file; is the input truncated?", -1, 0)
			return false
		}
	}
}

// skipBody moves r.pos past the '}' that closes the function body whose
// '{' (token t) r.pos is just after. Only braces count, and those in
// strings and comments do not.
//
// Five bytes matter in a body: '{', '}', '"', '/' (a "/* */" comment) and
// ';' (a comment to the end of the line); the earliest of them is the
// next thing to look at, found 32 bytes at a time (irpass/byteset). Typed
// IR has a pair of braces in most getelementptr lines ("<{ [8 x i8] }>")
// and quoted type names in many, and most blocks start with a "; preds"
// comment: one search for all five took 65 ms for the 100 MB typed
// benchmark module where five bytes.IndexByte searches, each kept until
// the scan passed what it found, took 75 (BenchmarkIndexFile).
func (r *Reader) skipBody(t tok) bool {
	depth := 1
	counted := r.pos // the newlines of r.buf[:counted] are counted
	for {
		b := r.buf
		e := len(b)
		if k := bodyBytes.Index(b[r.pos:]); k >= 0 {
			e = r.pos + k
		}
		if e == len(b) {
			r.countLines(counted, len(b))
			r.pos = len(b)
			if !r.more(r.pos) {
				if r.err == nil {
					r.err = &Error{Off: r.base + int64(len(r.buf)), Line: r.line, At: r.cur.Off, AtLine: r.cur.Line,
						Msg: "unexpected end of file in the body of this function (missing '}'); is the input truncated?"}
				}
				return false
			}
			counted = r.pos
			continue
		}
		r.pos = e + 1
		switch b[e] {
		case '}':
			depth--
			if depth == 0 {
				r.countLines(counted, r.pos)
				return true
			}
		case '{':
			depth++
		case ';':
			r.pos = e
			if r.skipLineCommentIn(len(b)) {
				continue
			}
			r.countLines(counted, r.pos)
			r.skipLineComment() // it goes on past the window
			counted = r.pos
		case '"':
			r.countLines(counted, e)
			if !r.skipStringBody(r.base+int64(e), r.line) {
				return false
			}
			counted = r.pos
		case '/':
			if e+1 >= len(b) && !r.eof {
				// Is it "/*"? The next byte is in the next window.
				r.countLines(counted, e)
				r.pos = e
				if !r.more(e) && r.err != nil {
					return false
				}
				counted = r.pos
				if r.pos+1 >= len(r.buf) || r.buf[r.pos+1] != '*' {
					r.pos++
				}
				continue
			}
			if e+1 < len(b) && b[e+1] == '*' {
				r.countLines(counted, e)
				r.pos = e
				if !r.skipBlockComment() {
					return false
				}
				counted = r.pos
			}
		}
	}
}

// The bytes that matter in a function body.
var bodyBytes = byteset.New("}{\"/;")

// skipLineCommentIn moves r.pos (at a ';') to the end of the comment if it
// ends before lim, and reports whether it did.
func (r *Reader) skipLineCommentIn(lim int) bool {
	seg := r.buf[r.pos:lim]
	k := bytes.IndexByte(seg, '\n')
	if k < 0 {
		return false
	}
	if j := bytes.IndexByte(seg[:k], '\r'); j >= 0 {
		k = j
	}
	r.pos += k
	return true
}

// indexIn returns the index of the first c in b[from:lim], or lim.

func indexIn(b []byte, from, lim int, c byte) int {
	if k := bytes.IndexByte(b[from:lim], c); k >= 0 {
		return from + k
	}
	return lim
}
