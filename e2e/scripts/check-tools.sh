#!/bin/sh
# check-tools.sh: the tools of `make e2e` that are not Debian packages
# (those are installed by scripts/ensure-packages): rustup's stable rustc
# with LLVM 22, and bin/iu-entry. Exit 0 present; 77 missing (skip); 1
# missing with CI=true (a missing tool is a failure there).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
miss=
vv=$(${RUSTC:-rustup run stable rustc} -vV 2>/dev/null) || miss="rustup's stable rustc (rustup toolchain install stable)"
case $vv in *"LLVM version: 22"*) ;; *) [ -n "$miss" ] || miss="a stable rustc with LLVM 22 (got: $(echo "$vv" | tail -1))" ;; esac
[ -x "$root/bin/iu-entry" ] || miss="$miss bin/iu-entry (make build)"
[ -z "$miss" ] && exit 0
if [ "${CI:-}" = true ]; then
	echo "IU-E2E tools FAIL missing: $miss (CI=true: a missing tool is a failure)" >&2
	exit 1
fi
echo "IU-E2E tools SKIP missing: $miss" >&2
exit 77
