package callgraph

// Components are the strongly connected components of a graph: maximal
// sets of functions that can all call each other, directly or through
// others. A component of more than one function, or of one that calls
// itself, is a cycle (recursion); every other component is a single
// function, and the components form a DAG (the condensation).
type Components struct {
	// Of maps each node to the index of its component in List.
	Of []int32
	// List holds the components in reverse topological order: every
	// component comes after all components it calls into, so a pass over
	// List from the start sees callees before their callers.
	List [][]Node
	// Cyclic says whether each component is a cycle.
	Cyclic []bool
}

// Components returns the strongly connected components of the whole
// graph, following Direct and Tail edges.
func (g *Graph) Components() *Components {
	return g.ComponentsOf(nil)
}

// ComponentsOf returns the strongly connected components of the graph
// restricted to the edges for which follow returns true (all Direct and
// Tail edges if follow is nil; Indirect and Unknown edges never count).
// With follow = "not Checked", a cyclic component is recursion that no
// run-time check interrupts.
func (g *Graph) ComponentsOf(follow func(e *Edge) bool) *Components {
	g.index()
	n := len(g.names)
	c := &Components{Of: make([]int32, n)}
	// Tarjan's algorithm with an explicit call stack. index[v] is the
	// visiting order (0 = unvisited, so numbering starts at 1); low[v] the
	// smallest index reachable from v's subtree through one back edge.
	index := make([]int32, n)
	low := make([]int32, n)
	onStack := make([]bool, n)
	var stack []Node
	type frame struct {
		v    Node
		next int32 // next edge of v to look at, an index into g.sorted
	}
	var calls []frame
	counter := int32(0)
	ok := func(e *Edge) bool {
		return e.To != None && (follow == nil || follow(e))
	}
	visit := func(v Node) {
		counter++
		index[v], low[v] = counter, counter
		stack = append(stack, v)
		onStack[v] = true
		calls = append(calls, frame{v, g.outStart[v]})
	}
	for root := Node(0); int(root) < n; root++ {
		if index[root] != 0 {
			continue
		}
		visit(root)
		for len(calls) > 0 {
			f := &calls[len(calls)-1]
			v := f.v
			if f.next < g.outStart[v+1] {
				e := &g.sorted[f.next]
				f.next++
				if !ok(e) {
					continue
				}
				switch w := e.To; {
				case index[w] == 0:
					visit(w) // f is invalid from here on
				case onStack[w]:
					low[v] = min(low[v], index[w])
				}
				continue
			}
			calls = calls[:len(calls)-1]
			if len(calls) > 0 {
				p := calls[len(calls)-1].v
				low[p] = min(low[p], low[v])
			}
			if low[v] != index[v] {
				continue
			}
			// v is the root of a component: everything above it on the
			// stack belongs to it.
			id := int32(len(c.List))
			i := len(stack) - 1
			for stack[i] != v {
				i--
			}
			members := append([]Node(nil), stack[i:]...)
			stack = stack[:i]
			for _, m := range members {
				onStack[m] = false
				c.Of[m] = id
			}
			cyclic := len(members) > 1
			if !cyclic {
				for j := g.outStart[v]; j < g.outStart[v+1]; j++ {
					if e := &g.sorted[j]; e.To == v && ok(e) {
						cyclic = true
						break
					}
				}
			}
			c.List = append(c.List, members)
			c.Cyclic = append(c.Cyclic, cyclic)
		}
	}
	return c
}

// Cycle returns a shortest cycle through the first function of the
// component comp, as the list of functions along it ending with the first
// one again (f, f for a function that calls itself; a, b, a for mutual
// recursion), and the edges taken. It follows only the edges for which
// follow returns true (all if nil) and that stay in the component; it
// returns nil if there is no such cycle (comp is not cyclic under follow).
func (g *Graph) Cycle(c *Components, comp int, follow func(e *Edge) bool) ([]Node, []Edge) {
	g.index()
	members := c.List[comp]
	if len(members) == 0 {
		return nil, nil
	}
	start := members[0]
	// Breadth-first search from start over the component's edges, until
	// an edge leads back to start. prev records the edge that first
	// reached each member.
	prev := make(map[Node]int32, len(members))
	queue := []Node{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for j := g.outStart[v]; j < g.outStart[v+1]; j++ {
			e := &g.sorted[j]
			if e.To == None || c.Of[e.To] != int32(comp) || (follow != nil && !follow(e)) {
				continue
			}
			if e.To == start {
				// Walk back from v to start.
				edges := []Edge{*e}
				for u := v; u != start; {
					pe := g.sorted[prev[u]]
					edges = append(edges, pe)
					u = pe.From
				}
				for i, k := 0, len(edges)-1; i < k; i, k = i+1, k-1 {
					edges[i], edges[k] = edges[k], edges[i]
				}
				nodes := make([]Node, 0, len(edges)+1)
				nodes = append(nodes, start)
				for _, e := range edges {
					nodes = append(nodes, e.To)
				}
				return nodes, edges
			}
			if _, seen := prev[e.To]; !seen {
				prev[e.To] = j
				queue = append(queue, e.To)
			}
		}
	}
	return nil, nil
}

// Reachable returns which nodes can be reached from roots (the roots
// included) along Direct and Tail edges.
func (g *Graph) Reachable(roots ...Node) []bool {
	g.index()
	seen := make([]bool, len(g.names))
	var work []Node
	for _, r := range roots {
		if !seen[r] {
			seen[r] = true
			work = append(work, r)
		}
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		for j := g.outStart[v]; j < g.outStart[v+1]; j++ {
			if w := g.sorted[j].To; w != None && !seen[w] {
				seen[w] = true
				work = append(work, w)
			}
		}
	}
	return seen
}
