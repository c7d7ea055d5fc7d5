#include "textflag.h"

// MEMBERS sets the low 32 bits of out to the members among the 32 bytes in
// Y0, a bit each, the first byte the lowest (and clears the high ones). Y1
// and Y2 hold the tables of low and high nibbles, Y3 0x0f in every byte,
// Y6 zero; Y4 and Y5 are scratch.
#define MEMBERS(out) \
	VPAND	Y3, Y0, Y4; \
	VPSRLW	$4, Y0, Y5; \
	VPAND	Y3, Y5, Y5; \
	VPSHUFB	Y4, Y1, Y4; \
	VPSHUFB	Y5, Y2, Y5; \
	VPAND	Y4, Y5, Y4; \
	VPCMPEQB	Y6, Y4, Y4; \
	VPMOVMSKB	Y4, out; \
	NOTL	out

// SETUP loads the tables at AX and the constants MEMBERS uses.
#define SETUP \
	VMOVDQU	0(AX), Y1; \
	VMOVDQU	32(AX), Y2; \
	MOVL	$0x0f0f0f0f, BX; \
	MOVL	BX, X3; \
	VPBROADCASTD	X3, Y3; \
	VPXOR	Y6, Y6, Y6

// func indexVector(b []byte, t *[64]byte) int
TEXT ·indexVector(SB), NOSPLIT, $0-40
	MOVQ	b_base+0(FP), SI
	MOVQ	b_len+8(FP), R8
	MOVQ	t+24(FP), AX
	MOVQ	R8, CX
	ANDQ	$~31, CX		// the whole blocks of 32 bytes
	SETUP
	XORQ	DX, DX

loop:
	CMPQ	DX, CX
	JAE	tail
	VMOVDQU	(SI)(DX*1), Y0
	MEMBERS(BX)
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
	MEMBERS(BX)
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
	SETUP

	// The 32 bytes that start b: bits 0 to 31.
	VMOVDQU	(SI), Y0
	MEMBERS(BX)

	// The 32 that end it: bits len-32 to len-1 (those it shares with
	// the first 32 have the same bits there).
	LEAQ	-32(SI)(R8*1), DI
	VMOVDQU	(DI), Y0
	MEMBERS(DX)
	LEAQ	-32(R8), CX
	SHLQ	CX, DX
	ORQ	DX, BX

	VZEROUPPER
	MOVQ	BX, ret+32(FP)
	RET
