; ModuleID = 'spin.8753da9e-cgu.0'
source_filename = "spin.8753da9e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc3 = private unnamed_addr constant <{ [7 x i8] }> <{ [7 x i8] c"iu_spin" }>, align 1
@_ZN4spin4PROG17h94dcd54eed01e2beE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN4spin10iu_spin_fn17h307338f9f0120146E to i8*), i8* getelementptr inbounds (<{ [7 x i8] }>, <{ [7 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\07\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_geteuid", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN4spin4PROG17h94dcd54eed01e2beE, i32 0, i32 0, i32 0)], section "llvm.metadata"

; spin::iu_spin_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN4spin10iu_spin_fn17h307338f9f0120146E(%"iu_rt::kprobe"* noalias noundef readonly align 8 dereferenceable(32) %obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #0 {
start:
; call iu_rt::kprobe::bpf_ktime_get_ns
  %start1 = tail call i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* noalias noundef nonnull readonly align 8 dereferenceable(32) %obj) #1
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_10 = load i64, i64* %0, align 8
  br label %bb2

bb2:                                              ; preds = %bb2, %start
; call iu_rt::kprobe::bpf_ktime_get_ns
  %_7 = tail call i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* noalias noundef nonnull readonly align 8 dereferenceable(32) %obj) #1
  %1 = sub i64 %_7, %start1
  %_5 = icmp ult i64 %1, %_10
  br i1 %_5, label %bb2, label %bb6

bb6:                                              ; preds = %bb2
  ret i32 22807
}

; iu_rt::kprobe::bpf_ktime_get_ns
; Function Attrs: nounwind nonlazybind
declare i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* noalias noundef readonly align 8 dereferenceable(32)) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
