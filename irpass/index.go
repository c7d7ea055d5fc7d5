package irpass

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/progtypes"
)

// A lineRef locates a line of the input.
type lineRef struct {
	off  int64
	n    int
	line int
}

// A sourceLine is a copy of an input line the pass needs to understand.
type sourceLine struct {
	lineRef
	text []byte
}

// module is what the first pass learns of the input, plus the context every
// later step needs.
type module struct {
	filename string
	src      io.ReaderAt
	window   *fileWindow // src mapped, if it can be
	size     int64

	dl         *layout.DataLayout
	typeDefs   map[string]lineRef // %T = type …
	attrGroups map[int]lineRef    // attributes #N = { … }
	maxAttr    int                // highest attribute group id, -1 if none
	maxMD      int                // highest numbered metadata id, -1 if none
	used       *sourceLine        // @llvm.used
	iuPrograms *sourceLine        // !iu-programs, from an earlier run or a link
	candidates []*sourceLine      // globals whose line mentions inner_unikernel/
	symbols    symIndex           // every defined name, in file order
	lastByte   byte
	errs       scanner.ErrorList
}

// errorAt records a diagnostic at byte column off of line l.
func (m *module) errorAt(l *sourceLine, off int, format string, args ...any) *scanner.Error {
	e := &scanner.Error{
		Pos:    scanner.Position{Filename: m.filename, Line: m.lineOf(l), Column: off + 1},
		Msg:    fmt.Sprintf(format, args...),
		Source: l.text,
	}
	m.errs.Add(e)
	return e
}

// noteAt attaches a note to e.
func (m *module) noteAt(e *scanner.Error, l *sourceLine, off int, format string, args ...any) {
	e.Notes = append(e.Notes, &scanner.Error{
		Pos:    scanner.Position{Filename: m.filename, Line: m.lineOf(l), Column: off + 1},
		Msg:    fmt.Sprintf(format, args...),
		Source: l.text,
		Kind:   "note",
	})
}

func (m *module) syntaxError(l *sourceLine, err error, context string) {
	off := 0
	msg := err.Error()
	if se, ok := err.(*scanner.SyntaxError); ok {
		off, msg = se.Off, se.Msg
	}
	m.errorAt(l, off, "%s%s", context, msg)
}

func copyLine(text []byte, off int64, no int) *sourceLine {
	return &sourceLine{lineRef{off, len(text), no}, append([]byte(nil), text...)}
}

// lineOf returns l's line number, counting the newlines before it for a
// line read back by offset (only diagnostics need that number).
func (m *module) lineOf(l *sourceLine) int {
	if l.line > 0 {
		return l.line
	}
	n := 1
	buf := make([]byte, 1<<20)
	for off := int64(0); off < l.off; {
		chunk := buf[:min(int64(len(buf)), l.off-off)]
		got, err := m.src.ReadAt(chunk, off)
		n += bytes.Count(chunk[:got], []byte{'\n'})
		off += int64(got)
		if err != nil && got == 0 {
			break
		}
	}
	l.line = n
	return n
}

// readLineAt reads the line that starts at offset off.
func (m *module) readLineAt(off int64) (*sourceLine, error) {
	var text []byte
	buf := make([]byte, 4096)
	for pos := off; pos < m.size; {
		n, err := m.src.ReadAt(buf[:min(int64(len(buf)), m.size-pos)], pos)
		if i := bytes.IndexByte(buf[:n], '\n'); i >= 0 {
			text = append(text, buf[:i]...)
			break
		}
		text = append(text, buf[:n]...)
		pos += int64(n)
		if err != nil && err != io.EOF || n == 0 {
			return nil, fmt.Errorf("%s: read error: %w", m.filename, err)
		}
		if len(buf) < 1<<20 {
			buf = make([]byte, 2*len(buf))
		}
	}
	return &sourceLine{lineRef{off: off, n: len(text)}, text}, nil
}

// readLine reads a line the first pass located.
func (m *module) readLine(r lineRef) (*sourceLine, error) {
	buf := make([]byte, r.n)
	if _, err := m.src.ReadAt(buf, r.off); err != nil && !(err == io.EOF && r.off+int64(r.n) == m.size) {
		return nil, err
	}
	return &sourceLine{r, buf}, nil
}

var (
	bitcodeMagic   = []byte("BC\xc0\xde")
	wrapperMagic   = []byte("\xde\xc0\x17\x0b")
	prefixBytes    = []byte(progtypes.SectionPrefix)
	topLevelStarts = [][]byte{[]byte("declare"), []byte("attributes"), []byte("target"),
		[]byte("source_filename"), []byte("module"), []byte("uselistorder"), []byte("uselistorder_bb")}
)

// index is the first pass: one streaming read that finds the program object
// candidates and the few module-wide facts the rewrite depends on. Function
// bodies are skipped without being split into lines.
func (m *module) index() error {
	m.typeDefs = map[string]lineRef{}
	m.attrGroups = map[int]lineRef{}
	m.maxAttr, m.maxMD = -1, -1
	m.dl = layout.DefaultDataLayout()
	lr := newLineReader(m.src, m.window, m.size)
	first := true
	var last lineRef
	for {
		line, off, no, ok := lr.next()
		if !ok {
			break
		}
		last = lineRef{off, len(line), no}
		if first {
			first = false
			if bytes.HasPrefix(line, bitcodeMagic) || bytes.HasPrefix(line, wrapperMagic) {
				m.errs.Add(&scanner.Error{Pos: scanner.Position{Filename: m.filename, Line: 1, Column: 1},
					Msg: "input is LLVM bitcode; iu-entry reads textual IR (convert it with llvm-dis)"})
				return m.errs
			}
		}
		lead := 0
		for lead < len(line) && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\r') {
			lead++
		}
		trimmed := line[lead:]
		if len(trimmed) == 0 || trimmed[0] == ';' {
			continue
		}
		if name, _, _, ok := definedName(line); ok {
			m.symbols.add(symEntry{nameHash(name), off})
		}
		switch trimmed[0] {
		case '@':
			switch {
			case bytes.HasPrefix(trimmed, []byte("@llvm.used ")) || bytes.HasPrefix(trimmed, []byte("@llvm.used=")):
				m.used = copyLine(line, off, no)
			case bytes.Contains(line, prefixBytes):
				m.candidates = append(m.candidates, copyLine(line, off, no))
			}
		case '!':
			if len(trimmed) > 1 && '0' <= trimmed[1] && trimmed[1] <= '9' {
				id := 0
				for _, c := range trimmed[1:] {
					if c < '0' || c > '9' || id > 1<<40 {
						break
					}
					id = id*10 + int(c-'0')
				}
				m.maxMD = max(m.maxMD, id)
			} else if bytes.HasPrefix(trimmed, []byte("!iu-programs ")) || bytes.HasPrefix(trimmed, []byte("!iu-programs=")) {
				m.iuPrograms = copyLine(line, off, no)
			}
		case '%':
			if t, _, err := scanner.Tokenize(trimmed); err == nil && len(t) > 0 && t[0].Kind == scanner.Local {
				m.typeDefs[scanner.Name(trimmed, t[0])] = lineRef{off, len(line), no}
			}
		case '$', '}', '^':
			// comdat definitions, ThinLTO summary entries (^0 = module: …,
			// as llvm-dis prints rustc's bitcode); a stray '}' is
			// llvm-as's business
		case 'd':
			if bytes.HasPrefix(trimmed, []byte("define")) {
				body := bytes.TrimRight(trimmed, " \t\r")
				if len(body) > 0 && body[len(body)-1] == '{' && !lr.skipBody() {
					l := copyLine(line, off, no)
					m.errorAt(l, 0, "unexpected end of file in the body of this function (missing '}'); is the input truncated?")
					return m.errs
				}
				continue
			}
			fallthrough
		default:
			if bytes.HasPrefix(trimmed, []byte("attributes")) {
				m.indexAttrGroup(trimmed, off, no, len(line))
				continue
			}
			if bytes.HasPrefix(trimmed, []byte("target datalayout")) {
				m.indexDataLayout(copyLine(line, off, no))
				continue
			}
			known := false
			for _, kw := range topLevelStarts {
				if bytes.HasPrefix(trimmed, kw) {
					known = true
				}
			}
			if !known {
				l := copyLine(line, off, no)
				m.errorAt(l, len(line)-len(trimmed), "expected top-level entity; is this LLVM IR?")
				return m.errs
			}
		}
	}
	if lr.err != nil {
		return fmt.Errorf("%s: read error: %w", m.filename, lr.err)
	}
	if m.size > 0 {
		b := make([]byte, 1)
		if _, err := m.src.ReadAt(b, m.size-1); err != nil && err != io.EOF {
			return fmt.Errorf("%s: read error: %w", m.filename, err)
		}
		m.lastByte = b[0]
		if m.lastByte != '\n' {
			m.checkLastLine(last)
		}
	}
	return m.errs.Err()
}

func (m *module) indexAttrGroup(trimmed []byte, off int64, no, n int) {
	c, err := scanner.NewCursor(trimmed)
	if err != nil {
		return
	}
	c.Next() // attributes
	t := c.Next()
	if t.Kind != scanner.AttrGroup {
		return
	}
	id, err := strconv.Atoi(scanner.Name(trimmed, t))
	if err != nil {
		return
	}
	m.attrGroups[id] = lineRef{off, n, no}
	if id > m.maxAttr {
		m.maxAttr = id
	}
}

func (m *module) indexDataLayout(l *sourceLine) {
	c, err := scanner.NewCursor(l.text)
	if err != nil {
		m.syntaxError(l, err, "")
		return
	}
	c.Next() // target
	c.Next() // datalayout
	if _, err := c.Expect("="); err != nil {
		m.syntaxError(l, err, "")
		return
	}
	t := c.Next()
	if t.Kind != scanner.String {
		m.syntaxError(l, c.Unexpected(t, "a datalayout string"), "")
		return
	}
	dl, err := layout.ParseDataLayout(string(scanner.StringValue(l.text, t)))
	if err != nil {
		m.errorAt(l, t.Off, "invalid datalayout: %v", err)
		return
	}
	m.dl = dl
}

// resolveType returns the body of the named type %name with every named
// type it contains by value expanded, so that the layout code never needs
// to look a name up (and a type that contains itself is an error here,
// not an endless recursion there).
func (m *module) resolveType(name string, inProgress map[string]bool) (*layout.Type, error) {
	if inProgress[name] {
		return nil, fmt.Errorf("type %%%s contains itself", name)
	}
	ref, ok := m.typeDefs[name]
	if !ok {
		return nil, fmt.Errorf("type %%%s is not defined", name)
	}
	l, err := m.readLine(ref)
	if err != nil {
		return nil, err
	}
	c, err := scanner.NewCursor(bytes.TrimLeft(l.text, " \t"))
	if err != nil {
		return nil, err
	}
	c.Next()
	if _, err := c.Expect("="); err != nil {
		return nil, err
	}
	if _, err := c.Expect("type"); err != nil {
		return nil, err
	}
	if c.Is("opaque") {
		return nil, fmt.Errorf("type %%%s is opaque", name)
	}
	t, err := layout.ParseType(c)
	if err != nil {
		return nil, err
	}
	inProgress[name] = true
	defer delete(inProgress, name)
	if err := m.expandNamed(t, inProgress); err != nil {
		return nil, err
	}
	return t, nil
}

func (m *module) expandNamed(t *layout.Type, inProgress map[string]bool) error {
	switch t.Kind {
	case layout.Array, layout.Vector:
		if t.Elem.Kind == layout.Named {
			body, err := m.resolveType(t.Elem.Name, inProgress)
			if err != nil {
				return err
			}
			t.Elem = body
			return nil
		}
		return m.expandNamed(t.Elem, inProgress)
	case layout.Struct:
		for i, f := range t.Fields {
			if f.Kind == layout.Named {
				body, err := m.resolveType(f.Name, inProgress)
				if err != nil {
					return err
				}
				t.Fields[i] = body
				continue
			}
			if err := m.expandNamed(f, inProgress); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkLastLine looks at a last line that has no newline, the usual sign
// of a file cut short: LLVM ends every module with one. A line whose
// strings or brackets are left open is reported.
func (m *module) checkLastLine(ref lineRef) {
	l, err := m.readLine(ref)
	if err != nil {
		return
	}
	toks, _, err := scanner.Tokenize(l.text)
	depth := 0
	for _, t := range toks {
		if t.Kind != scanner.Punct {
			continue
		}
		switch l.text[t.Off] {
		case '(', '[', '{', '<':
			depth++
		case ')', ']', '}', '>':
			depth--
		}
	}
	if err != nil || depth > 0 {
		m.errorAt(l, len(l.text), "unexpected end of file; is the input truncated?")
	}
}
