# Test "kprobe": the self-test's kprobe on __x64_sys_getpid dispatches a
# counting program, then a panicking one (each cleanup run once), then the
# counting one again.
P=/sys/module/iu_selftest/parameters
h0=$(cat $P/kprobe_hits)
/getpid 1000; rc=$?
h1=$(cat $P/kprobe_hits)
ok program_counts "hits=$((h1 - h0)) for 1000 getpid rc=$rc" $rc = 0 -a $((h1 - h0)) -ge 1000

echo 1 >$P/kprobe_mode
p0=$(cat $P/kprobe_panics) c0=$(cat $P/kprobe_cleanups)
/getpid 2000; rc=$?
p1=$(cat $P/kprobe_panics) c1=$(cat $P/kprobe_cleanups)
echo 0 >$P/kprobe_mode
ok program_panics "panics=$((p1 - p0)) cleanups=$((c1 - c0)) for 2000 getpid rc=$rc" \
	$rc = 0 -a $((p1 - p0)) -ge 2000 -a $((c1 - c0)) = $((p1 - p0))

h2=$(cat $P/kprobe_hits)
/getpid 100; rc=$?
h3=$(cat $P/kprobe_hits)
ok counts_after_panics "hits=$((h3 - h2)) rc=$rc" $rc = 0 -a $((h3 - h2)) -ge 100
