# Test "idle": the first dispatch after the watchdog went idle wakes it and
# is watched from its start: an endless program is stopped within about
# the budget, as with the watchdog awake.
P=/sys/module/iu/parameters S=/sys/module/iu_selftest/parameters
saved=$(cat $P/timeout_us)
echo 10000 >$P/timeout_us
echo 10000 >$S/budget_us
i=0; while [ "$(cat $P/watchdog)" != idle ] && [ $i -lt 20 ]; do sleep 1; i=$((i + 1)); done
ok was_idle "watchdog: $(cat $P/watchdog) after $i s" "$(cat $P/watchdog)" = idle
run run_group sh -c "echo 'timeout_param idle' >$S/run"
ok awake "watchdog: $(cat $P/watchdog)" "$(cat $P/watchdog)" = running
echo "$saved" >$P/timeout_us
