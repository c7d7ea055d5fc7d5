package irpass

import (
	"bytes"
	"fmt"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// symKind is what a module-level name stands for.
type symKind uint8

const (
	symVariable symKind = iota
	symFunction         // define or declare
	symAlias            // alias or ifunc
)

// A symEntry records where a name is defined: the hash of the name and the
// offset of its line. The index pass keeps one per symbol (a 1 GB module
// has about a million), 16 bytes each, in file order; a lookup scans them
// once for the few names it wants and reads the matching lines back, so a
// hash collision costs a second read, never a wrong answer. A scan is
// cheaper than sorting the entries: a module is looked up in twice, for a
// handful of names, and a sort would cost as much as the rest of the
// index pass.
type symEntry struct {
	hash uint64
	off  int64
}

// A symIndex is the symbols in file order, in chunks that are never
// copied: a slice grown by appending would leave its old copies behind as
// garbage, which for a 1 GB module (900,000 symbols, 14 MB) made the heap
// peak at 67 MB before the first collection.
type symIndex struct {
	chunks [][]symEntry
}

// Chunks start small, for small modules, and double up to 1 MiB.
const (
	firstSymChunk = 1 << 10
	maxSymChunk   = 1 << 16
)

func (x *symIndex) add(e symEntry) {
	n := len(x.chunks)
	if n == 0 || len(x.chunks[n-1]) == cap(x.chunks[n-1]) {
		size := firstSymChunk
		if n > 0 {
			size = min(2*cap(x.chunks[n-1]), maxSymChunk)
		}
		x.chunks = append(x.chunks, make([]symEntry, 0, size))
		n++
	}
	x.chunks[n-1] = append(x.chunks[n-1], e)
}

// nameHash is FNV-1a, 64 bits.
func nameHash(name []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range name {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// A hashFilter is a 1024-bit Bloom filter with one hash function: the
// scan asks it first, and only the few entries that pass (the wanted names
// and about 1% of the rest for ten names) cost a map lookup.
type hashFilter [16]uint64

func (f *hashFilter) add(h uint64)      { f[h>>6&15] |= 1 << (h & 63) }
func (f *hashFilter) has(h uint64) bool { return f[h>>6&15]&(1<<(h&63)) != 0 }

// lookup returns the first definitions of the given names; a name the
// module does not define is absent from the result.
func (m *module) lookup(names map[string]bool) (map[string]*symbol, error) {
	found := map[string]*symbol{}
	var filter hashFilter
	wanted := map[uint64]bool{}
	for name := range names {
		h := nameHash([]byte(name))
		filter.add(h)
		wanted[h] = true
	}
	for _, chunk := range m.symbols.chunks {
		for _, e := range chunk {
			if len(found) == len(names) {
				return found, nil
			}
			if !filter.has(e.hash) || !wanted[e.hash] {
				continue
			}
			l, err := m.readLineAt(e.off)
			if err != nil {
				return nil, err
			}
			got, start, kind, ok := definedName(l.text)
			if !ok || !names[string(got)] || found[string(got)] != nil {
				continue
			}
			found[string(got)] = newSymbol(l, start, kind)
		}
	}
	return found, nil
}

func newSymbol(l *sourceLine, start int, kind symKind) *symbol {
	s := &symbol{kind: kind, line: l}
	if toks, _, err := scanner.Tokenize(l.text[start:]); err == nil && len(toks) > 0 {
		s.nameTok = toks[0]
		s.nameTok.Off += start
		s.nameTok.End += start
	} else {
		s.nameTok = scanner.Token{Kind: scanner.Global, Off: start, End: start + 1}
	}
	if kind == symVariable && isAliasLine(l.text) {
		s.kind = symAlias
	}
	return s
}

// A symbol is the definition of a module-level name the pass looked up.
type symbol struct {
	kind    symKind
	line    *sourceLine
	nameTok scanner.Token
}

// definedName returns the name a top-level line defines ("@x = …",
// "define … @x(", "declare … @x(") and where it starts in the line, without
// tokenizing the whole line: the first '@' of a define or declare line is
// always the function's name, since nothing before it can contain one.
func definedName(line []byte) (name []byte, start int, kind symKind, ok bool) {
	lead := 0
	for lead < len(line) && (line[lead] == ' ' || line[lead] == '\t') {
		lead++
	}
	trimmed := line[lead:]
	if len(trimmed) == 0 || trimmed[0] != '@' && trimmed[0] != 'd' {
		return nil, 0, 0, false
	}
	switch {
	case len(trimmed) > 0 && trimmed[0] == '@':
		start = lead
		kind = symVariable
	case bytes.HasPrefix(trimmed, []byte("define")) || bytes.HasPrefix(trimmed, []byte("declare")):
		i := bytes.IndexByte(trimmed, '@')
		if i < 0 {
			return nil, 0, 0, false
		}
		start = lead + i
		kind = symFunction
	default:
		return nil, 0, 0, false
	}
	rest := line[start+1:]
	if len(rest) > 0 && rest[0] == '"' {
		j := bytes.IndexByte(rest[1:], '"')
		if j < 0 {
			return nil, 0, 0, false
		}
		return scanner.Unquote(rest[1 : 1+j]), start, kind, true
	}
	end := 0
	for end < len(rest) && isIdentByte(rest[end]) {
		end++
	}
	return rest[:end], start, kind, end > 0
}

func isIdentByte(c byte) bool { return identBytes[c] }

// identBytes holds the bytes of an unquoted LLVM name: [-a-zA-Z$._0-9].
var identBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '$' || c == '.' || c == '_' || c == '-'
	}
	return t
}()

func isAliasLine(line []byte) bool {
	c, err := scanner.NewCursor(line)
	if err != nil {
		return false
	}
	c.Next()
	c.Next()
	for c.Peek().Kind == scanner.Keyword {
		switch c.Text(c.Next()) {
		case "alias", "ifunc":
			return true
		case "global", "constant":
			return false
		}
	}
	return false
}

// A globalDef is the parsed head of a global variable definition; the
// cursor is left at its initializer.
type globalDef struct {
	name     string
	constant bool
	typ      *layout.Type
	typeOff  int
	initOff  int
}

func parseGlobalHead(c *scanner.Cursor) (*globalDef, error) {
	nameTok := c.Next()
	if nameTok.Kind != scanner.Global {
		return nil, c.Unexpected(nameTok, "a global name")
	}
	g := &globalDef{name: scanner.Name(c.Line, nameTok)}
	if _, err := c.Expect("="); err != nil {
		return nil, err
	}
	for {
		t := c.Next()
		kw := c.Text(t)
		if t.Kind != scanner.Keyword {
			return nil, c.Unexpected(t, "'global' or 'constant'")
		}
		if kw == "global" || kw == "constant" {
			g.constant = kw == "constant"
			break
		}
		if kw == "thread_local" || kw == "addrspace" {
			if _, err := c.SkipGroup(); err != nil {
				return nil, err
			}
			continue
		}
		if !globalKeywords[kw] {
			return nil, scanner.Errorf(t.Off, "@%s is not a global variable ('%s')", g.name, kw)
		}
	}
	g.typeOff = c.Peek().Off
	typ, err := layout.ParseType(c)
	if err != nil {
		return nil, err
	}
	g.typ = typ
	g.initOff = c.Peek().Off
	return g, nil
}

// A funcHeader is what the pass needs of a define or declare line.
type funcHeader struct {
	cconv      string // calling convention keyword(s), "" for ccc
	ret        *layout.Type
	params     []*layout.Type
	variadic   bool
	attrGroups []int
}

// parseFuncHeader reads "define|declare [linkage…] [cc] [ret attrs] T @f(params) [fn attrs] …".
func parseFuncHeader(line []byte) (*funcHeader, error) {
	c, err := scanner.NewCursor(bytes.TrimRight(line, " \t\r{"))
	if err != nil {
		return nil, err
	}
	h := &funcHeader{}
	c.Next() // define / declare
	for {
		if layout.StartsType(c) {
			t, err := layout.ParseType(c)
			if err != nil {
				return nil, err
			}
			if c.Peek().Kind != scanner.Global {
				return nil, c.Unexpected(c.Peek(), "the function name")
			}
			h.ret = t
			break
		}
		t := c.Next()
		switch {
		case t.Kind == scanner.EOF:
			return nil, c.Unexpected(t, "a return type")
		case t.Kind == scanner.Keyword && c.Text(t) == "cc":
			h.cconv = "cc " + c.Text(c.Next())
		case t.Kind == scanner.Keyword && len(c.Text(t)) > 2 && c.Text(t)[len(c.Text(t))-2:] == "cc":
			h.cconv = c.Text(t)
		}
		if _, err := c.SkipGroup(); err != nil {
			return nil, err
		}
	}
	c.Next() // the name
	if _, err := c.Expect("("); err != nil {
		return nil, err
	}
	for !c.Is(")") {
		if c.Accept("...") {
			h.variadic = true
			break
		}
		p, err := layout.ParseType(c)
		if err != nil {
			return nil, err
		}
		h.params = append(h.params, p)
		// Parameter attributes and name, up to the next top-level comma.
		for !c.Is(",") && !c.Is(")") {
			if c.Peek().Kind == scanner.EOF {
				return nil, c.Unexpected(c.Peek(), "')'")
			}
			if ok, err := c.SkipGroup(); err != nil {
				return nil, err
			} else if !ok {
				c.Next()
			}
		}
		c.Accept(",")
	}
	if _, err := c.Expect(")"); err != nil {
		return nil, err
	}
	for c.Peek().Kind != scanner.EOF {
		t := c.Next()
		if t.Kind == scanner.AttrGroup {
			var id int
			fmt.Sscan(scanner.Name(c.Line, t), &id)
			h.attrGroups = append(h.attrGroups, id)
		}
	}
	return h, nil
}
