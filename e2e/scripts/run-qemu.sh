#!/bin/bash
# run-qemu.sh BUILD ROUTE...: boot Debian's kernel under qemu (TCG) with an
# initramfs holding kernel/build/iu/iu.ko, BUILD/<route>/mod/
# iu_e2e_<route>.ko, e2e_trig and e2e/qemu/init (kernel/scripts/qemu-boot.sh
# adds busybox and boots it); then check the console log (check-console.sh).
set -euo pipefail
b=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
ir=$b/initramfs
rm -rf "$ir"
mkdir -p "$ir"
cp "$here/qemu/init" "$ir/init"
cp "$root/kernel/build/iu/iu.ko" "$ir/"
for r in "$@"; do cp "$b/$r/mod/iu_e2e_$r.ko" "$ir/"; done
echo "$@" >"$ir/routes"
gcc -static -O2 -Wall -o "$ir/e2e_trig" "$here/qemu/e2e_trig.c"
"$root/kernel/scripts/qemu-boot.sh" "$ir" "$b/console.log"
exec "$here/scripts/check-console.sh" "$b/console.log.txt" "$@"
