#!/bin/sh
# build-module.sh OUTDIR [make args...]
# Builds the out-of-tree module whose sources were copied into OUTDIR (so
# Kbuild's by-products stay out of the source tree) against $KDIR, and
# fails on any objtool warning.
set -eu
out=$1
shift
: "${KDIR:?}"
log=$out/build.log
# Both genksyms ("Token too long") and objtool (a spurious "indirect call
# found in RETPOLINE build" on a retpoline thunk call) fail now and then on
# this machine for the same input; a clean rebuild is tried a few times, and
# only a result that repeats is believed.
for try in 1 2 3 4 5; do
	make -C "$KDIR" M="$(cd "$out" && pwd)" clean >/dev/null 2>&1 || true
	if make -C "$KDIR" M="$(cd "$out" && pwd)" "$@" modules >"$log" 2>&1 &&
	   ! grep -q "objtool" "$log"; then
		exit 0
	fi
	echo "build-module: $out: build failed or objtool warned (try $try):" >&2
	grep -E "objtool|Token|rror" "$log" >&2 || true
done
cat "$log"
exit 1
