// SPDX-License-Identifier: GPL-2.0
/*
 * Termination (issue 10) in user space: a signal stands in for the
 * watchdog's NMI.  Its handler does what iu_nmi() does with the NMI's
 * pt_regs - asks iu_stop_decide() and, on IU_STOP_REDIRECT, makes the
 * interrupted context resume at iu_timeout_trampoline - with the
 * ucontext's RIP and RSP.  Checks: endless programs return -ETIMEDOUT with
 * every callee-saved register and %rsp as at the call, cleanups run once,
 * a program in a helper is stopped at iu_helper_exit() and not before, a
 * nested dispatch is stopped while the outer goes on, the decision's rules
 * one by one, and a stop requested at every single instruction of a
 * dispatch.
 */
#include "unit.h"	/* first: it defines _GNU_SOURCE */

#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <ucontext.h>


#define REG_IP(uc)	((uc)->uc_mcontext.gregs[REG_RIP])
#define REG_SP(uc)	((uc)->uc_mcontext.gregs[REG_RSP])
#define REG_FLAGS(uc)	((uc)->uc_mcontext.gregs[REG_EFL])

static unsigned long timeouts(void)
{
	return per_cpu_ptr(&iu_stats, 0)->timeouts;
}

/* ---- the watchdog's interrupt ---------------------------------------------- */

static long n_verdict[4];

/*
 * The "NMI": stop this CPU's innermost dispatch, as the supervisor would
 * once it has run over its budget.
 */
static enum iu_stop_verdict stop_innermost(ucontext_t *uc)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	enum iu_stop_verdict v;

	if (!f)
		return IU_STOP_STALE;
	v = iu_stop_decide(f, f->state & IU_STATE_SEQ_MASK, REG_IP(uc),
			   REG_SP(uc), preempt_count(), iu_now_ns() - 20000000);
	n_verdict[v]++;
	if (v == IU_STOP_REDIRECT)
		REG_IP(uc) = (unsigned long)iu_timeout_trampoline;
	return v;
}

static void alarm_handler(int sig, siginfo_t *si, void *ctx)
{
	stop_innermost(ctx);
}

static void alarm_every(long us)
{
	struct itimerval it = { { 0, us }, { 0, us } };
	struct sigaction sa = { .sa_sigaction = alarm_handler,
				.sa_flags = SA_SIGINFO | SA_RESTART };

	if (us)
		sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
}

/* ---- programs ----------------------------------------------------------------- */

static volatile int forever = 1;

IU_PROG static unsigned int prog_loop_with_cleanups(const void *ctx,
						    const struct bpf_insn *insn)
{
	long t;

	for (t = 0; t < 3; t++)
		iu_cleanup_register(cleanup_fn, (void *)(70 + t));
	while (forever)
		;
	return 1;
}

/*
 * Stopped with the direction flag set (as inside memmove's backward copy,
 * a leaf function that counts as program code): the cleanups and the
 * caller must run with it clear, as the ABI says.
 */
static volatile unsigned long df_in_cleanup = 2;

static void df_cleanup_fn(void *arg)
{
	unsigned long flags;

	asm volatile("pushfq; popq %0" : "=r"(flags));
	df_in_cleanup = (flags >> 10) & 1;
}

IU_PROG static unsigned int prog_loop_std(const void *ctx,
					  const struct bpf_insn *insn)
{
	iu_cleanup_register(df_cleanup_fn, NULL);
	asm volatile("std" ::: "memory");
	while (forever)
		;
	asm volatile("cld" ::: "memory");
	return 1;
}

/* A helper: kernel code the program calls inside the bracket. */
static volatile long helper_progress;

static noinline void helper_spin_ms(long ms)
{
	u64 end = iu_now_ns() + ms * 1000000;

	helper_progress = 0;
	while (iu_now_ns() < end)
		helper_progress++;
	helper_progress = -1;	/* finished */
}

static volatile int after_helper;

IU_PROG static unsigned int prog_long_helper(const void *ctx,
					     const struct bpf_insn *insn)
{
	iu_helper_enter();
	helper_spin_ms(30);
	iu_helper_exit();
	after_helper = 1;
	return 5;
}

/* Spends nearly all its time in a kernel function it calls unbracketed. */
static noinline void not_program_code(void)
{
	int i;

	for (i = 0; i < 100000; i++)
		asm volatile("" ::: "memory");
}

IU_PROG static unsigned int prog_mostly_elsewhere(const void *ctx,
						  const struct bpf_insn *insn)
{
	while (forever)
		not_program_code();
	return 0;
}

static struct iu_regs inner_out;
static unsigned int inner_ret;
static const struct iu_regs inner_in = {
	0x3131313131313131, 0x3232323232323232, 0x3333333333333333,
	0x3434343434343434, 0x3535353535353535, 0x3636363636363636,
};

IU_PROG static unsigned int prog_outer(const void *ctx,
				       const struct bpf_insn *insn)
{
	inner_ret = iu_test_call(NULL, iu_test_clobber_and_loop, &inner_in,
				 &inner_out);
	return 77;
}

/* ---- brackets left open by a panicking runtime ------------------------------------ */

IU_PROG static unsigned int prog_panic_in_bracket(const void *ctx,
						  const struct bpf_insn *insn)
{
	iu_helper_enter();
	iu_helper_enter();
	iu_landingpad("panicked inside two helper brackets");
}

IU_PROG static unsigned int prog_leak_in_bracket(const void *ctx,
						 const struct bpf_insn *insn)
{
	iu_cleanup_register(cleanup_fn, (void *)75);
	iu_helper_enter();
	return 4;
}

/* ---- the rules, one by one --------------------------------------------------- */

static int rules_ok;
static char rules_why[200];

static void rule(int ok, const char *what)
{
	if (!ok && rules_ok) {
		rules_ok = 0;
		snprintf(rules_why, sizeof(rules_why), "%s", what);
	}
}

IU_PROG static unsigned int prog_rules(const void *ctx,
				       const struct bpf_insn *insn)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	unsigned long seq = f->state & IU_STATE_SEQ_MASK;
	unsigned long here = (unsigned long)__start_iu_progs;
	unsigned long sp = (unsigned long)f - 256;
	unsigned long pc = preempt_count();
	struct iu_stop *s = this_cpu_ptr(&iu_stop);

	rules_ok = 1;
	rule(iu_stop_decide(f, seq, here, sp, pc, 0) == IU_STOP_REDIRECT,
	     "program code below the frame is stopped");
	rule(iu_stop_decide(f->link ? f->link : f + 1, seq, here, sp, pc, 0) ==
	     IU_STOP_STALE, "another frame: stale");
	rule(iu_stop_decide(f, seq + IU_STATE_SEQ_ONE, here, sp, pc, 0) ==
	     IU_STOP_STALE, "another sequence number: stale");
	rule(iu_stop_decide(f, seq, here, sp, pc + HARDIRQ_OFFSET, 0) ==
	     IU_STOP_NOT_NOW, "an interrupt handler on the program's stack");
	rule(iu_stop_decide(f, seq, here, sp, pc + SOFTIRQ_OFFSET, 0) ==
	     IU_STOP_NOT_NOW, "a softirq on the program's stack");
	rule(iu_stop_decide(f, seq, (unsigned long)not_program_code, sp, pc,
			    0) == IU_STOP_NOT_NOW, "kernel code outside a bracket");
	rule(iu_stop_decide(f, seq, (unsigned long)iu_dispatcher_func, sp, pc,
			    0) == IU_STOP_NOT_NOW, "the dispatcher");
	rule(iu_stop_decide(f, seq, (unsigned long)iu_helper_stop_now, sp, pc,
			    0) == IU_STOP_NOT_NOW, "iu.ko's C code");
	/* Not in a helper: the bracket's code is the program's. */
	rule(iu_stop_decide(f, seq, (unsigned long)iu_helper_enter, sp, pc,
			    0) == IU_STOP_REDIRECT,
	     "iu_helper_enter before its increment is stopped");
	rule(iu_stop_decide(f, seq, iu_bracket_text[1] - 1, sp, pc, 0) ==
	     IU_STOP_REDIRECT, "iu_helper_exit after its decrement is stopped");
	rule(iu_stop_decide(f, seq, here, (unsigned long)f + 8, pc, 0) ==
	     IU_STOP_NOT_NOW, "sp above the frame");
	rule(iu_stop_decide(f, seq, here, (unsigned long)f - 1000000, pc, 0) ==
	     IU_STOP_NOT_NOW, "sp far below the frame");
	this_cpu_write(current_task, other_task);
	rule(iu_stop_decide(f, seq, here, sp, pc, 0) == IU_STOP_NOT_NOW,
	     "another task");
	this_cpu_write(current_task, fake_task[iu_shim_cpu]);
	f->magic = IU_FRAME_DYING;
	rule(iu_stop_decide(f, seq, here, sp, pc, 0) == IU_STOP_NOT_NOW,
	     "a frame being torn down");
	f->magic = IU_FRAME_MAGIC;
	iu_helper_enter();
	rule(iu_stop_decide(f, seq, here, sp, pc, 0) == IU_STOP_AT_HELPER_EXIT &&
	     s->frame == f && (this_cpu_read(iu_cpu_state) & IU_STATE_STOP),
	     "inside a helper: due at its exit");
	rule(iu_stop_decide(f, seq, (unsigned long)iu_helper_exit, sp, pc, 0) ==
	     IU_STOP_AT_HELPER_EXIT,
	     "iu_helper_exit before its decrement: due at the exit");
	/* The due stop is dropped (not performed) for this check. */
	s->frame = NULL;
	this_cpu_and(iu_cpu_state, ~(unsigned long)IU_STATE_STOP);
	iu_helper_exit();
	rule((this_cpu_read(iu_cpu_state) & 0xff) == (f->state & 0xff),
	     "the bracket is balanced");
	return 9;
}

/* ---- a stop requested at every instruction ------------------------------------ */

static long step_now, step_at;
static int step_verdict;

static noinline void helper_short(void)
{
	asm volatile("" ::: "memory");
}

/* Progress: 1 registering, 2 registered, 3 unregistering, 4 unregistered. */
static volatile int sp_progress;

IU_PROG static unsigned int prog_stepped(const void *ctx,
					 const struct bpf_insn *insn)
{
	int s, i;

	sp_progress = 1;
	s = iu_cleanup_register(cleanup_fn, (void *)80);
	sp_progress = 2;
	for (i = 0; i < 2; i++) {
		iu_helper_enter();
		helper_short();
		iu_helper_exit();
	}
	sp_progress = 3;
	iu_cleanup_unregister(s);
	sp_progress = 4;
	return 11;
}

static void step_handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	if (++step_now != step_at)
		return;
	step_verdict = stop_innermost(uc);
	REG_FLAGS(uc) &= ~0x100UL;	/* run on untraced */
}

/* ---- the tests --------------------------------------------------------------------- */

void timeout_tests(void)
{
	struct iu_regs out;
	unsigned long t0;
	unsigned int r;
	long k, bad = 0, stopped = 0, finished = 0, total;
	int ok;

	/* An endless loop that clobbered every callee-saved register. */
	reset_percpu();
	t0 = timeouts();
	alarm_every(2000);
	r = iu_test_call(NULL, iu_test_clobber_and_loop, &regs_in, &out);
	alarm_every(0);
	check("timeout_endless_loop_etimedout", r == ETIMEDOUT_U &&
	      timeouts() == t0 + 1 && idle_state(), "ret %#x", r);
	check_regs("timeout", &regs_in, &out);

	/* Its cleanups run exactly once. */
	reset_ran();
	alarm_every(2000);
	r = iu_dispatcher_func(NULL, NULL, prog_loop_with_cleanups);
	alarm_every(0);
	check("timeout_cleanups_once", r == ETIMEDOUT_U && ran[70] == 1 &&
	      ran[71] == 1 && ran[72] == 1 && idle_state(),
	      "ret %#x, runs %d %d %d", r, ran[70], ran[71], ran[72]);

	/* Stopped with DF set: the cleanups and the caller see it clear. */
	{
		unsigned long flags;

		alarm_every(2000);
		r = iu_dispatcher_func(NULL, NULL, prog_loop_std);
		alarm_every(0);
		asm volatile("pushfq; popq %0" : "=r"(flags));
		check("timeout_clears_direction_flag", r == ETIMEDOUT_U &&
		      df_in_cleanup == 0 && !(flags & 0x400) && idle_state(),
		      "ret %#x, DF %lu in the cleanup, %lu after", r,
		      df_in_cleanup, (flags >> 10) & 1);
	}

	/* A helper that runs long is not cut; iu_helper_exit() stops. */
	after_helper = 0;
	memset(n_verdict, 0, sizeof(n_verdict));
	alarm_every(5000);
	r = iu_dispatcher_func(NULL, NULL, prog_long_helper);
	alarm_every(0);
	check("timeout_helper_not_cut_stopped_at_exit", r == ETIMEDOUT_U &&
	      helper_progress == -1 && !after_helper &&
	      n_verdict[IU_STOP_AT_HELPER_EXIT] >= 1 && idle_state(),
	      "ret %#x, helper %s, code after the bracket %s, %ld stops due at the exit",
	      r, helper_progress == -1 ? "finished" : "cut",
	      after_helper ? "ran" : "did not run",
	      n_verdict[IU_STOP_AT_HELPER_EXIT]);

	/* Interrupted outside program code: not stopped there, retried. */
	memset(n_verdict, 0, sizeof(n_verdict));
	alarm_every(1000);
	r = iu_dispatcher_func(NULL, NULL, prog_mostly_elsewhere);
	alarm_every(0);
	check("timeout_retried_until_in_program_code", r == ETIMEDOUT_U &&
	      n_verdict[IU_STOP_NOT_NOW] >= 1 && idle_state(),
	      "ret %#x after %ld refusals outside program code", r,
	      n_verdict[IU_STOP_NOT_NOW]);

	/* Nested: the inner endless program stops, the outer returns. */
	alarm_every(2000);
	r = iu_test_call(NULL, prog_outer, &regs_in, &out);
	alarm_every(0);
	check("timeout_nested_inner_stopped", inner_ret == ETIMEDOUT_U,
	      "inner ret %#x", inner_ret);
	check("timeout_nested_outer_returns", r == 77 &&
	      regs_equal(&regs_in, &out) && regs_equal(&inner_in, &inner_out) &&
	      idle_state(), "outer ret %u, both register sets restored", r);

	/*
	 * A runtime that panics (or returns with a leaked entry) inside a
	 * bracket: the depth goes back to the frame's each time, reported
	 * and counted; 200 of them do not creep into the stop bit.
	 */
	{
		unsigned long b0 = per_cpu_ptr(&iu_stats, 0)->bad_brackets;
		long bad = 0;

		quiet = 1;
		for (k = 0; k < 200; k++) {
			r = iu_dispatcher_func(NULL, NULL, prog_panic_in_bracket);
			bad += r != EINVAL_U ||
			       (this_cpu_read(iu_cpu_state) & 0xff) != 0;
		}
		reset_ran();
		r = iu_dispatcher_func(NULL, NULL, prog_leak_in_bracket);
		quiet = 0;
		check("open_brackets_restored_at_unwind", !bad && r == 4 &&
		      ran[75] == 1 && idle_state() &&
		      per_cpu_ptr(&iu_stats, 0)->bad_brackets == b0 + 201,
		      "%ld of 200 panics left the depth raised; %lu counted",
		      bad, per_cpu_ptr(&iu_stats, 0)->bad_brackets - b0);
	}

	/* The decision's rules. */
	r = iu_dispatcher_func(NULL, NULL, prog_rules);
	check("stop_decide_rules", r == 9 && rules_ok && idle_state(), "%s",
	      rules_ok ? "stale, not-now, in-helper and redirect cases" :
	      rules_why);

	/* A stop requested at each instruction of a dispatch, in turn. */
	{
		struct sigaction sa = { .sa_sigaction = step_handler,
					.sa_flags = SA_SIGINFO };

		quiet = 1;
		sigaction(SIGTRAP, &sa, NULL);
		for (total = 0, k = 1;; k++) {
			reset_ran();
			sp_progress = 0;
			step_now = 0;
			step_at = k;
			step_verdict = -1;
			tf_on();
			r = iu_test_call(NULL, prog_stepped, &regs_in, &out);
			tf_off();
			if (step_now < k)	/* past the last instruction */
				break;
			total++;
			ok = regs_equal(&regs_in, &out) && idle_state();
			if (r == ETIMEDOUT_U) {
				/*
				 * Its entry ran once if it was registered
				 * when stopped, never if not; either inside
				 * register/unregister themselves.
				 */
				stopped++;
				if (sp_progress == 2)
					ok &= ran[80] == 1;
				else if (sp_progress == 0 || sp_progress == 4)
					ok &= ran[80] == 0;
				else
					ok &= ran[80] <= 1;
			} else {
				finished++;
				ok &= r == 11 && !ran[80];
			}
			if (!ok && !bad++)
				printf("  step %ld: ret %#x, verdict %d, cleanup ran %d\n",
				       k, r, step_verdict, ran[80]);
		}
		signal(SIGTRAP, SIG_DFL);
		quiet = 0;
		check("timeout_at_every_instruction", total > 80 && !bad &&
		      stopped > 10 && finished > 10,
		      "%ld instructions: %ld stopped (-ETIMEDOUT), %ld ran to the end, %ld inconsistent",
		      total, stopped, finished, bad);
	}
	reset_percpu();
}
