# Test "timeout_param": timeout_us is writable at run time, takes effect
# at once, and refuses values out of range.
P=/sys/module/iu/parameters S=/sys/module/iu_selftest/parameters
saved=$(cat $P/timeout_us)
run set_30ms sh -c "echo 30000 >$P/timeout_us"
echo 30000 >$S/budget_us
run run_group sh -c "echo timeout_param >$S/run"
bad=
for v in 0 999 60000001 abc -5; do
	sh -c "echo $v >$P/timeout_us" 2>/dev/null && bad="$bad $v"
done
ok refuses_out_of_range "accepted:${bad:- none}; now $(cat $P/timeout_us)" \
	-z "$bad" -a "$(cat $P/timeout_us)" = 30000
run set_10ms sh -c "echo 10000 >$P/timeout_us"
echo 10000 >$S/budget_us
run run_group_10ms sh -c "echo timeout_param >$S/run"
echo "$saved" >$P/timeout_us
