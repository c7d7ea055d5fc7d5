package irpass

import (
	"runtime"
	"sync/atomic"

	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// Reading a large module in parts, on two processors at once.
//
// The index pass is most of a run's processor time (lexing every
// top-level token, skipping bodies byte by byte), and the machine has a
// second processor. So a module of splitMin bytes or more is cut into
// parts of about partSize bytes at definition boundaries, and two workers
// index the parts, each taking the next part not yet taken; the parts'
// indexes are then joined in order as if one reader had read the module.
// Parts rather than two halves: a megabyte of metadata costs two to four
// times as much to index as one of function bodies, and the metadata that
// ends a module with debug information can be most of it. On the 100 MB
// benchmark module with 80 MB more of metadata nodes after it, parts took
// 139 ms and halves 158 (medians of 11 alternating runs); on the benchmark
// modules alone they measured the same.
//
// The split points (toplevel.SplitPoint) are found by looking at bytes out
// of context, so they are checked: a split point is a definition's
// boundary exactly when the reader of the part before it, given a source
// that ends there, reaches that end without an error. If one does not, or
// a reader (or indexing) finds an error, the module is read again, start
// to end, by one reader, which gives every diagnostic as it always has:
// only a module that is refused, or whose split point fell inside a
// string or comment, pays for a second reading.

// splitMin is the size from which a module is read in parts. Below it the
// second worker costs more than it saves (a thread to start, its buffers'
// pages to fault in): measured side by side, whole runs, two readers took
// 3 ms more at 10 and 20 MB, 5 ms less at 35 MB, 7 at 50 MB and 15 at 100
// MB. A variable for tests.
var splitMin int64 = 32 << 20

// partSize is the size of a part, and maxParts bounds their number: small
// enough parts that the workers finish close together (8 MiB of metadata
// take up to 20 ms), large enough that looking for the split points (a
// read of up to 64 KiB each) and joining the parts' indexes cost little.
// The last parts are smaller (splitPoints). A variable for tests.
var partSize int64 = 8 << 20

const maxParts = 64

// splitWindow is how far from each place tried the split point is looked
// for: far enough to pass a few functions, no farther, since every page of
// the buffer costs a fault on its first touch (12 µs in the VM the
// benchmarks ran on).
const splitWindow = 64 << 10

// indexInParts indexes the module in parts on two processors and reports
// whether it did; if not, nothing of m has changed.
func (m *module) indexInParts() bool {
	if m.size < splitMin || runtime.GOMAXPROCS(0) < 2 {
		return false
	}
	// The second worker is started before the split points are looked
	// for, and told then whether there is work: started after the search,
	// its thread began running 0 to 4 ms later (2 on average) on the VM
	// the benchmarks ran on, while one worker read alone; started before
	// it, 0.1 to 0.7 ms after it.
	var work func() *source.Source
	ready := make(chan bool, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if <-ready {
			work()
		}
	}()
	bounds := m.splitPoints()
	if len(bounds) < 3 {
		ready <- false
		<-done
		return false // no split point: a module of metadata or globals
	}
	n := len(bounds) - 1
	parts := make([]*module, n)
	lines := make([]int, n) // the lines of each part, its last one partial
	var next atomic.Int32
	var failed atomic.Bool
	work = func() (buf *source.Source) {
		// buf is a buffer of its own, reused part after part, and then
		// by m's reads back (its pages are faulted in by then).
		for !failed.Load() {
			i := int(next.Add(1)) - 1
			if i >= n {
				return
			}
			src := m.src.Section(bounds[i+1])
			src.TakeBuffer(buf)
			buf = src
			h := m.half()
			r := toplevel.NewReaderAt(src, bounds[i])
			if h.indexFrom(r) != nil || h.errs.Err() != nil {
				failed.Store(true)
				return
			}
			parts[i], lines[i] = h, r.Line()-1
		}
		return buf
	}
	ready <- true
	last := work()
	<-done
	if failed.Load() {
		return false
	}
	m.src.TakeBuffer(last)
	// The joined metadata id sets are sized once: grown part by part they
	// were copied, and their new pages faulted in, again and again (the
	// join took 1 to 1.5 ms of a 100 MB module's run).
	defined, refs := make([]*idSet, n), make([]*idSet, n)
	for i, h := range parts {
		defined[i], refs[i] = &h.mdDefined, &h.mdRefs
	}
	m.mdDefined.coverAll(defined)
	m.mdRefs.coverAll(refs)
	// A part's line 1 is the previous part's last line.
	offset := 0
	for i, h := range parts {
		m.join(h, offset)
		offset += lines[i]
	}
	return true
}

// splitPoints returns the offsets the module's parts start at, and its
// end: the first is 0, and the others are split points found near every
// partSize bytes (a place without one joins two parts), more apart in a
// module of more than maxParts/2 such parts.
//
// The parts shrink towards the end, each a quarter of what remains, down
// to an eighth of partSize: the workers take parts in turn, so the one
// that takes the last part finishes up to a part's time after the other,
// and a small last part keeps that wait short. With equal 8 MiB parts the
// two workers finished 0.3 to 6 ms apart on the 100 MB benchmark module
// (about 33 ms of work each).
func (m *module) splitPoints() []int64 {
	big := max(partSize, 2*m.size/maxParts) // half the parts at most: the rest shrink
	small := max(partSize/8, 1)
	bounds := []int64{0}
	buf := make([]byte, splitWindow)
	from := int64(0) // where the next part is tried from
	for tries := 0; tries < 2*maxParts && len(bounds) < maxParts; tries++ {
		rem := m.size - from
		step := min(big, max(rem/4, small))
		if step >= rem {
			break
		}
		at, ok := toplevel.SplitPoint(m.src, from+step, buf)
		if !ok {
			from += step
			continue
		}
		if at >= m.size {
			break
		}
		bounds = append(bounds, at)
		from = at
	}
	return append(bounds, m.size)
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
