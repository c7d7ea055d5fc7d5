package layout

import (
	"fmt"
	"strconv"
	"strings"
)

// A DataLayout holds the parts of a module's "target datalayout" that decide
// where bytes go: endianness, pointer sizes and the ABI alignments.
type DataLayout struct {
	BigEndian bool
	ptrBits   map[int]int // address space -> pointer width
	ptrAlign  map[int]int // address space -> ABI alignment in bits
	intAlign  map[int]int // width -> ABI alignment in bits
	fltAlign  map[int]int
	vecAlign  map[int]int
	aggAlign  int
	// Resolve returns the body of a named (identified) struct type. It
	// must return the same *Type for a name every time.
	Resolve func(name string) (*Type, error)

	cache map[*Type]*layoutOf
}

// DefaultDataLayout is LLVM's layout for a module that states none.
func DefaultDataLayout() *DataLayout {
	return &DataLayout{
		ptrBits:  map[int]int{0: 64},
		ptrAlign: map[int]int{0: 64},
		intAlign: map[int]int{1: 8, 8: 8, 16: 16, 32: 32, 64: 32},
		fltAlign: map[int]int{16: 16, 32: 32, 64: 64, 128: 128},
		vecAlign: map[int]int{64: 64, 128: 128},
		aggAlign: 8,
	}
}

// ParseDataLayout reads a datalayout string ("e-m:e-p270:32:32-i64:64-…").
func ParseDataLayout(s string) (*DataLayout, error) {
	dl := DefaultDataLayout()
	if s == "" {
		return dl, nil
	}
	for _, spec := range strings.Split(s, "-") {
		if spec == "" {
			continue
		}
		switch spec[0] {
		case 'e':
			dl.BigEndian = false
		case 'E':
			dl.BigEndian = true
		case 'p':
			// p[n]:size:abi[:pref[:idx]]
			parts := strings.Split(spec[1:], ":")
			as := 0
			if parts[0] != "" {
				n, err := strconv.Atoi(parts[0])
				if err != nil {
					return nil, fmt.Errorf("bad pointer spec %q", spec)
				}
				as = n
			}
			if len(parts) < 3 {
				return nil, fmt.Errorf("bad pointer spec %q", spec)
			}
			size, err1 := strconv.Atoi(parts[1])
			abi, err2 := strconv.Atoi(parts[2])
			if err1 != nil || err2 != nil || size <= 0 || size > 1<<20 {
				return nil, fmt.Errorf("bad pointer spec %q", spec)
			}
			dl.ptrBits[as], dl.ptrAlign[as] = size, abi
		case 'i', 'f', 'v':
			parts := strings.Split(spec[1:], ":")
			if len(parts) < 2 {
				continue // not a size:align spec (e.g. "f" alone is not valid)
			}
			size, err1 := strconv.Atoi(parts[0])
			abi, err2 := strconv.Atoi(parts[1])
			if err1 != nil || err2 != nil {
				continue
			}
			m := map[byte]map[int]int{'i': dl.intAlign, 'f': dl.fltAlign, 'v': dl.vecAlign}[spec[0]]
			m[size] = abi
		case 'a':
			parts := strings.Split(spec[1:], ":")
			if len(parts) >= 2 {
				if abi, err := strconv.Atoi(parts[1]); err == nil && abi > 0 {
					dl.aggAlign = abi / 8
				}
			}
		}
		// m:, n:, S, F, G, A, P and ni: do not change memory images.
	}
	return dl, nil
}

// PtrSize returns the byte width of pointers in address space 0.
func (dl *DataLayout) PtrSize() int64 { return int64(dl.ptrBits[0]+7) / 8 }

func (dl *DataLayout) ptrBitsOf(as int) int {
	if b, ok := dl.ptrBits[as]; ok {
		return b
	}
	return dl.ptrBits[0]
}

func (dl *DataLayout) ptrAlignOf(as int) int {
	if a, ok := dl.ptrAlign[as]; ok {
		return a
	}
	return dl.ptrAlign[0]
}

// intAlignOf follows LLVM: the alignment of the exact width if given, else
// of the smallest larger width given, else of the largest width given.
func (dl *DataLayout) intAlignOf(bits int) int {
	if a, ok := dl.intAlign[bits]; ok {
		return a
	}
	best, bestBits, largest, largestBits := 0, 0, 0, 0
	for b, a := range dl.intAlign {
		if b > bits && (bestBits == 0 || b < bestBits) {
			best, bestBits = a, b
		}
		if b > largestBits {
			largest, largestBits = a, b
		}
	}
	if bestBits != 0 {
		return best
	}
	return largest
}

// MaxSize is the largest type, in bytes, whose layout iu-entry computes:
// far more than any program object, and small enough that no sum or
// product of sizes can overflow.
const MaxSize = 1 << 40

// layoutOf is what the data layout gives a type, computed once per type
// (a named type's body is one *Type however often it is used, so a type
// built of two copies of another, n levels deep, costs n, not 2^n).
type layoutOf struct {
	store, size, align int64
	offs               []int64 // Struct: the fields' offsets
	busy               bool    // being computed: meeting it again is a cycle
}

// Size returns the number of bytes a value of type t occupies in memory
// (its store size rounded up to its alignment: LLVM's alloc size).
func (dl *DataLayout) Size(t *Type) (int64, error) {
	l, err := dl.layout(t)
	if err != nil {
		return 0, err
	}
	return l.size, nil
}

func (dl *DataLayout) storeSize(t *Type) (int64, error) {
	l, err := dl.layout(t)
	if err != nil {
		return 0, err
	}
	return l.store, nil
}

// Align returns t's ABI alignment in bytes.
func (dl *DataLayout) Align(t *Type) (int64, error) {
	l, err := dl.layout(t)
	if err != nil {
		return 0, err
	}
	return l.align, nil
}

// FieldOffsets returns the byte offset of every field of a struct type.
func (dl *DataLayout) FieldOffsets(t *Type) ([]int64, error) {
	if t.Kind == Named {
		body, err := dl.named(t)
		if err != nil {
			return nil, err
		}
		t = body
	}
	if t.Kind != Struct {
		return nil, fmt.Errorf("type %s is not a struct", describe(t))
	}
	l, err := dl.layout(t)
	if err != nil {
		return nil, err
	}
	return l.offs, nil
}

func (dl *DataLayout) layout(t *Type) (*layoutOf, error) {
	if l, ok := dl.cache[t]; ok {
		if l.busy {
			return nil, fmt.Errorf("type %s contains itself", describe(t))
		}
		return l, nil
	}
	if dl.cache == nil {
		dl.cache = map[*Type]*layoutOf{}
	}
	l := &layoutOf{busy: true}
	dl.cache[t] = l
	err := dl.compute(t, l)
	if err != nil {
		delete(dl.cache, t)
		return nil, err
	}
	l.busy = false
	return l, nil
}

func (dl *DataLayout) compute(t *Type, l *layoutOf) error {
	tooLarge := func() error {
		return fmt.Errorf("type %s is larger than %d bytes, the most iu-entry lays out", describe(t), int64(MaxSize))
	}
	switch t.Kind {
	case Int, Float:
		l.store = int64(t.Bits+7) / 8
		if t.Kind == Int {
			l.align = int64(dl.intAlignOf(t.Bits) / 8)
		} else if a, ok := dl.fltAlign[t.Bits]; ok {
			l.align = int64(a / 8)
		} else {
			l.align = l.store
		}
	case Ptr:
		l.store = int64(dl.ptrBitsOf(t.AddrSpace)+7) / 8
		l.align = max(1, int64(dl.ptrAlignOf(t.AddrSpace)/8))
	case Array:
		e, err := dl.layout(t.Elem)
		if err != nil {
			return err
		}
		if t.Len > 0 && e.size > MaxSize/t.Len {
			return tooLarge()
		}
		l.store, l.align = e.size*t.Len, e.align
	case Vector:
		e, err := dl.layout(t.Elem)
		if err != nil {
			return err
		}
		if t.Elem.Kind == Int {
			if t.Len > 0 && int64(t.Elem.Bits) > MaxSize/t.Len {
				return tooLarge()
			}
			l.store = (int64(t.Elem.Bits)*t.Len + 7) / 8
		} else {
			if t.Len > 0 && e.store > MaxSize/t.Len {
				return tooLarge()
			}
			l.store = e.store * t.Len
		}
		if l.store > MaxSize {
			return tooLarge()
		}
		if a, ok := dl.vecAlign[int(l.store*8)]; ok {
			l.align = int64(a / 8)
		} else {
			p := int64(1)
			for p < l.store {
				p *= 2
			}
			l.align = p
		}
	case Struct:
		l.offs = make([]int64, len(t.Fields))
		l.align = 1
		if !t.Packed {
			l.align = max(1, int64(dl.aggAlign))
		}
		var off int64
		for i, f := range t.Fields {
			fl, err := dl.layout(f)
			if err != nil {
				return err
			}
			if !t.Packed {
				off = roundUp(off, fl.align)
				l.align = max(l.align, fl.align)
			}
			l.offs[i] = off
			off += fl.size
			if off > MaxSize {
				return tooLarge()
			}
		}
		l.store = off
		if !t.Packed {
			l.store = roundUp(off, l.align)
		}
	case Named:
		body, err := dl.named(t)
		if err != nil {
			return err
		}
		if b, ok := dl.cache[body]; ok && b.busy {
			return fmt.Errorf("type %%%s contains itself", t.Name)
		}
		b, err := dl.layout(body)
		if err != nil {
			return err
		}
		*l = *b
		l.busy = true
		return nil
	default:
		return fmt.Errorf("type %s has no size in memory", describe(t))
	}
	if l.align <= 0 {
		l.align = 1
	}
	l.size = roundUp(l.store, l.align)
	if l.size > MaxSize {
		return tooLarge()
	}
	return nil
}

func roundUp(n, align int64) int64 {
	if align <= 1 {
		return n
	}
	return (n + align - 1) / align * align
}

func describe(t *Type) string {
	if s := t.Text(); s != "" {
		if len(s) > 60 {
			s = s[:57] + "..."
		}
		return s
	}
	if t.Name != "" {
		return "%" + t.Name
	}
	return "of this kind"
}

func (dl *DataLayout) named(t *Type) (*Type, error) {
	if dl.Resolve == nil {
		return nil, fmt.Errorf("unknown type %%%s", t.Name)
	}
	return dl.Resolve(t.Name)
}
