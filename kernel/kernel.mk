# kernel/kernel.mk - included by the top-level Makefile.
#
#   make kernel        build kernel/build/iu/iu.ko (KDIR=... to override)
#   make kernel-unit   user-space unit test of the dispatcher
#   make kernel-test   boot Debian's kernel in qemu (TCG) and run the self-test
#                      groups and the kprobe test through kernel/harness
#   make kernel-bench  dispatcher overhead against a direct indirect call

K_DIR       := $(CURDIR)/kernel
K_BUILD     := $(K_DIR)/build
K_SCRIPTS   := $(K_DIR)/scripts
K_MOD_SRC   := iu.h iu_frame.h iu_internal.h iu_dispatch.S iu_helper.S iu_core.c \
	       iu_watchdog.c iu_stack.c iu_asm_offsets.c iu_module.c Kbuild
K_PACKAGES  := linux-image-amd64 linux-headers-amd64 gcc make binutils sparse
# Must stay untraceable (no __fentry__, in _kprobe_blacklist): the dispatcher
# and everything a panic runs before it returns to the dispatcher's caller.
K_NOTRACE   := iu_dispatcher_func iu_panic_trampoline iu_unwind_frame \
	       iu_landingpad iu_landingpad_prepare iu_frame_foreign \
	       iu_cleanup_all iu_run_entries iu_run_leaked \
	       iu_cleanup_register iu_cleanup_unregister \
	       iu_timeout_trampoline iu_timeout_stop iu_frame_teardown \
	       iu_helper_enter iu_helper_exit iu_helper_stop_now iu_stop_decide \
	       iu_nmi iu_redirect_nmi iu_is_program_code iu_now_ns \
	       iu_stack_overflow iu_overflow_stop iu_overflow_foreign \
	       iu_stack_room iu_stack_bounds
K_QEMU_PACKAGES := qemu-system-x86 linux-image-amd64 linux-headers-amd64 \
		   busybox-static cpio gcc make libc6-dev python3
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
	KDIR=$$(cat $(K_KDIR_STAMP)) $(K_SCRIPTS)/build-module.sh $(K_BUILD)/iu C=1
	$(K_SCRIPTS)/check-notrace.sh $@ $(K_NOTRACE)
	@n=$$($(K_SCRIPTS)/count-normal-path.sh $(K_BUILD)/iu/iu_dispatch.o iu_dispatcher_func); \
	[ $$n -le $(K_BUDGET_INSNS) ] || { echo "kernel: iu_dispatcher_func's normal path has $$n instructions, over its budget of $(K_BUDGET_INSNS)"; exit 1; }
	@echo "kernel: built $@ (no objtool warnings, panic path untraceable)"

K_UNIT := $(K_BUILD)/unit
K_UNIT_SRC := test/unit_main.c test/unit_dispatch.c test/unit_cleanup.c \
	      test/unit_context.c test/unit_timeout.c test/unit_stack.c iu_core.c \
	      test/shim/iu_shim_kernel.c
kernel-unit:
	@$(ENSURE) gcc make python3
	$(K_DIR)/harness/check-test.sh
	@mkdir -p $(K_UNIT)
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_UNIT)/iu_dispatch.o iu_dispatch.S
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_UNIT)/iu_helper.o iu_helper.S
	cd $(K_DIR) && gcc -c -o $(K_UNIT)/progs.o test/iu_unit_progs.S
	cd $(K_DIR) && gcc -O2 -g -Wall -Werror -no-pie -Wl,-z,noexecstack -Itest/shim -I. \
		-o $(K_UNIT)/iu_unit $(K_UNIT_SRC) $(K_UNIT)/iu_dispatch.o \
		$(K_UNIT)/iu_helper.o $(K_UNIT)/progs.o
	$(K_UNIT)/iu_unit

# kernel-test: one boot (kernel/harness/run.sh) running these tests in
# order; each is a guest script and its expected results (qemu/*.expect).
K_Q := $(K_DIR)/qemu
K_TESTS := load=$(K_Q)/load.sh \
	   notrace=$(K_Q)/group.sh:$(K_Q)/notrace.expect \
	   context=$(K_Q)/group.sh:$(K_Q)/context.expect \
	   stack=$(K_Q)/stack.sh \
	   stack_param=$(K_Q)/stack_param.sh \
	   cleanup=$(K_Q)/group.sh:$(K_Q)/cleanup.expect \
	   dispatch=$(K_Q)/group.sh:$(K_Q)/dispatch.expect \
	   timeout=$(K_Q)/timeout.sh \
	   timeout_param=$(K_Q)/timeout_param.sh \
	   stop_latency=$(K_Q)/stop_latency.sh \
	   hotplug=$(K_Q)/hotplug.sh \
	   idle=$(K_Q)/idle.sh \
	   kprobe=$(K_Q)/kprobe.sh \
	   unload=$(K_Q)/unload.sh
kernel-test: kernel
	@$(ENSURE) $(K_QEMU_PACKAGES)
	@rm -rf $(K_BUILD)/selftest
	@mkdir -p $(K_BUILD)/selftest $(K_BUILD)/qemu
	cp -p $(K_DIR)/selftest/* $(K_BUILD)/selftest/
	KDIR=$(K_KDIR_SH) $(K_SCRIPTS)/build-module.sh $(K_BUILD)/selftest C=1 \
		KBUILD_EXTRA_SYMBOLS=$(K_BUILD)/iu/Module.symvers
	gcc -static -O2 -Wall -o $(K_BUILD)/qemu/getpid $(K_Q)/getpid.c
	$(K_DIR)/harness/run.sh -o $(K_BUILD)/qemu -t 600 \
		-f $(K_BUILD)/iu/iu.ko -f $(K_BUILD)/selftest/iu_selftest.ko \
		-f $(K_BUILD)/qemu/getpid $(K_TESTS)

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
	cd $(K_DIR) && gcc -c -D__ASSEMBLY__ -Itest/shim -I. -o $(K_BUILD)/bench/iu_helper.o iu_helper.S
	cd $(K_DIR) && gcc -O2 -Wall -no-pie -Wl,-z,noexecstack -Itest/shim -I. -o $(K_BUILD)/bench/iu_bench \
		bench/iu_bench.c iu_core.c test/shim/iu_shim_kernel.c \
		$(K_BUILD)/bench/iu_dispatch.o $(K_BUILD)/bench/iu_helper.o \
		$(K_BUILD)/bench/iu_dispatch_v0.o
	$(K_BUILD)/bench/iu_bench
	@n=$$($(K_SCRIPTS)/count-normal-path.sh $(K_BUILD)/iu/iu_dispatch.o iu_dispatcher_func); \
	echo "normal path in iu.ko: iu_dispatcher_func executes $$n instructions (entry to RET, the call of the program included)"; \
	echo "  before issues 9-11: $(K_BASELINE_INSNS); now: $$n (+$$((n - $(K_BASELINE_INSNS)))); budget: $(K_BUDGET_INSNS)"; \
	[ $$n -le $(K_BUDGET_INSNS) ] || { echo "kernel-bench: FAIL the normal path exceeds its budget"; exit 1; }; \
	e=$$($(K_SCRIPTS)/count-normal-path.sh $(K_BUILD)/iu/iu_helper.o iu_helper_enter); \
	x=$$($(K_SCRIPTS)/count-normal-path.sh $(K_BUILD)/iu/iu_helper.o iu_helper_exit); \
	echo "helper bracket: iu_helper_enter $$e + iu_helper_exit $$x instructions, RETs included ($$((e + x - 2)) without; budget 4)"
BENCH_TARGETS += kernel-bench
