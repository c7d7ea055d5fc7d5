#!/bin/bash
# build-ir.sh DIALECT MODE OUTDIR [-- EXTRA RUSTC FLAGS...]
#
# Builds testdata/rust/iu_rt (rlib) and every program crate in
# testdata/rust/progs with the rustc of DIALECT, and writes each program
# crate's textual LLVM IR to OUTDIR/<name>.<MODE>.ll. The rlib goes to
# OUTDIR/rt-<MODE>/libiu_rt.rlib, the rustc's sysroot path to OUTDIR/sysroot
# (build products: OUTDIR should be under bin/ or a temp dir). Used by `make testdata-ll` (corpus) and by
# testdata/link/link-test.sh (fresh builds).
#
#   DIALECT  llvm22   rustup stable   (LLVM 22, opaque pointers)
#            nightly  rustup nightly  (LLVM 22, v0 symbol mangling)
#            llvm14   Debian rustc 1.63 (/usr/bin/rustc, LLVM 14, typed pointers)
#   MODE     O        -O                    (program crates as staticlib)
#            O0g      -C opt-level=0 -g     (program crates as staticlib)
#            Olib     -O                    (program crates as lib: the
#                     #[used] statics then have external linkage)
#   A staticlib's IR has the program objects `internal`, as a final
#   artifact would; --emit=llvm-ir writes only the crate's own module.
#
# Environment: IU_RUSTC overrides the rustc (a command, may have words);
# IU_PROGS limits the program crates (names without .rs); IU_PROGS_DIR is
# where they are (default testdata/rust/progs); IU_EMIT replaces
# the program crates' --emit (default llvm-ir; e.g. llvm-ir,obj).
#
# Exit status: 0 built; 77 the dialect's rustc is missing (the caller decides
# whether that is a skip or a failure); 1 anything else.
set -euo pipefail

if [ $# -lt 3 ]; then
	echo "usage: $0 DIALECT O|O0g OUTDIR [-- RUSTC FLAGS...]" >&2
	exit 1
fi
dialect=$1 mode=$2 out=$3
shift 3
[ "${1:-}" = "--" ] && shift
extra=("$@")

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# Which rustc, and which LLVM major it must report.
rustc_for() {
	case $1 in
	llvm22)
		if command -v rustup >/dev/null 2>&1; then echo "rustup run stable rustc"
		elif [ -x "$HOME/.cargo/bin/rustc" ]; then echo "$HOME/.cargo/bin/rustc"
		fi ;;
	nightly)
		if command -v rustup >/dev/null 2>&1; then echo "rustup run nightly rustc"; fi ;;
	llvm14) [ -x /usr/bin/rustc ] && echo /usr/bin/rustc ;;
	esac
}
case $dialect in
llvm22 | nightly) want_llvm=22 ;;
llvm14) want_llvm=14 ;;
*) echo "build-ir.sh: unknown dialect $dialect" >&2; exit 1 ;;
esac
rustc_cmd=${IU_RUSTC:-$(rustc_for "$dialect" || true)}
if [ -z "$rustc_cmd" ]; then
	echo "build-ir.sh: no rustc for dialect $dialect (need rustup's stable/nightly toolchain, or Debian's rustc for llvm14)" >&2
	exit 77
fi
read -r -a RUSTC <<<"$rustc_cmd"
if ! vv=$("${RUSTC[@]}" -vV 2>&1); then
	echo "build-ir.sh: '$rustc_cmd -vV' failed: $vv" >&2
	exit 77
fi
llvm=$(sed -n 's/^LLVM version: \([0-9]*\).*/\1/p' <<<"$vv")
if [ "$llvm" != "$want_llvm" ]; then
	echo "build-ir.sh: '$rustc_cmd' uses LLVM '$llvm', dialect $dialect needs LLVM $want_llvm" >&2
	exit 77
fi

case $mode in
O) opt=(-O) ctype=staticlib ;;
O0g) opt=(-C opt-level=0 -g) ctype=staticlib ;;
Olib) opt=(-O) ctype=lib ;;
*) echo "build-ir.sh: unknown mode $mode" >&2; exit 1 ;;
esac
mangle=()
[ "$dialect" = nightly ] && mangle=(-C symbol-mangling-version=v0)

mkdir -p "$out"
out=$(cd "$out" && pwd)
rt=$out/rt-$mode
mkdir -p "$rt"
# For linkers of the result: the sysroot holding libcore/compiler_builtins.
"${RUSTC[@]}" --print sysroot >"$out/sysroot"

# Common flags: user-space codegen (the link test runs the result), panic
# abort (no unwinding in the kernel), one codegen unit so the IR is one
# module, fixed -C metadata so symbol hashes do not depend on the build
# directory, and source paths remapped so no absolute path of this checkout
# (or of the temp dir) ends up in debug info or panic messages.
common=(--edition 2021 -C panic=abort -C codegen-units=1 "${opt[@]}" "${mangle[@]}"
	--remap-path-prefix="$root=." --remap-path-prefix="$out=/iu-build")

cd "$root"
"${RUSTC[@]}" "${common[@]}" "${extra[@]}" --crate-type rlib --crate-name iu_rt \
	-C metadata=iu_rt --out-dir "$rt" testdata/rust/iu_rt/lib.rs

progs_dir=${IU_PROGS_DIR:-testdata/rust/progs}
if [ -n "${IU_PROGS:-}" ]; then
	read -r -a progs <<<"$IU_PROGS"
else
	progs=()
	for f in "$progs_dir"/*.rs; do
		n=$(basename "$f" .rs)
		# hello_noused has no #[used]: at -O its program would be deleted.
		if [ "$n" = hello_noused ] && [ "$mode" != O0g ]; then continue; fi
		progs+=("$n")
	done
fi
for n in "${progs[@]}"; do
	"${RUSTC[@]}" "${common[@]}" "${extra[@]}" --crate-type "$ctype" --crate-name "$n" \
		-C metadata="$n" --extern iu_rt="$rt/libiu_rt.rlib" -L "$rt" \
		--emit="${IU_EMIT:-llvm-ir}" -o "$out/$n.$mode.ll" "$progs_dir/$n.rs"
	echo "build-ir.sh: $dialect $out/$n.$mode.ll"
done
