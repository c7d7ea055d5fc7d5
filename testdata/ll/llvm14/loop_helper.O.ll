; ModuleID = 'loop_helper.fd4f2c01-cgu.0'
source_filename = "loop_helper.fd4f2c01-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc3 = private unnamed_addr constant <{ [14 x i8] }> <{ [14 x i8] c"iu_loop_helper" }>, align 1
@_ZN11loop_helper4PROG17h53aee184b4ffc5bdE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11loop_helper17iu_loop_helper_fn17h374145b4614d6a4cE to i8*), i8* getelementptr inbounds (<{ [14 x i8] }>, <{ [14 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\0E\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getuid", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11loop_helper4PROG17h53aee184b4ffc5bdE, i32 0, i32 0, i32 0)], section "llvm.metadata"

; loop_helper::iu_loop_helper_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11loop_helper17iu_loop_helper_fn17h374145b4614d6a4cE(%"iu_rt::kprobe"* noalias noundef readonly align 8 dereferenceable(32) %obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %_regs) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  %last.0 = phi i64 [ 0, %start ], [ %now, %bb1 ]
; call iu_rt::kprobe::bpf_ktime_get_ns
  %now = tail call i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* noalias noundef nonnull readonly align 8 dereferenceable(32) %obj) #1
  %_6 = icmp ult i64 %now, %last.0
  br i1 %_6, label %bb3, label %bb1

bb3:                                              ; preds = %bb1
  ret i32 1
}

; iu_rt::kprobe::bpf_ktime_get_ns
; Function Attrs: nounwind nonlazybind
declare i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* noalias noundef readonly align 8 dereferenceable(32)) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
