; ModuleID = 'stack_progs.2c769935dae3605d-cgu.0'
source_filename = "stack_progs.2c769935dae3605d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b = private unnamed_addr constant [40 x i8] c"testdata/stackcheck/rust/stack_progs.rs\00", align 1
@alloc_f7e45e6ca995de1baca376c9a7f11e6b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00d\00\00\00%\00\00\00" }>, align 8
@alloc_030786b8a961c4e80233855bf033f363 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00d\00\00\00\16\00\00\00" }>, align 8
@alloc_fa600a22e230290314dc994d90577f0f = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00J\00\00\00&\00\00\00" }>, align 8
@alloc_617ec941e7d3648e7af3ac7d4d3ad888 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00J\00\00\00\17\00\00\00" }>, align 8
@alloc_3d47b363f723ae14c62f4fa45dce0c3d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\83\00\00\00\14\00\00\00" }>, align 8
@alloc_9b7a2aeabbea48757f03de42a678778f = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\87\00\00\00,\00\00\00" }>, align 8
@alloc_df7113b98fef998b2a1586ccd151663d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\87\00\00\00\09\00\00\00" }>, align 8
@alloc_a0b0667827010ce95e21eed25357389e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\88\00\00\00\09\00\00\00" }>, align 8
@alloc_daf97fb884c07f6ebb0f84726f6af15c = private unnamed_addr constant [9 x i8] c"iu_st_dyn", align 1
@_ZN11stack_progs3DYN17h25221892f5d76fb5E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs12iu_st_dyn_fn17hc8eedb72d580f693E, ptr @alloc_daf97fb884c07f6ebb0f84726f6af15c, [8 x i8] c"\09\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getuid", align 8, !dbg !0
@_ZN11stack_progs3OPS17hc9e6e414c4c9fe8fE = internal constant <{ ptr, ptr }> <{ ptr @_ZN11stack_progs6double17h06e4fcdd0ddc7b92E, ptr @_ZN11stack_progs6square17hfada72dd137da34cE }>, align 8, !dbg !49
@alloc_a65f427dc5b57b4de0ec6bc7d3d5ae9a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\007\00\00\00\15\00\00\00" }>, align 8
@_ZN11stack_progs4LEFT17h9fe11606a32b0e5aE = internal global [4 x i8] c"\03\00\00\00", align 4, !dbg !57
@alloc_79d5d614dd14f38ced8a1ad94e46fa58 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00.\00\00\00\14\00\00\00" }>, align 8
@alloc_74f1f885d1fc51b2d7e95b0da500da3b = private unnamed_addr constant [11 x i8] c"iu_st_chain", align 1
@_ZN11stack_progs5CHAIN17h99da583a30da81b6E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs14iu_st_chain_fn17h3ad786d5fd53e30aE, ptr @alloc_74f1f885d1fc51b2d7e95b0da500da3b, [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getgid", align 8, !dbg !59
@alloc_3df977035dc51797aec349a8c8db4305 = private unnamed_addr constant [11 x i8] c"iu_st_fnptr", align 1
@_ZN11stack_progs5FNPTR17h796eeb5f53a1f64aE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs14iu_st_fnptr_fn17hcbd1573d326db9a7E, ptr @alloc_3df977035dc51797aec349a8c8db4305, [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getsid", align 8, !dbg !61
@alloc_f038a647ad80cd8066ffb57a7a4927f9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00!\00\00\000\00\00\00" }>, align 8
@alloc_967afa021f29e76ceb190468e74c5eca = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00!\00\00\008\00\00\00" }>, align 8
@alloc_acb754eadb1fbbd1cf74d3119dcdc304 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00!\00\00\00\0E\00\00\00" }>, align 8
@alloc_99928372b9782f6c209c14a4f54a53cc = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\22\00\00\00\0B\00\00\00" }>, align 8
@alloc_c947dbc49ae60a33defd7d015187878e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\22\00\00\00A\00\00\00" }>, align 8
@alloc_27349e3372a33689340b9a1e037230e1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\22\00\00\00$\00\00\00" }>, align 8
@alloc_e6de919ad2b75c086952b69bb55dc133 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\22\00\00\00\05\00\00\00" }>, align 8
@alloc_e0a89751b8084ec32fbc34ef21fc3e05 = private unnamed_addr constant [12 x i8] c"iu_st_parity", align 1
@_ZN11stack_progs6PARITY17hb14405aa2b074e03E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs15iu_st_parity_fn17h822a809ef57ce22bE, ptr @alloc_e0a89751b8084ec32fbc34ef21fc3e05, [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getpgrp", align 8, !dbg !63
@alloc_78f068edd3d699ccb40f0178125d9b41 = private unnamed_addr constant [8 x i8] c"\03\00\00\00\00\00\00\00", align 8
@anon.e606a766ea76344401111930b27657e4.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h7a2bed482fb2428fE" }>, align 8
@alloc_77fbbd604975f8684e4604ab632b8c02 = private unnamed_addr constant [16 x i8] c"\02\00\00\00\00\00\00\00\05\00\00\00\00\00\00\00", align 8
@anon.e606a766ea76344401111930b27657e4.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17h0f3c7f36d82bd2c1E" }>, align 8
@_ZN11stack_progs6SHAPES17hac95ca283c370d79E = internal constant <{ ptr, ptr, ptr, ptr }> <{ ptr @alloc_78f068edd3d699ccb40f0178125d9b41, ptr @anon.e606a766ea76344401111930b27657e4.0, ptr @alloc_77fbbd604975f8684e4604ab632b8c02, ptr @anon.e606a766ea76344401111930b27657e4.1 }>, align 8, !dbg !65
@alloc_89e8509c0a544ac67a32ccc09e50d1d2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00t\00\00\00\05\00\00\00" }>, align 8
@alloc_b0ab463ea522519a3e19f4c7159ac7e2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00o\00\00\00\05\00\00\00" }>, align 8
@alloc_7468b1943bb5259c7739340c594f1f23 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00j\00\00\00\05\00\00\00" }>, align 8
@alloc_ef48b94eb07c92e24dd4cbe608b49709 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00@\00\00\00\05\00\00\00" }>, align 8
@alloc_04e17960d869337fe746bc981215757d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00\17\00\00\00\0E\00\00\00" }>, align 8
@alloc_489cbfcbfbb481d981a02cc95361f693 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00D\00\00\00\05\00\00\00" }>, align 8
@alloc_c7023fbbb45460c4e7573fe66495623a = private unnamed_addr constant [13 x i8] c"iu_st_recurse", align 1
@_ZN11stack_progs7RECURSE17hf33946653460b4c5E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs16iu_st_recurse_fn17ha6b017f75aff8991E, ptr @alloc_c7023fbbb45460c4e7573fe66495623a, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getegid", align 8, !dbg !78
@alloc_25ac1f95e20f1cd30256be6d5c19fa35 = private unnamed_addr constant [13 x i8] c"iu_st_reenter", align 1
@_ZN11stack_progs7REENTER17hb12ea10cf3132468E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs16iu_st_reenter_fn17hdd27ca610f42243eE, ptr @alloc_25ac1f95e20f1cd30256be6d5c19fa35, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_gettid", align 8, !dbg !80
@alloc_854c899e5ca06b77ca7e89923faf1616 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: ptr::read_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_c848f501c9a24e1e115677405b6cf8e4 = private unnamed_addr constant [215 x i8] c"unsafe precondition(s) violated: ptr::write_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_2b5020bacbbe4c68b6c3bf0477b383f7 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00]\00\00\00\09\00\00\00" }>, align 8
@alloc_e12b586b36414a5749ae9e8d059bf016 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_cf2c19cd3ee2f2cf25e2daf49d570c4b, [16 x i8] c"'\00\00\00\00\00\00\00W\00\00\00\09\00\00\00" }>, align 8
@llvm.used = appending global [6 x ptr] [ptr @_ZN11stack_progs3DYN17h25221892f5d76fb5E, ptr @_ZN11stack_progs5CHAIN17h99da583a30da81b6E, ptr @_ZN11stack_progs5FNPTR17h796eeb5f53a1f64aE, ptr @_ZN11stack_progs6PARITY17hb14405aa2b074e03E, ptr @_ZN11stack_progs7RECURSE17hf33946653460b4c5E, ptr @_ZN11stack_progs7REENTER17hb12ea10cf3132468E], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; stack_progs::iu_st_dyn_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN11stack_progs12iu_st_dyn_fn17hc8eedb72d580f693E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !90 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !92, !DIExpression(), !96)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !93, !DIExpression(), !97)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !98
  %_9 = load i64, ptr %0, align 8, !dbg !98
  %_8 = urem i64 %_9, 2, !dbg !99
  %_11 = icmp ult i64 %_8, 2, !dbg !100
  br i1 %_11, label %bb2, label %panic, !dbg !100

bb2:                                              ; preds = %start
  %_5 = getelementptr inbounds nuw { ptr, ptr }, ptr @_ZN11stack_progs6SHAPES17hac95ca283c370d79E, i64 %_8, !dbg !101
; call core::ptr::read_volatile
  %1 = call { ptr, ptr } @_ZN4core3ptr13read_volatile17h366475aa04ad9521E(ptr %_5, ptr align 8 @alloc_030786b8a961c4e80233855bf033f363) #8, !dbg !102
  %s.0 = extractvalue { ptr, ptr } %1, 0, !dbg !102
  %s.1 = extractvalue { ptr, ptr } %1, 1, !dbg !102
  store ptr %s.0, ptr %s.dbg.spill, align 8, !dbg !102
  %2 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !102
  store ptr %s.1, ptr %2, align 8, !dbg !102
    #dbg_declare(ptr %s.dbg.spill, !94, !DIExpression(), !103)
  %3 = getelementptr inbounds i8, ptr %s.1, i64 24, !dbg !104
  %4 = load ptr, ptr %3, align 8, !dbg !104, !invariant.load !40, !nonnull !40
  %_12 = call i64 %4(ptr align 1 %s.0) #8, !dbg !105
  %_0 = trunc i64 %_12 to i32, !dbg !104
  ret i32 %_0, !dbg !106

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_8, i64 2, ptr align 8 @alloc_f7e45e6ca995de1baca376c9a7f11e6b) #9, !dbg !100
  unreachable, !dbg !100
}

; stack_progs::iu_st_chain_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN11stack_progs14iu_st_chain_fn17h3ad786d5fd53e30aE(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !107 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !109, !DIExpression(), !111)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !110, !DIExpression(), !112)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !113
  %_4 = load i64, ptr %0, align 8, !dbg !113
; call stack_progs::chain1
  %_3 = call i64 @_ZN11stack_progs6chain117hd8074bfbd251df52E(i64 %_4) #10, !dbg !114
  %_0 = trunc i64 %_3 to i32, !dbg !114
  ret i32 %_0, !dbg !115
}

; stack_progs::iu_st_fnptr_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN11stack_progs14iu_st_fnptr_fn17hcbd1573d326db9a7E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !116 {
start:
  %op.dbg.spill = alloca [8 x i8], align 8
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !118, !DIExpression(), !122)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !119, !DIExpression(), !123)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !124
  %_9 = load i64, ptr %0, align 8, !dbg !124
  %_8 = urem i64 %_9, 2, !dbg !125
  %_11 = icmp ult i64 %_8, 2, !dbg !126
  br i1 %_11, label %bb2, label %panic, !dbg !126

bb2:                                              ; preds = %start
  %_5 = getelementptr inbounds nuw ptr, ptr @_ZN11stack_progs3OPS17hc9e6e414c4c9fe8fE, i64 %_8, !dbg !127
; call core::ptr::read_volatile
  %op = call ptr @_ZN4core3ptr13read_volatile17h197753c6a859f911E(ptr %_5, ptr align 8 @alloc_617ec941e7d3648e7af3ac7d4d3ad888) #8, !dbg !128
  store ptr %op, ptr %op.dbg.spill, align 8, !dbg !128
    #dbg_declare(ptr %op.dbg.spill, !120, !DIExpression(), !129)
  %1 = getelementptr inbounds i8, ptr %regs, i64 104, !dbg !130
  %_13 = load i64, ptr %1, align 8, !dbg !130
  %_12 = call i64 %op(i64 %_13) #11, !dbg !131
  %_0 = trunc i64 %_12 to i32, !dbg !131
  ret i32 %_0, !dbg !132

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_8, i64 2, ptr align 8 @alloc_fa600a22e230290314dc994d90577f0f) #9, !dbg !126
  unreachable, !dbg !126
}

; stack_progs::iu_st_parity_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN11stack_progs15iu_st_parity_fn17h822a809ef57ce22bE(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !133 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !135, !DIExpression(), !137)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !136, !DIExpression(), !138)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !139
  %_4 = load i64, ptr %0, align 8, !dbg !139
; call stack_progs::even
  %_3 = call zeroext i1 @_ZN11stack_progs4even17h80617472e0843a40E(i64 %_4) #10, !dbg !140
  %_0 = zext i1 %_3 to i32, !dbg !140
  ret i32 %_0, !dbg !141
}

; stack_progs::iu_st_recurse_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN11stack_progs16iu_st_recurse_fn17ha6b017f75aff8991E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !142 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !144, !DIExpression(), !146)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !145, !DIExpression(), !147)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !148
  %_4 = load i64, ptr %0, align 8, !dbg !148
; call stack_progs::depth
  %_3 = call i64 @_ZN11stack_progs5depth17h6b70ac7045f2f6a0E(i64 0, i64 %_4) #10, !dbg !149
  %_0 = trunc i64 %_3 to i32, !dbg !149
  ret i32 %_0, !dbg !150
}

; stack_progs::iu_st_reenter_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN11stack_progs16iu_st_reenter_fn17hdd27ca610f42243eE(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !151 {
start:
  %left.dbg.spill = alloca [4 x i8], align 4
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [4 x i8], align 4
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !153, !DIExpression(), !157)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !154, !DIExpression(), !158)
; call core::ptr::read_volatile
  %left = call i32 @_ZN4core3ptr13read_volatile17h33c666ffe7713e70E(ptr @_ZN11stack_progs4LEFT17h9fe11606a32b0e5aE, ptr align 8 @alloc_3d47b363f723ae14c62f4fa45dce0c3d) #8, !dbg !159
  store i32 %left, ptr %left.dbg.spill, align 4, !dbg !159
    #dbg_declare(ptr %left.dbg.spill, !155, !DIExpression(), !160)
  %_6 = icmp eq i32 %left, 0, !dbg !161
  br i1 %_6, label %bb2, label %bb3, !dbg !161

bb3:                                              ; preds = %start
  %_10.0 = sub i32 %left, 1, !dbg !162
  %_10.1 = icmp ult i32 %left, 1, !dbg !162
  br i1 %_10.1, label %panic, label %bb4, !dbg !162

bb2:                                              ; preds = %start
  store i32 0, ptr %_0, align 4, !dbg !163
  br label %bb8, !dbg !164

bb4:                                              ; preds = %bb3
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hd79e42169d19962aE(ptr @_ZN11stack_progs4LEFT17h9fe11606a32b0e5aE, i32 %_10.0, ptr align 8 @alloc_df7113b98fef998b2a1586ccd151663d) #8, !dbg !165
  %_11 = call i32 @iu_st_reenter(ptr %regs) #11, !dbg !166
  %_13.0 = add i32 %_11, 1, !dbg !166
  %_13.1 = icmp ult i32 %_13.0, %_11, !dbg !166
  br i1 %_13.1, label %panic1, label %bb7, !dbg !166

panic:                                            ; preds = %bb3
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_9b7a2aeabbea48757f03de42a678778f) #9, !dbg !162
  unreachable, !dbg !162

bb7:                                              ; preds = %bb4
  store i32 %_13.0, ptr %_0, align 4, !dbg !166
  br label %bb8, !dbg !164

panic1:                                           ; preds = %bb4
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a0b0667827010ce95e21eed25357389e) #9, !dbg !166
  unreachable, !dbg !166

bb8:                                              ; preds = %bb2, %bb7
  %0 = load i32, ptr %_0, align 4, !dbg !164
  ret i32 %0, !dbg !164
}

; stack_progs::odd
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal zeroext i1 @_ZN11stack_progs3odd17h5f05870412a77104E(i64 %n) unnamed_addr #1 !dbg !167 {
start:
  %n.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !172, !DIExpression(), !173)
  %_2 = icmp eq i64 %n, 0, !dbg !174
  br i1 %_2, label %bb1, label %bb2, !dbg !174

bb2:                                              ; preds = %start
  %_5.0 = sub i64 %n, 1, !dbg !175
  %_5.1 = icmp ult i64 %n, 1, !dbg !175
  br i1 %_5.1, label %panic, label %bb3, !dbg !175

bb1:                                              ; preds = %start
  store i8 0, ptr %_0, align 1, !dbg !176
  br label %bb5, !dbg !177

bb3:                                              ; preds = %bb2
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17ha6751a6ee33444d7E(i64 %_5.0) #11, !dbg !178
; call stack_progs::even
  %0 = call zeroext i1 @_ZN11stack_progs4even17h80617472e0843a40E(i64 %_3) #10, !dbg !179
  %1 = zext i1 %0 to i8, !dbg !179
  store i8 %1, ptr %_0, align 1, !dbg !179
  br label %bb5, !dbg !179

panic:                                            ; preds = %bb2
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_a65f427dc5b57b4de0ec6bc7d3d5ae9a) #9, !dbg !175
  unreachable, !dbg !175

bb5:                                              ; preds = %bb1, %bb3
  %2 = load i8, ptr %_0, align 1, !dbg !180
  %3 = trunc nuw i8 %2 to i1, !dbg !180
  ret i1 %3, !dbg !180
}

; stack_progs::even
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal zeroext i1 @_ZN11stack_progs4even17h80617472e0843a40E(i64 %n) unnamed_addr #1 !dbg !181 {
start:
  %n.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !183, !DIExpression(), !184)
  %_2 = icmp eq i64 %n, 0, !dbg !185
  br i1 %_2, label %bb1, label %bb2, !dbg !185

bb2:                                              ; preds = %start
  %_5.0 = sub i64 %n, 1, !dbg !186
  %_5.1 = icmp ult i64 %n, 1, !dbg !186
  br i1 %_5.1, label %panic, label %bb3, !dbg !186

bb1:                                              ; preds = %start
  store i8 1, ptr %_0, align 1, !dbg !187
  br label %bb5, !dbg !188

bb3:                                              ; preds = %bb2
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17ha6751a6ee33444d7E(i64 %_5.0) #11, !dbg !189
; call stack_progs::odd
  %0 = call zeroext i1 @_ZN11stack_progs3odd17h5f05870412a77104E(i64 %_3) #10, !dbg !190
  %1 = zext i1 %0 to i8, !dbg !190
  store i8 %1, ptr %_0, align 1, !dbg !190
  br label %bb5, !dbg !190

panic:                                            ; preds = %bb2
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_79d5d614dd14f38ced8a1ad94e46fa58) #9, !dbg !186
  unreachable, !dbg !186

bb5:                                              ; preds = %bb1, %bb3
  %2 = load i8, ptr %_0, align 1, !dbg !191
  %3 = trunc nuw i8 %2 to i1, !dbg !191
  ret i1 %3, !dbg !191
}

; stack_progs::depth
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN11stack_progs5depth17h6b70ac7045f2f6a0E(i64 %n, i64 %limit) unnamed_addr #1 !dbg !192 {
start:
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %self.dbg.spill.i6 = alloca [16 x i8], align 8
  %count.dbg.spill.i3 = alloca [8 x i8], align 8
  %self.dbg.spill.i4 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %limit.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %local = alloca [32 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !196, !DIExpression(), !203)
  store i64 %limit, ptr %limit.dbg.spill, align 8
    #dbg_declare(ptr %limit.dbg.spill, !197, !DIExpression(), !204)
    #dbg_declare(ptr %local, !198, !DIExpression(), !205)
  %_3 = icmp uge i64 %n, %limit, !dbg !206
  br i1 %_3, label %bb1, label %bb2, !dbg !206

bb2:                                              ; preds = %start
  call void @llvm.memset.p0.i64(ptr align 8 %local, i8 0, i64 32, i1 false), !dbg !207
  %_6 = urem i64 %n, 4, !dbg !208
  store i64 %_6, ptr %i.dbg.spill, align 8, !dbg !208
    #dbg_declare(ptr %i.dbg.spill, !201, !DIExpression(), !209)
  store ptr %local, ptr %self.dbg.spill.i6, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill.i6, i64 8
  store i64 4, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill.i6, !210, !DIExpression(), !227)
  store ptr %local, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !229, !DIExpression(), !262)
  store i64 %_6, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !261, !DIExpression(), !264)
  %_0.i = getelementptr inbounds nuw i64, ptr %local, i64 %_6, !dbg !265
  %_14.0 = add i64 %n, 1, !dbg !266
  %_14.1 = icmp ult i64 %_14.0, %n, !dbg !266
  br i1 %_14.1, label %panic, label %bb6, !dbg !266

bb1:                                              ; preds = %start
  store i64 0, ptr %_0, align 8, !dbg !267
  br label %bb14, !dbg !268

bb6:                                              ; preds = %bb2
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h0bb4c3dc96231297E(ptr %_0.i, i64 %_14.0, ptr align 8 @alloc_acb754eadb1fbbd1cf74d3119dcdc304) #8, !dbg !269
  %_17.0 = add i64 %n, 1, !dbg !270
  %_17.1 = icmp ult i64 %_17.0, %n, !dbg !270
  br i1 %_17.1, label %panic1, label %bb8, !dbg !270

panic:                                            ; preds = %bb2
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_967afa021f29e76ceb190468e74c5eca) #9, !dbg !266
  unreachable, !dbg !266

bb8:                                              ; preds = %bb6
; call stack_progs::depth
  %_15 = call i64 @_ZN11stack_progs5depth17h6b70ac7045f2f6a0E(i64 %_17.0, i64 %limit) #10, !dbg !271
  store ptr %local, ptr %self.dbg.spill.i7, align 8
  %1 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 4, ptr %1, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !272, !DIExpression(), !282)
  store ptr %local, ptr %self.dbg.spill.i4, align 8
    #dbg_declare(ptr %self.dbg.spill.i4, !284, !DIExpression(), !293)
  store i64 %_6, ptr %count.dbg.spill.i3, align 8
    #dbg_declare(ptr %count.dbg.spill.i3, !292, !DIExpression(), !295)
  %_0.i5 = getelementptr inbounds nuw i64, ptr %local, i64 %_6, !dbg !296
; call core::ptr::read_volatile
  %_18 = call i64 @_ZN4core3ptr13read_volatile17h2cb14390de606a70E(ptr %_0.i5, ptr align 8 @alloc_27349e3372a33689340b9a1e037230e1) #8, !dbg !297
  %_23.0 = add i64 %_15, %_18, !dbg !271
  %_23.1 = icmp ult i64 %_23.0, %_15, !dbg !271
  br i1 %_23.1, label %panic2, label %bb13, !dbg !271

panic1:                                           ; preds = %bb6
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_99928372b9782f6c209c14a4f54a53cc) #9, !dbg !270
  unreachable, !dbg !270

bb13:                                             ; preds = %bb8
  store i64 %_23.0, ptr %_0, align 8, !dbg !271
  br label %bb14, !dbg !268

panic2:                                           ; preds = %bb8
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_e6de919ad2b75c086952b69bb55dc133) #9, !dbg !271
  unreachable, !dbg !271

bb14:                                             ; preds = %bb1, %bb13
  %2 = load i64, ptr %_0, align 8, !dbg !268
  ret i64 %2, !dbg !268
}

; stack_progs::chain1
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN11stack_progs6chain117hd8074bfbd251df52E(i64 %x) unnamed_addr #1 !dbg !298 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !300, !DIExpression(), !301)
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17ha6751a6ee33444d7E(i64 %x) #11, !dbg !302
; call stack_progs::chain2
  %_2 = call i64 @_ZN11stack_progs6chain217hd59a803111cce4b7E(i64 %_3) #10, !dbg !303
  %_4.0 = add i64 %_2, 1, !dbg !303
  %_4.1 = icmp ult i64 %_4.0, %_2, !dbg !303
  br i1 %_4.1, label %panic, label %bb3, !dbg !303

bb3:                                              ; preds = %start
  ret i64 %_4.0, !dbg !304

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_89e8509c0a544ac67a32ccc09e50d1d2) #9, !dbg !303
  unreachable, !dbg !303
}

; stack_progs::chain2
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN11stack_progs6chain217hd59a803111cce4b7E(i64 %x) unnamed_addr #1 !dbg !305 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !307, !DIExpression(), !308)
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17ha6751a6ee33444d7E(i64 %x) #11, !dbg !309
; call stack_progs::chain3
  %_2 = call i64 @_ZN11stack_progs6chain317hf49eba9f24b57efdE(i64 %_3) #10, !dbg !310
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_2, i64 2), !dbg !310
  %_4.0 = extractvalue { i64, i1 } %0, 0, !dbg !310
  %_4.1 = extractvalue { i64, i1 } %0, 1, !dbg !310
  br i1 %_4.1, label %panic, label %bb3, !dbg !310

bb3:                                              ; preds = %start
  ret i64 %_4.0, !dbg !311

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_b0ab463ea522519a3e19f4c7159ac7e2) #9, !dbg !310
  unreachable, !dbg !310
}

; stack_progs::chain3
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN11stack_progs6chain317hf49eba9f24b57efdE(i64 %x) unnamed_addr #1 !dbg !312 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !314, !DIExpression(), !315)
; call stack_progs::opaque
  %_2 = call i64 @_ZN11stack_progs6opaque17ha6751a6ee33444d7E(i64 %x) #11, !dbg !316
  %_3.0 = add i64 %_2, 3, !dbg !316
  %_3.1 = icmp ult i64 %_3.0, %_2, !dbg !316
  br i1 %_3.1, label %panic, label %bb2, !dbg !316

bb2:                                              ; preds = %start
  ret i64 %_3.0, !dbg !317

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_7468b1943bb5259c7739340c594f1f23) #9, !dbg !316
  unreachable, !dbg !316
}

; stack_progs::double
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @_ZN11stack_progs6double17h06e4fcdd0ddc7b92E(i64 %x) unnamed_addr #0 !dbg !318 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !320, !DIExpression(), !321)
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 2), !dbg !322
  %_2.0 = extractvalue { i64, i1 } %0, 0, !dbg !322
  %_2.1 = extractvalue { i64, i1 } %0, 1, !dbg !322
  br i1 %_2.1, label %panic, label %bb1, !dbg !322

bb1:                                              ; preds = %start
  ret i64 %_2.0, !dbg !323

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_ef48b94eb07c92e24dd4cbe608b49709) #9, !dbg !322
  unreachable, !dbg !322
}

; stack_progs::opaque
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @_ZN11stack_progs6opaque17ha6751a6ee33444d7E(i64 %x) unnamed_addr #0 !dbg !324 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  %v = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !326, !DIExpression(), !329)
    #dbg_declare(ptr %v, !327, !DIExpression(), !330)
  store i64 %x, ptr %v, align 8, !dbg !331
; call core::ptr::read_volatile
  %_0 = call i64 @_ZN4core3ptr13read_volatile17h2cb14390de606a70E(ptr %v, ptr align 8 @alloc_04e17960d869337fe746bc981215757d) #8, !dbg !332
  ret i64 %_0, !dbg !333
}

; stack_progs::square
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @_ZN11stack_progs6square17hfada72dd137da34cE(i64 %x) unnamed_addr #0 !dbg !334 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !336, !DIExpression(), !337)
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 %x), !dbg !338
  %_2.0 = extractvalue { i64, i1 } %0, 0, !dbg !338
  %_2.1 = extractvalue { i64, i1 } %0, 1, !dbg !338
  br i1 %_2.1, label %panic, label %bb1, !dbg !338

bb1:                                              ; preds = %start
  ret i64 %_2.0, !dbg !339

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_489cbfcbfbb481d981a02cc95361f693) #9, !dbg !338
  unreachable, !dbg !338
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal ptr @_ZN4core3ptr13read_volatile17h197753c6a859f911E(ptr %src, ptr align 8 %0) unnamed_addr #2 !dbg !340 {
start:
  %1 = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !346, !DIExpression(), !349)
  br label %bb1, !dbg !350

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h0b27136764a9f130E(ptr %src, i64 8, ptr align 8 %0) #8, !dbg !353
  br label %bb3, !dbg !354

bb3:                                              ; preds = %bb1
  %2 = load volatile ptr, ptr %src, align 8, !dbg !355
  store ptr %2, ptr %1, align 8, !dbg !355
  %_0 = load ptr, ptr %1, align 8, !dbg !355
  ret ptr %_0, !dbg !356
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal i32 @_ZN4core3ptr13read_volatile17h33c666ffe7713e70E(ptr %src, ptr align 8 %0) unnamed_addr #2 !dbg !357 {
start:
  %1 = alloca [4 x i8], align 4
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !362, !DIExpression(), !365)
  br label %bb1, !dbg !366

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h0b27136764a9f130E(ptr %src, i64 4, ptr align 8 %0) #8, !dbg !368
  br label %bb3, !dbg !369

bb3:                                              ; preds = %bb1
  %2 = load volatile i32, ptr %src, align 4, !dbg !370
  store i32 %2, ptr %1, align 4, !dbg !370
  %_0 = load i32, ptr %1, align 4, !dbg !370
  ret i32 %_0, !dbg !371
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { ptr, ptr } @_ZN4core3ptr13read_volatile17h366475aa04ad9521E(ptr %src, ptr align 8 %0) unnamed_addr #2 !dbg !372 {
start:
  %1 = alloca [16 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !377, !DIExpression(), !380)
  br label %bb1, !dbg !381

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h0b27136764a9f130E(ptr %src, i64 8, ptr align 8 %0) #8, !dbg !383
  br label %bb3, !dbg !384

bb3:                                              ; preds = %bb1
  %2 = load volatile { ptr, ptr }, ptr %src, align 8, !dbg !385
  store { ptr, ptr } %2, ptr %1, align 8, !dbg !385
  %_0.0 = load ptr, ptr %1, align 8, !dbg !385
  %3 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !385
  %_0.1 = load ptr, ptr %3, align 8, !dbg !385
  %4 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0, !dbg !386
  %5 = insertvalue { ptr, ptr } %4, ptr %_0.1, 1, !dbg !386
  ret { ptr, ptr } %5, !dbg !386
}

; core::ptr::read_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr13read_volatile18precondition_check17h0b27136764a9f130E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !387 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !394, !DIExpression(), !398)
    #dbg_declare(ptr %addr.dbg.spill, !399, !DIExpression(), !406)
    #dbg_declare(ptr %addr.dbg.spill, !409, !DIExpression(), !415)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !395, !DIExpression(), !398)
    #dbg_declare(ptr %align.dbg.spill, !405, !DIExpression(), !418)
    #dbg_declare(ptr %align.dbg.spill, !414, !DIExpression(), !415)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr %addr, i64 %align) #8, !dbg !419
  br i1 %_3, label %bb1, label %bb2, !dbg !407

bb2:                                              ; preds = %start
  store ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr %msg.dbg.spill, align 8, !dbg !421
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !421
  store i64 214, ptr %1, align 8, !dbg !421
    #dbg_declare(ptr %msg.dbg.spill, !396, !DIExpression(), !422)
    #dbg_declare(ptr %msg.dbg.spill, !423, !DIExpression(), !514)
    #dbg_declare(ptr %msg.dbg.spill, !516, !DIExpression(), !524)
    #dbg_declare(ptr %msg.dbg.spill, !526, !DIExpression(), !531)
    #dbg_declare(ptr %msg.dbg.spill, !533, !DIExpression(), !542)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #9, !dbg !544
  unreachable, !dbg !544

bb1:                                              ; preds = %start
  ret void, !dbg !545
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile17hd79e42169d19962aE(ptr %dst, i32 %src, ptr align 8 %0) unnamed_addr #2 !dbg !546 {
start:
  %src.dbg.spill = alloca [4 x i8], align 4
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !551, !DIExpression(), !553)
  store i32 %src, ptr %src.dbg.spill, align 4
    #dbg_declare(ptr %src.dbg.spill, !552, !DIExpression(), !554)
  br label %bb1, !dbg !555

bb1:                                              ; preds = %start
; call core::ptr::write_volatile::precondition_check
  call void @_ZN4core3ptr14write_volatile18precondition_check17hb974fd769804277aE(ptr %dst, i64 4, ptr align 8 %0) #8, !dbg !557
  br label %bb3, !dbg !558

bb3:                                              ; preds = %bb1
  store volatile i32 %src, ptr %dst, align 4, !dbg !559
  ret void, !dbg !560
}

; core::ptr::write_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile18precondition_check17hb974fd769804277aE(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !561 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !567, !DIExpression(), !571)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !568, !DIExpression(), !571)
    #dbg_declare(ptr %align.dbg.spill, !572, !DIExpression(), !576)
    #dbg_declare(ptr %align.dbg.spill, !579, !DIExpression(), !583)
  store ptr %addr, ptr %ptr.dbg.spill, align 8, !dbg !586
    #dbg_declare(ptr %ptr.dbg.spill, !575, !DIExpression(), !587)
    #dbg_declare(ptr %ptr.dbg.spill, !582, !DIExpression(), !583)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr %addr, i64 %align) #8, !dbg !588
  br i1 %_3, label %bb1, label %bb2, !dbg !577

bb2:                                              ; preds = %start
  store ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr %msg.dbg.spill, align 8, !dbg !590
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !590
  store i64 215, ptr %1, align 8, !dbg !590
    #dbg_declare(ptr %msg.dbg.spill, !569, !DIExpression(), !591)
    #dbg_declare(ptr %msg.dbg.spill, !592, !DIExpression(), !595)
    #dbg_declare(ptr %msg.dbg.spill, !597, !DIExpression(), !600)
    #dbg_declare(ptr %msg.dbg.spill, !602, !DIExpression(), !605)
    #dbg_declare(ptr %msg.dbg.spill, !607, !DIExpression(), !610)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr inttoptr (i64 431 to ptr), i1 zeroext false, ptr align 8 %0) #9, !dbg !612
  unreachable, !dbg !612

bb1:                                              ; preds = %start
  ret void, !dbg !613
}

; <stack_progs::Rect as stack_progs::Shape>::area
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17h0f3c7f36d82bd2c1E"(ptr align 8 %self) unnamed_addr #0 !dbg !614 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !624, !DIExpression(), !625)
  %_2 = load i64, ptr %self, align 8, !dbg !626
  %0 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !627
  %_3 = load i64, ptr %0, align 8, !dbg !627
  %1 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_2, i64 %_3), !dbg !626
  %_4.0 = extractvalue { i64, i1 } %1, 0, !dbg !626
  %_4.1 = extractvalue { i64, i1 } %1, 1, !dbg !626
  br i1 %_4.1, label %panic, label %bb1, !dbg !626

bb1:                                              ; preds = %start
  ret i64 %_4.0, !dbg !628

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_2b5020bacbbe4c68b6c3bf0477b383f7) #9, !dbg !626
  unreachable, !dbg !626
}

; <stack_progs::Square as stack_progs::Shape>::area
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h7a2bed482fb2428fE"(ptr align 8 %self) unnamed_addr #0 !dbg !629 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !638, !DIExpression(), !639)
  %_2 = load i64, ptr %self, align 8, !dbg !640
  %_3 = load i64, ptr %self, align 8, !dbg !641
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_2, i64 %_3), !dbg !640
  %_4.0 = extractvalue { i64, i1 } %0, 0, !dbg !640
  %_4.1 = extractvalue { i64, i1 } %0, 1, !dbg !640
  br i1 %_4.1, label %panic, label %bb1, !dbg !640

bb1:                                              ; preds = %start
  ret i64 %_4.0, !dbg !642

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_e12b586b36414a5749ae9e8d059bf016) #9, !dbg !640
  unreachable, !dbg !640
}

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64, i64, ptr align 8) unnamed_addr #3

; core::panicking::panic_const::panic_const_sub_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8) unnamed_addr #4

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @iu_st_reenter(ptr) unnamed_addr #0

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare void @_ZN4core3ptr14write_volatile17h0bb4c3dc96231297E(ptr, i64, ptr align 8) unnamed_addr #2

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare i64 @_ZN4core3ptr13read_volatile17h2cb14390de606a70E(ptr, ptr align 8) unnamed_addr #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #6

; core::panicking::panic_const::panic_const_mul_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8) unnamed_addr #4

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #7

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr, i64) unnamed_addr #2

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #4

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nonlazybind "target-cpu"="x86-64" }
attributes #8 = { inlinehint nounwind }
attributes #9 = { noinline noreturn nounwind }
attributes #10 = { noinline nounwind }
attributes #11 = { nounwind }

!llvm.module.flags = !{!82, !83, !84, !85}
!llvm.ident = !{!86}
!llvm.dbg.cu = !{!87}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "DYN", linkageName: "_ZN11stack_progs3DYN17h25221892f5d76fb5E", scope: !2, file: !3, line: 154, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "stack_progs", scope: null)
!3 = !DIFile(filename: "testdata/stackcheck/rust/stack_progs.rs", directory: ".", checksumkind: CSK_MD5, checksum: "435674bac1a9b3532c143fccead06036")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !6, file: !5, size: 256, align: 64, flags: DIFlagPublic, elements: !7, templateParams: !40, identifier: "9a41971f3cfc95d166f80de6051df233")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !41}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !6, file: !5, size: 1344, align: 64, flags: DIFlagPublic, elements: !18, templateParams: !40, identifier: "c7b0f0060667cbc691ff4127a2e4fe1a")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !17, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPublic)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 192, flags: DIFlagPublic)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 256, flags: DIFlagPublic)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 320, flags: DIFlagPublic)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 384, flags: DIFlagPublic)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 448, flags: DIFlagPublic)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 512, flags: DIFlagPublic)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 576, flags: DIFlagPublic)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 640, flags: DIFlagPublic)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 704, flags: DIFlagPublic)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 768, flags: DIFlagPublic)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 832, flags: DIFlagPublic)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 896, flags: DIFlagPublic)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 960, flags: DIFlagPublic)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1024, flags: DIFlagPublic)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1088, flags: DIFlagPublic)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1152, flags: DIFlagPublic)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1216, flags: DIFlagPublic)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1280, flags: DIFlagPublic)
!40 = !{}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !42, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!42 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !43, templateParams: !40, identifier: "9277eecd40495f85161460476aacc992")
!43 = !{!44, !47}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !42, file: !5, baseType: !45, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !42, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!48 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(name: "OPS", linkageName: "_ZN11stack_progs3OPS17hc9e6e414c4c9fe8fE", scope: !2, file: !3, line: 71, type: !51, isLocal: true, isDefinition: true, align: 64)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !52, size: 128, align: 64, elements: !55)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(u64) -> u64", baseType: !53, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DISubroutineType(types: !54)
!54 = !{!9, !9}
!55 = !{!56}
!56 = !DISubrange(count: 2, lowerBound: 0)
!57 = !DIGlobalVariableExpression(var: !58, expr: !DIExpression())
!58 = distinct !DIGlobalVariable(name: "LEFT", linkageName: "_ZN11stack_progs4LEFT17h9fe11606a32b0e5aE", scope: !2, file: !3, line: 127, type: !14, isLocal: true, isDefinition: true, align: 32)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(name: "CHAIN", linkageName: "_ZN11stack_progs5CHAIN17h99da583a30da81b6E", scope: !2, file: !3, line: 158, type: !4, isLocal: true, isDefinition: true, align: 64)
!61 = !DIGlobalVariableExpression(var: !62, expr: !DIExpression())
!62 = distinct !DIGlobalVariable(name: "FNPTR", linkageName: "_ZN11stack_progs5FNPTR17h796eeb5f53a1f64aE", scope: !2, file: !3, line: 150, type: !4, isLocal: true, isDefinition: true, align: 64)
!63 = !DIGlobalVariableExpression(var: !64, expr: !DIExpression())
!64 = distinct !DIGlobalVariable(name: "PARITY", linkageName: "_ZN11stack_progs6PARITY17hb14405aa2b074e03E", scope: !2, file: !3, line: 146, type: !4, isLocal: true, isDefinition: true, align: 64)
!65 = !DIGlobalVariableExpression(var: !66, expr: !DIExpression())
!66 = distinct !DIGlobalVariable(name: "SHAPES", linkageName: "_ZN11stack_progs6SHAPES17hac95ca283c370d79E", scope: !2, file: !3, line: 97, type: !67, isLocal: true, isDefinition: true, align: 64)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !68, size: 256, align: 64, elements: !55)
!68 = !DICompositeType(tag: DW_TAG_structure_type, name: "&(dyn stack_progs::Shape + core::marker::Sync)", file: !5, size: 128, align: 64, elements: !69, templateParams: !40, identifier: "4e7482fc4ecc49f91c56f4a928aa38c3")
!69 = !{!70, !73}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !68, file: !5, baseType: !71, size: 64, align: 64)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn stack_progs::Shape + core::marker::Sync)", file: !5, align: 8, elements: !40, identifier: "79f23e213651409bb429010aaf6c83c0")
!73 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !68, file: !5, baseType: !74, size: 64, align: 64, offset: 64)
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 4]", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 256, align: 64, elements: !76)
!76 = !{!77}
!77 = !DISubrange(count: 4, lowerBound: 0)
!78 = !DIGlobalVariableExpression(var: !79, expr: !DIExpression())
!79 = distinct !DIGlobalVariable(name: "RECURSE", linkageName: "_ZN11stack_progs7RECURSE17hf33946653460b4c5E", scope: !2, file: !3, line: 142, type: !4, isLocal: true, isDefinition: true, align: 64)
!80 = !DIGlobalVariableExpression(var: !81, expr: !DIExpression())
!81 = distinct !DIGlobalVariable(name: "REENTER", linkageName: "_ZN11stack_progs7REENTER17hb12ea10cf3132468E", scope: !2, file: !3, line: 162, type: !4, isLocal: true, isDefinition: true, align: 64)
!82 = !{i32 8, !"PIC Level", i32 2}
!83 = !{i32 2, !"RtLibUseGOT", i32 1}
!84 = !{i32 7, !"Dwarf Version", i32 4}
!85 = !{i32 2, !"Debug Info Version", i32 3}
!86 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!87 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !88, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !89, splitDebugInlining: false, nameTableKind: None)
!88 = !DIFile(filename: "testdata/stackcheck/rust/stack_progs.rs/@/stack_progs.2c769935dae3605d-cgu.0", directory: ".")
!89 = !{!0, !49, !57, !59, !61, !63, !65, !78, !80}
!90 = distinct !DISubprogram(name: "iu_st_dyn_fn", linkageName: "_ZN11stack_progs12iu_st_dyn_fn17hc8eedb72d580f693E", scope: !2, file: !3, line: 99, type: !12, scopeLine: 99, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !91)
!91 = !{!92, !93, !94}
!92 = !DILocalVariable(name: "_obj", arg: 1, scope: !90, file: !3, line: 99, type: !15)
!93 = !DILocalVariable(name: "regs", arg: 2, scope: !90, file: !3, line: 99, type: !16)
!94 = !DILocalVariable(name: "s", scope: !95, file: !3, line: 100, type: !68, align: 64)
!95 = distinct !DILexicalBlock(scope: !90, file: !3, line: 100, column: 5)
!96 = !DILocation(line: 99, column: 17, scope: !90)
!97 = !DILocation(line: 99, column: 32, scope: !90)
!98 = !DILocation(line: 100, column: 45, scope: !90)
!99 = !DILocation(line: 100, column: 44, scope: !90)
!100 = !DILocation(line: 100, column: 37, scope: !90)
!101 = !DILocation(line: 100, column: 36, scope: !90)
!102 = !DILocation(line: 100, column: 22, scope: !90)
!103 = !DILocation(line: 100, column: 9, scope: !95)
!104 = !DILocation(line: 101, column: 5, scope: !95)
!105 = !DILocation(line: 101, column: 7, scope: !95)
!106 = !DILocation(line: 102, column: 2, scope: !90)
!107 = distinct !DISubprogram(name: "iu_st_chain_fn", linkageName: "_ZN11stack_progs14iu_st_chain_fn17h3ad786d5fd53e30aE", scope: !2, file: !3, line: 119, type: !12, scopeLine: 119, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !108)
!108 = !{!109, !110}
!109 = !DILocalVariable(name: "_obj", arg: 1, scope: !107, file: !3, line: 119, type: !15)
!110 = !DILocalVariable(name: "regs", arg: 2, scope: !107, file: !3, line: 119, type: !16)
!111 = !DILocation(line: 119, column: 19, scope: !107)
!112 = !DILocation(line: 119, column: 34, scope: !107)
!113 = !DILocation(line: 120, column: 12, scope: !107)
!114 = !DILocation(line: 120, column: 5, scope: !107)
!115 = !DILocation(line: 121, column: 2, scope: !107)
!116 = distinct !DISubprogram(name: "iu_st_fnptr_fn", linkageName: "_ZN11stack_progs14iu_st_fnptr_fn17hcbd1573d326db9a7E", scope: !2, file: !3, line: 73, type: !12, scopeLine: 73, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !117)
!117 = !{!118, !119, !120}
!118 = !DILocalVariable(name: "_obj", arg: 1, scope: !116, file: !3, line: 73, type: !15)
!119 = !DILocalVariable(name: "regs", arg: 2, scope: !116, file: !3, line: 73, type: !16)
!120 = !DILocalVariable(name: "op", scope: !121, file: !3, line: 74, type: !52, align: 64)
!121 = distinct !DILexicalBlock(scope: !116, file: !3, line: 74, column: 5)
!122 = !DILocation(line: 73, column: 19, scope: !116)
!123 = !DILocation(line: 73, column: 34, scope: !116)
!124 = !DILocation(line: 74, column: 43, scope: !116)
!125 = !DILocation(line: 74, column: 42, scope: !116)
!126 = !DILocation(line: 74, column: 38, scope: !116)
!127 = !DILocation(line: 74, column: 37, scope: !116)
!128 = !DILocation(line: 74, column: 23, scope: !116)
!129 = !DILocation(line: 74, column: 9, scope: !121)
!130 = !DILocation(line: 75, column: 8, scope: !121)
!131 = !DILocation(line: 75, column: 5, scope: !121)
!132 = !DILocation(line: 76, column: 2, scope: !116)
!133 = distinct !DISubprogram(name: "iu_st_parity_fn", linkageName: "_ZN11stack_progs15iu_st_parity_fn17h822a809ef57ce22bE", scope: !2, file: !3, line: 59, type: !12, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !134)
!134 = !{!135, !136}
!135 = !DILocalVariable(name: "_obj", arg: 1, scope: !133, file: !3, line: 59, type: !15)
!136 = !DILocalVariable(name: "regs", arg: 2, scope: !133, file: !3, line: 59, type: !16)
!137 = !DILocation(line: 59, column: 20, scope: !133)
!138 = !DILocation(line: 59, column: 35, scope: !133)
!139 = !DILocation(line: 60, column: 10, scope: !133)
!140 = !DILocation(line: 60, column: 5, scope: !133)
!141 = !DILocation(line: 61, column: 2, scope: !133)
!142 = distinct !DISubprogram(name: "iu_st_recurse_fn", linkageName: "_ZN11stack_progs16iu_st_recurse_fn17ha6b017f75aff8991E", scope: !2, file: !3, line: 37, type: !12, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !143)
!143 = !{!144, !145}
!144 = !DILocalVariable(name: "_obj", arg: 1, scope: !142, file: !3, line: 37, type: !15)
!145 = !DILocalVariable(name: "regs", arg: 2, scope: !142, file: !3, line: 37, type: !16)
!146 = !DILocation(line: 37, column: 21, scope: !142)
!147 = !DILocation(line: 37, column: 36, scope: !142)
!148 = !DILocation(line: 38, column: 14, scope: !142)
!149 = !DILocation(line: 38, column: 5, scope: !142)
!150 = !DILocation(line: 39, column: 2, scope: !142)
!151 = distinct !DISubprogram(name: "iu_st_reenter_fn", linkageName: "_ZN11stack_progs16iu_st_reenter_fn17hdd27ca610f42243eE", scope: !2, file: !3, line: 129, type: !12, scopeLine: 129, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !152)
!152 = !{!153, !154, !155}
!153 = !DILocalVariable(name: "_obj", arg: 1, scope: !151, file: !3, line: 129, type: !15)
!154 = !DILocalVariable(name: "regs", arg: 2, scope: !151, file: !3, line: 129, type: !16)
!155 = !DILocalVariable(name: "left", scope: !156, file: !3, line: 131, type: !14, align: 32)
!156 = distinct !DILexicalBlock(scope: !151, file: !3, line: 131, column: 9)
!157 = !DILocation(line: 129, column: 21, scope: !151)
!158 = !DILocation(line: 129, column: 36, scope: !151)
!159 = !DILocation(line: 131, column: 20, scope: !151)
!160 = !DILocation(line: 131, column: 13, scope: !156)
!161 = !DILocation(line: 132, column: 12, scope: !156)
!162 = !DILocation(line: 135, column: 44, scope: !156)
!163 = !DILocation(line: 133, column: 20, scope: !156)
!164 = !DILocation(line: 138, column: 2, scope: !151)
!165 = !DILocation(line: 135, column: 9, scope: !156)
!166 = !DILocation(line: 136, column: 9, scope: !156)
!167 = distinct !DISubprogram(name: "odd", linkageName: "_ZN11stack_progs3odd17h5f05870412a77104E", scope: !2, file: !3, line: 51, type: !168, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !171)
!168 = !DISubroutineType(types: !169)
!169 = !{!170, !9}
!170 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!171 = !{!172}
!172 = !DILocalVariable(name: "n", arg: 1, scope: !167, file: !3, line: 51, type: !9)
!173 = !DILocation(line: 51, column: 8, scope: !167)
!174 = !DILocation(line: 52, column: 8, scope: !167)
!175 = !DILocation(line: 55, column: 21, scope: !167)
!176 = !DILocation(line: 53, column: 9, scope: !167)
!177 = !DILocation(line: 52, column: 5, scope: !167)
!178 = !DILocation(line: 55, column: 14, scope: !167)
!179 = !DILocation(line: 55, column: 9, scope: !167)
!180 = !DILocation(line: 57, column: 2, scope: !167)
!181 = distinct !DISubprogram(name: "even", linkageName: "_ZN11stack_progs4even17h80617472e0843a40E", scope: !2, file: !3, line: 42, type: !168, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !182)
!182 = !{!183}
!183 = !DILocalVariable(name: "n", arg: 1, scope: !181, file: !3, line: 42, type: !9)
!184 = !DILocation(line: 42, column: 9, scope: !181)
!185 = !DILocation(line: 43, column: 8, scope: !181)
!186 = !DILocation(line: 46, column: 20, scope: !181)
!187 = !DILocation(line: 44, column: 9, scope: !181)
!188 = !DILocation(line: 43, column: 5, scope: !181)
!189 = !DILocation(line: 46, column: 13, scope: !181)
!190 = !DILocation(line: 46, column: 9, scope: !181)
!191 = !DILocation(line: 48, column: 2, scope: !181)
!192 = distinct !DISubprogram(name: "depth", linkageName: "_ZN11stack_progs5depth17h6b70ac7045f2f6a0E", scope: !2, file: !3, line: 27, type: !193, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !195)
!193 = !DISubroutineType(types: !194)
!194 = !{!9, !9, !9}
!195 = !{!196, !197, !198, !201}
!196 = !DILocalVariable(name: "n", arg: 1, scope: !192, file: !3, line: 27, type: !9)
!197 = !DILocalVariable(name: "limit", arg: 2, scope: !192, file: !3, line: 27, type: !9)
!198 = !DILocalVariable(name: "local", scope: !199, file: !3, line: 31, type: !200, align: 64)
!199 = distinct !DILexicalBlock(scope: !192, file: !3, line: 31, column: 5)
!200 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 256, align: 64, elements: !76)
!201 = !DILocalVariable(name: "i", scope: !202, file: !3, line: 32, type: !48, align: 64)
!202 = distinct !DILexicalBlock(scope: !199, file: !3, line: 32, column: 5)
!203 = !DILocation(line: 27, column: 10, scope: !192)
!204 = !DILocation(line: 27, column: 18, scope: !192)
!205 = !DILocation(line: 31, column: 9, scope: !199)
!206 = !DILocation(line: 28, column: 8, scope: !192)
!207 = !DILocation(line: 31, column: 21, scope: !192)
!208 = !DILocation(line: 32, column: 13, scope: !199)
!209 = !DILocation(line: 32, column: 9, scope: !202)
!210 = !DILocalVariable(name: "self", arg: 1, scope: !211, file: !212, line: 757, type: !219)
!211 = distinct !DISubprogram(name: "as_mut_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hdcef474c11ef877bE", scope: !213, file: !212, line: 757, type: !216, scopeLine: 757, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !225, retainedNodes: !224)
!212 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!213 = !DINamespace(name: "{impl#0}", scope: !214)
!214 = !DINamespace(name: "slice", scope: !215)
!215 = !DINamespace(name: "core", scope: null)
!216 = !DISubroutineType(types: !217)
!217 = !{!218, !219}
!218 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!219 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u64]", file: !5, size: 128, align: 64, elements: !220, templateParams: !40, identifier: "75e4b4267ae329175f87d6f5f28c5d25")
!220 = !{!221, !223}
!221 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !219, file: !5, baseType: !222, size: 64, align: 64)
!222 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!223 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !219, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!224 = !{!210}
!225 = !{!226}
!226 = !DITemplateTypeParameter(name: "T", type: !9)
!227 = !DILocation(line: 757, column: 29, scope: !211, inlinedAt: !228)
!228 = distinct !DILocation(line: 33, column: 35, scope: !202)
!229 = !DILocalVariable(name: "self", arg: 1, scope: !230, file: !231, line: 927, type: !218)
!230 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h27d7c56a764ba431E", scope: !232, file: !231, line: 927, type: !235, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !225, retainedNodes: !260)
!231 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!232 = !DINamespace(name: "{impl#0}", scope: !233)
!233 = !DINamespace(name: "mut_ptr", scope: !234)
!234 = !DINamespace(name: "ptr", scope: !215)
!235 = !DISubroutineType(types: !236)
!236 = !{!218, !218, !48, !237}
!237 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !238, size: 64, align: 64, dwarfAddressSpace: 0)
!238 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !239, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !241, templateParams: !40, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!239 = !DINamespace(name: "location", scope: !240)
!240 = !DINamespace(name: "panic", scope: !215)
!241 = !{!242, !253, !254, !255}
!242 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !238, file: !5, baseType: !243, size: 128, align: 64, flags: DIFlagPrivate)
!243 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !244, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !245, templateParams: !251, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!244 = !DINamespace(name: "non_null", scope: !234)
!245 = !{!246}
!246 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !243, file: !5, baseType: !247, size: 128, align: 64, flags: DIFlagPrivate)
!247 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !248, templateParams: !40, identifier: "238a44609877474087c05adf26cd41fa")
!248 = !{!249, !250}
!249 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !247, file: !5, baseType: !45, size: 64, align: 64)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !247, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!251 = !{!252}
!252 = !DITemplateTypeParameter(name: "T", type: !46)
!253 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !238, file: !5, baseType: !14, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !238, file: !5, baseType: !14, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!255 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !238, file: !5, baseType: !256, align: 8, offset: 192, flags: DIFlagPrivate)
!256 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !257, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !258, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!257 = !DINamespace(name: "marker", scope: !215)
!258 = !{!259}
!259 = !DITemplateTypeParameter(name: "T", type: !42)
!260 = !{!229, !261}
!261 = !DILocalVariable(name: "count", arg: 2, scope: !230, file: !231, line: 927, type: !48)
!262 = !DILocation(line: 927, column: 29, scope: !230, inlinedAt: !263)
!263 = distinct !DILocation(line: 33, column: 48, scope: !202)
!264 = !DILocation(line: 927, column: 35, scope: !230, inlinedAt: !263)
!265 = !DILocation(line: 961, column: 18, scope: !230, inlinedAt: !263)
!266 = !DILocation(line: 33, column: 56, scope: !202)
!267 = !DILocation(line: 29, column: 16, scope: !192)
!268 = !DILocation(line: 35, column: 2, scope: !192)
!269 = !DILocation(line: 33, column: 14, scope: !202)
!270 = !DILocation(line: 34, column: 11, scope: !202)
!271 = !DILocation(line: 34, column: 5, scope: !202)
!272 = !DILocalVariable(name: "self", arg: 1, scope: !273, file: !212, line: 726, type: !277)
!273 = distinct !DISubprogram(name: "as_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h8c0e6d505c5efae1E", scope: !213, file: !212, line: 726, type: !274, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !225, retainedNodes: !281)
!274 = !DISubroutineType(types: !275)
!275 = !{!276, !277}
!276 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!277 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u64]", file: !5, size: 128, align: 64, elements: !278, templateParams: !40, identifier: "e31591d84c9ef1b169c1a3318b8e9b52")
!278 = !{!279, !280}
!279 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !277, file: !5, baseType: !222, size: 64, align: 64)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !277, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!281 = !{!272}
!282 = !DILocation(line: 726, column: 25, scope: !273, inlinedAt: !283)
!283 = distinct !DILocation(line: 34, column: 56, scope: !202)
!284 = !DILocalVariable(name: "self", arg: 1, scope: !285, file: !286, line: 829, type: !276)
!285 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17h97d95018bfbc1605E", scope: !287, file: !286, line: 829, type: !289, scopeLine: 829, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !225, retainedNodes: !291)
!286 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!287 = !DINamespace(name: "{impl#0}", scope: !288)
!288 = !DINamespace(name: "const_ptr", scope: !234)
!289 = !DISubroutineType(types: !290)
!290 = !{!276, !276, !48, !237}
!291 = !{!284, !292}
!292 = !DILocalVariable(name: "count", arg: 2, scope: !285, file: !286, line: 829, type: !48)
!293 = !DILocation(line: 829, column: 29, scope: !285, inlinedAt: !294)
!294 = distinct !DILocation(line: 34, column: 65, scope: !202)
!295 = !DILocation(line: 829, column: 35, scope: !285, inlinedAt: !294)
!296 = !DILocation(line: 863, column: 18, scope: !285, inlinedAt: !294)
!297 = !DILocation(line: 34, column: 36, scope: !202)
!298 = distinct !DISubprogram(name: "chain1", linkageName: "_ZN11stack_progs6chain117hd8074bfbd251df52E", scope: !2, file: !3, line: 115, type: !53, scopeLine: 115, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !299)
!299 = !{!300}
!300 = !DILocalVariable(name: "x", arg: 1, scope: !298, file: !3, line: 115, type: !9)
!301 = !DILocation(line: 115, column: 11, scope: !298)
!302 = !DILocation(line: 116, column: 12, scope: !298)
!303 = !DILocation(line: 116, column: 5, scope: !298)
!304 = !DILocation(line: 117, column: 2, scope: !298)
!305 = distinct !DISubprogram(name: "chain2", linkageName: "_ZN11stack_progs6chain217hd59a803111cce4b7E", scope: !2, file: !3, line: 110, type: !53, scopeLine: 110, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !306)
!306 = !{!307}
!307 = !DILocalVariable(name: "x", arg: 1, scope: !305, file: !3, line: 110, type: !9)
!308 = !DILocation(line: 110, column: 11, scope: !305)
!309 = !DILocation(line: 111, column: 12, scope: !305)
!310 = !DILocation(line: 111, column: 5, scope: !305)
!311 = !DILocation(line: 112, column: 2, scope: !305)
!312 = distinct !DISubprogram(name: "chain3", linkageName: "_ZN11stack_progs6chain317hf49eba9f24b57efdE", scope: !2, file: !3, line: 105, type: !53, scopeLine: 105, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !313)
!313 = !{!314}
!314 = !DILocalVariable(name: "x", arg: 1, scope: !312, file: !3, line: 105, type: !9)
!315 = !DILocation(line: 105, column: 11, scope: !312)
!316 = !DILocation(line: 106, column: 5, scope: !312)
!317 = !DILocation(line: 107, column: 2, scope: !312)
!318 = distinct !DISubprogram(name: "double", linkageName: "_ZN11stack_progs6double17h06e4fcdd0ddc7b92E", scope: !2, file: !3, line: 63, type: !53, scopeLine: 63, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !319)
!319 = !{!320}
!320 = !DILocalVariable(name: "x", arg: 1, scope: !318, file: !3, line: 63, type: !9)
!321 = !DILocation(line: 63, column: 11, scope: !318)
!322 = !DILocation(line: 64, column: 5, scope: !318)
!323 = !DILocation(line: 65, column: 2, scope: !318)
!324 = distinct !DISubprogram(name: "opaque", linkageName: "_ZN11stack_progs6opaque17ha6751a6ee33444d7E", scope: !2, file: !3, line: 21, type: !53, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !325)
!325 = !{!326, !327}
!326 = !DILocalVariable(name: "x", arg: 1, scope: !324, file: !3, line: 21, type: !9)
!327 = !DILocalVariable(name: "v", scope: !328, file: !3, line: 22, type: !9, align: 64)
!328 = distinct !DILexicalBlock(scope: !324, file: !3, line: 22, column: 5)
!329 = !DILocation(line: 21, column: 11, scope: !324)
!330 = !DILocation(line: 22, column: 9, scope: !328)
!331 = !DILocation(line: 22, column: 13, scope: !324)
!332 = !DILocation(line: 23, column: 14, scope: !328)
!333 = !DILocation(line: 24, column: 2, scope: !324)
!334 = distinct !DISubprogram(name: "square", linkageName: "_ZN11stack_progs6square17hfada72dd137da34cE", scope: !2, file: !3, line: 67, type: !53, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !335)
!335 = !{!336}
!336 = !DILocalVariable(name: "x", arg: 1, scope: !334, file: !3, line: 67, type: !9)
!337 = !DILocation(line: 67, column: 11, scope: !334)
!338 = !DILocation(line: 68, column: 5, scope: !334)
!339 = !DILocation(line: 69, column: 2, scope: !334)
!340 = distinct !DISubprogram(name: "read_volatile<fn(u64) -> u64>", linkageName: "_ZN4core3ptr13read_volatile17h197753c6a859f911E", scope: !234, file: !341, line: 2080, type: !342, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !347, retainedNodes: !345)
!341 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!342 = !DISubroutineType(types: !343)
!343 = !{!52, !344, !237}
!344 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const fn(u64) -> u64", baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!345 = !{!346}
!346 = !DILocalVariable(name: "src", arg: 1, scope: !340, file: !341, line: 2080, type: !344)
!347 = !{!348}
!348 = !DITemplateTypeParameter(name: "T", type: !52)
!349 = !DILocation(line: 2080, column: 32, scope: !340)
!350 = !DILocation(line: 77, column: 35, scope: !351)
!351 = !DILexicalBlockFile(scope: !340, file: !352, discriminator: 0)
!352 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!353 = !DILocation(line: 78, column: 17, scope: !351)
!354 = !DILocation(line: 77, column: 13, scope: !351)
!355 = !DILocation(line: 2091, column: 9, scope: !340)
!356 = !DILocation(line: 2093, column: 2, scope: !340)
!357 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17h33c666ffe7713e70E", scope: !234, file: !341, line: 2080, type: !358, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !363, retainedNodes: !361)
!358 = !DISubroutineType(types: !359)
!359 = !{!14, !360, !237}
!360 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u32", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!361 = !{!362}
!362 = !DILocalVariable(name: "src", arg: 1, scope: !357, file: !341, line: 2080, type: !360)
!363 = !{!364}
!364 = !DITemplateTypeParameter(name: "T", type: !14)
!365 = !DILocation(line: 2080, column: 32, scope: !357)
!366 = !DILocation(line: 77, column: 35, scope: !367)
!367 = !DILexicalBlockFile(scope: !357, file: !352, discriminator: 0)
!368 = !DILocation(line: 78, column: 17, scope: !367)
!369 = !DILocation(line: 77, column: 13, scope: !367)
!370 = !DILocation(line: 2091, column: 9, scope: !357)
!371 = !DILocation(line: 2093, column: 2, scope: !357)
!372 = distinct !DISubprogram(name: "read_volatile<&(dyn stack_progs::Shape + core::marker::Sync)>", linkageName: "_ZN4core3ptr13read_volatile17h366475aa04ad9521E", scope: !234, file: !341, line: 2080, type: !373, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !378, retainedNodes: !376)
!373 = !DISubroutineType(types: !374)
!374 = !{!68, !375, !237}
!375 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const &(dyn stack_progs::Shape + core::marker::Sync)", baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!376 = !{!377}
!377 = !DILocalVariable(name: "src", arg: 1, scope: !372, file: !341, line: 2080, type: !375)
!378 = !{!379}
!379 = !DITemplateTypeParameter(name: "T", type: !68)
!380 = !DILocation(line: 2080, column: 32, scope: !372)
!381 = !DILocation(line: 77, column: 35, scope: !382)
!382 = !DILexicalBlockFile(scope: !372, file: !352, discriminator: 0)
!383 = !DILocation(line: 78, column: 17, scope: !382)
!384 = !DILocation(line: 77, column: 13, scope: !382)
!385 = !DILocation(line: 2091, column: 9, scope: !372)
!386 = !DILocation(line: 2093, column: 2, scope: !372)
!387 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr13read_volatile18precondition_check17h0b27136764a9f130E", scope: !388, file: !352, line: 68, type: !389, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !393)
!388 = !DINamespace(name: "read_volatile", scope: !234)
!389 = !DISubroutineType(types: !390)
!390 = !{null, !391, !48, !237}
!391 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !392, size: 64, align: 64, dwarfAddressSpace: 0)
!392 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!393 = !{!394, !395, !396}
!394 = !DILocalVariable(name: "addr", arg: 1, scope: !387, file: !352, line: 68, type: !391)
!395 = !DILocalVariable(name: "align", arg: 2, scope: !387, file: !352, line: 68, type: !48)
!396 = !DILocalVariable(name: "msg", scope: !397, file: !352, line: 70, type: !42, align: 64)
!397 = distinct !DILexicalBlock(scope: !387, file: !352, line: 70, column: 21)
!398 = !DILocation(line: 68, column: 43, scope: !387)
!399 = !DILocalVariable(name: "ptr", arg: 1, scope: !400, file: !352, line: 134, type: !391)
!400 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17hc1fd92efa8d309c4E", scope: !401, file: !352, line: 134, type: !402, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !404)
!401 = !DINamespace(name: "ub_checks", scope: !215)
!402 = !DISubroutineType(types: !403)
!403 = !{!170, !391, !48}
!404 = !{!399, !405}
!405 = !DILocalVariable(name: "align", arg: 2, scope: !400, file: !352, line: 134, type: !48)
!406 = !DILocation(line: 134, column: 38, scope: !400, inlinedAt: !407)
!407 = !DILocation(line: 2089, column: 18, scope: !408)
!408 = !DILexicalBlockFile(scope: !387, file: !341, discriminator: 0)
!409 = !DILocalVariable(name: "ptr", arg: 1, scope: !410, file: !411, line: 2434, type: !391)
!410 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h78147292bbf1e741E", scope: !412, file: !411, line: 2434, type: !402, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !413)
!411 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!412 = !DINamespace(name: "maybe_is_aligned", scope: !401)
!413 = !{!409, !414}
!414 = !DILocalVariable(name: "align", arg: 2, scope: !410, file: !411, line: 2434, type: !48)
!415 = !DILocation(line: 2434, column: 40, scope: !410, inlinedAt: !416)
!416 = !DILocation(line: 2447, column: 9, scope: !417, inlinedAt: !407)
!417 = !DILexicalBlockFile(scope: !400, file: !411, discriminator: 0)
!418 = !DILocation(line: 134, column: 54, scope: !400, inlinedAt: !407)
!419 = !DILocation(line: 141, column: 17, scope: !420, inlinedAt: !416)
!420 = !DILexicalBlockFile(scope: !410, file: !352, discriminator: 0)
!421 = !DILocation(line: 70, column: 31, scope: !387)
!422 = !DILocation(line: 70, column: 25, scope: !397)
!423 = !DILocalVariable(name: "s", arg: 1, scope: !424, file: !425, line: 815, type: !42)
!424 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb901ee79c570a10bE", scope: !426, file: !425, line: 815, type: !510, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, declaration: !512, retainedNodes: !513)
!425 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!426 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !427, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !428, templateParams: !40, identifier: "e5c67bbe046da39973c72077c7f66185")
!427 = !DINamespace(name: "fmt", scope: !215)
!428 = !{!429, !434}
!429 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !426, file: !5, baseType: !430, size: 64, align: 64, flags: DIFlagPrivate)
!430 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !244, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !431, templateParams: !251, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!431 = !{!432}
!432 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !430, file: !5, baseType: !433, size: 64, align: 64, flags: DIFlagPrivate)
!433 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!434 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !426, file: !5, baseType: !435, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!435 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !244, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !436, templateParams: !508, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!436 = !{!437}
!437 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !435, file: !5, baseType: !438, size: 64, align: 64, flags: DIFlagPrivate)
!438 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !439, size: 64, align: 64, dwarfAddressSpace: 0)
!439 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !440, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !441, templateParams: !40, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!440 = !DINamespace(name: "rt", scope: !427)
!441 = !{!442}
!442 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !439, file: !5, baseType: !443, size: 128, align: 64, flags: DIFlagPrivate)
!443 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !440, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !444, templateParams: !40, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!444 = !{!445}
!445 = !DICompositeType(tag: DW_TAG_variant_part, scope: !443, file: !5, size: 128, align: 64, elements: !446, templateParams: !40, identifier: "fbd384083752b747f8b252853b979154", discriminator: !507)
!446 = !{!447, !503}
!447 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !445, file: !5, baseType: !448, size: 128, align: 64)
!448 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !443, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !449, templateParams: !40, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!449 = !{!450, !456, !498}
!450 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !448, file: !5, baseType: !451, size: 64, align: 64, flags: DIFlagPrivate)
!451 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !244, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !452, templateParams: !454, identifier: "f4e496144210c619b96aa08326287b92")
!452 = !{!453}
!453 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !451, file: !5, baseType: !391, size: 64, align: 64, flags: DIFlagPrivate)
!454 = !{!455}
!455 = !DITemplateTypeParameter(name: "T", type: !392)
!456 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !448, file: !5, baseType: !457, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!457 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !458, size: 64, align: 64, dwarfAddressSpace: 0)
!458 = !DISubroutineType(types: !459)
!459 = !{!460, !451, !477}
!460 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !461, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !462, templateParams: !40, identifier: "1c6752419820cdc3961061cc58b31873")
!461 = !DINamespace(name: "result", scope: !215)
!462 = !{!463}
!463 = !DICompositeType(tag: DW_TAG_variant_part, scope: !460, file: !5, size: 8, align: 8, elements: !464, templateParams: !40, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !476)
!464 = !{!465, !472}
!465 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !463, file: !5, baseType: !466, size: 8, align: 8, extraData: i8 0)
!466 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !460, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !467, templateParams: !469, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!467 = !{!468}
!468 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !466, file: !5, baseType: !392, align: 8, offset: 8, flags: DIFlagPublic)
!469 = !{!455, !470}
!470 = !DITemplateTypeParameter(name: "E", type: !471)
!471 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !427, file: !5, align: 8, flags: DIFlagPublic, elements: !40, identifier: "5a24300cdda31093f5fe20c939b4885")
!472 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !463, file: !5, baseType: !473, size: 8, align: 8, extraData: i8 1)
!473 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !460, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !474, templateParams: !469, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!474 = !{!475}
!475 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !473, file: !5, baseType: !471, align: 8, offset: 8, flags: DIFlagPublic)
!476 = !DIDerivedType(tag: DW_TAG_member, scope: !460, file: !5, baseType: !46, size: 8, align: 8, flags: DIFlagArtificial)
!477 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !478, size: 64, align: 64, dwarfAddressSpace: 0)
!478 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !427, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !479, templateParams: !40, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!479 = !{!480, !487}
!480 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !478, file: !5, baseType: !481, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!481 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !427, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !482, templateParams: !40, identifier: "ca2f5547247cd95c514a47d5800e09e")
!482 = !{!483, !484, !486}
!483 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !481, file: !5, baseType: !14, size: 32, align: 32, flags: DIFlagPrivate)
!484 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !481, file: !5, baseType: !485, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!485 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!486 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !481, file: !5, baseType: !485, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!487 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !478, file: !5, baseType: !488, size: 128, align: 64, flags: DIFlagPrivate)
!488 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !489, templateParams: !40, identifier: "effe97114690fc58a8e246cb04e37234")
!489 = !{!490, !493}
!490 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !488, file: !5, baseType: !491, size: 64, align: 64)
!491 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !492, size: 64, align: 64, dwarfAddressSpace: 0)
!492 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !40, identifier: "64328679825f9c73b507edbfd5b86b47")
!493 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !488, file: !5, baseType: !494, size: 64, align: 64, offset: 64)
!494 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !495, size: 64, align: 64, dwarfAddressSpace: 0)
!495 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 64, elements: !496)
!496 = !{!497}
!497 = !DISubrange(count: 6, lowerBound: 0)
!498 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !448, file: !5, baseType: !499, align: 8, offset: 128, flags: DIFlagPrivate)
!499 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !257, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !500, identifier: "efa596960370766459fc018866dc4048")
!500 = !{!501}
!501 = !DITemplateTypeParameter(name: "T", type: !502)
!502 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !392, size: 64, align: 64, dwarfAddressSpace: 0)
!503 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !445, file: !5, baseType: !504, size: 128, align: 64, extraData: i64 0)
!504 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !443, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !505, templateParams: !40, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!505 = !{!506}
!506 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !504, file: !5, baseType: !485, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!507 = !DIDerivedType(tag: DW_TAG_member, scope: !443, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!508 = !{!509}
!509 = !DITemplateTypeParameter(name: "T", type: !439)
!510 = !DISubroutineType(types: !511)
!511 = !{!426, !42}
!512 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb901ee79c570a10bE", scope: !426, file: !425, line: 815, type: !510, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !40)
!513 = !{!423}
!514 = !DILocation(line: 815, column: 27, scope: !424, inlinedAt: !515)
!515 = !DILocation(line: 73, column: 59, scope: !397)
!516 = !DILocalVariable(name: "self", arg: 1, scope: !517, file: !518, line: 578, type: !42)
!517 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !519, file: !518, line: 578, type: !521, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !523)
!518 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!519 = !DINamespace(name: "{impl#0}", scope: !520)
!520 = !DINamespace(name: "str", scope: !215)
!521 = !DISubroutineType(types: !522)
!522 = !{!433, !42}
!523 = !{!516}
!524 = !DILocation(line: 578, column: 25, scope: !517, inlinedAt: !525)
!525 = !DILocation(line: 819, column: 44, scope: !424, inlinedAt: !515)
!526 = !DILocalVariable(name: "self", arg: 1, scope: !527, file: !518, line: 157, type: !42)
!527 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h80fd9f5b8b0dc0a2E", scope: !519, file: !518, line: 157, type: !528, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !530)
!528 = !DISubroutineType(types: !529)
!529 = !{!48, !42}
!530 = !{!526}
!531 = !DILocation(line: 157, column: 22, scope: !527, inlinedAt: !532)
!532 = !DILocation(line: 820, column: 40, scope: !424, inlinedAt: !515)
!533 = !DILocalVariable(name: "self", arg: 1, scope: !534, file: !518, line: 502, type: !42)
!534 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !519, file: !518, line: 502, type: !535, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !541)
!535 = !DISubroutineType(types: !536)
!536 = !{!537, !42}
!537 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !538, templateParams: !40, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!538 = !{!539, !540}
!539 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !537, file: !5, baseType: !45, size: 64, align: 64)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !537, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!541 = !{!533}
!542 = !DILocation(line: 502, column: 27, scope: !534, inlinedAt: !543)
!543 = !DILocation(line: 158, column: 14, scope: !527, inlinedAt: !532)
!544 = !DILocation(line: 73, column: 21, scope: !397)
!545 = !DILocation(line: 75, column: 14, scope: !387)
!546 = distinct !DISubprogram(name: "write_volatile<u32>", linkageName: "_ZN4core3ptr14write_volatile17hd79e42169d19962aE", scope: !234, file: !341, line: 2167, type: !547, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !363, retainedNodes: !550)
!547 = !DISubroutineType(types: !548)
!548 = !{null, !549, !14, !237}
!549 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!550 = !{!551, !552}
!551 = !DILocalVariable(name: "dst", arg: 1, scope: !546, file: !341, line: 2167, type: !549)
!552 = !DILocalVariable(name: "src", arg: 2, scope: !546, file: !341, line: 2167, type: !14)
!553 = !DILocation(line: 2167, column: 33, scope: !546)
!554 = !DILocation(line: 2167, column: 46, scope: !546)
!555 = !DILocation(line: 77, column: 35, scope: !556)
!556 = !DILexicalBlockFile(scope: !546, file: !352, discriminator: 0)
!557 = !DILocation(line: 78, column: 17, scope: !556)
!558 = !DILocation(line: 77, column: 13, scope: !556)
!559 = !DILocation(line: 2178, column: 9, scope: !546)
!560 = !DILocation(line: 2180, column: 2, scope: !546)
!561 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr14write_volatile18precondition_check17hb974fd769804277aE", scope: !562, file: !352, line: 68, type: !563, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !566)
!562 = !DINamespace(name: "write_volatile", scope: !234)
!563 = !DISubroutineType(types: !564)
!564 = !{null, !565, !48, !237}
!565 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !392, size: 64, align: 64, dwarfAddressSpace: 0)
!566 = !{!567, !568, !569}
!567 = !DILocalVariable(name: "addr", arg: 1, scope: !561, file: !352, line: 68, type: !565)
!568 = !DILocalVariable(name: "align", arg: 2, scope: !561, file: !352, line: 68, type: !48)
!569 = !DILocalVariable(name: "msg", scope: !570, file: !352, line: 70, type: !42, align: 64)
!570 = distinct !DILexicalBlock(scope: !561, file: !352, line: 70, column: 21)
!571 = !DILocation(line: 68, column: 43, scope: !561)
!572 = !DILocalVariable(name: "align", arg: 2, scope: !573, file: !352, line: 134, type: !48)
!573 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17hc1fd92efa8d309c4E", scope: !401, file: !352, line: 134, type: !402, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !574)
!574 = !{!575, !572}
!575 = !DILocalVariable(name: "ptr", arg: 1, scope: !573, file: !352, line: 134, type: !391)
!576 = !DILocation(line: 134, column: 54, scope: !573, inlinedAt: !577)
!577 = !DILocation(line: 2176, column: 18, scope: !578)
!578 = !DILexicalBlockFile(scope: !561, file: !341, discriminator: 0)
!579 = !DILocalVariable(name: "align", arg: 2, scope: !580, file: !411, line: 2434, type: !48)
!580 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h78147292bbf1e741E", scope: !412, file: !411, line: 2434, type: !402, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !581)
!581 = !{!582, !579}
!582 = !DILocalVariable(name: "ptr", arg: 1, scope: !580, file: !411, line: 2434, type: !391)
!583 = !DILocation(line: 2434, column: 40, scope: !580, inlinedAt: !584)
!584 = !DILocation(line: 2447, column: 9, scope: !585, inlinedAt: !577)
!585 = !DILexicalBlockFile(scope: !573, file: !411, discriminator: 0)
!586 = !DILocation(line: 2176, column: 46, scope: !578)
!587 = !DILocation(line: 134, column: 38, scope: !573, inlinedAt: !577)
!588 = !DILocation(line: 141, column: 17, scope: !589, inlinedAt: !584)
!589 = !DILexicalBlockFile(scope: !580, file: !352, discriminator: 0)
!590 = !DILocation(line: 70, column: 31, scope: !561)
!591 = !DILocation(line: 70, column: 25, scope: !570)
!592 = !DILocalVariable(name: "s", arg: 1, scope: !593, file: !425, line: 815, type: !42)
!593 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb901ee79c570a10bE", scope: !426, file: !425, line: 815, type: !510, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, declaration: !512, retainedNodes: !594)
!594 = !{!592}
!595 = !DILocation(line: 815, column: 27, scope: !593, inlinedAt: !596)
!596 = !DILocation(line: 73, column: 59, scope: !570)
!597 = !DILocalVariable(name: "self", arg: 1, scope: !598, file: !518, line: 578, type: !42)
!598 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !519, file: !518, line: 578, type: !521, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !599)
!599 = !{!597}
!600 = !DILocation(line: 578, column: 25, scope: !598, inlinedAt: !601)
!601 = !DILocation(line: 819, column: 44, scope: !593, inlinedAt: !596)
!602 = !DILocalVariable(name: "self", arg: 1, scope: !603, file: !518, line: 157, type: !42)
!603 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h80fd9f5b8b0dc0a2E", scope: !519, file: !518, line: 157, type: !528, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !604)
!604 = !{!602}
!605 = !DILocation(line: 157, column: 22, scope: !603, inlinedAt: !606)
!606 = !DILocation(line: 820, column: 40, scope: !593, inlinedAt: !596)
!607 = !DILocalVariable(name: "self", arg: 1, scope: !608, file: !518, line: 502, type: !42)
!608 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !519, file: !518, line: 502, type: !535, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !609)
!609 = !{!607}
!610 = !DILocation(line: 502, column: 27, scope: !608, inlinedAt: !611)
!611 = !DILocation(line: 158, column: 14, scope: !603, inlinedAt: !606)
!612 = !DILocation(line: 73, column: 21, scope: !570)
!613 = !DILocation(line: 75, column: 14, scope: !561)
!614 = distinct !DISubprogram(name: "area", linkageName: "_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17h0f3c7f36d82bd2c1E", scope: !615, file: !3, line: 92, type: !616, scopeLine: 92, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !623)
!615 = !DINamespace(name: "{impl#1}", scope: !2)
!616 = !DISubroutineType(types: !617)
!617 = !{!9, !618}
!618 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_progs::Rect", baseType: !619, size: 64, align: 64, dwarfAddressSpace: 0)
!619 = !DICompositeType(tag: DW_TAG_structure_type, name: "Rect", scope: !2, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !620, templateParams: !40, identifier: "321447b8867cbc365b8e55928b6960e1")
!620 = !{!621, !622}
!621 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !619, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!622 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !619, file: !5, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!623 = !{!624}
!624 = !DILocalVariable(name: "self", arg: 1, scope: !614, file: !3, line: 92, type: !618)
!625 = !DILocation(line: 92, column: 13, scope: !614)
!626 = !DILocation(line: 93, column: 9, scope: !614)
!627 = !DILocation(line: 93, column: 18, scope: !614)
!628 = !DILocation(line: 94, column: 6, scope: !614)
!629 = distinct !DISubprogram(name: "area", linkageName: "_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h7a2bed482fb2428fE", scope: !630, file: !3, line: 86, type: !631, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !87, templateParams: !40, retainedNodes: !637)
!630 = !DINamespace(name: "{impl#0}", scope: !2)
!631 = !DISubroutineType(types: !632)
!632 = !{!9, !633}
!633 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_progs::Square", baseType: !634, size: 64, align: 64, dwarfAddressSpace: 0)
!634 = !DICompositeType(tag: DW_TAG_structure_type, name: "Square", scope: !2, file: !5, size: 64, align: 64, flags: DIFlagPrivate, elements: !635, templateParams: !40, identifier: "4c7bca543c48ab51b4546f053ddde1df")
!635 = !{!636}
!636 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !634, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!637 = !{!638}
!638 = !DILocalVariable(name: "self", arg: 1, scope: !629, file: !3, line: 86, type: !633)
!639 = !DILocation(line: 86, column: 13, scope: !629)
!640 = !DILocation(line: 87, column: 9, scope: !629)
!641 = !DILocation(line: 87, column: 18, scope: !629)
!642 = !DILocation(line: 88, column: 6, scope: !629)
