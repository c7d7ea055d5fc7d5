/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the files of the user-space unit test (make kernel-unit):
 * the shim back end's state, check helpers and the assembly helpers of
 * iu_unit_progs.S.  iu_dispatch.S and iu_core.c are built unchanged
 * through shim/; the test is white-box and reads iu.ko's per-CPU state.
 */
#ifndef _IU_UNIT_H
#define _IU_UNIT_H

#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>

#include "iu_internal.h"

#define IU_TEST_INSNSI	((const struct bpf_insn *)0x1a5a)
#define EINVAL_U	((unsigned int)-EINVAL)
#define EPERM_U		((unsigned int)-EPERM)
#define ETIMEDOUT_U	((unsigned int)-ETIMEDOUT)
#define EOVERFLOW_U	((unsigned int)-EOVERFLOW)
#define E2BIG_U		((unsigned int)-E2BIG)

typedef unsigned int (*prog_t)(const void *, const struct bpf_insn *);

/* ---- iu_unit_progs.S ---------------------------------------------------- */

struct iu_regs {
	u64 rbx, rbp, r12, r13, r14, r15, rsp_before, rsp_after;
};

unsigned int iu_test_call(const void *ctx, void *prog,
			  const struct iu_regs *in, struct iu_regs *out);
void iu_test_clobber_and_panic(void) __noreturn;
unsigned int iu_test_rsp_align(void);
unsigned int iu_test_clobber_and_loop(const void *ctx, const void *insn);

/*
 * Program code, for the watchdog's stand-ins (iu_is_program_code()): the
 * section iu_progs.  Everything else (the dispatcher, the shim, helpers
 * the tests define) is not.
 */
#define IU_PROG	__attribute__((section("iu_progs"), __noinline__))
extern char __start_iu_progs[], __stop_iu_progs[];
extern unsigned long iu_test_misalign;

/* ---- shim back end (unit_main.c) --------------------------------------- */

extern long n_reports, n_suppressed, n_dumps, n_emerg, n_warn;
extern long n_touch;		/* iu_watchdog_touch() calls: slow paths */
extern int quiet;		/* printk prints nothing */
extern int ratelimit_off;	/* every report gets through */
extern int longest_printed_run;	/* longest run of 'A' printed at once */
/* BUG() longjmps to bug_jmp when armed (and disarms), aborts otherwise. */
extern sigjmp_buf bug_jmp;
extern int bug_armed, n_bugs;

void set_cpu(int cpu);
void reset_percpu(void);	/* this CPU: no dispatch, no entries */

/* Simulated tasks: fake_task[cpu] runs on each CPU, other_task nowhere. */
extern struct task_struct *const fake_task[2], *const other_task;
/* The tasks' stack (THREAD_SIZE), and what iu_stack_bounds() calls an IRQ stack. */
extern char *task_stack;
extern unsigned long irq_stack_lo, irq_stack_hi;

/* The pass's stack check, as the IR pass emits it. */
#define IU_STACK_CHECK() \
	asm volatile("cmpq %%gs:iu_stack_limit, %%rsp\n\tjb iu_stack_overflow" \
		     ::: "cc", "memory")

/* ---- checks ------------------------------------------------------------- */

void check(const char *name, int ok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
extern const struct iu_regs regs_in;
void check_regs(const char *what, const struct iu_regs *in,
		const struct iu_regs *out);
int regs_equal(const struct iu_regs *in, const struct iu_regs *out);

struct iu_cleanup_entry *entries(void);
int nr_valid(void);
int idle_state(void);		/* no frame, top 0, no valid entry */

/* Token-indexed run counters of cleanup_fn. */
#define NR_TOKENS 256
extern int ran[NR_TOKENS];
void cleanup_fn(void *arg);
void reset_ran(void);

/* Set/clear the trap flag: every instruction after tf_on() raises SIGTRAP. */
static inline void tf_on(void)
{
	asm volatile("pushfq; orq $0x100, (%%rsp); popfq" ::: "memory", "cc");
}

static inline void tf_off(void)
{
	asm volatile("pushfq; andq $~0x100, (%%rsp); popfq" ::: "memory", "cc");
}

/* Test groups, in the order main() runs them. */
void dispatch_tests(void);	/* unit_dispatch.c: panics, nesting */
void cleanup_tests(void);	/* unit_cleanup.c: leaks, register, unregister */
void context_tests(void);	/* unit_context.c: preemption, landing pad */
void timeout_tests(void);	/* unit_timeout.c: the watchdog's stop */
void stack_tests(void);		/* unit_stack.c: the stack budget */

#endif /* _IU_UNIT_H */
