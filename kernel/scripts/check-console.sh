#!/bin/sh
# check-console.sh LOG: verify the kernel-test console log.
set -u
log=$1
fail=0
want="insmod_iu insmod_selftest normal_return normal_regs panic_einval
panic_rbx panic_rbp panic_r12 panic_r13 panic_r14 panic_r15 panic_rsp
panic_depth_zero c_panic stack_aligned_for_8_aligned_caller
misaligned_caller_panic cleanup_once cleanup_all_then_landingpad
overflow_64 nest_inner_einval nest_inner_regs nest_depth
nest_inner_cleans_own nest_outer_finishes nest_outer_panics
loop_10000_panics loop_no_stack_drift loop_cleanups_exact
loop_no_leaked_entries irq_nested_dispatch kprobe_registered
kprobe_program_counts kprobe_program_panics kprobe_counts_after_panics
rmmod_selftest final_no_leaked_entries final_depth_zero rmmod_iu
nokprobe_iu_landingpad nokprobe_iu_landingpad_prepare nokprobe_iu_cleanup_all
nokprobe_iu_dispatcher_func nokprobe_iu_panic_trampoline
nokretprobe_iu_landingpad leak_runs_at_normal_exit
leak_not_inherited_by_later_panic leak_inner_not_run_by_sibling_panic
unregister_outer_slot_refused preemptible_dispatch_refused
irqs_off_dispatch_runs landingpad_message_read_capped
ftrace_cannot_trace_panic_path"
grep -o 'IU-TEST .*' "$log"
for c in $want; do
	if ! grep -q "IU-TEST $c PASS" "$log"; then
		echo "check-console: FAIL $c: missing or failed"
		fail=1
	fi
done
if grep -q "IU-TEST .* FAIL" "$log"; then
	fail=1
fi
# The one expected splat: the WARN_ONCE of the refused preemptible dispatch.
if [ "$(grep -c "WARNING: .* iu_refuse_preemptible" "$log")" = 1 ]; then
	echo "check-console: PASS preemptible_dispatch_warned_once"
else
	echo "check-console: FAIL preemptible_dispatch_warned_once"
	fail=1
fi
if grep -nE "Oops|BUG:|WARNING:|cut here|Kernel panic|general protection|soft lockup|rcu.*stall|hung task|Unknown symbol" "$log" |
   grep -v "IU-TEST" | grep -v "WARNING: .* iu_refuse_preemptible" |
   awk '/cut here/ && !seen { seen = 1; next } { print }' | grep .; then
	echo "check-console: FAIL kernel reported a problem (lines above)"
	fail=1
fi
reports=$(grep -c "iu: program .* panicked" "$log")
suppressed=$(grep -o "iu_landingpad_prepare: [0-9]* callbacks suppressed" "$log" |
	awk '{s += $2} END {print s + 0}')
echo "check-console: $reports panic reports printed, $suppressed suppressed by the rate limit"
# More than 10,000 panics ran (loop_10000_panics): a bounded number of
# reports means the rest were rate limited.
if [ "$reports" -lt 1 ] || [ "$reports" -gt 200 ]; then
	echo "check-console: FAIL landingpad_ratelimit"
	fail=1
else
	echo "check-console: PASS landingpad_ratelimit"
fi
grep -q IU-DONE "$log" || { echo "check-console: FAIL init did not finish"; fail=1; }
[ $fail = 0 ] && echo "check-console: all kernel checks passed"
exit $fail
