/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space stand-ins for the kernel facilities iu.ko's dispatcher and
 * core use, so that the very same iu_dispatch.S and iu_core.c build into
 * the unit test and the benchmark.  Every kernel header they include is a
 * one-line file in this directory that includes this one.
 *
 * Per-CPU variables live in the section "iu_percpu"; a simulated CPU owns a
 * copy of that section and %gs points at copy - __start_iu_percpu, exactly
 * like the kernel's %gs-relative per-CPU addressing.  Read-modify-write
 * per-CPU operations are single %gs-relative instructions, as in the
 * kernel, so that a signal (the test's interrupt) cannot split them.
 */
#ifndef _IU_SHIM_H
#define _IU_SHIM_H

#define X86_EFLAGS_IF		0x200

#ifdef __ASSEMBLY__

#define SYM_L_GLOBAL			.globl
#define SYM_FUNC_START(name)		.globl name; .type name, @function; .p2align 4; name:
#define SYM_FUNC_END(name)		.size name, . - name
#define SYM_CODE_START(name)		.globl name; .p2align 4; name:
#define SYM_CODE_START_LOCAL(name)	.p2align 4; name:
#define SYM_CODE_END(name)		.size name, . - name
#define SYM_INNER_LABEL(name, linkage)	linkage name; name:
#define SYM_DATA_START(name)		.globl name; .type name, @object; name:
#define SYM_DATA_END(name)		.size name, . - name
#define PER_CPU_VAR(var)		%gs:var
#define RET				ret
#define _ASM_NOKPROBE(name)

.macro CALL_NOSPEC reg:req
	call	*%\reg
.endm
.macro UNWIND_HINT type:req sp_reg=0 sp_offset=0 end=0
.endm
.macro UNWIND_HINT_FUNC
.endm
.macro UNWIND_HINT_EMPTY
.endm

#else /* !__ASSEMBLY__ */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef unsigned long long u64;	/* as the kernel's, for printk formats */
typedef uint32_t u32;

#define __percpu
#define DEFINE_PER_CPU(type, name) \
	__attribute__((section("iu_percpu"))) __typeof__(type) name
#define DECLARE_PER_CPU(type, name)	extern __typeof__(type) name
#define EXPORT_PER_CPU_SYMBOL_GPL(x)
#define EXPORT_SYMBOL_GPL(x)
#define NOKPROBE_SYMBOL(x)
#define notrace

extern unsigned long iu_shim_cpu_off;	/* == the %gs base */
extern int iu_shim_cpu;
void *iu_shim_cpu_area(int cpu);	/* the test's copy for @cpu */
extern char __start_iu_percpu[];

#define this_cpu_ptr(p)	((__typeof__(*(p)) *)((char *)(p) + iu_shim_cpu_off))
#define per_cpu_ptr(p, cpu) \
	((__typeof__(*(p)) *)((char *)iu_shim_cpu_area(cpu) + \
			      ((char *)(p) - __start_iu_percpu)))
#define this_cpu_read(v)	(*(volatile __typeof__(v) *)this_cpu_ptr(&(v)))
#define this_cpu_write(v, x)	(*(volatile __typeof__(v) *)this_cpu_ptr(&(v)) = (x))
#define this_cpu_inc_return(v) ({					\
	unsigned long __v = 1;						\
	asm volatile("xaddq %0, %%gs:%1" : "+r"(__v), "+m"(v) :: "memory"); \
	__v + 1; })
#define this_cpu_add(v, n) \
	asm volatile("addq %1, %%gs:%0" : "+m"(v) : "er"((long)(n)) : "memory")
#define this_cpu_sub(v, n)	this_cpu_add(v, -(long)(n))
#define this_cpu_inc(v)		this_cpu_add(v, 1)
#define this_cpu_dec(v)		this_cpu_add(v, -1)
#define this_cpu_or(v, n) \
	asm volatile("orq %1, %%gs:%0" : "+m"(v) : "er"((long)(n)) : "memory")
#define this_cpu_and(v, n) \
	asm volatile("andq %1, %%gs:%0" : "+m"(v) : "er"((long)(n)) : "memory")
#define smp_processor_id()	iu_shim_cpu

/* Only what iu.ko reads of a task; iu_offsets.h has the offset. */
struct task_struct {
	void *stack;		/* lowest address of its THREAD_SIZE stack */
};
#define THREAD_SIZE		65536UL	/* the unit test's task stacks */
#define task_stack_page(t)	((t)->stack)
DECLARE_PER_CPU(int, __preempt_count);
DECLARE_PER_CPU(struct task_struct *, current_task);
#define current			this_cpu_read(current_task)
#define PREEMPT_NEED_RESCHED	0x80000000u
#define preempt_count()		(this_cpu_read(__preempt_count) & ~PREEMPT_NEED_RESCHED)
#define SOFTIRQ_OFFSET		(1UL << 8)
#define HARDIRQ_OFFSET		(1UL << 16)
#define NMI_OFFSET		(1UL << 20)
#define HARDIRQ_MASK		(0xfUL << 16)
#define NMI_MASK		(0xfUL << 20)

#define READ_ONCE(x)		(*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
#define barrier()		asm volatile("" ::: "memory")
#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define noinline		__attribute__((noinline))
#define __noreturn		__attribute__((noreturn))
#define unreachable()		__builtin_unreachable()
#define min_t(t, a, b)		((t)(a) < (t)(b) ? (t)(a) : (t)(b))

#define HZ			100
#define BUILD_BUG_ON(c)		_Static_assert(!(c), #c)
#define current_stack_pointer \
	({ unsigned long __sp; asm volatile("mov %%rsp, %0" : "=r"(__sp)); __sp; })

#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif
void iu_shim_printk(int level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
#define pr_emerg(fmt, ...)	iu_shim_printk(0, pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...)	iu_shim_printk(4, pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...)	iu_shim_printk(6, pr_fmt(fmt), ##__VA_ARGS__)
void dump_stack(void);

struct ratelimit_state {
	int burst;
	long printed;
	long missed;
};
#define DEFINE_RATELIMIT_STATE(name, interval, b) \
	struct ratelimit_state name = { .burst = (b) }
int iu_shim_ratelimit(struct ratelimit_state *rs);
#define __ratelimit(rs)		iu_shim_ratelimit(rs)

void iu_shim_bug(const char *file, int line) __noreturn;
void iu_shim_warn(const char *file, int line, const char *msg);
#define BUG()			iu_shim_bug(__FILE__, __LINE__)
#define WARN_ONCE(c, msg) ({						\
	static bool __warned;						\
	bool __c = !!(c);						\
	if (__c && !__warned) {						\
		__warned = true;					\
		iu_shim_warn(__FILE__, __LINE__, msg);			\
	}								\
	__c; })
#define WARN_ON_ONCE(c)		WARN_ONCE(c, #c)

#endif /* __ASSEMBLY__ */
#endif /* _IU_SHIM_H */
