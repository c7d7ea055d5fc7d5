package callgraph

// A WorstCase holds the worst-case stack depth of every function of a
// graph: for a function n,
//
//	worst(n) = max(weight(n), max over n's edges e of e.Depth + worst(e.To))
//
// which is the longest path from n in the call graph when every frame is
// a node weight and every call adds the depth at which its callee starts.
// The longest path is well defined only where the graph below n is a DAG
// of known weights; n is Bounded exactly when no cycle, no Indirect or
// Unknown edge and no function of unknown weight is reachable from it.
//
// For every function, bounded or not, AtLeast is a lower bound: the
// longest path that avoids edges inside cycles and ends at an Indirect or
// Unknown edge (counting just the edge's Depth) or at a function, counting
// unknown weights as 0. It is the depth some real call
// path needs, so an unbounded function whose AtLeast exceeds a budget
// certainly exceeds it.
type WorstCase struct {
	g       *Graph
	bounded []bool
	worst   []int64
	next    []int32 // edge (index into g.sorted) on the worst path, or -1
	atLeast []int64
	nextMin []int32 // edge on the lower-bound path, or -1
}

// Worst computes the worst case of every function. c must be the graph's
// Components (nil: computed here).
func (g *Graph) Worst(c *Components) *WorstCase {
	if c == nil {
		c = g.Components()
	}
	g.index()
	n := len(g.names)
	w := &WorstCase{
		g:       g,
		bounded: make([]bool, n),
		worst:   make([]int64, n),
		next:    make([]int32, n),
		atLeast: make([]int64, n),
		nextMin: make([]int32, n),
	}
	// Components come callees first, so every edge leaving a component
	// leads to one already computed.
	for id, members := range c.List {
		for _, v := range members {
			weight := max(g.weight[v], 0)
			bounded := !c.Cyclic[id] && g.weight[v] >= 0
			best, bestEdge := weight, int32(-1)
			low, lowEdge := weight, int32(-1)
			for j := g.outStart[v]; j < g.outStart[v+1]; j++ {
				e := &g.sorted[j]
				if e.To == None {
					// The call itself still happens: its depth is a
					// lower bound.
					bounded = false
					if e.Depth > low {
						low, lowEdge = e.Depth, j
					}
					continue
				}
				if c.Of[e.To] == int32(id) {
					// An edge inside a cycle (Cyclic already makes v
					// unbounded); no lower bound follows it.
					continue
				}
				if !w.bounded[e.To] {
					bounded = false
				}
				if d := addSat(e.Depth, w.worst[e.To]); d > best {
					best, bestEdge = d, j
				}
				if d := addSat(e.Depth, w.atLeast[e.To]); d > low {
					low, lowEdge = d, j
				}
			}
			w.bounded[v] = bounded
			w.worst[v], w.next[v] = best, bestEdge
			w.atLeast[v], w.nextMin[v] = low, lowEdge
		}
	}
	return w
}

// Bounded reports whether n has a static worst case.
func (w *WorstCase) Bounded(n Node) bool { return w.bounded[n] }

// Bytes returns n's worst case and the path that reaches it (the edges
// from n to the deepest function, in order), if n is Bounded; otherwise
// it returns AtLeast.
func (w *WorstCase) Bytes(n Node) (int64, []Edge) {
	if !w.bounded[n] {
		return w.AtLeast(n)
	}
	return w.worst[n], w.path(n, w.next)
}

// AtLeast returns the lower bound for n and the path that reaches it.
// For a Bounded n it equals the worst case.
func (w *WorstCase) AtLeast(n Node) (int64, []Edge) {
	return w.atLeast[n], w.path(n, w.nextMin)
}

// Path returns at most limit edges of the path Bytes returns, and whether
// that is the whole path: a report of a hostile graph's many long paths
// can bound its work.
func (w *WorstCase) Path(n Node, limit int) ([]Edge, bool) {
	next := w.nextMin
	if w.bounded[n] {
		next = w.next
	}
	return w.pathN(n, next, limit)
}

func (w *WorstCase) path(n Node, next []int32) []Edge {
	p, _ := w.pathN(n, next, -1)
	return p
}

// pathN follows next from n for at most limit edges (no limit if < 0) and
// says whether it reached the end.
func (w *WorstCase) pathN(n Node, next []int32, limit int) ([]Edge, bool) {
	var p []Edge
	for j := next[n]; j >= 0; {
		if limit == 0 {
			return p, false
		}
		limit--
		e := w.g.sorted[j]
		p = append(p, e)
		if e.To == None {
			break // a lower bound's path may end in a call to the unknown
		}
		j = next[e.To]
	}
	return p, true
}
