/*
 * Measures the stack an entry point really uses: runs it on a stack of its
 * own painted with a pattern, then finds the deepest byte that changed.
 * The entries to run are listed in entries.h (written by the test):
 *   ENTRY(name)
 * Output, one line per entry: "<name> <bytes>", where bytes is how far
 * below the return address of the call into the entry the deepest change
 * is, the quantity the static analysis computes.
 *
 * use() and use_buf(), the external functions the test code hands its
 * buffers to, and ext_helper() touch no stack of their own (assembly): the
 * analysis counts the return address a call of them pushes but, as for any
 * function outside the object, nothing below it.
 *
 * The run-time stack check (cmpq %gs:iu_stack_limit, %rsp) reads
 * iu_stack_limit relative to GS, whose base is 0 in a Linux process: the
 * limit 0 never stops anything.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#define ENTRY(name) int name(void *ctx);
#include "entries.h"
#undef ENTRY

static const struct {
	const char *name;
	int (*fn)(void *);
} entries[] = {
#define ENTRY(name) {#name, name},
#include "entries.h"
#undef ENTRY
};

/* call_on(top, fn, arg): call fn(arg) with the stack pointer at top. */
int call_on(void *top, int (*fn)(void *), void *arg);
__asm__(
	".text\n"
	".globl call_on\n"
	".type call_on,@function\n"
	"call_on:\n"
	"	push %rbp\n"
	"	mov %rsp, %rbp\n"
	"	mov %rdi, %rsp\n"
	"	mov %rdx, %rdi\n"
	"	call *%rsi\n"
	"	mov %rbp, %rsp\n"
	"	pop %rbp\n"
	"	ret\n"
	".size call_on, .-call_on\n"
	".globl use\n"
	".type use,@function\n"
	"use:\n"
	"	movb $1, (%rdi)\n"
	"	ret\n"
	".size use, .-use\n"
	".globl use_buf\n"
	".type use_buf,@function\n"
	"use_buf:\n"
	"	movb $1, (%rdi)\n"
	"	ret\n"
	".size use_buf, .-use_buf\n"
	".globl ext_helper\n"
	".type ext_helper,@function\n"
	"ext_helper:\n"
	"	mov %rdi, %rax\n"
	"	ret\n"
	".size ext_helper, .-ext_helper\n"
	".globl iu_stack_overflow\n"
	".type iu_stack_overflow,@function\n"
	"iu_stack_overflow:\n"
	"	ud2\n"
	".size iu_stack_overflow, .-iu_stack_overflow\n"
	".data\n"
	".globl iu_stack_limit\n"
	".type iu_stack_limit,@object\n"
	"iu_stack_limit:\n"
	"	.quad 0\n"
	".size iu_stack_limit, 8\n"
	".text\n"
	".globl __gxx_personality_v0\n"
	".type __gxx_personality_v0,@function\n"
	"__gxx_personality_v0:\n"
	"	ud2\n"
	".size __gxx_personality_v0, .-__gxx_personality_v0\n");

#define STACK_SIZE (1 << 20)
#define PAINT 0xa5

int main(void)
{
	unsigned char *stack = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
				    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char ctx[256] = {0};

	if (stack == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	for (size_t i = 0; i < sizeof(entries) / sizeof(entries[0]); i++) {
		unsigned char *top = stack + STACK_SIZE;
		unsigned char *low;

		memset(stack, PAINT, STACK_SIZE);
		call_on(top, entries[i].fn, ctx);
		for (low = stack; low < top && *low == PAINT; low++)
			;
		/* The call into the entry pushed its return address at top - 8. */
		printf("%s %ld\n", entries[i].name, (long)((top - 8) - low));
	}
	return 0;
}
