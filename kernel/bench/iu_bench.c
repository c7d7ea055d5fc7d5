// SPDX-License-Identifier: GPL-2.0
/*
 * Dispatcher overhead in user space: iu_dispatcher_func(prog) against a
 * direct indirect call of the same program, same run, best of 5 rounds.
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "iu.h"

extern char __start_iu_percpu[], __stop_iu_percpu[];
unsigned long iu_shim_cpu_off;
int iu_shim_cpu;
void iu_shim_printk(int level, const char *fmt, ...) {}
void dump_stack(void) {}
int iu_shim_ratelimit(struct ratelimit_state *rs) { return 0; }
void iu_shim_bug(const char *file, int line) { abort(); }
void iu_shim_warn(const char *file, int line) {}

typedef unsigned int (*prog_t)(const void *, const struct bpf_insn *);

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

int main(void)
{
	size_t sz = __stop_iu_percpu - __start_iu_percpu;
	char *area = calloc(1, sz + 64);
	prog_t volatile p = prog;
	unsigned int (*volatile disp)(const void *, const struct bpf_insn *,
				      prog_t) = iu_dispatcher_func;
	double best_direct = 1e30, best_disp = 1e30, t;
	unsigned long sum = 0;
	long i;
	int round;

	iu_shim_cpu_off = (unsigned long)area - (unsigned long)__start_iu_percpu;
	if (syscall(SYS_arch_prctl, ARCH_SET_GS, iu_shim_cpu_off))
		return 2;
	for (round = 0; round < 5; round++) {
		t = now();
		for (i = 0; i < N; i++)
			sum += p((void *)i, NULL);
		t = (now() - t) / N;
		if (t < best_direct)
			best_direct = t;
		t = now();
		for (i = 0; i < N; i++)
			sum += disp((void *)i, NULL, p);
		t = (now() - t) / N;
		if (t < best_disp)
			best_disp = t;
	}
	printf("direct indirect call:      %.2f ns/call\n", best_direct);
	printf("through iu_dispatcher_func: %.2f ns/call\n", best_disp);
	printf("ratio %.2fx, added %.2f ns/call (checksum %lu)\n",
	       best_disp / best_direct, best_disp - best_direct, sum & 0xff);
	return 0;
}
