package elfstack

import (
	"fmt"

	"golang.org/x/arch/x86/x86asm"
)

// The stack pointer is followed through a function's control flow as its
// depth below the value it had on entry (where it pointed at the return
// address): push and pop, add/sub/lea of a constant, the frame pointer
// saved with mov %rsp,%rbp and restored by mov %rbp,%rsp, lea -N(%rbp),%rsp
// or leave. Where two paths meet with different depths, or an instruction
// sets %rsp in a way not modelled (a variable-sized alloca's sub %rax,%rsp,
// realignment with and), the depth is unknown from there on. The function's
// frame is the deepest depth reached; it is known only if every reachable
// instruction's depth is.
//
// The depth at a jump to another function tells a tail call (depth 0: the
// frame is gone, the callee reuses the return address) from a jump with the
// frame still in place (the stack check's jb iu_stack_overflow).

// spState is the abstract state before an instruction.
type spState struct {
	set      bool  // reached
	known    bool  // depth is known
	depth    int64 // bytes below the entry stack pointer
	rbpKnown bool  // %rbp holds entry - rbp (a frame pointer set from %rsp)
	rbp      int64
}

func (a spState) equal(b spState) bool {
	if a.set != b.set || a.known != b.known || a.rbpKnown != b.rbpKnown {
		return false
	}
	return (!a.known || a.depth == b.depth) && (!a.rbpKnown || a.rbp == b.rbp)
}

// join merges the state of another path into a; it reports whether a
// changed. Disagreeing depths become unknown, so every instruction's state
// changes at most three times and the propagation ends.
func (a *spState) join(b spState) bool {
	if !b.set {
		return false
	}
	if !a.set {
		*a = b
		return true
	}
	old := *a
	if !b.known || (a.known && a.depth != b.depth) {
		a.known, a.depth = false, 0
	}
	if !b.rbpKnown || (a.rbpKnown && a.rbp != b.rbp) {
		a.rbpKnown, a.rbp = false, 0
	}
	return !a.equal(old)
}

const maxFrame = 1 << 40 // deeper than this is garbage, not a frame

// followStack computes the depth before each instruction and the frame.
func (d *decoder) followStack() {
	n := len(d.insns)
	states := make([]spState, n)
	d.depth = make([]int64, n)
	if n == 0 {
		d.frame = 0
		return
	}
	states[0] = spState{set: true, known: true}
	work := []int{0}
	queued := make([]bool, n)
	queued[0] = true
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		queued[i] = false
		out := step(&d.insns[i], states[i])
		next := func(j int) {
			if states[j].join(out) && !queued[j] {
				queued[j] = true
				work = append(work, j)
			}
		}
		switch d.flows[i] {
		case flowNext, flowCall, flowCond:
			if i+1 < n {
				next(i + 1)
			}
		}
		for _, j := range d.succ[i] {
			next(j)
		}
	}

	frame := int64(0)
	why := ""
	for i := range d.insns {
		s := states[i]
		d.depth[i] = -1
		if !s.set {
			continue
		}
		if !s.known {
			if why == "" {
				why = fmt.Sprintf("the stack pointer is not known at +%#x (%s)", d.insns[i].off, unknownCause(d, states, i))
			}
			continue
		}
		d.depth[i] = s.depth
		after := step(&d.insns[i], s)
		for _, v := range []int64{s.depth, after.depth} {
			if v < 0 || v > maxFrame {
				if why == "" {
					why = fmt.Sprintf("the stack pointer goes above its entry value or implausibly deep at +%#x", d.insns[i].off)
				}
			}
			frame = max(frame, v)
		}
		// Memory below the stack pointer: the red zone, which code built
		// without -mno-red-zone (user space) uses in leaf functions.
		frame = max(frame, redZoneDepth(&d.insns[i], s))
		if !after.known && why == "" && d.flows[i] != flowReturn && d.flows[i] != flowStop {
			why = fmt.Sprintf("%q at +%#x sets the stack pointer to a value not known in advance", gnu(&d.insns[i]), d.insns[i].off)
		}
		if d.flows[i] == flowReturn && s.depth != 0 && why == "" {
			why = fmt.Sprintf("returns at +%#x with %d bytes still on the stack", d.insns[i].off, s.depth)
		}
	}
	if d.why != "" {
		why = d.why
	}
	if why != "" {
		d.frame, d.why = -1, why
		return
	}
	d.frame = frame
	for k := range d.sites {
		d.sites[k].depth = d.depth[d.siteAt[k]]
	}
}

// redZoneDepth is the depth of the lowest stack byte an instruction's
// memory operand addresses through %rsp or a known frame pointer (0 if
// none): a write at -8(%rsp) uses stack that no push or sub allocated.
func redZoneDepth(in *insn, s spState) int64 {
	if in.Op == x86asm.LEA || in.Op == x86asm.NOP || !s.known {
		return 0
	}
	var deepest int64
	for _, a := range in.Args {
		m, ok := a.(x86asm.Mem)
		if !ok || m.Index != 0 || m.Segment != 0 {
			continue
		}
		switch {
		case m.Base == x86asm.RSP:
			deepest = max(deepest, s.depth-m.Disp)
		case m.Base == x86asm.RBP && s.rbpKnown:
			deepest = max(deepest, s.rbp-m.Disp)
		}
	}
	return min(deepest, maxFrame)
}

// unknownCause names why the depth before instruction i is unknown: paths
// that meet with different depths, or an earlier instruction that loses it.
func unknownCause(d *decoder, states []spState, i int) string {
	for j := range d.insns {
		s := states[j]
		if s.set && s.known && !step(&d.insns[j], s).known && d.flows[j] != flowReturn {
			return fmt.Sprintf("after %q at +%#x", gnu(&d.insns[j]), d.insns[j].off)
		}
	}
	return "paths with different stack depths meet"
}

// Registers that alias %rsp and %rbp: writing any of them changes it.
func isSP(a x86asm.Arg) bool {
	r, ok := a.(x86asm.Reg)
	return ok && (r == x86asm.RSP || r == x86asm.ESP || r == x86asm.SP || r == x86asm.SPB)
}

func isBP(a x86asm.Arg) bool {
	r, ok := a.(x86asm.Reg)
	return ok && (r == x86asm.RBP || r == x86asm.EBP || r == x86asm.BP || r == x86asm.BPB)
}

// step is the transfer function: the state after instruction in.
func step(in *insn, s spState) spState {
	if !s.set {
		return s
	}
	out := s
	lost := func() { out.known, out.depth = false, 0 }
	a0, a1 := in.Args[0], in.Args[1]
	imm := func(a x86asm.Arg) (int64, bool) {
		v, ok := a.(x86asm.Imm)
		return int64(v), ok
	}
	size := int64(8)
	if in.DataSize == 16 {
		size = 2
	}
	switch in.Op {
	case x86asm.PUSH, x86asm.PUSHF, x86asm.PUSHFQ:
		if s.known {
			out.depth += size
		}
		return out
	case x86asm.POP:
		if s.known {
			out.depth -= size
		}
		switch {
		case isSP(a0):
			lost()
		case isBP(a0):
			out.rbpKnown = false
		}
		return out
	case x86asm.POPF, x86asm.POPFQ:
		if s.known {
			out.depth -= size
		}
		return out
	case x86asm.LEAVE:
		// mov %rbp,%rsp; pop %rbp
		if s.rbpKnown {
			out.known, out.depth = true, s.rbp-8
		} else {
			lost()
		}
		out.rbpKnown = false
		return out
	case x86asm.ENTER:
		lost()
		out.rbpKnown = false
		return out
	case x86asm.CALL, x86asm.RET, x86asm.CMP, x86asm.TEST, x86asm.BT:
		// A call returns with the stack as it was; comparisons only read.
		return out
	}
	switch {
	case isSP(a0):
		v, isImm := imm(a1)
		switch {
		case in.Op == x86asm.SUB && isImm && a0 == x86asm.RSP && s.known:
			out.depth += v
		case in.Op == x86asm.ADD && isImm && a0 == x86asm.RSP && s.known:
			out.depth -= v
		case in.Op == x86asm.LEA && a0 == x86asm.RSP:
			m := a1.(x86asm.Mem)
			switch {
			case m.Index != 0 || m.Segment != 0:
				lost()
			case m.Base == x86asm.RSP && s.known:
				out.depth -= m.Disp
			case m.Base == x86asm.RBP && s.rbpKnown:
				out.known, out.depth = true, s.rbp-m.Disp
			default:
				lost()
			}
		case in.Op == x86asm.MOV && a0 == x86asm.RSP && a1 == x86asm.RBP && s.rbpKnown:
			out.known, out.depth = true, s.rbp
		default:
			lost()
		}
		if in.Op == x86asm.XCHG && isBP(a1) {
			out.rbpKnown = false
		}
		return out
	case isBP(a0):
		if in.Op == x86asm.MOV && a0 == x86asm.RBP && a1 == x86asm.RSP && s.known {
			out.rbpKnown, out.rbp = true, s.depth
		} else {
			out.rbpKnown = false
		}
		if in.Op == x86asm.XCHG && isSP(a1) {
			lost()
		}
		return out
	}
	// xchg and xadd write their second operand too.
	if in.Op == x86asm.XCHG || in.Op == x86asm.XADD || in.Op == x86asm.CMPXCHG {
		if isSP(a1) {
			lost()
		}
		if isBP(a1) {
			out.rbpKnown = false
		}
	}
	return out
}

// gnu renders an instruction in AT&T syntax, as objdump does.
func gnu(in *insn) string { return x86asm.GNUSyntax(in.Inst, 0, nil) }
