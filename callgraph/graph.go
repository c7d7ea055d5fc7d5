// Package callgraph is a small call graph for stack-depth analysis:
// functions (nodes) with a stack frame size each, calls between them
// (edges) of four kinds, and the analyses a worst-case stack bound needs.
//
// It knows nothing of ELF, machine code or LLVM IR: the machine-code
// analysis (package elfstack) fills it from an object file, with frame
// sizes in bytes, and an IR pass can fill it from function bodies, with no
// sizes at all, to find the calls that need a run-time stack check.
//
// The analyses:
//
//   - Components: strongly connected components (Tarjan), in reverse
//     topological order (every component after the ones it calls), and which
//     of them are cycles (recursion: more than one function, or a function
//     that calls itself).
//   - Cycle: one concrete cycle through a recursive component, for reports,
//     optionally avoiding edges a run-time check guards (a cycle of
//     unguarded calls is recursion that nothing stops).
//   - Reachable: the functions reachable from a set of roots (the program
//     entry points).
//   - Worst: the worst-case stack depth of each function: the longest path
//     over the acyclic condensation, with the node weights (frames) and the
//     stack each call leaves below its callee (Edge.Depth). A function that
//     reaches a cycle, a call through a pointer, a call to something unknown
//     or a function of unknown frame size has no bound; for it Worst also
//     gives a lower bound (what a path that avoids those needs at least).
//
// A Graph is built by one goroutine; once built (no more AddNode, AddEdge
// or SetWeight), its analyses may run concurrently. All analyses take time and memory linear in the size of the
// graph and use no recursion, so a hostile input (a million-deep call chain)
// cannot exhaust the goroutine stack.
package callgraph

import (
	"fmt"
	"math"
	"sync"
)

// A Node is a function of a Graph, numbered from 0 in the order added.
type Node int32

// None is the callee of an edge whose callee is not a node of the graph
// (Indirect and Unknown edges).
const None Node = -1

// A Kind says how control passes from the caller to the callee.
type Kind uint8

const (
	// Direct is a call of a named function (x86 call, LLVM call, invoke,
	// callbr): the caller's frame, and for a machine call its return
	// address, stay on the stack below the callee.
	Direct Kind = iota
	// Tail is a jump to a named function that takes the caller's place: the
	// caller releases its frame (or part of it) before the callee runs, so
	// Edge.Depth is usually smaller than for a Direct call.
	Tail
	// Indirect is a call or jump through a pointer; the callee is unknown
	// (To is None). A function that makes one has no static bound.
	Indirect
	// Unknown is a call whose callee cannot be determined (To is None), for
	// example an address that lies in no function. It too leaves the caller
	// without a static bound.
	Unknown
)

func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Tail:
		return "tail"
	case Indirect:
		return "indirect"
	case Unknown:
		return "unknown"
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// An Edge is one call site.
type Edge struct {
	From, To Node // To is None for Indirect and Unknown edges
	Kind     Kind
	// Depth is the stack the caller uses when control reaches the callee,
	// measured from the caller's own start (for a machine-code call: the
	// caller's frame plus the return address the call pushes; for a tail
	// call after the caller's epilogue: 0). The callee's worst case adds to
	// it. Analyses that do not compute depths leave it 0.
	Depth int64
	// Site says where the call is in the caller, in the units of whoever
	// built the graph (a byte offset, a line number); only reports use it.
	Site int64
	// Checked says a run-time stack check runs just before this call, so
	// recursion through it is stopped at run time however deep it goes.
	Checked bool
}

// UnknownWeight is the weight of a node whose frame size is not known.
const UnknownWeight int64 = -1

// A Graph is a call graph. The zero value is an empty graph ready to use.
type Graph struct {
	names  []string
	weight []int64
	edges  []Edge

	// Adjacency, built on first use after the last change: the edges out of
	// node n are edges[outStart[n]:outStart[n+1]] in the order sorted
	// (stable, by From).
	mu       sync.Mutex // guards the adjacency, which analyses build lazily
	sorted   []Edge
	outStart []int32
	indexed  bool
}

// AddNode adds a function named name, of unknown weight, and returns it.
func (g *Graph) AddNode(name string) Node {
	g.names = append(g.names, name)
	g.weight = append(g.weight, UnknownWeight)
	g.indexed = false
	return Node(len(g.names) - 1)
}

// SetWeight sets the stack frame size of n (bytes, or whatever unit the
// edges' Depth uses). A negative weight means unknown.
func (g *Graph) SetWeight(n Node, w int64) {
	if w < 0 {
		w = UnknownWeight
	}
	g.weight[n] = w
}

// AddEdge adds a call. An Indirect or Unknown edge must have To == None;
// a Direct or Tail edge must name a node.
func (g *Graph) AddEdge(e Edge) {
	if !g.valid(e.From) {
		panic(fmt.Sprintf("callgraph: AddEdge from %d: no such node", e.From))
	}
	switch e.Kind {
	case Direct, Tail:
		if !g.valid(e.To) {
			panic(fmt.Sprintf("callgraph: %v edge to %d: no such node", e.Kind, e.To))
		}
	case Indirect, Unknown:
		if e.To != None {
			panic(fmt.Sprintf("callgraph: %v edge must have To == None", e.Kind))
		}
	default:
		panic(fmt.Sprintf("callgraph: bad edge kind %v", e.Kind))
	}
	g.edges = append(g.edges, e)
	g.indexed = false
}

func (g *Graph) valid(n Node) bool { return n >= 0 && int(n) < len(g.names) }

// Len returns the number of nodes.
func (g *Graph) Len() int { return len(g.names) }

// Name returns the name n was added with.
func (g *Graph) Name(n Node) string { return g.names[n] }

// Weight returns n's weight and whether it is known.
func (g *Graph) Weight(n Node) (int64, bool) {
	w := g.weight[n]
	return w, w >= 0
}

// Out returns the edges leaving n, in the order they were added. The
// slice must not be modified.
func (g *Graph) Out(n Node) []Edge {
	g.index()
	return g.sorted[g.outStart[n]:g.outStart[n+1]]
}

// index builds the adjacency lists (a counting sort of the edges by
// caller, which keeps each caller's edges in the order added).
func (g *Graph) index() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.indexed {
		return
	}
	n := len(g.names)
	start := make([]int32, n+1)
	for _, e := range g.edges {
		start[e.From+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	sorted := make([]Edge, len(g.edges))
	next := append([]int32(nil), start[:n]...)
	for _, e := range g.edges {
		sorted[next[e.From]] = e
		next[e.From]++
	}
	g.sorted, g.outStart, g.indexed = sorted, start, true
}

// addSat adds two non-negative depths, saturating at math.MaxInt64 so that
// hostile weights cannot wrap around to a small bound.
func addSat(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}
