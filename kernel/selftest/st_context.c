// SPDX-License-Identifier: GPL-2.0
/*
 * Groups "notrace" and "context" (issue 9, points 1 and 3, and the message
 * cap): the panic path can be neither kprobed nor kretprobed; a
 * preemptible dispatch is refused and the program never runs; a landing
 * pad reads at most 256 bytes of a message without a NUL.
 */
#include <linux/irqflags.h>
#include <linux/kprobes.h>
#include <linux/preempt.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

#include "st.h"

void st_notrace(void)
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

static int mark_ran;

static unsigned int prog_mark(const void *ctx, const struct bpf_insn *insn)
{
	mark_ran++;
	return 5;
}

static unsigned int prog_msg(const void *ctx, const struct bpf_insn *insn)
{
	iu_st_landingpad(ctx);
	return 0;
}

void st_context(void)
{
	unsigned int r;
	char *page;

	/*
	 * Runs before any other group panics, while the landing pad's
	 * report is not yet rate limited: the message ends at the vmalloc
	 * guard page, without a NUL.
	 */
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

	/* Preemption on, interrupts on: refused, the program never runs. */
	mark_ran = 0;
	r = iu_dispatcher_func(NULL, NULL, prog_mark);
	report("preemptible_dispatch_refused", r == EPERM_U && !mark_ran,
	       "ret=%#x ran=%d", r, mark_ran);
	/* Preempt count 0 but interrupts off: not preemptible, runs. */
	local_irq_disable();
	r = iu_dispatcher_func(NULL, NULL, prog_mark);
	local_irq_enable();
	report("irqs_off_dispatch_runs", r == 5 && mark_ran == 1, "ret=%u", r);
}
