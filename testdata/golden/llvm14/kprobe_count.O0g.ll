; ModuleID = 'kprobe_count.4e5a41df-cgu.0'
source_filename = "kprobe_count.4e5a41df-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicU64" = type { i64 }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }

@_ZN12kprobe_count5COUNT17h50af9d62ff0603c6E = internal global <{ [8 x i8] }> zeroinitializer, align 8, !dbg !0
@alloc20 = private unnamed_addr constant <{ [35 x i8] }> <{ [35 x i8] c"testdata/rust/progs/kprobe_count.rs" }>, align 1
@alloc21 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [35 x i8] }>, <{ [35 x i8] }>* @alloc20, i32 0, i32 0, i32 0), [16 x i8] c"#\00\00\00\00\00\00\00\0D\00\00\00\0D\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc22 = private unnamed_addr constant <{ [25 x i8] }> <{ [25 x i8] c"getpid called %llu times\0A" }>, align 1
@alloc8 = private unnamed_addr constant <{ [15 x i8] }> <{ [15 x i8] c"iu_kprobe_count" }>, align 1
@_ZN12kprobe_count4PROG17h1efdb9e559b2ea5fE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN12kprobe_count18iu_kprobe_count_fn17hdf9213aafa76d1a6E to i8*), i8* getelementptr inbounds (<{ [15 x i8] }>, <{ [15 x i8] }>* @alloc8, i32 0, i32 0, i32 0), [8 x i8] c"\0F\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !19
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12kprobe_count4PROG17h1efdb9e559b2ea5fE, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::sync::atomic::atomic_add
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @_ZN4core4sync6atomic10atomic_add17hb490c69d857155c0E(i64* %dst, i64 %val, i8 %0) unnamed_addr #0 !dbg !77 {
start:
  %val.dbg.spill = alloca i64, align 8
  %dst.dbg.spill = alloca i64*, align 8
  %1 = alloca i64, align 8
  %order = alloca i8, align 1
  store i8 %0, i8* %order, align 1
  store i64* %dst, i64** %dst.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %dst.dbg.spill, metadata !83, metadata !DIExpression()), !dbg !86
  store i64 %val, i64* %val.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %val.dbg.spill, metadata !84, metadata !DIExpression()), !dbg !87
  call void @llvm.dbg.declare(metadata i8* %order, metadata !85, metadata !DIExpression()), !dbg !88
  %2 = load i8, i8* %order, align 1, !dbg !89, !range !90, !noundef !18
  %_4 = zext i8 %2 to i64, !dbg !89
  switch i64 %_4, label %bb2 [
    i64 0, label %bb9
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb7
    i64 4, label %bb1
  ], !dbg !91

bb2:                                              ; preds = %start
  unreachable, !dbg !89

bb9:                                              ; preds = %start
  %3 = atomicrmw add i64* %dst, i64 %val monotonic, align 8, !dbg !92
  store i64 %3, i64* %1, align 8, !dbg !92
  br label %bb10, !dbg !92

bb5:                                              ; preds = %start
  %4 = atomicrmw add i64* %dst, i64 %val release, align 8, !dbg !93
  store i64 %4, i64* %1, align 8, !dbg !93
  br label %bb6, !dbg !93

bb3:                                              ; preds = %start
  %5 = atomicrmw add i64* %dst, i64 %val acquire, align 8, !dbg !94
  store i64 %5, i64* %1, align 8, !dbg !94
  br label %bb4, !dbg !94

bb7:                                              ; preds = %start
  %6 = atomicrmw add i64* %dst, i64 %val acq_rel, align 8, !dbg !95
  store i64 %6, i64* %1, align 8, !dbg !95
  br label %bb8, !dbg !95

bb1:                                              ; preds = %start
  %7 = atomicrmw add i64* %dst, i64 %val seq_cst, align 8, !dbg !96
  store i64 %7, i64* %1, align 8, !dbg !96
  br label %bb11, !dbg !96

bb11:                                             ; preds = %bb1
  br label %bb12, !dbg !97

bb12:                                             ; preds = %bb10, %bb6, %bb4, %bb8, %bb11
  %8 = load i64, i64* %1, align 8, !dbg !98
  ret i64 %8, !dbg !98

bb8:                                              ; preds = %bb7
  br label %bb12, !dbg !99

bb4:                                              ; preds = %bb3
  br label %bb12, !dbg !100

bb6:                                              ; preds = %bb5
  br label %bb12, !dbg !101

bb10:                                             ; preds = %bb9
  br label %bb12, !dbg !102
}

; core::sync::atomic::AtomicU64::fetch_add
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @_ZN4core4sync6atomic9AtomicU649fetch_add17hd38cc465fb52bdfdE(%"core::sync::atomic::AtomicU64"* align 8 %self, i64 %val, i8 %order) unnamed_addr #0 !dbg !103 {
start:
  %self.dbg.spill.i = alloca i64*, align 8
  %order.dbg.spill = alloca i8, align 1
  %val.dbg.spill = alloca i64, align 8
  %self.dbg.spill = alloca %"core::sync::atomic::AtomicU64"*, align 8
  store %"core::sync::atomic::AtomicU64"* %self, %"core::sync::atomic::AtomicU64"** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"core::sync::atomic::AtomicU64"** %self.dbg.spill, metadata !108, metadata !DIExpression()), !dbg !111
  store i64 %val, i64* %val.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %val.dbg.spill, metadata !109, metadata !DIExpression()), !dbg !112
  store i8 %order, i8* %order.dbg.spill, align 1
  call void @llvm.dbg.declare(metadata i8* %order.dbg.spill, metadata !110, metadata !DIExpression()), !dbg !113
  %_5 = bitcast %"core::sync::atomic::AtomicU64"* %self to i64*, !dbg !114
  store i64* %_5, i64** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i, metadata !115, metadata !DIExpression()), !dbg !122
  br label %bb1, !dbg !114

bb1:                                              ; preds = %start
; call core::sync::atomic::atomic_add
  %0 = call i64 @_ZN4core4sync6atomic10atomic_add17hb490c69d857155c0E(i64* %_5, i64 %val, i8 %order) #5, !dbg !124
  br label %bb2, !dbg !124

bb2:                                              ; preds = %bb1
  ret i64 %0, !dbg !125
}

; kprobe_count::iu_kprobe_count_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN12kprobe_count18iu_kprobe_count_fn17hdf9213aafa76d1a6E(%"iu_rt::kprobe"* align 8 %obj, %"iu_rt::pt_regs"* align 8 %_regs) unnamed_addr #1 !dbg !126 {
start:
  %n.dbg.spill = alloca i64, align 8
  %_regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  %_7 = alloca i8, align 1
  store %"iu_rt::kprobe"* %obj, %"iu_rt::kprobe"** %obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %obj.dbg.spill, metadata !128, metadata !DIExpression()), !dbg !132
  store %"iu_rt::pt_regs"* %_regs, %"iu_rt::pt_regs"** %_regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %_regs.dbg.spill, metadata !129, metadata !DIExpression()), !dbg !133
  store i8 0, i8* %_7, align 1, !dbg !134
  %0 = load i8, i8* %_7, align 1, !dbg !135, !range !90, !noundef !18
; call core::sync::atomic::AtomicU64::fetch_add
  %_4 = call i64 @_ZN4core4sync6atomic9AtomicU649fetch_add17hd38cc465fb52bdfdE(%"core::sync::atomic::AtomicU64"* align 8 bitcast (<{ [8 x i8] }>* @_ZN12kprobe_count5COUNT17h50af9d62ff0603c6E to %"core::sync::atomic::AtomicU64"*), i64 1, i8 %0) #5, !dbg !135
  br label %bb1, !dbg !135

bb1:                                              ; preds = %start
  %1 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %_4, i64 1), !dbg !135
  %_8.0 = extractvalue { i64, i1 } %1, 0, !dbg !135
  %_8.1 = extractvalue { i64, i1 } %1, 1, !dbg !135
  %2 = call i1 @llvm.expect.i1(i1 %_8.1, i1 false), !dbg !135
  br i1 %2, label %panic, label %bb2, !dbg !135

bb2:                                              ; preds = %bb1
  store i64 %_8.0, i64* %n.dbg.spill, align 8, !dbg !135
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !130, metadata !DIExpression()), !dbg !136
; call iu_rt::kprobe::bpf_trace_printk
  %_9 = call i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h51d18e7303072e1aE(%"iu_rt::kprobe"* align 8 %obj, [0 x i8]* align 1 bitcast (<{ [25 x i8] }>* @alloc22 to [0 x i8]*), i64 25, i64 %_8.0) #5, !dbg !137
  br label %bb3, !dbg !137

panic:                                            ; preds = %bb1
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc21 to %"core::panic::location::Location"*)) #6, !dbg !135
  unreachable, !dbg !135

bb3:                                              ; preds = %bb2
  %3 = trunc i64 %_8.0 to i32, !dbg !138
  ret i32 %3, !dbg !139
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #3

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #4

; iu_rt::kprobe::bpf_trace_printk
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt6kprobe16bpf_trace_printk17h51d18e7303072e1aE(%"iu_rt::kprobe"* align 8, [0 x i8]* align 1, i64, i64) unnamed_addr #1

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #5 = { nounwind }
attributes #6 = { noreturn nounwind }

!llvm.module.flags = !{!63, !64, !65}
!llvm.dbg.cu = !{!66}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "COUNT", linkageName: "_ZN12kprobe_count5COUNT17h50af9d62ff0603c6E", scope: !2, file: !3, line: 10, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "kprobe_count", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/kprobe_count.rs", directory: ".", checksumkind: CSK_MD5, checksum: "0d7d6bdd103c1ffaceadc117c1bd42b8")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU64", scope: !6, file: !5, size: 64, align: 64, elements: !9, templateParams: !18, identifier: "5262820a7ffc7c62d10ce4d64aebe91b")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "atomic", scope: !7)
!7 = !DINamespace(name: "sync", scope: !8)
!8 = !DINamespace(name: "core", scope: null)
!9 = !{!10}
!10 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !4, file: !5, baseType: !11, size: 64, align: 64)
!11 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u64>", scope: !12, file: !5, size: 64, align: 64, elements: !13, templateParams: !16, identifier: "493c9e8ed630da072426f9d0937c3a4d")
!12 = !DINamespace(name: "cell", scope: !8)
!13 = !{!14}
!14 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !11, file: !5, baseType: !15, size: 64, align: 64)
!15 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!16 = !{!17}
!17 = !DITemplateTypeParameter(name: "T", type: !15)
!18 = !{}
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN12kprobe_count4PROG17h1efdb9e559b2ea5fE", scope: !2, file: !3, line: 20, type: !21, isLocal: true, isDefinition: true, align: 64)
!21 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !22, file: !5, size: 256, align: 64, elements: !23, templateParams: !18, identifier: "282191b11f19cc42fd06117274dfaff9")
!22 = !DINamespace(name: "iu_rt", scope: null)
!23 = !{!24, !25, !55}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !21, file: !5, baseType: !15, size: 64, align: 64)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !21, file: !5, baseType: !26, size: 64, align: 64, offset: 64)
!26 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !27, size: 64, align: 64, dwarfAddressSpace: 0)
!27 = !DISubroutineType(types: !28)
!28 = !{!29, !30, !31}
!29 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !21, size: 64, align: 64, dwarfAddressSpace: 0)
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !22, file: !5, size: 1344, align: 64, elements: !33, templateParams: !18, identifier: "9839896ef0917d72b974666f51b0c023")
!33 = !{!34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47, !48, !49, !50, !51, !52, !53, !54}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !32, file: !5, baseType: !15, size: 64, align: 64)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 64)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 128)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 192)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 256)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 320)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 384)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 448)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 512)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 576)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 640)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 704)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 768)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 832)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 896)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 960)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 1024)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 1088)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 1152)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 1216)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !32, file: !5, baseType: !15, size: 64, align: 64, offset: 1280)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !21, file: !5, baseType: !56, size: 128, align: 64, offset: 128)
!56 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !57, templateParams: !18, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!57 = !{!58, !61}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !56, file: !5, baseType: !59, size: 64, align: 64)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !56, file: !5, baseType: !62, size: 64, align: 64, offset: 64)
!62 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!63 = !{i32 7, !"PIC Level", i32 2}
!64 = !{i32 2, !"RtLibUseGOT", i32 1}
!65 = !{i32 2, !"Debug Info Version", i32 3}
!66 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !67, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !68, globals: !76)
!67 = !DIFile(filename: "testdata/rust/progs/kprobe_count.rs/@/kprobe_count.4e5a41df-cgu.0", directory: ".")
!68 = !{!69}
!69 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !6, file: !5, baseType: !60, size: 8, align: 8, flags: DIFlagEnumClass, elements: !70)
!70 = !{!71, !72, !73, !74, !75}
!71 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!72 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!73 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!74 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!75 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!76 = !{!0, !19}
!77 = distinct !DISubprogram(name: "atomic_add<u64>", linkageName: "_ZN4core4sync6atomic10atomic_add17hb490c69d857155c0E", scope: !6, file: !78, line: 2619, type: !79, scopeLine: 2619, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !66, templateParams: !16, retainedNodes: !82)
!78 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/sync/atomic.rs", directory: "", checksumkind: CSK_MD5, checksum: "178f4d11675f119c7da2a7fbcd4a76df")
!79 = !DISubroutineType(types: !80)
!80 = !{!15, !81, !15, !69}
!81 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !15, size: 64, align: 64, dwarfAddressSpace: 0)
!82 = !{!83, !84, !85}
!83 = !DILocalVariable(name: "dst", arg: 1, scope: !77, file: !78, line: 2619, type: !81)
!84 = !DILocalVariable(name: "val", arg: 2, scope: !77, file: !78, line: 2619, type: !15)
!85 = !DILocalVariable(name: "order", arg: 3, scope: !77, file: !78, line: 2619, type: !69)
!86 = !DILocation(line: 2619, column: 31, scope: !77)
!87 = !DILocation(line: 2619, column: 44, scope: !77)
!88 = !DILocation(line: 2619, column: 52, scope: !77)
!89 = !DILocation(line: 2622, column: 15, scope: !77)
!90 = !{i8 0, i8 5}
!91 = !DILocation(line: 2622, column: 9, scope: !77)
!92 = !DILocation(line: 2626, column: 24, scope: !77)
!93 = !DILocation(line: 2624, column: 24, scope: !77)
!94 = !DILocation(line: 2623, column: 24, scope: !77)
!95 = !DILocation(line: 2625, column: 23, scope: !77)
!96 = !DILocation(line: 2627, column: 23, scope: !77)
!97 = !DILocation(line: 2627, column: 55, scope: !77)
!98 = !DILocation(line: 2630, column: 2, scope: !77)
!99 = !DILocation(line: 2625, column: 62, scope: !77)
!100 = !DILocation(line: 2623, column: 60, scope: !77)
!101 = !DILocation(line: 2624, column: 60, scope: !77)
!102 = !DILocation(line: 2626, column: 64, scope: !77)
!103 = distinct !DISubprogram(name: "fetch_add", linkageName: "_ZN4core4sync6atomic9AtomicU649fetch_add17hd38cc465fb52bdfdE", scope: !4, file: !78, line: 1965, type: !104, scopeLine: 1965, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !66, templateParams: !18, retainedNodes: !107)
!104 = !DISubroutineType(types: !105)
!105 = !{!15, !106, !15, !69}
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicU64", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!107 = !{!108, !109, !110}
!108 = !DILocalVariable(name: "self", arg: 1, scope: !103, file: !78, line: 1965, type: !106)
!109 = !DILocalVariable(name: "val", arg: 2, scope: !103, file: !78, line: 1965, type: !15)
!110 = !DILocalVariable(name: "order", arg: 3, scope: !103, file: !78, line: 1965, type: !69)
!111 = !DILocation(line: 1965, column: 30, scope: !103)
!112 = !DILocation(line: 1965, column: 37, scope: !103)
!113 = !DILocation(line: 1965, column: 53, scope: !103)
!114 = !DILocation(line: 1967, column: 37, scope: !103)
!115 = !DILocalVariable(name: "self", arg: 1, scope: !116, file: !117, line: 1926, type: !120)
!116 = distinct !DISubprogram(name: "get<u64>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h2c596d7746ffac50E", scope: !11, file: !117, line: 1926, type: !118, scopeLine: 1926, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !66, templateParams: !16, retainedNodes: !121)
!117 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/cell.rs", directory: "", checksumkind: CSK_MD5, checksum: "6b125cb629f180266e73b929e8ce9e86")
!118 = !DISubroutineType(types: !119)
!119 = !{!81, !120}
!120 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u64>", baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!121 = !{!115}
!122 = !DILocation(line: 1926, column: 22, scope: !116, inlinedAt: !123)
!123 = distinct !DILocation(line: 1967, column: 37, scope: !103)
!124 = !DILocation(line: 1967, column: 26, scope: !103)
!125 = !DILocation(line: 1968, column: 14, scope: !103)
!126 = distinct !DISubprogram(name: "iu_kprobe_count_fn", linkageName: "_ZN12kprobe_count18iu_kprobe_count_fn17hdf9213aafa76d1a6E", scope: !2, file: !3, line: 12, type: !27, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !66, templateParams: !18, retainedNodes: !127)
!127 = !{!128, !129, !130}
!128 = !DILocalVariable(name: "obj", arg: 1, scope: !126, file: !3, line: 12, type: !30)
!129 = !DILocalVariable(name: "_regs", arg: 2, scope: !126, file: !3, line: 12, type: !31)
!130 = !DILocalVariable(name: "n", scope: !131, file: !3, line: 13, type: !15, align: 8)
!131 = distinct !DILexicalBlock(scope: !126, file: !3, line: 13, column: 5)
!132 = !DILocation(line: 12, column: 23, scope: !126)
!133 = !DILocation(line: 12, column: 37, scope: !126)
!134 = !DILocation(line: 13, column: 32, scope: !126)
!135 = !DILocation(line: 13, column: 13, scope: !126)
!136 = !DILocation(line: 13, column: 9, scope: !131)
!137 = !DILocation(line: 14, column: 5, scope: !131)
!138 = !DILocation(line: 15, column: 5, scope: !131)
!139 = !DILocation(line: 16, column: 2, scope: !126)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_kprobe_count(i8* %ctx) #7 section "kprobe/__x64_sys_getpid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12kprobe_count4PROG17h1efdb9e559b2ea5fE to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_kprobe_count to i8*)], section "llvm.metadata"

attributes #7 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!140}
!140 = !{!"_ZN12kprobe_count18iu_kprobe_count_fn17hdf9213aafa76d1a6E"}
