# Test "load": iu.ko, which every route's module is linked against.  The
# routes' checks are not about termination: they run with a 1 s budget,
# since a busy host can stall a TCG CPU for more than the default 10 ms of
# wall time (a route test that checks stops sets the budget it wants).
run insmod_iu insmod /iu.ko
run budget_1s sh -c "echo 1000000 >/sys/module/iu/parameters/timeout_us"
