// SPDX-License-Identifier: GPL-2.0
/*
 * Dispatcher overhead in user space, all measured side by side in one run
 * (best of 5 rounds of 20M calls each): a direct indirect call of the
 * program, the dispatcher as it was before issues 9-11
 * (bench/iu_dispatch_v0.S) and iu_dispatcher_func as it is now.
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "iu_internal.h"

extern char __start_iu_percpu[], __stop_iu_percpu[];
unsigned long iu_shim_cpu_off;
int iu_shim_cpu;
static char *area;
void *iu_shim_cpu_area(int cpu) { return area; }
void iu_shim_printk(int level, const char *fmt, ...) {}
void dump_stack(void) {}
int iu_shim_ratelimit(struct ratelimit_state *rs) { return 0; }
void iu_shim_bug(const char *file, int line) { abort(); }
void iu_shim_warn(const char *file, int line, const char *msg) {}
/* The watchdog's side, never used here: no program is stopped. */
unsigned int iu_timeout_us = 10000;
u64 iu_now_ns(void) { return 0; }
bool iu_is_program_code(unsigned long ip) { return false; }
bool iu_stack_bounds(unsigned long sp, unsigned long *lo, unsigned long *hi) { return false; }
void iu_watchdog_touch(void) {}

/* The benchmark runs on a task stack as the kernel's (the fast path). */
static struct task_struct task;

typedef unsigned int (*prog_t)(const void *, const struct bpf_insn *);
typedef unsigned int (*disp_t)(const void *, const struct bpf_insn *, prog_t);

unsigned int iu_v0_dispatcher_func(const void *ctx, const struct bpf_insn *insnsi,
				   prog_t bpf_func);

static noinline unsigned int prog(const void *ctx,
				  const struct bpf_insn *insn)
{
	return (unsigned long)ctx + 1;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

#define N 20000000L

static unsigned long sum;

static double time_direct(prog_t volatile p)
{
	double t = now();
	long i;

	for (i = 0; i < N; i++)
		sum += p((void *)i, NULL);
	return (now() - t) / N;
}

static double time_disp(disp_t volatile d, prog_t volatile p)
{
	double t = now();
	long i;

	for (i = 0; i < N; i++)
		sum += d((void *)i, NULL, p);
	return (now() - t) / N;
}

/* A program that brackets one (empty) helper call, as a runtime does. */
static noinline void helper(void)
{
	asm volatile("" ::: "memory");
}

static noinline unsigned int prog_helper(const void *ctx,
					 const struct bpf_insn *insn)
{
	iu_helper_enter();
	helper();
	iu_helper_exit();
	return (unsigned long)ctx + 1;
}

static noinline unsigned int prog_plain_helper(const void *ctx,
					       const struct bpf_insn *insn)
{
	helper();
	return (unsigned long)ctx + 1;
}

static void bench(void)
{
	double direct = 1e30, v0 = 1e30, cur = 1e30, plain = 1e30, br = 1e30, t;
	int round;

	for (round = 0; round < 5; round++) {
		t = time_direct(prog);
		direct = t < direct ? t : direct;
		t = time_disp(iu_v0_dispatcher_func, prog);
		v0 = t < v0 ? t : v0;
		t = time_disp(iu_dispatcher_func, prog);
		cur = t < cur ? t : cur;
		t = time_direct(prog_plain_helper);
		plain = t < plain ? t : plain;
		t = time_direct(prog_helper);
		br = t < br ? t : br;
	}
	printf("direct indirect call:                 %.2f ns/call\n", direct);
	printf("dispatcher before issues 9-11 (v0):   %.2f ns/call (+%.2f)\n",
	       v0, v0 - direct);
	printf("iu_dispatcher_func now:               %.2f ns/call (+%.2f)\n",
	       cur, cur - direct);
	printf("now / before: %.2fx the added cost\n",
	       (cur - direct) / (v0 - direct));
	printf("helper call bracketed by iu_helper_enter/exit: +%.2f ns/call (checksum %lu)\n",
	       br - plain, sum & 0xff);
}

int main(void)
{
	size_t sz = __stop_iu_percpu - __start_iu_percpu;
	static ucontext_t main_uc, bench_uc;

	area = calloc(1, sz + 64);
	iu_shim_cpu_off = (unsigned long)area - (unsigned long)__start_iu_percpu;
	if (syscall(SYS_arch_prctl, ARCH_SET_GS, iu_shim_cpu_off))
		return 2;
	/* A task with preemption disabled, as BPF programs run. */
	this_cpu_write(__preempt_count, 1);
	this_cpu_write(current_task, &task);
	task.stack = aligned_alloc(THREAD_SIZE, THREAD_SIZE);
	getcontext(&bench_uc);
	bench_uc.uc_stack.ss_sp = task.stack;
	bench_uc.uc_stack.ss_size = THREAD_SIZE;
	bench_uc.uc_link = &main_uc;
	makecontext(&bench_uc, bench, 0);
	swapcontext(&main_uc, &bench_uc);
	return 0;
}
