; ModuleID = 'fn_pointer.4ec2bf6a-cgu.0'
source_filename = "fn_pointer.4ec2bf6a-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc27 = private unnamed_addr constant <{ [33 x i8] }> <{ [33 x i8] c"testdata/rust/progs/fn_pointer.rs" }>, align 1
@alloc22 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc27, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00\0E\00\00\00\05\00\00\00" }>, align 8
@str.0 = internal constant [33 x i8] c"attempt to multiply with overflow"
@alloc24 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc27, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00\12\00\00\00\05\00\00\00" }>, align 8
@alloc26 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc27, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00\16\00\00\00\05\00\00\00" }>, align 8
@str.1 = internal constant [28 x i8] c"attempt to add with overflow"
@_ZN10fn_pointer3OPS17h7c826f55890fbc50E = internal constant <{ i8*, i8*, i8* }> <{ i8* bitcast (i64 (i64)* @_ZN10fn_pointer6double17h4d233165519d74afE to i8*), i8* bitcast (i64 (i64)* @_ZN10fn_pointer6square17h3c8c1121c3953644E to i8*), i8* bitcast (i64 (i64)* @_ZN10fn_pointer4add717h46c087edfd0b97efE to i8*) }>, align 8, !dbg !0
@alloc28 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc27, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00\1C\00\00\00&\00\00\00" }>, align 8
@alloc9 = private unnamed_addr constant <{ [8 x i8] }> <{ [8 x i8] c"iu_fnptr" }>, align 1
@_ZN10fn_pointer4PROG17h82ec773a2aa33e35E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN10fn_pointer11iu_fnptr_fn17he925c8cd97c133d6E to i8*), i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc9, i32 0, i32 0, i32 0), [8 x i8] c"\08\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !11
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN10fn_pointer4PROG17h82ec773a2aa33e35E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 (i64)* @_ZN4core3ptr13read_volatile17h8761e5669b516be0E(i64 (i64)** %src) unnamed_addr #0 !dbg !63 {
start:
  %0 = alloca i64 (i64)*, align 8
  %src.dbg.spill = alloca i64 (i64)**, align 8
  store i64 (i64)** %src, i64 (i64)*** %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64 (i64)*** %src.dbg.spill, metadata !71, metadata !DIExpression()), !dbg !83
  %1 = load volatile i64 (i64)*, i64 (i64)** %src, align 8, !dbg !84
  store i64 (i64)* %1, i64 (i64)** %0, align 8, !dbg !84
  %2 = load i64 (i64)*, i64 (i64)** %0, align 8, !dbg !84, !nonnull !48, !noundef !48
  br label %bb1, !dbg !84

bb1:                                              ; preds = %start
  ret i64 (i64)* %2, !dbg !85
}

; fn_pointer::double
; Function Attrs: nounwind nonlazybind
define internal i64 @_ZN10fn_pointer6double17h4d233165519d74afE(i64 %x) unnamed_addr #1 !dbg !86 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !88, metadata !DIExpression()), !dbg !89
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 2), !dbg !90
  %_3.0 = extractvalue { i64, i1 } %0, 0, !dbg !90
  %_3.1 = extractvalue { i64, i1 } %0, 1, !dbg !90
  %1 = call i1 @llvm.expect.i1(i1 %_3.1, i1 false), !dbg !90
  br i1 %1, label %panic, label %bb1, !dbg !90

bb1:                                              ; preds = %start
  ret i64 %_3.0, !dbg !91

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.0 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc22 to %"core::panic::location::Location"*)) #5, !dbg !90
  unreachable, !dbg !90
}

; fn_pointer::square
; Function Attrs: nounwind nonlazybind
define internal i64 @_ZN10fn_pointer6square17h3c8c1121c3953644E(i64 %x) unnamed_addr #1 !dbg !92 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !94, metadata !DIExpression()), !dbg !95
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 %x), !dbg !96
  %_4.0 = extractvalue { i64, i1 } %0, 0, !dbg !96
  %_4.1 = extractvalue { i64, i1 } %0, 1, !dbg !96
  %1 = call i1 @llvm.expect.i1(i1 %_4.1, i1 false), !dbg !96
  br i1 %1, label %panic, label %bb1, !dbg !96

bb1:                                              ; preds = %start
  ret i64 %_4.0, !dbg !97

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.0 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc24 to %"core::panic::location::Location"*)) #5, !dbg !96
  unreachable, !dbg !96
}

; fn_pointer::add7
; Function Attrs: nounwind nonlazybind
define internal i64 @_ZN10fn_pointer4add717h46c087edfd0b97efE(i64 %x) unnamed_addr #1 !dbg !98 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !100, metadata !DIExpression()), !dbg !101
  %0 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %x, i64 7), !dbg !102
  %_3.0 = extractvalue { i64, i1 } %0, 0, !dbg !102
  %_3.1 = extractvalue { i64, i1 } %0, 1, !dbg !102
  %1 = call i1 @llvm.expect.i1(i1 %_3.1, i1 false), !dbg !102
  br i1 %1, label %panic, label %bb1, !dbg !102

bb1:                                              ; preds = %start
  ret i64 %_3.0, !dbg !103

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.1 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc26 to %"core::panic::location::Location"*)) #5, !dbg !102
  unreachable, !dbg !102
}

; fn_pointer::iu_fnptr_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN10fn_pointer11iu_fnptr_fn17he925c8cd97c133d6E(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !104 {
start:
  %op.dbg.spill = alloca i64 (i64)*, align 8
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !106, metadata !DIExpression()), !dbg !110
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !107, metadata !DIExpression()), !dbg !111
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !112
  %_9 = load i64, i64* %0, align 8, !dbg !112
  %_8 = urem i64 %_9, 3, !dbg !113
  %_11 = icmp ult i64 %_8, 3, !dbg !114
  %1 = call i1 @llvm.expect.i1(i1 %_11, i1 true), !dbg !114
  br i1 %1, label %bb1, label %panic, !dbg !114

bb1:                                              ; preds = %start
  %_5 = getelementptr inbounds [3 x i64 (i64)*], [3 x i64 (i64)*]* bitcast (<{ i8*, i8*, i8* }>* @_ZN10fn_pointer3OPS17h7c826f55890fbc50E to [3 x i64 (i64)*]*), i64 0, i64 %_8, !dbg !115
; call core::ptr::read_volatile
  %op = call i64 (i64)* @_ZN4core3ptr13read_volatile17h8761e5669b516be0E(i64 (i64)** %_5) #6, !dbg !116
  store i64 (i64)* %op, i64 (i64)** %op.dbg.spill, align 8, !dbg !116
  call void @llvm.dbg.declare(metadata i64 (i64)** %op.dbg.spill, metadata !108, metadata !DIExpression()), !dbg !117
  br label %bb2, !dbg !116

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64 %_8, i64 3, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc28 to %"core::panic::location::Location"*)) #5, !dbg !114
  unreachable, !dbg !114

bb2:                                              ; preds = %bb1
  %2 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 13, !dbg !118
  %_14 = load i64, i64* %2, align 8, !dbg !118
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_12 = call i64 %op(i64 %_14) #6, !dbg !119
  br label %bb3, !dbg !119

bb3:                                              ; preds = %bb2
  %3 = trunc i64 %_12 to i32, !dbg !119
  ret i32 %3, !dbg !120
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #3

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64) #2

; core::panicking::panic_bounds_check
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64, i64, %"core::panic::location::Location"* align 8) unnamed_addr #4

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #5 = { noreturn nounwind }
attributes #6 = { nounwind }

!llvm.module.flags = !{!57, !58, !59}
!llvm.dbg.cu = !{!60}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "OPS", linkageName: "_ZN10fn_pointer3OPS17h7c826f55890fbc50E", scope: !2, file: !3, line: 25, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "fn_pointer", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/fn_pointer.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ea1ff950fb3a5ad6ba7e3d6ae4886846")
!4 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 192, align: 64, elements: !9)
!5 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(u64) -> u64", baseType: !6, size: 64, align: 64, dwarfAddressSpace: 0)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !8}
!8 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!9 = !{!10}
!10 = !DISubrange(count: 3, lowerBound: 0)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN10fn_pointer4PROG17h82ec773a2aa33e35E", scope: !2, file: !3, line: 34, type: !13, isLocal: true, isDefinition: true, align: 64)
!13 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !15, file: !14, size: 256, align: 64, elements: !16, templateParams: !48, identifier: "282191b11f19cc42fd06117274dfaff9")
!14 = !DIFile(filename: "<unknown>", directory: "")
!15 = !DINamespace(name: "iu_rt", scope: null)
!16 = !{!17, !18, !49}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !13, file: !14, baseType: !8, size: 64, align: 64)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !13, file: !14, baseType: !19, size: 64, align: 64, offset: 64)
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !20, size: 64, align: 64, dwarfAddressSpace: 0)
!20 = !DISubroutineType(types: !21)
!21 = !{!22, !23, !24}
!22 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !15, file: !14, size: 1344, align: 64, elements: !26, templateParams: !48, identifier: "9839896ef0917d72b974666f51b0c023")
!26 = !{!27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !25, file: !14, baseType: !8, size: 64, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 64)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 128)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 192)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 256)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 320)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 384)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 448)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 512)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 576)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 640)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 704)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 768)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 832)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 896)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 960)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1024)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1088)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1152)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1216)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1280)
!48 = !{}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !13, file: !14, baseType: !50, size: 128, align: 64, offset: 128)
!50 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !14, size: 128, align: 64, elements: !51, templateParams: !48, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!51 = !{!52, !55}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !50, file: !14, baseType: !53, size: 64, align: 64)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !50, file: !14, baseType: !56, size: 64, align: 64, offset: 64)
!56 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!57 = !{i32 7, !"PIC Level", i32 2}
!58 = !{i32 2, !"RtLibUseGOT", i32 1}
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !61, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !62)
!61 = !DIFile(filename: "testdata/rust/progs/fn_pointer.rs/@/fn_pointer.4ec2bf6a-cgu.0", directory: ".")
!62 = !{!0, !11}
!63 = distinct !DISubprogram(name: "read_volatile<fn(u64) -> u64>", linkageName: "_ZN4core3ptr13read_volatile17h8761e5669b516be0E", scope: !65, file: !64, line: 1500, type: !67, scopeLine: 1500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !60, templateParams: !81, retainedNodes: !70)
!64 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e7fd681ebf696ca21e42a2e645ac0174")
!65 = !DINamespace(name: "ptr", scope: !66)
!66 = !DINamespace(name: "core", scope: null)
!67 = !DISubroutineType(types: !68)
!68 = !{!5, !69}
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const fn(u64) -> u64", baseType: !5, size: 64, align: 64, dwarfAddressSpace: 0)
!70 = !{!71, !72}
!71 = !DILocalVariable(name: "src", arg: 1, scope: !63, file: !64, line: 1500, type: !69)
!72 = !DILocalVariable(name: "runtime", scope: !73, file: !64, line: 1503, type: !76, align: 8)
!73 = !DILexicalBlockFile(scope: !74, file: !64, discriminator: 0)
!74 = distinct !DILexicalBlock(scope: !63, file: !75, line: 2006, column: 13)
!75 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/intrinsics.rs", directory: "", checksumkind: CSK_MD5, checksum: "bd60552a4d7263f6287ca13a1de83db3")
!76 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<fn(u64) -> u64>", scope: !77, file: !14, size: 64, align: 64, elements: !78, templateParams: !48, identifier: "703813cc5fce511715e78216af46f59")
!77 = !DINamespace(name: "read_volatile", scope: !65)
!78 = !{!79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__src", scope: !76, file: !14, baseType: !80, size: 64, align: 64)
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*const fn(u64) -> u64", baseType: !69, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !{!82}
!82 = !DITemplateTypeParameter(name: "T", type: !5)
!83 = !DILocation(line: 1500, column: 32, scope: !63)
!84 = !DILocation(line: 1504, column: 9, scope: !63)
!85 = !DILocation(line: 1506, column: 2, scope: !63)
!86 = distinct !DISubprogram(name: "double", linkageName: "_ZN10fn_pointer6double17h4d233165519d74afE", scope: !2, file: !3, line: 13, type: !6, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !60, templateParams: !48, retainedNodes: !87)
!87 = !{!88}
!88 = !DILocalVariable(name: "x", arg: 1, scope: !86, file: !3, line: 13, type: !8)
!89 = !DILocation(line: 13, column: 11, scope: !86)
!90 = !DILocation(line: 14, column: 5, scope: !86)
!91 = !DILocation(line: 15, column: 2, scope: !86)
!92 = distinct !DISubprogram(name: "square", linkageName: "_ZN10fn_pointer6square17h3c8c1121c3953644E", scope: !2, file: !3, line: 17, type: !6, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !60, templateParams: !48, retainedNodes: !93)
!93 = !{!94}
!94 = !DILocalVariable(name: "x", arg: 1, scope: !92, file: !3, line: 17, type: !8)
!95 = !DILocation(line: 17, column: 11, scope: !92)
!96 = !DILocation(line: 18, column: 5, scope: !92)
!97 = !DILocation(line: 19, column: 2, scope: !92)
!98 = distinct !DISubprogram(name: "add7", linkageName: "_ZN10fn_pointer4add717h46c087edfd0b97efE", scope: !2, file: !3, line: 21, type: !6, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !60, templateParams: !48, retainedNodes: !99)
!99 = !{!100}
!100 = !DILocalVariable(name: "x", arg: 1, scope: !98, file: !3, line: 21, type: !8)
!101 = !DILocation(line: 21, column: 9, scope: !98)
!102 = !DILocation(line: 22, column: 5, scope: !98)
!103 = !DILocation(line: 23, column: 2, scope: !98)
!104 = distinct !DISubprogram(name: "iu_fnptr_fn", linkageName: "_ZN10fn_pointer11iu_fnptr_fn17he925c8cd97c133d6E", scope: !2, file: !3, line: 27, type: !20, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !60, templateParams: !48, retainedNodes: !105)
!105 = !{!106, !107, !108}
!106 = !DILocalVariable(name: "_obj", arg: 1, scope: !104, file: !3, line: 27, type: !23)
!107 = !DILocalVariable(name: "regs", arg: 2, scope: !104, file: !3, line: 27, type: !24)
!108 = !DILocalVariable(name: "op", scope: !109, file: !3, line: 28, type: !5, align: 8)
!109 = distinct !DILexicalBlock(scope: !104, file: !3, line: 28, column: 5)
!110 = !DILocation(line: 27, column: 16, scope: !104)
!111 = !DILocation(line: 27, column: 31, scope: !104)
!112 = !DILocation(line: 28, column: 43, scope: !104)
!113 = !DILocation(line: 28, column: 42, scope: !104)
!114 = !DILocation(line: 28, column: 38, scope: !104)
!115 = !DILocation(line: 28, column: 37, scope: !104)
!116 = !DILocation(line: 28, column: 23, scope: !104)
!117 = !DILocation(line: 28, column: 9, scope: !109)
!118 = !DILocation(line: 29, column: 8, scope: !109)
!119 = !DILocation(line: 29, column: 5, scope: !109)
!120 = !DILocation(line: 30, column: 2, scope: !104)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_fnptr(i8* %ctx) #7 section "kprobe/__x64_sys_getsid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN10fn_pointer4PROG17h82ec773a2aa33e35E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_fnptr to i8*)], section "llvm.metadata"

attributes #7 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!121}
!121 = !{!"_ZN10fn_pointer11iu_fnptr_fn17he925c8cd97c133d6E"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!122}
!122 = !{!"indirect-call", i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN10fn_pointer11iu_fnptr_fn17he925c8cd97c133d6E, i32 1}
