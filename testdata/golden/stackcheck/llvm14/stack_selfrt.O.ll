; ModuleID = 'stack_selfrt.66d16b5f-cgu.0'
source_filename = "stack_selfrt.66d16b5f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%kprobe = type { i64, i32 (%kprobe*, { i64, i64 }*)*, { [0 x i8]*, i64 } }
%"core::panic::panic_info::PanicInfo" = type { { {}*, [3 x i64]* }, i64*, %"core::panic::location::Location"*, i8, [7 x i8] }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }

@alloc6 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_sr_recurse" }>, align 1
@_ZN12stack_selfrt7RECURSE17hf05410cd4ddea3c0E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%kprobe*, { i64, i64 }*)* @_ZN12stack_selfrt16iu_sr_recurse_fn17h939d319ad91f72cbE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc6, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc11 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_sr_plain" }>, align 1
@_ZN12stack_selfrt5PLAIN17h62f13cb9e73fffbaE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%kprobe*, { i64, i64 }*)* @_ZN12stack_selfrt14iu_sr_plain_fn17h3b3a5fc8a943cdbaE to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc11, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.compiler.used = appending global [2 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt5PLAIN17h62f13cb9e73fffbaE, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt7RECURSE17hf05410cd4ddea3c0E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; Function Attrs: nounwind nonlazybind
define i32 @__iu_entry_kprobe(%kprobe* noalias noundef readonly align 8 dereferenceable(32) %prog, {}* %ctx) unnamed_addr #0 {
start:
  %_4 = bitcast {}* %ctx to { i64, i64 }*
  %0 = getelementptr inbounds %kprobe, %kprobe* %prog, i64 0, i32 1
  %_6 = load i32 (%kprobe*, { i64, i64 }*)*, i32 (%kprobe*, { i64, i64 }*)** %0, align 8, !nonnull !2, !noundef !2
  %1 = tail call i32 %_6(%kprobe* noalias noundef nonnull readonly align 8 dereferenceable(32) %prog, { i64, i64 }* noalias noundef readonly align 8 dereferenceable(16) %_4) #7
  ret i32 %1
}

; stack_selfrt::depth
; Function Attrs: nofree noinline nounwind nonlazybind
define internal fastcc i64 @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE(i64 %n, i64 %limit) unnamed_addr #1 {
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
; call stack_selfrt::depth
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_18 = tail call fastcc i64 @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE(i64 %_16, i64 %limit) #7
  %2 = load volatile i64, i64* %1, align 8
  %3 = add i64 %2, %_18
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %0)
  br label %common.ret
}

; stack_selfrt::iu_sr_recurse_fn
; Function Attrs: nofree nounwind nonlazybind
define internal i32 @_ZN12stack_selfrt16iu_sr_recurse_fn17h939d319ad91f72cbE(%kprobe* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, { i64, i64 }* noalias nocapture noundef readonly align 8 dereferenceable(16) %regs) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %regs, i64 0, i32 0
  %_4 = load i64, i64* %0, align 8
; call stack_selfrt::depth
  %_3 = tail call fastcc i64 @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE(i64 0, i64 %_4) #7
  %1 = trunc i64 %_3 to i32
  ret i32 %1
}

; stack_selfrt::iu_sr_plain_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn
define internal i32 @_ZN12stack_selfrt14iu_sr_plain_fn17h3b3a5fc8a943cdbaE(%kprobe* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, { i64, i64 }* noalias nocapture noundef readonly align 8 dereferenceable(16) %regs) unnamed_addr #3 {
start:
  %0 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %regs, i64 0, i32 1
  %_4 = load i64, i64* %0, align 8
  %1 = trunc i64 %_4 to i32
  %2 = add i32 %1, 1
  ret i32 %2
}

; Function Attrs: nofree norecurse noreturn nosync nounwind nonlazybind readnone
define hidden void @rust_begin_unwind(%"core::panic::panic_info::PanicInfo"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_1) unnamed_addr #4 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #5

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #6

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nofree nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #4 = { nofree norecurse noreturn nosync nounwind nonlazybind readnone "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #5 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #6 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_sr_recurse(i8* %ctx) #8 section "kprobe/__x64_sys_getegid" {
start:
  %ctx.arg = bitcast i8* %ctx to {}*
  %ret = call i32 @__iu_entry_kprobe(%kprobe* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt7RECURSE17hf05410cd4ddea3c0E to %kprobe*), {}* %ctx.arg)
  ret i32 %ret
}

define i32 @iu_sr_plain(i8* %ctx) #8 section "kprobe/__x64_sys_getppid" {
start:
  %ctx.arg = bitcast i8* %ctx to {}*
  %ret = call i32 @__iu_entry_kprobe(%kprobe* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt5PLAIN17h62f13cb9e73fffbaE to %kprobe*), {}* %ctx.arg)
  ret i32 %ret
}

@llvm.used = appending global [2 x i8*] [i8* bitcast (i32 (i8*)* @iu_sr_recurse to i8*), i8* bitcast (i32 (i8*)* @iu_sr_plain to i8*)], section "llvm.metadata"

attributes #8 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!3, !4}
!3 = !{!"_ZN12stack_selfrt16iu_sr_recurse_fn17h939d319ad91f72cbE"}
!4 = !{!"_ZN12stack_selfrt14iu_sr_plain_fn17h3b3a5fc8a943cdbaE"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!5}
!5 = !{!"recursion", i64 (i64, i64)* @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE, i32 1}
