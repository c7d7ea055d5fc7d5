; ModuleID = 'xdp.3d3a1987-cgu.0'
source_filename = "xdp.3d3a1987-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::xdp" = type { i64, i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)*, { [0 x i8]*, i64 }, i32, [1 x i32] }
%"iu_rt::xdp_md" = type { { [0 x i8]*, i64 }, i32, [1 x i32] }

@alloc3 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_xdp_pass" }>, align 1
@_ZN3xdp4PROG17habab4a8a53cc6cb4E = internal constant <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)* @_ZN3xdp14iu_xdp_pass_fn17h4a60519f25113b51E to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [12 x i8] c"\0B\00\00\00\00\00\00\00\00\00\00\00", [4 x i8] undef }>, section "inner_unikernel/xdp", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>* @_ZN3xdp4PROG17habab4a8a53cc6cb4E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; xdp::iu_xdp_pass_fn
; Function Attrs: mustprogress nofree nosync nounwind nonlazybind willreturn
define internal i32 @_ZN3xdp14iu_xdp_pass_fn17h4a60519f25113b51E(%"iu_rt::xdp"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_obj, %"iu_rt::xdp_md"* noalias nocapture noundef readonly align 8 dereferenceable(24) %md) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds %"iu_rt::xdp_md", %"iu_rt::xdp_md"* %md, i64 0, i32 0, i32 1
  %_6.1 = load i64, i64* %0, align 8
  %_4.not.i = icmp eq i64 %_6.1, 0
  br i1 %_4.not.i, label %bb7, label %bb2

bb2:                                              ; preds = %start
  %1 = getelementptr inbounds %"iu_rt::xdp_md", %"iu_rt::xdp_md"* %md, i64 0, i32 0, i32 0
  %_6.0 = load [0 x i8]*, [0 x i8]** %1, align 8, !nonnull !2, !align !3, !noundef !2
  %first.i = getelementptr inbounds [0 x i8], [0 x i8]* %_6.0, i64 0, i64 0
  %2 = load i8, i8* %first.i, align 1
  %3 = icmp eq i8 %2, -1
  %. = select i1 %3, i32 1, i32 2
  br label %bb7

bb7:                                              ; preds = %bb2, %start
  %.0 = phi i32 [ 0, %start ], [ %., %bb2 ]
  ret i32 %.0
}

attributes #0 = { mustprogress nofree nosync nounwind nonlazybind willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{}
!3 = !{i64 1}
