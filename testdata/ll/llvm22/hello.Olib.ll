; ModuleID = 'hello.b7bc8f34f8b43372-cgu.0'
source_filename = "hello.b7bc8f34f8b43372-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_998e96c09c63e0e27493e07511bf1012 = private unnamed_addr constant [28 x i8] c"Rust triggered from PID %u.\0A", align 1
@alloc_88e25defc0524fef4fc040e4d17f1e15 = private unnamed_addr constant [8 x i8] c"iu_prog1", align 1
@_ZN5hello4PROG17h239e49d19585ebf0E = constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN5hello11iu_prog1_fn17he24a3d8012c02959E, ptr @alloc_88e25defc0524fef4fc040e4d17f1e15, [16 x i8] c"\08\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN5hello4PROG17h239e49d19585ebf0E], section "llvm.metadata"

; hello::iu_prog1_fn
; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @_ZN5hello11iu_prog1_fn17he24a3d8012c02959E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40) %obj, ptr noalias readonly align 8 captures(none) %_ctx) unnamed_addr #0 {
start:
; call iu_rt::tracepoint::bpf_get_current_task
  %0 = tail call { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hc66483e7574607f5E(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(40) %obj) #1
  %1 = extractvalue { i32, i32 } %0, 0
  %2 = trunc i32 %1 to i1
  br i1 %2, label %bb2, label %bb4

bb2:                                              ; preds = %start
  %3 = extractvalue { i32, i32 } %0, 1
  %_6 = sext i32 %3 to i64
; call iu_rt::tracepoint::bpf_trace_printk
  %_5 = tail call noundef i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17hf5b1358b508ff4dfE(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(40) %obj, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_998e96c09c63e0e27493e07511bf1012, i64 noundef 28, i64 noundef %_6) #1
  br label %bb4

bb4:                                              ; preds = %bb2, %start
  ret i32 0
}

; iu_rt::tracepoint::bpf_get_current_task
; Function Attrs: nounwind nonlazybind uwtable
declare { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hc66483e7574607f5E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40)) unnamed_addr #0

; iu_rt::tracepoint::bpf_trace_printk
; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17hf5b1358b508ff4dfE(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, i64 noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
