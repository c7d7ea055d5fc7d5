#!/bin/bash
# check-console.sh LOG ROUTE...: every IU-E2E check of every route must be
# in the console log and PASS; no FAIL line; no oops/BUG/WARNING/panic.
set -u
log=$1
shift
fail=0
checks="insmod direct_multi_tp direct_multi_tp2 direct_multi_kp_a direct_multi_kp_b
direct_multi_tc direct_multi_xdp direct_xdp_drop direct_xdp_pass direct_xdp_aborted
direct_sched_cls_mark direct_sched_cls_shot direct_perf_event attach
kprobe_count_returns tracepoint_hello_returns_0 oob_in_bounds_returns
oob_panic_einval oob_panic_message cleanup_normal_returns cleanup_panic_einval
cleanup_ran_once cleanup_panic_message after_panics_serving no_leaked_entries
direct_calls rmmod"
want="insmod_iu rmmod_iu"
for r in "$@"; do
	for c in $checks; do want="$want $r.$c"; done
done
grep -o 'IU-E2E .*' "$log"
for c in $want; do
	if ! grep -q "IU-E2E $c PASS" "$log"; then
		echo "IU-E2E $c FAIL missing or failed"
		fail=1
	fi
done
grep -q "IU-E2E .* FAIL" "$log" && fail=1
if grep -nE "Oops|BUG:|WARNING:|cut here|Kernel panic|general protection|soft lockup|rcu.*stall|hung task|Unknown rela|Unknown symbol" "$log" |
	grep -v "IU-E2E"; then
	echo "IU-E2E kernel_clean FAIL: the kernel reported a problem (lines above)"
	fail=1
else
	echo "IU-E2E kernel_clean PASS no oops/BUG/WARNING/panic"
fi
grep -q IU-E2E-DONE "$log" || { echo "IU-E2E init_finished FAIL"; fail=1; }
echo "e2e: $(grep -c 'iu: program .* panicked' "$log") panic reports printed by iu.ko (rate limited)"
[ $fail = 0 ] && echo "e2e: all checks passed"
exit $fail
