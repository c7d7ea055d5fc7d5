; ModuleID = 'deep_chain.9da54b15-cgu.0'
source_filename = "deep_chain.9da54b15-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc27 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_deep_chain" }>, align 1
@_ZN10deep_chain4PROG17ha4fed6aaf5b7fde7E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN10deep_chain16iu_deep_chain_fn17hc45e100ce3be51c7E to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc27, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_sched_yield", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN10deep_chain4PROG17ha4fed6aaf5b7fde7E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; deep_chain::iu_deep_chain_fn
; Function Attrs: nofree nounwind nonlazybind
define internal i32 @_ZN10deep_chain16iu_deep_chain_fn17hc45e100ce3be51c7E(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %0, align 8
; call deep_chain::level1
  %_3 = tail call fastcc i64 @_ZN10deep_chain6level117h480df435764077ffE(i64 %_4) #5
  %1 = trunc i64 %_3 to i32
  ret i32 %1
}

; deep_chain::level12
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain7level1217h4306f8a158abefbdE(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [192 x i8], align 1
  %0 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 192, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(192) %0, i8 0, i64 192, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 12
  br label %bb4

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %16, %bb4 ]
  %2 = or i64 %iter.sroa.0.037, 1
  %3 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %3, align 1
  %4 = or i64 %iter.sroa.0.037, 2
  %5 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %2
  store volatile i8 %v, i8* %5, align 1
  %6 = or i64 %iter.sroa.0.037, 3
  %7 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %4
  store volatile i8 %v, i8* %7, align 1
  %8 = or i64 %iter.sroa.0.037, 4
  %9 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %6
  store volatile i8 %v, i8* %9, align 1
  %10 = or i64 %iter.sroa.0.037, 5
  %11 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %8
  store volatile i8 %v, i8* %11, align 1
  %12 = or i64 %iter.sroa.0.037, 6
  %13 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %10
  store volatile i8 %v, i8* %13, align 1
  %14 = or i64 %iter.sroa.0.037, 7
  %15 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %12
  store volatile i8 %v, i8* %15, align 1
  %16 = add nuw nsw i64 %iter.sroa.0.037, 8
  %17 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %14
  store volatile i8 %v, i8* %17, align 1
  %exitcond.not.7 = icmp eq i64 %16, 192
  br i1 %exitcond.not.7, label %bb14, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 192, i8* nonnull %0)
  ret i64 %49

bb14:                                             ; preds = %bb4, %bb14
  %sum.039 = phi i64 [ %49, %bb14 ], [ 0, %bb4 ]
  %iter1.sroa.0.038 = phi i64 [ %46, %bb14 ], [ 0, %bb4 ]
  %18 = or i64 %iter1.sroa.0.038, 1
  %19 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %20 = load volatile i8, i8* %19, align 1
  %_30 = zext i8 %20 to i64
  %21 = add i64 %sum.039, %_30
  %22 = or i64 %iter1.sroa.0.038, 2
  %23 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %18
  %24 = load volatile i8, i8* %23, align 1
  %_30.1 = zext i8 %24 to i64
  %25 = add i64 %21, %_30.1
  %26 = or i64 %iter1.sroa.0.038, 3
  %27 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %22
  %28 = load volatile i8, i8* %27, align 1
  %_30.2 = zext i8 %28 to i64
  %29 = add i64 %25, %_30.2
  %30 = or i64 %iter1.sroa.0.038, 4
  %31 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %26
  %32 = load volatile i8, i8* %31, align 1
  %_30.3 = zext i8 %32 to i64
  %33 = add i64 %29, %_30.3
  %34 = or i64 %iter1.sroa.0.038, 5
  %35 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %30
  %36 = load volatile i8, i8* %35, align 1
  %_30.4 = zext i8 %36 to i64
  %37 = add i64 %33, %_30.4
  %38 = or i64 %iter1.sroa.0.038, 6
  %39 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %34
  %40 = load volatile i8, i8* %39, align 1
  %_30.5 = zext i8 %40 to i64
  %41 = add i64 %37, %_30.5
  %42 = or i64 %iter1.sroa.0.038, 7
  %43 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %38
  %44 = load volatile i8, i8* %43, align 1
  %_30.6 = zext i8 %44 to i64
  %45 = add i64 %41, %_30.6
  %46 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %47 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 %42
  %48 = load volatile i8, i8* %47, align 1
  %_30.7 = zext i8 %48 to i64
  %49 = add i64 %45, %_30.7
  %exitcond40.not.7 = icmp eq i64 %46, 192
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level11
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain7level1117heff3ee3873fba329E(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [176 x i8], align 1
  %0 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 176, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(176) %0, i8 0, i64 176, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 11
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level12
  %2 = tail call fastcc i64 @_ZN10deep_chain7level1217h4306f8a158abefbdE(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 176
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 176, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 176
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level10
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain7level1017h8bd05c4c6677517aE(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [160 x i8], align 1
  %0 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(160) %0, i8 0, i64 160, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 10
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level11
  %2 = tail call fastcc i64 @_ZN10deep_chain7level1117heff3ee3873fba329E(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 160
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 160
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level9
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level917hd1bcf07ccaa8892dE(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [144 x i8], align 1
  %0 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 144, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(144) %0, i8 0, i64 144, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 9
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level10
  %2 = tail call fastcc i64 @_ZN10deep_chain7level1017h8bd05c4c6677517aE(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 144
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 144, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 144
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level8
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level817h139ac4bb75bcd412E(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [128 x i8], align 1
  %0 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 128, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(128) %0, i8 0, i64 128, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 8
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level9
  %2 = tail call fastcc i64 @_ZN10deep_chain6level917hd1bcf07ccaa8892dE(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 128
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 128, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 128
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level7
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level717h3d6e972b19438471E(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [112 x i8], align 1
  %0 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 112, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(112) %0, i8 0, i64 112, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 7
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level8
  %2 = tail call fastcc i64 @_ZN10deep_chain6level817h139ac4bb75bcd412E(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 112
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 112, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 112
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level6
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level617hc9ef0be717e9ef62E(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [96 x i8], align 1
  %0 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 96, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(96) %0, i8 0, i64 96, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 6
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level7
  %2 = tail call fastcc i64 @_ZN10deep_chain6level717h3d6e972b19438471E(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 96
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 96, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 96
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level5
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level517ha92d1faa677d59a3E(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [80 x i8], align 1
  %0 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 80, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(80) %0, i8 0, i64 80, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 5
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level6
  %2 = tail call fastcc i64 @_ZN10deep_chain6level617hc9ef0be717e9ef62E(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 80
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 80, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 80
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level4
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level417h1931bb7fe164a7a8E(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [64 x i8], align 1
  %0 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %0, i8 0, i64 64, i1 false)
  %1 = trunc i64 %seed to i8
  %v = xor i8 %1, 4
  br label %bb4

bb6:                                              ; preds = %bb4
; call deep_chain::level5
  %2 = tail call fastcc i64 @_ZN10deep_chain6level517ha92d1faa677d59a3E(i64 %seed) #5
  br label %bb14

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.037 = phi i64 [ 0, %start ], [ %17, %bb4 ]
  %3 = or i64 %iter.sroa.0.037, 1
  %4 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %iter.sroa.0.037
  store volatile i8 %v, i8* %4, align 1
  %5 = or i64 %iter.sroa.0.037, 2
  %6 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %3
  store volatile i8 %v, i8* %6, align 1
  %7 = or i64 %iter.sroa.0.037, 3
  %8 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %5
  store volatile i8 %v, i8* %8, align 1
  %9 = or i64 %iter.sroa.0.037, 4
  %10 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %7
  store volatile i8 %v, i8* %10, align 1
  %11 = or i64 %iter.sroa.0.037, 5
  %12 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %9
  store volatile i8 %v, i8* %12, align 1
  %13 = or i64 %iter.sroa.0.037, 6
  %14 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %11
  store volatile i8 %v, i8* %14, align 1
  %15 = or i64 %iter.sroa.0.037, 7
  %16 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %13
  store volatile i8 %v, i8* %16, align 1
  %17 = add nuw nsw i64 %iter.sroa.0.037, 8
  %18 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %15
  store volatile i8 %v, i8* %18, align 1
  %exitcond.not.7 = icmp eq i64 %17, 64
  br i1 %exitcond.not.7, label %bb6, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %0)
  ret i64 %50

bb14:                                             ; preds = %bb14, %bb6
  %sum.039 = phi i64 [ %2, %bb6 ], [ %50, %bb14 ]
  %iter1.sroa.0.038 = phi i64 [ 0, %bb6 ], [ %47, %bb14 ]
  %19 = or i64 %iter1.sroa.0.038, 1
  %20 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %iter1.sroa.0.038
  %21 = load volatile i8, i8* %20, align 1
  %_30 = zext i8 %21 to i64
  %22 = add i64 %sum.039, %_30
  %23 = or i64 %iter1.sroa.0.038, 2
  %24 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %19
  %25 = load volatile i8, i8* %24, align 1
  %_30.1 = zext i8 %25 to i64
  %26 = add i64 %22, %_30.1
  %27 = or i64 %iter1.sroa.0.038, 3
  %28 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %23
  %29 = load volatile i8, i8* %28, align 1
  %_30.2 = zext i8 %29 to i64
  %30 = add i64 %26, %_30.2
  %31 = or i64 %iter1.sroa.0.038, 4
  %32 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %27
  %33 = load volatile i8, i8* %32, align 1
  %_30.3 = zext i8 %33 to i64
  %34 = add i64 %30, %_30.3
  %35 = or i64 %iter1.sroa.0.038, 5
  %36 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %31
  %37 = load volatile i8, i8* %36, align 1
  %_30.4 = zext i8 %37 to i64
  %38 = add i64 %34, %_30.4
  %39 = or i64 %iter1.sroa.0.038, 6
  %40 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %35
  %41 = load volatile i8, i8* %40, align 1
  %_30.5 = zext i8 %41 to i64
  %42 = add i64 %38, %_30.5
  %43 = or i64 %iter1.sroa.0.038, 7
  %44 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %39
  %45 = load volatile i8, i8* %44, align 1
  %_30.6 = zext i8 %45 to i64
  %46 = add i64 %42, %_30.6
  %47 = add nuw nsw i64 %iter1.sroa.0.038, 8
  %48 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 %43
  %49 = load volatile i8, i8* %48, align 1
  %_30.7 = zext i8 %49 to i64
  %50 = add i64 %46, %_30.7
  %exitcond40.not.7 = icmp eq i64 %47, 64
  br i1 %exitcond40.not.7, label %bb16, label %bb14
}

; deep_chain::level3
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level317h2a5541c29fdfdd07E(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  %buf.sroa.35 = alloca i8, align 1
  %buf.sroa.37 = alloca i8, align 1
  %buf.sroa.39 = alloca i8, align 1
  %buf.sroa.41 = alloca i8, align 1
  %buf.sroa.43 = alloca i8, align 1
  %buf.sroa.45 = alloca i8, align 1
  %buf.sroa.47 = alloca i8, align 1
  %buf.sroa.49 = alloca i8, align 1
  %buf.sroa.51 = alloca i8, align 1
  %buf.sroa.53 = alloca i8, align 1
  %buf.sroa.55 = alloca i8, align 1
  %buf.sroa.57 = alloca i8, align 1
  %buf.sroa.59 = alloca i8, align 1
  %buf.sroa.61 = alloca i8, align 1
  %buf.sroa.63 = alloca i8, align 1
  %buf.sroa.65 = alloca i8, align 1
  %buf.sroa.67 = alloca i8, align 1
  %buf.sroa.69 = alloca i8, align 1
  %buf.sroa.71 = alloca i8, align 1
  %buf.sroa.73 = alloca i8, align 1
  %buf.sroa.75 = alloca i8, align 1
  %buf.sroa.77 = alloca i8, align 1
  %buf.sroa.79 = alloca i8, align 1
  %buf.sroa.81 = alloca i8, align 1
  %buf.sroa.83 = alloca i8, align 1
  %buf.sroa.85 = alloca i8, align 1
  %buf.sroa.87 = alloca i8, align 1
  %buf.sroa.89 = alloca i8, align 1
  %buf.sroa.91 = alloca i8, align 1
  %buf.sroa.93 = alloca i8, align 1
  %buf.sroa.95 = alloca i8, align 1
  %buf.sroa.97 = alloca i8, align 1
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.33)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.35)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.37)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.39)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.41)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.43)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.45)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.47)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.49)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.51)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.53)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.55)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.57)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.59)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.61)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.63)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.65)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.67)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.69)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.71)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.73)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.75)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.77)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.79)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.81)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.83)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.85)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.87)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.89)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.91)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.93)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.95)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.97)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 3
  store volatile i8 %v, i8* %buf.sroa.0, align 1
  store volatile i8 %v, i8* %buf.sroa.5, align 1
  store volatile i8 %v, i8* %buf.sroa.7, align 1
  store volatile i8 %v, i8* %buf.sroa.9, align 1
  store volatile i8 %v, i8* %buf.sroa.11, align 1
  store volatile i8 %v, i8* %buf.sroa.13, align 1
  store volatile i8 %v, i8* %buf.sroa.15, align 1
  store volatile i8 %v, i8* %buf.sroa.17, align 1
  store volatile i8 %v, i8* %buf.sroa.19, align 1
  store volatile i8 %v, i8* %buf.sroa.21, align 1
  store volatile i8 %v, i8* %buf.sroa.23, align 1
  store volatile i8 %v, i8* %buf.sroa.25, align 1
  store volatile i8 %v, i8* %buf.sroa.27, align 1
  store volatile i8 %v, i8* %buf.sroa.29, align 1
  store volatile i8 %v, i8* %buf.sroa.31, align 1
  store volatile i8 %v, i8* %buf.sroa.33, align 1
  store volatile i8 %v, i8* %buf.sroa.35, align 1
  store volatile i8 %v, i8* %buf.sroa.37, align 1
  store volatile i8 %v, i8* %buf.sroa.39, align 1
  store volatile i8 %v, i8* %buf.sroa.41, align 1
  store volatile i8 %v, i8* %buf.sroa.43, align 1
  store volatile i8 %v, i8* %buf.sroa.45, align 1
  store volatile i8 %v, i8* %buf.sroa.47, align 1
  store volatile i8 %v, i8* %buf.sroa.49, align 1
  store volatile i8 %v, i8* %buf.sroa.51, align 1
  store volatile i8 %v, i8* %buf.sroa.53, align 1
  store volatile i8 %v, i8* %buf.sroa.55, align 1
  store volatile i8 %v, i8* %buf.sroa.57, align 1
  store volatile i8 %v, i8* %buf.sroa.59, align 1
  store volatile i8 %v, i8* %buf.sroa.61, align 1
  store volatile i8 %v, i8* %buf.sroa.63, align 1
  store volatile i8 %v, i8* %buf.sroa.65, align 1
  store volatile i8 %v, i8* %buf.sroa.67, align 1
  store volatile i8 %v, i8* %buf.sroa.69, align 1
  store volatile i8 %v, i8* %buf.sroa.71, align 1
  store volatile i8 %v, i8* %buf.sroa.73, align 1
  store volatile i8 %v, i8* %buf.sroa.75, align 1
  store volatile i8 %v, i8* %buf.sroa.77, align 1
  store volatile i8 %v, i8* %buf.sroa.79, align 1
  store volatile i8 %v, i8* %buf.sroa.81, align 1
  store volatile i8 %v, i8* %buf.sroa.83, align 1
  store volatile i8 %v, i8* %buf.sroa.85, align 1
  store volatile i8 %v, i8* %buf.sroa.87, align 1
  store volatile i8 %v, i8* %buf.sroa.89, align 1
  store volatile i8 %v, i8* %buf.sroa.91, align 1
  store volatile i8 %v, i8* %buf.sroa.93, align 1
  store volatile i8 %v, i8* %buf.sroa.95, align 1
  store volatile i8 %v, i8* %buf.sroa.97, align 1
; call deep_chain::level4
  %1 = tail call fastcc i64 @_ZN10deep_chain6level417h1931bb7fe164a7a8E(i64 %seed) #5
  %buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, i8* %buf.sroa.0, align 1
  %_30 = zext i8 %buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_30
  %buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, i8* %buf.sroa.5, align 1
  %_30.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_30.1
  %buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, i8* %buf.sroa.7, align 1
  %_30.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_30.2
  %buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, i8* %buf.sroa.9, align 1
  %_30.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_30.3
  %buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, i8* %buf.sroa.11, align 1
  %_30.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_30.4
  %buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, i8* %buf.sroa.13, align 1
  %_30.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_30.5
  %buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, i8* %buf.sroa.15, align 1
  %_30.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_30.6
  %buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, i8* %buf.sroa.17, align 1
  %_30.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_30.7
  %buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, i8* %buf.sroa.19, align 1
  %_30.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_30.8
  %buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, i8* %buf.sroa.21, align 1
  %_30.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_30.9
  %buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, i8* %buf.sroa.23, align 1
  %_30.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_30.10
  %buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, i8* %buf.sroa.25, align 1
  %_30.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_30.11
  %buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, i8* %buf.sroa.27, align 1
  %_30.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_30.12
  %buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, i8* %buf.sroa.29, align 1
  %_30.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_30.13
  %buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, i8* %buf.sroa.31, align 1
  %_30.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_30.14
  %buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, i8* %buf.sroa.33, align 1
  %_30.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_30.15
  %buf.sroa.35.0.buf.sroa.35.16. = load volatile i8, i8* %buf.sroa.35, align 1
  %_30.16 = zext i8 %buf.sroa.35.0.buf.sroa.35.16. to i64
  %18 = add i64 %17, %_30.16
  %buf.sroa.37.0.buf.sroa.37.17. = load volatile i8, i8* %buf.sroa.37, align 1
  %_30.17 = zext i8 %buf.sroa.37.0.buf.sroa.37.17. to i64
  %19 = add i64 %18, %_30.17
  %buf.sroa.39.0.buf.sroa.39.18. = load volatile i8, i8* %buf.sroa.39, align 1
  %_30.18 = zext i8 %buf.sroa.39.0.buf.sroa.39.18. to i64
  %20 = add i64 %19, %_30.18
  %buf.sroa.41.0.buf.sroa.41.19. = load volatile i8, i8* %buf.sroa.41, align 1
  %_30.19 = zext i8 %buf.sroa.41.0.buf.sroa.41.19. to i64
  %21 = add i64 %20, %_30.19
  %buf.sroa.43.0.buf.sroa.43.20. = load volatile i8, i8* %buf.sroa.43, align 1
  %_30.20 = zext i8 %buf.sroa.43.0.buf.sroa.43.20. to i64
  %22 = add i64 %21, %_30.20
  %buf.sroa.45.0.buf.sroa.45.21. = load volatile i8, i8* %buf.sroa.45, align 1
  %_30.21 = zext i8 %buf.sroa.45.0.buf.sroa.45.21. to i64
  %23 = add i64 %22, %_30.21
  %buf.sroa.47.0.buf.sroa.47.22. = load volatile i8, i8* %buf.sroa.47, align 1
  %_30.22 = zext i8 %buf.sroa.47.0.buf.sroa.47.22. to i64
  %24 = add i64 %23, %_30.22
  %buf.sroa.49.0.buf.sroa.49.23. = load volatile i8, i8* %buf.sroa.49, align 1
  %_30.23 = zext i8 %buf.sroa.49.0.buf.sroa.49.23. to i64
  %25 = add i64 %24, %_30.23
  %buf.sroa.51.0.buf.sroa.51.24. = load volatile i8, i8* %buf.sroa.51, align 1
  %_30.24 = zext i8 %buf.sroa.51.0.buf.sroa.51.24. to i64
  %26 = add i64 %25, %_30.24
  %buf.sroa.53.0.buf.sroa.53.25. = load volatile i8, i8* %buf.sroa.53, align 1
  %_30.25 = zext i8 %buf.sroa.53.0.buf.sroa.53.25. to i64
  %27 = add i64 %26, %_30.25
  %buf.sroa.55.0.buf.sroa.55.26. = load volatile i8, i8* %buf.sroa.55, align 1
  %_30.26 = zext i8 %buf.sroa.55.0.buf.sroa.55.26. to i64
  %28 = add i64 %27, %_30.26
  %buf.sroa.57.0.buf.sroa.57.27. = load volatile i8, i8* %buf.sroa.57, align 1
  %_30.27 = zext i8 %buf.sroa.57.0.buf.sroa.57.27. to i64
  %29 = add i64 %28, %_30.27
  %buf.sroa.59.0.buf.sroa.59.28. = load volatile i8, i8* %buf.sroa.59, align 1
  %_30.28 = zext i8 %buf.sroa.59.0.buf.sroa.59.28. to i64
  %30 = add i64 %29, %_30.28
  %buf.sroa.61.0.buf.sroa.61.29. = load volatile i8, i8* %buf.sroa.61, align 1
  %_30.29 = zext i8 %buf.sroa.61.0.buf.sroa.61.29. to i64
  %31 = add i64 %30, %_30.29
  %buf.sroa.63.0.buf.sroa.63.30. = load volatile i8, i8* %buf.sroa.63, align 1
  %_30.30 = zext i8 %buf.sroa.63.0.buf.sroa.63.30. to i64
  %32 = add i64 %31, %_30.30
  %buf.sroa.65.0.buf.sroa.65.31. = load volatile i8, i8* %buf.sroa.65, align 1
  %_30.31 = zext i8 %buf.sroa.65.0.buf.sroa.65.31. to i64
  %33 = add i64 %32, %_30.31
  %buf.sroa.67.0.buf.sroa.67.32. = load volatile i8, i8* %buf.sroa.67, align 1
  %_30.32 = zext i8 %buf.sroa.67.0.buf.sroa.67.32. to i64
  %34 = add i64 %33, %_30.32
  %buf.sroa.69.0.buf.sroa.69.33. = load volatile i8, i8* %buf.sroa.69, align 1
  %_30.33 = zext i8 %buf.sroa.69.0.buf.sroa.69.33. to i64
  %35 = add i64 %34, %_30.33
  %buf.sroa.71.0.buf.sroa.71.34. = load volatile i8, i8* %buf.sroa.71, align 1
  %_30.34 = zext i8 %buf.sroa.71.0.buf.sroa.71.34. to i64
  %36 = add i64 %35, %_30.34
  %buf.sroa.73.0.buf.sroa.73.35. = load volatile i8, i8* %buf.sroa.73, align 1
  %_30.35 = zext i8 %buf.sroa.73.0.buf.sroa.73.35. to i64
  %37 = add i64 %36, %_30.35
  %buf.sroa.75.0.buf.sroa.75.36. = load volatile i8, i8* %buf.sroa.75, align 1
  %_30.36 = zext i8 %buf.sroa.75.0.buf.sroa.75.36. to i64
  %38 = add i64 %37, %_30.36
  %buf.sroa.77.0.buf.sroa.77.37. = load volatile i8, i8* %buf.sroa.77, align 1
  %_30.37 = zext i8 %buf.sroa.77.0.buf.sroa.77.37. to i64
  %39 = add i64 %38, %_30.37
  %buf.sroa.79.0.buf.sroa.79.38. = load volatile i8, i8* %buf.sroa.79, align 1
  %_30.38 = zext i8 %buf.sroa.79.0.buf.sroa.79.38. to i64
  %40 = add i64 %39, %_30.38
  %buf.sroa.81.0.buf.sroa.81.39. = load volatile i8, i8* %buf.sroa.81, align 1
  %_30.39 = zext i8 %buf.sroa.81.0.buf.sroa.81.39. to i64
  %41 = add i64 %40, %_30.39
  %buf.sroa.83.0.buf.sroa.83.40. = load volatile i8, i8* %buf.sroa.83, align 1
  %_30.40 = zext i8 %buf.sroa.83.0.buf.sroa.83.40. to i64
  %42 = add i64 %41, %_30.40
  %buf.sroa.85.0.buf.sroa.85.41. = load volatile i8, i8* %buf.sroa.85, align 1
  %_30.41 = zext i8 %buf.sroa.85.0.buf.sroa.85.41. to i64
  %43 = add i64 %42, %_30.41
  %buf.sroa.87.0.buf.sroa.87.42. = load volatile i8, i8* %buf.sroa.87, align 1
  %_30.42 = zext i8 %buf.sroa.87.0.buf.sroa.87.42. to i64
  %44 = add i64 %43, %_30.42
  %buf.sroa.89.0.buf.sroa.89.43. = load volatile i8, i8* %buf.sroa.89, align 1
  %_30.43 = zext i8 %buf.sroa.89.0.buf.sroa.89.43. to i64
  %45 = add i64 %44, %_30.43
  %buf.sroa.91.0.buf.sroa.91.44. = load volatile i8, i8* %buf.sroa.91, align 1
  %_30.44 = zext i8 %buf.sroa.91.0.buf.sroa.91.44. to i64
  %46 = add i64 %45, %_30.44
  %buf.sroa.93.0.buf.sroa.93.45. = load volatile i8, i8* %buf.sroa.93, align 1
  %_30.45 = zext i8 %buf.sroa.93.0.buf.sroa.93.45. to i64
  %47 = add i64 %46, %_30.45
  %buf.sroa.95.0.buf.sroa.95.46. = load volatile i8, i8* %buf.sroa.95, align 1
  %_30.46 = zext i8 %buf.sroa.95.0.buf.sroa.95.46. to i64
  %48 = add i64 %47, %_30.46
  %buf.sroa.97.0.buf.sroa.97.47. = load volatile i8, i8* %buf.sroa.97, align 1
  %_30.47 = zext i8 %buf.sroa.97.0.buf.sroa.97.47. to i64
  %49 = add i64 %48, %_30.47
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.33)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.35)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.37)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.39)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.41)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.43)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.45)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.47)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.49)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.51)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.53)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.55)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.57)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.59)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.61)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.63)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.65)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.67)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.69)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.71)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.73)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.75)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.77)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.79)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.81)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.83)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.85)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.87)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.89)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.91)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.93)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.95)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.97)
  ret i64 %49
}

; deep_chain::level2
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level217ha0d9f46ecf786ceeE(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  %buf.sroa.35 = alloca i8, align 1
  %buf.sroa.37 = alloca i8, align 1
  %buf.sroa.39 = alloca i8, align 1
  %buf.sroa.41 = alloca i8, align 1
  %buf.sroa.43 = alloca i8, align 1
  %buf.sroa.45 = alloca i8, align 1
  %buf.sroa.47 = alloca i8, align 1
  %buf.sroa.49 = alloca i8, align 1
  %buf.sroa.51 = alloca i8, align 1
  %buf.sroa.53 = alloca i8, align 1
  %buf.sroa.55 = alloca i8, align 1
  %buf.sroa.57 = alloca i8, align 1
  %buf.sroa.59 = alloca i8, align 1
  %buf.sroa.61 = alloca i8, align 1
  %buf.sroa.63 = alloca i8, align 1
  %buf.sroa.65 = alloca i8, align 1
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.33)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.35)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.37)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.39)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.41)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.43)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.45)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.47)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.49)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.51)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.53)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.55)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.57)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.59)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.61)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.63)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.65)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 2
  store volatile i8 %v, i8* %buf.sroa.0, align 1
  store volatile i8 %v, i8* %buf.sroa.5, align 1
  store volatile i8 %v, i8* %buf.sroa.7, align 1
  store volatile i8 %v, i8* %buf.sroa.9, align 1
  store volatile i8 %v, i8* %buf.sroa.11, align 1
  store volatile i8 %v, i8* %buf.sroa.13, align 1
  store volatile i8 %v, i8* %buf.sroa.15, align 1
  store volatile i8 %v, i8* %buf.sroa.17, align 1
  store volatile i8 %v, i8* %buf.sroa.19, align 1
  store volatile i8 %v, i8* %buf.sroa.21, align 1
  store volatile i8 %v, i8* %buf.sroa.23, align 1
  store volatile i8 %v, i8* %buf.sroa.25, align 1
  store volatile i8 %v, i8* %buf.sroa.27, align 1
  store volatile i8 %v, i8* %buf.sroa.29, align 1
  store volatile i8 %v, i8* %buf.sroa.31, align 1
  store volatile i8 %v, i8* %buf.sroa.33, align 1
  store volatile i8 %v, i8* %buf.sroa.35, align 1
  store volatile i8 %v, i8* %buf.sroa.37, align 1
  store volatile i8 %v, i8* %buf.sroa.39, align 1
  store volatile i8 %v, i8* %buf.sroa.41, align 1
  store volatile i8 %v, i8* %buf.sroa.43, align 1
  store volatile i8 %v, i8* %buf.sroa.45, align 1
  store volatile i8 %v, i8* %buf.sroa.47, align 1
  store volatile i8 %v, i8* %buf.sroa.49, align 1
  store volatile i8 %v, i8* %buf.sroa.51, align 1
  store volatile i8 %v, i8* %buf.sroa.53, align 1
  store volatile i8 %v, i8* %buf.sroa.55, align 1
  store volatile i8 %v, i8* %buf.sroa.57, align 1
  store volatile i8 %v, i8* %buf.sroa.59, align 1
  store volatile i8 %v, i8* %buf.sroa.61, align 1
  store volatile i8 %v, i8* %buf.sroa.63, align 1
  store volatile i8 %v, i8* %buf.sroa.65, align 1
; call deep_chain::level3
  %1 = tail call fastcc i64 @_ZN10deep_chain6level317h2a5541c29fdfdd07E(i64 %seed) #5
  %buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, i8* %buf.sroa.0, align 1
  %_30 = zext i8 %buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_30
  %buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, i8* %buf.sroa.5, align 1
  %_30.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_30.1
  %buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, i8* %buf.sroa.7, align 1
  %_30.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_30.2
  %buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, i8* %buf.sroa.9, align 1
  %_30.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_30.3
  %buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, i8* %buf.sroa.11, align 1
  %_30.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_30.4
  %buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, i8* %buf.sroa.13, align 1
  %_30.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_30.5
  %buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, i8* %buf.sroa.15, align 1
  %_30.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_30.6
  %buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, i8* %buf.sroa.17, align 1
  %_30.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_30.7
  %buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, i8* %buf.sroa.19, align 1
  %_30.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_30.8
  %buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, i8* %buf.sroa.21, align 1
  %_30.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_30.9
  %buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, i8* %buf.sroa.23, align 1
  %_30.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_30.10
  %buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, i8* %buf.sroa.25, align 1
  %_30.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_30.11
  %buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, i8* %buf.sroa.27, align 1
  %_30.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_30.12
  %buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, i8* %buf.sroa.29, align 1
  %_30.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_30.13
  %buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, i8* %buf.sroa.31, align 1
  %_30.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_30.14
  %buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, i8* %buf.sroa.33, align 1
  %_30.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_30.15
  %buf.sroa.35.0.buf.sroa.35.16. = load volatile i8, i8* %buf.sroa.35, align 1
  %_30.16 = zext i8 %buf.sroa.35.0.buf.sroa.35.16. to i64
  %18 = add i64 %17, %_30.16
  %buf.sroa.37.0.buf.sroa.37.17. = load volatile i8, i8* %buf.sroa.37, align 1
  %_30.17 = zext i8 %buf.sroa.37.0.buf.sroa.37.17. to i64
  %19 = add i64 %18, %_30.17
  %buf.sroa.39.0.buf.sroa.39.18. = load volatile i8, i8* %buf.sroa.39, align 1
  %_30.18 = zext i8 %buf.sroa.39.0.buf.sroa.39.18. to i64
  %20 = add i64 %19, %_30.18
  %buf.sroa.41.0.buf.sroa.41.19. = load volatile i8, i8* %buf.sroa.41, align 1
  %_30.19 = zext i8 %buf.sroa.41.0.buf.sroa.41.19. to i64
  %21 = add i64 %20, %_30.19
  %buf.sroa.43.0.buf.sroa.43.20. = load volatile i8, i8* %buf.sroa.43, align 1
  %_30.20 = zext i8 %buf.sroa.43.0.buf.sroa.43.20. to i64
  %22 = add i64 %21, %_30.20
  %buf.sroa.45.0.buf.sroa.45.21. = load volatile i8, i8* %buf.sroa.45, align 1
  %_30.21 = zext i8 %buf.sroa.45.0.buf.sroa.45.21. to i64
  %23 = add i64 %22, %_30.21
  %buf.sroa.47.0.buf.sroa.47.22. = load volatile i8, i8* %buf.sroa.47, align 1
  %_30.22 = zext i8 %buf.sroa.47.0.buf.sroa.47.22. to i64
  %24 = add i64 %23, %_30.22
  %buf.sroa.49.0.buf.sroa.49.23. = load volatile i8, i8* %buf.sroa.49, align 1
  %_30.23 = zext i8 %buf.sroa.49.0.buf.sroa.49.23. to i64
  %25 = add i64 %24, %_30.23
  %buf.sroa.51.0.buf.sroa.51.24. = load volatile i8, i8* %buf.sroa.51, align 1
  %_30.24 = zext i8 %buf.sroa.51.0.buf.sroa.51.24. to i64
  %26 = add i64 %25, %_30.24
  %buf.sroa.53.0.buf.sroa.53.25. = load volatile i8, i8* %buf.sroa.53, align 1
  %_30.25 = zext i8 %buf.sroa.53.0.buf.sroa.53.25. to i64
  %27 = add i64 %26, %_30.25
  %buf.sroa.55.0.buf.sroa.55.26. = load volatile i8, i8* %buf.sroa.55, align 1
  %_30.26 = zext i8 %buf.sroa.55.0.buf.sroa.55.26. to i64
  %28 = add i64 %27, %_30.26
  %buf.sroa.57.0.buf.sroa.57.27. = load volatile i8, i8* %buf.sroa.57, align 1
  %_30.27 = zext i8 %buf.sroa.57.0.buf.sroa.57.27. to i64
  %29 = add i64 %28, %_30.27
  %buf.sroa.59.0.buf.sroa.59.28. = load volatile i8, i8* %buf.sroa.59, align 1
  %_30.28 = zext i8 %buf.sroa.59.0.buf.sroa.59.28. to i64
  %30 = add i64 %29, %_30.28
  %buf.sroa.61.0.buf.sroa.61.29. = load volatile i8, i8* %buf.sroa.61, align 1
  %_30.29 = zext i8 %buf.sroa.61.0.buf.sroa.61.29. to i64
  %31 = add i64 %30, %_30.29
  %buf.sroa.63.0.buf.sroa.63.30. = load volatile i8, i8* %buf.sroa.63, align 1
  %_30.30 = zext i8 %buf.sroa.63.0.buf.sroa.63.30. to i64
  %32 = add i64 %31, %_30.30
  %buf.sroa.65.0.buf.sroa.65.31. = load volatile i8, i8* %buf.sroa.65, align 1
  %_30.31 = zext i8 %buf.sroa.65.0.buf.sroa.65.31. to i64
  %33 = add i64 %32, %_30.31
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.33)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.35)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.37)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.39)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.41)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.43)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.45)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.47)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.49)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.51)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.53)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.55)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.57)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.59)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.61)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.63)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.65)
  ret i64 %33
}

; deep_chain::level1
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN10deep_chain6level117h480df435764077ffE(i64 %seed) unnamed_addr #1 personality i32 (...)* @rust_eh_personality {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0i8(i64 1, i8* nonnull %buf.sroa.33)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 1
  store volatile i8 %v, i8* %buf.sroa.0, align 1
  store volatile i8 %v, i8* %buf.sroa.5, align 1
  store volatile i8 %v, i8* %buf.sroa.7, align 1
  store volatile i8 %v, i8* %buf.sroa.9, align 1
  store volatile i8 %v, i8* %buf.sroa.11, align 1
  store volatile i8 %v, i8* %buf.sroa.13, align 1
  store volatile i8 %v, i8* %buf.sroa.15, align 1
  store volatile i8 %v, i8* %buf.sroa.17, align 1
  store volatile i8 %v, i8* %buf.sroa.19, align 1
  store volatile i8 %v, i8* %buf.sroa.21, align 1
  store volatile i8 %v, i8* %buf.sroa.23, align 1
  store volatile i8 %v, i8* %buf.sroa.25, align 1
  store volatile i8 %v, i8* %buf.sroa.27, align 1
  store volatile i8 %v, i8* %buf.sroa.29, align 1
  store volatile i8 %v, i8* %buf.sroa.31, align 1
  store volatile i8 %v, i8* %buf.sroa.33, align 1
; call deep_chain::level2
  %1 = tail call fastcc i64 @_ZN10deep_chain6level217ha0d9f46ecf786ceeE(i64 %seed) #5
  %buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, i8* %buf.sroa.0, align 1
  %_30 = zext i8 %buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_30
  %buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, i8* %buf.sroa.5, align 1
  %_30.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_30.1
  %buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, i8* %buf.sroa.7, align 1
  %_30.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_30.2
  %buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, i8* %buf.sroa.9, align 1
  %_30.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_30.3
  %buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, i8* %buf.sroa.11, align 1
  %_30.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_30.4
  %buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, i8* %buf.sroa.13, align 1
  %_30.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_30.5
  %buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, i8* %buf.sroa.15, align 1
  %_30.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_30.6
  %buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, i8* %buf.sroa.17, align 1
  %_30.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_30.7
  %buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, i8* %buf.sroa.19, align 1
  %_30.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_30.8
  %buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, i8* %buf.sroa.21, align 1
  %_30.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_30.9
  %buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, i8* %buf.sroa.23, align 1
  %_30.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_30.10
  %buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, i8* %buf.sroa.25, align 1
  %_30.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_30.11
  %buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, i8* %buf.sroa.27, align 1
  %_30.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_30.12
  %buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, i8* %buf.sroa.29, align 1
  %_30.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_30.13
  %buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, i8* %buf.sroa.31, align 1
  %_30.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_30.14
  %buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, i8* %buf.sroa.33, align 1
  %_30.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_30.15
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0i8(i64 1, i8* nonnull %buf.sroa.33)
  ret i64 %17
}

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind "target-cpu"="x86-64" }
attributes #3 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #4 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
