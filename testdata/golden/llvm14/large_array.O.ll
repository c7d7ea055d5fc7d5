; ModuleID = 'large_array.f076118e-cgu.0'
source_filename = "large_array.f076118e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc5 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_big_frame" }>, align 1
@_ZN11large_array4PROG17hd43cb19118c9c4eaE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11large_array15iu_big_frame_fn17hbc719a67503ac545E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc5, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11large_array4PROG17hd43cb19118c9c4eaE, i32 0, i32 0, i32 0)], section "llvm.metadata"

; large_array::iu_big_frame_fn
; Function Attrs: nofree nounwind nonlazybind
define internal i32 @_ZN11large_array15iu_big_frame_fn17hbc719a67503ac545E(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #0 personality i32 (...)* @rust_eh_personality {
start:
  %buf = alloca [5000 x i8], align 1
  %0 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 5000, i8* nonnull %0)
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(5000) %0, i8 0, i64 5000, i1 false)
  %1 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_20 = load i64, i64* %1, align 8
  br label %bb4

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.036 = phi i64 [ 0, %start ], [ %14, %bb4 ]
  %2 = add nuw nsw i64 %iter.sroa.0.036, 1
  %3 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %iter.sroa.0.036
  %4 = add i64 %_20, %iter.sroa.0.036
  %_18 = trunc i64 %4 to i8
  store volatile i8 %_18, i8* %3, align 1
  %5 = add nuw nsw i64 %iter.sroa.0.036, 2
  %6 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %2
  %7 = add i64 %_20, %2
  %_18.1 = trunc i64 %7 to i8
  store volatile i8 %_18.1, i8* %6, align 1
  %8 = add nuw nsw i64 %iter.sroa.0.036, 3
  %9 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %5
  %10 = add i64 %_20, %5
  %_18.2 = trunc i64 %10 to i8
  store volatile i8 %_18.2, i8* %9, align 1
  %11 = add nuw nsw i64 %iter.sroa.0.036, 4
  %12 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %8
  %13 = add i64 %_20, %8
  %_18.3 = trunc i64 %13 to i8
  store volatile i8 %_18.3, i8* %12, align 1
  %14 = add nuw nsw i64 %iter.sroa.0.036, 5
  %15 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %11
  %16 = add i64 %_20, %11
  %_18.4 = trunc i64 %16 to i8
  store volatile i8 %_18.4, i8* %15, align 1
  %exitcond.not.4 = icmp eq i64 %14, 5000
  br i1 %exitcond.not.4, label %bb14, label %bb4

bb16:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0i8(i64 5000, i8* nonnull %0)
  ret i32 %48

bb14:                                             ; preds = %bb4, %bb14
  %sum.038 = phi i32 [ %48, %bb14 ], [ 0, %bb4 ]
  %iter1.sroa.0.037 = phi i64 [ %45, %bb14 ], [ 0, %bb4 ]
  %17 = or i64 %iter1.sroa.0.037, 1
  %18 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %iter1.sroa.0.037
  %19 = load volatile i8, i8* %18, align 1
  %_31 = zext i8 %19 to i32
  %20 = add i32 %sum.038, %_31
  %21 = or i64 %iter1.sroa.0.037, 2
  %22 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %17
  %23 = load volatile i8, i8* %22, align 1
  %_31.1 = zext i8 %23 to i32
  %24 = add i32 %20, %_31.1
  %25 = or i64 %iter1.sroa.0.037, 3
  %26 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %21
  %27 = load volatile i8, i8* %26, align 1
  %_31.2 = zext i8 %27 to i32
  %28 = add i32 %24, %_31.2
  %29 = or i64 %iter1.sroa.0.037, 4
  %30 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %25
  %31 = load volatile i8, i8* %30, align 1
  %_31.3 = zext i8 %31 to i32
  %32 = add i32 %28, %_31.3
  %33 = or i64 %iter1.sroa.0.037, 5
  %34 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %29
  %35 = load volatile i8, i8* %34, align 1
  %_31.4 = zext i8 %35 to i32
  %36 = add i32 %32, %_31.4
  %37 = or i64 %iter1.sroa.0.037, 6
  %38 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %33
  %39 = load volatile i8, i8* %38, align 1
  %_31.5 = zext i8 %39 to i32
  %40 = add i32 %36, %_31.5
  %41 = or i64 %iter1.sroa.0.037, 7
  %42 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %37
  %43 = load volatile i8, i8* %42, align 1
  %_31.6 = zext i8 %43 to i32
  %44 = add i32 %40, %_31.6
  %45 = add nuw nsw i64 %iter1.sroa.0.037, 8
  %46 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 %41
  %47 = load volatile i8, i8* %46, align 1
  %_31.7 = zext i8 %47 to i32
  %48 = add i32 %44, %_31.7
  %exitcond39.not.7 = icmp eq i64 %45, 5000
  br i1 %exitcond39.not.7, label %bb16, label %bb14
}

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { nofree nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind "target-cpu"="x86-64" }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { argmemonly mustprogress nofree nounwind willreturn writeonly }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_big_frame(i8* %ctx) #4 section "kprobe/__x64_sys_gettid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11large_array4PROG17hd43cb19118c9c4eaE to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_big_frame to i8*)], section "llvm.metadata"

attributes #4 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!2}
!2 = !{!"_ZN11large_array15iu_big_frame_fn17hbc719a67503ac545E"}
