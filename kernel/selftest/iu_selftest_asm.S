/* SPDX-License-Identifier: GPL-2.0 */
/* Register-level helpers of the iu self-test. */
#include <linux/linkage.h>
#include <asm/nospec-branch.h>

/*
 * struct iu_st_regs { u64 rbx, rbp, r12, r13, r14, r15, rsp_before, rsp_after; }
 *
 * unsigned int iu_st_call(const void *ctx, void *prog,
 *			   const struct iu_st_regs *in, struct iu_st_regs *out);
 *
 * Loads rbx, rbp, r12-r15 from *in, calls iu_dispatcher_func(ctx, NULL,
 * prog) and stores those registers and %rsp as they are afterwards.
 */
SYM_FUNC_START(iu_st_call)
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	%rcx
	movq	%rsp, 48(%rcx)
	movq	%rsi, %r11
	movq	0(%rdx), %rbx
	movq	8(%rdx), %rbp
	movq	16(%rdx), %r12
	movq	24(%rdx), %r13
	movq	32(%rdx), %r14
	movq	40(%rdx), %r15
	movq	%r11, %rdx
	xorl	%esi, %esi
	call	iu_dispatcher_func
	movq	(%rsp), %r11
	movq	%rbx, 0(%r11)
	movq	%rbp, 8(%r11)
	movq	%r12, 16(%r11)
	movq	%r13, 24(%r11)
	movq	%r14, 32(%r11)
	movq	%r15, 40(%r11)
	movq	%rsp, 56(%r11)
	popq	%rcx
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	RET
SYM_FUNC_END(iu_st_call)

/*
 * unsigned int iu_st_clobber_and_panic(const void *ctx, const struct bpf_insn *);
 * A program that writes garbage to every callee-saved register, moves %rsp
 * and panics through iu_landingpad().
 */
SYM_FUNC_START(iu_st_clobber_and_panic)
	movabsq	$0xbad0bad0bad0b0b0, %rbx
	movabsq	$0xbad0bad0bad0b1b1, %rbp
	movabsq	$0xbad0bad0bad0b2b2, %r12
	movabsq	$0xbad0bad0bad0b3b3, %r13
	movabsq	$0xbad0bad0bad0b4b4, %r14
	movabsq	$0xbad0bad0bad0b5b5, %r15
	subq	$520, %rsp
	movq	$iu_st_clobber_msg, %rdi
	call	iu_landingpad
	ud2
SYM_FUNC_END(iu_st_clobber_and_panic)

	.section .rodata
iu_st_clobber_msg:
	.asciz "self-test program clobbered every callee-saved register"

	.text
/*
 * unsigned int iu_st_call_misaligned(const void *ctx, void *prog);
 * Calls iu_dispatcher_func(ctx, NULL, prog) with %rsp 8 bytes off the
 * 16-byte alignment, as kernel code (-mpreferred-stack-boundary=3) may.
 */
SYM_FUNC_START(iu_st_call_misaligned)
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	subq	$8, %rsp
	movq	%rsi, %rdx
	xorl	%esi, %esi
	call	iu_dispatcher_func
	leave
	RET
SYM_FUNC_END(iu_st_call_misaligned)

/*
 * unsigned int iu_st_rsp_align(const void *ctx, const struct bpf_insn *);
 * A program that returns (%rsp + 8) % 16 at its entry: 0 on the SysV
 * ABI's 16-byte aligned stack, which Rust code assumes.
 */
SYM_FUNC_START(iu_st_rsp_align)
	leaq	8(%rsp), %rax
	andl	$15, %eax
	RET
SYM_FUNC_END(iu_st_rsp_align)
