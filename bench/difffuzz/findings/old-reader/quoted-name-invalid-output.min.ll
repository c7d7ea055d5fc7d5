@alloc_0faa8a577e9892a7940816e5c32f10ea = private unnamed_addr constant [11 x i8] c"iu_xdp_pass", align 1
@_ZN3xdp4PROG17hb768b9f5f6918485E = internal constant <{ [8 x i8], ptr, ptr, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @_ZN3xdp14iu_xdp_pass_fn17h54e05f64ee9b2b36E, ptr @alloc_0faa8a577e9892a7940816e5c32f10ea, [12 x i8] c"\0B\00\00\00\00\00\00\00\00\00\00\00", [4 x i8] undef }>, section "inner_unikernel/xdp", align 8
@"\6C\6Cv\6D.used" = appending global [1 x ptr] [ptr @_ZN3xdp4PROG17hb768b9f5f6918485E], section "llvm.metadata"

; xdp::iu_xdp_pass_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define internal noundef range(i32 0, 3) i32 @_ZN3xdp14iu_xdp_pass_fn17h54e05f64ee9b2b36E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %md) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %md, i64 8
  %_4.1 = load i64, ptr %0, align 8, !noundef !3
  %_7.not = icmp eq i64 %_4.1, 0
  br i1 %_7.not, label %bb3, label %bb4

bb4:                                              ; preds = %start
  %_4.0 = load ptr, ptr %md, align 8, !nonnull !3, !align !4, !noundef !3
  %1 = load i8, ptr %_4.0, align 1, !noundef !3
  %2 = icmp eq i8 %1, -1
  %. = select i1 %2, i32 1, i32 2
  br label %bb3

bb3:                                              ; preds = %bb4, %start
  %_0.sroa.0.0 = phi i32 [ %., %bb4 ], [ 0, %start ]
  ret i32 %_0.sroa.0.0
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 1}
