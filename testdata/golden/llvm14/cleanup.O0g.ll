; ModuleID = 'cleanup.d885de21-cgu.0'
source_filename = "cleanup.d885de21-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::fmt::Formatter" = type { { i64, i64 }, { i64, i64 }, { {}*, [3 x i64]* }, i32, i32, i8, [7 x i8] }
%"core::fmt::Opaque" = type {}
%"core::fmt::Arguments" = type { { [0 x { [0 x i8]*, i64 }]*, i64 }, { i64*, i64 }, { [0 x { i8*, i64* }]*, i64 } }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc16 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"invalid args" }>, align 1
@alloc17 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc16, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, align 8
@alloc19 = private unnamed_addr constant <{}> zeroinitializer, align 8
@alloc20 = private unnamed_addr constant <{ [49 x i8] }> <{ [49 x i8] c"/usr/src/rustc-1.63.0/library/core/src/fmt/mod.rs" }>, align 1
@alloc21 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [49 x i8] }>, <{ [49 x i8] }>* @alloc20, i32 0, i32 0, i32 0), [16 x i8] c"1\00\00\00\00\00\00\00\87\01\00\00\0D\00\00\00" }>, align 8
@alloc11 = private unnamed_addr constant <{ [29 x i8] }> <{ [29 x i8] c"cleanup test panic (resource " }>, align 1
@alloc13 = private unnamed_addr constant <{ [1 x i8] }> <{ [1 x i8] c")" }>, align 1
@alloc12 = private unnamed_addr constant <{ i8*, [8 x i8], i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [29 x i8] }>, <{ [29 x i8] }>* @alloc11, i32 0, i32 0, i32 0), [8 x i8] c"\1D\00\00\00\00\00\00\00", i8* getelementptr inbounds (<{ [1 x i8] }>, <{ [1 x i8] }>* @alloc13, i32 0, i32 0, i32 0), [8 x i8] c"\01\00\00\00\00\00\00\00" }>, align 8
@alloc24 = private unnamed_addr constant <{ [30 x i8] }> <{ [30 x i8] c"testdata/rust/progs/cleanup.rs" }>, align 1
@alloc23 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [30 x i8] }>, <{ [30 x i8] }>* @alloc24, i32 0, i32 0, i32 0), [16 x i8] c"\1E\00\00\00\00\00\00\00\0E\00\00\00\09\00\00\00" }>, align 8
@alloc25 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [30 x i8] }>, <{ [30 x i8] }>* @alloc24, i32 0, i32 0, i32 0), [16 x i8] c"\1E\00\00\00\00\00\00\00\15\00\00\00\05\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc3 = private unnamed_addr constant <{ [10 x i8] }> <{ [10 x i8] c"iu_cleanup" }>, align 1
@_ZN7cleanup4PROG17h6dedb2409fa9bef2E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN7cleanup13iu_cleanup_fn17h35e7af73caad98deE to i8*), i8* getelementptr inbounds (<{ [10 x i8] }>, <{ [10 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN7cleanup4PROG17h6dedb2409fa9bef2E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::fmt::ArgumentV1::new_display
; Function Attrs: inlinehint nounwind nonlazybind
define internal { i8*, i64* } @_ZN4core3fmt10ArgumentV111new_display17h98a8d7f25c6a8694E(i64* align 8 %x) unnamed_addr #0 !dbg !66 {
start:
  %x.dbg.spill = alloca i64*, align 8
  store i64* %x, i64** %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %x.dbg.spill, metadata !135, metadata !DIExpression()), !dbg !138
; call core::fmt::ArgumentV1::new
  %0 = call { i8*, i64* } @_ZN4core3fmt10ArgumentV13new17he861eb24aee9810bE(i64* align 8 %x, i1 (i64*, %"core::fmt::Formatter"*)* @"_ZN4core3fmt3num3imp52_$LT$impl$u20$core..fmt..Display$u20$for$u20$u64$GT$3fmt17h991fd85d37bacfddE") #6, !dbg !139
  %1 = extractvalue { i8*, i64* } %0, 0, !dbg !139
  %2 = extractvalue { i8*, i64* } %0, 1, !dbg !139
  br label %bb1, !dbg !139

bb1:                                              ; preds = %start
  %3 = insertvalue { i8*, i64* } undef, i8* %1, 0, !dbg !140
  %4 = insertvalue { i8*, i64* } %3, i64* %2, 1, !dbg !140
  ret { i8*, i64* } %4, !dbg !140
}

; core::fmt::ArgumentV1::new
; Function Attrs: inlinehint nounwind nonlazybind
define internal { i8*, i64* } @_ZN4core3fmt10ArgumentV13new17he861eb24aee9810bE(i64* align 8 %x, i1 (i64*, %"core::fmt::Formatter"*)* %f) unnamed_addr #0 !dbg !141 {
start:
  %0 = alloca %"core::fmt::Opaque"*, align 8
  %1 = alloca i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)*, align 8
  %f.dbg.spill = alloca i1 (i64*, %"core::fmt::Formatter"*)*, align 8
  %x.dbg.spill = alloca i64*, align 8
  %2 = alloca { i8*, i64* }, align 8
  store i64* %x, i64** %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %x.dbg.spill, metadata !148, metadata !DIExpression()), !dbg !150
  store i1 (i64*, %"core::fmt::Formatter"*)* %f, i1 (i64*, %"core::fmt::Formatter"*)** %f.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i1 (i64*, %"core::fmt::Formatter"*)** %f.dbg.spill, metadata !149, metadata !DIExpression()), !dbg !151
  %3 = bitcast i1 (i64*, %"core::fmt::Formatter"*)* %f to i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)*, !dbg !152
  store i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)* %3, i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)** %1, align 8, !dbg !152
  %_3 = load i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)*, i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)** %1, align 8, !dbg !152, !nonnull !40, !noundef !40
  br label %bb1, !dbg !152

bb1:                                              ; preds = %start
  %4 = bitcast i64* %x to %"core::fmt::Opaque"*, !dbg !153
  store %"core::fmt::Opaque"* %4, %"core::fmt::Opaque"** %0, align 8, !dbg !153
  %_5 = load %"core::fmt::Opaque"*, %"core::fmt::Opaque"** %0, align 8, !dbg !153, !nonnull !40, !align !154, !noundef !40
  br label %bb2, !dbg !153

bb2:                                              ; preds = %bb1
  %5 = bitcast { i8*, i64* }* %2 to %"core::fmt::Opaque"**, !dbg !155
  store %"core::fmt::Opaque"* %_5, %"core::fmt::Opaque"** %5, align 8, !dbg !155
  %6 = getelementptr inbounds { i8*, i64* }, { i8*, i64* }* %2, i32 0, i32 1, !dbg !155
  %7 = bitcast i64** %6 to i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)**, !dbg !155
  store i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)* %_3, i1 (%"core::fmt::Opaque"*, %"core::fmt::Formatter"*)** %7, align 8, !dbg !155
  %8 = getelementptr inbounds { i8*, i64* }, { i8*, i64* }* %2, i32 0, i32 0, !dbg !156
  %9 = load i8*, i8** %8, align 8, !dbg !156, !nonnull !40, !align !154, !noundef !40
  %10 = getelementptr inbounds { i8*, i64* }, { i8*, i64* }* %2, i32 0, i32 1, !dbg !156
  %11 = load i64*, i64** %10, align 8, !dbg !156, !nonnull !40, !noundef !40
  %12 = insertvalue { i8*, i64* } undef, i8* %9, 0, !dbg !156
  %13 = insertvalue { i8*, i64* } %12, i64* %11, 1, !dbg !156
  ret { i8*, i64* } %13, !dbg !156
}

; core::fmt::Arguments::new_v1
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @_ZN4core3fmt9Arguments6new_v117h508fb5f1caeb2da4E(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %0, [0 x { [0 x i8]*, i64 }]* align 8 %pieces.0, i64 %pieces.1, [0 x { i8*, i64* }]* align 8 %args.0, i64 %args.1) unnamed_addr #0 !dbg !157 {
start:
  %args.dbg.spill = alloca { [0 x { i8*, i64* }]*, i64 }, align 8
  %pieces.dbg.spill = alloca { [0 x { [0 x i8]*, i64 }]*, i64 }, align 8
  %_24 = alloca { i64*, i64 }, align 8
  %_16 = alloca %"core::fmt::Arguments", align 8
  %_3 = alloca i8, align 1
  %1 = getelementptr inbounds { [0 x { [0 x i8]*, i64 }]*, i64 }, { [0 x { [0 x i8]*, i64 }]*, i64 }* %pieces.dbg.spill, i32 0, i32 0
  store [0 x { [0 x i8]*, i64 }]* %pieces.0, [0 x { [0 x i8]*, i64 }]** %1, align 8
  %2 = getelementptr inbounds { [0 x { [0 x i8]*, i64 }]*, i64 }, { [0 x { [0 x i8]*, i64 }]*, i64 }* %pieces.dbg.spill, i32 0, i32 1
  store i64 %pieces.1, i64* %2, align 8
  call void @llvm.dbg.declare(metadata { [0 x { [0 x i8]*, i64 }]*, i64 }* %pieces.dbg.spill, metadata !220, metadata !DIExpression()), !dbg !222
  %3 = getelementptr inbounds { [0 x { i8*, i64* }]*, i64 }, { [0 x { i8*, i64* }]*, i64 }* %args.dbg.spill, i32 0, i32 0
  store [0 x { i8*, i64* }]* %args.0, [0 x { i8*, i64* }]** %3, align 8
  %4 = getelementptr inbounds { [0 x { i8*, i64* }]*, i64 }, { [0 x { i8*, i64* }]*, i64 }* %args.dbg.spill, i32 0, i32 1
  store i64 %args.1, i64* %4, align 8
  call void @llvm.dbg.declare(metadata { [0 x { i8*, i64* }]*, i64 }* %args.dbg.spill, metadata !221, metadata !DIExpression()), !dbg !223
  %_4 = icmp ult i64 %pieces.1, %args.1, !dbg !224
  br i1 %_4, label %bb1, label %bb2, !dbg !224

bb2:                                              ; preds = %start
  %_12 = add i64 %args.1, 1, !dbg !225
  %_9 = icmp ugt i64 %pieces.1, %_12, !dbg !226
  %5 = zext i1 %_9 to i8, !dbg !224
  store i8 %5, i8* %_3, align 1, !dbg !224
  br label %bb3, !dbg !224

bb1:                                              ; preds = %start
  store i8 1, i8* %_3, align 1, !dbg !224
  br label %bb3, !dbg !224

bb3:                                              ; preds = %bb2, %bb1
  %6 = load i8, i8* %_3, align 1, !dbg !224, !range !227, !noundef !40
  %7 = trunc i8 %6 to i1, !dbg !224
  br i1 %7, label %bb4, label %bb6, !dbg !224

bb6:                                              ; preds = %bb3
  %8 = bitcast { i64*, i64 }* %_24 to {}**, !dbg !228
  store {}* null, {}** %8, align 8, !dbg !228
  %9 = bitcast %"core::fmt::Arguments"* %0 to { [0 x { [0 x i8]*, i64 }]*, i64 }*, !dbg !229
  %10 = getelementptr inbounds { [0 x { [0 x i8]*, i64 }]*, i64 }, { [0 x { [0 x i8]*, i64 }]*, i64 }* %9, i32 0, i32 0, !dbg !229
  store [0 x { [0 x i8]*, i64 }]* %pieces.0, [0 x { [0 x i8]*, i64 }]** %10, align 8, !dbg !229
  %11 = getelementptr inbounds { [0 x { [0 x i8]*, i64 }]*, i64 }, { [0 x { [0 x i8]*, i64 }]*, i64 }* %9, i32 0, i32 1, !dbg !229
  store i64 %pieces.1, i64* %11, align 8, !dbg !229
  %12 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %0, i32 0, i32 1, !dbg !229
  %13 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %_24, i32 0, i32 0, !dbg !229
  %14 = load i64*, i64** %13, align 8, !dbg !229, !align !230
  %15 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %_24, i32 0, i32 1, !dbg !229
  %16 = load i64, i64* %15, align 8, !dbg !229
  %17 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %12, i32 0, i32 0, !dbg !229
  store i64* %14, i64** %17, align 8, !dbg !229
  %18 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %12, i32 0, i32 1, !dbg !229
  store i64 %16, i64* %18, align 8, !dbg !229
  %19 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %0, i32 0, i32 2, !dbg !229
  %20 = getelementptr inbounds { [0 x { i8*, i64* }]*, i64 }, { [0 x { i8*, i64* }]*, i64 }* %19, i32 0, i32 0, !dbg !229
  store [0 x { i8*, i64* }]* %args.0, [0 x { i8*, i64* }]** %20, align 8, !dbg !229
  %21 = getelementptr inbounds { [0 x { i8*, i64* }]*, i64 }, { [0 x { i8*, i64* }]*, i64 }* %19, i32 0, i32 1, !dbg !229
  store i64 %args.1, i64* %21, align 8, !dbg !229
  ret void, !dbg !231

bb4:                                              ; preds = %bb3
; call core::fmt::Arguments::new_v1
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  call void @_ZN4core3fmt9Arguments6new_v117h508fb5f1caeb2da4E(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_16, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc17 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc19 to [0 x { i8*, i64* }]*), i64 0) #6, !dbg !232
  br label %bb5, !dbg !232

bb5:                                              ; preds = %bb4
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_16, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc21 to %"core::panic::location::Location"*)) #7, !dbg !232
  unreachable, !dbg !232
}

; core::ptr::drop_in_place<iu_rt::Resource>
; Function Attrs: nounwind nonlazybind
define internal void @"_ZN4core3ptr36drop_in_place$LT$iu_rt..Resource$GT$17h2f2a05fa988c9934E"({ i64, i32 }* %_1) unnamed_addr #1 !dbg !233 {
start:
  %_1.dbg.spill = alloca { i64, i32 }*, align 8
  store { i64, i32 }* %_1, { i64, i32 }** %_1.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i32 }** %_1.dbg.spill, metadata !245, metadata !DIExpression()), !dbg !248
; call <iu_rt::Resource as core::ops::drop::Drop>::drop
  call void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfb5694d47cbff5a1E"({ i64, i32 }* align 8 %_1) #6, !dbg !248
  br label %bb1, !dbg !248

bb1:                                              ; preds = %start
  ret void, !dbg !248
}

; cleanup::maybe_panic
; Function Attrs: noinline nounwind nonlazybind
define internal void @_ZN7cleanup11maybe_panic17he1814546a4223cb3E(i64 %flag, { i64, i32 }* align 8 %res) unnamed_addr #2 !dbg !249 {
start:
  %res.dbg.spill = alloca { i64, i32 }*, align 8
  %flag.dbg.spill = alloca i64, align 8
  %_16 = alloca i64, align 8
  %_12 = alloca [1 x { i8*, i64* }], align 8
  %_5 = alloca %"core::fmt::Arguments", align 8
  store i64 %flag, i64* %flag.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %flag.dbg.spill, metadata !254, metadata !DIExpression()), !dbg !256
  store { i64, i32 }* %res, { i64, i32 }** %res.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i32 }** %res.dbg.spill, metadata !255, metadata !DIExpression()), !dbg !257
  %0 = icmp eq i64 %flag, 0, !dbg !258
  br i1 %0, label %bb5, label %bb1, !dbg !258

bb5:                                              ; preds = %start
  ret void, !dbg !259

bb1:                                              ; preds = %start
; call iu_rt::Resource::id
  %1 = call i64 @_ZN5iu_rt8Resource2id17h27e6a9cc21293a20E({ i64, i32 }* align 8 %res) #6, !dbg !260
  store i64 %1, i64* %_16, align 8, !dbg !260
  br label %bb2, !dbg !260

bb2:                                              ; preds = %bb1
; call core::fmt::ArgumentV1::new_display
  %2 = call { i8*, i64* } @_ZN4core3fmt10ArgumentV111new_display17h98a8d7f25c6a8694E(i64* align 8 %_16) #6, !dbg !261
  %_13.0 = extractvalue { i8*, i64* } %2, 0, !dbg !261
  %_13.1 = extractvalue { i8*, i64* } %2, 1, !dbg !261
  br label %bb3, !dbg !261

bb3:                                              ; preds = %bb2
  %3 = bitcast [1 x { i8*, i64* }]* %_12 to { i8*, i64* }*, !dbg !261
  %4 = getelementptr inbounds { i8*, i64* }, { i8*, i64* }* %3, i32 0, i32 0, !dbg !261
  store i8* %_13.0, i8** %4, align 8, !dbg !261
  %5 = getelementptr inbounds { i8*, i64* }, { i8*, i64* }* %3, i32 0, i32 1, !dbg !261
  store i64* %_13.1, i64** %5, align 8, !dbg !261
  %_9.0 = bitcast [1 x { i8*, i64* }]* %_12 to [0 x { i8*, i64* }]*, !dbg !261
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h508fb5f1caeb2da4E(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_5, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8], i8*, [8 x i8] }>* @alloc12 to [0 x { [0 x i8]*, i64 }]*), i64 2, [0 x { i8*, i64* }]* align 8 %_9.0, i64 1) #6, !dbg !261
  br label %bb4, !dbg !261

bb4:                                              ; preds = %bb3
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_5, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc23 to %"core::panic::location::Location"*)) #7, !dbg !261
  unreachable, !dbg !261
}

; cleanup::iu_cleanup_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN7cleanup13iu_cleanup_fn17h35e7af73caad98deE(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !262 {
start:
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  %res = alloca { i64, i32 }, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !264, metadata !DIExpression()), !dbg !268
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !265, metadata !DIExpression()), !dbg !269
  call void @llvm.dbg.declare(metadata { i64, i32 }* %res, metadata !266, metadata !DIExpression()), !dbg !270
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !271
  %_4 = load i64, i64* %0, align 8, !dbg !271
; call iu_rt::Resource::new
  %1 = call { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64 %_4) #6, !dbg !272
  store { i64, i32 } %1, { i64, i32 }* %res, align 8, !dbg !272
  br label %bb1, !dbg !272

bb1:                                              ; preds = %start
  %2 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 13, !dbg !273
  %_6 = load i64, i64* %2, align 8, !dbg !273
; call cleanup::maybe_panic
  call void @_ZN7cleanup11maybe_panic17he1814546a4223cb3E(i64 %_6, { i64, i32 }* align 8 %res) #6, !dbg !274
  br label %bb2, !dbg !274

bb2:                                              ; preds = %bb1
; call iu_rt::Resource::id
  %_10 = call i64 @_ZN5iu_rt8Resource2id17h27e6a9cc21293a20E({ i64, i32 }* align 8 %res) #6, !dbg !275
  br label %bb3, !dbg !275

bb3:                                              ; preds = %bb2
  %_9 = trunc i64 %_10 to i32, !dbg !275
  %3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 24589, i32 %_9), !dbg !276
  %_12.0 = extractvalue { i32, i1 } %3, 0, !dbg !276
  %_12.1 = extractvalue { i32, i1 } %3, 1, !dbg !276
  %4 = call i1 @llvm.expect.i1(i1 %_12.1, i1 false), !dbg !276
  br i1 %4, label %panic, label %bb4, !dbg !276

bb4:                                              ; preds = %bb3
; call core::ptr::drop_in_place<iu_rt::Resource>
  call void @"_ZN4core3ptr36drop_in_place$LT$iu_rt..Resource$GT$17h2f2a05fa988c9934E"({ i64, i32 }* %res) #6, !dbg !277
  br label %bb5, !dbg !277

panic:                                            ; preds = %bb3
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc25 to %"core::panic::location::Location"*)) #7, !dbg !276
  unreachable, !dbg !276

bb5:                                              ; preds = %bb4
  ret i32 %_12.0, !dbg !278
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #3

; core::fmt::num::imp::<impl core::fmt::Display for u64>::fmt
; Function Attrs: nounwind nonlazybind
declare zeroext i1 @"_ZN4core3fmt3num3imp52_$LT$impl$u20$core..fmt..Display$u20$for$u20$u64$GT$3fmt17h991fd85d37bacfddE"(i64* align 8, %"core::fmt::Formatter"* align 8) unnamed_addr #1

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"*, %"core::panic::location::Location"* align 8) unnamed_addr #4

; <iu_rt::Resource as core::ops::drop::Drop>::drop
; Function Attrs: nounwind nonlazybind
declare void @"_ZN57_$LT$iu_rt..Resource$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfb5694d47cbff5a1E"({ i64, i32 }* align 8) unnamed_addr #1

; iu_rt::Resource::id
; Function Attrs: nounwind nonlazybind
declare i64 @_ZN5iu_rt8Resource2id17h27e6a9cc21293a20E({ i64, i32 }* align 8) unnamed_addr #1

; iu_rt::Resource::new
; Function Attrs: nounwind nonlazybind
declare { i64, i32 } @_ZN5iu_rt8Resource3new17h7ef2923b5bc4e1c8E(i64) unnamed_addr #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #5

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #4

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #5 = { nofree nosync nounwind readnone willreturn }
attributes #6 = { nounwind }
attributes #7 = { noreturn nounwind }

!llvm.module.flags = !{!49, !50, !51}
!llvm.dbg.cu = !{!52}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PROG", linkageName: "_ZN7cleanup4PROG17h6dedb2409fa9bef2E", scope: !2, file: !3, line: 26, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "cleanup", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/cleanup.rs", directory: ".", checksumkind: CSK_MD5, checksum: "a06b1287cb4f8316b946ce4c2ea3df1c")
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
!52 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !53, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !54, globals: !65)
!53 = !DIFile(filename: "testdata/rust/progs/cleanup.rs/@/cleanup.d885de21-cgu.0", directory: ".")
!54 = !{!55}
!55 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Alignment", scope: !56, file: !5, baseType: !46, size: 8, align: 8, flags: DIFlagEnumClass, elements: !60)
!56 = !DINamespace(name: "v1", scope: !57)
!57 = !DINamespace(name: "rt", scope: !58)
!58 = !DINamespace(name: "fmt", scope: !59)
!59 = !DINamespace(name: "core", scope: null)
!60 = !{!61, !62, !63, !64}
!61 = !DIEnumerator(name: "Left", value: 0, isUnsigned: true)
!62 = !DIEnumerator(name: "Right", value: 1, isUnsigned: true)
!63 = !DIEnumerator(name: "Center", value: 2, isUnsigned: true)
!64 = !DIEnumerator(name: "Unknown", value: 3, isUnsigned: true)
!65 = !{!0}
!66 = distinct !DISubprogram(name: "new_display<u64>", linkageName: "_ZN4core3fmt10ArgumentV111new_display17h98a8d7f25c6a8694E", scope: !68, file: !67, line: 317, type: !131, scopeLine: 317, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !136, retainedNodes: !134)
!67 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/fmt/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "530d2fa375cc20f0d01c9e9c6cff8f58")
!68 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentV1", scope: !58, file: !5, size: 128, align: 64, elements: !69, templateParams: !40, identifier: "782f7dd0f0a10764d8a641c84ba748e9")
!69 = !{!70, !74}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !68, file: !5, baseType: !71, size: 64, align: 64)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::fmt::{extern#0}::Opaque", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "Opaque", scope: !73, file: !5, align: 8, elements: !40, identifier: "63623144d8904748e1ebee6a87807ff7")
!73 = !DINamespace(name: "{extern#0}", scope: !58)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !68, file: !5, baseType: !75, size: 64, align: 64, offset: 64)
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&core::fmt::{extern#0}::Opaque, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !76, size: 64, align: 64, dwarfAddressSpace: 0)
!76 = !DISubroutineType(types: !77)
!77 = !{!78, !71, !97}
!78 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !79, file: !5, size: 8, align: 8, elements: !80, templateParams: !40, identifier: "2b219c715bdd2383bec765d9ab268d11")
!79 = !DINamespace(name: "result", scope: !59)
!80 = !{!81}
!81 = !DICompositeType(tag: DW_TAG_variant_part, scope: !78, file: !5, size: 8, align: 8, elements: !82, templateParams: !40, identifier: "8ceef9d741ff738dc48e1d2d034be406", discriminator: !96)
!82 = !{!83, !92}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !81, file: !5, baseType: !84, size: 8, align: 8, extraData: i64 0)
!84 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !78, file: !5, size: 8, align: 8, elements: !85, templateParams: !88, identifier: "98625fe6ac53c6e8e8f3f66cff85336c")
!85 = !{!86}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !84, file: !5, baseType: !87, align: 8, offset: 8)
!87 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!88 = !{!89, !90}
!89 = !DITemplateTypeParameter(name: "T", type: !87)
!90 = !DITemplateTypeParameter(name: "E", type: !91)
!91 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !58, file: !5, align: 8, elements: !40, identifier: "641b1027a2b9f9a2d554f0ef6ed481e4")
!92 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !81, file: !5, baseType: !93, size: 8, align: 8, extraData: i64 1)
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !78, file: !5, size: 8, align: 8, elements: !94, templateParams: !88, identifier: "b096e804fd12311559a8914c2c927e1f")
!94 = !{!95}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !93, file: !5, baseType: !91, align: 8, offset: 8)
!96 = !DIDerivedType(tag: DW_TAG_member, scope: !78, file: !5, baseType: !46, size: 8, align: 8, flags: DIFlagArtificial)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !98, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !58, file: !5, size: 512, align: 64, elements: !99, templateParams: !40, identifier: "2c1528a9e4d9a3449b5a0970b369bc")
!99 = !{!100, !101, !103, !104, !119, !120}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !98, file: !5, baseType: !14, size: 32, align: 32, offset: 384)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "fill", scope: !98, file: !5, baseType: !102, size: 32, align: 32, offset: 416)
!102 = !DIBasicType(name: "char", size: 32, encoding: DW_ATE_UTF)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !98, file: !5, baseType: !55, size: 8, align: 8, offset: 448)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !98, file: !5, baseType: !105, size: 128, align: 64)
!105 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !106, file: !5, size: 128, align: 64, elements: !107, templateParams: !40, identifier: "e631d8b3d2bc22f23256bda2f6ee260d")
!106 = !DINamespace(name: "option", scope: !59)
!107 = !{!108}
!108 = !DICompositeType(tag: DW_TAG_variant_part, scope: !105, file: !5, size: 128, align: 64, elements: !109, templateParams: !40, identifier: "7bcdd049f80ce5cb80843b34c98474bc", discriminator: !118)
!109 = !{!110, !114}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !108, file: !5, baseType: !111, size: 128, align: 64, extraData: i64 0)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !105, file: !5, size: 128, align: 64, elements: !40, templateParams: !112, identifier: "e96a0ef018b8eb9b786d2c75ce08c655")
!112 = !{!113}
!113 = !DITemplateTypeParameter(name: "T", type: !48)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !108, file: !5, baseType: !115, size: 128, align: 64, extraData: i64 1)
!115 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !105, file: !5, size: 128, align: 64, elements: !116, templateParams: !112, identifier: "8ec0b6b38b2d055975f3b11ec30635a1")
!116 = !{!117}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !115, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!118 = !DIDerivedType(tag: DW_TAG_member, scope: !105, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !98, file: !5, baseType: !105, size: 128, align: 64, offset: 128)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !98, file: !5, baseType: !121, size: 128, align: 64, offset: 256)
!121 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !122, templateParams: !40, identifier: "64e505903eb136adf3c6924d483c611")
!122 = !{!123, !126}
!123 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !121, file: !5, baseType: !124, size: 64, align: 64)
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !125, size: 64, align: 64, dwarfAddressSpace: 0)
!125 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !40, identifier: "becd2d80a3017ca911dd25845d42faf6")
!126 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !121, file: !5, baseType: !127, size: 64, align: 64, offset: 64)
!127 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 3]", baseType: !128, size: 64, align: 64, dwarfAddressSpace: 0)
!128 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 192, align: 64, elements: !129)
!129 = !{!130}
!130 = !DISubrange(count: 3, lowerBound: 0)
!131 = !DISubroutineType(types: !132)
!132 = !{!68, !133}
!133 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!134 = !{!135}
!135 = !DILocalVariable(name: "x", arg: 1, scope: !66, file: !67, line: 317, type: !133)
!136 = !{!137}
!137 = !DITemplateTypeParameter(name: "T", type: !9)
!138 = !DILocation(line: 317, column: 30, scope: !66)
!139 = !DILocation(line: 318, column: 13, scope: !66)
!140 = !DILocation(line: 319, column: 10, scope: !66)
!141 = distinct !DISubprogram(name: "new<u64>", linkageName: "_ZN4core3fmt10ArgumentV13new17he861eb24aee9810bE", scope: !68, file: !67, line: 328, type: !142, scopeLine: 328, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !136, retainedNodes: !147)
!142 = !DISubroutineType(types: !143)
!143 = !{!68, !133, !144}
!144 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&u64, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !145, size: 64, align: 64, dwarfAddressSpace: 0)
!145 = !DISubroutineType(types: !146)
!146 = !{!78, !133, !97}
!147 = !{!148, !149}
!148 = !DILocalVariable(name: "x", arg: 1, scope: !141, file: !67, line: 328, type: !133)
!149 = !DILocalVariable(name: "f", arg: 2, scope: !141, file: !67, line: 328, type: !144)
!150 = !DILocation(line: 328, column: 23, scope: !141)
!151 = !DILocation(line: 328, column: 33, scope: !141)
!152 = !DILocation(line: 337, column: 42, scope: !141)
!153 = !DILocation(line: 337, column: 68, scope: !141)
!154 = !{i64 1}
!155 = !DILocation(line: 337, column: 18, scope: !141)
!156 = !DILocation(line: 338, column: 6, scope: !141)
!157 = distinct !DISubprogram(name: "new_v1", linkageName: "_ZN4core3fmt9Arguments6new_v117h508fb5f1caeb2da4E", scope: !158, file: !67, line: 389, type: !217, scopeLine: 389, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !219)
!158 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !58, file: !5, size: 384, align: 64, elements: !159, templateParams: !40, identifier: "f7f4c1939ae3cc00ec3c09ab07457a90")
!159 = !{!160, !166, !211}
!160 = !DIDerivedType(tag: DW_TAG_member, name: "pieces", scope: !158, file: !5, baseType: !161, size: 128, align: 64)
!161 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[&str]", file: !5, size: 128, align: 64, elements: !162, templateParams: !40, identifier: "120d786d314e2730a5f45c5e7e56f7d")
!162 = !{!163, !165}
!163 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !161, file: !5, baseType: !164, size: 64, align: 64)
!164 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!165 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !161, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "fmt", scope: !158, file: !5, baseType: !167, size: 128, align: 64, offset: 128)
!167 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&[core::fmt::rt::v1::Argument]>", scope: !106, file: !5, size: 128, align: 64, elements: !168, templateParams: !40, identifier: "44f54c95bf3529869939be4499407687")
!168 = !{!169}
!169 = !DICompositeType(tag: DW_TAG_variant_part, scope: !167, file: !5, size: 128, align: 64, elements: !170, templateParams: !40, identifier: "ee973c739436df13c4a98b97e52e1394", discriminator: !210)
!170 = !{!171, !206}
!171 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !169, file: !5, baseType: !172, size: 128, align: 64, extraData: i64 0)
!172 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !167, file: !5, size: 128, align: 64, elements: !40, templateParams: !173, identifier: "22326b0d0bfccf90d61b957b0ff77490")
!173 = !{!174}
!174 = !DITemplateTypeParameter(name: "T", type: !175)
!175 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[core::fmt::rt::v1::Argument]", file: !5, size: 128, align: 64, elements: !176, templateParams: !40, identifier: "f714bc92aaaba88d4b429ea4ce17562b")
!176 = !{!177, !205}
!177 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !175, file: !5, baseType: !178, size: 64, align: 64)
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !179, size: 64, align: 64, dwarfAddressSpace: 0)
!179 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !56, file: !5, size: 448, align: 64, elements: !180, templateParams: !40, identifier: "9f6ecca467089f094aa152f2b2b3d4c7")
!180 = !{!181, !182}
!181 = !DIDerivedType(tag: DW_TAG_member, name: "position", scope: !179, file: !5, baseType: !48, size: 64, align: 64)
!182 = !DIDerivedType(tag: DW_TAG_member, name: "format", scope: !179, file: !5, baseType: !183, size: 384, align: 64, offset: 64)
!183 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormatSpec", scope: !56, file: !5, size: 384, align: 64, elements: !184, templateParams: !40, identifier: "90936087bc5baeeffb380810eaf89788")
!184 = !{!185, !186, !187, !188, !204}
!185 = !DIDerivedType(tag: DW_TAG_member, name: "fill", scope: !183, file: !5, baseType: !102, size: 32, align: 32, offset: 256)
!186 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !183, file: !5, baseType: !55, size: 8, align: 8, offset: 320)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !183, file: !5, baseType: !14, size: 32, align: 32, offset: 288)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !183, file: !5, baseType: !189, size: 128, align: 64)
!189 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !56, file: !5, size: 128, align: 64, elements: !190, templateParams: !40, identifier: "a5ac61c61aa0de2e8cb9ef4294c34fb")
!190 = !{!191}
!191 = !DICompositeType(tag: DW_TAG_variant_part, scope: !189, file: !5, size: 128, align: 64, elements: !192, templateParams: !40, identifier: "af93f491759b5f7ea272e6706ea90a12", discriminator: !203)
!192 = !{!193, !197, !201}
!193 = !DIDerivedType(tag: DW_TAG_member, name: "Is", scope: !191, file: !5, baseType: !194, size: 128, align: 64, extraData: i64 0)
!194 = !DICompositeType(tag: DW_TAG_structure_type, name: "Is", scope: !189, file: !5, size: 128, align: 64, elements: !195, templateParams: !40, identifier: "9848ef958a35588ae98700fc231bb4e0")
!195 = !{!196}
!196 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !194, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!197 = !DIDerivedType(tag: DW_TAG_member, name: "Param", scope: !191, file: !5, baseType: !198, size: 128, align: 64, extraData: i64 1)
!198 = !DICompositeType(tag: DW_TAG_structure_type, name: "Param", scope: !189, file: !5, size: 128, align: 64, elements: !199, templateParams: !40, identifier: "2e1bae8ddd020352e8f7b8ad9ba585f3")
!199 = !{!200}
!200 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !198, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "Implied", scope: !191, file: !5, baseType: !202, size: 128, align: 64, extraData: i64 2)
!202 = !DICompositeType(tag: DW_TAG_structure_type, name: "Implied", scope: !189, file: !5, size: 128, align: 64, elements: !40, identifier: "4c64036ef06e9005a5645bb0ea6053be")
!203 = !DIDerivedType(tag: DW_TAG_member, scope: !189, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !183, file: !5, baseType: !189, size: 128, align: 64, offset: 128)
!205 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !175, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !169, file: !5, baseType: !207, size: 128, align: 64)
!207 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !167, file: !5, size: 128, align: 64, elements: !208, templateParams: !173, identifier: "7155561f0c47e7ee91c9582cc081d7a3")
!208 = !{!209}
!209 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !207, file: !5, baseType: !175, size: 128, align: 64)
!210 = !DIDerivedType(tag: DW_TAG_member, scope: !167, file: !5, baseType: !9, size: 64, align: 64, flags: DIFlagArtificial)
!211 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !158, file: !5, baseType: !212, size: 128, align: 64, offset: 256)
!212 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[core::fmt::ArgumentV1]", file: !5, size: 128, align: 64, elements: !213, templateParams: !40, identifier: "1a1fa3f16aff5f0f8ac7e5068ce0744d")
!213 = !{!214, !216}
!214 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !212, file: !5, baseType: !215, size: 64, align: 64)
!215 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!216 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !212, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!217 = !DISubroutineType(types: !218)
!218 = !{!158, !161, !212}
!219 = !{!220, !221}
!220 = !DILocalVariable(name: "pieces", arg: 1, scope: !157, file: !67, line: 389, type: !161)
!221 = !DILocalVariable(name: "args", arg: 2, scope: !157, file: !67, line: 389, type: !212)
!222 = !DILocation(line: 389, column: 25, scope: !157)
!223 = !DILocation(line: 389, column: 53, scope: !157)
!224 = !DILocation(line: 390, column: 12, scope: !157)
!225 = !DILocation(line: 390, column: 56, scope: !157)
!226 = !DILocation(line: 390, column: 41, scope: !157)
!227 = !{i8 0, i8 2}
!228 = !DILocation(line: 393, column: 34, scope: !157)
!229 = !DILocation(line: 393, column: 9, scope: !157)
!230 = !{i64 8}
!231 = !DILocation(line: 394, column: 6, scope: !157)
!232 = !DILocation(line: 391, column: 13, scope: !157)
!233 = distinct !DISubprogram(name: "drop_in_place<iu_rt::Resource>", linkageName: "_ZN4core3ptr36drop_in_place$LT$iu_rt..Resource$GT$17h2f2a05fa988c9934E", scope: !235, file: !234, line: 487, type: !236, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !246, retainedNodes: !244)
!234 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e7fd681ebf696ca21e42a2e645ac0174")
!235 = !DINamespace(name: "ptr", scope: !59)
!236 = !DISubroutineType(types: !237)
!237 = !{null, !238}
!238 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut iu_rt::Resource", baseType: !239, size: 64, align: 64, dwarfAddressSpace: 0)
!239 = !DICompositeType(tag: DW_TAG_structure_type, name: "Resource", scope: !6, file: !5, size: 128, align: 64, elements: !240, templateParams: !40, identifier: "fc7e308e7a4691ed4c4fc4b2c9d58075")
!240 = !{!241, !242}
!241 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !239, file: !5, baseType: !9, size: 64, align: 64)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "slot", scope: !239, file: !5, baseType: !243, size: 32, align: 32, offset: 64)
!243 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!244 = !{!245}
!245 = !DILocalVariable(arg: 1, scope: !233, file: !234, line: 487, type: !238)
!246 = !{!247}
!247 = !DITemplateTypeParameter(name: "T", type: !239)
!248 = !DILocation(line: 487, column: 1, scope: !233)
!249 = distinct !DISubprogram(name: "maybe_panic", linkageName: "_ZN7cleanup11maybe_panic17he1814546a4223cb3E", scope: !2, file: !3, line: 12, type: !250, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !253)
!250 = !DISubroutineType(types: !251)
!251 = !{null, !9, !252}
!252 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::Resource", baseType: !239, size: 64, align: 64, dwarfAddressSpace: 0)
!253 = !{!254, !255}
!254 = !DILocalVariable(name: "flag", arg: 1, scope: !249, file: !3, line: 12, type: !9)
!255 = !DILocalVariable(name: "res", arg: 2, scope: !249, file: !3, line: 12, type: !252)
!256 = !DILocation(line: 12, column: 16, scope: !249)
!257 = !DILocation(line: 12, column: 27, scope: !249)
!258 = !DILocation(line: 13, column: 8, scope: !249)
!259 = !DILocation(line: 16, column: 2, scope: !249)
!260 = !DILocation(line: 14, column: 52, scope: !249)
!261 = !DILocation(line: 14, column: 9, scope: !249)
!262 = distinct !DISubprogram(name: "iu_cleanup_fn", linkageName: "_ZN7cleanup13iu_cleanup_fn17h35e7af73caad98deE", scope: !2, file: !3, line: 18, type: !12, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !52, templateParams: !40, retainedNodes: !263)
!263 = !{!264, !265, !266}
!264 = !DILocalVariable(name: "_obj", arg: 1, scope: !262, file: !3, line: 18, type: !15)
!265 = !DILocalVariable(name: "regs", arg: 2, scope: !262, file: !3, line: 18, type: !16)
!266 = !DILocalVariable(name: "res", scope: !267, file: !3, line: 19, type: !239, align: 8)
!267 = distinct !DILexicalBlock(scope: !262, file: !3, line: 19, column: 5)
!268 = !DILocation(line: 18, column: 18, scope: !262)
!269 = !DILocation(line: 18, column: 33, scope: !262)
!270 = !DILocation(line: 19, column: 9, scope: !267)
!271 = !DILocation(line: 19, column: 29, scope: !262)
!272 = !DILocation(line: 19, column: 15, scope: !262)
!273 = !DILocation(line: 20, column: 17, scope: !267)
!274 = !DILocation(line: 20, column: 5, scope: !267)
!275 = !DILocation(line: 21, column: 14, scope: !267)
!276 = !DILocation(line: 21, column: 5, scope: !267)
!277 = !DILocation(line: 22, column: 1, scope: !262)
!278 = !DILocation(line: 22, column: 2, scope: !262)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_cleanup(i8* %ctx) #8 section "kprobe/__x64_sys_close" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN7cleanup4PROG17h6dedb2409fa9bef2E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [1 x i8*] [i8* bitcast (i32 (i8*)* @iu_cleanup to i8*)], section "llvm.metadata"

attributes #8 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!279}
!279 = !{!"_ZN7cleanup13iu_cleanup_fn17h35e7af73caad98deE"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!280}
!280 = !{!"recursion", void (%"core::fmt::Arguments"*, [0 x { [0 x i8]*, i64 }]*, i64, [0 x { i8*, i64* }]*, i64)* @_ZN4core3fmt9Arguments6new_v117h508fb5f1caeb2da4E, i32 1}
