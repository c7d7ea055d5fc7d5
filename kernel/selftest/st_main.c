// SPDX-License-Identifier: GPL-2.0
/*
 * iu_selftest - checks the guarantees of iu.ko in a running kernel.  Each
 * group of checks runs when its name is written to the "run" parameter
 * (the harness tests of kernel/qemu do that) and prints one
 * "IU-TEST <group>.<check> PASS|FAIL <detail>" line per check.  Also
 * attaches a kprobe to __x64_sys_getpid whose handler runs a program
 * through iu_dispatcher_func(); see the kprobe_* parameters.
 */
#define pr_fmt(fmt) fmt

#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/percpu.h>
#include <linux/string.h>

#include "st.h"

static char group[32] = "load";	/* the test the lines are for */

void report(const char *name, bool ok, const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	pr_info("IU-TEST %s.%s %s %pV\n", group, name, ok ? "PASS" : "FAIL",
		&vaf);
	va_end(args);
}

const struct iu_st_regs st_regs_in = {
	0x1111111111111111, 0x2222222222222222, 0x1212121212121212,
	0x1313131313131313, 0x1414141414141414, 0x1515151515151515,
};

bool regs_ok(const struct iu_st_regs *in, const struct iu_st_regs *out)
{
	return !memcmp(in, out, 6 * sizeof(u64)) &&
	       out->rsp_before == out->rsp_after;
}

int nr_valid_all(void)
{
	int cpu, n = 0;

	for_each_possible_cpu(cpu)
		n += iu_cleanup_pending(cpu);
	return n;
}

int ran[NR_TOKENS];

void cleanup_fn(void *arg)
{
	ran[(long)arg]++;
}

/* Registers tokens 0..2, then clobbers every callee-saved register and panics. */
unsigned int prog_cleanup_panic(const void *ctx, const struct bpf_insn *insn)
{
	long t;

	for (t = 0; t < 3; t++)
		iu_cleanup_register(cleanup_fn, (void *)t);
	return iu_st_clobber_and_panic(ctx, insn);
}

/* ---- run=<group> ----------------------------------------------------------- */

static const struct {
	const char *name;
	void (*fn)(void);
} groups[] = {
	{ "notrace", st_notrace },
	{ "context", st_context },
	{ "cleanup", st_cleanup },
	{ "dispatch", st_dispatch },
	{ "timeout", st_timeout },
	{ "timeout_param", st_timeout_param },
	{ "timeout_self", st_timeout_self },
	{ "stack", st_stack },
	{ "stack_param", st_stack_param },
	{ "stop_latency", st_stop_latency },
	{ "stop_latency_kprobe", st_stop_latency_kprobe },
};

/* "GROUP [TEST]": run GROUP, its lines for TEST (by default GROUP). */
static int run_set(const char *val, const struct kernel_param *kp)
{
	char buf[64], *p = buf, *name, *test;
	int i;

	strscpy(buf, val, sizeof(buf));
	name = strsep(&p, " \n");
	test = p ? strim(p) : NULL;
	for (i = 0; i < ARRAY_SIZE(groups); i++) {
		if (strcmp(name, groups[i].name))
			continue;
		strscpy(group, test && *test ? test : name, sizeof(group));
		groups[i].fn();
		return 0;
	}
	return -EINVAL;
}

static const struct kernel_param_ops run_ops = { .set = run_set };
module_param_cb(run, &run_ops, NULL, 0200);
MODULE_PARM_DESC(run, "write a group's name to run its checks");

/* ---- kprobe on getpid ------------------------------------------------------ */

static unsigned long kprobe_hits, kprobe_panics, kprobe_cleanups;
static int kprobe_mode;
module_param(kprobe_hits, ulong, 0444);
MODULE_PARM_DESC(kprobe_hits, "getpid calls counted by the program");
module_param(kprobe_panics, ulong, 0444);
MODULE_PARM_DESC(kprobe_panics, "dispatches that returned -EINVAL");
module_param(kprobe_cleanups, ulong, 0444);
MODULE_PARM_DESC(kprobe_cleanups, "cleanups run by panicking programs");
module_param(kprobe_mode, int, 0644);
MODULE_PARM_DESC(kprobe_mode, "0: counting program, 1: panicking program, 2: clock loop, 3: plain loop (stop latency)");

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
	int mode = READ_ONCE(kprobe_mode);
	unsigned int r;

	if (mode >= 2) {
		st_stop_latency_kprobe_hit(p, regs, mode == 3);
		return 0;
	}
	r = iu_dispatcher_func(regs, NULL, mode ? prog_kp_panic : prog_kp_count);
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
	int err = register_kprobe(&kp);

	report("kprobe_registered", !err, "err=%d", err);
	return 0;
}

static void __exit iu_selftest_exit(void)
{
	strscpy(group, "unload", sizeof(group));
	unregister_kprobe(&kp);
	report("no_leaked_entries", nr_valid_all() == 0, "valid=%d",
	       nr_valid_all());
	report("depth_zero", iu_dispatch_depth() == 0, "depth=%d",
	       iu_dispatch_depth());
}

module_init(iu_selftest_init);
module_exit(iu_selftest_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Self-test of the inner-unikernel dispatcher");
