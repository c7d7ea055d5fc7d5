#!/bin/sh
# count-normal-path.sh OBJ FUNC: the number of instructions FUNC executes
# on its normal path, read from the disassembly: from its entry to its
# first RET (a return thunk jump in a RETHUNK build), in address order.
# Every slow path of iu.ko's assembly is out of line after that RET, and
# the conditional branches before it are not taken on the normal path; a
# call counts as one instruction (the called program is not counted).
set -eu
objdump -dr --no-show-raw-insn "$1" | awk -v f="$2" '
	$0 ~ "^[0-9a-f]+ <" f ">:$" { on = 1; next }
	on && /^ +[0-9a-f]+:/ { n++ }
	on && (/__x86_return_thunk/ || /\tret/) { print n; found = 1; exit }
	END { if (!found) exit 1 }'
