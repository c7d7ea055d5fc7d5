#!/bin/sh
# kernel-test.sh BUILDDIR: boot Debian's kernel under qemu (TCG) with an
# initramfs holding iu.ko, iu_selftest.ko, a static getpid binary and
# busybox; fail on a missing or failed IU-TEST line or on any
# oops/WARNING/BUG in the console log.
set -eu
b=$1
here=$(cd "$(dirname "$0")/.." && pwd)
kver=$("$here/scripts/kver.sh")
vmlinuz=/boot/vmlinuz-$kver
root=$b/initramfs
rm -rf "$root"
mkdir -p "$root/bin" "$root/proc" "$root/sys" "$root/dev"
cp /bin/busybox "$root/bin/busybox"
cp "$here/qemu/init" "$root/init"
chmod +x "$root/init"
cp "$b/iu/iu.ko" "$b/selftest/iu_selftest.ko" "$root/"
gcc -static -O2 -o "$root/getpid" "$here/qemu/getpid.c"
(cd "$root" && find . | cpio -o -H newc --quiet) | gzip -1 > "$b/initramfs.cpio.gz"

log=$b/console.log
echo "kernel-test: booting $vmlinuz under qemu -accel tcg (log: $log)"
start=$(date +%s)
set +e
timeout 240 qemu-system-x86_64 -accel tcg -m 512M -smp 2 -nographic \
	-no-reboot -kernel "$vmlinuz" -initrd "$b/initramfs.cpio.gz" \
	-append "console=ttyS0 panic=-1 oops=panic loglevel=7" \
	</dev/null >"$log" 2>&1
rc=$?
set -e
echo "kernel-test: qemu exited with $rc after $(($(date +%s) - start)) s"
tr -d '\r' < "$log" > "$log.txt"
exec "$here/scripts/check-console.sh" "$log.txt"
