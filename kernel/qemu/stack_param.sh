# Test "stack_param": stack_budget is writable at run time, moves the
# limit at once, and refuses values out of range.
P=/sys/module/iu/parameters S=/sys/module/iu_selftest/parameters
saved=$(cat $P/stack_budget)
run set_4k sh -c "echo 4096 >$P/stack_budget"
echo 4096 >$S/stack_budget
run run_group sh -c "echo stack_param >$S/run"
bad=
for v in 0 511 16384 13000 abc; do
	sh -c "echo $v >$P/stack_budget" 2>/dev/null && bad="$bad $v"
done
ok refuses_out_of_range "accepted:${bad:- none}; now $(cat $P/stack_budget)" \
	-z "$bad" -a "$(cat $P/stack_budget)" = 4096
run restore sh -c "echo $saved >$P/stack_budget"
echo "$saved" >$S/stack_budget
