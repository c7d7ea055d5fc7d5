// SPDX-License-Identifier: GPL-2.0
/*
 * iu_core.c - per-CPU frames and cleanup entries, the landing pad.  See iu.h
 * for the contract and README.md for the design.
 *
 * Everything here that a panic runs before it returns to the dispatcher's
 * caller is notrace and NOKPROBE_SYMBOL (see "Tracing" in iu.h).
 */
#define pr_fmt(fmt) "iu: " fmt

#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/printk.h>
#include <linux/ratelimit.h>
#include <linux/sched.h>
#include <linux/string.h>

#include "iu_internal.h"

DEFINE_PER_CPU(struct iu_frame *, iu_active_frame);
DEFINE_PER_CPU(unsigned long, iu_cleanup_top);
DEFINE_PER_CPU(struct iu_cleanup_entry [IU_NR_CLEANUP_ENTRIES],
	       iu_cleanup_entries);
DEFINE_PER_CPU(struct iu_stats, iu_stats);

EXPORT_SYMBOL_GPL(iu_dispatcher_func);

/* At most 10 reports of each kind every 5 seconds. */
static DEFINE_RATELIMIT_STATE(iu_panic_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_leak_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_unregister_rs, 5 * HZ, 10);

/**
 * iu_dispatch_depth - number of active dispatches on this CPU
 *
 * Return: 0 outside any program, 1 in a program, 2 in a program dispatched
 * while another one ran on this CPU (an interrupt), and so on.
 */
int iu_dispatch_depth(void)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	int depth = 0;

	for (; f; f = f->link)
		depth++;
	return depth;
}
EXPORT_SYMBOL_GPL(iu_dispatch_depth);

/*
 * Why @f is not a frame the current context may unwind, or NULL if it is.
 * @pc is the preempt count of the context that owns the frame (for the
 * caller itself, preempt_count()).
 */
const char *notrace iu_frame_foreign(const struct iu_frame *f,
				     unsigned long pc)
{
	if (!f)
		return "no active dispatch";
	if (f->magic != IU_FRAME_MAGIC)
		return "the frame's magic is broken";
	if (f->task != (void *)current)
		return "the frame belongs to another task";
	if ((f->preempt ^ pc) & IU_CTX_MASK)
		return "the frame belongs to another interrupt level";
	return NULL;
}
NOKPROBE_SYMBOL(iu_frame_foreign);

/*
 * Run and invalidate the entries in [@base, top), newest first, and give
 * the slots back (top = @base).  Each entry is invalidated before its
 * function runs, so it runs once even if that function panics.  A
 * dispatch nested in a cleanup function starts at or above top and
 * restores it before we resume.  Returns the number of entries run.
 */
static notrace int iu_run_entries(unsigned long base)
{
	struct iu_cleanup_entry *e = this_cpu_ptr(iu_cleanup_entries);
	unsigned long i = min_t(unsigned long, this_cpu_read(iu_cleanup_top),
				IU_NR_CLEANUP_ENTRIES);
	int n = 0;

	while (i-- > base) {
		void (*fn)(void *);
		void *arg;

		if (!READ_ONCE(e[i].valid))
			continue;
		fn = e[i].cleanup_fn;
		arg = e[i].cleanup_arg;
		WRITE_ONCE(e[i].valid, 0);
		barrier();
		if (fn)
			fn(arg);
		n++;
	}
	this_cpu_write(iu_cleanup_top, base);
	return n;
}
NOKPROBE_SYMBOL(iu_run_entries);

/**
 * iu_cleanup_register - record a cleanup for the innermost dispatch
 * @fn: run with @arg if the program panics (or returns without
 *      unregistering it)
 * @arg: its argument
 *
 * Return: the slot (for iu_cleanup_unregister()), -ENOSPC when this CPU
 * has no free slot, or -EINVAL outside a dispatch.
 */
int notrace iu_cleanup_register(void (*fn)(void *), void *arg)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	struct iu_cleanup_entry *e = this_cpu_ptr(iu_cleanup_entries);
	unsigned long i, top;

	if (!f)
		return -EINVAL;
	/*
	 * A free slot below top is ours: a dispatch nested from here on
	 * starts at top or above.
	 */
	top = min_t(unsigned long, this_cpu_read(iu_cleanup_top),
		    IU_NR_CLEANUP_ENTRIES);
	for (i = f->cleanup_base; i < top; i++)
		if (!READ_ONCE(e[i].valid))
			goto claim;
	/*
	 * Otherwise take top in one read-modify-write instruction, which an
	 * interrupt cannot split: a nested dispatch sees either the old top
	 * (and hands it back before we resume) or the new one.
	 */
	i = this_cpu_inc_return(iu_cleanup_top) - 1;
	if (i >= IU_NR_CLEANUP_ENTRIES) {
		this_cpu_dec(iu_cleanup_top);
		return -ENOSPC;
	}
claim:
	e[i].cleanup_fn = fn;
	e[i].cleanup_arg = arg;
	barrier();
	WRITE_ONCE(e[i].valid, 1);
	return i;
}
EXPORT_SYMBOL_GPL(iu_cleanup_register);
NOKPROBE_SYMBOL(iu_cleanup_register);

/**
 * iu_cleanup_unregister - drop an entry of the innermost dispatch
 * @slot: what iu_cleanup_register() returned
 *
 * A slot outside the innermost dispatch (an enclosing program's, or one
 * never registered) is left alone and reported (rate limited).
 */
void notrace iu_cleanup_unregister(int slot)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	struct iu_cleanup_entry *e = this_cpu_ptr(iu_cleanup_entries);
	unsigned long top = min_t(unsigned long,
				  this_cpu_read(iu_cleanup_top),
				  IU_NR_CLEANUP_ENTRIES);
	unsigned long base = f ? f->cleanup_base : top;

	if (unlikely(slot < 0 || slot < base || slot >= top)) {
		iu_count(bad_unregisters);
		if (__ratelimit(&iu_unregister_rs))
			pr_warn("CPU %d: refused to unregister cleanup slot %d: the innermost dispatch owns slots %lu..%lu\n",
				smp_processor_id(), slot, base, top);
		return;
	}
	WRITE_ONCE(e[slot].valid, 0);
	/* Keep top at one past the highest valid slot: see .Lleaked. */
	while (top > base && !READ_ONCE(e[top - 1].valid))
		top--;
	this_cpu_write(iu_cleanup_top, top);
}
EXPORT_SYMBOL_GPL(iu_cleanup_unregister);
NOKPROBE_SYMBOL(iu_cleanup_unregister);

/**
 * iu_cleanup_all - run the innermost dispatch's cleanup entries now
 *
 * Runs and invalidates them, newest first; a later iu_landingpad() finds
 * none left.  Does nothing outside a dispatch.
 */
void notrace iu_cleanup_all(void)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);

	if (f)
		iu_run_entries(f->cleanup_base);
}
EXPORT_SYMBOL_GPL(iu_cleanup_all);
NOKPROBE_SYMBOL(iu_cleanup_all);

/**
 * iu_cleanup_pending - registered cleanup entries on a CPU
 * @cpu: the CPU
 *
 * For leak checks (tests, debugging): 0 whenever no program runs there.
 */
int iu_cleanup_pending(int cpu)
{
	struct iu_cleanup_entry *e = per_cpu_ptr(iu_cleanup_entries, cpu);
	int i, n = 0;

	for (i = 0; i < IU_NR_CLEANUP_ENTRIES; i++)
		n += READ_ONCE(e[i].valid) != 0;
	return n;
}
EXPORT_SYMBOL_GPL(iu_cleanup_pending);

/* The program of @f returned normally with entries registered. */
void notrace iu_run_leaked(struct iu_frame *f)
{
	int n = iu_run_entries(f->cleanup_base);

	if (!n)
		return;
	this_cpu_add(iu_stats.leaks, n);
	if (__ratelimit(&iu_leak_rs))
		pr_warn("program %ps returned on CPU %d with %d cleanup entries still registered; ran them\n",
			f->bpf_func, smp_processor_id(), n);
}
NOKPROBE_SYMBOL(iu_run_leaked);

void iu_refuse_preemptible(void)
{
	iu_count(refusals);
	WARN_ONCE(1, "iu: iu_dispatcher_func called with preemption and interrupts enabled; program not run (-EPERM)\n");
}

/*
 * Everything iu_landingpad() does before the jump, kept out of line so that
 * iu_landingpad() itself has no stack frame at the jump (objtool sees the
 * jump as a sibling call).
 */
static notrace noinline void iu_landingpad_prepare(const char *msg)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	const char *why = iu_frame_foreign(f, preempt_count());
	int len = msg ? strnlen(msg, IU_PANIC_MSG_MAX) : 0;

	if (unlikely(why)) {
		pr_emerg("iu_landingpad on CPU %d (\"%.*s\") has no frame to return to: %s (frame %px)\n",
			 smp_processor_id(), len, msg ?: "", why, f);
		BUG();
	}
	if (__ratelimit(&iu_panic_rs)) {
		pr_warn("program %ps panicked on CPU %d: %.*s\n", f->bpf_func,
			smp_processor_id(), len, msg ?: "(no message)");
		dump_stack();
	}
	iu_count(panics);
	iu_run_entries(f->cleanup_base);
}
NOKPROBE_SYMBOL(iu_landingpad_prepare);

/**
 * iu_landingpad - unwind the innermost dispatch after a panic
 * @msg: NUL-terminated message; at most IU_PANIC_MSG_MAX bytes are read
 *
 * Called by the runtime's panic handler.  Does not return: the dispatch
 * returns (unsigned int)-EINVAL to its caller.
 */
void notrace __noreturn iu_landingpad(const char *msg)
{
	iu_landingpad_prepare(msg);
	asm volatile("jmp iu_panic_trampoline");
	unreachable();
}
EXPORT_SYMBOL_GPL(iu_landingpad);
NOKPROBE_SYMBOL(iu_landingpad);
