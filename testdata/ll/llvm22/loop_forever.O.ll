; ModuleID = 'loop_forever.ad1f27ee46b85df1-cgu.0'
source_filename = "loop_forever.ad1f27ee46b85df1-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_1f68d68a63c43b9a33343183189cef1d = private unnamed_addr constant [7 x i8] c"iu_loop", align 1
@_ZN12loop_forever4PROG17h9e38847e9c2aa319E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12loop_forever10iu_loop_fn17h5905d0dfbe7ccfb3E, ptr @alloc_1f68d68a63c43b9a33343183189cef1d, [8 x i8] c"\07\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getppid", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN12loop_forever4PROG17h9e38847e9c2aa319E], section "llvm.metadata"

; loop_forever::iu_loop_fn
; Function Attrs: nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable
define internal noundef i32 @_ZN12loop_forever10iu_loop_fn17h5905d0dfbe7ccfb3E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias readonly align 8 captures(none) %_regs) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

attributes #0 = { nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
