/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space stand-ins for the few kernel facilities iu_dispatch.S and
 * iu_core.c use, so that the very same files build into the unit test.
 *
 * Per-CPU variables live in the section "iu_percpu"; a simulated CPU owns a
 * copy of that section and %gs points at copy - __start_iu_percpu, exactly
 * like the kernel's %gs-relative per-CPU addressing.
 */
#ifndef _IU_SHIM_H
#define _IU_SHIM_H

#ifdef __ASSEMBLY__

#define SYM_L_GLOBAL			.globl
#define SYM_FUNC_START(name)		.globl name; .type name, @function; .p2align 4; name:
#define SYM_FUNC_END(name)		.size name, . - name
#define SYM_INNER_LABEL(name, linkage)	linkage name; name:
#define PER_CPU_VAR(var)		%gs:var
#define RET				ret

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

typedef uint64_t u64;
typedef uint32_t u32;

#define __percpu
#define DEFINE_PER_CPU(type, name) \
	__attribute__((section("iu_percpu"))) __typeof__(type) name
#define DECLARE_PER_CPU(type, name)	extern __typeof__(type) name
#define EXPORT_PER_CPU_SYMBOL_GPL(x)
#define EXPORT_SYMBOL_GPL(x)

extern unsigned long iu_shim_cpu_off;	/* == the %gs base */
extern int iu_shim_cpu;

#define this_cpu_ptr(p)	((__typeof__(*(p)) *)((char *)(p) + iu_shim_cpu_off))
#define this_cpu_read(v)	(*this_cpu_ptr(&(v)))
#define this_cpu_write(v, x)	(*this_cpu_ptr(&(v)) = (x))
#define smp_processor_id()	iu_shim_cpu

#define READ_ONCE(x)		(*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
#define barrier()		asm volatile("" ::: "memory")
#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define noinline		__attribute__((noinline))
#define __noreturn		__attribute__((noreturn))
#define unreachable()		__builtin_unreachable()
#define __init
#define __exit
#define module_init(fn)		int (*iu_shim_init)(void) = fn
#define module_exit(fn)		void (*iu_shim_exit)(void) = fn
#define MODULE_LICENSE(x)
#define MODULE_DESCRIPTION(x)

#define HZ			100
#define THREAD_SIZE		16384UL
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
void iu_shim_warn(const char *file, int line);
#define BUG()			iu_shim_bug(__FILE__, __LINE__)
#define WARN_ON_ONCE(c) \
	({ bool __c = !!(c); if (__c) iu_shim_warn(__FILE__, __LINE__); __c; })

#endif /* __ASSEMBLY__ */
#endif /* _IU_SHIM_H */
