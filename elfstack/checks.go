package elfstack

import (
	"golang.org/x/arch/x86/x86asm"
)

// The run-time stack check that the IR pass puts before calls it cannot
// bound (issue 11) is, in AT&T syntax,
//
//	cmpq %gs:iu_stack_limit, %rsp
//	jb   iu_stack_overflow
//
// findChecks marks each call site that such a pair precedes on every path:
// walking back from the site, only straight-line code without calls,
// jumps or jump targets may separate them (a jump target in between would
// let a path skip the check). Argument set-up between the check and the
// call is fine.
func (d *decoder) findChecks() {
	for k, i := range d.siteAt {
		d.sites[k].checked = d.checkedBefore(i)
	}
}

const maxCheckDistance = 64 // instructions between a check and its call

func (d *decoder) checkedBefore(i int) bool {
	for j := i - 1; j >= 1 && j >= i-maxCheckDistance; j-- {
		if d.target[j+1] {
			return false // a jump lands between the check and the call
		}
		if d.isCheckJump(j) && d.isCheckCompare(j-1) {
			return true
		}
		if d.flows[j] != flowNext {
			return false
		}
	}
	return false
}

// isCheckJump reports whether instruction j is jb iu_stack_overflow.
func (d *decoder) isCheckJump(j int) bool {
	in := &d.insns[j]
	if in.Op != x86asm.JB {
		return false
	}
	k := d.siteOf[j]
	if k < 0 {
		return false
	}
	s := d.sites[k]
	return s.ext == stackOverflowSym || (s.to != nil && hasName(s.to, stackOverflowSym))
}

// isCheckCompare reports whether instruction j is cmp %gs:iu_stack_limit, %rsp
// (Intel order: CMP RSP, GS:[iu_stack_limit]).
func (d *decoder) isCheckCompare(j int) bool {
	in := &d.insns[j]
	if in.Op != x86asm.CMP || in.Args[0] != x86asm.RSP {
		return false
	}
	m, ok := in.Args[1].(x86asm.Mem)
	if !ok || m.Segment != x86asm.GS || m.Index != 0 {
		return false
	}
	if d.o.rel {
		start := d.fn.loc.off + in.off
		r, ok := d.o.relocIn(d.fn.loc.sec, start, start+uint64(in.Len))
		if !ok || r.sym == 0 || int(r.sym) > len(d.o.syms) {
			return false
		}
		return d.o.syms[r.sym-1].Name == stackLimitSym
	}
	// Linked: the displacement is the per-CPU variable's address (its
	// offset in the per-CPU area), compared with the symbol's value.
	if m.Base != 0 {
		return false
	}
	loc, ok := d.o.symAddrs[stackLimitSym]
	if !ok {
		return false
	}
	return int64(d.o.secs[loc.sec].s.Addr+loc.off) == m.Disp
}

func hasName(fn *function, name string) bool {
	for _, n := range fn.names {
		if n == name {
			return true
		}
	}
	return false
}
