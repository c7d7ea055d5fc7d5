#!/bin/sh
# select.sh SRC : regenerate the vendored peer corpus from a copy SRC of
# llvm/test/{Assembler,Bitcode,Verifier} of llvm/llvm-project (with its
# MANIFEST.tsv: path, commit, chars; and LICENSE.TXT): keep the .ll files
# that llvm-as-22 accepts, minus those in EXCLUDE, with their manifest rows.
set -eu
src=${1:?usage: select.sh SRC}
here=$(cd "$(dirname "$0")" && pwd)
as=${IU_LLVM22:-/usr/lib/llvm-22/bin}/llvm-as
# Files whose copy was partly reconstructed, not copied verbatim.
EXCLUDE='llvm/test/Assembler/2007-05-21-Escape.ll
llvm/test/Bitcode/compatibility.ll
llvm/test/Bitcode/compatibility-4.0.ll
llvm/test/Bitcode/compatibility-5.0.ll
llvm/test/Bitcode/compatibility-6.0.ll'
rm -rf "$here/llvm"
: > "$here/MANIFEST.tsv"
cp "$src/LICENSE.TXT" "$here/LICENSE.TXT"
n=0 kept=0
while IFS='	' read -r path commit chars; do
	case $path in *.ll) ;; *) continue ;; esac
	n=$((n + 1))
	if printf '%s\n' "$EXCLUDE" | grep -qx "$path"; then continue; fi
	timeout 20 "$as" -o /dev/null "$src/$path" 2>/dev/null || continue # (one Verifier test makes llvm-as loop)
	mkdir -p "$here/$(dirname "$path")"
	cp "$src/$path" "$here/$path"
	printf '%s\t%s\t%s\n' "$path" "$commit" "$chars" >> "$here/MANIFEST.tsv"
	kept=$((kept + 1))
done < "$src/MANIFEST.tsv"
echo "select.sh: $kept of $n files kept (accepted by llvm-as-22, not excluded)"
