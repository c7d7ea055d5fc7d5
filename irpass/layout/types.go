// Package layout understands just enough of LLVM's type system and constant
// syntax to turn a global's initializer into its memory image: the bytes the
// loader would place in memory, plus the relocations (symbol + addend) at
// the offsets that hold addresses.
//
// rustc lowers every static to such an image (a packed struct of byte arrays
// and pointers), so reading a program object's fields by offset works no
// matter which shape a given rustc version picked.
package layout

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// TypeKind is the class of a Type.
type TypeKind uint8

const (
	Void TypeKind = iota
	Int
	Float
	Ptr
	Array
	Vector
	Struct
	Named
	Func
	Other // label, metadata, token, target types: no memory layout
)

// A Type is a parsed LLVM type.
type Type struct {
	Kind      TypeKind
	Bits      int   // Int and Float widths
	AddrSpace int   // Ptr
	Elem      *Type // Ptr (typed pointers only), Array, Vector
	Len       int64 // Array, Vector
	Fields    []*Type
	Packed    bool
	Name      string // Named (without '%'), Other (keyword)
	Ret       *Type  // Func
	Params    []*Type
	Variadic  bool

	text string          // the type's text, for a type made by a program
	src  []byte          // the text a parsed type comes from
	toks []scanner.Token // its tokens in src
}

// NewType returns a type of kind k written as text (a type the pass
// generates, such as the plain pointer of a dialect).
func NewType(k TypeKind, text string) *Type { return &Type{Kind: k, text: text} }

// Text returns the type as it is written: its source text, or, when that
// spans lines or holds comments, its tokens joined by spaces (a type is
// copied into generated code, which must stay on one line).
func (t *Type) Text() string {
	if t.text != "" || len(t.toks) == 0 {
		return t.text
	}
	first, last := t.toks[0], t.toks[len(t.toks)-1]
	raw := t.src[first.Off:last.End]
	if bytes.IndexAny(raw, "\n\r;/\x00") < 0 {
		return string(raw)
	}
	var b strings.Builder
	for i, tk := range t.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(t.src[tk.Off:tk.End])
	}
	return b.String()
}

// IsTypedPtr reports whether t is a pointer written in the typed dialect
// (i8*, %T addrspace(1)*).
func (t *Type) IsTypedPtr() bool { return t.Kind == Ptr && t.Elem != nil }

// MaxNesting bounds how deeply types and constants may nest: a hostile
// module must not make the parsers recurse without end (LLVM's own parser
// runs out of stack near 20,000 levels); rustc and clang nest a few dozen.
const MaxNesting = 512

func nestingError(what string, off int) error {
	return scanner.Errorf(off, "%s nest more than %d levels deep, iu-entry's limit", what, MaxNesting)
}

var floatBits = map[string]int{"half": 16, "bfloat": 16, "float": 32, "double": 64,
	"x86_fp80": 80, "fp128": 128, "ppc_fp128": 128}

// StartsType reports whether the token at the cursor can begin a type.
func StartsType(c *scanner.Cursor) bool {
	t := c.Peek()
	switch t.Kind {
	case scanner.Local:
		return true
	case scanner.Punct:
		ch := c.Line[t.Off]
		return ch == '[' || ch == '{' || ch == '<'
	case scanner.Keyword:
		s := c.Text(t)
		if _, ok := floatBits[s]; ok {
			return true
		}
		switch s {
		case "void", "ptr", "label", "metadata", "token", "x86_mmx", "x86_amx", "target", "opaque":
			return true
		}
		return isIntType(s)
	}
	return false
}

func isIntType(s string) bool {
	if len(s) < 2 || s[0] != 'i' {
		return false
	}
	n, err := strconv.Atoi(s[1:])
	return err == nil && n > 0 && n <= 1<<23
}

// ParseType parses a type at the cursor.
func ParseType(c *scanner.Cursor) (*Type, error) {
	if c.TypeDepth >= MaxNesting {
		return nil, nestingError("types", c.Peek().Off)
	}
	c.TypeDepth++
	defer func() { c.TypeDepth-- }()
	start := c.I
	t, err := parseBase(c)
	if err != nil {
		return nil, err
	}
	// Typed-pointer and function-type suffixes: T*, T addrspace(N)*, R (P…).
	for {
		switch {
		case c.Is("*"):
			c.Next()
			t = &Type{Kind: Ptr, Elem: t}
		case c.Is("addrspace") && t.Kind != Ptr || c.Is("addrspace") && t.Elem != nil:
			c.Next()
			as, err := parseAddrSpace(c)
			if err != nil {
				return nil, err
			}
			if _, err := c.Expect("*"); err != nil {
				return nil, err
			}
			t = &Type{Kind: Ptr, Elem: t, AddrSpace: as}
		case c.Is("("):
			c.Next()
			f := &Type{Kind: Func, Ret: t}
			for !c.Is(")") {
				if c.Accept("...") {
					f.Variadic = true
					break
				}
				p, err := ParseType(c)
				if err != nil {
					return nil, err
				}
				f.Params = append(f.Params, p)
				if !c.Accept(",") {
					break
				}
			}
			if _, err := c.Expect(")"); err != nil {
				return nil, err
			}
			t = f
		default:
			t.src, t.toks = c.Line, c.Toks[start:c.I]
			return t, nil
		}
	}
}

func parseAddrSpace(c *scanner.Cursor) (int, error) {
	if _, err := c.Expect("("); err != nil {
		return 0, err
	}
	t := c.Next()
	n, err := strconv.Atoi(c.Text(t))
	if t.Kind != scanner.Int || err != nil {
		return 0, c.Unexpected(t, "an address space number")
	}
	_, err = c.Expect(")")
	return n, err
}

func parseBase(c *scanner.Cursor) (*Type, error) {
	t := c.Next()
	switch t.Kind {
	case scanner.Local:
		return &Type{Kind: Named, Name: scanner.Name(c.Line, t)}, nil
	case scanner.Keyword:
		s := c.Text(t)
		if bits, ok := floatBits[s]; ok {
			return &Type{Kind: Float, Bits: bits, Name: s}, nil
		}
		if isIntType(s) {
			n, _ := strconv.Atoi(s[1:])
			return &Type{Kind: Int, Bits: n}, nil
		}
		switch s {
		case "void":
			return &Type{Kind: Void}, nil
		case "ptr":
			p := &Type{Kind: Ptr}
			if c.Accept("addrspace") {
				as, err := parseAddrSpace(c)
				if err != nil {
					return nil, err
				}
				p.AddrSpace = as
			}
			return p, nil
		case "label", "metadata", "token", "x86_mmx", "x86_amx", "opaque":
			return &Type{Kind: Other, Name: s}, nil
		case "target":
			c.I--
			c.Next()
			if _, err := c.SkipGroup(); err != nil {
				return nil, err
			}
			return &Type{Kind: Other, Name: s}, nil
		}
	case scanner.Punct:
		switch c.Line[t.Off] {
		case '[':
			n, elem, err := parseSequence(c, "]")
			if err != nil {
				return nil, err
			}
			return &Type{Kind: Array, Len: n, Elem: elem}, nil
		case '<':
			if c.Is("{") {
				c.Next()
				s, err := parseStructBody(c, "}")
				if err != nil {
					return nil, err
				}
				if _, err := c.Expect(">"); err != nil {
					return nil, err
				}
				s.Packed = true
				return s, nil
			}
			c.Accept("vscale") // a scalable vector has no fixed size; Len keeps the minimum
			if c.Is("x") {
				c.Next()
			}
			n, elem, err := parseSequence(c, ">")
			if err != nil {
				return nil, err
			}
			return &Type{Kind: Vector, Len: n, Elem: elem}, nil
		case '{':
			return parseStructBody(c, "}")
		}
	}
	return nil, c.Unexpected(t, "a type")
}

// parseSequence parses "N x T" and the closing token of an array or vector.
func parseSequence(c *scanner.Cursor, closing string) (int64, *Type, error) {
	t := c.Next()
	n, err := strconv.ParseInt(c.Text(t), 10, 64)
	if t.Kind != scanner.Int || err != nil || n < 0 {
		return 0, nil, c.Unexpected(t, "an element count")
	}
	if _, err := c.Expect("x"); err != nil {
		return 0, nil, err
	}
	elem, err := ParseType(c)
	if err != nil {
		return 0, nil, err
	}
	_, err = c.Expect(closing)
	return n, elem, err
}

func parseStructBody(c *scanner.Cursor, closing string) (*Type, error) {
	s := &Type{Kind: Struct}
	for !c.Is(closing) {
		f, err := ParseType(c)
		if err != nil {
			return nil, err
		}
		s.Fields = append(s.Fields, f)
		if !c.Accept(",") {
			break
		}
	}
	_, err := c.Expect(closing)
	return s, err
}
