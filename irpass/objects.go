package irpass

import (
	"fmt"
	"strings"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/progtypes"
)

// Field offsets of a program object: the runtime structs are #[repr(C)]
// and begin with rtti: u64, prog: fn pointer, name: &str (pointer, length).
const (
	rttiOff    = 0
	progOff    = 8
	nameOff    = 16
	nameLenOff = 24
	minObjSize = 32
)

// An object is a program object: a global in an inner_unikernel/ section.
type object struct {
	line       *sourceText
	name       string // the global's name
	nameTok    scanner.Token
	valueType  *layout.Type
	addrSpace  int // the object's address space
	sectionTok scanner.Token
	section    string
	initOff    int // where the initializer starts in the line
	image      *layout.Image

	rtti       uint64
	rttiErr    string // why rtti could not be read, a format with one %s for the label
	typ        progtypes.Type
	prog       layout.Reloc // the prog field's target
	nameRef    layout.Reloc // the name field's target
	nameLen    uint64
	nameLenTok int    // where the name's length is written in the definition
	entryName  string // decoded once the name string is found
	bad        bool   // a diagnostic was reported; generate nothing

	// entryDecl is the module's own declaration of the entry, which the
	// generated definition replaces; nil if it has none.
	entryDecl *entryDecl
}

// An entryDecl is a "declare i32 @<entry>(T)" already in the module: a
// crate that calls its own entry point.
type entryDecl struct {
	line  *sourceText
	param string // the context parameter's type, T
}

// label names an object in diagnostics: the global, and the program name
// once it is known.
func (o *object) label() string {
	if o.entryName != "" {
		return fmt.Sprintf("program object @%s (%q)", o.name, o.entryName)
	}
	return "program object @" + o.name
}

// findSection returns the token of a global's section string. It looks at
// the top level of the line first, so that a string inside the initializer
// never counts, and takes the last section clause there, as LLVM does
// (each one replaces the section before); failing that, a section clause
// at any depth means brackets were left open, and the line is still a
// program object whose parse will say what is wrong.
func findSection(c *scanner.Cursor) (scanner.Token, bool) {
	depth := 0
	var top, nested scanner.Token
	foundTop, foundNested := false, false
	for i, t := range c.Toks {
		if t.Kind == scanner.Punct {
			switch c.Line[t.Off] {
			case '(', '[', '{', '<':
				depth++
			case ')', ']', '}', '>':
				depth--
			}
			continue
		}
		if t.Kind == scanner.Keyword && c.Text(t) == "section" &&
			i+1 < len(c.Toks) && c.Toks[i+1].Kind == scanner.String && i > 0 && c.Text(c.Toks[i-1]) == "," {
			switch {
			case depth == 0:
				top, foundTop = c.Toks[i+1], true
			case !foundNested:
				nested, foundNested = c.Toks[i+1], true
			}
		}
	}
	if foundTop {
		return top, true
	}
	if depth != 0 && foundNested {
		return nested, true
	}
	return scanner.Token{}, false
}

// globalKeywords may stand between "@g =" and "global"/"constant".
var globalKeywords = map[string]bool{
	"private": true, "internal": true, "available_externally": true, "linkonce": true, "weak": true,
	"common": true, "appending": true, "extern_weak": true, "linkonce_odr": true, "weak_odr": true,
	"external": true, "dso_local": true, "dso_preemptable": true, "default": true, "hidden": true,
	"protected": true, "dllimport": true, "dllexport": true, "unnamed_addr": true,
	"local_unnamed_addr": true, "externally_initialized": true,
}

// parseObject reads a candidate: a global variable whose section, at the
// top level of its definition, starts with inner_unikernel/.
func (m *module) parseObject(l *sourceText) *object {
	c, err := l.cursor()
	if err != nil {
		// The reader found the section, so this is a program object.
		m.syntaxError(l, err, "")
		return nil
	}
	secTok, ok := findSection(c)
	if !ok {
		return nil
	}
	section := string(scanner.StringValue(l.text, secTok))
	if !strings.HasPrefix(section, progtypes.SectionPrefix) {
		return nil
	}
	o := &object{line: l, sectionTok: secTok, section: section, nameTok: c.Toks[0]}
	o.name = scanner.Name(l.text, o.nameTok)
	g, err := parseGlobalHead(c)
	if err != nil {
		m.syntaxError(l, err, "cannot read the definition of "+o.label()+": ")
		return nil
	}
	typ := g.typ
	o.valueType = typ
	o.addrSpace = g.addrSpace
	o.initOff = c.Peek().Off
	if c.Peek().Kind == scanner.EOF || c.Is(",") {
		m.errorAt(l, o.nameTok.Off, "%s has no initializer: a program object must be defined in this module", o.label())
		return nil
	}
	dec := layout.Decoder{DL: m.dl}
	img, err := dec.Decode(c, typ)
	if err != nil {
		m.syntaxError(l, err, "cannot decode the initializer of "+o.label()+": ")
		return nil
	}
	o.image = img
	return o
}

// decodeFields reads rtti, prog and name out of the object's image and
// checks them against the program type table.
func (m *module) decodeFields(o *object) {
	l, img := o.line, o.image
	if int64(len(img.Bytes)) < minObjSize {
		m.errorAt(l, o.initOff, "%s is %d bytes; a program object starts with rtti, prog and name (%d bytes)",
			o.label(), len(img.Bytes), minObjSize)
		o.bad = true
		return
	}
	if r, ok := img.Overlaps(rttiOff, 8); ok {
		o.rttiErr = fmt.Sprintf("rtti field of %%s holds the address of @%s, not a program type", r.Sym)
	} else if img.Undef(rttiOff, 8) {
		o.rttiErr = "rtti field of %s is undefined"
	} else {
		o.rtti = img.Uint64(rttiOff, m.dl.BigEndian)
	}
	// prog
	if r, ok := img.RelocAt(progOff); ok && r.Size == 8 {
		if r.Addend != 0 {
			m.errorAt(l, r.TokOff, "prog field of %s points %d bytes into @%s, not to a function", o.label(), r.Addend, r.Sym)
			o.bad = true
		}
		o.prog = r
	} else {
		m.errorAt(l, img.TokenAt(progOff), "prog field of %s is not the address of a function", o.label())
		o.bad = true
	}
	// name: its length first, since an empty &str has no address to speak
	// of (rustc writes a dangling inttoptr (i64 1 to ptr) for it).
	lenOK := false
	if r, ok := img.Overlaps(nameLenOff, 8); ok {
		m.errorAt(l, r.TokOff, "name length of %s holds an address", o.label())
		o.bad = true
	} else if img.Undef(nameLenOff, 8) {
		m.errorAt(l, img.TokenAt(nameLenOff), "name length of %s is undefined", o.label())
		o.bad = true
	} else {
		o.nameLen = img.Uint64(nameLenOff, m.dl.BigEndian)
		o.nameLenTok = img.TokenAt(nameLenOff)
		lenOK = true
	}
	switch r, ok := img.RelocAt(nameOff); {
	case lenOK && o.nameLen == 0:
		m.errorAt(l, o.nameLenTok, "the program name of %s is empty: its length field is 0", o.label())
		o.bad = true
	case ok && r.Size == 8:
		o.nameRef = r
	default:
		m.errorAt(l, img.TokenAt(nameOff), "name field of %s is not the address of a string", o.label())
		o.bad = true
	}
}

// checkType looks the rtti value up in the program type table and checks
// that the object's section belongs to that type. It runs once the name is
// known, so that the diagnostics can name the program.
func (m *module) checkType(o *object) {
	l, img := o.line, o.image
	if o.rttiErr != "" {
		m.errorAt(l, img.TokenAt(rttiOff), o.rttiErr, o.label())
		o.bad = true
		return
	}
	t, found := progtypes.Lookup(o.rtti)
	if !found {
		var known []string
		for _, k := range progtypes.All() {
			known = append(known, fmt.Sprintf("%s (%d)", k.Name, k.RTTI))
		}
		m.errorAt(l, img.TokenAt(rttiOff), "%s has unknown program type rtti = %d; known types: %s",
			o.label(), o.rtti, strings.Join(known, ", "))
		o.bad = true
		return
	}
	o.typ = t
	stripped := strings.TrimPrefix(o.section, progtypes.SectionPrefix)
	if !o.typ.MatchSection(stripped) {
		var want []string
		for _, s := range o.typ.Sections {
			want = append(want, progtypes.SectionPrefix+s)
		}
		m.errorAt(o.line, o.sectionTok.Off, "section %q of %s does not match its program type %s (rtti %d): expected %s, alone or followed by '/…' or '.…'",
			o.section, o.label(), o.typ.Name, o.typ.RTTI, strings.Join(want, " or "))
		o.bad = true
	}
}

// isCIdentifier reports whether s can be a C (and kernel) symbol name.
func isCIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9' {
			continue
		}
		return false
	}
	return true
}
