; ModuleID = 'loop_cleanup.bcf539ac4c52e70-cgu.0'
source_filename = "loop_cleanup.bcf539ac4c52e70-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_55ae2662567d837bc08f980c4f251c31 = private unnamed_addr constant [15 x i8] c"iu_loop_cleanup", align 1
@_ZN12loop_cleanup4PROG17hf1f3f3bef2998baaE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12loop_cleanup18iu_loop_cleanup_fn17hc7f8530ee7bb5d18E, ptr @alloc_55ae2662567d837bc08f980c4f251c31, [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getgid", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN12loop_cleanup4PROG17hf1f3f3bef2998baaE], section "llvm.metadata"

; loop_cleanup::iu_loop_cleanup_fn
; Function Attrs: noreturn nounwind nonlazybind uwtable
define internal noundef i32 @_ZN12loop_cleanup18iu_loop_cleanup_fn17hc7f8530ee7bb5d18E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !3
; call iu_rt::Resource::new
  %1 = tail call { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64 noundef %_4) #2
  br label %bb2

bb2:                                              ; preds = %bb2, %start
  br label %bb2
}

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind uwtable
declare { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64 noundef) unnamed_addr #1

attributes #0 = { noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
