; ModuleID = 'loop_helper.fbd011b87b26e9c4-cgu.0'
source_filename = "loop_helper.fbd011b87b26e9c4-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_c7da0c8fc9d29bd26e3080586d780123 = private unnamed_addr constant [14 x i8] c"iu_loop_helper", align 1
@_ZN11loop_helper4PROG17h4e9a5ad741c8e8bdE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11loop_helper17iu_loop_helper_fn17h1e0f0fde72159ac3E, ptr @alloc_c7da0c8fc9d29bd26e3080586d780123, [8 x i8] c"\0E\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getuid", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN11loop_helper4PROG17h4e9a5ad741c8e8bdE], section "llvm.metadata"

; loop_helper::iu_loop_helper_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN11loop_helper17iu_loop_helper_fn17h1e0f0fde72159ac3E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj, ptr noalias readonly align 8 captures(none) %_regs) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  %last.sroa.0.0 = phi i64 [ 0, %start ], [ %now, %bb1 ]
; call iu_rt::kprobe::bpf_ktime_get_ns
  %now = tail call noundef i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj) #1
  %_5 = icmp ult i64 %now, %last.sroa.0.0
  br i1 %_5, label %bb3, label %bb1

bb3:                                              ; preds = %bb1
  ret i32 1
}

; iu_rt::kprobe::bpf_ktime_get_ns
; Function Attrs: nounwind nonlazybind uwtable
declare noundef i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32)) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
