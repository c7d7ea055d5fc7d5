; ModuleID = 'multi.4e5549f1ff099c82-cgu.0'
source_filename = "multi.4e5549f1ff099c82-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_440daadbf63590ff64d81d318333f173 = private unnamed_addr constant [11 x i8] c"iu_multi_tc", align 1
@_ZN5multi2TC17haf34533d6e26ca8eE = internal constant <{ [8 x i8], ptr, ptr, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", ptr @_ZN5multi5tc_fn17h2ef995d04af3cf06E, ptr @alloc_440daadbf63590ff64d81d318333f173, [9 x i8] c"\0B\00\00\00\00\00\00\00\00", [3 x i8] undef, [4 x i8] c"\01\00\00\00" }>, section "objsched_cls", align 8, !dbg !0
@alloc_c1b4b1a44ec35325d2136584283e058e = private unnamed_addr constant [11 x i8] c"iu_multi_tp", align 1
@alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 = private unnamed_addr constant [64 x i8] zeroinitializer, align 8
@_ZN5multi2TP17hff162fa4fb82aa3eE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8], ptr }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN5multi5tp_fn17h207d6579b07e062eE, ptr @alloc_c1b4b1a44ec35325d2136584283e058e, [8 x i8] c"\0B\00\00\00\00\00\00\00", ptr @alloc_4f40612ab7406a7d1f3f0640c8ea0fb4 }>, section "objtracepoint", align 8, !dbg !41
@alloc_b7fc1b82de2f3e19bfcf962f88bc8b26 = private unnamed_addr constant [12 x i8] c"iu_multi_tp2", align 1
@_ZN5multi3TP217h2efd9c10a34736cdE = internal constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @_ZN5multi6tp2_fn17hbd5c39b5a6372c4dE, ptr @alloc_b7fc1b82de2f3e19bfcf962f88bc8b26, [16 x i8] c"\0C\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "objtracepoint", align 8, !dbg !75
@alloc_1f7ae75c1332f7d0162eb25961733835 = private unnamed_addr constant [12 x i8] c"iu_multi_xdp", align 1
@_ZN5multi3XDP17h04ad6bdcf435d610E = internal constant <{ [8 x i8], ptr, ptr, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @_ZN5multi6xdp_fn17h7069ac0d6b60efa7E, ptr @alloc_1f7ae75c1332f7d0162eb25961733835, [12 x i8] c"\0C\00\00\00\00\00\00\00\02\00\00\00", [4 x i8] undef }>, section "objxdp", align 8, !dbg !77
@alloc_f7052d5178079337c0e33f5ffdd33f55 = private unnamed_addr constant [13 x i8] c"iu_multi_kp_a", align 1
@_ZN5multi4KP_A17h0f019be743c84f44E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN5multi5kp_fn17h33f95153ec013c40E, ptr @alloc_f7052d5178079337c0e33f5ffdd33f55, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !98
@alloc_7108c9fcb4a06623a47c171b8802a0e7 = private unnamed_addr constant [13 x i8] c"iu_multi_kp_b", align 1
@_ZN5multi4KP_B17h6dc81c90169d508dE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN5multi5kp_fn17h33f95153ec013c40E, ptr @alloc_7108c9fcb4a06623a47c171b8802a0e7, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !133
@alloc_e824df5ff2eaabe9c087da9da5f833b7 = private unnamed_addr constant [29 x i8] c"testdata/rust/progs/multi.rs\00", align 1
@alloc_a5ce51487a9733350e72c08097295cd2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e824df5ff2eaabe9c087da9da5f833b7, [16 x i8] c"\1C\00\00\00\00\00\00\00\11\00\00\00#\00\00\00" }>, align 8
@llvm.used = appending global [12 x ptr] [ptr @_ZN5multi2TC17haf34533d6e26ca8eE, ptr @_ZN5multi2TP17hff162fa4fb82aa3eE, ptr @_ZN5multi3TP217h2efd9c10a34736cdE, ptr @_ZN5multi3XDP17h04ad6bdcf435d610E, ptr @_ZN5multi4KP_A17h0f019be743c84f44E, ptr @_ZN5multi4KP_B17h6dc81c90169d508dE, ptr @iu_multi_tc, ptr @iu_multi_tp, ptr @iu_multi_tp2, ptr @iu_multi_xdp, ptr @iu_multi_kp_a, ptr @iu_multi_kp_b], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; multi::kp_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN5multi5kp_fn17h33f95153ec013c40E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !143 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !145, !DIExpression(), !147)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !146, !DIExpression(), !148)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !149
  %_4 = load i64, ptr %0, align 8, !dbg !149
  %_3 = and i64 %_4, 65535, !dbg !150
  %_0 = trunc i64 %_3 to i32, !dbg !150
  ret i32 %_0, !dbg !151
}

; multi::tc_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN5multi5tc_fn17h2ef995d04af3cf06E(ptr align 8 %_obj, ptr align 4 %_skb) unnamed_addr #0 !dbg !152 {
start:
  %_skb.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !154, !DIExpression(), !156)
  store ptr %_skb, ptr %_skb.dbg.spill, align 8
    #dbg_declare(ptr %_skb.dbg.spill, !155, !DIExpression(), !157)
  ret i32 51, !dbg !158
}

; multi::tp_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN5multi5tp_fn17h207d6579b07e062eE(ptr align 8 %_obj, ptr align 8 %ctx) unnamed_addr #0 !dbg !159 {
start:
  %args.dbg.spill = alloca [8 x i8], align 8
  %ctx.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [4 x i8], align 4
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !161, !DIExpression(), !165)
  store ptr %ctx, ptr %ctx.dbg.spill, align 8
    #dbg_declare(ptr %ctx.dbg.spill, !162, !DIExpression(), !166)
  %0 = load ptr, ptr %ctx, align 8, !dbg !167
  %1 = ptrtoint ptr %0 to i64, !dbg !167
  %2 = icmp eq i64 %1, 0, !dbg !167
  %_3 = select i1 %2, i64 0, i64 1, !dbg !167
  %3 = trunc nuw i64 %_3 to i1, !dbg !168
  br i1 %3, label %bb3, label %bb2, !dbg !168

bb3:                                              ; preds = %start
  %args = load ptr, ptr %ctx, align 8, !dbg !169
  store ptr %args, ptr %args.dbg.spill, align 8, !dbg !169
    #dbg_declare(ptr %args.dbg.spill, !163, !DIExpression(), !170)
  %4 = getelementptr inbounds i8, ptr %args, i64 16, !dbg !171
  %5 = getelementptr inbounds nuw i64, ptr %4, i64 0, !dbg !171
  %_6 = load i64, ptr %5, align 8, !dbg !171
  %_5 = trunc i64 %_6 to i32, !dbg !171
  %_9.0 = add i32 %_5, 1, !dbg !171
  %_9.1 = icmp ult i32 %_9.0, %_5, !dbg !171
  br i1 %_9.1, label %panic, label %bb5, !dbg !171

bb2:                                              ; preds = %start
  store i32 57005, ptr %_0, align 4, !dbg !172
  br label %bb6, !dbg !172

bb6:                                              ; preds = %bb5, %bb2
  %6 = load i32, ptr %_0, align 4, !dbg !173
  ret i32 %6, !dbg !173

bb5:                                              ; preds = %bb3
  store i32 %_9.0, ptr %_0, align 4, !dbg !171
  br label %bb6, !dbg !174

panic:                                            ; preds = %bb3
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a5ce51487a9733350e72c08097295cd2) #2, !dbg !171
  unreachable, !dbg !171

bb1:                                              ; No predecessors!
  unreachable, !dbg !167
}

; multi::tp2_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN5multi6tp2_fn17hbd5c39b5a6372c4dE(ptr align 8 %_obj, ptr align 8 %_ctx) unnamed_addr #0 !dbg !175 {
start:
  %_ctx.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !177, !DIExpression(), !179)
  store ptr %_ctx, ptr %_ctx.dbg.spill, align 8
    #dbg_declare(ptr %_ctx.dbg.spill, !178, !DIExpression(), !180)
  ret i32 17, !dbg !181
}

; multi::xdp_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN5multi6xdp_fn17h7069ac0d6b60efa7E(ptr align 8 %_obj, ptr align 8 %md) unnamed_addr #0 !dbg !182 {
start:
  %md.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !184, !DIExpression(), !186)
  store ptr %md, ptr %md.dbg.spill, align 8
    #dbg_declare(ptr %md.dbg.spill, !185, !DIExpression(), !187)
  %_4.0 = load ptr, ptr %md, align 8, !dbg !188
  %0 = getelementptr inbounds i8, ptr %md, i64 8, !dbg !188
  %_4.1 = load i64, ptr %0, align 8, !dbg !188
  %_0 = trunc i64 %_4.1 to i32, !dbg !188
  ret i32 %_0, !dbg !189
}

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #1

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline noreturn nounwind }

!llvm.module.flags = !{!135, !136, !137, !138}
!llvm.ident = !{!139}
!llvm.dbg.cu = !{!140}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "TC", linkageName: "_ZN5multi2TC17haf34533d6e26ca8eE", scope: !2, file: !3, line: 56, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "multi", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/multi.rs", directory: ".", checksumkind: CSK_MD5, checksum: "c59e44b7c73f2e89d92c4bff4db9ddd5")
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
!41 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!42 = distinct !DIGlobalVariable(name: "TP", linkageName: "_ZN5multi2TP17hff162fa4fb82aa3eE", scope: !2, file: !3, line: 40, type: !43, isLocal: true, isDefinition: true, align: 64)
!43 = !DICompositeType(tag: DW_TAG_structure_type, name: "tracepoint", scope: !6, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !44, templateParams: !30, identifier: "cf301b4548888923265c52b6b0abd7d2")
!44 = !{!45, !46, !73, !74}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !43, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !43, file: !5, baseType: !47, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::tracepoint, &iu_rt::tp_ctx) -> u32", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!48 = !DISubroutineType(types: !49)
!49 = !{!14, !50, !51}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tracepoint", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tp_ctx", baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DICompositeType(tag: DW_TAG_structure_type, name: "tp_ctx", scope: !6, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !53, templateParams: !30, identifier: "421084e23553b034b9182c22f6554aff")
!53 = !{!54}
!54 = !DICompositeType(tag: DW_TAG_variant_part, scope: !52, file: !5, size: 64, align: 64, elements: !55, templateParams: !30, identifier: "d0c63205ae438424a91bcee08ce79d1", discriminator: !72)
!55 = !{!56, !58}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "Void", scope: !54, file: !5, baseType: !57, size: 64, align: 64, extraData: i64 0)
!57 = !DICompositeType(tag: DW_TAG_structure_type, name: "Void", scope: !52, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !30, identifier: "8d00952c572c1fd857a2f79c3bc38cb0")
!58 = !DIDerivedType(tag: DW_TAG_member, name: "SysEnter", scope: !54, file: !5, baseType: !59, size: 64, align: 64)
!59 = !DICompositeType(tag: DW_TAG_structure_type, name: "SysEnter", scope: !52, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !60, templateParams: !30, identifier: "f28a03afcad9250fc04fdb1ae6deead9")
!60 = !{!61}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !59, file: !5, baseType: !62, size: 64, align: 64, flags: DIFlagPublic)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sys_enter_args", baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_structure_type, name: "sys_enter_args", scope: !6, file: !5, size: 512, align: 64, flags: DIFlagPublic, elements: !64, templateParams: !30, identifier: "a3132fc8c1e8113d7bfc8d2eab6bc84c")
!64 = !{!65, !66, !68}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "common", scope: !63, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !63, file: !5, baseType: !67, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!67 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !63, file: !5, baseType: !69, size: 384, align: 64, offset: 128, flags: DIFlagPublic)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 6, lowerBound: 0)
!72 = !DIDerivedType(tag: DW_TAG_member, scope: !52, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !43, file: !5, baseType: !32, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "tp_type", scope: !43, file: !5, baseType: !52, size: 64, align: 64, offset: 256, flags: DIFlagPrivate)
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(name: "TP2", linkageName: "_ZN5multi3TP217h2efd9c10a34736cdE", scope: !2, file: !3, line: 44, type: !43, isLocal: true, isDefinition: true, align: 64)
!77 = !DIGlobalVariableExpression(var: !78, expr: !DIExpression())
!78 = distinct !DIGlobalVariable(name: "XDP", linkageName: "_ZN5multi3XDP17h04ad6bdcf435d610E", scope: !2, file: !3, line: 60, type: !79, isLocal: true, isDefinition: true, align: 64)
!79 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp", scope: !6, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !80, templateParams: !30, identifier: "429d5e4754c2df6877ddbd937424b23a")
!80 = !{!81, !82, !96, !97}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !79, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !79, file: !5, baseType: !83, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::xdp, &iu_rt::xdp_md) -> u32", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !DISubroutineType(types: !85)
!85 = !{!14, !86, !87}
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp", baseType: !79, size: 64, align: 64, dwarfAddressSpace: 0)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp_md", baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp_md", scope: !6, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !89, templateParams: !30, identifier: "e73e969e7dda27c2a5ffe1410af4fe0b")
!89 = !{!90, !95}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !88, file: !5, baseType: !91, size: 128, align: 64, flags: DIFlagPublic)
!91 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !92, templateParams: !30, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!92 = !{!93, !94}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !91, file: !5, baseType: !35, size: 64, align: 64)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !91, file: !5, baseType: !38, size: 64, align: 64, offset: 64)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "frame_sz", scope: !88, file: !5, baseType: !14, size: 32, align: 32, offset: 128, flags: DIFlagPublic)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !79, file: !5, baseType: !32, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "xdp_flags", scope: !79, file: !5, baseType: !14, size: 32, align: 32, offset: 256, flags: DIFlagPrivate)
!98 = !DIGlobalVariableExpression(var: !99, expr: !DIExpression())
!99 = distinct !DIGlobalVariable(name: "KP_A", linkageName: "_ZN5multi4KP_A17h0f019be743c84f44E", scope: !2, file: !3, line: 48, type: !100, isLocal: true, isDefinition: true, align: 64)
!100 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !6, file: !5, size: 256, align: 64, flags: DIFlagPublic, elements: !101, templateParams: !30, identifier: "9a41971f3cfc95d166f80de6051df233")
!101 = !{!102, !103, !132}
!102 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !100, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !100, file: !5, baseType: !104, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!104 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !105, size: 64, align: 64, dwarfAddressSpace: 0)
!105 = !DISubroutineType(types: !106)
!106 = !{!14, !107, !108}
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !100, size: 64, align: 64, dwarfAddressSpace: 0)
!108 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !109, size: 64, align: 64, dwarfAddressSpace: 0)
!109 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !6, file: !5, size: 1344, align: 64, flags: DIFlagPublic, elements: !110, templateParams: !30, identifier: "c7b0f0060667cbc691ff4127a2e4fe1a")
!110 = !{!111, !112, !113, !114, !115, !116, !117, !118, !119, !120, !121, !122, !123, !124, !125, !126, !127, !128, !129, !130, !131}
!111 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !109, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPublic)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 192, flags: DIFlagPublic)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 256, flags: DIFlagPublic)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 320, flags: DIFlagPublic)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 384, flags: DIFlagPublic)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 448, flags: DIFlagPublic)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 512, flags: DIFlagPublic)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 576, flags: DIFlagPublic)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 640, flags: DIFlagPublic)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 704, flags: DIFlagPublic)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 768, flags: DIFlagPublic)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 832, flags: DIFlagPublic)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 896, flags: DIFlagPublic)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 960, flags: DIFlagPublic)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 1024, flags: DIFlagPublic)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 1088, flags: DIFlagPublic)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 1152, flags: DIFlagPublic)
!130 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 1216, flags: DIFlagPublic)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !109, file: !5, baseType: !9, size: 64, align: 64, offset: 1280, flags: DIFlagPublic)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !100, file: !5, baseType: !32, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!133 = !DIGlobalVariableExpression(var: !134, expr: !DIExpression())
!134 = distinct !DIGlobalVariable(name: "KP_B", linkageName: "_ZN5multi4KP_B17h6dc81c90169d508dE", scope: !2, file: !3, line: 52, type: !100, isLocal: true, isDefinition: true, align: 64)
!135 = !{i32 8, !"PIC Level", i32 2}
!136 = !{i32 2, !"RtLibUseGOT", i32 1}
!137 = !{i32 7, !"Dwarf Version", i32 4}
!138 = !{i32 2, !"Debug Info Version", i32 3}
!139 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!140 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !141, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !142, splitDebugInlining: false, nameTableKind: None)
!141 = !DIFile(filename: "testdata/rust/progs/multi.rs/@/multi.4e5549f1ff099c82-cgu.0", directory: ".")
!142 = !{!0, !41, !75, !77, !98, !133}
!143 = distinct !DISubprogram(name: "kp_fn", linkageName: "_ZN5multi5kp_fn17h33f95153ec013c40E", scope: !2, file: !3, line: 26, type: !105, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !140, templateParams: !30, retainedNodes: !144)
!144 = !{!145, !146}
!145 = !DILocalVariable(name: "_obj", arg: 1, scope: !143, file: !3, line: 26, type: !107)
!146 = !DILocalVariable(name: "regs", arg: 2, scope: !143, file: !3, line: 26, type: !108)
!147 = !DILocation(line: 26, column: 10, scope: !143)
!148 = !DILocation(line: 26, column: 25, scope: !143)
!149 = !DILocation(line: 27, column: 6, scope: !143)
!150 = !DILocation(line: 27, column: 5, scope: !143)
!151 = !DILocation(line: 28, column: 2, scope: !143)
!152 = distinct !DISubprogram(name: "tc_fn", linkageName: "_ZN5multi5tc_fn17h2ef995d04af3cf06E", scope: !2, file: !3, line: 30, type: !12, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !140, templateParams: !30, retainedNodes: !153)
!153 = !{!154, !155}
!154 = !DILocalVariable(name: "_obj", arg: 1, scope: !152, file: !3, line: 30, type: !15)
!155 = !DILocalVariable(name: "_skb", arg: 2, scope: !152, file: !3, line: 30, type: !16)
!156 = !DILocation(line: 30, column: 10, scope: !152)
!157 = !DILocation(line: 30, column: 28, scope: !152)
!158 = !DILocation(line: 32, column: 2, scope: !152)
!159 = distinct !DISubprogram(name: "tp_fn", linkageName: "_ZN5multi5tp_fn17h207d6579b07e062eE", scope: !2, file: !3, line: 15, type: !48, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !140, templateParams: !30, retainedNodes: !160)
!160 = !{!161, !162, !163}
!161 = !DILocalVariable(name: "_obj", arg: 1, scope: !159, file: !3, line: 15, type: !50)
!162 = !DILocalVariable(name: "ctx", arg: 2, scope: !159, file: !3, line: 15, type: !51)
!163 = !DILocalVariable(name: "args", scope: !164, file: !3, line: 17, type: !62, align: 64)
!164 = distinct !DILexicalBlock(scope: !159, file: !3, line: 17, column: 9)
!165 = !DILocation(line: 15, column: 10, scope: !159)
!166 = !DILocation(line: 15, column: 29, scope: !159)
!167 = !DILocation(line: 16, column: 11, scope: !159)
!168 = !DILocation(line: 16, column: 5, scope: !159)
!169 = !DILocation(line: 17, column: 26, scope: !159)
!170 = !DILocation(line: 17, column: 26, scope: !164)
!171 = !DILocation(line: 17, column: 35, scope: !164)
!172 = !DILocation(line: 18, column: 25, scope: !159)
!173 = !DILocation(line: 20, column: 2, scope: !159)
!174 = !DILocation(line: 17, column: 57, scope: !159)
!175 = distinct !DISubprogram(name: "tp2_fn", linkageName: "_ZN5multi6tp2_fn17hbd5c39b5a6372c4dE", scope: !2, file: !3, line: 22, type: !48, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !140, templateParams: !30, retainedNodes: !176)
!176 = !{!177, !178}
!177 = !DILocalVariable(name: "_obj", arg: 1, scope: !175, file: !3, line: 22, type: !50)
!178 = !DILocalVariable(name: "_ctx", arg: 2, scope: !175, file: !3, line: 22, type: !51)
!179 = !DILocation(line: 22, column: 11, scope: !175)
!180 = !DILocation(line: 22, column: 30, scope: !175)
!181 = !DILocation(line: 24, column: 2, scope: !175)
!182 = distinct !DISubprogram(name: "xdp_fn", linkageName: "_ZN5multi6xdp_fn17h7069ac0d6b60efa7E", scope: !2, file: !3, line: 34, type: !84, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !140, templateParams: !30, retainedNodes: !183)
!183 = !{!184, !185}
!184 = !DILocalVariable(name: "_obj", arg: 1, scope: !182, file: !3, line: 34, type: !86)
!185 = !DILocalVariable(name: "md", arg: 2, scope: !182, file: !3, line: 34, type: !87)
!186 = !DILocation(line: 34, column: 11, scope: !182)
!187 = !DILocation(line: 34, column: 23, scope: !182)
!188 = !DILocation(line: 35, column: 5, scope: !182)
!189 = !DILocation(line: 36, column: 2, scope: !182)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_multi_tc(ptr %ctx) #3 section "tc" {
start:
  %ret = call i32 @__iu_entry_sched_cls(ptr @_ZN5multi2TC17haf34533d6e26ca8eE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tp(ptr %ctx) #3 section "tracepoint/syscalls/sys_enter_write" {
start:
  %ret = call i32 @__iu_entry_tracepoint(ptr @_ZN5multi2TP17hff162fa4fb82aa3eE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tp2(ptr %ctx) #3 section "tp/sched/sched_switch" {
start:
  %ret = call i32 @__iu_entry_tracepoint(ptr @_ZN5multi3TP217h2efd9c10a34736cdE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_xdp(ptr %ctx) #3 section "xdp" {
start:
  %ret = call i32 @__iu_entry_xdp(ptr @_ZN5multi3XDP17h04ad6bdcf435d610E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_a(ptr %ctx) #3 section "kprobe/do_sys_open" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN5multi4KP_A17h0f019be743c84f44E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_b(ptr %ctx) #3 section "kprobe/do_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN5multi4KP_B17h6dc81c90169d508dE, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_sched_cls(ptr, ptr)
declare i32 @__iu_entry_tracepoint(ptr, ptr)
declare i32 @__iu_entry_xdp(ptr, ptr)
declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #3 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!190, !191, !192, !193, !194}
!190 = !{!"_ZN5multi5tc_fn17h2ef995d04af3cf06E"}
!191 = !{!"_ZN5multi5tp_fn17h207d6579b07e062eE"}
!192 = !{!"_ZN5multi6tp2_fn17hbd5c39b5a6372c4dE"}
!193 = !{!"_ZN5multi6xdp_fn17h7069ac0d6b60efa7E"}
!194 = !{!"_ZN5multi5kp_fn17h33f95153ec013c40E"}
