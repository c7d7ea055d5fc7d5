; ModuleID = 'spin.8753da9e-cgu.0'
source_filename = "spin.8753da9e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc3 = private unnamed_addr constant <{ [7 x i8] }> <{ [7 x i8] c"iu_spin" }>, align 1
@_ZN4spin4PROG17h94dcd54eed01e2beE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN4spin10iu_spin_fn17h307338f9f0120146E to i8*), i8* getelementptr inbounds (<{ [7 x i8] }>, <{ [7 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\07\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN4spin4PROG17h94dcd54eed01e2beE, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; spin::iu_spin_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN4spin10iu_spin_fn17h307338f9f0120146E(%"iu_rt::kprobe"* align 8 %obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #0 !dbg !55 {
start:
  %rhs.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i64, align 8
  %start.dbg.spill = alloca i64, align 8
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %obj, %"iu_rt::kprobe"** %obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %obj.dbg.spill, metadata !57, metadata !DIExpression()), !dbg !61
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !58, metadata !DIExpression()), !dbg !62
; call iu_rt::kprobe::bpf_ktime_get_ns
  %start1 = call i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* align 8 %obj) #2, !dbg !63
  store i64 %start1, i64* %start.dbg.spill, align 8, !dbg !63
  call void @llvm.dbg.declare(metadata i64* %start.dbg.spill, metadata !59, metadata !DIExpression()), !dbg !64
  br label %bb1, !dbg !63

bb1:                                              ; preds = %bb3, %start
; call iu_rt::kprobe::bpf_ktime_get_ns
  %_7 = call i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* align 8 %obj) #2, !dbg !65
  br label %bb2, !dbg !65

bb2:                                              ; preds = %bb1
  store i64 %_7, i64* %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %self.dbg.spill.i, metadata !66, metadata !DIExpression()), !dbg !76
  store i64 %start1, i64* %rhs.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %rhs.dbg.spill.i, metadata !75, metadata !DIExpression()), !dbg !78
  %0 = sub i64 %_7, %start1, !dbg !79
  br label %bb3, !dbg !65

bb3:                                              ; preds = %bb2
  %1 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !80
  %_10 = load i64, i64* %1, align 8, !dbg !80
  %_5 = icmp ult i64 %0, %_10, !dbg !65
  br i1 %_5, label %bb1, label %bb4, !dbg !65

bb4:                                              ; preds = %bb3
  ret i32 22807, !dbg !81
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; iu_rt::kprobe::bpf_ktime_get_ns
; Function Attrs: nounwind nonlazybind
declare i64 @_ZN5iu_rt6kprobe16bpf_ktime_get_ns17h3b07f44a6e12cc5cE(%"iu_rt::kprobe"* align 8) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind }

!llvm.module.flags = !{!49, !50, !51}
!llvm.dbg.cu = !{!52}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN4spin4PROG17h94dcd54eed01e2beE", scope: !2, file: !3, line: 18, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "spin", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/spin.rs", directory: ".", checksumkind: CSK_MD5, checksum: "f5fc5d6e365a94ef1612e4287fe04821")
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
!53 = !DIFile(filename: "testdata/rust/progs/spin.rs/@/spin.8753da9e-cgu.0", directory: ".")
!54 = !{!0}
!55 = distinct !DISubprogram(name: "iu_spin_fn", linkageName: "_ZN4spin10iu_spin_fn17h307338f9f0120146E", scope: !2, file: !3, line: 10, type: !12, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !56)
!56 = !{!57, !58, !59}
!57 = !DILocalVariable(name: "obj", arg: 1, scope: !55, file: !3, line: 10, type: !15)
!58 = !DILocalVariable(name: "regs", arg: 2, scope: !55, file: !3, line: 10, type: !16)
!59 = !DILocalVariable(name: "start", scope: !60, file: !3, line: 11, type: !9, align: 8)
!60 = distinct !DILexicalBlock(scope: !55, file: !3, line: 11, column: 5)
!61 = !DILocation(line: 10, column: 15, scope: !55)
!62 = !DILocation(line: 10, column: 29, scope: !55)
!63 = !DILocation(line: 11, column: 17, scope: !55)
!64 = !DILocation(line: 11, column: 9, scope: !60)
!65 = !DILocation(line: 12, column: 11, scope: !60)
!66 = !DILocalVariable(name: "self", arg: 1, scope: !67, file: !68, line: 1225, type: !9)
!67 = distinct !DISubprogram(name: "wrapping_sub", linkageName: "_ZN4core3num21_$LT$impl$u20$u64$GT$12wrapping_sub17ha1e2b5f4fdc978d7E", scope: !69, file: !68, line: 1225, type: !72, scopeLine: 1225, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !74)
!68 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/num/uint_macros.rs", directory: "", checksumkind: CSK_MD5, checksum: "60fdadbd334dce6d03de842cfe3a5c0c")
!69 = !DINamespace(name: "{impl#9}", scope: !70)
!70 = !DINamespace(name: "num", scope: !71)
!71 = !DINamespace(name: "core", scope: null)
!72 = !DISubroutineType(types: !73)
!73 = !{!9, !9, !9}
!74 = !{!66, !75}
!75 = !DILocalVariable(name: "rhs", arg: 2, scope: !67, file: !68, line: 1225, type: !9)
!76 = !DILocation(line: 1225, column: 35, scope: !67, inlinedAt: !77)
!77 = distinct !DILocation(line: 12, column: 11, scope: !60)
!78 = !DILocation(line: 1225, column: 41, scope: !67, inlinedAt: !77)
!79 = !DILocation(line: 1226, column: 13, scope: !67, inlinedAt: !77)
!80 = !DILocation(line: 12, column: 56, scope: !60)
!81 = !DILocation(line: 14, column: 2, scope: !55)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_spin(i8* %ctx) #3 section "kprobe/__x64_sys_geteuid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN4spin4PROG17h94dcd54eed01e2beE to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_spin to i8*)], section "llvm.metadata"

attributes #3 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!82}
!82 = !{!"_ZN4spin10iu_spin_fn17h307338f9f0120146E"}
