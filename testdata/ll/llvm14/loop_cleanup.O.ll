; ModuleID = 'loop_cleanup.02bcb772-cgu.0'
source_filename = "loop_cleanup.02bcb772-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc3 = private unnamed_addr constant <{ [15 x i8] }> <{ [15 x i8] c"iu_loop_cleanup" }>, align 1
@_ZN12loop_cleanup4PROG17h53e7ef40d39c5284E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN12loop_cleanup18iu_loop_cleanup_fn17h10e3c5296e915cedE to i8*), i8* getelementptr inbounds (<{ [15 x i8] }>, <{ [15 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getgid", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12loop_cleanup4PROG17h53e7ef40d39c5284E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; loop_cleanup::iu_loop_cleanup_fn
; Function Attrs: noreturn nounwind nonlazybind
define internal i32 @_ZN12loop_cleanup18iu_loop_cleanup_fn17h10e3c5296e915cedE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %0, align 8
; call iu_rt::Resource::new
  %1 = tail call { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64 %_4) #2
  br label %bb2

bb2:                                              ; preds = %bb2, %start
  br label %bb2
}

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind
declare { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64) unnamed_addr #1

attributes #0 = { noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
