; ModuleID = 'fn_pointer.4ec2bf6a-cgu.0'
source_filename = "fn_pointer.4ec2bf6a-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@_ZN10fn_pointer3OPS17h7c826f55890fbc50E = internal constant <{ i8*, i8*, i8* }> <{ i8* bitcast (i64 (i64)* @_ZN10fn_pointer6double17h4d233165519d74afE to i8*), i8* bitcast (i64 (i64)* @_ZN10fn_pointer6square17h3c8c1121c3953644E to i8*), i8* bitcast (i64 (i64)* @_ZN10fn_pointer4add717h46c087edfd0b97efE to i8*) }>, align 8
@alloc9 = private unnamed_addr constant <{ [8 x i8] }> <{ [8 x i8] c"iu_fnptr" }>, align 1
@_ZN10fn_pointer4PROG17h82ec773a2aa33e35E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN10fn_pointer11iu_fnptr_fn17he925c8cd97c133d6E to i8*), i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc9, i32 0, i32 0, i32 0), [8 x i8] c"\08\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getsid", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN10fn_pointer4PROG17h82ec773a2aa33e35E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; fn_pointer::double
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal i64 @_ZN10fn_pointer6double17h4d233165519d74afE(i64 %x) unnamed_addr #0 {
start:
  %0 = shl i64 %x, 1
  ret i64 %0
}

; fn_pointer::square
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal i64 @_ZN10fn_pointer6square17h3c8c1121c3953644E(i64 %x) unnamed_addr #0 {
start:
  %0 = mul i64 %x, %x
  ret i64 %0
}

; fn_pointer::add7
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal i64 @_ZN10fn_pointer4add717h46c087edfd0b97efE(i64 %x) unnamed_addr #0 {
start:
  %0 = add i64 %x, 7
  ret i64 %0
}

; fn_pointer::iu_fnptr_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN10fn_pointer11iu_fnptr_fn17he925c8cd97c133d6E(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_9 = load i64, i64* %0, align 8
  %_8 = urem i64 %_9, 3
  %_5 = getelementptr inbounds [3 x i64 (i64)*], [3 x i64 (i64)*]* bitcast (<{ i8*, i8*, i8* }>* @_ZN10fn_pointer3OPS17h7c826f55890fbc50E to [3 x i64 (i64)*]*), i64 0, i64 %_8
  %1 = load volatile i64 (i64)*, i64 (i64)** %_5, align 8, !nonnull !2
  %2 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 13
  %_14 = load i64, i64* %2, align 8
  %_12 = tail call i64 %1(i64 %_14) #2
  %3 = trunc i64 %_12 to i32
  ret i32 %3
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{}
