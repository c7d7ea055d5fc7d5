#!/bin/bash
# build-progs.sh ROUTE OUT: build e2e/rust/progs.rs (the sample programs of
# testdata/rust/progs, iu_rt and what they need of libcore) with rustup
# stable and kernel codegen flags into one relocatable object OUT/progs.o
# that Kbuild links into a module (as progs_<ROUTE>.o_shipped).
#
#   ROUTE lto  rustc -C linker-plugin-lto -C linker=bin/iu-entry-cc: the
#              wrapper adds the entry points and rust-lld does LTO and a
#              relocatable link (-r --gc-sections)
#   ROUTE ir   rustc --emit=llvm-ir, bin/iu-entry, llc-22, ld.lld-22 -r
#              --gc-sections with iu_rt's rlib and the sysroot's libcore
#
# Then, for both: scripts/kreloc.py relaxes libcore's GOT relocations and
# checks every relocation is one the module loader takes. Environment:
# IU_ENTRY (default bin/iu-entry), LLVM22 (default /usr/lib/llvm-22/bin),
# RUSTC (default "rustup run stable rustc").
set -euo pipefail
route=$1 out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
IU_ENTRY=${IU_ENTRY:-$root/bin/iu-entry}
LLVM22=${LLVM22:-/usr/lib/llvm-22/bin}
read -r -a RUSTC <<<"${RUSTC:-rustup run stable rustc}"

mkdir -p "$out/rt"
out=$(cd "$out" && pwd)
# Kernel codegen (testdata/testdata.mk); rustc 1.95 warns about sse2 and
# soft-float but passes them to LLVM. Those warnings are filtered below.
kflags=(-C code-model=kernel -C relocation-model=static -C no-redzone=yes
	-C force-frame-pointers=yes -C target-feature=-sse,-sse2,-mmx,+soft-float)
common=(--edition 2021 -C panic=abort -C codegen-units=1 -O -C debuginfo=0
	"${kflags[@]}" --remap-path-prefix="$root=.")
quiet() { # run, show diagnostics other than the known target-feature warnings
	local log=$out/rustc.log
	if ! "$@" >"$log" 2>&1; then cat "$log" >&2; return 1; fi
	grep -E '^(warning|error)' "$log" | grep -vE 'target feature|unstable feature|warnings emitted|linker stderr' >&2 || true
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
		-C link-arg=-Wl,--strip-debug -o "$out/progs.linked.o" "$here/rust/progs.rs"
	grep -o 'entry [a-z_0-9]* in section [^ ]*' "$out/rustc.log" | sort >"$out/entries.txt" || true
	;;
ir)
	quiet "${RUSTC[@]}" "${common[@]}" --crate-type rlib \
		--crate-name iu_rt -C metadata=iu_rt --out-dir "$out/rt" "$root/testdata/rust/iu_rt/lib.rs"
	quiet "${RUSTC[@]}" "${common[@]}" --crate-type staticlib --crate-name iu_e2e_progs \
		--extern iu_rt="$out/rt/libiu_rt.rlib" -L "$out/rt" \
		--emit=llvm-ir -o "$out/progs.ll" "$here/rust/progs.rs"
	"$IU_ENTRY" --report -o "$out/progs.entry.ll" "$out/progs.ll" >"$out/entries.txt" 2>&1
	"$LLVM22/llc" -O2 -filetype=obj -code-model=kernel -relocation-model=static \
		-o "$out/progs.crate.o" "$out/progs.entry.ll"
	"$LLVM22/ld.lld" -r --gc-sections --strip-debug -o "$out/progs.linked.o" "$out/progs.crate.o" \
		--start-group "$out/rt/libiu_rt.rlib" "$lib"/libcore-*.rlib "$lib"/libcompiler_builtins-*.rlib --end-group
	;;
*) echo "build-progs.sh: unknown route $route" >&2; exit 1 ;;
esac
"$LLVM22/llvm-objcopy" --remove-section=.llvmbc --remove-section=.llvmcmd \
	"$out/progs.linked.o" "$out/progs.o"
"${PYTHON:-/usr/bin/python3}" "$here/scripts/kreloc.py" "$out/progs.o"
