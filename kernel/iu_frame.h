/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Layout of the frame iu_dispatcher_func() pushes on its own stack.  The
 * per-CPU iu_active_frame points at the innermost one (its lowest word).
 * Shared by iu_dispatch.S and the C files of iu.ko.
 */
#ifndef _IU_FRAME_H
#define _IU_FRAME_H

#define IU_FRAME_MAGIC		0x49554652	/* "IUFR", fits a push imm32 */

#define IU_FRAME_LINK		0	/* enclosing frame, or 0 */
#define IU_FRAME_CLEANUP_BASE	8	/* first cleanup slot of this dispatch */
#define IU_FRAME_BPF_FUNC	16	/* the program, for reports */
#define IU_FRAME_PREEMPT	24	/* preempt count at entry (low 32 bits) */
#define IU_FRAME_TASK		32	/* current at entry */
#define IU_FRAME_MAGIC_OFF	40
#define IU_FRAME_R15		48
#define IU_FRAME_R14		56
#define IU_FRAME_R13		64
#define IU_FRAME_R12		72
#define IU_FRAME_RBX		80
#define IU_FRAME_RBP		88
#define IU_FRAME_RET		96	/* return address into the caller */
#define IU_FRAME_CFA		104	/* caller's rsp after return */

#ifndef __ASSEMBLY__
struct bpf_insn;

struct iu_frame {
	struct iu_frame *link;
	unsigned long cleanup_base;
	unsigned int (*bpf_func)(const void *, const struct bpf_insn *);
	unsigned long preempt;	/* only the low 32 bits were read */
	void *task;
	unsigned long magic;
	unsigned long r15, r14, r13, r12, rbx, rbp;
	unsigned long ret;
};
#endif

#endif /* _IU_FRAME_H */
