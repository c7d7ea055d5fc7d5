# Test "load": iu.ko and the self-test module load; ftrace does not offer
# iu.ko's panic path (notrace) while it lists iu.ko's other functions (so
# the check can fail).
run insmod_iu insmod /iu.ko
run insmod_selftest insmod /iu_selftest.ko
A=/sys/kernel/tracing/available_filter_functions
traced=$(grep -E "^(iu_landingpad|iu_landingpad_prepare|iu_cleanup_all|iu_run_entries|iu_cleanup_register|iu_cleanup_unregister|iu_run_leaked|iu_frame_foreign) " $A | tr "\n" " ")
others=$(grep -c "\[iu\]" $A)
ok ftrace_cannot_trace_panic_path "traceable: '$traced'; $others other iu.ko functions listed" \
	-z "$traced" -a "$others" -gt 0
