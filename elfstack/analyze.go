package elfstack

import (
	"debug/elf"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"

	"github.com/iu-entry/iu-entry/callgraph"
	"github.com/iu-entry/iu-entry/progtypes"
)

// DefaultBudget is the stack a program may use: iu.ko's stack_budget
// module parameter's default.
const DefaultBudget = 8192

// ReturnAddress is what a call pushes on x86-64.
const ReturnAddress = 8

// Options tune an analysis.
type Options struct {
	// Entries are function names to analyse besides the program entry
	// points (functions in program sections).
	Entries []string
}

// Result is the analysis of one file.
type Result struct {
	File string `json:"file"`
	// StackSizes is the number of functions that have a .stack_sizes
	// entry; StackSizeSections the number of .stack_sizes sections. With
	// none, every frame size comes from the machine code.
	StackSizes        int `json:"stack_sizes"`
	StackSizeSections int `json:"stack_size_sections"`
	// Entries are the results, in the order of the entries' sections and
	// addresses.
	Entries []*Entry `json:"entries"`
	// Functions is the number of functions the entries reach (externals
	// not counted).
	Functions int `json:"functions"`
}

// An Entry is the result for one entry point.
type Entry struct {
	Name    string `json:"name"`
	Section string `json:"section"`
	// Bounded: the entry has a static worst case, Bytes. Otherwise Bytes is
	// a lower bound: the deepest path that avoids recursion, indirect
	// calls and unknown functions.
	Bounded bool  `json:"bounded"`
	Bytes   int64 `json:"bytes"`
	// Path is the deepest path: the entry first, then each function it
	// calls on the way. Its frames' Depth values and the last frame's
	// Frame add up to Bytes.
	Path []Frame `json:"path"`
	// What makes the entry unbounded. Checked: a run-time stack check
	// stops each of them (every cycle passes a checked call, every
	// indirect or unknown call is checked).
	Cycles        []Cycle        `json:"cycles,omitempty"`
	Indirect      []Site         `json:"indirect,omitempty"`
	UnknownCalls  []Site         `json:"unknown_calls,omitempty"`
	UnknownFrames []UnknownFrame `json:"unknown_frames,omitempty"`
	Checked       bool           `json:"checked"`
	// Incomplete: the path or the lists above were cut short, because
	// the file has so many entries and functions that listing them all
	// would take too long (Bytes and Bounded are still exact; Checked is
	// false).
	Incomplete bool `json:"incomplete,omitempty"`
}

// A Frame is one function on a path.
type Frame struct {
	Function string `json:"function"`
	// Frame is the function's own stack use in bytes (0 for an external).
	Frame int64 `json:"frame"`
	// Source says where Frame comes from: "stack_sizes" (the compiler's
	// .stack_sizes entry), "code" (measured from the machine code, for a
	// function without an entry), "external" (not in the file: its stack
	// comes out of the runtime's reserve), "unknown" (not known: counted
	// as 0 in a lower bound), "none" (the end of a lower bound's path at
	// an indirect or unknown call: Function is "(indirect call)" or the
	// like).
	Source string `json:"source"`
	// How the next frame on the path is reached, from the instruction at
	// Offset in this function: "call" (Depth = Frame + 8 for the return
	// address), "tail" (a jump after the frame is released: Depth 0),
	// "jump" (a jump to another function with the frame still in place).
	// Empty on the last frame.
	Via    string `json:"via,omitempty"`
	Offset uint64 `json:"offset,omitempty"`
	Depth  int64  `json:"depth,omitempty"`
}

// A Cycle is recursion the entry can reach.
type Cycle struct {
	Functions []string `json:"functions"` // f, g, …, f
	// Checked: every way round the cycle passes a run-time stack check.
	Checked bool `json:"checked"`
	// Unchecked is a cycle of calls without a check, when not Checked.
	Unchecked []string `json:"unchecked,omitempty"`
}

// A Site is a call or jump the analysis cannot follow.
type Site struct {
	Function string `json:"function"`
	Offset   uint64 `json:"offset"`
	Jump     bool   `json:"jump"`
	Checked  bool   `json:"checked"`
	What     string `json:"what"` // the operand, or where it goes
}

// An UnknownFrame is a function whose stack use is not known: no
// .stack_sizes entry, and machine code whose stack pointer cannot be
// followed.
type UnknownFrame struct {
	Function string `json:"function"`
	Why      string `json:"why"`
}

// progTypes is the program type table (a variable for tests).
var progTypes = progtypes.All

// AnalyzeFile analyses the ELF file at path.
func AnalyzeFile(path string, opts Options) (*Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Analyze(path, f, opts)
}

// Analyze analyses an ELF file read from r; name is used in the result.
func Analyze(name string, r io.ReaderAt, opts Options) (*Result, error) {
	o, err := openObject(name, r)
	if err != nil {
		return nil, err
	}
	sizes, nsec, err := o.stackSizes()
	if err != nil {
		return nil, err
	}
	res := &Result{File: name, StackSizeSections: nsec, StackSizes: len(sizes)}

	// Entries: every function in a program section, then those asked for.
	var entries []*function
	isEntry := map[*function]bool{}
	for _, fn := range o.funcs {
		if isProgramSection(o.secs[fn.loc.sec].name) && !isEntry[fn] {
			isEntry[fn] = true
			entries = append(entries, fn)
		}
	}
	for _, n := range opts.Entries {
		fn := o.byName[n]
		if fn == nil {
			if o.extern[n] {
				return nil, fmt.Errorf("entry %s is not defined in the file", n)
			}
			return nil, fmt.Errorf("no function %s in the file", n)
		}
		if !isEntry[fn] {
			isEntry[fn] = true
			entries = append(entries, fn)
		}
	}
	if len(entries) == 0 {
		return res, nil
	}

	b := &builder{
		o:      o,
		sizes:  sizes,
		nodes:  map[*function][]ctxNode{},
		ext:    map[string]callgraph.Node{},
		infos:  map[*function]*funcInfo{},
		used:   map[*function]uint8{},
		budget: reportBudget,
	}
	for _, fn := range entries {
		b.node(fn, context{})
	}
	for len(b.work) > 0 {
		k := b.work[0]
		b.work = b.work[1:]
		b.visit(k)
	}
	res.Functions = len(b.infos)

	g := &b.g
	comps := g.Components()
	unchecked := g.ComponentsOf(func(e *callgraph.Edge) bool { return !e.Checked })
	worst := g.Worst(comps)
	for _, fn := range entries {
		res.Entries = append(res.Entries, b.entry(fn, comps, unchecked, worst))
	}
	return res, nil
}

// builder builds the call graph from the entries, decoding each function
// the first time a call reaches it.
//
// A function whose indirect calls take their pointer from an argument
// (see values.go) gets one node per distinct constant address its callers
// pass in that argument: its context. Every other function has one node.
type builder struct {
	o     *object
	sizes map[location]int64
	g     callgraph.Graph
	nodes map[*function][]ctxNode // a function's nodes, one per context
	ext   map[string]callgraph.Node
	work  []nodeKey
	infos map[*function]*funcInfo
	used  map[*function]uint8 // argument slots a function's context keeps
	// Per node (index = callgraph.Node): its function (nil for an
	// external) and context, and where its frame size comes from.
	keys   []nodeKey
	source []string
	budget int // what is left of reportBudget
}

// A context gives some argument registers constant addresses.
type context [6]struct {
	set bool
	loc location
}

type ctxNode struct {
	ctx context
	n   callgraph.Node
}

type nodeKey struct {
	fn  *function
	ctx context
}

// maxContextDepth bounds the search for the arguments a function's
// callees resolve pointers from; deeper, a call keeps no context (and an
// indirect call there stays unresolved).
const maxContextDepth = 32

func (b *builder) info(fn *function) *funcInfo {
	fi := b.infos[fn]
	if fi == nil {
		fi = b.o.analyzeFunc(fn)
		b.infos[fn] = fi
	}
	return fi
}

// usedArgs returns the argument slots (a bit mask) whose constant values
// resolve indirect calls in fn or in the functions it passes them to.
func (b *builder) usedArgs(fn *function, depth int) uint8 {
	if m, ok := b.used[fn]; ok {
		return m
	}
	if depth > maxContextDepth {
		return 0
	}
	b.used[fn] = 0 // a cycle back to fn adds nothing
	var m uint8
	for _, s := range b.info(fn).sites {
		switch {
		case s.kind == callgraph.Indirect && s.ptr.kind == vField:
			m |= 1 << s.ptr.arg
		case (s.kind == callgraph.Direct || s.kind == callgraph.Tail) && s.to != nil:
			um := b.usedArgs(s.to, depth+1)
			for a := 0; a < len(s.args); a++ {
				if um&(1<<a) != 0 && s.args[a].kind == vArg {
					m |= 1 << s.args[a].arg
				}
			}
		}
	}
	b.used[fn] = m
	return m
}

// contextFor is the context callee gets from a site in a caller whose
// context is ctx.
func (b *builder) contextFor(s *site, ctx *context, callee *function) context {
	var out context
	if len(b.keys) > maxDecodeFactor*len(b.o.funcs)+4096 {
		return out // enough contexts: no more specialization
	}
	um := b.usedArgs(callee, 0)
	for a := range s.args {
		if um&(1<<a) == 0 {
			continue
		}
		switch v := s.args[a]; v.kind {
		case vAddr:
			out[a].set, out[a].loc = true, v.loc
		case vArg:
			out[a] = ctx[v.arg]
		}
	}
	return out
}

func (b *builder) node(fn *function, ctx context) callgraph.Node {
	k := nodeKey{fn, ctx}
	for _, c := range b.nodes[fn] {
		if c.ctx == ctx {
			return c.n
		}
	}
	n := b.g.AddNode(fn.name())
	b.nodes[fn] = append(b.nodes[fn], ctxNode{ctx, n})
	b.keys = append(b.keys, k)
	b.source = append(b.source, "")
	b.work = append(b.work, k)
	return n
}

func (b *builder) external(name string) callgraph.Node {
	if n, ok := b.ext[name]; ok {
		return n
	}
	n := b.g.AddNode(name)
	b.g.SetWeight(n, 0)
	b.ext[name] = n
	b.keys = append(b.keys, nodeKey{})
	b.source = append(b.source, "external")
	return n
}

// visit decodes a function and adds its frame and calls to the graph.
func (b *builder) visit(k nodeKey) {
	fn := k.fn
	n := b.node(k.fn, k.ctx)
	fi := b.info(fn)
	frame, fromSizes := b.sizes[fn.loc]
	switch {
	case fromSizes && fi.frame > frame:
		// The code goes deeper than the compiler said: believe the code.
		frame = fi.frame
		b.source[n] = "code"
	case fromSizes:
		b.source[n] = "stack_sizes"
	case fi.frame >= 0:
		frame = fi.frame
		b.source[n] = "code"
	default:
		frame = -1
		b.source[n] = "unknown"
	}
	b.g.SetWeight(n, frame)
	for i := range fi.sites {
		s := &fi.sites[i]
		kind, to, ext := s.kind, s.to, s.ext
		if kind == callgraph.Indirect && s.ptr.kind == vField && k.ctx[s.ptr.arg].set {
			// The pointer is a field of a constant object the caller passed.
			base := k.ctx[s.ptr.arg].loc
			if off := int64(base.off) + s.ptr.off; off >= 0 {
				if f, x, ok := b.o.readPointer(location{base.sec, uint64(off)}); ok {
					kind, to, ext = kindOf(s.jump), f, x
				}
			}
		}
		e := callgraph.Edge{From: n, To: callgraph.None, Kind: kind, Site: int64(s.off), Checked: s.checked}
		switch {
		case kind != callgraph.Direct && kind != callgraph.Tail:
		case to != nil:
			e.To = b.node(to, b.contextFor(s, &k.ctx, to))
		default:
			e.To = b.external(ext)
		}
		e.Depth = siteDepth(*s, frame)
		b.g.AddEdge(e)
	}
}

// siteDepth is the stack below the caller's entry stack pointer when the
// callee of s starts running.
func siteDepth(s site, frame int64) int64 {
	f := max(frame, 0)
	switch {
	case !s.jump:
		// The frame stays, the call pushes a return address. (The depth at
		// the call is at most the frame; calls are made with the frame
		// fully set up.)
		return f + ReturnAddress
	case s.depth >= 0:
		// A jump: a tail call at depth 0 after the epilogue, or a jump with
		// part of the frame still there.
		return s.depth
	default:
		// Depth not known: assume the whole frame is still there.
		return f
	}
}

// reportBudget bounds the work of listing the entries' paths and causes
// (node visits and path steps, over all entries): a hostile file with
// thousands of entries that reach thousands of functions gets incomplete
// lists, marked Incomplete, instead of quadratic work.
const reportBudget = 1 << 22

// maxPath is the longest path reported (a real one has a few dozen steps).
const maxPath = 4096

// entry collects an entry's result.
func (b *builder) entry(fn *function, comps, unchecked *callgraph.Components, worst *callgraph.WorstCase) *Entry {
	g := &b.g
	root := b.node(fn, context{})
	e := &Entry{Name: fn.name(), Section: b.o.secs[fn.loc.sec].name, Bounded: worst.Bounded(root)}
	e.Bytes, _ = worst.AtLeast(root)
	path, complete := worst.Path(root, min(maxPath, max(b.budget, 0)))
	b.budget -= len(path) + 1
	e.Path = b.path(root, path)
	e.Incomplete = !complete
	if e.Bounded {
		e.Checked = true
		return e
	}

	// The functions the entry reaches, in node order (breadth first with
	// the budget).
	seen := map[callgraph.Node]bool{root: true}
	reach := []callgraph.Node{root}
	for i := 0; i < len(reach); i++ {
		if b.budget--; b.budget < 0 {
			e.Incomplete = true
			break
		}
		for _, ed := range g.Out(reach[i]) {
			if ed.To != callgraph.None && !seen[ed.To] {
				seen[ed.To] = true
				reach = append(reach, ed.To)
			}
		}
	}
	slices.Sort(reach)
	seenComp := map[int32]bool{}
	e.Checked = !e.Incomplete
	for _, n := range reach {
		if id := comps.Of[n]; comps.Cyclic[id] && !seenComp[id] {
			seenComp[id] = true
			b.budget -= len(comps.List[id])
			nodes, _ := g.Cycle(comps, int(id), nil)
			c := Cycle{Functions: b.names(nodes), Checked: true}
			// The cycle is checked unless the unchecked edges alone still
			// form a cycle somewhere in the component.
			for _, m := range comps.List[id] {
				if uid := unchecked.Of[m]; unchecked.Cyclic[uid] {
					un, _ := g.Cycle(unchecked, int(uid), func(e *callgraph.Edge) bool { return !e.Checked })
					c.Checked, c.Unchecked = false, b.names(un)
					break
				}
			}
			e.Checked = e.Checked && c.Checked
			e.Cycles = append(e.Cycles, c)
		}
		if _, ok := g.Weight(n); !ok {
			why := "no .stack_sizes entry"
			if fi := b.infos[b.keys[n].fn]; fi != nil && fi.why != "" {
				why += ", and " + fi.why
			}
			e.UnknownFrames = append(e.UnknownFrames, UnknownFrame{Function: g.Name(n), Why: why})
			e.Checked = false
		}
		for _, ed := range g.Out(n) {
			if ed.To != callgraph.None {
				continue
			}
			s := b.siteOf(n, ed)
			site := Site{Function: g.Name(n), Offset: uint64(ed.Site), Jump: s.jump, Checked: ed.Checked, What: s.note}
			if ed.Kind == callgraph.Indirect {
				e.Indirect = append(e.Indirect, site)
			} else {
				e.UnknownCalls = append(e.UnknownCalls, site)
			}
			e.Checked = e.Checked && ed.Checked
		}
	}
	sort.SliceStable(e.Cycles, func(i, j int) bool { return e.Cycles[i].Functions[0] < e.Cycles[j].Functions[0] })
	return e
}

// siteOf finds the site an edge was made from.
func (b *builder) siteOf(n callgraph.Node, ed callgraph.Edge) site {
	if fi := b.infos[b.keys[n].fn]; fi != nil {
		for _, s := range fi.sites {
			if int64(s.off) == ed.Site {
				return s
			}
		}
	}
	return site{}
}

func (b *builder) names(nodes []callgraph.Node) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, b.g.Name(n))
	}
	return out
}

// path turns the analysis's path into frames.
func (b *builder) path(root callgraph.Node, edges []callgraph.Edge) []Frame {
	frame := func(n callgraph.Node) Frame {
		w, _ := b.g.Weight(n)
		return Frame{Function: b.g.Name(n), Frame: max(w, 0), Source: b.source[n]}
	}
	out := []Frame{frame(root)}
	for _, ed := range edges {
		last := &out[len(out)-1]
		last.Offset, last.Depth = uint64(ed.Site), ed.Depth
		s := b.siteOf(ed.From, ed)
		switch {
		case !s.jump:
			last.Via = "call"
		case ed.Depth == 0:
			last.Via = "tail"
		default:
			last.Via = "jump"
		}
		if ed.To == callgraph.None {
			// A lower bound's path may end in a call it cannot follow.
			out = append(out, Frame{Function: "(" + ed.Kind.String() + " " + callOrJump(s.jump) + ")", Source: "none"})
			break
		}
		out = append(out, frame(ed.To))
	}
	return out
}

// ProbeInfo is what Probe finds in a file's section headers.
type ProbeInfo struct {
	// ProgramSections are the executable sections whose names are program
	// sections (so the file has entry points).
	ProgramSections []string
	// StackSizes says the file has a .stack_sizes section.
	StackSizes bool
}

// Probe reads only an ELF file's section headers: whether it has program
// entry points and stack sizes, cheaply, before deciding to analyse it.
func Probe(r io.ReaderAt) (ProbeInfo, error) {
	var info ProbeInfo
	o, err := openHeaders(r)
	if err != nil {
		return info, err
	}
	for _, s := range o.Sections {
		switch {
		case s.Name == ".stack_sizes":
			info.StackSizes = true
		case s.Flags&elf.SHF_EXECINSTR != 0 && isProgramSection(s.Name):
			info.ProgramSections = append(info.ProgramSections, s.Name)
		}
	}
	return info, nil
}
