; ModuleID = 'oob_panic.8d1d79c0-cgu.0'
source_filename = "oob_panic.8d1d79c0-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::tracepoint" = type { i64, i32 (%"iu_rt::tracepoint"*, i64**)*, { [0 x i8]*, i64 }, i64* }
%"iu_rt::sys_enter_args" = type { i64, i64, [6 x i64] }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }

@_ZN9oob_panic5TABLE17hfe61b23d2b4f250fE = internal constant <{ [16 x i8] }> <{ [16 x i8] c"\0A\00\00\00\14\00\00\00\1E\00\00\00(\00\00\00" }>, align 4, !dbg !0
@alloc17 = private unnamed_addr constant <{ [32 x i8] }> <{ [32 x i8] c"testdata/rust/progs/oob_panic.rs" }>, align 1
@alloc18 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [32 x i8] }>, <{ [32 x i8] }>* @alloc17, i32 0, i32 0, i32 0), [16 x i8] c" \00\00\00\00\00\00\00\11\00\00\00\05\00\00\00" }>, align 8
@alloc11 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_oob_panic" }>, align 1
@alloc8 = private unnamed_addr constant <{ [64 x i8] }> zeroinitializer, align 8
@_ZN9oob_panic4PROG17h1914b51836296716E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8], i8* }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN9oob_panic15iu_oob_panic_fn17h88f42c3ece38f572E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc11, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00", i8* getelementptr inbounds (<{ [64 x i8] }>, <{ [64 x i8] }>* @alloc8, i32 0, i32 0, i32 0) }>, section "objtracepoint", align 8, !dbg !8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8], i8* }>, <{ [8 x i8], i8*, i8*, [8 x i8], i8* }>* @_ZN9oob_panic4PROG17h1914b51836296716E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; oob_panic::iu_oob_panic_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN9oob_panic15iu_oob_panic_fn17h88f42c3ece38f572E(%"iu_rt::tracepoint"* align 8 %_obj, i64** align 8 %ctx) unnamed_addr #0 !dbg !59 {
start:
  %args.dbg.spill = alloca %"iu_rt::sys_enter_args"*, align 8
  %ctx.dbg.spill = alloca i64**, align 8
  %_obj.dbg.spill = alloca %"iu_rt::tracepoint"*, align 8
  %idx = alloca i64, align 8
  store %"iu_rt::tracepoint"* %_obj, %"iu_rt::tracepoint"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::tracepoint"** %_obj.dbg.spill, metadata !61, metadata !DIExpression()), !dbg !67
  store i64** %ctx, i64*** %ctx.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64*** %ctx.dbg.spill, metadata !62, metadata !DIExpression()), !dbg !68
  call void @llvm.dbg.declare(metadata i64* %idx, metadata !63, metadata !DIExpression()), !dbg !69
  %0 = bitcast i64** %ctx to {}**, !dbg !70
  %1 = load {}*, {}** %0, align 8, !dbg !70
  %2 = icmp eq {}* %1, null, !dbg !70
  %_4 = select i1 %2, i64 0, i64 1, !dbg !70
  switch i64 %_4, label %bb2 [
    i64 0, label %bb1
    i64 1, label %bb3
  ], !dbg !71

bb2:                                              ; preds = %start
  unreachable, !dbg !70

bb1:                                              ; preds = %start
  store i64 0, i64* %idx, align 8, !dbg !72
  br label %bb4, !dbg !72

bb3:                                              ; preds = %start
  %3 = bitcast i64** %ctx to %"iu_rt::sys_enter_args"**, !dbg !73
  %args = load %"iu_rt::sys_enter_args"*, %"iu_rt::sys_enter_args"** %3, align 8, !dbg !73, !nonnull !28, !align !74, !noundef !28
  store %"iu_rt::sys_enter_args"* %args, %"iu_rt::sys_enter_args"** %args.dbg.spill, align 8, !dbg !73
  call void @llvm.dbg.declare(metadata %"iu_rt::sys_enter_args"** %args.dbg.spill, metadata !65, metadata !DIExpression()), !dbg !75
  %4 = getelementptr inbounds %"iu_rt::sys_enter_args", %"iu_rt::sys_enter_args"* %args, i32 0, i32 2, !dbg !76
  %5 = getelementptr inbounds [6 x i64], [6 x i64]* %4, i64 0, i64 0, !dbg !76
  %_6 = load i64, i64* %5, align 8, !dbg !76
  store i64 %_6, i64* %idx, align 8, !dbg !76
  br label %bb4, !dbg !77

bb4:                                              ; preds = %bb1, %bb3
  %_9 = load i64, i64* %idx, align 8, !dbg !78
  %_11 = icmp ult i64 %_9, 4, !dbg !79
  %6 = call i1 @llvm.expect.i1(i1 %_11, i1 true), !dbg !79
  br i1 %6, label %bb5, label %panic, !dbg !79

bb5:                                              ; preds = %bb4
  %7 = getelementptr inbounds [4 x i32], [4 x i32]* bitcast (<{ [16 x i8] }>* @_ZN9oob_panic5TABLE17hfe61b23d2b4f250fE to [4 x i32]*), i64 0, i64 %_9, !dbg !79
  %8 = load i32, i32* %7, align 4, !dbg !79
  ret i32 %8, !dbg !80

panic:                                            ; preds = %bb4
; call core::panicking::panic_bounds_check
  call void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64 %_9, i64 4, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc18 to %"core::panic::location::Location"*)) #4, !dbg !79
  unreachable, !dbg !79
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #2

; core::panicking::panic_bounds_check
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64, i64, %"core::panic::location::Location"* align 8) unnamed_addr #3

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone willreturn }
attributes #3 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #4 = { noreturn nounwind }

!llvm.module.flags = !{!53, !54, !55}
!llvm.dbg.cu = !{!56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "TABLE", linkageName: "_ZN9oob_panic5TABLE17hfe61b23d2b4f250fE", scope: !2, file: !3, line: 10, type: !4, isLocal: true, isDefinition: true, align: 32)
!2 = !DINamespace(name: "oob_panic", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/oob_panic.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ed1ac8d82ba5aa9cb1d168615fa1996c")
!4 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 128, align: 32, elements: !6)
!5 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!6 = !{!7}
!7 = !DISubrange(count: 4, lowerBound: 0)
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN9oob_panic4PROG17h1914b51836296716E", scope: !2, file: !3, line: 22, type: !10, isLocal: true, isDefinition: true, align: 64)
!10 = !DICompositeType(tag: DW_TAG_structure_type, name: "tracepoint", scope: !12, file: !11, size: 320, align: 64, elements: !13, templateParams: !28, identifier: "be2c27dca34cc18ab71ee544ebede3a")
!11 = !DIFile(filename: "<unknown>", directory: "")
!12 = !DINamespace(name: "iu_rt", scope: null)
!13 = !{!14, !16, !44, !52}
!14 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !10, file: !11, baseType: !15, size: 64, align: 64)
!15 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!16 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !10, file: !11, baseType: !17, size: 64, align: 64, offset: 64)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::tracepoint, &iu_rt::tp_ctx) -> u32", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!18 = !DISubroutineType(types: !19)
!19 = !{!5, !20, !21}
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tracepoint", baseType: !10, size: 64, align: 64, dwarfAddressSpace: 0)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tp_ctx", baseType: !22, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "tp_ctx", scope: !12, file: !11, size: 64, align: 64, elements: !23, templateParams: !28, identifier: "6ccc65a5a65b1881f5befa2b8a8bd2fa")
!23 = !{!24}
!24 = !DICompositeType(tag: DW_TAG_variant_part, scope: !22, file: !11, size: 64, align: 64, elements: !25, templateParams: !28, identifier: "936953f4849d529131f4ec0a34cde8cb", discriminator: !43)
!25 = !{!26, !29}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "Void", scope: !24, file: !11, baseType: !27, size: 64, align: 64, extraData: i64 0)
!27 = !DICompositeType(tag: DW_TAG_structure_type, name: "Void", scope: !22, file: !11, size: 64, align: 64, elements: !28, identifier: "2e1ea44d66e6e76365d369b4ecea387e")
!28 = !{}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "SysEnter", scope: !24, file: !11, baseType: !30, size: 64, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, name: "SysEnter", scope: !22, file: !11, size: 64, align: 64, elements: !31, templateParams: !28, identifier: "1e28cbd5d3bee03dc3aefd0e07fc065e")
!31 = !{!32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !30, file: !11, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sys_enter_args", baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_structure_type, name: "sys_enter_args", scope: !12, file: !11, size: 512, align: 64, elements: !35, templateParams: !28, identifier: "dc20b1285d2537f999ac7e5150f036be")
!35 = !{!36, !37, !39}
!36 = !DIDerivedType(tag: DW_TAG_member, name: "common", scope: !34, file: !11, baseType: !15, size: 64, align: 64)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !34, file: !11, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !34, file: !11, baseType: !40, size: 384, align: 64, offset: 128)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !15, size: 384, align: 64, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 6, lowerBound: 0)
!43 = !DIDerivedType(tag: DW_TAG_member, scope: !22, file: !11, baseType: !15, size: 64, align: 64, flags: DIFlagArtificial)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !10, file: !11, baseType: !45, size: 128, align: 64, offset: 128)
!45 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !11, size: 128, align: 64, elements: !46, templateParams: !28, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!46 = !{!47, !50}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !45, file: !11, baseType: !48, size: 64, align: 64)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !45, file: !11, baseType: !51, size: 64, align: 64, offset: 64)
!51 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "tp_type", scope: !10, file: !11, baseType: !22, size: 64, align: 64, offset: 256)
!53 = !{i32 7, !"PIC Level", i32 2}
!54 = !{i32 2, !"RtLibUseGOT", i32 1}
!55 = !{i32 2, !"Debug Info Version", i32 3}
!56 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !57, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !58)
!57 = !DIFile(filename: "testdata/rust/progs/oob_panic.rs/@/oob_panic.8d1d79c0-cgu.0", directory: ".")
!58 = !{!0, !8}
!59 = distinct !DISubprogram(name: "iu_oob_panic_fn", linkageName: "_ZN9oob_panic15iu_oob_panic_fn17h88f42c3ece38f572E", scope: !2, file: !3, line: 12, type: !18, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !56, templateParams: !28, retainedNodes: !60)
!60 = !{!61, !62, !63, !65}
!61 = !DILocalVariable(name: "_obj", arg: 1, scope: !59, file: !3, line: 12, type: !20)
!62 = !DILocalVariable(name: "ctx", arg: 2, scope: !59, file: !3, line: 12, type: !21)
!63 = !DILocalVariable(name: "idx", scope: !64, file: !3, line: 13, type: !51, align: 8)
!64 = distinct !DILexicalBlock(scope: !59, file: !3, line: 13, column: 5)
!65 = !DILocalVariable(name: "args", scope: !66, file: !3, line: 14, type: !33, align: 8)
!66 = distinct !DILexicalBlock(scope: !59, file: !3, line: 14, column: 9)
!67 = !DILocation(line: 12, column: 20, scope: !59)
!68 = !DILocation(line: 12, column: 39, scope: !59)
!69 = !DILocation(line: 13, column: 9, scope: !64)
!70 = !DILocation(line: 13, column: 21, scope: !59)
!71 = !DILocation(line: 13, column: 15, scope: !59)
!72 = !DILocation(line: 15, column: 25, scope: !59)
!73 = !DILocation(line: 14, column: 26, scope: !59)
!74 = !{i64 8}
!75 = !DILocation(line: 14, column: 26, scope: !66)
!76 = !DILocation(line: 14, column: 35, scope: !66)
!77 = !DILocation(line: 14, column: 55, scope: !59)
!78 = !DILocation(line: 17, column: 11, scope: !64)
!79 = !DILocation(line: 17, column: 5, scope: !64)
!80 = !DILocation(line: 18, column: 2, scope: !59)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_oob_panic(i8* %ctx) #5 section "tracepoint/syscalls/sys_enter_dup" {
start:
  %ret = call i32 @__iu_entry_tracepoint(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8], i8* }>* @_ZN9oob_panic4PROG17h1914b51836296716E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_tracepoint(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_oob_panic to i8*)], section "llvm.metadata"

attributes #5 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!81}
!81 = !{!"_ZN9oob_panic15iu_oob_panic_fn17h88f42c3ece38f572E"}
