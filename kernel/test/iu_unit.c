// SPDX-License-Identifier: GPL-2.0
/*
 * User-space unit test of iu_dispatch.S and iu_core.c (built unchanged
 * through the shim in test/shim/).  One line per check, then
 * "N passed, M failed" on the last line; exit status 1 on any failure.
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "iu.h"
#include "iu_frame.h"

#define IU_TEST_INSNSI	((const struct bpf_insn *)0x1a5a)
#define EINVAL_U	((unsigned int)-EINVAL)

typedef unsigned int (*prog_t)(const void *, const struct bpf_insn *);

struct iu_regs {
	u64 rbx, rbp, r12, r13, r14, r15, rsp_before, rsp_after;
};

unsigned int iu_test_call(const void *ctx, void *prog,
			  const struct iu_regs *in, struct iu_regs *out);
void iu_test_clobber_and_panic(void) __noreturn;
unsigned int iu_test_rsp_align(void);
extern unsigned long iu_test_misalign;

DECLARE_PER_CPU(struct iu_frame *, iu_active_frame);
DECLARE_PER_CPU(unsigned long, iu_cleanup_base);
DECLARE_PER_CPU(unsigned long, iu_cleanup_top);

/* ---- shim back end ---------------------------------------------------- */

extern char __start_iu_percpu[], __stop_iu_percpu[];
unsigned long iu_shim_cpu_off;
int iu_shim_cpu;
static char *cpu_area[2];

static long n_reports, n_suppressed, n_dumps, n_emerg, n_warn;
static int quiet;
static sigjmp_buf bug_jmp;
static int bug_armed, n_bugs;

void iu_shim_printk(int level, const char *fmt, ...)
{
	va_list ap;

	if (level == 0)
		n_emerg++;
	if (quiet)
		return;
	va_start(ap, fmt);
	printf("  [printk %d] ", level);
	vprintf(fmt, ap);
	va_end(ap);
}

void dump_stack(void)
{
	n_dumps++;
}

int iu_shim_ratelimit(struct ratelimit_state *rs)
{
	if (rs->printed < rs->burst) {
		rs->printed++;
		n_reports++;
		return 1;
	}
	rs->missed++;
	n_suppressed++;
	return 0;
}

void iu_shim_bug(const char *file, int line)
{
	n_bugs++;
	if (bug_armed) {
		bug_armed = 0;
		siglongjmp(bug_jmp, 1);
	}
	fprintf(stderr, "unexpected BUG at %s:%d\n", file, line);
	abort();
}

void iu_shim_warn(const char *file, int line)
{
	n_warn++;
	printf("  [WARNING at %s:%d]\n", file, line);
}

static void set_cpu(int cpu)
{
	unsigned long off = (unsigned long)cpu_area[cpu] -
			    (unsigned long)__start_iu_percpu;

	if (syscall(SYS_arch_prctl, ARCH_SET_GS, off)) {
		perror("arch_prctl(ARCH_SET_GS)");
		exit(2);
	}
	iu_shim_cpu_off = off;
	iu_shim_cpu = cpu;
}

/* ---- check helpers ---------------------------------------------------- */

static int npass, nfail;

static void check(const char *name, int ok, const char *fmt, ...)
{
	va_list ap;

	printf("%s %s: ", ok ? "PASS" : "FAIL", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	if (ok)
		npass++;
	else
		nfail++;
}

static struct iu_cleanup_entry *entries(void)
{
	return this_cpu_ptr(iu_cleanup_entries);
}

static int nr_valid(void)
{
	int i, n = 0;

	for (i = 0; i < IU_NR_CLEANUP_ENTRIES; i++)
		n += entries()[i].valid != 0;
	return n;
}

/* The per-CPU state is back to "no dispatch, no entries". */
static int idle_state(void)
{
	return !this_cpu_read(iu_active_frame) &&
	       this_cpu_read(iu_cleanup_base) == 0 &&
	       this_cpu_read(iu_cleanup_top) == 0 && nr_valid() == 0;
}

static const struct iu_regs regs_in = {
	0x1111111111111111, 0x2222222222222222, 0x1212121212121212,
	0x1313131313131313, 0x1414141414141414, 0x1515151515151515,
};

static void check_regs(const char *what, const struct iu_regs *in,
		       const struct iu_regs *out)
{
	static const char *const names[] = {
		"rbx", "rbp", "r12", "r13", "r14", "r15"
	};
	const u64 *a = &in->rbx, *b = &out->rbx;
	char name[96];
	int i;

	for (i = 0; i < 6; i++) {
		snprintf(name, sizeof(name), "%s_restores_%s", what, names[i]);
		check(name, a[i] == b[i], "%#llx -> %#llx",
		      (unsigned long long)a[i], (unsigned long long)b[i]);
	}
	snprintf(name, sizeof(name), "%s_restores_rsp", what);
	check(name, out->rsp_before == out->rsp_after, "%#llx -> %#llx",
	      (unsigned long long)out->rsp_before,
	      (unsigned long long)out->rsp_after);
}

static int regs_equal(const struct iu_regs *in, const struct iu_regs *out)
{
	return !memcmp(in, out, 6 * sizeof(u64)) &&
	       out->rsp_before == out->rsp_after;
}

/* ---- cleanup bookkeeping ---------------------------------------------- */

#define NR_TOKENS 256
static int ran[NR_TOKENS];

static void cleanup_fn(void *arg)
{
	ran[(long)arg]++;
}

static void reset_ran(void)
{
	memset(ran, 0, sizeof(ran));
}

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

static void altstack_handler(int sig)
{
	iu_landingpad("from a signal on another stack");
}

static unsigned int prog_other_stack(const void *ctx,
				     const struct bpf_insn *insn)
{
	raise(SIGUSR1);
	return 0;
}

static void reset_percpu(void)
{
	memset(cpu_area[iu_shim_cpu], 0,
	       __stop_iu_percpu - __start_iu_percpu);
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
	unsigned long base = this_cpu_read(iu_cleanup_base);
	unsigned long top = this_cpu_read(iu_cleanup_top);
	int before = ran[200];
	unsigned int r;

	trap_steps++;
	r = iu_dispatcher_func(NULL, NULL, prog_nmi);
	if (r != EINVAL_U || ran[200] != before + 1 ||
	    this_cpu_read(iu_active_frame) != f ||
	    this_cpu_read(iu_cleanup_base) != base ||
	    this_cpu_read(iu_cleanup_top) != top)
		trap_fail++;
}

static unsigned int traced_call(const void *ctx, void *prog,
				const struct iu_regs *in, struct iu_regs *out)
{
	unsigned int r;

	asm volatile("pushfq; orq $0x100, (%%rsp); popfq" ::: "memory", "cc");
	r = iu_test_call(ctx, prog, in, out);
	asm volatile("pushfq; andq $~0x100, (%%rsp); popfq" ::: "memory", "cc");
	return r;
}

/* ---- main ------------------------------------------------------------- */

int main(void)
{
	size_t sz = __stop_iu_percpu - __start_iu_percpu;
	struct iu_regs out;
	unsigned int r;
	int i, ok;

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (i = 0; i < 2; i++) {
		cpu_area[i] = aligned_alloc(4096, (sz + 4095) & ~4095UL);
		memset(cpu_area[i], 0, sz);
	}
	set_cpu(0);

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
	 * Even levels return with their entry still registered: it passes to
	 * the enclosing (odd) level, whose panic runs it.  Every entry runs
	 * exactly once.
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
		      n_reports == 10 && n_dumps == n_reports && n_suppressed > 10000,
		      "%ld reports with stack dumps, %ld suppressed", n_reports,
		      n_suppressed);
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
	{
		static char alt[65536];
		stack_t ss = { .ss_sp = alt, .ss_size = sizeof(alt) };

		sigaltstack(&ss, NULL);
		struct sigaction sa = { .sa_handler = altstack_handler,
					.sa_flags = SA_ONSTACK };
		sigaction(SIGUSR1, &sa, NULL);
		bug_armed = 1;
		if (!sigsetjmp(bug_jmp, 1)) {
			iu_dispatcher_func(NULL, NULL, prog_other_stack);
			check("landingpad_other_stack_bugs", 0, "jumped");
		} else {
			check("landingpad_other_stack_bugs", n_bugs == 3,
			      "BUG from a handler on another stack");
		}
		reset_percpu();
	}

	printf("%d passed, %d failed\n", npass, nfail);
	return nfail ? 1 : 0;
}
