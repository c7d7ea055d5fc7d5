; ModuleID = 'hello.e7036283-cgu.0'
source_filename = "hello.e7036283-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::tracepoint" = type { i64, i32 (%"iu_rt::tracepoint"*, i64**)*, { [0 x i8]*, i64 }, i64* }

@alloc14 = private unnamed_addr constant <{ [28 x i8] }> <{ [28 x i8] c"Rust triggered from PID %u.\0A" }>, align 1
@alloc3 = private unnamed_addr constant <{ [8 x i8] }> <{ [8 x i8] c"iu_prog1" }>, align 1
@_ZN5hello4PROG17h26b868d209654331E = internal constant <{ [8 x i8], i8*, i8*, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN5hello11iu_prog1_fn17hd2b58af5caedc281E to i8*), i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [16 x i8] c"\08\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "objtracepoint", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [16 x i8] }>, <{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN5hello4PROG17h26b868d209654331E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; hello::iu_prog1_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN5hello11iu_prog1_fn17hd2b58af5caedc281E(%"iu_rt::tracepoint"* align 8 %obj, i64** align 8 %_ctx) unnamed_addr #0 !dbg !54 {
start:
  %pid.dbg.spill = alloca i32, align 4
  %_ctx.dbg.spill = alloca i64**, align 8
  %obj.dbg.spill = alloca %"iu_rt::tracepoint"*, align 8
  %task = alloca i32, align 4
  %option_task = alloca { i32, i32 }, align 4
  store %"iu_rt::tracepoint"* %obj, %"iu_rt::tracepoint"** %obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::tracepoint"** %obj.dbg.spill, metadata !56, metadata !DIExpression()), !dbg !83
  store i64** %_ctx, i64*** %_ctx.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64*** %_ctx.dbg.spill, metadata !57, metadata !DIExpression()), !dbg !84
  call void @llvm.dbg.declare(metadata { i32, i32 }* %option_task, metadata !58, metadata !DIExpression()), !dbg !85
  call void @llvm.dbg.declare(metadata i32* %task, metadata !79, metadata !DIExpression()), !dbg !86
; call iu_rt::tracepoint::bpf_get_current_task
  %0 = call { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hd59ef2c2299f227eE(%"iu_rt::tracepoint"* align 8 %obj) #2, !dbg !87
  store { i32, i32 } %0, { i32, i32 }* %option_task, align 4, !dbg !87
  br label %bb1, !dbg !87

bb1:                                              ; preds = %start
  %1 = bitcast { i32, i32 }* %option_task to i32*, !dbg !88
  %2 = load i32, i32* %1, align 4, !dbg !88, !range !89, !noundef !23
  %_5 = zext i32 %2 to i64, !dbg !88
  %3 = icmp eq i64 %_5, 1, !dbg !88
  br i1 %3, label %bb2, label %bb4, !dbg !88

bb2:                                              ; preds = %bb1
  %4 = getelementptr inbounds { i32, i32 }, { i32, i32 }* %option_task, i32 0, i32 1, !dbg !86
  %5 = load i32, i32* %4, align 4, !dbg !86
  store i32 %5, i32* %task, align 4, !dbg !86
; call iu_rt::task_struct::get_pid
  %pid = call i32 @_ZN5iu_rt11task_struct7get_pid17h1d19cf79c64d82e8E(i32* align 4 %task) #2, !dbg !90
  store i32 %pid, i32* %pid.dbg.spill, align 4, !dbg !90
  call void @llvm.dbg.declare(metadata i32* %pid.dbg.spill, metadata !81, metadata !DIExpression()), !dbg !91
  br label %bb3, !dbg !90

bb4:                                              ; preds = %bb3, %bb1
  ret i32 0, !dbg !92

bb3:                                              ; preds = %bb2
  %_13 = sext i32 %pid to i64, !dbg !93
; call iu_rt::tracepoint::bpf_trace_printk
  %_9 = call i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17h61771af824205080E(%"iu_rt::tracepoint"* align 8 %obj, [0 x i8]* align 1 bitcast (<{ [28 x i8] }>* @alloc14 to [0 x i8]*), i64 28, i64 %_13) #2, !dbg !94
  br label %bb4, !dbg !94
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; iu_rt::tracepoint::bpf_get_current_task
; Function Attrs: nounwind nonlazybind
declare { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hd59ef2c2299f227eE(%"iu_rt::tracepoint"* align 8) unnamed_addr #0

; iu_rt::task_struct::get_pid
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt11task_struct7get_pid17h1d19cf79c64d82e8E(i32* align 4) unnamed_addr #0

; iu_rt::tracepoint::bpf_trace_printk
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17h61771af824205080E(%"iu_rt::tracepoint"* align 8, [0 x i8]* align 1, i64, i64) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind }

!llvm.module.flags = !{!48, !49, !50}
!llvm.dbg.cu = !{!51}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN5hello4PROG17h26b868d209654331E", scope: !2, file: !3, line: 21, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "hello", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/hello.rs", directory: ".", checksumkind: CSK_MD5, checksum: "48410fd34f8956e0a79abf41e2a856bc")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "tracepoint", scope: !6, file: !5, size: 320, align: 64, elements: !7, templateParams: !23, identifier: "be2c27dca34cc18ab71ee544ebede3a")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !39, !47}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::tracepoint, &iu_rt::tp_ctx) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tracepoint", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tp_ctx", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "tp_ctx", scope: !6, file: !5, size: 64, align: 64, elements: !18, templateParams: !23, identifier: "6ccc65a5a65b1881f5befa2b8a8bd2fa")
!18 = !{!19}
!19 = !DICompositeType(tag: DW_TAG_variant_part, scope: !17, file: !5, size: 64, align: 64, elements: !20, templateParams: !23, identifier: "936953f4849d529131f4ec0a34cde8cb", discriminator: !38)
!20 = !{!21, !24}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "Void", scope: !19, file: !5, baseType: !22, size: 64, align: 64, extraData: i64 0)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "Void", scope: !17, file: !5, size: 64, align: 64, elements: !23, identifier: "2e1ea44d66e6e76365d369b4ecea387e")
!23 = !{}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "SysEnter", scope: !19, file: !5, baseType: !25, size: 64, align: 64)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "SysEnter", scope: !17, file: !5, size: 64, align: 64, elements: !26, templateParams: !23, identifier: "1e28cbd5d3bee03dc3aefd0e07fc065e")
!26 = !{!27}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !25, file: !5, baseType: !28, size: 64, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sys_enter_args", baseType: !29, size: 64, align: 64, dwarfAddressSpace: 0)
!29 = !DICompositeType(tag: DW_TAG_structure_type, name: "sys_enter_args", scope: !6, file: !5, size: 512, align: 64, elements: !30, templateParams: !23, identifier: "dc20b1285d2537f999ac7e5150f036be")
!30 = !{!31, !32, !34}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "common", scope: !29, file: !5, baseType: !9, size: 64, align: 64)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !29, file: !5, baseType: !33, size: 64, align: 64, offset: 64)
!33 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !29, file: !5, baseType: !35, size: 384, align: 64, offset: 128)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 6, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, scope: !17, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !40, size: 128, align: 64, offset: 128)
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !41, templateParams: !23, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!41 = !{!42, !45}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !40, file: !5, baseType: !43, size: 64, align: 64)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !40, file: !5, baseType: !46, size: 64, align: 64, offset: 64)
!46 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "tp_type", scope: !4, file: !5, baseType: !17, size: 64, align: 64, offset: 256)
!48 = !{i32 7, !"PIC Level", i32 2}
!49 = !{i32 2, !"RtLibUseGOT", i32 1}
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !52, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !53)
!52 = !DIFile(filename: "testdata/rust/progs/hello.rs/@/hello.e7036283-cgu.0", directory: ".")
!53 = !{!0}
!54 = distinct !DISubprogram(name: "iu_prog1_fn", linkageName: "_ZN5hello11iu_prog1_fn17hd2b58af5caedc281E", scope: !2, file: !3, line: 10, type: !12, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !51, templateParams: !23, retainedNodes: !55)
!55 = !{!56, !57, !58, !79, !81}
!56 = !DILocalVariable(name: "obj", arg: 1, scope: !54, file: !3, line: 10, type: !15)
!57 = !DILocalVariable(name: "_ctx", arg: 2, scope: !54, file: !3, line: 10, type: !16)
!58 = !DILocalVariable(name: "option_task", scope: !59, file: !3, line: 11, type: !60, align: 4)
!59 = distinct !DILexicalBlock(scope: !54, file: !3, line: 11, column: 5)
!60 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<iu_rt::task_struct>", scope: !61, file: !5, size: 64, align: 32, elements: !63, templateParams: !23, identifier: "e0d41e1c8054d4caf8c3ee46fef6b80f")
!61 = !DINamespace(name: "option", scope: !62)
!62 = !DINamespace(name: "core", scope: null)
!63 = !{!64}
!64 = !DICompositeType(tag: DW_TAG_variant_part, scope: !60, file: !5, size: 64, align: 32, elements: !65, templateParams: !23, identifier: "104ae90aa0b195ef514b6221a3e7bb6e", discriminator: !78)
!65 = !{!66, !74}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !64, file: !5, baseType: !67, size: 64, align: 32, extraData: i64 0)
!67 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !60, file: !5, size: 64, align: 32, elements: !23, templateParams: !68, identifier: "2fea954e9b4f124a77f5cbcc7d473bb1")
!68 = !{!69}
!69 = !DITemplateTypeParameter(name: "T", type: !70)
!70 = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !6, file: !5, size: 32, align: 32, elements: !71, templateParams: !23, identifier: "2f97b2ef839bfd04beb9f4038476a6fe")
!71 = !{!72}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !70, file: !5, baseType: !73, size: 32, align: 32)
!73 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !64, file: !5, baseType: !75, size: 64, align: 32, extraData: i64 1)
!75 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !60, file: !5, size: 64, align: 32, elements: !76, templateParams: !68, identifier: "a5840e7eb1e9a26472ffa28d35f79818")
!76 = !{!77}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !75, file: !5, baseType: !70, size: 32, align: 32, offset: 32)
!78 = !DIDerivedType(tag: DW_TAG_member, scope: !60, file: !5, baseType: !14, size: 32, align: 32, flags: DIFlagArtificial)
!79 = !DILocalVariable(name: "task", scope: !80, file: !3, line: 12, type: !70, align: 4)
!80 = distinct !DILexicalBlock(scope: !59, file: !3, line: 12, column: 37)
!81 = !DILocalVariable(name: "pid", scope: !82, file: !3, line: 13, type: !73, align: 4)
!82 = distinct !DILexicalBlock(scope: !80, file: !3, line: 13, column: 9)
!83 = !DILocation(line: 10, column: 16, scope: !54)
!84 = !DILocation(line: 10, column: 34, scope: !54)
!85 = !DILocation(line: 11, column: 9, scope: !59)
!86 = !DILocation(line: 12, column: 17, scope: !80)
!87 = !DILocation(line: 11, column: 23, scope: !54)
!88 = !DILocation(line: 12, column: 12, scope: !80)
!89 = !{i32 0, i32 2}
!90 = !DILocation(line: 13, column: 19, scope: !80)
!91 = !DILocation(line: 13, column: 13, scope: !82)
!92 = !DILocation(line: 17, column: 2, scope: !54)
!93 = !DILocation(line: 14, column: 59, scope: !82)
!94 = !DILocation(line: 14, column: 9, scope: !82)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_prog1(i8* %ctx) #3 section "tracepoint/syscalls/sys_enter_dup" {
start:
  %ret = call i32 @__iu_entry_tracepoint(i8* bitcast (<{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN5hello4PROG17h26b868d209654331E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_tracepoint(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_prog1 to i8*)], section "llvm.metadata"

attributes #3 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!95}
!95 = !{!"_ZN5hello11iu_prog1_fn17hd2b58af5caedc281E"}
