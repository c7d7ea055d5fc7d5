// Package toplevel splits a module of textual LLVM IR into its top-level
// entities (global variables, functions, declarations, types, metadata,
// attribute groups, …), exactly as LLVM's lexer and parser would, without
// holding more of the module than a window.
//
// LLVM's grammar is made of tokens, not lines: a string may hold newlines,
// a comment may hold anything, an entity may span lines and share a line
// with the next one, and a function body ends at the '}' token that closes
// it, whatever follows on its line. The reader knows the whole lexical
// grammar (strings, quoted and escaped names, ';' and '/* */' comments
// as LLVM 22 ends them, NUL bytes as whitespace) and just enough of the top-level
// grammar to tell where each entity begins: a definition starts at a
// keyword (define, declare, attributes, …) or at a name followed by '='
// (@g =, %T =, !42 =, !name =, $c =, ^0 =), and nowhere else.
//
// It is fast because it looks at few bytes one at a time: bracketed groups
// are skipped by a table-driven loop that only reacts to brackets, quotes
// and comments, and function bodies, most of a module's bytes, by
// bytes.IndexByte (vectorised) searches for the five bytes that matter
// there ('{', '}', '"', ';', '/'), a cache-sized chunk at a time.
package toplevel

import (
	"bytes"
	"fmt"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// Kind is what a top-level entity is.
type Kind uint8

const (
	Invalid        Kind = iota
	GlobalVar           // @g = … (a variable, an alias or an ifunc: see Entity.Alias)
	Define              // define … { … }
	Declare             // declare …
	TypeDef             // %T = type …
	MetadataNode        // !42 = …
	NamedMetadata       // !name = !{…}
	AttrGroup           // attributes #0 = { … }
	Comdat              // $c = comdat …
	Summary             // ^0 = … (a ThinLTO summary entry)
	Target              // target triple|datalayout = "…"
	SourceFilename      // source_filename = "…"
	ModuleAsm           // module asm "…"
	UseListOrder        // uselistorder, uselistorder_bb
	DepLibs             // deplibs = […] (LLVM before 5)
)

var kindNames = [...]string{"invalid", "global", "define", "declare", "type", "metadata node",
	"named metadata", "attribute group", "comdat", "summary entry", "target", "source_filename",
	"module asm", "uselistorder", "deplibs"}

func (k Kind) String() string { return kindNames[k] }

// An MDRef is a reference !N to a numbered metadata node made at the top
// level of an entity (an attachment such as !dbg !7 on a global or in a
// function header).
type MDRef struct {
	ID  uint32
	Off int64 // of the '!'
}

// An AttrRef is a reference #N to an attribute group in a function header.
type AttrRef struct {
	ID  uint32
	Off int64
}

// An Entity is one top-level definition. Offsets are file offsets.
type Entity struct {
	Kind     Kind
	Off, End int64 // from its first token to the end of its last one (for Define, the body's '}')
	Line     int   // line of Off

	// The name of a GlobalVar, Define, Declare, TypeDef, NamedMetadata or
	// Comdat: where its token is and the Hash of its decoded form.
	NameOff, NameEnd int64
	NameHash         uint64
	Numbered         bool // @42, %42

	// MetadataNode, AttrGroup, Summary: the number; IDOK is false when it
	// does not fit 32 bits (LLVM refuses it, and so do the passes).
	ID   uint64
	IDOK bool

	Alias bool // GlobalVar: an alias or ifunc, not a variable

	// The string of a section clause at the top level of a GlobalVar,
	// Define or Declare ("section" followed by a string); SectionOff < 0
	// if there is none. Section is its decoded value, valid until Next.
	SectionOff, SectionEnd int64
	Section                []byte

	// Define: the body, from its '{' to just after its '}'.
	BodyOff, BodyEnd int64

	// Target: which one, and the decoded string.
	Datalayout bool
	Value      []byte

	// References made at the top level of the entity, in order.
	MDRefs   []MDRef
	AttrRefs []AttrRef
}

// An Error is a lexical or structural error at a file offset.
type Error struct {
	Off  int64
	Line int
	Msg  string
	// At is where the construct the error is about began (the define of a
	// body that never ends), or -1.
	At     int64
	AtLine int
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// A Reader reads a module's entities in order.
type Reader struct {
	src  *source.Source
	buf  []byte // the module's bytes [base, base+len(buf))
	base int64
	pos  int  // next byte, an index in buf
	eof  bool // buf ends at the end of the module
	line int  // line number at pos
	err  error

	// Tokens that may still turn out to begin the next entity: a name
	// waiting for '=', '!' or '!' N waiting for '=', target or module
	// waiting for the word that makes them a directive.
	held  [2]tok
	nheld int

	cur    *Entity // the entity being read
	out    *Entity // the entity Next returned
	ents   [2]Entity
	have   bool // cur holds an entity
	closed bool // cur can take no more tokens (a body ended it)
	st     state

	// headerOnly stops the reader at the body of a define (ReadOne);
	// stop says it got there.
	headerOnly, stop bool

	// keepString asks the lexer for the whole of the next string token
	// (a section name, a datalayout), not just its end.
	keepString bool
	lastTok    tok // the last token given to cur

	lexed int // tokens the general path lexed (tests check the fast paths take the usual lines)
}

// state is what an entity's reader expects next.
type state struct {
	prev       tkind
	prevWord   word
	prevExcl   bool // the previous token was '!' (an attachment's value may follow)
	named      bool // Define, Declare: the function name was seen
	params     bool // Define, Declare: the parameter list was skipped
	tv         tvState
	wantString stringUse
	n          int // tokens given to the entity so far
}

// tvState walks the type and the constant that follow prefix, prologue
// and personality in a function header, so that a '{' there (a struct
// type or constant) is not taken for the body.
type tvState uint8

const (
	tvNone      tvState = iota
	tvType              // the type's first token is next
	tvTypeAfter         // after a type: '*', addrspace(N), a parameter list, or the value
	tvAddrspace         // after addrspace: its group
	tvValue             // the value's first token is next
	tvValueWord         // after keywords of a constant expression: more keywords, a group or a name
)

type stringUse uint8

const (
	useNone stringUse = iota
	useSection
	useDatalayout
	useOther
)

// NewReader returns a reader of the module in src.
func NewReader(src *source.Source) *Reader { return NewReaderAt(src, 0) }

// NewReaderAt returns a reader of the module's definitions from offset off
// on, where a line starts outside any definition (see SplitPoint). Its
// line numbers count from 1 there.
func NewReaderAt(src *source.Source, off int64) *Reader {
	r := &Reader{src: src, line: 1, base: off}
	r.cur, r.out = &r.ents[0], &r.ents[1]
	return r
}

// Next returns the next entity, or nil at the end of the module. The
// entity is valid until the next call. After an error, Next keeps
// returning it.
func (r *Reader) Next() (*Entity, error) {
	if r.err != nil {
		return nil, r.err
	}
	for {
		r.skipSpace()
		if r.pos >= len(r.buf) && !r.eof && r.err == nil && r.more(r.pos) {
			continue // the fast paths read from the window
		}
		if r.pos < len(r.buf) && (r.buf[r.pos] == '!' || r.buf[r.pos] == '@' || r.buf[r.pos] == 'd') {
			if took, done := r.fastLine(); took {
				if done {
					// The entity before is whole; an error in this one
					// comes with the next call, as on the general path.
					return r.out, nil
				}
				if r.err != nil {
					return nil, r.err
				}
				continue
			}
		}
		r.lexed++
		t := r.lex()
		if r.err != nil {
			return nil, r.err
		}
		if t.kind == tEOF {
			r.flushHeld()
			if r.err != nil {
				return nil, r.err
			}
			if !r.have {
				return nil, nil
			}
			if err := r.finish(); err != nil {
				return nil, err
			}
			r.have = false
			return r.out, nil
		}
		if r.token(t) {
			if r.err != nil {
				return nil, r.err
			}
			return r.out, nil
		}
		if r.err != nil {
			return nil, r.err
		}
		if r.stop {
			r.stop = false
			if err := r.finish(); err != nil {
				return nil, err
			}
			r.have = false
			return r.out, nil
		}
	}
}

// ReadOne reads the definition that starts at offset off of src (an
// Entity.Off the reader gave before), without the body of a define: its
// End and BodyOff are then the body's '{'. Line numbers count from 1 at
// off.
func ReadOne(src *source.Source, off int64) (*Entity, error) {
	r := NewReaderAt(src, off)
	r.headerOnly = true
	return r.Next()
}

// Line is the number of the line the reader has reached.
func (r *Reader) Line() int { return r.line }

// token takes the next top-level token. It reports whether an entity was
// completed (and is now in r.out).
func (r *Reader) token(t tok) bool {
	// Does t complete the start of a new entity with the held tokens?
	k, at := Invalid, -1
	switch {
	case t.kind == tEqual && r.nheld >= 1 && isNameTok(r.held[r.nheld-1].kind):
		at = r.nheld - 1
		k = nameKind(r.held[at].kind)
	case t.kind == tEqual && r.nheld == 2 && r.held[0].kind == tExclaim && r.held[1].kind == tWord && r.held[1].digits:
		at, k = 0, MetadataNode
	case t.kind == tWord && (t.word == wTriple || t.word == wDatalayout) && r.nheld >= 1 && r.held[r.nheld-1].word == wTarget:
		at, k = r.nheld-1, Target
	case t.kind == tWord && t.word == wAsm && r.nheld >= 1 && r.held[r.nheld-1].word == wModule:
		at, k = r.nheld-1, ModuleAsm
	}
	if at >= 0 {
		done := r.feedHeld(at)
		done = r.begin(k, r.held[at]) || done
		for i := at; i < r.nheld; i++ {
			r.feed(r.held[i])
		}
		r.nheld = 0
		r.feed(t)
		return done
	}
	if t.kind == tWord {
		if k := keywordKind(t.word); k != Invalid {
			done := r.feedHeld(r.nheld)
			r.nheld = 0
			done = r.begin(k, t) || done
			r.feed(t)
			return done
		}
	}
	// Tokens that may begin a start stay held.
	switch {
	case isNameTok(t.kind), t.kind == tExclaim, t.kind == tWord && (t.word == wTarget || t.word == wModule):
		done := r.feedHeld(r.nheld)
		r.held[0], r.nheld = t, 1
		return done
	case t.kind == tWord && t.digits && r.nheld == 1 && r.held[0].kind == tExclaim:
		r.held[1], r.nheld = t, 2
		return false
	}
	done := r.feedHeld(r.nheld)
	r.nheld = 0
	r.feed(t)
	return done
}

// feedHeld gives the first n held tokens to the current entity. It
// reports whether that completed an entity (it never does: only begin
// completes one), for symmetry with begin.
func (r *Reader) feedHeld(n int) bool {
	for i := 0; i < n; i++ {
		r.feed(r.held[i])
	}
	return false
}

// flushHeld gives every held token to the current entity.
func (r *Reader) flushHeld() {
	r.feedHeld(r.nheld)
	r.nheld = 0
}

func isNameTok(k tkind) bool {
	switch k {
	case tGlobal, tLocal, tComdat, tMDName, tSummary:
		return true
	}
	return false
}

func nameKind(k tkind) Kind {
	switch k {
	case tGlobal:
		return GlobalVar
	case tLocal:
		return TypeDef
	case tComdat:
		return Comdat
	case tMDName:
		return NamedMetadata
	case tSummary:
		return Summary
	}
	return Invalid
}

func keywordKind(w word) Kind {
	switch w {
	case wDefine:
		return Define
	case wDeclare:
		return Declare
	case wAttributes:
		return AttrGroup
	case wUselistorder, wUselistorderBB:
		return UseListOrder
	case wDeplibs:
		return DepLibs
	case wSourceFilename:
		return SourceFilename
	}
	return Invalid
}

// begin ends the current entity (if any) and starts one of kind k at
// token t. It reports whether an entity was completed.
func (r *Reader) begin(k Kind, t tok) bool {
	done := false
	if r.have {
		if r.finish() != nil {
			return false
		}
		done = true
	}
	r.have, r.closed = true, false
	r.st = state{}
	// r.cur now holds the entity returned before, which the caller is done
	// with: its slices are reused.
	// (Field by field: assigning a whole Entity cost a tenth of a metadata
	// node's time, its slices' pointers being written as well.)
	e := r.cur
	e.Kind, e.Off, e.End, e.Line = k, t.off, t.end, t.line
	e.NameOff, e.NameEnd, e.NameHash, e.Numbered = 0, 0, 0, false
	e.ID, e.IDOK, e.Alias = 0, false, false
	e.SectionOff, e.SectionEnd = -1, 0
	if e.Section != nil {
		e.Section = nil
	}
	e.BodyOff, e.BodyEnd = 0, 0
	e.Datalayout = false
	if e.Value != nil {
		e.Value = nil
	}
	e.MDRefs, e.AttrRefs = e.MDRefs[:0], e.AttrRefs[:0]
	return done
}

// finish checks the current entity and moves it to r.out.
func (r *Reader) finish() error {
	e := r.cur
	if e.Kind == Define && e.BodyEnd == 0 {
		r.err = &Error{Off: e.End, Line: r.lastTok.line, At: e.Off, AtLine: e.Line,
			Msg: "expected the body of this function ('{') before the next definition"}
		return r.err
	}
	r.out, r.cur = r.cur, r.out
	return nil
}

// feed gives token t to the current entity.
func (r *Reader) feed(t tok) {
	if !r.have || r.closed {
		r.fail(t, "expected top-level entity")
		return
	}
	e := r.cur
	st := &r.st
	if t.kind != tOpen {
		e.End = t.end
	}
	r.lastTok = t

	// A string the entity asked for.
	if (t.kind == tString || t.kind == tCString) && st.wantString != useNone {
		switch st.wantString {
		case useSection:
			e.SectionOff, e.SectionEnd = t.off, t.end
			e.Section = append([]byte(nil), r.stringValue(t)...)
		case useDatalayout:
			e.Value = append([]byte(nil), r.stringValue(t)...)
		}
		st.wantString = useNone
	}
	r.keepString = false

	// A top-level attachment !N (not the !N that a metadata node defines).
	if t.kind == tWord && t.digits && st.prevExcl && !(e.Kind == MetadataNode && st.n == 1) {
		if t.numOK {
			e.MDRefs = append(e.MDRefs, MDRef{ID: uint32(t.num), Off: t.off - 1})
		}
	}
	st.prevExcl = t.kind == tExclaim

	switch e.Kind {
	case GlobalVar:
		if t.off == e.Off {
			r.name(t)
			break
		}
		if t.kind == tWord {
			switch t.word {
			case wAlias, wIfunc:
				e.Alias = true
			case wSection:
				st.wantString = useSection
				r.keepString = true
			}
		}
		if t.kind == tOpen {
			r.group(t)
		}
	case Define, Declare:
		r.function(t)
	case TypeDef, Comdat, NamedMetadata, Summary:
		if t.off == e.Off {
			r.name(t)
		}
		if t.kind == tOpen {
			r.group(t)
		}
	case MetadataNode:
		if st.n == 1 && t.kind == tWord {
			e.ID, e.IDOK = t.num, t.numOK
		}
		if t.kind == tOpen {
			r.group(t)
		}
	case AttrGroup:
		if st.n == 1 && t.kind == tAttrID {
			e.ID, e.IDOK = t.num, t.numOK
		}
		if t.kind == tOpen {
			r.group(t)
		}
	case Target:
		if t.kind == tWord && t.word == wDatalayout {
			e.Datalayout = true
		}
		if t.kind == tEqual && e.Datalayout {
			st.wantString = useDatalayout
			r.keepString = true
		}
		if t.kind == tOpen {
			r.group(t)
		}
	default:
		if t.kind == tOpen {
			r.group(t)
		}
	}
	st.prev, st.prevWord = t.kind, t.word
	if t.kind != tWord {
		st.prevWord = wNone
	}
	st.n++
}

// name records t as the entity's name.
func (r *Reader) name(t tok) {
	e := r.cur
	e.NameOff, e.NameEnd, e.NameHash, e.Numbered = t.off, t.end, t.hash, t.numbered
}

// function reads the tokens of a define or declare: the function's name
// is its first global name; after the parameter list come attributes,
// attachments and, for a define, the body.
func (r *Reader) function(t tok) {
	e := r.cur
	st := &r.st
	switch {
	case !st.named:
		if t.kind == tGlobal {
			r.name(t)
			st.named = true
		} else if t.kind == tOpen {
			r.group(t) // a return type such as { i32, i32 }
		}
		return
	case !st.params:
		if t.kind == tOpen {
			r.group(t)
			st.params = true
		}
		return
	}
	if st.tv != tvNone {
		if r.typeAndValue(t) {
			return
		}
	}
	switch t.kind {
	case tAttrID:
		if t.numOK {
			e.AttrRefs = append(e.AttrRefs, AttrRef{ID: uint32(t.num), Off: t.off})
		}
	case tWord:
		switch t.word {
		case wSection:
			st.wantString = useSection
			r.keepString = true
		case wPrefix, wPrologue, wPersonality:
			st.tv = tvType
		}
	case tOpen:
		if t.open == '{' && e.Kind == Define && r.headerOnly {
			e.BodyOff, e.BodyEnd = t.off, t.off
			r.closed, r.stop = true, true
			return
		}
		if t.open == '{' && e.Kind == Define {
			e.BodyOff = t.off
			if r.skipBody(t) {
				e.BodyEnd = r.base + int64(r.pos)
				e.End = e.BodyEnd
				r.closed = true
			}
			return
		}
		r.group(t)
	}
}

// typeAndValue walks the "T value" after prefix, prologue or personality.
// It reports whether t was part of it.
func (r *Reader) typeAndValue(t tok) bool {
	st := &r.st
	switch st.tv {
	case tvType:
		if t.kind == tOpen {
			r.group(t)
		}
		st.tv = tvTypeAfter
		return true
	case tvTypeAfter:
		switch {
		case t.kind == tPunct && r.byteAt(t) == '*':
			return true
		case t.kind == tWord && t.word == wAddrspace:
			st.tv = tvAddrspace
			return true
		case t.kind == tOpen && t.open == '(':
			r.group(t) // the parameters of a function type
			return true
		}
		st.tv = tvValue
		return r.typeAndValue(t)
	case tvAddrspace:
		if t.kind == tOpen {
			r.group(t)
		}
		st.tv = tvTypeAfter
		return true
	case tvValue:
		switch t.kind {
		case tOpen:
			r.group(t) // an aggregate
			st.tv = tvNone
		case tWord:
			if !t.number {
				st.tv = tvValueWord // null, or the keywords of a constant expression
			} else {
				st.tv = tvNone
			}
		default:
			st.tv = tvNone // a name, a number, a string
		}
		return true
	case tvValueWord:
		switch {
		case t.kind == tWord && !t.number:
			return true
		case t.kind == tOpen && t.open == '(':
			r.group(t)
			st.tv = tvNone
			return true
		case t.kind == tGlobal && (st.prevWord == wDsoLocalEquivalent || st.prevWord == wNoCFI):
			st.tv = tvNone
			return true
		}
		st.tv = tvNone // the keywords were the value (null, undef, …)
		return false
	}
	return false
}

// group skips the bracketed group that t opens, which is part of the
// current entity.
func (r *Reader) group(t tok) {
	if r.skipGroup(t) {
		r.cur.End = r.base + int64(r.pos)
	}
}

// byteAt returns the first byte of token t, which must still be in the
// window (a one-byte token just lexed).
func (r *Reader) byteAt(t tok) byte {
	i := t.off - r.base
	if i < 0 || i >= int64(len(r.buf)) {
		return 0
	}
	return r.buf[i]
}

// fail records an error at token t.
func (r *Reader) fail(t tok, msg string) {
	if r.err == nil {
		r.err = &Error{Off: t.off, Line: t.line, Msg: msg, At: -1}
	}
}

// stringValue returns the decoded value of a string token the lexer kept
// whole in the window (keepString), or reads it back.
func (r *Reader) stringValue(t tok) []byte {
	start := t.off - r.base
	var raw []byte
	if start >= 0 && t.end-r.base <= int64(len(r.buf)) {
		raw = r.buf[start : t.end-r.base]
	} else {
		raw = make([]byte, t.end-t.off)
		if _, err := r.src.ReadAt(raw, t.off); err != nil {
			r.ioError(err)
			return nil
		}
	}
	if t.kind == tCString {
		raw = raw[1:]
	}
	if len(raw) < 2 {
		return nil
	}
	return Unquote(raw[1 : len(raw)-1])
}

func (r *Reader) ioError(err error) {
	if r.err == nil {
		r.err = fmt.Errorf("read error: %w", err)
	}
}

// eofError records an unexpected end of the module.
func (r *Reader) eofError(msg string, at int64, atLine int) {
	if r.err == nil {
		r.err = &Error{Off: r.base + int64(len(r.buf)), Line: r.line, Msg: msg, At: at, AtLine: atLine}
	}
}

// more extends the window past its end, keeping bytes from index keep
// on (indices into buf shift down by keep). It returns false at the end
// of the module or on a read error.
func (r *Reader) more(keep int) bool {
	if r.eof {
		return false
	}
	off := r.base + int64(keep)
	have := len(r.buf) - keep
	want := max(2*have+1, minRead)
	b, err := r.src.At(off, want)
	if err != nil {
		r.ioError(err)
		return false
	}
	r.pos -= keep
	r.buf, r.base = b, off
	r.eof = off+int64(len(b)) >= r.src.Size()
	return len(b) > have
}

// minRead is the least the reader asks its source for at a time; the
// source reads more (a window as it goes on, a little where it jumps, as
// a read back does: source.At).
var minRead = 1

// SetMinReadForTest makes the reader ask for as little as n bytes at a
// time, and its source read no more than asked (so that small test
// modules cross window edges everywhere), and returns the undo. Not safe
// while a reader runs.
func SetMinReadForTest(n int) (undo func()) {
	old := minRead
	minRead = n
	undoSource := source.SetBufferForTest(n)
	return func() { minRead = old; undoSource() }
}

// atEnd reports whether the module ends at index i of the window.
func (r *Reader) atEnd(i int) bool { return i >= len(r.buf) && r.eof }

// countLines adds the newlines of buf[from:to] to the line count.
func (r *Reader) countLines(from, to int) {
	if to > from {
		r.line += bytes.Count(r.buf[from:to], newline)
	}
}

var newline = []byte{'\n'}
