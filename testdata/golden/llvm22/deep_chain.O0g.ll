; ModuleID = 'deep_chain.9d0f68e48f1ef4d4-cgu.0'
source_filename = "deep_chain.9d0f68e48f1ef4d4-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_6cd569e1138503dff229541d116d95ad = private unnamed_addr constant [13 x i8] c"iu_deep_chain", align 1
@_ZN10deep_chain4PROG17h471ff9c5f3951749E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN10deep_chain16iu_deep_chain_fn17h0e86d67787d6f407E, ptr @alloc_6cd569e1138503dff229541d116d95ad, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@alloc_3da12c3a0fd20e4e1a965423d9a743ca = private unnamed_addr constant [34 x i8] c"testdata/rust/progs/deep_chain.rs\00", align 1
@alloc_d0fad18a829d4732be78202f774b8389 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\001\00\00\00\01\00\00\00" }>, align 8
@alloc_a7766a03fd64d9b74c3805c5f481a80b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\000\00\00\00\01\00\00\00" }>, align 8
@alloc_6b50b5b05178956b803faf415a0e69e2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00/\00\00\00\01\00\00\00" }>, align 8
@alloc_9c7a26adb2a284dfc5a1506cba4e9a6d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00.\00\00\00\01\00\00\00" }>, align 8
@alloc_02748e36ee027bc09b8e91978376bf4b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00-\00\00\00\01\00\00\00" }>, align 8
@alloc_e72717a79852b3b0dd8bee0c3dc99648 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00,\00\00\00\01\00\00\00" }>, align 8
@alloc_821ec2fae4117a346ea4bfd9045fcd59 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00+\00\00\00\01\00\00\00" }>, align 8
@alloc_67e6560fcf34df37969d407bd2137b25 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00*\00\00\00\01\00\00\00" }>, align 8
@alloc_eaa6e618dc4c3e944047f95c7523b44e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00)\00\00\00\01\00\00\00" }>, align 8
@alloc_f24b54818c5a88212af93c6bf8ab3157 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00(\00\00\00\01\00\00\00" }>, align 8
@alloc_1167ceef900207a50bbcd7d15e2cf4ca = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00'\00\00\00\01\00\00\00" }>, align 8
@alloc_2ec78e70b9d1974b9f51e4e6d4787b24 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3da12c3a0fd20e4e1a965423d9a743ca, [16 x i8] c"!\00\00\00\00\00\00\00&\00\00\00\01\00\00\00" }>, align 8
@alloc_59149eeb649f39d9180425e3764054a3 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/range.rs\00", align 1
@alloc_8a7813f1a038cd71090e4a0dcbf8eae3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_59149eeb649f39d9180425e3764054a3, [16 x i8] c"N\00\00\00\00\00\00\00\B2\01\00\00\01\00\00\00" }>, align 8
@alloc_3e1ebac14318b612ab4efabc52799932 = private unnamed_addr constant [186 x i8] c"unsafe precondition(s) violated: usize::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_854c899e5ca06b77ca7e89923faf1616 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: ptr::read_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_c848f501c9a24e1e115677405b6cf8e4 = private unnamed_addr constant [215 x i8] c"unsafe precondition(s) violated: ptr::write_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@llvm.used = appending global [2 x ptr] [ptr @_ZN10deep_chain4PROG17h471ff9c5f3951749E, ptr @iu_deep_chain], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; deep_chain::iu_deep_chain_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN10deep_chain16iu_deep_chain_fn17h0e86d67787d6f407E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #0 !dbg !57 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !59, !DIExpression(), !61)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !60, !DIExpression(), !62)
  %0 = getelementptr inbounds i8, ptr %regs, i64 112, !dbg !63
  %_4 = load i64, ptr %0, align 8, !dbg !63
; call deep_chain::level1
  %_3 = call i64 @_ZN10deep_chain6level117hf051c9396ae84105E(i64 %_4) #6, !dbg !64
  %_0 = trunc i64 %_3 to i32, !dbg !64
  ret i32 %_0, !dbg !65
}

; deep_chain::end
; Function Attrs: nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain3end17hcebac4ef9ea40e2bE(i64 %_seed) unnamed_addr #0 !dbg !66 {
start:
  %_seed.dbg.spill = alloca [8 x i8], align 8
  store i64 %_seed, ptr %_seed.dbg.spill, align 8
    #dbg_declare(ptr %_seed.dbg.spill, !70, !DIExpression(), !71)
  ret i64 0, !dbg !72
}

; deep_chain::level1
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level117hf051c9396ae84105E(i64 %seed) unnamed_addr #1 !dbg !73 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [16 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !75, !DIExpression(), !102)
    #dbg_declare(ptr %buf, !76, !DIExpression(), !103)
    #dbg_declare(ptr %iter, !83, !DIExpression(), !104)
    #dbg_declare(ptr %sum, !96, !DIExpression(), !105)
    #dbg_declare(ptr %iter1, !98, !DIExpression(), !106)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 16, i1 false), !dbg !107
  %_4 = xor i64 %seed, 1, !dbg !108
  %v = trunc i64 %_4 to i8, !dbg !109
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !109
    #dbg_declare(ptr %v.dbg.spill, !81, !DIExpression(), !110)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 16) #7, !dbg !111
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !111
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !111
  store i64 %_5.0, ptr %iter, align 8, !dbg !111
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !111
  store i64 %_5.1, ptr %1, align 8, !dbg !111
  br label %bb2, !dbg !112

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !104
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !104
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !104
  store i64 %3, ptr %_8, align 8, !dbg !104
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !104
  store i64 %4, ptr %5, align 8, !dbg !104
  %_10 = load i64, ptr %_8, align 8, !dbg !104
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !104
  %7 = load i64, ptr %6, align 8, !dbg !104
  %8 = trunc nuw i64 %_10 to i1, !dbg !104
  br i1 %8, label %bb5, label %bb6, !dbg !104

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !113
  %i2 = load i64, ptr %9, align 8, !dbg !113
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !113
    #dbg_declare(ptr %i.dbg.spill3, !94, !DIExpression(), !114)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 16, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !130)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !163)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !165)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !166
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_d0fad18a829d4732be78202f774b8389) #7, !dbg !167
  br label %bb2, !dbg !167

bb6:                                              ; preds = %bb2
; call deep_chain::level2
  %11 = call i64 @_ZN10deep_chain6level217hdce9ce6687b0548dE(i64 %seed) #6, !dbg !168
  store i64 %11, ptr %sum, align 8, !dbg !168
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 16) #7, !dbg !169
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !169
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !169
  store i64 %_18.0, ptr %iter1, align 8, !dbg !169
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !169
  store i64 %_18.1, ptr %13, align 8, !dbg !169
  br label %bb11, !dbg !170

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !106
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !106
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !106
  store i64 %15, ptr %_21, align 8, !dbg !106
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !106
  store i64 %16, ptr %17, align 8, !dbg !106
  %_23 = load i64, ptr %_21, align 8, !dbg !106
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !106
  %19 = load i64, ptr %18, align 8, !dbg !106
  %20 = trunc nuw i64 %_23 to i1, !dbg !106
  br i1 %20, label %bb13, label %bb14, !dbg !106

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !171
  %i = load i64, ptr %21, align 8, !dbg !171
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !171
    #dbg_declare(ptr %i.dbg.spill, !100, !DIExpression(), !172)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 16, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !183)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !194)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !196)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !197
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_d0fad18a829d4732be78202f774b8389) #7, !dbg !198
  %_25 = zext i8 %_26 to i64, !dbg !199
  %23 = load i64, ptr %sum, align 8, !dbg !200
  %_31.0 = add i64 %23, %_25, !dbg !200
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !200
  br i1 %_31.1, label %panic, label %bb18, !dbg !200

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !201
  ret i64 %_0, !dbg !202

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !200
  br label %bb11, !dbg !170

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_d0fad18a829d4732be78202f774b8389) #8, !dbg !200
  unreachable, !dbg !200

bb4:                                              ; No predecessors!
  unreachable, !dbg !203
}

; deep_chain::level2
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level217hdce9ce6687b0548dE(i64 %seed) unnamed_addr #1 !dbg !204 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [32 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !206, !DIExpression(), !224)
    #dbg_declare(ptr %buf, !207, !DIExpression(), !225)
    #dbg_declare(ptr %iter, !214, !DIExpression(), !226)
    #dbg_declare(ptr %sum, !218, !DIExpression(), !227)
    #dbg_declare(ptr %iter1, !220, !DIExpression(), !228)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 32, i1 false), !dbg !229
  %_4 = xor i64 %seed, 2, !dbg !230
  %v = trunc i64 %_4 to i8, !dbg !231
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !231
    #dbg_declare(ptr %v.dbg.spill, !212, !DIExpression(), !232)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 32) #7, !dbg !233
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !233
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !233
  store i64 %_5.0, ptr %iter, align 8, !dbg !233
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !233
  store i64 %_5.1, ptr %1, align 8, !dbg !233
  br label %bb2, !dbg !234

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !226
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !226
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !226
  store i64 %3, ptr %_8, align 8, !dbg !226
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !226
  store i64 %4, ptr %5, align 8, !dbg !226
  %_10 = load i64, ptr %_8, align 8, !dbg !226
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !226
  %7 = load i64, ptr %6, align 8, !dbg !226
  %8 = trunc nuw i64 %_10 to i1, !dbg !226
  br i1 %8, label %bb5, label %bb6, !dbg !226

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !235
  %i2 = load i64, ptr %9, align 8, !dbg !235
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !235
    #dbg_declare(ptr %i.dbg.spill3, !216, !DIExpression(), !236)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 32, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !237)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !239)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !241)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !242
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_a7766a03fd64d9b74c3805c5f481a80b) #7, !dbg !243
  br label %bb2, !dbg !243

bb6:                                              ; preds = %bb2
; call deep_chain::level3
  %11 = call i64 @_ZN10deep_chain6level317hbbded57988372d14E(i64 %seed) #6, !dbg !244
  store i64 %11, ptr %sum, align 8, !dbg !244
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 32) #7, !dbg !245
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !245
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !245
  store i64 %_18.0, ptr %iter1, align 8, !dbg !245
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !245
  store i64 %_18.1, ptr %13, align 8, !dbg !245
  br label %bb11, !dbg !246

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !228
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !228
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !228
  store i64 %15, ptr %_21, align 8, !dbg !228
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !228
  store i64 %16, ptr %17, align 8, !dbg !228
  %_23 = load i64, ptr %_21, align 8, !dbg !228
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !228
  %19 = load i64, ptr %18, align 8, !dbg !228
  %20 = trunc nuw i64 %_23 to i1, !dbg !228
  br i1 %20, label %bb13, label %bb14, !dbg !228

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !247
  %i = load i64, ptr %21, align 8, !dbg !247
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !247
    #dbg_declare(ptr %i.dbg.spill, !222, !DIExpression(), !248)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 32, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !249)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !251)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !253)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !254
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_a7766a03fd64d9b74c3805c5f481a80b) #7, !dbg !255
  %_25 = zext i8 %_26 to i64, !dbg !256
  %23 = load i64, ptr %sum, align 8, !dbg !257
  %_31.0 = add i64 %23, %_25, !dbg !257
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !257
  br i1 %_31.1, label %panic, label %bb18, !dbg !257

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !258
  ret i64 %_0, !dbg !259

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !257
  br label %bb11, !dbg !246

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a7766a03fd64d9b74c3805c5f481a80b) #8, !dbg !257
  unreachable, !dbg !257

bb4:                                              ; No predecessors!
  unreachable, !dbg !260
}

; deep_chain::level3
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level317hbbded57988372d14E(i64 %seed) unnamed_addr #1 !dbg !261 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [48 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !263, !DIExpression(), !281)
    #dbg_declare(ptr %buf, !264, !DIExpression(), !282)
    #dbg_declare(ptr %iter, !271, !DIExpression(), !283)
    #dbg_declare(ptr %sum, !275, !DIExpression(), !284)
    #dbg_declare(ptr %iter1, !277, !DIExpression(), !285)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 48, i1 false), !dbg !286
  %_4 = xor i64 %seed, 3, !dbg !287
  %v = trunc i64 %_4 to i8, !dbg !288
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !288
    #dbg_declare(ptr %v.dbg.spill, !269, !DIExpression(), !289)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 48) #7, !dbg !290
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !290
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !290
  store i64 %_5.0, ptr %iter, align 8, !dbg !290
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !290
  store i64 %_5.1, ptr %1, align 8, !dbg !290
  br label %bb2, !dbg !291

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !283
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !283
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !283
  store i64 %3, ptr %_8, align 8, !dbg !283
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !283
  store i64 %4, ptr %5, align 8, !dbg !283
  %_10 = load i64, ptr %_8, align 8, !dbg !283
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !283
  %7 = load i64, ptr %6, align 8, !dbg !283
  %8 = trunc nuw i64 %_10 to i1, !dbg !283
  br i1 %8, label %bb5, label %bb6, !dbg !283

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !292
  %i2 = load i64, ptr %9, align 8, !dbg !292
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !292
    #dbg_declare(ptr %i.dbg.spill3, !273, !DIExpression(), !293)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 48, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !294)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !296)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !298)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !299
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_6b50b5b05178956b803faf415a0e69e2) #7, !dbg !300
  br label %bb2, !dbg !300

bb6:                                              ; preds = %bb2
; call deep_chain::level4
  %11 = call i64 @_ZN10deep_chain6level417hf16f90c7e4d8f0caE(i64 %seed) #6, !dbg !301
  store i64 %11, ptr %sum, align 8, !dbg !301
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 48) #7, !dbg !302
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !302
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !302
  store i64 %_18.0, ptr %iter1, align 8, !dbg !302
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !302
  store i64 %_18.1, ptr %13, align 8, !dbg !302
  br label %bb11, !dbg !303

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !285
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !285
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !285
  store i64 %15, ptr %_21, align 8, !dbg !285
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !285
  store i64 %16, ptr %17, align 8, !dbg !285
  %_23 = load i64, ptr %_21, align 8, !dbg !285
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !285
  %19 = load i64, ptr %18, align 8, !dbg !285
  %20 = trunc nuw i64 %_23 to i1, !dbg !285
  br i1 %20, label %bb13, label %bb14, !dbg !285

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !304
  %i = load i64, ptr %21, align 8, !dbg !304
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !304
    #dbg_declare(ptr %i.dbg.spill, !279, !DIExpression(), !305)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 48, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !306)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !308)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !310)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !311
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_6b50b5b05178956b803faf415a0e69e2) #7, !dbg !312
  %_25 = zext i8 %_26 to i64, !dbg !313
  %23 = load i64, ptr %sum, align 8, !dbg !314
  %_31.0 = add i64 %23, %_25, !dbg !314
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !314
  br i1 %_31.1, label %panic, label %bb18, !dbg !314

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !315
  ret i64 %_0, !dbg !316

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !314
  br label %bb11, !dbg !303

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_6b50b5b05178956b803faf415a0e69e2) #8, !dbg !314
  unreachable, !dbg !314

bb4:                                              ; No predecessors!
  unreachable, !dbg !317
}

; deep_chain::level4
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level417hf16f90c7e4d8f0caE(i64 %seed) unnamed_addr #1 !dbg !318 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [64 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !320, !DIExpression(), !338)
    #dbg_declare(ptr %buf, !321, !DIExpression(), !339)
    #dbg_declare(ptr %iter, !328, !DIExpression(), !340)
    #dbg_declare(ptr %sum, !332, !DIExpression(), !341)
    #dbg_declare(ptr %iter1, !334, !DIExpression(), !342)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 64, i1 false), !dbg !343
  %_4 = xor i64 %seed, 4, !dbg !344
  %v = trunc i64 %_4 to i8, !dbg !345
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !345
    #dbg_declare(ptr %v.dbg.spill, !326, !DIExpression(), !346)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 64) #7, !dbg !347
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !347
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !347
  store i64 %_5.0, ptr %iter, align 8, !dbg !347
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !347
  store i64 %_5.1, ptr %1, align 8, !dbg !347
  br label %bb2, !dbg !348

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !340
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !340
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !340
  store i64 %3, ptr %_8, align 8, !dbg !340
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !340
  store i64 %4, ptr %5, align 8, !dbg !340
  %_10 = load i64, ptr %_8, align 8, !dbg !340
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !340
  %7 = load i64, ptr %6, align 8, !dbg !340
  %8 = trunc nuw i64 %_10 to i1, !dbg !340
  br i1 %8, label %bb5, label %bb6, !dbg !340

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !349
  %i2 = load i64, ptr %9, align 8, !dbg !349
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !349
    #dbg_declare(ptr %i.dbg.spill3, !330, !DIExpression(), !350)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 64, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !351)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !353)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !355)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !356
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_9c7a26adb2a284dfc5a1506cba4e9a6d) #7, !dbg !357
  br label %bb2, !dbg !357

bb6:                                              ; preds = %bb2
; call deep_chain::level5
  %11 = call i64 @_ZN10deep_chain6level517hbc54aa7bc55e72e3E(i64 %seed) #6, !dbg !358
  store i64 %11, ptr %sum, align 8, !dbg !358
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 64) #7, !dbg !359
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !359
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !359
  store i64 %_18.0, ptr %iter1, align 8, !dbg !359
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !359
  store i64 %_18.1, ptr %13, align 8, !dbg !359
  br label %bb11, !dbg !360

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !342
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !342
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !342
  store i64 %15, ptr %_21, align 8, !dbg !342
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !342
  store i64 %16, ptr %17, align 8, !dbg !342
  %_23 = load i64, ptr %_21, align 8, !dbg !342
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !342
  %19 = load i64, ptr %18, align 8, !dbg !342
  %20 = trunc nuw i64 %_23 to i1, !dbg !342
  br i1 %20, label %bb13, label %bb14, !dbg !342

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !361
  %i = load i64, ptr %21, align 8, !dbg !361
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !361
    #dbg_declare(ptr %i.dbg.spill, !336, !DIExpression(), !362)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 64, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !363)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !365)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !367)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !368
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_9c7a26adb2a284dfc5a1506cba4e9a6d) #7, !dbg !369
  %_25 = zext i8 %_26 to i64, !dbg !370
  %23 = load i64, ptr %sum, align 8, !dbg !371
  %_31.0 = add i64 %23, %_25, !dbg !371
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !371
  br i1 %_31.1, label %panic, label %bb18, !dbg !371

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !372
  ret i64 %_0, !dbg !373

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !371
  br label %bb11, !dbg !360

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_9c7a26adb2a284dfc5a1506cba4e9a6d) #8, !dbg !371
  unreachable, !dbg !371

bb4:                                              ; No predecessors!
  unreachable, !dbg !374
}

; deep_chain::level5
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level517hbc54aa7bc55e72e3E(i64 %seed) unnamed_addr #1 !dbg !375 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [80 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !377, !DIExpression(), !395)
    #dbg_declare(ptr %buf, !378, !DIExpression(), !396)
    #dbg_declare(ptr %iter, !385, !DIExpression(), !397)
    #dbg_declare(ptr %sum, !389, !DIExpression(), !398)
    #dbg_declare(ptr %iter1, !391, !DIExpression(), !399)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 80, i1 false), !dbg !400
  %_4 = xor i64 %seed, 5, !dbg !401
  %v = trunc i64 %_4 to i8, !dbg !402
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !402
    #dbg_declare(ptr %v.dbg.spill, !383, !DIExpression(), !403)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 80) #7, !dbg !404
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !404
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !404
  store i64 %_5.0, ptr %iter, align 8, !dbg !404
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !404
  store i64 %_5.1, ptr %1, align 8, !dbg !404
  br label %bb2, !dbg !405

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !397
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !397
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !397
  store i64 %3, ptr %_8, align 8, !dbg !397
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !397
  store i64 %4, ptr %5, align 8, !dbg !397
  %_10 = load i64, ptr %_8, align 8, !dbg !397
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !397
  %7 = load i64, ptr %6, align 8, !dbg !397
  %8 = trunc nuw i64 %_10 to i1, !dbg !397
  br i1 %8, label %bb5, label %bb6, !dbg !397

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !406
  %i2 = load i64, ptr %9, align 8, !dbg !406
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !406
    #dbg_declare(ptr %i.dbg.spill3, !387, !DIExpression(), !407)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 80, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !408)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !410)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !412)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !413
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_02748e36ee027bc09b8e91978376bf4b) #7, !dbg !414
  br label %bb2, !dbg !414

bb6:                                              ; preds = %bb2
; call deep_chain::level6
  %11 = call i64 @_ZN10deep_chain6level617h325d564e5fb8c342E(i64 %seed) #6, !dbg !415
  store i64 %11, ptr %sum, align 8, !dbg !415
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 80) #7, !dbg !416
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !416
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !416
  store i64 %_18.0, ptr %iter1, align 8, !dbg !416
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !416
  store i64 %_18.1, ptr %13, align 8, !dbg !416
  br label %bb11, !dbg !417

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !399
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !399
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !399
  store i64 %15, ptr %_21, align 8, !dbg !399
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !399
  store i64 %16, ptr %17, align 8, !dbg !399
  %_23 = load i64, ptr %_21, align 8, !dbg !399
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !399
  %19 = load i64, ptr %18, align 8, !dbg !399
  %20 = trunc nuw i64 %_23 to i1, !dbg !399
  br i1 %20, label %bb13, label %bb14, !dbg !399

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !418
  %i = load i64, ptr %21, align 8, !dbg !418
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !418
    #dbg_declare(ptr %i.dbg.spill, !393, !DIExpression(), !419)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 80, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !420)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !422)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !424)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !425
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_02748e36ee027bc09b8e91978376bf4b) #7, !dbg !426
  %_25 = zext i8 %_26 to i64, !dbg !427
  %23 = load i64, ptr %sum, align 8, !dbg !428
  %_31.0 = add i64 %23, %_25, !dbg !428
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !428
  br i1 %_31.1, label %panic, label %bb18, !dbg !428

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !429
  ret i64 %_0, !dbg !430

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !428
  br label %bb11, !dbg !417

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_02748e36ee027bc09b8e91978376bf4b) #8, !dbg !428
  unreachable, !dbg !428

bb4:                                              ; No predecessors!
  unreachable, !dbg !431
}

; deep_chain::level6
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level617h325d564e5fb8c342E(i64 %seed) unnamed_addr #1 !dbg !432 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [96 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !434, !DIExpression(), !452)
    #dbg_declare(ptr %buf, !435, !DIExpression(), !453)
    #dbg_declare(ptr %iter, !442, !DIExpression(), !454)
    #dbg_declare(ptr %sum, !446, !DIExpression(), !455)
    #dbg_declare(ptr %iter1, !448, !DIExpression(), !456)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 96, i1 false), !dbg !457
  %_4 = xor i64 %seed, 6, !dbg !458
  %v = trunc i64 %_4 to i8, !dbg !459
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !459
    #dbg_declare(ptr %v.dbg.spill, !440, !DIExpression(), !460)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 96) #7, !dbg !461
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !461
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !461
  store i64 %_5.0, ptr %iter, align 8, !dbg !461
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !461
  store i64 %_5.1, ptr %1, align 8, !dbg !461
  br label %bb2, !dbg !462

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !454
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !454
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !454
  store i64 %3, ptr %_8, align 8, !dbg !454
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !454
  store i64 %4, ptr %5, align 8, !dbg !454
  %_10 = load i64, ptr %_8, align 8, !dbg !454
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !454
  %7 = load i64, ptr %6, align 8, !dbg !454
  %8 = trunc nuw i64 %_10 to i1, !dbg !454
  br i1 %8, label %bb5, label %bb6, !dbg !454

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !463
  %i2 = load i64, ptr %9, align 8, !dbg !463
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !463
    #dbg_declare(ptr %i.dbg.spill3, !444, !DIExpression(), !464)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 96, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !465)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !467)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !469)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !470
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_e72717a79852b3b0dd8bee0c3dc99648) #7, !dbg !471
  br label %bb2, !dbg !471

bb6:                                              ; preds = %bb2
; call deep_chain::level7
  %11 = call i64 @_ZN10deep_chain6level717h88d4ff1dca2f1e43E(i64 %seed) #6, !dbg !472
  store i64 %11, ptr %sum, align 8, !dbg !472
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 96) #7, !dbg !473
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !473
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !473
  store i64 %_18.0, ptr %iter1, align 8, !dbg !473
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !473
  store i64 %_18.1, ptr %13, align 8, !dbg !473
  br label %bb11, !dbg !474

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !456
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !456
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !456
  store i64 %15, ptr %_21, align 8, !dbg !456
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !456
  store i64 %16, ptr %17, align 8, !dbg !456
  %_23 = load i64, ptr %_21, align 8, !dbg !456
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !456
  %19 = load i64, ptr %18, align 8, !dbg !456
  %20 = trunc nuw i64 %_23 to i1, !dbg !456
  br i1 %20, label %bb13, label %bb14, !dbg !456

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !475
  %i = load i64, ptr %21, align 8, !dbg !475
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !475
    #dbg_declare(ptr %i.dbg.spill, !450, !DIExpression(), !476)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 96, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !477)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !479)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !481)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !482
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_e72717a79852b3b0dd8bee0c3dc99648) #7, !dbg !483
  %_25 = zext i8 %_26 to i64, !dbg !484
  %23 = load i64, ptr %sum, align 8, !dbg !485
  %_31.0 = add i64 %23, %_25, !dbg !485
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !485
  br i1 %_31.1, label %panic, label %bb18, !dbg !485

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !486
  ret i64 %_0, !dbg !487

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !485
  br label %bb11, !dbg !474

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_e72717a79852b3b0dd8bee0c3dc99648) #8, !dbg !485
  unreachable, !dbg !485

bb4:                                              ; No predecessors!
  unreachable, !dbg !488
}

; deep_chain::level7
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level717h88d4ff1dca2f1e43E(i64 %seed) unnamed_addr #1 !dbg !489 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [112 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !491, !DIExpression(), !509)
    #dbg_declare(ptr %buf, !492, !DIExpression(), !510)
    #dbg_declare(ptr %iter, !499, !DIExpression(), !511)
    #dbg_declare(ptr %sum, !503, !DIExpression(), !512)
    #dbg_declare(ptr %iter1, !505, !DIExpression(), !513)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 112, i1 false), !dbg !514
  %_4 = xor i64 %seed, 7, !dbg !515
  %v = trunc i64 %_4 to i8, !dbg !516
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !516
    #dbg_declare(ptr %v.dbg.spill, !497, !DIExpression(), !517)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 112) #7, !dbg !518
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !518
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !518
  store i64 %_5.0, ptr %iter, align 8, !dbg !518
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !518
  store i64 %_5.1, ptr %1, align 8, !dbg !518
  br label %bb2, !dbg !519

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !511
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !511
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !511
  store i64 %3, ptr %_8, align 8, !dbg !511
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !511
  store i64 %4, ptr %5, align 8, !dbg !511
  %_10 = load i64, ptr %_8, align 8, !dbg !511
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !511
  %7 = load i64, ptr %6, align 8, !dbg !511
  %8 = trunc nuw i64 %_10 to i1, !dbg !511
  br i1 %8, label %bb5, label %bb6, !dbg !511

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !520
  %i2 = load i64, ptr %9, align 8, !dbg !520
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !520
    #dbg_declare(ptr %i.dbg.spill3, !501, !DIExpression(), !521)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 112, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !522)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !524)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !526)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !527
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_821ec2fae4117a346ea4bfd9045fcd59) #7, !dbg !528
  br label %bb2, !dbg !528

bb6:                                              ; preds = %bb2
; call deep_chain::level8
  %11 = call i64 @_ZN10deep_chain6level817h8167389b95262484E(i64 %seed) #6, !dbg !529
  store i64 %11, ptr %sum, align 8, !dbg !529
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 112) #7, !dbg !530
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !530
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !530
  store i64 %_18.0, ptr %iter1, align 8, !dbg !530
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !530
  store i64 %_18.1, ptr %13, align 8, !dbg !530
  br label %bb11, !dbg !531

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !513
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !513
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !513
  store i64 %15, ptr %_21, align 8, !dbg !513
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !513
  store i64 %16, ptr %17, align 8, !dbg !513
  %_23 = load i64, ptr %_21, align 8, !dbg !513
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !513
  %19 = load i64, ptr %18, align 8, !dbg !513
  %20 = trunc nuw i64 %_23 to i1, !dbg !513
  br i1 %20, label %bb13, label %bb14, !dbg !513

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !532
  %i = load i64, ptr %21, align 8, !dbg !532
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !532
    #dbg_declare(ptr %i.dbg.spill, !507, !DIExpression(), !533)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 112, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !534)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !536)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !538)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !539
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_821ec2fae4117a346ea4bfd9045fcd59) #7, !dbg !540
  %_25 = zext i8 %_26 to i64, !dbg !541
  %23 = load i64, ptr %sum, align 8, !dbg !542
  %_31.0 = add i64 %23, %_25, !dbg !542
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !542
  br i1 %_31.1, label %panic, label %bb18, !dbg !542

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !543
  ret i64 %_0, !dbg !544

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !542
  br label %bb11, !dbg !531

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_821ec2fae4117a346ea4bfd9045fcd59) #8, !dbg !542
  unreachable, !dbg !542

bb4:                                              ; No predecessors!
  unreachable, !dbg !545
}

; deep_chain::level8
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level817h8167389b95262484E(i64 %seed) unnamed_addr #1 !dbg !546 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [128 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !548, !DIExpression(), !566)
    #dbg_declare(ptr %buf, !549, !DIExpression(), !567)
    #dbg_declare(ptr %iter, !556, !DIExpression(), !568)
    #dbg_declare(ptr %sum, !560, !DIExpression(), !569)
    #dbg_declare(ptr %iter1, !562, !DIExpression(), !570)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 128, i1 false), !dbg !571
  %_4 = xor i64 %seed, 8, !dbg !572
  %v = trunc i64 %_4 to i8, !dbg !573
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !573
    #dbg_declare(ptr %v.dbg.spill, !554, !DIExpression(), !574)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 128) #7, !dbg !575
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !575
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !575
  store i64 %_5.0, ptr %iter, align 8, !dbg !575
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !575
  store i64 %_5.1, ptr %1, align 8, !dbg !575
  br label %bb2, !dbg !576

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !568
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !568
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !568
  store i64 %3, ptr %_8, align 8, !dbg !568
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !568
  store i64 %4, ptr %5, align 8, !dbg !568
  %_10 = load i64, ptr %_8, align 8, !dbg !568
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !568
  %7 = load i64, ptr %6, align 8, !dbg !568
  %8 = trunc nuw i64 %_10 to i1, !dbg !568
  br i1 %8, label %bb5, label %bb6, !dbg !568

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !577
  %i2 = load i64, ptr %9, align 8, !dbg !577
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !577
    #dbg_declare(ptr %i.dbg.spill3, !558, !DIExpression(), !578)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 128, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !579)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !581)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !583)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !584
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_67e6560fcf34df37969d407bd2137b25) #7, !dbg !585
  br label %bb2, !dbg !585

bb6:                                              ; preds = %bb2
; call deep_chain::level9
  %11 = call i64 @_ZN10deep_chain6level917h2b77135186ecaaa5E(i64 %seed) #6, !dbg !586
  store i64 %11, ptr %sum, align 8, !dbg !586
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 128) #7, !dbg !587
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !587
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !587
  store i64 %_18.0, ptr %iter1, align 8, !dbg !587
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !587
  store i64 %_18.1, ptr %13, align 8, !dbg !587
  br label %bb11, !dbg !588

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !570
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !570
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !570
  store i64 %15, ptr %_21, align 8, !dbg !570
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !570
  store i64 %16, ptr %17, align 8, !dbg !570
  %_23 = load i64, ptr %_21, align 8, !dbg !570
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !570
  %19 = load i64, ptr %18, align 8, !dbg !570
  %20 = trunc nuw i64 %_23 to i1, !dbg !570
  br i1 %20, label %bb13, label %bb14, !dbg !570

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !589
  %i = load i64, ptr %21, align 8, !dbg !589
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !589
    #dbg_declare(ptr %i.dbg.spill, !564, !DIExpression(), !590)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 128, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !591)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !593)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !595)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !596
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_67e6560fcf34df37969d407bd2137b25) #7, !dbg !597
  %_25 = zext i8 %_26 to i64, !dbg !598
  %23 = load i64, ptr %sum, align 8, !dbg !599
  %_31.0 = add i64 %23, %_25, !dbg !599
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !599
  br i1 %_31.1, label %panic, label %bb18, !dbg !599

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !600
  ret i64 %_0, !dbg !601

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !599
  br label %bb11, !dbg !588

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_67e6560fcf34df37969d407bd2137b25) #8, !dbg !599
  unreachable, !dbg !599

bb4:                                              ; No predecessors!
  unreachable, !dbg !602
}

; deep_chain::level9
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain6level917h2b77135186ecaaa5E(i64 %seed) unnamed_addr #1 !dbg !603 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [144 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !605, !DIExpression(), !623)
    #dbg_declare(ptr %buf, !606, !DIExpression(), !624)
    #dbg_declare(ptr %iter, !613, !DIExpression(), !625)
    #dbg_declare(ptr %sum, !617, !DIExpression(), !626)
    #dbg_declare(ptr %iter1, !619, !DIExpression(), !627)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 144, i1 false), !dbg !628
  %_4 = xor i64 %seed, 9, !dbg !629
  %v = trunc i64 %_4 to i8, !dbg !630
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !630
    #dbg_declare(ptr %v.dbg.spill, !611, !DIExpression(), !631)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 144) #7, !dbg !632
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !632
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !632
  store i64 %_5.0, ptr %iter, align 8, !dbg !632
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !632
  store i64 %_5.1, ptr %1, align 8, !dbg !632
  br label %bb2, !dbg !633

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !625
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !625
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !625
  store i64 %3, ptr %_8, align 8, !dbg !625
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !625
  store i64 %4, ptr %5, align 8, !dbg !625
  %_10 = load i64, ptr %_8, align 8, !dbg !625
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !625
  %7 = load i64, ptr %6, align 8, !dbg !625
  %8 = trunc nuw i64 %_10 to i1, !dbg !625
  br i1 %8, label %bb5, label %bb6, !dbg !625

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !634
  %i2 = load i64, ptr %9, align 8, !dbg !634
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !634
    #dbg_declare(ptr %i.dbg.spill3, !615, !DIExpression(), !635)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 144, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !636)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !638)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !640)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !641
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_eaa6e618dc4c3e944047f95c7523b44e) #7, !dbg !642
  br label %bb2, !dbg !642

bb6:                                              ; preds = %bb2
; call deep_chain::level10
  %11 = call i64 @_ZN10deep_chain7level1017h593903d6ef35d582E(i64 %seed) #6, !dbg !643
  store i64 %11, ptr %sum, align 8, !dbg !643
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 144) #7, !dbg !644
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !644
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !644
  store i64 %_18.0, ptr %iter1, align 8, !dbg !644
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !644
  store i64 %_18.1, ptr %13, align 8, !dbg !644
  br label %bb11, !dbg !645

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !627
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !627
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !627
  store i64 %15, ptr %_21, align 8, !dbg !627
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !627
  store i64 %16, ptr %17, align 8, !dbg !627
  %_23 = load i64, ptr %_21, align 8, !dbg !627
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !627
  %19 = load i64, ptr %18, align 8, !dbg !627
  %20 = trunc nuw i64 %_23 to i1, !dbg !627
  br i1 %20, label %bb13, label %bb14, !dbg !627

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !646
  %i = load i64, ptr %21, align 8, !dbg !646
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !646
    #dbg_declare(ptr %i.dbg.spill, !621, !DIExpression(), !647)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 144, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !648)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !650)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !652)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !653
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_eaa6e618dc4c3e944047f95c7523b44e) #7, !dbg !654
  %_25 = zext i8 %_26 to i64, !dbg !655
  %23 = load i64, ptr %sum, align 8, !dbg !656
  %_31.0 = add i64 %23, %_25, !dbg !656
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !656
  br i1 %_31.1, label %panic, label %bb18, !dbg !656

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !657
  ret i64 %_0, !dbg !658

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !656
  br label %bb11, !dbg !645

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_eaa6e618dc4c3e944047f95c7523b44e) #8, !dbg !656
  unreachable, !dbg !656

bb4:                                              ; No predecessors!
  unreachable, !dbg !659
}

; deep_chain::level10
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain7level1017h593903d6ef35d582E(i64 %seed) unnamed_addr #1 !dbg !660 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [160 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !662, !DIExpression(), !680)
    #dbg_declare(ptr %buf, !663, !DIExpression(), !681)
    #dbg_declare(ptr %iter, !670, !DIExpression(), !682)
    #dbg_declare(ptr %sum, !674, !DIExpression(), !683)
    #dbg_declare(ptr %iter1, !676, !DIExpression(), !684)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 160, i1 false), !dbg !685
  %_4 = xor i64 %seed, 10, !dbg !686
  %v = trunc i64 %_4 to i8, !dbg !687
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !687
    #dbg_declare(ptr %v.dbg.spill, !668, !DIExpression(), !688)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 160) #7, !dbg !689
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !689
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !689
  store i64 %_5.0, ptr %iter, align 8, !dbg !689
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !689
  store i64 %_5.1, ptr %1, align 8, !dbg !689
  br label %bb2, !dbg !690

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !682
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !682
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !682
  store i64 %3, ptr %_8, align 8, !dbg !682
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !682
  store i64 %4, ptr %5, align 8, !dbg !682
  %_10 = load i64, ptr %_8, align 8, !dbg !682
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !682
  %7 = load i64, ptr %6, align 8, !dbg !682
  %8 = trunc nuw i64 %_10 to i1, !dbg !682
  br i1 %8, label %bb5, label %bb6, !dbg !682

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !691
  %i2 = load i64, ptr %9, align 8, !dbg !691
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !691
    #dbg_declare(ptr %i.dbg.spill3, !672, !DIExpression(), !692)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 160, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !693)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !695)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !697)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !698
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_f24b54818c5a88212af93c6bf8ab3157) #7, !dbg !699
  br label %bb2, !dbg !699

bb6:                                              ; preds = %bb2
; call deep_chain::level11
  %11 = call i64 @_ZN10deep_chain7level1117haf4b7e8b4e804065E(i64 %seed) #6, !dbg !700
  store i64 %11, ptr %sum, align 8, !dbg !700
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 160) #7, !dbg !701
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !701
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !701
  store i64 %_18.0, ptr %iter1, align 8, !dbg !701
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !701
  store i64 %_18.1, ptr %13, align 8, !dbg !701
  br label %bb11, !dbg !702

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !684
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !684
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !684
  store i64 %15, ptr %_21, align 8, !dbg !684
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !684
  store i64 %16, ptr %17, align 8, !dbg !684
  %_23 = load i64, ptr %_21, align 8, !dbg !684
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !684
  %19 = load i64, ptr %18, align 8, !dbg !684
  %20 = trunc nuw i64 %_23 to i1, !dbg !684
  br i1 %20, label %bb13, label %bb14, !dbg !684

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !703
  %i = load i64, ptr %21, align 8, !dbg !703
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !703
    #dbg_declare(ptr %i.dbg.spill, !678, !DIExpression(), !704)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 160, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !705)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !707)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !709)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !710
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_f24b54818c5a88212af93c6bf8ab3157) #7, !dbg !711
  %_25 = zext i8 %_26 to i64, !dbg !712
  %23 = load i64, ptr %sum, align 8, !dbg !713
  %_31.0 = add i64 %23, %_25, !dbg !713
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !713
  br i1 %_31.1, label %panic, label %bb18, !dbg !713

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !714
  ret i64 %_0, !dbg !715

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !713
  br label %bb11, !dbg !702

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_f24b54818c5a88212af93c6bf8ab3157) #8, !dbg !713
  unreachable, !dbg !713

bb4:                                              ; No predecessors!
  unreachable, !dbg !716
}

; deep_chain::level11
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain7level1117haf4b7e8b4e804065E(i64 %seed) unnamed_addr #1 !dbg !717 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [176 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !719, !DIExpression(), !737)
    #dbg_declare(ptr %buf, !720, !DIExpression(), !738)
    #dbg_declare(ptr %iter, !727, !DIExpression(), !739)
    #dbg_declare(ptr %sum, !731, !DIExpression(), !740)
    #dbg_declare(ptr %iter1, !733, !DIExpression(), !741)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 176, i1 false), !dbg !742
  %_4 = xor i64 %seed, 11, !dbg !743
  %v = trunc i64 %_4 to i8, !dbg !744
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !744
    #dbg_declare(ptr %v.dbg.spill, !725, !DIExpression(), !745)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 176) #7, !dbg !746
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !746
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !746
  store i64 %_5.0, ptr %iter, align 8, !dbg !746
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !746
  store i64 %_5.1, ptr %1, align 8, !dbg !746
  br label %bb2, !dbg !747

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !739
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !739
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !739
  store i64 %3, ptr %_8, align 8, !dbg !739
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !739
  store i64 %4, ptr %5, align 8, !dbg !739
  %_10 = load i64, ptr %_8, align 8, !dbg !739
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !739
  %7 = load i64, ptr %6, align 8, !dbg !739
  %8 = trunc nuw i64 %_10 to i1, !dbg !739
  br i1 %8, label %bb5, label %bb6, !dbg !739

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !748
  %i2 = load i64, ptr %9, align 8, !dbg !748
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !748
    #dbg_declare(ptr %i.dbg.spill3, !729, !DIExpression(), !749)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 176, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !750)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !752)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !754)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !755
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_1167ceef900207a50bbcd7d15e2cf4ca) #7, !dbg !756
  br label %bb2, !dbg !756

bb6:                                              ; preds = %bb2
; call deep_chain::level12
  %11 = call i64 @_ZN10deep_chain7level1217hbdc82d11f2d6a502E(i64 %seed) #6, !dbg !757
  store i64 %11, ptr %sum, align 8, !dbg !757
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 176) #7, !dbg !758
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !758
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !758
  store i64 %_18.0, ptr %iter1, align 8, !dbg !758
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !758
  store i64 %_18.1, ptr %13, align 8, !dbg !758
  br label %bb11, !dbg !759

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !741
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !741
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !741
  store i64 %15, ptr %_21, align 8, !dbg !741
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !741
  store i64 %16, ptr %17, align 8, !dbg !741
  %_23 = load i64, ptr %_21, align 8, !dbg !741
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !741
  %19 = load i64, ptr %18, align 8, !dbg !741
  %20 = trunc nuw i64 %_23 to i1, !dbg !741
  br i1 %20, label %bb13, label %bb14, !dbg !741

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !760
  %i = load i64, ptr %21, align 8, !dbg !760
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !760
    #dbg_declare(ptr %i.dbg.spill, !735, !DIExpression(), !761)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 176, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !762)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !764)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !766)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !767
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_1167ceef900207a50bbcd7d15e2cf4ca) #7, !dbg !768
  %_25 = zext i8 %_26 to i64, !dbg !769
  %23 = load i64, ptr %sum, align 8, !dbg !770
  %_31.0 = add i64 %23, %_25, !dbg !770
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !770
  br i1 %_31.1, label %panic, label %bb18, !dbg !770

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !771
  ret i64 %_0, !dbg !772

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !770
  br label %bb11, !dbg !759

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_1167ceef900207a50bbcd7d15e2cf4ca) #8, !dbg !770
  unreachable, !dbg !770

bb4:                                              ; No predecessors!
  unreachable, !dbg !773
}

; deep_chain::level12
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN10deep_chain7level1217hbdc82d11f2d6a502E(i64 %seed) unnamed_addr #1 !dbg !774 {
start:
  %self.dbg.spill.i8 = alloca [16 x i8], align 8
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %count.dbg.spill.i4 = alloca [8 x i8], align 8
  %self.dbg.spill.i5 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill3 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [1 x i8], align 1
  %seed.dbg.spill = alloca [8 x i8], align 8
  %_21 = alloca [16 x i8], align 8
  %iter1 = alloca [16 x i8], align 8
  %sum = alloca [8 x i8], align 8
  %_8 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %buf = alloca [192 x i8], align 1
  store i64 %seed, ptr %seed.dbg.spill, align 8
    #dbg_declare(ptr %seed.dbg.spill, !776, !DIExpression(), !794)
    #dbg_declare(ptr %buf, !777, !DIExpression(), !795)
    #dbg_declare(ptr %iter, !784, !DIExpression(), !796)
    #dbg_declare(ptr %sum, !788, !DIExpression(), !797)
    #dbg_declare(ptr %iter1, !790, !DIExpression(), !798)
  call void @llvm.memset.p0.i64(ptr align 1 %buf, i8 0, i64 192, i1 false), !dbg !799
  %_4 = xor i64 %seed, 12, !dbg !800
  %v = trunc i64 %_4 to i8, !dbg !801
  store i8 %v, ptr %v.dbg.spill, align 1, !dbg !801
    #dbg_declare(ptr %v.dbg.spill, !782, !DIExpression(), !802)
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 192) #7, !dbg !803
  %_5.0 = extractvalue { i64, i64 } %0, 0, !dbg !803
  %_5.1 = extractvalue { i64, i64 } %0, 1, !dbg !803
  store i64 %_5.0, ptr %iter, align 8, !dbg !803
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !803
  store i64 %_5.1, ptr %1, align 8, !dbg !803
  br label %bb2, !dbg !804

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter) #7, !dbg !796
  %3 = extractvalue { i64, i64 } %2, 0, !dbg !796
  %4 = extractvalue { i64, i64 } %2, 1, !dbg !796
  store i64 %3, ptr %_8, align 8, !dbg !796
  %5 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !796
  store i64 %4, ptr %5, align 8, !dbg !796
  %_10 = load i64, ptr %_8, align 8, !dbg !796
  %6 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !796
  %7 = load i64, ptr %6, align 8, !dbg !796
  %8 = trunc nuw i64 %_10 to i1, !dbg !796
  br i1 %8, label %bb5, label %bb6, !dbg !796

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_8, i64 8, !dbg !805
  %i2 = load i64, ptr %9, align 8, !dbg !805
  store i64 %i2, ptr %i.dbg.spill3, align 8, !dbg !805
    #dbg_declare(ptr %i.dbg.spill3, !786, !DIExpression(), !806)
  store ptr %buf, ptr %self.dbg.spill.i7, align 8
  %10 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 192, ptr %10, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !115, !DIExpression(), !807)
  store ptr %buf, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !132, !DIExpression(), !809)
  store i64 %i2, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !162, !DIExpression(), !811)
  %_0.i = getelementptr inbounds nuw i8, ptr %buf, i64 %i2, !dbg !812
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %_0.i, i8 %v, ptr align 8 @alloc_2ec78e70b9d1974b9f51e4e6d4787b24) #7, !dbg !813
  br label %bb2, !dbg !813

bb6:                                              ; preds = %bb2
; call deep_chain::end
  %11 = call i64 @_ZN10deep_chain3end17hcebac4ef9ea40e2bE(i64 %seed) #9, !dbg !814
  store i64 %11, ptr %sum, align 8, !dbg !814
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %12 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 0, i64 192) #7, !dbg !815
  %_18.0 = extractvalue { i64, i64 } %12, 0, !dbg !815
  %_18.1 = extractvalue { i64, i64 } %12, 1, !dbg !815
  store i64 %_18.0, ptr %iter1, align 8, !dbg !815
  %13 = getelementptr inbounds i8, ptr %iter1, i64 8, !dbg !815
  store i64 %_18.1, ptr %13, align 8, !dbg !815
  br label %bb11, !dbg !816

bb11:                                             ; preds = %bb18, %bb6
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %14 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %iter1) #7, !dbg !798
  %15 = extractvalue { i64, i64 } %14, 0, !dbg !798
  %16 = extractvalue { i64, i64 } %14, 1, !dbg !798
  store i64 %15, ptr %_21, align 8, !dbg !798
  %17 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !798
  store i64 %16, ptr %17, align 8, !dbg !798
  %_23 = load i64, ptr %_21, align 8, !dbg !798
  %18 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !798
  %19 = load i64, ptr %18, align 8, !dbg !798
  %20 = trunc nuw i64 %_23 to i1, !dbg !798
  br i1 %20, label %bb13, label %bb14, !dbg !798

bb13:                                             ; preds = %bb11
  %21 = getelementptr inbounds i8, ptr %_21, i64 8, !dbg !817
  %i = load i64, ptr %21, align 8, !dbg !817
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !817
    #dbg_declare(ptr %i.dbg.spill, !792, !DIExpression(), !818)
  store ptr %buf, ptr %self.dbg.spill.i8, align 8
  %22 = getelementptr inbounds i8, ptr %self.dbg.spill.i8, i64 8
  store i64 192, ptr %22, align 8
    #dbg_declare(ptr %self.dbg.spill.i8, !173, !DIExpression(), !819)
  store ptr %buf, ptr %self.dbg.spill.i5, align 8
    #dbg_declare(ptr %self.dbg.spill.i5, !185, !DIExpression(), !821)
  store i64 %i, ptr %count.dbg.spill.i4, align 8
    #dbg_declare(ptr %count.dbg.spill.i4, !193, !DIExpression(), !823)
  %_0.i6 = getelementptr inbounds nuw i8, ptr %buf, i64 %i, !dbg !824
; call core::ptr::read_volatile
  %_26 = call i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %_0.i6, ptr align 8 @alloc_2ec78e70b9d1974b9f51e4e6d4787b24) #7, !dbg !825
  %_25 = zext i8 %_26 to i64, !dbg !826
  %23 = load i64, ptr %sum, align 8, !dbg !827
  %_31.0 = add i64 %23, %_25, !dbg !827
  %_31.1 = icmp ult i64 %_31.0, %23, !dbg !827
  br i1 %_31.1, label %panic, label %bb18, !dbg !827

bb14:                                             ; preds = %bb11
  %_0 = load i64, ptr %sum, align 8, !dbg !828
  ret i64 %_0, !dbg !829

bb18:                                             ; preds = %bb13
  store i64 %_31.0, ptr %sum, align 8, !dbg !827
  br label %bb11, !dbg !816

panic:                                            ; preds = %bb13
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_2ec78e70b9d1974b9f51e4e6d4787b24) #8, !dbg !827
  unreachable, !dbg !827

bb4:                                              ; No predecessors!
  unreachable, !dbg !830
}

; <usize as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17ha40e268f83ee55dfE"(i64 %start1, i64 %n) unnamed_addr #2 !dbg !831 {
start:
  %n.dbg.spill = alloca [8 x i8], align 8
  %start.dbg.spill = alloca [8 x i8], align 8
  store i64 %start1, ptr %start.dbg.spill, align 8
    #dbg_declare(ptr %start.dbg.spill, !839, !DIExpression(), !841)
    #dbg_declare(ptr %start.dbg.spill, !842, !DIExpression(), !851)
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !840, !DIExpression(), !853)
    #dbg_declare(ptr %n.dbg.spill, !850, !DIExpression(), !854)
  br label %bb1, !dbg !855

bb1:                                              ; preds = %start
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17hbbbb7613e2904ad4E"(i64 %start1, i64 %n, ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #7, !dbg !858
  br label %bb2, !dbg !858

bb2:                                              ; preds = %bb1
  %_0 = add nuw i64 %start1, %n, !dbg !859
  ret i64 %_0, !dbg !860
}

; core::num::<impl usize>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17hbbbb7613e2904ad4E"(i64 %lhs, i64 %rhs, ptr align 8 %0) unnamed_addr #2 !dbg !861 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %lhs.dbg.spill = alloca [8 x i8], align 8
  store i64 %lhs, ptr %lhs.dbg.spill, align 8
    #dbg_declare(ptr %lhs.dbg.spill, !866, !DIExpression(), !870)
    #dbg_declare(ptr %lhs.dbg.spill, !871, !DIExpression(), !882)
  store i64 %rhs, ptr %rhs.dbg.spill, align 8
    #dbg_declare(ptr %rhs.dbg.spill, !867, !DIExpression(), !870)
    #dbg_declare(ptr %rhs.dbg.spill, !881, !DIExpression(), !885)
  %_7.0 = add i64 %lhs, %rhs, !dbg !886
  %_7.1 = icmp ult i64 %_7.0, %lhs, !dbg !886
  br i1 %_7.1, label %bb1, label %bb2, !dbg !887

bb2:                                              ; preds = %start
  ret void, !dbg !888

bb1:                                              ; preds = %start
  store ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr %msg.dbg.spill, align 8, !dbg !889
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !889
  store i64 186, ptr %1, align 8, !dbg !889
    #dbg_declare(ptr %msg.dbg.spill, !868, !DIExpression(), !890)
    #dbg_declare(ptr %msg.dbg.spill, !891, !DIExpression(), !983)
    #dbg_declare(ptr %msg.dbg.spill, !985, !DIExpression(), !993)
    #dbg_declare(ptr %msg.dbg.spill, !995, !DIExpression(), !1000)
    #dbg_declare(ptr %msg.dbg.spill, !1002, !DIExpression(), !1007)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr inttoptr (i64 373 to ptr), i1 zeroext false, ptr align 8 %0) #8, !dbg !1009
  unreachable, !dbg !1009
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal i8 @_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E(ptr %src, ptr align 8 %0) unnamed_addr #2 !dbg !1010 {
start:
  %1 = alloca [1 x i8], align 1
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !1015, !DIExpression(), !1016)
  br label %bb1, !dbg !1017

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h78fc216f0513cdd4E(ptr %src, i64 1, ptr align 8 %0) #7, !dbg !1019
  br label %bb3, !dbg !1020

bb3:                                              ; preds = %bb1
  %2 = load volatile i8, ptr %src, align 1, !dbg !1021
  store i8 %2, ptr %1, align 1, !dbg !1021
  %_0 = load i8, ptr %1, align 1, !dbg !1021
  ret i8 %_0, !dbg !1022
}

; core::ptr::read_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr13read_volatile18precondition_check17h78fc216f0513cdd4E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !1023 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !1028, !DIExpression(), !1032)
    #dbg_declare(ptr %addr.dbg.spill, !1033, !DIExpression(), !1040)
    #dbg_declare(ptr %addr.dbg.spill, !1043, !DIExpression(), !1049)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !1029, !DIExpression(), !1032)
    #dbg_declare(ptr %align.dbg.spill, !1039, !DIExpression(), !1052)
    #dbg_declare(ptr %align.dbg.spill, !1048, !DIExpression(), !1049)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr %addr, i64 %align) #7, !dbg !1053
  br i1 %_3, label %bb1, label %bb2, !dbg !1041

bb2:                                              ; preds = %start
  store ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr %msg.dbg.spill, align 8, !dbg !1055
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !1055
  store i64 214, ptr %1, align 8, !dbg !1055
    #dbg_declare(ptr %msg.dbg.spill, !1030, !DIExpression(), !1056)
    #dbg_declare(ptr %msg.dbg.spill, !1057, !DIExpression(), !1060)
    #dbg_declare(ptr %msg.dbg.spill, !1062, !DIExpression(), !1065)
    #dbg_declare(ptr %msg.dbg.spill, !1067, !DIExpression(), !1070)
    #dbg_declare(ptr %msg.dbg.spill, !1072, !DIExpression(), !1075)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #8, !dbg !1077
  unreachable, !dbg !1077

bb1:                                              ; preds = %start
  ret void, !dbg !1078
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E(ptr %dst, i8 %src, ptr align 8 %0) unnamed_addr #2 !dbg !1079 {
start:
  %src.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !1083, !DIExpression(), !1085)
  store i8 %src, ptr %src.dbg.spill, align 1
    #dbg_declare(ptr %src.dbg.spill, !1084, !DIExpression(), !1086)
  br label %bb1, !dbg !1087

bb1:                                              ; preds = %start
; call core::ptr::write_volatile::precondition_check
  call void @_ZN4core3ptr14write_volatile18precondition_check17h007a9e29a16f49aeE(ptr %dst, i64 1, ptr align 8 %0) #7, !dbg !1089
  br label %bb3, !dbg !1090

bb3:                                              ; preds = %bb1
  store volatile i8 %src, ptr %dst, align 1, !dbg !1091
  ret void, !dbg !1092
}

; core::ptr::write_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile18precondition_check17h007a9e29a16f49aeE(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !1093 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !1099, !DIExpression(), !1103)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !1100, !DIExpression(), !1103)
    #dbg_declare(ptr %align.dbg.spill, !1104, !DIExpression(), !1108)
    #dbg_declare(ptr %align.dbg.spill, !1111, !DIExpression(), !1115)
  store ptr %addr, ptr %ptr.dbg.spill, align 8, !dbg !1118
    #dbg_declare(ptr %ptr.dbg.spill, !1107, !DIExpression(), !1119)
    #dbg_declare(ptr %ptr.dbg.spill, !1114, !DIExpression(), !1115)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr %addr, i64 %align) #7, !dbg !1120
  br i1 %_3, label %bb1, label %bb2, !dbg !1109

bb2:                                              ; preds = %start
  store ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr %msg.dbg.spill, align 8, !dbg !1122
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !1122
  store i64 215, ptr %1, align 8, !dbg !1122
    #dbg_declare(ptr %msg.dbg.spill, !1101, !DIExpression(), !1123)
    #dbg_declare(ptr %msg.dbg.spill, !1124, !DIExpression(), !1127)
    #dbg_declare(ptr %msg.dbg.spill, !1129, !DIExpression(), !1132)
    #dbg_declare(ptr %msg.dbg.spill, !1134, !DIExpression(), !1137)
    #dbg_declare(ptr %msg.dbg.spill, !1139, !DIExpression(), !1142)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr inttoptr (i64 431 to ptr), i1 zeroext false, ptr align 8 %0) #8, !dbg !1144
  unreachable, !dbg !1144

bb1:                                              ; preds = %start
  ret void, !dbg !1145
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E"(ptr align 8 %self) unnamed_addr #2 !dbg !1146 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1166, !DIExpression(), !1169)
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hac5365ae80ceae6eE"(ptr align 8 %self) #7, !dbg !1170
  %_0.0 = extractvalue { i64, i64 } %0, 0, !dbg !1170
  %_0.1 = extractvalue { i64, i64 } %0, 1, !dbg !1170
  %1 = insertvalue { i64, i64 } poison, i64 %_0.0, 0, !dbg !1171
  %2 = insertvalue { i64, i64 } %1, i64 %_0.1, 1, !dbg !1171
  ret { i64, i64 } %2, !dbg !1171
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E"(i64 %self.0, i64 %self.1) unnamed_addr #2 !dbg !1172 {
start:
  %self.dbg.spill = alloca [16 x i8], align 8
  store i64 %self.0, ptr %self.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8
  store i64 %self.1, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill, !1180, !DIExpression(), !1183)
  %1 = insertvalue { i64, i64 } poison, i64 %self.0, 0, !dbg !1184
  %2 = insertvalue { i64, i64 } %1, i64 %self.1, 1, !dbg !1184
  ret { i64, i64 } %2, !dbg !1184
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hac5365ae80ceae6eE"(ptr align 8 %self) unnamed_addr #2 !dbg !1185 {
start:
  %other.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %old.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1188, !DIExpression(), !1191)
  %_4 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1192
  store ptr %self, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !1193, !DIExpression(), !1204)
  store ptr %_4, ptr %other.dbg.spill.i, align 8
    #dbg_declare(ptr %other.dbg.spill.i, !1203, !DIExpression(), !1206)
  %_3.i = load i64, ptr %self, align 8, !dbg !1207
  %_4.i = load i64, ptr %_4, align 8, !dbg !1208
  %_0.i = icmp ult i64 %_3.i, %_4.i, !dbg !1207
  br i1 %_0.i, label %bb2, label %bb4, !dbg !1209

bb4:                                              ; preds = %start
  store i64 0, ptr %_0, align 8, !dbg !1210
  br label %bb5, !dbg !1211

bb2:                                              ; preds = %start
  %old = load i64, ptr %self, align 8, !dbg !1212
  store i64 %old, ptr %old.dbg.spill, align 8, !dbg !1212
    #dbg_declare(ptr %old.dbg.spill, !1189, !DIExpression(), !1213)
; call <usize as core::iter::range::Step>::forward_unchecked
  %_6 = call i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17ha40e268f83ee55dfE"(i64 %old, i64 1) #7, !dbg !1214
  store i64 %_6, ptr %self, align 8, !dbg !1215
  %0 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !1216
  store i64 %old, ptr %0, align 8, !dbg !1216
  store i64 1, ptr %_0, align 8, !dbg !1216
  br label %bb5, !dbg !1211

bb5:                                              ; preds = %bb2, %bb4
  %1 = load i64, ptr %_0, align 8, !dbg !1217
  %2 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !1217
  %3 = load i64, ptr %2, align 8, !dbg !1217
  %4 = insertvalue { i64, i64 } poison, i64 %1, 0, !dbg !1217
  %5 = insertvalue { i64, i64 } %4, i64 %3, 1, !dbg !1217
  ret { i64, i64 } %5, !dbg !1217
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #4

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #5

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nounwind nonlazybind uwtable
declare zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h156ab962b2ba216fE"(ptr, i64) unnamed_addr #2

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nonlazybind "target-cpu"="x86-64" }
attributes #6 = { noinline nounwind }
attributes #7 = { inlinehint nounwind }
attributes #8 = { noinline noreturn nounwind }
attributes #9 = { nounwind }

!llvm.module.flags = !{!49, !50, !51, !52}
!llvm.ident = !{!53}
!llvm.dbg.cu = !{!54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN10deep_chain4PROG17h471ff9c5f3951749E", scope: !2, file: !3, line: 57, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "deep_chain", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/deep_chain.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ea6da99e6c4c6b04d10fa4f8ac0e34d9")
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
!55 = !DIFile(filename: "testdata/rust/progs/deep_chain.rs/@/deep_chain.9d0f68e48f1ef4d4-cgu.0", directory: ".")
!56 = !{!0}
!57 = distinct !DISubprogram(name: "iu_deep_chain_fn", linkageName: "_ZN10deep_chain16iu_deep_chain_fn17h0e86d67787d6f407E", scope: !2, file: !3, line: 51, type: !12, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !58)
!58 = !{!59, !60}
!59 = !DILocalVariable(name: "_obj", arg: 1, scope: !57, file: !3, line: 51, type: !15)
!60 = !DILocalVariable(name: "regs", arg: 2, scope: !57, file: !3, line: 51, type: !16)
!61 = !DILocation(line: 51, column: 21, scope: !57)
!62 = !DILocation(line: 51, column: 36, scope: !57)
!63 = !DILocation(line: 52, column: 12, scope: !57)
!64 = !DILocation(line: 52, column: 5, scope: !57)
!65 = !DILocation(line: 53, column: 2, scope: !57)
!66 = distinct !DISubprogram(name: "end", linkageName: "_ZN10deep_chain3end17hcebac4ef9ea40e2bE", scope: !2, file: !3, line: 34, type: !67, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !69)
!67 = !DISubroutineType(types: !68)
!68 = !{!9, !9}
!69 = !{!70}
!70 = !DILocalVariable(name: "_seed", arg: 1, scope: !66, file: !3, line: 34, type: !9)
!71 = !DILocation(line: 34, column: 8, scope: !66)
!72 = !DILocation(line: 36, column: 2, scope: !66)
!73 = distinct !DISubprogram(name: "level1", linkageName: "_ZN10deep_chain6level117hf051c9396ae84105E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !74)
!74 = !{!75, !76, !81, !83, !94, !96, !98, !100}
!75 = !DILocalVariable(name: "seed", arg: 1, scope: !73, file: !3, line: 18, type: !9)
!76 = !DILocalVariable(name: "buf", scope: !77, file: !3, line: 20, type: !78, align: 8)
!77 = distinct !DILexicalBlock(scope: !73, file: !3, line: 20, column: 13)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 128, align: 8, elements: !79)
!79 = !{!80}
!80 = !DISubrange(count: 16, lowerBound: 0)
!81 = !DILocalVariable(name: "v", scope: !82, file: !3, line: 21, type: !46, align: 8)
!82 = distinct !DILexicalBlock(scope: !77, file: !3, line: 21, column: 13)
!83 = !DILocalVariable(name: "iter", scope: !84, file: !3, line: 22, type: !85, align: 64)
!84 = distinct !DILexicalBlock(scope: !82, file: !3, line: 22, column: 13)
!85 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !86, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !89, templateParams: !92, identifier: "53448c16a7a0802d59f963f67d6d8fdf")
!86 = !DINamespace(name: "range", scope: !87)
!87 = !DINamespace(name: "ops", scope: !88)
!88 = !DINamespace(name: "core", scope: null)
!89 = !{!90, !91}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !85, file: !5, baseType: !48, size: 64, align: 64, flags: DIFlagPublic)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !85, file: !5, baseType: !48, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!92 = !{!93}
!93 = !DITemplateTypeParameter(name: "Idx", type: !48)
!94 = !DILocalVariable(name: "i", scope: !95, file: !3, line: 22, type: !48, align: 64)
!95 = distinct !DILexicalBlock(scope: !84, file: !3, line: 22, column: 13)
!96 = !DILocalVariable(name: "sum", scope: !97, file: !3, line: 25, type: !9, align: 64)
!97 = distinct !DILexicalBlock(scope: !82, file: !3, line: 25, column: 13)
!98 = !DILocalVariable(name: "iter", scope: !99, file: !3, line: 26, type: !85, align: 64)
!99 = distinct !DILexicalBlock(scope: !97, file: !3, line: 26, column: 13)
!100 = !DILocalVariable(name: "i", scope: !101, file: !3, line: 26, type: !48, align: 64)
!101 = distinct !DILexicalBlock(scope: !99, file: !3, line: 26, column: 13)
!102 = !DILocation(line: 18, column: 18, scope: !73)
!103 = !DILocation(line: 20, column: 17, scope: !77)
!104 = !DILocation(line: 22, column: 22, scope: !84)
!105 = !DILocation(line: 25, column: 17, scope: !97)
!106 = !DILocation(line: 26, column: 22, scope: !99)
!107 = !DILocation(line: 20, column: 27, scope: !73)
!108 = !DILocation(line: 19, column: 37, scope: !77)
!109 = !DILocation(line: 21, column: 21, scope: !77)
!110 = !DILocation(line: 21, column: 17, scope: !82)
!111 = !DILocation(line: 22, column: 22, scope: !82)
!112 = !DILocation(line: 22, column: 13, scope: !84)
!113 = !DILocation(line: 22, column: 17, scope: !84)
!114 = !DILocation(line: 22, column: 17, scope: !95)
!115 = !DILocalVariable(name: "self", arg: 1, scope: !116, file: !117, line: 757, type: !123)
!116 = distinct !DISubprogram(name: "as_mut_ptr<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc4cbc76ad7f7af37E", scope: !118, file: !117, line: 757, type: !120, scopeLine: 757, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !128, retainedNodes: !127)
!117 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!118 = !DINamespace(name: "{impl#0}", scope: !119)
!119 = !DINamespace(name: "slice", scope: !88)
!120 = !DISubroutineType(types: !121)
!121 = !{!122, !123}
!122 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!123 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u8]", file: !5, size: 128, align: 64, elements: !124, templateParams: !40, identifier: "bdfeb4840e2373d8742974745efe30b6")
!124 = !{!125, !126}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !123, file: !5, baseType: !45, size: 64, align: 64)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !123, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!127 = !{!115}
!128 = !{!129}
!129 = !DITemplateTypeParameter(name: "T", type: !46)
!130 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !131)
!131 = distinct !DILocation(line: 23, column: 45, scope: !95)
!132 = !DILocalVariable(name: "self", arg: 1, scope: !133, file: !134, line: 927, type: !122)
!133 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17he6cb9f4528565f4dE", scope: !135, file: !134, line: 927, type: !138, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !128, retainedNodes: !161)
!134 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!135 = !DINamespace(name: "{impl#0}", scope: !136)
!136 = !DINamespace(name: "mut_ptr", scope: !137)
!137 = !DINamespace(name: "ptr", scope: !88)
!138 = !DISubroutineType(types: !139)
!139 = !{!122, !122, !48, !140}
!140 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !141, size: 64, align: 64, dwarfAddressSpace: 0)
!141 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !142, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !144, templateParams: !40, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!142 = !DINamespace(name: "location", scope: !143)
!143 = !DINamespace(name: "panic", scope: !88)
!144 = !{!145, !154, !155, !156}
!145 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !141, file: !5, baseType: !146, size: 128, align: 64, flags: DIFlagPrivate)
!146 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !147, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !148, templateParams: !128, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!147 = !DINamespace(name: "non_null", scope: !137)
!148 = !{!149}
!149 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !146, file: !5, baseType: !150, size: 128, align: 64, flags: DIFlagPrivate)
!150 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !151, templateParams: !40, identifier: "238a44609877474087c05adf26cd41fa")
!151 = !{!152, !153}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !150, file: !5, baseType: !45, size: 64, align: 64)
!153 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !150, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!154 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !141, file: !5, baseType: !14, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !141, file: !5, baseType: !14, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !141, file: !5, baseType: !157, align: 8, offset: 192, flags: DIFlagPrivate)
!157 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !158, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !159, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!158 = !DINamespace(name: "marker", scope: !88)
!159 = !{!160}
!160 = !DITemplateTypeParameter(name: "T", type: !42)
!161 = !{!132, !162}
!162 = !DILocalVariable(name: "count", arg: 2, scope: !133, file: !134, line: 927, type: !48)
!163 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !164)
!164 = distinct !DILocation(line: 23, column: 58, scope: !95)
!165 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !164)
!166 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !164)
!167 = !DILocation(line: 23, column: 26, scope: !95)
!168 = !DILocation(line: 25, column: 27, scope: !82)
!169 = !DILocation(line: 26, column: 22, scope: !97)
!170 = !DILocation(line: 26, column: 13, scope: !99)
!171 = !DILocation(line: 26, column: 17, scope: !99)
!172 = !DILocation(line: 26, column: 17, scope: !101)
!173 = !DILocalVariable(name: "self", arg: 1, scope: !174, file: !117, line: 726, type: !178)
!174 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h36f713dfd4836561E", scope: !118, file: !117, line: 726, type: !175, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !128, retainedNodes: !182)
!175 = !DISubroutineType(types: !176)
!176 = !{!177, !178}
!177 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!178 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !179, templateParams: !40, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!179 = !{!180, !181}
!180 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !178, file: !5, baseType: !45, size: 64, align: 64)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !178, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!182 = !{!173}
!183 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !184)
!184 = distinct !DILocation(line: 27, column: 51, scope: !101)
!185 = !DILocalVariable(name: "self", arg: 1, scope: !186, file: !187, line: 829, type: !177)
!186 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17h380c571d7c1b553dE", scope: !188, file: !187, line: 829, type: !190, scopeLine: 829, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !128, retainedNodes: !192)
!187 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!188 = !DINamespace(name: "{impl#0}", scope: !189)
!189 = !DINamespace(name: "const_ptr", scope: !137)
!190 = !DISubroutineType(types: !191)
!191 = !{!177, !177, !48, !140}
!192 = !{!185, !193}
!193 = !DILocalVariable(name: "count", arg: 2, scope: !186, file: !187, line: 829, type: !48)
!194 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !195)
!195 = distinct !DILocation(line: 27, column: 60, scope: !101)
!196 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !195)
!197 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !195)
!198 = !DILocation(line: 27, column: 33, scope: !101)
!199 = !DILocation(line: 27, column: 24, scope: !101)
!200 = !DILocation(line: 27, column: 17, scope: !101)
!201 = !DILocation(line: 29, column: 13, scope: !97)
!202 = !DILocation(line: 30, column: 10, scope: !73)
!203 = !DILocation(line: 0, scope: !73)
!204 = distinct !DISubprogram(name: "level2", linkageName: "_ZN10deep_chain6level217hdce9ce6687b0548dE", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !205)
!205 = !{!206, !207, !212, !214, !216, !218, !220, !222}
!206 = !DILocalVariable(name: "seed", arg: 1, scope: !204, file: !3, line: 18, type: !9)
!207 = !DILocalVariable(name: "buf", scope: !208, file: !3, line: 20, type: !209, align: 8)
!208 = distinct !DILexicalBlock(scope: !204, file: !3, line: 20, column: 13)
!209 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 256, align: 8, elements: !210)
!210 = !{!211}
!211 = !DISubrange(count: 32, lowerBound: 0)
!212 = !DILocalVariable(name: "v", scope: !213, file: !3, line: 21, type: !46, align: 8)
!213 = distinct !DILexicalBlock(scope: !208, file: !3, line: 21, column: 13)
!214 = !DILocalVariable(name: "iter", scope: !215, file: !3, line: 22, type: !85, align: 64)
!215 = distinct !DILexicalBlock(scope: !213, file: !3, line: 22, column: 13)
!216 = !DILocalVariable(name: "i", scope: !217, file: !3, line: 22, type: !48, align: 64)
!217 = distinct !DILexicalBlock(scope: !215, file: !3, line: 22, column: 13)
!218 = !DILocalVariable(name: "sum", scope: !219, file: !3, line: 25, type: !9, align: 64)
!219 = distinct !DILexicalBlock(scope: !213, file: !3, line: 25, column: 13)
!220 = !DILocalVariable(name: "iter", scope: !221, file: !3, line: 26, type: !85, align: 64)
!221 = distinct !DILexicalBlock(scope: !219, file: !3, line: 26, column: 13)
!222 = !DILocalVariable(name: "i", scope: !223, file: !3, line: 26, type: !48, align: 64)
!223 = distinct !DILexicalBlock(scope: !221, file: !3, line: 26, column: 13)
!224 = !DILocation(line: 18, column: 18, scope: !204)
!225 = !DILocation(line: 20, column: 17, scope: !208)
!226 = !DILocation(line: 22, column: 22, scope: !215)
!227 = !DILocation(line: 25, column: 17, scope: !219)
!228 = !DILocation(line: 26, column: 22, scope: !221)
!229 = !DILocation(line: 20, column: 27, scope: !204)
!230 = !DILocation(line: 19, column: 37, scope: !208)
!231 = !DILocation(line: 21, column: 21, scope: !208)
!232 = !DILocation(line: 21, column: 17, scope: !213)
!233 = !DILocation(line: 22, column: 22, scope: !213)
!234 = !DILocation(line: 22, column: 13, scope: !215)
!235 = !DILocation(line: 22, column: 17, scope: !215)
!236 = !DILocation(line: 22, column: 17, scope: !217)
!237 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !238)
!238 = distinct !DILocation(line: 23, column: 45, scope: !217)
!239 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !240)
!240 = distinct !DILocation(line: 23, column: 58, scope: !217)
!241 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !240)
!242 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !240)
!243 = !DILocation(line: 23, column: 26, scope: !217)
!244 = !DILocation(line: 25, column: 27, scope: !213)
!245 = !DILocation(line: 26, column: 22, scope: !219)
!246 = !DILocation(line: 26, column: 13, scope: !221)
!247 = !DILocation(line: 26, column: 17, scope: !221)
!248 = !DILocation(line: 26, column: 17, scope: !223)
!249 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !250)
!250 = distinct !DILocation(line: 27, column: 51, scope: !223)
!251 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !252)
!252 = distinct !DILocation(line: 27, column: 60, scope: !223)
!253 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !252)
!254 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !252)
!255 = !DILocation(line: 27, column: 33, scope: !223)
!256 = !DILocation(line: 27, column: 24, scope: !223)
!257 = !DILocation(line: 27, column: 17, scope: !223)
!258 = !DILocation(line: 29, column: 13, scope: !219)
!259 = !DILocation(line: 30, column: 10, scope: !204)
!260 = !DILocation(line: 0, scope: !204)
!261 = distinct !DISubprogram(name: "level3", linkageName: "_ZN10deep_chain6level317hbbded57988372d14E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !262)
!262 = !{!263, !264, !269, !271, !273, !275, !277, !279}
!263 = !DILocalVariable(name: "seed", arg: 1, scope: !261, file: !3, line: 18, type: !9)
!264 = !DILocalVariable(name: "buf", scope: !265, file: !3, line: 20, type: !266, align: 8)
!265 = distinct !DILexicalBlock(scope: !261, file: !3, line: 20, column: 13)
!266 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 384, align: 8, elements: !267)
!267 = !{!268}
!268 = !DISubrange(count: 48, lowerBound: 0)
!269 = !DILocalVariable(name: "v", scope: !270, file: !3, line: 21, type: !46, align: 8)
!270 = distinct !DILexicalBlock(scope: !265, file: !3, line: 21, column: 13)
!271 = !DILocalVariable(name: "iter", scope: !272, file: !3, line: 22, type: !85, align: 64)
!272 = distinct !DILexicalBlock(scope: !270, file: !3, line: 22, column: 13)
!273 = !DILocalVariable(name: "i", scope: !274, file: !3, line: 22, type: !48, align: 64)
!274 = distinct !DILexicalBlock(scope: !272, file: !3, line: 22, column: 13)
!275 = !DILocalVariable(name: "sum", scope: !276, file: !3, line: 25, type: !9, align: 64)
!276 = distinct !DILexicalBlock(scope: !270, file: !3, line: 25, column: 13)
!277 = !DILocalVariable(name: "iter", scope: !278, file: !3, line: 26, type: !85, align: 64)
!278 = distinct !DILexicalBlock(scope: !276, file: !3, line: 26, column: 13)
!279 = !DILocalVariable(name: "i", scope: !280, file: !3, line: 26, type: !48, align: 64)
!280 = distinct !DILexicalBlock(scope: !278, file: !3, line: 26, column: 13)
!281 = !DILocation(line: 18, column: 18, scope: !261)
!282 = !DILocation(line: 20, column: 17, scope: !265)
!283 = !DILocation(line: 22, column: 22, scope: !272)
!284 = !DILocation(line: 25, column: 17, scope: !276)
!285 = !DILocation(line: 26, column: 22, scope: !278)
!286 = !DILocation(line: 20, column: 27, scope: !261)
!287 = !DILocation(line: 19, column: 37, scope: !265)
!288 = !DILocation(line: 21, column: 21, scope: !265)
!289 = !DILocation(line: 21, column: 17, scope: !270)
!290 = !DILocation(line: 22, column: 22, scope: !270)
!291 = !DILocation(line: 22, column: 13, scope: !272)
!292 = !DILocation(line: 22, column: 17, scope: !272)
!293 = !DILocation(line: 22, column: 17, scope: !274)
!294 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !295)
!295 = distinct !DILocation(line: 23, column: 45, scope: !274)
!296 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !297)
!297 = distinct !DILocation(line: 23, column: 58, scope: !274)
!298 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !297)
!299 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !297)
!300 = !DILocation(line: 23, column: 26, scope: !274)
!301 = !DILocation(line: 25, column: 27, scope: !270)
!302 = !DILocation(line: 26, column: 22, scope: !276)
!303 = !DILocation(line: 26, column: 13, scope: !278)
!304 = !DILocation(line: 26, column: 17, scope: !278)
!305 = !DILocation(line: 26, column: 17, scope: !280)
!306 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !307)
!307 = distinct !DILocation(line: 27, column: 51, scope: !280)
!308 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !309)
!309 = distinct !DILocation(line: 27, column: 60, scope: !280)
!310 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !309)
!311 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !309)
!312 = !DILocation(line: 27, column: 33, scope: !280)
!313 = !DILocation(line: 27, column: 24, scope: !280)
!314 = !DILocation(line: 27, column: 17, scope: !280)
!315 = !DILocation(line: 29, column: 13, scope: !276)
!316 = !DILocation(line: 30, column: 10, scope: !261)
!317 = !DILocation(line: 0, scope: !261)
!318 = distinct !DISubprogram(name: "level4", linkageName: "_ZN10deep_chain6level417hf16f90c7e4d8f0caE", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !319)
!319 = !{!320, !321, !326, !328, !330, !332, !334, !336}
!320 = !DILocalVariable(name: "seed", arg: 1, scope: !318, file: !3, line: 18, type: !9)
!321 = !DILocalVariable(name: "buf", scope: !322, file: !3, line: 20, type: !323, align: 8)
!322 = distinct !DILexicalBlock(scope: !318, file: !3, line: 20, column: 13)
!323 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 512, align: 8, elements: !324)
!324 = !{!325}
!325 = !DISubrange(count: 64, lowerBound: 0)
!326 = !DILocalVariable(name: "v", scope: !327, file: !3, line: 21, type: !46, align: 8)
!327 = distinct !DILexicalBlock(scope: !322, file: !3, line: 21, column: 13)
!328 = !DILocalVariable(name: "iter", scope: !329, file: !3, line: 22, type: !85, align: 64)
!329 = distinct !DILexicalBlock(scope: !327, file: !3, line: 22, column: 13)
!330 = !DILocalVariable(name: "i", scope: !331, file: !3, line: 22, type: !48, align: 64)
!331 = distinct !DILexicalBlock(scope: !329, file: !3, line: 22, column: 13)
!332 = !DILocalVariable(name: "sum", scope: !333, file: !3, line: 25, type: !9, align: 64)
!333 = distinct !DILexicalBlock(scope: !327, file: !3, line: 25, column: 13)
!334 = !DILocalVariable(name: "iter", scope: !335, file: !3, line: 26, type: !85, align: 64)
!335 = distinct !DILexicalBlock(scope: !333, file: !3, line: 26, column: 13)
!336 = !DILocalVariable(name: "i", scope: !337, file: !3, line: 26, type: !48, align: 64)
!337 = distinct !DILexicalBlock(scope: !335, file: !3, line: 26, column: 13)
!338 = !DILocation(line: 18, column: 18, scope: !318)
!339 = !DILocation(line: 20, column: 17, scope: !322)
!340 = !DILocation(line: 22, column: 22, scope: !329)
!341 = !DILocation(line: 25, column: 17, scope: !333)
!342 = !DILocation(line: 26, column: 22, scope: !335)
!343 = !DILocation(line: 20, column: 27, scope: !318)
!344 = !DILocation(line: 19, column: 37, scope: !322)
!345 = !DILocation(line: 21, column: 21, scope: !322)
!346 = !DILocation(line: 21, column: 17, scope: !327)
!347 = !DILocation(line: 22, column: 22, scope: !327)
!348 = !DILocation(line: 22, column: 13, scope: !329)
!349 = !DILocation(line: 22, column: 17, scope: !329)
!350 = !DILocation(line: 22, column: 17, scope: !331)
!351 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !352)
!352 = distinct !DILocation(line: 23, column: 45, scope: !331)
!353 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !354)
!354 = distinct !DILocation(line: 23, column: 58, scope: !331)
!355 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !354)
!356 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !354)
!357 = !DILocation(line: 23, column: 26, scope: !331)
!358 = !DILocation(line: 25, column: 27, scope: !327)
!359 = !DILocation(line: 26, column: 22, scope: !333)
!360 = !DILocation(line: 26, column: 13, scope: !335)
!361 = !DILocation(line: 26, column: 17, scope: !335)
!362 = !DILocation(line: 26, column: 17, scope: !337)
!363 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !364)
!364 = distinct !DILocation(line: 27, column: 51, scope: !337)
!365 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !366)
!366 = distinct !DILocation(line: 27, column: 60, scope: !337)
!367 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !366)
!368 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !366)
!369 = !DILocation(line: 27, column: 33, scope: !337)
!370 = !DILocation(line: 27, column: 24, scope: !337)
!371 = !DILocation(line: 27, column: 17, scope: !337)
!372 = !DILocation(line: 29, column: 13, scope: !333)
!373 = !DILocation(line: 30, column: 10, scope: !318)
!374 = !DILocation(line: 0, scope: !318)
!375 = distinct !DISubprogram(name: "level5", linkageName: "_ZN10deep_chain6level517hbc54aa7bc55e72e3E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !376)
!376 = !{!377, !378, !383, !385, !387, !389, !391, !393}
!377 = !DILocalVariable(name: "seed", arg: 1, scope: !375, file: !3, line: 18, type: !9)
!378 = !DILocalVariable(name: "buf", scope: !379, file: !3, line: 20, type: !380, align: 8)
!379 = distinct !DILexicalBlock(scope: !375, file: !3, line: 20, column: 13)
!380 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 640, align: 8, elements: !381)
!381 = !{!382}
!382 = !DISubrange(count: 80, lowerBound: 0)
!383 = !DILocalVariable(name: "v", scope: !384, file: !3, line: 21, type: !46, align: 8)
!384 = distinct !DILexicalBlock(scope: !379, file: !3, line: 21, column: 13)
!385 = !DILocalVariable(name: "iter", scope: !386, file: !3, line: 22, type: !85, align: 64)
!386 = distinct !DILexicalBlock(scope: !384, file: !3, line: 22, column: 13)
!387 = !DILocalVariable(name: "i", scope: !388, file: !3, line: 22, type: !48, align: 64)
!388 = distinct !DILexicalBlock(scope: !386, file: !3, line: 22, column: 13)
!389 = !DILocalVariable(name: "sum", scope: !390, file: !3, line: 25, type: !9, align: 64)
!390 = distinct !DILexicalBlock(scope: !384, file: !3, line: 25, column: 13)
!391 = !DILocalVariable(name: "iter", scope: !392, file: !3, line: 26, type: !85, align: 64)
!392 = distinct !DILexicalBlock(scope: !390, file: !3, line: 26, column: 13)
!393 = !DILocalVariable(name: "i", scope: !394, file: !3, line: 26, type: !48, align: 64)
!394 = distinct !DILexicalBlock(scope: !392, file: !3, line: 26, column: 13)
!395 = !DILocation(line: 18, column: 18, scope: !375)
!396 = !DILocation(line: 20, column: 17, scope: !379)
!397 = !DILocation(line: 22, column: 22, scope: !386)
!398 = !DILocation(line: 25, column: 17, scope: !390)
!399 = !DILocation(line: 26, column: 22, scope: !392)
!400 = !DILocation(line: 20, column: 27, scope: !375)
!401 = !DILocation(line: 19, column: 37, scope: !379)
!402 = !DILocation(line: 21, column: 21, scope: !379)
!403 = !DILocation(line: 21, column: 17, scope: !384)
!404 = !DILocation(line: 22, column: 22, scope: !384)
!405 = !DILocation(line: 22, column: 13, scope: !386)
!406 = !DILocation(line: 22, column: 17, scope: !386)
!407 = !DILocation(line: 22, column: 17, scope: !388)
!408 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !409)
!409 = distinct !DILocation(line: 23, column: 45, scope: !388)
!410 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !411)
!411 = distinct !DILocation(line: 23, column: 58, scope: !388)
!412 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !411)
!413 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !411)
!414 = !DILocation(line: 23, column: 26, scope: !388)
!415 = !DILocation(line: 25, column: 27, scope: !384)
!416 = !DILocation(line: 26, column: 22, scope: !390)
!417 = !DILocation(line: 26, column: 13, scope: !392)
!418 = !DILocation(line: 26, column: 17, scope: !392)
!419 = !DILocation(line: 26, column: 17, scope: !394)
!420 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !421)
!421 = distinct !DILocation(line: 27, column: 51, scope: !394)
!422 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !423)
!423 = distinct !DILocation(line: 27, column: 60, scope: !394)
!424 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !423)
!425 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !423)
!426 = !DILocation(line: 27, column: 33, scope: !394)
!427 = !DILocation(line: 27, column: 24, scope: !394)
!428 = !DILocation(line: 27, column: 17, scope: !394)
!429 = !DILocation(line: 29, column: 13, scope: !390)
!430 = !DILocation(line: 30, column: 10, scope: !375)
!431 = !DILocation(line: 0, scope: !375)
!432 = distinct !DISubprogram(name: "level6", linkageName: "_ZN10deep_chain6level617h325d564e5fb8c342E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !433)
!433 = !{!434, !435, !440, !442, !444, !446, !448, !450}
!434 = !DILocalVariable(name: "seed", arg: 1, scope: !432, file: !3, line: 18, type: !9)
!435 = !DILocalVariable(name: "buf", scope: !436, file: !3, line: 20, type: !437, align: 8)
!436 = distinct !DILexicalBlock(scope: !432, file: !3, line: 20, column: 13)
!437 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 768, align: 8, elements: !438)
!438 = !{!439}
!439 = !DISubrange(count: 96, lowerBound: 0)
!440 = !DILocalVariable(name: "v", scope: !441, file: !3, line: 21, type: !46, align: 8)
!441 = distinct !DILexicalBlock(scope: !436, file: !3, line: 21, column: 13)
!442 = !DILocalVariable(name: "iter", scope: !443, file: !3, line: 22, type: !85, align: 64)
!443 = distinct !DILexicalBlock(scope: !441, file: !3, line: 22, column: 13)
!444 = !DILocalVariable(name: "i", scope: !445, file: !3, line: 22, type: !48, align: 64)
!445 = distinct !DILexicalBlock(scope: !443, file: !3, line: 22, column: 13)
!446 = !DILocalVariable(name: "sum", scope: !447, file: !3, line: 25, type: !9, align: 64)
!447 = distinct !DILexicalBlock(scope: !441, file: !3, line: 25, column: 13)
!448 = !DILocalVariable(name: "iter", scope: !449, file: !3, line: 26, type: !85, align: 64)
!449 = distinct !DILexicalBlock(scope: !447, file: !3, line: 26, column: 13)
!450 = !DILocalVariable(name: "i", scope: !451, file: !3, line: 26, type: !48, align: 64)
!451 = distinct !DILexicalBlock(scope: !449, file: !3, line: 26, column: 13)
!452 = !DILocation(line: 18, column: 18, scope: !432)
!453 = !DILocation(line: 20, column: 17, scope: !436)
!454 = !DILocation(line: 22, column: 22, scope: !443)
!455 = !DILocation(line: 25, column: 17, scope: !447)
!456 = !DILocation(line: 26, column: 22, scope: !449)
!457 = !DILocation(line: 20, column: 27, scope: !432)
!458 = !DILocation(line: 19, column: 37, scope: !436)
!459 = !DILocation(line: 21, column: 21, scope: !436)
!460 = !DILocation(line: 21, column: 17, scope: !441)
!461 = !DILocation(line: 22, column: 22, scope: !441)
!462 = !DILocation(line: 22, column: 13, scope: !443)
!463 = !DILocation(line: 22, column: 17, scope: !443)
!464 = !DILocation(line: 22, column: 17, scope: !445)
!465 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !466)
!466 = distinct !DILocation(line: 23, column: 45, scope: !445)
!467 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !468)
!468 = distinct !DILocation(line: 23, column: 58, scope: !445)
!469 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !468)
!470 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !468)
!471 = !DILocation(line: 23, column: 26, scope: !445)
!472 = !DILocation(line: 25, column: 27, scope: !441)
!473 = !DILocation(line: 26, column: 22, scope: !447)
!474 = !DILocation(line: 26, column: 13, scope: !449)
!475 = !DILocation(line: 26, column: 17, scope: !449)
!476 = !DILocation(line: 26, column: 17, scope: !451)
!477 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !478)
!478 = distinct !DILocation(line: 27, column: 51, scope: !451)
!479 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !480)
!480 = distinct !DILocation(line: 27, column: 60, scope: !451)
!481 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !480)
!482 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !480)
!483 = !DILocation(line: 27, column: 33, scope: !451)
!484 = !DILocation(line: 27, column: 24, scope: !451)
!485 = !DILocation(line: 27, column: 17, scope: !451)
!486 = !DILocation(line: 29, column: 13, scope: !447)
!487 = !DILocation(line: 30, column: 10, scope: !432)
!488 = !DILocation(line: 0, scope: !432)
!489 = distinct !DISubprogram(name: "level7", linkageName: "_ZN10deep_chain6level717h88d4ff1dca2f1e43E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !490)
!490 = !{!491, !492, !497, !499, !501, !503, !505, !507}
!491 = !DILocalVariable(name: "seed", arg: 1, scope: !489, file: !3, line: 18, type: !9)
!492 = !DILocalVariable(name: "buf", scope: !493, file: !3, line: 20, type: !494, align: 8)
!493 = distinct !DILexicalBlock(scope: !489, file: !3, line: 20, column: 13)
!494 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 896, align: 8, elements: !495)
!495 = !{!496}
!496 = !DISubrange(count: 112, lowerBound: 0)
!497 = !DILocalVariable(name: "v", scope: !498, file: !3, line: 21, type: !46, align: 8)
!498 = distinct !DILexicalBlock(scope: !493, file: !3, line: 21, column: 13)
!499 = !DILocalVariable(name: "iter", scope: !500, file: !3, line: 22, type: !85, align: 64)
!500 = distinct !DILexicalBlock(scope: !498, file: !3, line: 22, column: 13)
!501 = !DILocalVariable(name: "i", scope: !502, file: !3, line: 22, type: !48, align: 64)
!502 = distinct !DILexicalBlock(scope: !500, file: !3, line: 22, column: 13)
!503 = !DILocalVariable(name: "sum", scope: !504, file: !3, line: 25, type: !9, align: 64)
!504 = distinct !DILexicalBlock(scope: !498, file: !3, line: 25, column: 13)
!505 = !DILocalVariable(name: "iter", scope: !506, file: !3, line: 26, type: !85, align: 64)
!506 = distinct !DILexicalBlock(scope: !504, file: !3, line: 26, column: 13)
!507 = !DILocalVariable(name: "i", scope: !508, file: !3, line: 26, type: !48, align: 64)
!508 = distinct !DILexicalBlock(scope: !506, file: !3, line: 26, column: 13)
!509 = !DILocation(line: 18, column: 18, scope: !489)
!510 = !DILocation(line: 20, column: 17, scope: !493)
!511 = !DILocation(line: 22, column: 22, scope: !500)
!512 = !DILocation(line: 25, column: 17, scope: !504)
!513 = !DILocation(line: 26, column: 22, scope: !506)
!514 = !DILocation(line: 20, column: 27, scope: !489)
!515 = !DILocation(line: 19, column: 37, scope: !493)
!516 = !DILocation(line: 21, column: 21, scope: !493)
!517 = !DILocation(line: 21, column: 17, scope: !498)
!518 = !DILocation(line: 22, column: 22, scope: !498)
!519 = !DILocation(line: 22, column: 13, scope: !500)
!520 = !DILocation(line: 22, column: 17, scope: !500)
!521 = !DILocation(line: 22, column: 17, scope: !502)
!522 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !523)
!523 = distinct !DILocation(line: 23, column: 45, scope: !502)
!524 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !525)
!525 = distinct !DILocation(line: 23, column: 58, scope: !502)
!526 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !525)
!527 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !525)
!528 = !DILocation(line: 23, column: 26, scope: !502)
!529 = !DILocation(line: 25, column: 27, scope: !498)
!530 = !DILocation(line: 26, column: 22, scope: !504)
!531 = !DILocation(line: 26, column: 13, scope: !506)
!532 = !DILocation(line: 26, column: 17, scope: !506)
!533 = !DILocation(line: 26, column: 17, scope: !508)
!534 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !535)
!535 = distinct !DILocation(line: 27, column: 51, scope: !508)
!536 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !537)
!537 = distinct !DILocation(line: 27, column: 60, scope: !508)
!538 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !537)
!539 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !537)
!540 = !DILocation(line: 27, column: 33, scope: !508)
!541 = !DILocation(line: 27, column: 24, scope: !508)
!542 = !DILocation(line: 27, column: 17, scope: !508)
!543 = !DILocation(line: 29, column: 13, scope: !504)
!544 = !DILocation(line: 30, column: 10, scope: !489)
!545 = !DILocation(line: 0, scope: !489)
!546 = distinct !DISubprogram(name: "level8", linkageName: "_ZN10deep_chain6level817h8167389b95262484E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !547)
!547 = !{!548, !549, !554, !556, !558, !560, !562, !564}
!548 = !DILocalVariable(name: "seed", arg: 1, scope: !546, file: !3, line: 18, type: !9)
!549 = !DILocalVariable(name: "buf", scope: !550, file: !3, line: 20, type: !551, align: 8)
!550 = distinct !DILexicalBlock(scope: !546, file: !3, line: 20, column: 13)
!551 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1024, align: 8, elements: !552)
!552 = !{!553}
!553 = !DISubrange(count: 128, lowerBound: 0)
!554 = !DILocalVariable(name: "v", scope: !555, file: !3, line: 21, type: !46, align: 8)
!555 = distinct !DILexicalBlock(scope: !550, file: !3, line: 21, column: 13)
!556 = !DILocalVariable(name: "iter", scope: !557, file: !3, line: 22, type: !85, align: 64)
!557 = distinct !DILexicalBlock(scope: !555, file: !3, line: 22, column: 13)
!558 = !DILocalVariable(name: "i", scope: !559, file: !3, line: 22, type: !48, align: 64)
!559 = distinct !DILexicalBlock(scope: !557, file: !3, line: 22, column: 13)
!560 = !DILocalVariable(name: "sum", scope: !561, file: !3, line: 25, type: !9, align: 64)
!561 = distinct !DILexicalBlock(scope: !555, file: !3, line: 25, column: 13)
!562 = !DILocalVariable(name: "iter", scope: !563, file: !3, line: 26, type: !85, align: 64)
!563 = distinct !DILexicalBlock(scope: !561, file: !3, line: 26, column: 13)
!564 = !DILocalVariable(name: "i", scope: !565, file: !3, line: 26, type: !48, align: 64)
!565 = distinct !DILexicalBlock(scope: !563, file: !3, line: 26, column: 13)
!566 = !DILocation(line: 18, column: 18, scope: !546)
!567 = !DILocation(line: 20, column: 17, scope: !550)
!568 = !DILocation(line: 22, column: 22, scope: !557)
!569 = !DILocation(line: 25, column: 17, scope: !561)
!570 = !DILocation(line: 26, column: 22, scope: !563)
!571 = !DILocation(line: 20, column: 27, scope: !546)
!572 = !DILocation(line: 19, column: 37, scope: !550)
!573 = !DILocation(line: 21, column: 21, scope: !550)
!574 = !DILocation(line: 21, column: 17, scope: !555)
!575 = !DILocation(line: 22, column: 22, scope: !555)
!576 = !DILocation(line: 22, column: 13, scope: !557)
!577 = !DILocation(line: 22, column: 17, scope: !557)
!578 = !DILocation(line: 22, column: 17, scope: !559)
!579 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !580)
!580 = distinct !DILocation(line: 23, column: 45, scope: !559)
!581 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !582)
!582 = distinct !DILocation(line: 23, column: 58, scope: !559)
!583 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !582)
!584 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !582)
!585 = !DILocation(line: 23, column: 26, scope: !559)
!586 = !DILocation(line: 25, column: 27, scope: !555)
!587 = !DILocation(line: 26, column: 22, scope: !561)
!588 = !DILocation(line: 26, column: 13, scope: !563)
!589 = !DILocation(line: 26, column: 17, scope: !563)
!590 = !DILocation(line: 26, column: 17, scope: !565)
!591 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !592)
!592 = distinct !DILocation(line: 27, column: 51, scope: !565)
!593 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !594)
!594 = distinct !DILocation(line: 27, column: 60, scope: !565)
!595 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !594)
!596 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !594)
!597 = !DILocation(line: 27, column: 33, scope: !565)
!598 = !DILocation(line: 27, column: 24, scope: !565)
!599 = !DILocation(line: 27, column: 17, scope: !565)
!600 = !DILocation(line: 29, column: 13, scope: !561)
!601 = !DILocation(line: 30, column: 10, scope: !546)
!602 = !DILocation(line: 0, scope: !546)
!603 = distinct !DISubprogram(name: "level9", linkageName: "_ZN10deep_chain6level917h2b77135186ecaaa5E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !604)
!604 = !{!605, !606, !611, !613, !615, !617, !619, !621}
!605 = !DILocalVariable(name: "seed", arg: 1, scope: !603, file: !3, line: 18, type: !9)
!606 = !DILocalVariable(name: "buf", scope: !607, file: !3, line: 20, type: !608, align: 8)
!607 = distinct !DILexicalBlock(scope: !603, file: !3, line: 20, column: 13)
!608 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1152, align: 8, elements: !609)
!609 = !{!610}
!610 = !DISubrange(count: 144, lowerBound: 0)
!611 = !DILocalVariable(name: "v", scope: !612, file: !3, line: 21, type: !46, align: 8)
!612 = distinct !DILexicalBlock(scope: !607, file: !3, line: 21, column: 13)
!613 = !DILocalVariable(name: "iter", scope: !614, file: !3, line: 22, type: !85, align: 64)
!614 = distinct !DILexicalBlock(scope: !612, file: !3, line: 22, column: 13)
!615 = !DILocalVariable(name: "i", scope: !616, file: !3, line: 22, type: !48, align: 64)
!616 = distinct !DILexicalBlock(scope: !614, file: !3, line: 22, column: 13)
!617 = !DILocalVariable(name: "sum", scope: !618, file: !3, line: 25, type: !9, align: 64)
!618 = distinct !DILexicalBlock(scope: !612, file: !3, line: 25, column: 13)
!619 = !DILocalVariable(name: "iter", scope: !620, file: !3, line: 26, type: !85, align: 64)
!620 = distinct !DILexicalBlock(scope: !618, file: !3, line: 26, column: 13)
!621 = !DILocalVariable(name: "i", scope: !622, file: !3, line: 26, type: !48, align: 64)
!622 = distinct !DILexicalBlock(scope: !620, file: !3, line: 26, column: 13)
!623 = !DILocation(line: 18, column: 18, scope: !603)
!624 = !DILocation(line: 20, column: 17, scope: !607)
!625 = !DILocation(line: 22, column: 22, scope: !614)
!626 = !DILocation(line: 25, column: 17, scope: !618)
!627 = !DILocation(line: 26, column: 22, scope: !620)
!628 = !DILocation(line: 20, column: 27, scope: !603)
!629 = !DILocation(line: 19, column: 37, scope: !607)
!630 = !DILocation(line: 21, column: 21, scope: !607)
!631 = !DILocation(line: 21, column: 17, scope: !612)
!632 = !DILocation(line: 22, column: 22, scope: !612)
!633 = !DILocation(line: 22, column: 13, scope: !614)
!634 = !DILocation(line: 22, column: 17, scope: !614)
!635 = !DILocation(line: 22, column: 17, scope: !616)
!636 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !637)
!637 = distinct !DILocation(line: 23, column: 45, scope: !616)
!638 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !639)
!639 = distinct !DILocation(line: 23, column: 58, scope: !616)
!640 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !639)
!641 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !639)
!642 = !DILocation(line: 23, column: 26, scope: !616)
!643 = !DILocation(line: 25, column: 27, scope: !612)
!644 = !DILocation(line: 26, column: 22, scope: !618)
!645 = !DILocation(line: 26, column: 13, scope: !620)
!646 = !DILocation(line: 26, column: 17, scope: !620)
!647 = !DILocation(line: 26, column: 17, scope: !622)
!648 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !649)
!649 = distinct !DILocation(line: 27, column: 51, scope: !622)
!650 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !651)
!651 = distinct !DILocation(line: 27, column: 60, scope: !622)
!652 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !651)
!653 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !651)
!654 = !DILocation(line: 27, column: 33, scope: !622)
!655 = !DILocation(line: 27, column: 24, scope: !622)
!656 = !DILocation(line: 27, column: 17, scope: !622)
!657 = !DILocation(line: 29, column: 13, scope: !618)
!658 = !DILocation(line: 30, column: 10, scope: !603)
!659 = !DILocation(line: 0, scope: !603)
!660 = distinct !DISubprogram(name: "level10", linkageName: "_ZN10deep_chain7level1017h593903d6ef35d582E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !661)
!661 = !{!662, !663, !668, !670, !672, !674, !676, !678}
!662 = !DILocalVariable(name: "seed", arg: 1, scope: !660, file: !3, line: 18, type: !9)
!663 = !DILocalVariable(name: "buf", scope: !664, file: !3, line: 20, type: !665, align: 8)
!664 = distinct !DILexicalBlock(scope: !660, file: !3, line: 20, column: 13)
!665 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1280, align: 8, elements: !666)
!666 = !{!667}
!667 = !DISubrange(count: 160, lowerBound: 0)
!668 = !DILocalVariable(name: "v", scope: !669, file: !3, line: 21, type: !46, align: 8)
!669 = distinct !DILexicalBlock(scope: !664, file: !3, line: 21, column: 13)
!670 = !DILocalVariable(name: "iter", scope: !671, file: !3, line: 22, type: !85, align: 64)
!671 = distinct !DILexicalBlock(scope: !669, file: !3, line: 22, column: 13)
!672 = !DILocalVariable(name: "i", scope: !673, file: !3, line: 22, type: !48, align: 64)
!673 = distinct !DILexicalBlock(scope: !671, file: !3, line: 22, column: 13)
!674 = !DILocalVariable(name: "sum", scope: !675, file: !3, line: 25, type: !9, align: 64)
!675 = distinct !DILexicalBlock(scope: !669, file: !3, line: 25, column: 13)
!676 = !DILocalVariable(name: "iter", scope: !677, file: !3, line: 26, type: !85, align: 64)
!677 = distinct !DILexicalBlock(scope: !675, file: !3, line: 26, column: 13)
!678 = !DILocalVariable(name: "i", scope: !679, file: !3, line: 26, type: !48, align: 64)
!679 = distinct !DILexicalBlock(scope: !677, file: !3, line: 26, column: 13)
!680 = !DILocation(line: 18, column: 18, scope: !660)
!681 = !DILocation(line: 20, column: 17, scope: !664)
!682 = !DILocation(line: 22, column: 22, scope: !671)
!683 = !DILocation(line: 25, column: 17, scope: !675)
!684 = !DILocation(line: 26, column: 22, scope: !677)
!685 = !DILocation(line: 20, column: 27, scope: !660)
!686 = !DILocation(line: 19, column: 37, scope: !664)
!687 = !DILocation(line: 21, column: 21, scope: !664)
!688 = !DILocation(line: 21, column: 17, scope: !669)
!689 = !DILocation(line: 22, column: 22, scope: !669)
!690 = !DILocation(line: 22, column: 13, scope: !671)
!691 = !DILocation(line: 22, column: 17, scope: !671)
!692 = !DILocation(line: 22, column: 17, scope: !673)
!693 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !694)
!694 = distinct !DILocation(line: 23, column: 45, scope: !673)
!695 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !696)
!696 = distinct !DILocation(line: 23, column: 58, scope: !673)
!697 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !696)
!698 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !696)
!699 = !DILocation(line: 23, column: 26, scope: !673)
!700 = !DILocation(line: 25, column: 27, scope: !669)
!701 = !DILocation(line: 26, column: 22, scope: !675)
!702 = !DILocation(line: 26, column: 13, scope: !677)
!703 = !DILocation(line: 26, column: 17, scope: !677)
!704 = !DILocation(line: 26, column: 17, scope: !679)
!705 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !706)
!706 = distinct !DILocation(line: 27, column: 51, scope: !679)
!707 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !708)
!708 = distinct !DILocation(line: 27, column: 60, scope: !679)
!709 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !708)
!710 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !708)
!711 = !DILocation(line: 27, column: 33, scope: !679)
!712 = !DILocation(line: 27, column: 24, scope: !679)
!713 = !DILocation(line: 27, column: 17, scope: !679)
!714 = !DILocation(line: 29, column: 13, scope: !675)
!715 = !DILocation(line: 30, column: 10, scope: !660)
!716 = !DILocation(line: 0, scope: !660)
!717 = distinct !DISubprogram(name: "level11", linkageName: "_ZN10deep_chain7level1117haf4b7e8b4e804065E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !718)
!718 = !{!719, !720, !725, !727, !729, !731, !733, !735}
!719 = !DILocalVariable(name: "seed", arg: 1, scope: !717, file: !3, line: 18, type: !9)
!720 = !DILocalVariable(name: "buf", scope: !721, file: !3, line: 20, type: !722, align: 8)
!721 = distinct !DILexicalBlock(scope: !717, file: !3, line: 20, column: 13)
!722 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1408, align: 8, elements: !723)
!723 = !{!724}
!724 = !DISubrange(count: 176, lowerBound: 0)
!725 = !DILocalVariable(name: "v", scope: !726, file: !3, line: 21, type: !46, align: 8)
!726 = distinct !DILexicalBlock(scope: !721, file: !3, line: 21, column: 13)
!727 = !DILocalVariable(name: "iter", scope: !728, file: !3, line: 22, type: !85, align: 64)
!728 = distinct !DILexicalBlock(scope: !726, file: !3, line: 22, column: 13)
!729 = !DILocalVariable(name: "i", scope: !730, file: !3, line: 22, type: !48, align: 64)
!730 = distinct !DILexicalBlock(scope: !728, file: !3, line: 22, column: 13)
!731 = !DILocalVariable(name: "sum", scope: !732, file: !3, line: 25, type: !9, align: 64)
!732 = distinct !DILexicalBlock(scope: !726, file: !3, line: 25, column: 13)
!733 = !DILocalVariable(name: "iter", scope: !734, file: !3, line: 26, type: !85, align: 64)
!734 = distinct !DILexicalBlock(scope: !732, file: !3, line: 26, column: 13)
!735 = !DILocalVariable(name: "i", scope: !736, file: !3, line: 26, type: !48, align: 64)
!736 = distinct !DILexicalBlock(scope: !734, file: !3, line: 26, column: 13)
!737 = !DILocation(line: 18, column: 18, scope: !717)
!738 = !DILocation(line: 20, column: 17, scope: !721)
!739 = !DILocation(line: 22, column: 22, scope: !728)
!740 = !DILocation(line: 25, column: 17, scope: !732)
!741 = !DILocation(line: 26, column: 22, scope: !734)
!742 = !DILocation(line: 20, column: 27, scope: !717)
!743 = !DILocation(line: 19, column: 37, scope: !721)
!744 = !DILocation(line: 21, column: 21, scope: !721)
!745 = !DILocation(line: 21, column: 17, scope: !726)
!746 = !DILocation(line: 22, column: 22, scope: !726)
!747 = !DILocation(line: 22, column: 13, scope: !728)
!748 = !DILocation(line: 22, column: 17, scope: !728)
!749 = !DILocation(line: 22, column: 17, scope: !730)
!750 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !751)
!751 = distinct !DILocation(line: 23, column: 45, scope: !730)
!752 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !753)
!753 = distinct !DILocation(line: 23, column: 58, scope: !730)
!754 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !753)
!755 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !753)
!756 = !DILocation(line: 23, column: 26, scope: !730)
!757 = !DILocation(line: 25, column: 27, scope: !726)
!758 = !DILocation(line: 26, column: 22, scope: !732)
!759 = !DILocation(line: 26, column: 13, scope: !734)
!760 = !DILocation(line: 26, column: 17, scope: !734)
!761 = !DILocation(line: 26, column: 17, scope: !736)
!762 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !763)
!763 = distinct !DILocation(line: 27, column: 51, scope: !736)
!764 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !765)
!765 = distinct !DILocation(line: 27, column: 60, scope: !736)
!766 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !765)
!767 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !765)
!768 = !DILocation(line: 27, column: 33, scope: !736)
!769 = !DILocation(line: 27, column: 24, scope: !736)
!770 = !DILocation(line: 27, column: 17, scope: !736)
!771 = !DILocation(line: 29, column: 13, scope: !732)
!772 = !DILocation(line: 30, column: 10, scope: !717)
!773 = !DILocation(line: 0, scope: !717)
!774 = distinct !DISubprogram(name: "level12", linkageName: "_ZN10deep_chain7level1217hbdc82d11f2d6a502E", scope: !2, file: !3, line: 18, type: !67, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !775)
!775 = !{!776, !777, !782, !784, !786, !788, !790, !792}
!776 = !DILocalVariable(name: "seed", arg: 1, scope: !774, file: !3, line: 18, type: !9)
!777 = !DILocalVariable(name: "buf", scope: !778, file: !3, line: 20, type: !779, align: 8)
!778 = distinct !DILexicalBlock(scope: !774, file: !3, line: 20, column: 13)
!779 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1536, align: 8, elements: !780)
!780 = !{!781}
!781 = !DISubrange(count: 192, lowerBound: 0)
!782 = !DILocalVariable(name: "v", scope: !783, file: !3, line: 21, type: !46, align: 8)
!783 = distinct !DILexicalBlock(scope: !778, file: !3, line: 21, column: 13)
!784 = !DILocalVariable(name: "iter", scope: !785, file: !3, line: 22, type: !85, align: 64)
!785 = distinct !DILexicalBlock(scope: !783, file: !3, line: 22, column: 13)
!786 = !DILocalVariable(name: "i", scope: !787, file: !3, line: 22, type: !48, align: 64)
!787 = distinct !DILexicalBlock(scope: !785, file: !3, line: 22, column: 13)
!788 = !DILocalVariable(name: "sum", scope: !789, file: !3, line: 25, type: !9, align: 64)
!789 = distinct !DILexicalBlock(scope: !783, file: !3, line: 25, column: 13)
!790 = !DILocalVariable(name: "iter", scope: !791, file: !3, line: 26, type: !85, align: 64)
!791 = distinct !DILexicalBlock(scope: !789, file: !3, line: 26, column: 13)
!792 = !DILocalVariable(name: "i", scope: !793, file: !3, line: 26, type: !48, align: 64)
!793 = distinct !DILexicalBlock(scope: !791, file: !3, line: 26, column: 13)
!794 = !DILocation(line: 18, column: 18, scope: !774)
!795 = !DILocation(line: 20, column: 17, scope: !778)
!796 = !DILocation(line: 22, column: 22, scope: !785)
!797 = !DILocation(line: 25, column: 17, scope: !789)
!798 = !DILocation(line: 26, column: 22, scope: !791)
!799 = !DILocation(line: 20, column: 27, scope: !774)
!800 = !DILocation(line: 19, column: 37, scope: !778)
!801 = !DILocation(line: 21, column: 21, scope: !778)
!802 = !DILocation(line: 21, column: 17, scope: !783)
!803 = !DILocation(line: 22, column: 22, scope: !783)
!804 = !DILocation(line: 22, column: 13, scope: !785)
!805 = !DILocation(line: 22, column: 17, scope: !785)
!806 = !DILocation(line: 22, column: 17, scope: !787)
!807 = !DILocation(line: 757, column: 29, scope: !116, inlinedAt: !808)
!808 = distinct !DILocation(line: 23, column: 45, scope: !787)
!809 = !DILocation(line: 927, column: 29, scope: !133, inlinedAt: !810)
!810 = distinct !DILocation(line: 23, column: 58, scope: !787)
!811 = !DILocation(line: 927, column: 35, scope: !133, inlinedAt: !810)
!812 = !DILocation(line: 961, column: 18, scope: !133, inlinedAt: !810)
!813 = !DILocation(line: 23, column: 26, scope: !787)
!814 = !DILocation(line: 25, column: 27, scope: !783)
!815 = !DILocation(line: 26, column: 22, scope: !789)
!816 = !DILocation(line: 26, column: 13, scope: !791)
!817 = !DILocation(line: 26, column: 17, scope: !791)
!818 = !DILocation(line: 26, column: 17, scope: !793)
!819 = !DILocation(line: 726, column: 25, scope: !174, inlinedAt: !820)
!820 = distinct !DILocation(line: 27, column: 51, scope: !793)
!821 = !DILocation(line: 829, column: 29, scope: !186, inlinedAt: !822)
!822 = distinct !DILocation(line: 27, column: 60, scope: !793)
!823 = !DILocation(line: 829, column: 35, scope: !186, inlinedAt: !822)
!824 = !DILocation(line: 863, column: 18, scope: !186, inlinedAt: !822)
!825 = !DILocation(line: 27, column: 33, scope: !793)
!826 = !DILocation(line: 27, column: 24, scope: !793)
!827 = !DILocation(line: 27, column: 17, scope: !793)
!828 = !DILocation(line: 29, column: 13, scope: !789)
!829 = !DILocation(line: 30, column: 10, scope: !774)
!830 = !DILocation(line: 0, scope: !774)
!831 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17ha40e268f83ee55dfE", scope: !833, file: !832, line: 211, type: !836, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !838)
!832 = !DIFile(filename: "library/core/src/iter/range.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e302cc3146df1591d87c4742d277fd2d")
!833 = !DINamespace(name: "{impl#43}", scope: !834)
!834 = !DINamespace(name: "range", scope: !835)
!835 = !DINamespace(name: "iter", scope: !88)
!836 = !DISubroutineType(types: !837)
!837 = !{!48, !48, !48}
!838 = !{!839, !840}
!839 = !DILocalVariable(name: "start", arg: 1, scope: !831, file: !832, line: 211, type: !48)
!840 = !DILocalVariable(name: "n", arg: 2, scope: !831, file: !832, line: 211, type: !48)
!841 = !DILocation(line: 211, column: 37, scope: !831)
!842 = !DILocalVariable(name: "self", arg: 1, scope: !843, file: !844, line: 832, type: !48)
!843 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !845, file: !844, line: 832, type: !847, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !849)
!844 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!845 = !DINamespace(name: "{impl#11}", scope: !846)
!846 = !DINamespace(name: "num", scope: !88)
!847 = !DISubroutineType(types: !848)
!848 = !{!48, !48, !48, !140}
!849 = !{!842, !850}
!850 = !DILocalVariable(name: "rhs", arg: 2, scope: !843, file: !844, line: 832, type: !48)
!851 = !DILocation(line: 832, column: 43, scope: !843, inlinedAt: !852)
!852 = !DILocation(line: 213, column: 28, scope: !831)
!853 = !DILocation(line: 211, column: 50, scope: !831)
!854 = !DILocation(line: 832, column: 49, scope: !843, inlinedAt: !852)
!855 = !DILocation(line: 77, column: 35, scope: !856, inlinedAt: !852)
!856 = !DILexicalBlockFile(scope: !843, file: !857, discriminator: 0)
!857 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!858 = !DILocation(line: 78, column: 17, scope: !856, inlinedAt: !852)
!859 = !DILocation(line: 844, column: 17, scope: !843, inlinedAt: !852)
!860 = !DILocation(line: 214, column: 10, scope: !831)
!861 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17hbbbb7613e2904ad4E", scope: !862, file: !857, line: 68, type: !863, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !865)
!862 = !DINamespace(name: "unchecked_add", scope: !845)
!863 = !DISubroutineType(types: !864)
!864 = !{null, !48, !48, !140}
!865 = !{!866, !867, !868}
!866 = !DILocalVariable(name: "lhs", arg: 1, scope: !861, file: !857, line: 68, type: !48)
!867 = !DILocalVariable(name: "rhs", arg: 2, scope: !861, file: !857, line: 68, type: !48)
!868 = !DILocalVariable(name: "msg", scope: !869, file: !857, line: 70, type: !42, align: 64)
!869 = distinct !DILexicalBlock(scope: !861, file: !857, line: 70, column: 21)
!870 = !DILocation(line: 68, column: 43, scope: !861)
!871 = !DILocalVariable(name: "self", arg: 1, scope: !872, file: !844, line: 2828, type: !48)
!872 = distinct !DISubprogram(name: "overflowing_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15overflowing_add", scope: !845, file: !844, line: 2828, type: !873, scopeLine: 2828, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !880)
!873 = !DISubroutineType(types: !874)
!874 = !{!875, !48, !48}
!875 = !DICompositeType(tag: DW_TAG_structure_type, name: "(usize, bool)", file: !5, size: 128, align: 64, elements: !876, templateParams: !40, identifier: "d571287e27d8be874e95a2f698798cc6")
!876 = !{!877, !878}
!877 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !875, file: !5, baseType: !48, size: 64, align: 64)
!878 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !875, file: !5, baseType: !879, size: 8, align: 8, offset: 64)
!879 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!880 = !{!871, !881}
!881 = !DILocalVariable(name: "rhs", arg: 2, scope: !872, file: !844, line: 2828, type: !48)
!882 = !DILocation(line: 2828, column: 38, scope: !872, inlinedAt: !883)
!883 = !DILocation(line: 839, column: 27, scope: !884)
!884 = !DILexicalBlockFile(scope: !861, file: !844, discriminator: 0)
!885 = !DILocation(line: 2828, column: 44, scope: !872, inlinedAt: !883)
!886 = !DILocation(line: 2829, column: 26, scope: !872, inlinedAt: !883)
!887 = !DILocation(line: 839, column: 23, scope: !884)
!888 = !DILocation(line: 75, column: 14, scope: !861)
!889 = !DILocation(line: 70, column: 31, scope: !861)
!890 = !DILocation(line: 70, column: 25, scope: !869)
!891 = !DILocalVariable(name: "s", arg: 1, scope: !892, file: !893, line: 815, type: !42)
!892 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h5d580a169d4bfb7dE", scope: !894, file: !893, line: 815, type: !979, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, declaration: !981, retainedNodes: !982)
!893 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!894 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !895, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !896, templateParams: !40, identifier: "e5c67bbe046da39973c72077c7f66185")
!895 = !DINamespace(name: "fmt", scope: !88)
!896 = !{!897, !901}
!897 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !894, file: !5, baseType: !898, size: 64, align: 64, flags: DIFlagPrivate)
!898 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !147, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !899, templateParams: !128, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!899 = !{!900}
!900 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !898, file: !5, baseType: !177, size: 64, align: 64, flags: DIFlagPrivate)
!901 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !894, file: !5, baseType: !902, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!902 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !147, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !903, templateParams: !977, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!903 = !{!904}
!904 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !902, file: !5, baseType: !905, size: 64, align: 64, flags: DIFlagPrivate)
!905 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !906, size: 64, align: 64, dwarfAddressSpace: 0)
!906 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !907, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !908, templateParams: !40, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!907 = !DINamespace(name: "rt", scope: !895)
!908 = !{!909}
!909 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !906, file: !5, baseType: !910, size: 128, align: 64, flags: DIFlagPrivate)
!910 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !907, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !911, templateParams: !40, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!911 = !{!912}
!912 = !DICompositeType(tag: DW_TAG_variant_part, scope: !910, file: !5, size: 128, align: 64, elements: !913, templateParams: !40, identifier: "fbd384083752b747f8b252853b979154", discriminator: !976)
!913 = !{!914, !972}
!914 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !912, file: !5, baseType: !915, size: 128, align: 64)
!915 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !910, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !916, templateParams: !40, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!916 = !{!917, !925, !967}
!917 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !915, file: !5, baseType: !918, size: 64, align: 64, flags: DIFlagPrivate)
!918 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !147, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !919, templateParams: !923, identifier: "f4e496144210c619b96aa08326287b92")
!919 = !{!920}
!920 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !918, file: !5, baseType: !921, size: 64, align: 64, flags: DIFlagPrivate)
!921 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !922, size: 64, align: 64, dwarfAddressSpace: 0)
!922 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!923 = !{!924}
!924 = !DITemplateTypeParameter(name: "T", type: !922)
!925 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !915, file: !5, baseType: !926, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!926 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !927, size: 64, align: 64, dwarfAddressSpace: 0)
!927 = !DISubroutineType(types: !928)
!928 = !{!929, !918, !946}
!929 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !930, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !931, templateParams: !40, identifier: "1c6752419820cdc3961061cc58b31873")
!930 = !DINamespace(name: "result", scope: !88)
!931 = !{!932}
!932 = !DICompositeType(tag: DW_TAG_variant_part, scope: !929, file: !5, size: 8, align: 8, elements: !933, templateParams: !40, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !945)
!933 = !{!934, !941}
!934 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !932, file: !5, baseType: !935, size: 8, align: 8, extraData: i8 0)
!935 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !929, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !936, templateParams: !938, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!936 = !{!937}
!937 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !935, file: !5, baseType: !922, align: 8, offset: 8, flags: DIFlagPublic)
!938 = !{!924, !939}
!939 = !DITemplateTypeParameter(name: "E", type: !940)
!940 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !895, file: !5, align: 8, flags: DIFlagPublic, elements: !40, identifier: "5a24300cdda31093f5fe20c939b4885")
!941 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !932, file: !5, baseType: !942, size: 8, align: 8, extraData: i8 1)
!942 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !929, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !943, templateParams: !938, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!943 = !{!944}
!944 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !942, file: !5, baseType: !940, align: 8, offset: 8, flags: DIFlagPublic)
!945 = !DIDerivedType(tag: DW_TAG_member, scope: !929, file: !5, baseType: !46, size: 8, align: 8, flags: DIFlagArtificial)
!946 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !947, size: 64, align: 64, dwarfAddressSpace: 0)
!947 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !895, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !948, templateParams: !40, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!948 = !{!949, !956}
!949 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !947, file: !5, baseType: !950, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!950 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !895, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !951, templateParams: !40, identifier: "ca2f5547247cd95c514a47d5800e09e")
!951 = !{!952, !953, !955}
!952 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !950, file: !5, baseType: !14, size: 32, align: 32, flags: DIFlagPrivate)
!953 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !950, file: !5, baseType: !954, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!954 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!955 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !950, file: !5, baseType: !954, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!956 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !947, file: !5, baseType: !957, size: 128, align: 64, flags: DIFlagPrivate)
!957 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !958, templateParams: !40, identifier: "effe97114690fc58a8e246cb04e37234")
!958 = !{!959, !962}
!959 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !957, file: !5, baseType: !960, size: 64, align: 64)
!960 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !961, size: 64, align: 64, dwarfAddressSpace: 0)
!961 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !40, identifier: "64328679825f9c73b507edbfd5b86b47")
!962 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !957, file: !5, baseType: !963, size: 64, align: 64, offset: 64)
!963 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !964, size: 64, align: 64, dwarfAddressSpace: 0)
!964 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 64, elements: !965)
!965 = !{!966}
!966 = !DISubrange(count: 6, lowerBound: 0)
!967 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !915, file: !5, baseType: !968, align: 8, offset: 128, flags: DIFlagPrivate)
!968 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !158, file: !5, align: 8, flags: DIFlagPublic, elements: !40, templateParams: !969, identifier: "efa596960370766459fc018866dc4048")
!969 = !{!970}
!970 = !DITemplateTypeParameter(name: "T", type: !971)
!971 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !922, size: 64, align: 64, dwarfAddressSpace: 0)
!972 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !912, file: !5, baseType: !973, size: 128, align: 64, extraData: i64 0)
!973 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !910, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !974, templateParams: !40, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!974 = !{!975}
!975 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !973, file: !5, baseType: !954, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!976 = !DIDerivedType(tag: DW_TAG_member, scope: !910, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!977 = !{!978}
!978 = !DITemplateTypeParameter(name: "T", type: !906)
!979 = !DISubroutineType(types: !980)
!980 = !{!894, !42}
!981 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h5d580a169d4bfb7dE", scope: !894, file: !893, line: 815, type: !979, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !40)
!982 = !{!891}
!983 = !DILocation(line: 815, column: 27, scope: !892, inlinedAt: !984)
!984 = !DILocation(line: 73, column: 59, scope: !869)
!985 = !DILocalVariable(name: "self", arg: 1, scope: !986, file: !987, line: 578, type: !42)
!986 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !988, file: !987, line: 578, type: !990, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !992)
!987 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!988 = !DINamespace(name: "{impl#0}", scope: !989)
!989 = !DINamespace(name: "str", scope: !88)
!990 = !DISubroutineType(types: !991)
!991 = !{!177, !42}
!992 = !{!985}
!993 = !DILocation(line: 578, column: 25, scope: !986, inlinedAt: !994)
!994 = !DILocation(line: 819, column: 44, scope: !892, inlinedAt: !984)
!995 = !DILocalVariable(name: "self", arg: 1, scope: !996, file: !987, line: 157, type: !42)
!996 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h1a659d0f94038b02E", scope: !988, file: !987, line: 157, type: !997, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !999)
!997 = !DISubroutineType(types: !998)
!998 = !{!48, !42}
!999 = !{!995}
!1000 = !DILocation(line: 157, column: 22, scope: !996, inlinedAt: !1001)
!1001 = !DILocation(line: 820, column: 40, scope: !892, inlinedAt: !984)
!1002 = !DILocalVariable(name: "self", arg: 1, scope: !1003, file: !987, line: 502, type: !42)
!1003 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !988, file: !987, line: 502, type: !1004, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1006)
!1004 = !DISubroutineType(types: !1005)
!1005 = !{!178, !42}
!1006 = !{!1002}
!1007 = !DILocation(line: 502, column: 27, scope: !1003, inlinedAt: !1008)
!1008 = !DILocation(line: 158, column: 14, scope: !996, inlinedAt: !1001)
!1009 = !DILocation(line: 73, column: 21, scope: !869)
!1010 = distinct !DISubprogram(name: "read_volatile<u8>", linkageName: "_ZN4core3ptr13read_volatile17h5aec5c7de4a43009E", scope: !137, file: !1011, line: 2080, type: !1012, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !128, retainedNodes: !1014)
!1011 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!1012 = !DISubroutineType(types: !1013)
!1013 = !{!46, !177, !140}
!1014 = !{!1015}
!1015 = !DILocalVariable(name: "src", arg: 1, scope: !1010, file: !1011, line: 2080, type: !177)
!1016 = !DILocation(line: 2080, column: 32, scope: !1010)
!1017 = !DILocation(line: 77, column: 35, scope: !1018)
!1018 = !DILexicalBlockFile(scope: !1010, file: !857, discriminator: 0)
!1019 = !DILocation(line: 78, column: 17, scope: !1018)
!1020 = !DILocation(line: 77, column: 13, scope: !1018)
!1021 = !DILocation(line: 2091, column: 9, scope: !1010)
!1022 = !DILocation(line: 2093, column: 2, scope: !1010)
!1023 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr13read_volatile18precondition_check17h78fc216f0513cdd4E", scope: !1024, file: !857, line: 68, type: !1025, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1027)
!1024 = !DINamespace(name: "read_volatile", scope: !137)
!1025 = !DISubroutineType(types: !1026)
!1026 = !{null, !921, !48, !140}
!1027 = !{!1028, !1029, !1030}
!1028 = !DILocalVariable(name: "addr", arg: 1, scope: !1023, file: !857, line: 68, type: !921)
!1029 = !DILocalVariable(name: "align", arg: 2, scope: !1023, file: !857, line: 68, type: !48)
!1030 = !DILocalVariable(name: "msg", scope: !1031, file: !857, line: 70, type: !42, align: 64)
!1031 = distinct !DILexicalBlock(scope: !1023, file: !857, line: 70, column: 21)
!1032 = !DILocation(line: 68, column: 43, scope: !1023)
!1033 = !DILocalVariable(name: "ptr", arg: 1, scope: !1034, file: !857, line: 134, type: !921)
!1034 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17h0195412996b04a91E", scope: !1035, file: !857, line: 134, type: !1036, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1038)
!1035 = !DINamespace(name: "ub_checks", scope: !88)
!1036 = !DISubroutineType(types: !1037)
!1037 = !{!879, !921, !48}
!1038 = !{!1033, !1039}
!1039 = !DILocalVariable(name: "align", arg: 2, scope: !1034, file: !857, line: 134, type: !48)
!1040 = !DILocation(line: 134, column: 38, scope: !1034, inlinedAt: !1041)
!1041 = !DILocation(line: 2089, column: 18, scope: !1042)
!1042 = !DILexicalBlockFile(scope: !1023, file: !1011, discriminator: 0)
!1043 = !DILocalVariable(name: "ptr", arg: 1, scope: !1044, file: !1045, line: 2434, type: !921)
!1044 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h10b3778ac15945c6E", scope: !1046, file: !1045, line: 2434, type: !1036, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1047)
!1045 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!1046 = !DINamespace(name: "maybe_is_aligned", scope: !1035)
!1047 = !{!1043, !1048}
!1048 = !DILocalVariable(name: "align", arg: 2, scope: !1044, file: !1045, line: 2434, type: !48)
!1049 = !DILocation(line: 2434, column: 40, scope: !1044, inlinedAt: !1050)
!1050 = !DILocation(line: 2447, column: 9, scope: !1051, inlinedAt: !1041)
!1051 = !DILexicalBlockFile(scope: !1034, file: !1045, discriminator: 0)
!1052 = !DILocation(line: 134, column: 54, scope: !1034, inlinedAt: !1041)
!1053 = !DILocation(line: 141, column: 17, scope: !1054, inlinedAt: !1050)
!1054 = !DILexicalBlockFile(scope: !1044, file: !857, discriminator: 0)
!1055 = !DILocation(line: 70, column: 31, scope: !1023)
!1056 = !DILocation(line: 70, column: 25, scope: !1031)
!1057 = !DILocalVariable(name: "s", arg: 1, scope: !1058, file: !893, line: 815, type: !42)
!1058 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h5d580a169d4bfb7dE", scope: !894, file: !893, line: 815, type: !979, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, declaration: !981, retainedNodes: !1059)
!1059 = !{!1057}
!1060 = !DILocation(line: 815, column: 27, scope: !1058, inlinedAt: !1061)
!1061 = !DILocation(line: 73, column: 59, scope: !1031)
!1062 = !DILocalVariable(name: "self", arg: 1, scope: !1063, file: !987, line: 578, type: !42)
!1063 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !988, file: !987, line: 578, type: !990, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1064)
!1064 = !{!1062}
!1065 = !DILocation(line: 578, column: 25, scope: !1063, inlinedAt: !1066)
!1066 = !DILocation(line: 819, column: 44, scope: !1058, inlinedAt: !1061)
!1067 = !DILocalVariable(name: "self", arg: 1, scope: !1068, file: !987, line: 157, type: !42)
!1068 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h1a659d0f94038b02E", scope: !988, file: !987, line: 157, type: !997, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1069)
!1069 = !{!1067}
!1070 = !DILocation(line: 157, column: 22, scope: !1068, inlinedAt: !1071)
!1071 = !DILocation(line: 820, column: 40, scope: !1058, inlinedAt: !1061)
!1072 = !DILocalVariable(name: "self", arg: 1, scope: !1073, file: !987, line: 502, type: !42)
!1073 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !988, file: !987, line: 502, type: !1004, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1074)
!1074 = !{!1072}
!1075 = !DILocation(line: 502, column: 27, scope: !1073, inlinedAt: !1076)
!1076 = !DILocation(line: 158, column: 14, scope: !1068, inlinedAt: !1071)
!1077 = !DILocation(line: 73, column: 21, scope: !1031)
!1078 = !DILocation(line: 75, column: 14, scope: !1023)
!1079 = distinct !DISubprogram(name: "write_volatile<u8>", linkageName: "_ZN4core3ptr14write_volatile17h9614777c6a8c5bd3E", scope: !137, file: !1011, line: 2167, type: !1080, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !128, retainedNodes: !1082)
!1080 = !DISubroutineType(types: !1081)
!1081 = !{null, !122, !46, !140}
!1082 = !{!1083, !1084}
!1083 = !DILocalVariable(name: "dst", arg: 1, scope: !1079, file: !1011, line: 2167, type: !122)
!1084 = !DILocalVariable(name: "src", arg: 2, scope: !1079, file: !1011, line: 2167, type: !46)
!1085 = !DILocation(line: 2167, column: 33, scope: !1079)
!1086 = !DILocation(line: 2167, column: 46, scope: !1079)
!1087 = !DILocation(line: 77, column: 35, scope: !1088)
!1088 = !DILexicalBlockFile(scope: !1079, file: !857, discriminator: 0)
!1089 = !DILocation(line: 78, column: 17, scope: !1088)
!1090 = !DILocation(line: 77, column: 13, scope: !1088)
!1091 = !DILocation(line: 2178, column: 9, scope: !1079)
!1092 = !DILocation(line: 2180, column: 2, scope: !1079)
!1093 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr14write_volatile18precondition_check17h007a9e29a16f49aeE", scope: !1094, file: !857, line: 68, type: !1095, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1098)
!1094 = !DINamespace(name: "write_volatile", scope: !137)
!1095 = !DISubroutineType(types: !1096)
!1096 = !{null, !1097, !48, !140}
!1097 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !922, size: 64, align: 64, dwarfAddressSpace: 0)
!1098 = !{!1099, !1100, !1101}
!1099 = !DILocalVariable(name: "addr", arg: 1, scope: !1093, file: !857, line: 68, type: !1097)
!1100 = !DILocalVariable(name: "align", arg: 2, scope: !1093, file: !857, line: 68, type: !48)
!1101 = !DILocalVariable(name: "msg", scope: !1102, file: !857, line: 70, type: !42, align: 64)
!1102 = distinct !DILexicalBlock(scope: !1093, file: !857, line: 70, column: 21)
!1103 = !DILocation(line: 68, column: 43, scope: !1093)
!1104 = !DILocalVariable(name: "align", arg: 2, scope: !1105, file: !857, line: 134, type: !48)
!1105 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17h0195412996b04a91E", scope: !1035, file: !857, line: 134, type: !1036, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1106)
!1106 = !{!1107, !1104}
!1107 = !DILocalVariable(name: "ptr", arg: 1, scope: !1105, file: !857, line: 134, type: !921)
!1108 = !DILocation(line: 134, column: 54, scope: !1105, inlinedAt: !1109)
!1109 = !DILocation(line: 2176, column: 18, scope: !1110)
!1110 = !DILexicalBlockFile(scope: !1093, file: !1011, discriminator: 0)
!1111 = !DILocalVariable(name: "align", arg: 2, scope: !1112, file: !1045, line: 2434, type: !48)
!1112 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h10b3778ac15945c6E", scope: !1046, file: !1045, line: 2434, type: !1036, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1113)
!1113 = !{!1114, !1111}
!1114 = !DILocalVariable(name: "ptr", arg: 1, scope: !1112, file: !1045, line: 2434, type: !921)
!1115 = !DILocation(line: 2434, column: 40, scope: !1112, inlinedAt: !1116)
!1116 = !DILocation(line: 2447, column: 9, scope: !1117, inlinedAt: !1109)
!1117 = !DILexicalBlockFile(scope: !1105, file: !1045, discriminator: 0)
!1118 = !DILocation(line: 2176, column: 46, scope: !1110)
!1119 = !DILocation(line: 134, column: 38, scope: !1105, inlinedAt: !1109)
!1120 = !DILocation(line: 141, column: 17, scope: !1121, inlinedAt: !1116)
!1121 = !DILexicalBlockFile(scope: !1112, file: !857, discriminator: 0)
!1122 = !DILocation(line: 70, column: 31, scope: !1093)
!1123 = !DILocation(line: 70, column: 25, scope: !1102)
!1124 = !DILocalVariable(name: "s", arg: 1, scope: !1125, file: !893, line: 815, type: !42)
!1125 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17h5d580a169d4bfb7dE", scope: !894, file: !893, line: 815, type: !979, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, declaration: !981, retainedNodes: !1126)
!1126 = !{!1124}
!1127 = !DILocation(line: 815, column: 27, scope: !1125, inlinedAt: !1128)
!1128 = !DILocation(line: 73, column: 59, scope: !1102)
!1129 = !DILocalVariable(name: "self", arg: 1, scope: !1130, file: !987, line: 578, type: !42)
!1130 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !988, file: !987, line: 578, type: !990, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1131)
!1131 = !{!1129}
!1132 = !DILocation(line: 578, column: 25, scope: !1130, inlinedAt: !1133)
!1133 = !DILocation(line: 819, column: 44, scope: !1125, inlinedAt: !1128)
!1134 = !DILocalVariable(name: "self", arg: 1, scope: !1135, file: !987, line: 157, type: !42)
!1135 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h1a659d0f94038b02E", scope: !988, file: !987, line: 157, type: !997, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1136)
!1136 = !{!1134}
!1137 = !DILocation(line: 157, column: 22, scope: !1135, inlinedAt: !1138)
!1138 = !DILocation(line: 820, column: 40, scope: !1125, inlinedAt: !1128)
!1139 = !DILocalVariable(name: "self", arg: 1, scope: !1140, file: !987, line: 502, type: !42)
!1140 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !988, file: !987, line: 502, type: !1004, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1141)
!1141 = !{!1139}
!1142 = !DILocation(line: 502, column: 27, scope: !1140, inlinedAt: !1143)
!1143 = !DILocation(line: 158, column: 14, scope: !1135, inlinedAt: !1138)
!1144 = !DILocation(line: 73, column: 21, scope: !1102)
!1145 = !DILocation(line: 75, column: 14, scope: !1093)
!1146 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h5f41f9d9f71133f1E", scope: !1147, file: !832, line: 856, type: !1148, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !1167, retainedNodes: !1165)
!1147 = !DINamespace(name: "{impl#6}", scope: !834)
!1148 = !DISubroutineType(types: !1149)
!1149 = !{!1150, !1164}
!1150 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !1151, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !1152, templateParams: !40, identifier: "6f59025219977f466509bd4ae79a2945")
!1151 = !DINamespace(name: "option", scope: !88)
!1152 = !{!1153}
!1153 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1150, file: !5, size: 128, align: 64, elements: !1154, templateParams: !40, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !1163)
!1154 = !{!1155, !1159}
!1155 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1153, file: !5, baseType: !1156, size: 128, align: 64, extraData: i64 0)
!1156 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1150, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !40, templateParams: !1157, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!1157 = !{!1158}
!1158 = !DITemplateTypeParameter(name: "T", type: !48)
!1159 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1153, file: !5, baseType: !1160, size: 128, align: 64, extraData: i64 1)
!1160 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1150, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !1161, templateParams: !1157, identifier: "c70f2dfad93186ce146b7e80830727")
!1161 = !{!1162}
!1162 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1160, file: !5, baseType: !48, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!1163 = !DIDerivedType(tag: DW_TAG_member, scope: !1150, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!1164 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::ops::range::Range<usize>", baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!1165 = !{!1166}
!1166 = !DILocalVariable(name: "self", arg: 1, scope: !1146, file: !832, line: 856, type: !1164)
!1167 = !{!1168}
!1168 = !DITemplateTypeParameter(name: "A", type: !48)
!1169 = !DILocation(line: 856, column: 13, scope: !1146)
!1170 = !DILocation(line: 857, column: 14, scope: !1146)
!1171 = !DILocation(line: 858, column: 6, scope: !1146)
!1172 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he6b658b1e4035147E", scope: !1174, file: !1173, line: 322, type: !1177, scopeLine: 322, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !1181, retainedNodes: !1179)
!1173 = !DIFile(filename: "library/core/src/iter/traits/collect.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35d2b5f35e8dd294396f20d1a263fa6f")
!1174 = !DINamespace(name: "{impl#0}", scope: !1175)
!1175 = !DINamespace(name: "collect", scope: !1176)
!1176 = !DINamespace(name: "traits", scope: !835)
!1177 = !DISubroutineType(types: !1178)
!1178 = !{!85, !85}
!1179 = !{!1180}
!1180 = !DILocalVariable(name: "self", arg: 1, scope: !1172, file: !1173, line: 322, type: !85)
!1181 = !{!1182}
!1182 = !DITemplateTypeParameter(name: "I", type: !85)
!1183 = !DILocation(line: 322, column: 18, scope: !1172)
!1184 = !DILocation(line: 324, column: 6, scope: !1172)
!1185 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hac5365ae80ceae6eE", scope: !1186, file: !832, line: 771, type: !1148, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !1157, retainedNodes: !1187)
!1186 = !DINamespace(name: "{impl#5}", scope: !834)
!1187 = !{!1188, !1189}
!1188 = !DILocalVariable(name: "self", arg: 1, scope: !1185, file: !832, line: 771, type: !1164)
!1189 = !DILocalVariable(name: "old", scope: !1190, file: !832, line: 773, type: !48, align: 64)
!1190 = distinct !DILexicalBlock(scope: !1185, file: !832, line: 773, column: 13)
!1191 = !DILocation(line: 771, column: 18, scope: !1185)
!1192 = !DILocation(line: 772, column: 25, scope: !1185)
!1193 = !DILocalVariable(name: "self", arg: 1, scope: !1194, file: !1195, line: 1916, type: !1201)
!1194 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !1196, file: !1195, line: 1916, type: !1199, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !1202)
!1195 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!1196 = !DINamespace(name: "{impl#58}", scope: !1197)
!1197 = !DINamespace(name: "impls", scope: !1198)
!1198 = !DINamespace(name: "cmp", scope: !88)
!1199 = !DISubroutineType(types: !1200)
!1200 = !{!879, !1201, !1201}
!1201 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!1202 = !{!1193, !1203}
!1203 = !DILocalVariable(name: "other", arg: 2, scope: !1194, file: !1195, line: 1916, type: !1201)
!1204 = !DILocation(line: 1916, column: 19, scope: !1194, inlinedAt: !1205)
!1205 = distinct !DILocation(line: 772, column: 12, scope: !1185)
!1206 = !DILocation(line: 1916, column: 26, scope: !1194, inlinedAt: !1205)
!1207 = !DILocation(line: 1916, column: 50, scope: !1194, inlinedAt: !1205)
!1208 = !DILocation(line: 1916, column: 59, scope: !1194, inlinedAt: !1205)
!1209 = !DILocation(line: 772, column: 12, scope: !1185)
!1210 = !DILocation(line: 778, column: 13, scope: !1185)
!1211 = !DILocation(line: 772, column: 9, scope: !1185)
!1212 = !DILocation(line: 773, column: 23, scope: !1185)
!1213 = !DILocation(line: 773, column: 17, scope: !1190)
!1214 = !DILocation(line: 775, column: 35, scope: !1190)
!1215 = !DILocation(line: 775, column: 13, scope: !1190)
!1216 = !DILocation(line: 776, column: 13, scope: !1190)
!1217 = !DILocation(line: 780, column: 6, scope: !1185)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_deep_chain(ptr %ctx) #10 section "kprobe/__x64_sys_sched_yield" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN10deep_chain4PROG17h471ff9c5f3951749E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #10 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!1218}
!1218 = !{!"_ZN10deep_chain16iu_deep_chain_fn17h0e86d67787d6f407E"}
