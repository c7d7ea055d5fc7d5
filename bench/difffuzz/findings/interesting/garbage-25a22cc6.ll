; ModuleID = 'sched_cls.7c7a6a62a610f612-cgu.0'
source_filename = "sched_cls.7c7a6a62a610f612-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_e40ae8e247f3b693a017e81911afb779 = private unnamed_addr constant [12 x i8] c"iu_sched_cls", align 1
@_ZN9sched_cls4PROG17h7f31a2fbafd85880E = internal constant <{ [8 x i8], ptr, ptr, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", ptr @_ZN9sched_cls15iu_sched_cls_fn17h75429c03fb030904E, ptr @alloc_e40ae8e247f3b693a017e81911afb779, [9 x i8] c"\0C\00\00\00\00\00\00\00\01", [3 x i8] undef, [4 x i8] c"\07\00\00\00" }>, section "inner_unikernel/classifier", align 8, !dbg !0
@llvm.used = appending global [1 x ptr] [ptr @_ZN9sched_cls4PROG17h7f31a2fbafd85880E], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; sched_cls::iu_sched_cls_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN9sched_cls15iu_sched_cls_fn17h75429c03fb030904E(ptr align 8 %obj, ptr align 4 %skb) unnamed_addr #0 !dbg !49 {
start:
  %skb.dbg.spill = alloca [8 x i8], align 8
  %obj.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [4 x i8], align 4
  store ptr %obj, ptr %obj.dbg.spill, align 8
    #dbg_declare(ptr %obj.dbg.spill, !51, !DIExpression(), !53)
  store ptr %skb, ptr %skb.dbg.spill, align 8
    #dbg_declare(ptr %skb.dbg.spill, !52, !DIExpression(), !54)
  %_4 = load i32, ptr %skb, align 4, !dbg !55
  %_3 = icmp eq i32 %_4, 0, !dbg !55
  br i1 %_3, label %bb1, label %bb2, !dbg !55

bb2:                                              ; preds = %start
  %0 = getelementptr inbounds i8, ptr %skb, i64 8, !dbg !56
  %_6 = load i32, ptr %0, align 4, !dbg !56
; call iu_rt::sched_cls::priority
  %_7 = call i32 @_ZN5iu_rt9sched_cls8priority17h5983ae28f97acb73E(ptr align 8 %obj) #1, !dbg !57
  %_5 = icmp eq i32 %_6, %_7, !dbg !56
  br i1 %_5, label %bb4, label %bb5, !dbg !56

bb1:                                              ; preds = %start
  store i32 2, ptr %_0, align 4, !dbg !58
  br label %bb6, !dbg !59

bb5:                                              ; preds = %bb2
  store i32 0, ptr %_0, align 4, !dbg !60
  br label %bb6, !dbg !61

bb4:                                              ; preds = %bb2
  store i32 7, ptr %_0, align 4, !dbg !62
  br label %bb6, !dbg !59

bb6:                                              ; preds = %bb1, %bb4, %bb5
  %1 = load i32, ptr %_0, align 4, !dbg !61
  ret i32 %1, !dbg !61
}

; iu_rt::sched_cls::priority
; Function Attrs: nounwind nonlazybind uwtable
declare i32 @_ZN5iu_rt9sched_cls8priority17h5983ae28f97acb73E(ptr align 8) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!41, !42, !43, !44}
!llvm.ident = !{!45}
!llvm.dbg.cu = !{!46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN9sched_cls4PROG17h7f31a2fbafd85880E", scope: !2, file: !3, line: 22, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "sched_cls", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/sched_cls.rs", directory: ".", checksumkind: CSK_MD5, checksum: "25c64d00aa0b4d13430f8d0d46e440e9")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "sched_cls", scope: !6, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !7, templateParams: !30, identifier: "5c866856156994a1fdb2beec090bf5d8")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !31, !39, !40}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::sched_cls, &iu_rt::__sk_buff) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sched_cls", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::__sk_buff", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "__sk_buff", scope: !6, file: !5, size: 352, align: 32, flags: DIFlagPublic, elements: !18, templateParams: !30, identifier: "cd2017bd0a586b73157bbd3cd388dc8d")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !17, file: !5, baseType: !14, size: 32, align: 32, flags: DIFlagPublic)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "pkt_type", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "mark", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 64, flags: DIFlagPublic)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "queue_mapping", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 96, flags: DIFlagPublic)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "protocol", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_present", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 160, flags: DIFlagPublic)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_tci", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 192, flags: DIFlagPublic)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_proto", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 224, flags: DIFlagPublic)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "priority", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 256, flags: DIFlagPublic)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "ingress_ifindex", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 288, flags: DIFlagPublic)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "ifindex", scope: !17, file: !5, baseType: !14, size: 32, align: 32, offset: 320, flags: DIFlagPublic)
!30 = !{}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !32, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !33, templateParams: !30, identifier: "9277eecd40495f85161460476aacc992")
!33 = !{!34, !37}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !32, file: !5, baseType: !35, size: 64, align: 64)
!35 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64, align: 64, dwarfAddressSpace: 0)
!36 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !32, file: !5, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "tc_flags", scope: !4, file: !5, baseType: !36, size: 8, align: 8, offset: 256, flags: DIFlagPrivate)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "priority", scope: !4, file: !5, baseType: !14, size: 32, align: 32, offset: 288, flags: DIFlagPrivate)
!41 = !{i32 8, !"PIC Level", i32 2}
!42 = !{i32 2, !"RtLibUseGOT", i32 1}
!43 = !{i32 7, !"Dwarf Version", i32 4}
!44 = !{i32 2, !"Debug Info Version", i32 3}
!45 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!46 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !47, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !48, splitDebugInlining: false, nameTableKind: None)
!47 = !DIFile(filename: "testdata/rust/progs/sched_cls.rs/@/sched_cls.7c7a6a62a610f612-cgu.0", directory: ".")
!48 = !{!0}
!49 = distinct !DISubprogram(name: "iu_sched_cls_fn", linkageName: "_ZN9sched_cls15iu_sched_cls_fn17h75429c03fb030904E", scope: !2, file: !3, line: 10, type: !12, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !46, templateParams: !30, retainedNodes: !50)
!50 = !{!51, !52}
!51 = !DILocalVariable(name: "obj", arg: 1, scope: !49, file: !3, line: 10, type: !15)
!52 = !DILocalVariable(name: "skb", arg: 2, scope: !49, file: !3, line: 10, type: !16)
!53 = !DILocation(line: 10, column: 20, scope: !49)
!54 = !DILocation(line: 10, column: 37, scope: !49)
!55 = !DILocation(line: 11, column: 8, scope: !49)
!56 = !DILocation(line: 14, column: 8, scope: !49)
!57 = !DILocation(line: 14, column: 24, scope: !49)
!58 = !DILocation(line: 12, column: 16, scope: !49)
!59 = !DILocation(line: 0, scope: !49)
@llvm.used = appending global [1 x ptr] [ptr @_ZN9sched_cls15iu_sched_cls_fn17h75429c03fb030904E], section "llvm.metadata"
!60 = !DILocation(line: 17, column: 5, scope: !49)
!61 = !DILocation(line: 18, column: 2, scope: !49)
!62 = !DILocation(line: 15, column: 16, scope: !49)
