package irpass

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/iu-entry/iu-entry/irpass/calls"
	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/stackcheck"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
	"github.com/iu-entry/iu-entry/progtypes"
)

// Run-time stack checks (issue 11): the pass reads the call graph its
// entries reach (irpass/stackcheck decides, irpass/calls reads bodies)
// and inserts the check before the calls that need one. This file gives
// the analysis the module's functions and turns its plan into edits.

// stackChecks is the plan for one module, ready for the generator.
type stackChecks struct {
	plan  *stackcheck.Plan
	sm    *stackModule
	typed bool
}

// planStackChecks reads the graph the programs' entries reach and decides
// which calls get a check. syms holds the symbols looked up already (the
// programs' functions and the runtime entry functions).
func (m *module) planStackChecks(objs []*object, syms map[string]*symbol, typed bool) (*stackChecks, error) {
	sm := &stackModule{m: m, known: map[string]int64{}, ents: map[int64]definition{}, names: map[string]string{},
		defined: map[string]int64{}, runtimes: map[string]bool{}, typed: typed,
		refs: map[uint64]globalRef{}, ownNames: map[uint64]bool{}}
	for _, t := range progtypes.All() {
		sm.runtimes[t.EntryFunc()] = true
		sm.ownNames[nameHash([]byte(t.EntryFunc()))] = true
	}
	for _, o := range objs {
		if o.entryName != "" {
			sm.ownNames[nameHash([]byte(o.entryName))] = true
		}
	}
	// The programs' functions and the runtime entry functions were looked
	// up already: where they are defined, or that they are not.
	for _, o := range objs {
		for _, name := range []string{o.prog.Sym, o.typ.EntryFunc()} {
			if s := syms[name]; s != nil {
				sm.known[name] = s.line.off + int64(s.line.from)
			} else if name != "" {
				sm.known[name] = -1
			}
		}
	}
	var entries []stackcheck.Entry
	for _, o := range objs {
		if o.bad {
			continue
		}
		entries = append(entries, stackcheck.Entry{Name: o.entryName, Runtime: o.typ.EntryFunc(), Prog: o.prog.Sym})
		if !sm.constantObject(o) {
			// The prog field of a mutable object may change at run time:
			// the runtime's call through it is then an indirect call.
			sm.mutable = true
		}
	}
	plan, err := stackcheck.Analyze(sm, entries)
	if err != nil {
		return nil, err
	}
	sm.checkRefs(plan)
	return &stackChecks{plan: plan, sm: sm, typed: typed}, nil
}

// entryCheck returns the line to put before the call a generated entry
// makes, or "" (only an entry that its program calls back needs one).
func (c *stackChecks) entryCheck(entry string) string {
	if c == nil || !c.plan.EntryChecked(entry) {
		return ""
	}
	return "  " + stackcheck.CheckCall + "\n"
}

// edits returns the insertions of the checks into the module's bodies.
func (c *stackChecks) edits() ([]edit, error) {
	if c == nil {
		return nil, nil
	}
	var sites []*calls.Site
	for i := range c.plan.Checks {
		if !c.plan.Checks[i].EntryCall {
			sites = append(sites, c.plan.Checks[i].Site)
		}
	}
	// In file order, so that the window moves forward only.
	sort.Slice(sites, func(i, j int) bool { return sites[i].Off < sites[j].Off })
	edits := make([]edit, 0, len(sites))
	for _, site := range sites {
		indent, err := c.sm.m.indentAt(site.LineOff, site.Off)
		if err != nil {
			return nil, err
		}
		// The check, then the instruction on a line of its own with the
		// same indentation.
		edits = append(edits, edit{off: site.Off, end: site.Off, text: stackcheck.CheckCall + "\n" + indent})
	}
	return edits, nil
}

// indentAt returns the blanks at the start of the line that offset off is
// on; start is where that line starts, or -1 if not known.
func (m *module) indentAt(start, off int64) (string, error) {
	if start < 0 {
		var err error
		if start, err = m.lineStart(off); err != nil {
			return "", err
		}
	}
	n := int(min(off-start, 256))
	b, err := m.src.At(start, n)
	if err != nil {
		return "", fmt.Errorf("%s: read error: %w", m.filename, err)
	}
	b = b[:n]
	n = 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return string(b[:n]), nil
}

// metadata returns the named metadata !iu-stack and its nodes, numbered
// from first, or nothing when no call is checked. refs are the nodes
// when the module already has !iu-stack (the generator extends it).
func (c *stackChecks) metadata(first int64, entryParams map[string]string) (refs []string, nodes []string) {
	if c == nil {
		return nil, nil
	}
	for i, w := range c.plan.Why {
		id := first + int64(i)
		refs = append(refs, fmt.Sprintf("!%d", id))
		nodes = append(nodes, fmt.Sprintf("!%d = !{!%s, %s, i32 %d}", id, scanner.Quote(w.Reason.String()),
			c.funcRef(w.Func, entryParams), w.Calls))
	}
	return refs, nodes
}

// funcRef is a function as a metadata operand: "ptr @f" with opaque
// pointers; in typed IR, the function's own pointer type, which a
// reference to it needs.
func (c *stackChecks) funcRef(name string, entryParams map[string]string) string {
	ident := scanner.GlobalName(name)
	if p, ok := entryParams[name]; ok {
		if c.typed {
			return fmt.Sprintf("i32 (%s)* %s", p, ident)
		}
		return "ptr " + ident
	}
	l, err := c.sm.header(c.sm.defined[name])
	if err == nil && !c.typed && !bytes.Contains(l.text, []byte("addrspace")) {
		return "ptr " + ident // the usual case, without parsing the header
	}
	var h *funcHeader
	if err == nil {
		h, err = parseFuncHeader(l)
	}
	if h == nil || err != nil {
		// Unreachable for a body the pass read: keep the record valid.
		return "null"
	}
	as := ""
	if h.addrSpace != 0 {
		as = fmt.Sprintf(" addrspace(%d)", h.addrSpace)
	}
	if !c.typed {
		return "ptr" + as + " " + ident
	}
	params := make([]string, 0, len(h.params)+1)
	for _, p := range h.params {
		params = append(params, p.Text())
	}
	if h.variadic {
		params = append(params, "...")
	}
	return fmt.Sprintf("%s (%s)%s* %s", h.ret.Text(), strings.Join(params, ", "), as, ident)
}

// A stackModule gives irpass/stackcheck the module's functions: it finds
// them through the symbol index and reads the bodies it is asked for, and
// no others. What it reads of a definition comes from the mapped window
// (toplevel.ReadOne), not from text read back line by line: a program may
// reach thousands of functions.
type stackModule struct {
	m        *module
	known    map[string]int64     // names looked up: the definition's offset, -1 if none
	ents     map[int64]definition // what lookup read of each definition
	names    map[string]string    // the callee names of the bodies read, each kept once
	defined  map[string]int64     // functions whose bodies were read
	runtimes map[string]bool      // the runtime entry functions' names
	mutable  bool                 // some program object is not constant
	lookups  int
	sorted   []symEntry // the symbol index sorted by hash, once lookups are many

	// The global names the bodies read mention (and the targets of the
	// aliases read), each by the hash of its name, with its first mention:
	// checkRefs finds those the module neither defines nor declares.
	typed    bool
	refs     map[uint64]globalRef
	ownNames map[uint64]bool // the names the pass defines or declares itself
}

// A globalRef is the first mention of a global name in what the graph
// read.
type globalRef struct {
	off, end int64  // the token
	name     string // the decoded name, when known (an alias's target)
	in       string // the function or alias that mentions it
}

// mention records a global name a function or alias mentions.
func (sm *stackModule) mention(hash uint64, off, end int64, name, in string, intrinsic bool) {
	if intrinsic && !sm.typed {
		// LLVM 19 and later declare the intrinsics they know themselves
		// (and refuse an unknown one); LLVM 16 and older, and so every
		// typed-pointer module, need a declaration.
		return
	}
	if sm.ownNames[hash] {
		return
	}
	if _, ok := sm.refs[hash]; !ok {
		sm.refs[hash] = globalRef{off: off, end: end, name: name, in: in}
	}
}

// checkRefs reports the global names the graph's bodies mention that the
// module neither defines nor declares. LLVM refuses such a module ("use of
// undefined value"); from LLVM's printer it comes cut short after a
// complete function (the declarations and definitions it calls came
// later). One pass over the symbol index: a name whose hash no definition
// has is certainly undefined (a collision can only hide one).
func (sm *stackModule) checkRefs(plan *stackcheck.Plan) {
	if len(sm.refs) == 0 {
		return
	}
	// A Bloom filter of one hash function, about 16 bits a name, so that
	// few of the module's symbols cost a map lookup.
	bits := 1024
	for bits < 16*len(sm.refs) {
		bits *= 2
	}
	filter := make([]uint64, bits/64)
	mask := uint64(bits - 1)
	for h := range sm.refs {
		filter[h&mask>>6] |= 1 << (h & 63)
	}
	for _, chunk := range sm.m.symbols.chunks {
		for _, h := range chunk.hashes {
			if filter[h&mask>>6]&(1<<(h&63)) == 0 {
				continue
			}
			if _, ok := sm.refs[h]; ok {
				delete(sm.refs, h)
				if len(sm.refs) == 0 {
					return
				}
			}
		}
	}
	undefined := make([]globalRef, 0, len(sm.refs))
	for _, r := range sm.refs {
		undefined = append(undefined, r)
	}
	sort.Slice(undefined, func(i, j int) bool { return undefined[i].off < undefined[j].off })
	m := sm.m
	for _, r := range undefined {
		name := r.name
		if name == "" {
			b, err := m.src.At(r.off, int(r.end-r.off))
			if err != nil || int64(len(b)) < r.end-r.off {
				continue
			}
			name = decodeName(b[:r.end-r.off])
		}
		m.errorAtOffset(r.off, 0, "use of undefined value '%s' in %s, which program %q reaches; is the input truncated?",
			scanner.GlobalName(name), scanner.GlobalName(r.in), plan.EntryOf(r.in))
	}
}

func (sm *stackModule) Funcs(names []string) (map[string]*stackcheck.Func, error) {
	want := map[string]bool{}
	for _, n := range names {
		if _, ok := sm.known[n]; !ok {
			want[n] = true
		}
	}
	if len(want) > 0 {
		if err := sm.lookup(want); err != nil {
			return nil, err
		}
	}
	out := map[string]*stackcheck.Func{}
	for _, n := range names {
		off := sm.known[n]
		if off < 0 {
			continue
		}
		f, err := sm.function(n, off)
		if err != nil {
			return nil, err
		}
		out[n] = f
	}
	return out, nil
}

// linearLookups is how many levels of the graph are looked up by a pass
// over the symbol index each; a deeper graph (a long chain of calls) makes
// the index sorted once, so that the work stays linear in the module.
const linearLookups = 8

// lookup finds the first definition of each wanted name and records its
// offset in known (-1 if the module has none).
func (sm *stackModule) lookup(want map[string]bool) error {
	for n := range want {
		sm.known[n] = -1
	}
	hashes := map[uint64]bool{}
	var filter hashFilter
	for n := range want {
		h := nameHash([]byte(n))
		hashes[h] = true
		filter.add(h)
	}
	left := len(want)
	check := func(e symEntry) error {
		ent, name, err := sm.m.definedName(e.off)
		if err != nil {
			return err
		}
		if want[name] && sm.known[name] < 0 {
			sm.known[name] = e.off
			sm.ents[e.off] = ent
			left--
		}
		return nil
	}
	sm.lookups++
	if sm.lookups <= linearLookups {
		for _, chunk := range sm.m.symbols.chunks {
			for i, h := range chunk.hashes {
				if !filter.has(h) || !hashes[h] {
					continue
				}
				if err := check(chunk.entry(i)); err != nil {
					return err
				}
				if left == 0 {
					return nil
				}
			}
		}
		return nil
	}
	if sm.sorted == nil {
		for _, chunk := range sm.m.symbols.chunks {
			for i := range chunk.hashes {
				sm.sorted = append(sm.sorted, chunk.entry(i))
			}
		}
		// Stable: entries of one hash stay in file order, the first
		// definition first.
		sort.SliceStable(sm.sorted, func(i, j int) bool { return sm.sorted[i].hash < sm.sorted[j].hash })
	}
	for h := range hashes {
		i := sort.Search(len(sm.sorted), func(i int) bool { return sm.sorted[i].hash >= h })
		for ; i < len(sm.sorted) && sm.sorted[i].hash == h; i++ {
			if err := check(sm.sorted[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// header returns the header of the function defined at offset off, up to
// its body, from the window (a record may name thousands of functions).
func (sm *stackModule) header(off int64) (*sourceText, error) {
	m := sm.m
	e, err := sm.definitionAt(off)
	if err != nil {
		return nil, err
	}
	if e.kind != toplevel.Define {
		return nil, fmt.Errorf("%s: the definition at offset %d is not a function", m.filename, off)
	}
	n := int(e.body - e.off)
	b, err := m.src.At(e.off, n)
	if err != nil {
		return nil, fmt.Errorf("%s: read error: %w", m.filename, err)
	}
	return &sourceText{off: e.off, text: append([]byte(nil), b[:n]...), to: n}, nil
}

// A definition is what the graph needs of a top-level definition.
type definition struct {
	kind                    toplevel.Kind
	alias                   bool
	off, end, nameOff, body int64 // body: a function's '{'
}

func definitionOf(e *toplevel.Entity) definition {
	return definition{kind: e.Kind, alias: e.Alias, off: e.Off, end: e.End, nameOff: e.NameOff, body: e.BodyOff}
}

// definedName reads the definition at offset off and returns it and its
// name.
func (m *module) definedName(off int64) (definition, string, error) {
	e, err := toplevel.ReadOne(m.src, off)
	if err != nil || e == nil {
		return definition{}, "", fmt.Errorf("%s: cannot read back the definition at offset %d: %v", m.filename, off, err)
	}
	b, err := m.src.At(e.NameOff, int(e.NameEnd-e.NameOff))
	if err != nil {
		return definition{}, "", fmt.Errorf("%s: read error: %w", m.filename, err)
	}
	return definitionOf(e), decodeName(b[:e.NameEnd-e.NameOff]), nil
}

// definitionAt returns the definition at offset off, as lookup read it.
func (sm *stackModule) definitionAt(off int64) (definition, error) {
	if d, ok := sm.ents[off]; ok {
		return d, nil
	}
	e, err := toplevel.ReadOne(sm.m.src, off)
	if err != nil || e == nil {
		return definition{}, fmt.Errorf("%s: cannot read back the definition at offset %d: %v", sm.m.filename, off, err)
	}
	return definitionOf(e), nil
}

// function says what the module's definition at offset off is.
func (sm *stackModule) function(name string, off int64) (*stackcheck.Func, error) {
	m := sm.m
	e, err := sm.definitionAt(off)
	if err != nil {
		return nil, err
	}
	switch {
	case e.kind == toplevel.GlobalVar && e.alias:
		b, err := m.src.At(e.off, int(e.end-e.off))
		if err != nil {
			return nil, fmt.Errorf("%s: read error: %w", m.filename, err)
		}
		kind, target, at := calls.ParseAlias(b[:e.end-e.off])
		if kind != calls.Direct {
			return &stackcheck.Func{Kind: stackcheck.Opaque}, nil
		}
		sm.mention(nameHash([]byte(target)), e.off+int64(at), e.off+int64(at), target, name, strings.HasPrefix(target, "llvm."))
		return &stackcheck.Func{Kind: stackcheck.Alias, Aliasee: target}, nil
	case e.kind == toplevel.GlobalVar:
		// Calling the address of a variable: code the module does not
		// describe as a function.
		return &stackcheck.Func{Kind: stackcheck.Opaque}, nil
	case e.kind == toplevel.Declare:
		return &stackcheck.Func{Kind: stackcheck.Declared}, nil
	case e.kind != toplevel.Define:
		return &stackcheck.Func{Kind: stackcheck.Opaque}, nil
	}
	open := e.body
	head, err := m.src.At(e.off, int(e.nameOff-e.off))
	if err != nil {
		return nil, fmt.Errorf("%s: read error: %w", m.filename, err)
	}
	if interposable(head[:e.nameOff-e.off]) {
		return &stackcheck.Func{Kind: stackcheck.Opaque}, nil
	}
	body, err := calls.Scan(m.src, open)
	if err != nil {
		return nil, m.bodyError(name, err)
	}
	// One string per callee, however many calls name it: a program may
	// reach thousands of bodies, and their sites stay until the end.
	for i := range body.Sites {
		if n := body.Sites[i].Name; n != "" {
			if kept, ok := sm.names[n]; ok {
				body.Sites[i].Name = kept
			} else {
				sm.names[n] = n
			}
		}
	}
	for _, r := range body.Refs {
		sm.mention(r.Hash, r.Off, r.End, "", name, r.Intrinsic)
	}
	sm.defined[name] = off
	f := &stackcheck.Func{Kind: stackcheck.Defined, Sites: body.Sites}
	if sm.runtimes[name] && !sm.mutable {
		s, _, err := m.readSymbol(off)
		if err != nil {
			return nil, err
		}
		progCalls, err := sm.progCalls(s, open, body.Sites)
		if err != nil {
			return nil, err
		}
		f.ProgCalls = progCalls
	}
	return f, nil
}

// bodyError turns an error of reading a body into a diagnostic.
func (m *module) bodyError(name string, err error) error {
	var ce *calls.Error
	if !errors.As(err, &ce) {
		return fmt.Errorf("%s: %w", m.filename, err)
	}
	m.errorAtOffset(ce.Off, 0, "in the body of @%s: %s", name, ce.Msg)
	return m.errs
}

// interposable reports whether a function definition may be replaced by
// another at link time (weak or linkonce linkage, not their _odr forms,
// whose definitions all do the same): its body says nothing certain. head
// is the definition up to the function's name.
func interposable(head []byte) bool {
	c, err := scanner.NewCursor(head)
	if err != nil {
		return false
	}
	c.Next() // define
	for c.Peek().Kind == scanner.Keyword {
		switch c.Text(c.Next()) {
		case "weak", "linkonce":
			return true
		}
	}
	return false
}

// constantObject reports whether a program object is a constant global,
// whose prog field holds its initializer's function for good (a store to
// a constant is undefined behaviour, so no code can change it).
func (sm *stackModule) constantObject(o *object) bool {
	c, err := o.line.cursor()
	if err != nil {
		return false
	}
	g, err := parseGlobalHead(c)
	return err == nil && g.constant
}

// progCalls finds the calls of a runtime entry function (__iu_entry_<type>)
// through the prog field of its first parameter, the program object:
//
//	%p = getelementptr inbounds i8, ptr %prog, i64 8     ; or field 1 of the struct type
//	%f = load ptr, ptr %p                                ; a pointer-sized load
//	%r = call i32 %f(ptr %prog, ptr %ctx)                ; the call through it
//
// A call is one when its callee is the value a pointer-sized load reads at
// byte offset 8 (the prog field, see objects.go) from the first
// parameter, through getelementptrs with constant indices and pointer
// casts, as rustc writes it at every optimization level in both dialects.
// The generated entries pass their constant program object as that
// parameter, so the load reads the object's initializer: the program's
// function. (stackcheck uses this only when the generated entries are the
// function's only callers in the graph; anything else makes it an
// indirect call.)
func (sm *stackModule) progCalls(s *symbol, open int64, sites []calls.Site) ([]int, error) {
	param, ok := firstParamName(s)
	if !ok {
		return nil, nil
	}
	var indirect []int
	for i, site := range sites {
		if site.Callee == calls.Indirect && site.Name != "" {
			indirect = append(indirect, i)
		}
	}
	if len(indirect) == 0 {
		return nil, nil
	}
	defs, err := calls.Defs(sm.m.src, open, nil)
	if err != nil {
		return nil, sm.m.bodyError(globalName(s), err)
	}
	r := &fieldReader{dl: sm.m.dl, defs: defs, param: param}
	var out []int
	for _, i := range indirect {
		if r.loadsProgField(sites[i].Name) {
			out = append(out, i)
		}
	}
	return out, nil
}

func globalName(s *symbol) string { return scanner.Name(s.line.text, s.nameTok) }

// firstParamName returns the name of a function's first parameter (its
// number, "0", when it has none), from the header.
func firstParamName(s *symbol) (string, bool) {
	c, err := s.line.cursor()
	if err != nil {
		return "", false
	}
	for c.Peek().Kind != scanner.EOF && c.Peek().Kind != scanner.Global {
		c.Next()
	}
	c.Next()
	if _, err := c.Expect("("); err != nil || c.Is(")") {
		return "", false
	}
	if _, err := layout.ParseType(c); err != nil {
		return "", false
	}
	for !c.Is(",") && !c.Is(")") {
		t := c.Peek()
		switch {
		case t.Kind == scanner.EOF:
			return "", false
		case t.Kind == scanner.Local:
			return scanner.Name(c.Line, t), true
		}
		if ok, err := c.SkipGroup(); err != nil {
			return "", false
		} else if !ok {
			c.Next()
		}
	}
	return "0", true
}

// A fieldReader follows local values of one body back to the first
// parameter.
type fieldReader struct {
	dl    *layout.DataLayout
	defs  map[string]string // local -> its instruction after "%x ="
	param string
}

// maxFieldChain bounds the casts and getelementptrs followed.
const maxFieldChain = 16

// loadsProgField reports whether local v is a pointer-sized load from the
// first parameter plus the prog field's offset.
func (r *fieldReader) loadsProgField(v string) bool {
	c, err := scanner.NewCursor([]byte(r.defs[v]))
	if err != nil || !c.Accept("load") {
		return false
	}
	c.Accept("atomic")
	c.Accept("volatile")
	t, err := layout.ParseType(c)
	if err != nil || t.Kind != layout.Ptr || t.AddrSpace != 0 || r.dl.PtrSize() != 8 {
		return false
	}
	if _, err := c.Expect(","); err != nil {
		return false
	}
	if _, err := layout.ParseType(c); err != nil || c.Peek().Kind != scanner.Local {
		return false
	}
	off, ok := r.offset(scanner.Name(c.Line, c.Next()), 0)
	return ok && off == progOff
}

// offset returns the byte offset of local pointer v from the first
// parameter.
func (r *fieldReader) offset(v string, depth int) (int64, bool) {
	if v == r.param {
		return 0, true
	}
	if depth >= maxFieldChain {
		return 0, false
	}
	c, err := scanner.NewCursor([]byte(r.defs[v]))
	if err != nil {
		return 0, false
	}
	switch op := c.Text(c.Next()); op {
	case "bitcast", "addrspacecast":
		if _, err := layout.ParseType(c); err != nil || c.Peek().Kind != scanner.Local {
			return 0, false
		}
		return r.offset(scanner.Name(c.Line, c.Next()), depth+1)
	case "getelementptr":
		for c.Peek().Kind == scanner.Keyword && !layout.StartsType(c) {
			if c.Text(c.Next()) == "inrange" {
				if _, err := c.SkipGroup(); err != nil {
					return 0, false
				}
			}
		}
		elem, err := layout.ParseType(c)
		if err != nil {
			return 0, false
		}
		if _, err := c.Expect(","); err != nil {
			return 0, false
		}
		if _, err := layout.ParseType(c); err != nil || c.Peek().Kind != scanner.Local {
			return 0, false
		}
		base, ok := r.offset(scanner.Name(c.Line, c.Next()), depth+1)
		if !ok {
			return 0, false
		}
		off, ok := r.indices(c, elem)
		return base + off, ok
	}
	return 0, false
}

// indices adds up the constant indices of a getelementptr over elem.
func (r *fieldReader) indices(c *scanner.Cursor, elem *layout.Type) (int64, bool) {
	var off int64
	t := elem
	first := true
	for c.Accept(",") {
		if c.Peek().Kind == scanner.Metadata {
			break // , !dbg !5
		}
		if _, err := layout.ParseType(c); err != nil {
			return 0, false
		}
		it := c.Next()
		idx, err := strconv.ParseInt(c.Text(it), 10, 64)
		if it.Kind != scanner.Int || err != nil || idx < 0 || idx > 1<<32 {
			return 0, false
		}
		if first {
			size, err := r.dl.Size(t)
			if err != nil {
				return 0, false
			}
			off += idx * size
			first = false
			continue
		}
		if t.Kind == layout.Named {
			body, err := r.dl.Resolve(t.Name)
			if err != nil {
				return 0, false
			}
			t = body
		}
		switch t.Kind {
		case layout.Struct:
			offs, err := r.dl.FieldOffsets(t)
			if err != nil || idx >= int64(len(offs)) {
				return 0, false
			}
			off += offs[idx]
			t = t.Fields[idx]
		case layout.Array, layout.Vector:
			size, err := r.dl.Size(t.Elem)
			if err != nil {
				return 0, false
			}
			off += idx * size
			t = t.Elem
		default:
			return 0, false
		}
	}
	return off, !first
}

// stackMetadata appends !iu-stack and its nodes to the generated text
// (or extends the module's own !iu-stack), numbered after !iu-programs'.
func (g *generator) stackMetadata(tail *strings.Builder, edits *[]edit) error {
	if g.stack == nil || len(g.stack.plan.Why) == 0 {
		return nil
	}
	m := g.m
	first := m.maxMD + 1 + int64(len(g.progFuncs))
	if last := first - 1 + int64(len(g.stack.plan.Why)); last > maxID {
		l := m.highestMD()
		m.errorAtOffset(l.off, l.line, "metadata node !%d leaves no number for the %d nodes of !iu-stack (LLVM takes at most !%d)",
			m.maxMD, len(g.stack.plan.Why), int64(maxID))
		return m.errs
	}
	params := map[string]string{}
	for _, u := range g.used {
		params[u.name] = u.param
	}
	refs, nodes := g.stack.metadata(first, params)
	old, err := m.namedMetadata("iu-stack")
	if err != nil {
		return err
	}
	tail.WriteString("\n; Calls that iu-entry checks against the stack limit at run time, and why.\n")
	if old != nil {
		e, err := g.extendNamedMD(old, refs)
		if err != nil {
			return err
		}
		*edits = append(*edits, e)
	} else {
		fmt.Fprintf(tail, "!iu-stack = !{%s}\n", strings.Join(refs, ", "))
	}
	tail.WriteString(strings.Join(nodes, "\n") + "\n")
	return nil
}

// namedMetadata returns the module's definition of the named metadata
// !name, or nil.
func (m *module) namedMetadata(name string) (*sourceText, error) {
	h := nameHash([]byte(name))
	for _, s := range m.namedMD {
		e, err := toplevel.ReadOne(m.src, s.off)
		if err != nil || e == nil || e.NameHash != h {
			continue
		}
		l, err := m.readText(s.off, s.end, s.line)
		if err != nil {
			return nil, err
		}
		if decodeName(l.text[l.from+int(e.NameOff-s.off):l.from+int(e.NameEnd-s.off)]) == name {
			return l, nil
		}
	}
	return nil, nil
}
