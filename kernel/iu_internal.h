/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iu_internal.h - state shared by the files of iu.ko (not its interface).
 */
#ifndef _IU_INTERNAL_H
#define _IU_INTERNAL_H

#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/types.h>

#include "iu.h"
#include "iu_frame.h"

struct iu_cleanup_entry {
	unsigned long valid;
	void (*cleanup_fn)(void *);
	void *cleanup_arg;
};

/* Innermost active dispatch frame of this CPU (read by iu_dispatch.S). */
DECLARE_PER_CPU(struct iu_frame *, iu_active_frame);
/* One past the highest slot registered so far on this CPU. */
DECLARE_PER_CPU(unsigned long, iu_cleanup_top);
DECLARE_PER_CPU(struct iu_cleanup_entry [IU_NR_CLEANUP_ENTRIES],
		iu_cleanup_entries);

/* Per-CPU event counters, summed by the read-only module parameters. */
struct iu_stats {
	unsigned long panics;	/* dispatches that returned -EINVAL */
	unsigned long leaks;	/* entries still registered at a normal exit */
	unsigned long refusals;	/* dispatches not run (-EPERM) */
	unsigned long bad_unregisters;	/* refused iu_cleanup_unregister() */
};
DECLARE_PER_CPU(struct iu_stats, iu_stats);
#define iu_count(field)	this_cpu_inc(iu_stats.field)

/*
 * The interrupt level a frame records: NMI, hard irq, serving a softirq.
 * Disabling bottom halves or preemption does not change it.
 */
#define IU_CTX_MASK	(NMI_MASK | HARDIRQ_MASK | SOFTIRQ_OFFSET)

const char *iu_frame_foreign(const struct iu_frame *f, unsigned long pc);

/* Called from iu_dispatch.S. */
void iu_run_leaked(struct iu_frame *f);
void iu_refuse_preemptible(void);

#endif /* _IU_INTERNAL_H */
