; ModuleID = 'xdp.3d3a1987-cgu.0'
source_filename = "xdp.3d3a1987-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::xdp" = type { i64, i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)*, { [0 x i8]*, i64 }, i32, [1 x i32] }
%"iu_rt::xdp_md" = type { { [0 x i8]*, i64 }, i32, [1 x i32] }

@alloc3 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_xdp_pass" }>, align 1
@_ZN3xdp4PROG17habab4a8a53cc6cb4E = internal constant <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)* @_ZN3xdp14iu_xdp_pass_fn17h4a60519f25113b51E to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [12 x i8] c"\0B\00\00\00\00\00\00\00\00\00\00\00", [4 x i8] undef }>, section "objxdp", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>* @_ZN3xdp4PROG17habab4a8a53cc6cb4E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::slice::<impl [T]>::first
; Function Attrs: inlinehint nounwind nonlazybind
define internal align 1 i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$5first17h9e8fcb3d6dc501bcE"([0 x i8]* align 1 %self.0, i64 %self.1) unnamed_addr #0 !dbg !41 {
start:
  %first.dbg.spill = alloca i8*, align 8
  %self.dbg.spill = alloca { [0 x i8]*, i64 }, align 8
  %0 = alloca i8*, align 8
  %1 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i8]* %self.0, [0 x i8]** %1, align 8
  %2 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %2, align 8
  call void @llvm.dbg.declare(metadata { [0 x i8]*, i64 }* %self.dbg.spill, metadata !64, metadata !DIExpression()), !dbg !69
  %_4 = icmp uge i64 %self.1, 1, !dbg !70
  br i1 %_4, label %bb1, label %bb2, !dbg !70

bb2:                                              ; preds = %start
  %3 = bitcast i8** %0 to {}**, !dbg !71
  store {}* null, {}** %3, align 8, !dbg !71
  br label %bb3, !dbg !72

bb1:                                              ; preds = %start
  %first = getelementptr inbounds [0 x i8], [0 x i8]* %self.0, i64 0, i64 0, !dbg !73
  store i8* %first, i8** %first.dbg.spill, align 8, !dbg !73
  call void @llvm.dbg.declare(metadata i8** %first.dbg.spill, metadata !65, metadata !DIExpression()), !dbg !73
  store i8* %first, i8** %0, align 8, !dbg !74
  br label %bb3, !dbg !72

bb3:                                              ; preds = %bb2, %bb1
  %4 = load i8*, i8** %0, align 8, !dbg !75, !align !76
  ret i8* %4, !dbg !75
}

; xdp::iu_xdp_pass_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN3xdp14iu_xdp_pass_fn17h4a60519f25113b51E(%"iu_rt::xdp"* align 8 %_obj, %"iu_rt::xdp_md"* align 8 %md) unnamed_addr #1 !dbg !77 {
start:
  %md.dbg.spill = alloca %"iu_rt::xdp_md"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::xdp"*, align 8
  %_3 = alloca i8*, align 8
  %0 = alloca i32, align 4
  store %"iu_rt::xdp"* %_obj, %"iu_rt::xdp"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::xdp"** %_obj.dbg.spill, metadata !79, metadata !DIExpression()), !dbg !81
  store %"iu_rt::xdp_md"* %md, %"iu_rt::xdp_md"** %md.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::xdp_md"** %md.dbg.spill, metadata !80, metadata !DIExpression()), !dbg !82
  %1 = bitcast %"iu_rt::xdp_md"* %md to { [0 x i8]*, i64 }*, !dbg !83
  %2 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %1, i32 0, i32 0, !dbg !83
  %_6.0 = load [0 x i8]*, [0 x i8]** %2, align 8, !dbg !83, !nonnull !27, !align !76, !noundef !27
  %3 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %1, i32 0, i32 1, !dbg !83
  %_6.1 = load i64, i64* %3, align 8, !dbg !83
; call core::slice::<impl [T]>::first
  %4 = call align 1 i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$5first17h9e8fcb3d6dc501bcE"([0 x i8]* align 1 %_6.0, i64 %_6.1) #3, !dbg !83
  store i8* %4, i8** %_3, align 8, !dbg !83
  br label %bb1, !dbg !83

bb1:                                              ; preds = %start
  %5 = bitcast i8** %_3 to {}**, !dbg !83
  %6 = load {}*, {}** %5, align 8, !dbg !83
  %7 = icmp eq {}* %6, null, !dbg !83
  %_5 = select i1 %7, i64 0, i64 1, !dbg !83
  switch i64 %_5, label %bb4 [
    i64 0, label %bb5
    i64 1, label %bb2
  ], !dbg !84

bb4:                                              ; preds = %bb1
  unreachable, !dbg !83

bb5:                                              ; preds = %bb1
  store i32 0, i32* %0, align 4, !dbg !85
  br label %bb7, !dbg !85

bb2:                                              ; preds = %bb1
  %_7 = load i8*, i8** %_3, align 8, !dbg !84, !nonnull !27, !align !76, !noundef !27
  %8 = load i8, i8* %_7, align 1, !dbg !84
  %9 = icmp eq i8 %8, -1, !dbg !84
  br i1 %9, label %bb6, label %bb3, !dbg !84

bb6:                                              ; preds = %bb2
  store i32 1, i32* %0, align 4, !dbg !86
  br label %bb7, !dbg !86

bb3:                                              ; preds = %bb2
  store i32 2, i32* %0, align 4, !dbg !87
  br label %bb7, !dbg !87

bb7:                                              ; preds = %bb5, %bb6, %bb3
  %10 = load i32, i32* %0, align 4, !dbg !88
  ret i32 %10, !dbg !88
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nounwind }

!llvm.module.flags = !{!35, !36, !37}
!llvm.dbg.cu = !{!38}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN3xdp4PROG17habab4a8a53cc6cb4E", scope: !2, file: !3, line: 19, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "xdp", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/xdp.rs", directory: ".", checksumkind: CSK_MD5, checksum: "b76d9b09414d30e9d94bc0c5aea97357")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp", scope: !6, file: !5, size: 320, align: 64, elements: !7, templateParams: !27, identifier: "9e022e5cbc86469d6e0534451fcd2cf3")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !29, !34}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::xdp, &iu_rt::xdp_md) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp_md", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp_md", scope: !6, file: !5, size: 192, align: 64, elements: !18, templateParams: !27, identifier: "bac3843de1a8385c282afb3d2919a05c")
!18 = !{!19, !28}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !17, file: !5, baseType: !20, size: 128, align: 64)
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !21, templateParams: !27, identifier: "7d49e60d2ca720f66806f7375f860e2")
!21 = !{!22, !25}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !20, file: !5, baseType: !23, size: 64, align: 64)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !20, file: !5, baseType: !26, size: 64, align: 64, offset: 64)
!26 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!27 = !{}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "frame_sz", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 128)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !30, size: 128, align: 64, offset: 128)
!30 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !31, templateParams: !27, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !30, file: !5, baseType: !23, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !30, file: !5, baseType: !26, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "xdp_flags", scope: !4, file: !5, baseType: !14, size: 32, align: 32, offset: 256)
!35 = !{i32 7, !"PIC Level", i32 2}
!36 = !{i32 2, !"RtLibUseGOT", i32 1}
!37 = !{i32 2, !"Debug Info Version", i32 3}
!38 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !39, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !40)
!39 = !DIFile(filename: "testdata/rust/progs/xdp.rs/@/xdp.3d3a1987-cgu.0", directory: ".")
!40 = !{!0}
!41 = distinct !DISubprogram(name: "first<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$5first17h9e8fcb3d6dc501bcE", scope: !43, file: !42, line: 171, type: !46, scopeLine: 171, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, templateParams: !67, retainedNodes: !63)
!42 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/slice/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e57288edb8f562006886dad4b6fc1f0e")
!43 = !DINamespace(name: "{impl#0}", scope: !44)
!44 = !DINamespace(name: "slice", scope: !45)
!45 = !DINamespace(name: "core", scope: null)
!46 = !DISubroutineType(types: !47)
!47 = !{!48, !20}
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&u8>", scope: !49, file: !5, size: 64, align: 64, elements: !50, templateParams: !27, identifier: "f8dcf10740106bd351d19b5f46077575")
!49 = !DINamespace(name: "option", scope: !45)
!50 = !{!51}
!51 = !DICompositeType(tag: DW_TAG_variant_part, scope: !48, file: !5, size: 64, align: 64, elements: !52, templateParams: !27, identifier: "f2b2e178852173004cbc0be1f010447f", discriminator: !62)
!52 = !{!53, !58}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !51, file: !5, baseType: !54, size: 64, align: 64, extraData: i64 0)
!54 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !48, file: !5, size: 64, align: 64, elements: !27, templateParams: !55, identifier: "15b755c883e448194527c534c0499f2f")
!55 = !{!56}
!56 = !DITemplateTypeParameter(name: "T", type: !57)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u8", baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !51, file: !5, baseType: !59, size: 64, align: 64)
!59 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !48, file: !5, size: 64, align: 64, elements: !60, templateParams: !55, identifier: "95c2608456f86a7d6765c19f68ef113")
!60 = !{!61}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !59, file: !5, baseType: !57, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_member, scope: !48, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!63 = !{!64, !65}
!64 = !DILocalVariable(name: "self", arg: 1, scope: !41, file: !42, line: 171, type: !20)
!65 = !DILocalVariable(name: "first", scope: !66, file: !42, line: 172, type: !57, align: 8)
!66 = distinct !DILexicalBlock(scope: !41, file: !42, line: 172, column: 35)
!67 = !{!68}
!68 = !DITemplateTypeParameter(name: "T", type: !24)
!69 = !DILocation(line: 171, column: 24, scope: !41)
!70 = !DILocation(line: 172, column: 16, scope: !66)
!71 = !DILocation(line: 172, column: 58, scope: !41)
!72 = !DILocation(line: 172, column: 9, scope: !41)
!73 = !DILocation(line: 172, column: 17, scope: !66)
!74 = !DILocation(line: 172, column: 37, scope: !66)
!75 = !DILocation(line: 173, column: 6, scope: !41)
!76 = !{i64 1}
!77 = distinct !DISubprogram(name: "iu_xdp_pass_fn", linkageName: "_ZN3xdp14iu_xdp_pass_fn17h4a60519f25113b51E", scope: !2, file: !3, line: 9, type: !12, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, templateParams: !27, retainedNodes: !78)
!78 = !{!79, !80}
!79 = !DILocalVariable(name: "_obj", arg: 1, scope: !77, file: !3, line: 9, type: !15)
!80 = !DILocalVariable(name: "md", arg: 2, scope: !77, file: !3, line: 9, type: !16)
!81 = !DILocation(line: 9, column: 19, scope: !77)
!82 = !DILocation(line: 9, column: 31, scope: !77)
!83 = !DILocation(line: 10, column: 11, scope: !77)
!84 = !DILocation(line: 10, column: 5, scope: !77)
!85 = !DILocation(line: 11, column: 17, scope: !77)
!86 = !DILocation(line: 12, column: 24, scope: !77)
!87 = !DILocation(line: 13, column: 20, scope: !77)
!88 = !DILocation(line: 15, column: 2, scope: !77)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_xdp_pass(i8* %ctx) #4 section "xdp" {
start:
  %ret = call i32 @__iu_entry_xdp(i8* bitcast (<{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>* @_ZN3xdp4PROG17habab4a8a53cc6cb4E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_xdp(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_xdp_pass to i8*)], section "llvm.metadata"

attributes #4 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!89}
!89 = !{!"_ZN3xdp14iu_xdp_pass_fn17h4a60519f25113b51E"}
