#!/bin/bash
# build-module.sh ROUTE BUILD: Kbuild iu_e2e_<ROUTE>.ko in BUILD/mod from
# e2e/module and BUILD/progs.o, against $KDIR and kernel/build/iu's
# Module.symvers, through kernel/scripts/build-module.sh (which fails on
# objtool warnings); modpost warnings (e.g. an undefined symbol) fail too.
# Then checks with llvm-objdump that every entry sits in its program section,
# and with check-object.sh that neither the Rust object nor the module has
# an x87/MMX/SSE/AVX instruction or a relocation the module loader refuses.
set -euo pipefail
route=$1 b=$2
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
LLVM22=${LLVM22:-/usr/lib/llvm-22/bin}
: "${KDIR:?}"
m=$b/mod
rm -rf "$m"
mkdir -p "$m"
cp "$here"/module/Kbuild "$here"/module/*.c "$here"/module/*.h "$m/"
# .stack_sizes (kept in progs.o for `iu-entry stack`) is not loaded, and
# modpost warns about any non-allocated section it does not know.
"$LLVM22/llvm-objcopy" --remove-section=.stack_sizes --remove-section=.rela.stack_sizes \
	"$b/progs.o" "$m/progs.rel"
# iu_deep_chain's static worst case, from the object as linked, for the
# glue's comparison with the stack it measures (`iu-entry stack` prints
# "FILE: ENTRY: N bytes: path"; other entries' warnings go nowhere here).
IU_ENTRY=${IU_ENTRY:-$root/bin/iu-entry}
static=$("$IU_ENTRY" stack "$b/progs.o" 2>/dev/null | sed -n 's/^.*: iu_deep_chain: \([0-9]*\) bytes: .*/\1/p')
if [ -z "$static" ]; then
	echo "IU-E2E $route.deep_chain_stack_static FAIL iu-entry stack gave no bound for iu_deep_chain"
	exit 1
fi
"$root/kernel/scripts/build-module.sh" "$m" IU_E2E_ROUTE="$route" IU_E2E_INC="$root/kernel" \
	KBUILD_EXTRA_SYMBOLS="$root/kernel/build/iu/Module.symvers" IU_E2E_DEEP_CHAIN_STATIC="$static"
if grep -E "WARNING|warning:" "$m/build.log"; then
	echo "e2e: $route: the module build warned (above; full log $m/build.log)" >&2
	exit 1
fi
ko=$m/iu_e2e_$route.ko
# Entry -> section, as the program objects declare them.
fail=0
while read -r entry section; do
	got=$("$LLVM22/llvm-objdump" -t "$ko" | awk -v e="$entry" '$NF == e && / F / {print $(NF-2)}')
	if [ "$got" = "$section" ]; then
		echo "IU-E2E $route.ko_entry_$entry PASS in section $section"
	else
		echo "IU-E2E $route.ko_entry_$entry FAIL in section '${got:-none}', want $section"
		fail=1
	fi
done <<'LIST'
iu_prog1 tracepoint/syscalls/sys_enter_dup
iu_oob_panic tracepoint/syscalls/sys_enter_dup
iu_kprobe_count kprobe/__x64_sys_getpid
iu_cleanup kprobe/__x64_sys_close
iu_multi_tp tracepoint/syscalls/sys_enter_write
iu_multi_tp2 tp/sched/sched_switch
iu_multi_kp_a kprobe/do_sys_open
iu_multi_kp_b kprobe/do_sys_close
iu_multi_tc tc
iu_multi_xdp xdp
iu_xdp_pass xdp
iu_sched_cls classifier
iu_perf_event perf_event
LIST
# The Rust object as built, and the module as loaded.
"$here/scripts/check-object.sh" "$route.progs_o" "$b/progs.o" || fail=1
"$here/scripts/check-object.sh" "$route.ko" "$ko" || fail=1
exit $fail
