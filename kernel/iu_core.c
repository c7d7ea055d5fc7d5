// SPDX-License-Identifier: GPL-2.0
/*
 * iu_core.c - per-CPU state, cleanup entries and the landing pad of the
 * inner-unikernel dispatcher.  See iu.h for the design.
 */
#define pr_fmt(fmt) "iu: " fmt

#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/printk.h>
#include <linux/ratelimit.h>
#include <linux/thread_info.h>
#include <asm/asm.h>

#include "iu.h"
#include "iu_frame.h"

DEFINE_PER_CPU(struct iu_cleanup_entry [IU_NR_CLEANUP_ENTRIES],
	       iu_cleanup_entries);
EXPORT_PER_CPU_SYMBOL_GPL(iu_cleanup_entries);

/* Innermost active dispatch frame of this CPU (read by iu_dispatch.S). */
DEFINE_PER_CPU(struct iu_frame *, iu_active_frame);
/* First slot owned by the innermost dispatch. */
DEFINE_PER_CPU(unsigned long, iu_cleanup_base);
/* One past the highest slot registered since the innermost dispatch began. */
DEFINE_PER_CPU(unsigned long, iu_cleanup_top);

EXPORT_SYMBOL_GPL(iu_dispatcher_func);

/* At most 10 reports (message + stack dump) every 5 seconds. */
static DEFINE_RATELIMIT_STATE(iu_panic_rs, 5 * HZ, 10);

int iu_dispatch_depth(void)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	int depth = 0;

	for (; f; f = f->link)
		depth++;
	return depth;
}
EXPORT_SYMBOL_GPL(iu_dispatch_depth);

int iu_cleanup_register(void (*fn)(void *), void *arg)
{
	struct iu_cleanup_entry *e = this_cpu_ptr(iu_cleanup_entries);
	unsigned long i = this_cpu_read(iu_cleanup_base);

	for (; i < IU_NR_CLEANUP_ENTRIES; i++) {
		if (READ_ONCE(e[i].valid))
			continue;
		/*
		 * Claim the slot by raising top first: a dispatch nested from
		 * here on starts above it.  One nested before this point
		 * hands every slot it used back before we resume.
		 */
		if (i >= this_cpu_read(iu_cleanup_top))
			this_cpu_write(iu_cleanup_top, i + 1);
		barrier();
		e[i].cleanup_fn = fn;
		e[i].cleanup_arg = arg;
		barrier();
		WRITE_ONCE(e[i].valid, 1);
		return i;
	}
	return -ENOSPC;
}
EXPORT_SYMBOL_GPL(iu_cleanup_register);

void iu_cleanup_unregister(int slot)
{
	if (WARN_ON_ONCE(slot < 0 || slot >= IU_NR_CLEANUP_ENTRIES))
		return;
	WRITE_ONCE(this_cpu_ptr(iu_cleanup_entries)[slot].valid, 0);
}
EXPORT_SYMBOL_GPL(iu_cleanup_unregister);

void iu_cleanup_all(void)
{
	struct iu_cleanup_entry *e = this_cpu_ptr(iu_cleanup_entries);
	unsigned long i = this_cpu_read(iu_cleanup_base);

	for (; i < IU_NR_CLEANUP_ENTRIES; i++) {
		void (*fn)(void *);
		void *arg;

		if (!READ_ONCE(e[i].valid))
			continue;
		fn = e[i].cleanup_fn;
		arg = e[i].cleanup_arg;
		/* Invalidate first: the entry runs once even if fn panics. */
		WRITE_ONCE(e[i].valid, 0);
		barrier();
		if (fn)
			fn(arg);
	}
}
EXPORT_SYMBOL_GPL(iu_cleanup_all);

/*
 * Everything iu_landingpad() does before the jump, kept out of line so that
 * iu_landingpad() itself has no stack frame at the jump (objtool sees the
 * jump as a sibling call).
 */
static noinline void iu_landingpad_prepare(const char *msg)
{
	struct iu_frame *f = this_cpu_read(iu_active_frame);
	unsigned long sp = current_stack_pointer;

	if (__ratelimit(&iu_panic_rs)) {
		pr_warn("program panicked on CPU %d: %s\n",
			smp_processor_id(), msg ? msg : "(no message)");
		dump_stack();
	}

	/*
	 * The innermost frame must exist, be intact and lie above us on the
	 * same stack; otherwise there is nowhere sane to return to.
	 */
	if (unlikely(!f || f->magic != IU_FRAME_MAGIC ||
		     (unsigned long)f <= sp ||
		     (unsigned long)f - sp >= THREAD_SIZE)) {
		pr_emerg("iu_landingpad on CPU %d without an active iu_dispatcher_func frame on this stack (frame %p, sp %p)\n",
			 smp_processor_id(), f, (void *)sp);
		BUG();
	}

	iu_cleanup_all();
}

void __noreturn iu_landingpad(char *msg)
{
	iu_landingpad_prepare(msg);
	asm volatile("jmp iu_panic_trampoline");
	unreachable();
}
EXPORT_SYMBOL_GPL(iu_landingpad);

static int __init iu_init(void)
{
	pr_info("inner-unikernel dispatcher loaded\n");
	return 0;
}

static void __exit iu_exit(void)
{
}

module_init(iu_init);
module_exit(iu_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Inner-unikernel program dispatcher with panic recovery");
