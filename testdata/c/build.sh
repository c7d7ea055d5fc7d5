#!/bin/sh
# build.sh: compile prog.c with each Debian clang into testdata/ll/clangN/prog.ll
# (make testdata-c runs it; the packages are installed by the target).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for v in 13 15 16 19 22; do
	out=$here/../ll/clang$v
	mkdir -p "$out"
	/usr/lib/llvm-$v/bin/clang --target=x86_64-unknown-linux-gnu -O2 -S -emit-llvm \
		-fno-ident -fno-stack-protector -o "$out/prog.ll" "$here/prog.c"
	# The file name clang records differs from one checkout to another.
	sed -i -e 's|^; ModuleID = .*|; ModuleID = '"'"'prog.c'"'"'|' -e 's|^source_filename = .*|source_filename = "prog.c"|' "$out/prog.ll"
done
