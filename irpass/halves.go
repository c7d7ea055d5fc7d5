package irpass

import (
	"runtime"

	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// Reading a large module in two halves at once.
//
// The index pass is most of a run's processor time (lexing every
// top-level token, skipping bodies byte by byte), and the machine has a
// second processor. So a module of splitMin bytes or more is read by two
// readers at once: the first from the start to a split point near the
// middle, the second from there to the end; their indexes are then joined
// as if one reader had read the module.
//
// The split point (toplevel.SplitPoint) is found by looking at bytes out
// of context, so it is checked: it is a definition's boundary exactly
// when the first reader, given a source that ends there, reaches that end
// without an error. If it does not, or the second reader (or indexing)
// finds an error, the module is read again, start to end, by one reader,
// which gives every diagnostic as it always has: only a module that is
// refused, or whose split point fell inside a string or comment, pays for
// a second reading.

// splitMin is the size from which a module is read in two halves. Below
// it the second reader costs more than it saves (a thread to start, its
// buffers' pages to fault in): measured side by side, whole runs, two
// readers took 3 ms more at 10 and 20 MB, 5 ms less at 35 MB, 7 at 50 MB
// and 15 at 100 MB. A variable for tests.
var splitMin int64 = 32 << 20

// splitWindow is how far from each place tried the split point is looked
// for: far enough to pass a few functions, no farther, since every page of
// the buffer costs a fault on its first touch (12 µs in the VM the
// benchmarks ran on).
const splitWindow = 64 << 10

// splitTries are the places the split point is looked for, as fractions
// of the module: the middle first; then, for a module whose middle is
// metadata or globals (no function there), a third and two thirds on.
var splitTries = [][2]int64{{1, 2}, {1, 3}, {2, 3}}

// indexInHalves indexes the module with two readers at once and reports
// whether it did; if not, nothing of m has changed.
func (m *module) indexInHalves() bool {
	if m.size < splitMin || runtime.GOMAXPROCS(0) < 2 {
		return false
	}
	var at int64
	ok := false
	for _, f := range splitTries {
		if at, ok = toplevel.SplitPoint(m.src, m.size*f[0]/f[1], splitWindow); ok {
			break
		}
	}
	if !ok {
		return false
	}
	first, second := m.half(), m.half()
	second.src = m.src.Section(m.size) // a buffer of its own
	done := make(chan bool)
	go func() {
		done <- second.indexFrom(toplevel.NewReaderAt(second.src, at)) == nil && second.errs.Err() == nil
	}()
	r := toplevel.NewReader(m.src.Section(at))
	firstOK := first.indexFrom(r) == nil && first.errs.Err() == nil
	if secondOK := <-done; !firstOK || !secondOK {
		return false
	}
	m.join(first, 0)
	m.join(second, r.Line()-1) // the second reader's line 1 is the first's last
	return true
}

// half returns an empty index of m's module.
func (m *module) half() *module {
	h := &module{filename: m.filename, src: m.src, size: m.size}
	h.startIndex()
	return h
}

// join adds the index of the part of the module that h read, after the
// part m has, as one reader would have met its definitions: a later
// definition of a name replaces an earlier one, as in indexEntity. h's
// line numbers are off by lines.
func (m *module) join(h *module, lines int) {
	for name, s := range h.typeDefs {
		s.line += lines
		m.typeDefs[name] = s
	}
	for id, s := range h.attrGroups {
		s.line += lines
		m.attrGroups[id] = s
	}
	m.maxAttr, m.maxMD = max(m.maxAttr, h.maxAttr), max(m.maxMD, h.maxMD)
	m.mdDefined.addAll(&h.mdDefined)
	m.mdRefs.addAll(&h.mdRefs)
	for _, s := range h.namedMD {
		s.line += lines
		m.namedMD = append(m.namedMD, s)
	}
	if h.used != nil {
		m.used = h.used.movedBy(lines)
	}
	m.hasUsed = m.hasUsed || h.hasUsed
	if h.iuPrograms != nil {
		m.iuPrograms = h.iuPrograms.movedBy(lines)
	}
	for _, c := range h.candidates {
		m.candidates = append(m.candidates, c.movedBy(lines))
	}
	m.symbols.chunks = append(m.symbols.chunks, h.symbols.chunks...)
	m.definitions += h.definitions
	if h.dl != nil {
		m.dl = h.dl
	}
	if h.dlErr != nil {
		s := *h.dlErr
		s.line += lines
		m.dlErr, m.dlErrMsg = &s, h.dlErrMsg
	}
}

// movedBy returns l with its line number (if known) moved by lines.
func (l *sourceText) movedBy(lines int) *sourceText {
	if l.line > 0 {
		l.line += lines
	}
	return l
}
