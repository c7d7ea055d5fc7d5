; ModuleID = 'hello.130990983f00d76c-cgu.0'
source_filename = "hello.130990983f00d76c-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@iu_rt_current_pid = external global i32
@alloc_998e96c09c63e0e27493e07511bf1012 = private unnamed_addr constant [28 x i8] c"Rust triggered from PID %u.\0A", align 1
@alloc_88e25defc0524fef4fc040e4d17f1e15 = private unnamed_addr constant [8 x i8] c"iu_prog1", align 1
@_RNvCs1DkNpoKjzEC_5hello4PROG = internal constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_RNvCs1DkNpoKjzEC_5hello11iu_prog1_fn, ptr @alloc_88e25defc0524fef4fc040e4d17f1e15, [16 x i8] c"\08\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8
@llvm.used = appending global [1 x ptr] [ptr @_RNvCs1DkNpoKjzEC_5hello4PROG], section "llvm.metadata"

; hello::iu_prog1_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_RNvCs1DkNpoKjzEC_5hello11iu_prog1_fn(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40) %obj, ptr noalias readonly align 8 captures(none) %_ctx) unnamed_addr #0 {
start:
  %0 = load volatile i32, ptr @iu_rt_current_pid, align 4
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %bb2, label %bb4

bb4:                                              ; preds = %start
  %_5 = sext i32 %0 to i64
; call <iu_rt::tracepoint>::bpf_trace_printk
  %_4 = tail call noundef i32 @_RNvMsd_Cs8a5p4ocSdXn_5iu_rtNtB5_10tracepoint16bpf_trace_printk(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(40) %obj, ptr noalias noundef nonnull readonly captures(address, read_provenance) @alloc_998e96c09c63e0e27493e07511bf1012, i64 noundef 28, i64 noundef %_5) #1
  br label %bb2

bb2:                                              ; preds = %start, %bb4
  ret i32 0
}

; <iu_rt::tracepoint>::bpf_trace_printk
; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @_RNvMsd_Cs8a5p4ocSdXn_5iu_rtNtB5_10tracepoint16bpf_trace_printk(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40), ptr noalias noundef nonnull readonly captures(address, read_provenance), i64 noundef, i64 noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
