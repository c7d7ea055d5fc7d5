// SPDX-License-Identifier: GPL-2.0
/*
 * Who may dispatch and who may unwind (issue 9, points 3 and 4, and the
 * landing pad's message cap and the trampoline's magic check): a
 * preemptible dispatch is refused; a landing pad unwinds only a frame of
 * its own task and interrupt level, from any stack.
 */
#include "unit.h"	/* first: it defines _GNU_SOURCE */

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>


/* ---- preemptible dispatch ------------------------------------------------ */

static int prog_mark_ran;

static unsigned int prog_mark(const void *ctx, const struct bpf_insn *insn)
{
	prog_mark_ran++;
	return 5;
}

static void preemption_tests(void)
{
	unsigned long ref0 = per_cpu_ptr(&iu_stats, 0)->refusals;
	unsigned int r, r2;
	long w0 = n_warn;

	/* Count 0, with or without the inverted NEED_RESCHED bit; user-space
	 * code always runs with interrupts on. */
	reset_percpu();
	prog_mark_ran = 0;
	this_cpu_write(__preempt_count, 0);
	r = iu_dispatcher_func(NULL, NULL, prog_mark);
	this_cpu_write(__preempt_count, (int)PREEMPT_NEED_RESCHED);
	r2 = iu_dispatcher_func(NULL, NULL, prog_mark);
	this_cpu_write(__preempt_count, 1);
	check("preemptible_dispatch_refused", r == EPERM_U && r2 == EPERM_U &&
	      !prog_mark_ran && idle_state(),
	      "ret %#x %#x, program ran %d times", r, r2, prog_mark_ran);
	check("preemptible_dispatch_warns_once_counts",
	      n_warn == w0 + 1 && per_cpu_ptr(&iu_stats, 0)->refusals == ref0 + 2,
	      "%ld warnings, %lu refusals", n_warn - w0,
	      per_cpu_ptr(&iu_stats, 0)->refusals - ref0);
	/* Any non-zero count (preemption, softirq, hard irq, NMI) runs it. */
	this_cpu_write(__preempt_count, (int)(PREEMPT_NEED_RESCHED | SOFTIRQ_OFFSET));
	r = iu_dispatcher_func(NULL, NULL, prog_mark);
	this_cpu_write(__preempt_count, 1);
	r2 = iu_dispatcher_func(NULL, NULL, prog_mark);
	check("nonpreemptible_dispatch_runs", r == 5 && r2 == 5 &&
	      prog_mark_ran == 2, "ret %u %u", r, r2);
}

/* ---- landing pads from another context ----------------------------------- */

/* A "hard interrupt" that calls the landing pad without a dispatch. */
static void sig_hardirq_pad(int sig)
{
	this_cpu_write(__preempt_count,
		       this_cpu_read(__preempt_count) + (int)HARDIRQ_OFFSET);
	iu_landingpad("from a simulated hard interrupt");
}

static void sig_other_task_pad(int sig)
{
	this_cpu_write(current_task, other_task);
	iu_landingpad("from another task");
}

static unsigned int prog_raise(const void *ctx, const struct bpf_insn *insn)
{
	raise((int)(long)ctx);
	return 0;
}

static void foreign_pad(const char *name, void (*handler)(int), int flags,
			const char *what)
{
	struct sigaction sa = { .sa_handler = handler,
				.sa_flags = SA_NODEFER | flags };
	long bugs0 = n_bugs, emerg0 = n_emerg;
	unsigned int r;

	sigaction(SIGUSR2, &sa, NULL);
	reset_percpu();
	bug_armed = 1;
	if (!sigsetjmp(bug_jmp, 1)) {
		r = iu_dispatcher_func((void *)SIGUSR2, NULL, prog_raise);
		bug_armed = 0;
		check(name, 0, "%s unwound the frame (ret %#x)", what, r);
	} else {
		check(name, n_bugs == bugs0 + 1 && n_emerg == emerg0 + 1,
		      "BUG with a pr_emerg report: %s", what);
	}
	signal(SIGUSR2, SIG_DFL);
	reset_percpu();
}

static void landingpad_tests(void)
{
	static char alt[65536];
	stack_t ss = { .ss_sp = alt, .ss_size = sizeof(alt) };

	foreign_pad("landingpad_other_irq_context_bugs", sig_hardirq_pad, 0,
		    "a hard-irq landing pad on the task's stack");
	foreign_pad("landingpad_other_task_bugs", sig_other_task_pad, 0,
		    "another task's landing pad");
	sigaltstack(&ss, NULL);
	foreign_pad("landingpad_irq_on_other_stack_bugs", sig_hardirq_pad,
		    SA_ONSTACK, "a hard-irq landing pad on its own stack");
}

/* ---- the trampoline's own magic check ------------------------------------ */

static sigjmp_buf ill_jmp;

static void sigill_handler(int sig)
{
	siglongjmp(ill_jmp, 1);
}

static unsigned int prog_bad_magic_jump(const void *ctx,
					const struct bpf_insn *insn)
{
	this_cpu_read(iu_active_frame)->magic = 0;
	asm volatile("jmp iu_panic_trampoline");
	return 0;
}

static void trampoline_tests(void)
{
	struct sigaction sa = { .sa_handler = sigill_handler,
				.sa_flags = SA_NODEFER };
	unsigned int r;

	reset_percpu();
	sigaction(SIGILL, &sa, NULL);
	if (!sigsetjmp(ill_jmp, 1)) {
		r = iu_dispatcher_func(NULL, NULL, prog_bad_magic_jump);
		check("trampoline_checks_magic", 0,
		      "returned %#x through a frame with a broken magic", r);
	} else {
		check("trampoline_checks_magic", 1, "ud2");
	}
	signal(SIGILL, SIG_DFL);
	reset_percpu();
}

/* ---- the message cap ------------------------------------------------------ */

static unsigned int prog_panic_ctx_msg(const void *ctx,
				       const struct bpf_insn *insn)
{
	iu_landingpad(ctx);
}

/* 300 bytes without a NUL, then an unmapped page: a child process. */
static void message_tests(void)
{
	pid_t pid;
	int st;

	fflush(stdout);
	pid = fork();
	if (!pid) {
		char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		unsigned int r;

		mprotect(p + 4096, 4096, PROT_NONE);
		memset(p + 4096 - 300, 'A', 300);
		quiet = 0;
		ratelimit_off = 1;
		r = iu_dispatcher_func(p + 4096 - 300, NULL, prog_panic_ctx_msg);
		_exit(r == EINVAL_U && longest_printed_run == IU_PANIC_MSG_MAX ?
		      0 : 1);
	}
	waitpid(pid, &st, 0);
	check("landingpad_message_capped_256", WIFEXITED(st) &&
	      !WEXITSTATUS(st), "child %s %d",
	      WIFEXITED(st) ? "exited" : "killed by signal",
	      WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
}

void context_tests(void)
{
	preemption_tests();
	landingpad_tests();
	trampoline_tests();
	message_tests();
}
