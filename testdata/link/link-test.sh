#!/bin/bash
# link-test.sh DIALECT : end-to-end test of iu-entry on IR it has never seen.
#
#   DIALECT  llvm22  rustup stable rustc + /usr/lib/llvm-22 (opaque pointers)
#            llvm14  Debian rustc 1.63   + /usr/lib/llvm-14 (typed pointers)
#
# For each of -O and -C opt-level=0 -g it builds testdata/rust/iu_rt and every
# program crate fresh in a temp dir (testdata/rust/build-ir.sh), runs
#   "$IU_ENTRY" prog.ll -o prog.entry.ll
# compiles each result with that LLVM's llc -filetype=obj, links the objects
# with testdata/link/harness.c, iu_rt's rlib and the sysroot's libcore and
# libcompiler_builtins into an executable (-no-pie: llc's default relocation
# model is static), and runs it: the harness calls every entry point by name
# and checks what it returns, that panics reach iu_landingpad and that
# cleanups run exactly once.
#
# Environment:
#   IU_ENTRY     the iu-entry binary (required unless IU_SIMULATE=1)
#   IU_LLVM22, IU_LLVM14   LLVM bin dirs (default /usr/lib/llvm-NN/bin)
#   IU_SIMULATE=1  skip iu-entry: the program crates are built with
#                --cfg iu_simulate, which writes by hand in Rust the entry
#                points iu-entry would add (checks the harness and the link)
#   IU_KEEP=1    keep the temp dir
#   CC           C compiler (default cc)
# Exit: 0 pass; 1 failure (or a missing tool when CI=true); 77 skipped
# because a tool (rustc, llc, cc, iu-entry) is missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dialect=${1:-}
CC=${CC:-cc}

missing() {
	echo "link-test $dialect: $*" >&2
	if [ "${CI:-}" = true ]; then
		echo "link-test $dialect: FAIL (CI=true: a missing tool is a failure)" >&2
		exit 1
	fi
	echo "link-test $dialect: SKIP" >&2
	exit 77
}

case $dialect in
llvm22) llvm=${IU_LLVM22:-/usr/lib/llvm-22/bin} ;;
llvm14) llvm=${IU_LLVM14:-/usr/lib/llvm-14/bin} ;;
*) echo "usage: $0 llvm22|llvm14" >&2; exit 1 ;;
esac
[ -x "$llvm/llc" ] || missing "no $llvm/llc (install the Debian package llvm-${dialect#llvm})"
command -v "$CC" >/dev/null 2>&1 || missing "no C compiler '$CC' (install gcc)"
simulate=${IU_SIMULATE:-0}
if [ "$simulate" != 1 ]; then
	[ -n "${IU_ENTRY:-}" ] || missing "IU_ENTRY is not set (path of the iu-entry binary)"
	[ -x "$IU_ENTRY" ] || missing "IU_ENTRY=$IU_ENTRY is not an executable"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iu-link-$dialect.XXXXXX")
if [ "${IU_KEEP:-}" = 1 ]; then
	echo "link-test $dialect: keeping $tmp"
else
	trap 'rm -rf "$tmp"' EXIT
fi

status=0
for mode in O O0g; do
	w=$tmp/$mode
	mkdir -p "$w"
	flags=()
	[ "$simulate" = 1 ] && flags=(--cfg iu_simulate)
	rc=0
	"$root/testdata/rust/build-ir.sh" "$dialect" "$mode" "$w" -- "${flags[@]}" >"$w/build.log" 2>&1 || rc=$?
	if [ $rc = 77 ]; then
		cat "$w/build.log" >&2
		missing "no rustc for $dialect"
	elif [ $rc != 0 ]; then
		cat "$w/build.log" >&2
		echo "link-test $dialect $mode: FAIL: building the crates" >&2
		exit 1
	fi

	objs=()
	for ll in "$w"/*."$mode".ll; do
		n=$(basename "$ll" ".$mode.ll")
		in=$ll
		if [ "$simulate" != 1 ]; then
			in=$w/$n.entry.ll
			if ! "$IU_ENTRY" "$ll" -o "$in" 2>"$w/$n.iu-entry.log"; then
				cat "$w/$n.iu-entry.log" >&2
				echo "link-test $dialect $mode: FAIL: iu-entry $n.$mode.ll" >&2
				status=1
				continue
			fi
		fi
		if ! "$llvm/llc" -filetype=obj -o "$w/$n.o" "$in"; then
			echo "link-test $dialect $mode: FAIL: llc $(basename "$in")" >&2
			status=1
			continue
		fi
		objs+=("$w/$n.o")
	done
	[ $status = 0 ] || continue

	sysroot=$(cat "$w/sysroot")
	lib=$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/lib
	core=$(ls "$lib"/libcore-*.rlib 2>/dev/null | head -1)
	builtins=$(ls "$lib"/libcompiler_builtins-*.rlib 2>/dev/null | head -1)
	[ -n "$core" ] && [ -n "$builtins" ] || missing "no libcore/libcompiler_builtins rlib in $lib"
	if ! "$CC" -no-pie -o "$w/harness" "$here/harness.c" "${objs[@]}" \
		"$w/rt-$mode/libiu_rt.rlib" "$core" "$builtins" 2>"$w/link.log"; then
		cat "$w/link.log" >&2
		echo "link-test $dialect $mode: FAIL: link" >&2
		status=1
		continue
	fi
	args=()
	[ "$mode" = O0g ] && args=(--with-noused)
	# The pass's run-time stack checks (before recursive and indirect
	# calls): with them the harness runs the recursion bomb.
	if [ "$simulate" != 1 ] && grep -q 'iu_stack_overflow' "$w/recursion.entry.ll"; then
		args+=(--stack-checks)
	fi
	echo "== link-test $dialect $mode$([ "$simulate" = 1 ] && echo ' (simulated entries)')"
	if ! "$w/harness" "${args[@]}"; then
		echo "link-test $dialect $mode: FAIL" >&2
		status=1
	fi
done
if [ $status = 0 ]; then
	echo "link-test $dialect: PASS"
fi
exit $status
