// SPDX-License-Identifier: GPL-2.0
/*
 * Group "dispatch": the program's value, -EINVAL after a panic with every
 * callee-saved register and %rsp restored, the stack alignment, cleanup
 * entries run once, nesting, 10,000 panics with a hard-irq hrtimer
 * dispatching panicking programs every 50 us meanwhile.
 */
#include <linux/hrtimer.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/string.h>

#include "st.h"

static unsigned int prog_ret(const void *ctx, const struct bpf_insn *insn)
{
	return ctx == (void *)0xc7c7 ? 0x600dcafe : 1;
}

static unsigned int prog_c_panic(const void *ctx, const struct bpf_insn *insn)
{
	iu_st_landingpad("self-test C program panic");
	return 0;
}

static unsigned int prog_cleanup_all_then_pad(const void *ctx,
					      const struct bpf_insn *insn)
{
	int slot[4];
	long t;

	for (t = 0; t < 4; t++)
		slot[t] = iu_cleanup_register(cleanup_fn, (void *)t);
	iu_cleanup_unregister(slot[1]);
	iu_cleanup_all();
	iu_st_landingpad("self-test after iu_cleanup_all");
	return 0;
}

static int n_registered;

static unsigned int prog_overflow(const void *ctx, const struct bpf_insn *insn)
{
	long t;

	n_registered = 0;
	for (t = 100; t < NR_TOKENS; t++) {
		if (iu_cleanup_register(cleanup_fn, (void *)t) < 0)
			iu_st_landingpad("self-test: too many cleanup entries");
		n_registered++;
	}
	return 0;
}

static struct iu_st_regs inner_in = {
	0x3131313131313131, 0x3232323232323232, 0x3333333333333333,
	0x3434343434343434, 0x3535353535353535, 0x3636363636363636,
};
static struct iu_st_regs inner_out;
static unsigned int inner_ret;
static int inner_depth, depth_after, min_inner_slot;
static bool inner_clean_ok;

static unsigned int prog_inner(const void *ctx, const struct bpf_insn *insn)
{
	long t;

	inner_depth = iu_dispatch_depth();
	min_inner_slot = 999;
	for (t = 10; t < 13; t++)
		min_inner_slot = min(min_inner_slot,
				     iu_cleanup_register(cleanup_fn, (void *)t));
	return iu_st_clobber_and_panic(ctx, insn);
}

static unsigned int prog_outer(const void *ctx, const struct bpf_insn *insn)
{
	int a = iu_cleanup_register(cleanup_fn, (void *)20);
	int b = iu_cleanup_register(cleanup_fn, (void *)21);

	inner_ret = iu_st_call(NULL, prog_inner, &inner_in, &inner_out);
	depth_after = iu_dispatch_depth();
	inner_clean_ok = ran[10] == 1 && ran[11] == 1 && ran[12] == 1 &&
			 !ran[20] && !ran[21] &&
			 iu_cleanup_pending(smp_processor_id()) == 2 &&
			 min_inner_slot > max(a, b);
	if (ctx == (void *)2)
		return iu_st_clobber_and_panic(ctx, insn);
	iu_cleanup_unregister(a);
	iu_cleanup_unregister(b);
	return 77;
}

/* Interrupt-context dispatches while the panic loop runs. */
static struct hrtimer st_timer;
static bool st_timer_stop;
static long irq_runs, irq_bad, irq_cleanups;

static void irq_cleanup_fn(void *arg)
{
	irq_cleanups++;
}

static unsigned int prog_irq(const void *ctx, const struct bpf_insn *insn)
{
	if (iu_cleanup_register(irq_cleanup_fn, NULL) < 0)
		return 1;
	iu_st_landingpad("self-test program in hard irq");
	return 0;
}

static enum hrtimer_restart st_timer_fn(struct hrtimer *t)
{
	int depth = iu_dispatch_depth();
	unsigned int r = iu_dispatcher_func(NULL, NULL, prog_irq);

	irq_runs++;
	if (r != EINVAL_U || irq_cleanups != irq_runs ||
	    iu_dispatch_depth() != depth)
		irq_bad++;
	if (READ_ONCE(st_timer_stop))
		return HRTIMER_NORESTART;
	hrtimer_forward_now(t, ns_to_ktime(50 * NSEC_PER_USEC));
	return HRTIMER_RESTART;
}

void st_dispatch(void)
{
	struct iu_st_regs out;
	unsigned int r;
	long i, bad_ret = 0, bad_regs = 0, drift = 0, cleaned = 0;
	u64 rsp0 = 0;
	int cpu;

	/* Everything dispatched runs with preemption off, as BPF does. */
	preempt_disable();

	r = iu_st_call((void *)0xc7c7, prog_ret, &st_regs_in, &out);
	report("normal_return", r == 0x600dcafe, "ret=%#x", r);
	report("normal_regs", regs_ok(&st_regs_in, &out), "rbx,rbp,r12-r15,rsp");

	r = iu_st_call(NULL, iu_st_clobber_and_panic, &st_regs_in, &out);
	report("panic_einval", r == EINVAL_U, "ret=%#x", r);
	report("panic_rbx", out.rbx == st_regs_in.rbx, "%#llx", out.rbx);
	report("panic_rbp", out.rbp == st_regs_in.rbp, "%#llx", out.rbp);
	report("panic_r12", out.r12 == st_regs_in.r12, "%#llx", out.r12);
	report("panic_r13", out.r13 == st_regs_in.r13, "%#llx", out.r13);
	report("panic_r14", out.r14 == st_regs_in.r14, "%#llx", out.r14);
	report("panic_r15", out.r15 == st_regs_in.r15, "%#llx", out.r15);
	report("panic_rsp", out.rsp_before == out.rsp_after, "%#llx->%#llx",
	       out.rsp_before, out.rsp_after);
	report("panic_depth_zero", iu_dispatch_depth() == 0, "depth=%d",
	       iu_dispatch_depth());

	r = iu_st_call(NULL, prog_c_panic, &st_regs_in, &out);
	report("c_panic", r == EINVAL_U && regs_ok(&st_regs_in, &out), "ret=%#x", r);

	/* Called 8 bytes off, the program still gets a 16-byte aligned stack. */
	r = iu_st_call_misaligned(NULL, iu_st_rsp_align);
	report("stack_aligned_for_8_aligned_caller", r == 0, "(rsp+8)%%16=%u", r);
	r = iu_st_call_misaligned(NULL, iu_st_clobber_and_panic);
	report("misaligned_caller_panic", r == EINVAL_U &&
	       iu_dispatch_depth() == 0, "ret=%#x", r);

	memset(ran, 0, sizeof(ran));
	r = iu_st_call(NULL, prog_cleanup_panic, &st_regs_in, &out);
	report("cleanup_once", r == EINVAL_U && ran[0] == 1 && ran[1] == 1 &&
	       ran[2] == 1 && iu_cleanup_pending(smp_processor_id()) == 0 &&
	       regs_ok(&st_regs_in, &out), "runs=%d,%d,%d", ran[0], ran[1], ran[2]);

	memset(ran, 0, sizeof(ran));
	r = iu_dispatcher_func(NULL, NULL, prog_cleanup_all_then_pad);
	report("cleanup_all_then_landingpad", r == EINVAL_U && ran[0] == 1 &&
	       !ran[1] && ran[2] == 1 && ran[3] == 1 &&
	       iu_cleanup_pending(smp_processor_id()) == 0,
	       "runs=%d,%d,%d,%d", ran[0], ran[1], ran[2], ran[3]);

	memset(ran, 0, sizeof(ran));
	r = iu_dispatcher_func(NULL, NULL, prog_overflow);
	for (i = 100; i < 100 + IU_NR_CLEANUP_ENTRIES; i++)
		cleaned += ran[i];
	report("overflow_64", r == EINVAL_U && n_registered == 64 &&
	       cleaned == 64 && iu_cleanup_pending(smp_processor_id()) == 0,
	       "registered=%d cleaned=%ld", n_registered, cleaned);

	memset(ran, 0, sizeof(ran));
	r = iu_st_call((void *)1, prog_outer, &st_regs_in, &out);
	report("nest_inner_einval", inner_ret == EINVAL_U, "ret=%#x", inner_ret);
	report("nest_inner_regs", regs_ok(&inner_in, &inner_out),
	       "rbx,rbp,r12-r15,rsp of the inner call site");
	report("nest_depth", inner_depth == 2 && depth_after == 1,
	       "inside=%d after=%d", inner_depth, depth_after);
	report("nest_inner_cleans_own", inner_clean_ok,
	       "inner slots from %d", min_inner_slot);
	report("nest_outer_finishes", r == 77 && regs_ok(&st_regs_in, &out) &&
	       !ran[20] && iu_cleanup_pending(smp_processor_id()) == 0, "ret=%u", r);

	memset(ran, 0, sizeof(ran));
	r = iu_st_call((void *)2, prog_outer, &st_regs_in, &out);
	report("nest_outer_panics", r == EINVAL_U && regs_ok(&st_regs_in, &out) &&
	       ran[20] == 1 && ran[21] == 1 && ran[10] == 1 &&
	       iu_cleanup_pending(smp_processor_id()) == 0,
	       "ret=%#x outer cleanups=%d,%d", r, ran[20], ran[21]);

	/* 10,000 panics, with hard-irq dispatches interrupting them. */
	memset(ran, 0, sizeof(ran));
	cpu = smp_processor_id();
	hrtimer_init(&st_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_PINNED_HARD);
	st_timer.function = st_timer_fn;
	WRITE_ONCE(st_timer_stop, false);
	hrtimer_start(&st_timer, ns_to_ktime(50 * NSEC_PER_USEC),
		      HRTIMER_MODE_REL_PINNED_HARD);
	for (i = 0; i < 10000; i++) {
		r = iu_st_call(NULL, prog_cleanup_panic, &st_regs_in, &out);
		bad_ret += r != EINVAL_U;
		bad_regs += !regs_ok(&st_regs_in, &out);
		if (!i)
			rsp0 = out.rsp_before;
		drift += out.rsp_after != rsp0;
	}
	WRITE_ONCE(st_timer_stop, true);
	preempt_enable();
	hrtimer_cancel(&st_timer);
	cleaned = ran[0] + ran[1] + ran[2];
	report("loop_10000_panics", !bad_ret && !bad_regs,
	       "bad_ret=%ld bad_regs=%ld", bad_ret, bad_regs);
	report("loop_no_stack_drift", !drift, "drifted=%ld rsp=%#llx", drift, rsp0);
	report("loop_cleanups_exact", cleaned == 30000, "cleanups=%ld", cleaned);
	report("loop_no_leaked_entries", nr_valid_all() == 0,
	       "valid=%d on all CPUs", nr_valid_all());
	report("irq_nested_dispatch", irq_runs > 0 && !irq_bad &&
	       irq_cleanups == irq_runs, "cpu=%d irq_runs=%ld bad=%ld cleanups=%ld",
	       cpu, irq_runs, irq_bad, irq_cleanups);
}


