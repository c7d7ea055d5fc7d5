package elfstack

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
)

// stackSizes reads the .stack_sizes sections that LLVM writes with
// -stack-size-section (rustc -Z emit-stack-sizes): for each function, the
// 8-byte address of the function (a relocation against it in an object
// file) followed by its frame size as an unsigned LEB128. LLVM leaves out
// functions whose frame has a variable size (dynamic allocas). The frame
// size counts everything the function pushes or allocates below its
// return address.
//
// It returns the sizes by function location and the number of sections.
func (o *object) stackSizes() (map[location]int64, int, error) {
	sizes := map[location]int64{}
	n := 0
	for _, sec := range o.secs {
		if sec.name != ".stack_sizes" || sec.s.Type != elf.SHT_PROGBITS {
			continue
		}
		n++
		data, err := sec.contents()
		if err != nil {
			return nil, 0, err
		}
		for off := 0; off < len(data); {
			if len(data)-off < 9 {
				return nil, 0, fmt.Errorf("section [%d] .stack_sizes: entry at offset %d is truncated", sec.idx, off)
			}
			var loc location
			var ok bool
			if o.rel {
				r, found := o.relocIn(sec.idx, uint64(off), uint64(off)+1)
				if found && (r.typ == elf.R_X86_64_64) {
					t := o.relocTarget(r, 0)
					loc, ok = t.loc, t.ok && t.extern == ""
				}
			} else {
				loc, ok = o.addrLocation(binary.LittleEndian.Uint64(data[off:]))
			}
			size, n, err := uleb128(data[off+8:])
			if err != nil {
				return nil, 0, fmt.Errorf("section [%d] .stack_sizes: entry at offset %d: %v", sec.idx, off, err)
			}
			if size > maxFrame {
				return nil, 0, fmt.Errorf("section [%d] .stack_sizes: entry at offset %d: frame size %d is implausible", sec.idx, off, size)
			}
			if ok {
				// Two entries for one function (hostile or a merge gone
				// wrong): the larger one is the safe one.
				sizes[loc] = max(sizes[loc], int64(size))
			}
			off += 8 + n
		}
	}
	return sizes, n, nil
}

// uleb128 decodes an unsigned LEB128 number of at most 64 bits.
func uleb128(b []byte) (uint64, int, error) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		c := b[i]
		if i == 9 && c > 1 {
			return 0, 0, fmt.Errorf("LEB128 number overflows 64 bits")
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1, nil
		}
	}
	if len(b) >= 10 {
		return 0, 0, fmt.Errorf("LEB128 number overflows 64 bits")
	}
	return 0, 0, fmt.Errorf("LEB128 number is truncated")
}
