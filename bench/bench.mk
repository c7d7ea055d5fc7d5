# bench/bench.mk: benchmarks and differential fuzzing of iu-entry on large
# generated rustc-shaped modules (bench/modgen). Included by the top Makefile.
#
#   make bench-modules                         # 1MB 10MB 100MB 1GB, both dialects
#   make bench-modules BENCH_SIZES='1MB 10MB'  # quicker
#   make bench-difffuzz DIFFFUZZ_DURATION=30m  # longer fuzzing run

BENCH_SIZES       ?= 1MB 10MB 100MB 1GB
BENCH_DIALECTS    ?= opaque typed
DIFFFUZZ_DURATION ?= 60s
DIFFFUZZ_SEED     ?= 0
DIFFFUZZ_CORPUS   ?= $(CURDIR)/bench/difffuzz/corpus

.PHONY: bench-modules bench-difffuzz

bench-modules: build
	@$(ENSURE) llvm-22 llvm-14 time
	$(GO) run ./bench/cmd/runbench -iu-entry $(IU_ENTRY) -llvm22 $(IU_LLVM22) -llvm14 $(IU_LLVM14) \
		-sizes '$(BENCH_SIZES)' -dialects '$(BENCH_DIALECTS)' -o bench/results.md

bench-difffuzz: build
	@$(ENSURE) llvm-22 llvm-14
	$(GO) run ./bench/difffuzz -iu-entry $(IU_ENTRY) -llvm22 $(IU_LLVM22) -llvm14 $(IU_LLVM14) \
		-duration $(DIFFFUZZ_DURATION) -seed $(DIFFFUZZ_SEED) -corpus $(DIFFFUZZ_CORPUS)

BENCH_TARGETS += bench-modules bench-difffuzz
