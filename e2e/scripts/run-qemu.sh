#!/bin/bash
# run-qemu.sh BUILD ROUTE...: one boot of Debian's kernel under qemu (TCG)
# through kernel/harness/run.sh, with kernel/build/iu/iu.ko,
# BUILD/<route>/mod/iu_e2e_<route>.ko and e2e_trig, running the tests
# "load" (insmod iu.ko), one per route (e2e/qemu/route.sh, expected results
# e2e/qemu/route.expect) and "unload"; the harness checks every expected
# result and a clean console (BUILD/qemu/console.txt).
set -euo pipefail
b=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
q=$here/qemu
mkdir -p "$b/qemu"
gcc -static -O2 -Wall -o "$b/qemu/e2e_trig" "$q/e2e_trig.c"
files=(-f "$root/kernel/build/iu/iu.ko" -f "$b/qemu/e2e_trig")
tests=("load=$q/load.sh")
for r in "$@"; do
	files+=(-f "$b/$r/mod/iu_e2e_$r.ko")
	tests+=("$r=$q/route.sh:$q/route.expect")
done
tests+=("unload=$q/unload.sh")
"$root/kernel/harness/run.sh" -o "$b/qemu" -t 600 "${files[@]}" "${tests[@]}" || rc=$?
echo "e2e: $(grep -c 'iu: program .* panicked' "$b/qemu/console.txt") panic reports printed by iu.ko (rate limited)"
exit "${rc:-0}"
