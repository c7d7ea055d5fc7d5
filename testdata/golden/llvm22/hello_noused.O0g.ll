; ModuleID = 'hello_noused.51cdc5eaf75eacb7-cgu.0'
source_filename = "hello_noused.51cdc5eaf75eacb7-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_998e96c09c63e0e27493e07511bf1012 = private unnamed_addr constant [28 x i8] c"Rust triggered from PID %u.\0A", align 1
@alloc_5bca47b9994d8d6ebe0f3d5b20170ac9 = private unnamed_addr constant [15 x i8] c"iu_hello_noused", align 1
@_ZN12hello_noused4PROG17h383b398e5b4eee12E = internal constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN12hello_noused18iu_hello_noused_fn17h822f99998b48c100E, ptr @alloc_5bca47b9994d8d6ebe0f3d5b20170ac9, [16 x i8] c"\0F\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "objtracepoint", align 8, !dbg !0
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; hello_noused::iu_hello_noused_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN12hello_noused18iu_hello_noused_fn17h822f99998b48c100E(ptr align 8 %obj, ptr align 8 %_ctx) unnamed_addr #0 !dbg !56 {
start:
  %pid.dbg.spill = alloca [4 x i8], align 4
  %_ctx.dbg.spill = alloca [8 x i8], align 8
  %obj.dbg.spill = alloca [8 x i8], align 8
  %task = alloca [4 x i8], align 4
  %option_task = alloca [8 x i8], align 4
  store ptr %obj, ptr %obj.dbg.spill, align 8
    #dbg_declare(ptr %obj.dbg.spill, !58, !DIExpression(), !85)
  store ptr %_ctx, ptr %_ctx.dbg.spill, align 8
    #dbg_declare(ptr %_ctx.dbg.spill, !59, !DIExpression(), !86)
    #dbg_declare(ptr %option_task, !60, !DIExpression(), !87)
    #dbg_declare(ptr %task, !81, !DIExpression(), !88)
; call iu_rt::tracepoint::bpf_get_current_task
  %0 = call { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hc66483e7574607f5E(ptr align 8 %obj) #1, !dbg !89
  %1 = extractvalue { i32, i32 } %0, 0, !dbg !89
  %2 = extractvalue { i32, i32 } %0, 1, !dbg !89
  store i32 %1, ptr %option_task, align 4, !dbg !89
  %3 = getelementptr inbounds i8, ptr %option_task, i64 4, !dbg !89
  store i32 %2, ptr %3, align 4, !dbg !89
  %4 = load i32, ptr %option_task, align 4, !dbg !90
  %5 = getelementptr inbounds i8, ptr %option_task, i64 4, !dbg !90
  %6 = load i32, ptr %5, align 4, !dbg !90
  %_4 = zext i32 %4 to i64, !dbg !90
  %7 = trunc nuw i64 %_4 to i1, !dbg !91
  br i1 %7, label %bb2, label %bb4, !dbg !91

bb2:                                              ; preds = %start
  %8 = getelementptr inbounds i8, ptr %option_task, i64 4, !dbg !88
  %9 = load i32, ptr %8, align 4, !dbg !88
  store i32 %9, ptr %task, align 4, !dbg !88
; call iu_rt::task_struct::get_pid
  %pid = call i32 @_ZN5iu_rt11task_struct7get_pid17h6dc48687bb650bb8E(ptr align 4 %task) #1, !dbg !92
  store i32 %pid, ptr %pid.dbg.spill, align 4, !dbg !92
    #dbg_declare(ptr %pid.dbg.spill, !83, !DIExpression(), !93)
  %_10 = sext i32 %pid to i64, !dbg !94
; call iu_rt::tracepoint::bpf_trace_printk
  %_8 = call i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17hf5b1358b508ff4dfE(ptr align 8 %obj, ptr align 1 @alloc_998e96c09c63e0e27493e07511bf1012, i64 28, i64 %_10) #1, !dbg !95
  br label %bb4, !dbg !95

bb4:                                              ; preds = %bb2, %start
  ret i32 0, !dbg !96

bb5:                                              ; No predecessors!
  unreachable, !dbg !97
}

; iu_rt::tracepoint::bpf_get_current_task
; Function Attrs: nounwind nonlazybind uwtable
declare { i32, i32 } @_ZN5iu_rt10tracepoint20bpf_get_current_task17hc66483e7574607f5E(ptr align 8) unnamed_addr #0

; iu_rt::task_struct::get_pid
; Function Attrs: nounwind nonlazybind uwtable
declare i32 @_ZN5iu_rt11task_struct7get_pid17h6dc48687bb650bb8E(ptr align 4) unnamed_addr #0

; iu_rt::tracepoint::bpf_trace_printk
; Function Attrs: nounwind nonlazybind uwtable
declare i32 @_ZN5iu_rt10tracepoint16bpf_trace_printk17hf5b1358b508ff4dfE(ptr align 8, ptr align 1, i64, i64) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!48, !49, !50, !51}
!llvm.ident = !{!52}
!llvm.dbg.cu = !{!53}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN12hello_noused4PROG17h383b398e5b4eee12E", scope: !2, file: !3, line: 22, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "hello_noused", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/hello_noused.rs", directory: ".", checksumkind: CSK_MD5, checksum: "e2ec5a307f32f267230c4fed5900d66b")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "tracepoint", scope: !6, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !7, templateParams: !23, identifier: "cf301b4548888923265c52b6b0abd7d2")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !39, !47}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::tracepoint, &iu_rt::tp_ctx) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tracepoint", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tp_ctx", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "tp_ctx", scope: !6, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !18, templateParams: !23, identifier: "421084e23553b034b9182c22f6554aff")
!18 = !{!19}
!19 = !DICompositeType(tag: DW_TAG_variant_part, scope: !17, file: !5, size: 64, align: 64, elements: !20, templateParams: !23, identifier: "d0c63205ae438424a91bcee08ce79d1", discriminator: !38)
!20 = !{!21, !24}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "Void", scope: !19, file: !5, baseType: !22, size: 64, align: 64, extraData: i64 0)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "Void", scope: !17, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !23, identifier: "8d00952c572c1fd857a2f79c3bc38cb0")
!23 = !{}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "SysEnter", scope: !19, file: !5, baseType: !25, size: 64, align: 64)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "SysEnter", scope: !17, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !26, templateParams: !23, identifier: "f28a03afcad9250fc04fdb1ae6deead9")
!26 = !{!27}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !25, file: !5, baseType: !28, size: 64, align: 64, flags: DIFlagPublic)
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sys_enter_args", baseType: !29, size: 64, align: 64, dwarfAddressSpace: 0)
!29 = !DICompositeType(tag: DW_TAG_structure_type, name: "sys_enter_args", scope: !6, file: !5, size: 512, align: 64, flags: DIFlagPublic, elements: !30, templateParams: !23, identifier: "a3132fc8c1e8113d7bfc8d2eab6bc84c")
!30 = !{!31, !32, !34}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "common", scope: !29, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !29, file: !5, baseType: !33, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!33 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !29, file: !5, baseType: !35, size: 384, align: 64, offset: 128, flags: DIFlagPublic)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 6, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, scope: !17, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !40, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !41, templateParams: !23, identifier: "9277eecd40495f85161460476aacc992")
!41 = !{!42, !45}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !40, file: !5, baseType: !43, size: 64, align: 64)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !40, file: !5, baseType: !46, size: 64, align: 64, offset: 64)
!46 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "tp_type", scope: !4, file: !5, baseType: !17, size: 64, align: 64, offset: 256, flags: DIFlagPrivate)
!48 = !{i32 8, !"PIC Level", i32 2}
!49 = !{i32 2, !"RtLibUseGOT", i32 1}
!50 = !{i32 7, !"Dwarf Version", i32 4}
!51 = !{i32 2, !"Debug Info Version", i32 3}
!52 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!53 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !54, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !55, splitDebugInlining: false, nameTableKind: None)
!54 = !DIFile(filename: "testdata/rust/progs/hello_noused.rs/@/hello_noused.51cdc5eaf75eacb7-cgu.0", directory: ".")
!55 = !{!0}
!56 = distinct !DISubprogram(name: "iu_hello_noused_fn", linkageName: "_ZN12hello_noused18iu_hello_noused_fn17h822f99998b48c100E", scope: !2, file: !3, line: 12, type: !12, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !53, templateParams: !23, retainedNodes: !57)
!57 = !{!58, !59, !60, !81, !83}
!58 = !DILocalVariable(name: "obj", arg: 1, scope: !56, file: !3, line: 12, type: !15)
!59 = !DILocalVariable(name: "_ctx", arg: 2, scope: !56, file: !3, line: 12, type: !16)
!60 = !DILocalVariable(name: "option_task", scope: !61, file: !3, line: 13, type: !62, align: 32)
!61 = distinct !DILexicalBlock(scope: !56, file: !3, line: 13, column: 5)
!62 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<iu_rt::task_struct>", scope: !63, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !65, templateParams: !23, identifier: "7a5b42f1e4aa52265171ebc05b04ee")
!63 = !DINamespace(name: "option", scope: !64)
!64 = !DINamespace(name: "core", scope: null)
!65 = !{!66}
!66 = !DICompositeType(tag: DW_TAG_variant_part, scope: !62, file: !5, size: 64, align: 32, elements: !67, templateParams: !23, identifier: "89f3369eb4bfb1889338d4fe95e29986", discriminator: !80)
!67 = !{!68, !76}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !66, file: !5, baseType: !69, size: 64, align: 32, extraData: i32 0)
!69 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !62, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !23, templateParams: !70, identifier: "e65c750b5661f0f836c021a9522b4768")
!70 = !{!71}
!71 = !DITemplateTypeParameter(name: "T", type: !72)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !6, file: !5, size: 32, align: 32, flags: DIFlagPublic, elements: !73, templateParams: !23, identifier: "3bc66a0dabcfb0ca415471d2e44c671")
!73 = !{!74}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !72, file: !5, baseType: !75, size: 32, align: 32, flags: DIFlagPrivate)
!75 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !66, file: !5, baseType: !77, size: 64, align: 32, extraData: i32 1)
!77 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !62, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !78, templateParams: !70, identifier: "129fa22bacc79c1f7c61401f47af9cbe")
!78 = !{!79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !77, file: !5, baseType: !72, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!80 = !DIDerivedType(tag: DW_TAG_member, scope: !62, file: !5, baseType: !14, size: 32, align: 32, flags: DIFlagArtificial)
!81 = !DILocalVariable(name: "task", scope: !82, file: !3, line: 14, type: !72, align: 32)
!82 = distinct !DILexicalBlock(scope: !61, file: !3, line: 14, column: 37)
!83 = !DILocalVariable(name: "pid", scope: !84, file: !3, line: 15, type: !75, align: 32)
!84 = distinct !DILexicalBlock(scope: !82, file: !3, line: 15, column: 9)
!85 = !DILocation(line: 12, column: 23, scope: !56)
!86 = !DILocation(line: 12, column: 41, scope: !56)
!87 = !DILocation(line: 13, column: 9, scope: !61)
!88 = !DILocation(line: 14, column: 17, scope: !82)
!89 = !DILocation(line: 13, column: 27, scope: !56)
!90 = !DILocation(line: 14, column: 25, scope: !82)
!91 = !DILocation(line: 14, column: 12, scope: !82)
!92 = !DILocation(line: 15, column: 24, scope: !82)
!93 = !DILocation(line: 15, column: 13, scope: !84)
!94 = !DILocation(line: 16, column: 59, scope: !84)
!95 = !DILocation(line: 16, column: 9, scope: !84)
!96 = !DILocation(line: 19, column: 2, scope: !56)
!97 = !DILocation(line: 12, column: 1, scope: !56)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_hello_noused(ptr %ctx) #2 section "tp/syscalls/sys_enter_dup" {
start:
  %ret = call i32 @__iu_entry_tracepoint(ptr @_ZN12hello_noused4PROG17h383b398e5b4eee12E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_tracepoint(ptr, ptr)

@llvm.used = appending global [1 x ptr] [ptr @iu_hello_noused], section "llvm.metadata"

attributes #2 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!98}
!98 = !{!"_ZN12hello_noused18iu_hello_noused_fn17h822f99998b48c100E"}
