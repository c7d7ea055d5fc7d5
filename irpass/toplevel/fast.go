package toplevel

import (
	"bytes"
	"math/bits"

	"github.com/iu-entry/iu-entry/irpass/byteset"
)

// The fast paths read the two kinds of line that make up most of a
// module's top level, a numbered metadata node and a global variable, the
// way LLVM prints them:
//
//	!42 = distinct !DILocation(line: 7, column: 3, scope: !40)
//	@alloc_1f = private unnamed_addr constant [5 x i8] c"hello", align 1
//
// without the token machinery of the general path. A fast path takes a
// line only if it can see that the line holds exactly one entity, whole,
// with nothing it would have to remember for the next line; anything else
// (a second '=' at the top level, a comment, a keyword that starts an
// entity, a string or group that goes on past the line, …) makes it
// decline before it changes any state, and the general path reads the
// line. So both paths give the same entities; TestFastPathsAgree checks it.

// fastOff turns the fast paths off (tests compare both paths).
var fastOff = false

// fastLine tries the fast paths at r.pos. It reports whether it read an
// entity, and then whether that completed the one before (now in r.out).
func (r *Reader) fastLine() (took, done bool) {
	if fastOff || r.nheld != 0 || r.keepString {
		return false, false
	}
	b := r.buf[r.pos:]
	if b[0] == '!' {
		// A metadata node's line is not searched for its end first: the
		// node's group ends on it, or the fast path declines.
		return r.fastMetadata(b)
	}
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 {
		return false, false
	}
	line := b[:nl]
	switch line[0] {
	case '@':
		return r.fastGlobal(line)
	case 'd':
		return r.fastDefine(line)
	}
	return false, false
}

// fastDefine reads the header of a function definition on one line, as
// LLVM prints it, and then its body:
//
//	define internal fastcc i64 @f(ptr %self, i64 %n) unnamed_addr #1 !dbg !37 {
//
// The return type and the attributes before the name hold no '@'; after
// the parameters come words, attribute groups, attachments and a
// personality clause, and the line ends with the body's '{'. Anything
// else (a quote, a comment, a bracket, prefix or prologue data, …) is
// left to the general path.
func (r *Reader) fastDefine(line []byte) (took, done bool) {
	if !bytes.HasPrefix(line, []byte("define ")) || r.headerOnly {
		return false, false
	}
	at := bytes.IndexByte(line, '@')
	if at < 0 || hasAny(line[:at], &beforeName) {
		return false, false
	}
	p, hash, numbered, ok := globalName(line, at)
	if !ok {
		return false, false
	}
	nameEnd := p
	if p >= len(line) || line[p] != '(' {
		return false, false
	}
	end, ok := lineGroup(line, p)
	if !ok {
		return false, false
	}
	last := trimEnd(line, len(line))
	if last == 0 || line[last-1] != '{' || last-1 < end {
		return false, false
	}
	trailer := line[end : last-1]
	// A personality clause, as rustc writes one for every function that
	// unwinds, is read here and left out of the checks below.
	clause, clauseEnd := personalityClause(trailer)
	if clause == -2 {
		return false, false
	}
	rest := trailer
	if clause >= 0 {
		rest = trailer[:clause]
	}
	if !plainTrailer(rest) || clause >= 0 && !plainTrailer(trailer[clauseEnd:]) {
		return false, false
	}
	var mds [4]MDRef
	var attrs [4]AttrRef
	nmd, nattr := 0, 0
	for i := 0; i < len(trailer); i++ {
		if i == clause {
			i = clauseEnd - 1
			continue
		}
		switch trailer[i] {
		case '#':
			j := i + 1
			for j < len(trailer) && trailer[j] >= '0' && trailer[j] <= '9' {
				j++
			}
			id, ok := parseUint32(trailer[i+1 : j])
			if ok && nattr < len(attrs) {
				attrs[nattr] = AttrRef{ID: uint32(id), Off: r.base + int64(r.pos+end+i)}
				nattr++
			} else if j > i+1 {
				return false, false
			}
			i = j - 1
		case '!':
			if i+1 < len(trailer) && trailer[i+1] >= '0' && trailer[i+1] <= '9' {
				j := i + 1
				for j < len(trailer) && trailer[j] >= '0' && trailer[j] <= '9' {
					j++
				}
				id, ok := parseUint32(trailer[i+1 : j])
				if !ok || nmd == len(mds) || j < len(trailer) && identBytes[trailer[j]] {
					return false, false // (!0A is '!' and the word 0A)
				}
				mds[nmd] = MDRef{ID: uint32(id), Off: r.base + int64(r.pos+end+i)}
				nmd++
				i = j - 1
			}
		}
	}
	t := tok{kind: tWord, off: r.base + int64(r.pos), end: r.base + int64(r.pos) + 6, line: r.line}
	done = r.begin(Define, t)
	if r.err != nil {
		return true, false
	}
	e := r.cur
	e.NameOff, e.NameEnd, e.NameHash, e.Numbered = r.base+int64(r.pos+at), r.base+int64(r.pos+nameEnd), hash, numbered
	e.MDRefs = append(e.MDRefs, mds[:nmd]...)
	e.AttrRefs = append(e.AttrRefs, attrs[:nattr]...)
	r.st = state{named: true, params: true, n: 4}
	open := tok{kind: tOpen, open: '{', off: r.base + int64(r.pos+last-1), end: r.base + int64(r.pos+last), line: r.line}
	r.pos += last
	r.lastTok = open
	r.function(open)
	return true, done
}

// The bytes a fast define header declines: before the function's name,
// and after its parameters (where a personality clause is read apart).
var beforeName, inTrailer = byteSet("\";/{([<="), byteSet("\";/{}()[]<>=")

func byteSet(s string) (t [256]bool) {
	for _, c := range []byte(s) {
		t[c] = true
	}
	return t
}

// hasAny reports whether b holds a byte of set.
func hasAny(b []byte, set *[256]bool) bool {
	for _, c := range b {
		if set[c] {
			return true
		}
	}
	return false
}

// plainTrailer reports whether the trailer of a define header (what
// follows the parameters) holds nothing the fast path leaves to the
// general one: none of the bytes of inTrailer, and no word that is prefix,
// prologue, personality or section (whose operands the general path
// reads).
func plainTrailer(b []byte) bool {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inTrailer[c] {
			return false
		}
		if c != 'p' && c != 's' || i > 0 && identBytes[b[i-1]] {
			continue
		}
		j := identRun(b, i)
		switch string(b[i:j]) {
		case "prefix", "prologue", "personality", "section":
			return false
		}
		i = j - 1
	}
	return true
}

// personalityClause finds "personality T @name" in the trailer of a define
// header: T a word, perhaps followed by a parameter list and '*' (typed
// IR: "personality i32 (i32, i32, i64, i8*, i8*)* @rust_eh_personality"),
// the value a global by name. It returns the clause's start (its blank
// before "personality") and end; -1 if there is none, -2 if there is one
// the fast path leaves to the general path (a constant expression, an
// address space, a second clause).
func personalityClause(trailer []byte) (start, end int) {
	const kw = " personality "
	k := bytes.Index(trailer, []byte(kw))
	if k < 0 {
		return -1, -1
	}
	p := skipBlanks(trailer, k+len(kw))
	q := identRun(trailer, p)
	if q == p || bytes.Contains(trailer[k+len(kw):], []byte(kw)) {
		return -2, -2
	}
	p = skipBlanks(trailer, q)
	if p < len(trailer) && trailer[p] == '(' {
		e, ok := lineGroup(trailer, p)
		if !ok {
			return -2, -2
		}
		p = e
	}
	for p < len(trailer) && (trailer[p] == '*' || trailer[p] == ' ') {
		p++
	}
	if p+1 >= len(trailer) || trailer[p] != '@' {
		return -2, -2
	}
	switch c := trailer[p+1]; {
	case c == '"':
		e := bytes.IndexByte(trailer[p+2:], '"')
		if e < 0 {
			return -2, -2
		}
		p += e + 3
	case isIdentByte(c):
		p = identRun(trailer, p+1)
	default:
		return -2, -2
	}
	if p < len(trailer) && trailer[p] != ' ' {
		return -2, -2
	}
	return k, p
}

// fastMetadata reads "!N = [distinct] !{…}" or "!N = [distinct] !Name(…)"
// from the start of line (which goes on past the line's end): the group
// must end on the line, and nothing but blanks follow it there.
func (r *Reader) fastMetadata(line []byte) (took, done bool) {
	p := 1
	var id uint64
	for p < len(line) && line[p] >= '0' && line[p] <= '9' {
		id = min(id*10+uint64(line[p]-'0'), 1<<33) // saturates: > 2^32-1 is not OK
		p++
	}
	if p == 1 {
		return false, false
	}
	idOK := id <= 1<<32-1
	if !idOK {
		id = 0
	}
	p = skipBlanks(line, p)
	if p >= len(line) || line[p] != '=' {
		return false, false
	}
	p = skipBlanks(line, p+1)
	if bytes.HasPrefix(line[p:], []byte("distinct ")) {
		p = skipBlanks(line, p+len("distinct "))
	}
	if p >= len(line) || line[p] != '!' {
		return false, false
	}
	p++
	if p < len(line) && line[p] != '{' {
		// !Name( – a name does not start with a digit: "!0(" is '!', 0, (.
		if line[p] >= '0' && line[p] <= '9' {
			return false, false
		}
		for p < len(line) && isMDNameByte(line[p]) {
			p++
		}
	}
	if p >= len(line) || line[p] != '{' && line[p] != '(' {
		return false, false
	}
	end, ok := lineGroup(line, p)
	if !ok || !blankToLineEnd(line, end) {
		return false, false
	}
	t := tok{kind: tExclaim, off: r.base + int64(r.pos), end: r.base + int64(r.pos) + 1, line: r.line}
	done = r.begin(MetadataNode, t)
	if r.err != nil {
		return true, false
	}
	e := r.cur
	e.ID, e.IDOK = id, idOK
	e.End = r.base + int64(r.pos+end)
	r.st = state{n: 4}
	r.lastTok = tok{kind: tClose, off: e.End - 1, end: e.End, line: r.line}
	r.pos += end
	return true, done
}

// globalName reads the name of a global whose '@' is line[at]: quoted or
// not, its hash, whether it is a number; p is just after it.
func globalName(line []byte, at int) (p int, hash uint64, numbered, ok bool) {
	p = at + 1
	switch {
	case p < len(line) && line[p] == '"':
		k := bytes.IndexByte(line[p+1:], '"')
		if k < 0 {
			return 0, 0, false, false
		}
		return p + k + 2, hashQuoted(line[p+1 : p+1+k]), false, true
	case p < len(line) && isIdentByte(line[p]):
		p = identRun(line, p)
		return p, Hash(line[at+1 : p]), line[at+1] >= '0' && line[at+1] <= '9', true
	}
	return 0, 0, false, false
}

// fastGlobal reads a global variable on one line: "@name = …" whose top
// level holds words, strings, groups and attachments, and no '='.
func (r *Reader) fastGlobal(line []byte) (took, done bool) {
	p, hash, numbered, ok := globalName(line, 0)
	if !ok {
		return false, false
	}
	nameEnd := p
	p = skipBlanks(line, p)
	if p >= len(line) || line[p] != '=' {
		return false, false
	}
	p++
	var (
		alias          bool
		secOff, secEnd = -1, -1
		refs           [4]MDRef
		nrefs          int
		// what the previous token was
		prevSection, prevMDName, prevExcl bool
	)
	for p < len(line) {
		c := line[p]
		if class[c] == cSpace {
			p++
			continue
		}
		section, mdName, excl := false, false, false
		switch class[c] {
		case cIdent:
			if c == 'c' && p+1 < len(line) && line[p+1] == '"' {
				k := bytes.IndexByte(line[p+2:], '"')
				if k < 0 {
					return false, false
				}
				p += k + 3
				break
			}
			q := identRun(line, p+1) // the first byte may be a sign: 0.5e+00
			if q < len(line) && line[q] == ':' {
				return false, false // a label has no place here
			}
			w := line[p:q]
			if prevExcl {
				id, ok := parseUint32(w)
				if !ok || nrefs == len(refs) {
					return false, false
				}
				refs[nrefs] = MDRef{ID: uint32(id), Off: r.base + int64(r.pos+p-1)}
				nrefs++
			} else if c >= 'a' && c <= 'z' && len(w) <= 20 {
				switch lookupWord(w) {
				case wSection:
					section = true
				case wAlias, wIfunc:
					alias = true
				case wDefine, wDeclare, wAttributes, wUselistorder, wUselistorderBB, wDeplibs,
					wSourceFilename, wTarget, wModule:
					return false, false // a keyword that may start an entity
				}
			}
			p = q
		case cQuote:
			k := bytes.IndexByte(line[p+1:], '"')
			if k < 0 {
				return false, false
			}
			if prevSection {
				// The last section clause counts, as in LLVM.
				secOff, secEnd = p, p+k+2
			}
			p += k + 2
			if p < len(line) && line[p] == ':' {
				return false, false
			}
		case cOpen:
			end, ok := lineGroup(line, p)
			if !ok {
				return false, false
			}
			p = end
		case cPunct:
			if c == ':' {
				return false, false
			}
			p++
		case cSigil:
			switch {
			case c == '!' && p+1 < len(line) && line[p+1] >= '0' && line[p+1] <= '9' && prevMDName:
				excl = true // an attachment's value: its number comes next
				p++
			case c == '!' && p+1 < len(line) && isMDNameByte(line[p+1]) && !(line[p+1] >= '0' && line[p+1] <= '9'):
				mdName = true
				p += 2
				for p < len(line) && isMDNameByte(line[p]) {
					p++
				}
			case c == '!':
				return false, false
			case c == '#':
				q := p + 1
				for q < len(line) && line[q] >= '0' && line[q] <= '9' {
					q++
				}
				if q == p+1 {
					return false, false
				}
				p = q
			case p+1 < len(line) && line[p+1] == '"':
				k := bytes.IndexByte(line[p+2:], '"')
				if k < 0 {
					return false, false
				}
				p += k + 3
			default:
				q := identRun(line, p+1)
				if q == p+1 || q < len(line) && line[q] == ':' {
					return false, false
				}
				p = q
			}
		default:
			// '=' (a second definition), ';' or '/' (comments), a
			// stray bracket, a byte no token starts with.
			return false, false
		}
		prevSection, prevMDName, prevExcl = section, mdName, excl
	}
	if prevSection || prevMDName || prevExcl {
		return false, false // something goes on on the next line
	}
	t := tok{kind: tGlobal, off: r.base + int64(r.pos), end: r.base + int64(r.pos+nameEnd), line: r.line}
	done = r.begin(GlobalVar, t)
	if r.err != nil {
		return true, false
	}
	e := r.cur
	e.NameOff, e.NameEnd, e.NameHash, e.Numbered = t.off, t.end, hash, numbered
	e.Alias = alias
	e.End = r.base + int64(r.pos+trimEnd(line, len(line)))
	e.MDRefs = append(e.MDRefs, refs[:nrefs]...)
	if secOff >= 0 {
		e.SectionOff, e.SectionEnd = r.base+int64(r.pos+secOff), r.base+int64(r.pos+secEnd)
		e.Section = append([]byte(nil), Unquote(line[secOff+1:secEnd-1])...)
	}
	r.st = state{n: 3}
	r.lastTok = tok{kind: tWord, off: e.End - 1, end: e.End, line: r.line}
	r.pos += len(line)
	return true, done
}

// lineGroup returns the end of the bracketed group that opens at line[p],
// if it closes within the line with nothing but strings inside that the
// general path would treat differently (no comments).
//
// It takes the bytes that matter 64 at a time, as a mask: in a global's
// type and constant they come a few bytes apart (<{ [5 x i8] c"…" }>),
// and a search for each cost more than the bytes between.
func lineGroup(line []byte, p int) (int, bool) {
	depth := 0
	for p < len(line) {
		mask, n := groupBytes.Mask(line[p:])
		base := p
		p += n
		for mask != 0 {
			i := base + bits.TrailingZeros64(mask)
			mask &= mask - 1
			switch groupClass[line[i]] {
			case cOpen:
				depth++
			case cClose:
				depth--
				if depth == 0 {
					return i + 1, true
				}
			case cQuote:
				k := bytes.IndexByte(line[i+1:], '"')
				if k < 0 {
					return 0, false
				}
				end := i + 1 + k // the closing quote
				if end >= p {
					mask, p = 0, end+1 // past the mask: take the next one after it
				} else {
					mask &^= uint64(2)<<(end-base) - 1 // the bits up to it, inside the string
				}
			default: // ';', '/', a newline
				return 0, false
			}
		}
	}
	return 0, false
}

// nextGroupByte returns the index of the first byte from b[p] on that
// matters inside a group (a bracket, a quote, a comment's start, a
// newline), or -1.
func nextGroupByte(b []byte, p int) int {
	if k := groupBytes.Index(b[p:]); k >= 0 {
		return p + k
	}
	return -1
}

// groupBytes are the bytes groupClass marks.
var groupBytes = byteset.New("\n\";/([{<)]}>")

func skipBlanks(b []byte, p int) int {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	return p
}

// blankToLineEnd reports whether b[p:] holds only blanks (a carriage
// return among them) up to a newline.
func blankToLineEnd(b []byte, p int) bool {
	for ; p < len(b); p++ {
		switch c := b[p]; {
		case c == '\n':
			return true
		case class[c] != cSpace:
			return false
		}
	}
	return false
}

// trimEnd returns n less the blanks that end b[:n].
func trimEnd(b []byte, n int) int {
	for n > 0 && class[b[n-1]] == cSpace {
		n--
	}
	return n
}
