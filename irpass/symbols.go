package irpass

import (
	"fmt"
	"math"
	"strconv"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// symKind is what a module-level name stands for.
type symKind uint8

const (
	symVariable symKind = iota
	symFunction         // define or declare
	symAlias            // alias or ifunc
)

// A symEntry records where a name is defined: the hash of the name and the
// offset of its definition. The index pass keeps one per symbol (a 1 GB
// module has about a million) in file order; a lookup scans them once
// for the few names it wants and reads the matching definitions back, so
// a hash collision costs a second read, never a wrong answer. A scan is
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
//
// A chunk keeps the hashes and the offsets apart, and each offset as 32
// bits from the chunk's first: 12 bytes a symbol rather than a symEntry's
// 16. Every page of the index is faulted in as it is written (12 µs each
// on the VM the benchmarks ran on), and a 1 GB module's index was 3,500 of
// its 5,100 faults.
type symIndex struct {
	chunks []*symChunk
}

type symChunk struct {
	base   int64 // the offset offs count from
	hashes []uint64
	offs   []uint32
}

func (c *symChunk) len() int { return len(c.hashes) }

// entry returns the chunk's i-th symbol.
func (c *symChunk) entry(i int) symEntry {
	return symEntry{c.hashes[i], c.base + int64(c.offs[i])}
}

// Chunks start small, for small modules, and double up to 64Ki symbols.
const (
	firstSymChunk = 1 << 10
	maxSymChunk   = 1 << 16
)

func (x *symIndex) add(e symEntry) {
	n := len(x.chunks)
	if n == 0 || x.chunks[n-1].len() == cap(x.chunks[n-1].hashes) || e.off-x.chunks[n-1].base > math.MaxUint32 || e.off < x.chunks[n-1].base {
		size := firstSymChunk
		if n > 0 {
			size = min(2*cap(x.chunks[n-1].hashes), maxSymChunk)
		}
		x.chunks = append(x.chunks, &symChunk{base: e.off, hashes: make([]uint64, 0, size), offs: make([]uint32, 0, size)})
		n++
	}
	c := x.chunks[n-1]
	c.hashes = append(c.hashes, e.hash)
	c.offs = append(c.offs, uint32(e.off-c.base))
}

// nameHash is the hash the symbol index keys names by (the top-level
// reader's, of the decoded name).
func nameHash(name []byte) uint64 { return toplevel.Hash(name) }

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
		for i, h := range chunk.hashes {
			if len(found) == len(names) {
				return found, nil
			}
			if !filter.has(h) || !wanted[h] {
				continue
			}
			sym, name, err := m.readSymbol(chunk.entry(i).off)
			if err != nil {
				return nil, err
			}
			if sym == nil || !names[name] || found[name] != nil {
				continue
			}
			found[name] = sym
		}
	}
	return found, nil
}

// readSymbol reads back the definition of a symbol at offset off (of a
// function, its header) and returns it and its name.
func (m *module) readSymbol(off int64) (*symbol, string, error) {
	e, err := toplevel.ReadOne(m.src, off)
	if err != nil || e == nil {
		return nil, "", fmt.Errorf("%s: cannot read back the definition at offset %d: %v", m.filename, off, err)
	}
	end := e.End
	if e.Kind == toplevel.Define {
		end = e.BodyOff
	}
	l, err := m.readText(e.Off, end, 0)
	if err != nil {
		return nil, "", err
	}
	s := &symbol{line: l}
	switch e.Kind {
	case toplevel.GlobalVar:
		s.kind = symVariable
		if e.Alias {
			s.kind = symAlias
		}
	case toplevel.Define, toplevel.Declare:
		s.kind = symFunction
		s.declaration = e.Kind == toplevel.Declare
	default:
		return nil, "", nil
	}
	s.nameTok = scanner.Token{Kind: scanner.Global, Off: int(e.NameOff - l.off), End: int(e.NameEnd - l.off)}
	return s, decodeName(l.text[s.nameTok.Off:s.nameTok.End]), nil
}

// A symbol is the definition of a module-level name the pass looked up.
type symbol struct {
	kind        symKind
	declaration bool // a function declared, not defined
	line        *sourceText
	nameTok     scanner.Token
}

// A globalDef is the parsed head of a global variable definition; the
// cursor is left at its initializer.
type globalDef struct {
	name      string
	constant  bool
	addrSpace int // the global's address space: addrspace(N) before global/constant
	typ       *layout.Type
	typeOff   int
	initOff   int
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
		if kw == "addrspace" {
			as, err := parseAddrSpaceGroup(c)
			if err != nil {
				return nil, err
			}
			g.addrSpace = as
			continue
		}
		if kw == "thread_local" {
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

// parseAddrSpaceGroup reads "(N)" after addrspace.
func parseAddrSpaceGroup(c *scanner.Cursor) (int, error) {
	if _, err := c.Expect("("); err != nil {
		return 0, err
	}
	t := c.Next()
	n, err := strconv.Atoi(c.Text(t))
	if t.Kind != scanner.Int || err != nil || n < 0 || n > 1<<24-1 {
		return 0, c.Unexpected(t, "an address space number")
	}
	_, err = c.Expect(")")
	return n, err
}

// A funcHeader is what the pass needs of a define or declare.
type funcHeader struct {
	cconv      string // calling convention keyword(s), "" for ccc
	ret        *layout.Type
	params     []*layout.Type
	variadic   bool
	addrSpace  int     // the function's address space
	attrGroups []int64 // #N after the parameters
	attrs      []attr  // attributes written in the header itself
}

// notFunctionAttr are the keywords after a function's parameters that are
// not function attributes.
var notFunctionAttr = map[string]bool{
	"unnamed_addr": true, "local_unnamed_addr": true, "addrspace": true, "section": true,
	"partition": true, "comdat": true, "align": true, "gc": true, "prefix": true,
	"prologue": true, "personality": true,
}

// parseFuncHeader reads "define|declare [linkage…] [cc] [ret attrs] T @f(params) [fn attrs] …".
func parseFuncHeader(l *sourceText) (*funcHeader, error) {
	c, err := l.cursor()
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
	// What follows: attributes, attribute groups, and clauses that take
	// an argument (section "s", align 8, prefix T v, !dbg !7, …).
	for c.Peek().Kind != scanner.EOF {
		t := c.Next()
		text := c.Text(t)
		switch {
		case t.Kind == scanner.AttrGroup:
			id, err := strconv.ParseInt(scanner.Name(c.Line, t), 10, 64)
			if err == nil {
				h.attrGroups = append(h.attrGroups, id)
			}
		case t.Kind == scanner.Keyword && text == "addrspace":
			as, err := parseAddrSpaceGroup(c)
			if err != nil {
				return nil, err
			}
			h.addrSpace = as
		case t.Kind == scanner.Keyword && (text == "prefix" || text == "prologue" || text == "personality"):
			// The rest is a type and a constant; no attribute follows
			// them that the pass needs to see.
			return h, nil
		case t.Kind == scanner.Keyword && notFunctionAttr[text]:
			if text == "section" || text == "partition" || text == "gc" || text == "align" {
				c.Next()
			} else if _, err := c.SkipGroup(); err != nil {
				return nil, err
			}
		case t.Kind == scanner.Keyword:
			first := c.I - 1
			if _, err := c.SkipGroup(); err != nil {
				return nil, err
			}
			h.attrs = append(h.attrs, attr{key: text, text: tokensText(c.Line, c.Toks[first:c.I])})
		case t.Kind == scanner.String:
			first := c.I - 1
			key := `"` + string(scanner.StringValue(c.Line, t)) + `"`
			var value string
			if c.Accept("=") {
				if v := c.Next(); v.Kind == scanner.String {
					value = string(scanner.StringValue(c.Line, v))
				}
			}
			h.attrs = append(h.attrs, attr{key: key, text: tokensText(c.Line, c.Toks[first:c.I]), value: value})
		case t.Kind == scanner.Metadata:
			c.Accept("!")
			c.Next()
		}
	}
	return h, nil
}
