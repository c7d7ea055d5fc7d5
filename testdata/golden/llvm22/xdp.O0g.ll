; ModuleID = 'xdp.c5e99c006ecd0ac5-cgu.0'
source_filename = "xdp.c5e99c006ecd0ac5-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_0faa8a577e9892a7940816e5c32f10ea = private unnamed_addr constant [11 x i8] c"iu_xdp_pass", align 1
@_ZN3xdp4PROG17hb768b9f5f6918485E = internal constant <{ [8 x i8], ptr, ptr, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @_ZN3xdp14iu_xdp_pass_fn17h54e05f64ee9b2b36E, ptr @alloc_0faa8a577e9892a7940816e5c32f10ea, [12 x i8] c"\0B\00\00\00\00\00\00\00\00\00\00\00", [4 x i8] undef }>, section "objxdp", align 8, !dbg !0
@llvm.used = appending global [2 x ptr] [ptr @_ZN3xdp4PROG17hb768b9f5f6918485E, ptr @iu_xdp_pass], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; xdp::iu_xdp_pass_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN3xdp14iu_xdp_pass_fn17h54e05f64ee9b2b36E(ptr align 8 %_obj, ptr align 8 %md) unnamed_addr #0 !dbg !43 {
start:
  %md.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  %_3 = alloca [8 x i8], align 8
  %_0 = alloca [4 x i8], align 4
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !45, !DIExpression(), !47)
  store ptr %md, ptr %md.dbg.spill, align 8
    #dbg_declare(ptr %md.dbg.spill, !46, !DIExpression(), !48)
  %_5.0 = load ptr, ptr %md, align 8, !dbg !49
  %0 = getelementptr inbounds i8, ptr %md, i64 8, !dbg !49
  %_5.1 = load i64, ptr %0, align 8, !dbg !49
; call core::slice::<impl [T]>::first
  %1 = call align 1 ptr @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$5first17hf8e08f040baccdadE"(ptr align 1 %_5.0, i64 %_5.1) #2, !dbg !50
  store ptr %1, ptr %_3, align 8, !dbg !50
  %2 = load ptr, ptr %_3, align 8, !dbg !49
  %3 = ptrtoint ptr %2 to i64, !dbg !49
  %4 = icmp eq i64 %3, 0, !dbg !49
  %_4 = select i1 %4, i64 0, i64 1, !dbg !49
  %5 = trunc nuw i64 %_4 to i1, !dbg !51
  br i1 %5, label %bb3, label %bb6, !dbg !51

bb3:                                              ; preds = %start
  %_6 = load ptr, ptr %_3, align 8, !dbg !51
  %6 = load i8, ptr %_6, align 1, !dbg !51
  %7 = icmp eq i8 %6, -1, !dbg !51
  br i1 %7, label %bb5, label %bb4, !dbg !51

bb6:                                              ; preds = %start
  store i32 0, ptr %_0, align 4, !dbg !52
  br label %bb7, !dbg !52

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %8 = load i32, ptr %_0, align 4, !dbg !53
  ret i32 %8, !dbg !53

bb5:                                              ; preds = %bb3
  store i32 1, ptr %_0, align 4, !dbg !54
  br label %bb7, !dbg !54

bb4:                                              ; preds = %bb3
  store i32 2, ptr %_0, align 4, !dbg !55
  br label %bb7, !dbg !55

bb2:                                              ; No predecessors!
  unreachable, !dbg !49
}

; core::slice::<impl [T]>::first
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal align 1 ptr @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$5first17hf8e08f040baccdadE"(ptr align 1 %self.0, i64 %self.1) unnamed_addr #1 !dbg !56 {
start:
  %first.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [16 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store ptr %self.0, ptr %self.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store i64 %self.1, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill, !79, !DIExpression(), !84)
  %_3 = icmp uge i64 %self.1, 1, !dbg !85
  br i1 %_3, label %bb1, label %bb2, !dbg !85

bb2:                                              ; preds = %start
  store ptr null, ptr %_0, align 8, !dbg !86
  br label %bb3, !dbg !87

bb1:                                              ; preds = %start
  %first = getelementptr inbounds nuw i8, ptr %self.0, i64 0, !dbg !88
  store ptr %first, ptr %first.dbg.spill, align 8, !dbg !88
    #dbg_declare(ptr %first.dbg.spill, !80, !DIExpression(), !88)
  store ptr %first, ptr %_0, align 8, !dbg !89
  br label %bb3, !dbg !87

bb3:                                              ; preds = %bb1, %bb2
  %1 = load ptr, ptr %_0, align 8, !dbg !90
  ret ptr %1, !dbg !90
}

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nounwind }

!llvm.module.flags = !{!35, !36, !37, !38}
!llvm.ident = !{!39}
!llvm.dbg.cu = !{!40}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN3xdp4PROG17hb768b9f5f6918485E", scope: !2, file: !3, line: 19, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "xdp", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/xdp.rs", directory: ".", checksumkind: CSK_MD5, checksum: "b76d9b09414d30e9d94bc0c5aea97357")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp", scope: !6, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !7, templateParams: !27, identifier: "429d5e4754c2df6877ddbd937424b23a")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !29, !34}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::xdp, &iu_rt::xdp_md) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp_md", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp_md", scope: !6, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !18, templateParams: !27, identifier: "e73e969e7dda27c2a5ffe1410af4fe0b")
!18 = !{!19, !28}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !17, file: !5, baseType: !20, size: 128, align: 64, flags: DIFlagPublic)
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !21, templateParams: !27, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!21 = !{!22, !25}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !20, file: !5, baseType: !23, size: 64, align: 64)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !20, file: !5, baseType: !26, size: 64, align: 64, offset: 64)
!26 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!27 = !{}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "frame_sz", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !30, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!30 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !31, templateParams: !27, identifier: "9277eecd40495f85161460476aacc992")
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !30, file: !5, baseType: !23, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !30, file: !5, baseType: !26, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "xdp_flags", scope: !4, file: !5, baseType: !14, size: 32, align: 32, offset: 256, flags: DIFlagPrivate)
!35 = !{i32 8, !"PIC Level", i32 2}
!36 = !{i32 2, !"RtLibUseGOT", i32 1}
!37 = !{i32 7, !"Dwarf Version", i32 4}
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!40 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !41, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !42, splitDebugInlining: false, nameTableKind: None)
!41 = !DIFile(filename: "testdata/rust/progs/xdp.rs/@/xdp.c5e99c006ecd0ac5-cgu.0", directory: ".")
!42 = !{!0}
!43 = distinct !DISubprogram(name: "iu_xdp_pass_fn", linkageName: "_ZN3xdp14iu_xdp_pass_fn17h54e05f64ee9b2b36E", scope: !2, file: !3, line: 9, type: !12, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !40, templateParams: !27, retainedNodes: !44)
!44 = !{!45, !46}
!45 = !DILocalVariable(name: "_obj", arg: 1, scope: !43, file: !3, line: 9, type: !15)
!46 = !DILocalVariable(name: "md", arg: 2, scope: !43, file: !3, line: 9, type: !16)
!47 = !DILocation(line: 9, column: 19, scope: !43)
!48 = !DILocation(line: 9, column: 31, scope: !43)
!49 = !DILocation(line: 10, column: 11, scope: !43)
!50 = !DILocation(line: 10, column: 19, scope: !43)
!51 = !DILocation(line: 10, column: 5, scope: !43)
!52 = !DILocation(line: 11, column: 17, scope: !43)
!53 = !DILocation(line: 15, column: 2, scope: !43)
!54 = !DILocation(line: 12, column: 24, scope: !43)
!55 = !DILocation(line: 13, column: 20, scope: !43)
!56 = distinct !DISubprogram(name: "first<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$5first17hf8e08f040baccdadE", scope: !58, file: !57, line: 155, type: !61, scopeLine: 155, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !40, templateParams: !82, retainedNodes: !78)
!57 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!58 = !DINamespace(name: "{impl#0}", scope: !59)
!59 = !DINamespace(name: "slice", scope: !60)
!60 = !DINamespace(name: "core", scope: null)
!61 = !DISubroutineType(types: !62)
!62 = !{!63, !20}
!63 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&u8>", scope: !64, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !65, templateParams: !27, identifier: "3b67d0b985d7948cbcd165e8f506b6b")
!64 = !DINamespace(name: "option", scope: !60)
!65 = !{!66}
!66 = !DICompositeType(tag: DW_TAG_variant_part, scope: !63, file: !5, size: 64, align: 64, elements: !67, templateParams: !27, identifier: "71ac802c7c0ad94fb78370f38c746073", discriminator: !77)
!67 = !{!68, !73}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !66, file: !5, baseType: !69, size: 64, align: 64, extraData: i64 0)
!69 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !63, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !27, templateParams: !70, identifier: "96753c70fadc75c257dd53d37c46d25d")
!70 = !{!71}
!71 = !DITemplateTypeParameter(name: "T", type: !72)
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u8", baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !66, file: !5, baseType: !74, size: 64, align: 64)
!74 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !63, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !75, templateParams: !70, identifier: "8bb1dfc82a8e90ce425eae44ff5f9ea4")
!75 = !{!76}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !74, file: !5, baseType: !72, size: 64, align: 64, flags: DIFlagPublic)
!77 = !DIDerivedType(tag: DW_TAG_member, scope: !63, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!78 = !{!79, !80}
!79 = !DILocalVariable(name: "self", arg: 1, scope: !56, file: !57, line: 155, type: !20)
!80 = !DILocalVariable(name: "first", scope: !81, file: !57, line: 156, type: !72, align: 64)
!81 = distinct !DILexicalBlock(scope: !56, file: !57, line: 156, column: 35)
!82 = !{!83}
!83 = !DITemplateTypeParameter(name: "T", type: !24)
!84 = !DILocation(line: 155, column: 24, scope: !56)
!85 = !DILocation(line: 156, column: 16, scope: !81)
!86 = !DILocation(line: 156, column: 58, scope: !56)
!87 = !DILocation(line: 156, column: 9, scope: !56)
!88 = !DILocation(line: 156, column: 17, scope: !81)
!89 = !DILocation(line: 156, column: 37, scope: !81)
!90 = !DILocation(line: 157, column: 6, scope: !56)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_xdp_pass(ptr %ctx) #3 section "xdp" {
start:
  %ret = call i32 @__iu_entry_xdp(ptr @_ZN3xdp4PROG17hb768b9f5f6918485E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_xdp(ptr, ptr)

attributes #3 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!91}
!91 = !{!"_ZN3xdp14iu_xdp_pass_fn17h54e05f64ee9b2b36E"}
