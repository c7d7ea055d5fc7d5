/* Calls the entry iu-entry generated for prog.c, through a stand-in for
 * the runtime's __iu_entry_xdp: it must reach the C program and return
 * its value (42). */
#include <stdio.h>

struct xdp_prog {
	unsigned long rtti;
	int (*prog)(const struct xdp_prog *self, void *ctx);
	const char *name;
	unsigned long name_len;
};

int __iu_entry_xdp(const struct xdp_prog *obj, void *ctx)
{
	return obj->prog(obj, ctx);
}

int c_xdp(void *ctx);

int main(void)
{
	int ctx = 1, r = c_xdp(&ctx);

	printf("c_xdp returned %d\n", r);
	return r == 42 ? 0 : 1;
}
