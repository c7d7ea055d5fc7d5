// SPDX-License-Identifier: GPL-2.0
/*
 * The samples of issues 10 (termination) and 11 (stack safety) on real
 * kprobe hits: one kprobe on a system call wrapper each, dispatched only
 * for e2e_trig (see iu_e2e_glue.c), with the syscall's user registers as
 * the context (di, si: the program's parameters, as a BPF kprobe on a
 * syscall wrapper reads them).  Kprobe handlers run with interrupts off,
 * so the endless programs can only be stopped by iu.ko's watchdog NMI.
 *
 *   __x64_sys_getppid     iu_loop            loop {}              -ETIMEDOUT
 *   __x64_sys_getuid      iu_loop_helper     a helper every turn  -ETIMEDOUT
 *   __x64_sys_getgid      iu_loop_cleanup    Resource(di), loop   -ETIMEDOUT,
 *                                                                 released once
 *   __x64_sys_geteuid     iu_spin            runs di ns           0x5917
 *   __x64_sys_getegid     iu_recurse         depth di             di(di+1)/2
 *   __x64_sys_getpgrp     iu_recursion_bomb  unbounded            -EOVERFLOW
 *   __x64_sys_getsid      iu_fnptr           OPS[di % 3](si)
 *   __x64_sys_gettid      iu_big_frame       5000-byte frame
 *   __x64_sys_sched_yield iu_deep_chain      12 levels
 *
 * Each sample's results are the module parameter s_<name>:
 *   "hits ok timedout overflow other min_us max_us mean_us early"
 * (ok: returned what the program computes for these registers; min, max,
 * mean: how long a dispatch took, from before the call to after the
 * return; early: stops (-ETIMEDOUT) of a dispatch that took less than
 * budget_us, which the guest script sets to iu.ko's timeout_us: a stop
 * before the budget is a false positive, a later one is not, even for a
 * program meant to finish in time, since a busy host can stall a TCG CPU
 * past the budget).
 */
#include <linux/kprobes.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

#include "iu_e2e.h"

extern iu_entry_t iu_loop, iu_loop_helper, iu_loop_cleanup, iu_spin,
	iu_recurse, iu_recursion_bomb, iu_fnptr, iu_big_frame, iu_deep_chain;

#define ETIMEDOUT_U ((unsigned int)-ETIMEDOUT)
#define EOVERFLOW_U ((unsigned int)-EOVERFLOW)

struct sample {
	struct kprobe kp;
	iu_entry_t *entry;
	/* What the program returns for these user registers. */
	unsigned int (*want)(const struct pt_regs *uregs);
	unsigned long hits, ok, timedout, overflow, other, early;
	u64 min_ns, max_ns, sum_ns;
};

static unsigned int budget_us = 10000;
module_param(budget_us, uint, 0644);
MODULE_PARM_DESC(budget_us, "iu.ko's timeout_us, as the guest script set it");

static unsigned int want_timeout(const struct pt_regs *u)
{
	return ETIMEDOUT_U;
}

static unsigned int want_overflow(const struct pt_regs *u)
{
	return EOVERFLOW_U;
}

static unsigned int want_spin(const struct pt_regs *u)
{
	return 0x5917;
}

static unsigned int want_recurse(const struct pt_regs *u)
{
	return (unsigned int)(u->di * (u->di + 1) / 2);
}

static unsigned int want_fnptr(const struct pt_regs *u)
{
	switch (u->di % 3) {
	case 0:
		return (unsigned int)(u->si * 2);
	case 1:
		return (unsigned int)(u->si * u->si);
	default:
		return (unsigned int)(u->si + 7);
	}
}

static unsigned int want_big_frame(const struct pt_regs *u)
{
	return iu_e2e_big_frame_sum(u->di);
}

static unsigned int want_deep_chain(const struct pt_regs *u)
{
	return iu_e2e_deep_chain_sum(u->di);
}

static int sample_pre(struct kprobe *p, struct pt_regs *regs)
{
	struct sample *s = container_of(p, struct sample, kp);
	const struct pt_regs *uregs = (const struct pt_regs *)regs->di;
	unsigned int r, want;
	u64 t0, dt;

	if (!iu_e2e_ours())
		return 0;
	want = s->want(uregs);
	t0 = ktime_get_ns();
	r = iu_e2e_run(s->entry, uregs);
	dt = ktime_get_ns() - t0;
	iu_e2e_check_depth();
	s->hits++;
	if (r == want)
		s->ok++;
	if (r == ETIMEDOUT_U) {
		s->timedout++;
		if (dt < (u64)READ_ONCE(budget_us) * NSEC_PER_USEC)
			s->early++;
	}
	else if (r == EOVERFLOW_U)
		s->overflow++;
	else if (r != want)
		s->other++;
	if (s->hits == 1 || dt < s->min_ns)
		s->min_ns = dt;
	if (dt > s->max_ns)
		s->max_ns = dt;
	s->sum_ns += dt;
	return 0;
}

#define SAMPLE(sym, prog, fn) { .kp = { .symbol_name = sym, .pre_handler = sample_pre }, \
				.entry = prog, .want = fn }

static struct sample samples[] = {
	SAMPLE("__x64_sys_getppid", iu_loop, want_timeout),
	SAMPLE("__x64_sys_getuid", iu_loop_helper, want_timeout),
	SAMPLE("__x64_sys_getgid", iu_loop_cleanup, want_timeout),
	SAMPLE("__x64_sys_geteuid", iu_spin, want_spin),
	SAMPLE("__x64_sys_getegid", iu_recurse, want_recurse),
	SAMPLE("__x64_sys_getpgrp", iu_recursion_bomb, want_overflow),
	SAMPLE("__x64_sys_getsid", iu_fnptr, want_fnptr),
	SAMPLE("__x64_sys_gettid", iu_big_frame, want_big_frame),
	SAMPLE("__x64_sys_sched_yield", iu_deep_chain, want_deep_chain),
};

static int get_sample(char *buf, const struct kernel_param *kp)
{
	const struct sample *s = kp->arg;

	return scnprintf(buf, PAGE_SIZE, "%lu %lu %lu %lu %lu %llu %llu %llu %lu\n",
			 s->hits, s->ok, s->timedout, s->overflow, s->other,
			 div_u64(s->min_ns, 1000), div_u64(s->max_ns, 1000),
			 s->hits ? div_u64(s->sum_ns, s->hits * 1000) : 0, s->early);
}

static const struct kernel_param_ops sample_ops = { .get = get_sample };
module_param_cb(s_loop, &sample_ops, &samples[0], 0444);
module_param_cb(s_loop_helper, &sample_ops, &samples[1], 0444);
module_param_cb(s_loop_cleanup, &sample_ops, &samples[2], 0444);
module_param_cb(s_spin, &sample_ops, &samples[3], 0444);
module_param_cb(s_recurse, &sample_ops, &samples[4], 0444);
module_param_cb(s_recursion_bomb, &sample_ops, &samples[5], 0444);
module_param_cb(s_fnptr, &sample_ops, &samples[6], 0444);
module_param_cb(s_big_frame, &sample_ops, &samples[7], 0444);
module_param_cb(s_deep_chain, &sample_ops, &samples[8], 0444);

int iu_e2e_samples_attach(void)
{
	int i, err;

	for (i = 0; i < ARRAY_SIZE(samples); i++) {
		err = register_kprobe(&samples[i].kp);
		if (err) {
			pr_err("IU-E2E %s.attach_samples FAIL kprobe %s: %d\n",
			       IU_E2E_ROUTE, samples[i].kp.symbol_name, err);
			while (--i >= 0)
				unregister_kprobe(&samples[i].kp);
			return err;
		}
	}
	pr_info("IU-E2E %s.attach_samples PASS %zu kprobes\n", IU_E2E_ROUTE,
		ARRAY_SIZE(samples));
	return 0;
}

void iu_e2e_samples_detach(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(samples); i++)
		unregister_kprobe(&samples[i].kp);
}
