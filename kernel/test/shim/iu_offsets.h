/* SPDX-License-Identifier: GPL-2.0 */
/* The user-space builds' iu_offsets.h: the shim's struct task_struct. */
#define IU_TASK_STACK	0	/* offsetof(struct task_struct, stack) */
