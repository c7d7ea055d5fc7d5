; ModuleID = 'oob_panic.e12dfe05f824ec92-cgu.0'
source_filename = "oob_panic.e12dfe05f824ec92-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_d7c9f3d575e8a444615b5e139a616bd2 = private unnamed_addr constant [33 x i8] c"testdata/rust/progs/oob_panic.rs\00", align 1
@alloc_d94ed7c06aa46e4d8147b0e65c014b75 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d7c9f3d575e8a444615b5e139a616bd2, [16 x i8] c" \00\00\00\00\00\00\00\11\00\00\00\05\00\00\00" }>, align 8
@alloc_865bc635bc7071aca30c13d2231223f9 = private unnamed_addr constant [12 x i8] c"iu_oob_panic", align 1
@alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 = private unnamed_addr constant [64 x i8] zeroinitializer, align 8
@_ZN9oob_panic4PROG17h05242e74cd4ba012E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8], ptr }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN9oob_panic15iu_oob_panic_fn17h5fb4925de4fef568E, ptr @alloc_865bc635bc7071aca30c13d2231223f9, [8 x i8] c"\0C\00\00\00\00\00\00\00", ptr @alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 }>, section "objtracepoint", align 8, !dbg !0
@_ZN9oob_panic5TABLE17hb15136f4a2222ac4E = internal constant [16 x i8] c"\0A\00\00\00\14\00\00\00\1E\00\00\00(\00\00\00", align 4, !dbg !48
@llvm.used = appending global [2 x ptr] [ptr @_ZN9oob_panic4PROG17h05242e74cd4ba012E, ptr @iu_oob_panic], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; oob_panic::iu_oob_panic_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN9oob_panic15iu_oob_panic_fn17h5fb4925de4fef568E(ptr align 8 %_obj, ptr align 8 %ctx) unnamed_addr #0 !dbg !61 {
start:
  %args.dbg.spill = alloca [8 x i8], align 8
  %ctx.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  %idx = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !63, !DIExpression(), !69)
  store ptr %ctx, ptr %ctx.dbg.spill, align 8
    #dbg_declare(ptr %ctx.dbg.spill, !64, !DIExpression(), !70)
    #dbg_declare(ptr %idx, !65, !DIExpression(), !71)
  %0 = load ptr, ptr %ctx, align 8, !dbg !72
  %1 = ptrtoint ptr %0 to i64, !dbg !72
  %2 = icmp eq i64 %1, 0, !dbg !72
  %_4 = select i1 %2, i64 0, i64 1, !dbg !72
  %3 = trunc nuw i64 %_4 to i1, !dbg !73
  br i1 %3, label %bb3, label %bb2, !dbg !73

bb3:                                              ; preds = %start
  %args = load ptr, ptr %ctx, align 8, !dbg !74
  store ptr %args, ptr %args.dbg.spill, align 8, !dbg !74
    #dbg_declare(ptr %args.dbg.spill, !67, !DIExpression(), !75)
  %4 = getelementptr inbounds i8, ptr %args, i64 16, !dbg !76
  %5 = getelementptr inbounds nuw i64, ptr %4, i64 0, !dbg !76
  %_6 = load i64, ptr %5, align 8, !dbg !76
  store i64 %_6, ptr %idx, align 8, !dbg !76
  br label %bb5, !dbg !77

bb2:                                              ; preds = %start
  store i64 0, ptr %idx, align 8, !dbg !78
  br label %bb5, !dbg !78

bb5:                                              ; preds = %bb3, %bb2
  %_10 = load i64, ptr %idx, align 8, !dbg !79
  %_11 = icmp ult i64 %_10, 4, !dbg !80
  br i1 %_11, label %bb6, label %panic, !dbg !80

bb6:                                              ; preds = %bb5
  %6 = getelementptr inbounds nuw i32, ptr @_ZN9oob_panic5TABLE17hb15136f4a2222ac4E, i64 %_10, !dbg !80
  %_0 = load i32, ptr %6, align 4, !dbg !80
  ret i32 %_0, !dbg !81

panic:                                            ; preds = %bb5
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_10, i64 4, ptr align 8 @alloc_d94ed7c06aa46e4d8147b0e65c014b75) #2, !dbg !80
  unreachable, !dbg !80

bb1:                                              ; No predecessors!
  unreachable, !dbg !72
}

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64, i64, ptr align 8) unnamed_addr #1

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline noreturn nounwind }

!llvm.module.flags = !{!53, !54, !55, !56}
!llvm.ident = !{!57}
!llvm.dbg.cu = !{!58}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN9oob_panic4PROG17h05242e74cd4ba012E", scope: !2, file: !3, line: 22, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "oob_panic", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/oob_panic.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ed1ac8d82ba5aa9cb1d168615fa1996c")
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
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(name: "TABLE", linkageName: "_ZN9oob_panic5TABLE17hb15136f4a2222ac4E", scope: !2, file: !3, line: 10, type: !50, isLocal: true, isDefinition: true, align: 32)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 128, align: 32, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 4, lowerBound: 0)
!53 = !{i32 8, !"PIC Level", i32 2}
!54 = !{i32 2, !"RtLibUseGOT", i32 1}
!55 = !{i32 7, !"Dwarf Version", i32 4}
!56 = !{i32 2, !"Debug Info Version", i32 3}
!57 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!58 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !59, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !60, splitDebugInlining: false, nameTableKind: None)
!59 = !DIFile(filename: "testdata/rust/progs/oob_panic.rs/@/oob_panic.e12dfe05f824ec92-cgu.0", directory: ".")
!60 = !{!0, !48}
!61 = distinct !DISubprogram(name: "iu_oob_panic_fn", linkageName: "_ZN9oob_panic15iu_oob_panic_fn17h5fb4925de4fef568E", scope: !2, file: !3, line: 12, type: !12, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !58, templateParams: !23, retainedNodes: !62)
!62 = !{!63, !64, !65, !67}
!63 = !DILocalVariable(name: "_obj", arg: 1, scope: !61, file: !3, line: 12, type: !15)
!64 = !DILocalVariable(name: "ctx", arg: 2, scope: !61, file: !3, line: 12, type: !16)
!65 = !DILocalVariable(name: "idx", scope: !66, file: !3, line: 13, type: !46, align: 64)
!66 = distinct !DILexicalBlock(scope: !61, file: !3, line: 13, column: 5)
!67 = !DILocalVariable(name: "args", scope: !68, file: !3, line: 14, type: !28, align: 64)
!68 = distinct !DILexicalBlock(scope: !61, file: !3, line: 14, column: 9)
!69 = !DILocation(line: 12, column: 20, scope: !61)
!70 = !DILocation(line: 12, column: 39, scope: !61)
!71 = !DILocation(line: 13, column: 9, scope: !66)
!72 = !DILocation(line: 13, column: 21, scope: !61)
!73 = !DILocation(line: 13, column: 15, scope: !61)
!74 = !DILocation(line: 14, column: 26, scope: !61)
!75 = !DILocation(line: 14, column: 26, scope: !68)
!76 = !DILocation(line: 14, column: 35, scope: !68)
!77 = !DILocation(line: 14, column: 55, scope: !61)
!78 = !DILocation(line: 15, column: 25, scope: !61)
!79 = !DILocation(line: 17, column: 11, scope: !66)
!80 = !DILocation(line: 17, column: 5, scope: !66)
!81 = !DILocation(line: 18, column: 2, scope: !61)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_oob_panic(ptr %ctx) #3 section "tracepoint/syscalls/sys_enter_dup" {
start:
  %ret = call i32 @__iu_entry_tracepoint(ptr @_ZN9oob_panic4PROG17h05242e74cd4ba012E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_tracepoint(ptr, ptr)

attributes #3 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!82}
!82 = !{!"_ZN9oob_panic15iu_oob_panic_fn17h5fb4925de4fef568E"}
