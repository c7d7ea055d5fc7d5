// SPDX-License-Identifier: GPL-2.0
/*
 * Groups "stack" and "stack_param" (issue 11): programs that recurse with
 * the pass's stack check are stopped (-EOVERFLOW) from process context, a
 * hard interrupt (on the IRQ stack) and nested, 500 times in a row, with
 * registers, cleanups and the enclosing limit restored; a dispatch from a
 * deep caller or from NMI context (a 4 KiB stack) is refused (-E2BIG),
 * never a fault; and how much of the reserve below the limit a helper's
 * stack dump and a panic's report need (painted, measured).
 */
#include <linux/hrtimer.h>
#include <linux/irqflags.h>
#include <linux/moduleparam.h>
#include <linux/preempt.h>
#include <linux/sched/task_stack.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <asm/apic.h>
#include <asm/irq_vectors.h>
#include <asm/nmi.h>

#include "st.h"

#define EOVERFLOW_U	((unsigned int)-EOVERFLOW)
#define E2BIG_U		((unsigned int)-E2BIG)

static unsigned long stack_budget = 8192;
module_param(stack_budget, ulong, 0644);
MODULE_PARM_DESC(stack_budget, "iu.ko's stack_budget, as the guest script read it");

static bool overflow_regs_ok;

/* One overflow: every callee-saved register and %rsp as at the call? */
static unsigned int overflow_once(unsigned long *limit_after)
{
	struct iu_st_regs out;
	unsigned int r = iu_st_call(NULL, st_prog_recurse, &st_regs_in, &out);

	overflow_regs_ok = regs_ok(&st_regs_in, &out);
	*limit_after = this_cpu_read(iu_stack_limit);
	return r;
}

/* ---- hard irq -------------------------------------------------------------------- */

static struct hrtimer st_hard;
static unsigned int hard_ret;
static unsigned long hard_limit_ok;
static int hard_done;

static enum hrtimer_restart hard_fn(struct hrtimer *t)
{
	unsigned long before = this_cpu_read(iu_stack_limit);

	hard_ret = iu_dispatcher_func(NULL, NULL, st_prog_recurse);
	hard_limit_ok = this_cpu_read(iu_stack_limit) == before;
	WRITE_ONCE(hard_done, 1);
	return HRTIMER_NORESTART;
}

/* ---- nesting ---------------------------------------------------------------------- */

static unsigned int nest_inner_ret;
static bool nest_limit_ok;

static unsigned int prog_outer(const void *ctx, const struct bpf_insn *insn)
{
	unsigned long mine = this_cpu_read(iu_stack_limit);

	nest_inner_ret = iu_dispatcher_func(NULL, NULL, st_prog_recurse);
	nest_limit_ok = this_cpu_read(iu_stack_limit) == mine;
	return 77;
}

/* ---- deep callers ------------------------------------------------------------------ */

static int deep_ran;

static unsigned int prog_deep_mark(const void *ctx,
				   const struct bpf_insn *insn)
{
	deep_ran++;
	return 5;
}

/* Kernel code, not a program: burns the task stack down to @room bytes. */
static noinline unsigned int deep_caller(unsigned long room)
{
	volatile char buf[256];
	unsigned long left = current_stack_pointer -
			     (unsigned long)task_stack_page(current);

	buf[0] = 0;
	if (left > room)
		return deep_caller(room) + buf[0];
	return iu_dispatcher_func(NULL, NULL, prog_deep_mark);
}

/* ---- NMI -------------------------------------------------------------------------------- */

static int nmi_armed, nmi_done;
static unsigned int nmi_ret;

static int st_nmi(unsigned int type, struct pt_regs *regs)
{
	if (!READ_ONCE(nmi_armed))
		return NMI_DONE;
	WRITE_ONCE(nmi_armed, 0);
	nmi_ret = iu_dispatcher_func(NULL, NULL, prog_deep_mark);
	WRITE_ONCE(nmi_done, 1);
	return NMI_HANDLED;
}

/* ---- the reserve -------------------------------------------------------------------- */

static void bottom_dump_stack(void)
{
	iu_helper_enter();
	dump_stack();
	iu_helper_exit();
}

static void bottom_panic(void)
{
	iu_st_landingpad("self-test: a panic at the stack limit");
}

/* How far below the limit @bottom wrote, called within 512 bytes of it. */
static long reserve_used(void (*bottom)(void), unsigned int *r)
{
	unsigned long *p;

	st_at_bottom = bottom;
	preempt_disable();
	*r = iu_dispatcher_func((void *)512, NULL, st_prog_descend);
	preempt_enable();
	for (p = (unsigned long *)st_paint_lo; *p == ST_PAINT; p++)
		;
	return (long)st_limit_seen - (long)(unsigned long)p;
}

void st_stack(void)
{
	unsigned long before, after;
	unsigned int r;
	long i, bad, used;

	/* The reserve first, while the panic report is not rate limited. */
	used = reserve_used(bottom_dump_stack, &r);
	report("reserve_helper_dump_stack", r < 0x10000 && used <= IU_STACK_RESERVE,
	       "a helper's dump_stack at the limit used %ld bytes below it (reserve %d)",
	       used, IU_STACK_RESERVE);
	used = reserve_used(bottom_panic, &r);
	report("reserve_panic_report", r == EINVAL_U && used <= IU_STACK_RESERVE,
	       "a panic's report and stack dump at the limit used %ld bytes below it (reserve %d)",
	       used, IU_STACK_RESERVE);

	/* Process context. */
	memset(ran, 0, sizeof(ran));
	preempt_disable();
	before = this_cpu_read(iu_stack_limit);
	r = overflow_once(&after);
	preempt_enable();
	report("recursion_overflow", r == EOVERFLOW_U && ran[95] == 1 &&
	       after == before && overflow_regs_ok && nr_valid_all() == 0,
	       "ret=%#x cleanups=%d, limit %s, rbx rbp r12-r15 rsp %s", r,
	       ran[95], after == before ? "restored" : "lost",
	       overflow_regs_ok ? "restored" : "lost");
	report("limit_is_budget_below_entry",
	       st_entry_sp - st_limit_seen <= stack_budget &&
	       st_entry_sp - st_limit_seen > stack_budget - 128,
	       "limit %lu bytes below the program's entry, stack_budget %lu",
	       st_entry_sp - st_limit_seen, stack_budget);

	/* Hard irq: on the IRQ stack, found through the slow path. */
	WRITE_ONCE(hard_done, 0);
	hrtimer_init(&st_hard, CLOCK_MONOTONIC, HRTIMER_MODE_REL_PINNED_HARD);
	st_hard.function = hard_fn;
	hrtimer_start(&st_hard, ns_to_ktime(NSEC_PER_MSEC),
		      HRTIMER_MODE_REL_PINNED_HARD);
	while (!READ_ONCE(hard_done))
		cpu_relax();
	hrtimer_cancel(&st_hard);
	report("hardirq_recursion_overflow", hard_ret == EOVERFLOW_U &&
	       hard_limit_ok, "ret=%#x", hard_ret);

	/* Nested. */
	preempt_disable();
	r = iu_dispatcher_func(NULL, NULL, prog_outer);
	preempt_enable();
	report("nested_inner_overflows_outer_returns", r == 77 &&
	       nest_inner_ret == EOVERFLOW_U && nest_limit_ok,
	       "outer=%u inner=%#x, outer's limit %s", r, nest_inner_ret,
	       nest_limit_ok ? "restored" : "lost");

	/* 500 in a row, interrupts on and off. */
	memset(ran, 0, sizeof(ran));
	bad = 0;
	for (i = 0; i < 500; i++) {
		unsigned long flags;

		local_irq_save(flags);
		before = this_cpu_read(iu_stack_limit);
		r = overflow_once(&after);
		local_irq_restore(flags);
		bad += r != EOVERFLOW_U || after != before || !overflow_regs_ok;
	}
	report("overflows_500_in_a_row", !bad && ran[95] == 500 &&
	       nr_valid_all() == 0 && iu_dispatch_depth() == 0,
	       "%ld bad, %d cleanups", bad, ran[95]);

	/* A deep caller is refused, never a fault; with room it runs. */
	deep_ran = 0;
	preempt_disable();
	r = deep_caller(stack_budget + IU_STACK_RESERVE - 2048);
	preempt_enable();
	report("deep_caller_refused", r == E2BIG_U && !deep_ran,
	       "ret=%#x, program ran %d times", r, deep_ran);
	preempt_disable();
	r = deep_caller(stack_budget + IU_STACK_RESERVE + 1024);
	preempt_enable();
	report("caller_with_room_runs", r == 5 && deep_ran == 1, "ret=%u", r);

	/* NMI context: a 4 KiB exception stack cannot hold the budget. */
	WRITE_ONCE(nmi_done, 0);
	if (!register_nmi_handler(NMI_LOCAL, st_nmi, 0, "iu_selftest")) {
		WRITE_ONCE(nmi_armed, 1);
		preempt_disable();
		/* The ICR, not the self-IPI register (fixed vectors only). */
		apic->send_IPI(smp_processor_id(), NMI_VECTOR);
		for (i = 0; i < 1000000 && !READ_ONCE(nmi_done); i++)
			cpu_relax();
		preempt_enable();
		unregister_nmi_handler(NMI_LOCAL, "iu_selftest");
	}
	report("nmi_stack_refused", READ_ONCE(nmi_done) && nmi_ret == E2BIG_U &&
	       deep_ran == 1, "ret=%#x", nmi_ret);
}

/* With the budget the guest set: where the limit lies. */
void st_stack_param(void)
{
	unsigned long after;
	unsigned int r;

	preempt_disable();
	r = overflow_once(&after);
	preempt_enable();
	report("overflow_at_new_budget", r == EOVERFLOW_U &&
	       st_entry_sp - st_limit_seen <= stack_budget &&
	       st_entry_sp - st_limit_seen > stack_budget - 128,
	       "ret=%#x, limit %lu bytes below the entry, stack_budget %lu", r,
	       st_entry_sp - st_limit_seen, stack_budget);
}
