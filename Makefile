# iu-entry: top-level build. `make demo` and `make test` are the two commands
# the README promises work on a fresh Debian bookworm machine; every target
# installs the Debian packages it needs through scripts/ensure-packages.
#
# Each area keeps its own rules in a fragment (kernel/kernel.mk,
# testdata/testdata.mk, bench/bench.mk, e2e/e2e.mk) and adds its targets to TEST_TARGETS
# and BENCH_TARGETS, so `make test` runs everything without this file
# naming each check.

SHELL        := /bin/bash
GO           ?= go
ENSURE       := $(CURDIR)/scripts/ensure-packages
BIN          := $(CURDIR)/bin
IU_ENTRY     := $(BIN)/iu-entry
LLVM22       ?= /usr/lib/llvm-22/bin
LLVM14       ?= /usr/lib/llvm-14/bin
# Go test packages that need outside tools (llc, rustc) find them here.
export IU_LLVM22 := $(LLVM22)
export IU_LLVM14 := $(LLVM14)

# The packages the Go tests need: both LLVMs to check every golden output,
# Debian's rustc (LLVM 14) beside rustup's for the link tests, a C compiler,
# clang-22 (linkwrap's rsp script runs it as the linker driver), lld-14
# (the wrapper links 1.63's bitcode with it), lld-22 and lld-14 (the
# README's recipes, readme_test.go).
GO_TEST_PACKAGES := llvm-22 llvm-14 rustc gcc binutils clang-22 lld-22 lld-14

TEST_TARGETS  := test-go
BENCH_TARGETS := bench-go

.PHONY: all build demo test test-go bench bench-go deps-go rust-kernel-toolchains fmt vet clean
all: build

# bin/iu-entry-cc is the same binary; under that name it is the linker for
# rustc -C linker= (see linkwrap). Built without cgo: pflag imports net,
# which with cgo makes the binary dynamically linked, and loading libc
# through ld.so cost 1.2 ms of every run (a third of a 1 MB module's).
build:
	CGO_ENABLED=0 $(GO) build -o $(IU_ENTRY) ./cmd/iu-entry
	ln -sf iu-entry $(BIN)/iu-entry-cc

DEMO_INPUT := testdata/demo/hello.ll
demo: build
	@echo '== iu-entry --report $(DEMO_INPUT)'
	$(IU_ENTRY) --report -o $(BIN)/demo.out.ll $(DEMO_INPUT)
	@echo; echo '== what iu-entry appended (diff input output):'
	@diff $(DEMO_INPUT) $(BIN)/demo.out.ll || true
	@$(ENSURE) llvm-22
	@$(LLVM22)/llc -filetype=obj -o $(BIN)/demo.o $(BIN)/demo.out.ll
	@echo; echo '== llc-22 compiled it; the entry in the object:'
	@$(LLVM22)/llvm-objdump -t $(BIN)/demo.o | grep -E 'iu_prog1|objtracepoint|sys_enter_dup'

deps-go:
	@$(ENSURE) $(GO_TEST_PACKAGES)

# The Rust compilers for the kernel target and their core (downloaded and
# built the first time, about a minute; then cached in ~/.cache/iu-entry).
# The README's recipes (readme_test.go) and make e2e use them. Without
# them (no network the first time) those tests skip, or with CI=true fail.
rust-kernel-toolchains:
	@for tc in 1.96 1.63; do \
		$(CURDIR)/scripts/rust-kernel-toolchain $$tc >/dev/null || [ "$$CI" != true ] || exit 1; \
	done

vet:
	$(GO) vet ./...

test-go: deps-go rust-kernel-toolchains vet
	$(GO) test -count=1 ./...

bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./...

-include testdata/testdata.mk
-include kernel/kernel.mk
-include bench/bench.mk
-include e2e/e2e.mk

test: $(TEST_TARGETS)
	@echo "make test: all of $(TEST_TARGETS) passed"

bench: $(BENCH_TARGETS)

fmt:
	gofmt -l -w $$(git ls-files '*.go')

clean:
	rm -rf $(BIN)
