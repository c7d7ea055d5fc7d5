# Test "stop_latency": endless loops that call a bracketed helper
# (ktime_get) every turn are stopped about as soon after the budget as
# plain loops: from process context with interrupts on and off, and from
# the self-test's kprobe on getpid.
P=/sys/module/iu/parameters S=/sys/module/iu_selftest/parameters
saved=$(cat $P/timeout_us)
# The harness boots with tsc=reliable (harness/run.sh says why).
cs=$(cat /sys/devices/system/clocksource/clocksource0/current_clocksource)
ok clocksource_tsc "current clocksource: $cs" "$cs" = tsc
echo 10000 >$P/timeout_us
echo 10000 >$S/lat_budget_us
n=$(cat $S/lat_runs)
run run_group sh -c "echo stop_latency >$S/run"
echo 2 >$S/kprobe_mode
/getpid "$n"; rc2=$?
echo 3 >$S/kprobe_mode
/getpid "$n"; rc3=$?
echo 0 >$S/kprobe_mode
ok getpid_ran "$n getpid calls with each program: exit $rc2, $rc3" $rc2 = 0 -a $rc3 = 0
run run_kprobe sh -c "echo stop_latency_kprobe $IU_TEST >$S/run"
echo "$saved" >$P/timeout_us
