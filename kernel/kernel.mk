# kernel/kernel.mk - included by the top-level Makefile.
#
#   make kernel        build kernel/build/iu/iu.ko (KDIR=... to override)
#   make kernel-unit   user-space unit test of the dispatcher
#   make kernel-test   boot Debian's kernel in qemu (TCG) and run the self-test
#   make kernel-bench  dispatcher overhead against a direct indirect call

K_DIR       := $(CURDIR)/kernel
K_BUILD     := $(K_DIR)/build
K_SCRIPTS   := $(K_DIR)/scripts
K_MOD_SRC   := iu.h iu_frame.h iu_dispatch.S iu_core.c Kbuild
K_PACKAGES  := linux-image-amd64 linux-headers-amd64 gcc make
K_QEMU_PACKAGES := qemu-system-x86 linux-image-amd64 linux-headers-amd64 \
		   busybox-static cpio gcc make libc6-dev
# Evaluated in the recipes' shell, after ensure-packages has run.
K_KDIR_SH   := $${KDIR:-/lib/modules/$$($(K_SCRIPTS)/kver.sh)/build}

.PHONY: kernel kernel-unit kernel-test kernel-bench kernel-clean FORCE

# iu.ko is rebuilt when one of its sources, the build script or the kernel
# it is built for changes. That kernel (KDIR, or the newest installed
# headers) is written to K_KDIR_STAMP on every run, but only when it
# differs, so an unchanged one leaves iu.ko up to date.
K_IU_KO      := $(K_BUILD)/iu/iu.ko
K_KDIR_STAMP := $(K_BUILD)/kdir

kernel: $(K_IU_KO)

$(K_KDIR_STAMP): FORCE
	@$(ENSURE) $(K_PACKAGES)
	@mkdir -p $(K_BUILD)
	@k=$(K_KDIR_SH); [ "$$(cat $@ 2>/dev/null)" = "$$k" ] || echo "$$k" >$@

$(K_IU_KO): $(addprefix $(K_DIR)/,$(K_MOD_SRC)) $(K_SCRIPTS)/build-module.sh $(K_KDIR_STAMP)
	@rm -rf $(K_BUILD)/iu
	@mkdir -p $(K_BUILD)/iu
	@cd $(K_DIR) && cp -p $(K_MOD_SRC) $(K_BUILD)/iu/
	KDIR=$$(cat $(K_KDIR_STAMP)) $(K_SCRIPTS)/build-module.sh $(K_BUILD)/iu
	@echo "kernel: built $@ (no objtool warnings)"

K_UNIT := $(K_BUILD)/unit
kernel-unit:
	@$(ENSURE) gcc make
	@mkdir -p $(K_UNIT)
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_UNIT)/iu_dispatch.o iu_dispatch.S
	cd $(K_DIR) && gcc -c -o $(K_UNIT)/progs.o test/iu_unit_progs.S
	cd $(K_DIR) && gcc -O2 -g -Wall -Werror -no-pie -Wl,-z,noexecstack -Itest/shim -I. \
		-o $(K_UNIT)/iu_unit test/iu_unit.c iu_core.c $(K_UNIT)/iu_dispatch.o $(K_UNIT)/progs.o
	$(K_UNIT)/iu_unit

kernel-test: kernel
	@$(ENSURE) $(K_QEMU_PACKAGES)
	@mkdir -p $(K_BUILD)/selftest
	cp -p $(K_DIR)/selftest/* $(K_BUILD)/selftest/
	KDIR=$(K_KDIR_SH) $(K_SCRIPTS)/build-module.sh $(K_BUILD)/selftest \
		KBUILD_EXTRA_SYMBOLS=$(K_BUILD)/iu/Module.symvers
	$(K_SCRIPTS)/kernel-test.sh $(K_BUILD)

kernel-clean:
	rm -rf $(K_BUILD)

TEST_TARGETS += kernel-unit kernel-test

# Benchmark: user-space timing plus the instruction count of the normal
# path, read from the disassembly of the kernel object (entry to first RET,
# minus the call of the program itself).
kernel-bench: kernel
	@$(ENSURE) gcc make binutils
	@mkdir -p $(K_BUILD)/bench
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_BUILD)/bench/iu_dispatch.o iu_dispatch.S
	cd $(K_DIR) && gcc -O2 -Wall -no-pie -Wl,-z,noexecstack -Itest/shim -I. -o $(K_BUILD)/bench/iu_bench \
		bench/iu_bench.c iu_core.c $(K_BUILD)/bench/iu_dispatch.o
	$(K_BUILD)/bench/iu_bench
	@objdump -dr --no-show-raw-insn $(K_BUILD)/iu/iu_dispatch.o | \
		awk '/<iu_dispatcher_func>:/ {on = 1; next} \
		     on && /^ +[0-9a-f]+:/ {n++} \
		     on && /__x86_return_thunk|\tret/ {print "normal path in iu.ko: the dispatcher executes " n \
			" instructions (entry to RET, its call of the program included) on top of a direct call"; exit}'
BENCH_TARGETS += kernel-bench
