// SPDX-License-Identifier: GPL-2.0
/*
 * iu_selftest - checks every guarantee of iu.ko in a running kernel and
 * prints one "IU-TEST <check> PASS|FAIL <detail>" line per check.
 * Also attaches a kprobe to __x64_sys_getpid whose handler runs a program
 * through iu_dispatcher_func(); see kprobe_* parameters.
 */
#define pr_fmt(fmt) fmt

#include <linux/errno.h>
#include <linux/hrtimer.h>
#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/vmalloc.h>

#include "iu.h"

#define EINVAL_U	((unsigned int)-EINVAL)

struct iu_st_regs {
	u64 rbx, rbp, r12, r13, r14, r15, rsp_before, rsp_after;
};

unsigned int iu_st_call(const void *ctx, void *prog,
			const struct iu_st_regs *in, struct iu_st_regs *out);
unsigned int iu_st_clobber_and_panic(const void *ctx,
				     const struct bpf_insn *insn);
unsigned int iu_st_call_misaligned(const void *ctx, void *prog);
unsigned int iu_st_rsp_align(const void *ctx, const struct bpf_insn *insn);

/*
 * iu_landingpad() as seen by objtool: objtool (6.1) only knows a fixed list
 * of noreturn functions, so a C call to the __noreturn declaration from
 * another object "falls through to the next function".  Programs here call
 * it through this alias without the attribute and end in a dead return.
 */
void iu_st_landingpad(const char *msg) __asm__("iu_landingpad");

static int nr_fail;

static __printf(3, 4) void report(const char *name, bool ok,
				  const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	pr_info("IU-TEST %s %s %pV\n", name, ok ? "PASS" : "FAIL", &vaf);
	va_end(args);
	if (!ok)
		nr_fail++;
}

static const struct iu_st_regs regs_in = {
	0x1111111111111111, 0x2222222222222222, 0x1212121212121212,
	0x1313131313131313, 0x1414141414141414, 0x1515151515151515,
};

static bool regs_ok(const struct iu_st_regs *in, const struct iu_st_regs *out)
{
	return !memcmp(in, out, 6 * sizeof(u64)) &&
	       out->rsp_before == out->rsp_after;
}

static int nr_valid_cpu(int cpu)
{
	return iu_cleanup_pending(cpu);
}

static int nr_valid_all(void)
{
	int cpu, n = 0;

	for_each_possible_cpu(cpu)
		n += nr_valid_cpu(cpu);
	return n;
}

/* Token-indexed run counters. */
#define NR_TOKENS 256
static int ran[NR_TOKENS];

static void cleanup_fn(void *arg)
{
	ran[(long)arg]++;
}

static unsigned int prog_ret(const void *ctx, const struct bpf_insn *insn)
{
	return ctx == (void *)0xc7c7 ? 0x600dcafe : 1;
}

static unsigned int prog_c_panic(const void *ctx, const struct bpf_insn *insn)
{
	iu_st_landingpad("self-test C program panic");
	return 0;
}

static unsigned int prog_cleanup_panic(const void *ctx,
				       const struct bpf_insn *insn)
{
	long t;

	for (t = 0; t < 3; t++)
		iu_cleanup_register(cleanup_fn, (void *)t);
	return iu_st_clobber_and_panic(ctx, insn);
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
			 nr_valid_cpu(smp_processor_id()) == 2 &&
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

static void run_checks(void)
{
	struct iu_st_regs out;
	unsigned int r;
	long i, bad_ret = 0, bad_regs = 0, drift = 0, cleaned = 0;
	u64 rsp0 = 0;
	int cpu;

	/* Everything dispatched runs with preemption off, as BPF does. */
	preempt_disable();

	r = iu_st_call((void *)0xc7c7, prog_ret, &regs_in, &out);
	report("normal_return", r == 0x600dcafe, "ret=%#x", r);
	report("normal_regs", regs_ok(&regs_in, &out), "rbx,rbp,r12-r15,rsp");

	r = iu_st_call(NULL, iu_st_clobber_and_panic, &regs_in, &out);
	report("panic_einval", r == EINVAL_U, "ret=%#x", r);
	report("panic_rbx", out.rbx == regs_in.rbx, "%#llx", out.rbx);
	report("panic_rbp", out.rbp == regs_in.rbp, "%#llx", out.rbp);
	report("panic_r12", out.r12 == regs_in.r12, "%#llx", out.r12);
	report("panic_r13", out.r13 == regs_in.r13, "%#llx", out.r13);
	report("panic_r14", out.r14 == regs_in.r14, "%#llx", out.r14);
	report("panic_r15", out.r15 == regs_in.r15, "%#llx", out.r15);
	report("panic_rsp", out.rsp_before == out.rsp_after, "%#llx->%#llx",
	       out.rsp_before, out.rsp_after);
	report("panic_depth_zero", iu_dispatch_depth() == 0, "depth=%d",
	       iu_dispatch_depth());

	r = iu_st_call(NULL, prog_c_panic, &regs_in, &out);
	report("c_panic", r == EINVAL_U && regs_ok(&regs_in, &out), "ret=%#x", r);

	/* Called 8 bytes off, the program still gets a 16-byte aligned stack. */
	r = iu_st_call_misaligned(NULL, iu_st_rsp_align);
	report("stack_aligned_for_8_aligned_caller", r == 0, "(rsp+8)%%16=%u", r);
	r = iu_st_call_misaligned(NULL, iu_st_clobber_and_panic);
	report("misaligned_caller_panic", r == EINVAL_U &&
	       iu_dispatch_depth() == 0, "ret=%#x", r);

	memset(ran, 0, sizeof(ran));
	r = iu_st_call(NULL, prog_cleanup_panic, &regs_in, &out);
	report("cleanup_once", r == EINVAL_U && ran[0] == 1 && ran[1] == 1 &&
	       ran[2] == 1 && nr_valid_cpu(smp_processor_id()) == 0 &&
	       regs_ok(&regs_in, &out), "runs=%d,%d,%d", ran[0], ran[1], ran[2]);

	memset(ran, 0, sizeof(ran));
	r = iu_dispatcher_func(NULL, NULL, prog_cleanup_all_then_pad);
	report("cleanup_all_then_landingpad", r == EINVAL_U && ran[0] == 1 &&
	       !ran[1] && ran[2] == 1 && ran[3] == 1 &&
	       nr_valid_cpu(smp_processor_id()) == 0,
	       "runs=%d,%d,%d,%d", ran[0], ran[1], ran[2], ran[3]);

	memset(ran, 0, sizeof(ran));
	r = iu_dispatcher_func(NULL, NULL, prog_overflow);
	for (i = 100; i < 100 + IU_NR_CLEANUP_ENTRIES; i++)
		cleaned += ran[i];
	report("overflow_64", r == EINVAL_U && n_registered == 64 &&
	       cleaned == 64 && nr_valid_cpu(smp_processor_id()) == 0,
	       "registered=%d cleaned=%ld", n_registered, cleaned);

	memset(ran, 0, sizeof(ran));
	r = iu_st_call((void *)1, prog_outer, &regs_in, &out);
	report("nest_inner_einval", inner_ret == EINVAL_U, "ret=%#x", inner_ret);
	report("nest_inner_regs", regs_ok(&inner_in, &inner_out),
	       "rbx,rbp,r12-r15,rsp of the inner call site");
	report("nest_depth", inner_depth == 2 && depth_after == 1,
	       "inside=%d after=%d", inner_depth, depth_after);
	report("nest_inner_cleans_own", inner_clean_ok,
	       "inner slots from %d", min_inner_slot);
	report("nest_outer_finishes", r == 77 && regs_ok(&regs_in, &out) &&
	       !ran[20] && nr_valid_cpu(smp_processor_id()) == 0, "ret=%u", r);

	memset(ran, 0, sizeof(ran));
	r = iu_st_call((void *)2, prog_outer, &regs_in, &out);
	report("nest_outer_panics", r == EINVAL_U && regs_ok(&regs_in, &out) &&
	       ran[20] == 1 && ran[21] == 1 && ran[10] == 1 &&
	       nr_valid_cpu(smp_processor_id()) == 0,
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
		r = iu_st_call(NULL, prog_cleanup_panic, &regs_in, &out);
		bad_ret += r != EINVAL_U;
		bad_regs += !regs_ok(&regs_in, &out);
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


/* ---- issue 9 ------------------------------------------------------------ */

/* 1. The panic path can be neither kprobed nor kretprobed. */
static void nokprobe_checks(void)
{
	static const char *const syms[] = {
		"iu_landingpad", "iu_landingpad_prepare", "iu_cleanup_all",
		"iu_dispatcher_func", "iu_panic_trampoline",
	};
	struct kretprobe krp = {};
	int i, err;

	for (i = 0; i < ARRAY_SIZE(syms); i++) {
		struct kprobe k = { .symbol_name = syms[i] };
		char name[64];

		err = register_kprobe(&k);
		if (!err)
			unregister_kprobe(&k);
		snprintf(name, sizeof(name), "nokprobe_%s", syms[i]);
		report(name, err == -EINVAL, "register_kprobe=%d", err);
	}
	krp.kp.symbol_name = "iu_landingpad";
	krp.maxactive = 4;
	err = register_kretprobe(&krp);
	if (!err)
		unregister_kretprobe(&krp);
	report("nokretprobe_iu_landingpad", err == -EINVAL,
	       "register_kretprobe=%d", err);
}

/* 2. Entries left registered at a normal exit run then, once. */
static unsigned int prog_leak(const void *ctx, const struct bpf_insn *insn)
{
	iu_cleanup_register(cleanup_fn, (void *)ctx);
	return 7;
}

static int sib_after_leak, sib_after_panic;

static unsigned int prog_siblings(const void *ctx, const struct bpf_insn *insn)
{
	iu_dispatcher_func((void *)41, NULL, prog_leak);
	sib_after_leak = ran[41];
	iu_dispatcher_func(NULL, NULL, prog_cleanup_panic);
	sib_after_panic = ran[41];
	return 9;
}

/* 3. Preemptible dispatches are refused. */
static int mark_ran;

static unsigned int prog_mark(const void *ctx, const struct bpf_insn *insn)
{
	mark_ran++;
	return 5;
}

/* 6. An inner program cannot drop an outer program's entry. */
static int outer_slot;
static bool outer_kept;

static unsigned int prog_inner_unreg(const void *ctx,
				     const struct bpf_insn *insn)
{
	iu_cleanup_unregister(outer_slot);
	return 1;
}

static unsigned int prog_outer_unreg(const void *ctx,
				     const struct bpf_insn *insn)
{
	outer_slot = iu_cleanup_register(cleanup_fn, (void *)60);
	iu_dispatcher_func(NULL, NULL, prog_inner_unreg);
	outer_kept = nr_valid_cpu(smp_processor_id()) == 1;
	iu_st_landingpad("self-test outer panics holding token 60");
	return 0;
}

/* Also: at most 256 bytes of a message without a NUL are read. */
static unsigned int prog_msg(const void *ctx, const struct bpf_insn *insn)
{
	iu_st_landingpad(ctx);
	return 0;
}


/* Runs first, while the landing pad's report is not yet rate limited. */
static void message_cap_check(void)
{
	unsigned int r;
	char *page;

	/* The message ends at a vmalloc guard page, without a NUL. */
	page = vmalloc(PAGE_SIZE);
	if (page) {
		memset(page + PAGE_SIZE - 300, 'A', 300);
		preempt_disable();
		r = iu_dispatcher_func(page + PAGE_SIZE - 300, NULL, prog_msg);
		preempt_enable();
		vfree(page);
		report("landingpad_message_read_capped", r == EINVAL_U,
		       "ret=%#x", r);
	}
}

static void issue9_checks(void)
{
	unsigned int r;
	int before;

	nokprobe_checks();

	preempt_disable();
	memset(ran, 0, sizeof(ran));
	r = iu_dispatcher_func((void *)40, NULL, prog_leak);
	report("leak_runs_at_normal_exit", r == 7 && ran[40] == 1,
	       "ret=%u runs=%d", r, ran[40]);
	before = ran[40];
	r = iu_dispatcher_func(NULL, NULL, prog_cleanup_panic);
	report("leak_not_inherited_by_later_panic", r == EINVAL_U &&
	       ran[40] == before, "runs before=%d after=%d", before, ran[40]);
	memset(ran, 0, sizeof(ran));
	r = iu_dispatcher_func(NULL, NULL, prog_siblings);
	report("leak_inner_not_run_by_sibling_panic", r == 9 &&
	       sib_after_leak == 1 && sib_after_panic == 1,
	       "runs at its exit=%d after the sibling's panic=%d",
	       sib_after_leak, sib_after_panic);

	memset(ran, 0, sizeof(ran));
	r = iu_dispatcher_func(NULL, NULL, prog_outer_unreg);
	report("unregister_outer_slot_refused", r == EINVAL_U && outer_kept &&
	       ran[60] == 1, "kept=%d runs=%d", outer_kept, ran[60]);
	preempt_enable();

	/* Preemption on, interrupts on: refused, the program never runs. */
	mark_ran = 0;
	r = iu_dispatcher_func(NULL, NULL, prog_mark);
	report("preemptible_dispatch_refused", r == (unsigned int)-EPERM &&
	       !mark_ran, "ret=%#x ran=%d", r, mark_ran);
	/* Preempt count 0 but interrupts off: not preemptible, runs. */
	local_irq_disable();
	r = iu_dispatcher_func(NULL, NULL, prog_mark);
	local_irq_enable();
	report("irqs_off_dispatch_runs", r == 5 && mark_ran == 1, "ret=%u", r);

}

/* ---- kprobe on getpid ------------------------------------------------- */

static unsigned long kprobe_hits, kprobe_panics, kprobe_cleanups;
static int kprobe_mode;
module_param(kprobe_hits, ulong, 0444);
MODULE_PARM_DESC(kprobe_hits, "getpid calls counted by the program");
module_param(kprobe_panics, ulong, 0444);
MODULE_PARM_DESC(kprobe_panics, "dispatches that returned -EINVAL");
module_param(kprobe_cleanups, ulong, 0444);
MODULE_PARM_DESC(kprobe_cleanups, "cleanups run by panicking programs");
module_param(kprobe_mode, int, 0644);
MODULE_PARM_DESC(kprobe_mode, "0: counting program, 1: panicking program");

static void kp_cleanup_fn(void *arg)
{
	kprobe_cleanups++;
}

static unsigned int prog_kp_count(const void *ctx, const struct bpf_insn *insn)
{
	kprobe_hits++;
	return 0;
}

static unsigned int prog_kp_panic(const void *ctx, const struct bpf_insn *insn)
{
	if (iu_cleanup_register(kp_cleanup_fn, NULL) < 0)
		return 1;
	iu_st_landingpad("getpid program panics");
	return 0;
}

static int kp_pre(struct kprobe *p, struct pt_regs *regs)
{
	unsigned int r;

	r = iu_dispatcher_func(regs, NULL, READ_ONCE(kprobe_mode) ?
			       prog_kp_panic : prog_kp_count);
	if (r == EINVAL_U)
		kprobe_panics++;
	return 0;
}

static struct kprobe kp = {
	.symbol_name = "__x64_sys_getpid",
	.pre_handler = kp_pre,
};

static int __init iu_selftest_init(void)
{
	int err;

	message_cap_check();
	run_checks();
	issue9_checks();
	err = register_kprobe(&kp);
	report("kprobe_registered", !err, "err=%d", err);
	pr_info("IU-SELFTEST done failures=%d\n", nr_fail);
	return 0;
}

static void __exit iu_selftest_exit(void)
{
	unregister_kprobe(&kp);
	report("final_no_leaked_entries", nr_valid_all() == 0, "valid=%d",
	       nr_valid_all());
	report("final_depth_zero", iu_dispatch_depth() == 0, "depth=%d",
	       iu_dispatch_depth());
}

module_init(iu_selftest_init);
module_exit(iu_selftest_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Self-test of the inner-unikernel dispatcher");
