#!/bin/bash
# run.sh [--selected] SRC [IU_ENTRY] : LLVM's own assembler tests as
# iu-entry's peer corpus.
#
# SRC is a directory holding llvm/test/Assembler, llvm/test/Bitcode and
# llvm/test/Verifier of llvm/llvm-project (a checkout, or any copy). For each
# .ll file there that llvm-as-22 accepts:
#   1. iu-entry must pass it through byte for byte (it has no program object);
#   2. with a program object, its function and its name appended, iu-entry
#      must add the entry, and llvm-as-22 must accept the output;
#      or iu-entry refuses it with a diagnostic (counted, with the reason,
#      after llvm-as-22 says whether the appended module is valid at all).
# --selected: SRC was made by select.sh, whose files llvm-as-22 accepts all;
# they are not assembled again (starting llvm-as is most of the time this
# takes). The files are shared among one worker per processor.
# Prints one line per file that fails, then the counts. Exit 1 on a failure.
set -uo pipefail
shopt -s extglob
selected=
if [ "${1:-}" = --selected ]; then
	selected=1
	shift
fi
src=${1:?usage: run.sh [--selected] SRC [IU_ENTRY]}
iu=${2:-iu-entry}
as="timeout 20 ${IU_LLVM22:-/usr/lib/llvm-22/bin}/llvm-as"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

appendix='
@__iu_peer_name = private constant [9 x i8] c"iu_peer_x"
@__iu_peer_obj = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @__iu_peer_fn, ptr @__iu_peer_name, [8 x i8] c"\09\00\00\00\00\00\00\00" }>, section "inner_unikernel/xdp", align 8
define internal i32 @__iu_peer_fn(ptr %o, ptr %c) {
  ret i32 0
}'

# check FILE DIR prints one line: SKIP (llvm-as refuses the file), ENTRY,
# REFUSED reason, FAIL what (the file was not passed through unchanged) or
# FAILP what (it was, then the entry failed). DIR is the worker's own.
check() {
	local f=$1 d=$2 name=${1#"$src"/} line
	if [ -z "$selected" ]; then
		$as -o /dev/null "$f" 2>/dev/null || { echo SKIP; return; }
	fi
	if ! "$iu" "$f" -o "$d/in.ll" 2>"$d/err"; then
		read -r line < "$d/err"
		echo "FAIL (refused, no program object): $name: $line"
		return
	fi
	if ! cmp -s "$f" "$d/in.ll"; then
		echo "FAIL (changed, no program object): $name"
		return
	fi
	# The output is the file: the module with the appendix is it and the
	# appendix.
	printf '%s\n' "$appendix" >> "$d/in.ll"
	if ! "$iu" --report "$d/in.ll" -o "$d/out.ll" 2>"$d/err"; then
		if ! $as -o /dev/null "$d/in.ll" 2>/dev/null; then
			echo "REFUSED appendix not valid in this module (llvm-as refuses it)"
		else
			read -r line < "$d/err"
			line=${line#"$d/in.ll":+([0-9]):+([0-9]): }
			echo "REFUSED ${line//+([0-9])/N}"
		fi
		return
	fi
	local found=
	while IFS= read -r line; do
		[ "$line" = "iu_peer_x: xdp program (rtti 6) in section xdp" ] && found=1
	done < "$d/err"
	if [ -z "$found" ]; then
		read -r line < "$d/err"
		echo "FAILP (no entry in the report): $name: $line"
		return
	fi
	if ! $as -o /dev/null "$d/out.ll" 2>"$d/err"; then
		if ! $as -o /dev/null "$d/in.ll" 2>/dev/null; then
			# An appendix that is not valid in this module (a program
			# address space of its own, …), which iu-entry does not see.
			echo "REFUSED appendix not valid in this module (llvm-as refuses it)"
		else
			read -r line < "$d/err"
			echo "FAILP (llvm-as rejects the output): $name: $line"
		fi
		return
	fi
	echo ENTRY
}

find "$src/llvm/test/Assembler" "$src/llvm/test/Bitcode" "$src/llvm/test/Verifier" -name '*.ll' 2>/dev/null | sort > "$tmp/files"
workers=$(nproc)
for ((w = 0; w < workers; w++)); do
	(
		mkdir "$tmp/$w"
		i=0
		while IFS= read -r f; do
			((i++ % workers == w)) && check "$f" "$tmp/$w"
		done < "$tmp/files" > "$tmp/result.$w"
	) &
done
wait
cat "$tmp"/result.* | awk '
	{ total++ }
	$1 == "SKIP" { next }
	{ accepted++ }
	$1 == "ENTRY" { same++; entry++; next }
	$1 == "REFUSED" { same++; refused++; sub(/^REFUSED /, ""); why[substr($0, 1, 110)]++; next }
	$1 == "FAILP" { same++; sub(/^FAILP/, "FAIL") }
	{ print; fail++ }
	END {
		printf "peer corpus: %d files, %d accepted by llvm-as-22; %d passed through byte for byte; with a program object: %d got their entry (output accepted), %d refused, %d failures\n", total, accepted, same, entry, refused, fail
		for (r in why) printf "  refused %d: %s\n", why[r], r
		exit (fail > 0)
	}'
