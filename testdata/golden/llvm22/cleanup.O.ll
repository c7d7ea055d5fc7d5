; ModuleID = 'cleanup.271d491e39c9a82d-cgu.0'
source_filename = "cleanup.271d491e39c9a82d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_34ac2392aae86a52a2a0e8934ba9316d = private unnamed_addr constant [34 x i8] c"\1Dcleanup test panic (resource \C0\01)\00", align 1
@alloc_fd80159ea9019c1691e862b3cdc545a6 = private unnamed_addr constant [31 x i8] c"testdata/rust/progs/cleanup.rs\00", align 1
@alloc_955fe06079e030ac41e92d39e8b97753 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_fd80159ea9019c1691e862b3cdc545a6, [16 x i8] c"\1E\00\00\00\00\00\00\00\0E\00\00\00\09\00\00\00" }>, align 8
@alloc_054f78774d900126af55f6cca8c0de0b = private unnamed_addr constant [10 x i8] c"iu_cleanup", align 1
@_ZN7cleanup4PROG17hd5504e4b014074f1E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN7cleanup13iu_cleanup_fn17h927060cce65530eeE, ptr @alloc_054f78774d900126af55f6cca8c0de0b, [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.used = appending global [2 x ptr] [ptr @_ZN7cleanup4PROG17hd5504e4b014074f1E, ptr @iu_cleanup], section "llvm.metadata"

; cleanup::maybe_panic
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @_ZN7cleanup11maybe_panic17h97c5638e1a128542E(i64 noundef %flag, i64 %res.0.val) unnamed_addr #0 {
start:
  %args = alloca [16 x i8], align 8
  %_6 = alloca [8 x i8], align 8
  %0 = icmp eq i64 %flag, 0
  br i1 %0, label %bb2, label %bb1, !prof !3

bb2:                                              ; preds = %start
  ret void

bb1:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr nonnull %_6)
  store i64 %res.0.val, ptr %_6, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %args)
  store ptr %_6, ptr %args, align 8
  %_8.sroa.4.0..sroa_idx = getelementptr inbounds nuw i8, ptr %args, i64 8
  store ptr @_RNvXsd_NtNtNtCsgEmfK2I1SDS_4core3fmt3num3impyNtB9_7Display3fmt, ptr %_8.sroa.4.0..sroa_idx, align 8
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_34ac2392aae86a52a2a0e8934ba9316d, ptr noundef nonnull %args, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_955fe06079e030ac41e92d39e8b97753) #4
  unreachable
}

; cleanup::iu_cleanup_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN7cleanup13iu_cleanup_fn17h927060cce65530eeE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #1 {
start:
  %res = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %res)
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !4
; call iu_rt::Resource::new
  %1 = tail call { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64 noundef %_4) #5
  %2 = extractvalue { i64, i32 } %1, 0
  %3 = extractvalue { i64, i32 } %1, 1
  store i64 %2, ptr %res, align 8
  %4 = getelementptr inbounds nuw i8, ptr %res, i64 8
  store i32 %3, ptr %4, align 8
  %5 = getelementptr inbounds nuw i8, ptr %regs, i64 104
  %_6 = load i64, ptr %5, align 8, !noundef !4
; call cleanup::maybe_panic
  tail call fastcc void @_ZN7cleanup11maybe_panic17h97c5638e1a128542E(i64 noundef %_6, i64 %2) #6
  %_8 = trunc i64 %2 to i32
  %_0 = add i32 %_8, 24589
; call <iu_rt::Resource as core::ops::drop::Drop>::drop
  call void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17h369deb28c54b078aE"(ptr noalias noundef nonnull align 8 dereferenceable(16) %res) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %res)
  ret i32 %_0
}

; <iu_rt::Resource as core::ops::drop::Drop>::drop
; Function Attrs: nounwind nonlazybind uwtable
declare void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17h369deb28c54b078aE"(ptr noalias noundef align 8 dereferenceable(16)) unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; <u64 as core::fmt::Display>::fmt
; Function Attrs: nounwind nonlazybind uwtable
declare noundef zeroext i1 @_RNvXsd_NtNtNtCsgEmfK2I1SDS_4core3fmt3num3impyNtB9_7Display3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #3

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind uwtable
declare { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64 noundef) unnamed_addr #1

attributes #0 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noinline noreturn nounwind }
attributes #5 = { nounwind }
attributes #6 = { noinline nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!4 = !{}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_cleanup(ptr %ctx) #7 section "kprobe/__x64_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN7cleanup4PROG17hd5504e4b014074f1E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #7 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!5}
!5 = !{!"_ZN7cleanup13iu_cleanup_fn17h927060cce65530eeE"}
