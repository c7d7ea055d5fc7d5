# Tests "lto", "ir", "ir14": one per route (IU_TEST is the route). Loads
# iu_e2e_<route>.ko (its init prints the direct_* and attach results), drives
# the programs' attach points with /e2e_trig and checks what they returned,
# then unloads it.  iu.ko is loaded by the test "load".
r=$IU_TEST
if ! insmod /iu_e2e_$r.ko; then t insmod FAIL; return 0; fi
t insmod PASS
P=/sys/module/iu_e2e_$r/parameters
g() { cat $P/$1; }

/e2e_trig getpid 1000
ok kprobe_count_returns "hits=$(g kp_count_hits) last=$(g kp_count_last) bad=$(g kp_count_bad)" \
	"$(g kp_count_hits)" = 1000 -a "$(g kp_count_last)" = 1000 -a "$(g kp_count_bad)" = 0

for i in 0 1 2 3; do /e2e_trig dup $i 50; done
ok tracepoint_hello_returns_0 "dup_hits=$(g dup_hits) hello_bad=$(g hello_bad)" \
	"$(g dup_hits)" = 200 -a "$(g hello_bad)" = 0
ok oob_in_bounds_returns "ok=$(g oob_ok) bad=$(g oob_bad)" "$(g oob_ok)" = 200 -a "$(g oob_bad)" = 0

/e2e_trig dup 4 300; /e2e_trig dup 1000000 200
ok oob_panic_einval "einval=$(g oob_einval) bad=$(g oob_bad) hello_bad=$(g hello_bad)" \
	"$(g oob_einval)" = 500 -a "$(g oob_bad)" = 0 -a "$(g hello_bad)" = 0
m=$(g panic_msg | tr "\n" " ")
case $m in *"index out of bounds"*) v=PASS ;; *) v=FAIL ;; esac
t oob_panic_message $v "msg='$m'"

/e2e_trig close 4242 0 100
ok cleanup_normal_returns "ok=$(g cl_ok) bad=$(g cl_bad) acquired=$(g rt_acquired) released=$(g rt_released)" \
	"$(g cl_ok)" = 100 -a "$(g cl_bad)" = 0 -a "$(g rt_acquired)" = 100 -a "$(g rt_released)" = 100

/e2e_trig close 4343 1 1000
ok cleanup_panic_einval "einval=$(g cl_einval) bad=$(g cl_bad)" "$(g cl_einval)" = 1000 -a "$(g cl_bad)" = 0
ok cleanup_ran_once "acquired=$(g rt_acquired) released=$(g rt_released)" \
	"$(g rt_acquired)" = 1100 -a "$(g rt_released)" = 1100
m=$(g panic_msg | tr "\n" " ")
case $m in *"cleanup test panic (resource 4343)"*) v=PASS ;; *) v=FAIL ;; esac
t cleanup_panic_message $v "msg='$m'"

# The kernel lives on and the programs keep serving hits.
/e2e_trig getpid 100; /e2e_trig dup 2 10; /e2e_trig close 4444 0 10
ok after_panics_serving "kp_hits=$(g kp_count_hits) kp_bad=$(g kp_count_bad) oob_ok=$(g oob_ok) cl_ok=$(g cl_ok)" \
	"$(g kp_count_hits)" = 1100 -a "$(g kp_count_bad)" = 0 -a "$(g oob_ok)" = 210 -a "$(g cl_ok)" = 110
ok no_leaked_entries "leaked=$(g leaked) depth_bad=$(g depth_bad)" "$(g leaked)" = 0 -a "$(g depth_bad)" = 0
ok direct_calls "direct_fail=$(g direct_fail)" "$(g direct_fail)" = 0

run rmmod rmmod iu_e2e_$r
