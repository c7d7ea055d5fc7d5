// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's own per-CPU variables that iu_dispatch.S reads, for the
 * user-space builds.  A test sets them per simulated CPU: every CPU starts
 * "in a task with preemption disabled", as BPF programs run.
 */
#include "iu_shim.h"

DEFINE_PER_CPU(int, __preempt_count);
DEFINE_PER_CPU(struct task_struct *, current_task);
