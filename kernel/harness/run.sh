#!/bin/bash
# run.sh - boot Debian's kernel once under qemu (TCG) and run a set of tests
# in it, then check the console (check.py).
#
#   run.sh -o OUTDIR [-t SECONDS] [-m MEM] [-s CPUS] [-f SRC[:NAME]]... TEST...
#
#   TEST       NAME=SCRIPT[:EXPECT]: the guest shell script run for test NAME
#              (in order, each once) and the file of its expected results,
#              by default SCRIPT with .sh replaced by .expect (see check.py
#              for its format).  A script may serve several tests: it sees
#              its test's name in $IU_TEST.
#   -f SRC     a file the tests need (a module, a static binary), copied to
#              /NAME (default: SRC's base name) in the initramfs
#   -o OUTDIR  where the initramfs and the console log (console.txt) go
#   -t SECONDS the whole boot is cut after this long (default 600)
#   -m MEM, -s CPUS   qemu's -m (default 512M) and -smp (default 2)
#
# The initramfs holds busybox, harness/init as /init, harness/guest/lib.sh
# and the tests.  The kernel is the newest installed Debian kernel with
# headers (kernel/scripts/kver.sh), never the host's uname -r.  KVM is not
# used: it hangs on these machines.  Exit status: check.py's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# What the harness itself needs, whichever target runs it.
"$here/../../scripts/ensure-packages" qemu-system-x86 linux-image-amd64 \
	busybox-static cpio gzip python3
out= timeout=600 mem=512M cpus=2
files=()
while getopts o:t:m:s:f: opt; do
	case $opt in
	o) out=$OPTARG ;;
	t) timeout=$OPTARG ;;
	m) mem=$OPTARG ;;
	s) cpus=$OPTARG ;;
	f) files+=("$OPTARG") ;;
	*) sed -n '2,/^set -e/p' "$0" | sed 's/^# \{0,1\}//;/^set -e/d' >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ -n "$out" ] && [ $# -gt 0 ] || { echo "usage: run.sh -o OUTDIR [options] NAME=SCRIPT[:EXPECT]..." >&2; exit 2; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
root=$out/initramfs
rm -rf "$root"
mkdir -p "$root"/{bin,proc,sys,dev,harness/t}
cp /bin/busybox "$root/bin/busybox"
cp "$here/init" "$root/init"
cp "$here/guest/lib.sh" "$root/harness/lib.sh"
chmod +x "$root/init"
for f in ${files[@]+"${files[@]}"}; do
	src=${f%%:*}
	dst=${f#*:}
	[ "$dst" = "$f" ] && dst=$(basename "$src")
	cp "$src" "$root/$dst"
done
: >"$root/harness/tests"
: >"$out/tests"
for t in "$@"; do
	name=${t%%=*}
	spec=${t#*=}
	script=${spec%%:*}
	expect=${spec#*:}
	[ "$expect" = "$spec" ] && expect=${script%.sh}.expect
	case $name in
	*[!A-Za-z0-9_-]* | "") echo "run.sh: bad test name '$name'" >&2; exit 2 ;;
	esac
	[ -f "$script" ] || { echo "run.sh: $name: no script $script" >&2; exit 2; }
	[ -f "$expect" ] || { echo "run.sh: $name: no expectations $expect" >&2; exit 2; }
	cp "$script" "$root/harness/t/$name.sh"
	echo "$name" >>"$root/harness/tests"
	echo "$name $(cd "$(dirname "$expect")" && pwd)/$(basename "$expect")" >>"$out/tests"
done
(cd "$root" && find . | cpio -o -H newc --quiet) | gzip -1 >"$out/initramfs.cpio.gz"

vmlinuz=/boot/vmlinuz-$("$here/../scripts/kver.sh")
# tsc=reliable: the guest's clock is the TSC, as on real machines.  qemu's
# default CPU model (AuthenticAMD, no constant/invariant TSC, which TCG
# cannot offer) makes Linux mark the TSC unstable and fall back to the
# HPET, and under TCG every HPET read is an emulated device access taken
# under qemu's global lock.  A program reading the clock in a loop (a
# helper calling ktime_get) then holds that lock so often that the other
# vCPU's timer interrupts - iu.ko's supervisor among them - fire tens of
# milliseconds late, and its stop is late by as much (kernel/README.md,
# "Termination").  TCG's TSC is the host's, monotonic across vCPUs: the
# "unsynchronized" verdict is the CPU model's, not a measurement.
echo "harness: booting $vmlinuz under qemu -accel tcg -smp $cpus for tests: $(tr '\n' ' ' <"$root/harness/tests")"
start=$(date +%s)
set +e
timeout "$timeout" qemu-system-x86_64 -accel tcg -m "$mem" -smp "$cpus" -nographic \
	-no-reboot -kernel "$vmlinuz" -initrd "$out/initramfs.cpio.gz" \
	-append "console=ttyS0 panic=-1 oops=panic loglevel=7 tsc=reliable" \
	</dev/null >"$out/console.log" 2>&1
rc=$?
set -e
took=$(($(date +%s) - start))
tr -d '\r' <"$out/console.log" >"$out/console.txt"
if [ $rc = 124 ]; then
	echo "harness: qemu was cut after $timeout s"
else
	echo "harness: qemu exited with $rc after $took s"
fi
exec python3 "$here/check.py" "$out/console.txt" "$out/tests"
