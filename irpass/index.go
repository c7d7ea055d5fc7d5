package irpass

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	mathbits "math/bits"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
	"github.com/iu-entry/iu-entry/progtypes"
)

// A span locates a definition in the input.
type span struct {
	off, end int64
	line     int
}

// module is what the first pass learns of the input, plus the context every
// later step needs.
type module struct {
	filename string
	src      *source.Source
	size     int64

	dl          *layout.DataLayout
	dlErr       *span // a datalayout iu-entry cannot read
	dlErrMsg    string
	typeDefs    map[string]span // %T = type …
	attrGroups  map[int64]span  // attributes #N = { … }
	maxAttr     int64           // highest attribute group id, -1 if none
	maxMD       int64           // highest numbered metadata id, -1 if none
	mdDefined   idSet           // the numbered metadata nodes defined
	mdRefs      idSet           // metadata nodes referred to at the top level
	namedMD     []span          // named metadata (their operands are references too)
	used        *sourceText     // @llvm.used
	hasUsed     bool            // the module has @llvm.used or @llvm.compiler.used
	iuPrograms  *sourceText     // !iu-programs, from an earlier run or a link
	candidates  []*sourceText   // globals whose top-level section starts with inner_unikernel/
	symbols     symIndex        // every defined name, in file order
	definitions int             // top-level entities read
	lastByte    byte
	errs        scanner.ErrorList

	// typeCache holds the named types resolved so far (see resolveType).
	typeCache map[string]*resolved
}

var (
	bitcodeMagic = []byte("BC\xc0\xde")
	wrapperMagic = []byte("\xde\xc0\x17\x0b")

	hashLLVMUsed         = toplevel.Hash([]byte("llvm.used"))
	hashLLVMCompilerUsed = toplevel.Hash([]byte("llvm.compiler.used"))
	hashIUPrograms       = toplevel.Hash([]byte("iu-programs"))
)

// index is the first pass: one streaming read of the module, definition by
// definition (irpass/toplevel), that finds the program object candidates
// and the few module-wide facts the rewrite depends on. Function bodies
// are skipped, not read.
func (m *module) index() error {
	m.startIndex()
	m.dl = layout.DefaultDataLayout()

	head := make([]byte, 4)
	if n, _ := m.src.ReadAt(head, 0); n == 4 && (bytes.Equal(head, bitcodeMagic) || bytes.Equal(head, wrapperMagic)) {
		m.errs.Add(&scanner.Error{Pos: scanner.Position{Filename: m.filename, Line: 1, Column: 1},
			Msg: "input is LLVM bitcode; iu-entry reads textual IR (convert it with llvm-dis)"})
		return m.errs
	}

	if !m.indexInParts() {
		if err := m.indexFrom(toplevel.NewReader(m.src)); err != nil {
			return err
		}
	}
	if m.size > 0 {
		b := make([]byte, 1)
		if _, err := m.src.ReadAt(b, m.size-1); err != nil && err != io.EOF {
			return fmt.Errorf("%s: read error: %w", m.filename, err)
		}
		m.lastByte = b[0]
	}
	m.checkMetadataRefs()
	return m.errs.Err()
}

// startIndex readies the index's maps and maxima.
func (m *module) startIndex() {
	m.typeDefs = map[string]span{}
	m.attrGroups = map[int64]span{}
	m.maxAttr, m.maxMD = -1, -1
}

// indexFrom indexes the definitions r reads, to the end of its source.
func (m *module) indexFrom(r *toplevel.Reader) error {
	for {
		e, err := r.Next()
		if err != nil {
			return m.readerError(err)
		}
		if e == nil {
			return nil
		}
		m.definitions++
		if err := m.indexEntity(r, e); err != nil {
			return err
		}
	}
}

// indexEntity records what the pass needs of one definition.
func (m *module) indexEntity(r *toplevel.Reader, e *toplevel.Entity) error {
	for _, ref := range e.MDRefs {
		m.mdRefs.add(ref.ID)
	}
	switch e.Kind {
	case toplevel.GlobalVar:
		m.symbols.add(symEntry{e.NameHash, e.Off})
		switch {
		case e.NameHash == hashLLVMUsed && m.nameIs(r, e, "llvm.used"):
			m.hasUsed = true
			l, err := m.readText(e.Off, e.End, e.Line)
			if err != nil {
				return err
			}
			m.used = l
		case e.NameHash == hashLLVMCompilerUsed && m.nameIs(r, e, "llvm.compiler.used"):
			m.hasUsed = true
		case e.SectionOff >= 0 && bytes.HasPrefix(e.Section, prefixBytes):
			l, err := m.readText(e.Off, e.End, e.Line)
			if err != nil {
				return m.tooLarge(e, err)
			}
			m.candidates = append(m.candidates, l)
		}
	case toplevel.Define, toplevel.Declare:
		m.symbols.add(symEntry{e.NameHash, e.Off})
	case toplevel.TypeDef:
		m.typeDefs[m.nameOf(r, e)] = span{e.Off, e.End, e.Line}
	case toplevel.MetadataNode:
		if !e.IDOK {
			m.errorAtOffset(e.Off, e.Line, "metadata node number is larger than 4294967295, the largest LLVM allows")
			return m.errs
		}
		m.mdDefined.add(uint32(e.ID))
		m.maxMD = max(m.maxMD, int64(e.ID))
	case toplevel.NamedMetadata:
		m.namedMD = append(m.namedMD, span{e.Off, e.End, e.Line})
		if e.NameHash == hashIUPrograms && m.nameIs(r, e, "iu-programs") {
			l, err := m.readText(e.Off, e.End, e.Line)
			if err != nil {
				return err
			}
			m.iuPrograms = l
		}
	case toplevel.AttrGroup:
		if !e.IDOK {
			m.errorAtOffset(e.Off, e.Line, "attribute group number is larger than 4294967295, the largest LLVM allows")
			return m.errs
		}
		m.attrGroups[int64(e.ID)] = span{e.Off, e.End, e.Line}
		m.maxAttr = max(m.maxAttr, int64(e.ID))
	case toplevel.Target:
		if e.Datalayout {
			m.indexDataLayout(e)
		}
	}
	return nil
}

var prefixBytes = []byte(progtypes.SectionPrefix)

// tooLarge reports a program object too large to read back.
func (m *module) tooLarge(e *toplevel.Entity, err error) error {
	m.errorAtOffset(e.Off, e.Line, "program object is too large to read (%v; iu-entry reads at most %d MiB)", err, maxDefinition>>20)
	return m.errs
}

// nameOf returns the decoded name of a definition, from the reader's
// window if it still holds it.
func (m *module) nameOf(r *toplevel.Reader, e *toplevel.Entity) string {
	raw := make([]byte, e.NameEnd-e.NameOff)
	if _, err := m.src.ReadAt(raw, e.NameOff); err != nil || len(raw) < 2 {
		return ""
	}
	return decodeName(raw)
}

// decodeName returns the name a @, %, $ or ! token stands for.
func decodeName(raw []byte) string {
	body := raw[1:]
	if len(body) >= 2 && body[0] == '"' {
		return string(toplevel.Unquote(body[1 : len(body)-1]))
	}
	return string(toplevel.Unquote(body))
}

// nameIs reports whether a definition's name is name (its hash matched).
func (m *module) nameIs(r *toplevel.Reader, e *toplevel.Entity, name string) bool {
	return m.nameOf(r, e) == name
}

// readerError turns an error of the top-level reader into a diagnostic.
func (m *module) readerError(err error) error {
	var te *toplevel.Error
	if !errors.As(err, &te) {
		return fmt.Errorf("%s: %w", m.filename, err)
	}
	msg := te.Msg
	if msg == "expected top-level entity" && m.definitions == 0 {
		msg += "; is this LLVM IR?"
	}
	off, line := te.Off, te.Line
	if te.At >= 0 {
		off, line = te.At, te.AtLine
	} else if off > 0 && off == m.size {
		// The end of a file that ends with a newline is on an empty
		// line: show the last line, the caret after its end.
		b := make([]byte, 1)
		if _, err := m.src.ReadAt(b, off-1); err == nil && b[0] == '\n' {
			off, line = off-1, line-1
		}
	}
	m.errorAtOffset(off, line, "%s", msg)
	return m.errs
}

// indexDataLayout reads the datalayout. One iu-entry cannot read is an
// error only if a program object needs it (dlErr): a module without one
// is copied as it is.
func (m *module) indexDataLayout(e *toplevel.Entity) {
	dl, err := layout.ParseDataLayout(string(e.Value))
	if err != nil {
		m.dlErr = &span{e.Off, e.End, e.Line}
		m.dlErrMsg = err.Error()
		return
	}
	m.dl = dl
}

// checkMetadataRefs reports references to numbered metadata nodes that the
// module never defines. LLVM refuses them ("use of undefined metadata"),
// and in a module LLVM printed they mean it was cut short: its metadata
// comes last. The references checked are those made at the top level
// (attachments of globals and function headers) and by named metadata,
// which the first pass sees anyway; bodies are not searched. The first
// pass keeps only the set of numbers referred to (a bit each), and where
// the first undefined one is referred to is found by reading the module
// again, which only a module about to be refused pays.
func (m *module) checkMetadataRefs() {
	type at struct {
		off  int64
		line int
	}
	var named map[uint32]at
	for _, s := range m.namedMD {
		l, err := m.readText(s.off, s.end, s.line)
		if err != nil {
			continue
		}
		c, err := l.cursor()
		if err != nil {
			continue
		}
		for i := 0; i+1 < len(c.Toks); i++ {
			t, n := c.Toks[i], c.Toks[i+1]
			if t.Kind == scanner.Punct && l.text[t.Off] == '!' && n.Kind == scanner.Int && n.Off == t.End {
				if id, ok := parseID(c.Text(n)); ok && !m.mdDefined.has(id) {
					if named == nil {
						named = map[uint32]at{}
					}
					if _, seen := named[id]; !seen {
						named[id] = at{l.off + int64(t.Off), 0}
					}
				}
			}
		}
	}
	id, ok := m.mdRefs.firstNotIn(&m.mdDefined)
	if !ok {
		for nid, a := range named {
			m.errorAtOffset(a.off, a.line, "use of undefined metadata '!%d'; is the input truncated?", nid)
			return
		}
		return
	}
	// Find where !id is referred to first.
	r := toplevel.NewReader(m.src)
	for {
		e, err := r.Next()
		if err != nil || e == nil {
			return
		}
		for _, ref := range e.MDRefs {
			if ref.ID == id {
				m.errorAtOffset(ref.Off, 0, "use of undefined metadata '!%d'; is the input truncated?", id)
				return
			}
		}
	}
}

func parseID(s string) (uint32, bool) {
	var v uint64
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
		if v > 1<<32-1 {
			return 0, false
		}
	}
	return uint32(v), s != ""
}

// An idSet is a set of metadata ids: a bitmap for the dense low ids LLVM
// numbers nodes with, a map for the rest, so that a hostile !4294967295
// costs no more than any other id. The bitmap covers the words from the
// smallest id's on, not from 0: a part of a large module (parts.go) holds
// ids of a narrow range, and 64 parts of a 1 GB module, each with a bitmap
// from 0, took 25 MiB more memory.
type idSet struct {
	base   int      // bits[i] holds the ids from (base+i)*64 on
	bits   []uint64 // nil for no dense id
	sparse map[uint32]bool
}

const denseIDs = 1 << 24

// minIDWords is the least a bitmap holds: a page, 32768 ids.
const minIDWords = 512

func (s *idSet) add(id uint32) {
	if id < denseIDs {
		w := int(id / 64)
		s.cover(w, w)
		s.bits[w-s.base] |= 1 << (id % 64)
		return
	}
	if s.sparse == nil {
		s.sparse = map[uint32]bool{}
	}
	s.sparse[id] = true
}

// cover grows the bitmap to hold words lo to hi, and half as much again
// beyond, so that ids added in order cost amortized constant time.
func (s *idSet) cover(lo, hi int) {
	if s.bits == nil {
		// A page of bits at least: the ids of a part of a module span
		// thousands, and a bitmap grown from one word was copied, and
		// its new pages faulted in, a dozen times.
		s.base, s.bits = lo, make([]uint64, max(hi-lo+1, minIDWords))
		return
	}
	if lo < s.base {
		base := max(0, lo-len(s.bits)/2)
		bits := make([]uint64, s.base-base+len(s.bits))
		copy(bits[s.base-base:], s.bits)
		s.base, s.bits = base, bits
	}
	if n := hi + 1 - s.base; n > len(s.bits) {
		s.bits = append(s.bits, make([]uint64, n-len(s.bits)+len(s.bits)/2)...)
	}
}

// coverAll grows the bitmap once to hold the dense ids of all of ts, so
// that adding them (addAll) does not grow it again and again.
func (s *idSet) coverAll(ts []*idSet) {
	lo, hi := -1, -1
	for _, t := range ts {
		if t.bits == nil {
			continue
		}
		if lo < 0 || t.base < lo {
			lo = t.base
		}
		hi = max(hi, t.base+len(t.bits)-1)
	}
	if lo >= 0 {
		s.cover(lo, hi)
	}
}

// word returns the bits of word w.
func (s *idSet) word(w int) uint64 {
	if w < s.base || w >= s.base+len(s.bits) {
		return 0
	}
	return s.bits[w-s.base]
}

// addAll adds the ids of t to s.
func (s *idSet) addAll(t *idSet) {
	if t.bits != nil {
		s.cover(t.base, t.base+len(t.bits)-1)
		for i, bits := range t.bits {
			s.bits[t.base+i-s.base] |= bits
		}
	}
	for id := range t.sparse {
		s.add(id)
	}
}

// firstNotIn returns the smallest id of s that is not in t.
func (s *idSet) firstNotIn(t *idSet) (uint32, bool) {
	for i, bits := range s.bits {
		w := s.base + i
		if d := bits &^ t.word(w); d != 0 {
			return uint32(w*64 + mathbits.TrailingZeros64(d)), true
		}
	}
	best, found := uint32(0), false
	for id := range s.sparse {
		if !t.has(id) && (!found || id < best) {
			best, found = id, true
		}
	}
	return best, found
}

func (s *idSet) has(id uint32) bool {
	if id < denseIDs {
		return s.word(int(id/64))&(1<<(id%64)) != 0
	}
	return s.sparse[id]
}

// findMD returns where metadata node !id is defined, reading the module
// again; a diagnostic about it needs that, and nothing else does.
func (m *module) findMD(id uint32) span {
	r := toplevel.NewReader(m.src)
	for {
		e, err := r.Next()
		if err != nil || e == nil {
			return span{}
		}
		if e.Kind == toplevel.MetadataNode && e.IDOK && e.ID == uint64(id) {
			return span{e.Off, e.End, e.Line}
		}
	}
}
