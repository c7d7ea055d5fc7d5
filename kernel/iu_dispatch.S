/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iu_dispatcher_func - run an inner-unikernel program so that a Rust panic
 * in it unwinds back here.  See iu.h for the design.
 *
 * Frame pushed before the call (offsets in iu_frame.h), lowest first:
 *
 *	iu_active_frame ->	link to the enclosing frame (or 0)
 *				cleanup base of the enclosing dispatch
 *				IU_FRAME_MAGIC
 *				r15, r14, r13, r12, rbx, rbp of the caller
 *				return address
 *
 * Interrupts and NMIs may run nested dispatches between any two
 * instructions.  The frame is published (movq %rsp, iu_active_frame) only
 * once it is complete, and unlinked (popq iu_active_frame) before any of it
 * is popped, so iu_active_frame always points at a complete frame or at the
 * enclosing one; a nested dispatch restores everything it changes.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/percpu.h>
#include <asm/unwind_hints.h>
#include <asm/nospec-branch.h>

#include "iu_frame.h"

/*
 * Leave the frame iu_active_frame points at, which %rsp points at too:
 * unlink it, give the slots of this dispatch back (top = our base), restore
 * the enclosing dispatch's base and the caller's registers, and return.
 * %rax holds the return value; %rcx is scratch.
 */
.macro IU_LEAVE_FRAME
	popq	PER_CPU_VAR(iu_active_frame)
	movq	PER_CPU_VAR(iu_cleanup_base), %rcx
	movq	%rcx, PER_CPU_VAR(iu_cleanup_top)
	popq	PER_CPU_VAR(iu_cleanup_base)
	popq	%rcx			/* IU_FRAME_MAGIC */
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	RET
.endm

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
	/* This dispatch owns the cleanup slots from the current top up. */
	pushq	PER_CPU_VAR(iu_cleanup_base)
	movq	PER_CPU_VAR(iu_cleanup_top), %rax
	movq	%rax, PER_CPU_VAR(iu_cleanup_base)
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

	IU_LEAVE_FRAME

/*
 * Reached by a jump from iu_landingpad() on the stack of the panicking
 * program, with the landing pad's return address on top (iu_landingpad()
 * jumps with no frame of its own): the state of a function entry.
 *
 * Everything is restored from the innermost frame with plain loads while
 * %rsp still points below it, so a nested interrupt cannot overwrite the
 * frame; only then is %rsp moved onto the frame's return address.
 */
SYM_INNER_LABEL(iu_panic_trampoline, SYM_L_GLOBAL)
	UNWIND_HINT_FUNC
	movq	PER_CPU_VAR(iu_active_frame), %rcx
	movq	IU_FRAME_RBX(%rcx), %rbx
	movq	IU_FRAME_RBP(%rcx), %rbp
	movq	IU_FRAME_R12(%rcx), %r12
	movq	IU_FRAME_R13(%rcx), %r13
	movq	IU_FRAME_R14(%rcx), %r14
	movq	IU_FRAME_R15(%rcx), %r15
	/* Unlink: a later panic lands in the enclosing frame. */
	movq	IU_FRAME_LINK(%rcx), %rdx
	movq	%rdx, PER_CPU_VAR(iu_active_frame)
	/* Slots of this dispatch are free: top = our base, restore base. */
	movq	PER_CPU_VAR(iu_cleanup_base), %rdx
	movq	%rdx, PER_CPU_VAR(iu_cleanup_top)
	movq	IU_FRAME_CLEANUP_BASE(%rcx), %rdx
	movq	%rdx, PER_CPU_VAR(iu_cleanup_base)
	/* Back on the caller's stack, on the return address. */
	leaq	IU_FRAME_RET(%rcx), %rsp
	UNWIND_HINT_FUNC
	movl	$-EINVAL, %eax
	RET
SYM_FUNC_END(iu_dispatcher_func)
