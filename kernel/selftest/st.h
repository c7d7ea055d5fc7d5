/* SPDX-License-Identifier: GPL-2.0 */
/*
 * st.h - shared by the files of iu_selftest.ko.  Each group of checks runs
 * when "GROUP [TEST]" is written to /sys/module/iu_selftest/parameters/run
 * by the guest script of a harness test, and prints
 *   IU-TEST <TEST, by default GROUP>.<check> PASS|FAIL <detail>
 */
#ifndef _IU_ST_H
#define _IU_ST_H

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/types.h>

#include "iu.h"

#define EINVAL_U	((unsigned int)-EINVAL)
#define EPERM_U		((unsigned int)-EPERM)

__printf(3, 4) void report(const char *name, bool ok, const char *fmt, ...);

/* ---- iu_selftest_asm.S ------------------------------------------------- */

struct iu_st_regs {
	u64 rbx, rbp, r12, r13, r14, r15, rsp_before, rsp_after;
};

unsigned int iu_st_call(const void *ctx, void *prog,
			const struct iu_st_regs *in, struct iu_st_regs *out);
unsigned int iu_st_clobber_and_panic(const void *ctx,
				     const struct bpf_insn *insn);
unsigned int iu_st_call_misaligned(const void *ctx, void *prog);
unsigned int iu_st_rsp_align(const void *ctx, const struct bpf_insn *insn);

/*
 * iu_landingpad() as seen by objtool: objtool (6.1) only knows a fixed list
 * of noreturn functions, so a C call to the __noreturn declaration from
 * another object "falls through to the next function".  Programs here call
 * it through this alias without the attribute and end in a dead return.
 */
void iu_st_landingpad(const char *msg) __asm__("iu_landingpad");

/* ---- shared helpers (st_main.c) ----------------------------------------- */

extern const struct iu_st_regs st_regs_in;
bool regs_ok(const struct iu_st_regs *in, const struct iu_st_regs *out);
int nr_valid_all(void);

/* Token-indexed run counters of cleanup_fn. */
#define NR_TOKENS 256
extern int ran[NR_TOKENS];
void cleanup_fn(void *arg);
unsigned int prog_cleanup_panic(const void *ctx, const struct bpf_insn *insn);

/* st_stack_progs.c: programs with the pass's stack check. */
extern unsigned long st_entry_sp, st_limit_seen, st_paint_lo;
extern void (*st_at_bottom)(void);
#define ST_PAINT	0x5a5a5a5a5a5a5a5aUL
unsigned int st_prog_recurse(const void *ctx, const struct bpf_insn *insn);
unsigned int st_prog_descend(const void *ctx, const struct bpf_insn *insn);

/* The groups. */
void st_dispatch(void);		/* st_dispatch.c */
void st_cleanup(void);		/* st_cleanup.c */
void st_context(void);		/* st_context.c */
void st_notrace(void);		/* st_context.c */
void st_timeout(void);		/* st_timeout.c */
void st_timeout_param(void);	/* st_timeout.c */
void st_timeout_self(void);	/* st_timeout.c */
void st_stack(void);		/* st_stack.c */
void st_stack_param(void);	/* st_stack.c */
void st_stop_latency(void);	/* st_stop_latency.c */
void st_stop_latency_kprobe(void);
struct kprobe;
void st_stop_latency_kprobe_hit(struct kprobe *p, const void *ctx, bool plain);

#endif /* _IU_ST_H */
