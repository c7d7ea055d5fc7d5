; ModuleID = 'sched_cls.7c7a6a62a610f612-cgu.0'
source_filename = "sched_cls.7c7a6a62a610f612-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_e40ae8e247f3b693a017e81911afb779 = private unnamed_addr constant [12 x i8] c"iu_sched_cls", align 1
@_ZN9sched_cls4PROG17h7f31a2fbafd85880E = internal constant <{ [8 x i8], ptr, ptr, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", ptr @_ZN9sched_cls15iu_sched_cls_fn17h75429c03fb030904E, ptr @alloc_e40ae8e247f3b693a017e81911afb779, [9 x i8] c"\0C\00\00\00\00\00\00\00\01", [3 x i8] undef, [4 x i8] c"\07\00\00\00" }>, section "inner_unikernel/classifier", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN9sched_cls4PROG17h7f31a2fbafd85880E], section "llvm.metadata"

; sched_cls::iu_sched_cls_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef range(i32 0, 8) i32 @_ZN9sched_cls15iu_sched_cls_fn17h75429c03fb030904E(ptr noalias noundef readonly align 8 captures(none) dereferenceable(40) %obj, ptr noalias noundef readonly align 4 captures(none) dereferenceable(44) %skb) unnamed_addr #0 {
start:
  %_3 = load i32, ptr %skb, align 4, !noundef !3
  %0 = icmp eq i32 %_3, 0
  %1 = getelementptr inbounds nuw i8, ptr %skb, i64 8
  %_5 = load i32, ptr %1, align 4
  %2 = getelementptr inbounds nuw i8, ptr %obj, i64 36
  %_6 = load i32, ptr %2, align 4
  %_4 = icmp eq i32 %_5, %_6
  %. = select i1 %_4, i32 7, i32 0
  %_0.sroa.0.0 = select i1 %0, i32 2, i32 %.
  ret i32 %_0.sroa.0.0
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
