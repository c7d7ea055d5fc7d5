; ModuleID = 'multi.6741306f-cgu.0'
source_filename = "multi.6741306f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::tracepoint" = type { i64, i32 (%"iu_rt::tracepoint"*, i64**)*, { [0 x i8]*, i64 }, i64* }
%"iu_rt::sys_enter_args" = type { i64, i64, [6 x i64] }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%"iu_rt::sched_cls" = type { i64, i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)*, { [0 x i8]*, i64 }, i8, [3 x i8], i32 }
%"iu_rt::__sk_buff" = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32 }
%"iu_rt::xdp" = type { i64, i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)*, { [0 x i8]*, i64 }, i32, [1 x i32] }
%"iu_rt::xdp_md" = type { { [0 x i8]*, i64 }, i32, [1 x i32] }

@alloc50 = private unnamed_addr constant <{ [28 x i8] }> <{ [28 x i8] c"testdata/rust/progs/multi.rs" }>, align 1
@alloc51 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [28 x i8] }>, <{ [28 x i8] }>* @alloc50, i32 0, i32 0, i32 0), [16 x i8] c"\1C\00\00\00\00\00\00\00\11\00\00\00#\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc8 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_multi_tp" }>, align 1
@alloc5 = private unnamed_addr constant <{ [64 x i8] }> zeroinitializer, align 8
@_ZN5multi2TP17h9c7103378b076cc3E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8], i8* }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN5multi5tp_fn17hbdabd04d27e08c69E to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc8, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00", i8* getelementptr inbounds (<{ [64 x i8] }>, <{ [64 x i8] }>* @alloc5, i32 0, i32 0, i32 0) }>, section "objtracepoint", align 8, !dbg !0
@alloc14 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_multi_tp2" }>, align 1
@_ZN5multi3TP217h424098bc70ddd981E = internal constant <{ [8 x i8], i8*, i8*, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN5multi6tp2_fn17hb6263b064888d7dbE to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc14, i32 0, i32 0, i32 0), [16 x i8] c"\0C\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "objtracepoint", align 8, !dbg !48
@alloc20 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_multi_kp_a" }>, align 1
@_ZN5multi4KP_A17hea07601ce84964a9E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN5multi5kp_fn17hbbf308fb64574d1fE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc20, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !50
@alloc25 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_multi_kp_b" }>, align 1
@_ZN5multi4KP_B17h05604d98edf00edbE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN5multi5kp_fn17hbbf308fb64574d1fE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc25, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !85
@alloc30 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_multi_tc" }>, align 1
@_ZN5multi2TC17h25fea51fcb80e43bE = internal constant <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)* @_ZN5multi5tc_fn17hfddb1217c34e72beE to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc30, i32 0, i32 0, i32 0), [9 x i8] c"\0B\00\00\00\00\00\00\00\00", [3 x i8] undef, [4 x i8] c"\01\00\00\00" }>, section "objsched_cls", align 8, !dbg !87
@alloc36 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_multi_xdp" }>, align 1
@_ZN5multi3XDP17h94223fd376017ca7E = internal constant <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::xdp"*, %"iu_rt::xdp_md"*)* @_ZN5multi6xdp_fn17h0ad10a2692f5e153E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc36, i32 0, i32 0, i32 0), [12 x i8] c"\0C\00\00\00\00\00\00\00\02\00\00\00", [4 x i8] undef }>, section "objxdp", align 8, !dbg !114
@llvm.compiler.used = appending global [6 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8], i8* }>, <{ [8 x i8], i8*, i8*, [8 x i8], i8* }>* @_ZN5multi2TP17h9c7103378b076cc3E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [16 x i8] }>, <{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN5multi3TP217h424098bc70ddd981E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_A17hea07601ce84964a9E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_B17h05604d98edf00edbE, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>* @_ZN5multi2TC17h25fea51fcb80e43bE, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>* @_ZN5multi3XDP17h94223fd376017ca7E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; multi::tp_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN5multi5tp_fn17hbdabd04d27e08c69E(%"iu_rt::tracepoint"* align 8 %_obj, i64** align 8 %ctx) unnamed_addr #0 !dbg !141 {
start:
  %args.dbg.spill = alloca %"iu_rt::sys_enter_args"*, align 8
  %ctx.dbg.spill = alloca i64**, align 8
  %_obj.dbg.spill = alloca %"iu_rt::tracepoint"*, align 8
  %0 = alloca i32, align 4
  store %"iu_rt::tracepoint"* %_obj, %"iu_rt::tracepoint"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::tracepoint"** %_obj.dbg.spill, metadata !143, metadata !DIExpression()), !dbg !147
  store i64** %ctx, i64*** %ctx.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64*** %ctx.dbg.spill, metadata !144, metadata !DIExpression()), !dbg !148
  %1 = bitcast i64** %ctx to {}**, !dbg !149
  %2 = load {}*, {}** %1, align 8, !dbg !149
  %3 = icmp eq {}* %2, null, !dbg !149
  %_3 = select i1 %3, i64 0, i64 1, !dbg !149
  switch i64 %_3, label %bb2 [
    i64 0, label %bb1
    i64 1, label %bb3
  ], !dbg !150

bb2:                                              ; preds = %start
  unreachable, !dbg !149

bb1:                                              ; preds = %start
  store i32 57005, i32* %0, align 4, !dbg !151
  br label %bb5, !dbg !151

bb3:                                              ; preds = %start
  %4 = bitcast i64** %ctx to %"iu_rt::sys_enter_args"**, !dbg !152
  %args = load %"iu_rt::sys_enter_args"*, %"iu_rt::sys_enter_args"** %4, align 8, !dbg !152, !nonnull !23, !align !153, !noundef !23
  store %"iu_rt::sys_enter_args"* %args, %"iu_rt::sys_enter_args"** %args.dbg.spill, align 8, !dbg !152
  call void @llvm.dbg.declare(metadata %"iu_rt::sys_enter_args"** %args.dbg.spill, metadata !145, metadata !DIExpression()), !dbg !154
  %5 = getelementptr inbounds %"iu_rt::sys_enter_args", %"iu_rt::sys_enter_args"* %args, i32 0, i32 2, !dbg !155
  %6 = getelementptr inbounds [6 x i64], [6 x i64]* %5, i64 0, i64 0, !dbg !155
  %_6 = load i64, i64* %6, align 8, !dbg !155
  %_5 = trunc i64 %_6 to i32, !dbg !155
  %7 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %_5, i32 1), !dbg !155
  %_8.0 = extractvalue { i32, i1 } %7, 0, !dbg !155
  %_8.1 = extractvalue { i32, i1 } %7, 1, !dbg !155
  %8 = call i1 @llvm.expect.i1(i1 %_8.1, i1 false), !dbg !155
  br i1 %8, label %panic, label %bb4, !dbg !155

bb4:                                              ; preds = %bb3
  store i32 %_8.0, i32* %0, align 4, !dbg !155
  br label %bb5, !dbg !156

panic:                                            ; preds = %bb3
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc51 to %"core::panic::location::Location"*)) #4, !dbg !155
  unreachable, !dbg !155

bb5:                                              ; preds = %bb1, %bb4
  %9 = load i32, i32* %0, align 4, !dbg !157
  ret i32 %9, !dbg !157
}

; multi::tp2_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN5multi6tp2_fn17hb6263b064888d7dbE(%"iu_rt::tracepoint"* align 8 %_obj, i64** align 8 %_ctx) unnamed_addr #0 !dbg !158 {
start:
  %_ctx.dbg.spill = alloca i64**, align 8
  %_obj.dbg.spill = alloca %"iu_rt::tracepoint"*, align 8
  store %"iu_rt::tracepoint"* %_obj, %"iu_rt::tracepoint"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::tracepoint"** %_obj.dbg.spill, metadata !160, metadata !DIExpression()), !dbg !162
  store i64** %_ctx, i64*** %_ctx.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64*** %_ctx.dbg.spill, metadata !161, metadata !DIExpression()), !dbg !163
  ret i32 17, !dbg !164
}

; multi::kp_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN5multi5kp_fn17hbbf308fb64574d1fE(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #0 !dbg !165 {
start:
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !167, metadata !DIExpression()), !dbg !169
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !168, metadata !DIExpression()), !dbg !170
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !171
  %_4 = load i64, i64* %0, align 8, !dbg !171
  %_3 = and i64 %_4, 65535, !dbg !172
  %1 = trunc i64 %_3 to i32, !dbg !172
  ret i32 %1, !dbg !173
}

; multi::tc_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN5multi5tc_fn17hfddb1217c34e72beE(%"iu_rt::sched_cls"* align 8 %_obj, %"iu_rt::__sk_buff"* align 4 %_skb) unnamed_addr #0 !dbg !174 {
start:
  %_skb.dbg.spill = alloca %"iu_rt::__sk_buff"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::sched_cls"*, align 8
  store %"iu_rt::sched_cls"* %_obj, %"iu_rt::sched_cls"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::sched_cls"** %_obj.dbg.spill, metadata !176, metadata !DIExpression()), !dbg !178
  store %"iu_rt::__sk_buff"* %_skb, %"iu_rt::__sk_buff"** %_skb.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::__sk_buff"** %_skb.dbg.spill, metadata !177, metadata !DIExpression()), !dbg !179
  ret i32 51, !dbg !180
}

; multi::xdp_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN5multi6xdp_fn17h0ad10a2692f5e153E(%"iu_rt::xdp"* align 8 %_obj, %"iu_rt::xdp_md"* align 8 %md) unnamed_addr #0 !dbg !181 {
start:
  %md.dbg.spill = alloca %"iu_rt::xdp_md"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::xdp"*, align 8
  store %"iu_rt::xdp"* %_obj, %"iu_rt::xdp"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::xdp"** %_obj.dbg.spill, metadata !183, metadata !DIExpression()), !dbg !185
  store %"iu_rt::xdp_md"* %md, %"iu_rt::xdp_md"** %md.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::xdp_md"** %md.dbg.spill, metadata !184, metadata !DIExpression()), !dbg !186
  %0 = bitcast %"iu_rt::xdp_md"* %md to { [0 x i8]*, i64 }*, !dbg !187
  %1 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %0, i32 0, i32 0, !dbg !187
  %_5.0 = load [0 x i8]*, [0 x i8]** %1, align 8, !dbg !187, !nonnull !23, !align !188, !noundef !23
  %2 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %0, i32 0, i32 1, !dbg !187
  %_5.1 = load i64, i64* %2, align 8, !dbg !187
  %3 = trunc i64 %_5.1 to i32, !dbg !187
  ret i32 %3, !dbg !189
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #1

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
attributes #4 = { noreturn nounwind }

!llvm.module.flags = !{!135, !136, !137}
!llvm.dbg.cu = !{!138}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "TP", linkageName: "_ZN5multi2TP17h9c7103378b076cc3E", scope: !2, file: !3, line: 40, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "multi", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/multi.rs", directory: ".", checksumkind: CSK_MD5, checksum: "c59e44b7c73f2e89d92c4bff4db9ddd5")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "tracepoint", scope: !6, file: !5, size: 320, align: 64, elements: !7, templateParams: !23, identifier: "be2c27dca34cc18ab71ee544ebede3a")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !39, !47}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::tracepoint, &iu_rt::tp_ctx) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tracepoint", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::tp_ctx", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "tp_ctx", scope: !6, file: !5, size: 64, align: 64, elements: !18, templateParams: !23, identifier: "6ccc65a5a65b1881f5befa2b8a8bd2fa")
!18 = !{!19}
!19 = !DICompositeType(tag: DW_TAG_variant_part, scope: !17, file: !5, size: 64, align: 64, elements: !20, templateParams: !23, identifier: "936953f4849d529131f4ec0a34cde8cb", discriminator: !38)
!20 = !{!21, !24}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "Void", scope: !19, file: !5, baseType: !22, size: 64, align: 64, extraData: i64 0)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "Void", scope: !17, file: !5, size: 64, align: 64, elements: !23, identifier: "2e1ea44d66e6e76365d369b4ecea387e")
!23 = !{}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "SysEnter", scope: !19, file: !5, baseType: !25, size: 64, align: 64)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "SysEnter", scope: !17, file: !5, size: 64, align: 64, elements: !26, templateParams: !23, identifier: "1e28cbd5d3bee03dc3aefd0e07fc065e")
!26 = !{!27}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !25, file: !5, baseType: !28, size: 64, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sys_enter_args", baseType: !29, size: 64, align: 64, dwarfAddressSpace: 0)
!29 = !DICompositeType(tag: DW_TAG_structure_type, name: "sys_enter_args", scope: !6, file: !5, size: 512, align: 64, elements: !30, templateParams: !23, identifier: "dc20b1285d2537f999ac7e5150f036be")
!30 = !{!31, !32, !34}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "common", scope: !29, file: !5, baseType: !9, size: 64, align: 64)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !29, file: !5, baseType: !33, size: 64, align: 64, offset: 64)
!33 = !DIBasicType(name: "i64", size: 64, encoding: DW_ATE_signed)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !29, file: !5, baseType: !35, size: 384, align: 64, offset: 128)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 6, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, scope: !17, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !40, size: 128, align: 64, offset: 128)
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !41, templateParams: !23, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!41 = !{!42, !45}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !40, file: !5, baseType: !43, size: 64, align: 64)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !40, file: !5, baseType: !46, size: 64, align: 64, offset: 64)
!46 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "tp_type", scope: !4, file: !5, baseType: !17, size: 64, align: 64, offset: 256)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(name: "TP2", linkageName: "_ZN5multi3TP217h424098bc70ddd981E", scope: !2, file: !3, line: 44, type: !4, isLocal: true, isDefinition: true, align: 64)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "KP_A", linkageName: "_ZN5multi4KP_A17hea07601ce84964a9E", scope: !2, file: !3, line: 48, type: !52, isLocal: true, isDefinition: true, align: 64)
!52 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !6, file: !5, size: 256, align: 64, elements: !53, templateParams: !23, identifier: "282191b11f19cc42fd06117274dfaff9")
!53 = !{!54, !55, !84}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !52, file: !5, baseType: !9, size: 64, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !52, file: !5, baseType: !56, size: 64, align: 64, offset: 64)
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!57 = !DISubroutineType(types: !58)
!58 = !{!14, !59, !60}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !6, file: !5, size: 1344, align: 64, elements: !62, templateParams: !23, identifier: "9839896ef0917d72b974666f51b0c023")
!62 = !{!63, !64, !65, !66, !67, !68, !69, !70, !71, !72, !73, !74, !75, !76, !77, !78, !79, !80, !81, !82, !83}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !61, file: !5, baseType: !9, size: 64, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 64)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 128)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 192)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 256)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 320)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 384)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 448)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 512)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 576)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 640)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 704)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 768)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 832)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 896)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 960)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 1024)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 1088)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 1152)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 1216)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !61, file: !5, baseType: !9, size: 64, align: 64, offset: 1280)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !52, file: !5, baseType: !40, size: 128, align: 64, offset: 128)
!85 = !DIGlobalVariableExpression(var: !86, expr: !DIExpression())
!86 = distinct !DIGlobalVariable(name: "KP_B", linkageName: "_ZN5multi4KP_B17h05604d98edf00edbE", scope: !2, file: !3, line: 52, type: !52, isLocal: true, isDefinition: true, align: 64)
!87 = !DIGlobalVariableExpression(var: !88, expr: !DIExpression())
!88 = distinct !DIGlobalVariable(name: "TC", linkageName: "_ZN5multi2TC17h25fea51fcb80e43bE", scope: !2, file: !3, line: 56, type: !89, isLocal: true, isDefinition: true, align: 64)
!89 = !DICompositeType(tag: DW_TAG_structure_type, name: "sched_cls", scope: !6, file: !5, size: 320, align: 64, elements: !90, templateParams: !23, identifier: "30569338e6a7b3d8e0f4064dd981f174")
!90 = !{!91, !92, !111, !112, !113}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !89, file: !5, baseType: !9, size: 64, align: 64)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !89, file: !5, baseType: !93, size: 64, align: 64, offset: 64)
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::sched_cls, &iu_rt::__sk_buff) -> u32", baseType: !94, size: 64, align: 64, dwarfAddressSpace: 0)
!94 = !DISubroutineType(types: !95)
!95 = !{!14, !96, !97}
!96 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::sched_cls", baseType: !89, size: 64, align: 64, dwarfAddressSpace: 0)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::__sk_buff", baseType: !98, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !DICompositeType(tag: DW_TAG_structure_type, name: "__sk_buff", scope: !6, file: !5, size: 352, align: 32, elements: !99, templateParams: !23, identifier: "22e46aa27b7bd4fc58d2c527108a072b")
!99 = !{!100, !101, !102, !103, !104, !105, !106, !107, !108, !109, !110}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !98, file: !5, baseType: !14, size: 32, align: 32)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "pkt_type", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 32)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "mark", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 64)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "queue_mapping", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 96)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "protocol", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 128)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_present", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 160)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_tci", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 192)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "vlan_proto", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 224)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "priority", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 256)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "ingress_ifindex", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 288)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "ifindex", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 320)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !89, file: !5, baseType: !40, size: 128, align: 64, offset: 128)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "tc_flags", scope: !89, file: !5, baseType: !44, size: 8, align: 8, offset: 256)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "priority", scope: !89, file: !5, baseType: !14, size: 32, align: 32, offset: 288)
!114 = !DIGlobalVariableExpression(var: !115, expr: !DIExpression())
!115 = distinct !DIGlobalVariable(name: "XDP", linkageName: "_ZN5multi3XDP17h94223fd376017ca7E", scope: !2, file: !3, line: 60, type: !116, isLocal: true, isDefinition: true, align: 64)
!116 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp", scope: !6, file: !5, size: 320, align: 64, elements: !117, templateParams: !23, identifier: "9e022e5cbc86469d6e0534451fcd2cf3")
!117 = !{!118, !119, !133, !134}
!118 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !116, file: !5, baseType: !9, size: 64, align: 64)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !116, file: !5, baseType: !120, size: 64, align: 64, offset: 64)
!120 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::xdp, &iu_rt::xdp_md) -> u32", baseType: !121, size: 64, align: 64, dwarfAddressSpace: 0)
!121 = !DISubroutineType(types: !122)
!122 = !{!14, !123, !124}
!123 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp", baseType: !116, size: 64, align: 64, dwarfAddressSpace: 0)
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::xdp_md", baseType: !125, size: 64, align: 64, dwarfAddressSpace: 0)
!125 = !DICompositeType(tag: DW_TAG_structure_type, name: "xdp_md", scope: !6, file: !5, size: 192, align: 64, elements: !126, templateParams: !23, identifier: "bac3843de1a8385c282afb3d2919a05c")
!126 = !{!127, !132}
!127 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !125, file: !5, baseType: !128, size: 128, align: 64)
!128 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !129, templateParams: !23, identifier: "7d49e60d2ca720f66806f7375f860e2")
!129 = !{!130, !131}
!130 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !128, file: !5, baseType: !43, size: 64, align: 64)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !128, file: !5, baseType: !46, size: 64, align: 64, offset: 64)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "frame_sz", scope: !125, file: !5, baseType: !14, size: 32, align: 32, offset: 128)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !116, file: !5, baseType: !40, size: 128, align: 64, offset: 128)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "xdp_flags", scope: !116, file: !5, baseType: !14, size: 32, align: 32, offset: 256)
!135 = !{i32 7, !"PIC Level", i32 2}
!136 = !{i32 2, !"RtLibUseGOT", i32 1}
!137 = !{i32 2, !"Debug Info Version", i32 3}
!138 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !139, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !140)
!139 = !DIFile(filename: "testdata/rust/progs/multi.rs/@/multi.6741306f-cgu.0", directory: ".")
!140 = !{!0, !48, !50, !85, !87, !114}
!141 = distinct !DISubprogram(name: "tp_fn", linkageName: "_ZN5multi5tp_fn17hbdabd04d27e08c69E", scope: !2, file: !3, line: 15, type: !12, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !138, templateParams: !23, retainedNodes: !142)
!142 = !{!143, !144, !145}
!143 = !DILocalVariable(name: "_obj", arg: 1, scope: !141, file: !3, line: 15, type: !15)
!144 = !DILocalVariable(name: "ctx", arg: 2, scope: !141, file: !3, line: 15, type: !16)
!145 = !DILocalVariable(name: "args", scope: !146, file: !3, line: 17, type: !28, align: 8)
!146 = distinct !DILexicalBlock(scope: !141, file: !3, line: 17, column: 9)
!147 = !DILocation(line: 15, column: 10, scope: !141)
!148 = !DILocation(line: 15, column: 29, scope: !141)
!149 = !DILocation(line: 16, column: 11, scope: !141)
!150 = !DILocation(line: 16, column: 5, scope: !141)
!151 = !DILocation(line: 18, column: 25, scope: !141)
!152 = !DILocation(line: 17, column: 26, scope: !141)
!153 = !{i64 8}
!154 = !DILocation(line: 17, column: 26, scope: !146)
!155 = !DILocation(line: 17, column: 35, scope: !146)
!156 = !DILocation(line: 17, column: 57, scope: !141)
!157 = !DILocation(line: 20, column: 2, scope: !141)
!158 = distinct !DISubprogram(name: "tp2_fn", linkageName: "_ZN5multi6tp2_fn17hb6263b064888d7dbE", scope: !2, file: !3, line: 22, type: !12, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !138, templateParams: !23, retainedNodes: !159)
!159 = !{!160, !161}
!160 = !DILocalVariable(name: "_obj", arg: 1, scope: !158, file: !3, line: 22, type: !15)
!161 = !DILocalVariable(name: "_ctx", arg: 2, scope: !158, file: !3, line: 22, type: !16)
!162 = !DILocation(line: 22, column: 11, scope: !158)
!163 = !DILocation(line: 22, column: 30, scope: !158)
!164 = !DILocation(line: 24, column: 2, scope: !158)
!165 = distinct !DISubprogram(name: "kp_fn", linkageName: "_ZN5multi5kp_fn17hbbf308fb64574d1fE", scope: !2, file: !3, line: 26, type: !57, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !138, templateParams: !23, retainedNodes: !166)
!166 = !{!167, !168}
!167 = !DILocalVariable(name: "_obj", arg: 1, scope: !165, file: !3, line: 26, type: !59)
!168 = !DILocalVariable(name: "regs", arg: 2, scope: !165, file: !3, line: 26, type: !60)
!169 = !DILocation(line: 26, column: 10, scope: !165)
!170 = !DILocation(line: 26, column: 25, scope: !165)
!171 = !DILocation(line: 27, column: 6, scope: !165)
!172 = !DILocation(line: 27, column: 5, scope: !165)
!173 = !DILocation(line: 28, column: 2, scope: !165)
!174 = distinct !DISubprogram(name: "tc_fn", linkageName: "_ZN5multi5tc_fn17hfddb1217c34e72beE", scope: !2, file: !3, line: 30, type: !94, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !138, templateParams: !23, retainedNodes: !175)
!175 = !{!176, !177}
!176 = !DILocalVariable(name: "_obj", arg: 1, scope: !174, file: !3, line: 30, type: !96)
!177 = !DILocalVariable(name: "_skb", arg: 2, scope: !174, file: !3, line: 30, type: !97)
!178 = !DILocation(line: 30, column: 10, scope: !174)
!179 = !DILocation(line: 30, column: 28, scope: !174)
!180 = !DILocation(line: 32, column: 2, scope: !174)
!181 = distinct !DISubprogram(name: "xdp_fn", linkageName: "_ZN5multi6xdp_fn17h0ad10a2692f5e153E", scope: !2, file: !3, line: 34, type: !121, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !138, templateParams: !23, retainedNodes: !182)
!182 = !{!183, !184}
!183 = !DILocalVariable(name: "_obj", arg: 1, scope: !181, file: !3, line: 34, type: !123)
!184 = !DILocalVariable(name: "md", arg: 2, scope: !181, file: !3, line: 34, type: !124)
!185 = !DILocation(line: 34, column: 11, scope: !181)
!186 = !DILocation(line: 34, column: 23, scope: !181)
!187 = !DILocation(line: 35, column: 5, scope: !181)
!188 = !{i64 1}
!189 = !DILocation(line: 36, column: 2, scope: !181)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_multi_tp(i8* %ctx) #5 section "tracepoint/syscalls/sys_enter_write" {
start:
  %ret = call i32 @__iu_entry_tracepoint(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8], i8* }>* @_ZN5multi2TP17h9c7103378b076cc3E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tp2(i8* %ctx) #5 section "tp/sched/sched_switch" {
start:
  %ret = call i32 @__iu_entry_tracepoint(i8* bitcast (<{ [8 x i8], i8*, i8*, [16 x i8] }>* @_ZN5multi3TP217h424098bc70ddd981E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_a(i8* %ctx) #5 section "kprobe/do_sys_open" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_A17hea07601ce84964a9E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_kp_b(i8* %ctx) #5 section "kprobe/do_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN5multi4KP_B17h05604d98edf00edbE to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_tc(i8* %ctx) #5 section "tc" {
start:
  %ret = call i32 @__iu_entry_sched_cls(i8* bitcast (<{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>* @_ZN5multi2TC17h25fea51fcb80e43bE to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_multi_xdp(i8* %ctx) #5 section "xdp" {
start:
  %ret = call i32 @__iu_entry_xdp(i8* bitcast (<{ [8 x i8], i8*, i8*, [12 x i8], [4 x i8] }>* @_ZN5multi3XDP17h94223fd376017ca7E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_tracepoint(i8*, i8*)
declare i32 @__iu_entry_kprobe(i8*, i8*)
declare i32 @__iu_entry_sched_cls(i8*, i8*)
declare i32 @__iu_entry_xdp(i8*, i8*)

@llvm.used = appending global [6 x i8*] [i8* bitcast (i32 (i8*)* @iu_multi_tp to i8*), i8* bitcast (i32 (i8*)* @iu_multi_tp2 to i8*), i8* bitcast (i32 (i8*)* @iu_multi_kp_a to i8*), i8* bitcast (i32 (i8*)* @iu_multi_kp_b to i8*), i8* bitcast (i32 (i8*)* @iu_multi_tc to i8*), i8* bitcast (i32 (i8*)* @iu_multi_xdp to i8*)], section "llvm.metadata"

attributes #5 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!190, !191, !192, !193, !194}
!190 = !{!"_ZN5multi5tp_fn17hbdabd04d27e08c69E"}
!191 = !{!"_ZN5multi6tp2_fn17hb6263b064888d7dbE"}
!192 = !{!"_ZN5multi5kp_fn17hbbf308fb64574d1fE"}
!193 = !{!"_ZN5multi5tc_fn17hfddb1217c34e72beE"}
!194 = !{!"_ZN5multi6xdp_fn17h0ad10a2692f5e153E"}
