; ModuleID = 'stack_selfrt.82524b8df346dd0-cgu.0'
source_filename = "stack_selfrt.82524b8df346dd0-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_75fc1a8a1b907342e401a7190baa7a14 = private unnamed_addr constant [11 x i8] c"iu_sr_plain", align 1
@_ZN12stack_selfrt5PLAIN17h609715e5127fc08fE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12stack_selfrt14iu_sr_plain_fn17h8f35569b19666521E, ptr @alloc_75fc1a8a1b907342e401a7190baa7a14, [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getppid", align 8
@alloc_c5ca9dd23ab7343fce1f2d65c6cdb67d = private unnamed_addr constant [13 x i8] c"iu_sr_recurse", align 1
@_ZN12stack_selfrt7RECURSE17hb74c7ca23dc6cb41E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12stack_selfrt16iu_sr_recurse_fn17h24271edeec3c30f6E, ptr @alloc_c5ca9dd23ab7343fce1f2d65c6cdb67d, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getegid", align 8
@llvm.used = appending global [2 x ptr] [ptr @_ZN12stack_selfrt5PLAIN17h609715e5127fc08fE, ptr @_ZN12stack_selfrt7RECURSE17hb74c7ca23dc6cb41E], section "llvm.metadata"

; __rustc::rust_begin_unwind
; Function Attrs: nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable
define hidden void @_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

; stack_selfrt::iu_sr_plain_fn
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i32 @_ZN12stack_selfrt14iu_sr_plain_fn17h8f35569b19666521E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %regs) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 8
  %_4 = load i64, ptr %0, align 8, !noundef !3
  %1 = trunc i64 %_4 to i32
  %_0 = add i32 %1, 1
  ret i32 %_0
}

; stack_selfrt::iu_sr_recurse_fn
; Function Attrs: nofree nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define internal noundef i32 @_ZN12stack_selfrt16iu_sr_recurse_fn17h24271edeec3c30f6E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %regs) unnamed_addr #2 {
start:
  %_4 = load i64, ptr %regs, align 8, !noundef !3
; call stack_selfrt::depth
  %_3 = tail call fastcc noundef i64 @_ZN12stack_selfrt5depth17h7aad4194e360b61fE(i64 noundef 0, i64 noundef %_4) #7
  %_0 = trunc i64 %_3 to i32
  ret i32 %_0
}

; stack_selfrt::depth
; Function Attrs: nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN12stack_selfrt5depth17h7aad4194e360b61fE(i64 noundef %n, i64 noundef %limit) unnamed_addr #3 {
start:
  %local = alloca [32 x i8], align 8
  %_3.not = icmp ult i64 %n, %limit
  br i1 %_3.not, label %bb2, label %common.ret1

common.ret1:                                      ; preds = %start, %bb2
  %common.ret1.op = phi i64 [ %1, %bb2 ], [ 0, %start ]
  ret i64 %common.ret1.op

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr nonnull %local)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %local, i8 0, i64 32, i1 false)
  %_6 = and i64 %n, 3
  %_7 = getelementptr inbounds nuw i64, ptr %local, i64 %_6
  %_11 = add nuw i64 %n, 1
  store volatile i64 %_11, ptr %_7, align 8
; call stack_selfrt::depth
  %_12 = tail call fastcc noundef i64 @_ZN12stack_selfrt5depth17h7aad4194e360b61fE(i64 noundef %_11, i64 noundef %limit) #7
  %0 = load volatile i64, ptr %_7, align 8
  %1 = add i64 %0, %_12
  call void @llvm.lifetime.end.p0(ptr nonnull %local)
  br label %common.ret1
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @__iu_entry_kprobe(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %prog, ptr noundef captures(address, read_provenance) %ctx) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %prog, i64 8
  %_5 = load ptr, ptr %0, align 8, !nonnull !3, !noundef !3
  %_0 = tail call noundef i32 %_5(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %prog, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %ctx) #8
  ret i32 %_0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

attributes #0 = { nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { noinline nounwind }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
