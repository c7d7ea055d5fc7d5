/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The helper bracket.  In its own object so that objtool sees the jump of
 * iu_helper_exit() to iu_timeout_trampoline as what it is, a sibling call
 * into code that never returns here.
 */
#include <linux/linkage.h>
#include <asm/asm.h>
#include <asm/percpu.h>

#include "iu_frame.h"

	.text
/*
 * void iu_helper_enter(void), void iu_helper_exit(void): the runtime
 * brackets every call of a kernel function (a helper) with them.  While the
 * helper depth (the low bits of iu_cpu_state) is above the innermost
 * frame's, the watchdog never stops the program: it marks the stop as due
 * (IU_STATE_STOP) and iu_helper_exit() performs it when the depth is back.
 * Each is one per-CPU byte operation, which no interrupt can split; the
 * stop bit makes the decrement's result negative, so the normal path of
 * iu_helper_exit() is the decrement and one untaken jump.
 */
SYM_FUNC_START(iu_helper_enter)
	incb	PER_CPU_VAR(iu_cpu_state)
	RET
SYM_FUNC_END(iu_helper_enter)
_ASM_NOKPROBE(iu_helper_enter)

SYM_FUNC_START(iu_helper_exit)
	decb	PER_CPU_VAR(iu_cpu_state)
	js	.Lstop_due
	RET
.Lstop_due:
	call	iu_helper_stop_now
	testl	%eax, %eax
	jnz	iu_timeout_trampoline
	RET
SYM_FUNC_END(iu_helper_exit)
_ASM_NOKPROBE(iu_helper_exit)
.Lbracket_end:

/*
 * The extent of the two functions above, for iu_stop_decide(): at the
 * frame's helper depth (iu_helper_enter before its increment,
 * iu_helper_exit after its decrement) a program interrupted in them holds
 * nothing and may be stopped there, as in its own code.
 */
	.pushsection .rodata
SYM_DATA_START(iu_bracket_text)
	.quad	iu_helper_enter
	.quad	.Lbracket_end
SYM_DATA_END(iu_bracket_text)
	.popsection
