; ModuleID = 'perf_event.7fc44241714671a8-cgu.0'
source_filename = "perf_event.7fc44241714671a8-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_b0c9e126c5b999eba7ce2fed5f4a46f9 = private unnamed_addr constant [19 x i8] c"sample period %llu\0A", align 1
@alloc_ab18663ec14ad930fc37d06da27e9479 = private unnamed_addr constant [34 x i8] c"testdata/rust/progs/perf_event.rs\00", align 1
@alloc_45d444b6d27be45087748fc7d1fd20de = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_ab18663ec14ad930fc37d06da27e9479, [16 x i8] c"!\00\00\00\00\00\00\00\0B\00\00\00\05\00\00\00" }>, align 8
@alloc_848760b365b0887c74be4765288fabbc = private unnamed_addr constant [13 x i8] c"iu_perf_event", align 1
@_ZN10perf_event4PROG17h70074d4c800a143dE = internal constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\07\00\00\00\00\00\00\00", ptr @_ZN10perf_event16iu_perf_event_fn17he543c9068593c176E, ptr @alloc_848760b365b0887c74be4765288fabbc, [16 x i8] c"\0D\00\00\00\00\00\00\00\A0\86\01\00\00\00\00\00" }>, section "objperf_event", align 8, !dbg !0
@llvm.used = appending global [2 x ptr] [ptr @_ZN10perf_event4PROG17h70074d4c800a143dE, ptr @iu_perf_event], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; perf_event::iu_perf_event_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN10perf_event16iu_perf_event_fn17he543c9068593c176E(ptr align 8 %obj, ptr align 8 %data) unnamed_addr #0 !dbg !63 {
start:
  %data.dbg.spill = alloca [8 x i8], align 8
  %obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %obj, ptr %obj.dbg.spill, align 8
    #dbg_declare(ptr %obj.dbg.spill, !65, !DIExpression(), !67)
  store ptr %data, ptr %data.dbg.spill, align 8
    #dbg_declare(ptr %data.dbg.spill, !66, !DIExpression(), !68)
; call iu_rt::perf_event::sample_period
  %_5 = call i64 @_ZN5iu_rt10perf_event13sample_period17hbbdd0c305e7c09a6E(ptr align 8 %obj) #2, !dbg !69
; call iu_rt::perf_event::bpf_trace_printk
  %_3 = call i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h45829b95bd16189fE(ptr align 8 %obj, ptr align 1 @alloc_b0c9e126c5b999eba7ce2fed5f4a46f9, i64 19, i64 %_5) #2, !dbg !70
  %0 = getelementptr inbounds i8, ptr %data, i64 128, !dbg !71
  %_8 = load i64, ptr %0, align 8, !dbg !71
  %_7 = and i64 %_8, 255, !dbg !72
  %_6 = trunc i64 %_7 to i32, !dbg !72
  %_9.0 = add i32 42, %_6, !dbg !73
  %_9.1 = icmp ult i32 %_9.0, 42, !dbg !73
  br i1 %_9.1, label %panic, label %bb3, !dbg !73

bb3:                                              ; preds = %start
  ret i32 %_9.0, !dbg !74

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_45d444b6d27be45087748fc7d1fd20de) #3, !dbg !73
  unreachable, !dbg !73
}

; iu_rt::perf_event::sample_period
; Function Attrs: nounwind nonlazybind uwtable
declare i64 @_ZN5iu_rt10perf_event13sample_period17hbbdd0c305e7c09a6E(ptr align 8) unnamed_addr #0

; iu_rt::perf_event::bpf_trace_printk
; Function Attrs: nounwind nonlazybind uwtable
declare i32 @_ZN5iu_rt10perf_event16bpf_trace_printk17h45829b95bd16189fE(ptr align 8, ptr align 1, i64, i64) unnamed_addr #0

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #1

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }
attributes #3 = { noinline noreturn nounwind }

!llvm.module.flags = !{!55, !56, !57, !58}
!llvm.ident = !{!59}
!llvm.dbg.cu = !{!60}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN10perf_event4PROG17h70074d4c800a143dE", scope: !2, file: !3, line: 16, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "perf_event", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/perf_event.rs", directory: ".", checksumkind: CSK_MD5, checksum: "25ed8c220402939cb8616df27fdf5f6c")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "perf_event", scope: !6, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !7, templateParams: !43, identifier: "fddd888877e11064e7b2f21b2a422e03")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !46, !54}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::perf_event, &iu_rt::bpf_perf_event_data) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::perf_event", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::bpf_perf_event_data", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "bpf_perf_event_data", scope: !6, file: !5, size: 1472, align: 64, flags: DIFlagPublic, elements: !18, templateParams: !43, identifier: "365bfa6aeabb89836e62069ac96e401a")
!18 = !{!19, !44, !45}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "regs", scope: !17, file: !5, baseType: !20, size: 1344, align: 64, flags: DIFlagPublic)
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !6, file: !5, size: 1344, align: 64, flags: DIFlagPublic, elements: !21, templateParams: !43, identifier: "c7b0f0060667cbc691ff4127a2e4fe1a")
!21 = !{!22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !20, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPublic)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 192, flags: DIFlagPublic)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 256, flags: DIFlagPublic)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 320, flags: DIFlagPublic)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 384, flags: DIFlagPublic)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 448, flags: DIFlagPublic)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 512, flags: DIFlagPublic)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 576, flags: DIFlagPublic)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 640, flags: DIFlagPublic)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 704, flags: DIFlagPublic)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 768, flags: DIFlagPublic)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 832, flags: DIFlagPublic)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 896, flags: DIFlagPublic)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 960, flags: DIFlagPublic)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1024, flags: DIFlagPublic)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1088, flags: DIFlagPublic)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1152, flags: DIFlagPublic)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1216, flags: DIFlagPublic)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !20, file: !5, baseType: !9, size: 64, align: 64, offset: 1280, flags: DIFlagPublic)
!43 = !{}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "sample_period", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1344, flags: DIFlagPublic)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1408, flags: DIFlagPublic)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !47, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!47 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !48, templateParams: !43, identifier: "9277eecd40495f85161460476aacc992")
!48 = !{!49, !52}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !47, file: !5, baseType: !50, size: 64, align: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !47, file: !5, baseType: !53, size: 64, align: 64, offset: 64)
!53 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sample_period", scope: !4, file: !5, baseType: !9, size: 64, align: 64, offset: 256, flags: DIFlagPrivate)
!55 = !{i32 8, !"PIC Level", i32 2}
!56 = !{i32 2, !"RtLibUseGOT", i32 1}
!57 = !{i32 7, !"Dwarf Version", i32 4}
!58 = !{i32 2, !"Debug Info Version", i32 3}
!59 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!60 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !61, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !62, splitDebugInlining: false, nameTableKind: None)
!61 = !DIFile(filename: "testdata/rust/progs/perf_event.rs/@/perf_event.7fc44241714671a8-cgu.0", directory: ".")
!62 = !{!0}
!63 = distinct !DISubprogram(name: "iu_perf_event_fn", linkageName: "_ZN10perf_event16iu_perf_event_fn17he543c9068593c176E", scope: !2, file: !3, line: 9, type: !12, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !60, templateParams: !43, retainedNodes: !64)
!64 = !{!65, !66}
!65 = !DILocalVariable(name: "obj", arg: 1, scope: !63, file: !3, line: 9, type: !15)
!66 = !DILocalVariable(name: "data", arg: 2, scope: !63, file: !3, line: 9, type: !16)
!67 = !DILocation(line: 9, column: 21, scope: !63)
!68 = !DILocation(line: 9, column: 39, scope: !63)
!69 = !DILocation(line: 10, column: 54, scope: !63)
!70 = !DILocation(line: 10, column: 9, scope: !63)
!71 = !DILocation(line: 11, column: 13, scope: !63)
!72 = !DILocation(line: 11, column: 12, scope: !63)
!73 = !DILocation(line: 11, column: 5, scope: !63)
!74 = !DILocation(line: 12, column: 2, scope: !63)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_perf_event(ptr %ctx) #4 section "perf_event" {
start:
  %ret = call i32 @__iu_entry_perf_event(ptr @_ZN10perf_event4PROG17h70074d4c800a143dE, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_perf_event(ptr, ptr)

attributes #4 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!75}
!75 = !{!"_ZN10perf_event16iu_perf_event_fn17he543c9068593c176E"}
