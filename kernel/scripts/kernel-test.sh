#!/bin/sh
# kernel-test.sh BUILDDIR: boot Debian's kernel under qemu (TCG) with an
# initramfs holding iu.ko, iu_selftest.ko, a static getpid binary and
# busybox; fail on a missing or failed IU-TEST line or on any
# oops/WARNING/BUG in the console log.
set -eu
b=$1
here=$(cd "$(dirname "$0")/.." && pwd)
root=$b/initramfs
rm -rf "$root"
mkdir -p "$root"
cp "$here/qemu/init" "$root/init"
cp "$b/iu/iu.ko" "$b/selftest/iu_selftest.ko" "$root/"
gcc -static -O2 -o "$root/getpid" "$here/qemu/getpid.c"
"$here/scripts/qemu-boot.sh" "$root" "$b/console.log"
exec "$here/scripts/check-console.sh" "$b/console.log.txt"
