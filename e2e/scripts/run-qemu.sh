#!/bin/bash
# run-qemu.sh BUILD ROUTE...: boot Debian's kernel under qemu (TCG) with an
# initramfs holding busybox, kernel/build/iu/iu.ko, BUILD/<route>/mod/
# iu_e2e_<route>.ko, e2e_trig and e2e/qemu/init; then check the console
# log (check-console.sh). The boot follows kernel/scripts/kernel-test.sh,
# which is specific to the self-test (its module list and init are fixed).
set -euo pipefail
b=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
kver=$("$root/kernel/scripts/kver.sh")
vmlinuz=/boot/vmlinuz-$kver
ir=$b/initramfs
rm -rf "$ir"
mkdir -p "$ir/bin" "$ir/proc" "$ir/sys" "$ir/dev"
cp /bin/busybox "$ir/bin/busybox"
cp "$here/qemu/init" "$ir/init"
chmod +x "$ir/init"
cp "$root/kernel/build/iu/iu.ko" "$ir/"
for r in "$@"; do cp "$b/$r/mod/iu_e2e_$r.ko" "$ir/"; done
echo "$@" >"$ir/routes"
gcc -static -O2 -Wall -o "$ir/e2e_trig" "$here/qemu/e2e_trig.c"
(cd "$ir" && find . | cpio -o -H newc --quiet) | gzip -1 >"$b/initramfs.cpio.gz"

log=$b/console.log
echo "e2e: booting $vmlinuz under qemu -accel tcg (log: $log)"
start=$(date +%s)
set +e
timeout 240 qemu-system-x86_64 -accel tcg -m 512M -smp 2 -nographic \
	-no-reboot -kernel "$vmlinuz" -initrd "$b/initramfs.cpio.gz" \
	-append "console=ttyS0 panic=-1 oops=panic loglevel=7" \
	</dev/null >"$log" 2>&1
rc=$?
set -e
echo "e2e: qemu exited with $rc after $(($(date +%s) - start)) s"
tr -d '\r' <"$log" >"$log.txt"
exec "$here/scripts/check-console.sh" "$log.txt" "$@"
