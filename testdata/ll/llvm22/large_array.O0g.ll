; ModuleID = 'large_array.e30e7bea3b9c9759-cgu.0'
source_filename = "large_array.e30e7bea3b9c9759-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_6f9f01b66feae6d300217c08d406f4c1 = private unnamed_addr constant [35 x i8] c"testdata/rust/progs/large_array.rs\00", align 1
@alloc_8c07d5687f67d645c6abed2b0cea34f6 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_6f9f01b66feae6d300217c08d406f4c1, [16 x i8] c"\22\00\00\00\00\00\00\00\14\00\00\004\00\00\00" }>, align 8
@alloc_a288451bc1e7c530c1261a83f9a21953 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_6f9f01b66feae6d300217c08d406f4c1, [16 x i8] c"\22\00\00\00\00\00\00\00\14\00\00\00\19\00\00\00" }>, align 8
@alloc_a437a82b5f380038663643151d7194c8 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_6f9f01b66feae6d300217c08d406f4c1, [16 x i8] c"\22\00\00\00\00\00\00\00\14\00\00\00\09\00\00\00" }>, align 8
@alloc_d0d710d8b4a9576966d4f9ed63e26e1a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_6f9f01b66feae6d300217c08d406f4c1, [16 x i8] c"\22\00\00\00\00\00\00\00\10\00\00\002\00\00\00" }>, align 8
@alloc_b833b6393ee355f502d1342a1865e23c = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_6f9f01b66feae6d300217c08d406f4c1, [16 x i8] c"\22\00\00\00\00\00\00\00\10\00\00\00\12\00\00\00" }>, align 8
@alloc_e725e8d035b3afa197ff96f599e3af58 = private unnamed_addr constant [12 x i8] c"iu_big_frame", align 1
@_ZN11large_array4PROG17h25cf5d4479aeb5a2E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11large_array15iu_big_frame_fn17hab0a5b5b6d0c5cecE, ptr @alloc_e725e8d035b3afa197ff96f599e3af58, [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/__x64_sys_gettid", align 8, !dbg !0
@alloc_59149eeb649f39d9180425e3764054a3 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/range.rs\00", align 1
@alloc_8a7813f1a038cd71090e4a0dcbf8eae3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_59149eeb649f39d9180425e3764054a3, [16 x i8] c"N\00\00\00\00\00\00\00\B2\01\00\00\01\00\00\00" }>, align 8
@alloc_3e1ebac14318b612ab4efabc52799932 = private unnamed_addr constant [186 x i8] c"unsafe precondition(s) violated: usize::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_854c899e5ca06b77ca7e89923faf1616 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: ptr::read_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_c848f501c9a24e1e115677405b6cf8e4 = private unnamed_addr constant [215 x i8] c"unsafe precondition(s) violated: ptr::write_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@llvm.used = appending global [1 x ptr] [ptr @_ZN11large_array4PROG17h25cf5d4479aeb5a2E], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; large_array::iu_big_frame_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN11large_array15iu_big_frame_fn17hab0a5b5b6d0c5cecE(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !57 {
start:
  %self.dbg.spill.i10 = alloca [16 x i8], align 8
  %self.dbg.spill.i9 = alloca [16 x i8], align 8
  %count.dbg.spill.i6 = alloca [8 x i8], align 8
  %self.dbg.spill.i7 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i4 = alloca [8 x i8], align 8
  %rhs.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  %_24 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [4 x i8], align 4
  %_7 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [5000 x i8], align 1
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !59, !DIExpression(), !85)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !60, !DIExpression(), !86)
    #dbg_declare(ptr %buf, !61, !DIExpression(), !87)
    #dbg_declare(ptr %iter, !66, !DIExpression(), !88)
    #dbg_declare(ptr %sum, !79, !DIExpression(), !89)
    #dbg_declare(ptr %iter1, !81, !DIExpression(), !90)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 5000, i1 false), !dbg !91
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h01d59957bd4d4f0aE"(i64 0, i64 5000) #5, !dbg !92
  %_4.0 = extractvalue { i64, i64 } %0, 0, !dbg !92
  %_4.1 = extractvalue { i64, i64 } %0, 1, !dbg !92
  store i64 %_4.0, ptr %iter, align 8, !dbg !92
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !92
  store i64 %_4.1, ptr %1, align 8, !dbg !92
  br label %bb2, !dbg !93

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hfea98268e97900f9E"(ptr align 8 %iter) #5, !dbg !88
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !88
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !88
  store i64 %3, ptr %_7, align 8, !dbg !88
  %5 = getelementptr inbounds i8, ptr %_7, i64 8, !dbg !88
  store i64 %4, ptr %5, align 8, !dbg !88
  %_9 = load i64, ptr %_7, align 8, !dbg !88
  %6 = getelementptr inbounds i8, ptr %_7, i64 8, !dbg !88
  %7 = load i64, ptr %6, align 8, !dbg !88
  %8 = trunc nuw i64 %_9 to i1, !dbg !88
  br i1 %8, label %bb5, label %bb6, !dbg !88

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_7, i64 8, !dbg !94
  %i2 = load i64, ptr %9, align 8, !dbg !94
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !94
    #dbg_declare(ptr %i.dbg.spill3, !77, !DIExpression(), !95)
  store ptr %buf, ptr %self.dbg.spill.i9, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i9, i64 8
  store i64 5000, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i9, !96, !DIExpression(), !111)
  store ptr %buf, ptr %self.dbg.spill.i4, align 8
    #dbg_declare(ptr %self.dbg.spill.i4, !113, !DIExpression(), !144)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !143, !DIExpression(), !146)
  %_0.i5 = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !147
  %11 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !148
  %_18 = load i64, ptr %11, align 8, !dbg !148
  store i64 %_18, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !149, !DIExpression(), !158)
  store i64 %i2, ptr %rhs.dbg.spill.i, align 8
    #dbg_declare(ptr %rhs.dbg.spill.i, !157, !DIExpression(), !160)
  %_0.i = add i64 %_18, %i2, !dbg !161
  %_16 = trunc i64 %_0.i to i8, !dbg !148
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdb427bb4cb175229E(ptr %_0.i5, i8 %_16, ptr align 8 @alloc_b833b6393ee355f502d1342a1865e23c) #5, !dbg !162
  br label %bb2, !dbg !162

bb6:                                              ; preds = %bb2
  store i32 0, ptr %sum, align 4, !dbg !163
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h01d59957bd4d4f0aE"(i64 0, i64 5000) #5, !dbg !164
  %_21.0 = extractvalue { i64, i64 } %12, 0, !dbg !164
  %_21.1 = extractvalue { i64, i64 } %12, 1, !dbg !164
  store i64 %_21.0, ptr %iter1, align 8, !dbg !164
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !164
  store i64 %_21.1, ptr %13, align 8, !dbg !164
  br label %bb11, !dbg !165

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hfea98268e97900f9E"(ptr align 8 %iter1) #5, !dbg !90
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !90
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !90
  store i64 %15, ptr %_24, align 8, !dbg !90
  %17 = getelementptr inbounds i8, ptr %_24, i64 8, !dbg !90
  store i64 %16, ptr %17, align 8, !dbg !90
  %_26 = load i64, ptr %_24, align 8, !dbg !90
  %18 = getelementptr inbounds i8, ptr %_24, i64 8, !dbg !90
  %19 = load i64, ptr %18, align 8, !dbg !90
  %20 = trunc nuw i64 %_26 to i1, !dbg !90
  br i1 %20, label %bb13, label %bb14, !dbg !90

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_24, i64 8, !dbg !166
  %i = load i64, ptr %21, align 8, !dbg !166
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !166
    #dbg_declare(ptr %i.dbg.spill, !83, !DIExpression(), !167)
  store ptr %buf, ptr %self.dbg.spill.i10, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i10, i64 8
  store i64 5000, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i10, !168, !DIExpression(), !178)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !180, !DIExpression(), !189)
  store i64 %i, ptr %count.dbg.spill.i6, align 8
    #dbg_declare(ptr %count.dbg.spill.i6, !188, !DIExpression(), !191)
  %_0.i8 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !192
; call core::ptr::read_volatile
  %_29 = call i8 @_ZN4core3ptr13read_volatile17h5af87935d98bdb53E(ptr %_0.i8, ptr align 8 @alloc_a288451bc1e7c530c1261a83f9a21953) #5, !dbg !193
  %_28 = zext i8 %_29 to i32, !dbg !194
  %23 = load i32, ptr %sum, align 4, !dbg !195
  %_34.0 = add i32 %23, %_28, !dbg !195
  %_34.1 = icmp ult i32 %_34.0, %23, !dbg !195
  br i1 %_34.1, label %panic, label %bb18, !dbg !195

bb14:                                             ; preds = %bb11
  %_0 = load i32, ptr %sum, align 4, !dbg !196
  ret i32 %_0, !dbg !197

bb18:                                             ; preds = %bb13
  store i32 %_34.0, ptr %sum, align 4, !dbg !195
  br label %bb11, !dbg !165

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a437a82b5f380038663643151d7194c8) #6, !dbg !195
  unreachable, !dbg !195

bb4:                                              ; No predecessors!
  unreachable, !dbg !198
}

; <usize as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h741435e7da8432cfE"(i64 %start1, i64 %n) unnamed_addr #1 !dbg !199 {
start:
  %n.dbg.spill = alloca [8 x i8], align 8
  %start.dbg.spill = alloca [8 x i8], align 8
  store i64 %start1, ptr %start.dbg.spill, align 8
    #dbg_declare(ptr %start.dbg.spill, !207, !DIExpression(), !209)
    #dbg_declare(ptr %start.dbg.spill, !210, !DIExpression(), !217)
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !208, !DIExpression(), !219)
    #dbg_declare(ptr %n.dbg.spill, !216, !DIExpression(), !220)
  br label %bb1, !dbg !221

bb1:                                              ; preds = %start
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h5ad05fd95b99ebaeE"(i64 %start1, i64 %n, ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #5, !dbg !224
  br label %bb2, !dbg !224

bb2:                                              ; preds = %bb1
  %_0 = add nuw i64 %start1, %n, !dbg !225
  ret i64 %_0, !dbg !226
}

; core::num::<impl usize>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h5ad05fd95b99ebaeE"(i64 %lhs, i64 %rhs, ptr align 8 %0) unnamed_addr #1 !dbg !227 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %lhs.dbg.spill = alloca [8 x i8], align 8
  store i64 %lhs, ptr %lhs.dbg.spill, align 8
    #dbg_declare(ptr %lhs.dbg.spill, !232, !DIExpression(), !236)
    #dbg_declare(ptr %lhs.dbg.spill, !237, !DIExpression(), !248)
  store i64 %rhs, ptr %rhs.dbg.spill, align 8
    #dbg_declare(ptr %rhs.dbg.spill, !233, !DIExpression(), !236)
    #dbg_declare(ptr %rhs.dbg.spill, !247, !DIExpression(), !251)
  %_7.0 = add i64 %lhs, %rhs, !dbg !252
  %_7.1 = icmp ult i64 %_7.0, %lhs, !dbg !252
  br i1 %_7.1, label %bb1, label %bb2, !dbg !253

bb2:                                              ; preds = %start
  ret void, !dbg !254

bb1:                                              ; preds = %start
  store ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr %msg.dbg.spill, align 8, !dbg !255
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !255
  store i64 186, ptr %1, align 8, !dbg !255
    #dbg_declare(ptr %msg.dbg.spill, !234, !DIExpression(), !256)
    #dbg_declare(ptr %msg.dbg.spill, !257, !DIExpression(), !349)
    #dbg_declare(ptr %msg.dbg.spill, !351, !DIExpression(), !359)
    #dbg_declare(ptr %msg.dbg.spill, !361, !DIExpression(), !366)
    #dbg_declare(ptr %msg.dbg.spill, !368, !DIExpression(), !373)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr inttoptr (i64 373 to ptr), i1 zeroext false, ptr align 8 %0) #6, !dbg !375
  unreachable, !dbg !375
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal i8 @_ZN4core3ptr13read_volatile17h5af87935d98bdb53E(ptr %src, ptr align 8 %0) unnamed_addr #1 !dbg !376 {
start:
  %1 = alloca [1 x i8], align 1
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !381, !DIExpression(), !382)
  br label %bb1, !dbg !383

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h3aff1f652590bfa7E(ptr %src, i64 1, ptr align 8 %0) #5, !dbg !385
  br label %bb3, !dbg !386

bb3:                                              ; preds = %bb1
  %2 = load volatile i8, ptr %src, align 1, !dbg !387
  store i8 %2, ptr %1, align 1, !dbg !387
  %_0 = load i8, ptr %1, align 1, !dbg !387
  ret i8 %_0, !dbg !388
}

; core::ptr::read_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr13read_volatile18precondition_check17h3aff1f652590bfa7E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !389 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !394, !DIExpression(), !398)
    #dbg_declare(ptr %addr.dbg.spill, !399, !DIExpression(), !406)
    #dbg_declare(ptr %addr.dbg.spill, !409, !DIExpression(), !415)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !395, !DIExpression(), !398)
    #dbg_declare(ptr %align.dbg.spill, !405, !DIExpression(), !418)
    #dbg_declare(ptr %align.dbg.spill, !414, !DIExpression(), !415)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr %addr, i64 %align) #5, !dbg !419
  br i1 %_3, label %bb1, label %bb2, !dbg !407

bb2:                                              ; preds = %start
  store ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr %msg.dbg.spill, align 8, !dbg !421
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !421
  store i64 214, ptr %1, align 8, !dbg !421
    #dbg_declare(ptr %msg.dbg.spill, !396, !DIExpression(), !422)
    #dbg_declare(ptr %msg.dbg.spill, !423, !DIExpression(), !426)
    #dbg_declare(ptr %msg.dbg.spill, !428, !DIExpression(), !431)
    #dbg_declare(ptr %msg.dbg.spill, !433, !DIExpression(), !436)
    #dbg_declare(ptr %msg.dbg.spill, !438, !DIExpression(), !441)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #6, !dbg !443
  unreachable, !dbg !443

bb1:                                              ; preds = %start
  ret void, !dbg !444
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile17hdb427bb4cb175229E(ptr %dst, i8 %src, ptr align 8 %0) unnamed_addr #1 !dbg !445 {
start:
  %src.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !449, !DIExpression(), !451)
  store i8 %src, ptr %src.dbg.spill, align 1
    #dbg_declare(ptr %src.dbg.spill, !450, !DIExpression(), !452)
  br label %bb1, !dbg !453

bb1:                                              ; preds = %start
; call core::ptr::write_volatile::precondition_check
  call void @_ZN4core3ptr14write_volatile18precondition_check17h52dd8c32d3c48d0bE(ptr %dst, i64 1, ptr align 8 %0) #5, !dbg !455
  br label %bb3, !dbg !456

bb3:                                              ; preds = %bb1
  store volatile i8 %src, ptr %dst, align 1, !dbg !457
  ret void, !dbg !458
}

; core::ptr::write_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile18precondition_check17h52dd8c32d3c48d0bE(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !459 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !465, !DIExpression(), !469)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !466, !DIExpression(), !469)
    #dbg_declare(ptr %align.dbg.spill, !470, !DIExpression(), !474)
    #dbg_declare(ptr %align.dbg.spill, !477, !DIExpression(), !481)
  store ptr %addr, ptr %ptr.dbg.spill, align 8, !dbg !484
    #dbg_declare(ptr %ptr.dbg.spill, !473, !DIExpression(), !485)
    #dbg_declare(ptr %ptr.dbg.spill, !480, !DIExpression(), !481)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr %addr, i64 %align) #5, !dbg !486
  br i1 %_3, label %bb1, label %bb2, !dbg !475

bb2:                                              ; preds = %start
  store ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr %msg.dbg.spill, align 8, !dbg !488
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !488
  store i64 215, ptr %1, align 8, !dbg !488
    #dbg_declare(ptr %msg.dbg.spill, !467, !DIExpression(), !489)
    #dbg_declare(ptr %msg.dbg.spill, !490, !DIExpression(), !493)
    #dbg_declare(ptr %msg.dbg.spill, !495, !DIExpression(), !498)
    #dbg_declare(ptr %msg.dbg.spill, !500, !DIExpression(), !503)
    #dbg_declare(ptr %msg.dbg.spill, !505, !DIExpression(), !508)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr inttoptr (i64 431 to ptr), i1 zeroext false, ptr align 8 %0) #6, !dbg !510
  unreachable, !dbg !510

bb1:                                              ; preds = %start
  ret void, !dbg !511
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hfea98268e97900f9E"(ptr align 8 %self) unnamed_addr #1 !dbg !512 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !532, !DIExpression(), !535)
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h6a43a095c5f966a4E"(ptr align 8 %self) #5, !dbg !536
  %_0.0 = extractvalue { i64, i64 } %0, 0, !dbg !536
  %_0.1 = extractvalue { i64, i64 } %0, 1, !dbg !536
  %1 = insertvalue { i64, i64 } poison, i64 %_0.0, 0, !dbg !537
  %2 = insertvalue { i64, i64 } %1, i64 %_0.1, 1, !dbg !537
  ret { i64, i64 } %2, !dbg !537
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h01d59957bd4d4f0aE"(i64 %self.0, i64 %self.1) unnamed_addr #1 !dbg !538 {
start:
  %self.dbg.spill = alloca [16 x i8], align 8
  store i64 %self.0, ptr %self.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store i64 %self.1, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill, !546, !DIExpression(), !549)
  %1 = insertvalue { i64, i64 } poison, i64 %self.0, 0, !dbg !550
  %2 = insertvalue { i64, i64 } %1, i64 %self.1, 1, !dbg !550
  ret { i64, i64 } %2, !dbg !550
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h6a43a095c5f966a4E"(ptr align 8 %self) unnamed_addr #1 !dbg !551 {
start:
  %other.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %old.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !554, !DIExpression(), !557)
  %_4 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !558
  store ptr %self, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !559, !DIExpression(), !570)
  store ptr %_4, ptr %other.dbg.spill.i, align 8
    #dbg_declare(ptr %other.dbg.spill.i, !569, !DIExpression(), !572)
  %_3.i = load i64, ptr %self, align 8, !dbg !573
  %_4.i = load i64, ptr %_4, align 8, !dbg !574
  %_0.i = icmp ult i64 %_3.i, %_4.i, !dbg !573
  br i1 %_0.i, label %bb2, label %bb4, !dbg !575

bb4:                                              ; preds = %start
  store i64 0, ptr %_0, align 8, !dbg !576
  br label %bb5, !dbg !577

bb2:                                              ; preds = %start
  %old = load i64, ptr %self, align 8, !dbg !578
  store i64 %old, ptr %old.dbg.spill, align 8, !dbg !578
    #dbg_declare(ptr %old.dbg.spill, !555, !DIExpression(), !579)
; call <usize as core::iter::range::Step>::forward_unchecked
  %_6 = call i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h741435e7da8432cfE"(i64 %old, i64 1) #5, !dbg !580
  store i64 %_6, ptr %self, align 8, !dbg !581
  %0 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !582
  store i64 %old, ptr %0, align 8, !dbg !582
  store i64 1, ptr %_0, align 8, !dbg !582
  br label %bb5, !dbg !577

bb5:                                              ; preds = %bb2, %bb4
  %1 = load i64, ptr %_0, align 8, !dbg !583
  %2 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !583
  %3 = load i64, ptr %2, align 8, !dbg !583
  %4 = insertvalue { i64, i64 } poison, i64 %1, 0, !dbg !583
  %5 = insertvalue { i64, i64 } %4, i64 %3, 1, !dbg !583
  ret { i64, i64 } %5, !dbg !583
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #3

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #3

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #4

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr, i64) unnamed_addr #1

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nonlazybind "target-cpu"="x86-64" }
attributes #5 = { inlinehint nounwind }
attributes #6 = { noinline noreturn nounwind }

!llvm.module.flags = !{!49, !50, !51, !52}
!llvm.ident = !{!53}
!llvm.dbg.cu = !{!54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN11large_array4PROG17h25cf5d4479aeb5a2E", scope: !2, file: !3, line: 27, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "large_array", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/large_array.rs", directory: ".", checksumkind: CSK_MD5, checksum: "fe7677cd1be5c5c23c8e73cedbb2e93f")
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
!55 = !DIFile(filename: "testdata/rust/progs/large_array.rs/@/large_array.e30e7bea3b9c9759-cgu.0", directory: ".")
!56 = !{!0}
!57 = distinct !DISubprogram(name: "iu_big_frame_fn", linkageName: "_ZN11large_array15iu_big_frame_fn17hab0a5b5b6d0c5cecE", scope: !2, file: !3, line: 13, type: !12, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !58)
!58 = !{!59, !60, !61, !66, !77, !79, !81, !83}
!59 = !DILocalVariable(name: "_obj", arg: 1, scope: !57, file: !3, line: 13, type: !15)
!60 = !DILocalVariable(name: "regs", arg: 2, scope: !57, file: !3, line: 13, type: !16)
!61 = !DILocalVariable(name: "buf", scope: !62, file: !3, line: 14, type: !63, align: 8)
!62 = distinct !DILexicalBlock(scope: !57, file: !3, line: 14, column: 5)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 40000, align: 8, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 5000, lowerBound: 0)
!66 = !DILocalVariable(name: "iter", scope: !67, file: !3, line: 15, type: !68, align: 64)
!67 = distinct !DILexicalBlock(scope: !62, file: !3, line: 15, column: 5)
!68 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !69, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !72, templateParams: !75, identifier: "53448c16a7a0802d59f963f67d6d8fdf")
!69 = !DINamespace(name: "range", scope: !70)
!70 = !DINamespace(name: "ops", scope: !71)
!71 = !DINamespace(name: "core", scope: null)
!72 = !{!73, !74}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !68, file: !5, baseType: !48, size: 64, align: 64, flags: DIFlagPublic)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !68, file: !5, baseType: !48, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!75 = !{!76}
!76 = !DITemplateTypeParameter(name: "Idx", type: !48)
!77 = !DILocalVariable(name: "i", scope: !78, file: !3, line: 15, type: !48, align: 64)
!78 = distinct !DILexicalBlock(scope: !67, file: !3, line: 15, column: 5)
!79 = !DILocalVariable(name: "sum", scope: !80, file: !3, line: 18, type: !14, align: 32)
!80 = distinct !DILexicalBlock(scope: !62, file: !3, line: 18, column: 5)
!81 = !DILocalVariable(name: "iter", scope: !82, file: !3, line: 19, type: !68, align: 64)
!82 = distinct !DILexicalBlock(scope: !80, file: !3, line: 19, column: 5)
!83 = !DILocalVariable(name: "i", scope: !84, file: !3, line: 19, type: !48, align: 64)
!84 = distinct !DILexicalBlock(scope: !82, file: !3, line: 19, column: 5)
!85 = !DILocation(line: 13, column: 20, scope: !57)
!86 = !DILocation(line: 13, column: 35, scope: !57)
!87 = !DILocation(line: 14, column: 9, scope: !62)
!88 = !DILocation(line: 15, column: 14, scope: !67)
!89 = !DILocation(line: 18, column: 9, scope: !80)
!90 = !DILocation(line: 19, column: 14, scope: !82)
!91 = !DILocation(line: 14, column: 19, scope: !57)
!92 = !DILocation(line: 15, column: 14, scope: !62)
!93 = !DILocation(line: 15, column: 5, scope: !67)
!94 = !DILocation(line: 15, column: 9, scope: !67)
!95 = !DILocation(line: 15, column: 9, scope: !78)
!96 = !DILocalVariable(name: "self", arg: 1, scope: !97, file: !98, line: 757, type: !104)
!97 = distinct !DISubprogram(name: "as_mut_ptr<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h71360444d0e79421E", scope: !99, file: !98, line: 757, type: !101, scopeLine: 757, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !109, retainedNodes: !108)
!98 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!99 = !DINamespace(name: "{impl#0}", scope: !100)
!100 = !DINamespace(name: "slice", scope: !71)
!101 = !DISubroutineType(types: !102)
!102 = !{!103, !104}
!103 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!104 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u8]", file: !5, size: 128, align: 64, elements: !105, templateParams: !40, identifier: "bdfeb4840e2373d8742974745efe30b6")
!105 = !{!106, !107}
!106 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !104, file: !5, baseType: !45, size: 64, align: 64)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !104, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!108 = !{!96}
!109 = !{!110}
!110 = !DITemplateTypeParameter(name: "T", type: !46)
!111 = !DILocation(line: 757, column: 29, scope: !97, inlinedAt: !112)
!112 = distinct !DILocation(line: 16, column: 37, scope: !78)
!113 = !DILocalVariable(name: "self", arg: 1, scope: !114, file: !115, line: 927, type: !103)
!114 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h3d856a360bfea10bE", scope: !116, file: !115, line: 927, type: !119, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !109, retainedNodes: !142)
!115 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!116 = !DINamespace(name: "{impl#0}", scope: !117)
!117 = !DINamespace(name: "mut_ptr", scope: !118)
!118 = !DINamespace(name: "ptr", scope: !71)
!119 = !DISubroutineType(types: !120)
!120 = !{!103, !103, !48, !121}
!121 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !122, size: 64, align: 64, dwarfAddressSpace: 0)
!122 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !123, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !125, templateParams: !40, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!123 = !DINamespace(name: "location", scope: !124)
!124 = !DINamespace(name: "panic", scope: !71)
!125 = !{!126, !135, !136, !137}
!126 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !122, file: !5, baseType: !127, size: 128, align: 64, flags: DIFlagPrivate)
!127 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !128, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !129, templateParams: !109, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!128 = !DINamespace(name: "non_null", scope: !118)
!129 = !{!130}
!130 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !127, file: !5, baseType: !131, size: 128, align: 64, flags: DIFlagPrivate)
!131 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !132, templateParams: !40, identifier: "238a44609877474087c05adf26cd41fa")
!132 = !{!133, !134}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !131, file: !5, baseType: !45, size: 64, align: 64)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !131, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !122, file: !5, baseType: !14, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !122, file: !5, baseType: !14, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !122, file: !5, baseType: !138, align: 8, offset: 192, flags: DIFlagPrivate)
!138 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !139, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !140, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!139 = !DINamespace(name: "marker", scope: !71)
!140 = !{!141}
!141 = !DITemplateTypeParameter(name: "T", type: !42)
!142 = !{!113, !143}
!143 = !DILocalVariable(name: "count", arg: 2, scope: !114, file: !115, line: 927, type: !48)
!144 = !DILocation(line: 927, column: 29, scope: !114, inlinedAt: !145)
!145 = distinct !DILocation(line: 16, column: 50, scope: !78)
!146 = !DILocation(line: 927, column: 35, scope: !114, inlinedAt: !145)
!147 = !DILocation(line: 961, column: 18, scope: !114, inlinedAt: !145)
!148 = !DILocation(line: 16, column: 58, scope: !78)
!149 = !DILocalVariable(name: "self", arg: 1, scope: !150, file: !151, line: 2456, type: !9)
!150 = distinct !DISubprogram(name: "wrapping_add", linkageName: "_RNvMs7_NtCsgEmfK2I1SDS_4core3numy12wrapping_add", scope: !152, file: !151, line: 2456, type: !154, scopeLine: 2456, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !156)
!151 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!152 = !DINamespace(name: "{impl#9}", scope: !153)
!153 = !DINamespace(name: "num", scope: !71)
!154 = !DISubroutineType(types: !155)
!155 = !{!9, !9, !9}
!156 = !{!149, !157}
!157 = !DILocalVariable(name: "rhs", arg: 2, scope: !150, file: !151, line: 2456, type: !9)
!158 = !DILocation(line: 2456, column: 35, scope: !150, inlinedAt: !159)
!159 = distinct !DILocation(line: 16, column: 66, scope: !78)
!160 = !DILocation(line: 2456, column: 41, scope: !150, inlinedAt: !159)
!161 = !DILocation(line: 2457, column: 13, scope: !150, inlinedAt: !159)
!162 = !DILocation(line: 16, column: 18, scope: !78)
!163 = !DILocation(line: 18, column: 19, scope: !62)
!164 = !DILocation(line: 19, column: 14, scope: !80)
!165 = !DILocation(line: 19, column: 5, scope: !82)
!166 = !DILocation(line: 19, column: 9, scope: !82)
!167 = !DILocation(line: 19, column: 9, scope: !84)
!168 = !DILocalVariable(name: "self", arg: 1, scope: !169, file: !98, line: 726, type: !173)
!169 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h3acf56777ddf20a3E", scope: !99, file: !98, line: 726, type: !170, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !109, retainedNodes: !177)
!170 = !DISubroutineType(types: !171)
!171 = !{!172, !173}
!172 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!173 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !174, templateParams: !40, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!174 = !{!175, !176}
!175 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !173, file: !5, baseType: !45, size: 64, align: 64)
!176 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !173, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!177 = !{!168}
!178 = !DILocation(line: 726, column: 25, scope: !169, inlinedAt: !179)
!179 = distinct !DILocation(line: 20, column: 43, scope: !84)
!180 = !DILocalVariable(name: "self", arg: 1, scope: !181, file: !182, line: 829, type: !172)
!181 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17hd6fee1dbbd5059d3E", scope: !183, file: !182, line: 829, type: !185, scopeLine: 829, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !109, retainedNodes: !187)
!182 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!183 = !DINamespace(name: "{impl#0}", scope: !184)
!184 = !DINamespace(name: "const_ptr", scope: !118)
!185 = !DISubroutineType(types: !186)
!186 = !{!172, !172, !48, !121}
!187 = !{!180, !188}
!188 = !DILocalVariable(name: "count", arg: 2, scope: !181, file: !182, line: 829, type: !48)
!189 = !DILocation(line: 829, column: 29, scope: !181, inlinedAt: !190)
!190 = distinct !DILocation(line: 20, column: 52, scope: !84)
!191 = !DILocation(line: 829, column: 35, scope: !181, inlinedAt: !190)
!192 = !DILocation(line: 863, column: 18, scope: !181, inlinedAt: !190)
!193 = !DILocation(line: 20, column: 25, scope: !84)
!194 = !DILocation(line: 20, column: 16, scope: !84)
!195 = !DILocation(line: 20, column: 9, scope: !84)
!196 = !DILocation(line: 22, column: 5, scope: !80)
!197 = !DILocation(line: 23, column: 2, scope: !57)
!198 = !DILocation(line: 0, scope: !57)
!199 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h741435e7da8432cfE", scope: !201, file: !200, line: 211, type: !204, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !206)
!200 = !DIFile(filename: "library/core/src/iter/range.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e302cc3146df1591d87c4742d277fd2d")
!201 = !DINamespace(name: "{impl#43}", scope: !202)
!202 = !DINamespace(name: "range", scope: !203)
!203 = !DINamespace(name: "iter", scope: !71)
!204 = !DISubroutineType(types: !205)
!205 = !{!48, !48, !48}
!206 = !{!207, !208}
!207 = !DILocalVariable(name: "start", arg: 1, scope: !199, file: !200, line: 211, type: !48)
!208 = !DILocalVariable(name: "n", arg: 2, scope: !199, file: !200, line: 211, type: !48)
!209 = !DILocation(line: 211, column: 37, scope: !199)
!210 = !DILocalVariable(name: "self", arg: 1, scope: !211, file: !151, line: 832, type: !48)
!211 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !212, file: !151, line: 832, type: !213, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !215)
!212 = !DINamespace(name: "{impl#11}", scope: !153)
!213 = !DISubroutineType(types: !214)
!214 = !{!48, !48, !48, !121}
!215 = !{!210, !216}
!216 = !DILocalVariable(name: "rhs", arg: 2, scope: !211, file: !151, line: 832, type: !48)
!217 = !DILocation(line: 832, column: 43, scope: !211, inlinedAt: !218)
!218 = !DILocation(line: 213, column: 28, scope: !199)
!219 = !DILocation(line: 211, column: 50, scope: !199)
!220 = !DILocation(line: 832, column: 49, scope: !211, inlinedAt: !218)
!221 = !DILocation(line: 77, column: 35, scope: !222, inlinedAt: !218)
!222 = !DILexicalBlockFile(scope: !211, file: !223, discriminator: 0)
!223 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!224 = !DILocation(line: 78, column: 17, scope: !222, inlinedAt: !218)
!225 = !DILocation(line: 844, column: 17, scope: !211, inlinedAt: !218)
!226 = !DILocation(line: 214, column: 10, scope: !199)
!227 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h5ad05fd95b99ebaeE", scope: !228, file: !223, line: 68, type: !229, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !231)
!228 = !DINamespace(name: "unchecked_add", scope: !212)
!229 = !DISubroutineType(types: !230)
!230 = !{null, !48, !48, !121}
!231 = !{!232, !233, !234}
!232 = !DILocalVariable(name: "lhs", arg: 1, scope: !227, file: !223, line: 68, type: !48)
!233 = !DILocalVariable(name: "rhs", arg: 2, scope: !227, file: !223, line: 68, type: !48)
!234 = !DILocalVariable(name: "msg", scope: !235, file: !223, line: 70, type: !42, align: 64)
!235 = distinct !DILexicalBlock(scope: !227, file: !223, line: 70, column: 21)
!236 = !DILocation(line: 68, column: 43, scope: !227)
!237 = !DILocalVariable(name: "self", arg: 1, scope: !238, file: !151, line: 2828, type: !48)
!238 = distinct !DISubprogram(name: "overflowing_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15overflowing_add", scope: !212, file: !151, line: 2828, type: !239, scopeLine: 2828, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !246)
!239 = !DISubroutineType(types: !240)
!240 = !{!241, !48, !48}
!241 = !DICompositeType(tag: DW_TAG_structure_type, name: "(usize, bool)", file: !5, size: 128, align: 64, elements: !242, templateParams: !40, identifier: "d571287e27d8be874e95a2f698798cc6")
!242 = !{!243, !244}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !241, file: !5, baseType: !48, size: 64, align: 64)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !241, file: !5, baseType: !245, size: 8, align: 8, offset: 64)
!245 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!246 = !{!237, !247}
!247 = !DILocalVariable(name: "rhs", arg: 2, scope: !238, file: !151, line: 2828, type: !48)
!248 = !DILocation(line: 2828, column: 38, scope: !238, inlinedAt: !249)
!249 = !DILocation(line: 839, column: 27, scope: !250)
!250 = !DILexicalBlockFile(scope: !227, file: !151, discriminator: 0)
!251 = !DILocation(line: 2828, column: 44, scope: !238, inlinedAt: !249)
!252 = !DILocation(line: 2829, column: 26, scope: !238, inlinedAt: !249)
!253 = !DILocation(line: 839, column: 23, scope: !250)
!254 = !DILocation(line: 75, column: 14, scope: !227)
!255 = !DILocation(line: 70, column: 31, scope: !227)
!256 = !DILocation(line: 70, column: 25, scope: !235)
!257 = !DILocalVariable(name: "s", arg: 1, scope: !258, file: !259, line: 815, type: !42)
!258 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h7a3353d3b6270a4aE", scope: !260, file: !259, line: 815, type: !345, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, declaration: !347, retainedNodes: !348)
!259 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!260 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !261, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !262, templateParams: !40, identifier: "e5c67bbe046da39973c72077c7f66185")
!261 = !DINamespace(name: "fmt", scope: !71)
!262 = !{!263, !267}
!263 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !260, file: !5, baseType: !264, size: 64, align: 64, flags: DIFlagPrivate)
!264 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !128, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !265, templateParams: !109, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!265 = !{!266}
!266 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !264, file: !5, baseType: !172, size: 64, align: 64, flags: DIFlagPrivate)
!267 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !260, file: !5, baseType: !268, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!268 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !128, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !269, templateParams: !343, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!269 = !{!270}
!270 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !268, file: !5, baseType: !271, size: 64, align: 64, flags: DIFlagPrivate)
!271 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !272, size: 64, align: 64, dwarfAddressSpace: 0)
!272 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !273, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !274, templateParams: !40, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!273 = !DINamespace(name: "rt", scope: !261)
!274 = !{!275}
!275 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !272, file: !5, baseType: !276, size: 128, align: 64, flags: DIFlagPrivate)
!276 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !273, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !277, templateParams: !40, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!277 = !{!278}
!278 = !DICompositeType(tag: DW_TAG_variant_part, scope: !276, file: !5, size: 128, align: 64, elements: !279, templateParams: !40, identifier: "fbd384083752b747f8b252853b979154", discriminator: !342)
!279 = !{!280, !338}
!280 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !278, file: !5, baseType: !281, size: 128, align: 64)
!281 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !276, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !282, templateParams: !40, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!282 = !{!283, !291, !333}
!283 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !281, file: !5, baseType: !284, size: 64, align: 64, flags: DIFlagPrivate)
!284 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !128, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !285, templateParams: !289, identifier: "f4e496144210c619b96aa08326287b92")
!285 = !{!286}
!286 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !284, file: !5, baseType: !287, size: 64, align: 64, flags: DIFlagPrivate)
!287 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !288, size: 64, align: 64, dwarfAddressSpace: 0)
!288 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!289 = !{!290}
!290 = !DITemplateTypeParameter(name: "T", type: !288)
!291 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !281, file: !5, baseType: !292, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !293, size: 64, align: 64, dwarfAddressSpace: 0)
!293 = !DISubroutineType(types: !294)
!294 = !{!295, !284, !312}
!295 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !296, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !297, templateParams: !40, identifier: "1c6752419820cdc3961061cc58b31873")
!296 = !DINamespace(name: "result", scope: !71)
!297 = !{!298}
!298 = !DICompositeType(tag: DW_TAG_variant_part, scope: !295, file: !5, size: 8, align: 8, elements: !299, templateParams: !40, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !311)
!299 = !{!300, !307}
!300 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !298, file: !5, baseType: !301, size: 8, align: 8, extraData: i8 0)
!301 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !295, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !302, templateParams: !304, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!302 = !{!303}
!303 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !301, file: !5, baseType: !288, align: 8, offset: 8, flags: DIFlagPublic)
!304 = !{!290, !305}
!305 = !DITemplateTypeParameter(name: "E", type: !306)
!306 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !261, file: !5, align: 8, flags: DIFlagPublic, elements: !40, identifier: "5a24300cdda31093f5fe20c939b4885")
!307 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !298, file: !5, baseType: !308, size: 8, align: 8, extraData: i8 1)
!308 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !295, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !309, templateParams: !304, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!309 = !{!310}
!310 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !308, file: !5, baseType: !306, align: 8, offset: 8, flags: DIFlagPublic)
!311 = !DIDerivedType(tag: DW_TAG_member, scope: !295, file: !5, baseType: !46, size: 8, align: 8, flags: DIFlagArtificial)
!312 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !313, size: 64, align: 64, dwarfAddressSpace: 0)
!313 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !261, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !314, templateParams: !40, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!314 = !{!315, !322}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !313, file: !5, baseType: !316, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!316 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !261, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !317, templateParams: !40, identifier: "ca2f5547247cd95c514a47d5800e09e")
!317 = !{!318, !319, !321}
!318 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !316, file: !5, baseType: !14, size: 32, align: 32, flags: DIFlagPrivate)
!319 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !316, file: !5, baseType: !320, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!320 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !316, file: !5, baseType: !320, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !313, file: !5, baseType: !323, size: 128, align: 64, flags: DIFlagPrivate)
!323 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !324, templateParams: !40, identifier: "effe97114690fc58a8e246cb04e37234")
!324 = !{!325, !328}
!325 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !323, file: !5, baseType: !326, size: 64, align: 64)
!326 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !327, size: 64, align: 64, dwarfAddressSpace: 0)
!327 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !40, identifier: "64328679825f9c73b507edbfd5b86b47")
!328 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !323, file: !5, baseType: !329, size: 64, align: 64, offset: 64)
!329 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !330, size: 64, align: 64, dwarfAddressSpace: 0)
!330 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 64, elements: !331)
!331 = !{!332}
!332 = !DISubrange(count: 6, lowerBound: 0)
!333 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !281, file: !5, baseType: !334, align: 8, offset: 128, flags: DIFlagPrivate)
!334 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !139, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !335, identifier: "efa596960370766459fc018866dc4048")
!335 = !{!336}
!336 = !DITemplateTypeParameter(name: "T", type: !337)
!337 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !288, size: 64, align: 64, dwarfAddressSpace: 0)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !278, file: !5, baseType: !339, size: 128, align: 64, extraData: i64 0)
!339 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !276, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !340, templateParams: !40, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!340 = !{!341}
!341 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !339, file: !5, baseType: !320, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!342 = !DIDerivedType(tag: DW_TAG_member, scope: !276, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!343 = !{!344}
!344 = !DITemplateTypeParameter(name: "T", type: !272)
!345 = !DISubroutineType(types: !346)
!346 = !{!260, !42}
!347 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h7a3353d3b6270a4aE", scope: !260, file: !259, line: 815, type: !345, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !40)
!348 = !{!257}
!349 = !DILocation(line: 815, column: 27, scope: !258, inlinedAt: !350)
!350 = !DILocation(line: 73, column: 59, scope: !235)
!351 = !DILocalVariable(name: "self", arg: 1, scope: !352, file: !353, line: 578, type: !42)
!352 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !354, file: !353, line: 578, type: !356, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !358)
!353 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!354 = !DINamespace(name: "{impl#0}", scope: !355)
!355 = !DINamespace(name: "str", scope: !71)
!356 = !DISubroutineType(types: !357)
!357 = !{!172, !42}
!358 = !{!351}
!359 = !DILocation(line: 578, column: 25, scope: !352, inlinedAt: !360)
!360 = !DILocation(line: 819, column: 44, scope: !258, inlinedAt: !350)
!361 = !DILocalVariable(name: "self", arg: 1, scope: !362, file: !353, line: 157, type: !42)
!362 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17he157fdb096a8fd2eE", scope: !354, file: !353, line: 157, type: !363, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !365)
!363 = !DISubroutineType(types: !364)
!364 = !{!48, !42}
!365 = !{!361}
!366 = !DILocation(line: 157, column: 22, scope: !362, inlinedAt: !367)
!367 = !DILocation(line: 820, column: 40, scope: !258, inlinedAt: !350)
!368 = !DILocalVariable(name: "self", arg: 1, scope: !369, file: !353, line: 502, type: !42)
!369 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !354, file: !353, line: 502, type: !370, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !372)
!370 = !DISubroutineType(types: !371)
!371 = !{!173, !42}
!372 = !{!368}
!373 = !DILocation(line: 502, column: 27, scope: !369, inlinedAt: !374)
!374 = !DILocation(line: 158, column: 14, scope: !362, inlinedAt: !367)
!375 = !DILocation(line: 73, column: 21, scope: !235)
!376 = distinct !DISubprogram(name: "read_volatile<u8>", linkageName: "_ZN4core3ptr13read_volatile17h5af87935d98bdb53E", scope: !118, file: !377, line: 2080, type: !378, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !109, retainedNodes: !380)
!377 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!378 = !DISubroutineType(types: !379)
!379 = !{!46, !172, !121}
!380 = !{!381}
!381 = !DILocalVariable(name: "src", arg: 1, scope: !376, file: !377, line: 2080, type: !172)
!382 = !DILocation(line: 2080, column: 32, scope: !376)
!383 = !DILocation(line: 77, column: 35, scope: !384)
!384 = !DILexicalBlockFile(scope: !376, file: !223, discriminator: 0)
!385 = !DILocation(line: 78, column: 17, scope: !384)
!386 = !DILocation(line: 77, column: 13, scope: !384)
!387 = !DILocation(line: 2091, column: 9, scope: !376)
!388 = !DILocation(line: 2093, column: 2, scope: !376)
!389 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr13read_volatile18precondition_check17h3aff1f652590bfa7E", scope: !390, file: !223, line: 68, type: !391, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !393)
!390 = !DINamespace(name: "read_volatile", scope: !118)
!391 = !DISubroutineType(types: !392)
!392 = !{null, !287, !48, !121}
!393 = !{!394, !395, !396}
!394 = !DILocalVariable(name: "addr", arg: 1, scope: !389, file: !223, line: 68, type: !287)
!395 = !DILocalVariable(name: "align", arg: 2, scope: !389, file: !223, line: 68, type: !48)
!396 = !DILocalVariable(name: "msg", scope: !397, file: !223, line: 70, type: !42, align: 64)
!397 = distinct !DILexicalBlock(scope: !389, file: !223, line: 70, column: 21)
!398 = !DILocation(line: 68, column: 43, scope: !389)
!399 = !DILocalVariable(name: "ptr", arg: 1, scope: !400, file: !223, line: 134, type: !287)
!400 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17hc6249c9a8d549015E", scope: !401, file: !223, line: 134, type: !402, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !404)
!401 = !DINamespace(name: "ub_checks", scope: !71)
!402 = !DISubroutineType(types: !403)
!403 = !{!245, !287, !48}
!404 = !{!399, !405}
!405 = !DILocalVariable(name: "align", arg: 2, scope: !400, file: !223, line: 134, type: !48)
!406 = !DILocation(line: 134, column: 38, scope: !400, inlinedAt: !407)
!407 = !DILocation(line: 2089, column: 18, scope: !408)
!408 = !DILexicalBlockFile(scope: !389, file: !377, discriminator: 0)
!409 = !DILocalVariable(name: "ptr", arg: 1, scope: !410, file: !411, line: 2434, type: !287)
!410 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h723a576508dc8427E", scope: !412, file: !411, line: 2434, type: !402, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !413)
!411 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!412 = !DINamespace(name: "maybe_is_aligned", scope: !401)
!413 = !{!409, !414}
!414 = !DILocalVariable(name: "align", arg: 2, scope: !410, file: !411, line: 2434, type: !48)
!415 = !DILocation(line: 2434, column: 40, scope: !410, inlinedAt: !416)
!416 = !DILocation(line: 2447, column: 9, scope: !417, inlinedAt: !407)
!417 = !DILexicalBlockFile(scope: !400, file: !411, discriminator: 0)
!418 = !DILocation(line: 134, column: 54, scope: !400, inlinedAt: !407)
!419 = !DILocation(line: 141, column: 17, scope: !420, inlinedAt: !416)
!420 = !DILexicalBlockFile(scope: !410, file: !223, discriminator: 0)
!421 = !DILocation(line: 70, column: 31, scope: !389)
!422 = !DILocation(line: 70, column: 25, scope: !397)
!423 = !DILocalVariable(name: "s", arg: 1, scope: !424, file: !259, line: 815, type: !42)
!424 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h7a3353d3b6270a4aE", scope: !260, file: !259, line: 815, type: !345, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, declaration: !347, retainedNodes: !425)
!425 = !{!423}
!426 = !DILocation(line: 815, column: 27, scope: !424, inlinedAt: !427)
!427 = !DILocation(line: 73, column: 59, scope: !397)
!428 = !DILocalVariable(name: "self", arg: 1, scope: !429, file: !353, line: 578, type: !42)
!429 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !354, file: !353, line: 578, type: !356, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !430)
!430 = !{!428}
!431 = !DILocation(line: 578, column: 25, scope: !429, inlinedAt: !432)
!432 = !DILocation(line: 819, column: 44, scope: !424, inlinedAt: !427)
!433 = !DILocalVariable(name: "self", arg: 1, scope: !434, file: !353, line: 157, type: !42)
!434 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17he157fdb096a8fd2eE", scope: !354, file: !353, line: 157, type: !363, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !435)
!435 = !{!433}
!436 = !DILocation(line: 157, column: 22, scope: !434, inlinedAt: !437)
!437 = !DILocation(line: 820, column: 40, scope: !424, inlinedAt: !427)
!438 = !DILocalVariable(name: "self", arg: 1, scope: !439, file: !353, line: 502, type: !42)
!439 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !354, file: !353, line: 502, type: !370, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !440)
!440 = !{!438}
!441 = !DILocation(line: 502, column: 27, scope: !439, inlinedAt: !442)
!442 = !DILocation(line: 158, column: 14, scope: !434, inlinedAt: !437)
!443 = !DILocation(line: 73, column: 21, scope: !397)
!444 = !DILocation(line: 75, column: 14, scope: !389)
!445 = distinct !DISubprogram(name: "write_volatile<u8>", linkageName: "_ZN4core3ptr14write_volatile17hdb427bb4cb175229E", scope: !118, file: !377, line: 2167, type: !446, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !109, retainedNodes: !448)
!446 = !DISubroutineType(types: !447)
!447 = !{null, !103, !46, !121}
!448 = !{!449, !450}
!449 = !DILocalVariable(name: "dst", arg: 1, scope: !445, file: !377, line: 2167, type: !103)
!450 = !DILocalVariable(name: "src", arg: 2, scope: !445, file: !377, line: 2167, type: !46)
!451 = !DILocation(line: 2167, column: 33, scope: !445)
!452 = !DILocation(line: 2167, column: 46, scope: !445)
!453 = !DILocation(line: 77, column: 35, scope: !454)
!454 = !DILexicalBlockFile(scope: !445, file: !223, discriminator: 0)
!455 = !DILocation(line: 78, column: 17, scope: !454)
!456 = !DILocation(line: 77, column: 13, scope: !454)
!457 = !DILocation(line: 2178, column: 9, scope: !445)
!458 = !DILocation(line: 2180, column: 2, scope: !445)
!459 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr14write_volatile18precondition_check17h52dd8c32d3c48d0bE", scope: !460, file: !223, line: 68, type: !461, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !464)
!460 = !DINamespace(name: "write_volatile", scope: !118)
!461 = !DISubroutineType(types: !462)
!462 = !{null, !463, !48, !121}
!463 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !288, size: 64, align: 64, dwarfAddressSpace: 0)
!464 = !{!465, !466, !467}
!465 = !DILocalVariable(name: "addr", arg: 1, scope: !459, file: !223, line: 68, type: !463)
!466 = !DILocalVariable(name: "align", arg: 2, scope: !459, file: !223, line: 68, type: !48)
!467 = !DILocalVariable(name: "msg", scope: !468, file: !223, line: 70, type: !42, align: 64)
!468 = distinct !DILexicalBlock(scope: !459, file: !223, line: 70, column: 21)
!469 = !DILocation(line: 68, column: 43, scope: !459)
!470 = !DILocalVariable(name: "align", arg: 2, scope: !471, file: !223, line: 134, type: !48)
!471 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17hc6249c9a8d549015E", scope: !401, file: !223, line: 134, type: !402, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !472)
!472 = !{!473, !470}
!473 = !DILocalVariable(name: "ptr", arg: 1, scope: !471, file: !223, line: 134, type: !287)
!474 = !DILocation(line: 134, column: 54, scope: !471, inlinedAt: !475)
!475 = !DILocation(line: 2176, column: 18, scope: !476)
!476 = !DILexicalBlockFile(scope: !459, file: !377, discriminator: 0)
!477 = !DILocalVariable(name: "align", arg: 2, scope: !478, file: !411, line: 2434, type: !48)
!478 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h723a576508dc8427E", scope: !412, file: !411, line: 2434, type: !402, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !479)
!479 = !{!480, !477}
!480 = !DILocalVariable(name: "ptr", arg: 1, scope: !478, file: !411, line: 2434, type: !287)
!481 = !DILocation(line: 2434, column: 40, scope: !478, inlinedAt: !482)
!482 = !DILocation(line: 2447, column: 9, scope: !483, inlinedAt: !475)
!483 = !DILexicalBlockFile(scope: !471, file: !411, discriminator: 0)
!484 = !DILocation(line: 2176, column: 46, scope: !476)
!485 = !DILocation(line: 134, column: 38, scope: !471, inlinedAt: !475)
!486 = !DILocation(line: 141, column: 17, scope: !487, inlinedAt: !482)
!487 = !DILexicalBlockFile(scope: !478, file: !223, discriminator: 0)
!488 = !DILocation(line: 70, column: 31, scope: !459)
!489 = !DILocation(line: 70, column: 25, scope: !468)
!490 = !DILocalVariable(name: "s", arg: 1, scope: !491, file: !259, line: 815, type: !42)
!491 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h7a3353d3b6270a4aE", scope: !260, file: !259, line: 815, type: !345, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, declaration: !347, retainedNodes: !492)
!492 = !{!490}
!493 = !DILocation(line: 815, column: 27, scope: !491, inlinedAt: !494)
!494 = !DILocation(line: 73, column: 59, scope: !468)
!495 = !DILocalVariable(name: "self", arg: 1, scope: !496, file: !353, line: 578, type: !42)
!496 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !354, file: !353, line: 578, type: !356, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !497)
!497 = !{!495}
!498 = !DILocation(line: 578, column: 25, scope: !496, inlinedAt: !499)
!499 = !DILocation(line: 819, column: 44, scope: !491, inlinedAt: !494)
!500 = !DILocalVariable(name: "self", arg: 1, scope: !501, file: !353, line: 157, type: !42)
!501 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17he157fdb096a8fd2eE", scope: !354, file: !353, line: 157, type: !363, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !502)
!502 = !{!500}
!503 = !DILocation(line: 157, column: 22, scope: !501, inlinedAt: !504)
!504 = !DILocation(line: 820, column: 40, scope: !491, inlinedAt: !494)
!505 = !DILocalVariable(name: "self", arg: 1, scope: !506, file: !353, line: 502, type: !42)
!506 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !354, file: !353, line: 502, type: !370, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !507)
!507 = !{!505}
!508 = !DILocation(line: 502, column: 27, scope: !506, inlinedAt: !509)
!509 = !DILocation(line: 158, column: 14, scope: !501, inlinedAt: !504)
!510 = !DILocation(line: 73, column: 21, scope: !468)
!511 = !DILocation(line: 75, column: 14, scope: !459)
!512 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hfea98268e97900f9E", scope: !513, file: !200, line: 856, type: !514, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !533, retainedNodes: !531)
!513 = !DINamespace(name: "{impl#6}", scope: !202)
!514 = !DISubroutineType(types: !515)
!515 = !{!516, !530}
!516 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !517, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !518, templateParams: !40, identifier: "6f59025219977f466509bd4ae79a2945")
!517 = !DINamespace(name: "option", scope: !71)
!518 = !{!519}
!519 = !DICompositeType(tag: DW_TAG_variant_part, scope: !516, file: !5, size: 128, align: 64, elements: !520, templateParams: !40, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !529)
!520 = !{!521, !525}
!521 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !519, file: !5, baseType: !522, size: 128, align: 64, extraData: i64 0)
!522 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !516, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !40, templateParams: !523, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!523 = !{!524}
!524 = !DITemplateTypeParameter(name: "T", type: !48)
!525 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !519, file: !5, baseType: !526, size: 128, align: 64, extraData: i64 1)
!526 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !516, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !527, templateParams: !523, identifier: "c70f2dfad93186ce146b7e80830727")
!527 = !{!528}
!528 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !526, file: !5, baseType: !48, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!529 = !DIDerivedType(tag: DW_TAG_member, scope: !516, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!530 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::ops::range::Range<usize>", baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!531 = !{!532}
!532 = !DILocalVariable(name: "self", arg: 1, scope: !512, file: !200, line: 856, type: !530)
!533 = !{!534}
!534 = !DITemplateTypeParameter(name: "A", type: !48)
!535 = !DILocation(line: 856, column: 13, scope: !512)
!536 = !DILocation(line: 857, column: 14, scope: !512)
!537 = !DILocation(line: 858, column: 6, scope: !512)
!538 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h01d59957bd4d4f0aE", scope: !540, file: !539, line: 322, type: !543, scopeLine: 322, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !547, retainedNodes: !545)
!539 = !DIFile(filename: "library/core/src/iter/traits/collect.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35d2b5f35e8dd294396f20d1a263fa6f")
!540 = !DINamespace(name: "{impl#0}", scope: !541)
!541 = !DINamespace(name: "collect", scope: !542)
!542 = !DINamespace(name: "traits", scope: !203)
!543 = !DISubroutineType(types: !544)
!544 = !{!68, !68}
!545 = !{!546}
!546 = !DILocalVariable(name: "self", arg: 1, scope: !538, file: !539, line: 322, type: !68)
!547 = !{!548}
!548 = !DITemplateTypeParameter(name: "I", type: !68)
!549 = !DILocation(line: 322, column: 18, scope: !538)
!550 = !DILocation(line: 324, column: 6, scope: !538)
!551 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h6a43a095c5f966a4E", scope: !552, file: !200, line: 771, type: !514, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !523, retainedNodes: !553)
!552 = !DINamespace(name: "{impl#5}", scope: !202)
!553 = !{!554, !555}
!554 = !DILocalVariable(name: "self", arg: 1, scope: !551, file: !200, line: 771, type: !530)
!555 = !DILocalVariable(name: "old", scope: !556, file: !200, line: 773, type: !48, align: 64)
!556 = distinct !DILexicalBlock(scope: !551, file: !200, line: 773, column: 13)
!557 = !DILocation(line: 771, column: 18, scope: !551)
!558 = !DILocation(line: 772, column: 25, scope: !551)
!559 = !DILocalVariable(name: "self", arg: 1, scope: !560, file: !561, line: 1916, type: !567)
!560 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !562, file: !561, line: 1916, type: !565, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !568)
!561 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!562 = !DINamespace(name: "{impl#58}", scope: !563)
!563 = !DINamespace(name: "impls", scope: !564)
!564 = !DINamespace(name: "cmp", scope: !71)
!565 = !DISubroutineType(types: !566)
!566 = !{!245, !567, !567}
!567 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!568 = !{!559, !569}
!569 = !DILocalVariable(name: "other", arg: 2, scope: !560, file: !561, line: 1916, type: !567)
!570 = !DILocation(line: 1916, column: 19, scope: !560, inlinedAt: !571)
!571 = distinct !DILocation(line: 772, column: 12, scope: !551)
!572 = !DILocation(line: 1916, column: 26, scope: !560, inlinedAt: !571)
!573 = !DILocation(line: 1916, column: 50, scope: !560, inlinedAt: !571)
!574 = !DILocation(line: 1916, column: 59, scope: !560, inlinedAt: !571)
!575 = !DILocation(line: 772, column: 12, scope: !551)
!576 = !DILocation(line: 778, column: 13, scope: !551)
!577 = !DILocation(line: 772, column: 9, scope: !551)
!578 = !DILocation(line: 773, column: 23, scope: !551)
!579 = !DILocation(line: 773, column: 17, scope: !556)
!580 = !DILocation(line: 775, column: 35, scope: !556)
!581 = !DILocation(line: 775, column: 13, scope: !556)
!582 = !DILocation(line: 776, column: 13, scope: !556)
!583 = !DILocation(line: 780, column: 6, scope: !551)
