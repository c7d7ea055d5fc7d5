/* A program object written in C, as any LLVM frontend may emit it: iu-entry
 * reads it the way it reads rustc's (issue 12, case 11). The struct has the
 * runtime's first fields: rtti (BPF_PROG_TYPE_XDP = 6), prog, name (a
 * pointer and a length, as a Rust &str). Compiled by each Debian clang into
 * testdata/ll/clangN/prog.ll (build.sh). */
struct xdp_prog {
	unsigned long rtti;
	int (*prog)(const struct xdp_prog *self, void *ctx);
	const char *name;
	unsigned long name_len;
};

static int c_prog_fn(const struct xdp_prog *self, void *ctx)
{
	return 41 + (int)self->name_len - 5 + (ctx != 0);
}

__attribute__((used, section("inner_unikernel/xdp")))
static const struct xdp_prog PROG = { 6, c_prog_fn, "c_xdp", 5 };
