; ModuleID = 'fn_pointer.2ff0c8391bde41b3-cgu.0'
source_filename = "fn_pointer.2ff0c8391bde41b3-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_1946c8c9a8f8b9a6b5b8066c90c564ea = private unnamed_addr constant [34 x i8] c"testdata/rust/progs/fn_pointer.rs\00", align 1
@alloc_454af56be2996644e98b6ee6d37d6e41 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_1946c8c9a8f8b9a6b5b8066c90c564ea, [16 x i8] c"!\00\00\00\00\00\00\00\1C\00\00\00&\00\00\00" }>, align 8
@alloc_72052241eeb7a98c5fe5edd9ef81ca5b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_1946c8c9a8f8b9a6b5b8066c90c564ea, [16 x i8] c"!\00\00\00\00\00\00\00\1C\00\00\00\17\00\00\00" }>, align 8
@_ZN10fn_pointer3OPS17haeb3cae14c7009a9E = internal constant <{ ptr, ptr, ptr }> <{ ptr @_ZN10fn_pointer6double17h874d682fbab47645E, ptr @_ZN10fn_pointer6square17hc9841b33b7f54a09E, ptr @_ZN10fn_pointer4add717he61349dcb64ddc0bE }>, align 8, !dbg !0
@alloc_080ac1d3835421db6d254f06d65e1ee2 = private unnamed_addr constant [8 x i8] c"iu_fnptr", align 1
@_ZN10fn_pointer4PROG17h11d96f21ee093f00E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN10fn_pointer11iu_fnptr_fn17h0b233d838cbf8587E, ptr @alloc_080ac1d3835421db6d254f06d65e1ee2, [8 x i8] c"\08\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !11
@alloc_92fac67e86a9c2d6f733753e4a396aeb = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_1946c8c9a8f8b9a6b5b8066c90c564ea, [16 x i8] c"!\00\00\00\00\00\00\00\16\00\00\00\05\00\00\00" }>, align 8
@alloc_d402e292a7fcc1da686c818cd95e8dea = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_1946c8c9a8f8b9a6b5b8066c90c564ea, [16 x i8] c"!\00\00\00\00\00\00\00\0E\00\00\00\05\00\00\00" }>, align 8
@alloc_09f59f2c059863eeb363b29d6a977bca = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_1946c8c9a8f8b9a6b5b8066c90c564ea, [16 x i8] c"!\00\00\00\00\00\00\00\12\00\00\00\05\00\00\00" }>, align 8
@alloc_854c899e5ca06b77ca7e89923faf1616 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: ptr::read_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@llvm.used = appending global [2 x ptr] [ptr @_ZN10fn_pointer4PROG17h11d96f21ee093f00E, ptr @iu_fnptr], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; fn_pointer::iu_fnptr_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN10fn_pointer11iu_fnptr_fn17h0b233d838cbf8587E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !65 {
start:
  %op.dbg.spill = alloca [8 x i8], align 8
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !67, !DIExpression(), !71)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !68, !DIExpression(), !72)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !73
  %_9 = load i64, ptr %0, align 8, !dbg !73
  %_8 = urem i64 %_9, 3, !dbg !74
  %_11 = icmp ult i64 %_8, 3, !dbg !75
  br i1 %_11, label %bb2, label %panic, !dbg !75

bb2:                                              ; preds = %start
  %_5 = getelementptr inbounds nuw ptr, ptr @_ZN10fn_pointer3OPS17haeb3cae14c7009a9E, i64 %_8, !dbg !76
; call core::ptr::read_volatile
  %op = call ptr @_ZN4core3ptr13read_volatile17hdd50721409795a5bE(ptr %_5, ptr align 8 @alloc_72052241eeb7a98c5fe5edd9ef81ca5b) #6, !dbg !77
  store ptr %op, ptr %op.dbg.spill, align 8, !dbg !77
    #dbg_declare(ptr %op.dbg.spill, !69, !DIExpression(), !78)
  %1 = getelementptr inbounds i8, ptr %regs, i64 104, !dbg !79
  %_13 = load i64, ptr %1, align 8, !dbg !79
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_12 = call i64 %op(i64 %_13) #7, !dbg !80
  %_0 = trunc i64 %_12 to i32, !dbg !80
  ret i32 %_0, !dbg !81

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_8, i64 3, ptr align 8 @alloc_454af56be2996644e98b6ee6d37d6e41) #8, !dbg !75
  unreachable, !dbg !75
}

; fn_pointer::add7
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @_ZN10fn_pointer4add717he61349dcb64ddc0bE(i64 %x) unnamed_addr #0 !dbg !82 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !84, !DIExpression(), !85)
  %_2.0 = add i64 %x, 7, !dbg !86
  %_2.1 = icmp ult i64 %_2.0, %x, !dbg !86
  br i1 %_2.1, label %panic, label %bb1, !dbg !86

bb1:                                              ; preds = %start
  ret i64 %_2.0, !dbg !87

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_92fac67e86a9c2d6f733753e4a396aeb) #8, !dbg !86
  unreachable, !dbg !86
}

; fn_pointer::double
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @_ZN10fn_pointer6double17h874d682fbab47645E(i64 %x) unnamed_addr #0 !dbg !88 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !90, !DIExpression(), !91)
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 2), !dbg !92
  %_2.0 = extractvalue { i64, i1 } %0, 0, !dbg !92
  %_2.1 = extractvalue { i64, i1 } %0, 1, !dbg !92
  br i1 %_2.1, label %panic, label %bb1, !dbg !92

bb1:                                              ; preds = %start
  ret i64 %_2.0, !dbg !93

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_d402e292a7fcc1da686c818cd95e8dea) #8, !dbg !92
  unreachable, !dbg !92
}

; fn_pointer::square
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @_ZN10fn_pointer6square17hc9841b33b7f54a09E(i64 %x) unnamed_addr #0 !dbg !94 {
start:
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !96, !DIExpression(), !97)
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 %x), !dbg !98
  %_2.0 = extractvalue { i64, i1 } %0, 0, !dbg !98
  %_2.1 = extractvalue { i64, i1 } %0, 1, !dbg !98
  br i1 %_2.1, label %panic, label %bb1, !dbg !98

bb1:                                              ; preds = %start
  ret i64 %_2.0, !dbg !99

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_09f59f2c059863eeb363b29d6a977bca) #8, !dbg !98
  unreachable, !dbg !98
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal ptr @_ZN4core3ptr13read_volatile17hdd50721409795a5bE(ptr %src, ptr align 8 %0) unnamed_addr #1 !dbg !100 {
start:
  %1 = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !131, !DIExpression(), !134)
  br label %bb1, !dbg !135

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h672828cebb11c6a3E(ptr %src, i64 8, ptr align 8 %0) #6, !dbg !138
  br label %bb3, !dbg !139

bb3:                                              ; preds = %bb1
  %2 = load volatile ptr, ptr %src, align 8, !dbg !140
  store ptr %2, ptr %1, align 8, !dbg !140
  %_0 = load ptr, ptr %1, align 8, !dbg !140
  ret ptr %_0, !dbg !141
}

; core::ptr::read_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr13read_volatile18precondition_check17h672828cebb11c6a3E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !142 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !149, !DIExpression(), !153)
    #dbg_declare(ptr %addr.dbg.spill, !154, !DIExpression(), !162)
    #dbg_declare(ptr %addr.dbg.spill, !165, !DIExpression(), !171)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !150, !DIExpression(), !153)
    #dbg_declare(ptr %align.dbg.spill, !161, !DIExpression(), !174)
    #dbg_declare(ptr %align.dbg.spill, !170, !DIExpression(), !171)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr %addr, i64 %align) #6, !dbg !175
  br i1 %_3, label %bb1, label %bb2, !dbg !163

bb2:                                              ; preds = %start
  store ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr %msg.dbg.spill, align 8, !dbg !177
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !177
  store i64 214, ptr %1, align 8, !dbg !177
    #dbg_declare(ptr %msg.dbg.spill, !151, !DIExpression(), !178)
    #dbg_declare(ptr %msg.dbg.spill, !179, !DIExpression(), !270)
    #dbg_declare(ptr %msg.dbg.spill, !272, !DIExpression(), !280)
    #dbg_declare(ptr %msg.dbg.spill, !282, !DIExpression(), !287)
    #dbg_declare(ptr %msg.dbg.spill, !289, !DIExpression(), !298)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #8, !dbg !300
  unreachable, !dbg !300

bb1:                                              ; preds = %start
  ret void, !dbg !301
}

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64, i64, ptr align 8) unnamed_addr #2

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #4

; core::panicking::panic_const::panic_const_mul_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8) unnamed_addr #3

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #5

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr, i64) unnamed_addr #1

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #3

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nonlazybind "target-cpu"="x86-64" }
attributes #6 = { inlinehint nounwind }
attributes #7 = { nounwind }
attributes #8 = { noinline noreturn nounwind }

!llvm.module.flags = !{!57, !58, !59, !60}
!llvm.ident = !{!61}
!llvm.dbg.cu = !{!62}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "OPS", linkageName: "_ZN10fn_pointer3OPS17haeb3cae14c7009a9E", scope: !2, file: !3, line: 25, type: !4, isLocal: true, isDefinition: true, align: 64)
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
!12 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN10fn_pointer4PROG17h11d96f21ee093f00E", scope: !2, file: !3, line: 34, type: !13, isLocal: true, isDefinition: true, align: 64)
!13 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !15, file: !14, size: 256, align: 64, flags: DIFlagPublic, elements: !16, templateParams: !48, identifier: "9a41971f3cfc95d166f80de6051df233")
!14 = !DIFile(filename: "<unknown>", directory: "")
!15 = !DINamespace(name: "iu_rt", scope: null)
!16 = !{!17, !18, !49}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !13, file: !14, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !13, file: !14, baseType: !19, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !20, size: 64, align: 64, dwarfAddressSpace: 0)
!20 = !DISubroutineType(types: !21)
!21 = !{!22, !23, !24}
!22 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !15, file: !14, size: 1344, align: 64, flags: DIFlagPublic, elements: !26, templateParams: !48, identifier: "c7b0f0060667cbc691ff4127a2e4fe1a")
!26 = !{!27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !25, file: !14, baseType: !8, size: 64, align: 64, flags: DIFlagPublic)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 128, flags: DIFlagPublic)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 192, flags: DIFlagPublic)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 256, flags: DIFlagPublic)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 320, flags: DIFlagPublic)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 384, flags: DIFlagPublic)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 448, flags: DIFlagPublic)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 512, flags: DIFlagPublic)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 576, flags: DIFlagPublic)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 640, flags: DIFlagPublic)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 704, flags: DIFlagPublic)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 768, flags: DIFlagPublic)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 832, flags: DIFlagPublic)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 896, flags: DIFlagPublic)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 960, flags: DIFlagPublic)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1024, flags: DIFlagPublic)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1088, flags: DIFlagPublic)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1152, flags: DIFlagPublic)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1216, flags: DIFlagPublic)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !25, file: !14, baseType: !8, size: 64, align: 64, offset: 1280, flags: DIFlagPublic)
!48 = !{}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !13, file: !14, baseType: !50, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!50 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !14, size: 128, align: 64, elements: !51, templateParams: !48, identifier: "9277eecd40495f85161460476aacc992")
!51 = !{!52, !55}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !50, file: !14, baseType: !53, size: 64, align: 64)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !50, file: !14, baseType: !56, size: 64, align: 64, offset: 64)
!56 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!57 = !{i32 8, !"PIC Level", i32 2}
!58 = !{i32 2, !"RtLibUseGOT", i32 1}
!59 = !{i32 7, !"Dwarf Version", i32 4}
!60 = !{i32 2, !"Debug Info Version", i32 3}
!61 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!62 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !63, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !64, splitDebugInlining: false, nameTableKind: None)
!63 = !DIFile(filename: "testdata/rust/progs/fn_pointer.rs/@/fn_pointer.2ff0c8391bde41b3-cgu.0", directory: ".")
!64 = !{!0, !11}
!65 = distinct !DISubprogram(name: "iu_fnptr_fn", linkageName: "_ZN10fn_pointer11iu_fnptr_fn17h0b233d838cbf8587E", scope: !2, file: !3, line: 27, type: !20, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !66)
!66 = !{!67, !68, !69}
!67 = !DILocalVariable(name: "_obj", arg: 1, scope: !65, file: !3, line: 27, type: !23)
!68 = !DILocalVariable(name: "regs", arg: 2, scope: !65, file: !3, line: 27, type: !24)
!69 = !DILocalVariable(name: "op", scope: !70, file: !3, line: 28, type: !5, align: 64)
!70 = distinct !DILexicalBlock(scope: !65, file: !3, line: 28, column: 5)
!71 = !DILocation(line: 27, column: 16, scope: !65)
!72 = !DILocation(line: 27, column: 31, scope: !65)
!73 = !DILocation(line: 28, column: 43, scope: !65)
!74 = !DILocation(line: 28, column: 42, scope: !65)
!75 = !DILocation(line: 28, column: 38, scope: !65)
!76 = !DILocation(line: 28, column: 37, scope: !65)
!77 = !DILocation(line: 28, column: 23, scope: !65)
!78 = !DILocation(line: 28, column: 9, scope: !70)
!79 = !DILocation(line: 29, column: 8, scope: !70)
!80 = !DILocation(line: 29, column: 5, scope: !70)
!81 = !DILocation(line: 30, column: 2, scope: !65)
!82 = distinct !DISubprogram(name: "add7", linkageName: "_ZN10fn_pointer4add717he61349dcb64ddc0bE", scope: !2, file: !3, line: 21, type: !6, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !83)
!83 = !{!84}
!84 = !DILocalVariable(name: "x", arg: 1, scope: !82, file: !3, line: 21, type: !8)
!85 = !DILocation(line: 21, column: 9, scope: !82)
!86 = !DILocation(line: 22, column: 5, scope: !82)
!87 = !DILocation(line: 23, column: 2, scope: !82)
!88 = distinct !DISubprogram(name: "double", linkageName: "_ZN10fn_pointer6double17h874d682fbab47645E", scope: !2, file: !3, line: 13, type: !6, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !89)
!89 = !{!90}
!90 = !DILocalVariable(name: "x", arg: 1, scope: !88, file: !3, line: 13, type: !8)
!91 = !DILocation(line: 13, column: 11, scope: !88)
!92 = !DILocation(line: 14, column: 5, scope: !88)
!93 = !DILocation(line: 15, column: 2, scope: !88)
!94 = distinct !DISubprogram(name: "square", linkageName: "_ZN10fn_pointer6square17hc9841b33b7f54a09E", scope: !2, file: !3, line: 17, type: !6, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !95)
!95 = !{!96}
!96 = !DILocalVariable(name: "x", arg: 1, scope: !94, file: !3, line: 17, type: !8)
!97 = !DILocation(line: 17, column: 11, scope: !94)
!98 = !DILocation(line: 18, column: 5, scope: !94)
!99 = !DILocation(line: 19, column: 2, scope: !94)
!100 = distinct !DISubprogram(name: "read_volatile<fn(u64) -> u64>", linkageName: "_ZN4core3ptr13read_volatile17hdd50721409795a5bE", scope: !102, file: !101, line: 2080, type: !104, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !132, retainedNodes: !130)
!101 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!102 = !DINamespace(name: "ptr", scope: !103)
!103 = !DINamespace(name: "core", scope: null)
!104 = !DISubroutineType(types: !105)
!105 = !{!5, !106, !107}
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const fn(u64) -> u64", baseType: !5, size: 64, align: 64, dwarfAddressSpace: 0)
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !108, size: 64, align: 64, dwarfAddressSpace: 0)
!108 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !109, file: !14, size: 192, align: 64, flags: DIFlagPublic, elements: !111, templateParams: !48, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!109 = !DINamespace(name: "location", scope: !110)
!110 = !DINamespace(name: "panic", scope: !103)
!111 = !{!112, !123, !124, !125}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !108, file: !14, baseType: !113, size: 128, align: 64, flags: DIFlagPrivate)
!113 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !114, file: !14, size: 128, align: 64, flags: DIFlagPublic, elements: !115, templateParams: !121, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!114 = !DINamespace(name: "non_null", scope: !102)
!115 = !{!116}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !113, file: !14, baseType: !117, size: 128, align: 64, flags: DIFlagPrivate)
!117 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !14, size: 128, align: 64, elements: !118, templateParams: !48, identifier: "238a44609877474087c05adf26cd41fa")
!118 = !{!119, !120}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !117, file: !14, baseType: !53, size: 64, align: 64)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !117, file: !14, baseType: !56, size: 64, align: 64, offset: 64)
!121 = !{!122}
!122 = !DITemplateTypeParameter(name: "T", type: !54)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !108, file: !14, baseType: !22, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !108, file: !14, baseType: !22, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !108, file: !14, baseType: !126, align: 8, offset: 192, flags: DIFlagPrivate)
!126 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !127, file: !14, align: 8, flags: DIFlagPublic, elements: !48, templateParams: !128, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!127 = !DINamespace(name: "marker", scope: !103)
!128 = !{!129}
!129 = !DITemplateTypeParameter(name: "T", type: !50)
!130 = !{!131}
!131 = !DILocalVariable(name: "src", arg: 1, scope: !100, file: !101, line: 2080, type: !106)
!132 = !{!133}
!133 = !DITemplateTypeParameter(name: "T", type: !5)
!134 = !DILocation(line: 2080, column: 32, scope: !100)
!135 = !DILocation(line: 77, column: 35, scope: !136)
!136 = !DILexicalBlockFile(scope: !100, file: !137, discriminator: 0)
!137 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!138 = !DILocation(line: 78, column: 17, scope: !136)
!139 = !DILocation(line: 77, column: 13, scope: !136)
!140 = !DILocation(line: 2091, column: 9, scope: !100)
!141 = !DILocation(line: 2093, column: 2, scope: !100)
!142 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr13read_volatile18precondition_check17h672828cebb11c6a3E", scope: !143, file: !137, line: 68, type: !144, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !148)
!143 = !DINamespace(name: "read_volatile", scope: !102)
!144 = !DISubroutineType(types: !145)
!145 = !{null, !146, !56, !107}
!146 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !147, size: 64, align: 64, dwarfAddressSpace: 0)
!147 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!148 = !{!149, !150, !151}
!149 = !DILocalVariable(name: "addr", arg: 1, scope: !142, file: !137, line: 68, type: !146)
!150 = !DILocalVariable(name: "align", arg: 2, scope: !142, file: !137, line: 68, type: !56)
!151 = !DILocalVariable(name: "msg", scope: !152, file: !137, line: 70, type: !50, align: 64)
!152 = distinct !DILexicalBlock(scope: !142, file: !137, line: 70, column: 21)
!153 = !DILocation(line: 68, column: 43, scope: !142)
!154 = !DILocalVariable(name: "ptr", arg: 1, scope: !155, file: !137, line: 134, type: !146)
!155 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17hbf6427c9ed177ce9E", scope: !156, file: !137, line: 134, type: !157, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !160)
!156 = !DINamespace(name: "ub_checks", scope: !103)
!157 = !DISubroutineType(types: !158)
!158 = !{!159, !146, !56}
!159 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!160 = !{!154, !161}
!161 = !DILocalVariable(name: "align", arg: 2, scope: !155, file: !137, line: 134, type: !56)
!162 = !DILocation(line: 134, column: 38, scope: !155, inlinedAt: !163)
!163 = !DILocation(line: 2089, column: 18, scope: !164)
!164 = !DILexicalBlockFile(scope: !142, file: !101, discriminator: 0)
!165 = !DILocalVariable(name: "ptr", arg: 1, scope: !166, file: !167, line: 2434, type: !146)
!166 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17hc56fa9afda161c5bE", scope: !168, file: !167, line: 2434, type: !157, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !169)
!167 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!168 = !DINamespace(name: "maybe_is_aligned", scope: !156)
!169 = !{!165, !170}
!170 = !DILocalVariable(name: "align", arg: 2, scope: !166, file: !167, line: 2434, type: !56)
!171 = !DILocation(line: 2434, column: 40, scope: !166, inlinedAt: !172)
!172 = !DILocation(line: 2447, column: 9, scope: !173, inlinedAt: !163)
!173 = !DILexicalBlockFile(scope: !155, file: !167, discriminator: 0)
!174 = !DILocation(line: 134, column: 54, scope: !155, inlinedAt: !163)
!175 = !DILocation(line: 141, column: 17, scope: !176, inlinedAt: !172)
!176 = !DILexicalBlockFile(scope: !166, file: !137, discriminator: 0)
!177 = !DILocation(line: 70, column: 31, scope: !142)
!178 = !DILocation(line: 70, column: 25, scope: !152)
!179 = !DILocalVariable(name: "s", arg: 1, scope: !180, file: !181, line: 815, type: !50)
!180 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb12c998db04d00ceE", scope: !182, file: !181, line: 815, type: !266, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, declaration: !268, retainedNodes: !269)
!181 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!182 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !183, file: !14, size: 128, align: 64, flags: DIFlagPublic, elements: !184, templateParams: !48, identifier: "e5c67bbe046da39973c72077c7f66185")
!183 = !DINamespace(name: "fmt", scope: !103)
!184 = !{!185, !190}
!185 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !182, file: !14, baseType: !186, size: 64, align: 64, flags: DIFlagPrivate)
!186 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !114, file: !14, size: 64, align: 64, flags: DIFlagPublic, elements: !187, templateParams: !121, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!187 = !{!188}
!188 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !186, file: !14, baseType: !189, size: 64, align: 64, flags: DIFlagPrivate)
!189 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!190 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !182, file: !14, baseType: !191, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!191 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !114, file: !14, size: 64, align: 64, flags: DIFlagPublic, elements: !192, templateParams: !264, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!192 = !{!193}
!193 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !191, file: !14, baseType: !194, size: 64, align: 64, flags: DIFlagPrivate)
!194 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !195, size: 64, align: 64, dwarfAddressSpace: 0)
!195 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !196, file: !14, size: 128, align: 64, flags: DIFlagPublic, elements: !197, templateParams: !48, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!196 = !DINamespace(name: "rt", scope: !183)
!197 = !{!198}
!198 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !195, file: !14, baseType: !199, size: 128, align: 64, flags: DIFlagPrivate)
!199 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !196, file: !14, size: 128, align: 64, flags: DIFlagPrivate, elements: !200, templateParams: !48, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!200 = !{!201}
!201 = !DICompositeType(tag: DW_TAG_variant_part, scope: !199, file: !14, size: 128, align: 64, elements: !202, templateParams: !48, identifier: "fbd384083752b747f8b252853b979154", discriminator: !263)
!202 = !{!203, !259}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !201, file: !14, baseType: !204, size: 128, align: 64)
!204 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !199, file: !14, size: 128, align: 64, flags: DIFlagPrivate, elements: !205, templateParams: !48, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!205 = !{!206, !212, !254}
!206 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !204, file: !14, baseType: !207, size: 64, align: 64, flags: DIFlagPrivate)
!207 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !114, file: !14, size: 64, align: 64, flags: DIFlagPublic, elements: !208, templateParams: !210, identifier: "f4e496144210c619b96aa08326287b92")
!208 = !{!209}
!209 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !207, file: !14, baseType: !146, size: 64, align: 64, flags: DIFlagPrivate)
!210 = !{!211}
!211 = !DITemplateTypeParameter(name: "T", type: !147)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !204, file: !14, baseType: !213, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!213 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !214, size: 64, align: 64, dwarfAddressSpace: 0)
!214 = !DISubroutineType(types: !215)
!215 = !{!216, !207, !233}
!216 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !217, file: !14, size: 8, align: 8, flags: DIFlagPublic, elements: !218, templateParams: !48, identifier: "1c6752419820cdc3961061cc58b31873")
!217 = !DINamespace(name: "result", scope: !103)
!218 = !{!219}
!219 = !DICompositeType(tag: DW_TAG_variant_part, scope: !216, file: !14, size: 8, align: 8, elements: !220, templateParams: !48, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !232)
!220 = !{!221, !228}
!221 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !219, file: !14, baseType: !222, size: 8, align: 8, extraData: i8 0)
!222 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !216, file: !14, size: 8, align: 8, flags: DIFlagPublic, elements: !223, templateParams: !225, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!223 = !{!224}
!224 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !222, file: !14, baseType: !147, align: 8, offset: 8, flags: DIFlagPublic)
!225 = !{!211, !226}
!226 = !DITemplateTypeParameter(name: "E", type: !227)
!227 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !183, file: !14, align: 8, flags: DIFlagPublic, elements: !48, identifier: "5a24300cdda31093f5fe20c939b4885")
!228 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !219, file: !14, baseType: !229, size: 8, align: 8, extraData: i8 1)
!229 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !216, file: !14, size: 8, align: 8, flags: DIFlagPublic, elements: !230, templateParams: !225, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!230 = !{!231}
!231 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !229, file: !14, baseType: !227, align: 8, offset: 8, flags: DIFlagPublic)
!232 = !DIDerivedType(tag: DW_TAG_member, scope: !216, file: !14, baseType: !54, size: 8, align: 8, flags: DIFlagArtificial)
!233 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !234, size: 64, align: 64, dwarfAddressSpace: 0)
!234 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !183, file: !14, size: 192, align: 64, flags: DIFlagPublic, elements: !235, templateParams: !48, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!235 = !{!236, !243}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !234, file: !14, baseType: !237, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!237 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !183, file: !14, size: 64, align: 32, flags: DIFlagPublic, elements: !238, templateParams: !48, identifier: "ca2f5547247cd95c514a47d5800e09e")
!238 = !{!239, !240, !242}
!239 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !237, file: !14, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!240 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !237, file: !14, baseType: !241, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!241 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !237, file: !14, baseType: !241, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !234, file: !14, baseType: !244, size: 128, align: 64, flags: DIFlagPrivate)
!244 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !14, size: 128, align: 64, elements: !245, templateParams: !48, identifier: "effe97114690fc58a8e246cb04e37234")
!245 = !{!246, !249}
!246 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !244, file: !14, baseType: !247, size: 64, align: 64)
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !248, size: 64, align: 64, dwarfAddressSpace: 0)
!248 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !14, align: 8, elements: !48, identifier: "64328679825f9c73b507edbfd5b86b47")
!249 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !244, file: !14, baseType: !250, size: 64, align: 64, offset: 64)
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !251, size: 64, align: 64, dwarfAddressSpace: 0)
!251 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 384, align: 64, elements: !252)
!252 = !{!253}
!253 = !DISubrange(count: 6, lowerBound: 0)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !204, file: !14, baseType: !255, align: 8, offset: 128, flags: DIFlagPrivate)
!255 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !127, file: !14, align: 8, flags: DIFlagPublic, elements: !48, templateParams: !256, identifier: "efa596960370766459fc018866dc4048")
!256 = !{!257}
!257 = !DITemplateTypeParameter(name: "T", type: !258)
!258 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !147, size: 64, align: 64, dwarfAddressSpace: 0)
!259 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !201, file: !14, baseType: !260, size: 128, align: 64, extraData: i64 0)
!260 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !199, file: !14, size: 128, align: 64, flags: DIFlagPrivate, elements: !261, templateParams: !48, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!261 = !{!262}
!262 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !260, file: !14, baseType: !241, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!263 = !DIDerivedType(tag: DW_TAG_member, scope: !199, file: !14, baseType: !8, size: 64, align: 64, flags: DIFlagArtificial)
!264 = !{!265}
!265 = !DITemplateTypeParameter(name: "T", type: !195)
!266 = !DISubroutineType(types: !267)
!267 = !{!182, !50}
!268 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17hb12c998db04d00ceE", scope: !182, file: !181, line: 815, type: !266, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !48)
!269 = !{!179}
!270 = !DILocation(line: 815, column: 27, scope: !180, inlinedAt: !271)
!271 = !DILocation(line: 73, column: 59, scope: !152)
!272 = !DILocalVariable(name: "self", arg: 1, scope: !273, file: !274, line: 578, type: !50)
!273 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !275, file: !274, line: 578, type: !277, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !279)
!274 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!275 = !DINamespace(name: "{impl#0}", scope: !276)
!276 = !DINamespace(name: "str", scope: !103)
!277 = !DISubroutineType(types: !278)
!278 = !{!189, !50}
!279 = !{!272}
!280 = !DILocation(line: 578, column: 25, scope: !273, inlinedAt: !281)
!281 = !DILocation(line: 819, column: 44, scope: !180, inlinedAt: !271)
!282 = !DILocalVariable(name: "self", arg: 1, scope: !283, file: !274, line: 157, type: !50)
!283 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h4ae1dc6ac97039b7E", scope: !275, file: !274, line: 157, type: !284, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !286)
!284 = !DISubroutineType(types: !285)
!285 = !{!56, !50}
!286 = !{!282}
!287 = !DILocation(line: 157, column: 22, scope: !283, inlinedAt: !288)
!288 = !DILocation(line: 820, column: 40, scope: !180, inlinedAt: !271)
!289 = !DILocalVariable(name: "self", arg: 1, scope: !290, file: !274, line: 502, type: !50)
!290 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !275, file: !274, line: 502, type: !291, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !62, templateParams: !48, retainedNodes: !297)
!291 = !DISubroutineType(types: !292)
!292 = !{!293, !50}
!293 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !14, size: 128, align: 64, elements: !294, templateParams: !48, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!294 = !{!295, !296}
!295 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !293, file: !14, baseType: !53, size: 64, align: 64)
!296 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !293, file: !14, baseType: !56, size: 64, align: 64, offset: 64)
!297 = !{!289}
!298 = !DILocation(line: 502, column: 27, scope: !290, inlinedAt: !299)
!299 = !DILocation(line: 158, column: 14, scope: !283, inlinedAt: !288)
!300 = !DILocation(line: 73, column: 21, scope: !152)
!301 = !DILocation(line: 75, column: 14, scope: !142)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_fnptr(ptr %ctx) #9 section "kprobe/__x64_sys_getsid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN10fn_pointer4PROG17h11d96f21ee093f00E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #9 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!302}
!302 = !{!"_ZN10fn_pointer11iu_fnptr_fn17h0b233d838cbf8587E"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!303}
!303 = !{!"indirect-call", ptr @_ZN10fn_pointer11iu_fnptr_fn17h0b233d838cbf8587E, i32 1}
