; ModuleID = 'large_array.f076118e-cgu.0'
source_filename = "large_array.f076118e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }

@alloc15 = private unnamed_addr constant <{ [49 x i8] }> <{ [49 x i8] c"/usr/src/rustc-1.63.0/library/core/src/ptr/mod.rs" }>, align 1
@alloc16 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [49 x i8] }>, <{ [49 x i8] }>* @alloc15, i32 0, i32 0, i32 0), [16 x i8] c"1\00\00\00\00\00\00\00\80\04\00\00\0D\00\00\00" }>, align 8
@alloc17 = private unnamed_addr constant <{ [34 x i8] }> <{ [34 x i8] c"testdata/rust/progs/large_array.rs" }>, align 1
@alloc18 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [34 x i8] }>, <{ [34 x i8] }>* @alloc17, i32 0, i32 0, i32 0), [16 x i8] c"\22\00\00\00\00\00\00\00\14\00\00\00\09\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc5 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_big_frame" }>, align 1
@_ZN11large_array4PROG17hd43cb19118c9c4eaE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11large_array15iu_big_frame_fn17hbc719a67503ac545E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc5, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11large_array4PROG17hd43cb19118c9c4eaE, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; <usize as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h909ae0e91c63d5a2E"(i64 %start1, i64 %n) unnamed_addr #0 !dbg !55 {
start:
  %0 = alloca i64, align 8
  %rhs.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i64, align 8
  %n.dbg.spill = alloca i64, align 8
  %start.dbg.spill = alloca i64, align 8
  store i64 %start1, i64* %start.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %start.dbg.spill, metadata !64, metadata !DIExpression()), !dbg !66
  store i64 %n, i64* %n.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !65, metadata !DIExpression()), !dbg !67
  store i64 %start1, i64* %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %self.dbg.spill.i, metadata !68, metadata !DIExpression()), !dbg !75
  store i64 %n, i64* %rhs.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %rhs.dbg.spill.i, metadata !74, metadata !DIExpression()), !dbg !77
  %1 = add nuw i64 %start1, %n, !dbg !78
  store i64 %1, i64* %0, align 8, !dbg !78
  %2 = load i64, i64* %0, align 8, !dbg !78
  br label %bb1, !dbg !79

bb1:                                              ; preds = %start
  ret i64 %2, !dbg !80
}

; core::cmp::impls::<impl core::cmp::PartialOrd for usize>::lt
; Function Attrs: inlinehint nounwind nonlazybind
define internal zeroext i1 @"_ZN4core3cmp5impls57_$LT$impl$u20$core..cmp..PartialOrd$u20$for$u20$usize$GT$2lt17h042e7b5e82ad0596E"(i64* align 8 %self, i64* align 8 %other) unnamed_addr #0 !dbg !81 {
start:
  %other.dbg.spill = alloca i64*, align 8
  %self.dbg.spill = alloca i64*, align 8
  store i64* %self, i64** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill, metadata !91, metadata !DIExpression()), !dbg !93
  store i64* %other, i64** %other.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %other.dbg.spill, metadata !92, metadata !DIExpression()), !dbg !94
  %_3 = load i64, i64* %self, align 8, !dbg !95
  %_4 = load i64, i64* %other, align 8, !dbg !96
  %0 = icmp ult i64 %_3, %_4, !dbg !95
  ret i1 %0, !dbg !97
}

; core::mem::replace
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @_ZN4core3mem7replace17h23f651d5c301c827E(i64* align 8 %dest, i64 %src) unnamed_addr #0 personality i32 (...)* @rust_eh_personality !dbg !98 {
start:
  %0 = alloca { i8*, i32 }, align 8
  %result.dbg.spill = alloca i64, align 8
  %src.dbg.spill = alloca i64, align 8
  %dest.dbg.spill = alloca i64*, align 8
  %_7 = alloca i8, align 1
  store i64* %dest, i64** %dest.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %dest.dbg.spill, metadata !105, metadata !DIExpression()), !dbg !111
  store i64 %src, i64* %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %src.dbg.spill, metadata !106, metadata !DIExpression()), !dbg !112
  store i8 1, i8* %_7, align 1, !dbg !113
; call core::ptr::read
  %result = call i64 @_ZN4core3ptr4read17hecbc822540dbc97aE(i64* %dest) #8, !dbg !114
  store i64 %result, i64* %result.dbg.spill, align 8, !dbg !114
  call void @llvm.dbg.declare(metadata i64* %result.dbg.spill, metadata !107, metadata !DIExpression()), !dbg !115
  br label %bb1, !dbg !114

bb1:                                              ; preds = %start
  store i8 0, i8* %_7, align 1, !dbg !116
; call core::ptr::write
  call void @_ZN4core3ptr5write17h4808a422fb5e82f8E(i64* %dest, i64 %src) #8, !dbg !117
  br label %bb2, !dbg !117

bb2:                                              ; preds = %bb1
  ret i64 %result, !dbg !118

bb3:                                              ; No predecessors!
  br label %bb6, !dbg !119

bb6:                                              ; preds = %bb3
  %1 = load i8, i8* %_7, align 1, !dbg !120, !range !121, !noundef !40
  %2 = trunc i8 %1 to i1, !dbg !120
  br i1 %2, label %bb5, label %bb4, !dbg !120

bb4:                                              ; preds = %bb5, %bb6
  %3 = bitcast { i8*, i32 }* %0 to i8**, !dbg !122
  %4 = load i8*, i8** %3, align 8, !dbg !122
  %5 = getelementptr inbounds { i8*, i32 }, { i8*, i32 }* %0, i32 0, i32 1, !dbg !122
  %6 = load i32, i32* %5, align 8, !dbg !122
  %7 = insertvalue { i8*, i32 } undef, i8* %4, 0, !dbg !122
  %8 = insertvalue { i8*, i32 } %7, i32 %6, 1, !dbg !122
  resume { i8*, i32 } %8, !dbg !122

bb5:                                              ; preds = %bb6
  br label %bb4, !dbg !120
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal i8 @_ZN4core3ptr13read_volatile17h1308d3a9c6082eecE(i8* %src) unnamed_addr #0 !dbg !123 {
start:
  %0 = alloca i8, align 1
  %src.dbg.spill = alloca i8*, align 8
  store i8* %src, i8** %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i8** %src.dbg.spill, metadata !130, metadata !DIExpression()), !dbg !142
  %1 = load volatile i8, i8* %src, align 1, !dbg !143
  store i8 %1, i8* %0, align 1, !dbg !143
  %2 = load i8, i8* %0, align 1, !dbg !143
  br label %bb1, !dbg !143

bb1:                                              ; preds = %start
  ret i8 %2, !dbg !144
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @_ZN4core3ptr14write_volatile17he6da6dd05287dfd9E(i8* %dst, i8 %src) unnamed_addr #0 !dbg !145 {
start:
  %src.dbg.spill = alloca i8, align 1
  %dst.dbg.spill = alloca i8*, align 8
  store i8* %dst, i8** %dst.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i8** %dst.dbg.spill, metadata !150, metadata !DIExpression()), !dbg !160
  store i8 %src, i8* %src.dbg.spill, align 1
  call void @llvm.dbg.declare(metadata i8* %src.dbg.spill, metadata !151, metadata !DIExpression()), !dbg !161
  store volatile i8 %src, i8* %dst, align 1, !dbg !162
  br label %bb1, !dbg !162

bb1:                                              ; preds = %start
  ret void, !dbg !163
}

; core::ptr::read
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @_ZN4core3ptr4read17hecbc822540dbc97aE(i64* %src) unnamed_addr #0 !dbg !164 {
start:
  %slot.dbg.spill.i = alloca i64, align 8
  %0 = alloca i64, align 8
  %self.dbg.spill.i1 = alloca i64, align 8
  %self.dbg.spill.i = alloca i64*, align 8
  %src.dbg.spill = alloca i64*, align 8
  %tmp = alloca i64, align 8
  store i64* %src, i64** %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %src.dbg.spill, metadata !169, metadata !DIExpression()), !dbg !182
  call void @llvm.dbg.declare(metadata i64* %tmp, metadata !170, metadata !DIExpression()), !dbg !183
  %1 = bitcast i64* %0 to {}*, !dbg !184
  %2 = load i64, i64* %0, align 8, !dbg !190
  store i64 %2, i64* %tmp, align 8, !dbg !191
  br label %bb1, !dbg !191

bb1:                                              ; preds = %start
  store i64* %tmp, i64** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i, metadata !192, metadata !DIExpression()), !dbg !199
  br label %bb2, !dbg !201

bb2:                                              ; preds = %bb1
  %3 = bitcast i64* %tmp to i8*, !dbg !202
  %4 = bitcast i64* %src to i8*, !dbg !202
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %3, i8* align 8 %4, i64 8, i1 false), !dbg !202
  %_6 = load i64, i64* %tmp, align 8, !dbg !203
  store i64 %_6, i64* %self.dbg.spill.i1, align 8
  call void @llvm.dbg.declare(metadata i64* %self.dbg.spill.i1, metadata !204, metadata !DIExpression()) #8, !dbg !217
  store i64 %_6, i64* %slot.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %slot.dbg.spill.i, metadata !219, metadata !DIExpression()), !dbg !225
  br label %bb3, !dbg !203

bb3:                                              ; preds = %bb2
  ret i64 %_6, !dbg !227
}

; core::ptr::write
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @_ZN4core3ptr5write17h4808a422fb5e82f8E(i64* %dst, i64 %0) unnamed_addr #0 !dbg !228 {
start:
  %dst.dbg.spill = alloca i64*, align 8
  %src = alloca i64, align 8
  store i64 %0, i64* %src, align 8
  store i64* %dst, i64** %dst.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %dst.dbg.spill, metadata !232, metadata !DIExpression()), !dbg !234
  call void @llvm.dbg.declare(metadata i64* %src, metadata !233, metadata !DIExpression()), !dbg !235
  %1 = bitcast i64* %dst to i8*, !dbg !236
  %2 = bitcast i64* %src to i8*, !dbg !236
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %1, i8* align 8 %2, i64 8, i1 false), !dbg !236
  ret void, !dbg !237
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nounwind nonlazybind
define internal { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hb3f4a2a5948d7e42E"({ i64, i64 }* align 8 %self) unnamed_addr #0 !dbg !238 {
start:
  %self.dbg.spill = alloca { i64, i64 }*, align 8
  store { i64, i64 }* %self, { i64, i64 }** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %self.dbg.spill, metadata !264, metadata !DIExpression()), !dbg !267
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hc4e195d29c47d700E"({ i64, i64 }* align 8 %self) #8, !dbg !268
  %1 = extractvalue { i64, i64 } %0, 0, !dbg !268
  %2 = extractvalue { i64, i64 } %0, 1, !dbg !268
  br label %bb1, !dbg !268

bb1:                                              ; preds = %start
  %3 = insertvalue { i64, i64 } undef, i64 %1, 0, !dbg !269
  %4 = insertvalue { i64, i64 } %3, i64 %2, 1, !dbg !269
  ret { i64, i64 } %4, !dbg !269
}

; core::clone::impls::<impl core::clone::Clone for usize>::clone
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @"_ZN4core5clone5impls54_$LT$impl$u20$core..clone..Clone$u20$for$u20$usize$GT$5clone17h45e1f58c04c2fea4E"(i64* align 8 %self) unnamed_addr #0 !dbg !270 {
start:
  %self.dbg.spill = alloca i64*, align 8
  store i64* %self, i64** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill, metadata !278, metadata !DIExpression()), !dbg !279
  %0 = load i64, i64* %self, align 8, !dbg !280
  ret i64 %0, !dbg !281
}

; core::slice::<impl [T]>::as_mut_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hae6e0d91297b86afE"([0 x i8]* align 1 %self.0, i64 %self.1) unnamed_addr #0 !dbg !282 {
start:
  %self.dbg.spill = alloca { [0 x i8]*, i64 }, align 8
  %0 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i8]* %self.0, [0 x i8]** %0, align 8
  %1 = getelementptr inbounds { [0 x i8]*, i64 }, { [0 x i8]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { [0 x i8]*, i64 }* %self.dbg.spill, metadata !293, metadata !DIExpression()), !dbg !294
  %2 = bitcast [0 x i8]* %self.0 to i8*, !dbg !295
  ret i8* %2, !dbg !296
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nounwind nonlazybind
define internal { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h236d5e663288182fE"(i64 %self.0, i64 %self.1) unnamed_addr #0 !dbg !297 {
start:
  %self.dbg.spill = alloca { i64, i64 }, align 8
  %0 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %self.dbg.spill, i32 0, i32 0
  store i64 %self.0, i64* %0, align 8
  %1 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }* %self.dbg.spill, metadata !305, metadata !DIExpression()), !dbg !308
  %2 = insertvalue { i64, i64 } undef, i64 %self.0, 0, !dbg !309
  %3 = insertvalue { i64, i64 } %2, i64 %self.1, 1, !dbg !309
  ret { i64, i64 } %3, !dbg !309
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nounwind nonlazybind
define internal { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hc4e195d29c47d700E"({ i64, i64 }* align 8 %self) unnamed_addr #0 !dbg !310 {
start:
  %n.dbg.spill = alloca i64, align 8
  %self.dbg.spill = alloca { i64, i64 }*, align 8
  %0 = alloca { i64, i64 }, align 8
  store { i64, i64 }* %self, { i64, i64 }** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %self.dbg.spill, metadata !313, metadata !DIExpression()), !dbg !316
  %_3 = bitcast { i64, i64 }* %self to i64*, !dbg !317
  %_4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %self, i32 0, i32 1, !dbg !318
; call core::cmp::impls::<impl core::cmp::PartialOrd for usize>::lt
  %_2 = call zeroext i1 @"_ZN4core3cmp5impls57_$LT$impl$u20$core..cmp..PartialOrd$u20$for$u20$usize$GT$2lt17h042e7b5e82ad0596E"(i64* align 8 %_3, i64* align 8 %_4) #8, !dbg !317
  br label %bb1, !dbg !317

bb1:                                              ; preds = %start
  br i1 %_2, label %bb2, label %bb6, !dbg !317

bb6:                                              ; preds = %bb1
  %1 = bitcast { i64, i64 }* %0 to i64*, !dbg !319
  store i64 0, i64* %1, align 8, !dbg !319
  br label %bb7, !dbg !320

bb2:                                              ; preds = %bb1
  %_7 = bitcast { i64, i64 }* %self to i64*, !dbg !321
; call core::clone::impls::<impl core::clone::Clone for usize>::clone
  %_6 = call i64 @"_ZN4core5clone5impls54_$LT$impl$u20$core..clone..Clone$u20$for$u20$usize$GT$5clone17h45e1f58c04c2fea4E"(i64* align 8 %_7) #8, !dbg !321
  br label %bb3, !dbg !321

bb3:                                              ; preds = %bb2
; call <usize as core::iter::range::Step>::forward_unchecked
  %n = call i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h909ae0e91c63d5a2E"(i64 %_6, i64 1) #8, !dbg !322
  store i64 %n, i64* %n.dbg.spill, align 8, !dbg !322
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !314, metadata !DIExpression()), !dbg !323
  br label %bb4, !dbg !322

bb4:                                              ; preds = %bb3
  %_10 = bitcast { i64, i64 }* %self to i64*, !dbg !324
; call core::mem::replace
  %_8 = call i64 @_ZN4core3mem7replace17h23f651d5c301c827E(i64* align 8 %_10, i64 %n) #8, !dbg !325
  br label %bb5, !dbg !325

bb5:                                              ; preds = %bb4
  %2 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %0, i32 0, i32 1, !dbg !326
  store i64 %_8, i64* %2, align 8, !dbg !326
  %3 = bitcast { i64, i64 }* %0 to i64*, !dbg !326
  store i64 1, i64* %3, align 8, !dbg !326
  br label %bb7, !dbg !320

bb7:                                              ; preds = %bb6, %bb5
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %0, i32 0, i32 0, !dbg !327
  %5 = load i64, i64* %4, align 8, !dbg !327, !range !328, !noundef !40
  %6 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %0, i32 0, i32 1, !dbg !327
  %7 = load i64, i64* %6, align 8, !dbg !327
  %8 = insertvalue { i64, i64 } undef, i64 %5, 0, !dbg !327
  %9 = insertvalue { i64, i64 } %8, i64 %7, 1, !dbg !327
  ret { i64, i64 } %9, !dbg !327
}

; large_array::iu_big_frame_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11large_array15iu_big_frame_fn17hbc719a67503ac545E(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !329 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i9 = alloca i64, align 8
  %self.dbg.spill.i10 = alloca i8*, align 8
  %count.dbg.spill.i7 = alloca i64, align 8
  %self.dbg.spill.i8 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i5 = alloca i64, align 8
  %self.dbg.spill.i6 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i4 = alloca i8*, align 8
  %rhs.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i64, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  %_26 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_24 = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_5 = alloca { i64, i64 }, align 8
  %buf = alloca [5000 x i8], align 1
  %sum = alloca i32, align 4
  call void @llvm.dbg.declare(metadata i32* %sum, metadata !342, metadata !DIExpression()), !dbg !348
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !331, metadata !DIExpression()), !dbg !349
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !332, metadata !DIExpression()), !dbg !350
  call void @llvm.dbg.declare(metadata [5000 x i8]* %buf, metadata !333, metadata !DIExpression()), !dbg !351
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !338, metadata !DIExpression()), !dbg !352
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !344, metadata !DIExpression()), !dbg !353
  %2 = getelementptr inbounds [5000 x i8], [5000 x i8]* %buf, i64 0, i64 0, !dbg !354
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 5000, i1 false), !dbg !354
  %3 = bitcast { i64, i64 }* %_5 to i64*, !dbg !355
  store i64 0, i64* %3, align 8, !dbg !355
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_5, i32 0, i32 1, !dbg !355
  store i64 5000, i64* %4, align 8, !dbg !355
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_5, i32 0, i32 0, !dbg !355
  %6 = load i64, i64* %5, align 8, !dbg !355
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_5, i32 0, i32 1, !dbg !355
  %8 = load i64, i64* %7, align 8, !dbg !355
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h236d5e663288182fE"(i64 %6, i64 %8) #8, !dbg !355
  %_4.0 = extractvalue { i64, i64 } %9, 0, !dbg !355
  %_4.1 = extractvalue { i64, i64 } %9, 1, !dbg !355
  br label %bb1, !dbg !355

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !355
  store i64 %_4.0, i64* %10, align 8, !dbg !355
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !355
  store i64 %_4.1, i64* %11, align 8, !dbg !355
  br label %bb2, !dbg !356

bb2:                                              ; preds = %bb9, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hb3f4a2a5948d7e42E"({ i64, i64 }* align 8 %iter) #8, !dbg !352
  store { i64, i64 } %12, { i64, i64 }* %_7, align 8, !dbg !352
  br label %bb3, !dbg !352

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_7 to i64*, !dbg !352
  %_10 = load i64, i64* %13, align 8, !dbg !352, !range !328, !noundef !40
  switch i64 %_10, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !352

bb5:                                              ; preds = %bb3
  unreachable, !dbg !352

bb6:                                              ; preds = %bb3
  store i32 0, i32* %sum, align 4, !dbg !357
  %14 = bitcast { i64, i64 }* %_24 to i64*, !dbg !358
  store i64 0, i64* %14, align 8, !dbg !358
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_24, i32 0, i32 1, !dbg !358
  store i64 5000, i64* %15, align 8, !dbg !358
  %16 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_24, i32 0, i32 0, !dbg !358
  %17 = load i64, i64* %16, align 8, !dbg !358
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_24, i32 0, i32 1, !dbg !358
  %19 = load i64, i64* %18, align 8, !dbg !358
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %20 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h236d5e663288182fE"(i64 %17, i64 %19) #8, !dbg !358
  %_23.0 = extractvalue { i64, i64 } %20, 0, !dbg !358
  %_23.1 = extractvalue { i64, i64 } %20, 1, !dbg !358
  br label %bb10, !dbg !358

bb4:                                              ; preds = %bb3
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !359
  %i = load i64, i64* %21, align 8, !dbg !359
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !359
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !340, metadata !DIExpression()), !dbg !360
  %_15.0 = bitcast [5000 x i8]* %buf to [0 x i8]*, !dbg !361
; call core::slice::<impl [T]>::as_mut_ptr
  %_14 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hae6e0d91297b86afE"([0 x i8]* align 1 %_15.0, i64 5000) #8, !dbg !361
  br label %bb7, !dbg !361

bb7:                                              ; preds = %bb4
  store i8* %_14, i8** %self.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i4, metadata !362, metadata !DIExpression()) #8, !dbg !371
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !370, metadata !DIExpression()) #8, !dbg !373
  store i8* %_14, i8** %self.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i6, metadata !374, metadata !DIExpression()), !dbg !381
  store i64 %i, i64* %count.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i5, metadata !380, metadata !DIExpression()), !dbg !383
  %22 = getelementptr inbounds i8, i8* %_14, i64 %i, !dbg !384
  store i8* %22, i8** %1, align 8, !dbg !384
  %_3.i = load i8*, i8** %1, align 8, !dbg !384
  br label %bb8, !dbg !361

bb8:                                              ; preds = %bb7
  %23 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !385
  %_20 = load i64, i64* %23, align 8, !dbg !385
  store i64 %_20, i64* %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %self.dbg.spill.i, metadata !386, metadata !DIExpression()), !dbg !393
  store i64 %i, i64* %rhs.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %rhs.dbg.spill.i, metadata !392, metadata !DIExpression()), !dbg !395
  %24 = add i64 %_20, %i, !dbg !396
  br label %bb9, !dbg !385

bb9:                                              ; preds = %bb8
  %_18 = trunc i64 %24 to i8, !dbg !385
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17he6da6dd05287dfd9E(i8* %_3.i, i8 %_18) #8, !dbg !397
  br label %bb2, !dbg !397

bb10:                                             ; preds = %bb6
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !358
  store i64 %_23.0, i64* %25, align 8, !dbg !358
  %26 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !358
  store i64 %_23.1, i64* %26, align 8, !dbg !358
  br label %bb11, !dbg !398

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %27 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hb3f4a2a5948d7e42E"({ i64, i64 }* align 8 %iter1) #8, !dbg !353
  store { i64, i64 } %27, { i64, i64 }* %_26, align 8, !dbg !353
  br label %bb12, !dbg !353

bb12:                                             ; preds = %bb11
  %28 = bitcast { i64, i64 }* %_26 to i64*, !dbg !353
  %_29 = load i64, i64* %28, align 8, !dbg !353, !range !328, !noundef !40
  switch i64 %_29, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !353

bb14:                                             ; preds = %bb12
  unreachable, !dbg !353

bb15:                                             ; preds = %bb12
  %29 = load i32, i32* %sum, align 4, !dbg !399
  ret i32 %29, !dbg !399

bb13:                                             ; preds = %bb12
  %30 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_26, i32 0, i32 1, !dbg !400
  %i2 = load i64, i64* %30, align 8, !dbg !400
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !400
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !346, metadata !DIExpression()), !dbg !401
  %_35.0 = bitcast [5000 x i8]* %buf to [0 x i8]*, !dbg !402
; call core::slice::<impl [T]>::as_ptr
  %_34 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_35.0, i64 5000) #8, !dbg !402
  br label %bb16, !dbg !402

bb16:                                             ; preds = %bb13
  store i8* %_34, i8** %self.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i8, metadata !403, metadata !DIExpression()) #8, !dbg !412
  store i64 %i2, i64* %count.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i7, metadata !411, metadata !DIExpression()) #8, !dbg !414
  store i8* %_34, i8** %self.dbg.spill.i10, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i10, metadata !415, metadata !DIExpression()), !dbg !421
  store i64 %i2, i64* %count.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i9, metadata !420, metadata !DIExpression()), !dbg !423
  %31 = getelementptr inbounds i8, i8* %_34, i64 %i2, !dbg !424
  store i8* %31, i8** %0, align 8, !dbg !424
  %32 = load i8*, i8** %0, align 8, !dbg !424
  br label %bb17, !dbg !402

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_32 = call i8 @_ZN4core3ptr13read_volatile17h1308d3a9c6082eecE(i8* %32) #8, !dbg !425
  br label %bb18, !dbg !425

bb18:                                             ; preds = %bb17
  %_31 = zext i8 %_32 to i32, !dbg !426
  %33 = load i32, i32* %sum, align 4, !dbg !427
  %34 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %33, i32 %_31), !dbg !427
  %_38.0 = extractvalue { i32, i1 } %34, 0, !dbg !427
  %_38.1 = extractvalue { i32, i1 } %34, 1, !dbg !427
  %35 = call i1 @llvm.expect.i1(i1 %_38.1, i1 false), !dbg !427
  br i1 %35, label %panic, label %bb19, !dbg !427

bb19:                                             ; preds = %bb18
  store i32 %_38.0, i32* %sum, align 4, !dbg !427
  br label %bb11, !dbg !398

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc18 to %"core::panic::location::Location"*)) #9, !dbg !427
  unreachable, !dbg !427
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #3

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #5

; core::slice::<impl [T]>::as_ptr
; Function Attrs: inlinehint nounwind nonlazybind
declare i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1, i64) unnamed_addr #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #6

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #7

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nonlazybind "target-cpu"="x86-64" }
attributes #4 = { argmemonly nofree nounwind willreturn }
attributes #5 = { argmemonly nofree nounwind willreturn writeonly }
attributes #6 = { nofree nosync nounwind readnone willreturn }
attributes #7 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #8 = { nounwind }
attributes #9 = { noreturn nounwind }

!llvm.module.flags = !{!49, !50, !51}
!llvm.dbg.cu = !{!52}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN11large_array4PROG17hd43cb19118c9c4eaE", scope: !2, file: !3, line: 27, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "large_array", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/large_array.rs", directory: ".", checksumkind: CSK_MD5, checksum: "fe7677cd1be5c5c23c8e73cedbb2e93f")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !6, file: !5, size: 256, align: 64, elements: !7, templateParams: !40, identifier: "282191b11f19cc42fd06117274dfaff9")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !DINamespace(name: "iu_rt", scope: null)
!7 = !{!8, !10, !41}
!8 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !9, size: 64, align: 64)
!9 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !11, size: 64, align: 64, offset: 64)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!12 = !DISubroutineType(types: !13)
!13 = !{!14, !15, !16}
!14 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !6, file: !5, size: 1344, align: 64, elements: !18, templateParams: !40, identifier: "9839896ef0917d72b974666f51b0c023")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !17, file: !5, baseType: !9, size: 64, align: 64)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 64)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 128)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 256)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 320)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 384)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 448)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 512)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 576)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 640)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 704)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 768)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 832)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 896)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 960)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1024)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1088)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1152)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1216)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !17, file: !5, baseType: !9, size: 64, align: 64, offset: 1280)
!40 = !{}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !42, size: 128, align: 64, offset: 128)
!42 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !43, templateParams: !40, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!43 = !{!44, !47}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !42, file: !5, baseType: !45, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !42, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!48 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!49 = !{i32 7, !"PIC Level", i32 2}
!50 = !{i32 2, !"RtLibUseGOT", i32 1}
!51 = !{i32 2, !"Debug Info Version", i32 3}
!52 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !53, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !54)
!53 = !DIFile(filename: "testdata/rust/progs/large_array.rs/@/large_array.f076118e-cgu.0", directory: ".")
!54 = !{!0}
!55 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h909ae0e91c63d5a2E", scope: !57, file: !56, line: 189, type: !61, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !63)
!56 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/iter/range.rs", directory: "", checksumkind: CSK_MD5, checksum: "a5e6372fb466d62a237d46ecffb4676a")
!57 = !DINamespace(name: "{impl#37}", scope: !58)
!58 = !DINamespace(name: "range", scope: !59)
!59 = !DINamespace(name: "iter", scope: !60)
!60 = !DINamespace(name: "core", scope: null)
!61 = !DISubroutineType(types: !62)
!62 = !{!48, !48, !48}
!63 = !{!64, !65}
!64 = !DILocalVariable(name: "start", arg: 1, scope: !55, file: !56, line: 189, type: !48)
!65 = !DILocalVariable(name: "n", arg: 2, scope: !55, file: !56, line: 189, type: !48)
!66 = !DILocation(line: 189, column: 37, scope: !55)
!67 = !DILocation(line: 189, column: 50, scope: !55)
!68 = !DILocalVariable(name: "self", arg: 1, scope: !69, file: !70, line: 461, type: !48)
!69 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add17hc035e9abe1f992faE", scope: !71, file: !70, line: 461, type: !61, scopeLine: 461, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !73)
!70 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/num/uint_macros.rs", directory: "", checksumkind: CSK_MD5, checksum: "60fdadbd334dce6d03de842cfe3a5c0c")
!71 = !DINamespace(name: "{impl#11}", scope: !72)
!72 = !DINamespace(name: "num", scope: !60)
!73 = !{!68, !74}
!74 = !DILocalVariable(name: "rhs", arg: 2, scope: !69, file: !70, line: 461, type: !48)
!75 = !DILocation(line: 461, column: 43, scope: !69, inlinedAt: !76)
!76 = distinct !DILocation(line: 191, column: 22, scope: !55)
!77 = !DILocation(line: 461, column: 49, scope: !69, inlinedAt: !76)
!78 = !DILocation(line: 464, column: 22, scope: !69, inlinedAt: !76)
!79 = !DILocation(line: 191, column: 22, scope: !55)
!80 = !DILocation(line: 192, column: 10, scope: !55)
!81 = distinct !DISubprogram(name: "lt", linkageName: "_ZN4core3cmp5impls57_$LT$impl$u20$core..cmp..PartialOrd$u20$for$u20$usize$GT$2lt17h042e7b5e82ad0596E", scope: !83, file: !82, line: 1398, type: !86, scopeLine: 1398, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !90)
!82 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/cmp.rs", directory: "", checksumkind: CSK_MD5, checksum: "bb52517396426ace0c2b5d0acf6177d5")
!83 = !DINamespace(name: "{impl#54}", scope: !84)
!84 = !DINamespace(name: "impls", scope: !85)
!85 = !DINamespace(name: "cmp", scope: !60)
!86 = !DISubroutineType(types: !87)
!87 = !{!88, !89, !89}
!88 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!89 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!90 = !{!91, !92}
!91 = !DILocalVariable(name: "self", arg: 1, scope: !81, file: !82, line: 1398, type: !89)
!92 = !DILocalVariable(name: "other", arg: 2, scope: !81, file: !82, line: 1398, type: !89)
!93 = !DILocation(line: 1398, column: 23, scope: !81)
!94 = !DILocation(line: 1398, column: 30, scope: !81)
!95 = !DILocation(line: 1398, column: 52, scope: !81)
!96 = !DILocation(line: 1398, column: 62, scope: !81)
!97 = !DILocation(line: 1398, column: 72, scope: !81)
!98 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h23f651d5c301c827E", scope: !100, file: !99, line: 899, type: !101, scopeLine: 899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !104)
!99 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/mem/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "6bfe0b6bf5a91b8a82e2c328defa32fc")
!100 = !DINamespace(name: "mem", scope: !60)
!101 = !DISubroutineType(types: !102)
!102 = !{!48, !103, !48}
!103 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!104 = !{!105, !106, !107}
!105 = !DILocalVariable(name: "dest", arg: 1, scope: !98, file: !99, line: 899, type: !103)
!106 = !DILocalVariable(name: "src", arg: 2, scope: !98, file: !99, line: 899, type: !48)
!107 = !DILocalVariable(name: "result", scope: !108, file: !99, line: 904, type: !48, align: 8)
!108 = distinct !DILexicalBlock(scope: !98, file: !99, line: 904, column: 9)
!109 = !{!110}
!110 = !DITemplateTypeParameter(name: "T", type: !48)
!111 = !DILocation(line: 899, column: 25, scope: !98)
!112 = !DILocation(line: 899, column: 39, scope: !98)
!113 = !DILocation(line: 904, column: 13, scope: !98)
!114 = !DILocation(line: 904, column: 22, scope: !98)
!115 = !DILocation(line: 904, column: 13, scope: !108)
!116 = !DILocation(line: 905, column: 26, scope: !108)
!117 = !DILocation(line: 905, column: 9, scope: !108)
!118 = !DILocation(line: 908, column: 2, scope: !98)
!119 = !DILocation(line: 907, column: 5, scope: !98)
!120 = !DILocation(line: 908, column: 1, scope: !98)
!121 = !{i8 0, i8 2}
!122 = !DILocation(line: 899, column: 1, scope: !98)
!123 = distinct !DISubprogram(name: "read_volatile<u8>", linkageName: "_ZN4core3ptr13read_volatile17h1308d3a9c6082eecE", scope: !125, file: !124, line: 1500, type: !126, scopeLine: 1500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !129)
!124 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e7fd681ebf696ca21e42a2e645ac0174")
!125 = !DINamespace(name: "ptr", scope: !60)
!126 = !DISubroutineType(types: !127)
!127 = !{!46, !128}
!128 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!129 = !{!130, !131}
!130 = !DILocalVariable(name: "src", arg: 1, scope: !123, file: !124, line: 1500, type: !128)
!131 = !DILocalVariable(name: "runtime", scope: !132, file: !124, line: 1503, type: !135, align: 8)
!132 = !DILexicalBlockFile(scope: !133, file: !124, discriminator: 0)
!133 = distinct !DILexicalBlock(scope: !123, file: !134, line: 2006, column: 13)
!134 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/intrinsics.rs", directory: "", checksumkind: CSK_MD5, checksum: "bd60552a4d7263f6287ca13a1de83db3")
!135 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<u8>", scope: !136, file: !5, size: 64, align: 64, elements: !137, templateParams: !40, identifier: "aa38ceed9fb827cb2afc30c05a397f21")
!136 = !DINamespace(name: "read_volatile", scope: !125)
!137 = !{!138}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__src", scope: !135, file: !5, baseType: !139, size: 64, align: 64)
!139 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*const u8", baseType: !128, size: 64, align: 64, dwarfAddressSpace: 0)
!140 = !{!141}
!141 = !DITemplateTypeParameter(name: "T", type: !46)
!142 = !DILocation(line: 1500, column: 32, scope: !123)
!143 = !DILocation(line: 1504, column: 9, scope: !123)
!144 = !DILocation(line: 1506, column: 2, scope: !123)
!145 = distinct !DISubprogram(name: "write_volatile<u8>", linkageName: "_ZN4core3ptr14write_volatile17he6da6dd05287dfd9E", scope: !125, file: !124, line: 1570, type: !146, scopeLine: 1570, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !149)
!146 = !DISubroutineType(types: !147)
!147 = !{null, !148, !46}
!148 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!149 = !{!150, !151, !152}
!150 = !DILocalVariable(name: "dst", arg: 1, scope: !145, file: !124, line: 1570, type: !148)
!151 = !DILocalVariable(name: "src", arg: 2, scope: !145, file: !124, line: 1570, type: !46)
!152 = !DILocalVariable(name: "runtime", scope: !153, file: !124, line: 1573, type: !155, align: 8)
!153 = !DILexicalBlockFile(scope: !154, file: !124, discriminator: 0)
!154 = distinct !DILexicalBlock(scope: !145, file: !134, line: 2006, column: 13)
!155 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<u8>", scope: !156, file: !5, size: 64, align: 64, elements: !157, templateParams: !40, identifier: "69409d51675789a41ca43d838c070d48")
!156 = !DINamespace(name: "write_volatile", scope: !125)
!157 = !{!158}
!158 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__dst", scope: !155, file: !5, baseType: !159, size: 64, align: 64)
!159 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*mut u8", baseType: !148, size: 64, align: 64, dwarfAddressSpace: 0)
!160 = !DILocation(line: 1570, column: 33, scope: !145)
!161 = !DILocation(line: 1570, column: 46, scope: !145)
!162 = !DILocation(line: 1574, column: 9, scope: !145)
!163 = !DILocation(line: 1576, column: 2, scope: !145)
!164 = distinct !DISubprogram(name: "read<usize>", linkageName: "_ZN4core3ptr4read17hecbc822540dbc97aE", scope: !125, file: !124, line: 1135, type: !165, scopeLine: 1135, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !168)
!165 = !DISubroutineType(types: !166)
!166 = !{!48, !167}
!167 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!168 = !{!169, !170}
!169 = !DILocalVariable(name: "src", arg: 1, scope: !164, file: !124, line: 1135, type: !167)
!170 = !DILocalVariable(name: "tmp", scope: !171, file: !124, line: 1143, type: !172, align: 8)
!171 = distinct !DILexicalBlock(scope: !164, file: !124, line: 1143, column: 5)
!172 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<usize>", scope: !173, file: !5, size: 64, align: 64, elements: !174, templateParams: !109, identifier: "fee5522d4d1576aeafe4fd763cee3249")
!173 = !DINamespace(name: "maybe_uninit", scope: !100)
!174 = !{!175, !177}
!175 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !172, file: !5, baseType: !176, align: 8)
!176 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!177 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !172, file: !5, baseType: !178, size: 64, align: 64)
!178 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<usize>", scope: !179, file: !5, size: 64, align: 64, elements: !180, templateParams: !109, identifier: "530246edbf14d4733d4d60265be9d502")
!179 = !DINamespace(name: "manually_drop", scope: !100)
!180 = !{!181}
!181 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !178, file: !5, baseType: !48, size: 64, align: 64)
!182 = !DILocation(line: 1135, column: 29, scope: !164)
!183 = !DILocation(line: 1143, column: 9, scope: !171)
!184 = !DILocation(line: 321, column: 9, scope: !185, inlinedAt: !189)
!185 = distinct !DISubprogram(name: "uninit<usize>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$6uninit17h3695b28e08ca043aE", scope: !172, file: !186, line: 320, type: !187, scopeLine: 320, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !40)
!186 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/mem/maybe_uninit.rs", directory: "", checksumkind: CSK_MD5, checksum: "d75c93d9a93fe65ef19edc0e8e272278")
!187 = !DISubroutineType(types: !188)
!188 = !{!172}
!189 = distinct !DILocation(line: 1143, column: 19, scope: !164)
!190 = !DILocation(line: 322, column: 6, scope: !185, inlinedAt: !189)
!191 = !DILocation(line: 1143, column: 19, scope: !164)
!192 = !DILocalVariable(name: "self", arg: 1, scope: !193, file: !186, line: 574, type: !197)
!193 = distinct !DISubprogram(name: "as_mut_ptr<usize>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$10as_mut_ptr17h74fd9ab7dcbdb5edE", scope: !172, file: !186, line: 574, type: !194, scopeLine: 574, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !198)
!194 = !DISubroutineType(types: !195)
!195 = !{!196, !197}
!196 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!197 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::maybe_uninit::MaybeUninit<usize>", baseType: !172, size: 64, align: 64, dwarfAddressSpace: 0)
!198 = !{!192}
!199 = !DILocation(line: 574, column: 29, scope: !193, inlinedAt: !200)
!200 = distinct !DILocation(line: 1151, column: 34, scope: !171)
!201 = !DILocation(line: 1151, column: 34, scope: !171)
!202 = !DILocation(line: 1151, column: 9, scope: !171)
!203 = !DILocation(line: 1152, column: 9, scope: !171)
!204 = !DILocalVariable(name: "self", arg: 1, scope: !205, file: !186, line: 629, type: !172)
!205 = distinct !DISubprogram(name: "assume_init<usize>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$11assume_init17h442d637d163a127bE", scope: !172, file: !186, line: 629, type: !206, scopeLine: 629, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !216)
!206 = !DISubroutineType(types: !207)
!207 = !{!48, !172, !208}
!208 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !209, size: 64, align: 64, dwarfAddressSpace: 0)
!209 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !210, file: !5, size: 192, align: 64, elements: !212, templateParams: !40, identifier: "e1cc2f27b64c2c07e5311df55f5377e5")
!210 = !DINamespace(name: "location", scope: !211)
!211 = !DINamespace(name: "panic", scope: !60)
!212 = !{!213, !214, !215}
!213 = !DIDerivedType(tag: DW_TAG_member, name: "file", scope: !209, file: !5, baseType: !42, size: 128, align: 64)
!214 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !209, file: !5, baseType: !14, size: 32, align: 32, offset: 128)
!215 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !209, file: !5, baseType: !14, size: 32, align: 32, offset: 160)
!216 = !{!204}
!217 = !DILocation(line: 629, column: 37, scope: !205, inlinedAt: !218)
!218 = distinct !DILocation(line: 1152, column: 9, scope: !171)
!219 = !DILocalVariable(name: "slot", arg: 1, scope: !220, file: !221, line: 88, type: !178)
!220 = distinct !DISubprogram(name: "into_inner<usize>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$10into_inner17h9cab8efa0fbe1246E", scope: !178, file: !221, line: 88, type: !222, scopeLine: 88, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !224)
!221 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/mem/manually_drop.rs", directory: "", checksumkind: CSK_MD5, checksum: "a34f39f0c1c25c8378cd3f4ec0bf00c3")
!222 = !DISubroutineType(types: !223)
!223 = !{!48, !178}
!224 = !{!219}
!225 = !DILocation(line: 88, column: 29, scope: !220, inlinedAt: !226)
!226 = distinct !DILocation(line: 634, column: 13, scope: !205, inlinedAt: !218)
!227 = !DILocation(line: 1154, column: 2, scope: !164)
!228 = distinct !DISubprogram(name: "write<usize>", linkageName: "_ZN4core3ptr5write17h4808a422fb5e82f8E", scope: !125, file: !124, line: 1330, type: !229, scopeLine: 1330, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !231)
!229 = !DISubroutineType(types: !230)
!230 = !{null, !196, !48}
!231 = !{!232, !233}
!232 = !DILocalVariable(name: "dst", arg: 1, scope: !228, file: !124, line: 1330, type: !196)
!233 = !DILocalVariable(name: "src", arg: 2, scope: !228, file: !124, line: 1330, type: !48)
!234 = !DILocation(line: 1330, column: 30, scope: !228)
!235 = !DILocation(line: 1330, column: 43, scope: !228)
!236 = !DILocation(line: 1342, column: 9, scope: !228)
!237 = !DILocation(line: 1345, column: 2, scope: !228)
!238 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hb3f4a2a5948d7e42E", scope: !239, file: !56, line: 710, type: !240, scopeLine: 710, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !265, retainedNodes: !263)
!239 = !DINamespace(name: "{impl#3}", scope: !58)
!240 = !DISubroutineType(types: !241)
!241 = !{!242, !254}
!242 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !243, file: !5, size: 128, align: 64, elements: !244, templateParams: !40, identifier: "e631d8b3d2bc22f23256bda2f6ee260d")
!243 = !DINamespace(name: "option", scope: !60)
!244 = !{!245}
!245 = !DICompositeType(tag: DW_TAG_variant_part, scope: !242, file: !5, size: 128, align: 64, elements: !246, templateParams: !40, identifier: "7bcdd049f80ce5cb80843b34c98474bc", discriminator: !253)
!246 = !{!247, !249}
!247 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !245, file: !5, baseType: !248, size: 128, align: 64, extraData: i64 0)
!248 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !242, file: !5, size: 128, align: 64, elements: !40, templateParams: !109, identifier: "e96a0ef018b8eb9b786d2c75ce08c655")
!249 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !245, file: !5, baseType: !250, size: 128, align: 64, extraData: i64 1)
!250 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !242, file: !5, size: 128, align: 64, elements: !251, templateParams: !109, identifier: "8ec0b6b38b2d055975f3b11ec30635a1")
!251 = !{!252}
!252 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !250, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!253 = !DIDerivedType(tag: DW_TAG_member, scope: !242, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!254 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::ops::range::Range<usize>", baseType: !255, size: 64, align: 64, dwarfAddressSpace: 0)
!255 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !256, file: !5, size: 128, align: 64, elements: !258, templateParams: !261, identifier: "ad0c56ffc38c2b62b0dfdca105e02354")
!256 = !DINamespace(name: "range", scope: !257)
!257 = !DINamespace(name: "ops", scope: !60)
!258 = !{!259, !260}
!259 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !255, file: !5, baseType: !48, size: 64, align: 64)
!260 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !255, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!261 = !{!262}
!262 = !DITemplateTypeParameter(name: "Idx", type: !48)
!263 = !{!264}
!264 = !DILocalVariable(name: "self", arg: 1, scope: !238, file: !56, line: 710, type: !254)
!265 = !{!266}
!266 = !DITemplateTypeParameter(name: "A", type: !48)
!267 = !DILocation(line: 710, column: 13, scope: !238)
!268 = !DILocation(line: 711, column: 9, scope: !238)
!269 = !DILocation(line: 712, column: 6, scope: !238)
!270 = distinct !DISubprogram(name: "clone", linkageName: "_ZN4core5clone5impls54_$LT$impl$u20$core..clone..Clone$u20$for$u20$usize$GT$5clone17h45e1f58c04c2fea4E", scope: !272, file: !271, line: 190, type: !275, scopeLine: 190, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !277)
!271 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/clone.rs", directory: "", checksumkind: CSK_MD5, checksum: "664dec12ff03979beaa677d6b8b7efec")
!272 = !DINamespace(name: "{impl#5}", scope: !273)
!273 = !DINamespace(name: "impls", scope: !274)
!274 = !DINamespace(name: "clone", scope: !60)
!275 = !DISubroutineType(types: !276)
!276 = !{!48, !89}
!277 = !{!278}
!278 = !DILocalVariable(name: "self", arg: 1, scope: !270, file: !271, line: 190, type: !89)
!279 = !DILocation(line: 190, column: 30, scope: !270)
!280 = !DILocation(line: 191, column: 25, scope: !270)
!281 = !DILocation(line: 192, column: 22, scope: !270)
!282 = distinct !DISubprogram(name: "as_mut_ptr<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hae6e0d91297b86afE", scope: !284, file: !283, line: 506, type: !286, scopeLine: 506, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !292)
!283 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/slice/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e57288edb8f562006886dad4b6fc1f0e")
!284 = !DINamespace(name: "{impl#0}", scope: !285)
!285 = !DINamespace(name: "slice", scope: !60)
!286 = !DISubroutineType(types: !287)
!287 = !{!148, !288}
!288 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u8]", file: !5, size: 128, align: 64, elements: !289, templateParams: !40, identifier: "188333407bebfa65121ceca786627665")
!289 = !{!290, !291}
!290 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !288, file: !5, baseType: !45, size: 64, align: 64)
!291 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !288, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!292 = !{!293}
!293 = !DILocalVariable(name: "self", arg: 1, scope: !282, file: !283, line: 506, type: !288)
!294 = !DILocation(line: 506, column: 29, scope: !282)
!295 = !DILocation(line: 507, column: 9, scope: !282)
!296 = !DILocation(line: 508, column: 6, scope: !282)
!297 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h236d5e663288182fE", scope: !299, file: !298, line: 271, type: !302, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !306, retainedNodes: !304)
!298 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/iter/traits/collect.rs", directory: "", checksumkind: CSK_MD5, checksum: "73b4070628f6fcec74cccccb11afa9ef")
!299 = !DINamespace(name: "{impl#0}", scope: !300)
!300 = !DINamespace(name: "collect", scope: !301)
!301 = !DINamespace(name: "traits", scope: !59)
!302 = !DISubroutineType(types: !303)
!303 = !{!255, !255}
!304 = !{!305}
!305 = !DILocalVariable(name: "self", arg: 1, scope: !297, file: !298, line: 271, type: !255)
!306 = !{!307}
!307 = !DITemplateTypeParameter(name: "I", type: !255)
!308 = !DILocation(line: 271, column: 18, scope: !297)
!309 = !DILocation(line: 273, column: 6, scope: !297)
!310 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hc4e195d29c47d700E", scope: !311, file: !56, line: 620, type: !240, scopeLine: 620, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !312)
!311 = !DINamespace(name: "{impl#2}", scope: !58)
!312 = !{!313, !314}
!313 = !DILocalVariable(name: "self", arg: 1, scope: !310, file: !56, line: 620, type: !254)
!314 = !DILocalVariable(name: "n", scope: !315, file: !56, line: 623, type: !48, align: 8)
!315 = distinct !DILexicalBlock(scope: !310, file: !56, line: 623, column: 13)
!316 = !DILocation(line: 620, column: 18, scope: !310)
!317 = !DILocation(line: 621, column: 12, scope: !310)
!318 = !DILocation(line: 621, column: 25, scope: !310)
!319 = !DILocation(line: 626, column: 13, scope: !310)
!320 = !DILocation(line: 621, column: 9, scope: !310)
!321 = !DILocation(line: 623, column: 54, scope: !310)
!322 = !DILocation(line: 623, column: 30, scope: !310)
!323 = !DILocation(line: 623, column: 17, scope: !315)
!324 = !DILocation(line: 624, column: 31, scope: !315)
!325 = !DILocation(line: 624, column: 18, scope: !315)
!326 = !DILocation(line: 624, column: 13, scope: !315)
!327 = !DILocation(line: 628, column: 6, scope: !310)
!328 = !{i64 0, i64 2}
!329 = distinct !DISubprogram(name: "iu_big_frame_fn", linkageName: "_ZN11large_array15iu_big_frame_fn17hbc719a67503ac545E", scope: !2, file: !3, line: 13, type: !12, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !330)
!330 = !{!331, !332, !333, !338, !340, !342, !344, !346}
!331 = !DILocalVariable(name: "_obj", arg: 1, scope: !329, file: !3, line: 13, type: !15)
!332 = !DILocalVariable(name: "regs", arg: 2, scope: !329, file: !3, line: 13, type: !16)
!333 = !DILocalVariable(name: "buf", scope: !334, file: !3, line: 14, type: !335, align: 1)
!334 = distinct !DILexicalBlock(scope: !329, file: !3, line: 14, column: 5)
!335 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 40000, align: 8, elements: !336)
!336 = !{!337}
!337 = !DISubrange(count: 5000, lowerBound: 0)
!338 = !DILocalVariable(name: "iter", scope: !339, file: !3, line: 15, type: !255, align: 8)
!339 = distinct !DILexicalBlock(scope: !334, file: !3, line: 15, column: 5)
!340 = !DILocalVariable(name: "i", scope: !341, file: !3, line: 15, type: !48, align: 8)
!341 = distinct !DILexicalBlock(scope: !339, file: !3, line: 15, column: 21)
!342 = !DILocalVariable(name: "sum", scope: !343, file: !3, line: 18, type: !14, align: 4)
!343 = distinct !DILexicalBlock(scope: !334, file: !3, line: 18, column: 5)
!344 = !DILocalVariable(name: "iter", scope: !345, file: !3, line: 19, type: !255, align: 8)
!345 = distinct !DILexicalBlock(scope: !343, file: !3, line: 19, column: 5)
!346 = !DILocalVariable(name: "i", scope: !347, file: !3, line: 19, type: !48, align: 8)
!347 = distinct !DILexicalBlock(scope: !345, file: !3, line: 19, column: 21)
!348 = !DILocation(line: 18, column: 9, scope: !343)
!349 = !DILocation(line: 13, column: 20, scope: !329)
!350 = !DILocation(line: 13, column: 35, scope: !329)
!351 = !DILocation(line: 14, column: 9, scope: !334)
!352 = !DILocation(line: 15, column: 14, scope: !339)
!353 = !DILocation(line: 19, column: 14, scope: !345)
!354 = !DILocation(line: 14, column: 19, scope: !329)
!355 = !DILocation(line: 15, column: 14, scope: !334)
!356 = !DILocation(line: 15, column: 5, scope: !339)
!357 = !DILocation(line: 18, column: 19, scope: !334)
!358 = !DILocation(line: 19, column: 14, scope: !343)
!359 = !DILocation(line: 15, column: 9, scope: !339)
!360 = !DILocation(line: 15, column: 9, scope: !341)
!361 = !DILocation(line: 16, column: 33, scope: !341)
!362 = !DILocalVariable(name: "self", arg: 1, scope: !363, file: !364, line: 977, type: !148)
!363 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h4cded9cd875a5edeE", scope: !365, file: !364, line: 977, type: !367, scopeLine: 977, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !369)
!364 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mut_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "58042decf85f1a548d50de0519db87d2")
!365 = !DINamespace(name: "{impl#0}", scope: !366)
!366 = !DINamespace(name: "mut_ptr", scope: !125)
!367 = !DISubroutineType(types: !368)
!368 = !{!148, !148, !48}
!369 = !{!362, !370}
!370 = !DILocalVariable(name: "count", arg: 2, scope: !363, file: !364, line: 977, type: !48)
!371 = !DILocation(line: 977, column: 29, scope: !363, inlinedAt: !372)
!372 = distinct !DILocation(line: 16, column: 33, scope: !341)
!373 = !DILocation(line: 977, column: 35, scope: !363, inlinedAt: !372)
!374 = !DILocalVariable(name: "self", arg: 1, scope: !375, file: !364, line: 462, type: !148)
!375 = distinct !DISubprogram(name: "offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$6offset17hfe7bac9cc03c7256E", scope: !365, file: !364, line: 462, type: !376, scopeLine: 462, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !379)
!376 = !DISubroutineType(types: !377)
!377 = !{!148, !148, !378}
!378 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!379 = !{!374, !380}
!380 = !DILocalVariable(name: "count", arg: 2, scope: !375, file: !364, line: 462, type: !378)
!381 = !DILocation(line: 462, column: 32, scope: !375, inlinedAt: !382)
!382 = distinct !DILocation(line: 982, column: 18, scope: !363, inlinedAt: !372)
!383 = !DILocation(line: 462, column: 38, scope: !375, inlinedAt: !382)
!384 = !DILocation(line: 469, column: 18, scope: !375, inlinedAt: !382)
!385 = !DILocation(line: 16, column: 58, scope: !341)
!386 = !DILocalVariable(name: "self", arg: 1, scope: !387, file: !70, line: 1183, type: !9)
!387 = distinct !DISubprogram(name: "wrapping_add", linkageName: "_ZN4core3num21_$LT$impl$u20$u64$GT$12wrapping_add17hdd74766bcaab1cb4E", scope: !388, file: !70, line: 1183, type: !389, scopeLine: 1183, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !391)
!388 = !DINamespace(name: "{impl#9}", scope: !72)
!389 = !DISubroutineType(types: !390)
!390 = !{!9, !9, !9}
!391 = !{!386, !392}
!392 = !DILocalVariable(name: "rhs", arg: 2, scope: !387, file: !70, line: 1183, type: !9)
!393 = !DILocation(line: 1183, column: 35, scope: !387, inlinedAt: !394)
!394 = distinct !DILocation(line: 16, column: 58, scope: !341)
!395 = !DILocation(line: 1183, column: 41, scope: !387, inlinedAt: !394)
!396 = !DILocation(line: 1184, column: 13, scope: !387, inlinedAt: !394)
!397 = !DILocation(line: 16, column: 18, scope: !341)
!398 = !DILocation(line: 19, column: 5, scope: !345)
!399 = !DILocation(line: 23, column: 2, scope: !329)
!400 = !DILocation(line: 19, column: 9, scope: !345)
!401 = !DILocation(line: 19, column: 9, scope: !347)
!402 = !DILocation(line: 20, column: 39, scope: !347)
!403 = !DILocalVariable(name: "self", arg: 1, scope: !404, file: !405, line: 865, type: !128)
!404 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17h5d9a449ff53f8c04E", scope: !406, file: !405, line: 865, type: !408, scopeLine: 865, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !410)
!405 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/const_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "472568b60919158596db0f55d2635676")
!406 = !DINamespace(name: "{impl#0}", scope: !407)
!407 = !DINamespace(name: "const_ptr", scope: !125)
!408 = !DISubroutineType(types: !409)
!409 = !{!128, !128, !48}
!410 = !{!403, !411}
!411 = !DILocalVariable(name: "count", arg: 2, scope: !404, file: !405, line: 865, type: !48)
!412 = !DILocation(line: 865, column: 29, scope: !404, inlinedAt: !413)
!413 = distinct !DILocation(line: 20, column: 39, scope: !347)
!414 = !DILocation(line: 865, column: 35, scope: !404, inlinedAt: !413)
!415 = !DILocalVariable(name: "self", arg: 1, scope: !416, file: !405, line: 452, type: !128)
!416 = distinct !DISubprogram(name: "offset<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$6offset17hb4108e8b5a436d97E", scope: !406, file: !405, line: 452, type: !417, scopeLine: 452, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !419)
!417 = !DISubroutineType(types: !418)
!418 = !{!128, !128, !378}
!419 = !{!415, !420}
!420 = !DILocalVariable(name: "count", arg: 2, scope: !416, file: !405, line: 452, type: !378)
!421 = !DILocation(line: 452, column: 32, scope: !416, inlinedAt: !422)
!422 = distinct !DILocation(line: 870, column: 18, scope: !404, inlinedAt: !413)
!423 = !DILocation(line: 452, column: 38, scope: !416, inlinedAt: !422)
!424 = !DILocation(line: 457, column: 18, scope: !416, inlinedAt: !422)
!425 = !DILocation(line: 20, column: 25, scope: !347)
!426 = !DILocation(line: 20, column: 16, scope: !347)
!427 = !DILocation(line: 20, column: 9, scope: !347)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_big_frame(i8* %ctx) #10 section "kprobe/__x64_sys_gettid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11large_array4PROG17hd43cb19118c9c4eaE to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_big_frame to i8*)], section "llvm.metadata"

attributes #10 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!428}
!428 = !{!"_ZN11large_array15iu_big_frame_fn17hbc719a67503ac545E"}
