#!/bin/sh
# Print the newest installed Debian kernel that has both headers
# (/lib/modules/$v/build) and an image (/boot/vmlinuz-$v).  Not uname -r:
# the host kernel is not the one the module is built for.
set -eu
for d in /lib/modules/*/build; do
	v=${d#/lib/modules/}
	v=${v%/build}
	[ -e "$d/Makefile" ] && [ -e "/boot/vmlinuz-$v" ] && echo "$v"
done | sort -V | tail -n 1
