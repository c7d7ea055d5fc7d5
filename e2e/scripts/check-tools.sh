#!/bin/bash
# check-tools.sh ROUTE...: make the compilers of `make e2e`'s routes ready
# and check every tool is there.
#   every route  bin/iu-entry (make build), LLVM 22's llvm-objdump and
#                llvm-readelf (build-module.sh, check-object.sh), gcc
#   lto          rustc-web 1.96 with its kernel sysroot (LLVM 22),
#                bin/iu-entry-cc, ld.lld-22
#   ir           rustc-web 1.96 with its kernel sysroot, llc-22, ld.lld-22
#   ir14         Debian's rustc 1.63 with its kernel sysroot (LLVM 14),
#                llc-14, ld.lld-14
# The compilers come from scripts/rust-kernel-toolchain, run here: the first
# time it downloads and unpacks the Debian packages and builds core for
# x86_64-unknown-none (about a minute per toolchain), later it finds them in
# its cache. The Debian packages of the other tools are installed by
# scripts/ensure-packages (E2E_PACKAGES) before this runs. Exit 0 all
# present; 77 something missing (skip); 1 missing with CI=true (a missing
# tool is a failure there).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
LLVM22=${LLVM22:-/usr/lib/llvm-22/bin}
LLVM14=${LLVM14:-/usr/lib/llvm-14/bin}
miss=()
need_x() { [ -x "$1" ] || miss+=("$1 ($2)"); }
# need_toolchain TC LLVM-MAJOR: rust-kernel-toolchain TC works and gives a
# rustc of that LLVM.
declare -A done_tc
need_toolchain() {
	[ -n "${done_tc[$1]:-}" ] && return
	done_tc[$1]=1
	local rustc vv
	if ! rustc=$("$root/scripts/rust-kernel-toolchain" "$1"); then
		miss+=("the Rust $1 kernel toolchain (scripts/rust-kernel-toolchain $1 failed, above)")
	elif ! vv=$("$rustc" -vV 2>&1); then
		miss+=("a working $rustc ($vv)")
	elif ! grep -q "^LLVM version: $2\." <<<"$vv"; then
		miss+=("$rustc with LLVM $2 (got: $(tail -1 <<<"$vv"))")
	fi
}
need_x "$root/bin/iu-entry" "make build"
for t in llvm-objdump llvm-readelf; do need_x "$LLVM22/$t" "package llvm-22"; done
command -v gcc >/dev/null || miss+=("gcc (package gcc)")
for r in "$@"; do
	case $r in
	lto)
		need_toolchain 1.96 22
		need_x "$root/bin/iu-entry-cc" "make build"
		need_x "$LLVM22/ld.lld" "package lld-22"
		;;
	ir)
		need_toolchain 1.96 22
		need_x "$LLVM22/llc" "package llvm-22"
		need_x "$LLVM22/ld.lld" "package lld-22"
		;;
	ir14)
		need_toolchain 1.63 14
		need_x "$LLVM14/llc" "package llvm-14"
		need_x "$LLVM14/ld.lld" "package lld-14"
		;;
	*) echo "check-tools.sh: unknown route '$r' (known: lto ir ir14)" >&2; exit 1 ;;
	esac
done
[ ${#miss[@]} = 0 ] && exit 0
list=$(printf '%s; ' "${miss[@]}")
if [ "${CI:-}" = true ]; then
	echo "IU-E2E tools FAIL missing: ${list%; } (CI=true: a missing tool is a failure)" >&2
	exit 1
fi
echo "IU-E2E tools SKIP missing: ${list%; }" >&2
exit 77
