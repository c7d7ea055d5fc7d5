# testdata/testdata.mk: the rustc-emitted IR corpus and the link tests.
# Included by the top-level Makefile (which sets ENSURE, IU_LLVM22, IU_LLVM14,
# IU_ENTRY, BIN). Nothing here is added to TEST_TARGETS: the Go test suite
# runs testdata/link/link-test.sh itself.
#
#   make testdata-ll     regenerate testdata/ll/ (and testdata/demo/hello.ll)
#                        from testdata/rust/, then check every file with the
#                        matching llvm-as and llc -filetype=obj
#   make testdata-link   build iu-entry, run link-test.sh llvm22 and llvm14
#
# Sources: testdata/rust/iu_rt/lib.rs (runtime double), testdata/rust/progs/
# (one crate per program file), testdata/rust/build-ir.sh (the rustc command
# lines; see there). Corpus layout: testdata/ll/<dialect>/<crate>.<mode>.ll
#   llvm22/   rustup stable (1.95, LLVM 22, opaque ptr): O, O0g, Olib
#   nightly/  rustup nightly (LLVM 22), -C symbol-mangling-version=v0: O
#   llvm14/   Debian rustc 1.63 (LLVM 14, typed pointers): O, O0g
# Modes: O = -O, O0g = -C opt-level=0 -g, both as staticlib (objects
# internal); Olib = -O as crate-type lib (objects external). hello_noused
# (no #[used]) only exists at O0g. The rlib of iu_rt and all build products
# go to $(BIN)/testdata (git-ignored); only the .ll files are committed.
#
# Kernel code. The corpus and the link tests use user-space codegen (they
# are run as ordinary executables, with each rustc's own sysroot). Programs
# for a kernel are built for x86_64-unknown-none with the flags and the core
# of scripts/rust-kernel-toolchain (README.md, "Building a Rust program";
# e2e/ does it for all three routes).

TD_DIR      := testdata
TD_LL       := $(TD_DIR)/ll
TD_BUILD    := $(BIN)/testdata
TD_BUILD_IR := $(TD_DIR)/rust/build-ir.sh
TD_PACKAGES := llvm-22 llvm-14 rustc gcc binutils

# dialect:mode pairs of the corpus
TD_CORPUS := llvm22:O llvm22:O0g llvm22:Olib nightly:O llvm14:O llvm14:O0g

.PHONY: testdata-ll testdata-ll-check testdata-link

testdata-ll:
	@$(ENSURE) $(TD_PACKAGES)
	rm -rf $(TD_BUILD)/ll
	set -e; for dm in $(TD_CORPUS); do \
		d=$${dm%%:*}; m=$${dm##*:}; \
		extra=; \
		if [ $$d:$$m = nightly:O ]; then extra="hello multi kprobe_count"; fi; \
		if [ $$d:$$m = llvm22:Olib ]; then extra="hello multi"; fi; \
		IU_PROGS="$$extra" $(TD_BUILD_IR) $$d $$m $(TD_BUILD)/ll/$$d; \
	done
	rm -rf $(TD_LL)/llvm22 $(TD_LL)/nightly $(TD_LL)/llvm14
	set -e; for d in llvm22 nightly llvm14; do \
		mkdir -p $(TD_LL)/$$d; cp $(TD_BUILD)/ll/$$d/*.ll $(TD_LL)/$$d/; \
	done
	mkdir -p $(TD_DIR)/demo
	cp $(TD_LL)/llvm22/hello.O.ll $(TD_DIR)/demo/hello.ll
	$(MAKE) --no-print-directory testdata-ll-check

# Every corpus file must be accepted by its own LLVM's llvm-as and llc.
testdata-ll-check:
	@$(ENSURE) llvm-22 llvm-14
	@set -e; n=0; for f in $(TD_LL)/*/*.ll $(TD_DIR)/demo/hello.ll; do \
		case $$f in */llvm14/*) L=$(IU_LLVM14);; *) L=$(IU_LLVM22);; esac; \
		$$L/llvm-as -o /dev/null $$f || { echo "llvm-as rejects $$f"; exit 1; }; \
		$$L/llc -filetype=obj -o /dev/null $$f || { echo "llc rejects $$f"; exit 1; }; \
		n=$$((n+1)); \
	done; echo "testdata-ll-check: $$n files accepted by llvm-as and llc"

testdata-link: build
	@$(ENSURE) $(TD_PACKAGES)
	IU_ENTRY=$(IU_ENTRY) IU_LLVM22=$(IU_LLVM22) IU_LLVM14=$(IU_LLVM14) $(TD_DIR)/link/link-test.sh llvm22
	IU_ENTRY=$(IU_ENTRY) IU_LLVM22=$(IU_LLVM22) IU_LLVM14=$(IU_LLVM14) $(TD_DIR)/link/link-test.sh llvm14

# C program objects compiled by each Debian clang (issue 12, case 11):
# testdata/c/prog.c -> testdata/ll/clangN/prog.ll. The Go tests check each
# output with that clang's LLVM (golden_clang.txtar), so `make test`
# installs those LLVMs; CI=true fails the test when one is missing.
# The packages are spelled out, so that a search for one finds them.
TD_CLANG_LLVMS := llvm-13 llvm-15 llvm-16 llvm-19 llvm-22
TD_CLANGS      := clang-13 clang-15 clang-16 clang-19 clang-22
GO_TEST_PACKAGES += $(TD_CLANG_LLVMS)

.PHONY: testdata-c
testdata-c:
	@$(ENSURE) $(TD_CLANGS) $(TD_CLANG_LLVMS)
	$(TD_DIR)/c/build.sh
