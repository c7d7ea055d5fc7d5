// SPDX-License-Identifier: GPL-2.0
/*
 * User-space unit test of iu_dispatch.S and iu_core.c (built unchanged
 * through the shim in shim/): the shim's back end, the check helpers and
 * main().  One PASS/FAIL line per check, then "N passed, M failed" on the
 * last line; exit status 1 on any failure.
 */
#include "unit.h"	/* first: it defines _GNU_SOURCE */

#include <asm/prctl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>


/* ---- shim back end ------------------------------------------------------ */

extern char __stop_iu_percpu[];
unsigned long iu_shim_cpu_off;
int iu_shim_cpu;
static char *cpu_area[2];

long n_reports, n_suppressed, n_dumps, n_emerg, n_warn;
int quiet, ratelimit_off, longest_printed_run;
sigjmp_buf bug_jmp;
int bug_armed, n_bugs;

/*
 * The simulated task of each CPU runs on task_stack (THREAD_SIZE, aligned
 * like the kernel's), where main() moves the tests; other_task runs
 * nowhere.
 */
static struct task_struct task_mem[3];
struct task_struct *const fake_task[2] = { &task_mem[0], &task_mem[1] };
struct task_struct *const other_task = &task_mem[2];
char *task_stack;
unsigned long irq_stack_lo, irq_stack_hi;

void *iu_shim_cpu_area(int cpu)
{
	return cpu_area[cpu];
}

/* The kernel side's iu_watchdog.c, as the unit test sees it. */
unsigned int iu_timeout_us = 10000;

u64 iu_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

bool iu_is_program_code(unsigned long ip)
{
	return ip >= (unsigned long)__start_iu_progs &&
	       ip < (unsigned long)__stop_iu_progs;
}

/* iu_watchdog.c's, without a watchdog: the gate only. */
long n_touch;

void iu_watchdog_touch(void)
{
	n_touch++;
	if (!iu_stack_span)
		iu_stack_gate(true);
}

/* iu_stack.c's: the task stack, or the one stack a test calls an IRQ stack. */
bool iu_stack_bounds(unsigned long sp, unsigned long *lo, unsigned long *hi)
{
	unsigned long task = (unsigned long)current->stack;

	if (task && sp - task < THREAD_SIZE) {
		*lo = task;
		*hi = task + THREAD_SIZE;
		return true;
	}
	if (sp >= irq_stack_lo && sp < irq_stack_hi) {
		*lo = irq_stack_lo;
		*hi = irq_stack_hi;
		return true;
	}
	return false;
}

void iu_shim_printk(int level, const char *fmt, ...)
{
	char buf[4096], f[512], *p;
	va_list ap;
	size_t i, j;
	int run;

	if (level == 0)
		n_emerg++;
	if (quiet)
		return;
	/* The kernel's %ps, %pS, %px are a plain %p here. */
	for (i = j = 0; fmt[i] && j < sizeof(f) - 1; i++) {
		f[j++] = fmt[i];
		if (fmt[i] == '%' && fmt[i + 1] == 'p' && fmt[i + 2] &&
		    strchr("sSx", fmt[i + 2])) {
			f[j++] = 'p';
			i += 2;
		}
	}
	f[j] = 0;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), f, ap);
	va_end(ap);
	for (p = buf; *p; p += run ? run : 1) {
		run = strspn(p, "A");
		if (run > longest_printed_run)
			longest_printed_run = run;
	}
	printf("  [printk %d] %s", level, buf);
}

void dump_stack(void)
{
	n_dumps++;
}

int iu_shim_ratelimit(struct ratelimit_state *rs)
{
	if (ratelimit_off || rs->printed < rs->burst) {
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

void iu_shim_warn(const char *file, int line, const char *msg)
{
	n_warn++;
	if (!quiet)
		printf("  [WARNING at %s:%d] %s", file, line, msg);
}

void set_cpu(int cpu)
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

/* No dispatch, no entries; a task with preemption disabled runs. */
void reset_percpu(void)
{
	memset(cpu_area[iu_shim_cpu], 0, __stop_iu_percpu - __start_iu_percpu);
	this_cpu_write(__preempt_count, 1);
	this_cpu_write(current_task, fake_task[iu_shim_cpu]);
}

/* ---- checks ------------------------------------------------------------- */

static int npass, nfail;

void check(const char *name, int ok, const char *fmt, ...)
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

const struct iu_regs regs_in = {
	0x1111111111111111, 0x2222222222222222, 0x1212121212121212,
	0x1313131313131313, 0x1414141414141414, 0x1515151515151515,
};

void check_regs(const char *what, const struct iu_regs *in,
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

int regs_equal(const struct iu_regs *in, const struct iu_regs *out)
{
	return !memcmp(in, out, 6 * sizeof(u64)) &&
	       out->rsp_before == out->rsp_after;
}

struct iu_cleanup_entry *entries(void)
{
	return this_cpu_ptr(iu_cleanup_entries);
}

int nr_valid(void)
{
	return iu_cleanup_pending(iu_shim_cpu);
}

int idle_state(void)
{
	return !this_cpu_read(iu_active_frame) &&
	       this_cpu_read(iu_cleanup_top) == 0 && nr_valid() == 0 &&
	       this_cpu_read(iu_stack_limit) == 0 &&
	       (this_cpu_read(iu_cpu_state) & 0xff) == 0;
}

int ran[NR_TOKENS];

void cleanup_fn(void *arg)
{
	ran[(long)arg]++;
}

void reset_ran(void)
{
	memset(ran, 0, sizeof(ran));
}

/* ---- main --------------------------------------------------------------- */

static ucontext_t main_uc, tests_uc;

static void run_tests(void)
{
	dispatch_tests();
	cleanup_tests();
	context_tests();
	timeout_tests();
	stack_tests();
}

int main(void)
{
	size_t sz = __stop_iu_percpu - __start_iu_percpu;
	int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	/* A task stack as the kernel's: THREAD_SIZE, THREAD_SIZE-aligned. */
	task_stack = aligned_alloc(THREAD_SIZE, THREAD_SIZE);
	task_mem[0].stack = task_mem[1].stack = task_stack;
	for (i = 1; i >= 0; i--) {
		cpu_area[i] = aligned_alloc(4096, (sz + 4095) & ~4095UL);
		set_cpu(i);
		reset_percpu();
	}

	getcontext(&tests_uc);
	tests_uc.uc_stack.ss_sp = task_stack;
	tests_uc.uc_stack.ss_size = THREAD_SIZE;
	tests_uc.uc_link = &main_uc;
	makecontext(&tests_uc, run_tests, 0);
	swapcontext(&main_uc, &tests_uc);

	printf("%d passed, %d failed\n", npass, nfail);
	return nfail ? 1 : 0;
}
