# e2e/e2e.mk - included by the top-level Makefile (-include e2e/e2e.mk).
#
#   make e2e        build the Rust samples three ways (E2E_ROUTES) into
#                   three kernel modules, boot Debian's kernel under qemu
#                   (TCG) with iu.ko and all three, drive kprobe/tracepoint
#                   hits, and fail on any missing or failed IU-E2E check, or
#                   on an oops/BUG/WARNING/panic in the console log
#   make e2e-clean  remove e2e/build
#
# Routes (the two IR dialects iu-entry supports, both built for the kernel
# target x86_64-unknown-none with a core built for it by
# scripts/rust-kernel-toolchain; build-progs.sh has the command lines):
#   lto   rustc-web 1.96 (LLVM 22) through bin/iu-entry-cc and ld.lld-22
#   ir    rustc-web 1.96 (LLVM 22, opaque pointers): --emit=llvm-ir,
#         bin/iu-entry, llc-22, ld.lld-22 -r
#   ir14  Debian's rustc 1.63 (LLVM 14, typed pointers): --emit=llvm-ir,
#         bin/iu-entry, llc-14, ld.lld-14 -r
#
# Build products go to e2e/build/ (git-ignored). The details are in the
# header comments of e2e/scripts/{build-progs,build-module,check-object,
# run-qemu,check-console,check-tools}.sh, e2e/module/iu_e2e_glue.c and
# e2e/qemu/route.sh (run by kernel/harness).

E2E_DIR      := $(CURDIR)/e2e
E2E_BUILD    := $(E2E_DIR)/build
E2E_SCRIPTS  := $(E2E_DIR)/scripts
E2E_ROUTES   := lto ir ir14
# qemu, the kernel image and headers, busybox, cpio: the boot; lld-22,
# llvm-22, lld-14, llvm-14: linking and the object checks; gcc, make,
# libc6-dev: Kbuild, e2e_trig and check-object's self-test. The Rust
# compilers are scripts/rust-kernel-toolchain's (run by check-tools.sh),
# which installs what it needs itself.
E2E_PACKAGES := qemu-system-x86 linux-image-amd64 linux-headers-amd64 \
		busybox-static cpio lld-22 llvm-22 llvm-14 lld-14 gcc make libc6-dev

.PHONY: e2e e2e-clean

# kernel (kernel/kernel.mk) builds kernel/build/iu/iu.ko and its
# Module.symvers, which the e2e modules are built against.
e2e: build kernel
	@$(ENSURE) $(E2E_PACKAGES)
	@set -e; start=$$(date +%s); \
	rc=0; LLVM22=$(LLVM22) LLVM14=$(LLVM14) $(E2E_SCRIPTS)/check-tools.sh $(E2E_ROUTES) || rc=$$?; \
	if [ $$rc = 77 ]; then echo "e2e: skipped"; exit 0; elif [ $$rc != 0 ]; then exit 1; fi; \
	mkdir -p $(E2E_BUILD); \
	LLVM22=$(LLVM22) $(E2E_SCRIPTS)/check-object.sh --selftest; \
	for r in $(E2E_ROUTES); do \
		echo "e2e: $$r: building the Rust programs"; \
		IU_ENTRY=$(IU_ENTRY) $(E2E_SCRIPTS)/build-progs.sh $$r $(E2E_BUILD)/$$r; \
		echo "e2e: $$r: building iu_e2e_$$r.ko"; \
		KDIR=$(K_KDIR_SH) LLVM22=$(LLVM22) $(E2E_SCRIPTS)/build-module.sh $$r $(E2E_BUILD)/$$r; \
	done; \
	echo "e2e: built in $$(($$(date +%s) - start)) s"; \
	$(E2E_SCRIPTS)/run-qemu.sh $(E2E_BUILD) $(E2E_ROUTES); \
	echo "e2e: passed in $$(($$(date +%s) - start)) s"

e2e-clean:
	rm -rf $(E2E_BUILD)

TEST_TARGETS += e2e
