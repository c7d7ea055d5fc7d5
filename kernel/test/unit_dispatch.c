// SPDX-License-Identifier: GPL-2.0
/*
 * Dispatch, panic and nesting: the program's value, -EINVAL after a panic
 * with every callee-saved register and %rsp restored, the stack alignment,
 * cleanup entries run exactly once, nested dispatches (also one at every
 * instruction of a panicking dispatch), 10,000 panics in a row, per-CPU
 * state.
 */
#include "unit.h"	/* first: it defines _GNU_SOURCE */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


extern char __stop_iu_percpu[];

/* ---- programs --------------------------------------------------------- */

static int seen_ctx_ok, seen_depth;

static unsigned int prog_ret(const void *ctx, const struct bpf_insn *insn)
{
	seen_ctx_ok = ctx == (void *)0xc7c7 && insn == IU_TEST_INSNSI;
	seen_depth = iu_dispatch_depth();
	return 0x600dcafe;
}

static unsigned int prog_c_panic(const void *ctx, const struct bpf_insn *insn)
{
	seen_depth = iu_dispatch_depth();
	iu_landingpad("C program panic");
}

/* Registers tokens 0..2, then clobbers everything and panics. */
static unsigned int prog_cleanup_panic(const void *ctx,
				       const struct bpf_insn *insn)
{
	long t;

	for (t = 0; t < 3; t++)
		iu_cleanup_register(cleanup_fn, (void *)t);
	iu_test_clobber_and_panic();
}

/* Registers 0..3, drops 1, runs iu_cleanup_all itself, then panics. */
static unsigned int prog_cleanup_all_then_pad(const void *ctx,
					      const struct bpf_insn *insn)
{
	int slot[4];
	long t;

	for (t = 0; t < 4; t++)
		slot[t] = iu_cleanup_register(cleanup_fn, (void *)t);
	iu_cleanup_unregister(slot[1]);
	iu_cleanup_all();
	iu_landingpad("after iu_cleanup_all");
}

static unsigned int prog_cleanup_normal(const void *ctx,
					const struct bpf_insn *insn)
{
	int a = iu_cleanup_register(cleanup_fn, (void *)0);
	int b = iu_cleanup_register(cleanup_fn, (void *)1);

	iu_cleanup_unregister(b);
	iu_cleanup_unregister(a);
	return a == 0 && b == 1 ? 5 : 6;
}

static int n_registered;

static unsigned int prog_overflow(const void *ctx, const struct bpf_insn *insn)
{
	long t;

	n_registered = 0;
	for (t = 100; t < NR_TOKENS; t++) {
		if (iu_cleanup_register(cleanup_fn, (void *)t) < 0)
			iu_landingpad("too many cleanup entries");
		n_registered++;
	}
	return 0;
}

/* Nesting. */
static struct iu_regs nest_out;
static unsigned int nest_inner_ret, nest_inner_ret2;
static int nest_depth_in, nest_depth_after, nest_outer_slots_ok;
static int nest_inner_min_slot = 999, nest_inner_ran_ok;
static struct iu_regs inner_regs_in = {
	0x3131313131313131, 0x3232323232323232, 0x3333333333333333,
	0x3434343434343434, 0x3535353535353535, 0x3636363636363636,
};

static unsigned int prog_inner_cleanup_panic(const void *ctx,
					     const struct bpf_insn *insn)
{
	long t;

	nest_depth_in = iu_dispatch_depth();
	for (t = 10; t < 13; t++) {
		int s = iu_cleanup_register(cleanup_fn, (void *)t);

		if (s < nest_inner_min_slot)
			nest_inner_min_slot = s;
	}
	iu_test_clobber_and_panic();
}

/* Outer: registers 20, 21; runs an inner program that panics; finishes. */
static unsigned int prog_outer(const void *ctx, const struct bpf_insn *insn)
{
	int a = iu_cleanup_register(cleanup_fn, (void *)20);
	int b = iu_cleanup_register(cleanup_fn, (void *)21);

	nest_inner_ret = iu_test_call((void *)1, prog_inner_cleanup_panic,
				      &inner_regs_in, &nest_out);
	nest_depth_after = iu_dispatch_depth();
	nest_inner_ran_ok = ran[10] == 1 && ran[11] == 1 && ran[12] == 1 &&
			    ran[20] == 0 && ran[21] == 0;
	nest_outer_slots_ok = entries()[a].valid && entries()[b].valid;
	nest_inner_ret2 = iu_dispatcher_func(NULL, NULL, prog_ret);
	if (ctx == (void *)2)		/* variant: the outer panics too */
		iu_test_clobber_and_panic();
	iu_cleanup_unregister(a);
	iu_cleanup_unregister(b);
	return 77;
}

/* Recursion: level n dispatches level n + 1; the deepest one panics. */
#define DEEP 12
static int deep_depth_ok = 1;
static unsigned int deep_rets[DEEP + 1];

static unsigned int prog_deep(const void *ctx, const struct bpf_insn *insn)
{
	long lvl = (long)ctx;

	if (iu_dispatch_depth() != lvl)
		deep_depth_ok = 0;
	iu_cleanup_register(cleanup_fn, (void *)(30 + lvl));
	if (lvl == DEEP)
		iu_test_clobber_and_panic();
	deep_rets[lvl] = iu_dispatcher_func((void *)(lvl + 1), NULL, prog_deep);
	if (iu_dispatch_depth() != lvl)
		deep_depth_ok = 0;
	if (lvl % 2)		/* odd levels panic after their child returned */
		iu_landingpad("odd level");
	return 1000 + lvl;
}

/* Nested overflow: outer holds 10 slots, the inner may take the rest. */
static int nested_overflow_inner_n;

static unsigned int prog_overflow_outer(const void *ctx,
					const struct bpf_insn *insn)
{
	unsigned int r;
	long t;

	for (t = 0; t < 10; t++)
		iu_cleanup_register(cleanup_fn, (void *)t);
	r = iu_dispatcher_func(NULL, NULL, prog_overflow);
	nested_overflow_inner_n = n_registered;
	if (r != EINVAL_U || nr_valid() != 10)
		return 1;
	iu_landingpad("outer after nested overflow");
}

/* Landing pad misuse. */
static unsigned int prog_corrupt_frame(const void *ctx,
				       const struct bpf_insn *insn)
{
	this_cpu_read(iu_active_frame)->magic = 0;
	iu_landingpad("with a corrupted frame");
}


/* ---- "interrupt" at every instruction: single step + SIGTRAP ---------- */

static long trap_steps, trap_fail;

static unsigned int prog_nmi(const void *ctx, const struct bpf_insn *insn)
{
	if (iu_cleanup_register(cleanup_fn, (void *)200) < 0)
		return 1;
	iu_landingpad("nested in a trap");
}

static void trap_handler(int sig, siginfo_t *si, void *uc)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	unsigned long top = this_cpu_read(iu_cleanup_top);
	unsigned long limit = this_cpu_read(iu_stack_limit);
	int before = ran[200];
	unsigned int r;

	trap_steps++;
	r = iu_dispatcher_func(NULL, NULL, prog_nmi);
	if (r != EINVAL_U || ran[200] != before + 1 ||
	    this_cpu_read(iu_active_frame) != f ||
	    this_cpu_read(iu_cleanup_top) != top ||
	    this_cpu_read(iu_stack_limit) != limit)
		trap_fail++;
}

static unsigned int traced_call(const void *ctx, void *prog,
				const struct iu_regs *in, struct iu_regs *out)
{
	unsigned int r;

	tf_on();
	r = iu_test_call(ctx, prog, in, out);
	tf_off();
	return r;
}

/* ---- the tests ----------------------------------------------------------- */

void dispatch_tests(void)
{
	size_t sz = __stop_iu_percpu - __start_iu_percpu;
	struct iu_regs out;
	unsigned int r;
	int i, ok;

	/* 1. Normal return. */
	r = iu_test_call((void *)0xc7c7, prog_ret, &regs_in, &out);
	check("normal_return_value", r == 0x600dcafe, "%#x", r);
	check("normal_passes_ctx_insnsi", seen_ctx_ok, "ctx/insnsi %s",
	      seen_ctx_ok ? "as given" : "changed");
	check("normal_depth_inside", seen_depth == 1, "depth %d", seen_depth);
	check_regs("normal", &regs_in, &out);
	check("normal_state_idle_after", idle_state(), "frame/base/top/entries");

	/*
	 * 1b. The program runs on the SysV ABI's 16-byte aligned stack even
	 * when the dispatcher is called, as the kernel may, with %rsp only
	 * 8-byte aligned; registers and %rsp come back either way, also from
	 * a panic.
	 */
	iu_test_misalign = 8;
	r = iu_test_call(NULL, iu_test_rsp_align, &regs_in, &out);
	check("stack_aligned_for_8_aligned_caller", r == 0, "(rsp+8)%%16 = %u", r);
	check_regs("misaligned_caller", &regs_in, &out);
	r = iu_test_call(NULL, iu_test_clobber_and_panic, &regs_in, &out);
	check("misaligned_caller_panic_einval", r == EINVAL_U, "%#x", r);
	check_regs("misaligned_caller_panic", &regs_in, &out);
	iu_test_misalign = 0;
	r = iu_test_call(NULL, iu_test_rsp_align, &regs_in, &out);
	check("stack_aligned_for_16_aligned_caller", r == 0, "(rsp+8)%%16 = %u", r);

	/* 2. Panic from assembly that clobbers every callee-saved register. */
	r = iu_test_call(NULL, iu_test_clobber_and_panic, &regs_in, &out);
	check("panic_returns_einval", r == EINVAL_U, "%#x", r);
	check_regs("panic", &regs_in, &out);
	check("panic_state_idle_after", idle_state(), "frame/base/top/entries");

	/* 3. Panic from C. */
	r = iu_test_call(NULL, prog_c_panic, &regs_in, &out);
	check("c_panic_returns_einval", r == EINVAL_U, "%#x", r);
	check("c_panic_regs_and_rsp", regs_equal(&regs_in, &out), "all six + rsp");

	/* 4. Cleanup on panic, exactly once. */
	reset_ran();
	r = iu_test_call(NULL, prog_cleanup_panic, &regs_in, &out);
	check("cleanup_panic_einval", r == EINVAL_U, "%#x", r);
	check("cleanup_ran_once", ran[0] == 1 && ran[1] == 1 && ran[2] == 1,
	      "runs %d %d %d", ran[0], ran[1], ran[2]);
	check("cleanup_all_invalid_after", nr_valid() == 0, "%d valid", nr_valid());
	check("cleanup_regs_and_rsp", regs_equal(&regs_in, &out), "all six + rsp");

	reset_ran();
	r = iu_dispatcher_func(NULL, NULL, prog_cleanup_all_then_pad);
	check("cleanup_all_then_landingpad_once",
	      r == EINVAL_U && ran[0] == 1 && ran[1] == 0 && ran[2] == 1 &&
	      ran[3] == 1 && nr_valid() == 0,
	      "ret %#x runs %d %d %d %d (slot 1 dropped)", r, ran[0], ran[1],
	      ran[2], ran[3]);

	reset_ran();
	r = iu_dispatcher_func(NULL, NULL, prog_cleanup_normal);
	check("cleanup_normal_drop", r == 5 && ran[0] == 0 && ran[1] == 0 &&
	      idle_state(), "ret %u runs %d %d", r, ran[0], ran[1]);

	/* 5. More than 64 entries. */
	reset_ran();
	r = iu_dispatcher_func(NULL, NULL, prog_overflow);
	ok = 1;
	for (i = 100; i < 100 + IU_NR_CLEANUP_ENTRIES; i++)
		ok &= ran[i] == 1;
	check("overflow_enospc_panics", r == EINVAL_U &&
	      n_registered == IU_NR_CLEANUP_ENTRIES,
	      "ret %#x after %d registrations", r, n_registered);
	check("overflow_all_cleaned_once", ok && idle_state(),
	      "64 cleanups, %d valid after", nr_valid());

	/* 6. Nesting. */
	reset_ran();
	r = iu_test_call((void *)1, prog_outer, &regs_in, &out);
	check("nest_outer_finishes", r == 77, "outer ret %u", r);
	check("nest_inner_einval", nest_inner_ret == EINVAL_U, "%#x",
	      nest_inner_ret);
	check("nest_inner_depth", nest_depth_in == 2 && nest_depth_after == 1,
	      "depth %d inside, %d after", nest_depth_in, nest_depth_after);
	check_regs("nest_inner", &inner_regs_in, &nest_out);
	check("nest_outer_regs_and_rsp", regs_equal(&regs_in, &out), "all six + rsp");
	check("nest_inner_cleans_only_its_entries", nest_inner_ran_ok &&
	      nest_outer_slots_ok && nest_inner_min_slot >= 2,
	      "inner slots from %d, outer entries intact", nest_inner_min_slot);
	check("nest_outer_runs_after", nest_inner_ret2 == 0x600dcafe, "%#x",
	      nest_inner_ret2);
	check("nest_state_idle_after", idle_state() && ran[20] == 0,
	      "frame/base/top/entries");

	reset_ran();
	r = iu_test_call((void *)2, prog_outer, &regs_in, &out);
	check("nest_outer_panics_on_its_own", r == EINVAL_U &&
	      ran[20] == 1 && ran[21] == 1 && ran[10] == 1 && idle_state(),
	      "ret %#x, outer cleanups %d %d", r, ran[20], ran[21]);
	check("nest_outer_panic_regs_and_rsp", regs_equal(&regs_in, &out),
	      "all six + rsp");

	reset_ran();
	r = iu_test_call((void *)1, prog_deep, &regs_in, &out);
	ok = deep_rets[DEEP - 1] == EINVAL_U;
	for (i = 1; i < DEEP - 1; i++)
		ok &= deep_rets[i] == ((i + 1) % 2 ? EINVAL_U : 1000u + i + 1);
	/*
	 * Even levels return with their entry still registered: it runs at
	 * that normal exit (a leak), never in the enclosing (odd) level's
	 * panic.  Every entry runs exactly once.
	 */
	for (i = 1; i <= DEEP; i++)
		ok &= ran[30 + i] == 1;
	check("nest_deep_12_levels", r == EINVAL_U && ok && deep_depth_ok &&
	      idle_state(), "alternating panics/returns, each entry run once");
	check("nest_deep_regs_and_rsp", regs_equal(&regs_in, &out), "all six + rsp");

	reset_ran();
	r = iu_dispatcher_func(NULL, NULL, prog_overflow_outer);
	check("nest_overflow_inner_gets_rest",
	      r == EINVAL_U && nested_overflow_inner_n == 54 && ran[0] == 1 &&
	      ran[9] == 1 && ran[100] == 1 && ran[153] == 1 && idle_state(),
	      "inner got %d slots, ret %#x", nested_overflow_inner_n, r);

	/* 7. Interrupts at every instruction: each runs a panicking dispatch. */
	{
		struct sigaction sa = { .sa_sigaction = trap_handler,
					.sa_flags = SA_SIGINFO };

		quiet = 1;
		reset_ran();
		sigaction(SIGTRAP, &sa, NULL);
		r = traced_call(NULL, prog_cleanup_panic, &regs_in, &out);
		signal(SIGTRAP, SIG_DFL);
		quiet = 0;
		check("irq_every_insn_nested_panics", trap_steps > 100 &&
		      trap_fail == 0 && ran[200] == trap_steps,
		      "%ld single steps, %ld inconsistent", trap_steps, trap_fail);
		check("irq_every_insn_outer_intact", r == EINVAL_U &&
		      regs_equal(&regs_in, &out) && ran[0] == 1 && ran[1] == 1 &&
		      ran[2] == 1 && idle_state(), "ret %#x", r);
	}

	/* 8. 10,000 panics in a row. */
	{
		long bad_ret = 0, bad_regs = 0, drift = 0, cleaned = 0;
		u64 rsp0 = 0;

		quiet = 1;
		reset_ran();
		for (i = 0; i < 10000; i++) {
			r = iu_test_call(NULL, prog_cleanup_panic, &regs_in, &out);
			bad_ret += r != EINVAL_U;
			bad_regs += !regs_equal(&regs_in, &out);
			if (!i)
				rsp0 = out.rsp_before;
			drift += out.rsp_after != rsp0;
		}
		for (i = 0; i < 3; i++)
			cleaned += ran[i];
		quiet = 0;
		check("loop_10000_panics", !bad_ret && !bad_regs,
		      "%ld bad returns, %ld bad register sets", bad_ret, bad_regs);
		check("loop_no_stack_drift", !drift, "%ld calls off %#llx", drift,
		      (unsigned long long)rsp0);
		check("loop_cleanups_exact", cleaned == 30000 && idle_state(),
		      "%ld cleanups for 30000 entries, %d valid", cleaned,
		      nr_valid());
		check("loop_no_warnings", n_warn == 0 && n_bugs == 0,
		      "%ld warnings, %d BUGs", n_warn, n_bugs);
		check("landingpad_report_ratelimited",
		      n_dumps == 10 && n_suppressed > 10000,
		      "%ld panic reports with stack dumps, %ld suppressed",
		      n_dumps, n_suppressed);
	}

	/* 9. Per-CPU: the state lives in the %gs-selected copy. */
	{
		char *zero = calloc(1, sz);
		long before = n_reports + n_suppressed;

		set_cpu(1);
		reset_ran();
		r = iu_dispatcher_func(NULL, NULL, prog_cleanup_panic);
		ok = r == EINVAL_U && ran[0] == 1 && idle_state();
		set_cpu(0);
		check("percpu_other_cpu", ok && n_reports + n_suppressed == before + 1,
		      "dispatch on simulated CPU 1");
		check("percpu_template_untouched",
		      !memcmp(__start_iu_percpu, zero, sz) && idle_state(),
		      "no access outside %%gs");
		free(zero);
	}

	/* 10. Landing pad misuse ends in BUG(), not a jump into garbage. */
	bug_armed = 1;
	if (!sigsetjmp(bug_jmp, 1)) {
		iu_landingpad("no dispatch");
		check("landingpad_without_dispatch_bugs", 0, "returned");
	} else {
		check("landingpad_without_dispatch_bugs", n_bugs == 1 &&
		      n_emerg == 1, "BUG with a pr_emerg report");
	}
	bug_armed = 1;
	if (!sigsetjmp(bug_jmp, 1)) {
		iu_dispatcher_func(NULL, NULL, prog_corrupt_frame);
		check("landingpad_corrupt_frame_bugs", 0, "jumped");
	} else {
		check("landingpad_corrupt_frame_bugs", n_bugs == 2, "BUG");
	}
	reset_percpu();
}
