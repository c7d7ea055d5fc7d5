; ModuleID = 'kprobe_count.834623145a01e2e-cgu.0'
source_filename = "kprobe_count.834623145a01e2e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_a8724e7723c129dc0d1bd90ea1198081 = private unnamed_addr constant [36 x i8] c"testdata/rust/progs/kprobe_count.rs\00", align 1
@alloc_886ff54041c7207f21d197506ee216e5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_a8724e7723c129dc0d1bd90ea1198081, [16 x i8] c"#\00\00\00\00\00\00\00\0D\00\00\00\0D\00\00\00" }>, align 8
@alloc_74c9b4553440be04e50f6adb4709c5bd = private unnamed_addr constant [25 x i8] c"getpid called %llu times\0A", align 1
@alloc_a6c42dd606b67eaf806006dec35dd3ab = private unnamed_addr constant [15 x i8] c"iu_kprobe_count", align 1
@_ZN12kprobe_count4PROG17h4f15a767a0f95997E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E, ptr @alloc_a6c42dd606b67eaf806006dec35dd3ab, [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@_ZN12kprobe_count5COUNT17h8f1bb978174deda6E = internal global [8 x i8] zeroinitializer, align 8, !dbg !49
@llvm.used = appending global [2 x ptr] [ptr @_ZN12kprobe_count4PROG17h4f15a767a0f95997E, ptr @iu_kprobe_count], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; kprobe_count::iu_kprobe_count_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E(ptr align 8 %obj, ptr align 8 %_regs) unnamed_addr #0 !dbg !79 {
start:
  %n.dbg.spill = alloca [8 x i8], align 8
  %_regs.dbg.spill = alloca [8 x i8], align 8
  %obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %obj, ptr %obj.dbg.spill, align 8
    #dbg_declare(ptr %obj.dbg.spill, !81, !DIExpression(), !85)
  store ptr %_regs, ptr %_regs.dbg.spill, align 8
    #dbg_declare(ptr %_regs.dbg.spill, !82, !DIExpression(), !86)
; call core::sync::atomic::AtomicU64::fetch_add
  %_4 = call i64 @_ZN4core4sync6atomic9AtomicU649fetch_add17h0df3f73806456c20E(ptr align 8 @_ZN12kprobe_count5COUNT17h8f1bb978174deda6E, i64 1, i8 0) #3, !dbg !87
  %_7.0 = add i64 %_4, 1, !dbg !88
  %_7.1 = icmp ult i64 %_7.0, %_4, !dbg !88
  br i1 %_7.1, label %panic, label %bb2, !dbg !88

bb2:                                              ; preds = %start
  store i64 %_7.0, ptr %n.dbg.spill, align 8, !dbg !88
    #dbg_declare(ptr %n.dbg.spill, !83, !DIExpression(), !89)
; call iu_rt::kprobe::bpf_trace_printk
  %_8 = call i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h1c2ec313ed9d5267E(ptr align 8 %obj, ptr align 1 @alloc_74c9b4553440be04e50f6adb4709c5bd, i64 25, i64 %_7.0) #4, !dbg !90
  %_0 = trunc i64 %_7.0 to i32, !dbg !91
  ret i32 %_0, !dbg !92

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_886ff54041c7207f21d197506ee216e5) #5, !dbg !88
  unreachable, !dbg !88
}

; core::sync::atomic::AtomicU64::fetch_add
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal i64 @_ZN4core4sync6atomic9AtomicU649fetch_add17h0df3f73806456c20E(ptr align 8 %self, i64 %val, i8 %order) unnamed_addr #1 !dbg !93 {
start:
  %dst.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !100, !DIExpression(), !103)
  store i64 %val, ptr %val.dbg.spill, align 8
    #dbg_declare(ptr %val.dbg.spill, !101, !DIExpression(), !104)
    #dbg_declare(ptr %val.dbg.spill, !105, !DIExpression(), !115)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !102, !DIExpression(), !117)
    #dbg_declare(ptr %order.dbg.spill, !112, !DIExpression(), !118)
    #dbg_value(ptr %self, !119, !DIExpression(), !127)
  store ptr %self, ptr %dst.dbg.spill, align 8, !dbg !129
    #dbg_declare(ptr %dst.dbg.spill, !111, !DIExpression(), !130)
  %_7 = zext i8 %order to i64, !dbg !131
  switch i64 %_7, label %bb2 [
    i64 0, label %bb7
    i64 1, label %bb5
    i64 2, label %bb6
    i64 3, label %bb4
    i64 4, label %bb3
  ], !dbg !132

bb2:                                              ; preds = %start
  unreachable, !dbg !131

bb7:                                              ; preds = %start
  %0 = atomicrmw add ptr %self, i64 %val monotonic, align 8, !dbg !133
  store i64 %0, ptr %_0, align 8, !dbg !133
  br label %bb1, !dbg !133

bb5:                                              ; preds = %start
  %1 = atomicrmw add ptr %self, i64 %val release, align 8, !dbg !134
  store i64 %1, ptr %_0, align 8, !dbg !134
  br label %bb1, !dbg !134

bb6:                                              ; preds = %start
  %2 = atomicrmw add ptr %self, i64 %val acquire, align 8, !dbg !135
  store i64 %2, ptr %_0, align 8, !dbg !135
  br label %bb1, !dbg !135

bb4:                                              ; preds = %start
  %3 = atomicrmw add ptr %self, i64 %val acq_rel, align 8, !dbg !136
  store i64 %3, ptr %_0, align 8, !dbg !136
  br label %bb1, !dbg !136

bb3:                                              ; preds = %start
  %4 = atomicrmw add ptr %self, i64 %val seq_cst, align 8, !dbg !137
  store i64 %4, ptr %_0, align 8, !dbg !137
  br label %bb1, !dbg !137

bb1:                                              ; preds = %bb3, %bb4, %bb6, %bb5, %bb7
  %5 = load i64, ptr %_0, align 8, !dbg !138
  ret i64 %5, !dbg !138
}

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #2

; iu_rt::kprobe::bpf_trace_printk
; Function Attrs: nounwind nonlazybind uwtable
declare i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h1c2ec313ed9d5267E(ptr align 8, ptr align 1, i64, i64) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint nounwind }
attributes #4 = { nounwind }
attributes #5 = { noinline noreturn nounwind }

!llvm.module.flags = !{!63, !64, !65, !66}
!llvm.ident = !{!67}
!llvm.dbg.cu = !{!68}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN12kprobe_count4PROG17h4f15a767a0f95997E", scope: !2, file: !3, line: 20, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "kprobe_count", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/kprobe_count.rs", directory: ".", checksumkind: CSK_MD5, checksum: "0d7d6bdd103c1ffaceadc117c1bd42b8")
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
!50 = distinct !DIGlobalVariable(name: "COUNT", linkageName: "_ZN12kprobe_count5COUNT17h8f1bb978174deda6E", scope: !2, file: !3, line: 10, type: !51, isLocal: true, isDefinition: true, align: 64)
!51 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU64", scope: !52, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !55, templateParams: !40, identifier: "66aaddc964a82d5e57e97feb4617c061")
!52 = !DINamespace(name: "atomic", scope: !53)
!53 = !DINamespace(name: "sync", scope: !54)
!54 = !DINamespace(name: "core", scope: null)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !51, file: !5, baseType: !57, size: 64, align: 64, flags: DIFlagPrivate)
!57 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u64>", scope: !58, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !59, templateParams: !61, identifier: "64f44ac7e328f13f7383038d475fd20c")
!58 = !DINamespace(name: "cell", scope: !54)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !57, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!61 = !{!62}
!62 = !DITemplateTypeParameter(name: "T", type: !9)
!63 = !{i32 8, !"PIC Level", i32 2}
!64 = !{i32 2, !"RtLibUseGOT", i32 1}
!65 = !{i32 7, !"Dwarf Version", i32 4}
!66 = !{i32 2, !"Debug Info Version", i32 3}
!67 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!68 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !69, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !70, globals: !78, splitDebugInlining: false, nameTableKind: None)
!69 = !DIFile(filename: "testdata/rust/progs/kprobe_count.rs/@/kprobe_count.834623145a01e2e-cgu.0", directory: ".")
!70 = !{!71}
!71 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !52, file: !5, baseType: !46, size: 8, align: 8, flags: DIFlagEnumClass, elements: !72)
!72 = !{!73, !74, !75, !76, !77}
!73 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!74 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!75 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!76 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!77 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!78 = !{!0, !49}
!79 = distinct !DISubprogram(name: "iu_kprobe_count_fn", linkageName: "_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E", scope: !2, file: !3, line: 12, type: !12, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !68, templateParams: !40, retainedNodes: !80)
!80 = !{!81, !82, !83}
!81 = !DILocalVariable(name: "obj", arg: 1, scope: !79, file: !3, line: 12, type: !15)
!82 = !DILocalVariable(name: "_regs", arg: 2, scope: !79, file: !3, line: 12, type: !16)
!83 = !DILocalVariable(name: "n", scope: !84, file: !3, line: 13, type: !9, align: 64)
!84 = distinct !DILexicalBlock(scope: !79, file: !3, line: 13, column: 5)
!85 = !DILocation(line: 12, column: 23, scope: !79)
!86 = !DILocation(line: 12, column: 37, scope: !79)
!87 = !DILocation(line: 13, column: 19, scope: !79)
!88 = !DILocation(line: 13, column: 13, scope: !79)
!89 = !DILocation(line: 13, column: 9, scope: !84)
!90 = !DILocation(line: 14, column: 9, scope: !84)
!91 = !DILocation(line: 15, column: 5, scope: !84)
!92 = !DILocation(line: 16, column: 2, scope: !79)
!93 = distinct !DISubprogram(name: "fetch_add", linkageName: "_ZN4core4sync6atomic9AtomicU649fetch_add17h0df3f73806456c20E", scope: !51, file: !94, line: 3134, type: !95, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !68, templateParams: !40, declaration: !98, retainedNodes: !99)
!94 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!95 = !DISubroutineType(types: !96)
!96 = !{!9, !97, !9, !71}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicU64", baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !DISubprogram(name: "fetch_add", linkageName: "_ZN4core4sync6atomic9AtomicU649fetch_add17h0df3f73806456c20E", scope: !51, file: !94, line: 3134, type: !95, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !40)
!99 = !{!100, !101, !102}
!100 = !DILocalVariable(name: "self", arg: 1, scope: !93, file: !94, line: 3134, type: !97)
!101 = !DILocalVariable(name: "val", arg: 2, scope: !93, file: !94, line: 3134, type: !9)
!102 = !DILocalVariable(name: "order", arg: 3, scope: !93, file: !94, line: 3134, type: !71)
!103 = !DILocation(line: 3134, column: 30, scope: !93)
!104 = !DILocation(line: 3134, column: 37, scope: !93)
!105 = !DILocalVariable(name: "val", arg: 2, scope: !106, file: !94, line: 3919, type: !9)
!106 = distinct !DISubprogram(name: "atomic_add<u64, u64>", linkageName: "_ZN4core4sync6atomic10atomic_add17h719db3d01f40cda8E", scope: !52, file: !94, line: 3919, type: !107, scopeLine: 3919, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !68, templateParams: !113, retainedNodes: !110)
!107 = !DISubroutineType(types: !108)
!108 = !{!9, !109, !9, !71}
!109 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!110 = !{!111, !105, !112}
!111 = !DILocalVariable(name: "dst", arg: 1, scope: !106, file: !94, line: 3919, type: !109)
!112 = !DILocalVariable(name: "order", arg: 3, scope: !106, file: !94, line: 3919, type: !71)
!113 = !{!62, !114}
!114 = !DITemplateTypeParameter(name: "U", type: !9)
!115 = !DILocation(line: 3919, column: 53, scope: !106, inlinedAt: !116)
!116 = !DILocation(line: 3136, column: 26, scope: !93)
!117 = !DILocation(line: 3134, column: 53, scope: !93)
!118 = !DILocation(line: 3919, column: 61, scope: !106, inlinedAt: !116)
!119 = !DILocalVariable(name: "self", arg: 1, scope: !120, file: !121, line: 2443, type: !124)
!120 = distinct !DISubprogram(name: "get<u64>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hb621bd22600fcc22E", scope: !57, file: !121, line: 2443, type: !122, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !68, templateParams: !61, declaration: !125, retainedNodes: !126)
!121 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!122 = !DISubroutineType(types: !123)
!123 = !{!109, !124}
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u64>", baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!125 = !DISubprogram(name: "get<u64>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hb621bd22600fcc22E", scope: !57, file: !121, line: 2443, type: !122, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !61)
!126 = !{!119}
!127 = !DILocation(line: 2443, column: 22, scope: !120, inlinedAt: !128)
!128 = !DILocation(line: 3136, column: 44, scope: !93)
!129 = !DILocation(line: 2447, column: 9, scope: !120, inlinedAt: !128)
!130 = !DILocation(line: 3919, column: 40, scope: !106, inlinedAt: !116)
!131 = !DILocation(line: 3922, column: 15, scope: !106, inlinedAt: !116)
!132 = !DILocation(line: 3922, column: 9, scope: !106, inlinedAt: !116)
!133 = !DILocation(line: 3923, column: 24, scope: !106, inlinedAt: !116)
!134 = !DILocation(line: 3925, column: 24, scope: !106, inlinedAt: !116)
!135 = !DILocation(line: 3924, column: 24, scope: !106, inlinedAt: !116)
!136 = !DILocation(line: 3926, column: 23, scope: !106, inlinedAt: !116)
!137 = !DILocation(line: 3927, column: 23, scope: !106, inlinedAt: !116)
!138 = !DILocation(line: 3137, column: 14, scope: !93)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_kprobe_count(ptr %ctx) #6 section "kprobe/__x64_sys_getpid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN12kprobe_count4PROG17h4f15a767a0f95997E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #6 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!139}
!139 = !{!"_ZN12kprobe_count18iu_kprobe_count_fn17h420341f3da4fa395E"}
