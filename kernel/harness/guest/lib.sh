# lib.sh - sourced by the harness /init before each test's guest script.
# IU_TEST is the test's name; every result line is
#   IU-TEST <test>.<check> PASS|FAIL <detail>
# which kernel/harness/check.py matches against the test's .expect file.
# The helpers keep their variables local: test scripts use any names.

# t CHECK PASS|FAIL DETAIL...
t() {
	local check=$1 verdict=$2
	shift 2
	echo "IU-TEST $IU_TEST.$check $verdict ${*:--}"
}

# ok CHECK DETAIL TEST-EXPRESSION...: PASS if [ TEST-EXPRESSION ] holds
ok() {
	local check=$1 detail=$2
	shift 2
	if [ "$@" ]; then t "$check" PASS "$detail"; else t "$check" FAIL "$detail"; fi
}

# run CHECK COMMAND...: PASS if the command exits 0 (its output is shown)
run() {
	local check=$1 rc=0
	shift
	"$@" || rc=$?
	if [ $rc = 0 ]; then t "$check" PASS "$*"; else t "$check" FAIL "$* (exit $rc)"; fi
}
