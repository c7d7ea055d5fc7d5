; ModuleID = 'kprobe_count.4e5a41df-cgu.0'
source_filename = "kprobe_count.4e5a41df-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@_ZN12kprobe_count5COUNT17h50af9d62ff0603c6E = internal global <{ [8 x i8] }> zeroinitializer, align 8
@alloc20 = private unnamed_addr constant <{ [25 x i8] }> <{ [25 x i8] c"getpid called %llu times\0A" }>, align 1
@alloc8 = private unnamed_addr constant <{ [15 x i8] }> <{ [15 x i8] c"iu_kprobe_count" }>, align 1
@_ZN12kprobe_count4PROG17h1efdb9e559b2ea5fE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN12kprobe_count18iu_kprobe_count_fn17hdf9213aafa76d1a6E to i8*), i8* getelementptr inbounds (<{ [15 x i8] }>, <{ [15 x i8] }>* @alloc8, i32 0, i32 0, i32 0), [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getpid", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12kprobe_count4PROG17h1efdb9e559b2ea5fE, i32 0, i32 0, i32 0)], section "llvm.metadata"

; kprobe_count::iu_kprobe_count_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN12kprobe_count18iu_kprobe_count_fn17hdf9213aafa76d1a6E(%"iu_rt::kprobe"* noalias noundef readonly align 8 dereferenceable(32) %obj, %"iu_rt::pt_regs"* noalias nocapture noundef readonly align 8 dereferenceable(168) %_regs) unnamed_addr #0 {
start:
  %0 = atomicrmw add i64* bitcast (<{ [8 x i8] }>* @_ZN12kprobe_count5COUNT17h50af9d62ff0603c6E to i64*), i64 1 monotonic, align 8
  %n = add i64 %0, 1
; call iu_rt::kprobe::bpf_trace_printk
  %_8 = tail call i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h51d18e7303072e1aE(%"iu_rt::kprobe"* noalias noundef nonnull readonly align 8 dereferenceable(32) %obj, [0 x i8]* noalias noundef nonnull readonly align 1 bitcast (<{ [25 x i8] }>* @alloc20 to [0 x i8]*), i64 25, i64 %n) #1
  %1 = trunc i64 %n to i32
  ret i32 %1
}

; iu_rt::kprobe::bpf_trace_printk
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h51d18e7303072e1aE(%"iu_rt::kprobe"* noalias noundef readonly align 8 dereferenceable(32), [0 x i8]* noalias noundef nonnull readonly align 1, i64, i64) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
