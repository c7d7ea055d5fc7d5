# Test "timeout": the self-test's endless programs (interrupts on, off,
# hard irq, nested, interrupted, in a helper, ...) are stopped within
# iu.ko's budget, never earlier; iu.ko counts every stop.
P=/sys/module/iu/parameters S=/sys/module/iu_selftest/parameters
saved=$(cat $P/timeout_us)
echo 10000 >$P/timeout_us	# the default budget
cat $P/timeout_us >$S/budget_us
t0=$(cat $P/timeouts)
run run_group sh -c "echo timeout >$S/run"
n=$(($(cat $P/timeouts) - t0))
# 107 stops, and up to 250 runs of the false-positive check that a busy
# host stalled past the budget (the group reports those).
ok timeouts_counted "$n stops counted in /sys/module/iu/parameters/timeouts" \
	$n -ge 107 -a $n -le 361
echo "$saved" >$P/timeout_us
