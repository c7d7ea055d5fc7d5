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
	// Resolve returns the body of a named (identified) struct type.
	Resolve func(name string) (*Type, error)
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
			if err1 != nil || err2 != nil || size <= 0 || size%8 != 0 {
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
func (dl *DataLayout) PtrSize() int64 { return int64(dl.ptrBits[0] / 8) }

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

// Size returns the number of bytes a value of type t occupies in memory
// (its store size rounded up to its alignment: LLVM's alloc size).
func (dl *DataLayout) Size(t *Type) (int64, error) {
	store, err := dl.storeSize(t)
	if err != nil {
		return 0, err
	}
	align, err := dl.Align(t)
	if err != nil {
		return 0, err
	}
	return roundUp(store, align), nil
}

func roundUp(n, align int64) int64 {
	if align <= 1 {
		return n
	}
	return (n + align - 1) / align * align
}

func (dl *DataLayout) storeSize(t *Type) (int64, error) {
	switch t.Kind {
	case Int:
		return int64(t.Bits+7) / 8, nil
	case Float:
		return int64(t.Bits+7) / 8, nil
	case Ptr:
		return int64(dl.ptrBitsOf(t.AddrSpace) / 8), nil
	case Array:
		es, err := dl.Size(t.Elem)
		if err != nil {
			return 0, err
		}
		if t.Len > 0 && es > (1<<40)/t.Len {
			return 0, fmt.Errorf("type %s is too large", t.Text)
		}
		return es * t.Len, nil
	case Vector:
		es, err := dl.storeSize(t.Elem)
		if err != nil {
			return 0, err
		}
		if t.Elem.Kind == Int {
			return (int64(t.Elem.Bits)*t.Len + 7) / 8, nil
		}
		return es * t.Len, nil
	case Struct:
		offs, size, err := dl.structLayout(t)
		_ = offs
		return size, err
	case Named:
		body, err := dl.named(t)
		if err != nil {
			return 0, err
		}
		return dl.storeSize(body)
	}
	return 0, fmt.Errorf("type %s has no size in memory", describe(t))
}

func describe(t *Type) string {
	if t.Text != "" {
		return t.Text
	}
	if t.Name != "" {
		return t.Name
	}
	return "of this kind"
}

func (dl *DataLayout) named(t *Type) (*Type, error) {
	if dl.Resolve == nil {
		return nil, fmt.Errorf("unknown type %%%s", t.Name)
	}
	return dl.Resolve(t.Name)
}

// Align returns t's ABI alignment in bytes.
func (dl *DataLayout) Align(t *Type) (int64, error) {
	switch t.Kind {
	case Int:
		return int64(dl.intAlignOf(t.Bits) / 8), nil
	case Float:
		if a, ok := dl.fltAlign[t.Bits]; ok {
			return int64(a / 8), nil
		}
		return int64(t.Bits+7) / 8, nil
	case Ptr:
		return int64(dl.ptrAlignOf(t.AddrSpace) / 8), nil
	case Array:
		return dl.Align(t.Elem)
	case Vector:
		size, err := dl.storeSize(t)
		if err != nil {
			return 0, err
		}
		if a, ok := dl.vecAlign[int(size*8)]; ok {
			return int64(a / 8), nil
		}
		p := int64(1)
		for p < size {
			p *= 2
		}
		return p, nil
	case Struct:
		if t.Packed {
			return 1, nil
		}
		align := int64(dl.aggAlign)
		if align == 0 {
			align = 1
		}
		for _, f := range t.Fields {
			a, err := dl.Align(f)
			if err != nil {
				return 0, err
			}
			align = max(align, a)
		}
		return align, nil
	case Named:
		body, err := dl.named(t)
		if err != nil {
			return 0, err
		}
		return dl.Align(body)
	}
	return 0, fmt.Errorf("type %s has no alignment", describe(t))
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
	offs, _, err := dl.structLayout(t)
	return offs, err
}

func (dl *DataLayout) structLayout(t *Type) ([]int64, int64, error) {
	offs := make([]int64, len(t.Fields))
	var off int64
	for i, f := range t.Fields {
		size, err := dl.Size(f)
		if err != nil {
			return nil, 0, err
		}
		if !t.Packed {
			a, err := dl.Align(f)
			if err != nil {
				return nil, 0, err
			}
			off = roundUp(off, a)
		}
		offs[i] = off
		off += size
	}
	if !t.Packed {
		a, err := dl.Align(t)
		if err != nil {
			return nil, 0, err
		}
		off = roundUp(off, a)
	}
	return offs, off, nil
}
