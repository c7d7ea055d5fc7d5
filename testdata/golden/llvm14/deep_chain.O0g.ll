; ModuleID = 'deep_chain.9da54b15-cgu.0'
source_filename = "deep_chain.9da54b15-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }

@alloc107 = private unnamed_addr constant <{ [49 x i8] }> <{ [49 x i8] c"/usr/src/rustc-1.63.0/library/core/src/ptr/mod.rs" }>, align 1
@alloc108 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [49 x i8] }>, <{ [49 x i8] }>* @alloc107, i32 0, i32 0, i32 0), [16 x i8] c"1\00\00\00\00\00\00\00\80\04\00\00\0D\00\00\00" }>, align 8
@alloc27 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_deep_chain" }>, align 1
@_ZN10deep_chain4PROG17ha4fed6aaf5b7fde7E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN10deep_chain16iu_deep_chain_fn17hc45e100ce3be51c7E to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc27, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@alloc131 = private unnamed_addr constant <{ [33 x i8] }> <{ [33 x i8] c"testdata/rust/progs/deep_chain.rs" }>, align 1
@alloc110 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00&\00\00\00\01\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc112 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00'\00\00\00\01\00\00\00" }>, align 8
@alloc114 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00(\00\00\00\01\00\00\00" }>, align 8
@alloc116 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00)\00\00\00\01\00\00\00" }>, align 8
@alloc118 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00*\00\00\00\01\00\00\00" }>, align 8
@alloc120 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00+\00\00\00\01\00\00\00" }>, align 8
@alloc122 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00,\00\00\00\01\00\00\00" }>, align 8
@alloc124 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00-\00\00\00\01\00\00\00" }>, align 8
@alloc126 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00.\00\00\00\01\00\00\00" }>, align 8
@alloc128 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\00/\00\00\00\01\00\00\00" }>, align 8
@alloc130 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\000\00\00\00\01\00\00\00" }>, align 8
@alloc132 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [33 x i8] }>, <{ [33 x i8] }>* @alloc131, i32 0, i32 0, i32 0), [16 x i8] c"!\00\00\00\00\00\00\001\00\00\00\01\00\00\00" }>, align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN10deep_chain4PROG17ha4fed6aaf5b7fde7E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; <usize as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h705aa67397f186e9E"(i64 %start1, i64 %n) unnamed_addr #0 !dbg !55 {
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
define internal zeroext i1 @"_ZN4core3cmp5impls57_$LT$impl$u20$core..cmp..PartialOrd$u20$for$u20$usize$GT$2lt17ha307aba21f6d9a47E"(i64* align 8 %self, i64* align 8 %other) unnamed_addr #0 !dbg !81 {
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
define internal i64 @_ZN4core3mem7replace17h932b945b41cb657dE(i64* align 8 %dest, i64 %src) unnamed_addr #0 personality i32 (...)* @rust_eh_personality !dbg !98 {
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
  %result = call i64 @_ZN4core3ptr4read17hbf2d5a241b263e4fE(i64* %dest) #9, !dbg !114
  store i64 %result, i64* %result.dbg.spill, align 8, !dbg !114
  call void @llvm.dbg.declare(metadata i64* %result.dbg.spill, metadata !107, metadata !DIExpression()), !dbg !115
  br label %bb1, !dbg !114

bb1:                                              ; preds = %start
  store i8 0, i8* %_7, align 1, !dbg !116
; call core::ptr::write
  call void @_ZN4core3ptr5write17he065becc58dad747E(i64* %dest, i64 %src) #9, !dbg !117
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
define internal i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %src) unnamed_addr #0 !dbg !123 {
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
define internal void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %dst, i8 %src) unnamed_addr #0 !dbg !145 {
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
define internal i64 @_ZN4core3ptr4read17hbf2d5a241b263e4fE(i64* %src) unnamed_addr #0 !dbg !164 {
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
  call void @llvm.dbg.declare(metadata i64* %self.dbg.spill.i1, metadata !204, metadata !DIExpression()) #9, !dbg !217
  store i64 %_6, i64* %slot.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %slot.dbg.spill.i, metadata !219, metadata !DIExpression()), !dbg !225
  br label %bb3, !dbg !203

bb3:                                              ; preds = %bb2
  ret i64 %_6, !dbg !227
}

; core::ptr::write
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @_ZN4core3ptr5write17he065becc58dad747E(i64* %dst, i64 %0) unnamed_addr #0 !dbg !228 {
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
define internal { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %self) unnamed_addr #0 !dbg !238 {
start:
  %self.dbg.spill = alloca { i64, i64 }*, align 8
  store { i64, i64 }* %self, { i64, i64 }** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %self.dbg.spill, metadata !264, metadata !DIExpression()), !dbg !267
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h02d45c8203752dc5E"({ i64, i64 }* align 8 %self) #9, !dbg !268
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
define internal i64 @"_ZN4core5clone5impls54_$LT$impl$u20$core..clone..Clone$u20$for$u20$usize$GT$5clone17h890a70f84bfd648fE"(i64* align 8 %self) unnamed_addr #0 !dbg !270 {
start:
  %self.dbg.spill = alloca i64*, align 8
  store i64* %self, i64** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill, metadata !278, metadata !DIExpression()), !dbg !279
  %0 = load i64, i64* %self, align 8, !dbg !280
  ret i64 %0, !dbg !281
}

; core::slice::<impl [T]>::as_mut_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %self.0, i64 %self.1) unnamed_addr #0 !dbg !282 {
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
define internal { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %self.0, i64 %self.1) unnamed_addr #0 !dbg !297 {
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
define internal { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h02d45c8203752dc5E"({ i64, i64 }* align 8 %self) unnamed_addr #0 !dbg !310 {
start:
  %n.dbg.spill = alloca i64, align 8
  %self.dbg.spill = alloca { i64, i64 }*, align 8
  %0 = alloca { i64, i64 }, align 8
  store { i64, i64 }* %self, { i64, i64 }** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %self.dbg.spill, metadata !313, metadata !DIExpression()), !dbg !316
  %_3 = bitcast { i64, i64 }* %self to i64*, !dbg !317
  %_4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %self, i32 0, i32 1, !dbg !318
; call core::cmp::impls::<impl core::cmp::PartialOrd for usize>::lt
  %_2 = call zeroext i1 @"_ZN4core3cmp5impls57_$LT$impl$u20$core..cmp..PartialOrd$u20$for$u20$usize$GT$2lt17ha307aba21f6d9a47E"(i64* align 8 %_3, i64* align 8 %_4) #9, !dbg !317
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
  %_6 = call i64 @"_ZN4core5clone5impls54_$LT$impl$u20$core..clone..Clone$u20$for$u20$usize$GT$5clone17h890a70f84bfd648fE"(i64* align 8 %_7) #9, !dbg !321
  br label %bb3, !dbg !321

bb3:                                              ; preds = %bb2
; call <usize as core::iter::range::Step>::forward_unchecked
  %n = call i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h705aa67397f186e9E"(i64 %_6, i64 1) #9, !dbg !322
  store i64 %n, i64* %n.dbg.spill, align 8, !dbg !322
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !314, metadata !DIExpression()), !dbg !323
  br label %bb4, !dbg !322

bb4:                                              ; preds = %bb3
  %_10 = bitcast { i64, i64 }* %self to i64*, !dbg !324
; call core::mem::replace
  %_8 = call i64 @_ZN4core3mem7replace17h932b945b41cb657dE(i64* align 8 %_10, i64 %n) #9, !dbg !325
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

; deep_chain::end
; Function Attrs: nounwind nonlazybind
define internal i64 @_ZN10deep_chain3end17h05d483c677ed2c1cE(i64 %_seed) unnamed_addr #1 !dbg !329 {
start:
  %_seed.dbg.spill = alloca i64, align 8
  store i64 %_seed, i64* %_seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %_seed.dbg.spill, metadata !333, metadata !DIExpression()), !dbg !334
  ret i64 0, !dbg !335
}

; deep_chain::iu_deep_chain_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN10deep_chain16iu_deep_chain_fn17hc45e100ce3be51c7E(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !336 {
start:
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !338, metadata !DIExpression()), !dbg !340
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !339, metadata !DIExpression()), !dbg !341
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !342
  %_4 = load i64, i64* %0, align 8, !dbg !342
; call deep_chain::level1
  %_3 = call i64 @_ZN10deep_chain6level117h480df435764077ffE(i64 %_4) #9, !dbg !343
  br label %bb1, !dbg !343

bb1:                                              ; preds = %start
  %1 = trunc i64 %_3 to i32, !dbg !343
  ret i32 %1, !dbg !344
}

; deep_chain::level12
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain7level1217h4306f8a158abefbdE(i64 %seed) unnamed_addr #2 !dbg !345 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [192 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !359, metadata !DIExpression()), !dbg !365
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !347, metadata !DIExpression()), !dbg !366
  call void @llvm.dbg.declare(metadata [192 x i8]* %buf, metadata !348, metadata !DIExpression()), !dbg !367
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !355, metadata !DIExpression()), !dbg !368
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !361, metadata !DIExpression()), !dbg !369
  %2 = getelementptr inbounds [192 x i8], [192 x i8]* %buf, i64 0, i64 0, !dbg !370
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 192, i1 false), !dbg !370
  %_4 = xor i64 %seed, 12, !dbg !371
  %v = trunc i64 %_4 to i8, !dbg !371
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !371
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !353, metadata !DIExpression()), !dbg !372
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !373
  store i64 0, i64* %3, align 8, !dbg !373
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !373
  store i64 192, i64* %4, align 8, !dbg !373
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !373
  %6 = load i64, i64* %5, align 8, !dbg !373
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !373
  %8 = load i64, i64* %7, align 8, !dbg !373
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !373
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !373
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !373
  br label %bb1, !dbg !373

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !373
  store i64 %_6.0, i64* %10, align 8, !dbg !373
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !373
  store i64 %_6.1, i64* %11, align 8, !dbg !373
  br label %bb2, !dbg !374

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !368
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !368
  br label %bb3, !dbg !368

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !368
  %_12 = load i64, i64* %13, align 8, !dbg !368, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !368

bb5:                                              ; preds = %bb3
  unreachable, !dbg !368

bb6:                                              ; preds = %bb3
; call deep_chain::end
  %14 = call i64 @_ZN10deep_chain3end17h05d483c677ed2c1cE(i64 %seed) #9, !dbg !375
  store i64 %14, i64* %sum, align 8, !dbg !375
  br label %bb9, !dbg !375

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !376
  %i = load i64, i64* %15, align 8, !dbg !376
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !376
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !357, metadata !DIExpression()), !dbg !377
  %_17.0 = bitcast [192 x i8]* %buf to [0 x i8]*, !dbg !378
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 192) #9, !dbg !378
  br label %bb7, !dbg !378

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !388
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !390
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !398
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !400
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !401
  store i8* %16, i8** %1, align 8, !dbg !401
  %_3.i = load i8*, i8** %1, align 8, !dbg !401
  br label %bb8, !dbg !378

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !402
  br label %bb2, !dbg !402

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !403
  store i64 0, i64* %17, align 8, !dbg !403
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !403
  store i64 192, i64* %18, align 8, !dbg !403
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !403
  %20 = load i64, i64* %19, align 8, !dbg !403
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !403
  %22 = load i64, i64* %21, align 8, !dbg !403
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !403
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !403
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !403
  br label %bb10, !dbg !403

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !403
  store i64 %_22.0, i64* %24, align 8, !dbg !403
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !403
  store i64 %_22.1, i64* %25, align 8, !dbg !403
  br label %bb11, !dbg !404

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !369
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !369
  br label %bb12, !dbg !369

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !369
  %_28 = load i64, i64* %27, align 8, !dbg !369, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !369

bb14:                                             ; preds = %bb12
  unreachable, !dbg !369

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !405
  ret i64 %28, !dbg !405

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !406
  %i2 = load i64, i64* %29, align 8, !dbg !406
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !406
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !363, metadata !DIExpression()), !dbg !407
  %_34.0 = bitcast [192 x i8]* %buf to [0 x i8]*, !dbg !408
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 192) #9, !dbg !408
  br label %bb16, !dbg !408

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !418
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !420
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !427
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !429
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !430
  store i8* %30, i8** %0, align 8, !dbg !430
  %31 = load i8*, i8** %0, align 8, !dbg !430
  br label %bb17, !dbg !408

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !431
  br label %bb18, !dbg !431

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !432
  %32 = load i64, i64* %sum, align 8, !dbg !433
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !433
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !433
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !433
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !433
  br i1 %34, label %panic, label %bb19, !dbg !433

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !433
  br label %bb11, !dbg !404

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc110 to %"core::panic::location::Location"*)) #10, !dbg !433
  unreachable, !dbg !433
}

; deep_chain::level11
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain7level1117heff3ee3873fba329E(i64 %seed) unnamed_addr #2 !dbg !434 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [176 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !448, metadata !DIExpression()), !dbg !454
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !436, metadata !DIExpression()), !dbg !455
  call void @llvm.dbg.declare(metadata [176 x i8]* %buf, metadata !437, metadata !DIExpression()), !dbg !456
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !444, metadata !DIExpression()), !dbg !457
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !450, metadata !DIExpression()), !dbg !458
  %2 = getelementptr inbounds [176 x i8], [176 x i8]* %buf, i64 0, i64 0, !dbg !459
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 176, i1 false), !dbg !459
  %_4 = xor i64 %seed, 11, !dbg !460
  %v = trunc i64 %_4 to i8, !dbg !460
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !460
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !442, metadata !DIExpression()), !dbg !461
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !462
  store i64 0, i64* %3, align 8, !dbg !462
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !462
  store i64 176, i64* %4, align 8, !dbg !462
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !462
  %6 = load i64, i64* %5, align 8, !dbg !462
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !462
  %8 = load i64, i64* %7, align 8, !dbg !462
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !462
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !462
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !462
  br label %bb1, !dbg !462

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !462
  store i64 %_6.0, i64* %10, align 8, !dbg !462
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !462
  store i64 %_6.1, i64* %11, align 8, !dbg !462
  br label %bb2, !dbg !463

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !457
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !457
  br label %bb3, !dbg !457

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !457
  %_12 = load i64, i64* %13, align 8, !dbg !457, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !457

bb5:                                              ; preds = %bb3
  unreachable, !dbg !457

bb6:                                              ; preds = %bb3
; call deep_chain::level12
  %14 = call i64 @_ZN10deep_chain7level1217h4306f8a158abefbdE(i64 %seed) #9, !dbg !464
  store i64 %14, i64* %sum, align 8, !dbg !464
  br label %bb9, !dbg !464

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !465
  %i = load i64, i64* %15, align 8, !dbg !465
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !465
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !446, metadata !DIExpression()), !dbg !466
  %_17.0 = bitcast [176 x i8]* %buf to [0 x i8]*, !dbg !467
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 176) #9, !dbg !467
  br label %bb7, !dbg !467

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !468
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !470
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !471
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !473
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !474
  store i8* %16, i8** %1, align 8, !dbg !474
  %_3.i = load i8*, i8** %1, align 8, !dbg !474
  br label %bb8, !dbg !467

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !475
  br label %bb2, !dbg !475

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !476
  store i64 0, i64* %17, align 8, !dbg !476
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !476
  store i64 176, i64* %18, align 8, !dbg !476
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !476
  %20 = load i64, i64* %19, align 8, !dbg !476
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !476
  %22 = load i64, i64* %21, align 8, !dbg !476
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !476
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !476
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !476
  br label %bb10, !dbg !476

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !476
  store i64 %_22.0, i64* %24, align 8, !dbg !476
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !476
  store i64 %_22.1, i64* %25, align 8, !dbg !476
  br label %bb11, !dbg !477

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !458
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !458
  br label %bb12, !dbg !458

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !458
  %_28 = load i64, i64* %27, align 8, !dbg !458, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !458

bb14:                                             ; preds = %bb12
  unreachable, !dbg !458

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !478
  ret i64 %28, !dbg !478

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !479
  %i2 = load i64, i64* %29, align 8, !dbg !479
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !479
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !452, metadata !DIExpression()), !dbg !480
  %_34.0 = bitcast [176 x i8]* %buf to [0 x i8]*, !dbg !481
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 176) #9, !dbg !481
  br label %bb16, !dbg !481

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !482
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !484
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !485
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !487
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !488
  store i8* %30, i8** %0, align 8, !dbg !488
  %31 = load i8*, i8** %0, align 8, !dbg !488
  br label %bb17, !dbg !481

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !489
  br label %bb18, !dbg !489

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !490
  %32 = load i64, i64* %sum, align 8, !dbg !491
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !491
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !491
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !491
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !491
  br i1 %34, label %panic, label %bb19, !dbg !491

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !491
  br label %bb11, !dbg !477

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc112 to %"core::panic::location::Location"*)) #10, !dbg !491
  unreachable, !dbg !491
}

; deep_chain::level10
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain7level1017h8bd05c4c6677517aE(i64 %seed) unnamed_addr #2 !dbg !492 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [160 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !506, metadata !DIExpression()), !dbg !512
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !494, metadata !DIExpression()), !dbg !513
  call void @llvm.dbg.declare(metadata [160 x i8]* %buf, metadata !495, metadata !DIExpression()), !dbg !514
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !502, metadata !DIExpression()), !dbg !515
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !508, metadata !DIExpression()), !dbg !516
  %2 = getelementptr inbounds [160 x i8], [160 x i8]* %buf, i64 0, i64 0, !dbg !517
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 160, i1 false), !dbg !517
  %_4 = xor i64 %seed, 10, !dbg !518
  %v = trunc i64 %_4 to i8, !dbg !518
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !518
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !500, metadata !DIExpression()), !dbg !519
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !520
  store i64 0, i64* %3, align 8, !dbg !520
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !520
  store i64 160, i64* %4, align 8, !dbg !520
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !520
  %6 = load i64, i64* %5, align 8, !dbg !520
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !520
  %8 = load i64, i64* %7, align 8, !dbg !520
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !520
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !520
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !520
  br label %bb1, !dbg !520

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !520
  store i64 %_6.0, i64* %10, align 8, !dbg !520
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !520
  store i64 %_6.1, i64* %11, align 8, !dbg !520
  br label %bb2, !dbg !521

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !515
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !515
  br label %bb3, !dbg !515

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !515
  %_12 = load i64, i64* %13, align 8, !dbg !515, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !515

bb5:                                              ; preds = %bb3
  unreachable, !dbg !515

bb6:                                              ; preds = %bb3
; call deep_chain::level11
  %14 = call i64 @_ZN10deep_chain7level1117heff3ee3873fba329E(i64 %seed) #9, !dbg !522
  store i64 %14, i64* %sum, align 8, !dbg !522
  br label %bb9, !dbg !522

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !523
  %i = load i64, i64* %15, align 8, !dbg !523
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !523
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !504, metadata !DIExpression()), !dbg !524
  %_17.0 = bitcast [160 x i8]* %buf to [0 x i8]*, !dbg !525
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 160) #9, !dbg !525
  br label %bb7, !dbg !525

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !526
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !528
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !529
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !531
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !532
  store i8* %16, i8** %1, align 8, !dbg !532
  %_3.i = load i8*, i8** %1, align 8, !dbg !532
  br label %bb8, !dbg !525

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !533
  br label %bb2, !dbg !533

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !534
  store i64 0, i64* %17, align 8, !dbg !534
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !534
  store i64 160, i64* %18, align 8, !dbg !534
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !534
  %20 = load i64, i64* %19, align 8, !dbg !534
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !534
  %22 = load i64, i64* %21, align 8, !dbg !534
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !534
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !534
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !534
  br label %bb10, !dbg !534

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !534
  store i64 %_22.0, i64* %24, align 8, !dbg !534
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !534
  store i64 %_22.1, i64* %25, align 8, !dbg !534
  br label %bb11, !dbg !535

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !516
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !516
  br label %bb12, !dbg !516

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !516
  %_28 = load i64, i64* %27, align 8, !dbg !516, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !516

bb14:                                             ; preds = %bb12
  unreachable, !dbg !516

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !536
  ret i64 %28, !dbg !536

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !537
  %i2 = load i64, i64* %29, align 8, !dbg !537
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !537
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !510, metadata !DIExpression()), !dbg !538
  %_34.0 = bitcast [160 x i8]* %buf to [0 x i8]*, !dbg !539
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 160) #9, !dbg !539
  br label %bb16, !dbg !539

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !540
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !542
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !543
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !545
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !546
  store i8* %30, i8** %0, align 8, !dbg !546
  %31 = load i8*, i8** %0, align 8, !dbg !546
  br label %bb17, !dbg !539

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !547
  br label %bb18, !dbg !547

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !548
  %32 = load i64, i64* %sum, align 8, !dbg !549
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !549
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !549
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !549
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !549
  br i1 %34, label %panic, label %bb19, !dbg !549

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !549
  br label %bb11, !dbg !535

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc114 to %"core::panic::location::Location"*)) #10, !dbg !549
  unreachable, !dbg !549
}

; deep_chain::level9
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level917hd1bcf07ccaa8892dE(i64 %seed) unnamed_addr #2 !dbg !550 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [144 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !564, metadata !DIExpression()), !dbg !570
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !552, metadata !DIExpression()), !dbg !571
  call void @llvm.dbg.declare(metadata [144 x i8]* %buf, metadata !553, metadata !DIExpression()), !dbg !572
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !560, metadata !DIExpression()), !dbg !573
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !566, metadata !DIExpression()), !dbg !574
  %2 = getelementptr inbounds [144 x i8], [144 x i8]* %buf, i64 0, i64 0, !dbg !575
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 144, i1 false), !dbg !575
  %_4 = xor i64 %seed, 9, !dbg !576
  %v = trunc i64 %_4 to i8, !dbg !576
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !576
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !558, metadata !DIExpression()), !dbg !577
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !578
  store i64 0, i64* %3, align 8, !dbg !578
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !578
  store i64 144, i64* %4, align 8, !dbg !578
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !578
  %6 = load i64, i64* %5, align 8, !dbg !578
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !578
  %8 = load i64, i64* %7, align 8, !dbg !578
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !578
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !578
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !578
  br label %bb1, !dbg !578

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !578
  store i64 %_6.0, i64* %10, align 8, !dbg !578
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !578
  store i64 %_6.1, i64* %11, align 8, !dbg !578
  br label %bb2, !dbg !579

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !573
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !573
  br label %bb3, !dbg !573

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !573
  %_12 = load i64, i64* %13, align 8, !dbg !573, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !573

bb5:                                              ; preds = %bb3
  unreachable, !dbg !573

bb6:                                              ; preds = %bb3
; call deep_chain::level10
  %14 = call i64 @_ZN10deep_chain7level1017h8bd05c4c6677517aE(i64 %seed) #9, !dbg !580
  store i64 %14, i64* %sum, align 8, !dbg !580
  br label %bb9, !dbg !580

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !581
  %i = load i64, i64* %15, align 8, !dbg !581
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !581
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !562, metadata !DIExpression()), !dbg !582
  %_17.0 = bitcast [144 x i8]* %buf to [0 x i8]*, !dbg !583
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 144) #9, !dbg !583
  br label %bb7, !dbg !583

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !584
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !586
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !587
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !589
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !590
  store i8* %16, i8** %1, align 8, !dbg !590
  %_3.i = load i8*, i8** %1, align 8, !dbg !590
  br label %bb8, !dbg !583

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !591
  br label %bb2, !dbg !591

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !592
  store i64 0, i64* %17, align 8, !dbg !592
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !592
  store i64 144, i64* %18, align 8, !dbg !592
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !592
  %20 = load i64, i64* %19, align 8, !dbg !592
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !592
  %22 = load i64, i64* %21, align 8, !dbg !592
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !592
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !592
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !592
  br label %bb10, !dbg !592

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !592
  store i64 %_22.0, i64* %24, align 8, !dbg !592
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !592
  store i64 %_22.1, i64* %25, align 8, !dbg !592
  br label %bb11, !dbg !593

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !574
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !574
  br label %bb12, !dbg !574

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !574
  %_28 = load i64, i64* %27, align 8, !dbg !574, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !574

bb14:                                             ; preds = %bb12
  unreachable, !dbg !574

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !594
  ret i64 %28, !dbg !594

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !595
  %i2 = load i64, i64* %29, align 8, !dbg !595
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !595
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !568, metadata !DIExpression()), !dbg !596
  %_34.0 = bitcast [144 x i8]* %buf to [0 x i8]*, !dbg !597
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 144) #9, !dbg !597
  br label %bb16, !dbg !597

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !598
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !600
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !601
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !603
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !604
  store i8* %30, i8** %0, align 8, !dbg !604
  %31 = load i8*, i8** %0, align 8, !dbg !604
  br label %bb17, !dbg !597

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !605
  br label %bb18, !dbg !605

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !606
  %32 = load i64, i64* %sum, align 8, !dbg !607
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !607
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !607
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !607
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !607
  br i1 %34, label %panic, label %bb19, !dbg !607

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !607
  br label %bb11, !dbg !593

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc116 to %"core::panic::location::Location"*)) #10, !dbg !607
  unreachable, !dbg !607
}

; deep_chain::level8
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level817h139ac4bb75bcd412E(i64 %seed) unnamed_addr #2 !dbg !608 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [128 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !622, metadata !DIExpression()), !dbg !628
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !610, metadata !DIExpression()), !dbg !629
  call void @llvm.dbg.declare(metadata [128 x i8]* %buf, metadata !611, metadata !DIExpression()), !dbg !630
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !618, metadata !DIExpression()), !dbg !631
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !624, metadata !DIExpression()), !dbg !632
  %2 = getelementptr inbounds [128 x i8], [128 x i8]* %buf, i64 0, i64 0, !dbg !633
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 128, i1 false), !dbg !633
  %_4 = xor i64 %seed, 8, !dbg !634
  %v = trunc i64 %_4 to i8, !dbg !634
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !634
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !616, metadata !DIExpression()), !dbg !635
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !636
  store i64 0, i64* %3, align 8, !dbg !636
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !636
  store i64 128, i64* %4, align 8, !dbg !636
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !636
  %6 = load i64, i64* %5, align 8, !dbg !636
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !636
  %8 = load i64, i64* %7, align 8, !dbg !636
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !636
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !636
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !636
  br label %bb1, !dbg !636

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !636
  store i64 %_6.0, i64* %10, align 8, !dbg !636
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !636
  store i64 %_6.1, i64* %11, align 8, !dbg !636
  br label %bb2, !dbg !637

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !631
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !631
  br label %bb3, !dbg !631

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !631
  %_12 = load i64, i64* %13, align 8, !dbg !631, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !631

bb5:                                              ; preds = %bb3
  unreachable, !dbg !631

bb6:                                              ; preds = %bb3
; call deep_chain::level9
  %14 = call i64 @_ZN10deep_chain6level917hd1bcf07ccaa8892dE(i64 %seed) #9, !dbg !638
  store i64 %14, i64* %sum, align 8, !dbg !638
  br label %bb9, !dbg !638

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !639
  %i = load i64, i64* %15, align 8, !dbg !639
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !639
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !620, metadata !DIExpression()), !dbg !640
  %_17.0 = bitcast [128 x i8]* %buf to [0 x i8]*, !dbg !641
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 128) #9, !dbg !641
  br label %bb7, !dbg !641

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !642
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !644
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !645
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !647
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !648
  store i8* %16, i8** %1, align 8, !dbg !648
  %_3.i = load i8*, i8** %1, align 8, !dbg !648
  br label %bb8, !dbg !641

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !649
  br label %bb2, !dbg !649

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !650
  store i64 0, i64* %17, align 8, !dbg !650
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !650
  store i64 128, i64* %18, align 8, !dbg !650
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !650
  %20 = load i64, i64* %19, align 8, !dbg !650
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !650
  %22 = load i64, i64* %21, align 8, !dbg !650
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !650
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !650
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !650
  br label %bb10, !dbg !650

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !650
  store i64 %_22.0, i64* %24, align 8, !dbg !650
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !650
  store i64 %_22.1, i64* %25, align 8, !dbg !650
  br label %bb11, !dbg !651

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !632
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !632
  br label %bb12, !dbg !632

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !632
  %_28 = load i64, i64* %27, align 8, !dbg !632, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !632

bb14:                                             ; preds = %bb12
  unreachable, !dbg !632

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !652
  ret i64 %28, !dbg !652

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !653
  %i2 = load i64, i64* %29, align 8, !dbg !653
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !653
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !626, metadata !DIExpression()), !dbg !654
  %_34.0 = bitcast [128 x i8]* %buf to [0 x i8]*, !dbg !655
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 128) #9, !dbg !655
  br label %bb16, !dbg !655

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !656
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !658
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !659
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !661
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !662
  store i8* %30, i8** %0, align 8, !dbg !662
  %31 = load i8*, i8** %0, align 8, !dbg !662
  br label %bb17, !dbg !655

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !663
  br label %bb18, !dbg !663

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !664
  %32 = load i64, i64* %sum, align 8, !dbg !665
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !665
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !665
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !665
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !665
  br i1 %34, label %panic, label %bb19, !dbg !665

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !665
  br label %bb11, !dbg !651

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc118 to %"core::panic::location::Location"*)) #10, !dbg !665
  unreachable, !dbg !665
}

; deep_chain::level7
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level717h3d6e972b19438471E(i64 %seed) unnamed_addr #2 !dbg !666 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [112 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !680, metadata !DIExpression()), !dbg !686
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !668, metadata !DIExpression()), !dbg !687
  call void @llvm.dbg.declare(metadata [112 x i8]* %buf, metadata !669, metadata !DIExpression()), !dbg !688
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !676, metadata !DIExpression()), !dbg !689
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !682, metadata !DIExpression()), !dbg !690
  %2 = getelementptr inbounds [112 x i8], [112 x i8]* %buf, i64 0, i64 0, !dbg !691
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 112, i1 false), !dbg !691
  %_4 = xor i64 %seed, 7, !dbg !692
  %v = trunc i64 %_4 to i8, !dbg !692
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !692
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !674, metadata !DIExpression()), !dbg !693
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !694
  store i64 0, i64* %3, align 8, !dbg !694
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !694
  store i64 112, i64* %4, align 8, !dbg !694
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !694
  %6 = load i64, i64* %5, align 8, !dbg !694
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !694
  %8 = load i64, i64* %7, align 8, !dbg !694
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !694
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !694
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !694
  br label %bb1, !dbg !694

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !694
  store i64 %_6.0, i64* %10, align 8, !dbg !694
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !694
  store i64 %_6.1, i64* %11, align 8, !dbg !694
  br label %bb2, !dbg !695

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !689
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !689
  br label %bb3, !dbg !689

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !689
  %_12 = load i64, i64* %13, align 8, !dbg !689, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !689

bb5:                                              ; preds = %bb3
  unreachable, !dbg !689

bb6:                                              ; preds = %bb3
; call deep_chain::level8
  %14 = call i64 @_ZN10deep_chain6level817h139ac4bb75bcd412E(i64 %seed) #9, !dbg !696
  store i64 %14, i64* %sum, align 8, !dbg !696
  br label %bb9, !dbg !696

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !697
  %i = load i64, i64* %15, align 8, !dbg !697
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !697
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !678, metadata !DIExpression()), !dbg !698
  %_17.0 = bitcast [112 x i8]* %buf to [0 x i8]*, !dbg !699
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 112) #9, !dbg !699
  br label %bb7, !dbg !699

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !700
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !702
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !703
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !705
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !706
  store i8* %16, i8** %1, align 8, !dbg !706
  %_3.i = load i8*, i8** %1, align 8, !dbg !706
  br label %bb8, !dbg !699

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !707
  br label %bb2, !dbg !707

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !708
  store i64 0, i64* %17, align 8, !dbg !708
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !708
  store i64 112, i64* %18, align 8, !dbg !708
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !708
  %20 = load i64, i64* %19, align 8, !dbg !708
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !708
  %22 = load i64, i64* %21, align 8, !dbg !708
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !708
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !708
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !708
  br label %bb10, !dbg !708

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !708
  store i64 %_22.0, i64* %24, align 8, !dbg !708
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !708
  store i64 %_22.1, i64* %25, align 8, !dbg !708
  br label %bb11, !dbg !709

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !690
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !690
  br label %bb12, !dbg !690

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !690
  %_28 = load i64, i64* %27, align 8, !dbg !690, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !690

bb14:                                             ; preds = %bb12
  unreachable, !dbg !690

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !710
  ret i64 %28, !dbg !710

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !711
  %i2 = load i64, i64* %29, align 8, !dbg !711
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !711
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !684, metadata !DIExpression()), !dbg !712
  %_34.0 = bitcast [112 x i8]* %buf to [0 x i8]*, !dbg !713
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 112) #9, !dbg !713
  br label %bb16, !dbg !713

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !714
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !716
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !717
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !719
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !720
  store i8* %30, i8** %0, align 8, !dbg !720
  %31 = load i8*, i8** %0, align 8, !dbg !720
  br label %bb17, !dbg !713

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !721
  br label %bb18, !dbg !721

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !722
  %32 = load i64, i64* %sum, align 8, !dbg !723
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !723
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !723
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !723
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !723
  br i1 %34, label %panic, label %bb19, !dbg !723

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !723
  br label %bb11, !dbg !709

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc120 to %"core::panic::location::Location"*)) #10, !dbg !723
  unreachable, !dbg !723
}

; deep_chain::level6
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level617hc9ef0be717e9ef62E(i64 %seed) unnamed_addr #2 !dbg !724 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [96 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !738, metadata !DIExpression()), !dbg !744
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !726, metadata !DIExpression()), !dbg !745
  call void @llvm.dbg.declare(metadata [96 x i8]* %buf, metadata !727, metadata !DIExpression()), !dbg !746
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !734, metadata !DIExpression()), !dbg !747
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !740, metadata !DIExpression()), !dbg !748
  %2 = getelementptr inbounds [96 x i8], [96 x i8]* %buf, i64 0, i64 0, !dbg !749
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 96, i1 false), !dbg !749
  %_4 = xor i64 %seed, 6, !dbg !750
  %v = trunc i64 %_4 to i8, !dbg !750
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !750
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !732, metadata !DIExpression()), !dbg !751
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !752
  store i64 0, i64* %3, align 8, !dbg !752
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !752
  store i64 96, i64* %4, align 8, !dbg !752
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !752
  %6 = load i64, i64* %5, align 8, !dbg !752
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !752
  %8 = load i64, i64* %7, align 8, !dbg !752
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !752
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !752
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !752
  br label %bb1, !dbg !752

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !752
  store i64 %_6.0, i64* %10, align 8, !dbg !752
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !752
  store i64 %_6.1, i64* %11, align 8, !dbg !752
  br label %bb2, !dbg !753

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !747
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !747
  br label %bb3, !dbg !747

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !747
  %_12 = load i64, i64* %13, align 8, !dbg !747, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !747

bb5:                                              ; preds = %bb3
  unreachable, !dbg !747

bb6:                                              ; preds = %bb3
; call deep_chain::level7
  %14 = call i64 @_ZN10deep_chain6level717h3d6e972b19438471E(i64 %seed) #9, !dbg !754
  store i64 %14, i64* %sum, align 8, !dbg !754
  br label %bb9, !dbg !754

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !755
  %i = load i64, i64* %15, align 8, !dbg !755
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !755
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !736, metadata !DIExpression()), !dbg !756
  %_17.0 = bitcast [96 x i8]* %buf to [0 x i8]*, !dbg !757
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 96) #9, !dbg !757
  br label %bb7, !dbg !757

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !758
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !760
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !761
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !763
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !764
  store i8* %16, i8** %1, align 8, !dbg !764
  %_3.i = load i8*, i8** %1, align 8, !dbg !764
  br label %bb8, !dbg !757

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !765
  br label %bb2, !dbg !765

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !766
  store i64 0, i64* %17, align 8, !dbg !766
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !766
  store i64 96, i64* %18, align 8, !dbg !766
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !766
  %20 = load i64, i64* %19, align 8, !dbg !766
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !766
  %22 = load i64, i64* %21, align 8, !dbg !766
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !766
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !766
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !766
  br label %bb10, !dbg !766

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !766
  store i64 %_22.0, i64* %24, align 8, !dbg !766
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !766
  store i64 %_22.1, i64* %25, align 8, !dbg !766
  br label %bb11, !dbg !767

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !748
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !748
  br label %bb12, !dbg !748

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !748
  %_28 = load i64, i64* %27, align 8, !dbg !748, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !748

bb14:                                             ; preds = %bb12
  unreachable, !dbg !748

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !768
  ret i64 %28, !dbg !768

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !769
  %i2 = load i64, i64* %29, align 8, !dbg !769
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !769
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !742, metadata !DIExpression()), !dbg !770
  %_34.0 = bitcast [96 x i8]* %buf to [0 x i8]*, !dbg !771
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 96) #9, !dbg !771
  br label %bb16, !dbg !771

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !772
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !774
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !775
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !777
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !778
  store i8* %30, i8** %0, align 8, !dbg !778
  %31 = load i8*, i8** %0, align 8, !dbg !778
  br label %bb17, !dbg !771

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !779
  br label %bb18, !dbg !779

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !780
  %32 = load i64, i64* %sum, align 8, !dbg !781
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !781
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !781
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !781
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !781
  br i1 %34, label %panic, label %bb19, !dbg !781

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !781
  br label %bb11, !dbg !767

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc122 to %"core::panic::location::Location"*)) #10, !dbg !781
  unreachable, !dbg !781
}

; deep_chain::level5
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level517ha92d1faa677d59a3E(i64 %seed) unnamed_addr #2 !dbg !782 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [80 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !796, metadata !DIExpression()), !dbg !802
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !784, metadata !DIExpression()), !dbg !803
  call void @llvm.dbg.declare(metadata [80 x i8]* %buf, metadata !785, metadata !DIExpression()), !dbg !804
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !792, metadata !DIExpression()), !dbg !805
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !798, metadata !DIExpression()), !dbg !806
  %2 = getelementptr inbounds [80 x i8], [80 x i8]* %buf, i64 0, i64 0, !dbg !807
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 80, i1 false), !dbg !807
  %_4 = xor i64 %seed, 5, !dbg !808
  %v = trunc i64 %_4 to i8, !dbg !808
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !808
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !790, metadata !DIExpression()), !dbg !809
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !810
  store i64 0, i64* %3, align 8, !dbg !810
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !810
  store i64 80, i64* %4, align 8, !dbg !810
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !810
  %6 = load i64, i64* %5, align 8, !dbg !810
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !810
  %8 = load i64, i64* %7, align 8, !dbg !810
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !810
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !810
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !810
  br label %bb1, !dbg !810

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !810
  store i64 %_6.0, i64* %10, align 8, !dbg !810
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !810
  store i64 %_6.1, i64* %11, align 8, !dbg !810
  br label %bb2, !dbg !811

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !805
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !805
  br label %bb3, !dbg !805

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !805
  %_12 = load i64, i64* %13, align 8, !dbg !805, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !805

bb5:                                              ; preds = %bb3
  unreachable, !dbg !805

bb6:                                              ; preds = %bb3
; call deep_chain::level6
  %14 = call i64 @_ZN10deep_chain6level617hc9ef0be717e9ef62E(i64 %seed) #9, !dbg !812
  store i64 %14, i64* %sum, align 8, !dbg !812
  br label %bb9, !dbg !812

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !813
  %i = load i64, i64* %15, align 8, !dbg !813
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !813
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !794, metadata !DIExpression()), !dbg !814
  %_17.0 = bitcast [80 x i8]* %buf to [0 x i8]*, !dbg !815
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 80) #9, !dbg !815
  br label %bb7, !dbg !815

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !816
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !818
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !819
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !821
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !822
  store i8* %16, i8** %1, align 8, !dbg !822
  %_3.i = load i8*, i8** %1, align 8, !dbg !822
  br label %bb8, !dbg !815

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !823
  br label %bb2, !dbg !823

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !824
  store i64 0, i64* %17, align 8, !dbg !824
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !824
  store i64 80, i64* %18, align 8, !dbg !824
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !824
  %20 = load i64, i64* %19, align 8, !dbg !824
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !824
  %22 = load i64, i64* %21, align 8, !dbg !824
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !824
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !824
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !824
  br label %bb10, !dbg !824

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !824
  store i64 %_22.0, i64* %24, align 8, !dbg !824
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !824
  store i64 %_22.1, i64* %25, align 8, !dbg !824
  br label %bb11, !dbg !825

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !806
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !806
  br label %bb12, !dbg !806

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !806
  %_28 = load i64, i64* %27, align 8, !dbg !806, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !806

bb14:                                             ; preds = %bb12
  unreachable, !dbg !806

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !826
  ret i64 %28, !dbg !826

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !827
  %i2 = load i64, i64* %29, align 8, !dbg !827
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !827
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !800, metadata !DIExpression()), !dbg !828
  %_34.0 = bitcast [80 x i8]* %buf to [0 x i8]*, !dbg !829
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 80) #9, !dbg !829
  br label %bb16, !dbg !829

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !830
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !832
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !833
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !835
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !836
  store i8* %30, i8** %0, align 8, !dbg !836
  %31 = load i8*, i8** %0, align 8, !dbg !836
  br label %bb17, !dbg !829

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !837
  br label %bb18, !dbg !837

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !838
  %32 = load i64, i64* %sum, align 8, !dbg !839
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !839
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !839
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !839
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !839
  br i1 %34, label %panic, label %bb19, !dbg !839

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !839
  br label %bb11, !dbg !825

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc124 to %"core::panic::location::Location"*)) #10, !dbg !839
  unreachable, !dbg !839
}

; deep_chain::level4
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level417h1931bb7fe164a7a8E(i64 %seed) unnamed_addr #2 !dbg !840 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [64 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !854, metadata !DIExpression()), !dbg !860
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !842, metadata !DIExpression()), !dbg !861
  call void @llvm.dbg.declare(metadata [64 x i8]* %buf, metadata !843, metadata !DIExpression()), !dbg !862
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !850, metadata !DIExpression()), !dbg !863
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !856, metadata !DIExpression()), !dbg !864
  %2 = getelementptr inbounds [64 x i8], [64 x i8]* %buf, i64 0, i64 0, !dbg !865
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 64, i1 false), !dbg !865
  %_4 = xor i64 %seed, 4, !dbg !866
  %v = trunc i64 %_4 to i8, !dbg !866
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !866
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !848, metadata !DIExpression()), !dbg !867
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !868
  store i64 0, i64* %3, align 8, !dbg !868
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !868
  store i64 64, i64* %4, align 8, !dbg !868
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !868
  %6 = load i64, i64* %5, align 8, !dbg !868
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !868
  %8 = load i64, i64* %7, align 8, !dbg !868
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !868
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !868
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !868
  br label %bb1, !dbg !868

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !868
  store i64 %_6.0, i64* %10, align 8, !dbg !868
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !868
  store i64 %_6.1, i64* %11, align 8, !dbg !868
  br label %bb2, !dbg !869

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !863
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !863
  br label %bb3, !dbg !863

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !863
  %_12 = load i64, i64* %13, align 8, !dbg !863, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !863

bb5:                                              ; preds = %bb3
  unreachable, !dbg !863

bb6:                                              ; preds = %bb3
; call deep_chain::level5
  %14 = call i64 @_ZN10deep_chain6level517ha92d1faa677d59a3E(i64 %seed) #9, !dbg !870
  store i64 %14, i64* %sum, align 8, !dbg !870
  br label %bb9, !dbg !870

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !871
  %i = load i64, i64* %15, align 8, !dbg !871
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !871
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !852, metadata !DIExpression()), !dbg !872
  %_17.0 = bitcast [64 x i8]* %buf to [0 x i8]*, !dbg !873
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 64) #9, !dbg !873
  br label %bb7, !dbg !873

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !874
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !876
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !877
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !879
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !880
  store i8* %16, i8** %1, align 8, !dbg !880
  %_3.i = load i8*, i8** %1, align 8, !dbg !880
  br label %bb8, !dbg !873

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !881
  br label %bb2, !dbg !881

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !882
  store i64 0, i64* %17, align 8, !dbg !882
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !882
  store i64 64, i64* %18, align 8, !dbg !882
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !882
  %20 = load i64, i64* %19, align 8, !dbg !882
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !882
  %22 = load i64, i64* %21, align 8, !dbg !882
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !882
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !882
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !882
  br label %bb10, !dbg !882

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !882
  store i64 %_22.0, i64* %24, align 8, !dbg !882
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !882
  store i64 %_22.1, i64* %25, align 8, !dbg !882
  br label %bb11, !dbg !883

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !864
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !864
  br label %bb12, !dbg !864

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !864
  %_28 = load i64, i64* %27, align 8, !dbg !864, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !864

bb14:                                             ; preds = %bb12
  unreachable, !dbg !864

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !884
  ret i64 %28, !dbg !884

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !885
  %i2 = load i64, i64* %29, align 8, !dbg !885
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !885
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !858, metadata !DIExpression()), !dbg !886
  %_34.0 = bitcast [64 x i8]* %buf to [0 x i8]*, !dbg !887
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 64) #9, !dbg !887
  br label %bb16, !dbg !887

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !888
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !890
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !891
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !893
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !894
  store i8* %30, i8** %0, align 8, !dbg !894
  %31 = load i8*, i8** %0, align 8, !dbg !894
  br label %bb17, !dbg !887

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !895
  br label %bb18, !dbg !895

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !896
  %32 = load i64, i64* %sum, align 8, !dbg !897
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !897
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !897
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !897
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !897
  br i1 %34, label %panic, label %bb19, !dbg !897

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !897
  br label %bb11, !dbg !883

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc126 to %"core::panic::location::Location"*)) #10, !dbg !897
  unreachable, !dbg !897
}

; deep_chain::level3
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level317h2a5541c29fdfdd07E(i64 %seed) unnamed_addr #2 !dbg !898 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [48 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !912, metadata !DIExpression()), !dbg !918
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !900, metadata !DIExpression()), !dbg !919
  call void @llvm.dbg.declare(metadata [48 x i8]* %buf, metadata !901, metadata !DIExpression()), !dbg !920
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !908, metadata !DIExpression()), !dbg !921
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !914, metadata !DIExpression()), !dbg !922
  %2 = getelementptr inbounds [48 x i8], [48 x i8]* %buf, i64 0, i64 0, !dbg !923
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 48, i1 false), !dbg !923
  %_4 = xor i64 %seed, 3, !dbg !924
  %v = trunc i64 %_4 to i8, !dbg !924
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !924
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !906, metadata !DIExpression()), !dbg !925
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !926
  store i64 0, i64* %3, align 8, !dbg !926
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !926
  store i64 48, i64* %4, align 8, !dbg !926
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !926
  %6 = load i64, i64* %5, align 8, !dbg !926
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !926
  %8 = load i64, i64* %7, align 8, !dbg !926
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !926
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !926
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !926
  br label %bb1, !dbg !926

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !926
  store i64 %_6.0, i64* %10, align 8, !dbg !926
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !926
  store i64 %_6.1, i64* %11, align 8, !dbg !926
  br label %bb2, !dbg !927

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !921
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !921
  br label %bb3, !dbg !921

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !921
  %_12 = load i64, i64* %13, align 8, !dbg !921, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !921

bb5:                                              ; preds = %bb3
  unreachable, !dbg !921

bb6:                                              ; preds = %bb3
; call deep_chain::level4
  %14 = call i64 @_ZN10deep_chain6level417h1931bb7fe164a7a8E(i64 %seed) #9, !dbg !928
  store i64 %14, i64* %sum, align 8, !dbg !928
  br label %bb9, !dbg !928

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !929
  %i = load i64, i64* %15, align 8, !dbg !929
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !929
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !910, metadata !DIExpression()), !dbg !930
  %_17.0 = bitcast [48 x i8]* %buf to [0 x i8]*, !dbg !931
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 48) #9, !dbg !931
  br label %bb7, !dbg !931

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !932
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !934
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !935
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !937
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !938
  store i8* %16, i8** %1, align 8, !dbg !938
  %_3.i = load i8*, i8** %1, align 8, !dbg !938
  br label %bb8, !dbg !931

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !939
  br label %bb2, !dbg !939

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !940
  store i64 0, i64* %17, align 8, !dbg !940
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !940
  store i64 48, i64* %18, align 8, !dbg !940
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !940
  %20 = load i64, i64* %19, align 8, !dbg !940
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !940
  %22 = load i64, i64* %21, align 8, !dbg !940
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !940
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !940
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !940
  br label %bb10, !dbg !940

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !940
  store i64 %_22.0, i64* %24, align 8, !dbg !940
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !940
  store i64 %_22.1, i64* %25, align 8, !dbg !940
  br label %bb11, !dbg !941

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !922
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !922
  br label %bb12, !dbg !922

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !922
  %_28 = load i64, i64* %27, align 8, !dbg !922, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !922

bb14:                                             ; preds = %bb12
  unreachable, !dbg !922

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !942
  ret i64 %28, !dbg !942

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !943
  %i2 = load i64, i64* %29, align 8, !dbg !943
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !943
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !916, metadata !DIExpression()), !dbg !944
  %_34.0 = bitcast [48 x i8]* %buf to [0 x i8]*, !dbg !945
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 48) #9, !dbg !945
  br label %bb16, !dbg !945

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !946
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !948
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !949
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !951
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !952
  store i8* %30, i8** %0, align 8, !dbg !952
  %31 = load i8*, i8** %0, align 8, !dbg !952
  br label %bb17, !dbg !945

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !953
  br label %bb18, !dbg !953

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !954
  %32 = load i64, i64* %sum, align 8, !dbg !955
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !955
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !955
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !955
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !955
  br i1 %34, label %panic, label %bb19, !dbg !955

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !955
  br label %bb11, !dbg !941

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc128 to %"core::panic::location::Location"*)) #10, !dbg !955
  unreachable, !dbg !955
}

; deep_chain::level2
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level217ha0d9f46ecf786ceeE(i64 %seed) unnamed_addr #2 !dbg !956 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [32 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !970, metadata !DIExpression()), !dbg !976
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !958, metadata !DIExpression()), !dbg !977
  call void @llvm.dbg.declare(metadata [32 x i8]* %buf, metadata !959, metadata !DIExpression()), !dbg !978
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !966, metadata !DIExpression()), !dbg !979
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !972, metadata !DIExpression()), !dbg !980
  %2 = getelementptr inbounds [32 x i8], [32 x i8]* %buf, i64 0, i64 0, !dbg !981
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 32, i1 false), !dbg !981
  %_4 = xor i64 %seed, 2, !dbg !982
  %v = trunc i64 %_4 to i8, !dbg !982
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !982
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !964, metadata !DIExpression()), !dbg !983
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !984
  store i64 0, i64* %3, align 8, !dbg !984
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !984
  store i64 32, i64* %4, align 8, !dbg !984
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !984
  %6 = load i64, i64* %5, align 8, !dbg !984
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !984
  %8 = load i64, i64* %7, align 8, !dbg !984
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !984
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !984
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !984
  br label %bb1, !dbg !984

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !984
  store i64 %_6.0, i64* %10, align 8, !dbg !984
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !984
  store i64 %_6.1, i64* %11, align 8, !dbg !984
  br label %bb2, !dbg !985

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !979
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !979
  br label %bb3, !dbg !979

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !979
  %_12 = load i64, i64* %13, align 8, !dbg !979, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !979

bb5:                                              ; preds = %bb3
  unreachable, !dbg !979

bb6:                                              ; preds = %bb3
; call deep_chain::level3
  %14 = call i64 @_ZN10deep_chain6level317h2a5541c29fdfdd07E(i64 %seed) #9, !dbg !986
  store i64 %14, i64* %sum, align 8, !dbg !986
  br label %bb9, !dbg !986

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !987
  %i = load i64, i64* %15, align 8, !dbg !987
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !987
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !968, metadata !DIExpression()), !dbg !988
  %_17.0 = bitcast [32 x i8]* %buf to [0 x i8]*, !dbg !989
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 32) #9, !dbg !989
  br label %bb7, !dbg !989

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !990
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !992
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !993
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !995
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !996
  store i8* %16, i8** %1, align 8, !dbg !996
  %_3.i = load i8*, i8** %1, align 8, !dbg !996
  br label %bb8, !dbg !989

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !997
  br label %bb2, !dbg !997

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !998
  store i64 0, i64* %17, align 8, !dbg !998
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !998
  store i64 32, i64* %18, align 8, !dbg !998
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !998
  %20 = load i64, i64* %19, align 8, !dbg !998
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !998
  %22 = load i64, i64* %21, align 8, !dbg !998
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !998
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !998
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !998
  br label %bb10, !dbg !998

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !998
  store i64 %_22.0, i64* %24, align 8, !dbg !998
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !998
  store i64 %_22.1, i64* %25, align 8, !dbg !998
  br label %bb11, !dbg !999

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !980
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !980
  br label %bb12, !dbg !980

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !980
  %_28 = load i64, i64* %27, align 8, !dbg !980, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !980

bb14:                                             ; preds = %bb12
  unreachable, !dbg !980

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !1000
  ret i64 %28, !dbg !1000

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !1001
  %i2 = load i64, i64* %29, align 8, !dbg !1001
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !1001
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !974, metadata !DIExpression()), !dbg !1002
  %_34.0 = bitcast [32 x i8]* %buf to [0 x i8]*, !dbg !1003
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 32) #9, !dbg !1003
  br label %bb16, !dbg !1003

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !1004
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !1006
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !1007
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !1009
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !1010
  store i8* %30, i8** %0, align 8, !dbg !1010
  %31 = load i8*, i8** %0, align 8, !dbg !1010
  br label %bb17, !dbg !1003

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !1011
  br label %bb18, !dbg !1011

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !1012
  %32 = load i64, i64* %sum, align 8, !dbg !1013
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !1013
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !1013
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !1013
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !1013
  br i1 %34, label %panic, label %bb19, !dbg !1013

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !1013
  br label %bb11, !dbg !999

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc130 to %"core::panic::location::Location"*)) #10, !dbg !1013
  unreachable, !dbg !1013
}

; deep_chain::level1
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN10deep_chain6level117h480df435764077ffE(i64 %seed) unnamed_addr #2 !dbg !1014 {
start:
  %0 = alloca i8*, align 8
  %count.dbg.spill.i8 = alloca i64, align 8
  %self.dbg.spill.i9 = alloca i8*, align 8
  %count.dbg.spill.i6 = alloca i64, align 8
  %self.dbg.spill.i7 = alloca i8*, align 8
  %1 = alloca i8*, align 8
  %count.dbg.spill.i4 = alloca i64, align 8
  %self.dbg.spill.i5 = alloca i8*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i8*, align 8
  %i.dbg.spill3 = alloca i64, align 8
  %i.dbg.spill = alloca i64, align 8
  %v.dbg.spill = alloca i8, align 1
  %seed.dbg.spill = alloca i64, align 8
  %_25 = alloca { i64, i64 }, align 8
  %iter1 = alloca { i64, i64 }, align 8
  %_23 = alloca { i64, i64 }, align 8
  %_9 = alloca { i64, i64 }, align 8
  %iter = alloca { i64, i64 }, align 8
  %_7 = alloca { i64, i64 }, align 8
  %buf = alloca [16 x i8], align 1
  %sum = alloca i64, align 8
  call void @llvm.dbg.declare(metadata i64* %sum, metadata !1028, metadata !DIExpression()), !dbg !1034
  store i64 %seed, i64* %seed.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %seed.dbg.spill, metadata !1016, metadata !DIExpression()), !dbg !1035
  call void @llvm.dbg.declare(metadata [16 x i8]* %buf, metadata !1017, metadata !DIExpression()), !dbg !1036
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter, metadata !1024, metadata !DIExpression()), !dbg !1037
  call void @llvm.dbg.declare(metadata { i64, i64 }* %iter1, metadata !1030, metadata !DIExpression()), !dbg !1038
  %2 = getelementptr inbounds [16 x i8], [16 x i8]* %buf, i64 0, i64 0, !dbg !1039
  call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 16, i1 false), !dbg !1039
  %_4 = xor i64 %seed, 1, !dbg !1040
  %v = trunc i64 %_4 to i8, !dbg !1040
  store i8 %v, i8* %v.dbg.spill, align 1, !dbg !1040
  call void @llvm.dbg.declare(metadata i8* %v.dbg.spill, metadata !1022, metadata !DIExpression()), !dbg !1041
  %3 = bitcast { i64, i64 }* %_7 to i64*, !dbg !1042
  store i64 0, i64* %3, align 8, !dbg !1042
  %4 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !1042
  store i64 16, i64* %4, align 8, !dbg !1042
  %5 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 0, !dbg !1042
  %6 = load i64, i64* %5, align 8, !dbg !1042
  %7 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_7, i32 0, i32 1, !dbg !1042
  %8 = load i64, i64* %7, align 8, !dbg !1042
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %6, i64 %8) #9, !dbg !1042
  %_6.0 = extractvalue { i64, i64 } %9, 0, !dbg !1042
  %_6.1 = extractvalue { i64, i64 } %9, 1, !dbg !1042
  br label %bb1, !dbg !1042

bb1:                                              ; preds = %start
  %10 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 0, !dbg !1042
  store i64 %_6.0, i64* %10, align 8, !dbg !1042
  %11 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter, i32 0, i32 1, !dbg !1042
  store i64 %_6.1, i64* %11, align 8, !dbg !1042
  br label %bb2, !dbg !1043

bb2:                                              ; preds = %bb8, %bb1
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %12 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter) #9, !dbg !1037
  store { i64, i64 } %12, { i64, i64 }* %_9, align 8, !dbg !1037
  br label %bb3, !dbg !1037

bb3:                                              ; preds = %bb2
  %13 = bitcast { i64, i64 }* %_9 to i64*, !dbg !1037
  %_12 = load i64, i64* %13, align 8, !dbg !1037, !range !328, !noundef !40
  switch i64 %_12, label %bb5 [
    i64 0, label %bb6
    i64 1, label %bb4
  ], !dbg !1037

bb5:                                              ; preds = %bb3
  unreachable, !dbg !1037

bb6:                                              ; preds = %bb3
; call deep_chain::level2
  %14 = call i64 @_ZN10deep_chain6level217ha0d9f46ecf786ceeE(i64 %seed) #9, !dbg !1044
  store i64 %14, i64* %sum, align 8, !dbg !1044
  br label %bb9, !dbg !1044

bb4:                                              ; preds = %bb3
  %15 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_9, i32 0, i32 1, !dbg !1045
  %i = load i64, i64* %15, align 8, !dbg !1045
  store i64 %i, i64* %i.dbg.spill, align 8, !dbg !1045
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !1026, metadata !DIExpression()), !dbg !1046
  %_17.0 = bitcast [16 x i8]* %buf to [0 x i8]*, !dbg !1047
; call core::slice::<impl [T]>::as_mut_ptr
  %_16 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E"([0 x i8]* align 1 %_17.0, i64 16) #9, !dbg !1047
  br label %bb7, !dbg !1047

bb7:                                              ; preds = %bb4
  store i8* %_16, i8** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i, metadata !379, metadata !DIExpression()) #9, !dbg !1048
  store i64 %i, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !387, metadata !DIExpression()) #9, !dbg !1050
  store i8* %_16, i8** %self.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i5, metadata !391, metadata !DIExpression()), !dbg !1051
  store i64 %i, i64* %count.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i4, metadata !397, metadata !DIExpression()), !dbg !1053
  %16 = getelementptr inbounds i8, i8* %_16, i64 %i, !dbg !1054
  store i8* %16, i8** %1, align 8, !dbg !1054
  %_3.i = load i8*, i8** %1, align 8, !dbg !1054
  br label %bb8, !dbg !1047

bb8:                                              ; preds = %bb7
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17hdf46674b02b39c31E(i8* %_3.i, i8 %v) #9, !dbg !1055
  br label %bb2, !dbg !1055

bb9:                                              ; preds = %bb6
  %17 = bitcast { i64, i64 }* %_23 to i64*, !dbg !1056
  store i64 0, i64* %17, align 8, !dbg !1056
  %18 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !1056
  store i64 16, i64* %18, align 8, !dbg !1056
  %19 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 0, !dbg !1056
  %20 = load i64, i64* %19, align 8, !dbg !1056
  %21 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_23, i32 0, i32 1, !dbg !1056
  %22 = load i64, i64* %21, align 8, !dbg !1056
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %23 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE"(i64 %20, i64 %22) #9, !dbg !1056
  %_22.0 = extractvalue { i64, i64 } %23, 0, !dbg !1056
  %_22.1 = extractvalue { i64, i64 } %23, 1, !dbg !1056
  br label %bb10, !dbg !1056

bb10:                                             ; preds = %bb9
  %24 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 0, !dbg !1056
  store i64 %_22.0, i64* %24, align 8, !dbg !1056
  %25 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %iter1, i32 0, i32 1, !dbg !1056
  store i64 %_22.1, i64* %25, align 8, !dbg !1056
  br label %bb11, !dbg !1057

bb11:                                             ; preds = %bb19, %bb10
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %26 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE"({ i64, i64 }* align 8 %iter1) #9, !dbg !1038
  store { i64, i64 } %26, { i64, i64 }* %_25, align 8, !dbg !1038
  br label %bb12, !dbg !1038

bb12:                                             ; preds = %bb11
  %27 = bitcast { i64, i64 }* %_25 to i64*, !dbg !1038
  %_28 = load i64, i64* %27, align 8, !dbg !1038, !range !328, !noundef !40
  switch i64 %_28, label %bb14 [
    i64 0, label %bb15
    i64 1, label %bb13
  ], !dbg !1038

bb14:                                             ; preds = %bb12
  unreachable, !dbg !1038

bb15:                                             ; preds = %bb12
  %28 = load i64, i64* %sum, align 8, !dbg !1058
  ret i64 %28, !dbg !1058

bb13:                                             ; preds = %bb12
  %29 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %_25, i32 0, i32 1, !dbg !1059
  %i2 = load i64, i64* %29, align 8, !dbg !1059
  store i64 %i2, i64* %i.dbg.spill3, align 8, !dbg !1059
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill3, metadata !1032, metadata !DIExpression()), !dbg !1060
  %_34.0 = bitcast [16 x i8]* %buf to [0 x i8]*, !dbg !1061
; call core::slice::<impl [T]>::as_ptr
  %_33 = call i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1 %_34.0, i64 16) #9, !dbg !1061
  br label %bb16, !dbg !1061

bb16:                                             ; preds = %bb13
  store i8* %_33, i8** %self.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i7, metadata !409, metadata !DIExpression()) #9, !dbg !1062
  store i64 %i2, i64* %count.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i6, metadata !417, metadata !DIExpression()) #9, !dbg !1064
  store i8* %_33, i8** %self.dbg.spill.i9, align 8
  call void @llvm.dbg.declare(metadata i8** %self.dbg.spill.i9, metadata !421, metadata !DIExpression()), !dbg !1065
  store i64 %i2, i64* %count.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i8, metadata !426, metadata !DIExpression()), !dbg !1067
  %30 = getelementptr inbounds i8, i8* %_33, i64 %i2, !dbg !1068
  store i8* %30, i8** %0, align 8, !dbg !1068
  %31 = load i8*, i8** %0, align 8, !dbg !1068
  br label %bb17, !dbg !1061

bb17:                                             ; preds = %bb16
; call core::ptr::read_volatile
  %_31 = call i8 @_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE(i8* %31) #9, !dbg !1069
  br label %bb18, !dbg !1069

bb18:                                             ; preds = %bb17
  %_30 = zext i8 %_31 to i64, !dbg !1070
  %32 = load i64, i64* %sum, align 8, !dbg !1071
  %33 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %32, i64 %_30), !dbg !1071
  %_37.0 = extractvalue { i64, i1 } %33, 0, !dbg !1071
  %_37.1 = extractvalue { i64, i1 } %33, 1, !dbg !1071
  %34 = call i1 @llvm.expect.i1(i1 %_37.1, i1 false), !dbg !1071
  br i1 %34, label %panic, label %bb19, !dbg !1071

bb19:                                             ; preds = %bb18
  store i64 %_37.0, i64* %sum, align 8, !dbg !1071
  br label %bb11, !dbg !1057

panic:                                            ; preds = %bb18
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc132 to %"core::panic::location::Location"*)) #10, !dbg !1071
  unreachable, !dbg !1071
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #3

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #4

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #6

; core::slice::<impl [T]>::as_ptr
; Function Attrs: inlinehint nounwind nonlazybind
declare i8* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h1798f277849aca17E"([0 x i8]* align 1, i64) unnamed_addr #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #7

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #8

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nonlazybind "target-cpu"="x86-64" }
attributes #5 = { argmemonly nofree nounwind willreturn }
attributes #6 = { argmemonly nofree nounwind willreturn writeonly }
attributes #7 = { nofree nosync nounwind readnone willreturn }
attributes #8 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #9 = { nounwind }
attributes #10 = { noreturn nounwind }

!llvm.module.flags = !{!49, !50, !51}
!llvm.dbg.cu = !{!52}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN10deep_chain4PROG17ha4fed6aaf5b7fde7E", scope: !2, file: !3, line: 57, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "deep_chain", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/deep_chain.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ea6da99e6c4c6b04d10fa4f8ac0e34d9")
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
!53 = !DIFile(filename: "testdata/rust/progs/deep_chain.rs/@/deep_chain.9da54b15-cgu.0", directory: ".")
!54 = !{!0}
!55 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h705aa67397f186e9E", scope: !57, file: !56, line: 189, type: !61, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !63)
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
!81 = distinct !DISubprogram(name: "lt", linkageName: "_ZN4core3cmp5impls57_$LT$impl$u20$core..cmp..PartialOrd$u20$for$u20$usize$GT$2lt17ha307aba21f6d9a47E", scope: !83, file: !82, line: 1398, type: !86, scopeLine: 1398, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !90)
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
!98 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h932b945b41cb657dE", scope: !100, file: !99, line: 899, type: !101, scopeLine: 899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !104)
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
!123 = distinct !DISubprogram(name: "read_volatile<u8>", linkageName: "_ZN4core3ptr13read_volatile17h3ca733e31f02df5cE", scope: !125, file: !124, line: 1500, type: !126, scopeLine: 1500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !129)
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
!145 = distinct !DISubprogram(name: "write_volatile<u8>", linkageName: "_ZN4core3ptr14write_volatile17hdf46674b02b39c31E", scope: !125, file: !124, line: 1570, type: !146, scopeLine: 1570, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !149)
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
!164 = distinct !DISubprogram(name: "read<usize>", linkageName: "_ZN4core3ptr4read17hbf2d5a241b263e4fE", scope: !125, file: !124, line: 1135, type: !165, scopeLine: 1135, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !168)
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
!185 = distinct !DISubprogram(name: "uninit<usize>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$6uninit17h42511519af67fc42E", scope: !172, file: !186, line: 320, type: !187, scopeLine: 320, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !40)
!186 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/mem/maybe_uninit.rs", directory: "", checksumkind: CSK_MD5, checksum: "d75c93d9a93fe65ef19edc0e8e272278")
!187 = !DISubroutineType(types: !188)
!188 = !{!172}
!189 = distinct !DILocation(line: 1143, column: 19, scope: !164)
!190 = !DILocation(line: 322, column: 6, scope: !185, inlinedAt: !189)
!191 = !DILocation(line: 1143, column: 19, scope: !164)
!192 = !DILocalVariable(name: "self", arg: 1, scope: !193, file: !186, line: 574, type: !197)
!193 = distinct !DISubprogram(name: "as_mut_ptr<usize>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$10as_mut_ptr17hc9bc62ebb22a7ce3E", scope: !172, file: !186, line: 574, type: !194, scopeLine: 574, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !198)
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
!205 = distinct !DISubprogram(name: "assume_init<usize>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$11assume_init17hf48b36344a7d4c7fE", scope: !172, file: !186, line: 629, type: !206, scopeLine: 629, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !216)
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
!220 = distinct !DISubprogram(name: "into_inner<usize>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$10into_inner17h67be57a9da3707b8E", scope: !178, file: !221, line: 88, type: !222, scopeLine: 88, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !224)
!221 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/mem/manually_drop.rs", directory: "", checksumkind: CSK_MD5, checksum: "a34f39f0c1c25c8378cd3f4ec0bf00c3")
!222 = !DISubroutineType(types: !223)
!223 = !{!48, !178}
!224 = !{!219}
!225 = !DILocation(line: 88, column: 29, scope: !220, inlinedAt: !226)
!226 = distinct !DILocation(line: 634, column: 13, scope: !205, inlinedAt: !218)
!227 = !DILocation(line: 1154, column: 2, scope: !164)
!228 = distinct !DISubprogram(name: "write<usize>", linkageName: "_ZN4core3ptr5write17he065becc58dad747E", scope: !125, file: !124, line: 1330, type: !229, scopeLine: 1330, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !231)
!229 = !DISubroutineType(types: !230)
!230 = !{null, !196, !48}
!231 = !{!232, !233}
!232 = !DILocalVariable(name: "dst", arg: 1, scope: !228, file: !124, line: 1330, type: !196)
!233 = !DILocalVariable(name: "src", arg: 2, scope: !228, file: !124, line: 1330, type: !48)
!234 = !DILocation(line: 1330, column: 30, scope: !228)
!235 = !DILocation(line: 1330, column: 43, scope: !228)
!236 = !DILocation(line: 1342, column: 9, scope: !228)
!237 = !DILocation(line: 1345, column: 2, scope: !228)
!238 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h2649105f0745212bE", scope: !239, file: !56, line: 710, type: !240, scopeLine: 710, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !265, retainedNodes: !263)
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
!270 = distinct !DISubprogram(name: "clone", linkageName: "_ZN4core5clone5impls54_$LT$impl$u20$core..clone..Clone$u20$for$u20$usize$GT$5clone17h890a70f84bfd648fE", scope: !272, file: !271, line: 190, type: !275, scopeLine: 190, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !277)
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
!282 = distinct !DISubprogram(name: "as_mut_ptr<u8>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17hc52db65dfa41dc22E", scope: !284, file: !283, line: 506, type: !286, scopeLine: 506, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !292)
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
!297 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17he5f1a51687fbcb7dE", scope: !299, file: !298, line: 271, type: !302, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !306, retainedNodes: !304)
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
!310 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h02d45c8203752dc5E", scope: !311, file: !56, line: 620, type: !240, scopeLine: 620, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !109, retainedNodes: !312)
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
!329 = distinct !DISubprogram(name: "end", linkageName: "_ZN10deep_chain3end17h05d483c677ed2c1cE", scope: !2, file: !3, line: 34, type: !330, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !332)
!330 = !DISubroutineType(types: !331)
!331 = !{!9, !9}
!332 = !{!333}
!333 = !DILocalVariable(name: "_seed", arg: 1, scope: !329, file: !3, line: 34, type: !9)
!334 = !DILocation(line: 34, column: 8, scope: !329)
!335 = !DILocation(line: 36, column: 2, scope: !329)
!336 = distinct !DISubprogram(name: "iu_deep_chain_fn", linkageName: "_ZN10deep_chain16iu_deep_chain_fn17hc45e100ce3be51c7E", scope: !2, file: !3, line: 51, type: !12, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !337)
!337 = !{!338, !339}
!338 = !DILocalVariable(name: "_obj", arg: 1, scope: !336, file: !3, line: 51, type: !15)
!339 = !DILocalVariable(name: "regs", arg: 2, scope: !336, file: !3, line: 51, type: !16)
!340 = !DILocation(line: 51, column: 21, scope: !336)
!341 = !DILocation(line: 51, column: 36, scope: !336)
!342 = !DILocation(line: 52, column: 12, scope: !336)
!343 = !DILocation(line: 52, column: 5, scope: !336)
!344 = !DILocation(line: 53, column: 2, scope: !336)
!345 = distinct !DISubprogram(name: "level12", linkageName: "_ZN10deep_chain7level1217h4306f8a158abefbdE", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !346)
!346 = !{!347, !348, !353, !355, !357, !359, !361, !363}
!347 = !DILocalVariable(name: "seed", arg: 1, scope: !345, file: !3, line: 18, type: !9)
!348 = !DILocalVariable(name: "buf", scope: !349, file: !3, line: 20, type: !350, align: 1)
!349 = distinct !DILexicalBlock(scope: !345, file: !3, line: 20, column: 13)
!350 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1536, align: 8, elements: !351)
!351 = !{!352}
!352 = !DISubrange(count: 192, lowerBound: 0)
!353 = !DILocalVariable(name: "v", scope: !354, file: !3, line: 21, type: !46, align: 1)
!354 = distinct !DILexicalBlock(scope: !349, file: !3, line: 21, column: 13)
!355 = !DILocalVariable(name: "iter", scope: !356, file: !3, line: 22, type: !255, align: 8)
!356 = distinct !DILexicalBlock(scope: !354, file: !3, line: 22, column: 13)
!357 = !DILocalVariable(name: "i", scope: !358, file: !3, line: 22, type: !48, align: 8)
!358 = distinct !DILexicalBlock(scope: !356, file: !3, line: 22, column: 29)
!359 = !DILocalVariable(name: "sum", scope: !360, file: !3, line: 25, type: !9, align: 8)
!360 = distinct !DILexicalBlock(scope: !354, file: !3, line: 25, column: 13)
!361 = !DILocalVariable(name: "iter", scope: !362, file: !3, line: 26, type: !255, align: 8)
!362 = distinct !DILexicalBlock(scope: !360, file: !3, line: 26, column: 13)
!363 = !DILocalVariable(name: "i", scope: !364, file: !3, line: 26, type: !48, align: 8)
!364 = distinct !DILexicalBlock(scope: !362, file: !3, line: 26, column: 29)
!365 = !DILocation(line: 25, column: 17, scope: !360)
!366 = !DILocation(line: 18, column: 18, scope: !345)
!367 = !DILocation(line: 20, column: 17, scope: !349)
!368 = !DILocation(line: 22, column: 22, scope: !356)
!369 = !DILocation(line: 26, column: 22, scope: !362)
!370 = !DILocation(line: 20, column: 27, scope: !345)
!371 = !DILocation(line: 21, column: 21, scope: !349)
!372 = !DILocation(line: 21, column: 17, scope: !354)
!373 = !DILocation(line: 22, column: 22, scope: !354)
!374 = !DILocation(line: 22, column: 13, scope: !356)
!375 = !DILocation(line: 25, column: 27, scope: !354)
!376 = !DILocation(line: 22, column: 17, scope: !356)
!377 = !DILocation(line: 22, column: 17, scope: !358)
!378 = !DILocation(line: 23, column: 41, scope: !358)
!379 = !DILocalVariable(name: "self", arg: 1, scope: !380, file: !381, line: 977, type: !148)
!380 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h030dde2327e114ebE", scope: !382, file: !381, line: 977, type: !384, scopeLine: 977, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !386)
!381 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mut_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "58042decf85f1a548d50de0519db87d2")
!382 = !DINamespace(name: "{impl#0}", scope: !383)
!383 = !DINamespace(name: "mut_ptr", scope: !125)
!384 = !DISubroutineType(types: !385)
!385 = !{!148, !148, !48}
!386 = !{!379, !387}
!387 = !DILocalVariable(name: "count", arg: 2, scope: !380, file: !381, line: 977, type: !48)
!388 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !389)
!389 = distinct !DILocation(line: 23, column: 41, scope: !358)
!390 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !389)
!391 = !DILocalVariable(name: "self", arg: 1, scope: !392, file: !381, line: 462, type: !148)
!392 = distinct !DISubprogram(name: "offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$6offset17h507fa0a1cfd5f1cfE", scope: !382, file: !381, line: 462, type: !393, scopeLine: 462, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !396)
!393 = !DISubroutineType(types: !394)
!394 = !{!148, !148, !395}
!395 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!396 = !{!391, !397}
!397 = !DILocalVariable(name: "count", arg: 2, scope: !392, file: !381, line: 462, type: !395)
!398 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !399)
!399 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !389)
!400 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !399)
!401 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !399)
!402 = !DILocation(line: 23, column: 26, scope: !358)
!403 = !DILocation(line: 26, column: 22, scope: !360)
!404 = !DILocation(line: 26, column: 13, scope: !362)
!405 = !DILocation(line: 30, column: 10, scope: !345)
!406 = !DILocation(line: 26, column: 17, scope: !362)
!407 = !DILocation(line: 26, column: 17, scope: !364)
!408 = !DILocation(line: 27, column: 47, scope: !364)
!409 = !DILocalVariable(name: "self", arg: 1, scope: !410, file: !411, line: 865, type: !128)
!410 = distinct !DISubprogram(name: "add<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17h09f4d9d35632af2eE", scope: !412, file: !411, line: 865, type: !414, scopeLine: 865, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !416)
!411 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/const_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "472568b60919158596db0f55d2635676")
!412 = !DINamespace(name: "{impl#0}", scope: !413)
!413 = !DINamespace(name: "const_ptr", scope: !125)
!414 = !DISubroutineType(types: !415)
!415 = !{!128, !128, !48}
!416 = !{!409, !417}
!417 = !DILocalVariable(name: "count", arg: 2, scope: !410, file: !411, line: 865, type: !48)
!418 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !419)
!419 = distinct !DILocation(line: 27, column: 47, scope: !364)
!420 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !419)
!421 = !DILocalVariable(name: "self", arg: 1, scope: !422, file: !411, line: 452, type: !128)
!422 = distinct !DISubprogram(name: "offset<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$6offset17h1ba77823cdbcbb0dE", scope: !412, file: !411, line: 452, type: !423, scopeLine: 452, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !140, retainedNodes: !425)
!423 = !DISubroutineType(types: !424)
!424 = !{!128, !128, !395}
!425 = !{!421, !426}
!426 = !DILocalVariable(name: "count", arg: 2, scope: !422, file: !411, line: 452, type: !395)
!427 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !428)
!428 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !419)
!429 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !428)
!430 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !428)
!431 = !DILocation(line: 27, column: 33, scope: !364)
!432 = !DILocation(line: 27, column: 24, scope: !364)
!433 = !DILocation(line: 27, column: 17, scope: !364)
!434 = distinct !DISubprogram(name: "level11", linkageName: "_ZN10deep_chain7level1117heff3ee3873fba329E", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !435)
!435 = !{!436, !437, !442, !444, !446, !448, !450, !452}
!436 = !DILocalVariable(name: "seed", arg: 1, scope: !434, file: !3, line: 18, type: !9)
!437 = !DILocalVariable(name: "buf", scope: !438, file: !3, line: 20, type: !439, align: 1)
!438 = distinct !DILexicalBlock(scope: !434, file: !3, line: 20, column: 13)
!439 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1408, align: 8, elements: !440)
!440 = !{!441}
!441 = !DISubrange(count: 176, lowerBound: 0)
!442 = !DILocalVariable(name: "v", scope: !443, file: !3, line: 21, type: !46, align: 1)
!443 = distinct !DILexicalBlock(scope: !438, file: !3, line: 21, column: 13)
!444 = !DILocalVariable(name: "iter", scope: !445, file: !3, line: 22, type: !255, align: 8)
!445 = distinct !DILexicalBlock(scope: !443, file: !3, line: 22, column: 13)
!446 = !DILocalVariable(name: "i", scope: !447, file: !3, line: 22, type: !48, align: 8)
!447 = distinct !DILexicalBlock(scope: !445, file: !3, line: 22, column: 29)
!448 = !DILocalVariable(name: "sum", scope: !449, file: !3, line: 25, type: !9, align: 8)
!449 = distinct !DILexicalBlock(scope: !443, file: !3, line: 25, column: 13)
!450 = !DILocalVariable(name: "iter", scope: !451, file: !3, line: 26, type: !255, align: 8)
!451 = distinct !DILexicalBlock(scope: !449, file: !3, line: 26, column: 13)
!452 = !DILocalVariable(name: "i", scope: !453, file: !3, line: 26, type: !48, align: 8)
!453 = distinct !DILexicalBlock(scope: !451, file: !3, line: 26, column: 29)
!454 = !DILocation(line: 25, column: 17, scope: !449)
!455 = !DILocation(line: 18, column: 18, scope: !434)
!456 = !DILocation(line: 20, column: 17, scope: !438)
!457 = !DILocation(line: 22, column: 22, scope: !445)
!458 = !DILocation(line: 26, column: 22, scope: !451)
!459 = !DILocation(line: 20, column: 27, scope: !434)
!460 = !DILocation(line: 21, column: 21, scope: !438)
!461 = !DILocation(line: 21, column: 17, scope: !443)
!462 = !DILocation(line: 22, column: 22, scope: !443)
!463 = !DILocation(line: 22, column: 13, scope: !445)
!464 = !DILocation(line: 25, column: 27, scope: !443)
!465 = !DILocation(line: 22, column: 17, scope: !445)
!466 = !DILocation(line: 22, column: 17, scope: !447)
!467 = !DILocation(line: 23, column: 41, scope: !447)
!468 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !469)
!469 = distinct !DILocation(line: 23, column: 41, scope: !447)
!470 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !469)
!471 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !472)
!472 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !469)
!473 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !472)
!474 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !472)
!475 = !DILocation(line: 23, column: 26, scope: !447)
!476 = !DILocation(line: 26, column: 22, scope: !449)
!477 = !DILocation(line: 26, column: 13, scope: !451)
!478 = !DILocation(line: 30, column: 10, scope: !434)
!479 = !DILocation(line: 26, column: 17, scope: !451)
!480 = !DILocation(line: 26, column: 17, scope: !453)
!481 = !DILocation(line: 27, column: 47, scope: !453)
!482 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !483)
!483 = distinct !DILocation(line: 27, column: 47, scope: !453)
!484 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !483)
!485 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !486)
!486 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !483)
!487 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !486)
!488 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !486)
!489 = !DILocation(line: 27, column: 33, scope: !453)
!490 = !DILocation(line: 27, column: 24, scope: !453)
!491 = !DILocation(line: 27, column: 17, scope: !453)
!492 = distinct !DISubprogram(name: "level10", linkageName: "_ZN10deep_chain7level1017h8bd05c4c6677517aE", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !493)
!493 = !{!494, !495, !500, !502, !504, !506, !508, !510}
!494 = !DILocalVariable(name: "seed", arg: 1, scope: !492, file: !3, line: 18, type: !9)
!495 = !DILocalVariable(name: "buf", scope: !496, file: !3, line: 20, type: !497, align: 1)
!496 = distinct !DILexicalBlock(scope: !492, file: !3, line: 20, column: 13)
!497 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1280, align: 8, elements: !498)
!498 = !{!499}
!499 = !DISubrange(count: 160, lowerBound: 0)
!500 = !DILocalVariable(name: "v", scope: !501, file: !3, line: 21, type: !46, align: 1)
!501 = distinct !DILexicalBlock(scope: !496, file: !3, line: 21, column: 13)
!502 = !DILocalVariable(name: "iter", scope: !503, file: !3, line: 22, type: !255, align: 8)
!503 = distinct !DILexicalBlock(scope: !501, file: !3, line: 22, column: 13)
!504 = !DILocalVariable(name: "i", scope: !505, file: !3, line: 22, type: !48, align: 8)
!505 = distinct !DILexicalBlock(scope: !503, file: !3, line: 22, column: 29)
!506 = !DILocalVariable(name: "sum", scope: !507, file: !3, line: 25, type: !9, align: 8)
!507 = distinct !DILexicalBlock(scope: !501, file: !3, line: 25, column: 13)
!508 = !DILocalVariable(name: "iter", scope: !509, file: !3, line: 26, type: !255, align: 8)
!509 = distinct !DILexicalBlock(scope: !507, file: !3, line: 26, column: 13)
!510 = !DILocalVariable(name: "i", scope: !511, file: !3, line: 26, type: !48, align: 8)
!511 = distinct !DILexicalBlock(scope: !509, file: !3, line: 26, column: 29)
!512 = !DILocation(line: 25, column: 17, scope: !507)
!513 = !DILocation(line: 18, column: 18, scope: !492)
!514 = !DILocation(line: 20, column: 17, scope: !496)
!515 = !DILocation(line: 22, column: 22, scope: !503)
!516 = !DILocation(line: 26, column: 22, scope: !509)
!517 = !DILocation(line: 20, column: 27, scope: !492)
!518 = !DILocation(line: 21, column: 21, scope: !496)
!519 = !DILocation(line: 21, column: 17, scope: !501)
!520 = !DILocation(line: 22, column: 22, scope: !501)
!521 = !DILocation(line: 22, column: 13, scope: !503)
!522 = !DILocation(line: 25, column: 27, scope: !501)
!523 = !DILocation(line: 22, column: 17, scope: !503)
!524 = !DILocation(line: 22, column: 17, scope: !505)
!525 = !DILocation(line: 23, column: 41, scope: !505)
!526 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !527)
!527 = distinct !DILocation(line: 23, column: 41, scope: !505)
!528 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !527)
!529 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !530)
!530 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !527)
!531 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !530)
!532 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !530)
!533 = !DILocation(line: 23, column: 26, scope: !505)
!534 = !DILocation(line: 26, column: 22, scope: !507)
!535 = !DILocation(line: 26, column: 13, scope: !509)
!536 = !DILocation(line: 30, column: 10, scope: !492)
!537 = !DILocation(line: 26, column: 17, scope: !509)
!538 = !DILocation(line: 26, column: 17, scope: !511)
!539 = !DILocation(line: 27, column: 47, scope: !511)
!540 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !541)
!541 = distinct !DILocation(line: 27, column: 47, scope: !511)
!542 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !541)
!543 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !544)
!544 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !541)
!545 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !544)
!546 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !544)
!547 = !DILocation(line: 27, column: 33, scope: !511)
!548 = !DILocation(line: 27, column: 24, scope: !511)
!549 = !DILocation(line: 27, column: 17, scope: !511)
!550 = distinct !DISubprogram(name: "level9", linkageName: "_ZN10deep_chain6level917hd1bcf07ccaa8892dE", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !551)
!551 = !{!552, !553, !558, !560, !562, !564, !566, !568}
!552 = !DILocalVariable(name: "seed", arg: 1, scope: !550, file: !3, line: 18, type: !9)
!553 = !DILocalVariable(name: "buf", scope: !554, file: !3, line: 20, type: !555, align: 1)
!554 = distinct !DILexicalBlock(scope: !550, file: !3, line: 20, column: 13)
!555 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1152, align: 8, elements: !556)
!556 = !{!557}
!557 = !DISubrange(count: 144, lowerBound: 0)
!558 = !DILocalVariable(name: "v", scope: !559, file: !3, line: 21, type: !46, align: 1)
!559 = distinct !DILexicalBlock(scope: !554, file: !3, line: 21, column: 13)
!560 = !DILocalVariable(name: "iter", scope: !561, file: !3, line: 22, type: !255, align: 8)
!561 = distinct !DILexicalBlock(scope: !559, file: !3, line: 22, column: 13)
!562 = !DILocalVariable(name: "i", scope: !563, file: !3, line: 22, type: !48, align: 8)
!563 = distinct !DILexicalBlock(scope: !561, file: !3, line: 22, column: 29)
!564 = !DILocalVariable(name: "sum", scope: !565, file: !3, line: 25, type: !9, align: 8)
!565 = distinct !DILexicalBlock(scope: !559, file: !3, line: 25, column: 13)
!566 = !DILocalVariable(name: "iter", scope: !567, file: !3, line: 26, type: !255, align: 8)
!567 = distinct !DILexicalBlock(scope: !565, file: !3, line: 26, column: 13)
!568 = !DILocalVariable(name: "i", scope: !569, file: !3, line: 26, type: !48, align: 8)
!569 = distinct !DILexicalBlock(scope: !567, file: !3, line: 26, column: 29)
!570 = !DILocation(line: 25, column: 17, scope: !565)
!571 = !DILocation(line: 18, column: 18, scope: !550)
!572 = !DILocation(line: 20, column: 17, scope: !554)
!573 = !DILocation(line: 22, column: 22, scope: !561)
!574 = !DILocation(line: 26, column: 22, scope: !567)
!575 = !DILocation(line: 20, column: 27, scope: !550)
!576 = !DILocation(line: 21, column: 21, scope: !554)
!577 = !DILocation(line: 21, column: 17, scope: !559)
!578 = !DILocation(line: 22, column: 22, scope: !559)
!579 = !DILocation(line: 22, column: 13, scope: !561)
!580 = !DILocation(line: 25, column: 27, scope: !559)
!581 = !DILocation(line: 22, column: 17, scope: !561)
!582 = !DILocation(line: 22, column: 17, scope: !563)
!583 = !DILocation(line: 23, column: 41, scope: !563)
!584 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !585)
!585 = distinct !DILocation(line: 23, column: 41, scope: !563)
!586 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !585)
!587 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !588)
!588 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !585)
!589 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !588)
!590 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !588)
!591 = !DILocation(line: 23, column: 26, scope: !563)
!592 = !DILocation(line: 26, column: 22, scope: !565)
!593 = !DILocation(line: 26, column: 13, scope: !567)
!594 = !DILocation(line: 30, column: 10, scope: !550)
!595 = !DILocation(line: 26, column: 17, scope: !567)
!596 = !DILocation(line: 26, column: 17, scope: !569)
!597 = !DILocation(line: 27, column: 47, scope: !569)
!598 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !599)
!599 = distinct !DILocation(line: 27, column: 47, scope: !569)
!600 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !599)
!601 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !602)
!602 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !599)
!603 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !602)
!604 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !602)
!605 = !DILocation(line: 27, column: 33, scope: !569)
!606 = !DILocation(line: 27, column: 24, scope: !569)
!607 = !DILocation(line: 27, column: 17, scope: !569)
!608 = distinct !DISubprogram(name: "level8", linkageName: "_ZN10deep_chain6level817h139ac4bb75bcd412E", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !609)
!609 = !{!610, !611, !616, !618, !620, !622, !624, !626}
!610 = !DILocalVariable(name: "seed", arg: 1, scope: !608, file: !3, line: 18, type: !9)
!611 = !DILocalVariable(name: "buf", scope: !612, file: !3, line: 20, type: !613, align: 1)
!612 = distinct !DILexicalBlock(scope: !608, file: !3, line: 20, column: 13)
!613 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 1024, align: 8, elements: !614)
!614 = !{!615}
!615 = !DISubrange(count: 128, lowerBound: 0)
!616 = !DILocalVariable(name: "v", scope: !617, file: !3, line: 21, type: !46, align: 1)
!617 = distinct !DILexicalBlock(scope: !612, file: !3, line: 21, column: 13)
!618 = !DILocalVariable(name: "iter", scope: !619, file: !3, line: 22, type: !255, align: 8)
!619 = distinct !DILexicalBlock(scope: !617, file: !3, line: 22, column: 13)
!620 = !DILocalVariable(name: "i", scope: !621, file: !3, line: 22, type: !48, align: 8)
!621 = distinct !DILexicalBlock(scope: !619, file: !3, line: 22, column: 29)
!622 = !DILocalVariable(name: "sum", scope: !623, file: !3, line: 25, type: !9, align: 8)
!623 = distinct !DILexicalBlock(scope: !617, file: !3, line: 25, column: 13)
!624 = !DILocalVariable(name: "iter", scope: !625, file: !3, line: 26, type: !255, align: 8)
!625 = distinct !DILexicalBlock(scope: !623, file: !3, line: 26, column: 13)
!626 = !DILocalVariable(name: "i", scope: !627, file: !3, line: 26, type: !48, align: 8)
!627 = distinct !DILexicalBlock(scope: !625, file: !3, line: 26, column: 29)
!628 = !DILocation(line: 25, column: 17, scope: !623)
!629 = !DILocation(line: 18, column: 18, scope: !608)
!630 = !DILocation(line: 20, column: 17, scope: !612)
!631 = !DILocation(line: 22, column: 22, scope: !619)
!632 = !DILocation(line: 26, column: 22, scope: !625)
!633 = !DILocation(line: 20, column: 27, scope: !608)
!634 = !DILocation(line: 21, column: 21, scope: !612)
!635 = !DILocation(line: 21, column: 17, scope: !617)
!636 = !DILocation(line: 22, column: 22, scope: !617)
!637 = !DILocation(line: 22, column: 13, scope: !619)
!638 = !DILocation(line: 25, column: 27, scope: !617)
!639 = !DILocation(line: 22, column: 17, scope: !619)
!640 = !DILocation(line: 22, column: 17, scope: !621)
!641 = !DILocation(line: 23, column: 41, scope: !621)
!642 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !643)
!643 = distinct !DILocation(line: 23, column: 41, scope: !621)
!644 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !643)
!645 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !646)
!646 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !643)
!647 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !646)
!648 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !646)
!649 = !DILocation(line: 23, column: 26, scope: !621)
!650 = !DILocation(line: 26, column: 22, scope: !623)
!651 = !DILocation(line: 26, column: 13, scope: !625)
!652 = !DILocation(line: 30, column: 10, scope: !608)
!653 = !DILocation(line: 26, column: 17, scope: !625)
!654 = !DILocation(line: 26, column: 17, scope: !627)
!655 = !DILocation(line: 27, column: 47, scope: !627)
!656 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !657)
!657 = distinct !DILocation(line: 27, column: 47, scope: !627)
!658 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !657)
!659 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !660)
!660 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !657)
!661 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !660)
!662 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !660)
!663 = !DILocation(line: 27, column: 33, scope: !627)
!664 = !DILocation(line: 27, column: 24, scope: !627)
!665 = !DILocation(line: 27, column: 17, scope: !627)
!666 = distinct !DISubprogram(name: "level7", linkageName: "_ZN10deep_chain6level717h3d6e972b19438471E", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !667)
!667 = !{!668, !669, !674, !676, !678, !680, !682, !684}
!668 = !DILocalVariable(name: "seed", arg: 1, scope: !666, file: !3, line: 18, type: !9)
!669 = !DILocalVariable(name: "buf", scope: !670, file: !3, line: 20, type: !671, align: 1)
!670 = distinct !DILexicalBlock(scope: !666, file: !3, line: 20, column: 13)
!671 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 896, align: 8, elements: !672)
!672 = !{!673}
!673 = !DISubrange(count: 112, lowerBound: 0)
!674 = !DILocalVariable(name: "v", scope: !675, file: !3, line: 21, type: !46, align: 1)
!675 = distinct !DILexicalBlock(scope: !670, file: !3, line: 21, column: 13)
!676 = !DILocalVariable(name: "iter", scope: !677, file: !3, line: 22, type: !255, align: 8)
!677 = distinct !DILexicalBlock(scope: !675, file: !3, line: 22, column: 13)
!678 = !DILocalVariable(name: "i", scope: !679, file: !3, line: 22, type: !48, align: 8)
!679 = distinct !DILexicalBlock(scope: !677, file: !3, line: 22, column: 29)
!680 = !DILocalVariable(name: "sum", scope: !681, file: !3, line: 25, type: !9, align: 8)
!681 = distinct !DILexicalBlock(scope: !675, file: !3, line: 25, column: 13)
!682 = !DILocalVariable(name: "iter", scope: !683, file: !3, line: 26, type: !255, align: 8)
!683 = distinct !DILexicalBlock(scope: !681, file: !3, line: 26, column: 13)
!684 = !DILocalVariable(name: "i", scope: !685, file: !3, line: 26, type: !48, align: 8)
!685 = distinct !DILexicalBlock(scope: !683, file: !3, line: 26, column: 29)
!686 = !DILocation(line: 25, column: 17, scope: !681)
!687 = !DILocation(line: 18, column: 18, scope: !666)
!688 = !DILocation(line: 20, column: 17, scope: !670)
!689 = !DILocation(line: 22, column: 22, scope: !677)
!690 = !DILocation(line: 26, column: 22, scope: !683)
!691 = !DILocation(line: 20, column: 27, scope: !666)
!692 = !DILocation(line: 21, column: 21, scope: !670)
!693 = !DILocation(line: 21, column: 17, scope: !675)
!694 = !DILocation(line: 22, column: 22, scope: !675)
!695 = !DILocation(line: 22, column: 13, scope: !677)
!696 = !DILocation(line: 25, column: 27, scope: !675)
!697 = !DILocation(line: 22, column: 17, scope: !677)
!698 = !DILocation(line: 22, column: 17, scope: !679)
!699 = !DILocation(line: 23, column: 41, scope: !679)
!700 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !701)
!701 = distinct !DILocation(line: 23, column: 41, scope: !679)
!702 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !701)
!703 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !704)
!704 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !701)
!705 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !704)
!706 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !704)
!707 = !DILocation(line: 23, column: 26, scope: !679)
!708 = !DILocation(line: 26, column: 22, scope: !681)
!709 = !DILocation(line: 26, column: 13, scope: !683)
!710 = !DILocation(line: 30, column: 10, scope: !666)
!711 = !DILocation(line: 26, column: 17, scope: !683)
!712 = !DILocation(line: 26, column: 17, scope: !685)
!713 = !DILocation(line: 27, column: 47, scope: !685)
!714 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !715)
!715 = distinct !DILocation(line: 27, column: 47, scope: !685)
!716 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !715)
!717 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !718)
!718 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !715)
!719 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !718)
!720 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !718)
!721 = !DILocation(line: 27, column: 33, scope: !685)
!722 = !DILocation(line: 27, column: 24, scope: !685)
!723 = !DILocation(line: 27, column: 17, scope: !685)
!724 = distinct !DISubprogram(name: "level6", linkageName: "_ZN10deep_chain6level617hc9ef0be717e9ef62E", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !725)
!725 = !{!726, !727, !732, !734, !736, !738, !740, !742}
!726 = !DILocalVariable(name: "seed", arg: 1, scope: !724, file: !3, line: 18, type: !9)
!727 = !DILocalVariable(name: "buf", scope: !728, file: !3, line: 20, type: !729, align: 1)
!728 = distinct !DILexicalBlock(scope: !724, file: !3, line: 20, column: 13)
!729 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 768, align: 8, elements: !730)
!730 = !{!731}
!731 = !DISubrange(count: 96, lowerBound: 0)
!732 = !DILocalVariable(name: "v", scope: !733, file: !3, line: 21, type: !46, align: 1)
!733 = distinct !DILexicalBlock(scope: !728, file: !3, line: 21, column: 13)
!734 = !DILocalVariable(name: "iter", scope: !735, file: !3, line: 22, type: !255, align: 8)
!735 = distinct !DILexicalBlock(scope: !733, file: !3, line: 22, column: 13)
!736 = !DILocalVariable(name: "i", scope: !737, file: !3, line: 22, type: !48, align: 8)
!737 = distinct !DILexicalBlock(scope: !735, file: !3, line: 22, column: 29)
!738 = !DILocalVariable(name: "sum", scope: !739, file: !3, line: 25, type: !9, align: 8)
!739 = distinct !DILexicalBlock(scope: !733, file: !3, line: 25, column: 13)
!740 = !DILocalVariable(name: "iter", scope: !741, file: !3, line: 26, type: !255, align: 8)
!741 = distinct !DILexicalBlock(scope: !739, file: !3, line: 26, column: 13)
!742 = !DILocalVariable(name: "i", scope: !743, file: !3, line: 26, type: !48, align: 8)
!743 = distinct !DILexicalBlock(scope: !741, file: !3, line: 26, column: 29)
!744 = !DILocation(line: 25, column: 17, scope: !739)
!745 = !DILocation(line: 18, column: 18, scope: !724)
!746 = !DILocation(line: 20, column: 17, scope: !728)
!747 = !DILocation(line: 22, column: 22, scope: !735)
!748 = !DILocation(line: 26, column: 22, scope: !741)
!749 = !DILocation(line: 20, column: 27, scope: !724)
!750 = !DILocation(line: 21, column: 21, scope: !728)
!751 = !DILocation(line: 21, column: 17, scope: !733)
!752 = !DILocation(line: 22, column: 22, scope: !733)
!753 = !DILocation(line: 22, column: 13, scope: !735)
!754 = !DILocation(line: 25, column: 27, scope: !733)
!755 = !DILocation(line: 22, column: 17, scope: !735)
!756 = !DILocation(line: 22, column: 17, scope: !737)
!757 = !DILocation(line: 23, column: 41, scope: !737)
!758 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !759)
!759 = distinct !DILocation(line: 23, column: 41, scope: !737)
!760 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !759)
!761 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !762)
!762 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !759)
!763 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !762)
!764 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !762)
!765 = !DILocation(line: 23, column: 26, scope: !737)
!766 = !DILocation(line: 26, column: 22, scope: !739)
!767 = !DILocation(line: 26, column: 13, scope: !741)
!768 = !DILocation(line: 30, column: 10, scope: !724)
!769 = !DILocation(line: 26, column: 17, scope: !741)
!770 = !DILocation(line: 26, column: 17, scope: !743)
!771 = !DILocation(line: 27, column: 47, scope: !743)
!772 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !773)
!773 = distinct !DILocation(line: 27, column: 47, scope: !743)
!774 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !773)
!775 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !776)
!776 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !773)
!777 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !776)
!778 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !776)
!779 = !DILocation(line: 27, column: 33, scope: !743)
!780 = !DILocation(line: 27, column: 24, scope: !743)
!781 = !DILocation(line: 27, column: 17, scope: !743)
!782 = distinct !DISubprogram(name: "level5", linkageName: "_ZN10deep_chain6level517ha92d1faa677d59a3E", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !783)
!783 = !{!784, !785, !790, !792, !794, !796, !798, !800}
!784 = !DILocalVariable(name: "seed", arg: 1, scope: !782, file: !3, line: 18, type: !9)
!785 = !DILocalVariable(name: "buf", scope: !786, file: !3, line: 20, type: !787, align: 1)
!786 = distinct !DILexicalBlock(scope: !782, file: !3, line: 20, column: 13)
!787 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 640, align: 8, elements: !788)
!788 = !{!789}
!789 = !DISubrange(count: 80, lowerBound: 0)
!790 = !DILocalVariable(name: "v", scope: !791, file: !3, line: 21, type: !46, align: 1)
!791 = distinct !DILexicalBlock(scope: !786, file: !3, line: 21, column: 13)
!792 = !DILocalVariable(name: "iter", scope: !793, file: !3, line: 22, type: !255, align: 8)
!793 = distinct !DILexicalBlock(scope: !791, file: !3, line: 22, column: 13)
!794 = !DILocalVariable(name: "i", scope: !795, file: !3, line: 22, type: !48, align: 8)
!795 = distinct !DILexicalBlock(scope: !793, file: !3, line: 22, column: 29)
!796 = !DILocalVariable(name: "sum", scope: !797, file: !3, line: 25, type: !9, align: 8)
!797 = distinct !DILexicalBlock(scope: !791, file: !3, line: 25, column: 13)
!798 = !DILocalVariable(name: "iter", scope: !799, file: !3, line: 26, type: !255, align: 8)
!799 = distinct !DILexicalBlock(scope: !797, file: !3, line: 26, column: 13)
!800 = !DILocalVariable(name: "i", scope: !801, file: !3, line: 26, type: !48, align: 8)
!801 = distinct !DILexicalBlock(scope: !799, file: !3, line: 26, column: 29)
!802 = !DILocation(line: 25, column: 17, scope: !797)
!803 = !DILocation(line: 18, column: 18, scope: !782)
!804 = !DILocation(line: 20, column: 17, scope: !786)
!805 = !DILocation(line: 22, column: 22, scope: !793)
!806 = !DILocation(line: 26, column: 22, scope: !799)
!807 = !DILocation(line: 20, column: 27, scope: !782)
!808 = !DILocation(line: 21, column: 21, scope: !786)
!809 = !DILocation(line: 21, column: 17, scope: !791)
!810 = !DILocation(line: 22, column: 22, scope: !791)
!811 = !DILocation(line: 22, column: 13, scope: !793)
!812 = !DILocation(line: 25, column: 27, scope: !791)
!813 = !DILocation(line: 22, column: 17, scope: !793)
!814 = !DILocation(line: 22, column: 17, scope: !795)
!815 = !DILocation(line: 23, column: 41, scope: !795)
!816 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !817)
!817 = distinct !DILocation(line: 23, column: 41, scope: !795)
!818 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !817)
!819 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !820)
!820 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !817)
!821 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !820)
!822 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !820)
!823 = !DILocation(line: 23, column: 26, scope: !795)
!824 = !DILocation(line: 26, column: 22, scope: !797)
!825 = !DILocation(line: 26, column: 13, scope: !799)
!826 = !DILocation(line: 30, column: 10, scope: !782)
!827 = !DILocation(line: 26, column: 17, scope: !799)
!828 = !DILocation(line: 26, column: 17, scope: !801)
!829 = !DILocation(line: 27, column: 47, scope: !801)
!830 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !831)
!831 = distinct !DILocation(line: 27, column: 47, scope: !801)
!832 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !831)
!833 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !834)
!834 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !831)
!835 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !834)
!836 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !834)
!837 = !DILocation(line: 27, column: 33, scope: !801)
!838 = !DILocation(line: 27, column: 24, scope: !801)
!839 = !DILocation(line: 27, column: 17, scope: !801)
!840 = distinct !DISubprogram(name: "level4", linkageName: "_ZN10deep_chain6level417h1931bb7fe164a7a8E", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !841)
!841 = !{!842, !843, !848, !850, !852, !854, !856, !858}
!842 = !DILocalVariable(name: "seed", arg: 1, scope: !840, file: !3, line: 18, type: !9)
!843 = !DILocalVariable(name: "buf", scope: !844, file: !3, line: 20, type: !845, align: 1)
!844 = distinct !DILexicalBlock(scope: !840, file: !3, line: 20, column: 13)
!845 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 512, align: 8, elements: !846)
!846 = !{!847}
!847 = !DISubrange(count: 64, lowerBound: 0)
!848 = !DILocalVariable(name: "v", scope: !849, file: !3, line: 21, type: !46, align: 1)
!849 = distinct !DILexicalBlock(scope: !844, file: !3, line: 21, column: 13)
!850 = !DILocalVariable(name: "iter", scope: !851, file: !3, line: 22, type: !255, align: 8)
!851 = distinct !DILexicalBlock(scope: !849, file: !3, line: 22, column: 13)
!852 = !DILocalVariable(name: "i", scope: !853, file: !3, line: 22, type: !48, align: 8)
!853 = distinct !DILexicalBlock(scope: !851, file: !3, line: 22, column: 29)
!854 = !DILocalVariable(name: "sum", scope: !855, file: !3, line: 25, type: !9, align: 8)
!855 = distinct !DILexicalBlock(scope: !849, file: !3, line: 25, column: 13)
!856 = !DILocalVariable(name: "iter", scope: !857, file: !3, line: 26, type: !255, align: 8)
!857 = distinct !DILexicalBlock(scope: !855, file: !3, line: 26, column: 13)
!858 = !DILocalVariable(name: "i", scope: !859, file: !3, line: 26, type: !48, align: 8)
!859 = distinct !DILexicalBlock(scope: !857, file: !3, line: 26, column: 29)
!860 = !DILocation(line: 25, column: 17, scope: !855)
!861 = !DILocation(line: 18, column: 18, scope: !840)
!862 = !DILocation(line: 20, column: 17, scope: !844)
!863 = !DILocation(line: 22, column: 22, scope: !851)
!864 = !DILocation(line: 26, column: 22, scope: !857)
!865 = !DILocation(line: 20, column: 27, scope: !840)
!866 = !DILocation(line: 21, column: 21, scope: !844)
!867 = !DILocation(line: 21, column: 17, scope: !849)
!868 = !DILocation(line: 22, column: 22, scope: !849)
!869 = !DILocation(line: 22, column: 13, scope: !851)
!870 = !DILocation(line: 25, column: 27, scope: !849)
!871 = !DILocation(line: 22, column: 17, scope: !851)
!872 = !DILocation(line: 22, column: 17, scope: !853)
!873 = !DILocation(line: 23, column: 41, scope: !853)
!874 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !875)
!875 = distinct !DILocation(line: 23, column: 41, scope: !853)
!876 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !875)
!877 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !878)
!878 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !875)
!879 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !878)
!880 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !878)
!881 = !DILocation(line: 23, column: 26, scope: !853)
!882 = !DILocation(line: 26, column: 22, scope: !855)
!883 = !DILocation(line: 26, column: 13, scope: !857)
!884 = !DILocation(line: 30, column: 10, scope: !840)
!885 = !DILocation(line: 26, column: 17, scope: !857)
!886 = !DILocation(line: 26, column: 17, scope: !859)
!887 = !DILocation(line: 27, column: 47, scope: !859)
!888 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !889)
!889 = distinct !DILocation(line: 27, column: 47, scope: !859)
!890 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !889)
!891 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !892)
!892 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !889)
!893 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !892)
!894 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !892)
!895 = !DILocation(line: 27, column: 33, scope: !859)
!896 = !DILocation(line: 27, column: 24, scope: !859)
!897 = !DILocation(line: 27, column: 17, scope: !859)
!898 = distinct !DISubprogram(name: "level3", linkageName: "_ZN10deep_chain6level317h2a5541c29fdfdd07E", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !899)
!899 = !{!900, !901, !906, !908, !910, !912, !914, !916}
!900 = !DILocalVariable(name: "seed", arg: 1, scope: !898, file: !3, line: 18, type: !9)
!901 = !DILocalVariable(name: "buf", scope: !902, file: !3, line: 20, type: !903, align: 1)
!902 = distinct !DILexicalBlock(scope: !898, file: !3, line: 20, column: 13)
!903 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 384, align: 8, elements: !904)
!904 = !{!905}
!905 = !DISubrange(count: 48, lowerBound: 0)
!906 = !DILocalVariable(name: "v", scope: !907, file: !3, line: 21, type: !46, align: 1)
!907 = distinct !DILexicalBlock(scope: !902, file: !3, line: 21, column: 13)
!908 = !DILocalVariable(name: "iter", scope: !909, file: !3, line: 22, type: !255, align: 8)
!909 = distinct !DILexicalBlock(scope: !907, file: !3, line: 22, column: 13)
!910 = !DILocalVariable(name: "i", scope: !911, file: !3, line: 22, type: !48, align: 8)
!911 = distinct !DILexicalBlock(scope: !909, file: !3, line: 22, column: 29)
!912 = !DILocalVariable(name: "sum", scope: !913, file: !3, line: 25, type: !9, align: 8)
!913 = distinct !DILexicalBlock(scope: !907, file: !3, line: 25, column: 13)
!914 = !DILocalVariable(name: "iter", scope: !915, file: !3, line: 26, type: !255, align: 8)
!915 = distinct !DILexicalBlock(scope: !913, file: !3, line: 26, column: 13)
!916 = !DILocalVariable(name: "i", scope: !917, file: !3, line: 26, type: !48, align: 8)
!917 = distinct !DILexicalBlock(scope: !915, file: !3, line: 26, column: 29)
!918 = !DILocation(line: 25, column: 17, scope: !913)
!919 = !DILocation(line: 18, column: 18, scope: !898)
!920 = !DILocation(line: 20, column: 17, scope: !902)
!921 = !DILocation(line: 22, column: 22, scope: !909)
!922 = !DILocation(line: 26, column: 22, scope: !915)
!923 = !DILocation(line: 20, column: 27, scope: !898)
!924 = !DILocation(line: 21, column: 21, scope: !902)
!925 = !DILocation(line: 21, column: 17, scope: !907)
!926 = !DILocation(line: 22, column: 22, scope: !907)
!927 = !DILocation(line: 22, column: 13, scope: !909)
!928 = !DILocation(line: 25, column: 27, scope: !907)
!929 = !DILocation(line: 22, column: 17, scope: !909)
!930 = !DILocation(line: 22, column: 17, scope: !911)
!931 = !DILocation(line: 23, column: 41, scope: !911)
!932 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !933)
!933 = distinct !DILocation(line: 23, column: 41, scope: !911)
!934 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !933)
!935 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !936)
!936 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !933)
!937 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !936)
!938 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !936)
!939 = !DILocation(line: 23, column: 26, scope: !911)
!940 = !DILocation(line: 26, column: 22, scope: !913)
!941 = !DILocation(line: 26, column: 13, scope: !915)
!942 = !DILocation(line: 30, column: 10, scope: !898)
!943 = !DILocation(line: 26, column: 17, scope: !915)
!944 = !DILocation(line: 26, column: 17, scope: !917)
!945 = !DILocation(line: 27, column: 47, scope: !917)
!946 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !947)
!947 = distinct !DILocation(line: 27, column: 47, scope: !917)
!948 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !947)
!949 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !950)
!950 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !947)
!951 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !950)
!952 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !950)
!953 = !DILocation(line: 27, column: 33, scope: !917)
!954 = !DILocation(line: 27, column: 24, scope: !917)
!955 = !DILocation(line: 27, column: 17, scope: !917)
!956 = distinct !DISubprogram(name: "level2", linkageName: "_ZN10deep_chain6level217ha0d9f46ecf786ceeE", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !957)
!957 = !{!958, !959, !964, !966, !968, !970, !972, !974}
!958 = !DILocalVariable(name: "seed", arg: 1, scope: !956, file: !3, line: 18, type: !9)
!959 = !DILocalVariable(name: "buf", scope: !960, file: !3, line: 20, type: !961, align: 1)
!960 = distinct !DILexicalBlock(scope: !956, file: !3, line: 20, column: 13)
!961 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 256, align: 8, elements: !962)
!962 = !{!963}
!963 = !DISubrange(count: 32, lowerBound: 0)
!964 = !DILocalVariable(name: "v", scope: !965, file: !3, line: 21, type: !46, align: 1)
!965 = distinct !DILexicalBlock(scope: !960, file: !3, line: 21, column: 13)
!966 = !DILocalVariable(name: "iter", scope: !967, file: !3, line: 22, type: !255, align: 8)
!967 = distinct !DILexicalBlock(scope: !965, file: !3, line: 22, column: 13)
!968 = !DILocalVariable(name: "i", scope: !969, file: !3, line: 22, type: !48, align: 8)
!969 = distinct !DILexicalBlock(scope: !967, file: !3, line: 22, column: 29)
!970 = !DILocalVariable(name: "sum", scope: !971, file: !3, line: 25, type: !9, align: 8)
!971 = distinct !DILexicalBlock(scope: !965, file: !3, line: 25, column: 13)
!972 = !DILocalVariable(name: "iter", scope: !973, file: !3, line: 26, type: !255, align: 8)
!973 = distinct !DILexicalBlock(scope: !971, file: !3, line: 26, column: 13)
!974 = !DILocalVariable(name: "i", scope: !975, file: !3, line: 26, type: !48, align: 8)
!975 = distinct !DILexicalBlock(scope: !973, file: !3, line: 26, column: 29)
!976 = !DILocation(line: 25, column: 17, scope: !971)
!977 = !DILocation(line: 18, column: 18, scope: !956)
!978 = !DILocation(line: 20, column: 17, scope: !960)
!979 = !DILocation(line: 22, column: 22, scope: !967)
!980 = !DILocation(line: 26, column: 22, scope: !973)
!981 = !DILocation(line: 20, column: 27, scope: !956)
!982 = !DILocation(line: 21, column: 21, scope: !960)
!983 = !DILocation(line: 21, column: 17, scope: !965)
!984 = !DILocation(line: 22, column: 22, scope: !965)
!985 = !DILocation(line: 22, column: 13, scope: !967)
!986 = !DILocation(line: 25, column: 27, scope: !965)
!987 = !DILocation(line: 22, column: 17, scope: !967)
!988 = !DILocation(line: 22, column: 17, scope: !969)
!989 = !DILocation(line: 23, column: 41, scope: !969)
!990 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !991)
!991 = distinct !DILocation(line: 23, column: 41, scope: !969)
!992 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !991)
!993 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !994)
!994 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !991)
!995 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !994)
!996 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !994)
!997 = !DILocation(line: 23, column: 26, scope: !969)
!998 = !DILocation(line: 26, column: 22, scope: !971)
!999 = !DILocation(line: 26, column: 13, scope: !973)
!1000 = !DILocation(line: 30, column: 10, scope: !956)
!1001 = !DILocation(line: 26, column: 17, scope: !973)
!1002 = !DILocation(line: 26, column: 17, scope: !975)
!1003 = !DILocation(line: 27, column: 47, scope: !975)
!1004 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !1005)
!1005 = distinct !DILocation(line: 27, column: 47, scope: !975)
!1006 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !1005)
!1007 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !1008)
!1008 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !1005)
!1009 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !1008)
!1010 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !1008)
!1011 = !DILocation(line: 27, column: 33, scope: !975)
!1012 = !DILocation(line: 27, column: 24, scope: !975)
!1013 = !DILocation(line: 27, column: 17, scope: !975)
!1014 = distinct !DISubprogram(name: "level1", linkageName: "_ZN10deep_chain6level117h480df435764077ffE", scope: !2, file: !3, line: 18, type: !330, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !1015)
!1015 = !{!1016, !1017, !1022, !1024, !1026, !1028, !1030, !1032}
!1016 = !DILocalVariable(name: "seed", arg: 1, scope: !1014, file: !3, line: 18, type: !9)
!1017 = !DILocalVariable(name: "buf", scope: !1018, file: !3, line: 20, type: !1019, align: 1)
!1018 = distinct !DILexicalBlock(scope: !1014, file: !3, line: 20, column: 13)
!1019 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 128, align: 8, elements: !1020)
!1020 = !{!1021}
!1021 = !DISubrange(count: 16, lowerBound: 0)
!1022 = !DILocalVariable(name: "v", scope: !1023, file: !3, line: 21, type: !46, align: 1)
!1023 = distinct !DILexicalBlock(scope: !1018, file: !3, line: 21, column: 13)
!1024 = !DILocalVariable(name: "iter", scope: !1025, file: !3, line: 22, type: !255, align: 8)
!1025 = distinct !DILexicalBlock(scope: !1023, file: !3, line: 22, column: 13)
!1026 = !DILocalVariable(name: "i", scope: !1027, file: !3, line: 22, type: !48, align: 8)
!1027 = distinct !DILexicalBlock(scope: !1025, file: !3, line: 22, column: 29)
!1028 = !DILocalVariable(name: "sum", scope: !1029, file: !3, line: 25, type: !9, align: 8)
!1029 = distinct !DILexicalBlock(scope: !1023, file: !3, line: 25, column: 13)
!1030 = !DILocalVariable(name: "iter", scope: !1031, file: !3, line: 26, type: !255, align: 8)
!1031 = distinct !DILexicalBlock(scope: !1029, file: !3, line: 26, column: 13)
!1032 = !DILocalVariable(name: "i", scope: !1033, file: !3, line: 26, type: !48, align: 8)
!1033 = distinct !DILexicalBlock(scope: !1031, file: !3, line: 26, column: 29)
!1034 = !DILocation(line: 25, column: 17, scope: !1029)
!1035 = !DILocation(line: 18, column: 18, scope: !1014)
!1036 = !DILocation(line: 20, column: 17, scope: !1018)
!1037 = !DILocation(line: 22, column: 22, scope: !1025)
!1038 = !DILocation(line: 26, column: 22, scope: !1031)
!1039 = !DILocation(line: 20, column: 27, scope: !1014)
!1040 = !DILocation(line: 21, column: 21, scope: !1018)
!1041 = !DILocation(line: 21, column: 17, scope: !1023)
!1042 = !DILocation(line: 22, column: 22, scope: !1023)
!1043 = !DILocation(line: 22, column: 13, scope: !1025)
!1044 = !DILocation(line: 25, column: 27, scope: !1023)
!1045 = !DILocation(line: 22, column: 17, scope: !1025)
!1046 = !DILocation(line: 22, column: 17, scope: !1027)
!1047 = !DILocation(line: 23, column: 41, scope: !1027)
!1048 = !DILocation(line: 977, column: 29, scope: !380, inlinedAt: !1049)
!1049 = distinct !DILocation(line: 23, column: 41, scope: !1027)
!1050 = !DILocation(line: 977, column: 35, scope: !380, inlinedAt: !1049)
!1051 = !DILocation(line: 462, column: 32, scope: !392, inlinedAt: !1052)
!1052 = distinct !DILocation(line: 982, column: 18, scope: !380, inlinedAt: !1049)
!1053 = !DILocation(line: 462, column: 38, scope: !392, inlinedAt: !1052)
!1054 = !DILocation(line: 469, column: 18, scope: !392, inlinedAt: !1052)
!1055 = !DILocation(line: 23, column: 26, scope: !1027)
!1056 = !DILocation(line: 26, column: 22, scope: !1029)
!1057 = !DILocation(line: 26, column: 13, scope: !1031)
!1058 = !DILocation(line: 30, column: 10, scope: !1014)
!1059 = !DILocation(line: 26, column: 17, scope: !1031)
!1060 = !DILocation(line: 26, column: 17, scope: !1033)
!1061 = !DILocation(line: 27, column: 47, scope: !1033)
!1062 = !DILocation(line: 865, column: 29, scope: !410, inlinedAt: !1063)
!1063 = distinct !DILocation(line: 27, column: 47, scope: !1033)
!1064 = !DILocation(line: 865, column: 35, scope: !410, inlinedAt: !1063)
!1065 = !DILocation(line: 452, column: 32, scope: !422, inlinedAt: !1066)
!1066 = distinct !DILocation(line: 870, column: 18, scope: !410, inlinedAt: !1063)
!1067 = !DILocation(line: 452, column: 38, scope: !422, inlinedAt: !1066)
!1068 = !DILocation(line: 457, column: 18, scope: !422, inlinedAt: !1066)
!1069 = !DILocation(line: 27, column: 33, scope: !1033)
!1070 = !DILocation(line: 27, column: 24, scope: !1033)
!1071 = !DILocation(line: 27, column: 17, scope: !1033)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_deep_chain(i8* %ctx) #11 section "kprobe/__x64_sys_sched_yield" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN10deep_chain4PROG17ha4fed6aaf5b7fde7E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_deep_chain to i8*)], section "llvm.metadata"

attributes #11 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!1072}
!1072 = !{!"_ZN10deep_chain16iu_deep_chain_fn17hc45e100ce3be51c7E"}
