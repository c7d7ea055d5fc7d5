#include "textflag.h"

// func indexVector(b []byte, t *[64]byte) int
TEXT ·indexVector(SB), NOSPLIT, $0-40
	MOVQ	b_base+0(FP), SI
	MOVQ	b_len+8(FP), R8
	MOVQ	t+24(FP), AX
	MOVQ	R8, CX
	ANDQ	$~31, CX		// the whole blocks of 32 bytes
	VMOVDQU	0(AX), Y1		// table of low nibbles
	VMOVDQU	32(AX), Y2		// table of high nibbles
	MOVL	$0x0f0f0f0f, BX
	MOVL	BX, X3
	VPBROADCASTD	X3, Y3		// 0x0f in every byte
	VPXOR	Y6, Y6, Y6
	XORQ	DX, DX

loop:
	CMPQ	DX, CX
	JAE	tail
	VMOVDQU	(SI)(DX*1), Y0
	VPAND	Y3, Y0, Y4		// low nibbles
	VPSRLW	$4, Y0, Y5
	VPAND	Y3, Y5, Y5		// high nibbles
	VPSHUFB	Y4, Y1, Y4		// their bits from the low table
	VPSHUFB	Y5, Y2, Y5		// and from the high table
	VPAND	Y4, Y5, Y4		// nonzero for a member
	VPCMPEQB	Y6, Y4, Y4	// 0xff for a non-member
	VPMOVMSKB	Y4, BX
	NOTL	BX
	TESTL	BX, BX
	JNZ	found
	ADDQ	$32, DX
	JMP	loop

tail:
	// The last len%32 bytes: the 32 bytes that end b, less those the
	// loop has looked at.
	CMPQ	CX, R8
	JEQ	none
	MOVQ	R8, DX
	SUBQ	$32, DX
	VMOVDQU	(SI)(DX*1), Y0
	VPAND	Y3, Y0, Y4
	VPSRLW	$4, Y0, Y5
	VPAND	Y3, Y5, Y5
	VPSHUFB	Y4, Y1, Y4
	VPSHUFB	Y5, Y2, Y5
	VPAND	Y4, Y5, Y4
	VPCMPEQB	Y6, Y4, Y4
	VPMOVMSKB	Y4, BX
	NOTL	BX
	SUBQ	DX, CX			// how many of them were looked at
	SHRL	CX, BX
	SHLL	CX, BX
	TESTL	BX, BX
	JNZ	found

none:
	MOVQ	R8, DX
	JMP	done

found:
	BSFL	BX, BX
	ADDQ	BX, DX

done:
	VZEROUPPER
	MOVQ	DX, ret+32(FP)
	RET

// func maskVector(b []byte, t *[64]byte) uint64
TEXT ·maskVector(SB), NOSPLIT, $0-40
	MOVQ	b_base+0(FP), SI
	MOVQ	b_len+8(FP), R8
	MOVQ	t+24(FP), AX
	VMOVDQU	0(AX), Y1		// table of low nibbles
	VMOVDQU	32(AX), Y2		// table of high nibbles
	MOVL	$0x0f0f0f0f, BX
	MOVL	BX, X3
	VPBROADCASTD	X3, Y3		// 0x0f in every byte
	VPXOR	Y6, Y6, Y6

	// The 32 bytes that start b: bits 0 to 31.
	VMOVDQU	(SI), Y0
	VPAND	Y3, Y0, Y4
	VPSRLW	$4, Y0, Y5
	VPAND	Y3, Y5, Y5
	VPSHUFB	Y4, Y1, Y4
	VPSHUFB	Y5, Y2, Y5
	VPAND	Y4, Y5, Y4
	VPCMPEQB	Y6, Y4, Y4	// 0xff for a non-member
	VPMOVMSKB	Y4, BX
	NOTL	BX			// (zero-extended: bits 32 to 63 clear)

	// The 32 that end it: bits len-32 to len-1 (those it shares with
	// the first 32 have the same bits there).
	LEAQ	-32(SI)(R8*1), DI
	VMOVDQU	(DI), Y0
	VPAND	Y3, Y0, Y4
	VPSRLW	$4, Y0, Y5
	VPAND	Y3, Y5, Y5
	VPSHUFB	Y4, Y1, Y4
	VPSHUFB	Y5, Y2, Y5
	VPAND	Y4, Y5, Y4
	VPCMPEQB	Y6, Y4, Y4
	VPMOVMSKB	Y4, DX
	NOTL	DX
	LEAQ	-32(R8), CX
	SHLQ	CX, DX
	ORQ	DX, BX

	VZEROUPPER
	MOVQ	BX, ret+32(FP)
	RET
