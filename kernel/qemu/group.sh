# Tests "notrace", "context", "cleanup", "dispatch", ...: run the self-test
# module's group of checks of the same name (it prints the IU-TEST lines).
run run_group sh -c "echo $IU_TEST > /sys/module/iu_selftest/parameters/run"
