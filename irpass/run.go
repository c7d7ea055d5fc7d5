package irpass

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/iu-entry/iu-entry/irpass/filecopy"
	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/progtypes"
)

// Run rewrites the textual LLVM IR module read from src (size bytes long;
// filename is used in diagnostics only) and writes the result to dst.
// A module without program objects is copied unchanged.
//
// The module is read twice: an index pass that finds the program objects
// and records where every symbol is defined, and a copy with edits; the
// lines the pass needs to understand are read back by offset. src is read
// with ReadAt a window at a time (irpass/source), so memory stays small
// however large the module is (16 bytes per symbol plus a window), and
// Run is safe to call from many goroutines on different modules. Run does
// not move src's file offset. When src and dst are both files, the kernel
// copies the bytes between the edits from one to the other
// (irpass/filecopy).
//
// On error the error is a scanner.ErrorList whose Error method prints
// LLVM-style diagnostics (file:line:col: error: …, the line, a caret), or
// an I/O error; whatever was written to dst must then be discarded (the
// command writes to a temporary file and renames it only on success).
func Run(filename string, src io.ReaderAt, size int64, dst io.Writer) (*Result, error) {
	m := &module{filename: filename, src: source.New(src, size), size: size}
	defer m.src.Close()
	if err := m.index(); err != nil {
		return nil, err
	}
	m.dl.Resolve = m.resolveType

	if m.dlErr != nil && len(m.candidates) > 0 {
		m.errorAtOffset(m.dlErr.off, m.dlErr.line, "invalid datalayout: %s", m.dlErrMsg)
		return nil, m.errs
	}
	var objs []*object
	for _, l := range m.candidates {
		if o := m.parseObject(l); o != nil {
			m.decodeFields(o)
			objs = append(objs, o)
		}
	}
	res := &Result{NoUsed: !m.hasUsed}
	if len(objs) == 0 {
		res.NoObjects = true
		if err := m.errs.Err(); err != nil {
			return nil, err
		}
		c := m.newCopier(dst, size)
		defer c.close()
		if err := c.copyRange(0, size); err != nil {
			return nil, err
		}
		return res, c.finish()
	}
	res.Typed = m.typedDialect(objs[0])

	// Pass 2: the functions and strings the objects point at, and the
	// runtime entry functions the generated code will call.
	want := map[string]bool{}
	for _, o := range objs {
		if o.prog.Sym != "" {
			want[o.prog.Sym] = true
		}
		if o.nameRef.Sym != "" {
			want[o.nameRef.Sym] = true
		}
		if t, ok := progtypes.Lookup(o.rtti); ok {
			want[t.EntryFunc()] = true
		}
	}
	syms, err := m.lookup(want)
	if err != nil {
		return nil, err
	}
	for _, o := range objs {
		m.resolveName(o, syms)
		if int64(len(o.image.Bytes)) >= minObjSize {
			m.checkType(o)
		}
		m.resolveProg(o, syms)
	}
	m.checkDuplicateNames(objs)

	// An entry name must not already be a symbol of the module.
	entryNames := map[string]bool{}
	for _, o := range objs {
		if o.entryName != "" {
			entryNames[o.entryName] = true
		}
	}
	clashes, err := m.lookup(entryNames)
	if err != nil {
		return nil, err
	}
	for _, o := range objs {
		if s := clashes[o.entryName]; s != nil && o.entryName != "" {
			m.checkEntryClash(o, s, res.Typed)
		}
	}

	// Run-time stack checks before the calls of the graph the entries
	// reach that no static bound covers (stack.go).
	var stack *stackChecks
	if m.errs.Err() == nil {
		if stack, err = m.planStackChecks(objs, syms, res.Typed); err != nil {
			return nil, err
		}
	}
	g := &generator{m: m, typed: res.Typed, syms: syms, stack: stack}
	for _, o := range objs {
		if !o.bad {
			g.program(o)
		}
	}
	if err := m.errs.Err(); err != nil {
		sort.SliceStable(m.errs, func(i, j int) bool {
			a, b := m.errs[i].Pos, m.errs[j].Pos
			return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
		})
		return nil, m.errs
	}
	for _, o := range objs {
		res.Programs = append(res.Programs, Program{
			Name:    o.entryName,
			Type:    o.typ,
			Section: strings.TrimPrefix(o.section, progtypes.SectionPrefix),
			Object:  o.name,
			Func:    o.prog.Sym,
			Line:    o.line.line,
		})
	}
	tail, edits, err := g.finish(objs)
	if err != nil {
		return nil, err
	}
	// The second pass copies the module with the edits applied; then the
	// generated text is appended.
	if err := m.write(dst, edits, tail); err != nil {
		return nil, err
	}
	return res, nil
}

// typedDialect reports whether the module writes typed pointers (LLVM 14
// and older: i8*) rather than opaque ones (ptr), as its program object
// does: in its type, named types included, or else in its initializer.
func (m *module) typedDialect(o *object) bool {
	seen := map[*layout.Type]bool{}
	var walk func(t *layout.Type) (typed, found bool)
	walk = func(t *layout.Type) (bool, bool) {
		if t == nil || seen[t] {
			return false, false
		}
		seen[t] = true
		switch t.Kind {
		case layout.Ptr:
			return t.Elem != nil, true
		case layout.Array, layout.Vector:
			return walk(t.Elem)
		case layout.Named:
			body, err := m.resolveType(t.Name)
			if err != nil {
				return false, false
			}
			return walk(body)
		case layout.Struct:
			for _, f := range t.Fields {
				if typed, found := walk(f); found {
					return typed, true
				}
			}
		}
		return false, false
	}
	if typed, found := walk(o.valueType); found {
		return typed
	}
	c, err := o.line.cursor()
	if err != nil {
		return false
	}
	for _, t := range c.Toks {
		switch {
		case t.Off < o.initOff:
		case t.Kind == scanner.Keyword && c.Text(t) == "ptr":
			return false
		case t.Kind == scanner.Punct && c.Text(t) == "*":
			return true
		}
	}
	return false
}

// resolveName finds the string the name field points at and checks that
// it is a constant, long enough, and a C identifier.
func (m *module) resolveName(o *object, syms map[string]*symbol) {
	r := o.nameRef
	if r.Sym == "" {
		return
	}
	s := syms[r.Sym]
	switch {
	case s == nil:
		m.errorAt(o.line, r.TokOff, "name field of %s points to @%s, which is not defined in this module", o.label(), r.Sym)
		o.bad = true
		return
	case s.kind != symVariable:
		m.errorAt(o.line, r.TokOff, "name field of %s must point to a constant string, but @%s is a function or alias", o.label(), r.Sym)
		o.bad = true
		return
	}
	c, err := s.line.cursor()
	if err != nil {
		m.syntaxError(s.line, err, "")
		o.bad = true
		return
	}
	gd, err := parseGlobalHead(c)
	if err == nil && !gd.constant {
		err = scanner.Errorf(s.nameTok.Off, "@%s is a mutable global", r.Sym)
	}
	if err == nil && (c.Peek().Kind == scanner.EOF || c.Is(",")) {
		err = scanner.Errorf(s.nameTok.Off, "@%s has no initializer", r.Sym)
	}
	var img *layout.Image
	if err == nil {
		img, err = (&layout.Decoder{DL: m.dl}).Decode(c, gd.typ)
	}
	if err != nil {
		e := m.errorAt(o.line, r.TokOff, "name field of %s must point to a constant string", o.label())
		off := 0
		if se, ok := err.(*scanner.SyntaxError); ok {
			off = se.Off
		}
		m.noteAt(e, s.line, off, "%v", err)
		o.bad = true
		return
	}
	n := o.nameLen
	if r.Addend < 0 || n > uint64(len(img.Bytes)) || uint64(r.Addend) > uint64(len(img.Bytes))-n {
		e := m.errorAt(o.line, r.TokOff, "name of %s is %d bytes at offset %d of @%s, which has only %d bytes",
			o.label(), n, r.Addend, r.Sym, len(img.Bytes))
		m.noteAt(e, s.line, s.nameTok.Off, "@%s is defined here", r.Sym)
		o.bad = true
		return
	}
	if rr, ok := img.Overlaps(r.Addend, int64(n)); ok || img.Undef(r.Addend, int64(n)) {
		e := m.errorAt(o.line, r.TokOff, "name of %s is not a constant string", o.label())
		m.noteAt(e, s.line, rr.TokOff, "@%s holds addresses or undefined bytes", r.Sym)
		o.bad = true
		return
	}
	name := string(img.Bytes[r.Addend : r.Addend+int64(n)])
	if !isCIdentifier(name) {
		m.errorAt(o.line, r.TokOff, "program name %q of %s is not a valid C identifier (it becomes a kernel symbol)", name, o.label())
		o.bad = true
		return
	}
	for _, t := range progtypes.All() {
		if name == t.EntryFunc() {
			m.errorAt(o.line, r.TokOff, "program name %q of %s is reserved: it is the runtime's entry function for %s programs", name, o.label(), t.Name)
			o.bad = true
			return
		}
	}
	o.entryName = name
}

// resolveProg checks that the prog field names a function.
func (m *module) resolveProg(o *object, syms map[string]*symbol) {
	r := o.prog
	if r.Sym == "" {
		return
	}
	s := syms[r.Sym]
	switch {
	case s == nil:
		m.errorAt(o.line, r.TokOff, "prog field of %s points to @%s, which is not defined or declared in this module", o.label(), r.Sym)
		o.bad = true
	case s.kind == symVariable:
		e := m.errorAt(o.line, r.TokOff, "prog field of %s must point to a function, but @%s is a global variable", o.label(), r.Sym)
		m.noteAt(e, s.line, s.nameTok.Off, "@%s is defined here", r.Sym)
		o.bad = true
	case s.kind == symAlias:
		e := m.errorAt(o.line, r.TokOff, "prog field of %s points to the alias @%s; iu-entry needs the function itself", o.label(), r.Sym)
		m.noteAt(e, s.line, s.nameTok.Off, "@%s is defined here", r.Sym)
		o.bad = true
	}
}

// checkEntryClash handles an entry name that is already a symbol of the
// module. A declaration of the entry's own type ("declare i32 @name(ptr)",
// a crate calling its entry point) is fine: the generated definition
// replaces it. Anything else is an error.
func (m *module) checkEntryClash(o *object, s *symbol, typed bool) {
	isDecl := s.kind == symFunction && s.declaration
	if !isDecl {
		e := m.errorAt(o.line, o.nameRef.TokOff, "program name %q of program object @%s is already a symbol of this module", o.entryName, o.name)
		m.noteAt(e, s.line, s.nameTok.Off, "@%s is defined here", o.entryName)
		o.bad = true
		return
	}
	h, err := parseFuncHeader(s.line)
	if err == nil && len(h.params) == 1 && !h.variadic && h.cconv == "" &&
		h.ret.Kind == layout.Int && h.ret.Bits == 32 && isDialectPtr(h.params[0], typed) {
		o.entryDecl = &entryDecl{line: s.line, param: h.params[0].Text()}
		return
	}
	e := m.errorAt(o.line, o.nameRef.TokOff, "program name %q of program object @%s is declared in this module with another type than an entry point's, i32 (%s)", o.entryName, o.name, plainPtr(typed))
	how := "@%s is declared here"
	if err != nil {
		how += fmt.Sprintf(" (%v)", err)
	}
	m.noteAt(e, s.line, s.nameTok.Off, how, o.entryName)
	o.bad = true
}

func (m *module) checkDuplicateNames(objs []*object) {
	first := map[string]*object{}
	for _, o := range objs {
		if o.entryName == "" {
			continue
		}
		if p := first[o.entryName]; p != nil {
			e := m.errorAt(o.line, o.nameRef.TokOff, "program name %q of program object @%s is also used by program object @%s", o.entryName, o.name, p.name)
			m.noteAt(e, p.line, p.nameRef.TokOff, "@%s is defined here", p.name)
			o.bad = true
			continue
		}
		first[o.entryName] = o
	}
}

// An edit replaces bytes [off, end) of the input.
type edit struct {
	off, end int64
	text     string
}

// write is the last pass: the input with edits applied, then the tail.
// Between edits the input is copied in large blocks (copier).
func (m *module) write(dst io.Writer, edits []edit, tail string) error {
	sort.Slice(edits, func(i, j int) bool { return edits[i].off < edits[j].off })
	size := m.size + int64(len(tail))
	for _, e := range edits {
		size += int64(len(e.text)) - (e.end - e.off)
	}
	if m.size > 0 && m.lastByte != '\n' {
		size++
	}
	c := m.newCopier(dst, size)
	defer c.close()
	var pos int64
	for _, e := range edits {
		if err := c.copyRange(pos, e.off-pos); err != nil {
			return err
		}
		c.w.WriteString(e.text)
		pos = e.end
	}
	if err := c.copyRange(pos, m.size-pos); err != nil {
		return err
	}
	if m.size > 0 && m.lastByte != '\n' {
		c.w.WriteByte('\n')
	}
	c.w.WriteString(tail)
	return c.finish()
}

// copyBlock is how much of the input the write pass reads and writes at
// a time when it copies through user memory: 1 MiB reads and writes
// copied a 100 MB module in 27 ms, 128 KiB ones in 26 to 41 ms.
const copyBlock = 1 << 20

// kernelCopyMin is the shortest range of the input that is copied by the
// kernel (filecopy.Range) when both input and output are files; shorter
// ones, between edits near each other, join the buffered text.
var kernelCopyMin int64 = 64 << 10 // a variable for tests

// A copier writes the output: the input's bytes between edits, and text.
type copier struct {
	m *module
	w *bufio.Writer

	// in and out are the input and output files if both are files
	// and the kernel copies between them (kernel); else in is nil.
	in, out *os.File
	kernel  *filecopy.Copier
	// reserved is the output's end if its blocks were reserved.
	reserved int64
	buf      []byte // for copying through user memory
}

// newCopier returns a copier of m's input to dst, an output of size bytes.
func (m *module) newCopier(dst io.Writer, size int64) *copier {
	c := &copier{m: m, w: bufio.NewWriterSize(dst, 64<<10), reserved: -1}
	if out, ok := dst.(*os.File); ok {
		c.in, c.out = m.src.File(), out
		if c.in != nil {
			c.kernel = filecopy.NewCopier(out, c.in)
			if off, err := out.Seek(0, io.SeekCurrent); err == nil && filecopy.Reserve(out, size) {
				c.reserved = off + size
			}
		}
	}
	return c
}

// copyRange copies n bytes of the input from offset off to the output.
func (c *copier) copyRange(off, n int64) error {
	if c.in != nil && n >= kernelCopyMin {
		if err := c.w.Flush(); err != nil {
			return err
		}
		k, err := c.kernel.Range(off, n)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, filecopy.ErrUnsupported), errors.Is(err, io.ErrUnexpectedEOF):
			// Copy through memory from now on: a file the kernel
			// does not copy from, or one that shrank, which the
			// reads below report as they would in the index pass.
			c.in = nil
		default:
			return fmt.Errorf("%s: copying to the output: %w", c.m.filename, err)
		}
		off, n = off+k, n-k
	}
	if c.buf == nil {
		c.buf = make([]byte, min(c.m.size, copyBlock))
	}
	for n > 0 {
		k := int(min(n, int64(len(c.buf))))
		if k <= c.w.Available() {
			// A small range (between two edits near each other) joins
			// the buffered text.
			b := c.w.AvailableBuffer()[:k]
			if _, err := c.m.src.ReadAt(b, off); err != nil {
				return fmt.Errorf("%s: read error: %w", c.m.filename, err)
			}
			c.w.Write(b)
		} else {
			if _, err := c.m.src.ReadAt(c.buf[:k], off); err != nil {
				return fmt.Errorf("%s: read error: %w", c.m.filename, err)
			}
			if _, err := c.w.Write(c.buf[:k]); err != nil {
				return err
			}
		}
		off += int64(k)
		n -= int64(k)
	}
	return nil
}

// close releases what the kernel's copies kept.
func (c *copier) close() {
	if c.kernel != nil {
		c.kernel.Close()
	}
}

// finish flushes the output and, if its blocks were reserved, checks that
// it ends where the reservation does: a file is never left longer than
// what was written to it.
func (c *copier) finish() error {
	if err := c.w.Flush(); err != nil {
		return err
	}
	if c.reserved < 0 {
		return nil
	}
	end, err := c.out.Seek(0, io.SeekCurrent)
	if err != nil {
		return err
	}
	if end != c.reserved {
		return c.out.Truncate(end)
	}
	return nil
}
