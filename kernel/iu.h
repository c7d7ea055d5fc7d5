/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iu.h - inner-unikernel program dispatch and panic recovery.
 *
 * Interface of iu.ko (all EXPORT_SYMBOL_GPL), built against by other kernel
 * code and by the Rust runtime of inner-unikernel programs.  kernel/README.md
 * has the design and the measured costs.
 *
 * Dispatch
 *   iu_dispatcher_func() has the signature of bpf_dispatcher_nop_func() and
 *   calls @bpf_func(@ctx, @insnsi) on a 16-byte aligned stack.  It returns
 *     - the program's value when the program returns;
 *     - (unsigned int)-EINVAL when the program panicked (iu_landingpad());
 *     - (unsigned int)-ETIMEDOUT when it ran past its time budget (iu.ko's
 *       module parameter timeout_us, default 10000, writable at run time)
 *       and was stopped;
 *     - (unsigned int)-EOVERFLOW when it tried to use more than its stack
 *       budget (module parameter stack_budget, default 8192 bytes) and was
 *       stopped by a stack check;
 *     - (unsigned int)-EPERM, without running the program, when called from
 *       a preemptible context (preempt count 0 and interrupts on).  The
 *       first such call WARNs;
 *     - (unsigned int)-E2BIG, without running the program, when the
 *       current stack has less room than the budget plus IU_STACK_RESERVE
 *       (a deep caller, a 4 KiB exception stack): counted, reported
 *       (rate limited).
 *   Before the call it pushes a frame on its own stack holding the caller's
 *   callee-saved registers, the context that owns the dispatch (current and
 *   the interrupt level: the NMI, hard-irq and serving-softirq bits of the
 *   preempt count) and the cleanup base, and makes the per-CPU frame pointer
 *   point at it: the active dispatches of a CPU form a linked list through
 *   their stacks, innermost first.
 *
 * Context
 *   Any context that cannot be preempted: preemption or interrupts disabled
 *   (as BPF runs tracing programs), softirq, hard irq, NMI.  Interrupts and
 *   NMIs may nest dispatches at any instruction, also inside
 *   iu_cleanup_*() and iu_landingpad().  All state is per CPU and a frame
 *   is unwound on the CPU and in the context that pushed it.
 *
 * Panic
 *   The runtime's panic handler calls iu_landingpad(@msg).  @msg is a
 *   NUL-terminated string of which at most IU_PANIC_MSG_MAX bytes are read
 *   (a Rust &str without a NUL is cut there, never over-read).  It reports
 *   (rate limited: the message, the program, a stack dump), checks that the
 *   innermost frame belongs to the calling context (magic, task, interrupt
 *   level), runs the frame's cleanup entries and returns (unsigned
 *   int)-EINVAL to the caller of iu_dispatcher_func() with every
 *   callee-saved register and %rsp as at the call.  Only the innermost
 *   dispatch is unwound; enclosing programs continue normally.
 *
 *   A landing pad without a frame of its own context (no dispatch, a
 *   broken frame, or called from an interrupt handler that is not itself
 *   running under iu_dispatcher_func()) has nowhere to return to: it says so
 *   with pr_emerg and BUG()s.
 *
 * Tracing
 *   iu_dispatcher_func, iu_landingpad and everything the panic path runs
 *   before it returns to the dispatcher's caller (iu_cleanup_all, the
 *   trampolines) are notrace and NOKPROBE_SYMBOL: a function_graph or
 *   kretprobe entry pushed on a function that never returns would be popped
 *   by a later, unrelated return (seen: a traced caller returned into the
 *   program).  A runtime must keep its own panic path untraceable too: no
 *   ftrace instrumentation (Rust code has none unless built with it), and its
 *   panic handler and whatever it calls before iu_landingpad() listed in the
 *   module's "_kprobe_blacklist" section, which NOKPROBE_SYMBOL fills, e.g.
 *     #[link_section = "_kprobe_blacklist"] #[used]
 *     static NOKPROBE: [unsafe extern "C" fn() -> !; 1] = [rust_panic_fn];
 *   (one pointer-sized word per function).
 *
 * Termination
 *   No timer is armed and no clock read per dispatch: a watchdog on two
 *   housekeeping CPUs (README.md, "Termination") sees a dispatch still
 *   running a budget after it first saw it, and stops it with an NMI: the
 *   program's code does not run again, its cleanup entries run once, a
 *   rate-limited report names it, and the dispatch returns -ETIMEDOUT
 *   with every callee-saved register and %rsp as at the call, as after a
 *   panic.  Whatever the context: interrupts on or off, hard irq, nested
 *   (the inner dispatch stops, the outer goes on).  Not stopped: programs
 *   dispatched in NMI context (NMIs do not nest), and, on a machine with a
 *   single online CPU, programs running with interrupts off.
 *
 *   A program is never stopped inside a kernel function it calls: the
 *   runtime brackets EVERY call of a helper with iu_helper_enter() and
 *   iu_helper_exit().  A stop that falls due inside the bracket waits for
 *   iu_helper_exit(), which then does not return: the dispatch ends there.
 *   Code the compiler calls on its own (memcpy, memset, memmove, the
 *   retpoline and return thunks) counts as program code; cleanup functions
 *   run inside the bracket.
 *
 * Stack budget
 *   The innermost program may use the current stack down to the per-CPU
 *   iu_stack_limit (the stack pointer at dispatch minus stack_budget);
 *   IU_STACK_RESERVE bytes below it stay for the helpers it calls, its
 *   panic path and exceptions.  A program whose stack use has no static
 *   bound (recursion, calls through pointers) checks before such calls:
 *     cmpq %gs:iu_stack_limit, %rsp
 *     jb   iu_stack_overflow
 *   iu_stack_overflow() (entered by that jump, or by a call) never returns:
 *   the program's stack is abandoned, its cleanup entries run once, a
 *   rate-limited report names it, and the dispatch returns -EOVERFLOW with
 *   every callee-saved register and %rsp as at the call.  A nested
 *   dispatch gets its own limit and restores the enclosing one on every
 *   exit path.  The program runs on the kernel's own stack (task, IRQ), so
 *   stack traces, WARNs and the guard page work as for any kernel code.
 *
 * Cleanup entries and nesting
 *   Each CPU has IU_NR_CLEANUP_ENTRIES slots.  Each dispatch owns the slots
 *   from its base (the per-CPU "top" when it began) up, so a nested
 *   dispatch never sees the entries of the program it interrupted.
 *   iu_cleanup_register() returns the slot, -ENOSPC when none is free (the
 *   runtime then panics; every registered entry is still cleaned), or
 *   -EINVAL outside a dispatch.  iu_cleanup_unregister() drops an entry of
 *   the innermost dispatch on a normal drop; a slot outside it (an outer
 *   program's, or never registered) is refused with a rate-limited report.
 *   iu_cleanup_all() runs and invalidates the innermost dispatch's entries,
 *   newest first.  Each entry is invalidated before its function runs, so
 *   it runs exactly once: a runtime may call iu_cleanup_all() and then
 *   iu_landingpad(), or only iu_landingpad().
 *
 *   Entries still registered when a program returns normally are leaks (a
 *   forgotten guard still holds its lock or reference): the dispatcher runs
 *   them right then, newest first, reports it (rate limited) and counts
 *   them; no other dispatch ever sees them.
 */
#ifndef _IU_H
#define _IU_H

/*
 * Stack below a program's limit kept for what runs there on its behalf:
 * the helpers it calls, its panic path (the runtime's panic handler,
 * iu_landingpad's report and stack dump, the cleanups) and exceptions
 * taken on its stack.  Measured: kernel/README.md, "Stack budget".
 */
#define IU_STACK_RESERVE	3072

#ifndef __ASSEMBLY__
#include <linux/compiler.h>
#include <linux/percpu.h>
#include <linux/types.h>

struct bpf_insn;

#define IU_NR_CLEANUP_ENTRIES	64
#define IU_PANIC_MSG_MAX	256

/* Lowest stack address the innermost program may use (see above). */
DECLARE_PER_CPU(unsigned long, iu_stack_limit);

/*
 * The functions implemented in assembly (iu_dispatch.S, iu_helper.S) are
 * documented here; the C ones at their definitions (iu_core.c).
 */

/**
 * iu_stack_overflow - stop the innermost program: it used its stack budget
 *
 * Entered by the stack check's "jb iu_stack_overflow" (no return address)
 * or called.  Never returns: the dispatch returns (unsigned int)-EOVERFLOW.
 * Outside a program of the current context it is a BUG().
 */
void iu_stack_overflow(void) __noreturn;

/**
 * iu_dispatcher_func - run a program so that panics, overruns and stack
 *			overflows return here
 * @ctx: the program's first argument
 * @insnsi: its second (passed through)
 * @bpf_func: the program
 *
 * Context: not preemptible (see above).
 * Return: the program's value; (unsigned int)-EINVAL, -ETIMEDOUT or
 * -EOVERFLOW when it was stopped; -EPERM or -E2BIG when it was not run.
 */
unsigned int iu_dispatcher_func(const void *ctx, const struct bpf_insn *insnsi,
				unsigned int (*bpf_func)(const void *,
							 const struct bpf_insn *));

void iu_landingpad(const char *msg) __noreturn;

int iu_cleanup_register(void (*fn)(void *), void *arg);
void iu_cleanup_unregister(int slot);
void iu_cleanup_all(void);

/**
 * iu_helper_enter - a program is about to call a kernel function (a helper)
 *
 * Until the matching iu_helper_exit() the program is never stopped: a stop
 * that falls due meanwhile waits for the exit.  Brackets nest.
 */
void iu_helper_enter(void);

/**
 * iu_helper_exit - the helper returned
 *
 * Does not return if the program's time budget ran out inside the bracket:
 * the dispatch returns (unsigned int)-ETIMEDOUT.
 */
void iu_helper_exit(void);

/* Registered cleanup entries on @cpu (leak checks in tests). */
int iu_cleanup_pending(int cpu);

/* Number of active dispatches on this CPU (0 outside any program). */
int iu_dispatch_depth(void);

#endif /* !__ASSEMBLY__ */
#endif /* _IU_H */
