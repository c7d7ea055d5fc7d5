// Package stackcheck decides which calls of a module get a run-time stack
// check: it builds the call graph that the program entry points reach,
// from the function bodies it needs and no others, and picks the calls
// that no static bound covers.
//
// A program's stack has a fixed budget (iu.ko's stack_budget). Where the
// call graph from an entry is acyclic and every call names its callee, the
// machine-code analysis (elfstack) computes the worst case at build time.
// Two kinds of call defeat it, and each gets a check of the stack pointer
// against the per-CPU limit just before it:
//
//   - recursion: a call whose caller and callee are in one cyclic strongly
//     connected component. Every way round a cycle passes such a call, so
//     however deep the recursion goes, a check runs once per level;
//   - an indirect call (through a pointer, or to something whose body the
//     module cannot tell: an ifunc, an alias of something unknown, a
//     definition the linker may replace): its callee is unknown, and so
//     is the stack below it.
//
// Both only where an entry reaches them: a module whose entries reach an
// acyclic graph of direct calls gets no check at all.
//
// The graph starts at the generated entries. Each calls the runtime's
// __iu_entry_<type>(object, ctx), which calls the user's function through
// the object's prog field. That call is resolved, not taken for an
// indirect one (see Entry and Func.ProgCalls): where the runtime's body is
// in the module, its call through the prog field gets the programs of the
// entries that call it as callees; where it is not (the runtime is another
// crate, the usual case), the entry's own call stands for the runtime's
// call of the program.
//
// What the graph does not contain, by design: the bodies of functions
// the module only declares (external leaves: their code, and any call
// back into this module from it, is the machine-code analysis's to see),
// LLVM intrinsics (leaves), inline assembly (no call edge), and functions
// reached only through pointers (the check before the indirect call runs
// once per call; a function that recurses behind a pointer is bounded by
// its own checks only if an entry also reaches it by name).
package stackcheck

import (
	"fmt"
	"strings"

	"github.com/iu-entry/iu-entry/callgraph"
	"github.com/iu-entry/iu-entry/irpass/calls"
)

// The run-time check: the stack pointer against the per-CPU limit of the
// innermost running program, and a jump (not a call: iu_stack_overflow
// never returns) when it is below. The machine-code analysis recognises
// exactly this pair of instructions right before a call.
const (
	CheckAsm         = "cmpq %gs:iu_stack_limit, %rsp\njb iu_stack_overflow"
	CheckConstraints = "~{dirflag},~{fpsr},~{flags}"
	// CheckCall is the check as an LLVM instruction, the same in both
	// pointer dialects.
	CheckCall = `call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()`
)

// IsCheck reports whether a call site is the run-time check.
func IsCheck(s *calls.Site) bool {
	return s.Callee == calls.InlineAsm && s.NoArgs && s.Asm != nil &&
		s.Asm.Template == CheckAsm && s.Asm.Constraints == CheckConstraints
}

// Kind is what the module says a name is.
type Kind uint8

const (
	// Missing: the module neither defines nor declares it (the runtime
	// entry function the pass declares itself).
	Missing Kind = iota
	// Declared: a function declaration, external code: a leaf.
	Declared
	// Defined: a function whose body is in the module (Sites).
	Defined
	// Alias: another name for Aliasee.
	Alias
	// Opaque: a function whose calls cannot be known from the module:
	// an ifunc, an alias of something that is not a function by name, a
	// definition the linker may replace (weak, linkonce). A call of it is
	// treated like an indirect call.
	Opaque
)

// A Func is what the module says about a name the graph reaches.
type Func struct {
	Kind    Kind
	Aliasee string       // Alias: the name it stands for
	Sites   []calls.Site // Defined: the call sites of its body
	// ProgCalls, for a runtime entry function (__iu_entry_<type>) the
	// module defines: the indices in Sites of the calls through the prog
	// field of its first parameter (the program object). The Module
	// recognises them (how is its business, and must be sound: a site
	// listed here calls whatever the object's prog field holds).
	ProgCalls []int
}

// A Module gives the analysis the functions it asks for, several names
// at a time (a lookup may cost a pass over the module's symbols).
type Module interface {
	Funcs(names []string) (map[string]*Func, error)
}

// An Entry is a program entry point the pass generates: a function whose
// body is one call of Runtime with the program object, whose prog field
// holds Prog.
type Entry struct {
	Name    string // the entry's symbol
	Runtime string // __iu_entry_<type>
	Prog    string // the user's function
}

// Reason is why a call is checked.
type Reason uint8

const (
	Recursion Reason = iota
	IndirectCall
)

func (r Reason) String() string { return [...]string{"recursion", "indirect-call"}[r] }

// A Check is a call that needs a run-time check before it.
type Check struct {
	Caller string
	Reason Reason
	// Site is the call, in Caller's body (the Func's Sites); nil for the
	// call a generated entry makes (EntryCall).
	Site      *calls.Site
	EntryCall bool
}

// A Why is one line of the record the module keeps (!iu-stack): a
// function that got checks, and why.
type Why struct {
	Func   string
	Reason Reason
	Calls  int // how many of its calls are checked for this reason
}

// A Plan is what the analysis decided.
type Plan struct {
	// Checks are the calls that get a check inserted, in the order the
	// graph was read (entries first, then callers before callees).
	Checks []Check
	// Why has one line per function and reason, in the same order.
	Why []Why
	// Funcs is how many functions the graph reached, Bodies how many
	// bodies were read.
	Funcs, Bodies int

	entryChecked map[string]bool
	// How the graph reached each name: the function (or alias) that
	// first wanted it, or the generated entry.
	parent  map[string]string
	entries map[string]int
}

// EntryOf returns the generated entry through which the graph first
// reached the function fn (for a diagnostic that names the program), or
// "" if it did not reach fn.
func (p *Plan) EntryOf(fn string) string {
	for range len(p.parent) + 1 {
		if _, ok := p.entries[fn]; ok {
			return fn
		}
		up, ok := p.parent[fn]
		if !ok {
			return ""
		}
		fn = up
	}
	return ""
}

// EntryChecked reports whether the generated entry named entry gets a
// check before its call.
func (p *Plan) EntryChecked(entry string) bool { return p.entryChecked[entry] }

// maxAliasChain bounds how many aliases of aliases are followed (LLVM
// refuses cycles of aliases; a longer chain is taken as unknown).
const maxAliasChain = 64

// intrinsicPrefix names LLVM's intrinsics: leaves, except the few that
// call a function they are given.
const intrinsicPrefix = "llvm."

// callsItsOperand reports whether an intrinsic calls a function passed to
// it (a statepoint or patchpoint wraps a call): an unknown call.
func callsItsOperand(name string) bool {
	return strings.HasPrefix(name, "llvm.experimental.gc.statepoint") ||
		strings.HasPrefix(name, "llvm.experimental.patchpoint")
}

// Analyze reads the graph the entries reach and decides the checks.
func Analyze(m Module, entries []Entry) (*Plan, error) {
	a := &analysis{m: m, funcs: map[string]*Func{}, entryIdx: map[string]int{}, parent: map[string]string{}}
	for i, e := range entries {
		a.entryIdx[e.Name] = i
	}
	a.entries = entries
	for _, e := range entries {
		a.want(e.Runtime, e.Name)
		a.want(e.Prog, e.Name)
	}
	if err := a.read(); err != nil {
		return nil, err
	}
	return a.decide(), nil
}

type analysis struct {
	m        Module
	entries  []Entry
	entryIdx map[string]int   // generated entry name -> index
	funcs    map[string]*Func // every name looked up (nil: not yet)
	order    []string         // names in the order they were first wanted
	frontier []string
	parent   map[string]string // name -> what first wanted it
	bodies   int
	resolved map[string]target // resolve's answers, once the graph is read
}

// want adds a name to the next lookup, once; from is the function, alias
// or entry that names it.
func (a *analysis) want(name, from string) {
	if _, ok := a.funcs[name]; ok {
		return
	}
	if _, ok := a.entryIdx[name]; ok {
		return // a generated entry: its body is known
	}
	if strings.HasPrefix(name, intrinsicPrefix) {
		return
	}
	a.funcs[name] = nil
	a.parent[name] = from
	a.order = append(a.order, name)
	a.frontier = append(a.frontier, name)
}

// read looks up the frontier, level by level, until every function the
// entries reach by name is known.
func (a *analysis) read() error {
	for len(a.frontier) > 0 {
		names := a.frontier
		a.frontier = nil
		got, err := a.m.Funcs(names)
		if err != nil {
			return err
		}
		for _, name := range names {
			f := got[name]
			if f == nil {
				f = &Func{Kind: Missing}
			}
			a.funcs[name] = f
			switch f.Kind {
			case Defined:
				a.bodies++
				for i := range f.Sites {
					if s := &f.Sites[i]; s.Callee == calls.Direct {
						a.want(s.Name, name)
					}
				}
			case Alias:
				a.want(f.Aliasee, name)
			}
		}
	}
	return nil
}

// target is what a call of name calls in the end: a generated entry, a
// defined function, or nothing the graph follows.
type target struct {
	entry   int    // index of a generated entry, or -1
	fn      string // a defined function ("" if none)
	unknown bool   // a call of something whose calls cannot be known
}

func (a *analysis) resolve(name string) target {
	if t, ok := a.resolved[name]; ok {
		return t
	}
	t := a.resolveChain(name)
	if a.resolved == nil {
		a.resolved = map[string]target{}
	}
	a.resolved[name] = t
	return t
}

func (a *analysis) resolveChain(name string) target {
	for i := 0; i < maxAliasChain; i++ {
		if e, ok := a.entryIdx[name]; ok {
			return target{entry: e}
		}
		if strings.HasPrefix(name, intrinsicPrefix) {
			return target{entry: -1, unknown: callsItsOperand(name)}
		}
		f := a.funcs[name]
		switch {
		case f == nil, f.Kind == Missing, f.Kind == Declared:
			return target{entry: -1}
		case f.Kind == Defined:
			return target{entry: -1, fn: name}
		case f.Kind == Opaque:
			return target{entry: -1, unknown: true}
		}
		name = f.Aliasee
	}
	return target{entry: -1, unknown: true}
}

// An edge's origin: which call site makes it.
type origin struct {
	caller string
	site   int // index in the caller's Sites; -1 for a generated entry's call
}

// decide builds the graph and picks the calls to check.
func (a *analysis) decide() *Plan {
	var g callgraph.Graph
	node := map[string]callgraph.Node{}
	sites := len(a.entries)
	for _, f := range a.funcs {
		if f != nil {
			sites += len(f.Sites)
		}
	}
	origins := make([]origin, 0, sites) // per edge, in the order added
	addEdge := func(e callgraph.Edge, o origin) {
		e.Site = int64(len(origins))
		g.AddEdge(e)
		origins = append(origins, o)
	}
	entryNodes := make([]callgraph.Node, len(a.entries))
	for i, e := range a.entries {
		entryNodes[i] = g.AddNode(e.Name)
	}
	var defined []string
	for _, name := range a.order {
		if f := a.funcs[name]; f.Kind == Defined {
			node[name] = g.AddNode(name)
			defined = append(defined, name)
		}
	}
	nodeOf := func(t target) callgraph.Node {
		if t.entry >= 0 {
			return entryNodes[t.entry]
		}
		return node[t.fn]
	}

	// Which defined runtime functions are called by name from anything
	// but a generated entry: there the object, and so the program its
	// prog field holds, is not known.
	calledElsewhere := map[string]bool{}
	for _, name := range defined {
		for _, s := range a.funcs[name].Sites {
			if s.Callee == calls.Direct {
				if t := a.resolve(s.Name); t.fn != "" {
					calledElsewhere[t.fn] = true
				}
			}
		}
	}
	progsOf := map[string][]string{} // runtime function -> the programs of its entries
	for _, e := range a.entries {
		if t := a.resolve(e.Runtime); t.fn != "" && !contains(progsOf[t.fn], e.Prog) {
			progsOf[t.fn] = append(progsOf[t.fn], e.Prog)
		}
	}

	// The entries: each calls its runtime function. If the module has the
	// runtime's body, the graph goes through it; if not, the entry's call
	// stands for the runtime's call of the program.
	for i, e := range a.entries {
		from := entryNodes[i]
		o := origin{e.Name, -1}
		if t := a.resolve(e.Runtime); t.fn != "" || t.entry >= 0 {
			addEdge(callgraph.Edge{From: from, To: nodeOf(t), Kind: callgraph.Direct}, o)
			continue
		}
		switch t := a.resolve(e.Prog); {
		case t.fn != "" || t.entry >= 0:
			addEdge(callgraph.Edge{From: from, To: nodeOf(t), Kind: callgraph.Direct}, o)
		case t.unknown:
			addEdge(callgraph.Edge{From: from, To: callgraph.None, Kind: callgraph.Unknown}, o)
		}
	}
	// The bodies.
	for _, name := range defined {
		f := a.funcs[name]
		from := node[name]
		progCall := map[int]bool{}
		if !calledElsewhere[name] {
			for _, i := range f.ProgCalls {
				progCall[i] = true
			}
		}
		for i := range f.Sites {
			s := &f.Sites[i]
			o := origin{name, i}
			checked := s.Follows && i > 0 && IsCheck(&f.Sites[i-1])
			kind := callgraph.Direct
			if s.Tail == calls.MustTail || s.Tail == calls.Tail {
				kind = callgraph.Tail
			}
			switch {
			case s.Callee == calls.InlineAsm:
			case progCall[i]:
				for _, p := range progsOf[name] {
					switch t := a.resolve(p); {
					case t.fn != "" || t.entry >= 0:
						addEdge(callgraph.Edge{From: from, To: nodeOf(t), Kind: kind, Checked: checked}, o)
					case t.unknown:
						addEdge(callgraph.Edge{From: from, To: callgraph.None, Kind: callgraph.Unknown, Checked: checked}, o)
					}
				}
			case s.Callee == calls.Indirect:
				addEdge(callgraph.Edge{From: from, To: callgraph.None, Kind: callgraph.Indirect, Checked: checked}, o)
			default:
				switch t := a.resolve(s.Name); {
				case t.fn != "" || t.entry >= 0:
					addEdge(callgraph.Edge{From: from, To: nodeOf(t), Kind: kind, Checked: checked}, o)
				case t.unknown:
					addEdge(callgraph.Edge{From: from, To: callgraph.None, Kind: callgraph.Unknown, Checked: checked}, o)
				}
			}
		}
	}

	comps := g.Components()
	reach := g.Reachable(entryNodes...)
	plan := &Plan{Funcs: len(a.order) + len(a.entries), Bodies: a.bodies, parent: a.parent, entries: a.entryIdx}
	type key struct {
		caller string
		reason Reason
	}
	whyAt := map[key]int{}
	checkedSite := map[origin]bool{} // a site checked once, for any of its edges
	for n := callgraph.Node(0); int(n) < g.Len(); n++ {
		if !reach[n] {
			continue
		}
		for _, e := range g.Out(n) {
			var reason Reason
			switch {
			case e.To == callgraph.None:
				reason = IndirectCall
			case comps.Of[e.From] == comps.Of[e.To] && comps.Cyclic[comps.Of[e.From]]:
				reason = Recursion
			default:
				continue
			}
			o := origins[e.Site]
			if checkedSite[o] || e.Checked {
				continue // one check per call; a module that went through the pass before has its own
			}
			checkedSite[o] = true
			k := key{o.caller, reason}
			if i, ok := whyAt[k]; ok {
				plan.Why[i].Calls++
			} else {
				whyAt[k] = len(plan.Why)
				plan.Why = append(plan.Why, Why{Func: o.caller, Reason: reason, Calls: 1})
			}
			c := Check{Caller: o.caller, Reason: reason, EntryCall: o.site < 0}
			if o.site >= 0 {
				c.Site = &a.funcs[o.caller].Sites[o.site]
			} else {
				if plan.entryChecked == nil {
					plan.entryChecked = map[string]bool{}
				}
				plan.entryChecked[o.caller] = true
			}
			plan.Checks = append(plan.Checks, c)
		}
	}
	return plan
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// String describes a plan, for tests and reports.
func (p *Plan) String() string {
	var b strings.Builder
	for _, w := range p.Why {
		fmt.Fprintf(&b, "%s %s: %d\n", w.Reason, w.Func, w.Calls)
	}
	return b.String()
}
