/* SPDX-License-Identifier: GPL-2.0 */
/* Assembly helpers and programs for the user-space unit test. */

#define IU_TEST_INSNSI	0x1a5a

/*
 * struct iu_regs { u64 rbx, rbp, r12, r13, r14, r15, rsp_before, rsp_after; }
 *
 * unsigned int iu_test_call(const void *ctx, void *prog,
 *			     const struct iu_regs *in, struct iu_regs *out);
 *
 * Loads rbx, rbp, r12-r15 from *in, calls
 * iu_dispatcher_func(ctx, IU_TEST_INSNSI, prog) with %rsp 16-byte aligned
 * (minus iu_test_misalign, which a test sets to 8 to call it as an 8-byte
 * aligned kernel caller may) and stores what those
 * registers and %rsp hold afterwards into *out.  It survives a dispatcher
 * that loses %rsp (the value is recovered from a per-depth save area), so
 * a broken guarantee is reported rather than crashing the test.
 */
	.bss
	.p2align 3
	.globl iu_test_misalign
iu_test_misalign: .quad 0	/* bytes to move %rsp down by before the call */
iu_test_depth:	.quad 0
iu_test_outs:	.skip 8 * 64
iu_test_rsps:	.skip 8 * 64

	.text
	.globl iu_test_call
	.type iu_test_call, @function
iu_test_call:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	%rcx			/* keeps %rsp 16-byte aligned at the call */
	subq	iu_test_misalign(%rip), %rsp	/* unless a test asks for 8 less */
	movq	iu_test_depth(%rip), %rax
	leaq	iu_test_outs(%rip), %r10
	movq	%rcx, (%r10,%rax,8)
	leaq	iu_test_rsps(%rip), %r10
	movq	%rsp, (%r10,%rax,8)
	movq	%rsp, 48(%rcx)
	incq	%rax
	movq	%rax, iu_test_depth(%rip)
	movq	%rsi, %r11
	movq	0(%rdx), %rbx
	movq	8(%rdx), %rbp
	movq	16(%rdx), %r12
	movq	24(%rdx), %r13
	movq	32(%rdx), %r14
	movq	40(%rdx), %r15
	movq	%r11, %rdx
	movq	$IU_TEST_INSNSI, %rsi
	call	iu_dispatcher_func
	movq	iu_test_depth(%rip), %r10
	decq	%r10
	movq	%r10, iu_test_depth(%rip)
	leaq	iu_test_outs(%rip), %r11
	movq	(%r11,%r10,8), %r11
	movq	%rbx, 0(%r11)
	movq	%rbp, 8(%r11)
	movq	%r12, 16(%r11)
	movq	%r13, 24(%r11)
	movq	%r14, 32(%r11)
	movq	%r15, 40(%r11)
	movq	%rsp, 56(%r11)
	leaq	iu_test_rsps(%rip), %rcx
	movq	(%rcx,%r10,8), %rsp
	addq	iu_test_misalign(%rip), %rsp
	popq	%rcx
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size iu_test_call, . - iu_test_call

/*
 * void iu_test_clobber_and_panic(void) __noreturn;
 * Also usable as a program: writes garbage to every callee-saved register,
 * moves %rsp away by some 4 KiB and "panics" through iu_landingpad().
 */
	.globl iu_test_clobber_and_panic
	.type iu_test_clobber_and_panic, @function
iu_test_clobber_and_panic:
	movabsq	$0xbad0bad0bad0b0b0, %rbx
	movabsq	$0xbad0bad0bad0b1b1, %rbp
	movabsq	$0xbad0bad0bad0b2b2, %r12
	movabsq	$0xbad0bad0bad0b3b3, %r13
	movabsq	$0xbad0bad0bad0b4b4, %r14
	movabsq	$0xbad0bad0bad0b5b5, %r15
	pushq	%rbx
	pushq	%rbp
	subq	$4100, %rsp
	andq	$-16, %rsp
	leaq	iu_test_clobber_msg(%rip), %rdi
	call	iu_landingpad
	ud2
	.size iu_test_clobber_and_panic, . - iu_test_clobber_and_panic

/*
 * unsigned int iu_test_rsp_align(void): a program that returns
 * (%rsp + 8) % 16 at its entry, 0 when it was called on the SysV ABI's
 * 16-byte aligned stack.
 */
	.globl iu_test_rsp_align
	.type iu_test_rsp_align, @function
iu_test_rsp_align:
	leaq	8(%rsp), %rax
	andl	$15, %eax
	ret
	.size iu_test_rsp_align, . - iu_test_rsp_align

/*
 * unsigned int iu_test_clobber_and_loop(const void *ctx, const void *insn):
 * a program that writes garbage to every callee-saved register, moves
 * %rsp and loops forever: only the watchdog's stop ends it.  In section
 * iu_progs, which the unit test's iu_is_program_code() calls program code.
 */
	.section iu_progs, "ax"
	.globl iu_test_clobber_and_loop
	.type iu_test_clobber_and_loop, @function
iu_test_clobber_and_loop:
	movabsq	$0xbad0bad0bad0b0b0, %rbx
	movabsq	$0xbad0bad0bad0b1b1, %rbp
	movabsq	$0xbad0bad0bad0b2b2, %r12
	movabsq	$0xbad0bad0bad0b3b3, %r13
	movabsq	$0xbad0bad0bad0b4b4, %r14
	movabsq	$0xbad0bad0bad0b5b5, %r15
	pushq	%rbx
	subq	$1000, %rsp
1:	pause
	jmp	1b
	.size iu_test_clobber_and_loop, . - iu_test_clobber_and_loop

	.section .rodata
iu_test_clobber_msg:
	.asciz "clobbered every callee-saved register"

	.section .note.GNU-stack, "", @progbits

