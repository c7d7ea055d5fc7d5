/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Layout of the frame iu_dispatcher_func() pushes on its own stack.  The
 * per-CPU iu_active_frame points at the innermost one (its lowest word).
 * Shared by iu_dispatch.S and the C files of iu.ko.
 */
#ifndef _IU_FRAME_H
#define _IU_FRAME_H

#define IU_FRAME_MAGIC		0x49554652	/* "IUFR", fits a push imm32 */
/* A frame being torn down (its cleanups run): never stopped again. */
#define IU_FRAME_DYING		0x49554644	/* "IUFD" */

#define IU_FRAME_LINK		0	/* enclosing frame, or 0 */
#define IU_FRAME_STACK_LIMIT	8	/* the enclosing dispatch's iu_stack_limit */
#define IU_FRAME_CLEANUP_BASE	16	/* first cleanup slot of this dispatch */
#define IU_FRAME_STATE		24	/* iu_cpu_state at entry: sequence, depth */
#define IU_FRAME_BPF_FUNC	32	/* the program, for reports */
#define IU_FRAME_PREEMPT	40	/* preempt count at entry (low 32 bits) */
#define IU_FRAME_TASK		48	/* current at entry */
#define IU_FRAME_MAGIC_OFF	56
#define IU_FRAME_R15		64
#define IU_FRAME_R14		72
#define IU_FRAME_R13		80
#define IU_FRAME_R12		88
#define IU_FRAME_RBX		96
#define IU_FRAME_RBP		104
#define IU_FRAME_RET		112	/* return address into the caller */
#define IU_FRAME_CFA		120	/* caller's rsp after return */

/*
 * The interrupt level a frame records: the preempt count's NMI, hard-irq
 * and serving-softirq bits (NMI_MASK | HARDIRQ_MASK | SOFTIRQ_OFFSET, which
 * iu_core.c checks at build time); disabling bottom halves or preemption
 * does not change it.
 */
#define IU_FRAME_CTX_MASK	0x00ff0100

/*
 * The per-CPU iu_cpu_state word: the dispatch sequence number in bits 8-63
 * (every dispatch adds IU_STATE_SEQ_ONE and records the result in its
 * frame, so the pair (frame address, sequence) names one dispatch), the
 * helper depth in bits 0-6 (iu_helper_enter/exit) and, in bit 7, "a stop
 * waits at a helper exit".  The byte operations of the helper bracket
 * never carry into the sequence.
 */
#define IU_STATE_SEQ_ONE	0x100
#define IU_STATE_DEPTH_MASK	0x7f
#define IU_STATE_STOP		0x80
#define IU_STATE_SEQ_MASK	(~0xffUL)

#ifndef __ASSEMBLY__
struct bpf_insn;

struct iu_frame {
	struct iu_frame *link;
	unsigned long stack_limit;
	unsigned long cleanup_base;
	unsigned long state;
	unsigned int (*bpf_func)(const void *, const struct bpf_insn *);
	unsigned long preempt;	/* only the low 32 bits were read */
	void *task;
	unsigned long magic;
	unsigned long r15, r14, r13, r12, rbx, rbp;
	unsigned long ret;
};
#endif

#endif /* _IU_FRAME_H */
