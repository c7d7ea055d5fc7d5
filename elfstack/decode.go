package elfstack

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/arch/x86/x86asm"

	"github.com/iu-entry/iu-entry/callgraph"
)

// A site is one place where a function passes control to another function
// (or somewhere unknown): a call, a jump to another function, an indirect
// call or jump.
type site struct {
	off   uint64         // offset of the instruction in the function
	kind  callgraph.Kind // Direct, Tail, Indirect or Unknown
	jump  bool           // a jmp or jcc, not a call (no return address)
	depth int64          // stack depth at the instruction, -1 if unknown
	to    *function      // callee for Direct/Tail within the file
	ext   string         // callee for Direct/Tail that is external
	note  string         // for Unknown: what the target was
	// checked: the run-time stack check (cmp %gs:iu_stack_limit, %rsp;
	// jb iu_stack_overflow) runs right before this instruction.
	checked bool
	// args are the argument registers' values at the site; ptr is what an
	// indirect site's pointer holds (see values.go).
	args [6]value
	ptr  value
}

const indirectKind = callgraph.Indirect

// funcInfo is what the machine code of one function says.
type funcInfo struct {
	fn    *function
	sites []site
	// frame is the deepest the function's own stack pointer goes below
	// its entry value (not counting the return address), from the machine
	// code; -1 when the code does not say (why says why).
	frame int64
	why   string
}

// Names of symbols with a fixed meaning.
const (
	stackLimitSym    = "iu_stack_limit"
	stackOverflowSym = "iu_stack_overflow"
	returnThunk      = "__x86_return_thunk"
)

// indirectThunks are the retpoline thunks through which kernel code
// (CONFIG_RETPOLINE) and LLVM (-mretpoline) make indirect calls and jumps:
// a call of one is a call through the register its name ends with.
var indirectThunks = []string{
	"__x86_indirect_thunk_",
	"__x86_indirect_call_thunk_",
	"__x86_indirect_jump_thunk_",
	"__llvm_retpoline_",
	"__llvm_lvi_thunk_",
}

func isIndirectThunk(name string) bool {
	for _, p := range indirectThunks {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// insn is one decoded instruction.
type insn struct {
	off uint64 // offset in the function
	x86asm.Inst
}

// flow classifies an instruction's effect on control flow.
type flow uint8

const (
	flowNext    flow = iota // falls through
	flowCall                // call: falls through after the callee returns
	flowJump                // unconditional jump
	flowCond                // conditional jump: falls through or jumps
	flowReturn              // ret (or a jump to the return thunk)
	flowStop                // ud2, int3, hlt: does not continue
	flowIndJump             // jump through a register or memory
)

// maxFuncSize bounds one function's code: the analysis keeps about 200
// bytes per instruction, and compiled functions are far smaller.
const maxFuncSize = 4 << 20

// analyzeFunc decodes fn and finds its call sites and, by following the
// stack pointer through its control flow, its frame size.
func (o *object) analyzeFunc(fn *function) *funcInfo {
	fi := &funcInfo{fn: fn, frame: -1}
	if fn.size == 0 {
		fi.why = "its symbol has no size"
		return fi
	}
	sec := o.secs[fn.loc.sec]
	data, err := sec.contents()
	if err != nil {
		fi.why = err.Error()
		fi.sites = append(fi.sites, site{kind: callgraph.Unknown, depth: -1, note: "unreadable code"})
		return fi
	}
	if fn.loc.off > uint64(len(data)) || fn.size > uint64(len(data))-fn.loc.off {
		fi.why = "its symbol extends past the end of its section"
		return fi
	}
	if fn.size > maxFuncSize {
		fi.why = fmt.Sprintf("it is %d bytes long, more than the %d the analysis decodes", fn.size, maxFuncSize)
		fi.sites = append(fi.sites, site{kind: callgraph.Unknown, depth: -1, note: "code too large to analyse"})
		return fi
	}
	if *o.budget -= int64(fn.size); *o.budget < 0 {
		fi.why = "the file's function symbols overlap too much to analyse"
		return fi
	}
	code := data[fn.loc.off : fn.loc.off+fn.size]

	var insns []insn
	for off := uint64(0); off < uint64(len(code)); {
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			fi.why = fmt.Sprintf("cannot decode the instruction at +%#x (%v)", off, err)
			// Calls further on cannot be found either: an Unknown site
			// keeps the function from counting as bounded.
			fi.sites = append(fi.sites, site{off: off, kind: callgraph.Unknown, depth: -1,
				note: "undecodable machine code"})
			return fi
		}
		insns = append(insns, insn{off, in})
		off += uint64(in.Len)
	}
	d := &decoder{o: o, fn: fn, insns: insns}
	d.classify()
	d.indexSites()
	d.followStack()
	d.followValues()
	d.resolvePointers()
	d.findChecks()
	fi.sites = d.sites
	fi.frame, fi.why = d.frame, d.why
	return fi
}

// decoder holds the state of one function's analysis.
type decoder struct {
	o     *object
	fn    *function
	insns []insn
	flows []flow
	succ  [][]int // intra-function successors besides the fall-through
	// target[i] says some jump inside the function leads to instruction i.
	target []bool
	sites  []site
	siteAt []int // instruction index of each site
	siteOf []int // site index of each instruction, or -1
	depth  []int64
	frame  int64
	why    string
}

// index returns the instruction starting at off, or -1.
func (d *decoder) index(off uint64) int {
	i := sort.Search(len(d.insns), func(i int) bool { return d.insns[i].off >= off })
	if i < len(d.insns) && d.insns[i].off == off {
		return i
	}
	return -1
}

func (d *decoder) here(in *insn) location {
	return location{d.fn.loc.sec, d.fn.loc.off + in.off}
}

// inFunc converts a location to an offset in the function, if it is in it.
func (d *decoder) inFunc(loc location) (uint64, bool) {
	if loc.sec != d.fn.loc.sec || loc.off < d.fn.loc.off || loc.off-d.fn.loc.off >= d.fn.size {
		return 0, false
	}
	return loc.off - d.fn.loc.off, true
}

// classify finds each instruction's control flow and the call sites.
func (d *decoder) classify() {
	d.flows = make([]flow, len(d.insns))
	d.succ = make([][]int, len(d.insns))
	d.target = make([]bool, len(d.insns))
	for i := range d.insns {
		in := &d.insns[i]
		switch in.Op {
		case x86asm.CALL:
			d.flows[i] = flowCall
			d.callOrJump(i, false, false)
		case x86asm.JMP:
			d.flows[i] = flowJump
			d.callOrJump(i, true, false)
		case x86asm.JA, x86asm.JAE, x86asm.JB, x86asm.JBE, x86asm.JE, x86asm.JG, x86asm.JGE,
			x86asm.JL, x86asm.JLE, x86asm.JNE, x86asm.JNO, x86asm.JNP, x86asm.JNS, x86asm.JO,
			x86asm.JP, x86asm.JS, x86asm.JCXZ, x86asm.JECXZ, x86asm.JRCXZ,
			x86asm.LOOP, x86asm.LOOPE, x86asm.LOOPNE:
			d.flows[i] = flowCond
			d.callOrJump(i, true, true)
		case x86asm.RET, x86asm.LRET, x86asm.IRET, x86asm.IRETD, x86asm.IRETQ,
			x86asm.SYSRET, x86asm.SYSEXIT:
			d.flows[i] = flowReturn
		case x86asm.UD0, x86asm.UD1, x86asm.UD2, x86asm.HLT:
			d.flows[i] = flowStop
		case x86asm.INT:
			if imm, ok := in.Args[0].(x86asm.Imm); ok && imm == 3 {
				d.flows[i] = flowStop
			}
		case x86asm.LCALL, x86asm.LJMP, x86asm.SYSCALL, x86asm.SYSENTER:
			// Far transfers and system calls leave the program; none
			// appears in compiled kernel code.
			d.addSite(i, site{kind: callgraph.Unknown, note: "far call, jump or system call"})
			if in.Op == x86asm.LJMP {
				d.flows[i] = flowStop
			}
		}
	}
}

func (d *decoder) addSite(i int, s site) {
	s.off = d.insns[i].off
	s.depth = -1
	d.sites = append(d.sites, s)
	d.siteAt = append(d.siteAt, i)
}

// callOrJump records where a call or jump goes.
func (d *decoder) callOrJump(i int, jump, cond bool) {
	in := &d.insns[i]
	arg := in.Args[0]
	if _, ok := arg.(x86asm.Rel); !ok {
		d.indirect(i, jump)
		return
	}
	t, why := d.relTarget(in)
	if !t.ok {
		d.addSite(i, site{kind: callgraph.Unknown, jump: jump, note: why})
		return
	}
	name := t.sym
	if t.extern != "" {
		name = t.extern
	} else if f := d.o.funcAt(t.loc); f != nil && name == "" {
		name = f.name()
	}
	switch {
	case jump && !cond && name == returnThunk:
		d.flows[i] = flowReturn
		return
	case isIndirectThunk(name):
		d.addSite(i, site{kind: callgraph.Indirect, jump: jump, note: name})
		if jump && !cond {
			d.flows[i] = flowIndJump
		}
		return
	case t.extern != "":
		d.addSite(i, site{kind: kindOf(jump), jump: jump, ext: t.extern})
		return
	}
	if off, ok := d.inFunc(t.loc); ok {
		if !jump {
			// A call of the function itself is recursion.
			if off == 0 {
				d.addSite(i, site{kind: callgraph.Direct, to: d.fn})
				return
			}
			d.addSite(i, site{kind: callgraph.Unknown, note: fmt.Sprintf("call into the middle of %s at +%#x", d.fn.name(), off)})
			return
		}
		// A jump within the function, its start included (a loop whose
		// head is the first instruction): control flow, not a call. The
		// stack depth must agree where the paths meet, or it is unknown.
		if j := d.index(off); j >= 0 {
			d.succ[i] = append(d.succ[i], j)
			d.target[j] = true
		} else {
			d.addSite(i, site{kind: callgraph.Unknown, jump: true, note: fmt.Sprintf("jump into the middle of an instruction at +%#x", off)})
			d.frame, d.why = -1, "a jump lands inside an instruction"
		}
		return
	}
	if f := d.o.funcAt(t.loc); f != nil {
		d.addSite(i, site{kind: kindOf(jump), jump: jump, to: f})
		return
	}
	if d.o.plt[t.loc.sec] {
		// A PLT stub jumps through its GOT slot: to a shared library's
		// function (external), or to one of the file's.
		f, ext, ok := d.o.pltTarget(t.loc)
		switch {
		case ok && f != nil:
			d.addSite(i, site{kind: kindOf(jump), jump: jump, to: f})
		case ok:
			d.addSite(i, site{kind: kindOf(jump), jump: jump, ext: ext})
		default:
			d.addSite(i, site{kind: kindOf(jump), jump: jump, ext: "PLT stub " + d.o.symbolAt(t.loc)})
		}
		return
	}
	d.addSite(i, site{kind: callgraph.Unknown, jump: jump, note: "to " + d.o.symbolAt(t.loc) + ", which is no function's start"})
}

func kindOf(jump bool) callgraph.Kind {
	if jump {
		return callgraph.Tail
	}
	return callgraph.Direct
}

// relTarget resolves the destination of a relative call or jump.
func (d *decoder) relTarget(in *insn) (target, string) {
	field := d.fn.loc.off + in.off + uint64(in.PCRelOff)
	end := d.fn.loc.off + in.off + uint64(in.Len)
	if d.o.rel {
		if r, ok := d.o.relocIn(d.fn.loc.sec, field, end); ok {
			switch r.typ {
			case elf.R_X86_64_PC32, elf.R_X86_64_PLT32:
			default:
				return target{}, fmt.Sprintf("relocation %v on a branch", r.typ)
			}
			t := d.o.relocTarget(r, int64(end-r.off))
			if !t.ok {
				return t, "unresolvable relocation"
			}
			return t, ""
		}
	}
	rel := int64(in.Args[0].(x86asm.Rel))
	if d.o.rel {
		off := int64(end) + rel
		if off < 0 || uint64(off) >= d.o.secs[d.fn.loc.sec].s.Size {
			return target{}, "branch outside its section"
		}
		return target{loc: location{d.fn.loc.sec, uint64(off)}, ok: true}, ""
	}
	addr := d.o.secs[d.fn.loc.sec].s.Addr + end + uint64(rel)
	loc, ok := d.o.addrLocation(addr)
	if !ok {
		return target{}, fmt.Sprintf("branch to %#x, outside every section", addr)
	}
	return target{loc: loc, ok: true}, ""
}

// isGOT reports whether a relocation makes a memory operand name the GOT
// slot of its symbol (which holds the symbol's address) rather than the
// symbol.
func isGOT(t elf.R_X86_64) bool {
	return t == elf.R_X86_64_GOTPCREL || t == elf.R_X86_64_GOTPCRELX || t == elf.R_X86_64_REX_GOTPCRELX
}

// memTarget resolves the location a memory operand's displacement names
// (through a relocation in an object file, or the displacement itself in
// a linked one), and the relocation type if there is one.
func (d *decoder) memTarget(in *insn, m x86asm.Mem) (target, elf.R_X86_64, bool) {
	start := d.fn.loc.off + in.off
	end := start + uint64(in.Len)
	if d.o.rel {
		r, ok := d.o.relocIn(d.fn.loc.sec, start, end)
		if !ok {
			return target{}, 0, false
		}
		extra := int64(0)
		if m.Base == x86asm.RIP {
			extra = int64(end - r.off)
		}
		t := d.o.relocTarget(r, extra)
		return t, r.typ, t.ok
	}
	var addr uint64
	switch {
	case m.Base == x86asm.RIP:
		addr = d.o.secs[d.fn.loc.sec].s.Addr + end + uint64(m.Disp)
	case m.Base == 0 && m.Segment == 0:
		addr = uint64(m.Disp)
	default:
		return target{}, 0, false
	}
	loc, ok := d.o.addrLocation(addr)
	return target{loc: loc, ok: ok}, 0, ok
}

// indirect records a call or jump through a register or memory: a call
// through the GOT names its callee; a jump may be a switch's jump table.
func (d *decoder) indirect(i int, jump bool) {
	in := &d.insns[i]
	if m, ok := in.Args[0].(x86asm.Mem); ok {
		// call *f@GOTPCREL(%rip): the GOT slot holds f itself.
		if t, typ, ok := d.memTarget(in, m); ok && isGOT(typ) {
			if t.extern != "" {
				d.addSite(i, site{kind: kindOf(jump), jump: jump, ext: t.extern})
				return
			}
			if f := d.o.funcAt(t.loc); f != nil {
				d.addSite(i, site{kind: kindOf(jump), jump: jump, to: f})
				return
			}
		}
	}
	if jump {
		d.flows[i] = flowIndJump
		if targets := d.jumpTable(i); len(targets) > 0 {
			for _, j := range targets {
				d.succ[i] = append(d.succ[i], j)
				d.target[j] = true
			}
			return
		}
	}
	d.addSite(i, site{kind: callgraph.Indirect, jump: jump, note: x86asm.GNUSyntax(in.Inst, 0, nil)})
}

// jumpTable finds the table of a switch that the indirect jump at i
// dispatches through, and returns the instructions it can reach. LLVM
// emits two forms: jmp *table(,%reg,8) with absolute 8-byte entries (static
// code) and lea table(%rip),%r1; movslq (%r1,%idx,4),%r2; add %r1,%r2;
// jmp *%r2 with 4-byte entries relative to the table (PIC). Either way
// the table is in a data section and, in an object file, every entry is a
// relocation to a place in this same function. Entries are read while
// they do; a table none of whose first entry does is no jump table.
func (d *decoder) jumpTable(i int) []int {
	var cands []location
	consider := func(j int) {
		in := &d.insns[j]
		for _, a := range in.Args {
			m, ok := a.(x86asm.Mem)
			if !ok {
				continue
			}
			if t, typ, ok := d.memTarget(in, m); ok && !isGOT(typ) && t.extern == "" && !d.o.secs[t.loc.sec].exec {
				cands = append(cands, t.loc)
			}
		}
	}
	consider(i)
	// The table's address may be loaded a few instructions earlier.
	for j := i - 1; j >= 0 && j >= i-16 && len(cands) == 0; j-- {
		if d.flows[j] != flowNext {
			break
		}
		consider(j)
	}
	for _, c := range cands {
		if t := d.readTable(c); len(t) > 0 {
			return t
		}
	}
	return nil
}

const maxTableEntries = 1 << 16

// readTable reads jump table entries at loc that lead into the function.
func (d *decoder) readTable(loc location) []int {
	var out []int
	add := func(t target) bool {
		if !t.ok || t.extern != "" {
			return false
		}
		off, ok := d.inFunc(t.loc)
		if !ok {
			return false
		}
		j := d.index(off)
		if j < 0 {
			return false
		}
		out = append(out, j)
		return true
	}
	if d.o.rel {
		rs, _ := d.o.relocations(loc.sec)
		k := sort.Search(len(rs), func(k int) bool { return rs[k].off >= loc.off })
		for n := 0; k < len(rs) && n < maxTableEntries; k, n = k+1, n+1 {
			r := rs[k]
			var t target
			switch r.typ {
			case elf.R_X86_64_64, elf.R_X86_64_32S, elf.R_X86_64_32:
				t = d.o.relocTarget(r, 0)
			case elf.R_X86_64_PC32:
				// The entry holds target - entry; code adds the table.
				t = d.o.relocTarget(r, -int64(r.off-loc.off))
			}
			if !add(t) {
				break
			}
			// Entries are contiguous: stop at a gap.
			if k+1 < len(rs) {
				if next := rs[k+1].off; next != r.off+8 && next != r.off+4 {
					break
				}
			}
		}
		return out
	}
	data, err := d.o.secs[loc.sec].contents()
	if err != nil || loc.off >= uint64(len(data)) {
		return nil
	}
	base := d.o.secs[loc.sec].s.Addr + loc.off
	tbl := data[loc.off:]
	// Absolute 8-byte entries.
	for n := 0; len(tbl) >= 8*(n+1) && n < maxTableEntries; n++ {
		l, ok := d.o.addrLocation(binary.LittleEndian.Uint64(tbl[8*n:]))
		if !add(target{loc: l, ok: ok}) {
			break
		}
	}
	if len(out) > 0 {
		return out
	}
	// 4-byte entries relative to the table.
	for n := 0; len(tbl) >= 4*(n+1) && n < maxTableEntries; n++ {
		v := int32(binary.LittleEndian.Uint32(tbl[4*n:]))
		l, ok := d.o.addrLocation(base + uint64(int64(v)))
		if !add(target{loc: l, ok: ok}) {
			break
		}
	}
	return out
}

// indexSites records which instruction each site is.
func (d *decoder) indexSites() {
	d.siteOf = make([]int, len(d.insns))
	for i := range d.siteOf {
		d.siteOf[i] = -1
	}
	for k, i := range d.siteAt {
		d.siteOf[i] = k
	}
}

// resolvePointers turns indirect sites whose pointer is an address in the
// file, or read-only data holding one, into direct calls or tail calls.
func (d *decoder) resolvePointers() {
	for k := range d.sites {
		s := &d.sites[k]
		if s.kind != callgraph.Indirect {
			continue
		}
		var fn *function
		var ext string
		switch s.ptr.kind {
		case vAddr:
			fn = d.o.funcAt(s.ptr.loc)
		case vLoad:
			fn, ext, _ = d.o.readPointer(s.ptr.loc)
		}
		if fn != nil || ext != "" {
			s.kind, s.to, s.ext = kindOf(s.jump), fn, ext
			s.note = "through a constant pointer"
		}
	}
}
