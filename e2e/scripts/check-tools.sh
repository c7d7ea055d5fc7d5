#!/bin/bash
# check-tools.sh ROUTE...: are the tools of `make e2e`'s routes there?
#   every route  bin/iu-entry (make build), LLVM 22's llvm-objcopy,
#                llvm-nm, llvm-objdump (build-progs.sh, build-module.sh)
#   lto          rustup's stable rustc with LLVM 22, bin/iu-entry-cc
#   ir           rustup's stable rustc with LLVM 22, llc-22, ld.lld-22
#   ir14         Debian's rustc 1.63 with LLVM 14 ($RUSTC14, default
#                /usr/bin/rustc) and its sysroot's libcore, llc-14,
#                ld.lld-14
# The Debian packages among them are installed by scripts/ensure-packages
# before this runs; this also catches a rustc of the wrong LLVM (a newer
# Debian's rustc would not emit typed pointers). Exit 0 all present; 77
# something missing (skip); 1 missing with CI=true (a missing tool is a
# failure there). Environment: RUSTC, RUSTC14, LLVM22, LLVM14 as for
# build-progs.sh.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
LLVM22=${LLVM22:-/usr/lib/llvm-22/bin}
LLVM14=${LLVM14:-/usr/lib/llvm-14/bin}
miss=()
need_x() { [ -x "$1" ] || miss+=("$1 ($2)"); }
# need_rustc CMD LLVM-MAJOR WHAT: CMD -vV works and reports that LLVM.
need_rustc() {
	local vv
	if ! vv=$($1 -vV 2>/dev/null); then
		miss+=("$3")
	elif ! grep -q "^LLVM version: $2\." <<<"$vv"; then
		miss+=("$3 with LLVM $2 (got: $1 $(sed -n 's/^release: //p' <<<"$vv"), $(tail -1 <<<"$vv"))")
	fi
}
need_x "$root/bin/iu-entry" "make build"
for t in llvm-objcopy llvm-nm llvm-objdump; do need_x "$LLVM22/$t" "package llvm-22"; done
stable=0
for r in "$@"; do
	case $r in
	lto | ir)
		[ $stable = 1 ] || need_rustc "${RUSTC:-rustup run stable rustc}" 22 \
			"rustup's stable rustc (rustup toolchain install stable)"
		stable=1
		if [ "$r" = lto ]; then
			need_x "$root/bin/iu-entry-cc" "make build"
		else
			need_x "$LLVM22/llc" "package llvm-22"
			need_x "$LLVM22/ld.lld" "package lld-22"
		fi
		;;
	ir14)
		rustc14=${RUSTC14:-/usr/bin/rustc}
		need_rustc "$rustc14" 14 "Debian's rustc 1.63 at $rustc14 (package rustc)"
		sysroot=$($rustc14 --print sysroot 2>/dev/null) &&
			compgen -G "$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/lib/libcore-*.rlib" >/dev/null ||
			miss+=("libcore of $rustc14 (package libstd-rust-dev)")
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
