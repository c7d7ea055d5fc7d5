; ModuleID = 'recursion.f66bed1e-cgu.0'
source_filename = "recursion.f66bed1e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc3 = private unnamed_addr constant <{ [10 x i8] }> <{ [10 x i8] c"iu_recurse" }>, align 1
@_ZN9recursion7RECURSE17h694f494c493a1757E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN9recursion13iu_recurse_fn17ha3b6c61d64c8eb77E to i8*), i8* getelementptr inbounds (<{ [10 x i8] }>, <{ [10 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getegid", align 8
@alloc9 = private unnamed_addr constant <{ [17 x i8] }> <{ [17 x i8] c"iu_recursion_bomb" }>, align 1
@_ZN9recursion4BOMB17h2e712e0034955150E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN9recursion20iu_recursion_bomb_fn17hb29fde0c3545f66bE to i8*), i8* getelementptr inbounds (<{ [17 x i8] }>, <{ [17 x i8] }>* @alloc9, i32 0, i32 0, i32 0), [8 x i8] c"\11\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getpgrp", align 8
@llvm.compiler.used = appending global [2 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN9recursion4BOMB17h2e712e0034955150E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN9recursion7RECURSE17h694f494c493a1757E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; recursion::depth
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 %n, i64 %limit) unnamed_addr #0 {
start:
  %local = alloca [4 x i64], align 8
  %_3.not = icmp ult i64 %n, %limit
  br i1 %_3.not, label %bb2, label %common.ret

common.ret:                                       ; preds = %start, %bb2
  %common.ret.op = phi i64 [ %3, %bb2 ], [ 0, %start ]
  ret i64 %common.ret.op

bb2:                                              ; preds = %start
  %0 = bitcast [4 x i64]* %local to i8*
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(32) %0, i8 0, i64 32, i1 false)
  %_8 = and i64 %n, 3
  %1 = getelementptr inbounds [4 x i64], [4 x i64]* %local, i64 0, i64 %_8
  %_16 = add nuw i64 %n, 1
  store volatile i64 %_16, i64* %1, align 8
; call recursion::depth
  %_18 = tail call fastcc i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 %_16, i64 %limit) #4
  %2 = load volatile i64, i64* %1, align 8
  %3 = add i64 %2, %_18
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %0)
  br label %common.ret
}

; recursion::iu_recurse_fn
; Function Attrs: nofree nounwind nonlazybind
define internal i32 @_ZN9recursion13iu_recurse_fn17ha3b6c61d64c8eb77E(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %0, align 8
; call recursion::depth
  %_3 = tail call fastcc i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 0, i64 %_4) #4
  %1 = trunc i64 %_3 to i32
  ret i32 %1
}

; recursion::iu_recursion_bomb_fn
; Function Attrs: nofree nounwind nonlazybind
define internal i32 @_ZN9recursion20iu_recursion_bomb_fn17hb29fde0c3545f66bE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %_regs) unnamed_addr #1 {
start:
; call recursion::depth
  %_3 = tail call fastcc i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 0, i64 -1) #4
  %0 = trunc i64 %_3 to i32
  ret i32 %0
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { nofree noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
