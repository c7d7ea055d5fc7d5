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
DEFINE_PER_CPU(unsigned long, iu_cpu_state);
DEFINE_PER_CPU(struct iu_stop, iu_stop);
DEFINE_PER_CPU(unsigned long, iu_stack_limit);
EXPORT_PER_CPU_SYMBOL_GPL(iu_stack_limit);

unsigned long iu_stack_budget = 8192;
unsigned long iu_stack_span = THREAD_SIZE - 8192 - IU_STACK_RESERVE;

EXPORT_SYMBOL_GPL(iu_dispatcher_func);
EXPORT_SYMBOL_GPL(iu_helper_enter);
EXPORT_SYMBOL_GPL(iu_helper_exit);
EXPORT_SYMBOL_GPL(iu_stack_overflow);

/* At most 10 reports of each kind every 5 seconds. */
static DEFINE_RATELIMIT_STATE(iu_panic_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_leak_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_unregister_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_timeout_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_bracket_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_overflow_rs, 5 * HZ, 10);
static DEFINE_RATELIMIT_STATE(iu_refuse_rs, 5 * HZ, 10);

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
	BUILD_BUG_ON(IU_CTX_MASK != IU_FRAME_CTX_MASK);
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
 * cleanup function is trusted kernel code like a helper, and runs inside
 * the helper bracket: the watchdog never stops it halfway.  A dispatch
 * nested in a cleanup function starts at or above top and restores it
 * before we resume.  Returns the number of entries run.
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
		if (fn) {
			this_cpu_inc(iu_cpu_state);
			fn(arg);
			this_cpu_dec(iu_cpu_state);
		}
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
 * For leak checks (tests, debugging).
 *
 * Return: the number of valid entries; 0 whenever no program runs there.
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

/*
 * @f, the innermost frame, is being torn down (panic, stop, leaked
 * entries): the watchdog must not stop it again while its cleanups run, a
 * stop due for it is dropped (one due for an enclosing frame stays), and
 * the helper depth goes back to its entry value: a runtime that panicked
 * (or overflowed, or returned) inside a bracket would otherwise leave the
 * CPU "in a helper" for good, and 128 such would reach the stop bit.
 * Each per-CPU update is one instruction, so a nested dispatch cannot
 * lose a sequence number.
 */
static notrace void iu_frame_teardown(struct iu_frame *f)
{
	struct iu_stop *s = this_cpu_ptr(&iu_stop);
	unsigned long depth, entry = f->state & IU_STATE_DEPTH_MASK;

	WRITE_ONCE(f->magic, IU_FRAME_DYING);
	if (s->frame == f) {
		WRITE_ONCE(s->frame, NULL);
		this_cpu_and(iu_cpu_state, ~(unsigned long)IU_STATE_STOP);
	}
	depth = this_cpu_read(iu_cpu_state) & IU_STATE_DEPTH_MASK;
	if (depth != entry) {
		this_cpu_sub(iu_cpu_state, depth - entry);
		iu_count(bad_brackets);
		if (__ratelimit(&iu_bracket_rs))
			pr_warn("program %ps ended on CPU %d inside %ld helper bracket(s) it never closed; depth restored\n",
				f->bpf_func, smp_processor_id(),
				(long)(depth - entry));
	}
}
NOKPROBE_SYMBOL(iu_frame_teardown);

/* The program of @f returned normally with entries registered. */
void notrace iu_run_leaked(struct iu_frame *f)
{
	int n;

	iu_frame_teardown(f);
	n = iu_run_entries(f->cleanup_base);

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
	iu_frame_teardown(f);
	iu_run_entries(f->cleanup_base);
}
NOKPROBE_SYMBOL(iu_landingpad_prepare);

/**
 * iu_landingpad - unwind the innermost dispatch after a panic
 * @msg: NUL-terminated message; at most IU_PANIC_MSG_MAX bytes are read
 *
 * Called by the runtime's panic handler.  A landing pad without a frame of
 * its own context is a BUG().
 *
 * Return: never; the dispatch returns (unsigned int)-EINVAL to its caller.
 */
void notrace __noreturn iu_landingpad(const char *msg)
{
	iu_landingpad_prepare(msg);
	asm volatile("jmp iu_panic_trampoline");
	unreachable();
}
EXPORT_SYMBOL_GPL(iu_landingpad);
NOKPROBE_SYMBOL(iu_landingpad);

/* ---- termination ---------------------------------------------------------- */

/* Is @want, with sequence @seq, still on this CPU's chain of frames? */
static notrace bool iu_frame_live(struct iu_frame *want, unsigned long seq)
{
	struct iu_frame *f;

	for (f = this_cpu_read(iu_active_frame); f; f = f->link)
		if (f == want)
			return (f->state & IU_STATE_SEQ_MASK) == seq;
	return false;
}
NOKPROBE_SYMBOL(iu_frame_live);

static notrace bool iu_in_bracket(unsigned long ip)
{
	return ip >= iu_bracket_text[0] && ip < iu_bracket_text[1];
}
NOKPROBE_SYMBOL(iu_in_bracket);

enum iu_stop_verdict notrace iu_stop_decide(struct iu_frame *want,
					    unsigned long seq,
					    unsigned long ip, unsigned long sp,
					    unsigned long pc, u64 since_ns)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	struct iu_stop *s = this_cpu_ptr(&iu_stop);
	unsigned long depth = this_cpu_read(iu_cpu_state) & IU_STATE_DEPTH_MASK;

	/* A new dispatch since the watchdog decided, or none left. */
	if (!f || f != want || (f->state & IU_STATE_SEQ_MASK) != seq)
		return IU_STOP_STALE;
	/*
	 * The interrupted code must be the innermost dispatch's own context
	 * (task, interrupt level): not an interrupt handler that happens to
	 * run on the program's stack, not a frame being torn down.
	 */
	if (iu_frame_foreign(f, pc))
		return IU_STOP_NOT_NOW;
	/* Inside a helper: it may hold a lock; stop at its exit. */
	if (depth != (f->state & IU_STATE_DEPTH_MASK)) {
		s->seq = seq;
		s->ip = ip;
		s->since_ns = since_ns;
		WRITE_ONCE(s->frame, f);
		this_cpu_or(iu_cpu_state, IU_STATE_STOP);
		return IU_STOP_AT_HELPER_EXIT;
	}
	/*
	 * Program code (not the dispatcher, not a kernel function called
	 * outside a bracket), on the program's stack below the frame.  The
	 * bracket's own code counts as the program's at this depth: that is
	 * iu_helper_enter before its increment or iu_helper_exit after its
	 * decrement, between two instructions of the program as far as
	 * anything held goes.  Refusing there would cost a loop that calls a
	 * helper every turn a supervisor period per NMI that lands there (1
	 * in 10 under qemu TCG, which takes an NMI at the start of a
	 * translation block, such as iu_helper_enter's first instruction).
	 */
	if (!(iu_is_program_code(ip) || iu_in_bracket(ip)) ||
	    sp >= (unsigned long)f ||
	    sp < this_cpu_read(iu_stack_limit) - IU_STACK_RESERVE)
		return IU_STOP_NOT_NOW;
	s->ip = ip;
	s->since_ns = since_ns;
	return IU_STOP_REDIRECT;
}
NOKPROBE_SYMBOL(iu_stop_decide);

/*
 * iu_helper_exit() found the stop bit set after its decrement: stop now if
 * the stop is due for the innermost frame and the depth is back at the
 * frame's; otherwise keep it (it is for an outer frame, or an outer
 * helper level is still open) or drop it if its frame is gone.
 */
int notrace iu_helper_stop_now(void)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	struct iu_stop *s = this_cpu_ptr(&iu_stop);
	unsigned long st = this_cpu_read(iu_cpu_state);

	if ((st & IU_STATE_DEPTH_MASK) == IU_STATE_DEPTH_MASK) {
		/* An exit without an enter borrowed into the stop bit. */
		this_cpu_inc(iu_cpu_state);
		iu_count(bad_brackets);
		if (__ratelimit(&iu_bracket_rs))
			pr_warn("CPU %d: iu_helper_exit() without iu_helper_enter() in program %ps\n",
				smp_processor_id(), f ? f->bpf_func : NULL);
		return 0;
	}
	if (!f || s->frame != f || (f->state & IU_STATE_SEQ_MASK) != s->seq) {
		if (!s->frame || !iu_frame_live(s->frame, s->seq)) {
			WRITE_ONCE(s->frame, NULL);
			this_cpu_and(iu_cpu_state, ~(unsigned long)IU_STATE_STOP);
		}
		return 0;
	}
	return (st & IU_STATE_DEPTH_MASK) == (f->state & IU_STATE_DEPTH_MASK);
}
NOKPROBE_SYMBOL(iu_helper_stop_now);

/*
 * The timeout trampoline's work, on the stack just below the stopped
 * frame @f: tear it down, run its cleanups, count and report.
 */
void notrace iu_timeout_stop(struct iu_frame *f)
{
	struct iu_stop *s = this_cpu_ptr(&iu_stop);
	unsigned long ip = s->ip;
	u64 since = s->since_ns;
	int n;

	iu_frame_teardown(f);
	n = iu_run_entries(f->cleanup_base);
	iu_count(timeouts);
	if (__ratelimit(&iu_timeout_rs))
		pr_warn("program %ps stopped on CPU %d: over its time budget (%u us), running for more than %llu us, at %pS; %d cleanup entries run\n",
			f->bpf_func, smp_processor_id(), iu_timeout_us,
			(iu_now_ns() - since) / 1000, (void *)ip, n);
}
NOKPROBE_SYMBOL(iu_timeout_stop);

/* ---- stack budget ------------------------------------------------------------- */

/*
 * The dispatcher's slow path (iu_dispatch.S, .Lstack_slow): the current
 * stack is not the task stack, or has too little room on it.  Returns 0 if
 * the program may run with its limit at @limit, else counts and reports
 * the refusal.
 */
int notrace iu_stack_room(unsigned long limit, const void *bpf_func)
{
	unsigned long sp = current_stack_pointer, lo, hi;

	/* Wakes the watchdog if the gate was closed (it may be why we are here). */
	iu_watchdog_touch();
	if (iu_stack_bounds(sp, &lo, &hi) && limit < sp &&
	    limit - IU_STACK_RESERVE >= lo)
		return 0;
	iu_count(refusals);
	if (__ratelimit(&iu_refuse_rs))
		pr_warn("CPU %d: dispatch of %ps refused: %lu bytes left on this stack, it needs %lu (stack_budget) + %u (reserve)\n",
			smp_processor_id(), bpf_func,
			iu_stack_bounds(sp, &lo, &hi) ? sp - lo : 0,
			READ_ONCE(iu_stack_budget), IU_STACK_RESERVE);
	return -E2BIG;
}
NOKPROBE_SYMBOL(iu_stack_room);

void notrace iu_stack_gate(bool open)
{
	WRITE_ONCE(iu_stack_span, open ? THREAD_SIZE -
		   READ_ONCE(iu_stack_budget) - IU_STACK_RESERVE : 0);
}
NOKPROBE_SYMBOL(iu_stack_gate);

/*
 * iu_stack_overflow's work, on the stack just below the frame @f of the
 * program that overflowed: tear it down, run its cleanups, count, report.
 */
void notrace iu_overflow_stop(struct iu_frame *f)
{
	int n;

	iu_frame_teardown(f);
	n = iu_run_entries(f->cleanup_base);
	iu_count(overflows);
	if (__ratelimit(&iu_overflow_rs))
		pr_warn("program %ps stopped on CPU %d: it used more than its stack budget (%lu bytes); %d cleanup entries run\n",
			f->bpf_func, smp_processor_id(),
			READ_ONCE(iu_stack_budget), n);
}
NOKPROBE_SYMBOL(iu_overflow_stop);

/* iu_stack_overflow reached outside a program of the current context. */
void notrace iu_overflow_foreign(void)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);

	pr_emerg("iu_stack_overflow on CPU %d has no frame to return to: %s (frame %px)\n",
		 smp_processor_id(), iu_frame_foreign(f, preempt_count()) ?:
		 "the frame belongs to another context", f);
	BUG();
}
NOKPROBE_SYMBOL(iu_overflow_foreign);
