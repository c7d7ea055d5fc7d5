; ModuleID = 'multi.4e5549f1ff099c82-cgu.0'
source_filename = "multi.4e5549f1ff099c82-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_440daadbf63590ff64d81d318333f173 = private unnamed_addr constant [11 x i8] c"iu_multi_tc", align 1
@_ZN5multi2TC17haf34533d6e26ca8eE = internal constant <{ [8 x i8], ptr, ptr, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", ptr @_ZN5multi5tc_fn17h2ef995d04af3cf06E, ptr @alloc_440daadbf63590ff64d81d318333f173, [9 x i8] c"\0B\00\00\00\00\00\00\00\00", [3 x i8] undef, [4 x i8] c"\01\00\00\00" }>, section "objsched_cls", align 8
@alloc_c1b4b1a44ec35325d2136584283e058e = private unnamed_addr constant [11 x i8] c"iu_multi_tp", align 1
@alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 = private unnamed_addr constant [64 x i8] zeroinitializer, align 8
@_ZN5multi2TP17hff162fa4fb82aa3eE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8], ptr }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN5multi5tp_fn17h207d6579b07e062eE, ptr @alloc_c1b4b1a44ec35325d2136584283e058e, [8 x i8] c"\0B\00\00\00\00\00\00\00", ptr @alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 }>, section "objtracepoint", align 8
@alloc_b7fc1b82de2f3e19bfcf962f88bc8b26 = private unnamed_addr constant [12 x i8] c"iu_multi_tp2", align 1
@_ZN5multi3TP217h2efd9c10a34736cdE = internal constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN5multi6tp2_fn17hbd5c39b5a6372c4dE, ptr @alloc_b7fc1b82de2f3e19bfcf962f88bc8b26, [16 x i8] c"\0C\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "objtracepoint", align 8
@alloc_1f7ae75c1332f7d0162eb25961733835 = private unnamed_addr constant [12 x i8] c"iu_multi_xdp", align 1
@_ZN5multi3XDP17h04ad6bdcf435d610E = internal constant <{ [8 x i8], ptr, ptr, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @_ZN5multi6xdp_fn17h7069ac0d6b60efa7E, ptr @alloc_1f7ae75c1332f7d0162eb25961733835, [12 x i8] c"\0C\00\00\00\00\00\00\00\02\00\00\00", [4 x i8] undef }>, section "objxdp", align 8
@alloc_f7052d5178079337c0e33f5ffdd33f55 = private unnamed_addr constant [13 x i8] c"iu_multi_kp_a", align 1
@_ZN5multi4KP_A17h0f019be743c84f44E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN5multi5kp_fn17h33f95153ec013c40E, ptr @alloc_f7052d5178079337c0e33f5ffdd33f55, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc_7108c9fcb4a06623a47c171b8802a0e7 = private unnamed_addr constant [13 x i8] c"iu_multi_kp_b", align 1
@_ZN5multi4KP_B17h6dc81c90169d508dE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN5multi5kp_fn17h33f95153ec013c40E, ptr @alloc_7108c9fcb4a06623a47c171b8802a0e7, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.used = appending global [12 x ptr] [ptr @_ZN5multi2TC17haf34533d6e26ca8eE, ptr @_ZN5multi2TP17hff162fa4fb82aa3eE, ptr @_ZN5multi3TP217h2efd9c10a34736cdE, ptr @_ZN5multi3XDP17h04ad6bdcf435d610E, ptr @_ZN5multi4KP_A17h0f019be743c84f44E, ptr @_ZN5multi4KP_B17h6dc81c90169d508dE, ptr @iu_multi_tc, ptr @iu_multi_tp, ptr @iu_multi_tp2, ptr @iu_multi_xdp, ptr @iu_multi_kp_a, ptr @iu_multi_kp_b], section "llvm.metadata"

; multi::kp_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef range(i32 0, 65536) i32 @_ZN5multi5kp_fn17h33f95153ec013c40E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !3
  %1 = trunc i64 %_4 to i32
  %_0 = and i32 %1, 65535
  ret i32 %_0
}

; multi::tc_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i32 @_ZN5multi5tc_fn17h2ef995d04af3cf06E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias readonly align 4 captures(none) %_skb) unnamed_addr #1 {
start:
  ret i32 51
}

; multi::tp_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define internal noundef i32 @_ZN5multi5tp_fn17h207d6579b07e062eE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %ctx) unnamed_addr #2 {
start:
  %0 = load ptr, ptr %ctx, align 8, !align !4, !noundef !3
  %.not = icmp eq ptr %0, null
  br i1 %.not, label %bb4, label %bb3

bb3:                                              ; preds = %start
  %1 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %_6 = load i64, ptr %1, align 8, !noundef !3
  %_5 = trunc i64 %_6 to i32
  %2 = add i32 %_5, 1
  br label %bb4

bb4:                                              ; preds = %start, %bb3
  %_0.sroa.0.0 = phi i32 [ %2, %bb3 ], [ 57005, %start ]
  ret i32 %_0.sroa.0.0
}

; multi::tp2_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i32 @_ZN5multi6tp2_fn17hbd5c39b5a6372c4dE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias readonly align 8 captures(none) %_ctx) unnamed_addr #1 {
start:
  ret i32 17
}

; multi::xdp_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_ZN5multi6xdp_fn17h7069ac0d6b60efa7E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %md) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %md, i64 8
  %_4.1 = load i64, ptr %0, align 8, !noundef !3
  %_0 = trunc i64 %_4.1 to i32
  ret i32 %_0
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 8}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_multi_tc(ptr %ctx) #3 section "tc" {
start:
  %ret = call i32 @__iu_entry_sched_cls(ptr @_ZN5multi2TC17haf34533d6e26ca8eE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tp(ptr %ctx) #3 section "tracepoint/syscalls/sys_enter_write" {
start:
  %ret = call i32 @__iu_entry_tracepoint(ptr @_ZN5multi2TP17hff162fa4fb82aa3eE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tp2(ptr %ctx) #3 section "tp/sched/sched_switch" {
start:
  %ret = call i32 @__iu_entry_tracepoint(ptr @_ZN5multi3TP217h2efd9c10a34736cdE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_xdp(ptr %ctx) #3 section "xdp" {
start:
  %ret = call i32 @__iu_entry_xdp(ptr @_ZN5multi3XDP17h04ad6bdcf435d610E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_a(ptr %ctx) #3 section "kprobe/do_sys_open" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN5multi4KP_A17h0f019be743c84f44E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_b(ptr %ctx) #3 section "kprobe/do_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN5multi4KP_B17h6dc81c90169d508dE, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_sched_cls(ptr, ptr)
declare i32 @__iu_entry_tracepoint(ptr, ptr)
declare i32 @__iu_entry_xdp(ptr, ptr)
declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #3 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!5, !6, !7, !8, !9}
!5 = !{!"_ZN5multi5tc_fn17h2ef995d04af3cf06E"}
!6 = !{!"_ZN5multi5tp_fn17h207d6579b07e062eE"}
!7 = !{!"_ZN5multi6tp2_fn17hbd5c39b5a6372c4dE"}
!8 = !{!"_ZN5multi6xdp_fn17h7069ac0d6b60efa7E"}
!9 = !{!"_ZN5multi5kp_fn17h33f95153ec013c40E"}
