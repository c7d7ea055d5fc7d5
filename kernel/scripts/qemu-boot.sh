#!/bin/sh
# qemu-boot.sh ROOT LOG: boot Debian's installed kernel under qemu (TCG)
# with ROOT as its initramfs, write the console to LOG and a copy without
# carriage returns to LOG.txt.
#
# ROOT must hold an executable /init; busybox and the usual mount points
# are added here. The kernel version comes from kver.sh, never from the
# host's uname -r. KVM is not used: it hangs on these machines. The guest
# powers off when /init ends; a hang is cut after 240 s.
set -eu
root=$1
log=$2
here=$(cd "$(dirname "$0")" && pwd)
vmlinuz=/boot/vmlinuz-$("$here/kver.sh")
mkdir -p "$root/bin" "$root/proc" "$root/sys" "$root/dev"
cp /bin/busybox "$root/bin/busybox"
chmod +x "$root/init"
(cd "$root" && find . | cpio -o -H newc --quiet) | gzip -1 >"$root.cpio.gz"

echo "qemu-boot: booting $vmlinuz under qemu -accel tcg (log: $log)"
start=$(date +%s)
set +e
timeout 240 qemu-system-x86_64 -accel tcg -m 512M -smp 2 -nographic \
	-no-reboot -kernel "$vmlinuz" -initrd "$root.cpio.gz" \
	-append "console=ttyS0 panic=-1 oops=panic loglevel=7" \
	</dev/null >"$log" 2>&1
rc=$?
set -e
echo "qemu-boot: qemu exited with $rc after $(($(date +%s) - start)) s"
tr -d '\r' <"$log" >"$log.txt"
