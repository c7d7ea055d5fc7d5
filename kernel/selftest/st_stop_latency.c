// SPDX-License-Identifier: GPL-2.0
/*
 * Groups "stop_latency" and "stop_latency_kprobe": how soon after its
 * budget an endless program is stopped.  A loop that calls a bracketed
 * helper every turn (ktime_get, as a Rust runtime's bpf_ktime_get_ns does)
 * must be stopped about as soon as a plain loop: from process context with
 * interrupts on and off, and from a kprobe (the getpid kprobe of st_main.c
 * in kprobe_mode 2 and 3, which the guest script triggers; an ftrace-based
 * kprobe's handler runs with interrupts as the probed function had them,
 * on for a system call).  Each case: no stop before the budget, none later
 * than 100 budgets (a busy host stalls TCG CPUs), median within 2 budgets.
 */
#include <linux/irqflags.h>
#include <linux/kprobes.h>
#include <linux/ktime.h>
#include <linux/moduleparam.h>
#include <linux/preempt.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/timekeeping.h>

#include "st.h"

#define ETIMEDOUT_U	((unsigned int)-ETIMEDOUT)

static unsigned int lat_budget_us = 10000;
module_param(lat_budget_us, uint, 0644);
MODULE_PARM_DESC(lat_budget_us, "iu.ko's timeout_us, as the guest script read it");

static int lat_runs = 30;
module_param(lat_runs, int, 0644);
MODULE_PARM_DESC(lat_runs, "dispatches per process-context case");

static int lat_forever = 1;

/* The runtime's clock helper inlined into the loop: enter, call, exit. */
static noinline unsigned int prog_clock_loop(const void *ctx,
					     const struct bpf_insn *insn)
{
	u64 last = 0, now;

	for (;;) {
		iu_helper_enter();
		now = ktime_get();
		iu_helper_exit();
		if (now < last)
			return 1;	/* time never runs backwards */
		last = now;
	}
}

static noinline unsigned int prog_plain_loop(const void *ctx,
					     const struct bpf_insn *insn)
{
	while (READ_ONCE(lat_forever))
		cpu_relax();
	return 1;
}

#define NR_SAMPLES 256
struct lat_set {
	u64 ns[NR_SAMPLES];
	int n, other, irqs_off;
};

static int cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

/* One dispatch of @prog: its duration goes into @s if it was stopped. */
static void lat_run(struct lat_set *s,
		    unsigned int (*prog)(const void *, const struct bpf_insn *),
		    const void *ctx)
{
	u64 t0 = ktime_get_ns();
	unsigned int r = iu_dispatcher_func(ctx, NULL, prog);
	u64 ns = ktime_get_ns() - t0;

	if (r != ETIMEDOUT_U)
		s->other++;
	else if (s->n < NR_SAMPLES)
		s->ns[s->n++] = ns;
	if (irqs_disabled())
		s->irqs_off++;
}

static void lat_report(const char *name, struct lat_set *s, const char *how)
{
	u64 b = lat_budget_us * 1000ULL;

	if (!s->n) {
		report(name, false, "%s: no stop measured (%d other results)",
		       how, s->other);
		return;
	}
	sort(s->ns, s->n, sizeof(s->ns[0]), cmp_u64, NULL);
	report(name, !s->other && s->ns[0] >= b && s->ns[s->n - 1] < 100 * b &&
	       s->ns[s->n / 2] <= 2 * b,
	       "%s: %d stops (%d with interrupts off), %d other results; budget %u us: min %llu us, median %llu us, p90 %llu us, max %llu us",
	       how, s->n, s->irqs_off, s->other, lat_budget_us,
	       s->ns[0] / 1000, s->ns[s->n / 2] / 1000,
	       s->ns[s->n * 9 / 10] / 1000, s->ns[s->n - 1] / 1000);
}

static struct lat_set lat_set;

static void lat_case(const char *name,
		     unsigned int (*prog)(const void *, const struct bpf_insn *),
		     bool irqs_off)
{
	unsigned long flags;
	int i;

	memset(&lat_set, 0, sizeof(lat_set));
	for (i = 0; i < lat_runs; i++) {
		if (irqs_off)
			local_irq_save(flags);
		else
			preempt_disable();
		lat_run(&lat_set, prog, NULL);
		if (irqs_off)
			local_irq_restore(flags);
		else
			preempt_enable();
	}
	lat_report(name, &lat_set, "process context");
}

void st_stop_latency(void)
{
	lat_case("plain_irqs_on", prog_plain_loop, false);
	lat_case("plain_irqs_off", prog_plain_loop, true);
	lat_case("clock_irqs_on", prog_clock_loop, false);
	lat_case("clock_irqs_off", prog_clock_loop, true);
}

/* ---- from the kprobe on getpid (st_main.c, kprobe_mode 2 and 3) ---------- */

static struct lat_set kp_sets[2];
static bool kp_ftrace[2];

void st_stop_latency_kprobe_hit(struct kprobe *p, const void *ctx, bool plain)
{
	kp_ftrace[plain] = kprobe_ftrace(p);
	lat_run(&kp_sets[plain], plain ? prog_plain_loop : prog_clock_loop, ctx);
}

void st_stop_latency_kprobe(void)
{
	lat_report("kprobe_clock", &kp_sets[0], kp_ftrace[0] ?
		   "ftrace-based kprobe" : "int3 kprobe");
	lat_report("kprobe_plain", &kp_sets[1], kp_ftrace[1] ?
		   "ftrace-based kprobe" : "int3 kprobe");
	memset(kp_sets, 0, sizeof(kp_sets));
}
