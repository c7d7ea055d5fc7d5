; ModuleID = 'stack_progs.2501221f-cgu.0'
source_filename = "stack_progs.2501221f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@_ZN11stack_progs3OPS17hc45024024d1c4409E = internal constant <{ i8*, i8* }> <{ i8* bitcast (i64 (i64)* @_ZN11stack_progs6double17h0c694358d9954f1fE to i8*), i8* bitcast (i64 (i64)* @_ZN11stack_progs6square17hf3067ee04dba7941E to i8*) }>, align 8
@alloc10 = private unnamed_addr constant <{ [8 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00" }>, align 8
@alloc13 = private unnamed_addr constant <{ i8*, [16 x i8], i8* }> <{ i8* bitcast (void ({ i64, i64 }*)* @"_ZN4core3ptr38drop_in_place$LT$stack_progs..Rect$GT$17h21b7193e8cec7a01E" to i8*), [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", i8* bitcast (i64 (i64*)* @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h37507fa727642323E" to i8*) }>, align 8
@alloc15 = private unnamed_addr constant <{ [16 x i8] }> <{ [16 x i8] c"\02\00\00\00\00\00\00\00\05\00\00\00\00\00\00\00" }>, align 8
@alloc18 = private unnamed_addr constant <{ i8*, [16 x i8], i8* }> <{ i8* bitcast (void ({ i64, i64 }*)* @"_ZN4core3ptr38drop_in_place$LT$stack_progs..Rect$GT$17h21b7193e8cec7a01E" to i8*), [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", i8* bitcast (i64 ({ i64, i64 }*)* @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17hdf1d2d33fbab02e3E" to i8*) }>, align 8
@_ZN11stack_progs6SHAPES17hcc252b8dd219a42dE = internal constant <{ i8*, i8*, i8*, i8* }> <{ i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc10, i32 0, i32 0, i32 0), i8* bitcast (<{ i8*, [16 x i8], i8* }>* @alloc13 to i8*), i8* getelementptr inbounds (<{ [16 x i8] }>, <{ [16 x i8] }>* @alloc15, i32 0, i32 0, i32 0), i8* bitcast (<{ i8*, [16 x i8], i8* }>* @alloc18 to i8*) }>, align 8
@_ZN11stack_progs4LEFT17hdcbf8b0daa11b62dE = internal global <{ [4 x i8] }> <{ [4 x i8] c"\03\00\00\00" }>, align 4
@alloc23 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_st_recurse" }>, align 1
@_ZN11stack_progs7RECURSE17hd66371963135f5d2E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs16iu_st_recurse_fn17h3d03500a6354b6b9E to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc23, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getegid", align 8
@alloc29 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_st_parity" }>, align 1
@_ZN11stack_progs6PARITY17h7452e13929e85040E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs15iu_st_parity_fn17h121519f89a83b6d2E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc29, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getpgrp", align 8
@alloc34 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_st_fnptr" }>, align 1
@_ZN11stack_progs5FNPTR17h032f64ee5d39e9c4E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs14iu_st_fnptr_fn17h4389a5b02ed6c237E to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc34, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getsid", align 8
@alloc39 = private unnamed_addr constant <{ [9 x i8] }> <{ [9 x i8] c"iu_st_dyn" }>, align 1
@_ZN11stack_progs3DYN17he5939c4d2635b9f3E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs12iu_st_dyn_fn17h7861118a035c6caeE to i8*), i8* getelementptr inbounds (<{ [9 x i8] }>, <{ [9 x i8] }>* @alloc39, i32 0, i32 0, i32 0), [8 x i8] c"\09\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getuid", align 8
@alloc44 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_st_chain" }>, align 1
@_ZN11stack_progs5CHAIN17hda48762a2f890b13E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs14iu_st_chain_fn17hbf74efb95fb6bd7bE to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc44, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getgid", align 8
@alloc49 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_st_reenter" }>, align 1
@_ZN11stack_progs7REENTER17hbb216240669a30fbE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs16iu_st_reenter_fn17h0fd6b2202e10796fE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc49, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_gettid", align 8
@llvm.compiler.used = appending global [6 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs3DYN17he5939c4d2635b9f3E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs5CHAIN17hda48762a2f890b13E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs5FNPTR17h032f64ee5d39e9c4E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs6PARITY17h7452e13929e85040E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs7RECURSE17hd66371963135f5d2E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs7REENTER17hbb216240669a30fbE, i32 0, i32 0, i32 0)], section "llvm.metadata"

; core::ptr::drop_in_place<stack_progs::Rect>
; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal void @"_ZN4core3ptr38drop_in_place$LT$stack_progs..Rect$GT$17h21b7193e8cec7a01E"({ i64, i64 }* nocapture %_1) unnamed_addr #0 {
start:
  ret void
}

; stack_progs::depth
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN11stack_progs5depth17h8590bad9d25b9e57E(i64 %n, i64 %limit) unnamed_addr #1 {
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
; call stack_progs::depth
  %_18 = tail call fastcc i64 @_ZN11stack_progs5depth17h8590bad9d25b9e57E(i64 %_16, i64 %limit) #11
  %2 = load volatile i64, i64* %1, align 8
  %3 = add i64 %2, %_18
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %0)
  br label %common.ret
}

; stack_progs::iu_st_recurse_fn
; Function Attrs: nofree nounwind nonlazybind
define internal i32 @_ZN11stack_progs16iu_st_recurse_fn17h3d03500a6354b6b9E(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %0, align 8
; call stack_progs::depth
  %_3 = tail call fastcc i64 @_ZN11stack_progs5depth17h8590bad9d25b9e57E(i64 0, i64 %_4) #11
  %1 = trunc i64 %_3 to i32
  ret i32 %1
}

; stack_progs::even
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc noundef zeroext i1 @_ZN11stack_progs4even17h509a754fb8c623c4E(i64 %n) unnamed_addr #1 {
start:
  %v.i = alloca i64, align 8
  %0 = icmp eq i64 %n, 0
  br i1 %0, label %bb5, label %bb2

bb2:                                              ; preds = %start
  %_4 = add i64 %n, -1
  %v.i.0.sroa_cast2 = bitcast i64* %v.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
  store i64 %_4, i64* %v.i, align 8
  %v.i.0.v.i.0.v.0.v.0..i = load volatile i64, i64* %v.i, align 8
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
; call stack_progs::odd
  %1 = tail call fastcc noundef zeroext i1 @_ZN11stack_progs3odd17h755fd749c3715ab6E(i64 %v.i.0.v.i.0.v.0.v.0..i) #11
  br label %bb5

bb5:                                              ; preds = %start, %bb2
  %.0 = phi i1 [ %1, %bb2 ], [ true, %start ]
  ret i1 %.0
}

; stack_progs::odd
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc noundef zeroext i1 @_ZN11stack_progs3odd17h755fd749c3715ab6E(i64 %n) unnamed_addr #1 {
start:
  %v.i = alloca i64, align 8
  %0 = icmp eq i64 %n, 0
  br i1 %0, label %bb5, label %bb2

bb2:                                              ; preds = %start
  %_4 = add i64 %n, -1
  %v.i.0.sroa_cast2 = bitcast i64* %v.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
  store i64 %_4, i64* %v.i, align 8
  %v.i.0.v.i.0.v.0.v.0..i = load volatile i64, i64* %v.i, align 8
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
; call stack_progs::even
  %1 = tail call fastcc noundef zeroext i1 @_ZN11stack_progs4even17h509a754fb8c623c4E(i64 %v.i.0.v.i.0.v.0.v.0..i) #11
  br label %bb5

bb5:                                              ; preds = %start, %bb2
  %.0 = phi i1 [ %1, %bb2 ], [ false, %start ]
  ret i1 %.0
}

; stack_progs::iu_st_parity_fn
; Function Attrs: nofree nounwind nonlazybind
define internal i32 @_ZN11stack_progs15iu_st_parity_fn17h121519f89a83b6d2E(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %0, align 8
; call stack_progs::even
  %_3 = tail call fastcc noundef zeroext i1 @_ZN11stack_progs4even17h509a754fb8c623c4E(i64 %_4) #11
  %1 = zext i1 %_3 to i32
  ret i32 %1
}

; stack_progs::double
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal i64 @_ZN11stack_progs6double17h0c694358d9954f1fE(i64 %x) unnamed_addr #3 {
start:
  %0 = shl i64 %x, 1
  ret i64 %0
}

; stack_progs::square
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal i64 @_ZN11stack_progs6square17hf3067ee04dba7941E(i64 %x) unnamed_addr #3 {
start:
  %0 = mul i64 %x, %x
  ret i64 %0
}

; stack_progs::iu_st_fnptr_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs14iu_st_fnptr_fn17h4389a5b02ed6c237E(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_9 = load i64, i64* %0, align 8
  %_8 = and i64 %_9, 1
  %_5 = getelementptr inbounds [2 x i64 (i64)*], [2 x i64 (i64)*]* bitcast (<{ i8*, i8* }>* @_ZN11stack_progs3OPS17hc45024024d1c4409E to [2 x i64 (i64)*]*), i64 0, i64 %_8
  %1 = load volatile i64 (i64)*, i64 (i64)** %_5, align 8, !nonnull !2
  %2 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 13
  %_14 = load i64, i64* %2, align 8
  %_12 = tail call i64 %1(i64 %_14) #11
  %3 = trunc i64 %_12 to i32
  ret i32 %3
}

; <stack_progs::Square as stack_progs::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn
define internal i64 @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h37507fa727642323E"(i64* noalias nocapture noundef readonly align 8 dereferenceable(8) %self) unnamed_addr #5 {
start:
  %_2 = load i64, i64* %self, align 8
  %0 = mul i64 %_2, %_2
  ret i64 %0
}

; <stack_progs::Rect as stack_progs::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn
define internal i64 @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17hdf1d2d33fbab02e3E"({ i64, i64 }* noalias nocapture noundef readonly align 8 dereferenceable(16) %self) unnamed_addr #5 {
start:
  %0 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %self, i64 0, i32 0
  %_2 = load i64, i64* %0, align 8
  %1 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %self, i64 0, i32 1
  %_3 = load i64, i64* %1, align 8
  %2 = mul i64 %_3, %_2
  ret i64 %2
}

; stack_progs::iu_st_dyn_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs12iu_st_dyn_fn17h7861118a035c6caeE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_11 = load i64, i64* %0, align 8
  %_10 = and i64 %_11, 1
  %_7 = getelementptr inbounds [2 x { {}*, [3 x i64]* }], [2 x { {}*, [3 x i64]* }]* bitcast (<{ i8*, i8*, i8*, i8* }>* @_ZN11stack_progs6SHAPES17hcc252b8dd219a42dE to [2 x { {}*, [3 x i64]* }]*), i64 0, i64 %_10
  %1 = load volatile { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %_7, align 8
  %2 = extractvalue { {}*, [3 x i64]* } %1, 0
  %3 = extractvalue { {}*, [3 x i64]* } %1, 1
  %4 = icmp ne {}* %2, null
  tail call void @llvm.assume(i1 %4) #11
  %5 = icmp ne [3 x i64]* %3, null
  tail call void @llvm.assume(i1 %5) #11
  %6 = getelementptr inbounds [3 x i64], [3 x i64]* %3, i64 0, i64 3
  %7 = bitcast i64* %6 to i64 ({}*)**
  %8 = load i64 ({}*)*, i64 ({}*)** %7, align 8, !invariant.load !2, !nonnull !2
  %_14 = tail call i64 %8({}* noundef nonnull align 1 %2) #11
  %9 = trunc i64 %_14 to i32
  ret i32 %9
}

; stack_progs::chain3
; Function Attrs: mustprogress nofree noinline nounwind nonlazybind willreturn
define internal fastcc i64 @_ZN11stack_progs6chain317h80c23feb965f9905E(i64 %x) unnamed_addr #6 {
start:
  %v.i = alloca i64, align 8
  %v.i.0.sroa_cast2 = bitcast i64* %v.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
  store i64 %x, i64* %v.i, align 8
  %v.i.0.v.i.0.v.0.v.0..i = load volatile i64, i64* %v.i, align 8
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
  %0 = add i64 %v.i.0.v.i.0.v.0.v.0..i, 3
  ret i64 %0
}

; stack_progs::chain2
; Function Attrs: mustprogress nofree noinline nounwind nonlazybind willreturn
define internal fastcc i64 @_ZN11stack_progs6chain217h6b18a6f1419e5040E(i64 %x) unnamed_addr #6 {
start:
  %v.i = alloca i64, align 8
  %v.i.0.sroa_cast2 = bitcast i64* %v.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
  store i64 %x, i64* %v.i, align 8
  %v.i.0.v.i.0.v.0.v.0..i = load volatile i64, i64* %v.i, align 8
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
; call stack_progs::chain3
  %_2 = tail call fastcc i64 @_ZN11stack_progs6chain317h80c23feb965f9905E(i64 %v.i.0.v.i.0.v.0.v.0..i) #11
  %0 = shl i64 %_2, 1
  ret i64 %0
}

; stack_progs::chain1
; Function Attrs: mustprogress nofree noinline nounwind nonlazybind willreturn
define internal fastcc i64 @_ZN11stack_progs6chain117h6921a9c472546303E(i64 %x) unnamed_addr #6 {
start:
  %v.i = alloca i64, align 8
  %v.i.0.sroa_cast2 = bitcast i64* %v.i to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
  store i64 %x, i64* %v.i, align 8
  %v.i.0.v.i.0.v.0.v.0..i = load volatile i64, i64* %v.i, align 8
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %v.i.0.sroa_cast2)
; call stack_progs::chain2
  %_2 = tail call fastcc i64 @_ZN11stack_progs6chain217h6b18a6f1419e5040E(i64 %v.i.0.v.i.0.v.0.v.0..i) #11
  %0 = add i64 %_2, 1
  ret i64 %0
}

; stack_progs::iu_st_chain_fn
; Function Attrs: mustprogress nofree nounwind nonlazybind willreturn
define internal i32 @_ZN11stack_progs14iu_st_chain_fn17hbf74efb95fb6bd7bE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #7 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %0, align 8
; call stack_progs::chain1
  %_3 = tail call fastcc i64 @_ZN11stack_progs6chain117h6921a9c472546303E(i64 %_4) #11
  %1 = trunc i64 %_3 to i32
  ret i32 %1
}

; stack_progs::iu_st_reenter_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs16iu_st_reenter_fn17h0fd6b2202e10796fE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #4 {
start:
  %0 = load volatile i32, i32* bitcast (<{ [4 x i8] }>* @_ZN11stack_progs4LEFT17hdcbf8b0daa11b62dE to i32*), align 4
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %bb6, label %bb3

bb3:                                              ; preds = %start
  %_10 = add i32 %0, -1
  store volatile i32 %_10, i32* bitcast (<{ [4 x i8] }>* @_ZN11stack_progs4LEFT17hdcbf8b0daa11b62dE to i32*), align 4
  %_12 = tail call i32 @iu_st_reenter(%"iu_rt::pt_regs"* nonnull %regs) #11
  %2 = add i32 %_12, 1
  br label %bb6

bb6:                                              ; preds = %start, %bb3
  %.0 = phi i32 [ %2, %bb3 ], [ 0, %start ]
  ret i32 %.0
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #8

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #8

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: inaccessiblememonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.assume(i1 noundef) #10

; Function Attrs: nounwind nonlazybind
declare i32 @iu_st_reenter(%"iu_rt::pt_regs"*) unnamed_addr #4

attributes #0 = { inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nofree nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #4 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nofree noinline nounwind nonlazybind willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #7 = { mustprogress nofree nounwind nonlazybind willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #8 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #9 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #10 = { inaccessiblememonly mustprogress nofree nosync nounwind willreturn }
attributes #11 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{}
