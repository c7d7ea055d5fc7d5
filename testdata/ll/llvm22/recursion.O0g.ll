; ModuleID = 'recursion.159c6eec7dd54c1c-cgu.0'
source_filename = "recursion.159c6eec7dd54c1c-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_d2a589e28633dce615a9f0ccfc17bcc6 = private unnamed_addr constant [17 x i8] c"iu_recursion_bomb", align 1
@_ZN9recursion4BOMB17hee225b7c31d6e856E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN9recursion20iu_recursion_bomb_fn17hfabd6c6cc2bb70d1E, ptr @alloc_d2a589e28633dce615a9f0ccfc17bcc6, [8 x i8] c"\11\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getpgrp", align 8, !dbg !0
@alloc_f6bdcdea41f0c19653f7990e562a1355 = private unnamed_addr constant [33 x i8] c"testdata/rust/progs/recursion.rs\00", align 1
@alloc_2e507b21a828eaa192dd0b2bd4e63486 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_f6bdcdea41f0c19653f7990e562a1355, [16 x i8] c" \00\00\00\00\00\00\00\16\00\00\000\00\00\00" }>, align 8
@alloc_539da80e7d6b1b6d86e34f01af35c149 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_f6bdcdea41f0c19653f7990e562a1355, [16 x i8] c" \00\00\00\00\00\00\00\16\00\00\008\00\00\00" }>, align 8
@alloc_718365ae82ac24ddcccf578618e00a68 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_f6bdcdea41f0c19653f7990e562a1355, [16 x i8] c" \00\00\00\00\00\00\00\16\00\00\00\0E\00\00\00" }>, align 8
@alloc_294808313797c5dbc10009f1c15a83f9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_f6bdcdea41f0c19653f7990e562a1355, [16 x i8] c" \00\00\00\00\00\00\00\17\00\00\00\0B\00\00\00" }>, align 8
@alloc_f5fa8d388344dadcc6b3f9071621fe23 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_f6bdcdea41f0c19653f7990e562a1355, [16 x i8] c" \00\00\00\00\00\00\00\17\00\00\00A\00\00\00" }>, align 8
@alloc_ad1530c1ea3428080cbd923a0be02b43 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_f6bdcdea41f0c19653f7990e562a1355, [16 x i8] c" \00\00\00\00\00\00\00\17\00\00\00$\00\00\00" }>, align 8
@alloc_f151936b7f810993f03d89c03eee81de = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_f6bdcdea41f0c19653f7990e562a1355, [16 x i8] c" \00\00\00\00\00\00\00\17\00\00\00\05\00\00\00" }>, align 8
@alloc_09dad56090a81627f2658f3cd15a827c = private unnamed_addr constant [10 x i8] c"iu_recurse", align 1
@_ZN9recursion7RECURSE17hd9db27611f4284f0E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN9recursion13iu_recurse_fn17h299f821d0ce74efeE, ptr @alloc_09dad56090a81627f2658f3cd15a827c, [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_getegid", align 8, !dbg !49
@llvm.used = appending global [2 x ptr] [ptr @_ZN9recursion4BOMB17hee225b7c31d6e856E, ptr @_ZN9recursion7RECURSE17hd9db27611f4284f0E], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; recursion::iu_recurse_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN9recursion13iu_recurse_fn17h299f821d0ce74efeE(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !59 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !61, !DIExpression(), !63)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !62, !DIExpression(), !64)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !65
  %_4 = load i64, ptr %0, align 8, !dbg !65
; call recursion::depth
  %_3 = call i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 0, i64 %_4) #5, !dbg !66
  %_0 = trunc i64 %_3 to i32, !dbg !66
  ret i32 %_0, !dbg !67
}

; recursion::iu_recursion_bomb_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN9recursion20iu_recursion_bomb_fn17hfabd6c6cc2bb70d1E(ptr align 8 %_obj, ptr align 8 %_regs) unnamed_addr #0 !dbg !68 {
start:
  %_regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !70, !DIExpression(), !72)
  store ptr %_regs, ptr %_regs.dbg.spill, align 8
    #dbg_declare(ptr %_regs.dbg.spill, !71, !DIExpression(), !73)
; call recursion::depth
  %_3 = call i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 0, i64 -1) #5, !dbg !74
  %_0 = trunc i64 %_3 to i32, !dbg !74
  ret i32 %_0, !dbg !75
}

; recursion::depth
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 %n, i64 %limit) unnamed_addr #1 !dbg !76 {
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
    #dbg_declare(ptr %n.dbg.spill, !80, !DIExpression(), !89)
  store i64 %limit, ptr %limit.dbg.spill, align 8
    #dbg_declare(ptr %limit.dbg.spill, !81, !DIExpression(), !90)
    #dbg_declare(ptr %local, !82, !DIExpression(), !91)
  %_3 = icmp uge i64 %n, %limit, !dbg !92
  br i1 %_3, label %bb1, label %bb2, !dbg !92

bb2:                                              ; preds = %start
  call void @llvm.memset.p0.i64(ptr align 8 %local, i8 0, i64 32, i1 false), !dbg !93
  %_6 = urem i64 %n, 4, !dbg !94
  store i64 %_6, ptr %i.dbg.spill, align 8, !dbg !94
    #dbg_declare(ptr %i.dbg.spill, !87, !DIExpression(), !95)
  store ptr %local, ptr %self.dbg.spill.i6, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill.i6, i64 8
  store i64 4, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill.i6, !96, !DIExpression(), !113)
  store ptr %local, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !115, !DIExpression(), !148)
  store i64 %_6, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !147, !DIExpression(), !150)
  %_0.i = getelementptr inbounds nuw i64, ptr %local, i64 %_6, !dbg !151
  %_14.0 = add i64 %n, 1, !dbg !152
  %_14.1 = icmp ult i64 %_14.0, %n, !dbg !152
  br i1 %_14.1, label %panic, label %bb6, !dbg !152

bb1:                                              ; preds = %start
  store i64 0, ptr %_0, align 8, !dbg !153
  br label %bb14, !dbg !154

bb6:                                              ; preds = %bb2
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h0bb4c3dc96231297E(ptr %_0.i, i64 %_14.0, ptr align 8 @alloc_718365ae82ac24ddcccf578618e00a68) #6, !dbg !155
  %_17.0 = add i64 %n, 1, !dbg !156
  %_17.1 = icmp ult i64 %_17.0, %n, !dbg !156
  br i1 %_17.1, label %panic1, label %bb8, !dbg !156

panic:                                            ; preds = %bb2
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_539da80e7d6b1b6d86e34f01af35c149) #7, !dbg !152
  unreachable, !dbg !152

bb8:                                              ; preds = %bb6
; call recursion::depth
  %_15 = call i64 @_ZN9recursion5depth17h712bc1d419c46327E(i64 %_17.0, i64 %limit) #5, !dbg !157
  store ptr %local, ptr %self.dbg.spill.i7, align 8
  %1 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 4, ptr %1, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !158, !DIExpression(), !168)
  store ptr %local, ptr %self.dbg.spill.i4, align 8
    #dbg_declare(ptr %self.dbg.spill.i4, !170, !DIExpression(), !179)
  store i64 %_6, ptr %count.dbg.spill.i3, align 8
    #dbg_declare(ptr %count.dbg.spill.i3, !178, !DIExpression(), !181)
  %_0.i5 = getelementptr inbounds nuw i64, ptr %local, i64 %_6, !dbg !182
; call core::ptr::read_volatile
  %_18 = call i64 @_ZN4core3ptr13read_volatile17h2cb14390de606a70E(ptr %_0.i5, ptr align 8 @alloc_ad1530c1ea3428080cbd923a0be02b43) #6, !dbg !183
  %_23.0 = add i64 %_15, %_18, !dbg !157
  %_23.1 = icmp ult i64 %_23.0, %_15, !dbg !157
  br i1 %_23.1, label %panic2, label %bb13, !dbg !157

panic1:                                           ; preds = %bb6
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_294808313797c5dbc10009f1c15a83f9) #7, !dbg !156
  unreachable, !dbg !156

bb13:                                             ; preds = %bb8
  store i64 %_23.0, ptr %_0, align 8, !dbg !157
  br label %bb14, !dbg !154

panic2:                                           ; preds = %bb8
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_f151936b7f810993f03d89c03eee81de) #7, !dbg !157
  unreachable, !dbg !157

bb14:                                             ; preds = %bb1, %bb13
  %2 = load i64, ptr %_0, align 8, !dbg !154
  ret i64 %2, !dbg !154
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #3

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare void @_ZN4core3ptr14write_volatile17h0bb4c3dc96231297E(ptr, i64, ptr align 8) unnamed_addr #4

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare i64 @_ZN4core3ptr13read_volatile17h2cb14390de606a70E(ptr, ptr align 8) unnamed_addr #4

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { noinline nounwind }
attributes #6 = { inlinehint nounwind }
attributes #7 = { noinline noreturn nounwind }

!llvm.module.flags = !{!51, !52, !53, !54}
!llvm.ident = !{!55}
!llvm.dbg.cu = !{!56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "BOMB", linkageName: "_ZN9recursion4BOMB17hee225b7c31d6e856E", scope: !2, file: !3, line: 40, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "recursion", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/recursion.rs", directory: ".", checksumkind: CSK_MD5, checksum: "c6887369235b3e97ebf9005657f207c3")
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
!50 = distinct !DIGlobalVariable(name: "RECURSE", linkageName: "_ZN9recursion7RECURSE17hd9db27611f4284f0E", scope: !2, file: !3, line: 36, type: !4, isLocal: true, isDefinition: true, align: 64)
!51 = !{i32 8, !"PIC Level", i32 2}
!52 = !{i32 2, !"RtLibUseGOT", i32 1}
!53 = !{i32 7, !"Dwarf Version", i32 4}
!54 = !{i32 2, !"Debug Info Version", i32 3}
!55 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!56 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !57, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !58, splitDebugInlining: false, nameTableKind: None)
!57 = !DIFile(filename: "testdata/rust/progs/recursion.rs/@/recursion.159c6eec7dd54c1c-cgu.0", directory: ".")
!58 = !{!0, !49}
!59 = distinct !DISubprogram(name: "iu_recurse_fn", linkageName: "_ZN9recursion13iu_recurse_fn17h299f821d0ce74efeE", scope: !2, file: !3, line: 26, type: !12, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !40, retainedNodes: !60)
!60 = !{!61, !62}
!61 = !DILocalVariable(name: "_obj", arg: 1, scope: !59, file: !3, line: 26, type: !15)
!62 = !DILocalVariable(name: "regs", arg: 2, scope: !59, file: !3, line: 26, type: !16)
!63 = !DILocation(line: 26, column: 18, scope: !59)
!64 = !DILocation(line: 26, column: 33, scope: !59)
!65 = !DILocation(line: 27, column: 14, scope: !59)
!66 = !DILocation(line: 27, column: 5, scope: !59)
!67 = !DILocation(line: 28, column: 2, scope: !59)
!68 = distinct !DISubprogram(name: "iu_recursion_bomb_fn", linkageName: "_ZN9recursion20iu_recursion_bomb_fn17hfabd6c6cc2bb70d1E", scope: !2, file: !3, line: 30, type: !12, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !40, retainedNodes: !69)
!69 = !{!70, !71}
!70 = !DILocalVariable(name: "_obj", arg: 1, scope: !68, file: !3, line: 30, type: !15)
!71 = !DILocalVariable(name: "_regs", arg: 2, scope: !68, file: !3, line: 30, type: !16)
!72 = !DILocation(line: 30, column: 25, scope: !68)
!73 = !DILocation(line: 30, column: 40, scope: !68)
!74 = !DILocation(line: 31, column: 5, scope: !68)
!75 = !DILocation(line: 32, column: 2, scope: !68)
!76 = distinct !DISubprogram(name: "depth", linkageName: "_ZN9recursion5depth17h712bc1d419c46327E", scope: !2, file: !3, line: 16, type: !77, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !40, retainedNodes: !79)
!77 = !DISubroutineType(types: !78)
!78 = !{!9, !9, !9}
!79 = !{!80, !81, !82, !87}
!80 = !DILocalVariable(name: "n", arg: 1, scope: !76, file: !3, line: 16, type: !9)
!81 = !DILocalVariable(name: "limit", arg: 2, scope: !76, file: !3, line: 16, type: !9)
!82 = !DILocalVariable(name: "local", scope: !83, file: !3, line: 20, type: !84, align: 64)
!83 = distinct !DILexicalBlock(scope: !76, file: !3, line: 20, column: 5)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 256, align: 64, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 4, lowerBound: 0)
!87 = !DILocalVariable(name: "i", scope: !88, file: !3, line: 21, type: !48, align: 64)
!88 = distinct !DILexicalBlock(scope: !83, file: !3, line: 21, column: 5)
!89 = !DILocation(line: 16, column: 10, scope: !76)
!90 = !DILocation(line: 16, column: 18, scope: !76)
!91 = !DILocation(line: 20, column: 9, scope: !83)
!92 = !DILocation(line: 17, column: 8, scope: !76)
!93 = !DILocation(line: 20, column: 21, scope: !76)
!94 = !DILocation(line: 21, column: 13, scope: !83)
!95 = !DILocation(line: 21, column: 9, scope: !88)
!96 = !DILocalVariable(name: "self", arg: 1, scope: !97, file: !98, line: 757, type: !105)
!97 = distinct !DISubprogram(name: "as_mut_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hf7bb533ca71000e7E", scope: !99, file: !98, line: 757, type: !102, scopeLine: 757, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !111, retainedNodes: !110)
!98 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!99 = !DINamespace(name: "{impl#0}", scope: !100)
!100 = !DINamespace(name: "slice", scope: !101)
!101 = !DINamespace(name: "core", scope: null)
!102 = !DISubroutineType(types: !103)
!103 = !{!104, !105}
!104 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!105 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u64]", file: !5, size: 128, align: 64, elements: !106, templateParams: !40, identifier: "75e4b4267ae329175f87d6f5f28c5d25")
!106 = !{!107, !109}
!107 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !105, file: !5, baseType: !108, size: 64, align: 64)
!108 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !105, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!110 = !{!96}
!111 = !{!112}
!112 = !DITemplateTypeParameter(name: "T", type: !9)
!113 = !DILocation(line: 757, column: 29, scope: !97, inlinedAt: !114)
!114 = distinct !DILocation(line: 22, column: 35, scope: !88)
!115 = !DILocalVariable(name: "self", arg: 1, scope: !116, file: !117, line: 927, type: !104)
!116 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17hfb65dafd9ae35b5bE", scope: !118, file: !117, line: 927, type: !121, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !111, retainedNodes: !146)
!117 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!118 = !DINamespace(name: "{impl#0}", scope: !119)
!119 = !DINamespace(name: "mut_ptr", scope: !120)
!120 = !DINamespace(name: "ptr", scope: !101)
!121 = !DISubroutineType(types: !122)
!122 = !{!104, !104, !48, !123}
!123 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !124, size: 64, align: 64, dwarfAddressSpace: 0)
!124 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !125, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !127, templateParams: !40, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!125 = !DINamespace(name: "location", scope: !126)
!126 = !DINamespace(name: "panic", scope: !101)
!127 = !{!128, !139, !140, !141}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !124, file: !5, baseType: !129, size: 128, align: 64, flags: DIFlagPrivate)
!129 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !130, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !131, templateParams: !137, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!130 = !DINamespace(name: "non_null", scope: !120)
!131 = !{!132}
!132 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !129, file: !5, baseType: !133, size: 128, align: 64, flags: DIFlagPrivate)
!133 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !134, templateParams: !40, identifier: "238a44609877474087c05adf26cd41fa")
!134 = !{!135, !136}
!135 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !133, file: !5, baseType: !45, size: 64, align: 64)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !133, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!137 = !{!138}
!138 = !DITemplateTypeParameter(name: "T", type: !46)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !124, file: !5, baseType: !14, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !124, file: !5, baseType: !14, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !124, file: !5, baseType: !142, align: 8, offset: 192, flags: DIFlagPrivate)
!142 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !143, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !144, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!143 = !DINamespace(name: "marker", scope: !101)
!144 = !{!145}
!145 = !DITemplateTypeParameter(name: "T", type: !42)
!146 = !{!115, !147}
!147 = !DILocalVariable(name: "count", arg: 2, scope: !116, file: !117, line: 927, type: !48)
!148 = !DILocation(line: 927, column: 29, scope: !116, inlinedAt: !149)
!149 = distinct !DILocation(line: 22, column: 48, scope: !88)
!150 = !DILocation(line: 927, column: 35, scope: !116, inlinedAt: !149)
!151 = !DILocation(line: 961, column: 18, scope: !116, inlinedAt: !149)
!152 = !DILocation(line: 22, column: 56, scope: !88)
!153 = !DILocation(line: 18, column: 16, scope: !76)
!154 = !DILocation(line: 24, column: 2, scope: !76)
!155 = !DILocation(line: 22, column: 14, scope: !88)
!156 = !DILocation(line: 23, column: 11, scope: !88)
!157 = !DILocation(line: 23, column: 5, scope: !88)
!158 = !DILocalVariable(name: "self", arg: 1, scope: !159, file: !98, line: 726, type: !163)
!159 = distinct !DISubprogram(name: "as_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h36f5d67e3e2e6757E", scope: !99, file: !98, line: 726, type: !160, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !111, retainedNodes: !167)
!160 = !DISubroutineType(types: !161)
!161 = !{!162, !163}
!162 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!163 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u64]", file: !5, size: 128, align: 64, elements: !164, templateParams: !40, identifier: "e31591d84c9ef1b169c1a3318b8e9b52")
!164 = !{!165, !166}
!165 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !163, file: !5, baseType: !108, size: 64, align: 64)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !163, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!167 = !{!158}
!168 = !DILocation(line: 726, column: 25, scope: !159, inlinedAt: !169)
!169 = distinct !DILocation(line: 23, column: 56, scope: !88)
!170 = !DILocalVariable(name: "self", arg: 1, scope: !171, file: !172, line: 829, type: !162)
!171 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17h459561563d3f4f14E", scope: !173, file: !172, line: 829, type: !175, scopeLine: 829, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !111, retainedNodes: !177)
!172 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!173 = !DINamespace(name: "{impl#0}", scope: !174)
!174 = !DINamespace(name: "const_ptr", scope: !120)
!175 = !DISubroutineType(types: !176)
!176 = !{!162, !162, !48, !123}
!177 = !{!170, !178}
!178 = !DILocalVariable(name: "count", arg: 2, scope: !171, file: !172, line: 829, type: !48)
!179 = !DILocation(line: 829, column: 29, scope: !171, inlinedAt: !180)
!180 = distinct !DILocation(line: 23, column: 65, scope: !88)
!181 = !DILocation(line: 829, column: 35, scope: !171, inlinedAt: !180)
!182 = !DILocation(line: 863, column: 18, scope: !171, inlinedAt: !180)
!183 = !DILocation(line: 23, column: 36, scope: !88)
