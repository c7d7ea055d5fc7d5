// SPDX-License-Identifier: GPL-2.0
/*
 * Group "cleanup" (issue 9, points 2 and 6): entries left registered at a
 * normal exit run then, once, and never in another dispatch; an inner
 * program cannot drop an outer program's entry.
 */
#include <linux/preempt.h>
#include <linux/smp.h>
#include <linux/string.h>

#include "st.h"

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
	outer_kept = iu_cleanup_pending(smp_processor_id()) == 1;
	iu_st_landingpad("self-test outer panics holding token 60");
	return 0;
}

void st_cleanup(void)
{
	unsigned int r;
	int before;

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
	report("no_leaked_entries", iu_cleanup_pending(smp_processor_id()) == 0,
	       "valid=%d", iu_cleanup_pending(smp_processor_id()));
	preempt_enable();
}
