// SPDX-License-Identifier: GPL-2.0
/*
 * iu_stack.c - the stack budget's kernel side: the stack_budget parameter
 * and the bounds of the stack a dispatch runs on.  See README.md, "Stack
 * budget".
 *
 * The dispatcher checks the task stack itself (through current->stack).
 * Any other stack - this CPU's IRQ stack (hard irq, softirq), a 4 KiB
 * exception stack (NMI, #DB, #MC) - comes here: __unwind_start() (exported,
 * unlike get_stack_info()) fills in the bounds of the stack it starts on.
 * The IRQ stack of a CPU never moves, so its bounds are cached per CPU.
 */
#define pr_fmt(fmt) "iu: " fmt

#include <linux/kprobes.h>
#include <linux/moduleparam.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/sched/task_stack.h>
#include <asm/stacktrace.h>
#include <asm/unwind.h>

#include "iu_internal.h"

#define IU_STACK_BUDGET_MIN	512

static int iu_set_budget(const char *val, const struct kernel_param *kp)
{
	unsigned long v;
	int err = kstrtoul(val, 0, &v);

	if (err)
		return err;
	/* At least a page of the task stack stays for the caller. */
	if (v < IU_STACK_BUDGET_MIN ||
	    v > THREAD_SIZE - IU_STACK_RESERVE - PAGE_SIZE)
		return -EINVAL;
	/*
	 * A dispatch that reads the new span with the old budget, or the
	 * reverse, still checks a room at least as large as the one it
	 * uses: the span only bounds the task stack's end.  The span is
	 * also the watchdog's gate: iu_watchdog_set_budget() writes it
	 * unless the gate is closed.
	 */
	iu_watchdog_set_budget(v);
	return 0;
}

static const struct kernel_param_ops iu_budget_ops = {
	.set = iu_set_budget,
	.get = param_get_ulong,
};
module_param_cb(stack_budget, &iu_budget_ops, &iu_stack_budget, 0644);
MODULE_PARM_DESC(stack_budget,
		 "stack a program may use, in bytes (512..THREAD_SIZE - reserve - 4096), default 8192");

struct iu_stack_range {
	unsigned long lo, hi;
};
static DEFINE_PER_CPU(struct iu_stack_range, iu_irq_stack);

bool notrace iu_stack_bounds(unsigned long sp, unsigned long *lo,
			     unsigned long *hi)
{
	struct iu_stack_range *irq = this_cpu_ptr(&iu_irq_stack);
	unsigned long task = (unsigned long)task_stack_page(current);
	struct unwind_state state;

	if (sp - task < THREAD_SIZE) {
		*lo = task;
		*hi = task + THREAD_SIZE;
		return true;
	}
	if (irq->lo && sp - irq->lo < irq->hi - irq->lo) {
		*lo = irq->lo;
		*hi = irq->hi;
		return true;
	}
	/* Unwinds only up to our own frame: a few ORC lookups. */
	__unwind_start(&state, current, NULL, (unsigned long *)&state);
	if (state.stack_info.type == STACK_TYPE_UNKNOWN)
		return false;
	*lo = (unsigned long)state.stack_info.begin;
	*hi = (unsigned long)state.stack_info.end;
	if (sp < *lo || sp >= *hi)
		return false;
	if (state.stack_info.type == STACK_TYPE_IRQ) {
		irq->lo = *lo;
		irq->hi = *hi;
	}
	return true;
}
NOKPROBE_SYMBOL(iu_stack_bounds);
