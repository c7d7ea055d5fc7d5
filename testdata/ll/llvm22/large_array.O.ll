; ModuleID = 'large_array.e30e7bea3b9c9759-cgu.0'
source_filename = "large_array.e30e7bea3b9c9759-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_e725e8d035b3afa197ff96f599e3af58 = private unnamed_addr constant [12 x i8] c"iu_big_frame", align 1
@_ZN11large_array4PROG17h25cf5d4479aeb5a2E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11large_array15iu_big_frame_fn17hab0a5b5b6d0c5cecE, ptr @alloc_e725e8d035b3afa197ff96f599e3af58, [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_gettid", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN11large_array4PROG17h25cf5d4479aeb5a2E], section "llvm.metadata"

; large_array::iu_big_frame_fn
; Function Attrs: nofree norecurse nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define internal noundef i32 @_ZN11large_array15iu_big_frame_fn17hab0a5b5b6d0c5cecE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %buf = alloca [5000 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(5000) %buf, i8 0, i64 5000, i1 false)
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_12 = load i64, ptr %0, align 8, !noundef !3
  br label %bb3

bb3:                                              ; preds = %bb3, %start
  %iter.sroa.0.06 = phi i64 [ 0, %start ], [ %5, %bb3 ]
  %1 = add nuw nsw i64 %iter.sroa.0.06, 1
  %_6 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_11 = add i64 %_12, %iter.sroa.0.06
  %_10 = trunc i64 %_11 to i8
  store volatile i8 %_10, ptr %_6, align 1
  %2 = add nuw nsw i64 %iter.sroa.0.06, 2
  %_6.1 = getelementptr inbounds nuw i8, ptr %buf, i64 %1
  %_11.1 = add i64 %_12, %1
  %_10.1 = trunc i64 %_11.1 to i8
  store volatile i8 %_10.1, ptr %_6.1, align 1
  %3 = add nuw nsw i64 %iter.sroa.0.06, 3
  %_6.2 = getelementptr inbounds nuw i8, ptr %buf, i64 %2
  %_11.2 = add i64 %_12, %2
  %_10.2 = trunc i64 %_11.2 to i8
  store volatile i8 %_10.2, ptr %_6.2, align 1
  %4 = add nuw nsw i64 %iter.sroa.0.06, 4
  %_6.3 = getelementptr inbounds nuw i8, ptr %buf, i64 %3
  %_11.3 = add i64 %_12, %3
  %_10.3 = trunc i64 %_11.3 to i8
  store volatile i8 %_10.3, ptr %_6.3, align 1
  %5 = add nuw nsw i64 %iter.sroa.0.06, 5
  %_6.4 = getelementptr inbounds nuw i8, ptr %buf, i64 %4
  %_11.4 = add i64 %_12, %4
  %_10.4 = trunc i64 %_11.4 to i8
  store volatile i8 %_10.4, ptr %_6.4, align 1
  %exitcond.not.4 = icmp eq i64 %5, 5000
  br i1 %exitcond.not.4, label %bb6, label %bb3

bb7:                                              ; preds = %bb6
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret i32 %29

bb6:                                              ; preds = %bb3, %bb6
  %sum.sroa.0.08 = phi i32 [ %29, %bb6 ], [ 0, %bb3 ]
  %iter1.sroa.0.07 = phi i64 [ %26, %bb6 ], [ 0, %bb3 ]
  %_18 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %6 = load volatile i8, ptr %_18, align 1
  %_16 = zext i8 %6 to i32
  %7 = add i32 %sum.sroa.0.08, %_16
  %8 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_18.1 = getelementptr inbounds nuw i8, ptr %8, i64 1
  %9 = load volatile i8, ptr %_18.1, align 1
  %_16.1 = zext i8 %9 to i32
  %10 = add i32 %7, %_16.1
  %11 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_18.2 = getelementptr inbounds nuw i8, ptr %11, i64 2
  %12 = load volatile i8, ptr %_18.2, align 1
  %_16.2 = zext i8 %12 to i32
  %13 = add i32 %10, %_16.2
  %14 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_18.3 = getelementptr inbounds nuw i8, ptr %14, i64 3
  %15 = load volatile i8, ptr %_18.3, align 1
  %_16.3 = zext i8 %15 to i32
  %16 = add i32 %13, %_16.3
  %17 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_18.4 = getelementptr inbounds nuw i8, ptr %17, i64 4
  %18 = load volatile i8, ptr %_18.4, align 1
  %_16.4 = zext i8 %18 to i32
  %19 = add i32 %16, %_16.4
  %20 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_18.5 = getelementptr inbounds nuw i8, ptr %20, i64 5
  %21 = load volatile i8, ptr %_18.5, align 1
  %_16.5 = zext i8 %21 to i32
  %22 = add i32 %19, %_16.5
  %23 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_18.6 = getelementptr inbounds nuw i8, ptr %23, i64 6
  %24 = load volatile i8, ptr %_18.6, align 1
  %_16.6 = zext i8 %24 to i32
  %25 = add i32 %22, %_16.6
  %26 = add nuw nsw i64 %iter1.sroa.0.07, 8
  %27 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_18.7 = getelementptr inbounds nuw i8, ptr %27, i64 7
  %28 = load volatile i8, ptr %_18.7, align 1
  %_16.7 = zext i8 %28 to i32
  %29 = add i32 %25, %_16.7
  %exitcond9.not.7 = icmp eq i64 %26, 5000
  br i1 %exitcond9.not.7, label %bb7, label %bb6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { nofree norecurse nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
