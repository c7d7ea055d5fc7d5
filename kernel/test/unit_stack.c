// SPDX-License-Identifier: GPL-2.0
/*
 * The stack budget (issue 11) in user space, on a THREAD_SIZE task stack
 * as the kernel's: programs that recurse with the pass's two-instruction
 * check stop with -EOVERFLOW (by the jump, or by a call), registers,
 * cleanups and the enclosing limit restored, nested or not, 500 times in a
 * row; a dispatch from a deep caller, or from a stack too small, is refused
 * (-E2BIG) and the program never runs; from another stack with room (an
 * "IRQ stack") it runs, with the limit on that stack.
 */
#include "unit.h"	/* first: it defines _GNU_SOURCE */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long overflows(void)
{
	return per_cpu_ptr(&iu_stats, 0)->overflows;
}

static unsigned long refusals(void)
{
	return per_cpu_ptr(&iu_stats, 0)->refusals;
}

/* ---- programs ------------------------------------------------------------------ */

static unsigned long deepest, entry_sp;
static volatile unsigned long limit_seen;
static volatile long bottom = 1L << 40;	/* never reached: the check fires */

/* Recurses until its stack check fires: never returns normally. */
IU_PROG static long recurse(long n)
{
	volatile char buf[200];
	unsigned long sp = current_stack_pointer;

	IU_STACK_CHECK();
	if (sp < deepest)
		deepest = sp;
	buf[0] = n;
	if (n == bottom)
		return 0;
	return recurse(n + 1) + buf[0];
}

IU_PROG static unsigned int prog_recurse(const void *ctx,
					 const struct bpf_insn *insn)
{
	long t;

	entry_sp = current_stack_pointer;
	limit_seen = this_cpu_read(iu_stack_limit);
	deepest = entry_sp;
	for (t = 0; t < 2; t++)
		iu_cleanup_register(cleanup_fn, (void *)(90 + t));
	return recurse(0);
}

/* The same, but the failed check calls iu_stack_overflow (a return address). */
IU_PROG static long recurse_call(long n)
{
	volatile char buf[200];

	asm volatile("cmpq %%gs:iu_stack_limit, %%rsp\n\t"
		     "jae 1f\n\t"
		     "call iu_stack_overflow\n"
		     "1:" ::: "cc", "memory");
	buf[0] = n;
	if (n == bottom)
		return 0;
	return recurse_call(n + 1) + buf[0];
}

IU_PROG static unsigned int prog_recurse_call(const void *ctx,
					      const struct bpf_insn *insn)
{
	return recurse_call(0);
}

static unsigned int nest_inner_ret;
static unsigned long outer_limit, outer_limit_after;

IU_PROG static unsigned int prog_outer(const void *ctx,
				       const struct bpf_insn *insn)
{
	outer_limit = this_cpu_read(iu_stack_limit);
	nest_inner_ret = iu_dispatcher_func(NULL, NULL, prog_recurse);
	outer_limit_after = this_cpu_read(iu_stack_limit);
	return 77;
}

/* Also written by programs a signal handler dispatches: volatile. */
static volatile int ran_program;

/* A "hard irq" on the program's stack jumping to iu_stack_overflow. */
IU_PROG static unsigned int prog_overflow_in_irq(const void *ctx,
						 const struct bpf_insn *insn)
{
	this_cpu_write(__preempt_count,
		       this_cpu_read(__preempt_count) + (int)HARDIRQ_OFFSET);
	iu_stack_overflow();
}

IU_PROG static unsigned int prog_mark(const void *ctx,
				      const struct bpf_insn *insn)
{
	ran_program++;
	limit_seen = this_cpu_read(iu_stack_limit);
	return 5;
}

/* ---- callers ---------------------------------------------------------------------- */

/* Not a program: burns the task stack down to @room bytes, then dispatches. */
static noinline unsigned int deep_caller(unsigned long room)
{
	volatile char buf[512];
	unsigned long sp = current_stack_pointer;

	buf[0] = 0;
	if (sp - (unsigned long)task_stack > room)
		return deep_caller(room) + buf[0];
	return iu_dispatcher_func(NULL, NULL, prog_mark);
}

static volatile unsigned int sig_ret;	/* set by the signal handler */
static unsigned long last_lo, last_hi;	/* the last "IRQ stack" used */

static void dispatch_on_signal_stack(int sig)
{
	sig_ret = iu_dispatcher_func(NULL, NULL, prog_mark);
}

/* Dispatch from a signal handler on a @size-byte stack called an IRQ stack. */
static unsigned int from_other_stack(size_t size)
{
	char *mem = aligned_alloc(4096, size);
	stack_t ss = { .ss_sp = mem, .ss_size = size }, old;
	struct sigaction sa = { .sa_handler = dispatch_on_signal_stack,
				.sa_flags = SA_ONSTACK };

	irq_stack_lo = last_lo = (unsigned long)mem;
	irq_stack_hi = last_hi = (unsigned long)mem + size;
	sigaltstack(&ss, &old);
	sigaction(SIGUSR1, &sa, NULL);
	sig_ret = 0;
	raise(SIGUSR1);
	signal(SIGUSR1, SIG_DFL);
	sigaltstack(&old, NULL);
	irq_stack_lo = irq_stack_hi = 0;
	free(mem);
	return sig_ret;
}

/* ---- the tests ---------------------------------------------------------------------- */

void stack_tests(void)
{
	struct iu_regs out;
	unsigned long o0, r0, budget = iu_stack_budget;
	unsigned int r, r2;
	long i, bad;

	reset_percpu();
	reset_ran();
	o0 = overflows();
	r = iu_test_call(NULL, prog_recurse, &regs_in, &out);
	check("overflow_recursion_eoverflow", r == EOVERFLOW_U &&
	      overflows() == o0 + 1 && ran[90] == 1 && ran[91] == 1 &&
	      idle_state(), "ret %#x, cleanups %d %d", r, ran[90], ran[91]);
	check_regs("overflow", &regs_in, &out);
	check("overflow_limit_is_budget_below_entry",
	      entry_sp - limit_seen <= budget && entry_sp - limit_seen > budget - 128 &&
	      deepest >= limit_seen - 256,
	      "limit %lu bytes below the program's entry (budget %lu); deepest check at limit - %ld",
	      entry_sp - limit_seen, budget, (long)(limit_seen - deepest));

	r = iu_test_call(NULL, prog_recurse_call, &regs_in, &out);
	check("overflow_by_call", r == EOVERFLOW_U && regs_equal(&regs_in, &out) &&
	      idle_state(), "ret %#x", r);

	reset_ran();
	r = iu_test_call(NULL, prog_outer, &regs_in, &out);
	check("overflow_nested_inner_stops_outer_returns", r == 77 &&
	      nest_inner_ret == EOVERFLOW_U && outer_limit_after == outer_limit &&
	      regs_equal(&regs_in, &out) && ran[90] == 1 && idle_state(),
	      "outer %u, inner %#x, outer's limit %s", r, nest_inner_ret,
	      outer_limit_after == outer_limit ? "restored" : "lost");

	quiet = 1;
	bad = 0;
	reset_ran();
	for (i = 0; i < 500; i++) {
		r = iu_test_call(NULL, prog_recurse, &regs_in, &out);
		bad += r != EOVERFLOW_U || !regs_equal(&regs_in, &out);
	}
	quiet = 0;
	check("overflow_500_in_a_row", !bad && ran[90] == 500 && idle_state(),
	      "%ld bad, %d cleanups", bad, ran[90]);

	/* A deep caller: the program is not run. */
	ran_program = 0;
	r0 = refusals();
	r = deep_caller(budget + IU_STACK_RESERVE - 1024);
	check("deep_caller_refused", r == E2BIG_U && !ran_program &&
	      refusals() == r0 + 1 && idle_state(), "ret %#x, program ran %d times",
	      r, ran_program);
	r = deep_caller(budget + IU_STACK_RESERVE + 2048);
	check("deep_caller_with_room_runs", r == 5 && ran_program == 1 &&
	      idle_state(), "ret %u", r);

	/*
	 * The closed gate (the watchdog going idle): the dispatch takes the
	 * slow path, which wakes the watchdog and opens the gate; the next
	 * one takes the normal path again.
	 */
	{
		long t0 = n_touch;

		iu_stack_gate(false);
		r = iu_dispatcher_func(NULL, NULL, prog_mark);
		r2 = iu_dispatcher_func(NULL, NULL, prog_mark);
		check("closed_gate_wakes_watchdog_once", r == 5 && r2 == 5 &&
		      n_touch == t0 + 1 && iu_stack_span && idle_state(),
		      "%ld slow paths for two dispatches", n_touch - t0);
		ran_program -= 2;
	}

	/* iu_stack_overflow outside a program of this context: a BUG. */
	{
		long bugs0 = n_bugs;
		int ok = 1;

		reset_percpu();
		bug_armed = 1;
		if (!sigsetjmp(bug_jmp, 1)) {
			iu_stack_overflow();
			ok = 0;
		}
		reset_percpu();
		bug_armed = 1;
		if (!sigsetjmp(bug_jmp, 1)) {
			iu_dispatcher_func(NULL, NULL, prog_overflow_in_irq);
			ok = 0;
		}
		bug_armed = 0;
		reset_percpu();
		check("overflow_outside_its_context_bugs", ok && n_bugs == bugs0 + 2,
		      "no dispatch, and a hard-irq's jump with a task's frame: BUG");
	}

	/* Another stack: runs if it has the room, with its limit there. */
	r = from_other_stack(32768);
	check("other_stack_with_room_runs", r == 5 && ran_program == 2 &&
	      limit_seen >= last_lo + IU_STACK_RESERVE && limit_seen < last_hi &&
	      idle_state(), "ret %u, limit at %lu bytes into that stack", r,
	      limit_seen - last_lo);
	r = from_other_stack(8192);
	check("small_stack_refused", r == E2BIG_U && ran_program == 2 &&
	      idle_state(), "ret %#x on an 8 KiB stack", r);
	reset_percpu();
}
