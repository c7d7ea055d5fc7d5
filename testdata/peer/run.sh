#!/bin/bash
# run.sh SRC [IU_ENTRY] : LLVM's own assembler tests as iu-entry's peer corpus.
#
# SRC is a directory holding llvm/test/Assembler, llvm/test/Bitcode and
# llvm/test/Verifier of llvm/llvm-project (a checkout, or any copy). For each
# .ll file there that llvm-as-22 accepts:
#   1. iu-entry must pass it through byte for byte (it has no program object);
#   2. with a program object, its function and its name appended, iu-entry
#      must add the entry, and llvm-as-22 must accept the output;
#      or iu-entry refuses it with a diagnostic (counted, with the reason).
# Prints one line per file that fails, then the counts. Exit 1 on a failure.
set -uo pipefail
src=${1:?usage: run.sh SRC [IU_ENTRY]}
iu=${2:-iu-entry}
as=${IU_LLVM22:-/usr/lib/llvm-22/bin}/llvm-as
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

appendix='
@__iu_peer_name = private constant [9 x i8] c"iu_peer_x"
@__iu_peer_obj = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @__iu_peer_fn, ptr @__iu_peer_name, [8 x i8] c"\09\00\00\00\00\00\00\00" }>, section "inner_unikernel/xdp", align 8
define internal i32 @__iu_peer_fn(ptr %o, ptr %c) {
  ret i32 0
}'

total=0 accepted=0 same=0 entry=0 refused=0 fail=0
declare -A why
for f in "$src"/llvm/test/Assembler/*.ll "$src"/llvm/test/Bitcode/*.ll "$src"/llvm/test/Verifier/*.ll; do
	[ -f "$f" ] || continue
	total=$((total + 1))
	"$as" -o /dev/null "$f" 2>/dev/null || continue
	accepted=$((accepted + 1))
	name=${f#"$src"/}
	if ! "$iu" "$f" -o "$tmp/out.ll" 2>"$tmp/err"; then
		echo "FAIL (refused, no program object): $name: $(head -1 "$tmp/err")"
		fail=$((fail + 1)); continue
	fi
	if ! cmp -s "$f" "$tmp/out.ll"; then
		echo "FAIL (changed, no program object): $name"
		fail=$((fail + 1)); continue
	fi
	same=$((same + 1))
	{ cat "$f"; printf '%s\n' "$appendix"; } > "$tmp/in.ll"
	"$as" -o /dev/null "$tmp/in.ll" 2>/dev/null || { refused=$((refused + 1)); why["appendix not valid in this module (llvm-as refuses it)"]=$(( ${why["appendix not valid in this module (llvm-as refuses it)"]:-0} + 1 )); continue; }
	if ! "$iu" "$tmp/in.ll" -o "$tmp/out.ll" 2>"$tmp/err"; then
		reason=$(head -1 "$tmp/err" | sed -E 's/^[^:]*:[0-9]+:[0-9]+: //; s/[0-9]+/N/g' | cut -c1-110)
		why["$reason"]=$(( ${why["$reason"]:-0} + 1 ))
		refused=$((refused + 1)); continue
	fi
	if ! grep -q '^define i32 @iu_peer_x(ptr %ctx)' "$tmp/out.ll"; then
		echo "FAIL (no entry): $name"; fail=$((fail + 1)); continue
	fi
	if ! "$as" -o /dev/null "$tmp/out.ll" 2>"$tmp/aserr"; then
		echo "FAIL (llvm-as rejects the output): $name: $(head -1 "$tmp/aserr")"
		fail=$((fail + 1)); continue
	fi
	entry=$((entry + 1))
done
echo "peer corpus: $total files, $accepted accepted by llvm-as-22; $same passed through byte for byte; with a program object: $entry got their entry (output accepted), $refused refused, $fail failures"
for r in "${!why[@]}"; do echo "  refused ${why[$r]}: $r"; done
[ $fail = 0 ]
