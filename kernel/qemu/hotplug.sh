# Test "hotplug": the supervisors follow CPU hotplug.  With CPU 1 offline,
# CPU 0 watches itself from its timer interrupt (a program running with
# interrupts on is stopped); back online, both supervise again and a
# program running with interrupts off is stopped again.
P=/sys/module/iu/parameters S=/sys/module/iu_selftest/parameters
C=/sys/devices/system/cpu/cpu1/online
saved=$(cat $P/timeout_us)
echo 10000 >$P/timeout_us
echo 10000 >$S/budget_us
ok two_supervisors "supervisors: $(cat $P/supervisors)" "$(cat $P/supervisors)" = "0 1"
run cpu1_offline sh -c "echo 0 >$C"
ok one_supervisor "supervisors: $(cat $P/supervisors)" "$(cat $P/supervisors)" = "0 -1"
run run_single sh -c "echo 'timeout_self hotplug' >$S/run"
run cpu1_online sh -c "echo 1 >$C"
ok two_supervisors_again "supervisors: $(cat $P/supervisors)" "$(cat $P/supervisors)" = "0 1"
run run_after sh -c "echo 'timeout_param hotplug' >$S/run"
echo "$saved" >$P/timeout_us
