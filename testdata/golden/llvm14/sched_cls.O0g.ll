; ModuleID = 'sched_cls.f505390d-cgu.0'
source_filename = "sched_cls.f505390d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::sched_cls" = type { i64, i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)*, { [0 x i8]*, i64 }, i8, [3 x i8], i32 }
%"iu_rt::__sk_buff" = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32 }

@alloc3 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_sched_cls" }>, align 1
@_ZN9sched_cls4PROG17h0b00c6a0e42aca71E = internal constant <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)* @_ZN9sched_cls15iu_sched_cls_fn17h7b79e827c9518314E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [9 x i8] c"\0C\00\00\00\00\00\00\00\01", [3 x i8] undef, [4 x i8] c"\07\00\00\00" }>, section "objsched_cls", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>* @_ZN9sched_cls4PROG17h0b00c6a0e42aca71E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; sched_cls::iu_sched_cls_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN9sched_cls15iu_sched_cls_fn17h7b79e827c9518314E(%"iu_rt::sched_cls"* align 8 %obj, %"iu_rt::__sk_buff"* align 4 %skb) unnamed_addr #0 !dbg !47 {
start:
  %skb.dbg.spill = alloca %"iu_rt::__sk_buff"*, align 8
  %obj.dbg.spill = alloca %"iu_rt::sched_cls"*, align 8
  %0 = alloca i32, align 4
  store %"iu_rt::sched_cls"* %obj, %"iu_rt::sched_cls"** %obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::sched_cls"** %obj.dbg.spill, metadata !49, metadata !DIExpression()), !dbg !51
  store %"iu_rt::__sk_buff"* %skb, %"iu_rt::__sk_buff"** %skb.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::__sk_buff"** %skb.dbg.spill, metadata !50, metadata !DIExpression()), !dbg !52
  %1 = bitcast %"iu_rt::__sk_buff"* %skb to i32*, !dbg !53
  %_3 = load i32, i32* %1, align 4, !dbg !53
  %2 = icmp eq i32 %_3, 0, !dbg !53
  br i1 %2, label %bb1, label %bb2, !dbg !53

bb1:                                              ; preds = %start
  store i32 2, i32* %0, align 4, !dbg !54
  br label %bb6, !dbg !55

bb2:                                              ; preds = %start
  %3 = getelementptr inbounds %"iu_rt::__sk_buff", %"iu_rt::__sk_buff"* %skb, i32 0, i32 2, !dbg !56
  %_5 = load i32, i32* %3, align 4, !dbg !56
; call iu_rt::sched_cls::priority
  %_6 = call i32 @_ZN5iu_rt9sched_cls8priority17heed0ced07f5fd48eE(%"iu_rt::sched_cls"* align 8 %obj) #2, !dbg !57
  br label %bb3, !dbg !57

bb3:                                              ; preds = %bb2
  %_4 = icmp eq i32 %_5, %_6, !dbg !56
  br i1 %_4, label %bb4, label %bb5, !dbg !56

bb5:                                              ; preds = %bb3
  store i32 0, i32* %0, align 4, !dbg !58
  br label %bb6, !dbg !59

bb4:                                              ; preds = %bb3
  store i32 7, i32* %0, align 4, !dbg !60
  br label %bb6, !dbg !55

bb6:                                              ; preds = %bb1, %bb5, %bb4
  %4 = load i32, i32* %0, align 4, !dbg !59
  ret i32 %4, !dbg !59
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

; iu_rt::sched_cls::priority
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt9sched_cls8priority17heed0ced07f5fd48eE(%"iu_rt::sched_cls"* align 8) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind }

!llvm.module.flags = !{!41, !42, !43}
!llvm.dbg.cu = !{!44}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN9sched_cls4PROG17h0b00c6a0e42aca71E", scope: !2, file: !3, line: 22, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "sched_cls", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/sched_cls.rs", directory: ".", checksumkind: CSK_MD5, checksum: "25c64d00aa0b4d13430f8d0d46e440e9")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "sched_cls", scope: !6, file: !5, size: 320, align: 64, elements: !7, templateParams: !30, identifier: "30569338e6a7b3d8e0f4064dd981f174")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !31, !39, !40}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::sched_cls, &iu_rt::__sk_buff) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sched_cls", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::__sk_buff", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "__sk_buff", scope: !6, file: !5, size: 352, align: 32, elements: !18, templateParams: !30, identifier: "22e46aa27b7bd4fc58d2c527108a072b")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !17, file: !5, baseType: !14, size: 32, align: 32)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "pkt_type", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 32)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "mark", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 64)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "queue_mapping", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 96)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "protocol", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 128)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_present", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 160)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_tci", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 192)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_proto", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 224)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "priority", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 256)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "ingress_ifindex", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 288)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "ifindex", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 320)
!30 = !{}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !32, size: 128, align: 64, offset: 128)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !33, templateParams: !30, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!33 = !{!34, !37}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !32, file: !5, baseType: !35, size: 64, align: 64)
!35 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64, align: 64, dwarfAddressSpace: 0)
!36 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !32, file: !5, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "tc_flags", scope: !4, file: !5, baseType: !36, size: 8, align: 8, offset: 256)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "priority", scope: !4, file: !5, baseType: !14, size: 32, align: 32, offset: 288)
!41 = !{i32 7, !"PIC Level", i32 2}
!42 = !{i32 2, !"RtLibUseGOT", i32 1}
!43 = !{i32 2, !"Debug Info Version", i32 3}
!44 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !45, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !46)
!45 = !DIFile(filename: "testdata/rust/progs/sched_cls.rs/@/sched_cls.f505390d-cgu.0", directory: ".")
!46 = !{!0}
!47 = distinct !DISubprogram(name: "iu_sched_cls_fn", linkageName: "_ZN9sched_cls15iu_sched_cls_fn17h7b79e827c9518314E", scope: !2, file: !3, line: 10, type: !12, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !44, templateParams: !30, retainedNodes: !48)
!48 = !{!49, !50}
!49 = !DILocalVariable(name: "obj", arg: 1, scope: !47, file: !3, line: 10, type: !15)
!50 = !DILocalVariable(name: "skb", arg: 2, scope: !47, file: !3, line: 10, type: !16)
!51 = !DILocation(line: 10, column: 20, scope: !47)
!52 = !DILocation(line: 10, column: 37, scope: !47)
!53 = !DILocation(line: 11, column: 8, scope: !47)
!54 = !DILocation(line: 12, column: 16, scope: !47)
!55 = !DILocation(line: 1, column: 1, scope: !47)
!56 = !DILocation(line: 14, column: 8, scope: !47)
!57 = !DILocation(line: 14, column: 20, scope: !47)
!58 = !DILocation(line: 17, column: 5, scope: !47)
!59 = !DILocation(line: 18, column: 2, scope: !47)
!60 = !DILocation(line: 15, column: 16, scope: !47)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_sched_cls(i8* %ctx) #3 section "classifier" {
start:
  %ret = call i32 @__iu_entry_sched_cls(i8* bitcast (<{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>* @_ZN9sched_cls4PROG17h0b00c6a0e42aca71E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_sched_cls(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_sched_cls to i8*)], section "llvm.metadata"

attributes #3 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!61}
!61 = !{!"_ZN9sched_cls15iu_sched_cls_fn17h7b79e827c9518314E"}
