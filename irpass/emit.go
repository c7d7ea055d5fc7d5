package irpass

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// A generator builds the text appended to the module and the in-place
// edits, one program at a time.
type generator struct {
	m     *module
	typed bool
	syms  map[string]*symbol

	entries   strings.Builder
	decls     []string        // declarations of runtime entry functions to add
	declared  map[string]bool // runtime entry functions declared by us
	headers   map[string]*funcHeader
	groups    map[int64][]attr // parsed attribute groups, by id
	attrIDs   map[string]int64 // attribute list text -> group id
	attrOrder []string
	used      []usedEntry // the generated entries
	progFuncs []string
	stack     *stackChecks // run-time stack checks (stack.go), nil if none were planned
}

// maxID is the largest metadata node or attribute group number LLVM's
// lexer takes.
const maxID = 1<<32 - 1

// ptrType is the entry's context parameter type in the module's dialect.
func (g *generator) ptrType() string { return plainPtr(g.typed) }

// plainPtr is the untyped pointer of a dialect: i8* in typed IR, ptr else.
func plainPtr(typed bool) string {
	if typed {
		return "i8*"
	}
	return "ptr"
}

// isDialectPtr reports whether t is an address-space-0 pointer written in
// the module's dialect, as the parameters of entry functions must be.
func isDialectPtr(t *layout.Type, typed bool) bool {
	return t.Kind == layout.Ptr && t.AddrSpace == 0 && t.IsTypedPtr() == typed
}

// callee returns how to call the runtime's entry function for o's type:
// the module's own declaration or definition if it has one, else a
// declaration we add.
func (g *generator) callee(o *object) (*funcHeader, bool) {
	name := o.typ.EntryFunc()
	if h, ok := g.headers[name]; ok {
		return h, h != nil
	}
	if g.headers == nil {
		g.headers = map[string]*funcHeader{}
		g.declared = map[string]bool{}
	}
	s := g.syms[name]
	if s == nil {
		p := layout.NewType(layout.Ptr, g.ptrType())
		h := &funcHeader{ret: layout.NewType(layout.Int, "i32"), params: []*layout.Type{p, p}}
		h.ret.Bits = 32
		g.headers[name] = h
		g.declared[name] = true
		g.decls = append(g.decls, fmt.Sprintf("declare i32 %s(%s, %s)", scanner.GlobalName(name), g.ptrType(), g.ptrType()))
		return h, true
	}
	g.headers[name] = nil
	fail := func(format string, args ...any) (*funcHeader, bool) {
		e := g.m.errorAt(o.line, o.initOff, "cannot call the runtime entry function @%s for %s: "+format, append([]any{name, o.label()}, args...)...)
		g.m.noteAt(e, s.line, s.nameTok.Off, "@%s is defined here", name)
		return nil, false
	}
	if s.kind != symFunction {
		return fail("it is not a function")
	}
	h, err := parseFuncHeader(s.line)
	if err != nil {
		return fail("%v", err)
	}
	if len(h.params) != 2 || h.variadic {
		return fail("it must take exactly two pointer arguments (the object and the context), not %d", len(h.params))
	}
	for _, p := range h.params {
		if !isDialectPtr(p, g.typed) {
			return fail("parameter type %s is not a pointer of this module's dialect", p.Text())
		}
	}
	if h.ret.Kind != layout.Int {
		return fail("it returns %s, not an integer", h.ret.Text())
	}
	if h.addrSpace != 0 {
		return fail("it is in address space %d; the entry calls it from address space 0", h.addrSpace)
	}
	g.headers[name] = h
	return h, true
}

// progAttrs returns the attributes of the user's prog function, those of
// its attribute groups and those written in its header, the base of the
// entry's own.
func (g *generator) progAttrs(o *object) []attr {
	s := g.syms[o.prog.Sym]
	if s == nil {
		return nil
	}
	h, err := parseFuncHeader(s.line)
	if err != nil {
		return nil // a header llvm-as accepts but we cannot read only loses inherited attributes
	}
	var attrs []attr
	for _, id := range h.attrGroups {
		attrs = append(attrs, g.attrGroupItems(id)...)
	}
	return append(attrs, h.attrs...)
}

// attrGroupItems returns the items of "attributes #id", read and parsed
// once however many programs share it.
func (g *generator) attrGroupItems(id int64) []attr {
	if items, ok := g.groups[id]; ok {
		return items
	}
	if g.groups == nil {
		g.groups = map[int64][]attr{}
	}
	var items []attr
	if s, ok := g.m.attrGroups[id]; ok {
		if l, err := g.m.readText(s.off, s.end, s.line); err == nil {
			if items, err = parseAttrGroup(l); err != nil {
				g.m.syntaxError(l, err, "")
			}
		}
	}
	g.groups[id] = items
	return items
}

func (g *generator) attrGroup(text string) int64 {
	if g.attrIDs == nil {
		g.attrIDs = map[string]int64{}
	}
	if id, ok := g.attrIDs[text]; ok {
		return id
	}
	id := g.m.maxAttr + 1 + int64(len(g.attrOrder))
	g.attrIDs[text] = id
	g.attrOrder = append(g.attrOrder, text)
	return id
}

// objectRef returns the object as an operand of type to (a pointer type of
// the module's dialect in address space 0), casting its address space and,
// in typed IR, its pointee type.
func (g *generator) objectRef(o *object, to string) string {
	obj := scanner.GlobalName(o.name)
	if !g.typed {
		if o.addrSpace == 0 {
			return to + " " + obj
		}
		return fmt.Sprintf("%s addrspacecast (ptr addrspace(%d) %s to %s)", to, o.addrSpace, obj, to)
	}
	vt := o.valueType.Text()
	if o.addrSpace == 0 {
		if objPtr := vt + "*"; to != objPtr {
			return fmt.Sprintf("%s bitcast (%s %s to %s)", to, objPtr, obj, to)
		}
		return to + " " + obj
	}
	// LLVM 14's addrspacecast keeps the pointee type; bitcast changes it.
	cast := fmt.Sprintf("%s* addrspacecast (%s addrspace(%d)* %s to %s*)", vt, vt, o.addrSpace, obj, vt)
	if to == vt+"*" {
		return cast
	}
	return fmt.Sprintf("%s bitcast (%s to %s)", to, cast, to)
}

// program appends the entry point for o.
func (g *generator) program(o *object) {
	h, ok := g.callee(o)
	if !ok {
		o.bad = true
		return
	}
	attrs := g.attrGroup(entryAttrs(g.progAttrs(o)))
	section := strings.TrimPrefix(o.section, "inner_unikernel/")
	objArg := g.objectRef(o, h.params[0].Text())
	ctxArg := h.params[1].Text() + " %ctx"
	// The context parameter is a plain pointer, or of the type the
	// module's own declaration of the entry gave it.
	param := g.ptrType()
	if o.entryDecl != nil {
		param = o.entryDecl.param
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\ndefine i32 %s(%s %%ctx) #%d section %s {\nstart:\n",
		scanner.GlobalName(o.entryName), param, attrs, scanner.Quote(section))
	if g.typed && h.params[1].Text() != param {
		fmt.Fprintf(&b, "  %%ctx.arg = bitcast %s %%ctx to %s\n", param, h.params[1].Text())
		ctxArg = h.params[1].Text() + " %ctx.arg"
	}
	cc := ""
	if h.cconv != "" {
		cc = h.cconv + " "
	}
	b.WriteString(g.stack.entryCheck(o.entryName))
	fmt.Fprintf(&b, "  %%ret = call %s%s %s(%s, %s)\n", cc, h.ret.Text(), scanner.GlobalName(o.typ.EntryFunc()), objArg, ctxArg)
	result := "%ret"
	switch bits := h.ret.Bits; {
	case bits < 32:
		fmt.Fprintf(&b, "  %%ret.i32 = zext %s %%ret to i32\n", h.ret.Text())
		result = "%ret.i32"
	case bits > 32:
		fmt.Fprintf(&b, "  %%ret.i32 = trunc %s %%ret to i32\n", h.ret.Text())
		result = "%ret.i32"
	}
	fmt.Fprintf(&b, "  ret i32 %s\n}\n", result)
	g.entries.WriteString(b.String())
	g.used = append(g.used, usedEntry{o.entryName, param})
	if !slices.Contains(g.progFuncs, o.prog.Sym) { // two programs may share a function
		g.progFuncs = append(g.progFuncs, o.prog.Sym)
	}
}

// A usedEntry is a generated entry, for @llvm.used: its name and the type
// of its context parameter.
type usedEntry struct{ name, param string }

// usedElem is an @llvm.used element naming entry e, of element type elem
// (a pointer, maybe in another address space than the entry's).
func (g *generator) usedElem(elem *layout.Type, e usedEntry) string {
	fn := scanner.GlobalName(e.name)
	et := elem.Text()
	if g.typed {
		fnPtr := fmt.Sprintf("i32 (%s)*", e.param)
		if elem.AddrSpace == 0 {
			return fmt.Sprintf("%s bitcast (%s %s to %s)", et, fnPtr, fn, et)
		}
		return fmt.Sprintf("%s addrspacecast (i8* bitcast (%s %s to i8*) to %s)", et, fnPtr, fn, et)
	}
	if elem.AddrSpace == 0 {
		return et + " " + fn
	}
	return fmt.Sprintf("%s addrspacecast (ptr %s to %s)", et, fn, et)
}

// finish returns the text to append and the in-place edits.
func (g *generator) finish(objs []*object) (string, []edit, error) {
	m := g.m
	// New attribute groups and metadata nodes get the numbers after the
	// module's highest; LLVM takes none above 2^32-1.
	if last := m.maxAttr + int64(len(g.attrOrder)); last > maxID {
		m.errorAtOffset(m.attrGroups[m.maxAttr].off, m.attrGroups[m.maxAttr].line,
			"the entries need %d more attribute group numbers after #%d, the largest LLVM allows", len(g.attrOrder), m.maxAttr)
		return "", nil, m.errs
	}
	if last := m.maxMD + int64(len(g.progFuncs)); last > maxID {
		l := m.highestMD()
		m.errorAtOffset(l.off, l.line,
			"!iu-programs needs %d more metadata node numbers after !%d, the largest LLVM allows", len(g.progFuncs), m.maxMD)
		return "", nil, m.errs
	}
	var edits []edit
	for _, o := range objs {
		edits = append(edits, edit{
			off:  o.line.off + int64(o.sectionTok.Off),
			end:  o.line.off + int64(o.sectionTok.End),
			text: scanner.Quote(o.typ.ObjectSection()),
		})
		// A declaration of the entry gives way to its definition; a
		// comment (with the declaration's newlines) keeps the module's
		// line numbers.
		if d := o.entryDecl; d != nil {
			l := d.line
			text := "; " + scanner.GlobalName(o.entryName) + " was declared here; iu-entry defines it below"
			text += strings.Repeat("\n", bytes.Count(l.text[l.from:l.to], []byte{'\n'}))
			if rest := bytes.TrimLeft(l.text[l.to:], " \t\r"); len(rest) > 0 {
				text += "\n" // something else follows on the line: keep it out of the comment
			}
			edits = append(edits, edit{off: l.off + int64(l.from), end: l.off + int64(l.to), text: text})
		}
	}
	var tail strings.Builder
	tail.WriteString("\n; Kernel entry points generated by iu-entry for the inner-unikernel programs above.\n")
	tail.WriteString(g.entries.String())
	if len(g.decls) > 0 {
		tail.WriteString("\n" + strings.Join(g.decls, "\n") + "\n")
	}

	// @llvm.used keeps the entries through --gc-sections.
	if m.used != nil {
		e, err := g.extendUsed()
		if err != nil {
			return "", nil, err
		}
		edits = append(edits, e...)
	} else {
		p := layout.NewType(layout.Ptr, g.ptrType())
		elems := make([]string, len(g.used))
		for i, u := range g.used {
			elems[i] = g.usedElem(p, u)
		}
		fmt.Fprintf(&tail, "\n@llvm.used = appending global [%d x %s] [%s], section \"llvm.metadata\"\n",
			len(elems), g.ptrType(), strings.Join(elems, ", "))
	}

	tail.WriteString("\n")
	for i, text := range g.attrOrder {
		fmt.Fprintf(&tail, "attributes #%d = { %s }\n", m.maxAttr+1+int64(i), text)
	}

	// !iu-programs lists the user functions for later passes.
	var refs, nodes []string
	for i, f := range g.progFuncs {
		id := m.maxMD + 1 + int64(i)
		refs = append(refs, fmt.Sprintf("!%d", id))
		nodes = append(nodes, fmt.Sprintf("!%d = !{%s}", id, "!"+scanner.Quote(f)))
	}
	tail.WriteString("\n")
	if m.iuPrograms != nil {
		e, err := g.extendNamedMD(m.iuPrograms, refs)
		if err != nil {
			return "", nil, err
		}
		edits = append(edits, e)
	} else {
		fmt.Fprintf(&tail, "!iu-programs = !{%s}\n", strings.Join(refs, ", "))
	}
	tail.WriteString(strings.Join(nodes, "\n") + "\n")

	// The run-time stack checks and !iu-stack, which says why.
	stackEdits, err := g.stack.edits()
	if err != nil {
		return "", nil, err
	}
	edits = append(edits, stackEdits...)
	if err := g.stackMetadata(&tail, &edits); err != nil {
		return "", nil, err
	}
	return tail.String(), edits, nil
}

// highestMD returns where the module's highest metadata node is defined,
// for a diagnostic (found by reading the module again: only a module at
// LLVM's limit gets here).
func (m *module) highestMD() span {
	return m.findMD(uint32(m.maxMD))
}

// extendUsed rewrites the existing @llvm.used to also hold the entries.
// It changes as little as it can: the array's length, and the entries
// inserted after the last element (or the whole initializer, if it is
// zeroinitializer); whatever else the definition holds, comments and line
// breaks between its tokens included, stays where it was. (It used to
// print the type and the elements again from the trimmed text between
// the brackets, which put the new elements inside a ';' comment that
// ended the old ones, and dropped comments in the type.)
func (g *generator) extendUsed() ([]edit, error) {
	m, l := g.m, g.m.used
	fail := func(err error) ([]edit, error) {
		m.syntaxError(l, err, "cannot extend @llvm.used: ")
		return nil, m.errs
	}
	c, err := l.cursor()
	if err != nil {
		return fail(err)
	}
	gd, err := parseGlobalHead(c)
	if err != nil {
		return fail(err)
	}
	if gd.typ.Kind != layout.Array || gd.typ.Elem.Kind != layout.Ptr {
		return fail(scanner.Errorf(gd.typeOff, "expected an array of pointers, found %s", gd.typ.Text()))
	}
	// The length: the token after the type's '['.
	count := -1
	for i, t := range c.Toks {
		if t.Off == gd.typeOff && i+1 < len(c.Toks) && c.Toks[i+1].Kind == scanner.Int {
			count = i + 1
			break
		}
	}
	if count < 0 {
		return fail(scanner.Errorf(gd.typeOff, "expected the length of the array"))
	}
	elems := make([]string, len(g.used))
	for i, u := range g.used {
		elems[i] = g.usedElem(gd.typ.Elem, u)
	}
	newElems := strings.Join(elems, ", ")
	at := func(off int) int64 { return l.off + int64(off) }
	edits := []edit{{
		off: at(c.Toks[count].Off), end: at(c.Toks[count].End),
		text: strconv.FormatInt(gd.typ.Len+int64(len(g.used)), 10),
	}}
	if t := c.Peek(); c.Accept("zeroinitializer") {
		if gd.typ.Len != 0 {
			return fail(scanner.Errorf(gd.initOff, "a zero-initialized @llvm.used holds null pointers"))
		}
		return append(edits, edit{off: at(t.Off), end: at(t.End), text: "[" + newElems + "]"}), nil
	}
	open := c.I
	if _, err := c.SkipGroup(); err != nil || c.Line[c.Toks[open].Off] != '[' {
		return fail(c.Unexpected(c.Toks[open], "'['"))
	}
	last := c.Toks[c.I-2] // the last element's last token, or the '['
	if c.I-2 > open {
		newElems = ", " + newElems
	}
	return append(edits, edit{off: at(last.End), end: at(last.End), text: newElems}), nil
}

// extendNamedMD appends operands to an existing named metadata definition.
func (g *generator) extendNamedMD(l *sourceText, refs []string) (edit, error) {
	c, err := l.cursor()
	if err == nil {
		c.Next()
		_, err = c.Expect("=")
	}
	if err == nil {
		_, err = c.Expect("!")
	}
	if err == nil && !c.Is("{") {
		err = c.Unexpected(c.Peek(), "'{'")
	}
	if err != nil {
		g.m.syntaxError(l, err, "cannot extend !iu-programs: ")
		return edit{}, g.m.errs
	}
	open := c.I
	if _, err := c.SkipGroup(); err != nil {
		g.m.syntaxError(l, err, "cannot extend !iu-programs: ")
		return edit{}, g.m.errs
	}
	closeTok := c.Toks[c.I-1]
	text := strings.Join(refs, ", ")
	if c.I-1 > open+1 {
		text = ", " + text
	}
	at := l.off + int64(closeTok.Off)
	return edit{off: at, end: at, text: text}, nil
}
