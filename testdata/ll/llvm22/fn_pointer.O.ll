; ModuleID = 'fn_pointer.2ff0c8391bde41b3-cgu.0'
source_filename = "fn_pointer.2ff0c8391bde41b3-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN10fn_pointer3OPS17haeb3cae14c7009a9E = internal constant <{ ptr, ptr, ptr }> <{ ptr @_ZN10fn_pointer6double17h874d682fbab47645E, ptr @_ZN10fn_pointer6square17hc9841b33b7f54a09E, ptr @_ZN10fn_pointer4add717he61349dcb64ddc0bE }>, align 8
@alloc_080ac1d3835421db6d254f06d65e1ee2 = private unnamed_addr constant [8 x i8] c"iu_fnptr", align 1
@_ZN10fn_pointer4PROG17h11d96f21ee093f00E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN10fn_pointer11iu_fnptr_fn17h0b233d838cbf8587E, ptr @alloc_080ac1d3835421db6d254f06d65e1ee2, [8 x i8] c"\08\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getsid", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN10fn_pointer4PROG17h11d96f21ee093f00E], section "llvm.metadata"

; fn_pointer::iu_fnptr_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN10fn_pointer11iu_fnptr_fn17h0b233d838cbf8587E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_9 = load i64, ptr %0, align 8, !noundef !3
  %_8 = urem i64 %_9, 3
  %_5 = getelementptr inbounds nuw ptr, ptr @_ZN10fn_pointer3OPS17haeb3cae14c7009a9E, i64 %_8
  %1 = load volatile ptr, ptr %_5, align 8, !nonnull !3, !noundef !3
  %2 = getelementptr inbounds nuw i8, ptr %regs, i64 104
  %_12 = load i64, ptr %2, align 8, !noundef !3
  %_11 = tail call noundef i64 %1(i64 noundef %_12) #2
  %_0 = trunc i64 %_11 to i32
  ret i32 %_0
}

; fn_pointer::add7
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i64 @_ZN10fn_pointer4add717he61349dcb64ddc0bE(i64 noundef %x) unnamed_addr #1 {
start:
  %_0 = add i64 %x, 7
  ret i64 %_0
}

; fn_pointer::double
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef range(i64 0, -1) i64 @_ZN10fn_pointer6double17h874d682fbab47645E(i64 noundef %x) unnamed_addr #1 {
start:
  %_0 = shl i64 %x, 1
  ret i64 %_0
}

; fn_pointer::square
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i64 @_ZN10fn_pointer6square17hc9841b33b7f54a09E(i64 noundef %x) unnamed_addr #1 {
start:
  %_0 = mul i64 %x, %x
  ret i64 %_0
}

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
