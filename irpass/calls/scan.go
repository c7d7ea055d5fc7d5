// Package calls finds the call instructions of a function body of textual
// LLVM IR and says what each one calls, exactly by LLVM's tokens.
//
// A call is a call, invoke or callbr instruction: the keyword token
// (with tail, musttail or notail before it, and the instruction's result
// name before that). Text that only looks like one is not: "call" in a
// string or a quoted name, in a ';' or "/* */" comment, in metadata, in a
// name such as %call or a label call:. Tokens may be split across lines
// and comments as LLVM allows.
//
// After the keyword the instruction is parsed as LLParser::parseCall does:
// fast-math flags, calling convention, return attributes and address
// space, then the type (which may be a function type, whose parentheses
// are not the argument list), then the callee:
//
//   - @f, or a constant expression that is only casts of @f (bitcast,
//     addrspacecast, a getelementptr whose indices are all zero,
//     dso_local_equivalent, no_cfi): a Direct call of f (typed IR calls
//     through such casts when the types differ);
//   - asm …: InlineAsm, not a call of a function;
//   - anything else (a local value, a loaded pointer, inttoptr, null,
//     undef, a getelementptr into the middle of something): Indirect.
//
// Whether a direct callee is a declaration, an alias or an intrinsic is
// for the caller to find out: this package reads one body.
//
// The body is read through the module's source a window at a time, so a
// body of any size costs the same memory. The package has its own lexer
// (lex.go) because the others do not fit a body: irpass/scanner
// tokenizes a whole text into a slice, and irpass/toplevel skips bodies
// without tokens (all three end "/* */" comments alike, by
// irpass/scanner.CommentEnd). Its main loop (skim) lexes the common tokens
// in place, a table lookup a byte, and only looks closely at words of the
// length of call, invoke and callbr.
//
// Defs (the instructions that define given local values) and ParseAlias
// (what an alias stands for) use the same lexer.
package calls

import (
	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// Op is the instruction that makes a call.
type Op uint8

const (
	Call Op = iota
	Invoke
	CallBr
)

func (o Op) String() string { return [...]string{"call", "invoke", "callbr"}[o] }

// TailKind is the marker before a call.
type TailKind uint8

const (
	NoMarker TailKind = iota
	Tail
	MustTail
	NoTail
)

func (t TailKind) String() string { return [...]string{"", "tail", "musttail", "notail"}[t] }

// CalleeKind says what a call calls.
type CalleeKind uint8

const (
	Direct    CalleeKind = iota // a global by name (a function, or an alias the caller resolves)
	Indirect                    // a value known only at run time
	InlineAsm                   // inline assembly: no function is called
)

func (k CalleeKind) String() string {
	return [...]string{"direct", "indirect", "inline asm"}[k]
}

// A Site is one call instruction.
type Site struct {
	Op     Op
	Tail   TailKind
	Callee CalleeKind
	// Name is the callee's name without its sigil: the global of a
	// Direct call, the local value of an Indirect call through %name
	// (empty for other indirect callees).
	Name string
	// Off is where the instruction starts (its result name, its tail
	// marker or its keyword): a check inserted there runs before it.
	Off int64
	// OpOff is the offset of the call, invoke or callbr keyword.
	OpOff int64
	// LineOff is the offset of the start of the line Off is on, or -1 if
	// the lexer's window no longer held it (a check inserted at Off takes
	// the line's indentation).
	LineOff int64
	// InlineAsm: the assembly (nil for other calls: most sites are not
	// inline assembly), and whether the call passes no arguments.
	Asm    *Asm
	NoArgs bool
	// Follows says that the instruction just before this one is the
	// previous site, an InlineAsm call without arguments, with nothing
	// between them but its attribute groups and metadata attachments.
	Follows bool
}

// An Asm is the inline assembly a call calls: its template and its
// constraints, decoded.
type Asm struct {
	Template, Constraints string
}

// A Body is what Scan found in a function body.
type Body struct {
	Sites []Site
	// Refs are the global names the body mentions, in order: callees,
	// operands, values of debug records and inline metadata. The module
	// must define or declare each (LLVM 19 and later declare the known
	// intrinsics themselves), or LLVM refuses it: "use of undefined
	// value".
	Refs []Ref
	End  int64 // the offset just after the body's closing '}'
}

// A Ref is one mention of a global name.
type Ref struct {
	Hash      uint64 // toplevel.HashName of the token (of the decoded name)
	Off, End  int64  // the token
	Intrinsic bool   // the name starts with "llvm."
}

// Scan reads the function body whose '{' is at offset open and returns
// its call sites. The error, if any, is an *Error (or a read error).
func Scan(src *source.Source, open int64) (*Body, error) {
	s := &scanner{lx: newLexer(src, open), chainOrd: -1, refs: true}
	t := s.next()
	if !s.isPunct(t, '{') {
		return nil, &Error{t.Off, "expected '{' at the start of a function body"}
	}
	body := &Body{}
	for {
		var t Token
		if s.chain || s.hasPeek || !skimming {
			t = s.next()
			if s.chain {
				if s.isAttachment(t) {
					s.chainOrd = s.ord + 1
				} else {
					s.chain = false
				}
			}
		} else {
			t = s.skim()
		}
		if t.Kind == EOF {
			break
		}
		if t.Kind != Word || t.End-t.Off != 4 && t.End-t.Off != 6 {
			continue
		}
		op, ok := opOf(s.lx.text(t))
		if !ok {
			continue
		}
		site := s.parseCall(op, t)
		if len(body.Sites) > 0 && s.startOrd == s.chainOrd {
			site.Follows = true
		}
		s.chain, s.chainOrd = false, -1
		if site.Callee == InlineAsm && site.NoArgs {
			s.chain, s.chainOrd = true, s.ord+1
			if s.hasPeek {
				s.chainOrd = s.ord
			}
		}
		body.Sites = append(body.Sites, site)
	}
	if s.lx.err != nil {
		return nil, s.lx.err
	}
	if !s.done {
		return nil, &Error{open, "unexpected end of file in the body of this function (missing '}')"}
	}
	body.End, body.Refs = s.end, s.globals
	return body, nil
}

// isAttachment reports whether t may follow a call as part of it: an
// attribute group (#3) or a metadata attachment (, !srcloc !5).
func (s *scanner) isAttachment(t Token) bool {
	switch t.Kind {
	case AttrID, MDName, Exclaim:
		return true
	case Word:
		c := s.lx.buf[t.Off-s.lx.base]
		return c >= '0' && c <= '9'
	case Punct:
		return s.isPunct(t, ',')
	}
	return false
}

func opOf(w []byte) (Op, bool) {
	switch string(w) {
	case "call":
		return Call, true
	case "invoke":
		return Invoke, true
	case "callbr":
		return CallBr, true
	}
	return 0, false
}

// skimming lets the main loop use skim; the tests turn it off to compare
// it with next, token by token.
var skimming = true

// A scanner walks the tokens of one body, keeping its brace depth and the
// last few tokens (where a call instruction starts).
type scanner struct {
	lx      *lexer
	depth   int
	done    bool  // the body's closing '}' was read
	end     int64 // just after it
	ord     int64 // tokens read so far
	parsing bool  // a call instruction is being parsed: keep its text

	peeked  Token
	hasPeek bool

	// recent holds the last four tokens, the newest at recent[ord%4].
	recent [4]recentTok

	// The run-time check chain: after an InlineAsm call without
	// arguments, chainOrd is the ordinal of the first token that is not
	// one of its attachments.
	chain    bool
	chainOrd int64
	startOrd int64 // ordinal of the start of the call being parsed

	// The last InlineAsm callee.
	asm *Asm

	// refs asks for the global names of the body (Scan), in globals.
	refs    bool
	globals []Ref
}

// global notes a global name token (its text tok, at off).
func (s *scanner) global(tok []byte, off int64) {
	if !s.refs {
		return
	}
	r := Ref{Hash: toplevel.HashName(tok), Off: off, End: off + int64(len(tok))}
	name := tok[1:]
	if len(name) >= 2 && name[0] == '"' {
		name = toplevel.Unquote(name[1 : len(name)-1])
	}
	r.Intrinsic = len(name) > 5 && string(name[:5]) == "llvm."
	s.globals = append(s.globals, r)
}

type recentTok struct {
	kind Kind
	off  int64
	ord  int64
	tail TailKind // a Word that is a tail marker
	eq   bool     // '='
}

// next returns the next token of the body; after its closing '}', EOF.
func (s *scanner) next() Token {
	if s.hasPeek {
		s.hasPeek = false
		return s.peeked
	}
	if s.done {
		return Token{EOF, s.end, s.end}
	}
	if !s.parsing {
		s.lx.mark = s.lx.base + int64(s.lx.pos)
	}
	t := s.lx.next()
	if t.Kind == EOF {
		return t
	}
	switch t.Kind {
	case Punct:
		s.punct(s.lx.buf[t.Off-s.lx.base], t.Off)
	case Word:
		s.word(s.lx.text(t), t.Off)
	case Global:
		s.global(s.lx.text(t), t.Off)
		s.record(t.Kind, t.Off)
	default:
		s.record(t.Kind, t.Off)
	}
	return t
}

// record notes a token in recent.
func (s *scanner) record(k Kind, off int64) *recentTok {
	s.ord++
	r := &s.recent[s.ord&3]
	*r = recentTok{kind: k, off: off, ord: s.ord}
	return r
}

// punct records a punctuation token and follows the body's braces.
func (s *scanner) punct(c byte, off int64) {
	r := s.record(Punct, off)
	switch c {
	case '{':
		s.depth++
	case '}':
		s.depth--
		if s.depth == 0 {
			s.done, s.end = true, off+1
		}
	case '=':
		r.eq = true
	}
}

// word records a Word token, noting a tail marker.
func (s *scanner) word(w []byte, off int64) {
	r := s.record(Word, off)
	if n := len(w); (n == 4 || n == 6 || n == 8) && (w[0] == 't' || w[0] == 'm' || w[0] == 'n') {
		switch string(w) {
		case "tail":
			r.tail = Tail
		case "musttail":
			r.tail = MustTail
		case "notail":
			r.tail = NoTail
		}
	}
}

// skim is next for the main loop, unrolled: it reads tokens until the
// keyword of a call (a Word of four or six bytes that the caller looks
// at) and returns it, or EOF after the body. The common tokens of a body
// (blanks, words, local and global names, '!', punctuation) are lexed in
// place; the rest goes through next.
func (s *scanner) skim() Token {
	l := s.lx
	for !s.done {
		b := l.buf
		i := l.pos
		for i < len(b) && class[b[i]] == cSpace {
			i++
		}
		l.pos = i
		l.mark = l.base + int64(i)
		if i >= len(b) {
			if !l.more(l.mark) {
				return Token{EOF, l.mark, l.mark}
			}
			continue
		}
		c := b[i]
		switch class[c] {
		case cIdent:
			j := i + 1
			for j < len(b) && labelChar[b[j]] {
				j++
			}
			if j == len(b) && !l.eof || c == '.' || j < len(b) && b[j] == ':' {
				break // at the window's end, a label, or '...'
			}
			k := i + 1
			for k < j && keywordChar[b[k]] {
				k++
			}
			l.pos = k
			off := l.base + int64(i)
			s.word(b[i:k], off)
			if n := k - i; (n == 4 || n == 6) && (c == 'c' || c == 'i') {
				return Token{Word, off, l.base + int64(k)}
			}
			continue
		case cSigil:
			if c != '%' && c != '@' && c != '!' || i+1 >= len(b) {
				break
			}
			if c == '!' {
				if d := b[i+1]; d >= '0' && d <= '9' {
					l.pos = i + 1
					s.record(Exclaim, l.mark)
					continue
				}
				break
			}
			if !labelChar[b[i+1]] {
				break
			}
			j := i + 2
			for j < len(b) && labelChar[b[j]] {
				j++
			}
			if j == len(b) && !l.eof {
				break
			}
			l.pos = j
			k := Local
			if c == '@' {
				k = Global
				s.global(b[i:j], l.mark)
			}
			s.record(k, l.mark)
			continue
		case cPunct:
			l.pos = i + 1
			s.punct(c, l.mark)
			continue
		}
		t := s.next()
		if t.Kind == EOF || t.Kind == Word {
			return t
		}
	}
	return Token{EOF, s.end, s.end}
}

func (s *scanner) peek() Token {
	if !s.hasPeek {
		s.peeked = s.next()
		s.hasPeek = true
	}
	return s.peeked
}

func (s *scanner) isPunct(t Token, c byte) bool {
	return t.Kind == Punct && t.End-t.Off <= 1 && s.lx.buf[t.Off-s.lx.base] == c
}

func (s *scanner) isWord(t Token, w string) bool {
	return t.Kind == Word && string(s.lx.text(t)) == w
}

// parseCall parses a call instruction whose keyword is op.
func (s *scanner) parseCall(op Op, opTok Token) Site {
	site := Site{Op: op, Off: opTok.Off, OpOff: opTok.Off, Callee: Indirect}
	// Where the instruction starts: [%r =] [tail|musttail|notail] call.
	opOrd := s.ord
	back := func(n int64) recentTok { return s.recent[(opOrd-n)&3] }
	start := back(0)
	i := int64(1)
	if r := back(i); r.kind == Word && r.tail != NoMarker {
		site.Tail, start = r.tail, r
		i++
	}
	if back(i).eq && back(i+1).kind == Local && back(i+1).ord == opOrd-i-1 {
		start = back(i + 1)
	}
	site.Off, s.startOrd = start.off, start.ord
	site.LineOff = s.lx.lineStart(site.Off)

	s.parsing = true
	s.lx.mark = opTok.Off
	defer func() { s.parsing = false }()

	// Fast-math flags, calling convention, return attributes and address
	// space come before the type; none of them starts like a type.
	for !s.startsType(s.peek()) {
		t := s.next()
		if t.Kind == EOF {
			return site
		}
		if s.isPunct(t, '(') && !s.skipGroup() {
			return site
		}
	}
	if !s.skipType() {
		return site
	}
	site.Callee, site.Name = s.value(0)
	if site.Callee == InlineAsm {
		site.Asm = s.asm
		if s.isPunct(s.peek(), '(') {
			s.next()
			if s.isPunct(s.peek(), ')') {
				s.next()
				site.NoArgs = true
			}
		}
	}
	return site
}

var typeWords = map[string]bool{
	"void": true, "ptr": true, "half": true, "bfloat": true, "float": true, "double": true,
	"x86_fp80": true, "fp128": true, "ppc_fp128": true, "label": true, "metadata": true,
	"token": true, "x86_mmx": true, "x86_amx": true, "target": true, "opaque": true,
}

func isIntType(w []byte) bool {
	if len(w) < 2 || w[0] != 'i' {
		return false
	}
	for _, c := range w[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// startsType reports whether t can begin a type.
func (s *scanner) startsType(t Token) bool {
	switch t.Kind {
	case Local:
		return true
	case Punct:
		c := s.lx.buf[t.Off-s.lx.base]
		return c == '[' || c == '{' || c == '<'
	case Word:
		w := s.lx.text(t)
		return typeWords[string(w)] || isIntType(w)
	}
	return false
}

// skipGroup consumes the rest of a bracketed group whose opening bracket
// was just read. It reports false if the body ends first.
func (s *scanner) skipGroup() bool {
	depth := 1
	for {
		t := s.next()
		switch t.Kind {
		case EOF:
			return false
		case Punct:
			switch s.lx.buf[t.Off-s.lx.base] {
			case '(', '[', '{', '<':
				depth++
			case ')', ']', '}', '>':
				depth--
				if depth == 0 {
					return true
				}
			}
		}
	}
}

// skipType consumes a type: a base type and its suffixes ('*',
// addrspace(N), and a parameter list, which makes it a function type).
func (s *scanner) skipType() bool {
	t := s.next()
	switch t.Kind {
	case Local:
	case Word:
		w := string(s.lx.text(t))
		switch {
		case w == "target":
			if !s.isPunct(s.next(), '(') || !s.skipGroup() {
				return false
			}
		case typeWords[w] || isIntType([]byte(w)):
		default:
			return false
		}
	case Punct:
		switch s.lx.buf[t.Off-s.lx.base] {
		case '[', '{', '<':
			if !s.skipGroup() {
				return false
			}
		default:
			return false
		}
	default:
		return false
	}
	for {
		p := s.peek()
		switch {
		case s.isPunct(p, '*'):
			s.next()
		case s.isPunct(p, '('):
			s.next()
			if !s.skipGroup() {
				return false
			}
		case s.isWord(p, "addrspace"):
			s.next()
			if !s.isPunct(s.next(), '(') || !s.skipGroup() {
				return false
			}
		default:
			return true
		}
	}
}

// maxValueDepth bounds the nesting of constant expressions the callee
// parser follows; deeper ones are taken for indirect callees.
const maxValueDepth = 64

// value parses a callee value and classifies it.
func (s *scanner) value(depth int) (CalleeKind, string) {
	t := s.next()
	switch t.Kind {
	case Global:
		return Direct, Name(s.lx.text(t))
	case Local:
		return Indirect, Name(s.lx.text(t))
	case Word:
	default:
		return Indirect, ""
	}
	switch w := string(s.lx.text(t)); w {
	case "asm":
		for s.peek().Kind == Word {
			s.next() // sideeffect, alignstack, inteldialect, unwind
		}
		a := s.next()
		if a.Kind != String || !s.isPunct(s.next(), ',') {
			return Indirect, ""
		}
		c := s.next()
		if c.Kind != String {
			return Indirect, ""
		}
		s.asm = &Asm{string(unquoteString(s.lx.text(a))), string(unquoteString(s.lx.text(c)))}
		return InlineAsm, ""
	case "dso_local_equivalent", "no_cfi":
		if g := s.next(); g.Kind == Global {
			return Direct, Name(s.lx.text(g))
		}
		return Indirect, ""
	case "bitcast", "addrspacecast":
		// (T value to T)
		if depth >= maxValueDepth || !s.isPunct(s.next(), '(') || !s.skipType() {
			return Indirect, ""
		}
		k, name := s.value(depth + 1)
		if !s.isWord(s.next(), "to") || !s.skipType() || !s.isPunct(s.next(), ')') {
			return Indirect, ""
		}
		if k != Direct {
			return Indirect, ""
		}
		return Direct, name
	case "getelementptr":
		// [flags] (T, T value, T index, …): the function itself only if
		// every index is zero.
		for {
			p := s.peek()
			if p.Kind != Word {
				break
			}
			s.next() // inbounds, nuw, nusw, inrange(…)
			if s.isPunct(s.peek(), '(') && s.isWord(p, "inrange") {
				s.next()
				if !s.skipGroup() {
					return Indirect, ""
				}
			}
		}
		if depth >= maxValueDepth || !s.isPunct(s.next(), '(') || !s.skipType() ||
			!s.isPunct(s.next(), ',') || !s.skipType() {
			return Indirect, ""
		}
		k, name := s.value(depth + 1)
		for {
			t := s.next()
			if s.isPunct(t, ')') {
				break
			}
			if !s.isPunct(t, ',') || !s.skipType() {
				return Indirect, ""
			}
			idx := s.next()
			if !s.isWord(idx, "0") {
				k = Indirect
				if s.isPunct(idx, '<') || s.isPunct(idx, '[') || s.isPunct(idx, '{') ||
					idx.Kind == Word && s.isPunct(s.peek(), '(') && s.next().Kind == Punct {
					if !s.skipGroup() {
						return Indirect, ""
					}
				}
			}
		}
		if k != Direct {
			return Indirect, ""
		}
		return Direct, name
	case "null", "undef", "poison", "zeroinitializer", "none", "true", "false":
		return Indirect, ""
	default:
		// Another constant expression (inttoptr (…), select (…), …): its
		// operands are not a function called by name.
		if s.isPunct(s.peek(), '(') {
			s.next()
			s.skipGroup()
		}
		return Indirect, ""
	}
}

// unquoteString decodes a String token's text.
func unquoteString(b []byte) []byte {
	if len(b) < 2 {
		return nil
	}
	return toplevel.Unquote(b[1 : len(b)-1])
}
