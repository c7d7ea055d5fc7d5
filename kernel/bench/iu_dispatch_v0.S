/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The normal path of iu_dispatcher_func as it was before issues 9-11 (28
 * instructions: frame, cleanup base, link, alignment, call, unlink), kept
 * only so that make kernel-bench times the current dispatcher against it
 * side by side in one run.  Its own per-CPU variables; no panic path.
 */
#include <linux/linkage.h>
#include <asm/percpu.h>
#include <asm/nospec-branch.h>

	.section iu_percpu, "aw"
	.p2align 3
iu_v0_active_frame:	.quad 0
iu_v0_cleanup_base:	.quad 0
iu_v0_cleanup_top:	.quad 0

	.text
SYM_FUNC_START(iu_v0_dispatcher_func)
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	$0x49554652
	pushq	PER_CPU_VAR(iu_v0_cleanup_base)
	movq	PER_CPU_VAR(iu_v0_cleanup_top), %rax
	movq	%rax, PER_CPU_VAR(iu_v0_cleanup_base)
	pushq	PER_CPU_VAR(iu_v0_active_frame)
	movq	%rsp, PER_CPU_VAR(iu_v0_active_frame)
	andq	$-16, %rsp
	CALL_NOSPEC rdx
	leaq	-64(%rbp), %rsp
	popq	PER_CPU_VAR(iu_v0_active_frame)
	movq	PER_CPU_VAR(iu_v0_cleanup_base), %rcx
	movq	%rcx, PER_CPU_VAR(iu_v0_cleanup_top)
	popq	PER_CPU_VAR(iu_v0_cleanup_base)
	popq	%rcx
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	RET
SYM_FUNC_END(iu_v0_dispatcher_func)

	.section .note.GNU-stack, "", @progbits
