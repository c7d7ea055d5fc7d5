#!/bin/sh
# select.sh SRC [DEST] : regenerate a vendored peer corpus from a copy SRC of
# llvm/test/{Assembler,Bitcode,Verifier} of llvm/llvm-project (with its
# MANIFEST.tsv: path, commit, chars; and LICENSE.TXT): keep the .ll files
# that llvm-as-22 accepts, minus those in EXCLUDE, with their manifest rows,
# in DEST (default: this folder, the corpus read from a search index).
#
# select.sh --git REPO COMMIT [DEST] : the same from a git repository that
# holds those folders under llvm/test (github.com/llir/testdata: DEST
# defaults to ./llir, its README names the commit). The manifest is made
# from the commit; the license is this folder's LICENSE.TXT (the files are
# LLVM's, under its license).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
as=${IU_LLVM22:-/usr/lib/llvm-22/bin}/llvm-as
if [ "${1:-}" = --git ]; then
	repo=${2:?usage: select.sh --git REPO COMMIT [DEST]}
	commit=$(git -C "$repo" rev-parse "${3:?usage: select.sh --git REPO COMMIT [DEST]}^{commit}")
	dest=${4:-$here/llir}
	src=$(mktemp -d)
	trap 'rm -rf "$src"' EXIT
	git -C "$repo" archive "$commit" llvm/test/Assembler llvm/test/Bitcode llvm/test/Verifier | tar -x -C "$src"
	(cd "$src" && find llvm -name '*.ll' | sort | while IFS= read -r path; do
		printf '%s\t%s\t%s\n' "$path" "$commit" "$(wc -c < "$path" | tr -d ' ')"
	done) > "$src/MANIFEST.tsv"
	cp "$here/LICENSE.TXT" "$src/LICENSE.TXT"
else
	src=${1:?usage: select.sh SRC [DEST]}
	dest=${2:-$here}
fi
# Files whose copy was partly reconstructed, not copied verbatim (the
# search-index copy only).
EXCLUDE='llvm/test/Assembler/2007-05-21-Escape.ll
llvm/test/Bitcode/compatibility.ll
llvm/test/Bitcode/compatibility-4.0.ll
llvm/test/Bitcode/compatibility-5.0.ll
llvm/test/Bitcode/compatibility-6.0.ll'
[ "$dest" = "$here" ] || EXCLUDE=
mkdir -p "$dest"
rm -rf "$dest/llvm"
: > "$dest/MANIFEST.tsv"
cp "$src/LICENSE.TXT" "$dest/LICENSE.TXT.new" && mv "$dest/LICENSE.TXT.new" "$dest/LICENSE.TXT"
n=0 kept=0 slow=0
while IFS='	' read -r path commit chars; do
	case $path in *.ll) ;; *) continue ;; esac
	n=$((n + 1))
	if [ -n "$EXCLUDE" ] && printf '%s\n' "$EXCLUDE" | grep -qx "$path"; then continue; fi
	# llvm-as-22 does not finish some Verifier tests (*-cycle.ll): left out.
	rc=0
	timeout 20 "$as" -o /dev/null "$src/$path" 2>/dev/null || rc=$?
	[ $rc = 124 ] && slow=$((slow + 1))
	[ $rc = 0 ] || continue
	mkdir -p "$dest/$(dirname "$path")"
	cp "$src/$path" "$dest/$path"
	printf '%s\t%s\t%s\n' "$path" "$commit" "$chars" >> "$dest/MANIFEST.tsv"
	kept=$((kept + 1))
done < "$src/MANIFEST.tsv"
echo "select.sh: $kept of $n files kept in $dest (accepted by llvm-as-22, not excluded; $slow left out after 20 s)"
