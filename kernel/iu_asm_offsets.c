// SPDX-License-Identifier: GPL-2.0
/*
 * Offsets iu_dispatch.S needs, generated into iu_offsets.h by Kbuild (the
 * asm-offsets way: compiled to assembly, the "->" lines turned into
 * #defines, see Kbuild).
 */
#include <linux/kbuild.h>
#include <linux/sched.h>

void iu_asm_offsets(void);

void iu_asm_offsets(void)
{
	OFFSET(IU_TASK_STACK, task_struct, stack);
}
