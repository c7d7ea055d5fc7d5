; ModuleID = 'cleanup.271d491e39c9a82d-cgu.0'
source_filename = "cleanup.271d491e39c9a82d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::fmt::rt::Argument<'_>" = type { %"core::fmt::rt::ArgumentType<'_>" }
%"core::fmt::rt::ArgumentType<'_>" = type { ptr, [1 x i64] }

@alloc_34ac2392aae86a52a2a0e8934ba9316d = private unnamed_addr constant [34 x i8] c"\1Dcleanup test panic (resource \C0\01)\00", align 1
@alloc_fd80159ea9019c1691e862b3cdc545a6 = private unnamed_addr constant [31 x i8] c"testdata/rust/progs/cleanup.rs\00", align 1
@alloc_955fe06079e030ac41e92d39e8b97753 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_fd80159ea9019c1691e862b3cdc545a6, [16 x i8] c"\1E\00\00\00\00\00\00\00\0E\00\00\00\09\00\00\00" }>, align 8
@alloc_8bf35b3fa1d3524fc88160dfc8328082 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_fd80159ea9019c1691e862b3cdc545a6, [16 x i8] c"\1E\00\00\00\00\00\00\00\15\00\00\00\05\00\00\00" }>, align 8
@alloc_054f78774d900126af55f6cca8c0de0b = private unnamed_addr constant [10 x i8] c"iu_cleanup", align 1
@_ZN7cleanup4PROG17hd5504e4b014074f1E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN7cleanup13iu_cleanup_fn17h927060cce65530eeE, ptr @alloc_054f78774d900126af55f6cca8c0de0b, [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@llvm.used = appending global [2 x ptr] [ptr @_ZN7cleanup4PROG17hd5504e4b014074f1E, ptr @iu_cleanup], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::fmt::rt::Argument::new_display
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3fmt2rt8Argument11new_display17ha9de2cce2e9299bdE(ptr sret([16 x i8]) align 8 %_0, ptr align 8 %x) unnamed_addr #0 !dbg !57 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  store ptr %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !142, !DIExpression(), !143)
    #dbg_declare(ptr %x.dbg.spill, !144, !DIExpression(), !155)
  store ptr %x, ptr %_2, align 8, !dbg !157
  %0 = getelementptr inbounds i8, ptr %_2, i64 8, !dbg !157
  store ptr @_RNvXsd_NtNtNtCsgEmfK2I1SDS_4core3fmt3num3impyNtB9_7Display3fmt, ptr %0, align 8, !dbg !157
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_2, i64 16, i1 false), !dbg !158
  ret void, !dbg !159
}

; core::fmt::Arguments::new
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { ptr, ptr } @_ZN4core3fmt9Arguments3new17h5b071eef768fa217E(ptr align 1 %template, ptr align 8 %args) unnamed_addr #0 !dbg !160 {
start:
  %args.dbg.spill = alloca [8 x i8], align 8
  %template.dbg.spill = alloca [8 x i8], align 8
  store ptr %template, ptr %template.dbg.spill, align 8
    #dbg_declare(ptr %template.dbg.spill, !190, !DIExpression(), !192)
  store ptr %args, ptr %args.dbg.spill, align 8
    #dbg_declare(ptr %args.dbg.spill, !191, !DIExpression(), !193)
  %0 = insertvalue { ptr, ptr } poison, ptr %template, 0, !dbg !194
  %1 = insertvalue { ptr, ptr } %0, ptr %args, 1, !dbg !194
  ret { ptr, ptr } %1, !dbg !194
}

; core::ptr::drop_in_place<iu_rt::Resource>
; Function Attrs: nounwind nonlazybind uwtable
define internal void @"_ZN4core3ptr36drop_in_place$LT$iu_rt..Resource$GT$17h2736297365149a3cE"(ptr align 8 %_1) unnamed_addr #1 !dbg !195 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !206, !DIExpression(), !209)
; call <iu_rt::Resource as core::ops::drop::Drop>::drop
  call void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17h369deb28c54b078aE"(ptr align 8 %_1) #5, !dbg !209
  ret void, !dbg !209
}

; cleanup::maybe_panic
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal void @_ZN7cleanup11maybe_panic17h97c5638e1a128542E(i64 %flag, ptr align 8 %res) unnamed_addr #2 !dbg !210 {
start:
  %args.dbg.spill = alloca [8 x i8], align 8
  %res.dbg.spill = alloca [8 x i8], align 8
  %flag.dbg.spill = alloca [8 x i8], align 8
  %_10 = alloca [16 x i8], align 8
  %args = alloca [16 x i8], align 8
  %_8 = alloca [8 x i8], align 8
  store i64 %flag, ptr %flag.dbg.spill, align 8
    #dbg_declare(ptr %flag.dbg.spill, !215, !DIExpression(), !227)
  store ptr %res, ptr %res.dbg.spill, align 8
    #dbg_declare(ptr %res.dbg.spill, !216, !DIExpression(), !228)
    #dbg_declare(ptr %args, !224, !DIExpression(), !229)
  %_3 = icmp ne i64 %flag, 0, !dbg !230
  br i1 %_3, label %bb1, label %bb5, !dbg !230

bb5:                                              ; preds = %start
  ret void, !dbg !231

bb1:                                              ; preds = %start
; call iu_rt::Resource::id
  %0 = call i64 @_ZN5iu_rt8Resource2id17he2df57e1a3f931f3E(ptr align 8 %res) #5, !dbg !232
  store i64 %0, ptr %_8, align 8, !dbg !232
  store ptr %_8, ptr %args.dbg.spill, align 8, !dbg !233
    #dbg_declare(ptr %args.dbg.spill, !217, !DIExpression(), !234)
; call core::fmt::rt::Argument::new_display
  call void @_ZN4core3fmt2rt8Argument11new_display17ha9de2cce2e9299bdE(ptr sret([16 x i8]) align 8 %_10, ptr align 8 %_8) #6, !dbg !234
  %1 = getelementptr inbounds nuw %"core::fmt::rt::Argument<'_>", ptr %args, i64 0, !dbg !234
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %1, ptr align 8 %_10, i64 16, i1 false), !dbg !234
; call core::fmt::Arguments::new
  %2 = call { ptr, ptr } @_ZN4core3fmt9Arguments3new17h5b071eef768fa217E(ptr align 1 @alloc_34ac2392aae86a52a2a0e8934ba9316d, ptr align 8 %args) #6, !dbg !229
  %_5.0 = extractvalue { ptr, ptr } %2, 0, !dbg !229
  %_5.1 = extractvalue { ptr, ptr } %2, 1, !dbg !229
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr %_5.0, ptr %_5.1, ptr align 8 @alloc_955fe06079e030ac41e92d39e8b97753) #7, !dbg !233
  unreachable, !dbg !233
}

; cleanup::iu_cleanup_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN7cleanup13iu_cleanup_fn17h927060cce65530eeE(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #1 !dbg !235 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  %res = alloca [16 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !237, !DIExpression(), !241)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !238, !DIExpression(), !242)
    #dbg_declare(ptr %res, !239, !DIExpression(), !243)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !244
  %_4 = load i64, ptr %0, align 8, !dbg !244
; call iu_rt::Resource::new
  %1 = call { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64 %_4) #5, !dbg !245
  %2 = extractvalue { i64, i32 } %1, 0, !dbg !245
  %3 = extractvalue { i64, i32 } %1, 1, !dbg !245
  store i64 %2, ptr %res, align 8, !dbg !245
  %4 = getelementptr inbounds i8, ptr %res, i64 8, !dbg !245
  store i32 %3, ptr %4, align 8, !dbg !245
  %5 = getelementptr inbounds i8, ptr %regs, i64 104, !dbg !246
  %_6 = load i64, ptr %5, align 8, !dbg !246
; call cleanup::maybe_panic
  call void @_ZN7cleanup11maybe_panic17h97c5638e1a128542E(i64 %_6, ptr align 8 %res) #8, !dbg !247
; call iu_rt::Resource::id
  %_9 = call i64 @_ZN5iu_rt8Resource2id17he2df57e1a3f931f3E(ptr align 8 %res) #5, !dbg !248
  %_8 = trunc i64 %_9 to i32, !dbg !249
  %_11.0 = add i32 24589, %_8, !dbg !250
  %_11.1 = icmp ult i32 %_11.0, 24589, !dbg !250
  br i1 %_11.1, label %panic, label %bb4, !dbg !250

bb4:                                              ; preds = %start
; call core::ptr::drop_in_place<iu_rt::Resource>
  call void @"_ZN4core3ptr36drop_in_place$LT$iu_rt..Resource$GT$17h2736297365149a3cE"(ptr align 8 %res) #5, !dbg !251
  ret i32 %_11.0, !dbg !252

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_8bf35b3fa1d3524fc88160dfc8328082) #7, !dbg !250
  unreachable, !dbg !250
}

; <u64 as core::fmt::Display>::fmt
; Function Attrs: nounwind nonlazybind uwtable
declare zeroext i1 @_RNvXsd_NtNtNtCsgEmfK2I1SDS_4core3fmt3num3impyNtB9_7Display3fmt(ptr align 8, ptr align 8) unnamed_addr #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; <iu_rt::Resource as core::ops::drop::Drop>::drop
; Function Attrs: nounwind nonlazybind uwtable
declare void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17h369deb28c54b078aE"(ptr align 8) unnamed_addr #1

; iu_rt::Resource::id
; Function Attrs: nounwind nonlazybind uwtable
declare i64 @_ZN5iu_rt8Resource2id17he2df57e1a3f931f3E(ptr align 8) unnamed_addr #1

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #4

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind uwtable
declare { i64, i32 } @_ZN5iu_rt8Resource3new17hedaef555b54c4125E(i64) unnamed_addr #1

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4

attributes #0 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind }
attributes #6 = { inlinehint nounwind }
attributes #7 = { noinline noreturn nounwind }
attributes #8 = { noinline nounwind }

!llvm.module.flags = !{!49, !50, !51, !52}
!llvm.ident = !{!53}
!llvm.dbg.cu = !{!54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN7cleanup4PROG17hd5504e4b014074f1E", scope: !2, file: !3, line: 26, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "cleanup", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/cleanup.rs", directory: ".", checksumkind: CSK_MD5, checksum: "a06b1287cb4f8316b946ce4c2ea3df1c")
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
!55 = !DIFile(filename: "testdata/rust/progs/cleanup.rs/@/cleanup.271d491e39c9a82d-cgu.0", directory: ".")
!56 = !{!0}
!57 = distinct !DISubprogram(name: "new_display<u64>", linkageName: "_ZN4core3fmt2rt8Argument11new_display17ha9de2cce2e9299bdE", scope: !59, file: !58, line: 89, type: !135, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !139, declaration: !138, retainedNodes: !141)
!58 = !DIFile(filename: "library/core/src/fmt/rt.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f03333f1e0f72e96e1911387c755e384")
!59 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !60, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !63, templateParams: !40, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!60 = !DINamespace(name: "rt", scope: !61)
!61 = !DINamespace(name: "fmt", scope: !62)
!62 = !DINamespace(name: "core", scope: null)
!63 = !{!64}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !59, file: !5, baseType: !65, size: 128, align: 64, flags: DIFlagPrivate)
!65 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !60, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !66, templateParams: !40, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!66 = !{!67}
!67 = !DICompositeType(tag: DW_TAG_variant_part, scope: !65, file: !5, size: 128, align: 64, elements: !68, templateParams: !40, identifier: "fbd384083752b747f8b252853b979154", discriminator: !134)
!68 = !{!69, !130}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !67, file: !5, baseType: !70, size: 128, align: 64)
!70 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !65, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !71, templateParams: !40, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!71 = !{!72, !82, !124}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !70, file: !5, baseType: !73, size: 64, align: 64, flags: DIFlagPrivate)
!73 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !74, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !76, templateParams: !80, identifier: "f4e496144210c619b96aa08326287b92")
!74 = !DINamespace(name: "non_null", scope: !75)
!75 = !DINamespace(name: "ptr", scope: !62)
!76 = !{!77}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !73, file: !5, baseType: !78, size: 64, align: 64, flags: DIFlagPrivate)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !79, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!80 = !{!81}
!81 = !DITemplateTypeParameter(name: "T", type: !79)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !70, file: !5, baseType: !83, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !DISubroutineType(types: !85)
!85 = !{!86, !73, !103}
!86 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !87, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !88, templateParams: !40, identifier: "1c6752419820cdc3961061cc58b31873")
!87 = !DINamespace(name: "result", scope: !62)
!88 = !{!89}
!89 = !DICompositeType(tag: DW_TAG_variant_part, scope: !86, file: !5, size: 8, align: 8, elements: !90, templateParams: !40, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !102)
!90 = !{!91, !98}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !89, file: !5, baseType: !92, size: 8, align: 8, extraData: i8 0)
!92 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !86, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !93, templateParams: !95, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!93 = !{!94}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !92, file: !5, baseType: !79, align: 8, offset: 8, flags: DIFlagPublic)
!95 = !{!81, !96}
!96 = !DITemplateTypeParameter(name: "E", type: !97)
!97 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !61, file: !5, align: 8, flags: DIFlagPublic, elements: !40, identifier: "5a24300cdda31093f5fe20c939b4885")
!98 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !89, file: !5, baseType: !99, size: 8, align: 8, extraData: i8 1)
!99 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !86, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !100, templateParams: !95, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!100 = !{!101}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !99, file: !5, baseType: !97, align: 8, offset: 8, flags: DIFlagPublic)
!102 = !DIDerivedType(tag: DW_TAG_member, scope: !86, file: !5, baseType: !46, size: 8, align: 8, flags: DIFlagArtificial)
!103 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !104, size: 64, align: 64, dwarfAddressSpace: 0)
!104 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !61, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !105, templateParams: !40, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!105 = !{!106, !113}
!106 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !104, file: !5, baseType: !107, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!107 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !61, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !108, templateParams: !40, identifier: "ca2f5547247cd95c514a47d5800e09e")
!108 = !{!109, !110, !112}
!109 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !107, file: !5, baseType: !14, size: 32, align: 32, flags: DIFlagPrivate)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !107, file: !5, baseType: !111, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!111 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !107, file: !5, baseType: !111, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !104, file: !5, baseType: !114, size: 128, align: 64, flags: DIFlagPrivate)
!114 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !115, templateParams: !40, identifier: "effe97114690fc58a8e246cb04e37234")
!115 = !{!116, !119}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !114, file: !5, baseType: !117, size: 64, align: 64)
!117 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !118, size: 64, align: 64, dwarfAddressSpace: 0)
!118 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !40, identifier: "64328679825f9c73b507edbfd5b86b47")
!119 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !114, file: !5, baseType: !120, size: 64, align: 64, offset: 64)
!120 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !121, size: 64, align: 64, dwarfAddressSpace: 0)
!121 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 64, elements: !122)
!122 = !{!123}
!123 = !DISubrange(count: 6, lowerBound: 0)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !70, file: !5, baseType: !125, align: 8, offset: 128, flags: DIFlagPrivate)
!125 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !126, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !127, identifier: "efa596960370766459fc018866dc4048")
!126 = !DINamespace(name: "marker", scope: !62)
!127 = !{!128}
!128 = !DITemplateTypeParameter(name: "T", type: !129)
!129 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !79, size: 64, align: 64, dwarfAddressSpace: 0)
!130 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !67, file: !5, baseType: !131, size: 128, align: 64, extraData: i64 0)
!131 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !65, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !132, templateParams: !40, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!132 = !{!133}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !131, file: !5, baseType: !111, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!134 = !DIDerivedType(tag: DW_TAG_member, scope: !65, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!135 = !DISubroutineType(types: !136)
!136 = !{!59, !137}
!137 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!138 = !DISubprogram(name: "new_display<u64>", linkageName: "_ZN4core3fmt2rt8Argument11new_display17ha9de2cce2e9299bdE", scope: !59, file: !58, line: 89, type: !135, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !139)
!139 = !{!140}
!140 = !DITemplateTypeParameter(name: "T", type: !9)
!141 = !{!142}
!142 = !DILocalVariable(name: "x", arg: 1, scope: !57, file: !58, line: 89, type: !137)
!143 = !DILocation(line: 89, column: 42, scope: !57)
!144 = !DILocalVariable(name: "r", arg: 1, scope: !145, file: !146, line: 282, type: !137)
!145 = distinct !DISubprogram(name: "from_ref<u64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$8from_ref17h00415ae93fc84fc2E", scope: !147, file: !146, line: 282, type: !151, scopeLine: 282, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !139, declaration: !153, retainedNodes: !154)
!146 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!147 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u64>", scope: !74, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !148, templateParams: !139, identifier: "2077d7eb9b90d8beee8d543ae3ed7ee7")
!148 = !{!149}
!149 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !147, file: !5, baseType: !150, size: 64, align: 64, flags: DIFlagPrivate)
!150 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!151 = !DISubroutineType(types: !152)
!152 = !{!147, !137}
!153 = !DISubprogram(name: "from_ref<u64>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$8from_ref17h00415ae93fc84fc2E", scope: !147, file: !146, line: 282, type: !151, scopeLine: 282, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !139)
!154 = !{!144}
!155 = !DILocation(line: 282, column: 27, scope: !145, inlinedAt: !156)
!156 = !DILocation(line: 48, column: 24, scope: !57)
!157 = !DILocation(line: 47, column: 17, scope: !57)
!158 = !DILocation(line: 44, column: 9, scope: !57)
!159 = !DILocation(line: 91, column: 6, scope: !57)
!160 = distinct !DISubprogram(name: "new<34, 1>", linkageName: "_ZN4core3fmt9Arguments3new17h5b071eef768fa217E", scope: !162, file: !161, line: 729, type: !178, scopeLine: 729, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, declaration: !188, retainedNodes: !189)
!161 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!162 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !61, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !163, templateParams: !40, identifier: "e5c67bbe046da39973c72077c7f66185")
!163 = !{!164, !171}
!164 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !162, file: !5, baseType: !165, size: 64, align: 64, flags: DIFlagPrivate)
!165 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !74, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !166, templateParams: !169, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!166 = !{!167}
!167 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !165, file: !5, baseType: !168, size: 64, align: 64, flags: DIFlagPrivate)
!168 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!169 = !{!170}
!170 = !DITemplateTypeParameter(name: "T", type: !46)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !162, file: !5, baseType: !172, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!172 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !74, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !173, templateParams: !176, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!173 = !{!174}
!174 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !172, file: !5, baseType: !175, size: 64, align: 64, flags: DIFlagPrivate)
!175 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !59, size: 64, align: 64, dwarfAddressSpace: 0)
!176 = !{!177}
!177 = !DITemplateTypeParameter(name: "T", type: !59)
!178 = !DISubroutineType(types: !179)
!179 = !{!162, !180, !184}
!180 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[u8; 34]", baseType: !181, size: 64, align: 64, dwarfAddressSpace: 0)
!181 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 272, align: 8, elements: !182)
!182 = !{!183}
!183 = !DISubrange(count: 34, lowerBound: 0)
!184 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[core::fmt::rt::Argument; 1]", baseType: !185, size: 64, align: 64, dwarfAddressSpace: 0)
!185 = !DICompositeType(tag: DW_TAG_array_type, baseType: !59, size: 128, align: 64, elements: !186)
!186 = !{!187}
!187 = !DISubrange(count: 1, lowerBound: 0)
!188 = !DISubprogram(name: "new<34, 1>", linkageName: "_ZN4core3fmt9Arguments3new17h5b071eef768fa217E", scope: !162, file: !161, line: 729, type: !178, scopeLine: 729, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !40)
!189 = !{!190, !191}
!190 = !DILocalVariable(name: "template", arg: 1, scope: !160, file: !161, line: 730, type: !180)
!191 = !DILocalVariable(name: "args", arg: 2, scope: !160, file: !161, line: 731, type: !184)
!192 = !DILocation(line: 730, column: 9, scope: !160)
!193 = !DILocation(line: 731, column: 9, scope: !160)
!194 = !DILocation(line: 735, column: 6, scope: !160)
!195 = distinct !DISubprogram(name: "drop_in_place<iu_rt::Resource>", linkageName: "_ZN4core3ptr36drop_in_place$LT$iu_rt..Resource$GT$17h2736297365149a3cE", scope: !75, file: !196, line: 805, type: !197, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !207, retainedNodes: !205)
!196 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!197 = !DISubroutineType(types: !198)
!198 = !{null, !199}
!199 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut iu_rt::Resource", baseType: !200, size: 64, align: 64, dwarfAddressSpace: 0)
!200 = !DICompositeType(tag: DW_TAG_structure_type, name: "Resource", scope: !6, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !201, templateParams: !40, identifier: "75a16edeff9a689b36037c6329235d66")
!201 = !{!202, !203}
!202 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !200, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!203 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !200, file: !5, baseType: !204, size: 32, align: 32, offset: 64, flags: DIFlagPrivate)
!204 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!205 = !{!206}
!206 = !DILocalVariable(arg: 1, scope: !195, file: !196, line: 805, type: !199)
!207 = !{!208}
!208 = !DITemplateTypeParameter(name: "T", type: !200)
!209 = !DILocation(line: 805, column: 1, scope: !195)
!210 = distinct !DISubprogram(name: "maybe_panic", linkageName: "_ZN7cleanup11maybe_panic17h97c5638e1a128542E", scope: !2, file: !3, line: 12, type: !211, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !214)
!211 = !DISubroutineType(types: !212)
!212 = !{null, !9, !213}
!213 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::Resource", baseType: !200, size: 64, align: 64, dwarfAddressSpace: 0)
!214 = !{!215, !216, !217, !224}
!215 = !DILocalVariable(name: "flag", arg: 1, scope: !210, file: !3, line: 12, type: !9)
!216 = !DILocalVariable(name: "res", arg: 2, scope: !210, file: !3, line: 12, type: !213)
!217 = !DILocalVariable(name: "args", scope: !218, file: !3, line: 14, type: !221, align: 64)
!218 = !DILexicalBlockFile(scope: !219, file: !3, discriminator: 0)
!219 = distinct !DILexicalBlock(scope: !210, file: !220, line: 62, column: 38)
!220 = !DIFile(filename: "library/core/src/panic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5ea139883c81a8074ac3b0ff123e16cc")
!221 = !DICompositeType(tag: DW_TAG_structure_type, name: "(&u64)", file: !5, size: 64, align: 64, elements: !222, templateParams: !40, identifier: "390c51fee0c8407313fc8b218183a8f9")
!222 = !{!223}
!223 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !221, file: !5, baseType: !137, size: 64, align: 64)
!224 = !DILocalVariable(name: "args", scope: !225, file: !3, line: 14, type: !185, align: 64)
!225 = !DILexicalBlockFile(scope: !226, file: !3, discriminator: 0)
!226 = distinct !DILexicalBlock(scope: !219, file: !220, line: 62, column: 38)
!227 = !DILocation(line: 12, column: 16, scope: !210)
!228 = !DILocation(line: 12, column: 27, scope: !210)
!229 = !DILocation(line: 14, column: 9, scope: !225)
!230 = !DILocation(line: 13, column: 8, scope: !210)
!231 = !DILocation(line: 16, column: 2, scope: !210)
!232 = !DILocation(line: 14, column: 56, scope: !210)
!233 = !DILocation(line: 14, column: 9, scope: !210)
!234 = !DILocation(line: 14, column: 9, scope: !218)
!235 = distinct !DISubprogram(name: "iu_cleanup_fn", linkageName: "_ZN7cleanup13iu_cleanup_fn17h927060cce65530eeE", scope: !2, file: !3, line: 18, type: !12, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !236)
!236 = !{!237, !238, !239}
!237 = !DILocalVariable(name: "_obj", arg: 1, scope: !235, file: !3, line: 18, type: !15)
!238 = !DILocalVariable(name: "regs", arg: 2, scope: !235, file: !3, line: 18, type: !16)
!239 = !DILocalVariable(name: "res", scope: !240, file: !3, line: 19, type: !200, align: 64)
!240 = distinct !DILexicalBlock(scope: !235, file: !3, line: 19, column: 5)
!241 = !DILocation(line: 18, column: 18, scope: !235)
!242 = !DILocation(line: 18, column: 33, scope: !235)
!243 = !DILocation(line: 19, column: 9, scope: !240)
!244 = !DILocation(line: 19, column: 29, scope: !235)
!245 = !DILocation(line: 19, column: 15, scope: !235)
!246 = !DILocation(line: 20, column: 17, scope: !240)
!247 = !DILocation(line: 20, column: 5, scope: !240)
!248 = !DILocation(line: 21, column: 18, scope: !240)
!249 = !DILocation(line: 21, column: 14, scope: !240)
!250 = !DILocation(line: 21, column: 5, scope: !240)
!251 = !DILocation(line: 22, column: 1, scope: !235)
!252 = !DILocation(line: 22, column: 2, scope: !235)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_cleanup(ptr %ctx) #9 section "kprobe/__x64_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN7cleanup4PROG17hd5504e4b014074f1E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #9 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!253}
!253 = !{!"_ZN7cleanup13iu_cleanup_fn17h927060cce65530eeE"}
