// Package linkwrap is iu-entry's linker wrapper for rustc: the iu-entry
// binary acts as it when invoked as iu-entry-cc (LinkerName; make build
// links bin/iu-entry-cc to bin/iu-entry). With it, a plain cargo build
// produces binaries whose program objects have their entry points, with
// no other step:
//
//	# .cargo/config.toml
//	[build]
//	rustflags = ["-C", "linker-plugin-lto", "-C", "linker=/path/to/iu-entry-cc"]
//
// -C linker-plugin-lto makes rustc hand the linker LLVM bitcode instead of
// machine code (the crate's own *.rcgu.o files, and bitcode members in the
// .rlib archives of dependencies built with the same flag).
// The name ends in -cc on purpose: rustc infers the linker flavor from the
// linker's name, takes one ending in "-ld" for a plain ld and passes it
// ld's arguments, while the wrapper expects a cc driver's (it runs cc with
// them). Under a name rustc does not recognize, the target's default
// flavor applies, which for Linux targets is cc.
//
// For every bitcode input (file or archive member) whose globals use a
// section starting with inner_unikernel/, the wrapper runs llvm-dis, the
// entry pass (irpass.Run, in process, inputs in parallel) and llvm-as, then
// runs the real linker driver with the original arguments, the rewritten
// files substituted (an archive is copied with its members replaced and
// its symbol table rebuilt by llvm-ar; @response files are rewritten
// too). rustup's rustc (≥ 1.90, Linux targets) passes -fuse-ld=lld and
// -B…/gcc-ld, so rust-lld performs the link-time optimization. When the
// inputs hold bitcode and no -fuse-ld= chooses a linker (Debian's rustc
// 1.63; -C linker-flavor=gcc for x86_64-unknown-none), the wrapper adds
// -fuse-ld=lld and a -B directory whose ld.lld is the one of the bitcode's
// LLVM (ld.lld-N on PATH or /usr/lib/llvm-N/bin), since cc's default GNU
// ld stops at bitcode ("file format not recognized"); if a chosen linker
// fails on bitcode, it says to use lld. Other inputs are passed on
// untouched. Without program objects the wrapper only runs the linker,
// and says so on stderr: the crates that reach a linker are bin and
// cdylib (rlib and staticlib are never linked), and a static of an
// inner_unikernel/ section must be #[used] to survive -O.
//
// The LLVM tools must have the major version of the LLVM that wrote the
// bitcode (read from the bitcode's identification block, e.g.
// "LLVM22.1.2-rust-1.95.0-stable"): llvm-dis-N on PATH, /usr/lib/llvm-N/bin,
// or llvm-dis on PATH if its version matches.
//
// After a successful link whose output is an ELF file with program entry
// points, the wrapper runs the stack analysis of iu-entry stack (package
// elfstack) on it: an entry whose worst-case stack exceeds the budget is
// an error that fails the link and removes the output; an entry without a
// static bound (recursion, calls through pointers) is a warning. The
// frame sizes come from .stack_sizes sections, which the LTO in rust-lld
// writes with -C link-arg=-Wl,-mllvm,-stack-size-section; an output
// without them is not checked, and a note says so.
//
// Environment:
//
//	IU_ENTRY_LINKER    the linker driver to run (default cc; may hold arguments)
//	IU_ENTRY_LLVM_BIN  the only directory to take llvm-dis, llvm-as and llvm-ar
//	                   (or llvm-dis-N, …) from
//	IU_ENTRY_VERBOSE=1 print every command run and every program found to
//	                   stderr (rustc shows a successful linker's stderr only
//	                   with -W linker-messages), and each entry's stack
//	IU_ENTRY_STACK_BUDGET=N|off
//	                   the stack budget in bytes (default 8192, iu.ko's
//	                   stack_budget), or no stack check
//
// The wrapper fails, without linking, when:
//
//   - an ELF object (a file or an archive member) has an inner_unikernel/
//     section: it was compiled to machine code, so its programs cannot get
//     entry points; the message says to add -C linker-plugin-lto;
//   - rustc passed plain ld arguments (-C linker-flavor=ld, or a link to
//     the binary whose name ends in "-ld");
//   - no LLVM tools of the bitcode's version are found: the message names
//     the version and the package (apt-get install llvm-N); the same for
//     ld.lld when the wrapper has to choose the linker (lld-N);
//   - the pass rejects a program object: its diagnostics are printed as
//     they are, in the form file:line:col: error: …, where file is the
//     bitcode input's path (archive(member) for archive members) plus
//     ".ll", and the line is that of llvm-dis's output, which is quoted.
//
// Temporary files live in one directory under $TMPDIR, removed on success,
// failure and interruption. The rewritten modules carry no ThinLTO summary
// (the original's would not list the new entry points), so the linker's
// LTO optimizes them as regular LTO modules.
package linkwrap
