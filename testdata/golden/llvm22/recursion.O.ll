; ModuleID = 'recursion.159c6eec7dd54c1c-cgu.0'
source_filename = "recursion.159c6eec7dd54c1c-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_d2a589e28633dce615a9f0ccfc17bcc6 = private unnamed_addr constant [17 x i8] c"iu_recursion_bomb", align 1
@_ZN9recursion4BOMB17hee225b7c31d6e856E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN9recursion20iu_recursion_bomb_fn17hfabd6c6cc2bb70d1E, ptr @alloc_d2a589e28633dce615a9f0ccfc17bcc6, [8 x i8] c"\11\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc_09dad56090a81627f2658f3cd15a827c = private unnamed_addr constant [10 x i8] c"iu_recurse", align 1
@_ZN9recursion7RECURSE17hd9db27611f4284f0E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN9recursion13iu_recurse_fn17h299f821d0ce74efeE, ptr @alloc_09dad56090a81627f2658f3cd15a827c, [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.used = appending global [4 x ptr] [ptr @_ZN9recursion4BOMB17hee225b7c31d6e856E, ptr @_ZN9recursion7RECURSE17hd9db27611f4284f0E, ptr @iu_recursion_bomb, ptr @iu_recurse], section "llvm.metadata"

; recursion::iu_recurse_fn
; Function Attrs: nofree nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define internal noundef i32 @_ZN9recursion13iu_recurse_fn17h299f821d0ce74efeE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !3
; call recursion::depth
  %_3 = tail call fastcc noundef i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 noundef 0, i64 noundef %_4) #5
  %_0 = trunc i64 %_3 to i32
  ret i32 %_0
}

; recursion::iu_recursion_bomb_fn
; Function Attrs: nofree nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal noundef i32 @_ZN9recursion20iu_recursion_bomb_fn17hfabd6c6cc2bb70d1E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias readonly align 8 captures(none) %_regs) unnamed_addr #1 {
start:
; call recursion::depth
  %_3 = tail call fastcc noundef i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 noundef 0, i64 noundef -1) #5
  %_0 = trunc i64 %_3 to i32
  ret i32 %_0
}

; recursion::depth
; Function Attrs: nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 noundef %n, i64 noundef %limit) unnamed_addr #2 {
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
; call recursion::depth
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_12 = tail call fastcc noundef i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 noundef %_11, i64 noundef %limit) #5
  %0 = load volatile i64, ptr %_7, align 8
  %1 = add i64 %0, %_12
  call void @llvm.lifetime.end.p0(ptr nonnull %local)
  br label %common.ret1
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

attributes #0 = { nofree nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { noinline nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_recursion_bomb(ptr %ctx) #6 section "kprobe/__x64_sys_getpgrp" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN9recursion4BOMB17hee225b7c31d6e856E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_recurse(ptr %ctx) #6 section "kprobe/__x64_sys_getegid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN9recursion7RECURSE17hd9db27611f4284f0E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #6 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!4, !5}
!4 = !{!"_ZN9recursion20iu_recursion_bomb_fn17hfabd6c6cc2bb70d1E"}
!5 = !{!"_ZN9recursion13iu_recurse_fn17h299f821d0ce74efeE"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!6}
!6 = !{!"recursion", ptr @_ZN9recursion5depth17h712bc1d419c46327E, i32 1}
