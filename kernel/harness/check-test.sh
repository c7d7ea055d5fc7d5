#!/bin/bash
# check-test.sh: check.py against synthetic consoles - a clean boot passes;
# a FAIL line, a missing result, an unexpected or missing splat, a count
# out of range, a test that never ended, and a boot that never finished
# each fail, naming the test and check concerned.  Part of make kernel-unit.
set -u
here=$(cd "$(dirname "$0")" && pwd)
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cat >"$d/a.expect" <<'X'
one
two   # a comment
splat 1 WARNING: .* expected_fn
count reports 1 2 report line
X
cat >"$d/b.expect" <<'X'
three
X
printf 'a %s\nb %s\n' "$d/a.expect" "$d/b.expect" >"$d/tests"
good='IU-HARNESS-BOOT 6.1 cpus=2
IU-HARNESS-BEGIN a
[    1.0] IU-TEST a.one PASS fine
IU-TEST a.two PASS -
[    1.1] WARNING: CPU: 0 PID: 1 at x.c:1 expected_fn+0x1/0x2
[    1.2] report line
IU-HARNESS-END a rc=0
IU-HARNESS-BEGIN b
IU-E2E b.three PASS -
IU-HARNESS-END b rc=0
IU-HARNESS-DONE'
fail=0
expect() { # expect NAME 0|1 GREP-PATTERN CONSOLE
	printf '%s\n' "$4" >"$d/console"
	out=$(python3 "$here/check.py" "$d/console" "$d/tests" 2>&1)
	rc=$?
	if [ $rc != "$2" ] || ! grep -qE "$3" <<<"$out"; then
		echo "FAIL harness_check_$1: exit $rc, want $2 and /$3/; output:"
		sed 's/^/    /' <<<"$out"
		fail=1
	else
		echo "PASS harness_check_$1"
	fi
}
expect clean 0 "all tests passed" "$good"
expect fail_line 1 "FAIL a.two: broken" "${good/a.two PASS -/a.two FAIL broken}"
expect missing 1 "FAIL b.three: missing" "${good/IU-E2E b.three PASS -/}"
expect splat 1 "line 10 \(test b\): kernel splat: .*BUG: unable" \
	"${good/IU-E2E b.three PASS -/IU-E2E b.three PASS -
[    2.0] BUG: unable to handle page fault}"
expect splat_elsewhere 1 "test b\): kernel splat: .*expected_fn" \
	"${good/IU-E2E b.three PASS -/IU-E2E b.three PASS -
WARNING: CPU: 1 at y.c:2 expected_fn+0x0}"
expect splat_missing 1 "FAIL a: 0 splats match" "${good/expected_fn/other_fn}"
expect count 1 "FAIL a.reports: 0 lines, want 1..2" "${good/report line/}"
expect unfinished 1 "test b: did not finish" "${good%%IU-HARNESS-END b*}"
expect never_started 1 "test b: never started" "${good%%IU-HARNESS-BEGIN b*}"
# The kernel's console output on a marker's line, right after the name.
expect marker_glued 0 "all tests passed" "${good/IU-HARNESS-BEGIN b/IU-HARNESS-BEGIN b[    2.185785] clocksource: tsc: mask: 0xffffffffffffffff}"
expect end_glued 0 "all tests passed" "${good/IU-HARNESS-END a rc=0/IU-HARNESS-END a[    2.3] random: crng init done}"
expect no_done 1 "did not finish \(no IU-HARNESS-DONE\)" "${good%IU-HARNESS-DONE}"
exit $fail
