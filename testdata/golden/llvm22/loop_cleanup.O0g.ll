; ModuleID = 'loop_cleanup.bcf539ac4c52e70-cgu.0'
source_filename = "loop_cleanup.bcf539ac4c52e70-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_55ae2662567d837bc08f980c4f251c31 = private unnamed_addr constant [15 x i8] c"iu_loop_cleanup", align 1
@_ZN12loop_cleanup4PROG17hf1f3f3bef2998baaE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12loop_cleanup18iu_loop_cleanup_fn17hc7f8530ee7bb5d18E, ptr @alloc_55ae2662567d837bc08f980c4f251c31, [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@llvm.used = appending global [2 x ptr] [ptr @_ZN12loop_cleanup4PROG17hf1f3f3bef2998baaE, ptr @iu_loop_cleanup], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; loop_cleanup::iu_loop_cleanup_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN12loop_cleanup18iu_loop_cleanup_fn17hc7f8530ee7bb5d18E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !57 {
start:
  %_res.dbg.spill = alloca [16 x i8], align 8
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !59, !DIExpression(), !68)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !60, !DIExpression(), !69)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !70
  %_4 = load i64, ptr %0, align 8, !dbg !70
; call iu_rt::Resource::new
  %1 = call { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64 %_4) #1, !dbg !71
  %_res.0 = extractvalue { i64, i32 } %1, 0, !dbg !71
  %_res.1 = extractvalue { i64, i32 } %1, 1, !dbg !71
  store i64 %_res.0, ptr %_res.dbg.spill, align 8, !dbg !71
  %2 = getelementptr inbounds i8, ptr %_res.dbg.spill, i64 8, !dbg !71
  store i32 %_res.1, ptr %2, align 8, !dbg !71
    #dbg_declare(ptr %_res.dbg.spill, !61, !DIExpression(), !72)
  br label %bb1, !dbg !71

bb1:                                              ; preds = %bb1, %start
  br label %bb1, !dbg !73
}

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind uwtable
declare { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!49, !50, !51, !52}
!llvm.ident = !{!53}
!llvm.dbg.cu = !{!54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN12loop_cleanup4PROG17hf1f3f3bef2998baaE", scope: !2, file: !3, line: 19, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "loop_cleanup", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/loop_cleanup.rs", directory: ".", checksumkind: CSK_MD5, checksum: "595dd42e7374f138396520f7dc1d6548")
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
!55 = !DIFile(filename: "testdata/rust/progs/loop_cleanup.rs/@/loop_cleanup.bcf539ac4c52e70-cgu.0", directory: ".")
!56 = !{!0}
!57 = distinct !DISubprogram(name: "iu_loop_cleanup_fn", linkageName: "_ZN12loop_cleanup18iu_loop_cleanup_fn17hc7f8530ee7bb5d18E", scope: !2, file: !3, line: 12, type: !12, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !58)
!58 = !{!59, !60, !61}
!59 = !DILocalVariable(name: "_obj", arg: 1, scope: !57, file: !3, line: 12, type: !15)
!60 = !DILocalVariable(name: "regs", arg: 2, scope: !57, file: !3, line: 12, type: !16)
!61 = !DILocalVariable(name: "_res", scope: !62, file: !3, line: 13, type: !63, align: 64)
!62 = distinct !DILexicalBlock(scope: !57, file: !3, line: 13, column: 5)
!63 = !DICompositeType(tag: DW_TAG_structure_type, name: "Resource", scope: !6, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !64, templateParams: !40, identifier: "75a16edeff9a689b36037c6329235d66")
!64 = !{!65, !66}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !63, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !63, file: !5, baseType: !67, size: 32, align: 32, offset: 64, flags: DIFlagPrivate)
!67 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!68 = !DILocation(line: 12, column: 23, scope: !57)
!69 = !DILocation(line: 12, column: 38, scope: !57)
!70 = !DILocation(line: 13, column: 30, scope: !57)
!71 = !DILocation(line: 13, column: 16, scope: !57)
!72 = !DILocation(line: 13, column: 9, scope: !62)
!73 = !DILocation(line: 14, column: 5, scope: !62)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_loop_cleanup(ptr %ctx) #2 section "kprobe/__x64_sys_getgid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN12loop_cleanup4PROG17hf1f3f3bef2998baaE, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #2 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!74}
!74 = !{!"_ZN12loop_cleanup18iu_loop_cleanup_fn17hc7f8530ee7bb5d18E"}
