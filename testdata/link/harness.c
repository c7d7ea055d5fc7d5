/*
 * harness.c: user-space stand-in for the kernel, linked with the objects
 * of the program crates in testdata/rust/progs (after iu-entry added their
 * entry points) and with iu_rt. It calls every entry point by its name with
 * a fake context and checks the return value the user function gives.
 *
 * It provides what the kernel module provides to iu_rt:
 *   iu_cleanup_register / iu_cleanup_unregister / iu_cleanup_all: a
 *     64-slot array, as the per-CPU iu_cleanup_entries;
 *   iu_landingpad: longjmp back into the harness, as iu_panic_trampoline
 *     restores the dispatcher's stack, so a panic is observed as a panic;
 *   ktime_get: the monotonic clock in ns, as the kernel's;
 *   iu_helper_enter / iu_helper_exit: the helper bracket, counted; every
 *     program must leave it balanced (depth 0) however it ends;
 *   iu_stack_limit / iu_stack_overflow: what the IR pass's run-time stack
 *     check (cmpq %gs:iu_stack_limit, %rsp; jb iu_stack_overflow) reads and
 *     jumps to. %gs's base is 0 here (set with arch_prctl), so
 *     %gs:iu_stack_limit is the variable itself; iu_stack_overflow
 *     longjmps back like iu_landingpad. With --stack-checks (the modules
 *     have the checks) iu_recursion_bomb is run under a 64 KiB limit.
 * The programs that never end (iu_loop*) or overflow any stack
 * (iu_recursion_bomb) need the kernel's budgets: only their entry points
 * are checked here.
 *
 * Usage: harness [--with-noused]   (--with-noused: iu_hello_noused must
 * exist; it is built only at opt-level 0). Prints one line per check,
 * exits 1 if any check failed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <asm/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

typedef unsigned int (*entry_fn)(void *ctx);

/* Entry points, weak so that a missing one is reported, not a link error. */
#define ENTRIES(X)                                                           \
	X(iu_prog1) X(iu_hello_noused) X(iu_kprobe_count) X(iu_sched_cls)    \
	X(iu_xdp_pass) X(iu_perf_event) X(iu_multi_tp) X(iu_multi_tp2)       \
	X(iu_multi_kp_a) X(iu_multi_kp_b) X(iu_multi_tc) X(iu_multi_xdp)     \
	X(iu_oob_panic) X(iu_cleanup) X(iu_spin) X(iu_recurse)              \
	X(iu_recursion_bomb) X(iu_fnptr) X(iu_big_frame) X(iu_deep_chain)    \
	X(iu_loop) X(iu_loop_helper) X(iu_loop_cleanup)
#define DECLARE(n) extern unsigned int n(void *ctx) __attribute__((weak));
ENTRIES(DECLARE)

/* iu_rt's side effects (testdata/rust/iu_rt/lib.rs) */
extern unsigned long long iu_rt_record_count, iu_rt_last_record;
extern unsigned long long iu_rt_acquired, iu_rt_released, iu_rt_last_released;
extern int iu_rt_current_pid;

/* Contexts, laid out as iu_rt's repr(C) structs. */
struct pt_regs { uint64_t r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx,
	dx, si, di, orig_ax, ip, cs, flags, sp, ss; };
struct sys_enter_args { uint64_t common; int64_t id; uint64_t args[6]; };
struct sk_buff_uapi { uint32_t len, pkt_type, mark, queue_mapping, protocol,
	vlan_present, vlan_tci, vlan_proto, priority, ingress_ifindex, ifindex; };
struct xdp_buff { const uint8_t *data, *data_end, *data_meta, *data_hard_start;
	void *rxq, *txq; uint32_t frame_sz, flags; };
struct bpf_perf_event_data { struct pt_regs regs; uint64_t sample_period, addr; };

/* ---- kernel stand-ins ---- */

#define NSLOTS 64
static struct { void (*fn)(void *); void *arg; int valid; } slots[NSLOTS];
static int fail_register;     /* make iu_cleanup_register fail */
static int cleanup_runs;      /* cleanups run by iu_cleanup_all */
static int bad_unregister;    /* unregister of a slot not registered */

int iu_cleanup_register(void (*fn)(void *), void *arg)
{
	if (fail_register)
		return -12; /* -ENOMEM */
	for (int i = 0; i < NSLOTS; i++) {
		if (!slots[i].valid) {
			slots[i].fn = fn;
			slots[i].arg = arg;
			slots[i].valid = 1;
			return i;
		}
	}
	return -28; /* -ENOSPC */
}

void iu_cleanup_unregister(int slot)
{
	if (slot < 0 || slot >= NSLOTS || !slots[slot].valid) {
		bad_unregister++;
		return;
	}
	slots[slot].valid = 0;
}

void iu_cleanup_all(void)
{
	for (int i = 0; i < NSLOTS; i++) {
		if (slots[i].valid) {
			slots[i].valid = 0;
			slots[i].fn(slots[i].arg);
			cleanup_runs++;
		}
	}
}

static int slots_in_use(void)
{
	int n = 0;
	for (int i = 0; i < NSLOTS; i++)
		n += slots[i].valid;
	return n;
}

long long ktime_get(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int helper_depth, helper_calls, helper_bad;

void iu_helper_enter(void)
{
	helper_depth++;
	helper_calls++;
}

void iu_helper_exit(void)
{
	if (--helper_depth < 0)
		helper_bad++;
}

static jmp_buf landing;
static int armed;
static int landings;
static char panic_msg[512];

/* The stack check's limit: lowest %rsp a program may use (0: no limit). */
unsigned long iu_stack_limit;
static int overflows;

__attribute__((noreturn)) void iu_landingpad(const char *msg)
{
	snprintf(panic_msg, sizeof panic_msg, "%s", msg ? msg : "(null)");
	for (char *p = panic_msg; *p; p++) /* one line per check */
		if (*p == '\n')
			*p = ' ';
	landings++;
	if (!armed) {
		fprintf(stderr, "harness: iu_landingpad outside a program call: %s\n", panic_msg);
		abort();
	}
	armed = 0;
	longjmp(landing, 1);
}

__attribute__((noreturn)) void iu_stack_overflow(void)
{
	overflows++;
	snprintf(panic_msg, sizeof panic_msg, "stack overflow");
	if (!armed) {
		fprintf(stderr, "harness: iu_stack_overflow outside a program call\n");
		abort();
	}
	armed = 0;
	longjmp(landing, 2);
}

/* Calls f(ctx); returns 0 and the result in *ret, 1 if it panicked, 2 if
 * its stack check stopped it. The helper bracket must be balanced after. */
static int call(entry_fn f, void *ctx, unsigned int *ret)
{
	int r;

	panic_msg[0] = 0;
	helper_depth = 0;
	r = setjmp(landing);
	if (r == 0) {
		armed = 1;
		*ret = f(ctx);
		armed = 0;
	}
	if (helper_depth != 0)
		helper_bad++;
	return r;
}

/* ---- checks ---- */

static int failures, checks;

static void check(int ok, const char *fmt, ...)
{
	va_list ap;
	checks++;
	if (!ok)
		failures++;
	printf("%s ", ok ? "ok  " : "FAIL");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

/* Calls an entry that must return `want` without panicking. */
static void expect(const char *name, entry_fn f, void *ctx, unsigned int want, const char *what)
{
	unsigned int got = 0;
	if (!f) {
		check(0, "%s %s: entry point missing", name, what);
		return;
	}
	if (call(f, ctx, &got)) {
		check(0, "%s %s: panicked: %s", name, what, panic_msg);
		return;
	}
	check(got == want, "%s %s: returned %#x, want %#x", name, what, got, want);
}

/* Calls an entry that must panic with a message containing `needle`. */
static void expect_panic(const char *name, entry_fn f, void *ctx, const char *needle, const char *what)
{
	unsigned int got = 0;
	int before = landings;
	if (!f) {
		check(0, "%s %s: entry point missing", name, what);
		return;
	}
	if (!call(f, ctx, &got)) {
		check(0, "%s %s: returned %#x, want a panic", name, what, got);
		return;
	}
	check(landings == before + 1 && strstr(panic_msg, needle) != NULL,
	      "%s %s: panicked once (\"%s\"), want message with \"%s\"", name, what, panic_msg, needle);
}

#define E(n) #n, (entry_fn)(n)

int main(int argc, char **argv)
{
	int with_noused = 0, stack_checks = 0;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--with-noused") == 0)
			with_noused = 1;
		else if (strcmp(argv[i], "--stack-checks") == 0)
			stack_checks = 1;
	}
	if (syscall(SYS_arch_prctl, ARCH_SET_GS, 0UL)) {
		perror("arch_prctl(ARCH_SET_GS)");
		return 2;
	}
	struct sys_enter_args sys = {0};
	struct pt_regs regs;
	unsigned long long recs;

	/* hello: records the current pid, returns 0 */
	iu_rt_current_pid = 4242;
	recs = iu_rt_record_count;
	expect(E(iu_prog1), &sys, 0, "pid 4242");
	check(iu_rt_record_count == recs + 1 && iu_rt_last_record == 4242,
	      "iu_prog1 recorded the pid: count +%llu, last %llu", iu_rt_record_count - recs, iu_rt_last_record);
	iu_rt_current_pid = 0;
	recs = iu_rt_record_count;
	expect(E(iu_prog1), &sys, 0, "no task");
	check(iu_rt_record_count == recs, "iu_prog1 recorded nothing without a task");

	if (with_noused) {
		iu_rt_current_pid = 77;
		expect(E(iu_hello_noused), &sys, 0, "pid 77");
		check(iu_rt_last_record == 77, "iu_hello_noused recorded pid 77 (last %llu)", iu_rt_last_record);
		iu_rt_current_pid = 0;
	} else {
		check(iu_hello_noused == NULL, "iu_hello_noused absent (not built at this opt level)");
	}

	/* kprobe_count: 1, 2, 3 */
	memset(&regs, 0, sizeof regs);
	for (unsigned int i = 1; i <= 3; i++)
		expect(E(iu_kprobe_count), &regs, i, "call count");
	check(iu_rt_last_record == 3, "iu_kprobe_count recorded 3 (last %llu)", iu_rt_last_record);

	/* sched_cls: mark == priority (7) -> 7, empty -> TC_ACT_SHOT, else TC_ACT_OK */
	struct sk_buff_uapi skb = {0};
	skb.len = 100;
	skb.mark = 7;
	expect(E(iu_sched_cls), &skb, 7, "mark 7");
	skb.mark = 1;
	expect(E(iu_sched_cls), &skb, 0, "mark 1");
	skb.len = 0;
	expect(E(iu_sched_cls), &skb, 2, "empty");

	/* xdp: XDP_PASS, XDP_DROP for 0xff first, XDP_ABORTED when empty */
	uint8_t pkt[60] = {0x45};
	struct xdp_buff xb = {pkt, pkt + sizeof pkt, pkt, pkt, NULL, NULL, 4096, 0};
	expect(E(iu_xdp_pass), &xb, 2, "packet");
	pkt[0] = 0xff;
	expect(E(iu_xdp_pass), &xb, 1, "0xff packet");
	xb.data_end = pkt;
	expect(E(iu_xdp_pass), &xb, 0, "empty packet");

	/* perf_event: 0x2a + low byte of ip; records sample_period */
	struct bpf_perf_event_data pd;
	memset(&pd, 0, sizeof pd);
	pd.regs.ip = 0x401000;
	expect(E(iu_perf_event), &pd, 0x2a, "ip 0x401000");
	pd.regs.ip = 0x401005;
	expect(E(iu_perf_event), &pd, 0x2f, "ip 0x401005");
	check(iu_rt_last_record == 100000, "iu_perf_event recorded sample_period (last %llu)", iu_rt_last_record);

	/* multi */
	memset(&sys, 0, sizeof sys);
	sys.args[0] = 41;
	expect(E(iu_multi_tp), &sys, 42, "args[0] 41");
	expect(E(iu_multi_tp2), &sys, 0x11, "void");
	memset(&regs, 0, sizeof regs);
	regs.di = 0x12345;
	expect(E(iu_multi_kp_a), &regs, 0x2345, "di 0x12345");
	regs.di = 0xabcdef;
	expect(E(iu_multi_kp_b), &regs, 0xcdef, "di 0xabcdef");
	expect(E(iu_multi_tc), &skb, 0x33, "any");
	pkt[0] = 0;
	xb.data_end = pkt + 60;
	expect(E(iu_multi_xdp), &xb, 60, "60 bytes");

	/* oob_panic: in bounds, then a bounds-check panic */
	sys.args[0] = 2;
	expect(E(iu_oob_panic), &sys, 30, "index 2");
	sys.args[0] = 10;
	expect_panic(E(iu_oob_panic), &sys, "index out of bounds", "index 10");
	check(slots_in_use() == 0, "no cleanup registered after iu_oob_panic");

	/* cleanup: resource released by Drop, or by the panic's cleanup */
	unsigned long long acq = iu_rt_acquired, rel = iu_rt_released;
	int runs = cleanup_runs;
	memset(&regs, 0, sizeof regs);
	regs.di = 5;
	expect(E(iu_cleanup), &regs, 0x600d + 5, "resource 5, no panic");
	check(iu_rt_acquired == acq + 1 && iu_rt_released == rel + 1 && iu_rt_last_released == 5 &&
	      cleanup_runs == runs && slots_in_use() == 0,
	      "iu_cleanup released resource 5 once by Drop (acquired +%llu, released +%llu, cleanups run %d, slots %d)",
	      iu_rt_acquired - acq, iu_rt_released - rel, cleanup_runs - runs, slots_in_use());

	acq = iu_rt_acquired, rel = iu_rt_released, runs = cleanup_runs;
	regs.di = 6;
	regs.si = 1;
	expect_panic(E(iu_cleanup), &regs, "cleanup test panic", "resource 6, panic");
	check(iu_rt_acquired == acq + 1 && iu_rt_released == rel + 1 && iu_rt_last_released == 6 &&
	      cleanup_runs == runs + 1 && slots_in_use() == 0,
	      "iu_cleanup's panic ran the cleanup of resource 6 exactly once (acquired +%llu, released +%llu, cleanups run %d, slots %d)",
	      iu_rt_acquired - acq, iu_rt_released - rel, cleanup_runs - runs, slots_in_use());

	acq = iu_rt_acquired, rel = iu_rt_released, runs = cleanup_runs;
	fail_register = 1;
	regs.di = 7;
	regs.si = 0;
	expect_panic(E(iu_cleanup), &regs, "iu_cleanup_register failed", "registration fails");
	fail_register = 0;
	check(iu_rt_acquired == acq && iu_rt_released == rel && cleanup_runs == runs,
	      "failed registration acquired and released nothing");
	check(bad_unregister == 0, "no unregister of an unknown slot (%d)", bad_unregister);

	/* spin: runs for di ns (1 ms here), returns 0x5917 */
	memset(&regs, 0, sizeof regs);
	regs.di = 1000000;
	long long t0 = ktime_get();
	expect(E(iu_spin), &regs, 0x5917, "1 ms");
	check(ktime_get() - t0 >= 1000000, "iu_spin ran its 1 ms (%lld ns)", ktime_get() - t0);

	/* recursion to depth 20: 20 * 21 / 2 */
	memset(&regs, 0, sizeof regs);
	regs.di = 20;
	expect(E(iu_recurse), &regs, 210, "depth 20");

	/* call through a function pointer: OPS[di % 3](si) */
	regs.di = 0, regs.si = 21;
	expect(E(iu_fnptr), &regs, 42, "double 21");
	regs.di = 1, regs.si = 12;
	expect(E(iu_fnptr), &regs, 144, "square 12");
	regs.di = 5, regs.si = 35;
	expect(E(iu_fnptr), &regs, 42, "add7 35");

	/* 5000-byte local array: sum of (di + i) & 0xff */
	unsigned int big = 0;
	for (unsigned int i = 0; i < 5000; i++)
		big += (3 + i) & 0xff;
	regs.di = 3;
	expect(E(iu_big_frame), &regs, big, "seed 3");

	/* deep chain: level k sums 16 * k bytes of (di ^ k) & 0xff */
	unsigned int deep = 0;
	for (unsigned int k = 1; k <= 12; k++)
		deep += 16 * k * ((0x5a ^ k) & 0xff);
	regs.di = 0x5a;
	expect(E(iu_deep_chain), &regs, deep, "seed 0x5a");

	check(iu_recursion_bomb && iu_loop && iu_loop_helper && iu_loop_cleanup,
	      "entries of the programs only a kernel can stop exist (iu_recursion_bomb, iu_loop, iu_loop_helper, iu_loop_cleanup)");

	/* The recursion bomb, stopped by the pass's stack check 64 KiB below
	 * here (only when the modules have the checks). */
	if (stack_checks) {
		unsigned int got = 0;
		char here;
		int r;

		iu_stack_limit = (unsigned long)&here - 64 * 1024;
		r = iu_recursion_bomb ? call((entry_fn)iu_recursion_bomb, &regs, &got) : -1;
		iu_stack_limit = 0;
		check(r == 2 && overflows == 1,
		      "iu_recursion_bomb stopped by its stack check (call result %d, overflows %d)", r, overflows);
	}

	/* Helpers ran inside the bracket, balanced on every path. */
	check(helper_calls > 0 && helper_bad == 0,
	      "helper bracket: %d helper calls, %d unbalanced", helper_calls, helper_bad);

	printf("%s: %d checks, %d failed\n", failures ? "FAIL" : "PASS", checks, failures);
	return failures ? 1 : 0;
}
