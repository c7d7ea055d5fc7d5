; ModuleID = 'spin.6fd2322164997fd1-cgu.0'
source_filename = "spin.6fd2322164997fd1-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_7b1e3793e26b4ff06a43c10758c3eca9 = private unnamed_addr constant [7 x i8] c"iu_spin", align 1
@_ZN4spin4PROG17hb0e56cd7f9ba08ebE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN4spin10iu_spin_fn17h7f4d3733aea60eb8E, ptr @alloc_7b1e3793e26b4ff06a43c10758c3eca9, [8 x i8] c"\07\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_geteuid", align 8
@llvm.used = appending global [1 x ptr] [ptr @_ZN4spin4PROG17hb0e56cd7f9ba08ebE], section "llvm.metadata"

; spin::iu_spin_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN4spin10iu_spin_fn17h7f4d3733aea60eb8E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
; call iu_rt::kprobe::bpf_ktime_get_ns
  %start1 = tail call noundef i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj) #1
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_7 = load i64, ptr %0, align 8
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call iu_rt::kprobe::bpf_ktime_get_ns
  %_6 = tail call noundef i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %obj) #1
  %_5 = sub i64 %_6, %start1
  %_4 = icmp ult i64 %_5, %_7
  br i1 %_4, label %bb1, label %bb4

bb4:                                              ; preds = %bb1
  ret i32 22807
}

; iu_rt::kprobe::bpf_ktime_get_ns
; Function Attrs: nounwind nonlazybind uwtable
declare noundef i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32)) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
