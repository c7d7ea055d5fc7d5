; ModuleID = 'cleanup.d885de21-cgu.0'
source_filename = "cleanup.d885de21-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::fmt::Arguments" = type { { [0 x { [0 x i8]*, i64 }]*, i64 }, { i64*, i64 }, { [0 x { i8*, i64* }]*, i64 } }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%"core::fmt::Formatter" = type { { i64, i64 }, { i64, i64 }, { {}*, [3 x i64]* }, i32, i32, i8, [7 x i8] }

@alloc11 = private unnamed_addr constant <{ [29 x i8] }> <{ [29 x i8] c"cleanup test panic (resource " }>, align 1
@alloc13 = private unnamed_addr constant <{ [1 x i8] }> <{ [1 x i8] c")" }>, align 1
@alloc12 = private unnamed_addr constant <{ i8*, [8 x i8], i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [29 x i8] }>, <{ [29 x i8] }>* @alloc11, i32 0, i32 0, i32 0), [8 x i8] c"\1D\00\00\00\00\00\00\00", i8* getelementptr inbounds (<{ [1 x i8] }>, <{ [1 x i8] }>* @alloc13, i32 0, i32 0, i32 0), [8 x i8] c"\01\00\00\00\00\00\00\00" }>, align 8
@alloc22 = private unnamed_addr constant <{ [30 x i8] }> <{ [30 x i8] c"testdata/rust/progs/cleanup.rs" }>, align 1
@alloc23 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [30 x i8] }>, <{ [30 x i8] }>* @alloc22, i32 0, i32 0, i32 0), [16 x i8] c"\1E\00\00\00\00\00\00\00\0E\00\00\00\09\00\00\00" }>, align 8
@alloc3 = private unnamed_addr constant <{ [10 x i8] }> <{ [10 x i8] c"iu_cleanup" }>, align 1
@_ZN7cleanup4PROG17h6dedb2409fa9bef2E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN7cleanup13iu_cleanup_fn17h35e7af73caad98deE to i8*), i8* getelementptr inbounds (<{ [10 x i8] }>, <{ [10 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN7cleanup4PROG17h6dedb2409fa9bef2E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; cleanup::maybe_panic
; Function Attrs: noinline nounwind nonlazybind
define internal fastcc void @_ZN7cleanup11maybe_panic17he1814546a4223cb3E(i64 %flag, { i64, i32 }* noalias noundef readonly align 8 dereferenceable(16) %res) unnamed_addr #0 {
start:
  %_16 = alloca i64, align 8
  %_12 = alloca [1 x { i8*, i64* }], align 8
  %_5 = alloca %"core::fmt::Arguments", align 8
  %0 = icmp eq i64 %flag, 0
  br i1 %0, label %bb5, label %bb1

bb5:                                              ; preds = %start
  ret void

bb1:                                              ; preds = %start
  %1 = bitcast %"core::fmt::Arguments"* %_5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %1)
  %2 = bitcast [1 x { i8*, i64* }]* %_12 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %2)
  %3 = bitcast i64* %_16 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %3)
; call iu_rt::Resource::id
  %4 = tail call i64 @_ZN5iu_rt8Resource2id17h27e6a9cc21293a20E({ i64, i32 }* noalias noundef nonnull readonly align 8 dereferenceable(16) %res) #4
  store i64 %4, i64* %_16, align 8
  %5 = bitcast [1 x { i8*, i64* }]* %_12 to i64**
  store i64* %_16, i64** %5, align 8
  %6 = getelementptr inbounds [1 x { i8*, i64* }], [1 x { i8*, i64* }]* %_12, i64 0, i64 0, i32 1
  store i64* bitcast (i1 (i64*, %"core::fmt::Formatter"*)* @"_ZN4core3fmt3num3imp52_$LT$impl$u20$core..fmt..Display$u20$for$u20$u64$GT$3fmt17h991fd85d37bacfddE" to i64*), i64** %6, align 8
  %7 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_5, i64 0, i32 0, i32 0
  store [0 x { [0 x i8]*, i64 }]* bitcast (<{ i8*, [8 x i8], i8*, [8 x i8] }>* @alloc12 to [0 x { [0 x i8]*, i64 }]*), [0 x { [0 x i8]*, i64 }]** %7, align 8, !alias.scope !2, !noalias !5
  %8 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_5, i64 0, i32 0, i32 1
  store i64 2, i64* %8, align 8, !alias.scope !2, !noalias !5
  %9 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_5, i64 0, i32 1, i32 0
  store i64* null, i64** %9, align 8, !alias.scope !2, !noalias !5
  %10 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_5, i64 0, i32 2, i32 0
  %11 = bitcast [0 x { i8*, i64* }]** %10 to [1 x { i8*, i64* }]**
  store [1 x { i8*, i64* }]* %_12, [1 x { i8*, i64* }]** %11, align 8, !alias.scope !2, !noalias !5
  %12 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_5, i64 0, i32 2, i32 1
  store i64 1, i64* %12, align 8, !alias.scope !2, !noalias !5
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* noalias nocapture noundef nonnull dereferenceable(48) %_5, %"core::panic::location::Location"* noalias noundef readonly align 8 dereferenceable(24) bitcast (<{ i8*, [16 x i8] }>* @alloc23 to %"core::panic::location::Location"*)) #5
  unreachable
}

; cleanup::iu_cleanup_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN7cleanup13iu_cleanup_fn17h35e7af73caad98deE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #1 {
start:
  %res = alloca { i64, i32 }, align 8
  %0 = bitcast { i64, i32 }* %res to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %0)
  %1 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %1, align 8
; call iu_rt::Resource::new
  %2 = tail call { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64 %_4) #4
  %.fca.0.extract = extractvalue { i64, i32 } %2, 0
  %.fca.0.gep = getelementptr inbounds { i64, i32 }, { i64, i32 }* %res, i64 0, i32 0
  store i64 %.fca.0.extract, i64* %.fca.0.gep, align 8
  %.fca.1.extract = extractvalue { i64, i32 } %2, 1
  %.fca.1.gep = getelementptr inbounds { i64, i32 }, { i64, i32 }* %res, i64 0, i32 1
  store i32 %.fca.1.extract, i32* %.fca.1.gep, align 8
  %3 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 13
  %_6 = load i64, i64* %3, align 8
; call cleanup::maybe_panic
  call fastcc void @_ZN7cleanup11maybe_panic17he1814546a4223cb3E(i64 %_6, { i64, i32 }* noalias noundef nonnull readonly align 8 dereferenceable(16) %res) #4
; call iu_rt::Resource::id
  %_10 = call i64 @_ZN5iu_rt8Resource2id17h27e6a9cc21293a20E({ i64, i32 }* noalias noundef nonnull readonly align 8 dereferenceable(16) %res) #4
  %_9 = trunc i64 %_10 to i32
  %4 = add i32 %_9, 24589
; call <iu_rt::Resource as core::ops::drop::Drop>::drop
  call void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfb5694d47cbff5a1E"({ i64, i32 }* noalias noundef nonnull align 8 dereferenceable(16) %res) #4
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %0)
  ret i32 %4
}

; core::fmt::num::imp::<impl core::fmt::Display for u64>::fmt
; Function Attrs: nounwind nonlazybind
declare noundef zeroext i1 @"_ZN4core3fmt3num3imp52_$LT$impl$u20$core..fmt..Display$u20$for$u20$u64$GT$3fmt17h991fd85d37bacfddE"(i64* noalias noundef readonly align 8 dereferenceable(8), %"core::fmt::Formatter"* noalias noundef align 8 dereferenceable(64)) unnamed_addr #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* noalias nocapture noundef dereferenceable(48), %"core::panic::location::Location"* noalias noundef readonly align 8 dereferenceable(24)) unnamed_addr #3

; <iu_rt::Resource as core::ops::drop::Drop>::drop
; Function Attrs: nounwind nonlazybind
declare void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfb5694d47cbff5a1E"({ i64, i32 }* noalias noundef align 8 dereferenceable(16)) unnamed_addr #1

; iu_rt::Resource::id
; Function Attrs: nounwind nonlazybind
declare i64 @_ZN5iu_rt8Resource2id17h27e6a9cc21293a20E({ i64, i32 }* noalias noundef readonly align 8 dereferenceable(16)) unnamed_addr #1

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind
declare { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64) unnamed_addr #1

attributes #0 = { noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #4 = { nounwind }
attributes #5 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!3}
!3 = distinct !{!3, !4, !"_ZN4core3fmt9Arguments6new_v117h458fc5972c9dff87E: argument 0"}
!4 = distinct !{!4, !"_ZN4core3fmt9Arguments6new_v117h458fc5972c9dff87E"}
!5 = !{!6}
!6 = distinct !{!6, !4, !"_ZN4core3fmt9Arguments6new_v117h458fc5972c9dff87E: %args.0"}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_cleanup(i8* %ctx) #6 section "kprobe/__x64_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN7cleanup4PROG17h6dedb2409fa9bef2E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_cleanup to i8*)], section "llvm.metadata"

attributes #6 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!7}
!7 = !{!"_ZN7cleanup13iu_cleanup_fn17h35e7af73caad98deE"}
