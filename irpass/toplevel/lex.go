package toplevel

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// tkind is the lexical class of a token at the top level.
type tkind uint8

const (
	tEOF     tkind = iota
	tGlobal        // @name, @"name", @42
	tLocal         // %name, %"name", %42
	tComdat        // $name, $"name"
	tMDName        // !name (a metadata variable)
	tExclaim       // ! alone (the start of !42, !{, !"…")
	tSummary       // ^42
	tAttrID        // #42
	tHash          // # alone
	tWord          // keywords, integers, floats, the rest of [-a-zA-Z$._0-9]+ runs
	tLabel         // name: or "name":
	tString        // "…"
	tCString       // c"…"
	tEqual         // =
	tOpen          // ( [ { <
	tClose         // ) ] } >
	tPunct         // , * : |
	tBad           // a byte no token starts with
)

// A tok is a token at the top level of the module, outside function
// bodies and bracketed groups. Its bytes may be gone from the window by
// the time it is used, so what the reader needs of it is kept here.
type tok struct {
	kind     tkind
	off, end int64 // file offsets
	line     int   // line of off
	word     word  // tWord: which keyword, if one the reader cares about
	num      uint64
	numOK    bool   // tWord, tAttrID, tSummary, numbered names: num holds a value that fits 32 bits
	digits   bool   // tWord: only decimal digits
	number   bool   // tWord: starts like a number (a digit, '-' or '+')
	hash     uint64 // names: FNV-1a of the decoded name
	open     byte   // tOpen, tClose: the bracket
	numbered bool   // @42, %42
}

// Byte classes of the lexer.
const (
	cBad = iota
	cSpace
	cNewline
	cIdent // [-a-zA-Z$._0-9] and '+' (a leading sign)
	cQuote
	cSemi
	cSlash
	cSigil // @ % $ ! ^ #
	cEqual
	cOpen
	cClose
	cPunct
)

var class = func() (t [256]uint8) {
	for c := range t {
		if isIdentByte(byte(c)) {
			t[c] = cIdent
		}
	}
	t['+'] = cIdent
	// LLVM's lexer takes a NUL byte inside the buffer for whitespace.
	t[' '], t['\t'], t['\r'], t[0] = cSpace, cSpace, cSpace, cSpace
	t['\n'] = cNewline
	t['"'] = cQuote
	t[';'] = cSemi
	t['/'] = cSlash
	for _, c := range "@%!^#" {
		t[c] = cSigil
	}
	t['$'] = cSigil // a comdat name, or a label made of identifier bytes
	t['='] = cEqual
	for _, c := range "([{<" {
		t[c] = cOpen
	}
	for _, c := range ")]}>" {
		t[c] = cClose
	}
	for _, c := range ",*:|" {
		t[c] = cPunct
	}
	return t
}()

var identBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '$' || c == '.' || c == '_' || c == '-'
	}
	return t
}()

// isIdentByte reports whether c may appear in an unquoted LLVM name:
// [-a-zA-Z$._0-9].
func isIdentByte(c byte) bool { return identBytes[c] }

// word identifies the keywords the reader acts on.
type word uint8

const (
	wNone word = iota
	wDefine
	wDeclare
	wAttributes
	wUselistorder
	wUselistorderBB
	wDeplibs
	wSourceFilename
	wTarget
	wTriple
	wDatalayout
	wModule
	wAsm
	wSection
	wAlias
	wIfunc
	wPrefix
	wPrologue
	wPersonality
	wAddrspace
	wDsoLocalEquivalent
	wNoCFI
)

func lookupWord(b []byte) word {
	switch string(b) {
	case "define":
		return wDefine
	case "declare":
		return wDeclare
	case "attributes":
		return wAttributes
	case "uselistorder":
		return wUselistorder
	case "uselistorder_bb":
		return wUselistorderBB
	case "deplibs":
		return wDeplibs
	case "source_filename":
		return wSourceFilename
	case "target":
		return wTarget
	case "triple":
		return wTriple
	case "datalayout":
		return wDatalayout
	case "module":
		return wModule
	case "asm":
		return wAsm
	case "section":
		return wSection
	case "alias":
		return wAlias
	case "ifunc":
		return wIfunc
	case "prefix":
		return wPrefix
	case "prologue":
		return wPrologue
	case "personality":
		return wPersonality
	case "addrspace":
		return wAddrspace
	case "dso_local_equivalent":
		return wDsoLocalEquivalent
	case "no_cfi":
		return wNoCFI
	}
	return wNone
}

// Hash is a 64-bit hash of a decoded name: the reader and the symbol
// index of irpass agree on it, and nothing keeps it beyond a run. It
// takes eight bytes at a time (a multiply that folds the 128-bit product,
// as wyhash mixes): the index hashes every symbol's name, a million of
// them in a 1 GB module, and FNV-1a's byte at a time cost the index pass
// a tenth of its time. A collision costs a lookup a second read back,
// never a wrong answer.
func Hash(name []byte) uint64 {
	const k0, k1 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db
	h := uint64(len(name)) ^ k0
	for len(name) >= 8 {
		h = mix(h^binary.LittleEndian.Uint64(name), k1)
		name = name[8:]
	}
	if len(name) > 0 {
		var w uint64
		for i, c := range name {
			w |= uint64(c) << (8 * i)
		}
		h = mix(h^w, k1)
	}
	return mix(h, k0)
}

// mix folds the 128-bit product of a and b.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// HashName is Hash of the name a @name, @"name" or %name token stands
// for (tok is the token's text, its sigil first): what the reader keys a
// definition's name by.
func HashName(tok []byte) uint64 {
	body := tok[1:]
	if len(body) >= 2 && body[0] == '"' {
		return hashQuoted(body[1 : len(body)-1])
	}
	return Hash(body)
}

// hashQuoted is Hash of the decoding of a quoted name's body (\\ is a
// backslash, \XX a hex byte).
func hashQuoted(body []byte) uint64 {
	if bytes.IndexByte(body, '\\') < 0 {
		return Hash(body)
	}
	var buf [256]byte
	return Hash(scanner.AppendUnquoted(buf[:0], body))
}

// Unquote decodes the body of a quoted LLVM string or name (without its
// quotes) as LLVM's lexer does; it is scanner.Unquote, here for the
// reader's users.
func Unquote(body []byte) []byte { return scanner.Unquote(body) }

// parseUint32 parses decimal digits; ok is false above 2^32-1, the largest
// number LLVM's lexer takes for an ID.
func parseUint32(b []byte) (v uint64, ok bool) {
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
		if v > 1<<32-1 {
			return 0, false
		}
	}
	return v, len(b) > 0
}
