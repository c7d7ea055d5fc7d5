/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iu_internal.h - state shared by the files of iu.ko (not its interface).
 */
#ifndef _IU_INTERNAL_H
#define _IU_INTERNAL_H

#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/types.h>

#include "iu.h"
#include "iu_frame.h"

struct iu_cleanup_entry {
	unsigned long valid;
	void (*cleanup_fn)(void *);
	void *cleanup_arg;
};

/* Innermost active dispatch frame of this CPU (read by iu_dispatch.S). */
DECLARE_PER_CPU(struct iu_frame *, iu_active_frame);
/* One past the highest slot registered so far on this CPU. */
DECLARE_PER_CPU(unsigned long, iu_cleanup_top);
/* Dispatch sequence, helper depth, "stop due" bit: see iu_frame.h. */
DECLARE_PER_CPU(unsigned long, iu_cpu_state);
DECLARE_PER_CPU(struct iu_cleanup_entry [IU_NR_CLEANUP_ENTRIES],
		iu_cleanup_entries);

/* Per-CPU event counters, summed by the read-only module parameters. */
struct iu_stats {
	unsigned long panics;	/* dispatches that returned -EINVAL */
	unsigned long leaks;	/* entries still registered at a normal exit */
	unsigned long refusals;	/* dispatches not run (-EPERM) */
	unsigned long bad_unregisters;	/* refused iu_cleanup_unregister() */
	unsigned long timeouts;	/* dispatches stopped (-ETIMEDOUT) */
	unsigned long overflows;	/* dispatches stopped (-EOVERFLOW) */
	unsigned long bad_brackets;	/* helper brackets left open or closed twice */
};
DECLARE_PER_CPU(struct iu_stats, iu_stats);
#define iu_count(field)	this_cpu_inc(iu_stats.field)

/*
 * The interrupt level a frame records: NMI, hard irq, serving a softirq.
 * Disabling bottom halves or preemption does not change it.
 */
#define IU_CTX_MASK	(NMI_MASK | HARDIRQ_MASK | SOFTIRQ_OFFSET)

const char *iu_frame_foreign(const struct iu_frame *f, unsigned long pc);

/* ---- termination -------------------------------------------------------- */

/*
 * A stop the watchdog decided on for this CPU's innermost dispatch: due at
 * the next iu_helper_exit() (@frame set, bit IU_STATE_STOP of iu_cpu_state
 * set) or already redirected; @ip and @since_ns are for the report.
 */
struct iu_stop {
	struct iu_frame *frame;
	unsigned long seq;
	unsigned long ip;	/* where the program was interrupted */
	u64 since_ns;		/* when the watchdog first saw it running */
};
DECLARE_PER_CPU(struct iu_stop, iu_stop);

enum iu_stop_verdict {
	IU_STOP_STALE,		/* the dispatch the request named is gone */
	IU_STOP_NOT_NOW,	/* not in its program's code right now */
	IU_STOP_AT_HELPER_EXIT,	/* in a helper: iu_helper_exit() stops it */
	IU_STOP_REDIRECT,	/* resume the interrupted code at the trampoline */
};

/*
 * The watchdog's interrupt (an NMI, or the timer interrupt on a single
 * CPU) interrupted this CPU at @ip, @sp in a context whose preempt count
 * is @pc; it wants to stop the dispatch @want with sequence @seq.  Decides,
 * and records a stop due at a helper exit.
 */
enum iu_stop_verdict iu_stop_decide(struct iu_frame *want, unsigned long seq,
				    unsigned long ip, unsigned long sp,
				    unsigned long pc, u64 since_ns);

/* [start, end) of iu_helper_enter and iu_helper_exit (iu_helper.S). */
extern const unsigned long iu_bracket_text[2];

/*
 * Is @ip code of a program (the kernel side: module text other than
 * iu.ko's, or one of the compiler's leaf functions)?  iu_watchdog.c; the
 * unit test has its own.
 */
bool iu_is_program_code(unsigned long ip);

/* ---- stack budget --------------------------------------------------------- */

/*
 * Read by iu_dispatch.S's normal path: the budget, and THREAD_SIZE -
 * budget - IU_STACK_RESERVE (see .Lstack_ok).  Set by stack_budget's
 * parameter handler (iu_stack.c).
 */
extern unsigned long iu_stack_budget, iu_stack_span;

/*
 * The room check doubles as the watchdog's wake-up gate: a span of 0 sends
 * every dispatch to the slow path, where iu_watchdog_touch() wakes an idle
 * watchdog (README.md, "Termination").  iu_stack_gate() opens (the span
 * of the current budget) or closes it.
 */
void iu_stack_gate(bool open);
void iu_watchdog_touch(void);
void iu_watchdog_set_budget(unsigned long budget);

/*
 * The bounds [*lo, *hi) of the stack @sp is on (the current task's, this
 * CPU's IRQ stack, an exception stack), or false if unknown.  iu_stack.c;
 * the unit test has its own.
 */
bool iu_stack_bounds(unsigned long sp, unsigned long *lo, unsigned long *hi);

/* The time budget (module parameter timeout_us) and the watchdog's clock. */
extern unsigned int iu_timeout_us;
u64 iu_now_ns(void);

int iu_watchdog_init(void);
void iu_watchdog_exit(void);

/* Not called, only jumped or returned to (iu_dispatch.S). */
void iu_timeout_trampoline(void);

/* Called from iu_dispatch.S. */
void iu_run_leaked(struct iu_frame *f);
void iu_refuse_preemptible(void);
void iu_timeout_stop(struct iu_frame *f);
int iu_helper_stop_now(void);
int iu_stack_room(unsigned long limit, const void *bpf_func);
void iu_overflow_stop(struct iu_frame *f);
void iu_overflow_foreign(void) __noreturn;

#endif /* _IU_INTERNAL_H */
