/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iu.h - inner-unikernel program dispatch and panic recovery.
 *
 * Interface of iu.ko, built against by other kernel code and by the Rust
 * runtime of inner-unikernel programs.
 *
 * Dispatch
 *   iu_dispatcher_func() has the signature of bpf_dispatcher_nop_func() and
 *   calls @bpf_func(@ctx, @insnsi).  Before the call it pushes a frame on its
 *   own stack holding the caller's callee-saved registers (rbx, rbp,
 *   r12-r15), the cleanup base of the enclosing dispatch and a link to the
 *   enclosing frame, and makes the per-CPU frame pointer point at it: the
 *   active dispatches of a CPU form a linked list through their stacks.
 *
 * Panic
 *   The runtime's panic handler calls iu_landingpad().  It reports the
 *   message (rate limited), runs the pending cleanups of the innermost
 *   dispatch and jumps to iu_panic_trampoline, which reloads the stack
 *   pointer from the innermost frame, unlinks it, restores every
 *   callee-saved register and returns (unsigned int)-EINVAL to the caller of
 *   iu_dispatcher_func().  Only the innermost dispatch is unwound; enclosing
 *   programs continue normally.
 *
 *   Calling iu_landingpad() with no active dispatch on this CPU (or from a
 *   different stack than the innermost dispatch, e.g. an interrupt handler
 *   that is not itself running under iu_dispatcher_func()) is a kernel bug:
 *   there is no frame to return to, so it reports the fact with pr_emerg and
 *   BUG()s - an oops that kills the current task in process context.
 *
 * Cleanup entries and nesting
 *   Each CPU has IU_NR_CLEANUP_ENTRIES slots.  Each dispatch owns the slots
 *   from its "base" upwards: on entry the dispatcher sets base to the current
 *   "top" (one past the highest slot registered so far on this CPU), so a
 *   nested dispatch (an NMI, a helper) never sees the entries of the program
 *   it interrupted.  On exit, normal or panic, top and base go back to the
 *   values of the enclosing dispatch.
 *
 *   iu_cleanup_register() takes the lowest free slot >= base and returns its
 *   index, or -ENOSPC when none is free (the runtime is then expected to
 *   panic; the panic still cleans up every registered entry).
 *   iu_cleanup_unregister() invalidates a slot on a normal drop.
 *   iu_cleanup_all() runs and invalidates every valid slot >= base, i.e. the
 *   entries of the innermost active dispatch only.  Each entry is marked
 *   invalid before its cleanup_fn runs, so an entry runs at most once: a
 *   runtime may call iu_cleanup_all() and then iu_landingpad(), or only
 *   iu_landingpad(), and every entry runs exactly once.
 *
 *   Runtimes must go through iu_cleanup_register() rather than writing the
 *   array directly, or nesting cannot be honoured.
 *
 * Context requirements
 *   Programs, iu_cleanup_*() and iu_landingpad() must run with preemption
 *   (hence migration) disabled, as BPF programs are run: all state is
 *   per-CPU, and a frame must be unwound on the CPU that pushed it.
 *   Interrupts and NMIs may nest dispatches at any instruction: every
 *   per-CPU update in the dispatcher is a single instruction that leaves a
 *   consistent chain, and each nested dispatch restores what it changed.
 *   Nested dispatches share the slots: an inner program gets only the slots
 *   above those the interrupted program holds.
 */
#ifndef _IU_H
#define _IU_H

#include <linux/compiler.h>
#include <linux/percpu.h>
#include <linux/types.h>

struct bpf_insn;

#define IU_NR_CLEANUP_ENTRIES	64

struct iu_cleanup_entry {
	u64 valid;
	void (*cleanup_fn)(void *);
	void *cleanup_arg;
};

DECLARE_PER_CPU(struct iu_cleanup_entry [IU_NR_CLEANUP_ENTRIES],
		iu_cleanup_entries);

/* Implemented in assembly (iu_dispatch.S). */
unsigned int iu_dispatcher_func(const void *ctx, const struct bpf_insn *insnsi,
				unsigned int (*bpf_func)(const void *,
							 const struct bpf_insn *));

void iu_landingpad(char *msg) __noreturn;

void iu_cleanup_all(void);
int iu_cleanup_register(void (*fn)(void *), void *arg);
void iu_cleanup_unregister(int slot);

/* Number of active dispatches on this CPU (0 outside any program). */
int iu_dispatch_depth(void);

#endif /* _IU_H */
