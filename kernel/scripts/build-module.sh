#!/bin/sh
# build-module.sh OUTDIR [make args...]
# Builds the out-of-tree module whose sources were copied into OUTDIR (so
# Kbuild's by-products stay out of the source tree) against $KDIR, and
# fails on the first objtool warning: objtool is deterministic, so a
# warning is a real defect of the code (a stack state it cannot follow, a
# call that does not return, ...), never noise to retry away.  With C=1
# among the make arguments sparse checks the C files, and any compiler,
# sparse or modpost warning fails the build too.
set -eu
out=$1
shift
: "${KDIR:?}"
log=$out/build.log
dir=$(cd "$out" && pwd)
make -C "$KDIR" M="$dir" clean >/dev/null 2>&1 || true
if ! make -C "$KDIR" M="$dir" "$@" modules >"$log" 2>&1; then
	cat "$log" >&2
	echo "build-module: $out: the build failed (log above, $log)" >&2
	exit 1
fi
if grep -q "objtool" "$log"; then
	grep "objtool" "$log" >&2
	echo "build-module: $out: objtool warned (above; full log $log)" >&2
	exit 1
fi
case " $* " in
*" C=1 "* | *" C=2 "*)
	if grep -qE "warning:|error:|WARNING:" "$log"; then
		grep -E "warning:|error:|WARNING:" "$log" >&2
		echo "build-module: $out: the build warned (above; full log $log)" >&2
		exit 1
	fi ;;
esac
