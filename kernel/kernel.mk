# kernel/kernel.mk - included by the top-level Makefile.
#
#   make kernel        build kernel/build/iu/iu.ko (KDIR=... to override)
#   make kernel-unit   user-space unit test of the dispatcher
#   make kernel-test   boot Debian's kernel in qemu (TCG) and run the self-test
#   make kernel-bench  dispatcher overhead against a direct indirect call

K_DIR       := $(CURDIR)/kernel
K_BUILD     := $(K_DIR)/build
K_SCRIPTS   := $(K_DIR)/scripts
K_MOD_SRC   := iu.h iu_frame.h iu_internal.h iu_dispatch.S iu_core.c iu_module.c Kbuild
K_PACKAGES  := linux-image-amd64 linux-headers-amd64 gcc make binutils
# Must stay untraceable (no __fentry__, in _kprobe_blacklist): the dispatcher
# and everything a panic runs before it returns to the dispatcher's caller.
K_NOTRACE   := iu_dispatcher_func iu_panic_trampoline iu_unwind_frame \
	       iu_landingpad iu_landingpad_prepare iu_frame_foreign \
	       iu_cleanup_all iu_run_entries iu_run_leaked \
	       iu_cleanup_register iu_cleanup_unregister
K_QEMU_PACKAGES := qemu-system-x86 linux-image-amd64 linux-headers-amd64 \
		   busybox-static cpio gcc make libc6-dev
# Instructions on iu_dispatcher_func's normal path: before issues 9-11, and
# the budget the build enforces (issue 9: +4, 10: +6, 11: +6).
K_BASELINE_INSNS := 28
K_BUDGET_INSNS   := 44
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

$(K_IU_KO): $(addprefix $(K_DIR)/,$(K_MOD_SRC)) $(K_SCRIPTS)/build-module.sh \
	    $(K_SCRIPTS)/check-notrace.sh $(K_SCRIPTS)/count-normal-path.sh $(K_KDIR_STAMP)
	@rm -rf $(K_BUILD)/iu
	@mkdir -p $(K_BUILD)/iu
	@cd $(K_DIR) && cp -p $(K_MOD_SRC) $(K_BUILD)/iu/
	KDIR=$$(cat $(K_KDIR_STAMP)) $(K_SCRIPTS)/build-module.sh $(K_BUILD)/iu
	$(K_SCRIPTS)/check-notrace.sh $@ $(K_NOTRACE)
	@n=$$($(K_SCRIPTS)/count-normal-path.sh $(K_BUILD)/iu/iu_dispatch.o iu_dispatcher_func); \
	[ $$n -le $(K_BUDGET_INSNS) ] || { echo "kernel: iu_dispatcher_func's normal path has $$n instructions, over its budget of $(K_BUDGET_INSNS)"; exit 1; }
	@echo "kernel: built $@ (no objtool warnings, panic path untraceable)"

K_UNIT := $(K_BUILD)/unit
K_UNIT_SRC := test/unit_main.c test/unit_dispatch.c test/unit_cleanup.c \
	      test/unit_context.c iu_core.c test/shim/iu_shim_kernel.c
kernel-unit:
	@$(ENSURE) gcc make
	@mkdir -p $(K_UNIT)
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_UNIT)/iu_dispatch.o iu_dispatch.S
	cd $(K_DIR) && gcc -c -o $(K_UNIT)/progs.o test/iu_unit_progs.S
	cd $(K_DIR) && gcc -O2 -g -Wall -Werror -no-pie -Wl,-z,noexecstack -Itest/shim -I. \
		-o $(K_UNIT)/iu_unit $(K_UNIT_SRC) $(K_UNIT)/iu_dispatch.o $(K_UNIT)/progs.o
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

# Benchmark: user-space timing of the dispatcher against a direct call and
# against the dispatcher before issues 9-11 (bench/iu_dispatch_v0.S), and
# the instruction count of the normal path in the kernel object.
kernel-bench: kernel
	@$(ENSURE) gcc make binutils
	@mkdir -p $(K_BUILD)/bench
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_BUILD)/bench/iu_dispatch.o iu_dispatch.S
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_BUILD)/bench/iu_dispatch_v0.o bench/iu_dispatch_v0.S
	cd $(K_DIR) && gcc -O2 -Wall -no-pie -Wl,-z,noexecstack -Itest/shim -I. -o $(K_BUILD)/bench/iu_bench \
		bench/iu_bench.c iu_core.c test/shim/iu_shim_kernel.c \
		$(K_BUILD)/bench/iu_dispatch.o $(K_BUILD)/bench/iu_dispatch_v0.o
	$(K_BUILD)/bench/iu_bench
	@n=$$($(K_SCRIPTS)/count-normal-path.sh $(K_BUILD)/iu/iu_dispatch.o iu_dispatcher_func); \
	echo "normal path in iu.ko: iu_dispatcher_func executes $$n instructions (entry to RET, the call of the program included)"; \
	echo "  before issues 9-11: $(K_BASELINE_INSNS); now: $$n (+$$((n - $(K_BASELINE_INSNS)))); budget: $(K_BUDGET_INSNS)"; \
	[ $$n -le $(K_BUDGET_INSNS) ] || { echo "kernel-bench: FAIL the normal path exceeds its budget"; exit 1; }
BENCH_TARGETS += kernel-bench
