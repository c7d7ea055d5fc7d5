; ModuleID = 'perf_event.7fc44241714671a8-cgu.0'
source_filename = "perf_event.7fc44241714671a8-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_b0c9e126c5b999eba7ce2fed5f4a46f9 = private unnamed_addr constant [19 x i8] c"sample period %llu\0A", align 1
@alloc_848760b365b0887c74be4765288fabbc = private unnamed_addr constant [13 x i8] c"iu_perf_event", align 1
@_ZN10perf_event4PROG17h70074d4c800a143dE = internal constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\07\00\00\00\00\00\00\00", ptr @_ZN10perf_event16iu_perf_event_fn17he543c9068593c176E, ptr @alloc_848760b365b0887c74be4765288fabbc, [16 x i8] c"\0D\00\00\00\00\00\00\00\A0\86\01\00\00\00\00\00" }>, section "inner_unikernel/perf_event", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN10perf_event4PROG17h70074d4c800a143dE], section "llvm.metadata"

; perf_event::iu_perf_event_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef range(i32 42, 298) i32 @_ZN10perf_event16iu_perf_event_fn17he543c9068593c176E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40) %obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(184) %data) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %obj, i64 32
  %_4 = load i64, ptr %0, align 8, !noundef !3
; call iu_rt::perf_event::bpf_trace_printk
  %_3 = tail call noundef i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h45829b95bd16189fE(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(40) %obj, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_b0c9e126c5b999eba7ce2fed5f4a46f9, i64 noundef 19, i64 noundef %_4) #1
  %1 = getelementptr inbounds nuw i8, ptr %data, i64 128
  %_7 = load i64, ptr %1, align 8, !noundef !3
  %2 = trunc i64 %_7 to i32
  %_5 = and i32 %2, 255
  %_0 = add nuw nsw i32 %_5, 42
  ret i32 %_0
}

; iu_rt::perf_event::bpf_trace_printk
; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h45829b95bd16189fE(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(40), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, i64 noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
