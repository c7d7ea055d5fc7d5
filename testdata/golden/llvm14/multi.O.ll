; ModuleID = 'multi.6741306f-cgu.0'
source_filename = "multi.6741306f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::tracepoint" = type { i64, i32 (%"iu_rt::tracepoint"*, i64**)*, { [0 x i8]*, i64 }, i64* }
%"iu_rt::sys_enter_args" = type { i64, i64, [6 x i64] }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%"iu_rt::sched_cls" = type { i64, i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)*, { [0 x i8]*, i64 }, i8, [3 x i8], i32 }
%"iu_rt::__sk_buff" = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32 }
%"iu_rt::xdp" = type { i64, i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)*, { [0 x i8]*, i64 }, i32, [1 x i32] }
%"iu_rt::xdp_md" = type { { [0 x i8]*, i64 }, i32, [1 x i32] }

@alloc8 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_multi_tp" }>, align 1
@alloc5 = private unnamed_addr constant <{ [64 x i8] }> zeroinitializer, align 8
@_ZN5multi2TP17h9c7103378b076cc3E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8], i8* }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN5multi5tp_fn17hbdabd04d27e08c69E to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc8, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00", i8* getelementptr inbounds (<{ [64 x i8] }>, <{ [64 x i8] }>* @alloc5, i32 0, i32 0, i32 0) }>, section "objtracepoint", align 8
@alloc14 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_multi_tp2" }>, align 1
@_ZN5multi3TP217h424098bc70ddd981E = internal constant <{ [8 x i8], i8*, i8*, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN5multi6tp2_fn17hb6263b064888d7dbE to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc14, i32 0, i32 0, i32 0), [16 x i8] c"\0C\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "objtracepoint", align 8
@alloc20 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_multi_kp_a" }>, align 1
@_ZN5multi4KP_A17hea07601ce84964a9E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN5multi5kp_fn17hbbf308fb64574d1fE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc20, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc25 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_multi_kp_b" }>, align 1
@_ZN5multi4KP_B17h05604d98edf00edbE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN5multi5kp_fn17hbbf308fb64574d1fE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc25, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc30 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_multi_tc" }>, align 1
@_ZN5multi2TC17h25fea51fcb80e43bE = internal constant <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)* @_ZN5multi5tc_fn17hfddb1217c34e72beE to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc30, i32 0, i32 0, i32 0), [9 x i8] c"\0B\00\00\00\00\00\00\00\00", [3 x i8] undef, [4 x i8] c"\01\00\00\00" }>, section "objsched_cls", align 8
@alloc36 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_multi_xdp" }>, align 1
@_ZN5multi3XDP17h94223fd376017ca7E = internal constant <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)* @_ZN5multi6xdp_fn17h0ad10a2692f5e153E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc36, i32 0, i32 0, i32 0), [12 x i8] c"\0C\00\00\00\00\00\00\00\02\00\00\00", [4 x i8] undef }>, section "objxdp", align 8
@llvm.compiler.used = appending global [6 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>* @_ZN5multi2TC17h25fea51fcb80e43bE, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8], i8* }>, <{ [8 x i8], i8*, i8*, [8 x i8], i8* }>* @_ZN5multi2TP17h9c7103378b076cc3E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [16 x i8] }>, <{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN5multi3TP217h424098bc70ddd981E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>* @_ZN5multi3XDP17h94223fd376017ca7E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_A17hea07601ce84964a9E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_B17h05604d98edf00edbE, i32 0, i32 0, i32 0)], section "llvm.metadata"

; multi::tp_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn
define internal i32 @_ZN5multi5tp_fn17hbdabd04d27e08c69E(%"iu_rt::tracepoint"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_obj, i64** noalias nocapture noundef readonly align 8 dereferenceable(8) %ctx) unnamed_addr #0 {
start:
  %0 = bitcast i64** %ctx to {}**
  %1 = load {}*, {}** %0, align 8
  %2 = icmp eq {}* %1, null
  br i1 %2, label %bb4, label %bb3

bb3:                                              ; preds = %start
  %3 = bitcast {}* %1 to %"iu_rt::sys_enter_args"*
  %4 = getelementptr inbounds %"iu_rt::sys_enter_args", %"iu_rt::sys_enter_args"* %3, i64 0, i32 2, i64 0
  %_6 = load i64, i64* %4, align 8
  %_5 = trunc i64 %_6 to i32
  %5 = add i32 %_5, 1
  br label %bb4

bb4:                                              ; preds = %start, %bb3
  %.0 = phi i32 [ %5, %bb3 ], [ 57005, %start ]
  ret i32 %.0
}

; multi::tp2_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal i32 @_ZN5multi6tp2_fn17hb6263b064888d7dbE(%"iu_rt::tracepoint"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_obj, i64** noalias nocapture noundef readonly align 8 dereferenceable(8) %_ctx) unnamed_addr #1 {
start:
  ret i32 17
}

; multi::kp_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn
define internal i32 @_ZN5multi5kp_fn17hbbf308fb64574d1fE(%"iu_rt::kprobe"* noalias nocapture noundef readonly align 8 dereferenceable(32) %_obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i64 0, i32 14
  %_4 = load i64, i64* %0, align 8
  %1 = trunc i64 %_4 to i32
  %2 = and i32 %1, 65535
  ret i32 %2
}

; multi::tc_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn
define internal i32 @_ZN5multi5tc_fn17hfddb1217c34e72beE(%"iu_rt::sched_cls"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_obj, %"iu_rt::__sk_buff"* noalias nocapture noundef readonly align 4 dereferenceable(44) %_skb) unnamed_addr #1 {
start:
  ret i32 51
}

; multi::xdp_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn
define internal i32 @_ZN5multi6xdp_fn17h0ad10a2692f5e153E(%"iu_rt::xdp"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_obj, %"iu_rt::xdp_md"* noalias nocapture noundef readonly align 8 dereferenceable(24) %md) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds %"iu_rt::xdp_md", %"iu_rt::xdp_md"* %md, i64 0, i32 0, i32 1
  %_5.1 = load i64, i64* %0, align 8
  %1 = trunc i64 %_5.1 to i32
  ret i32 %1
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind readonly willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind nonlazybind readnone willreturn "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_multi_tp(i8* %ctx) #2 section "tracepoint/syscalls/sys_enter_write" {
start:
  %ret = call i32 @__iu_entry_tracepoint(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8], i8* }>* @_ZN5multi2TP17h9c7103378b076cc3E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tp2(i8* %ctx) #2 section "tp/sched/sched_switch" {
start:
  %ret = call i32 @__iu_entry_tracepoint(i8* bitcast (<{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN5multi3TP217h424098bc70ddd981E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_a(i8* %ctx) #2 section "kprobe/do_sys_open" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_A17hea07601ce84964a9E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_b(i8* %ctx) #2 section "kprobe/do_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_B17h05604d98edf00edbE to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tc(i8* %ctx) #2 section "tc" {
start:
  %ret = call i32 @__iu_entry_sched_cls(i8* bitcast (<{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>* @_ZN5multi2TC17h25fea51fcb80e43bE to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_xdp(i8* %ctx) #2 section "xdp" {
start:
  %ret = call i32 @__iu_entry_xdp(i8* bitcast (<{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>* @_ZN5multi3XDP17h94223fd376017ca7E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_tracepoint(i8*, i8*)
declare i32 @__iu_entry_kprobe(i8*, i8*)
declare i32 @__iu_entry_sched_cls(i8*, i8*)
declare i32 @__iu_entry_xdp(i8*, i8*)

@llvm.used = appending global [6 x i8*] [i8* bitcast (i32 (i8*)* @iu_multi_tp to i8*), i8* bitcast (i32 (i8*)* @iu_multi_tp2 to i8*), i8* bitcast (i32 (i8*)* @iu_multi_kp_a to i8*), i8* bitcast (i32 (i8*)* @iu_multi_kp_b to i8*), i8* bitcast (i32 (i8*)* @iu_multi_tc to i8*), i8* bitcast (i32 (i8*)* @iu_multi_xdp to i8*)], section "llvm.metadata"

attributes #2 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!2, !3, !4, !5, !6}
!2 = !{!"_ZN5multi5tp_fn17hbdabd04d27e08c69E"}
!3 = !{!"_ZN5multi6tp2_fn17hb6263b064888d7dbE"}
!4 = !{!"_ZN5multi5kp_fn17hbbf308fb64574d1fE"}
!5 = !{!"_ZN5multi5tc_fn17hfddb1217c34e72beE"}
!6 = !{!"_ZN5multi6xdp_fn17h0ad10a2692f5e153E"}
