# Test "load": iu.ko and the self-test module load; ftrace does not offer
# iu.ko's panic path (notrace) while it lists iu.ko's other functions (so
# the check can fail).
# Timer interrupts per second on an idle system, without and with iu.ko
# (its supervisors tick every timeout_us / 4 on two CPUs).
loc() { awk '/^ *LOC:/ { s = 0; for (i = 2; i <= NF && $i ~ /^[0-9]+$/; i++) s += $i; print s }' /proc/interrupts; }
l0=$(loc); sleep 4; l1=$(loc)
run insmod_iu insmod /iu.ko
l2=$(loc); sleep 4; l3=$(loc)
before=$(((l1 - l0) / 4)) after=$(((l3 - l2) / 4))
# Two supervisors at 4 / 10 ms each: about 800 more; not far above.
ok idle_timer_interrupts "idle: $before/s without iu.ko, $after/s with it (timeout_us $(cat /sys/module/iu/parameters/timeout_us))" \
	$after -le $((before + 1200))
# The tests that are not about termination run with a 1 s budget: a busy
# host can stall a TCG CPU for more than 10 ms, and the budget is wall time.
# The termination tests set the default budget (10 ms) themselves.
run budget_1s sh -c "echo 1000000 >/sys/module/iu/parameters/timeout_us"
run insmod_selftest insmod /iu_selftest.ko
A=/sys/kernel/tracing/available_filter_functions
traced=$(grep -E "^(iu_landingpad|iu_landingpad_prepare|iu_cleanup_all|iu_run_entries|iu_cleanup_register|iu_cleanup_unregister|iu_run_leaked|iu_frame_foreign) " $A | tr "\n" " ")
others=$(grep -c "\[iu\]" $A)
ok ftrace_cannot_trace_panic_path "traceable: '$traced'; $others other iu.ko functions listed" \
	-z "$traced" -a "$others" -gt 0
