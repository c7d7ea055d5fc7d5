package elfstack

import (
	"debug/elf"
	"encoding/binary"
	"strings"

	"golang.org/x/arch/x86/x86asm"
)

// Calls through a pointer that is constant data of the file are followed.
// The case that matters: every program's entry point calls the runtime's
// __iu_entry_<type>(&PROGRAM_OBJECT, ctx), which calls the program through
// the object's prog field,
//
//	iu_prog1:               mov $PROG, %rdi; call __iu_entry_tracepoint
//	__iu_entry_tracepoint:  call *0x8(%rdi)
//
// and PROG is read-only data whose field at 8 holds (a relocation to) the
// program's function. Left unresolved, that one indirect call would make
// every program unbounded. So the analysis follows, through each
// function's control flow, what the general-purpose registers hold, in a
// small domain: an argument's value on entry, the 8 bytes at an argument
// plus a constant, an address in the file, or the 8 bytes at such an
// address. An indirect call whose pointer is the 8 bytes at a read-only
// address resolves to the function stored there; one whose pointer is
// loaded from an argument is resolved per caller (the analysis gives the
// callee one node per distinct constant address its callers pass).
//
// Only instructions known to write nothing but their first operand keep
// the other registers' values; any other instruction forgets all of them,
// and a call forgets the registers it may clobber. A pointer is taken from
// memory only in a section that is neither writable nor executable.

type valKind uint8

const (
	vUnknown valKind = iota
	vArg             // the value argument register arg had on entry
	vField           // the 8 bytes at (arg's entry value + off)
	vAddr            // the address loc
	vLoad            // the 8 bytes at loc
)

type value struct {
	kind valKind
	arg  uint8
	off  int64
	loc  location
}

// argRegs are the System V argument registers, in order.
var argRegs = [6]int{7, 6, 2, 1, 8, 9} // rdi, rsi, rdx, rcx, r8, r9

// callerSaved are the registers a call may change.
var callerSaved = []int{0, 1, 2, 6, 7, 8, 9, 10, 11}

// gpr returns the index (0 = rax … 15 = r15) of the 64-bit register that
// r is part of, or -1.
func gpr(r x86asm.Reg) int {
	switch {
	case r >= x86asm.RAX && r <= x86asm.R15:
		return int(r - x86asm.RAX)
	case r >= x86asm.EAX && r <= x86asm.R15L:
		return int(r - x86asm.EAX)
	case r >= x86asm.AX && r <= x86asm.R15W:
		return int(r - x86asm.AX)
	case r >= x86asm.AH && r <= x86asm.BH:
		return int(r - x86asm.AH)
	case r >= x86asm.AL && r <= x86asm.R15B:
		i := int(r - x86asm.AL)
		if i >= 8 {
			i -= 4 // AH..BH sit between BL and SPB
		}
		return i
	}
	return -1
}

// regState is what the registers hold before an instruction.
type regState struct {
	set  bool
	regs [16]value
}

func (a *regState) join(b *regState) bool {
	if !b.set {
		return false
	}
	if !a.set {
		*a = *b
		return true
	}
	changed := false
	for i := range a.regs {
		if a.regs[i] != b.regs[i] && a.regs[i].kind != vUnknown {
			a.regs[i] = value{}
			changed = true
		}
	}
	return changed
}

// keepsOthers reports whether op is an instruction that writes at most
// its first operand (flags aside). A switch rather than a package-level
// map: a map literal is built at every start of iu-entry, and only the
// stack subcommand and the linker wrapper ever ask.
func keepsOthers(op x86asm.Op) bool {
	switch op {
	case x86asm.MOV, x86asm.MOVZX, x86asm.MOVSX, x86asm.MOVSXD, x86asm.MOVBE, x86asm.LEA, x86asm.ADD,
		x86asm.SUB, x86asm.AND, x86asm.OR, x86asm.XOR, x86asm.ADC, x86asm.SBB, x86asm.INC, x86asm.DEC,
		x86asm.NEG, x86asm.NOT, x86asm.SHL, x86asm.SHR, x86asm.SAR, x86asm.ROL, x86asm.ROR, x86asm.RCL,
		x86asm.RCR, x86asm.SHLD, x86asm.SHRD, x86asm.BSF, x86asm.BSR, x86asm.POPCNT, x86asm.LZCNT,
		x86asm.TZCNT, x86asm.BSWAP, x86asm.BTS, x86asm.BTR, x86asm.BTC, x86asm.CMP, x86asm.TEST,
		x86asm.BT, x86asm.NOP, x86asm.PUSH, x86asm.POP, x86asm.PUSHFQ, x86asm.POPFQ, x86asm.JMP,
		x86asm.RET, x86asm.LEAVE, x86asm.UD2, x86asm.INT, x86asm.LFENCE, x86asm.PAUSE:
		return true
	}
	return false
}

func keeps(in *insn) bool {
	if keepsOthers(in.Op) {
		return true
	}
	op := in.Op.String()
	// Conditional moves, sets and jumps; two- and three-operand imul.
	return strings.HasPrefix(op, "CMOV") || strings.HasPrefix(op, "SET") ||
		(strings.HasPrefix(op, "J") && in.Op != x86asm.JMP) ||
		(in.Op == x86asm.IMUL && in.Args[1] != nil)
}

// stepRegs is the transfer function of the register values.
func (d *decoder) stepRegs(in *insn, s *regState) regState {
	out := *s
	switch {
	case in.Op == x86asm.CALL:
		for _, r := range callerSaved {
			out.regs[r] = value{}
		}
		return out
	case in.Op == x86asm.XCHG || in.Op == x86asm.XADD || in.Op == x86asm.CMPXCHG:
		for _, a := range in.Args[:2] {
			if r, ok := a.(x86asm.Reg); ok && gpr(r) >= 0 {
				out.regs[gpr(r)] = value{}
			}
		}
		if in.Op == x86asm.CMPXCHG {
			out.regs[0] = value{}
		}
		return out
	case in.Op == x86asm.CDQE || in.Op == x86asm.CWDE || in.Op == x86asm.CBW:
		out.regs[0] = value{}
		return out
	case in.Op == x86asm.CQO || in.Op == x86asm.CDQ || in.Op == x86asm.CWD:
		out.regs[2] = value{}
		return out
	case !keeps(in):
		return regState{set: true}
	}
	dst, ok := in.Args[0].(x86asm.Reg)
	if !ok || gpr(dst) < 0 {
		return out // writes memory (or nothing)
	}
	out.regs[gpr(dst)] = d.result(in, s)
	return out
}

// result is the value an instruction writes to its first operand, a
// register.
func (d *decoder) result(in *insn, s *regState) value {
	dst := in.Args[0].(x86asm.Reg)
	full := dst >= x86asm.RAX && dst <= x86asm.R15
	switch in.Op {
	case x86asm.MOV:
		switch src := in.Args[1].(type) {
		case x86asm.Reg:
			if full && src >= x86asm.RAX && src <= x86asm.R15 {
				return s.regs[gpr(src)]
			}
		case x86asm.Imm:
			// mov $sym, %rdi (R_X86_64_32S), mov $sym, %edi (R_X86_64_32,
			// zero-extended), movabs $sym, %rdi (R_X86_64_64).
			if full || (dst >= x86asm.EAX && dst <= x86asm.R15L) {
				return d.immAddress(in, uint64(src))
			}
		case x86asm.Mem:
			if full && in.MemBytes == 8 {
				return d.load(in, src, s)
			}
		}
	case x86asm.LEA:
		if m, ok := in.Args[1].(x86asm.Mem); ok && full && m.Base == x86asm.RIP && m.Index == 0 {
			if t, typ, ok := d.memTarget(in, m); ok && !isGOT(typ) && t.extern == "" {
				return value{kind: vAddr, loc: t.loc}
			}
		}
	}
	return value{}
}

// immAddress is the address an immediate operand names, if it does.
func (d *decoder) immAddress(in *insn, imm uint64) value {
	start := d.fn.loc.off + in.off
	if d.o.rel {
		r, ok := d.o.relocIn(d.fn.loc.sec, start, start+uint64(in.Len))
		if !ok {
			return value{}
		}
		switch r.typ {
		case elf.R_X86_64_32, elf.R_X86_64_32S, elf.R_X86_64_64:
		default:
			return value{}
		}
		if t := d.o.relocTarget(r, 0); t.ok && t.extern == "" {
			return value{kind: vAddr, loc: t.loc}
		}
		return value{}
	}
	if loc, ok := d.o.addrLocation(imm); ok {
		return value{kind: vAddr, loc: loc}
	}
	return value{}
}

// load is the value of an 8-byte load from m.
func (d *decoder) load(in *insn, m x86asm.Mem, s *regState) value {
	if m.Index != 0 || m.Segment != 0 {
		return value{}
	}
	if m.Base == x86asm.RIP || m.Base == 0 {
		t, typ, ok := d.memTarget(in, m)
		switch {
		case !ok || t.extern != "":
			return value{}
		case isGOT(typ):
			// mov f@GOTPCREL(%rip), %rax loads f's address.
			return value{kind: vAddr, loc: t.loc}
		}
		return value{kind: vLoad, loc: t.loc}
	}
	b := gpr(m.Base)
	if b < 0 || m.Base < x86asm.RAX || m.Base > x86asm.R15 {
		return value{}
	}
	switch v := s.regs[b]; v.kind {
	case vArg:
		return value{kind: vField, arg: v.arg, off: m.Disp}
	case vAddr:
		off := int64(v.loc.off) + m.Disp
		if off < 0 {
			return value{}
		}
		return value{kind: vLoad, loc: location{v.loc.sec, uint64(off)}}
	}
	return value{}
}

// followValues computes the register values before each call site and
// what each indirect site's pointer is. States are kept per basic block
// (a register file is 512 bytes), and the blocks walked again at the end
// to read the states at the sites.
func (d *decoder) followValues() {
	n := len(d.insns)
	if n == 0 {
		return
	}
	// Leaders: the first instruction, jump targets, and whatever follows
	// an instruction that does not simply go on to the next.
	blockOf := make([]int32, n) // block of each leader, -1 elsewhere
	var starts []int
	for i := range d.insns {
		blockOf[i] = -1
		if i == 0 || d.target[i] || (d.flows[i-1] != flowNext && d.flows[i-1] != flowCall) {
			blockOf[i] = int32(len(starts))
			starts = append(starts, i)
		}
	}
	end := func(b int) int {
		if b+1 < len(starts) {
			return starts[b+1]
		}
		return n
	}
	states := make([]regState, len(starts))
	states[0].set = true
	for a, r := range argRegs {
		states[0].regs[r] = value{kind: vArg, arg: uint8(a)}
	}
	work := []int{0}
	queued := make([]bool, len(starts))
	queued[0] = true
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		queued[b] = false
		s := states[b]
		e := end(b)
		for i := starts[b]; i < e; i++ {
			s = d.stepRegs(&d.insns[i], &s)
		}
		next := func(j int) {
			if k := blockOf[j]; k >= 0 && states[k].join(&s) && !queued[k] {
				queued[k] = true
				work = append(work, int(k))
			}
		}
		last := e - 1
		switch d.flows[last] {
		case flowNext, flowCall, flowCond:
			if e < n {
				next(e)
			}
		}
		for _, j := range d.succ[last] {
			next(j)
		}
	}
	for b := range starts {
		s := states[b]
		if !s.set {
			continue
		}
		for i := starts[b]; i < end(b); i++ {
			if k := d.siteOf[i]; k >= 0 {
				site := &d.sites[k]
				for a, r := range argRegs {
					site.args[a] = s.regs[r]
				}
				if site.kind == indirectKind {
					site.ptr = d.pointer(&d.insns[i], &s, site.note)
				}
			}
			s = d.stepRegs(&d.insns[i], &s)
		}
	}
}

// pointer is the value of an indirect call's or jump's pointer.
func (d *decoder) pointer(in *insn, s *regState, thunk string) value {
	if in.Op == x86asm.CALL || in.Op == x86asm.JMP {
		switch a := in.Args[0].(type) {
		case x86asm.Reg:
			if a >= x86asm.RAX && a <= x86asm.R15 {
				return s.regs[gpr(a)]
			}
		case x86asm.Mem:
			return d.load(in, a, s)
		case x86asm.Rel:
			// A retpoline thunk: __x86_indirect_thunk_rax calls *%rax.
			for i, name := range []string{"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
				"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"} {
				if strings.HasSuffix(thunk, "_"+name) {
					return s.regs[i]
				}
			}
		}
	}
	return value{}
}

// readPointer returns the function whose address is stored at loc, which
// must be in a read-only data section.
func (o *object) readPointer(loc location) (fn *function, ext string, ok bool) {
	if loc.sec >= len(o.secs) {
		return nil, "", false
	}
	sec := o.secs[loc.sec]
	if !o.rel && (sec.name == ".got" || sec.name == ".got.plt") {
		return o.gotSlot(loc)
	}
	if !sec.alloc || sec.exec || sec.s.Flags&elf.SHF_WRITE != 0 || sec.s.Type != elf.SHT_PROGBITS {
		return nil, "", false
	}
	if o.rel {
		r, found := o.relocIn(loc.sec, loc.off, loc.off+1)
		if !found || r.typ != elf.R_X86_64_64 {
			return nil, "", false
		}
		t := o.relocTarget(r, 0)
		switch {
		case !t.ok:
			return nil, "", false
		case t.extern != "":
			return nil, t.extern, true
		}
		fn = o.funcAt(t.loc)
		return fn, "", fn != nil
	}
	fn = o.funcStoredAt(sec, loc)
	return fn, "", fn != nil
}

// funcStoredAt returns the function whose address the linked file stores
// in the eight bytes at loc of sec, or nil.
func (o *object) funcStoredAt(sec *section, loc location) *function {
	data, err := sec.contents()
	if err != nil || loc.off > uint64(len(data)) || uint64(len(data))-loc.off < 8 {
		return nil
	}
	l, found := o.addrLocation(binary.LittleEndian.Uint64(data[loc.off:]))
	if !found {
		return nil
	}
	return o.funcAt(l)
}

// gotSlot returns what a linked file's GOT slot at loc holds: the symbol
// of the dynamic relocation that fills it at load time (a function of a
// shared library), or, without one, the function whose address the link
// stored there.
func (o *object) gotSlot(loc location) (fn *function, ext string, ok bool) {
	if o.dynSlots == nil {
		o.dynSlots = map[uint64]string{}
		dsyms, _ := o.f.DynamicSymbols()
		for _, sec := range o.secs {
			if sec.s.Type != elf.SHT_RELA || sec.s.Link == 0 || int(sec.s.Link) >= len(o.secs) ||
				o.secs[sec.s.Link].s.Type != elf.SHT_DYNSYM {
				continue
			}
			data, err := sec.contents()
			if err != nil {
				continue
			}
			for ; len(data) >= 24; data = data[24:] {
				info := binary.LittleEndian.Uint64(data[8:])
				sym := info >> 32
				switch elf.R_X86_64(info & 0xffffffff) {
				case elf.R_X86_64_GLOB_DAT, elf.R_X86_64_JMP_SLOT, elf.R_X86_64_64:
					if sym > 0 && sym <= uint64(len(dsyms)) && dsyms[sym-1].Name != "" {
						o.dynSlots[binary.LittleEndian.Uint64(data)] = dsyms[sym-1].Name
					}
				}
			}
		}
	}
	sec := o.secs[loc.sec]
	if name, found := o.dynSlots[sec.s.Addr+loc.off]; found {
		return nil, name, true
	}
	fn = o.funcStoredAt(sec, loc)
	return fn, "", fn != nil
}

// pltTarget returns what the PLT stub at loc of a linked file jumps to:
// its first jump through the GOT (after an endbr64 in .plt.sec).
func (o *object) pltTarget(loc location) (fn *function, ext string, ok bool) {
	data, err := o.secs[loc.sec].contents()
	if err != nil || loc.off >= uint64(len(data)) {
		return nil, "", false
	}
	code := data[loc.off:]
	for k, off := 0, 0; k < 3 && off < len(code); k++ {
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			return nil, "", false
		}
		if m, isMem := in.Args[0].(x86asm.Mem); in.Op == x86asm.JMP && isMem && m.Base == x86asm.RIP && m.Index == 0 {
			addr := o.secs[loc.sec].s.Addr + loc.off + uint64(off+in.Len) + uint64(m.Disp)
			slot, found := o.addrLocation(addr)
			if !found {
				return nil, "", false
			}
			return o.gotSlot(slot)
		}
		off += in.Len
	}
	return nil, "", false
}
