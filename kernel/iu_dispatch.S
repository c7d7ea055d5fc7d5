/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iu_dispatcher_func - run an inner-unikernel program so that a Rust panic
 * in it unwinds back here.  See iu.h for the contract, README.md for the
 * design.
 *
 * Frame pushed before the call (offsets in iu_frame.h), lowest first:
 *
 *	iu_active_frame ->	link to the enclosing frame (or 0)
 *				cleanup base: the cleanup top at entry
 *				bpf_func (for reports)
 *				preempt count at entry (its interrupt level)
 *				current at entry
 *				IU_FRAME_MAGIC
 *				r15, r14, r13, r12, rbx, rbp of the caller
 *				return address
 *
 * Interrupts and NMIs may run nested dispatches between any two
 * instructions.  The frame is published (movq %rsp, iu_active_frame) only
 * once it is complete, and unlinked (popq iu_active_frame) before any of it
 * is popped, so iu_active_frame always points at a complete frame or at the
 * enclosing one; a nested dispatch restores everything it changes.
 *
 * The normal path is straight-line code from the entry to the first RET;
 * every slow path (refusal, leaked entries) is out of line after it.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/asm.h>
#include <asm/percpu.h>
#include <asm/processor-flags.h>
#include <asm/unwind_hints.h>
#include <asm/nospec-branch.h>

#include "iu_frame.h"

/* preempt_count() without x86's inverted NEED_RESCHED bit (bit 31). */
#define IU_PREEMPT_COUNT_MASK	0x7fffffff

	.text
/*
 * unsigned int iu_dispatcher_func(const void *ctx,
 *				   const struct bpf_insn *insnsi,
 *				   unsigned int (*bpf_func)(const void *,
 *							    const struct bpf_insn *));
 */
SYM_FUNC_START(iu_dispatcher_func)
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	$IU_FRAME_MAGIC
	/*
	 * The context that owns the frame: the task and the interrupt level.
	 * A landing pad (or a stop) compares them with its own, so a frame
	 * is only ever unwound by the context that pushed it.  The 8-byte
	 * push reads the 4-byte preempt count and the 4 bytes after it in
	 * the per-CPU area; only the low 32 bits are ever looked at.
	 */
	pushq	PER_CPU_VAR(current_task)
	pushq	PER_CPU_VAR(__preempt_count)
	/*
	 * preemptible() is "preempt count 0 and interrupts on": the frame
	 * chain is per CPU, so a dispatch that could be preempted (and so
	 * interleaved with another task's on this CPU) is refused.  Only a
	 * zero count needs the (slower) look at the interrupt flag.
	 */
	testl	$IU_PREEMPT_COUNT_MASK, (%rsp)
	jz	.Lcount_zero
.Lcontext_ok:
	pushq	%rdx
	/* This dispatch owns the cleanup slots from the current top up. */
	pushq	PER_CPU_VAR(iu_cleanup_top)
	/* Link and publish the frame: from here a panic lands in it. */
	pushq	PER_CPU_VAR(iu_active_frame)
	movq	%rsp, PER_CPU_VAR(iu_active_frame)

	/*
	 * The kernel keeps %rsp only 8-byte aligned
	 * (-mpreferred-stack-boundary=3), but Rust code and the libcore it
	 * links follow the SysV ABI: 16 at a call, which they rely on (movaps
	 * to their stack while formatting a panic message, for one).  Align
	 * below the frame; %rbp, which the program preserves, leads back.
	 */
	andq	$-16, %rsp
	/* %rdi = ctx, %rsi = insnsi are passed through unchanged. */
	CALL_NOSPEC rdx
	leaq	-IU_FRAME_RBP(%rbp), %rsp

	/*
	 * iu_cleanup_unregister() lowers the top past trailing free slots,
	 * so top == base means the program dropped every entry it took.
	 */
	movq	IU_FRAME_CLEANUP_BASE(%rsp), %rcx
	cmpq	%rcx, PER_CPU_VAR(iu_cleanup_top)
	jne	.Lleaked
.Lleave:
	popq	PER_CPU_VAR(iu_active_frame)
	addq	$(IU_FRAME_R15 - IU_FRAME_CLEANUP_BASE), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	RET

	/* Slow paths. */
.Lleaked:
	/*
	 * Entries still registered at a normal exit are leaks (a forgotten
	 * guard): run them now, while the frame is still the innermost, and
	 * report.  They must never pass to another dispatch.
	 */
	pushq	%rax
	leaq	8(%rsp), %rdi
	call	iu_run_leaked
	popq	%rax
	jmp	.Lleave

.Lcount_zero:
	pushfq
	popq	%rcx
	testl	$X86_EFLAGS_IF, %ecx
	jz	.Lcontext_ok		/* interrupts off: not preemptible */
	call	iu_refuse_preemptible
	movl	$-EPERM, %eax
	addq	$(IU_FRAME_R15 - IU_FRAME_PREEMPT), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	RET
SYM_FUNC_END(iu_dispatcher_func)
_ASM_NOKPROBE(iu_dispatcher_func)

/*
 * Reached by a jump from iu_landingpad() on the stack of the panicking
 * program, with the landing pad's return address on top (iu_landingpad()
 * jumps with no frame of its own): the state of a function entry.  The
 * landing pad has checked that the innermost frame belongs to this context
 * and run its cleanups; the magic is checked once more here, because a ud2
 * beats returning through garbage.
 */
SYM_CODE_START(iu_panic_trampoline)
	UNWIND_HINT_FUNC
	movq	PER_CPU_VAR(iu_active_frame), %rcx
	cmpq	$IU_FRAME_MAGIC, IU_FRAME_MAGIC_OFF(%rcx)
	jne	.Lbad_frame
	movl	$-EINVAL, %eax
	jmp	iu_unwind_frame
.Lbad_frame:
	ud2
SYM_CODE_END(iu_panic_trampoline)
_ASM_NOKPROBE(iu_panic_trampoline)

/*
 * Return from the innermost dispatch (frame in %rcx) to the caller of
 * iu_dispatcher_func() with %eax as the result, wherever the program was:
 * %rsp moves to the frame first (whatever was below it is dead), then
 * every callee-saved register is reloaded, the cleanup slots of the
 * dispatch are given back (its entries have run), the frame is unlinked
 * and the return address popped.  From the frame on, the stack is that of
 * iu_dispatcher_func() just before its return, which the unwind hint says.
 */
SYM_CODE_START_LOCAL(iu_unwind_frame)
	UNWIND_HINT_EMPTY
	movq	%rcx, %rsp
	UNWIND_HINT sp_reg=ORC_REG_SP sp_offset=IU_FRAME_CFA type=UNWIND_HINT_TYPE_CALL
	movq	IU_FRAME_RBX(%rsp), %rbx
	movq	IU_FRAME_RBP(%rsp), %rbp
	movq	IU_FRAME_R12(%rsp), %r12
	movq	IU_FRAME_R13(%rsp), %r13
	movq	IU_FRAME_R14(%rsp), %r14
	movq	IU_FRAME_R15(%rsp), %r15
	movq	IU_FRAME_CLEANUP_BASE(%rsp), %rdx
	movq	%rdx, PER_CPU_VAR(iu_cleanup_top)
	popq	PER_CPU_VAR(iu_active_frame)
	addq	$(IU_FRAME_RET - 8), %rsp
	RET
SYM_CODE_END(iu_unwind_frame)
_ASM_NOKPROBE(iu_unwind_frame)
