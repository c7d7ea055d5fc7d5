; ModuleID = 'loop_cleanup.02bcb772-cgu.0'
source_filename = "loop_cleanup.02bcb772-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc3 = private unnamed_addr constant <{ [15 x i8] }> <{ [15 x i8] c"iu_loop_cleanup" }>, align 1
@_ZN12loop_cleanup4PROG17h53e7ef40d39c5284E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN12loop_cleanup18iu_loop_cleanup_fn17h10e3c5296e915cedE to i8*), i8* getelementptr inbounds (<{ [15 x i8] }>, <{ [15 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12loop_cleanup4PROG17h53e7ef40d39c5284E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; loop_cleanup::iu_loop_cleanup_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN12loop_cleanup18iu_loop_cleanup_fn17h10e3c5296e915cedE(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #0 !dbg !55 {
start:
  %_res.dbg.spill = alloca { i64, i32 }, align 8
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !57, metadata !DIExpression()), !dbg !66
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !58, metadata !DIExpression()), !dbg !67
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !68
  %_4 = load i64, i64* %0, align 8, !dbg !68
; call iu_rt::Resource::new
  %1 = call { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64 %_4) #2, !dbg !69
  %_res.0 = extractvalue { i64, i32 } %1, 0, !dbg !69
  %_res.1 = extractvalue { i64, i32 } %1, 1, !dbg !69
  %2 = getelementptr inbounds { i64, i32 }, { i64, i32 }* %_res.dbg.spill, i32 0, i32 0, !dbg !69
  store i64 %_res.0, i64* %2, align 8, !dbg !69
  %3 = getelementptr inbounds { i64, i32 }, { i64, i32 }* %_res.dbg.spill, i32 0, i32 1, !dbg !69
  store i32 %_res.1, i32* %3, align 8, !dbg !69
  call void @llvm.dbg.declare(metadata { i64, i32 }* %_res.dbg.spill, metadata !59, metadata !DIExpression()), !dbg !70
  br label %bb1, !dbg !69

bb1:                                              ; preds = %bb1, %start
  br label %bb1, !dbg !71
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind
declare { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind }

!llvm.module.flags = !{!49, !50, !51}
!llvm.dbg.cu = !{!52}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN12loop_cleanup4PROG17h53e7ef40d39c5284E", scope: !2, file: !3, line: 19, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "loop_cleanup", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/loop_cleanup.rs", directory: ".", checksumkind: CSK_MD5, checksum: "595dd42e7374f138396520f7dc1d6548")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !6, file: !5, size: 256, align: 64, elements: !7, templateParams: !40, identifier: "282191b11f19cc42fd06117274dfaff9")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !41}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !6, file: !5, size: 1344, align: 64, elements: !18, templateParams: !40, identifier: "9839896ef0917d72b974666f51b0c023")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !17, file: !5, baseType: !9, size: 64, align: 64)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 64)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 128)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 256)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 320)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 384)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 448)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 512)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 576)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 640)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 704)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 768)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 832)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 896)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 960)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1024)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1088)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1152)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1216)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1280)
!40 = !{}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !42, size: 128, align: 64, offset: 128)
!42 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !43, templateParams: !40, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!43 = !{!44, !47}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !42, file: !5, baseType: !45, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !42, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!48 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!49 = !{i32 7, !"PIC Level", i32 2}
!50 = !{i32 2, !"RtLibUseGOT", i32 1}
!51 = !{i32 2, !"Debug Info Version", i32 3}
!52 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !53, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !54)
!53 = !DIFile(filename: "testdata/rust/progs/loop_cleanup.rs/@/loop_cleanup.02bcb772-cgu.0", directory: ".")
!54 = !{!0}
!55 = distinct !DISubprogram(name: "iu_loop_cleanup_fn", linkageName: "_ZN12loop_cleanup18iu_loop_cleanup_fn17h10e3c5296e915cedE", scope: !2, file: !3, line: 12, type: !12, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !56)
!56 = !{!57, !58, !59}
!57 = !DILocalVariable(name: "_obj", arg: 1, scope: !55, file: !3, line: 12, type: !15)
!58 = !DILocalVariable(name: "regs", arg: 2, scope: !55, file: !3, line: 12, type: !16)
!59 = !DILocalVariable(name: "_res", scope: !60, file: !3, line: 13, type: !61, align: 8)
!60 = distinct !DILexicalBlock(scope: !55, file: !3, line: 13, column: 5)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "Resource", scope: !6, file: !5, size: 128, align: 64, elements: !62, templateParams: !40, identifier: "fc7e308e7a4691ed4c4fc4b2c9d58075")
!62 = !{!63, !64}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !61, file: !5, baseType: !9, size: 64, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !61, file: !5, baseType: !65, size: 32, align: 32, offset: 64)
!65 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!66 = !DILocation(line: 12, column: 23, scope: !55)
!67 = !DILocation(line: 12, column: 38, scope: !55)
!68 = !DILocation(line: 13, column: 30, scope: !55)
!69 = !DILocation(line: 13, column: 16, scope: !55)
!70 = !DILocation(line: 13, column: 9, scope: !60)
!71 = !DILocation(line: 14, column: 5, scope: !60)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_loop_cleanup(i8* %ctx) #3 section "kprobe/__x64_sys_getgid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12loop_cleanup4PROG17h53e7ef40d39c5284E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_loop_cleanup to i8*)], section "llvm.metadata"

attributes #3 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!72}
!72 = !{!"_ZN12loop_cleanup18iu_loop_cleanup_fn17h10e3c5296e915cedE"}
