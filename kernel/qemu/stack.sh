# Test "stack": the self-test's recursing programs stop with -EOVERFLOW
# (process context, hard irq, nested, 500 in a row), deep callers and NMI
# context are refused, and the reserve below the limit is measured; iu.ko
# counts every overflow and refusal.
P=/sys/module/iu/parameters S=/sys/module/iu_selftest/parameters
cat $P/stack_budget >$S/stack_budget
o0=$(cat $P/overflows) f0=$(cat $P/refusals)
run run_group sh -c "echo stack >$S/run"
o=$(($(cat $P/overflows) - o0)) f=$(($(cat $P/refusals) - f0))
ok counted "$o overflows, $f refusals counted in /sys/module/iu/parameters" \
	$o = 503 -a $f = 2
