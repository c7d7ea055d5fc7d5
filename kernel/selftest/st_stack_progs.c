// SPDX-License-Identifier: GPL-2.0
/*
 * Programs of group "stack" that use the pass's stack check: a conditional
 * jump from C to iu_stack_overflow, which never returns.  objtool would
 * call it a sibling call from a function with a stack frame, so this file
 * is built as programs are (OBJECT_FILES_NON_STANDARD, like the e2e's Rust
 * objects): the check is exactly the two instructions the IR pass emits.
 */
#include <linux/compiler.h>
#include <linux/percpu.h>
#include <linux/sched/task_stack.h>

#include "st.h"

#define IU_STACK_CHECK() \
	asm volatile("cmpq %%gs:iu_stack_limit, %%rsp\n\tjb iu_stack_overflow" \
		     ::: "cc", "memory")

/* Never reached: the check fires first (and keeps gcc's
 * -Winfinite-recursion quiet). */
static volatile long st_bottom = 1L << 40;

unsigned long st_entry_sp, st_limit_seen;

static noinline long st_recurse(long n)
{
	volatile char buf[200];

	IU_STACK_CHECK();
	buf[0] = n;
	if (n == st_bottom)
		return 0;
	return st_recurse(n + 1) + buf[0];
}

/* Registers token 95, records its limit, recurses until stopped. */
unsigned int st_prog_recurse(const void *ctx, const struct bpf_insn *insn)
{
	st_entry_sp = current_stack_pointer;
	st_limit_seen = this_cpu_read(iu_stack_limit);
	iu_cleanup_register(cleanup_fn, (void *)95);
	return st_recurse(0);
}

/*
 * Goes down, checking, to within @ctx bytes of its limit, paints the stack
 * below (down to the task stack's end: the dispatcher made sure the
 * reserve is there) and calls st_at_bottom there (a helper, or a panic):
 * what it wrote below the limit shows how much of the reserve it needs.
 */
void (*st_at_bottom)(void);
unsigned long st_paint_lo;

static noinline long st_descend(unsigned long above)
{
	volatile char buf[200];
	unsigned long sp = current_stack_pointer;

	IU_STACK_CHECK();
	buf[0] = 1;
	if (sp > this_cpu_read(iu_stack_limit) + above)
		return st_descend(above) + buf[0];
	/* Below sp: nothing else uses this task's stack meanwhile. */
	st_paint_lo = (unsigned long)task_stack_page(current) + 64;
	for (sp = st_paint_lo; sp < current_stack_pointer - 256; sp += 8)
		*(unsigned long *)sp = ST_PAINT;
	st_at_bottom();
	return buf[0];
}

unsigned int st_prog_descend(const void *ctx, const struct bpf_insn *insn)
{
	st_limit_seen = this_cpu_read(iu_stack_limit);
	return st_descend((unsigned long)ctx);
}
