/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Layout of the frame iu_dispatcher_func() pushes on its own stack.  The
 * per-CPU iu_active_frame points at the innermost one (its lowest word).
 * Shared by iu_dispatch.S and iu_core.c.
 */
#ifndef _IU_FRAME_H
#define _IU_FRAME_H

#define IU_FRAME_MAGIC		0x49554652	/* "IUFR", fits a push imm32 */

#define IU_FRAME_LINK		0	/* enclosing frame, or 0 */
#define IU_FRAME_CLEANUP_BASE	8	/* cleanup base of enclosing dispatch */
#define IU_FRAME_MAGIC_OFF	16
#define IU_FRAME_R15		24
#define IU_FRAME_R14		32
#define IU_FRAME_R13		40
#define IU_FRAME_R12		48
#define IU_FRAME_RBX		56
#define IU_FRAME_RBP		64
#define IU_FRAME_RET		72	/* return address into the caller */
#define IU_FRAME_CFA		80	/* caller's rsp after return */

#ifndef __ASSEMBLY__
struct iu_frame {
	struct iu_frame *link;
	unsigned long cleanup_base;
	unsigned long magic;
	unsigned long r15, r14, r13, r12, rbx, rbp;
	unsigned long ret;
};
#endif

#endif /* _IU_FRAME_H */
