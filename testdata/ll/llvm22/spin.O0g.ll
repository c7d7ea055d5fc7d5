; ModuleID = 'spin.6fd2322164997fd1-cgu.0'
source_filename = "spin.6fd2322164997fd1-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_7b1e3793e26b4ff06a43c10758c3eca9 = private unnamed_addr constant [7 x i8] c"iu_spin", align 1
@_ZN4spin4PROG17hb0e56cd7f9ba08ebE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN4spin10iu_spin_fn17h7f4d3733aea60eb8E, ptr @alloc_7b1e3793e26b4ff06a43c10758c3eca9, [8 x i8] c"\07\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_geteuid", align 8, !dbg !0
@llvm.used = appending global [1 x ptr] [ptr @_ZN4spin4PROG17hb0e56cd7f9ba08ebE], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; spin::iu_spin_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN4spin10iu_spin_fn17h7f4d3733aea60eb8E(ptr align 8 %obj, ptr align 8 %regs) unnamed_addr #0 !dbg !57 {
start:
  %rhs.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %start.dbg.spill = alloca [8 x i8], align 8
  %regs.dbg.spill = alloca [8 x i8], align 8
  %obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %obj, ptr %obj.dbg.spill, align 8
    #dbg_declare(ptr %obj.dbg.spill, !59, !DIExpression(), !63)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !60, !DIExpression(), !64)
; call iu_rt::kprobe::bpf_ktime_get_ns
  %start1 = call i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr align 8 %obj) #1, !dbg !65
  store i64 %start1, ptr %start.dbg.spill, align 8, !dbg !65
    #dbg_declare(ptr %start.dbg.spill, !61, !DIExpression(), !66)
  br label %bb1, !dbg !65

bb1:                                              ; preds = %bb1, %start
; call iu_rt::kprobe::bpf_ktime_get_ns
  %_6 = call i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr align 8 %obj) #1, !dbg !67
  store i64 %_6, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !68, !DIExpression(), !78)
  store i64 %start1, ptr %rhs.dbg.spill.i, align 8
    #dbg_declare(ptr %rhs.dbg.spill.i, !77, !DIExpression(), !80)
  %_0.i = sub i64 %_6, %start1, !dbg !81
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !82
  %_7 = load i64, ptr %0, align 8, !dbg !82
  %_4 = icmp ult i64 %_0.i, %_7, !dbg !83
  br i1 %_4, label %bb1, label %bb4, !dbg !83

bb4:                                              ; preds = %bb1
  ret i32 22807, !dbg !84
}

; iu_rt::kprobe::bpf_ktime_get_ns
; Function Attrs: nounwind nonlazybind uwtable
declare i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h27a5b9348062a183E(ptr align 8) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!49, !50, !51, !52}
!llvm.ident = !{!53}
!llvm.dbg.cu = !{!54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN4spin4PROG17hb0e56cd7f9ba08ebE", scope: !2, file: !3, line: 18, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "spin", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/spin.rs", directory: ".", checksumkind: CSK_MD5, checksum: "f5fc5d6e365a94ef1612e4287fe04821")
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
!49 = !{i32 8, !"PIC Level", i32 2}
!50 = !{i32 2, !"RtLibUseGOT", i32 1}
!51 = !{i32 7, !"Dwarf Version", i32 4}
!52 = !{i32 2, !"Debug Info Version", i32 3}
!53 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!54 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !55, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !56, splitDebugInlining: false, nameTableKind: None)
!55 = !DIFile(filename: "testdata/rust/progs/spin.rs/@/spin.6fd2322164997fd1-cgu.0", directory: ".")
!56 = !{!0}
!57 = distinct !DISubprogram(name: "iu_spin_fn", linkageName: "_ZN4spin10iu_spin_fn17h7f4d3733aea60eb8E", scope: !2, file: !3, line: 10, type: !12, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !58)
!58 = !{!59, !60, !61}
!59 = !DILocalVariable(name: "obj", arg: 1, scope: !57, file: !3, line: 10, type: !15)
!60 = !DILocalVariable(name: "regs", arg: 2, scope: !57, file: !3, line: 10, type: !16)
!61 = !DILocalVariable(name: "start", scope: !62, file: !3, line: 11, type: !9, align: 64)
!62 = distinct !DILexicalBlock(scope: !57, file: !3, line: 11, column: 5)
!63 = !DILocation(line: 10, column: 15, scope: !57)
!64 = !DILocation(line: 10, column: 29, scope: !57)
!65 = !DILocation(line: 11, column: 21, scope: !57)
!66 = !DILocation(line: 11, column: 9, scope: !62)
!67 = !DILocation(line: 12, column: 15, scope: !62)
!68 = !DILocalVariable(name: "self", arg: 1, scope: !69, file: !70, line: 2493, type: !9)
!69 = distinct !DISubprogram(name: "wrapping_sub", linkageName: "_RNvMs7_NtCsgEmfK2I1SDS_4core3numy12wrapping_sub", scope: !71, file: !70, line: 2493, type: !74, scopeLine: 2493, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !76)
!70 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!71 = !DINamespace(name: "{impl#9}", scope: !72)
!72 = !DINamespace(name: "num", scope: !73)
!73 = !DINamespace(name: "core", scope: null)
!74 = !DISubroutineType(types: !75)
!75 = !{!9, !9, !9}
!76 = !{!68, !77}
!77 = !DILocalVariable(name: "rhs", arg: 2, scope: !69, file: !70, line: 2493, type: !9)
!78 = !DILocation(line: 2493, column: 35, scope: !69, inlinedAt: !79)
!79 = distinct !DILocation(line: 12, column: 34, scope: !62)
!80 = !DILocation(line: 2493, column: 41, scope: !69, inlinedAt: !79)
!81 = !DILocation(line: 2494, column: 13, scope: !69, inlinedAt: !79)
!82 = !DILocation(line: 12, column: 56, scope: !62)
!83 = !DILocation(line: 12, column: 11, scope: !62)
!84 = !DILocation(line: 14, column: 2, scope: !57)
