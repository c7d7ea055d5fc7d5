; ModuleID = 'perf_event.5a57e0c7-cgu.0'
source_filename = "perf_event.5a57e0c7-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
%"iu_rt::perf_event" = type { i64, i32 (%"iu_rt::perf_event"*, %"iu_rt::bpf_perf_event_data"*)*, { [0 x i8]*, i64 }, i64 }
%"iu_rt::bpf_perf_event_data" = type { %"iu_rt::pt_regs", i64, i64 }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
@alloc13 = private unnamed_addr constant <{ [19 x i8] }> <{ [19 x i8] c"sample period %llu\0A" }>, align 1
@alloc3 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_perf_event" }>, align 1
@_ZN10perf_event4PROG17hf33a4daf5e2e7997E = internal constant <{ [8 x i8], i8*, i8*, [16 x i8] }> <{ [8 x i8] c"\07\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::perf_event"*, %"iu_rt::bpf_perf_event_data"*)* @_ZN10perf_event16iu_perf_event_fn17h67ddf4b77eb544f4E to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [16 x i8] c"\0D\00\00\00\00\00\00\00\A0\86\01\00\00\00\00\00" }>, section "inner_unikernel/perf_event", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [16 x i8] }>, <{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN10perf_event4PROG17hf33a4daf5e2e7997E, i32 0, i32 0, i32 0)], section "llvm.metadata"
; perf_event::iu_perf_event_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN10perf_event16iu_perf_event_fn17h67ddf4b77eb544f4E(%"iu_rt::perf_event"* noalias noundef readonly align 8 dereferenceable(40) %obj, %"iu_rt::bpf_perf_event_data"* noalias nocapture noundef readonly align 8 dereferenceable(184) %data) unnamed_addr #0 {
start:
; call iu_rt::perf_event::sample_period
  %_7 = tail call i64 @_ZN5iu_rt10perf_event13sample_period17he83b03fa9954743bE(%"iu_rt::perf_event"* noalias noundef nonnull readonly align 8 dereferenceable(40) %obj) #1
; call iu_rt::perf_event::bpf_trace_printk
  %_3 = tail call i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h972d71827cfb2f3bE(%"iu_rt::perf_event"* noalias noundef nonnull readonly align 8 dereferenceable(40) %obj, [0 x i8]* noalias noundef nonnull readonly align 1 bitcast (<{ [19 x i8] }>* @alloc13 to [0 x i8]*), i64 19, i64 %_7) #1
  %0 = getelementptr inbounds %"iu_rt::bpf_perf_event_data", %"iu_rt::bpf_perf_event_data"* %data, i64 0, i32 0, i32 16
  %_11 = load i64, i64* %0, align 8
  %1 = trunc i64 %_11 to i32
  %_9 = and i32 %1, 255
  %2 = add nuw nsw i32 %_9, 42
  ret i32 %2
}
; iu_rt::perf_event::sample_period
; Function Attrs: nounwind nonlazybind
declare i64 @_ZN5iu_rt10perf_event13sample_period17he83b03fa9954743bE(%"iu_rt::perf_event"* noalias noundef readonly align 8 dereferenceable(40)) unnamed_addr #0

; iu_rt::perf_event::bpf_trace_printk
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h972d71827cfb2f3bE(%"iu_rt::perf_event"* noalias noundef readonly align 8 dereferenceable(40), [0 x i8]* noalias noundef nonnull readonly align 1, i64, i64) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { jumptable nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
