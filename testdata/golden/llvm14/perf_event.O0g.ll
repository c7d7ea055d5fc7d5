; ModuleID = 'perf_event.5a57e0c7-cgu.0'
source_filename = "perf_event.5a57e0c7-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::perf_event" = type { i64, i32 (%"iu_rt::perf_event"*, %"iu_rt::bpf_perf_event_data"*)*, { [0 x i8]*, i64 }, i64 }
%"iu_rt::bpf_perf_event_data" = type { %"iu_rt::pt_regs", i64, i64 }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }

@alloc13 = private unnamed_addr constant <{ [19 x i8] }> <{ [19 x i8] c"sample period %llu\0A" }>, align 1
@alloc14 = private unnamed_addr constant <{ [33 x i8] }> <{ [33 x i8] c"testdata/rust/progs/perf_event.rs" }>, align 1
@alloc15 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc14, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00\0B\00\00\00\05\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc3 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_perf_event" }>, align 1
@_ZN10perf_event4PROG17hf33a4daf5e2e7997E = internal constant <{ [8 x i8], i8*, i8*, [16 x i8] }> <{ [8 x i8] c"\07\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::perf_event"*, %"iu_rt::bpf_perf_event_data"*)* @_ZN10perf_event16iu_perf_event_fn17h67ddf4b77eb544f4E to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [16 x i8] c"\0D\00\00\00\00\00\00\00\A0\86\01\00\00\00\00\00" }>, section "objperf_event", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [16 x i8] }>, <{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN10perf_event4PROG17hf33a4daf5e2e7997E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; perf_event::iu_perf_event_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN10perf_event16iu_perf_event_fn17h67ddf4b77eb544f4E(%"iu_rt::perf_event"* align 8 %obj, %"iu_rt::bpf_perf_event_data"* align 8 %data) unnamed_addr #0 !dbg !61 {
start:
  %data.dbg.spill = alloca %"iu_rt::bpf_perf_event_data"*, align 8
  %obj.dbg.spill = alloca %"iu_rt::perf_event"*, align 8
  store %"iu_rt::perf_event"* %obj, %"iu_rt::perf_event"** %obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::perf_event"** %obj.dbg.spill, metadata !63, metadata !DIExpression()), !dbg !65
  store %"iu_rt::bpf_perf_event_data"* %data, %"iu_rt::bpf_perf_event_data"** %data.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::bpf_perf_event_data"** %data.dbg.spill, metadata !64, metadata !DIExpression()), !dbg !66
; call iu_rt::perf_event::sample_period
  %_7 = call i64 @_ZN5iu_rt10perf_event13sample_period17he83b03fa9954743bE(%"iu_rt::perf_event"* align 8 %obj) #4, !dbg !67
  br label %bb1, !dbg !67

bb1:                                              ; preds = %start
; call iu_rt::perf_event::bpf_trace_printk
  %_3 = call i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h972d71827cfb2f3bE(%"iu_rt::perf_event"* align 8 %obj, [0 x i8]* align 1 bitcast (<{ [19 x i8] }>* @alloc13 to [0 x i8]*), i64 19, i64 %_7) #4, !dbg !68
  br label %bb2, !dbg !68

bb2:                                              ; preds = %bb1
  %0 = bitcast %"iu_rt::bpf_perf_event_data"* %data to %"iu_rt::pt_regs"*, !dbg !69
  %1 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %0, i32 0, i32 16, !dbg !69
  %_11 = load i64, i64* %1, align 8, !dbg !69
  %_10 = and i64 %_11, 255, !dbg !70
  %_9 = trunc i64 %_10 to i32, !dbg !70
  %2 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 42, i32 %_9), !dbg !71
  %_12.0 = extractvalue { i32, i1 } %2, 0, !dbg !71
  %_12.1 = extractvalue { i32, i1 } %2, 1, !dbg !71
  %3 = call i1 @llvm.expect.i1(i1 %_12.1, i1 false), !dbg !71
  br i1 %3, label %panic, label %bb3, !dbg !71

bb3:                                              ; preds = %bb2
  ret i32 %_12.0, !dbg !72

panic:                                            ; preds = %bb2
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc15 to %"core::panic::location::Location"*)) #5, !dbg !71
  unreachable, !dbg !71
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; iu_rt::perf_event::sample_period
; Function Attrs: nounwind nonlazybind
declare i64 @_ZN5iu_rt10perf_event13sample_period17he83b03fa9954743bE(%"iu_rt::perf_event"* align 8) unnamed_addr #0

; iu_rt::perf_event::bpf_trace_printk
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h972d71827cfb2f3bE(%"iu_rt::perf_event"* align 8, [0 x i8]* align 1, i64, i64) unnamed_addr #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32) #1

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #2

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #3

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone willreturn }
attributes #3 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #4 = { nounwind }
attributes #5 = { noreturn nounwind }

!llvm.module.flags = !{!55, !56, !57}
!llvm.dbg.cu = !{!58}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN10perf_event4PROG17hf33a4daf5e2e7997E", scope: !2, file: !3, line: 16, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "perf_event", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/perf_event.rs", directory: ".", checksumkind: CSK_MD5, checksum: "25ed8c220402939cb8616df27fdf5f6c")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "perf_event", scope: !6, file: !5, size: 320, align: 64, elements: !7, templateParams: !43, identifier: "4973ec4aae916f5b91ebf0be7e7e0842")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !46, !54}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::perf_event, &iu_rt::bpf_perf_event_data) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::perf_event", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::bpf_perf_event_data", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "bpf_perf_event_data", scope: !6, file: !5, size: 1472, align: 64, elements: !18, templateParams: !43, identifier: "a8c981cac6a4796f613c1cb346f4d312")
!18 = !{!19, !44, !45}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "regs", scope: !17, file: !5, baseType: !20, size: 1344, align: 64)
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !6, file: !5, size: 1344, align: 64, elements: !21, templateParams: !43, identifier: "9839896ef0917d72b974666f51b0c023")
!21 = !{!22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !20, file: !5, baseType: !9, size: 64, align: 64)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 64)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 128)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 192)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 256)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 320)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 384)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 448)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 512)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 576)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 640)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 704)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 768)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 832)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 896)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 960)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1024)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1088)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1152)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1216)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1280)
!43 = !{}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "sample_period", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1344)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1408)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !47, size: 128, align: 64, offset: 128)
!47 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !48, templateParams: !43, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!48 = !{!49, !52}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !47, file: !5, baseType: !50, size: 64, align: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !47, file: !5, baseType: !53, size: 64, align: 64, offset: 64)
!53 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sample_period", scope: !4, file: !5, baseType: !9, size: 64, align: 64, offset: 256)
!55 = !{i32 7, !"PIC Level", i32 2}
!56 = !{i32 2, !"RtLibUseGOT", i32 1}
!57 = !{i32 2, !"Debug Info Version", i32 3}
!58 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !59, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !60)
!59 = !DIFile(filename: "testdata/rust/progs/perf_event.rs/@/perf_event.5a57e0c7-cgu.0", directory: ".")
!60 = !{!0}
!61 = distinct !DISubprogram(name: "iu_perf_event_fn", linkageName: "_ZN10perf_event16iu_perf_event_fn17h67ddf4b77eb544f4E", scope: !2, file: !3, line: 9, type: !12, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !58, templateParams: !43, retainedNodes: !62)
!62 = !{!63, !64}
!63 = !DILocalVariable(name: "obj", arg: 1, scope: !61, file: !3, line: 9, type: !15)
!64 = !DILocalVariable(name: "data", arg: 2, scope: !61, file: !3, line: 9, type: !16)
!65 = !DILocation(line: 9, column: 21, scope: !61)
!66 = !DILocation(line: 9, column: 39, scope: !61)
!67 = !DILocation(line: 10, column: 50, scope: !61)
!68 = !DILocation(line: 10, column: 5, scope: !61)
!69 = !DILocation(line: 11, column: 13, scope: !61)
!70 = !DILocation(line: 11, column: 12, scope: !61)
!71 = !DILocation(line: 11, column: 5, scope: !61)
!72 = !DILocation(line: 12, column: 2, scope: !61)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_perf_event(i8* %ctx) #6 section "perf_event" {
start:
  %ret = call i32 @__iu_entry_perf_event(i8* bitcast (<{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN10perf_event4PROG17hf33a4daf5e2e7997E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_perf_event(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_perf_event to i8*)], section "llvm.metadata"

attributes #6 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!73}
!73 = !{!"_ZN10perf_event16iu_perf_event_fn17h67ddf4b77eb544f4E"}
