package elfstack

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
)

// A small ELF64 x86-64 relocatable-object writer for tests that need
// files llc would never make: hostile, malformed or very large ones.

type tSection struct {
	name    string
	typ     elf.SectionType
	flags   elf.SectionFlag
	data    []byte
	link    uint32
	info    uint32
	entsize uint64
}

type tSymbol struct {
	name  string
	sec   uint16 // section index (0: undefined)
	value uint64
	size  uint64
	typ   elf.SymType
	bind  elf.SymBind
}

type tReloc struct {
	off    uint64
	typ    elf.R_X86_64
	sym    uint32 // index in the symbol table (1 = first symbol given)
	addend int64
}

type tELF struct {
	sections []tSection // without the null section; section i+1
	symbols  []tSymbol  // without the null symbol; locals must come first
}

// addSection appends a section and returns its index.
func (e *tELF) addSection(s tSection) uint16 {
	e.sections = append(e.sections, s)
	return uint16(len(e.sections))
}

// addRela adds the relocations of section target.
func (e *tELF) addRela(target uint16, relocs []tReloc) {
	var b bytes.Buffer
	for _, r := range relocs {
		binary.Write(&b, binary.LittleEndian, r.off)
		binary.Write(&b, binary.LittleEndian, uint64(r.sym)<<32|uint64(r.typ))
		binary.Write(&b, binary.LittleEndian, r.addend)
	}
	// link is patched to the symbol table in bytes().
	e.addSection(tSection{name: ".rela" + e.sections[target-1].name, typ: elf.SHT_RELA,
		flags: elf.SHF_INFO_LINK, data: b.Bytes(), info: uint32(target), entsize: 24, link: ^uint32(0)})
}

func (e *tELF) bytes() []byte {
	secs := append([]tSection(nil), e.sections...)
	// String and symbol tables.
	var strtab bytes.Buffer
	strtab.WriteByte(0)
	var symtab bytes.Buffer
	symtab.Write(make([]byte, 24))
	firstGlobal := uint32(1)
	for i, s := range e.symbols {
		name := uint32(strtab.Len())
		strtab.WriteString(s.name)
		strtab.WriteByte(0)
		binary.Write(&symtab, binary.LittleEndian, name)
		symtab.WriteByte(byte(s.bind)<<4 | byte(s.typ))
		symtab.WriteByte(0)
		binary.Write(&symtab, binary.LittleEndian, s.sec)
		binary.Write(&symtab, binary.LittleEndian, s.value)
		binary.Write(&symtab, binary.LittleEndian, s.size)
		if s.bind == elf.STB_LOCAL {
			firstGlobal = uint32(i + 2)
		}
	}
	strIdx := uint32(len(secs) + 1)
	symIdx := strIdx + 1
	shstrIdx := symIdx + 1
	for i := range secs {
		if secs[i].link == ^uint32(0) {
			secs[i].link = symIdx
		}
	}
	secs = append(secs,
		tSection{name: ".strtab", typ: elf.SHT_STRTAB, data: strtab.Bytes()},
		tSection{name: ".symtab", typ: elf.SHT_SYMTAB, data: symtab.Bytes(), link: strIdx, info: firstGlobal, entsize: 24},
	)
	var shstr bytes.Buffer
	shstr.WriteByte(0)
	names := make([]uint32, len(secs)+1)
	for i, s := range secs {
		names[i] = uint32(shstr.Len())
		shstr.WriteString(s.name)
		shstr.WriteByte(0)
	}
	names[len(secs)] = uint32(shstr.Len())
	shstr.WriteString(".shstrtab")
	shstr.WriteByte(0)
	secs = append(secs, tSection{name: ".shstrtab", typ: elf.SHT_STRTAB, data: shstr.Bytes()})

	var out bytes.Buffer
	out.Write(make([]byte, 64))
	offs := make([]uint64, len(secs))
	for i, s := range secs {
		for out.Len()%8 != 0 {
			out.WriteByte(0)
		}
		offs[i] = uint64(out.Len())
		if s.typ != elf.SHT_NOBITS {
			out.Write(s.data)
		}
	}
	for out.Len()%8 != 0 {
		out.WriteByte(0)
	}
	shoff := uint64(out.Len())
	out.Write(make([]byte, 64)) // null section header
	for i, s := range secs {
		binary.Write(&out, binary.LittleEndian, names[i])
		binary.Write(&out, binary.LittleEndian, uint32(s.typ))
		binary.Write(&out, binary.LittleEndian, uint64(s.flags))
		binary.Write(&out, binary.LittleEndian, uint64(0)) // addr
		binary.Write(&out, binary.LittleEndian, offs[i])
		binary.Write(&out, binary.LittleEndian, uint64(len(s.data)))
		binary.Write(&out, binary.LittleEndian, s.link)
		binary.Write(&out, binary.LittleEndian, s.info)
		binary.Write(&out, binary.LittleEndian, uint64(1)) // align
		binary.Write(&out, binary.LittleEndian, s.entsize)
	}
	b := out.Bytes()
	copy(b, []byte{0x7f, 'E', 'L', 'F', 2, 1, 1})
	le := binary.LittleEndian
	le.PutUint16(b[16:], uint16(elf.ET_REL))
	le.PutUint16(b[18:], uint16(elf.EM_X86_64))
	le.PutUint32(b[20:], 1)
	le.PutUint64(b[40:], shoff)
	le.PutUint16(b[52:], 64)
	le.PutUint16(b[58:], 64)
	le.PutUint16(b[60:], uint16(len(secs)+1))
	le.PutUint16(b[62:], uint16(shstrIdx))
	return b
}

const textFlags = elf.SHF_ALLOC | elf.SHF_EXECINSTR

// stackSizes encodes .stack_sizes entries (address 0, to be relocated)
// for the given sizes.
func stackSizesData(sizes ...uint64) []byte {
	var b []byte
	for _, s := range sizes {
		b = append(b, make([]byte, 8)...)
		for {
			c := byte(s & 0x7f)
			s >>= 7
			if s != 0 {
				b = append(b, c|0x80)
				continue
			}
			b = append(b, c)
			break
		}
	}
	return b
}
