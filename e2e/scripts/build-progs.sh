#!/bin/bash
# build-progs.sh ROUTE OUT: build e2e/rust/progs.rs (the sample programs of
# testdata/rust/progs, iu_rt and what they need of libcore) with kernel
# codegen flags into one relocatable object OUT/progs.o that Kbuild links
# into a module (build-module.sh).
#
#   ROUTE lto   rustup stable (LLVM 22), rustc -C linker-plugin-lto
#               -C linker=bin/iu-entry-cc: the wrapper adds the entry points
#               and rust-lld does LTO and a relocatable link (-r --gc-sections)
#   ROUTE ir    rustup stable (LLVM 22, opaque pointers): rustc
#               --emit=llvm-ir, bin/iu-entry, llc-22, ld.lld-22 -r
#               --gc-sections with iu_rt's rlib and the sysroot's libcore
#   ROUTE ir14  the same with Debian's rustc 1.63 (/usr/bin/rustc, LLVM 14,
#               typed pointers), llc-14 and ld.lld-14, and that rustc's
#               sysroot (/usr/lib/rustlib) libcore
#
# The ir routes differ only in the rustc and the LLVM bin directory ($L).
# Then, for all: llvm-objcopy-22 drops bitcode, DWARF and an empty group, and
# scripts/kreloc.py relaxes libcore's GOT relocations and checks every
# relocation is one the module loader takes; OUT/sysroot.syms lists the
# symbols of the sysroot's libcore and compiler_builtins. Environment: IU_ENTRY (default
# bin/iu-entry), LLVM22 (default /usr/lib/llvm-22/bin), LLVM14 (default
# /usr/lib/llvm-14/bin), RUSTC (lto and ir; default "rustup run stable
# rustc"), RUSTC14 (ir14; default /usr/bin/rustc).
set -euo pipefail
route=$1 out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
IU_ENTRY=${IU_ENTRY:-$root/bin/iu-entry}
LLVM22=${LLVM22:-/usr/lib/llvm-22/bin}
LLVM14=${LLVM14:-/usr/lib/llvm-14/bin}
case $route in
ir14) read -r -a RUSTC <<<"${RUSTC14:-/usr/bin/rustc}"; L=$LLVM14 ;;
*) read -r -a RUSTC <<<"${RUSTC:-rustup run stable rustc}"; L=$LLVM22 ;;
esac

mkdir -p "$out/rt"
out=$(cd "$out" && pwd)
# Kernel codegen (testdata/testdata.mk), the same flags for every route:
# rustc 1.95 warns about mmx, sse2 and soft-float, rustc 1.63 calls mmx and
# soft-float "unknown"; both pass all four to LLVM. Those warnings are
# filtered below.
kflags=(-C code-model=kernel -C relocation-model=static -C no-redzone=yes
	-C force-frame-pointers=yes -C target-feature=-sse,-sse2,-mmx,+soft-float)
common=(--edition 2021 -C panic=abort -C codegen-units=1 -O -C debuginfo=0
	"${kflags[@]}" --remap-path-prefix="$root=.")
quiet() { # run, show diagnostics other than the known target-feature warnings
	local log=$out/rustc.log
	if ! "$@" >"$log" 2>&1; then cat "$log" >&2; return 1; fi
	grep -E '^(warning|error)' "$log" | grep -vE 'target feature|unstable feature|unknown feature specified for `-Ctarget-feature`|warnings emitted|linker stderr' >&2 || true
}

sysroot=$("${RUSTC[@]}" --print sysroot)
lib=$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/lib
case $route in
lto)
	quiet "${RUSTC[@]}" "${common[@]}" -C linker-plugin-lto --crate-type rlib \
		--crate-name iu_rt -C metadata=iu_rt --out-dir "$out/rt" "$root/testdata/rust/iu_rt/lib.rs"
	# -r: a relocatable object, not an executable (no_main: no start
	# files); --gc-sections keeps what the entries (SHF_GNU_RETAIN) reach.
	quiet env IU_ENTRY_VERBOSE=1 "${RUSTC[@]}" "${common[@]}" -C linker-plugin-lto \
		-C linker="$root/bin/iu-entry-cc" -W linker-messages \
		--crate-type bin --crate-name iu_e2e_progs \
		--extern iu_rt="$out/rt/libiu_rt.rlib" -L "$out/rt" \
		-C link-arg=-r -C link-arg=-nostartfiles -C link-arg=-Wl,--gc-sections \
		-o "$out/progs.linked.o" "$here/rust/progs.rs"
	grep -o 'entry [a-z_0-9]* in section [^ ]*' "$out/rustc.log" | sort >"$out/entries.txt" || true
	;;
ir | ir14)
	quiet "${RUSTC[@]}" "${common[@]}" --crate-type rlib \
		--crate-name iu_rt -C metadata=iu_rt --out-dir "$out/rt" "$root/testdata/rust/iu_rt/lib.rs"
	quiet "${RUSTC[@]}" "${common[@]}" --crate-type staticlib --crate-name iu_e2e_progs \
		--extern iu_rt="$out/rt/libiu_rt.rlib" -L "$out/rt" \
		--emit=llvm-ir -o "$out/progs.ll" "$here/rust/progs.rs"
	"$IU_ENTRY" --report -o "$out/progs.entry.ll" "$out/progs.ll" >"$out/entries.txt" 2>&1
	"$L/llc" -O2 -filetype=obj -code-model=kernel -relocation-model=static \
		-o "$out/progs.crate.o" "$out/progs.entry.ll"
	"$L/ld.lld" -r --gc-sections -o "$out/progs.linked.o" "$out/progs.crate.o" \
		--start-group "$out/rt/libiu_rt.rlib" "$lib"/libcore-*.rlib "$lib"/libcompiler_builtins-*.rlib --end-group
	;;
*) echo "build-progs.sh: unknown route $route" >&2; exit 1 ;;
esac
# llvm-objcopy-22 for every route: besides dropping bitcode it drops the
# empty COMDAT group ld.lld -r leaves when --gc-sections removed its members
# (libcore's DW.ref.rust_eh_personality); GNU ld (Kbuild) rejects such an
# object ("file format not recognized"), and llvm-objcopy-14 keeps the
# group. --strip-debug here, since ld.lld ignores it together with -r:
# Debian's libcore carries DWARF (6 MB of the ir14 link; rustup's has none).
"$LLVM22/llvm-objcopy" --strip-debug --remove-section=.llvmbc --remove-section=.llvmcmd \
	"$out/progs.linked.o" "$out/progs.o"
"${PYTHON:-/usr/bin/python3}" "$here/scripts/kreloc.py" "$out/progs.o"
# The functions of the sysroot's libcore and compiler_builtins (built with
# SSE), for build-module.sh's check that no other function uses SSE. By
# symbol, since 1.63's legacy mangling does not name the crate of a generic
# instance (<&T as core::fmt::Display>::fmt may be libcore's or iu_rt's).
"$LLVM22/llvm-nm" --defined-only --format=just-symbols "$lib"/libcore-*.rlib \
	"$lib"/libcompiler_builtins-*.rlib 2>/dev/null | LC_ALL=C sort -u >"$out/sysroot.syms"
