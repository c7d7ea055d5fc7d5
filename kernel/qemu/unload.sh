# Test "unload": the self-test module's exit checks no entry is left and no
# dispatch active (IU-TEST unload.* lines), then both modules unload.
run rmmod_selftest rmmod iu_selftest
run rmmod_iu rmmod iu
