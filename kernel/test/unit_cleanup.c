// SPDX-License-Identifier: GPL-2.0
/*
 * Cleanup entries across dispatches (issue 9, points 2, 5 and 6): entries
 * left at a normal exit run then, exactly once, and never in another
 * dispatch; register/unregister stay consistent when a nested dispatch
 * interrupts them at any instruction; an inner program cannot drop an
 * outer program's entry.
 */
#include "unit.h"	/* first: it defines _GNU_SOURCE */

#include <stdio.h>
#include <string.h>


/* ---- leaks at a normal exit --------------------------------------------- */

static unsigned int prog_leak(const void *ctx, const struct bpf_insn *insn)
{
	iu_cleanup_register(cleanup_fn, (void *)ctx);
	return 7;
}

static unsigned int prog_leak_two(const void *ctx, const struct bpf_insn *insn)
{
	int a = iu_cleanup_register(cleanup_fn, (void *)42);

	iu_cleanup_register(cleanup_fn, (void *)43);
	iu_cleanup_unregister(a);	/* a hole below the leaked one */
	return 8;
}

static int sib_ran_after_leak, sib_ran_after_panic;

static unsigned int prog_siblings(const void *ctx, const struct bpf_insn *insn)
{
	iu_dispatcher_func((void *)41, NULL, prog_leak);
	sib_ran_after_leak = ran[41];
	iu_dispatcher_func(NULL, NULL, (prog_t)iu_test_clobber_and_panic);
	sib_ran_after_panic = ran[41];
	return 9;
}

static void leak_tests(void)
{
	unsigned int r;
	long leaks0 = 0;
	int before, cpu;

	for (cpu = 0; cpu < 2; cpu++)
		leaks0 += per_cpu_ptr(&iu_stats, cpu)->leaks;
	reset_percpu();
	reset_ran();
	r = iu_dispatcher_func((void *)40, NULL, prog_leak);
	check("leak_runs_at_normal_exit", r == 7 && ran[40] == 1 && idle_state(),
	      "ret %u, token 40 ran %d times at the exit", r, ran[40]);
	before = ran[40];
	r = iu_dispatcher_func(NULL, NULL, (prog_t)iu_test_clobber_and_panic);
	check("leak_not_inherited_by_later_panic", r == EINVAL_U &&
	      ran[40] == before, "token 40: %d runs before an unrelated panic, %d after",
	      before, ran[40]);

	reset_ran();
	r = iu_dispatcher_func(NULL, NULL, prog_siblings);
	check("leak_inner_runs_at_its_exit", r == 9 && sib_ran_after_leak == 1,
	      "token 41 ran %d times when its program returned",
	      sib_ran_after_leak);
	check("leak_inner_not_run_by_sibling_panic",
	      sib_ran_after_panic == sib_ran_after_leak,
	      "token 41: %d runs before the sibling's panic, %d after",
	      sib_ran_after_leak, sib_ran_after_panic);

	reset_ran();
	r = iu_dispatcher_func(NULL, NULL, prog_leak_two);
	check("leak_behind_a_hole_runs", r == 8 && ran[42] == 0 &&
	      ran[43] == 1 && idle_state(), "ret %u, runs %d %d", r, ran[42],
	      ran[43]);
	check("leaks_counted", per_cpu_ptr(&iu_stats, 0)->leaks +
	      per_cpu_ptr(&iu_stats, 1)->leaks == leaks0 + 3,
	      "3 leaked entries counted");
}

/* ---- a nested dispatch at every instruction of register/unregister ------ */

static long reg_steps, reg_fail;
static int reg_slot_ok;

/* The interrupting program leaks its entry: it must run at its exit. */
static unsigned int prog_nmi_leak(const void *ctx, const struct bpf_insn *insn)
{
	if (iu_cleanup_register(cleanup_fn, (void *)201) < 0)
		return 1;
	return 2;
}

static void reg_trap_handler(int sig, siginfo_t *si, void *uc)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	unsigned long top = this_cpu_read(iu_cleanup_top);
	unsigned long limit = this_cpu_read(iu_stack_limit);
	int before = ran[201];
	unsigned int r;

	reg_steps++;
	r = iu_dispatcher_func(NULL, NULL, prog_nmi_leak);
	if (r != 2 || ran[201] != before + 1 ||
	    this_cpu_read(iu_active_frame) != f ||
	    this_cpu_read(iu_cleanup_top) != top ||
	    this_cpu_read(iu_stack_limit) != limit)
		reg_fail++;
}

/* Registers/unregisters single-stepped, with a hole to reuse. */
static unsigned int prog_stepped(const void *ctx, const struct bpf_insn *insn)
{
	struct iu_cleanup_entry *e;
	int s, hole, keep;

	hole = iu_cleanup_register(cleanup_fn, (void *)51);
	keep = iu_cleanup_register(cleanup_fn, (void *)52);
	tf_on();
	iu_cleanup_unregister(hole);
	s = iu_cleanup_register(cleanup_fn, (void *)50);	/* the hole */
	tf_off();
	if (s < 0)
		return 1;
	e = &entries()[s];
	reg_slot_ok = s == hole && e->valid && e->cleanup_fn == cleanup_fn &&
		      e->cleanup_arg == (void *)50 && entries()[keep].valid;
	tf_on();
	iu_cleanup_unregister(keep);
	iu_cleanup_unregister(s);
	s = iu_cleanup_register(cleanup_fn, (void *)53);	/* a new top */
	iu_cleanup_unregister(s);
	tf_off();
	return 3;
}

static void register_race_tests(void)
{
	struct sigaction ts = { .sa_sigaction = reg_trap_handler,
				.sa_flags = SA_SIGINFO };
	unsigned int r;

	reset_percpu();
	quiet = 1;
	reset_ran();
	sigaction(SIGTRAP, &ts, NULL);
	r = iu_dispatcher_func(NULL, NULL, prog_stepped);
	signal(SIGTRAP, SIG_DFL);
	quiet = 0;
	check("register_every_insn_nested_leaks_run_once",
	      reg_steps > 50 && !reg_fail && ran[201] == reg_steps,
	      "%ld steps, %ld bad, token 201 ran %d times", reg_steps,
	      reg_fail, ran[201]);
	check("register_every_insn_own_slots_intact",
	      r == 3 && reg_slot_ok && !ran[50] && !ran[51] && !ran[52] &&
	      !ran[53] && idle_state(), "ret %u, slot %s", r,
	      reg_slot_ok ? "intact" : "overwritten");
}

/* ---- unregister outside the innermost dispatch --------------------------- */

static int outer_slot, outer_still_valid;

static unsigned int prog_inner_unreg(const void *ctx,
				     const struct bpf_insn *insn)
{
	iu_cleanup_unregister(outer_slot);		/* below our base */
	iu_cleanup_unregister(IU_NR_CLEANUP_ENTRIES - 1);	/* above top */
	iu_cleanup_unregister(-1);
	return 1;
}

static unsigned int prog_outer_unreg(const void *ctx,
				     const struct bpf_insn *insn)
{
	outer_slot = iu_cleanup_register(cleanup_fn, (void *)60);
	iu_dispatcher_func(NULL, NULL, prog_inner_unreg);
	outer_still_valid = entries()[outer_slot].valid != 0;
	iu_landingpad("outer panics holding token 60");
}

static void unregister_tests(void)
{
	unsigned long bad0 = per_cpu_ptr(&iu_stats, 0)->bad_unregisters;
	long rep0 = n_reports;
	unsigned int r;

	reset_percpu();
	reset_ran();
	r = iu_dispatcher_func(NULL, NULL, prog_outer_unreg);
	check("unregister_outer_slot_refused", r == EINVAL_U &&
	      outer_still_valid && ran[60] == 1 && idle_state(),
	      "outer entry %s, ran %d times at the outer panic",
	      outer_still_valid ? "kept" : "dropped by the inner program",
	      ran[60]);
	check("unregister_refusals_reported",
	      per_cpu_ptr(&iu_stats, 0)->bad_unregisters == bad0 + 3 &&
	      n_reports > rep0, "3 refusals counted and reported");
	check("register_outside_dispatch_refused",
	      iu_cleanup_register(cleanup_fn, (void *)61) == -EINVAL &&
	      idle_state(), "-EINVAL, nothing registered");
}

void cleanup_tests(void)
{
	leak_tests();
	register_race_tests();
	unregister_tests();
	reset_percpu();
}
