package callgraph

import (
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// build makes a graph from "a:16 b:32 c:?" node specs (weight ? =
// unknown) and edges like "a->b" (Direct, depth = weight(a)+8), "a=>b"
// (Tail, depth 0), "a->*" (Indirect), "a->?" (Unknown), "a-!>b" (Direct,
// Checked).
func build(t testing.TB, nodes string, edges ...string) (*Graph, map[string]Node) {
	t.Helper()
	g := &Graph{}
	ids := map[string]Node{}
	for _, spec := range strings.Fields(nodes) {
		name, w, _ := strings.Cut(spec, ":")
		n := g.AddNode(name)
		ids[name] = n
		if w != "?" {
			var v int64
			for _, c := range w {
				v = v*10 + int64(c-'0')
			}
			g.SetWeight(n, v)
		}
	}
	for i, s := range edges {
		var from, to string
		var kind Kind
		checked := false
		switch {
		case strings.Contains(s, "-!>"):
			from, to, _ = strings.Cut(s, "-!>")
			kind, checked = Direct, true
		case strings.Contains(s, "=>"):
			from, to, _ = strings.Cut(s, "=>")
			kind = Tail
		default:
			from, to, _ = strings.Cut(s, "->")
			kind = Direct
		}
		e := Edge{From: ids[from], To: None, Kind: kind, Site: int64(i), Checked: checked}
		switch to {
		case "*":
			e.Kind = Indirect
		case "?":
			e.Kind = Unknown
		default:
			var ok bool
			if e.To, ok = ids[to]; !ok {
				t.Fatalf("edge %q: no node %q", s, to)
			}
		}
		if kind == Direct {
			w, _ := g.Weight(e.From)
			e.Depth = max(w, 0) + 8
		}
		g.AddEdge(e)
	}
	return g, ids
}

func names(g *Graph, ns []Node) string {
	var s []string
	for _, n := range ns {
		s = append(s, g.Name(n))
	}
	return strings.Join(s, " ")
}

func pathString(g *Graph, from Node, p []Edge) string {
	s := g.Name(from)
	for _, e := range p {
		arrow := " -> "
		if e.Kind == Tail {
			arrow = " => "
		}
		s += arrow + g.Name(e.To)
	}
	return s
}

func TestChainWorstCase(t *testing.T) {
	// entry (16) calls mid (32) and small (8); mid calls leaf (100).
	g, id := build(t, "entry:16 mid:32 small:8 leaf:100", "entry->small", "entry->mid", "mid->leaf")
	w := g.Worst(nil)
	for name, want := range map[string]int64{
		"leaf":  100,
		"mid":   32 + 8 + 100,
		"small": 8,
		"entry": 16 + 8 + 32 + 8 + 100,
	} {
		if !w.Bounded(id[name]) {
			t.Errorf("%s: not bounded", name)
		}
		if got, _ := w.Bytes(id[name]); got != want {
			t.Errorf("%s: worst %d, want %d", name, got, want)
		}
	}
	_, p := w.Bytes(id["entry"])
	if got := pathString(g, id["entry"], p); got != "entry -> mid -> leaf" {
		t.Errorf("path %q", got)
	}
}

func TestDiamondTakesDeeperBranch(t *testing.T) {
	g, id := build(t, "e:8 a:100 b:10 c:10 z:50", "e->a", "e->b", "b->c", "c->z", "a->z")
	w := g.Worst(nil)
	got, p := w.Bytes(id["e"])
	// e -> a -> z: 8+8 + 100+8 + 50 = 174; e -> b -> c -> z: 8+8+10+8+10+8+50 = 102.
	if got != 174 || pathString(g, id["e"], p) != "e -> a -> z" {
		t.Errorf("worst %d path %s", got, pathString(g, id["e"], p))
	}
}

func TestTailCallReleasesFrame(t *testing.T) {
	// a (64) tail-calls b (16): b runs where a started, so the worst case
	// is max(64, 16) — not 64+16, and no return address.
	g, id := build(t, "a:64 b:16 c:200", "a=>b", "b=>c")
	w := g.Worst(nil)
	if got, _ := w.Bytes(id["a"]); got != 200 {
		t.Errorf("a: %d, want 200 (c's frame)", got)
	}
	g, id = build(t, "a:64 b:16", "a=>b")
	if got, _ := g.Worst(nil).Bytes(id["a"]); got != 64 {
		t.Errorf("a: %d, want 64", got)
	}
}

func TestSelfRecursion(t *testing.T) {
	g, id := build(t, "e:8 f:32 leaf:4", "e->f", "f->f", "f->leaf")
	c := g.Components()
	f := c.Of[id["f"]]
	if !c.Cyclic[f] || c.Cyclic[c.Of[id["e"]]] || c.Cyclic[c.Of[id["leaf"]]] {
		t.Fatalf("cyclic = %v", c.Cyclic)
	}
	nodes, edges := g.Cycle(c, int(f), nil)
	if names(g, nodes) != "f f" || len(edges) != 1 {
		t.Errorf("cycle %q (%d edges)", names(g, nodes), len(edges))
	}
	w := g.Worst(c)
	if w.Bounded(id["e"]) || w.Bounded(id["f"]) || !w.Bounded(id["leaf"]) {
		t.Errorf("bounded: e %v f %v leaf %v", w.Bounded(id["e"]), w.Bounded(id["f"]), w.Bounded(id["leaf"]))
	}
	// Lower bound: e -> f -> leaf without recursing.
	if got, p := w.AtLeast(id["e"]); got != 8+8+32+8+4 || pathString(g, id["e"], p) != "e -> f -> leaf" {
		t.Errorf("at least %d via %s", got, pathString(g, id["e"], p))
	}
}

func TestMutualRecursion(t *testing.T) {
	g, id := build(t, "e:8 a:16 b:16 c:16 x:0", "e->a", "a->b", "b->c", "c->a", "c->x")
	c := g.Components()
	comp := c.Of[id["a"]]
	if c.Of[id["b"]] != comp || c.Of[id["c"]] != comp || c.Of[id["e"]] == comp || !c.Cyclic[comp] {
		t.Fatalf("components %v cyclic %v", c.Of, c.Cyclic)
	}
	nodes, _ := g.Cycle(c, int(comp), nil)
	if len(nodes) != 4 || nodes[0] != nodes[3] {
		t.Errorf("cycle %q", names(g, nodes))
	}
	// Every rotation of a -> b -> c is the same cycle.
	if s := names(g, nodes); s != "a b c a" && s != "b c a b" && s != "c a b c" {
		t.Errorf("cycle %q", s)
	}
	if g.Worst(c).Bounded(id["e"]) {
		t.Error("e bounded")
	}
}

func TestComponentsOrderCalleesFirst(t *testing.T) {
	g, id := build(t, "e:0 a:0 b:0 c:0 d:0", "e->a", "a->b", "b->a", "b->c", "e->d", "d->c")
	c := g.Components()
	pos := func(n string) int { return int(c.Of[id[n]]) }
	for _, e := range []struct{ caller, callee string }{{"e", "a"}, {"a", "c"}, {"e", "d"}, {"d", "c"}} {
		if pos(e.caller) <= pos(e.callee) {
			t.Errorf("component of %s (%d) not after %s's (%d)", e.caller, pos(e.caller), e.callee, pos(e.callee))
		}
	}
	if len(c.List) != 4 {
		t.Errorf("%d components, want 4 (e, {a,b}, c, d)", len(c.List))
	}
}

func TestIndirectAndUnknown(t *testing.T) {
	g, id := build(t, "e:8 p:16 q:24 r:?", "e->p", "p->*", "e->q", "q->?", "e->r")
	w := g.Worst(nil)
	for _, n := range []string{"e", "p", "q", "r"} {
		if w.Bounded(id[n]) {
			t.Errorf("%s bounded", n)
		}
	}
	// The lower bound follows the known calls and counts the depth of
	// the calls to the unknown: e -> q -> ? = 8+8 + 24+8.
	if got, p := w.AtLeast(id["e"]); got != 48 || len(p) != 2 || p[1].Kind != Unknown {
		t.Errorf("at least %d via %v, want 48 via e -> q -> ?", got, p)
	}
	if _, ok := g.Weight(id["r"]); ok {
		t.Error("r's weight known")
	}
}

func TestReachable(t *testing.T) {
	g, id := build(t, "e1:0 e2:0 a:0 b:0 c:0 lone:0", "e1->a", "a->b", "e2=>c", "c->c", "lone->a", "a->*")
	r := g.Reachable(id["e1"])
	var got []string
	for n, ok := range r {
		if ok {
			got = append(got, g.Name(Node(n)))
		}
	}
	if strings.Join(got, " ") != "e1 a b" {
		t.Errorf("reachable from e1: %v", got)
	}
	r = g.Reachable(id["e1"], id["e2"])
	if !r[id["c"]] || r[id["lone"]] {
		t.Errorf("reachable from e1, e2: %v", r)
	}
}

func TestCheckedCycles(t *testing.T) {
	// a <-> b with a check before a -> b only: every trip round the cycle
	// passes the check. c -> c unchecked, d <-> e with both checked.
	g, id := build(t, "a:8 b:8 c:8 d:8 e:8", "a-!>b", "b->a", "c->c", "d-!>e", "e-!>d")
	unchecked := func(e *Edge) bool { return !e.Checked }
	all := g.Components()
	un := g.ComponentsOf(unchecked)
	for _, tc := range []struct {
		name    string
		cyclic  bool
		uncheck bool
	}{{"a", true, false}, {"c", true, true}, {"d", true, false}} {
		if got := all.Cyclic[all.Of[id[tc.name]]]; got != tc.cyclic {
			t.Errorf("%s cyclic = %v", tc.name, got)
		}
		if got := un.Cyclic[un.Of[id[tc.name]]]; got != tc.uncheck {
			t.Errorf("%s unchecked cycle = %v", tc.name, got)
		}
	}
	nodes, _ := g.Cycle(un, int(un.Of[id["c"]]), unchecked)
	if names(g, nodes) != "c c" {
		t.Errorf("unchecked cycle %q", names(g, nodes))
	}
	// With the check on a -> b there is no unchecked cycle through a.
	if nodes, _ := g.Cycle(all, int(all.Of[id["a"]]), unchecked); nodes != nil {
		t.Errorf("unchecked cycle through a: %q", names(g, nodes))
	}
}

func TestSaturatingDepth(t *testing.T) {
	g := &Graph{}
	a, b := g.AddNode("a"), g.AddNode("b")
	g.SetWeight(a, 1)
	g.SetWeight(b, math.MaxInt64-1)
	g.AddEdge(Edge{From: a, To: b, Depth: 100})
	if got, _ := g.Worst(nil).Bytes(a); got != math.MaxInt64 {
		t.Errorf("worst %d, want saturation at MaxInt64", got)
	}
}

func TestDeepChainNoRecursion(t *testing.T) {
	// A million-deep chain (and one back edge making it one big cycle)
	// must not need a deep goroutine stack.
	const n = 1 << 20
	g := &Graph{}
	for i := 0; i < n; i++ {
		g.SetWeight(g.AddNode(""), 1)
	}
	for i := 0; i+1 < n; i++ {
		g.AddEdge(Edge{From: Node(i), To: Node(i + 1), Depth: 1})
	}
	if got, _ := g.Worst(nil).Bytes(0); got != n {
		t.Errorf("chain: %d, want %d", got, n)
	}
	g.AddEdge(Edge{From: n - 1, To: 0})
	c := g.Components()
	if len(c.List) != 1 || !c.Cyclic[0] {
		t.Fatalf("%d components", len(c.List))
	}
	if nodes, _ := g.Cycle(c, 0, nil); len(nodes) != n+1 {
		t.Errorf("cycle of %d nodes", len(nodes))
	}
}

func TestBadEdgesPanic(t *testing.T) {
	g := &Graph{}
	a := g.AddNode("a")
	for _, e := range []Edge{
		{From: a, To: None, Kind: Direct},
		{From: a, To: 5, Kind: Tail},
		{From: a, To: a, Kind: Indirect},
		{From: 7, To: a},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("AddEdge(%+v) did not panic", e)
				}
			}()
			g.AddEdge(e)
		}()
	}
}

// TestAgainstBruteForce compares Components and Worst with a direct
// enumeration of call paths on random small graphs.
func TestAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for iter := 0; iter < 2000; iter++ {
		n := 1 + rng.Intn(7)
		g := &Graph{}
		for i := 0; i < n; i++ {
			v := g.AddNode(string(rune('a' + i)))
			if rng.Intn(12) != 0 {
				g.SetWeight(v, int64(rng.Intn(100)))
			}
		}
		for k := rng.Intn(2 * n); k > 0; k-- {
			e := Edge{From: Node(rng.Intn(n)), To: Node(rng.Intn(n)), Depth: int64(rng.Intn(50))}
			switch rng.Intn(10) {
			case 0:
				e.Kind, e.To = Indirect, None
			case 1:
				e.Kind, e.To = Unknown, None
			case 2, 3:
				e.Kind = Tail
			}
			g.AddEdge(e)
		}
		c := g.Components()
		w := g.Worst(c)
		for v := Node(0); int(v) < n; v++ {
			// Brute force: depth-first over all paths from v; a path that
			// revisits a node is a cycle.
			bounded := true
			var worst int64
			var dfs func(u Node, depth int64, onPath []bool)
			dfs = func(u Node, depth int64, onPath []bool) {
				if onPath[u] {
					bounded = false
					return
				}
				wt, ok := g.Weight(u)
				if !ok {
					bounded = false
				}
				worst = max(worst, depth+max(wt, 0))
				onPath[u] = true
				for _, e := range g.Out(u) {
					if e.To == None {
						bounded = false
						worst = max(worst, depth+e.Depth)
						continue
					}
					dfs(e.To, depth+e.Depth, onPath)
				}
				onPath[u] = false
			}
			dfs(v, 0, make([]bool, n))
			if w.Bounded(v) != bounded {
				t.Fatalf("iter %d node %s: Bounded %v, brute force %v", iter, g.Name(v), w.Bounded(v), bounded)
			}
			if bounded {
				got, p := w.Bytes(v)
				if got != worst {
					t.Fatalf("iter %d node %s: worst %d, brute force %d", iter, g.Name(v), got, worst)
				}
				// The path adds up to the figure.
				sum, last := int64(0), v
				for _, e := range p {
					if e.From != last {
						t.Fatalf("path not connected")
					}
					sum, last = sum+e.Depth, e.To
				}
				lw, _ := g.Weight(last)
				if sum+lw != worst {
					t.Fatalf("iter %d: path sums to %d, worst %d", iter, sum+lw, worst)
				}
			} else if lo, _ := w.AtLeast(v); lo > worst {
				t.Fatalf("iter %d node %s: lower bound %d above every path's %d", iter, g.Name(v), lo, worst)
			}
			// Cyclic components: two nodes share one iff each reaches the other.
			for u := Node(0); int(u) < n; u++ {
				same := c.Of[u] == c.Of[v]
				mutual := g.Reachable(u)[v] && g.Reachable(v)[u]
				if same != mutual {
					t.Fatalf("iter %d: %s and %s same component %v, mutually reachable %v", iter, g.Name(u), g.Name(v), same, mutual)
				}
			}
			if comp := int(c.Of[v]); c.Cyclic[comp] {
				nodes, edges := g.Cycle(c, comp, nil)
				if len(nodes) < 2 || nodes[0] != nodes[len(nodes)-1] || len(edges) != len(nodes)-1 {
					t.Fatalf("iter %d: bad cycle %v", iter, nodes)
				}
				if !slices.Contains(c.List[comp], nodes[0]) {
					t.Fatalf("cycle outside its component")
				}
			}
		}
	}
}

func TestPathLimit(t *testing.T) {
	g, id := build(t, "a:1 b:1 c:1 d:1", "a->b", "b->c", "c->d")
	w := g.Worst(nil)
	for _, tc := range []struct {
		limit    int
		n        int
		complete bool
	}{{0, 0, false}, {2, 2, false}, {3, 3, true}, {10, 3, true}} {
		p, complete := w.Path(id["a"], tc.limit)
		if len(p) != tc.n || complete != tc.complete {
			t.Errorf("Path(a, %d) = %d edges, complete %v; want %d, %v", tc.limit, len(p), complete, tc.n, tc.complete)
		}
	}
	if p, complete := w.Path(id["d"], 0); len(p) != 0 || !complete {
		t.Errorf("Path(d, 0) = %v, %v; want the empty, complete path", p, complete)
	}
}
