; ModuleID = 'hello.e7036283-cgu.0'
source_filename = "hello.e7036283-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::tracepoint" = type { i64, i32 (%"iu_rt::tracepoint"*, i64**)*, { [0 x i8]*, i64 }, i64* }

@alloc14 = private unnamed_addr constant <{ [28 x i8] }> <{ [28 x i8] c"Rust triggered from PID %u.\0A" }>, align 1
@alloc3 = private unnamed_addr constant <{ [8 x i8] }> <{ [8 x i8] c"iu_prog1" }>, align 1
@_ZN5hello4PROG17h26b868d209654331E = internal constant <{ [8 x i8], i8*, i8*, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN5hello11iu_prog1_fn17hd2b58af5caedc281E to i8*), i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [16 x i8] c"\08\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [16 x i8] }>, <{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN5hello4PROG17h26b868d209654331E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; hello::iu_prog1_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN5hello11iu_prog1_fn17hd2b58af5caedc281E(%"iu_rt::tracepoint"* noalias noundef readonly align 8 dereferenceable(40) %obj, i64** noalias nocapture noundef readonly align 8 dereferenceable(8) %_ctx) unnamed_addr #0 {
start:
  %task = alloca i32, align 4
; call iu_rt::tracepoint::bpf_get_current_task
  %0 = tail call { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hd59ef2c2299f227eE(%"iu_rt::tracepoint"* noalias noundef nonnull readonly align 8 dereferenceable(40) %obj) #2
  %.fca.0.extract = extractvalue { i32, i32 } %0, 0
  %1 = icmp eq i32 %.fca.0.extract, 1
  br i1 %1, label %bb2, label %bb5

bb2:                                              ; preds = %start
  %.fca.1.extract = extractvalue { i32, i32 } %0, 1
  %2 = bitcast i32* %task to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %2)
  store i32 %.fca.1.extract, i32* %task, align 4
; call iu_rt::task_struct::get_pid
  %pid = call i32 @_ZN5iu_rt11task_struct7get_pid17h1d19cf79c64d82e8E(i32* noalias noundef nonnull readonly align 4 dereferenceable(4) %task) #2
  %_13 = sext i32 %pid to i64
; call iu_rt::tracepoint::bpf_trace_printk
  %_9 = call i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17h61771af824205080E(%"iu_rt::tracepoint"* noalias noundef nonnull readonly align 8 dereferenceable(40) %obj, [0 x i8]* noalias noundef nonnull readonly align 1 bitcast (<{ [28 x i8] }>* @alloc14 to [0 x i8]*), i64 28, i64 %_13) #2
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %2)
  br label %bb5

bb5:                                              ; preds = %bb2, %start
  ret i32 0
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; iu_rt::tracepoint::bpf_get_current_task
; Function Attrs: nounwind nonlazybind
declare { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hd59ef2c2299f227eE(%"iu_rt::tracepoint"* noalias noundef readonly align 8 dereferenceable(40)) unnamed_addr #0

; iu_rt::task_struct::get_pid
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt11task_struct7get_pid17h1d19cf79c64d82e8E(i32* noalias noundef readonly align 4 dereferenceable(4)) unnamed_addr #0

; iu_rt::tracepoint::bpf_trace_printk
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17h61771af824205080E(%"iu_rt::tracepoint"* noalias noundef readonly align 8 dereferenceable(40), [0 x i8]* noalias noundef nonnull readonly align 1, i64, i64) unnamed_addr #0

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
