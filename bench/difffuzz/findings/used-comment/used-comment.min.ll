@alloc_a6c42dd606b67eaf806006dec35dd3ab = private unnamed_addr constant [15 x i8] c"iu_kprobe_count", align 1
@_ZN12kprobe_count4PROG17h4f15a767a0f95997E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E, ptr @alloc_a6c42dd606b67eaf806006dec35dd3ab, [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getpid", align 8
@_ZN12kprobe_count5COUNT17h8f1bb978174deda6E = internal global [8 x i8] zeroinitializer, align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN12kprobe_count4PROG17h4f15a767a0f95997E;"{
], section "llvm.metadata"
define internal noundef i32 @_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj, ptr noalias readonly align 8 captures(none) %_regs) unnamed_addr #0 {
start:
  %0 = atomicrmw add ptr @_ZN12kprobe_count5COUNT17h8f1bb978174deda6E, i64 1 monotonic, align 8
  %n = add i64 %0, 1
  %_0 = trunc i64 %n to i32
  ret i32 %_0
}
