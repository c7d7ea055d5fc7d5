# Test "load": iu.ko and the self-test module load; ftrace does not offer
# iu.ko's panic path (notrace) while it lists iu.ko's other functions (so
# the check can fail).
# Timer interrupts per second on an idle system: without iu.ko; with it,
# its supervisors awake (they tick every timeout_us / 4 on two CPUs); and
# once the watchdog has gone idle (a second without a dispatch).
P=/sys/module/iu/parameters
loc() { awk '/^ *LOC:/ { s = 0; for (i = 2; i <= NF && $i ~ /^[0-9]+$/; i++) s += $i; print s }' /proc/interrupts; }
rate() { local a b; a=$(loc); sleep "$1"; b=$(loc); echo $(((b - a) / $1)); }
before=$(rate 3)
run insmod_iu insmod /iu.ko
awake=$(rate 1)
i=0; while [ "$(cat $P/watchdog)" != idle ] && [ $i -lt 20 ]; do sleep 1; i=$((i + 1)); done
ok watchdog_goes_idle "watchdog: $(cat $P/watchdog) after $i s more" "$(cat $P/watchdog)" = idle
idle=$(rate 4)
ok idle_timer_interrupts "timer interrupts/s: $before without iu.ko, $awake with its watchdog awake, $idle idle (timeout_us $(cat $P/timeout_us))" \
	$idle -le $((before + 50))
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
