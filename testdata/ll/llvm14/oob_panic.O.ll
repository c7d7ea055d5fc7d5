; ModuleID = 'oob_panic.8d1d79c0-cgu.0'
source_filename = "oob_panic.8d1d79c0-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::tracepoint" = type { i64, i32 (%"iu_rt::tracepoint"*, i64**)*, { [0 x i8]*, i64 }, i64* }
%"iu_rt::sys_enter_args" = type { i64, i64, [6 x i64] }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }

@_ZN9oob_panic5TABLE17hfe61b23d2b4f250fE = internal unnamed_addr constant <{ [16 x i8] }> <{ [16 x i8] c"\0A\00\00\00\14\00\00\00\1E\00\00\00(\00\00\00" }>, align 4
@alloc17 = private unnamed_addr constant <{ [32 x i8] }> <{ [32 x i8] c"testdata/rust/progs/oob_panic.rs" }>, align 1
@alloc18 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [32 x i8] }>, <{ [32 x i8] }>* @alloc17, i32 0, i32 0, i32 0), [16 x i8] c" \00\00\00\00\00\00\00\11\00\00\00\05\00\00\00" }>, align 8
@alloc11 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_oob_panic" }>, align 1
@alloc8 = private unnamed_addr constant <{ [64 x i8] }> zeroinitializer, align 8
@_ZN9oob_panic4PROG17h1914b51836296716E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8], i8* }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN9oob_panic15iu_oob_panic_fn17h88f42c3ece38f572E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc11, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00", i8* getelementptr inbounds (<{ [64 x i8] }>, <{ [64 x i8] }>* @alloc8, i32 0, i32 0, i32 0) }>, section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8], i8* }>, <{ [8 x i8], i8*, i8*, [8 x i8], i8* }>* @_ZN9oob_panic4PROG17h1914b51836296716E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; oob_panic::iu_oob_panic_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN9oob_panic15iu_oob_panic_fn17h88f42c3ece38f572E(%"iu_rt::tracepoint"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_obj, i64** noalias nocapture noundef readonly align 8 dereferenceable(8) %ctx) unnamed_addr #0 {
start:
  %0 = bitcast i64** %ctx to {}**
  %1 = load {}*, {}** %0, align 8
  %2 = icmp eq {}* %1, null
  br i1 %2, label %bb5, label %bb4

bb4:                                              ; preds = %start
  %3 = bitcast {}* %1 to %"iu_rt::sys_enter_args"*
  %4 = getelementptr inbounds %"iu_rt::sys_enter_args", %"iu_rt::sys_enter_args"* %3, i64 0, i32 2, i64 0
  %_6 = load i64, i64* %4, align 8
  %_11 = icmp ult i64 %_6, 4
  br i1 %_11, label %bb5, label %panic, !prof !2

bb5:                                              ; preds = %start, %bb4
  %idx.04 = phi i64 [ %_6, %bb4 ], [ 0, %start ]
  %5 = getelementptr inbounds [4 x i32], [4 x i32]* bitcast (<{ [16 x i8] }>* @_ZN9oob_panic5TABLE17hfe61b23d2b4f250fE to [4 x i32]*), i64 0, i64 %idx.04
  %6 = load i32, i32* %5, align 4
  ret i32 %6

panic:                                            ; preds = %bb4
; call core::panicking::panic_bounds_check
  tail call void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64 %_6, i64 4, %"core::panic::location::Location"* noalias noundef readonly align 8 dereferenceable(24) bitcast (<{ i8*, [16 x i8] }>* @alloc18 to %"core::panic::location::Location"*)) #2
  unreachable
}

; core::panicking::panic_bounds_check
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64, i64, %"core::panic::location::Location"* noalias noundef readonly align 8 dereferenceable(24)) unnamed_addr #1

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"branch_weights", i32 2000, i32 1}
