; ModuleID = 'oob_panic.e12dfe05f824ec92-cgu.0'
source_filename = "oob_panic.e12dfe05f824ec92-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_d7c9f3d575e8a444615b5e139a616bd2 = private unnamed_addr constant [33 x i8] c"testdata/rust/progs/oob_panic.rs\00", align 1
@alloc_d94ed7c06aa46e4d8147b0e65c014b75 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d7c9f3d575e8a444615b5e139a616bd2, [16 x i8] c" \00\00\00\00\00\00\00\11\00\00\00\05\00\00\00" }>, align 8
@alloc_865bc635bc7071aca30c13d2231223f9 = private unnamed_addr constant [12 x i8] c"iu_oob_panic", align 1
@alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 = private unnamed_addr constant [64 x i8] zeroinitializer, align 8
@_ZN9oob_panic4PROG17h05242e74cd4ba012E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8], ptr }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN9oob_panic15iu_oob_panic_fn17h5fb4925de4fef568E, ptr @alloc_865bc635bc7071aca30c13d2231223f9, [8 x i8] c"\0C\00\00\00\00\00\00\00", ptr @alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 }>, section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8
@_ZN9oob_panic5TABLE17hb15136f4a2222ac4E = internal unnamed_addr constant [16 x i8] c"\0A\00\00\00\14\00\00\00\1E\00\00\00(\00\00\00", align 4
@llvm.used = appending global [1 x ptr] [ptr @_ZN9oob_panic4PROG17h05242e74cd4ba012E], section "llvm.metadata"

; oob_panic::iu_oob_panic_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN9oob_panic15iu_oob_panic_fn17h5fb4925de4fef568E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %ctx) unnamed_addr #0 {
start:
  %0 = load ptr, ptr %ctx, align 8, !align !3, !noundef !4
  %.not = icmp eq ptr %0, null
  br i1 %.not, label %bb5, label %bb4

bb4:                                              ; preds = %start
  %1 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %_6 = load i64, ptr %1, align 8, !noundef !4
  %_8 = icmp ult i64 %_6, 4
  br i1 %_8, label %bb5, label %panic

bb5:                                              ; preds = %start, %bb4
  %idx.sroa.0.05 = phi i64 [ %_6, %bb4 ], [ 0, %start ]
  %2 = getelementptr inbounds nuw i32, ptr @_ZN9oob_panic5TABLE17hb15136f4a2222ac4E, i64 %idx.sroa.0.05
  %_0 = load i32, ptr %2, align 4, !noundef !4
  ret i32 %_0

panic:                                            ; preds = %bb4
; call core::panicking::panic_bounds_check
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %_6, i64 noundef 4, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_d94ed7c06aa46e4d8147b0e65c014b75) #2
  unreachable
}

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #1

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline noreturn nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{i64 8}
!4 = !{}
