package callgraph_test

import (
	"fmt"

	"github.com/iu-entry/iu-entry/callgraph"
)

// The worst-case stack of an entry that calls a helper, which recurses.
func Example() {
	var g callgraph.Graph
	entry, parse, leaf := g.AddNode("entry"), g.AddNode("parse"), g.AddNode("leaf")
	g.SetWeight(entry, 24)
	g.SetWeight(parse, 64)
	g.SetWeight(leaf, 16)
	// A machine call leaves the caller's frame and an 8-byte return address below the callee.
	g.AddEdge(callgraph.Edge{From: entry, To: parse, Kind: callgraph.Direct, Depth: 24 + 8})
	g.AddEdge(callgraph.Edge{From: parse, To: leaf, Kind: callgraph.Direct, Depth: 64 + 8})

	w := g.Worst(nil)
	bytes, path := w.Bytes(entry)
	fmt.Println(w.Bounded(entry), bytes, len(path))

	// parse calls itself: the entry has no static bound any more.
	g.AddEdge(callgraph.Edge{From: parse, To: parse, Kind: callgraph.Direct, Depth: 64 + 8})
	c := g.Components()
	w = g.Worst(c)
	cycle, _ := g.Cycle(c, int(c.Of[parse]), nil)
	atLeast, _ := w.AtLeast(entry)
	fmt.Println(w.Bounded(entry), atLeast, g.Name(cycle[0]), g.Name(cycle[1]))
	// Output:
	// true 120 2
	// false 120 parse parse
}
