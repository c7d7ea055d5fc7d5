#!/bin/bash
# check-console.sh LOG ROUTE...: check the console of an e2e boot again
# (run-qemu.sh does it after booting): the same tests and expected results
# as run-qemu.sh, through kernel/harness/check.py.
set -euo pipefail
log=$1
shift
here=$(cd "$(dirname "$0")/.." && pwd)
q=$here/qemu
tests=$(mktemp)
trap 'rm -f "$tests"' EXIT
{
	echo "load $q/load.expect"
	for r in "$@"; do echo "$r $q/route.expect"; done
	echo "unload $q/unload.expect"
} >"$tests"
exec python3 "$here/../kernel/harness/check.py" "$log" "$tests"
