#!/bin/bash
# build-progs.sh ROUTE OUT: build e2e/rust/progs.rs (the sample programs of
# testdata/rust/progs), iu_rt and what they need of core into one
# relocatable object OUT/progs.o that Kbuild links into a module
# (build-module.sh). Every route builds kernel code the way a user must
# (README.md, "Building a Rust program"): target x86_64-unknown-none with
# the kernel flags of scripts/rust-kernel-toolchain and a core built for it.
#
#   ROUTE lto   rustc-web 1.96 (LLVM 22), -C linker-plugin-lto through
#               bin/iu-entry-cc: the wrapper adds the entry points, ld.lld-22
#               does the LTO and a relocatable link (-r --gc-sections)
#   ROUTE ir    rustc-web 1.96 --emit=llvm-ir, bin/iu-entry, llc-22,
#               ld.lld-22 -r --gc-sections with iu_rt's rlib and the kernel
#               sysroot's core and compiler_builtins
#   ROUTE ir14  the same with Debian's rustc 1.63 (LLVM 14, typed pointers),
#               llc-14 and ld.lld-14
#
# The compiler is scripts/rust-kernel-toolchain's (which fetches and builds
# it the first time). Writes OUT/entries.txt (what iu-entry or the wrapper
# reported) and OUT/build.log. Environment: IU_ENTRY (default
# bin/iu-entry).
set -euo pipefail
route=$1 out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
IU_ENTRY=${IU_ENTRY:-$root/bin/iu-entry}
case $route in
lto | ir) tc=1.96 ;;
ir14) tc=1.63 ;;
*) echo "build-progs.sh: unknown route $route" >&2; exit 1 ;;
esac
tcs=$root/scripts/rust-kernel-toolchain
rustc=$("$tcs" "$tc")
sysroot=$("$tcs" "$tc" --print sysroot)
L=$("$tcs" "$tc" --print llvm)
read -r -a kflags <<<"$("$tcs" "$tc" --print flags)"

rm -rf "$out"
mkdir -p "$out/rt"
out=$(cd "$out" && pwd)
log=$out/build.log
: >"$log"
common=(--edition 2021 -O -C codegen-units=1 -C debuginfo=0 "${kflags[@]}"
	--remap-path-prefix="$root=.")
# run CMD...: log the command and its output; show the output on failure,
# and the warnings (other than 1.63's about the retpoline features it passes
# on to LLVM) always.
run() {
	printf '+ %s\n' "$*" >>"$log"
	local o
	if ! o=$("$@" 2>&1); then
		printf '%s\n' "$o" | tee -a "$log" >&2
		echo "build-progs.sh: $route: failed: $*" >&2
		return 1
	fi
	printf '%s\n' "$o" >>"$log"
	grep -E '^(warning|error)' <<<"$o" |
		grep -vE 'unknown feature specified for `-Ctarget-feature`|warnings? emitted|linker stderr' >&2 || true
}

klib=$sysroot/lib/rustlib/x86_64-unknown-none/lib
case $route in
lto)
	# iu_rt as bitcode too, so LTO sees through its calls.
	run "$rustc" "${common[@]}" -C linker-plugin-lto --crate-type rlib \
		--crate-name iu_rt -C metadata=iu_rt --out-dir "$out/rt" "$root/testdata/rust/iu_rt/lib.rs"
	# A bin crate (#![no_main]) linked with -r: one relocatable object.
	# linker-flavor=gcc: x86_64-unknown-none would call ld.lld directly;
	# the wrapper takes a C compiler driver's arguments. gcc then runs
	# ld.lld-22 (-fuse-ld=lld -B), whose LTO matches rustc-web's LLVM;
	# -mllvm -stack-size-section gives the LTO'd code .stack_sizes too.
	run env IU_ENTRY_VERBOSE=1 "$rustc" "${common[@]}" -C linker-plugin-lto \
		-C linker-flavor=gcc -C linker="$root/bin/iu-entry-cc" \
		-C link-arg=-fuse-ld=lld -C link-arg=-B"$L" -W linker-messages \
		--crate-type bin --crate-name iu_e2e_progs \
		--extern iu_rt="$out/rt/libiu_rt.rlib" -L "$out/rt" \
		-C link-arg=-r -C link-arg=-nostartfiles -C link-arg=-Wl,--gc-sections \
		-C link-arg=-Wl,-mllvm,-stack-size-section \
		-o "$out/progs.o" "$here/rust/progs.rs"
	grep -o 'entry [a-z_0-9]* in section [^ ]*' "$log" | sort >"$out/entries.txt" || true
	;;
ir | ir14)
	# No bitcode in the rlib's objects: they go into the module as they are.
	run "$rustc" "${common[@]}" -C embed-bitcode=no --crate-type rlib \
		--crate-name iu_rt -C metadata=iu_rt --out-dir "$out/rt" "$root/testdata/rust/iu_rt/lib.rs"
	run "$rustc" "${common[@]}" --crate-type staticlib --crate-name iu_e2e_progs \
		--extern iu_rt="$out/rt/libiu_rt.rlib" -L "$out/rt" \
		--emit=llvm-ir -o "$out/progs.ll" "$here/rust/progs.rs"
	"$IU_ENTRY" --report -o "$out/progs.entry.ll" "$out/progs.ll" 2>"$out/entries.txt"
	# The IR carries the target and features; the relocation model is
	# llc's to choose, and must be static. The code model is in the IR too
	# (module flag "Code Model"), but llc-14 ignores it: without
	# -code-model=kernel its addresses get R_X86_64_32 relocations, which
	# overflow at module addresses.
	run "$L/llc" -O2 -filetype=obj -relocation-model=static -code-model=kernel -stack-size-section \
		-o "$out/progs.crate.o" "$out/progs.entry.ll"
	# keep-nokprobe.ld: LLVM 14's rustc does not mark iu_rt's #[used]
	# _kprobe_blacklist section SHF_GNU_RETAIN; --gc-sections would drop it.
	run "$L/ld.lld" -r --gc-sections -T "$root/scripts/keep-nokprobe.ld" -o "$out/progs.o" "$out/progs.crate.o" \
		--start-group "$out/rt/libiu_rt.rlib" "$klib"/libcore-*.rlib "$klib"/libcompiler_builtins-*.rlib --end-group
	;;
esac
echo "build-progs.sh: $route: $out/progs.o"
