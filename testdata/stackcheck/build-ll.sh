#!/bin/bash
# build-ll.sh: regenerates testdata/stackcheck/ll/ from the crates in
# testdata/stackcheck/rust (the IR the golden test stack_rustc.txtar and
# the end-to-end test of irpass/stackcheck read), with the rustc of each
# dialect as testdata/rust/build-ir.sh runs it:
#   ll/llvm22/  rustup stable (LLVM 22, opaque pointers)
#   ll/llvm14/  Debian's rustc 1.63 (LLVM 14, typed pointers)
# each at -O and at -C opt-level=0 -g, then checks every file with the
# llvm-as and llc of its LLVM. Build products go to bin/stackcheck-ll.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
tmp=bin/stackcheck-ll
rm -rf "$tmp"
for d in llvm22 llvm14; do
	for m in O O0g; do
		IU_PROGS_DIR=testdata/stackcheck/rust IU_PROGS="stack_progs stack_selfrt" \
			testdata/rust/build-ir.sh "$d" "$m" "$tmp/$d"
	done
	rm -rf "$here/ll/$d"
	mkdir -p "$here/ll/$d"
	cp "$tmp/$d"/*.ll "$here/ll/$d/"
	llvm=/usr/lib/llvm-${d#llvm}/bin
	for f in "$here/ll/$d"/*.ll; do
		"$llvm/llvm-as" -o /dev/null "$f"
		"$llvm/llc" -filetype=obj -o /dev/null "$f"
	done
done
echo "build-ll.sh: $(ls "$here"/ll/*/*.ll | wc -l) modules in $here/ll"
