; ModuleID = 'kprobe_count.834623145a01e2e-cgu.0'
source_filename = "kprobe_count.834623145a01e2e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_74c9b4553440be04e50f6adb4709c5bd = private unnamed_addr constant [25 x i8] c"getpid called %llu times\0A", align 1
@alloc_a6c42dd606b67eaf806006dec35dd3ab = private unnamed_addr constant [15 x i8] c"iu_kprobe_count", align 1
@_ZN12kprobe_count4PROG17h4f15a767a0f95997E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E, ptr @alloc_a6c42dd606b67eaf806006dec35dd3ab, [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getpid", align 8
@_ZN12kprobe_count5COUNT17h8f1bb978174deda6E = internal global [8 x i8] zeroinitializer, align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN12kprobe_count4PROG17h4f15a767a0f95997E;"{
], section "llvm.metadata"

; kprobe_count::iu_kprobe_count_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj, ptr noalias readonly align 8 captures(none) %_regs) unnamed_addr #0 {
start:
  %0 = atomicrmw add ptr @_ZN12kprobe_count5COUNT17h8f1bb978174deda6E, i64 1 monotonic, align 8
  %n = add i64 %0, 1
; call iu_rt::kprobe::bpf_trace_printk
  %_6 = tail call noundef i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h1c2ec313ed9d5267E(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_74c9b4553440be04e50f6adb4709c5bd, i64 noundef 25, i64 noundef %n) #1
  %_0 = trunc i64 %n to i32
  ret i32 %_0
}

; iu_rt::kprobe::bpf_trace_printk
; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h1c2ec313ed9d5267E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, i64 noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
