#!/bin/bash
# check-notrace.sh MODULE.ko FUNC...: every FUNC of the module must be
# untraceable: no call of __fentry__ (ftrace, function_graph) in its body,
# and listed in the module's _kprobe_blacklist section (NOKPROBE_SYMBOL in
# C, _ASM_NOKPROBE in assembly), which makes register_kprobe() and
# register_kretprobe() refuse it.  Prints one line per function and fails
# if one is traceable or missing.
set -euo pipefail
ko=$1
shift

dis=$(objdump -dr --no-show-raw-insn "$ko")
# mawk has no strtonum().
hex='function hex(s,  i, v) { s = tolower(s); sub(/^0x/, "", s); v = 0
	for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return v }'


# Functions as (section, start, end, name) from the disassembly, whose
# addresses are section-relative in a relocatable object.
funcs=$(awk "$hex"'
	/^Disassembly of section / { sec = $4; sub(/:$/, "", sec); next }
	/^[0-9a-f]+ <[^>]+>:$/ {
		if (name != "") print sec, start, last, name
		start = hex($1); name = $2; gsub(/[<>:]/, "", name)
		last = start; next
	}
	/^ +[0-9a-f]+:/ { a = $1; sub(/:$/, "", a); last = hex(a) + 1 }
	END { if (name != "") print sec, start, last, name }
' <<<"$dis")

# Blacklisted addresses as (section, offset) or (symbol, 0).
black=$(readelf -rW "$ko" | awk "$hex"'
	/^Relocation section / { on = ($3 == "'"'"'.rela_kprobe_blacklist'"'"'"); next }
	on && NF >= 5 && $3 ~ /R_X86_64_64/ {
		add = ($(NF - 1) == "+") ? $NF : 0; print $5, hex(add)
	}')

fail=0
for f in "$@"; do
	# The function and its compiler-made parts (.cold, .isra, ...).
	parts=$(awk -v f="$f" '{ n = $4; sub(/\..*$/, "", n) } n == f' <<<"$funcs")
	if [ -z "$parts" ]; then
		echo "check-notrace: FAIL $f: no such function in $ko"
		fail=1
		continue
	fi
	fentry=$(awk -v f="$f" '
		/^[0-9a-f]+ <[^>]+>:$/ { n = $2; gsub(/[<>:]/, "", n); sub(/\..*$/, "", n); in_f = (n == f); next }
		in_f && /R_X86_64_PLT32[ \t]+__fentry__/ { c++ }
		END { print c + 0 }' <<<"$dis")
	listed=$(awk -v f="$f" '
		NR == FNR { sec[NR] = $1; lo[NR] = $2; hi[NR] = $3; nm[NR] = $4; n = NR; next }
		{
			for (i = 1; i <= n; i++) {
				base = nm[i]; sub(/\..*$/, "", base)
				if (base != f) continue
				if ($1 == nm[i] && $2 == 0) found = 1
				if ($1 == sec[i] && $2 >= lo[i] && $2 < hi[i]) found = 1
			}
		}
		END { print found + 0 }' <(echo "$parts") <(echo "$black"))
	if [ "$fentry" != 0 ]; then
		echo "check-notrace: FAIL $f: calls __fentry__ (traceable by ftrace)"
		fail=1
	elif [ "$listed" != 1 ]; then
		echo "check-notrace: FAIL $f: not in _kprobe_blacklist (kprobes allowed)"
		fail=1
	else
		echo "check-notrace: PASS $f: notrace and NOKPROBE"
	fi
done
exit $fail
