/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iu_e2e_dispatch - iu_dispatcher_func() with the stack aligned as the Rust
 * code expects; same signature, same result.
 *
 * rustc compiles for x86_64-unknown-linux-gnu (and the sysroot's libcore was
 * compiled for it): every function may assume the SysV ABI's 16-byte stack
 * alignment at a call.  The kernel keeps only 8 (gcc -mpreferred-stack-
 * boundary=3), and iu_dispatcher_func() passes on the alignment it gets
 * (9 pushes and a call).  The glue's call sites are at rsp % 16 == 0 or 8,
 * depending on the path; in the misaligned case Debian's rustc 1.63
 * libcore (route ir14) faults in the panic message formatting on a movaps
 * to its stack (<&T as core::fmt::Display>::fmt); rustup's libcore has no
 * aligned stack access on the paths run here, so lto and ir did not show
 * it.  Here the stack is aligned to 16 before the call, so the dispatcher
 * and the program are entered as the ABI says.
 *
 * A panic returns through iu_panic_trampoline() to the instruction after
 * the call with %rbp restored, so the "leave" below undoes the alignment
 * on both paths.
 */
#include <linux/linkage.h>

	.text
SYM_FUNC_START(iu_e2e_dispatch)
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	call	iu_dispatcher_func
	leave
	RET
SYM_FUNC_END(iu_e2e_dispatch)
