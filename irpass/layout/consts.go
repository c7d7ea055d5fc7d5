package layout

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// A Reloc says that the pointer-sized field at Off holds the address of Sym
// plus Addend.
type Reloc struct {
	Off    int64
	Size   int64
	Sym    string
	Addend int64
	TokOff int // where the symbol is named in the line, for diagnostics
}

// An Image is a constant's memory image.
type Image struct {
	Bytes   []byte
	Relocs  []Reloc
	undef   []bool   // bytes from undef/poison; nil when there are none
	origins []origin // where each leaf constant was written, in image order
}

// An origin ties the bytes from Off on to the token that produced them.
type origin struct {
	off    int64
	tokOff int
}

// TokenAt returns the line offset of the constant that produced the byte
// at off, so diagnostics can point at the field itself.
func (m *Image) TokenAt(off int64) int {
	best := -1
	for _, o := range m.origins {
		if o.off <= off {
			best = o.tokOff
		}
	}
	if best < 0 && len(m.origins) > 0 {
		best = m.origins[0].tokOff
	}
	return best
}

// RelocAt returns the relocation that starts exactly at off.
func (m *Image) RelocAt(off int64) (Reloc, bool) {
	for _, r := range m.Relocs {
		if r.Off == off {
			return r, true
		}
	}
	return Reloc{}, false
}

// Overlaps reports whether any relocation touches bytes [off, off+n).
func (m *Image) Overlaps(off, n int64) (Reloc, bool) {
	for _, r := range m.Relocs {
		if r.Off < off+n && off < r.Off+r.Size {
			return r, true
		}
	}
	return Reloc{}, false
}

// Undef reports whether any byte of [off, off+n) is undefined.
func (m *Image) Undef(off, n int64) bool {
	if m.undef == nil {
		return false
	}
	for i := off; i < off+n && i < int64(len(m.undef)); i++ {
		if m.undef[i] {
			return true
		}
	}
	return false
}

// maxImage bounds the size of an image iu-entry is willing to build: program
// objects and their name strings are tens of bytes, and a hostile module
// must not make the tool allocate gigabytes.
const maxImage = 1 << 20

// A Decoder evaluates constants under a data layout.
type Decoder struct {
	DL *DataLayout
}

// Decode parses the constant of type t at the cursor (the initializer of a
// global) and returns its memory image.
func (d *Decoder) Decode(c *scanner.Cursor, t *Type) (*Image, error) {
	size, err := d.DL.Size(t)
	if err != nil {
		return nil, scanner.Errorf(c.Peek().Off, "%v", err)
	}
	if size > maxImage {
		return nil, scanner.Errorf(c.Peek().Off, "constant of %d bytes is too large to decode", size)
	}
	if size < 0 {
		return nil, scanner.Errorf(c.Peek().Off, "type %s has a negative size", describe(t))
	}
	m := &Image{Bytes: make([]byte, size)}
	if err := d.value(c, t, m, 0); err != nil {
		return nil, err
	}
	return m, nil
}

// value decodes one constant of type t into m at offset off.
func (d *Decoder) value(c *scanner.Cursor, t *Type, m *Image, off int64) error {
	if c.ConstDepth >= MaxNesting {
		return nestingError("constants", c.Peek().Off)
	}
	c.ConstDepth++
	defer func() { c.ConstDepth-- }()
	// A named type stands for its body (a C frontend's "%struct.S {…}").
	for t.Kind == Named {
		body, err := d.DL.named(t)
		if err != nil {
			return scanner.Errorf(c.Peek().Off, "%v", err)
		}
		t = body
	}
	tok := c.Peek()
	text := c.Text(tok)
	if tok.Kind != scanner.Punct {
		m.origins = append(m.origins, origin{off, tok.Off})
	}
	switch tok.Kind {
	case scanner.Keyword:
		switch text {
		case "zeroinitializer", "null", "none":
			c.Next()
			return nil // the image starts zeroed
		case "undef", "poison":
			c.Next()
			size, err := d.DL.Size(t)
			if err != nil {
				return scanner.Errorf(tok.Off, "%v", err)
			}
			if m.undef == nil {
				m.undef = make([]bool, len(m.Bytes))
			}
			for i := off; i < off+size; i++ {
				m.undef[i] = true
			}
			return nil
		case "true", "false":
			c.Next()
			if text == "true" {
				m.Bytes[off] = 1
			}
			return nil
		}
	case scanner.CString:
		c.Next()
		s := scanner.StringValue(c.Line, tok)
		if t.Kind != Array || t.Elem.Kind != Int || t.Elem.Bits != 8 || int64(len(s)) != t.Len {
			return scanner.Errorf(tok.Off, "string constant of %d bytes does not match type %s", len(s), describe(t))
		}
		copy(m.Bytes[off:], s)
		return nil
	case scanner.Punct:
		switch c.Line[tok.Off] {
		case '[', '{', '<':
			return d.aggregate(c, t, m, off)
		}
	}
	if t.Kind == Int || t.Kind == Ptr || t.Kind == Float {
		return d.scalar(c, t, m, off)
	}
	return c.Unexpected(tok, "a constant of type "+describe(t))
}

// aggregate decodes [..], {..}, <{..}> and <..> constants.
func (d *Decoder) aggregate(c *scanner.Cursor, t *Type, m *Image, off int64) error {
	open := c.Next()
	closing := map[byte]string{'[': "]", '{': "}", '<': ">"}[c.Line[open.Off]]
	packed := false
	if closing == ">" && c.Is("{") {
		c.Next()
		closing, packed = "}", true
	}
	// elem returns the type and offset of element i.
	var elem func(i int64) (*Type, int64)
	var n int64
	switch {
	case t.Kind == Struct && (closing == "}") && packed == t.Packed:
		offs, err := d.DL.FieldOffsets(t)
		if err != nil {
			return scanner.Errorf(open.Off, "%v", err)
		}
		n = int64(len(t.Fields))
		elem = func(i int64) (*Type, int64) { return t.Fields[i], offs[i] }
	case (t.Kind == Array && closing == "]") || (t.Kind == Vector && closing == ">"):
		es, err := d.DL.Size(t.Elem)
		if err != nil {
			return scanner.Errorf(open.Off, "%v", err)
		}
		n = t.Len
		elem = func(i int64) (*Type, int64) { return t.Elem, i * es }
	default:
		return scanner.Errorf(open.Off, "aggregate constant does not match type %s", describe(t))
	}
	for i := int64(0); i < n; i++ {
		if i > 0 {
			if _, err := c.Expect(","); err != nil {
				return err
			}
		}
		et, eoff := elem(i)
		// Each element repeats its type; trust the declared one for layout
		// but insist the written one has the same size.
		wt, err := ParseType(c)
		if err != nil {
			return err
		}
		if err := d.sameSize(c, wt, et); err != nil {
			return err
		}
		if err := d.value(c, et, m, off+eoff); err != nil {
			return err
		}
	}
	if _, err := c.Expect(closing); err != nil {
		return err
	}
	if packed {
		if _, err := c.Expect(">"); err != nil {
			return err
		}
	}
	return nil
}

func (d *Decoder) sameSize(c *scanner.Cursor, written, want *Type) error {
	ws, err1 := d.DL.Size(written)
	es, err2 := d.DL.Size(want)
	if err1 != nil || err2 != nil || ws != es {
		return scanner.Errorf(c.Toks[c.I-1].Off, "element type %s does not match %s", written.Text(), describe(want))
	}
	return nil
}

// A scalarValue is an integer or an address: Sym+Val, or just Val.
type scalarValue struct {
	sym    string
	symOff int
	val    *big.Int
	float  bool
	undef  bool
}

func (d *Decoder) scalar(c *scanner.Cursor, t *Type, m *Image, off int64) error {
	v, err := d.evalScalar(c, t)
	if err != nil {
		return err
	}
	size, err := d.DL.storeSize(t)
	if err != nil {
		return scanner.Errorf(c.Peek().Off, "%v", err)
	}
	if v.undef {
		if m.undef == nil {
			m.undef = make([]bool, len(m.Bytes))
		}
		for i := off; i < off+size; i++ {
			m.undef[i] = true
		}
		return nil
	}
	if v.sym != "" {
		m.Relocs = append(m.Relocs, Reloc{Off: off, Size: size, Sym: v.sym, Addend: v.val.Int64(), TokOff: v.symOff})
		return nil
	}
	putInt(m.Bytes[off:off+size], v.val, d.DL.BigEndian)
	return nil
}

// putInt stores v (two's complement, truncated) in b.
func putInt(b []byte, v *big.Int, bigEndian bool) {
	x := new(big.Int).Set(v)
	if x.Sign() < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(len(b))*8))
	}
	le := x.Bytes() // big-endian magnitude
	for i := range b {
		var by byte
		if i < len(le) {
			by = le[len(le)-1-i]
		}
		if bigEndian {
			b[len(b)-1-i] = by
		} else {
			b[i] = by
		}
	}
}

// evalScalar evaluates an integer, floating-point or pointer constant,
// including the constant expressions rustc uses to form addresses.
func (d *Decoder) evalScalar(c *scanner.Cursor, t *Type) (scalarValue, error) {
	if c.ConstDepth >= MaxNesting {
		return scalarValue{}, nestingError("constants", c.Peek().Off)
	}
	c.ConstDepth++
	defer func() { c.ConstDepth-- }()
	tok := c.Next()
	text := c.Text(tok)
	switch tok.Kind {
	case scanner.Int:
		v, ok := parseInt(text)
		if !ok {
			return scalarValue{}, scanner.Errorf(tok.Off, "invalid integer %s", text)
		}
		return scalarValue{val: v}, nil
	case scanner.Float:
		v, err := floatBitsOf(text, t)
		if err != nil {
			return scalarValue{}, scanner.Errorf(tok.Off, "%v", err)
		}
		return scalarValue{val: v, float: true}, nil
	case scanner.Global:
		return scalarValue{sym: scanner.Name(c.Line, tok), symOff: tok.Off, val: new(big.Int)}, nil
	case scanner.Keyword:
		switch text {
		case "null", "zeroinitializer", "none":
			return scalarValue{val: new(big.Int)}, nil
		case "true":
			return scalarValue{val: big.NewInt(1)}, nil
		case "false":
			return scalarValue{val: new(big.Int)}, nil
		case "undef", "poison":
			return scalarValue{undef: true, val: new(big.Int)}, nil
		case "bitcast", "addrspacecast", "inttoptr", "ptrtoint", "zext", "sext", "trunc":
			return d.cast(c, text)
		case "getelementptr":
			return d.gep(c)
		case "dso_local_equivalent", "no_cfi":
			g := c.Next()
			if g.Kind != scanner.Global {
				return scalarValue{}, c.Unexpected(g, "a global name")
			}
			return scalarValue{sym: scanner.Name(c.Line, g), symOff: g.Off, val: new(big.Int)}, nil
		}
		return scalarValue{}, scanner.Errorf(tok.Off, "unsupported constant '%s' (iu-entry decodes integers, pointers, casts and getelementptr)", text)
	}
	return scalarValue{}, c.Unexpected(tok, "a constant")
}

func parseInt(s string) (*big.Int, bool) {
	v := new(big.Int)
	switch {
	case len(s) > 3 && s[0] == 'u' && s[1:3] == "0x":
		_, ok := v.SetString(s[3:], 16)
		return v, ok
	case len(s) > 3 && s[0] == 's' && s[1:3] == "0x":
		_, ok := v.SetString(s[3:], 16)
		if ok && len(s[3:])*4 > 0 && v.Bit(len(s[3:])*4-1) == 1 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(len(s[3:])*4)))
		}
		return v, ok
	}
	_, ok := v.SetString(s, 10)
	return v, ok
}

// floatBitsOf returns the bit pattern of a floating-point literal of type t.
func floatBitsOf(s string, t *Type) (*big.Int, error) {
	if len(s) > 2 && s[:2] == "0x" {
		digits := s[2:]
		if digits != "" && (digits[0] < '0' || digits[0] > '9') && (digits[0] < 'a' || digits[0] > 'f') && (digits[0] < 'A' || digits[0] > 'F') {
			digits = digits[1:] // 0xK, 0xL, 0xM, 0xH, 0xR: already the type's own bits
			v, ok := new(big.Int).SetString(digits, 16)
			if !ok {
				return nil, strconvErr(s)
			}
			return v, nil
		}
		u, err := strconv.ParseUint(digits, 16, 64)
		if err != nil {
			return nil, strconvErr(s)
		}
		// A hex literal for float is written as the double of equal value.
		if t.Bits == 32 {
			return new(big.Int).SetUint64(uint64(math.Float32bits(float32(math.Float64frombits(u))))), nil
		}
		return new(big.Int).SetUint64(u), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, strconvErr(s)
	}
	switch t.Bits {
	case 32:
		return new(big.Int).SetUint64(uint64(math.Float32bits(float32(f)))), nil
	case 64:
		return new(big.Int).SetUint64(math.Float64bits(f)), nil
	}
	return nil, strconvErr(s)
}

type strconvErr string

func (s strconvErr) Error() string { return "unsupported floating-point constant " + string(s) }

// cast evaluates "OP (T v to T2)". Casts between pointers and integers of
// pointer width keep the symbol; anything that would cut an address in two
// is refused.
func (d *Decoder) cast(c *scanner.Cursor, op string) (scalarValue, error) {
	if _, err := c.Expect("("); err != nil {
		return scalarValue{}, err
	}
	from, err := ParseType(c)
	if err != nil {
		return scalarValue{}, err
	}
	at := c.Peek().Off
	v, err := d.evalScalar(c, from)
	if err != nil {
		return scalarValue{}, err
	}
	if _, err := c.Expect("to"); err != nil {
		return scalarValue{}, err
	}
	to, err := ParseType(c)
	if err != nil {
		return scalarValue{}, err
	}
	if _, err := c.Expect(")"); err != nil {
		return scalarValue{}, err
	}
	if v.sym != "" {
		fs, _ := d.DL.storeSize(from)
		ts, _ := d.DL.storeSize(to)
		if fs != ts || fs != d.DL.PtrSize() {
			return scalarValue{}, scanner.Errorf(at, "%s of an address to a %d-byte value is not a constant iu-entry can decode", op, ts)
		}
		return v, nil
	}
	if to.Kind == Int && (op == "trunc" || op == "ptrtoint") {
		mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(to.Bits)), big.NewInt(1))
		v.val = new(big.Int).And(v.val, mask)
	}
	return v, nil
}

// gep evaluates a constant getelementptr: the base address plus the byte
// offset its indices select.
func (d *Decoder) gep(c *scanner.Cursor) (scalarValue, error) {
	for c.Is("inbounds") || c.Is("nuw") || c.Is("nusw") {
		c.Next()
	}
	if c.Is("inrange") {
		c.Next()
		if _, err := c.SkipGroup(); err != nil {
			return scalarValue{}, err
		}
	}
	if _, err := c.Expect("("); err != nil {
		return scalarValue{}, err
	}
	src, err := ParseType(c)
	if err != nil {
		return scalarValue{}, err
	}
	if _, err := c.Expect(","); err != nil {
		return scalarValue{}, err
	}
	baseType, err := ParseType(c)
	if err != nil {
		return scalarValue{}, err
	}
	base, err := d.evalScalar(c, baseType)
	if err != nil {
		return scalarValue{}, err
	}
	offset := new(big.Int).Set(base.val)
	cur := src
	for i := 0; c.Accept(","); i++ {
		if c.Is("inrange") { // LLVM 14 marks one index "inrange"
			c.Next()
		}
		it, err := ParseType(c)
		if err != nil {
			return scalarValue{}, err
		}
		at := c.Peek().Off
		idx, err := d.evalScalar(c, it)
		if err != nil {
			return scalarValue{}, err
		}
		if idx.sym != "" || idx.undef || idx.float {
			return scalarValue{}, scanner.Errorf(at, "getelementptr index is not a constant integer")
		}
		var step int64
		if i == 0 {
			step, err = d.DL.Size(cur)
		} else {
			switch cur.Kind {
			case Array, Vector:
				cur = cur.Elem
				step, err = d.DL.Size(cur)
			case Struct, Named:
				var offs []int64
				offs, err = d.DL.FieldOffsets(cur)
				if err == nil {
					f := idx.val.Int64()
					if !idx.val.IsInt64() || f < 0 || f >= int64(len(offs)) {
						return scalarValue{}, scanner.Errorf(at, "getelementptr field index %s out of range", idx.val)
					}
					body := cur
					if cur.Kind == Named {
						body, _ = d.DL.named(cur)
					}
					offset.Add(offset, big.NewInt(offs[f]))
					cur = body.Fields[f]
					continue
				}
			default:
				return scalarValue{}, scanner.Errorf(at, "getelementptr indexes into a non-aggregate type")
			}
		}
		if err != nil {
			return scalarValue{}, scanner.Errorf(at, "%v", err)
		}
		offset.Add(offset, new(big.Int).Mul(idx.val, big.NewInt(step)))
	}
	if _, err := c.Expect(")"); err != nil {
		return scalarValue{}, err
	}
	if !offset.IsInt64() {
		return scalarValue{}, scanner.Errorf(c.Toks[c.I-1].Off, "getelementptr offset out of range")
	}
	base.val = offset
	return base, nil
}

// Uint64 reads a little- or big-endian u64 at off.
func (m *Image) Uint64(off int64, bigEndian bool) uint64 {
	if bigEndian {
		return binary.BigEndian.Uint64(m.Bytes[off:])
	}
	return binary.LittleEndian.Uint64(m.Bytes[off:])
}
