package elfstack

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
)

// An object is the part of an ELF file the analysis reads: sections,
// symbols, relocations and the functions the symbols describe. Locations
// are (section index, offset in the section) pairs in every file type, so
// relocatable objects (whose symbols are section offsets) and linked files
// (whose symbols are addresses) are handled alike.
type object struct {
	name string
	f    *elf.File
	rel  bool // ET_REL: symbols are section offsets, code has relocations
	secs []*section
	syms []elf.Symbol // symbol i+1 of the symbol table (debug/elf drops the null symbol)

	funcs    []*function          // sorted by (section, start)
	byName   map[string]*function // every name (aliases too) of a defined function
	extern   map[string]bool      // undefined symbols
	bySec    map[int][]*function  // functions of a section, sorted by start
	symAddrs map[string]location  // defined symbols of any type, by name (for checks in linked files)
	plt      map[int]bool         // sections that hold PLT stubs (linked files)
	relaFor  map[int][]int        // relocation sections of each section
	byAddr   []int                // allocated sections with contents, by address (linked files)
	dynSlots map[uint64]string    // GOT slot address -> symbol its dynamic relocation names (linked files)
	budget   *int64               // bytes of code left to decode (see maxDecodeFactor)
}

// A location is a place in a section.
type location struct {
	sec int
	off uint64
}

type section struct {
	idx   int
	s     *elf.Section
	name  string
	exec  bool
	alloc bool

	data    []byte
	dataErr error
	loaded  bool

	relocs     []reloc // sorted by offset; nil until loaded
	relocsDone bool
	relocErr   error
}

// A reloc is one RELA entry of a section.
type reloc struct {
	off    uint64
	typ    elf.R_X86_64
	sym    uint32 // symbol table index (0: none)
	addend int64
}

// A function is one function symbol's extent (aliases merged).
type function struct {
	names []string // the first global name first, then the others
	loc   location
	size  uint64
	bind  elf.SymBind
}

func (fn *function) name() string { return fn.names[0] }

// errNotX86 and friends reject files the analysis does not understand.
var (
	errNotX86   = errors.New("not an x86-64 ELF file")
	errNotELF64 = errors.New("not a 64-bit little-endian ELF file")
)

// openHeaders reads an ELF file's headers and checks that it is an x86-64
// object, executable or shared object.
func openHeaders(r io.ReaderAt) (*elf.File, error) {
	var magic [4]byte
	if n, _ := r.ReadAt(magic[:], 0); n < 4 || string(magic[:]) != elf.ELFMAG {
		return nil, errors.New("not an ELF file")
	}
	f, err := elf.NewFile(r)
	if err != nil {
		return nil, fmt.Errorf("malformed ELF file: %v", err)
	}
	if f.Class != elf.ELFCLASS64 || f.Data != elf.ELFDATA2LSB {
		return nil, errNotELF64
	}
	if f.Machine != elf.EM_X86_64 {
		return nil, errNotX86
	}
	switch f.Type {
	case elf.ET_REL, elf.ET_EXEC, elf.ET_DYN:
	default:
		return nil, fmt.Errorf("ELF type %v is not an object, executable or shared object", f.Type)
	}
	return f, nil
}

func openObject(name string, r io.ReaderAt) (*object, error) {
	f, err := openHeaders(r)
	if err != nil {
		return nil, err
	}
	o := &object{
		name:     name,
		f:        f,
		rel:      f.Type == elf.ET_REL,
		byName:   map[string]*function{},
		extern:   map[string]bool{},
		bySec:    map[int][]*function{},
		symAddrs: map[string]location{},
		plt:      map[int]bool{},
		relaFor:  map[int][]int{},
	}
	var code uint64
	for i, s := range f.Sections {
		sec := &section{
			idx:   i,
			s:     s,
			name:  s.Name,
			exec:  s.Flags&elf.SHF_EXECINSTR != 0,
			alloc: s.Flags&elf.SHF_ALLOC != 0,
		}
		o.secs = append(o.secs, sec)
		if sec.exec && s.Type == elf.SHT_PROGBITS {
			code += s.Size
		}
		if !o.rel && (s.Name == ".plt" || s.Name == ".plt.sec" || s.Name == ".plt.got") {
			o.plt[i] = true
		}
		if s.Type == elf.SHT_RELA || s.Type == elf.SHT_REL {
			o.relaFor[int(s.Info)] = append(o.relaFor[int(s.Info)], i)
		}
		if sec.alloc && s.Type != elf.SHT_NOBITS && s.Size > 0 {
			o.byAddr = append(o.byAddr, i)
		}
	}
	sort.SliceStable(o.byAddr, func(i, j int) bool { return f.Sections[o.byAddr[i]].Addr < f.Sections[o.byAddr[j]].Addr })
	// Hostile files may describe overlapping functions; decoding stops
	// when it has read this many times the code there is (each byte is
	// normally decoded once).
	limit := int64(maxDecodeFactor*code + 1<<20)
	o.budget = &limit
	if err := o.loadSymbols(); err != nil {
		return nil, err
	}
	return o, nil
}

const maxDecodeFactor = 4

// loadSymbols reads the symbol table and builds the function table.
func (o *object) loadSymbols() error {
	var symtab *elf.Section
	for _, s := range o.f.Sections {
		if s.Type == elf.SHT_SYMTAB {
			symtab = s
			break
		}
	}
	if symtab == nil {
		return errors.New("no symbol table (the file is stripped)")
	}
	if symtab.Flags&elf.SHF_COMPRESSED != 0 {
		return errors.New("compressed symbol table")
	}
	syms, err := o.f.Symbols()
	if err != nil {
		return fmt.Errorf("reading symbols: %v", err)
	}
	o.syms = syms
	type key struct {
		sec   int
		start uint64
	}
	byLoc := map[key]*function{}
	for _, s := range syms {
		if s.Section == elf.SHN_UNDEF {
			if s.Name != "" {
				o.extern[s.Name] = true
			}
			continue
		}
		loc, ok := o.symLocation(s)
		if !ok {
			continue
		}
		if s.Name != "" && elf.ST_TYPE(s.Info) != elf.STT_SECTION && elf.ST_TYPE(s.Info) != elf.STT_FILE {
			if _, dup := o.symAddrs[s.Name]; !dup {
				o.symAddrs[s.Name] = loc
			}
		}
		if elf.ST_TYPE(s.Info) != elf.STT_FUNC || !o.secs[loc.sec].exec || s.Name == "" {
			continue
		}
		k := key{loc.sec, loc.off}
		fn := byLoc[k]
		if fn == nil {
			fn = &function{loc: loc}
			byLoc[k] = fn
			o.funcs = append(o.funcs, fn)
		}
		// Aliases share the function; a global name names it in reports.
		bind := elf.ST_BIND(s.Info)
		if len(fn.names) > 0 && bind != elf.STB_LOCAL && fn.bind == elf.STB_LOCAL {
			fn.names = slices.Insert(fn.names, 0, s.Name)
			fn.bind = bind
		} else {
			if len(fn.names) == 0 {
				fn.bind = bind
			}
			fn.names = append(fn.names, s.Name)
		}
		fn.size = max(fn.size, s.Size)
		if _, dup := o.byName[s.Name]; !dup || bind != elf.STB_LOCAL {
			o.byName[s.Name] = fn
		}
	}
	sort.Slice(o.funcs, func(i, j int) bool {
		a, b := o.funcs[i].loc, o.funcs[j].loc
		return a.sec < b.sec || (a.sec == b.sec && a.off < b.off)
	})
	for _, fn := range o.funcs {
		o.bySec[fn.loc.sec] = append(o.bySec[fn.loc.sec], fn)
	}
	return nil
}

// symLocation returns where a defined symbol is.
func (o *object) symLocation(s elf.Symbol) (location, bool) {
	idx := int(s.Section)
	if s.Section >= elf.SHN_LORESERVE || idx >= len(o.secs) {
		return location{}, false
	}
	if o.rel {
		return location{idx, s.Value}, true
	}
	sec := o.secs[idx].s
	if s.Value < sec.Addr {
		return location{}, false
	}
	return location{idx, s.Value - sec.Addr}, true
}

// addrLocation returns the section location of a virtual address in a
// linked file.
func (o *object) addrLocation(addr uint64) (location, bool) {
	// The last section that starts at or below addr; sections of a linked
	// file do not overlap (if a hostile one's do, some answer is given).
	k := sort.Search(len(o.byAddr), func(k int) bool { return o.secs[o.byAddr[k]].s.Addr > addr }) - 1
	if k < 0 {
		return location{}, false
	}
	i := o.byAddr[k]
	if s := o.secs[i].s; addr-s.Addr < s.Size {
		return location{i, addr - s.Addr}, true
	}
	return location{}, false
}

// funcAt returns the function that starts at loc.
func (o *object) funcAt(loc location) *function {
	fs := o.bySec[loc.sec]
	i := sort.Search(len(fs), func(i int) bool { return fs[i].loc.off >= loc.off })
	if i < len(fs) && fs[i].loc.off == loc.off {
		return fs[i]
	}
	return nil
}

// funcContaining returns a function whose extent holds loc.
func (o *object) funcContaining(loc location) *function {
	fs := o.bySec[loc.sec]
	i := sort.Search(len(fs), func(i int) bool { return fs[i].loc.off > loc.off })
	for i--; i >= 0; i-- {
		if fs[i].loc.off+fs[i].size > loc.off {
			return fs[i]
		}
		if fs[i].size > 0 {
			break
		}
	}
	return nil
}

// data returns a section's contents. Compressed sections are refused: the
// analysis never needs one (code and relocations are not compressed), and
// a compressed section can claim any size.
func (sec *section) contents() ([]byte, error) {
	if !sec.loaded {
		sec.loaded = true
		switch {
		case sec.s.Flags&elf.SHF_COMPRESSED != 0:
			sec.dataErr = fmt.Errorf("section %s is compressed", sec.name)
		case sec.s.Type == elf.SHT_NOBITS:
		default:
			sec.data, sec.dataErr = sec.s.Data()
			if sec.dataErr != nil {
				sec.dataErr = fmt.Errorf("section %s: %v", sec.name, sec.dataErr)
			}
		}
	}
	return sec.data, sec.dataErr
}

// relocations returns the RELA entries that apply to section idx, sorted
// by offset.
func (o *object) relocations(idx int) ([]reloc, error) {
	sec := o.secs[idx]
	if sec.relocsDone {
		return sec.relocs, sec.relocErr
	}
	sec.relocsDone = true
	if !o.rel {
		return nil, nil
	}
	for _, ri := range o.relaFor[idx] {
		rs := o.secs[ri]
		s := rs.s
		if s.Type == elf.SHT_REL {
			sec.relocErr = fmt.Errorf("%s: REL relocations (without addends) are not used on x86-64", rs.name)
			return nil, sec.relocErr
		}
		data, err := rs.contents()
		if err != nil {
			sec.relocErr = err
			return nil, err
		}
		for len(data) >= 24 {
			info := binary.LittleEndian.Uint64(data[8:])
			sec.relocs = append(sec.relocs, reloc{
				off:    binary.LittleEndian.Uint64(data),
				typ:    elf.R_X86_64(info & 0xffffffff),
				sym:    uint32(info >> 32),
				addend: int64(binary.LittleEndian.Uint64(data[16:])),
			})
			data = data[24:]
		}
	}
	slices.SortStableFunc(sec.relocs, func(a, b reloc) int {
		switch {
		case a.off < b.off:
			return -1
		case a.off > b.off:
			return 1
		}
		return 0
	})
	return sec.relocs, nil
}

// relocIn returns the first relocation of section idx at an offset in
// [lo, hi).
func (o *object) relocIn(idx int, lo, hi uint64) (reloc, bool) {
	rs, _ := o.relocations(idx)
	i := sort.Search(len(rs), func(i int) bool { return rs[i].off >= lo })
	if i < len(rs) && rs[i].off < hi {
		return rs[i], true
	}
	return reloc{}, false
}

// A target is what a relocation or an address refers to: a location in
// the file, or an undefined (external) symbol.
type target struct {
	loc    location
	extern string // name of an undefined symbol
	sym    string // the symbol's name, if it has one (for messages and checks)
	ok     bool
}

// relocTarget resolves symbol + addend + extra of a relocation, where
// extra converts the relocation's value to the address the instruction
// uses (for a PC-relative field: the distance from the field to the end
// of the instruction).
func (o *object) relocTarget(r reloc, extra int64) target {
	if r.sym == 0 || int(r.sym) > len(o.syms) {
		return target{}
	}
	s := o.syms[r.sym-1]
	if s.Section == elf.SHN_UNDEF {
		return target{extern: s.Name, sym: s.Name, ok: s.Name != ""}
	}
	loc, ok := o.symLocation(s)
	if !ok {
		return target{}
	}
	off := int64(loc.off) + r.addend + extra
	if off < 0 {
		return target{}
	}
	name := s.Name
	if elf.ST_TYPE(s.Info) == elf.STT_SECTION {
		name = ""
	}
	return target{loc: location{loc.sec, uint64(off)}, sym: name, ok: true}
}

// symbolAt names a location for messages: the function containing it and
// the offset, or the section and offset.
func (o *object) symbolAt(loc location) string {
	if fn := o.funcContaining(loc); fn != nil {
		if d := loc.off - fn.loc.off; d != 0 {
			return fmt.Sprintf("%s+%#x", fn.name(), d)
		}
		return fn.name()
	}
	if loc.sec < len(o.secs) {
		return fmt.Sprintf("%s+%#x", o.secs[loc.sec].name, loc.off)
	}
	return "?"
}

// isProgramSection reports whether code in section name is a program's
// entry point (tracepoint/…, kprobe/…, xdp, …).
func isProgramSection(name string) bool {
	for _, t := range progTypes() {
		if t.MatchSection(name) {
			return true
		}
	}
	return false
}
