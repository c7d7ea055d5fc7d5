; ModuleID = 'loop_forever.07cd5187-cgu.0'
source_filename = "loop_forever.07cd5187-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc3 = private unnamed_addr constant <{ [7 x i8] }> <{ [7 x i8] c"iu_loop" }>, align 1
@_ZN12loop_forever4PROG17h54489e7ea833dd4aE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN12loop_forever10iu_loop_fn17h1a3cae70637a92aaE to i8*), i8* getelementptr inbounds (<{ [7 x i8] }>, <{ [7 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\07\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getppid", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12loop_forever4PROG17h54489e7ea833dd4aE, i32 0, i32 0, i32 0)], section "llvm.metadata"

; loop_forever::iu_loop_fn
; Function Attrs: nofree norecurse noreturn nosync nounwind nonlazybind readnone
define internal i32 @_ZN12loop_forever10iu_loop_fn17h1a3cae70637a92aaE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %_regs) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

attributes #0 = { nofree norecurse noreturn nosync nounwind nonlazybind readnone "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
