; ModuleID = 'stack_progs.2501221f-cgu.0'
source_filename = "stack_progs.2501221f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc116 = private unnamed_addr constant <{ [39 x i8] }> <{ [39 x i8] c"testdata/stackcheck/rust/stack_progs.rs" }>, align 1
@alloc87 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00!\00\00\008\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc89 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00\22\00\00\00\0B\00\00\00" }>, align 8
@alloc91 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00\22\00\00\00\05\00\00\00" }>, align 8
@alloc93 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00.\00\00\00\14\00\00\00" }>, align 8
@str.1 = internal constant [33 x i8] c"attempt to subtract with overflow"
@alloc95 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\007\00\00\00\15\00\00\00" }>, align 8
@alloc97 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00@\00\00\00\05\00\00\00" }>, align 8
@str.2 = internal constant [33 x i8] c"attempt to multiply with overflow"
@alloc99 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00D\00\00\00\05\00\00\00" }>, align 8
@_ZN11stack_progs3OPS17hc45024024d1c4409E = internal constant <{ i8*, i8* }> <{ i8* bitcast (i64 (i64)* @_ZN11stack_progs6double17h0c694358d9954f1fE to i8*), i8* bitcast (i64 (i64)* @_ZN11stack_progs6square17hf3067ee04dba7941E to i8*) }>, align 8, !dbg !0
@alloc101 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00J\00\00\00&\00\00\00" }>, align 8
@alloc103 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00W\00\00\00\09\00\00\00" }>, align 8
@alloc105 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00]\00\00\00\09\00\00\00" }>, align 8
@alloc10 = private unnamed_addr constant <{ [8 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00" }>, align 8
@alloc13 = private unnamed_addr constant <{ i8*, [16 x i8], i8* }> <{ i8* bitcast (void (i64*)* @"_ZN4core3ptr40drop_in_place$LT$stack_progs..Square$GT$17h1e94eebda10e8275E" to i8*), [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", i8* bitcast (i64 (i64*)* @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h37507fa727642323E" to i8*) }>, align 8
@alloc15 = private unnamed_addr constant <{ [16 x i8] }> <{ [16 x i8] c"\02\00\00\00\00\00\00\00\05\00\00\00\00\00\00\00" }>, align 8
@alloc18 = private unnamed_addr constant <{ i8*, [16 x i8], i8* }> <{ i8* bitcast (void ({ i64, i64 }*)* @"_ZN4core3ptr38drop_in_place$LT$stack_progs..Rect$GT$17h21b7193e8cec7a01E" to i8*), [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", i8* bitcast (i64 ({ i64, i64 }*)* @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17hdf1d2d33fbab02e3E" to i8*) }>, align 8
@_ZN11stack_progs6SHAPES17hcc252b8dd219a42dE = internal constant <{ i8*, i8*, i8*, i8* }> <{ i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc10, i32 0, i32 0, i32 0), i8* bitcast (<{ i8*, [16 x i8], i8* }>* @alloc13 to i8*), i8* getelementptr inbounds (<{ [16 x i8] }>, <{ [16 x i8] }>* @alloc15, i32 0, i32 0, i32 0), i8* bitcast (<{ i8*, [16 x i8], i8* }>* @alloc18 to i8*) }>, align 8, !dbg !11
@alloc107 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00d\00\00\00%\00\00\00" }>, align 8
@alloc109 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00j\00\00\00\05\00\00\00" }>, align 8
@alloc111 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00o\00\00\00\05\00\00\00" }>, align 8
@alloc113 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00t\00\00\00\05\00\00\00" }>, align 8
@_ZN11stack_progs4LEFT17hdcbf8b0daa11b62dE = internal global <{ [4 x i8] }> <{ [4 x i8] c"\03\00\00\00" }>, align 4, !dbg !27
@alloc115 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00\87\00\00\00,\00\00\00" }>, align 8
@alloc117 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [39 x i8] }>, <{ [39 x i8] }>* @alloc116, i32 0, i32 0, i32 0), [16 x i8] c"'\00\00\00\00\00\00\00\88\00\00\00\09\00\00\00" }>, align 8
@alloc23 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_st_recurse" }>, align 1
@_ZN11stack_progs7RECURSE17hd66371963135f5d2E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs16iu_st_recurse_fn17h3d03500a6354b6b9E to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc23, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !30
@alloc29 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_st_parity" }>, align 1
@_ZN11stack_progs6PARITY17h7452e13929e85040E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs15iu_st_parity_fn17h121519f89a83b6d2E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc29, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !72
@alloc34 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_st_fnptr" }>, align 1
@_ZN11stack_progs5FNPTR17h032f64ee5d39e9c4E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs14iu_st_fnptr_fn17h4389a5b02ed6c237E to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc34, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !74
@alloc39 = private unnamed_addr constant <{ [9 x i8] }> <{ [9 x i8] c"iu_st_dyn" }>, align 1
@_ZN11stack_progs3DYN17he5939c4d2635b9f3E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs12iu_st_dyn_fn17h7861118a035c6caeE to i8*), i8* getelementptr inbounds (<{ [9 x i8] }>, <{ [9 x i8] }>* @alloc39, i32 0, i32 0, i32 0), [8 x i8] c"\09\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !76
@alloc44 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_st_chain" }>, align 1
@_ZN11stack_progs5CHAIN17hda48762a2f890b13E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs14iu_st_chain_fn17hbf74efb95fb6bd7bE to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc44, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !78
@alloc49 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_st_reenter" }>, align 1
@_ZN11stack_progs7REENTER17hbb216240669a30fbE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs16iu_st_reenter_fn17h0fd6b2202e10796fE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc49, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !80
@llvm.compiler.used = appending global [6 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs7RECURSE17hd66371963135f5d2E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs6PARITY17h7452e13929e85040E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs5FNPTR17h032f64ee5d39e9c4E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs3DYN17he5939c4d2635b9f3E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs5CHAIN17hda48762a2f890b13E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs7REENTER17hbb216240669a30fbE, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 (i64)* @_ZN4core3ptr13read_volatile17h2e1cdb1ae019cdf8E(i64 (i64)** %src) unnamed_addr #0 !dbg !88 {
start:
  %0 = alloca i64 (i64)*, align 8
  %src.dbg.spill = alloca i64 (i64)**, align 8
  store i64 (i64)** %src, i64 (i64)*** %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64 (i64)*** %src.dbg.spill, metadata !96, metadata !DIExpression()), !dbg !108
  %1 = load volatile i64 (i64)*, i64 (i64)** %src, align 8, !dbg !109
  store i64 (i64)* %1, i64 (i64)** %0, align 8, !dbg !109
  %2 = load i64 (i64)*, i64 (i64)** %0, align 8, !dbg !109, !nonnull !20, !noundef !20
  br label %bb1, !dbg !109

bb1:                                              ; preds = %start
  ret i64 (i64)* %2, !dbg !110
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal { {}*, [3 x i64]* } @_ZN4core3ptr13read_volatile17h40935836ecf14a0cE({ {}*, [3 x i64]* }* %src) unnamed_addr #0 !dbg !111 {
start:
  %0 = alloca { {}*, [3 x i64]* }, align 8
  %src.dbg.spill = alloca { {}*, [3 x i64]* }*, align 8
  store { {}*, [3 x i64]* }* %src, { {}*, [3 x i64]* }** %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { {}*, [3 x i64]* }** %src.dbg.spill, metadata !116, metadata !DIExpression()), !dbg !126
  %1 = load volatile { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %src, align 8, !dbg !127
  %2 = extractvalue { {}*, [3 x i64]* } %1, 0, !dbg !127
  %3 = extractvalue { {}*, [3 x i64]* } %1, 1, !dbg !127
  %4 = getelementptr inbounds { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %0, i32 0, i32 0, !dbg !127
  store {}* %2, {}** %4, align 8, !dbg !127
  %5 = getelementptr inbounds { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %0, i32 0, i32 1, !dbg !127
  store [3 x i64]* %3, [3 x i64]** %5, align 8, !dbg !127
  %6 = getelementptr inbounds { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %0, i32 0, i32 0, !dbg !127
  %7 = load {}*, {}** %6, align 8, !dbg !127, !nonnull !20, !align !128, !noundef !20
  %8 = getelementptr inbounds { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %0, i32 0, i32 1, !dbg !127
  %9 = load [3 x i64]*, [3 x i64]** %8, align 8, !dbg !127, !nonnull !20, !align !129, !noundef !20
  br label %bb1, !dbg !127

bb1:                                              ; preds = %start
  %10 = insertvalue { {}*, [3 x i64]* } undef, {}* %7, 0, !dbg !130
  %11 = insertvalue { {}*, [3 x i64]* } %10, [3 x i64]* %9, 1, !dbg !130
  ret { {}*, [3 x i64]* } %11, !dbg !130
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal i32 @_ZN4core3ptr13read_volatile17hd38229994f765052E(i32* %src) unnamed_addr #0 !dbg !131 {
start:
  %0 = alloca i32, align 4
  %src.dbg.spill = alloca i32*, align 8
  store i32* %src, i32** %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i32** %src.dbg.spill, metadata !136, metadata !DIExpression()), !dbg !146
  %1 = load volatile i32, i32* %src, align 4, !dbg !147
  store i32 %1, i32* %0, align 4, !dbg !147
  %2 = load i32, i32* %0, align 4, !dbg !147
  br label %bb1, !dbg !147

bb1:                                              ; preds = %start
  ret i32 %2, !dbg !148
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @_ZN4core3ptr14write_volatile17h20b2bd4dd00e6fadE(i32* %dst, i32 %src) unnamed_addr #0 !dbg !149 {
start:
  %src.dbg.spill = alloca i32, align 4
  %dst.dbg.spill = alloca i32*, align 8
  store i32* %dst, i32** %dst.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i32** %dst.dbg.spill, metadata !154, metadata !DIExpression()), !dbg !164
  store i32 %src, i32* %src.dbg.spill, align 4
  call void @llvm.dbg.declare(metadata i32* %src.dbg.spill, metadata !155, metadata !DIExpression()), !dbg !165
  store volatile i32 %src, i32* %dst, align 4, !dbg !166
  br label %bb1, !dbg !166

bb1:                                              ; preds = %start
  ret void, !dbg !167
}

; core::ptr::drop_in_place<stack_progs::Rect>
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @"_ZN4core3ptr38drop_in_place$LT$stack_progs..Rect$GT$17h21b7193e8cec7a01E"({ i64, i64 }* %_1) unnamed_addr #0 !dbg !168 {
start:
  %_1.dbg.spill = alloca { i64, i64 }*, align 8
  store { i64, i64 }* %_1, { i64, i64 }** %_1.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %_1.dbg.spill, metadata !177, metadata !DIExpression()), !dbg !180
  ret void, !dbg !180
}

; core::ptr::drop_in_place<stack_progs::Square>
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @"_ZN4core3ptr40drop_in_place$LT$stack_progs..Square$GT$17h1e94eebda10e8275E"(i64* %_1) unnamed_addr #0 !dbg !181 {
start:
  %_1.dbg.spill = alloca i64*, align 8
  store i64* %_1, i64** %_1.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %_1.dbg.spill, metadata !189, metadata !DIExpression()), !dbg !192
  ret void, !dbg !192
}

; core::slice::<impl [T]>::as_mut_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h91b131bdc67ab4f6E"([0 x i64]* align 8 %self.0, i64 %self.1) unnamed_addr #0 !dbg !193 {
start:
  %self.dbg.spill = alloca { [0 x i64]*, i64 }, align 8
  %0 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i64]* %self.0, [0 x i64]** %0, align 8
  %1 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { [0 x i64]*, i64 }* %self.dbg.spill, metadata !206, metadata !DIExpression()), !dbg !209
  %2 = bitcast [0 x i64]* %self.0 to i64*, !dbg !210
  ret i64* %2, !dbg !211
}

; core::slice::<impl [T]>::as_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hff714cf321e459b7E"([0 x i64]* align 8 %self.0, i64 %self.1) unnamed_addr #0 !dbg !212 {
start:
  %self.dbg.spill = alloca { [0 x i64]*, i64 }, align 8
  %0 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i64]* %self.0, [0 x i64]** %0, align 8
  %1 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { [0 x i64]*, i64 }* %self.dbg.spill, metadata !221, metadata !DIExpression()), !dbg !222
  %2 = bitcast [0 x i64]* %self.0 to i64*, !dbg !223
  ret i64* %2, !dbg !224
}

; stack_progs::opaque
; Function Attrs: nounwind nonlazybind
define internal i64 @_ZN11stack_progs6opaque17h9ce9cd9067571ba4E(i64 %x) unnamed_addr #1 !dbg !225 {
start:
  %x.dbg.spill = alloca i64, align 8
  %v = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !227, metadata !DIExpression()), !dbg !230
  call void @llvm.dbg.declare(metadata i64* %v, metadata !228, metadata !DIExpression()), !dbg !231
  store i64 %x, i64* %v, align 8, !dbg !232
; call core::ptr::read_volatile
  %0 = call i64 @_ZN4core3ptr13read_volatile17hca9556cf7fd64afcE(i64* %v) #8, !dbg !233
  br label %bb1, !dbg !233

bb1:                                              ; preds = %start
  ret i64 %0, !dbg !234
}

; stack_progs::depth
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN11stack_progs5depth17h8590bad9d25b9e57E(i64 %n, i64 %limit) unnamed_addr #2 !dbg !235 {
start:
  %0 = alloca i64*, align 8
  %count.dbg.spill.i7 = alloca i64, align 8
  %self.dbg.spill.i8 = alloca i64*, align 8
  %count.dbg.spill.i5 = alloca i64, align 8
  %self.dbg.spill.i6 = alloca i64*, align 8
  %1 = alloca i64*, align 8
  %count.dbg.spill.i3 = alloca i64, align 8
  %self.dbg.spill.i4 = alloca i64*, align 8
  %count.dbg.spill.i = alloca i64, align 8
  %self.dbg.spill.i = alloca i64*, align 8
  %i.dbg.spill = alloca i64, align 8
  %limit.dbg.spill = alloca i64, align 8
  %n.dbg.spill = alloca i64, align 8
  %local = alloca [4 x i64], align 8
  %2 = alloca i64, align 8
  store i64 %n, i64* %n.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !239, metadata !DIExpression()), !dbg !248
  store i64 %limit, i64* %limit.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %limit.dbg.spill, metadata !240, metadata !DIExpression()), !dbg !249
  call void @llvm.dbg.declare(metadata [4 x i64]* %local, metadata !241, metadata !DIExpression()), !dbg !250
  %_3 = icmp uge i64 %n, %limit, !dbg !251
  br i1 %_3, label %bb1, label %bb2, !dbg !251

bb2:                                              ; preds = %start
  %3 = getelementptr inbounds [4 x i64], [4 x i64]* %local, i64 0, i64 0, !dbg !252
  %4 = bitcast i64* %3 to i8*, !dbg !252
  call void @llvm.memset.p0i8.i64(i8* align 8 %4, i8 0, i64 32, i1 false), !dbg !252
  %_8 = urem i64 %n, 4, !dbg !253
  store i64 %_8, i64* %i.dbg.spill, align 8, !dbg !253
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !246, metadata !DIExpression()), !dbg !254
  %_13.0 = bitcast [4 x i64]* %local to [0 x i64]*, !dbg !255
; call core::slice::<impl [T]>::as_mut_ptr
  %_12 = call i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h91b131bdc67ab4f6E"([0 x i64]* align 8 %_13.0, i64 4) #8, !dbg !255
  br label %bb3, !dbg !255

bb1:                                              ; preds = %start
  store i64 0, i64* %2, align 8, !dbg !256
  br label %bb13, !dbg !257

bb13:                                             ; preds = %bb12, %bb1
  %5 = load i64, i64* %2, align 8, !dbg !257
  ret i64 %5, !dbg !257

bb3:                                              ; preds = %bb2
  store i64* %_12, i64** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i, metadata !258, metadata !DIExpression()) #8, !dbg !267
  store i64 %_8, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !266, metadata !DIExpression()) #8, !dbg !269
  store i64* %_12, i64** %self.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i4, metadata !270, metadata !DIExpression()), !dbg !277
  store i64 %_8, i64* %count.dbg.spill.i3, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i3, metadata !276, metadata !DIExpression()), !dbg !279
  %6 = getelementptr inbounds i64, i64* %_12, i64 %_8, !dbg !280
  store i64* %6, i64** %1, align 8, !dbg !280
  %_3.i = load i64*, i64** %1, align 8, !dbg !280
  br label %bb4, !dbg !255

bb4:                                              ; preds = %bb3
  %7 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %n, i64 1), !dbg !281
  %_18.0 = extractvalue { i64, i1 } %7, 0, !dbg !281
  %_18.1 = extractvalue { i64, i1 } %7, 1, !dbg !281
  %8 = call i1 @llvm.expect.i1(i1 %_18.1, i1 false), !dbg !281
  br i1 %8, label %panic, label %bb5, !dbg !281

bb5:                                              ; preds = %bb4
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h2b22a76d3e60ef7cE(i64* %_3.i, i64 %_18.0) #8, !dbg !282
  br label %bb6, !dbg !282

panic:                                            ; preds = %bb4
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc87 to %"core::panic::location::Location"*)) #9, !dbg !281
  unreachable, !dbg !281

bb6:                                              ; preds = %bb5
  %9 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %n, i64 1), !dbg !283
  %_22.0 = extractvalue { i64, i1 } %9, 0, !dbg !283
  %_22.1 = extractvalue { i64, i1 } %9, 1, !dbg !283
  %10 = call i1 @llvm.expect.i1(i1 %_22.1, i1 false), !dbg !283
  br i1 %10, label %panic1, label %bb7, !dbg !283

bb7:                                              ; preds = %bb6
; call stack_progs::depth
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_19 = call i64 @_ZN11stack_progs5depth17h8590bad9d25b9e57E(i64 %_22.0, i64 %limit) #8, !dbg !284
  br label %bb8, !dbg !284

panic1:                                           ; preds = %bb6
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc89 to %"core::panic::location::Location"*)) #9, !dbg !283
  unreachable, !dbg !283

bb8:                                              ; preds = %bb7
  %_27.0 = bitcast [4 x i64]* %local to [0 x i64]*, !dbg !285
; call core::slice::<impl [T]>::as_ptr
  %_26 = call i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hff714cf321e459b7E"([0 x i64]* align 8 %_27.0, i64 4) #8, !dbg !285
  br label %bb9, !dbg !285

bb9:                                              ; preds = %bb8
  store i64* %_26, i64** %self.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i6, metadata !286, metadata !DIExpression()) #8, !dbg !295
  store i64 %_8, i64* %count.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i5, metadata !294, metadata !DIExpression()) #8, !dbg !297
  store i64* %_26, i64** %self.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i8, metadata !298, metadata !DIExpression()), !dbg !304
  store i64 %_8, i64* %count.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i7, metadata !303, metadata !DIExpression()), !dbg !306
  %11 = getelementptr inbounds i64, i64* %_26, i64 %_8, !dbg !307
  store i64* %11, i64** %0, align 8, !dbg !307
  %12 = load i64*, i64** %0, align 8, !dbg !307
  br label %bb10, !dbg !285

bb10:                                             ; preds = %bb9
; call core::ptr::read_volatile
  %_24 = call i64 @_ZN4core3ptr13read_volatile17hca9556cf7fd64afcE(i64* %12) #8, !dbg !308
  br label %bb11, !dbg !308

bb11:                                             ; preds = %bb10
  %13 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %_19, i64 %_24), !dbg !284
  %_30.0 = extractvalue { i64, i1 } %13, 0, !dbg !284
  %_30.1 = extractvalue { i64, i1 } %13, 1, !dbg !284
  %14 = call i1 @llvm.expect.i1(i1 %_30.1, i1 false), !dbg !284
  br i1 %14, label %panic2, label %bb12, !dbg !284

bb12:                                             ; preds = %bb11
  store i64 %_30.0, i64* %2, align 8, !dbg !284
  br label %bb13, !dbg !257

panic2:                                           ; preds = %bb11
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc91 to %"core::panic::location::Location"*)) #9, !dbg !284
  unreachable, !dbg !284
}

; stack_progs::iu_st_recurse_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs16iu_st_recurse_fn17h3d03500a6354b6b9E(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !309 {
start:
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !311, metadata !DIExpression()), !dbg !313
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !312, metadata !DIExpression()), !dbg !314
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !315
  %_4 = load i64, i64* %0, align 8, !dbg !315
; call stack_progs::depth
  %_3 = call i64 @_ZN11stack_progs5depth17h8590bad9d25b9e57E(i64 0, i64 %_4) #8, !dbg !316
  br label %bb1, !dbg !316

bb1:                                              ; preds = %start
  %1 = trunc i64 %_3 to i32, !dbg !316
  ret i32 %1, !dbg !317
}

; stack_progs::even
; Function Attrs: noinline nounwind nonlazybind
define internal zeroext i1 @_ZN11stack_progs4even17h509a754fb8c623c4E(i64 %n) unnamed_addr #2 !dbg !318 {
start:
  %n.dbg.spill = alloca i64, align 8
  %0 = alloca i8, align 1
  store i64 %n, i64* %n.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !323, metadata !DIExpression()), !dbg !324
  %1 = icmp eq i64 %n, 0, !dbg !325
  br i1 %1, label %bb1, label %bb2, !dbg !325

bb1:                                              ; preds = %start
  store i8 1, i8* %0, align 1, !dbg !326
  br label %bb5, !dbg !327

bb2:                                              ; preds = %start
  %2 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %n, i64 1), !dbg !328
  %_6.0 = extractvalue { i64, i1 } %2, 0, !dbg !328
  %_6.1 = extractvalue { i64, i1 } %2, 1, !dbg !328
  %3 = call i1 @llvm.expect.i1(i1 %_6.1, i1 false), !dbg !328
  br i1 %3, label %panic, label %bb3, !dbg !328

bb3:                                              ; preds = %bb2
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17h9ce9cd9067571ba4E(i64 %_6.0) #8, !dbg !329
  br label %bb4, !dbg !329

panic:                                            ; preds = %bb2
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.1 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc93 to %"core::panic::location::Location"*)) #9, !dbg !328
  unreachable, !dbg !328

bb4:                                              ; preds = %bb3
; call stack_progs::odd
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %4 = call zeroext i1 @_ZN11stack_progs3odd17h755fd749c3715ab6E(i64 %_3) #8, !dbg !330
  %5 = zext i1 %4 to i8, !dbg !330
  store i8 %5, i8* %0, align 1, !dbg !330
  br label %bb5, !dbg !330

bb5:                                              ; preds = %bb1, %bb4
  %6 = load i8, i8* %0, align 1, !dbg !331, !range !332, !noundef !20
  %7 = trunc i8 %6 to i1, !dbg !331
  ret i1 %7, !dbg !331
}

; stack_progs::odd
; Function Attrs: noinline nounwind nonlazybind
define internal zeroext i1 @_ZN11stack_progs3odd17h755fd749c3715ab6E(i64 %n) unnamed_addr #2 !dbg !333 {
start:
  %n.dbg.spill = alloca i64, align 8
  %0 = alloca i8, align 1
  store i64 %n, i64* %n.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !335, metadata !DIExpression()), !dbg !336
  %1 = icmp eq i64 %n, 0, !dbg !337
  br i1 %1, label %bb1, label %bb2, !dbg !337

bb1:                                              ; preds = %start
  store i8 0, i8* %0, align 1, !dbg !338
  br label %bb5, !dbg !339

bb2:                                              ; preds = %start
  %2 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %n, i64 1), !dbg !340
  %_6.0 = extractvalue { i64, i1 } %2, 0, !dbg !340
  %_6.1 = extractvalue { i64, i1 } %2, 1, !dbg !340
  %3 = call i1 @llvm.expect.i1(i1 %_6.1, i1 false), !dbg !340
  br i1 %3, label %panic, label %bb3, !dbg !340

bb3:                                              ; preds = %bb2
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17h9ce9cd9067571ba4E(i64 %_6.0) #8, !dbg !341
  br label %bb4, !dbg !341

panic:                                            ; preds = %bb2
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.1 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc95 to %"core::panic::location::Location"*)) #9, !dbg !340
  unreachable, !dbg !340

bb4:                                              ; preds = %bb3
; call stack_progs::even
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %4 = call zeroext i1 @_ZN11stack_progs4even17h509a754fb8c623c4E(i64 %_3) #8, !dbg !342
  %5 = zext i1 %4 to i8, !dbg !342
  store i8 %5, i8* %0, align 1, !dbg !342
  br label %bb5, !dbg !342

bb5:                                              ; preds = %bb1, %bb4
  %6 = load i8, i8* %0, align 1, !dbg !343, !range !332, !noundef !20
  %7 = trunc i8 %6 to i1, !dbg !343
  ret i1 %7, !dbg !343
}

; stack_progs::iu_st_parity_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs15iu_st_parity_fn17h121519f89a83b6d2E(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !344 {
start:
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !346, metadata !DIExpression()), !dbg !348
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !347, metadata !DIExpression()), !dbg !349
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !350
  %_4 = load i64, i64* %0, align 8, !dbg !350
; call stack_progs::even
  %_3 = call zeroext i1 @_ZN11stack_progs4even17h509a754fb8c623c4E(i64 %_4) #8, !dbg !351
  br label %bb1, !dbg !351

bb1:                                              ; preds = %start
  %1 = icmp ule i1 %_3, true, !dbg !351
  call void @llvm.assume(i1 %1), !dbg !351
  %2 = zext i1 %_3 to i32, !dbg !351
  ret i32 %2, !dbg !352
}

; stack_progs::double
; Function Attrs: nounwind nonlazybind
define internal i64 @_ZN11stack_progs6double17h0c694358d9954f1fE(i64 %x) unnamed_addr #1 !dbg !353 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !355, metadata !DIExpression()), !dbg !356
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 2), !dbg !357
  %_3.0 = extractvalue { i64, i1 } %0, 0, !dbg !357
  %_3.1 = extractvalue { i64, i1 } %0, 1, !dbg !357
  %1 = call i1 @llvm.expect.i1(i1 %_3.1, i1 false), !dbg !357
  br i1 %1, label %panic, label %bb1, !dbg !357

bb1:                                              ; preds = %start
  ret i64 %_3.0, !dbg !358

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.2 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc97 to %"core::panic::location::Location"*)) #9, !dbg !357
  unreachable, !dbg !357
}

; stack_progs::square
; Function Attrs: nounwind nonlazybind
define internal i64 @_ZN11stack_progs6square17hf3067ee04dba7941E(i64 %x) unnamed_addr #1 !dbg !359 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !361, metadata !DIExpression()), !dbg !362
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 %x), !dbg !363
  %_4.0 = extractvalue { i64, i1 } %0, 0, !dbg !363
  %_4.1 = extractvalue { i64, i1 } %0, 1, !dbg !363
  %1 = call i1 @llvm.expect.i1(i1 %_4.1, i1 false), !dbg !363
  br i1 %1, label %panic, label %bb1, !dbg !363

bb1:                                              ; preds = %start
  ret i64 %_4.0, !dbg !364

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.2 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc99 to %"core::panic::location::Location"*)) #9, !dbg !363
  unreachable, !dbg !363
}

; stack_progs::iu_st_fnptr_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs14iu_st_fnptr_fn17h4389a5b02ed6c237E(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !365 {
start:
  %op.dbg.spill = alloca i64 (i64)*, align 8
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !367, metadata !DIExpression()), !dbg !371
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !368, metadata !DIExpression()), !dbg !372
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !373
  %_9 = load i64, i64* %0, align 8, !dbg !373
  %_8 = urem i64 %_9, 2, !dbg !374
  %_11 = icmp ult i64 %_8, 2, !dbg !375
  %1 = call i1 @llvm.expect.i1(i1 %_11, i1 true), !dbg !375
  br i1 %1, label %bb1, label %panic, !dbg !375

bb1:                                              ; preds = %start
  %_5 = getelementptr inbounds [2 x i64 (i64)*], [2 x i64 (i64)*]* bitcast (<{ i8*, i8* }>* @_ZN11stack_progs3OPS17hc45024024d1c4409E to [2 x i64 (i64)*]*), i64 0, i64 %_8, !dbg !376
; call core::ptr::read_volatile
  %op = call i64 (i64)* @_ZN4core3ptr13read_volatile17h2e1cdb1ae019cdf8E(i64 (i64)** %_5) #8, !dbg !377
  store i64 (i64)* %op, i64 (i64)** %op.dbg.spill, align 8, !dbg !377
  call void @llvm.dbg.declare(metadata i64 (i64)** %op.dbg.spill, metadata !369, metadata !DIExpression()), !dbg !378
  br label %bb2, !dbg !377

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64 %_8, i64 2, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc101 to %"core::panic::location::Location"*)) #9, !dbg !375
  unreachable, !dbg !375

bb2:                                              ; preds = %bb1
  %2 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 13, !dbg !379
  %_14 = load i64, i64* %2, align 8, !dbg !379
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_12 = call i64 %op(i64 %_14) #8, !dbg !380
  br label %bb3, !dbg !380

bb3:                                              ; preds = %bb2
  %3 = trunc i64 %_12 to i32, !dbg !380
  ret i32 %3, !dbg !381
}

; <stack_progs::Square as stack_progs::Shape>::area
; Function Attrs: nounwind nonlazybind
define internal i64 @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h37507fa727642323E"(i64* align 8 %self) unnamed_addr #1 !dbg !382 {
start:
  %self.dbg.spill = alloca i64*, align 8
  store i64* %self, i64** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill, metadata !388, metadata !DIExpression()), !dbg !389
  %_2 = load i64, i64* %self, align 8, !dbg !390
  %_3 = load i64, i64* %self, align 8, !dbg !391
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_2, i64 %_3), !dbg !390
  %_4.0 = extractvalue { i64, i1 } %0, 0, !dbg !390
  %_4.1 = extractvalue { i64, i1 } %0, 1, !dbg !390
  %1 = call i1 @llvm.expect.i1(i1 %_4.1, i1 false), !dbg !390
  br i1 %1, label %panic, label %bb1, !dbg !390

bb1:                                              ; preds = %start
  ret i64 %_4.0, !dbg !392

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.2 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc103 to %"core::panic::location::Location"*)) #9, !dbg !390
  unreachable, !dbg !390
}

; <stack_progs::Rect as stack_progs::Shape>::area
; Function Attrs: nounwind nonlazybind
define internal i64 @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17hdf1d2d33fbab02e3E"({ i64, i64 }* align 8 %self) unnamed_addr #1 !dbg !393 {
start:
  %self.dbg.spill = alloca { i64, i64 }*, align 8
  store { i64, i64 }* %self, { i64, i64 }** %self.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %self.dbg.spill, metadata !399, metadata !DIExpression()), !dbg !400
  %0 = bitcast { i64, i64 }* %self to i64*, !dbg !401
  %_2 = load i64, i64* %0, align 8, !dbg !401
  %1 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %self, i32 0, i32 1, !dbg !402
  %_3 = load i64, i64* %1, align 8, !dbg !402
  %2 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_2, i64 %_3), !dbg !401
  %_4.0 = extractvalue { i64, i1 } %2, 0, !dbg !401
  %_4.1 = extractvalue { i64, i1 } %2, 1, !dbg !401
  %3 = call i1 @llvm.expect.i1(i1 %_4.1, i1 false), !dbg !401
  br i1 %3, label %panic, label %bb1, !dbg !401

bb1:                                              ; preds = %start
  ret i64 %_4.0, !dbg !403

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.2 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc105 to %"core::panic::location::Location"*)) #9, !dbg !401
  unreachable, !dbg !401
}

; stack_progs::iu_st_dyn_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs12iu_st_dyn_fn17h7861118a035c6caeE(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !404 {
start:
  %s.dbg.spill = alloca { {}*, [3 x i64]* }, align 8
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !406, metadata !DIExpression()), !dbg !410
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !407, metadata !DIExpression()), !dbg !411
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !412
  %_11 = load i64, i64* %0, align 8, !dbg !412
  %_10 = urem i64 %_11, 2, !dbg !413
  %_13 = icmp ult i64 %_10, 2, !dbg !414
  %1 = call i1 @llvm.expect.i1(i1 %_13, i1 true), !dbg !414
  br i1 %1, label %bb1, label %panic, !dbg !414

bb1:                                              ; preds = %start
  %_7 = getelementptr inbounds [2 x { {}*, [3 x i64]* }], [2 x { {}*, [3 x i64]* }]* bitcast (<{ i8*, i8*, i8*, i8* }>* @_ZN11stack_progs6SHAPES17hcc252b8dd219a42dE to [2 x { {}*, [3 x i64]* }]*), i64 0, i64 %_10, !dbg !415
; call core::ptr::read_volatile
  %2 = call { {}*, [3 x i64]* } @_ZN4core3ptr13read_volatile17h40935836ecf14a0cE({ {}*, [3 x i64]* }* %_7) #8, !dbg !416
  %_5.0 = extractvalue { {}*, [3 x i64]* } %2, 0, !dbg !416
  %_5.1 = extractvalue { {}*, [3 x i64]* } %2, 1, !dbg !416
  br label %bb2, !dbg !416

panic:                                            ; preds = %start
; call core::panicking::panic_bounds_check
  call void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64 %_10, i64 2, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc107 to %"core::panic::location::Location"*)) #9, !dbg !414
  unreachable, !dbg !414

bb2:                                              ; preds = %bb1
  %3 = getelementptr inbounds { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %s.dbg.spill, i32 0, i32 0, !dbg !416
  store {}* %_5.0, {}** %3, align 8, !dbg !416
  %4 = getelementptr inbounds { {}*, [3 x i64]* }, { {}*, [3 x i64]* }* %s.dbg.spill, i32 0, i32 1, !dbg !416
  store [3 x i64]* %_5.1, [3 x i64]** %4, align 8, !dbg !416
  call void @llvm.dbg.declare(metadata { {}*, [3 x i64]* }* %s.dbg.spill, metadata !408, metadata !DIExpression()), !dbg !417
  %5 = bitcast [3 x i64]* %_5.1 to i64 ({}*)**, !dbg !418
  %6 = getelementptr inbounds i64 ({}*)*, i64 ({}*)** %5, i64 3, !dbg !418
  %7 = load i64 ({}*)*, i64 ({}*)** %6, align 8, !dbg !418, !invariant.load !20, !nonnull !20
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_14 = call i64 %7({}* align 1 %_5.0) #8, !dbg !418
  br label %bb3, !dbg !418

bb3:                                              ; preds = %bb2
  %8 = trunc i64 %_14 to i32, !dbg !418
  ret i32 %8, !dbg !419
}

; stack_progs::chain3
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN11stack_progs6chain317h80c23feb965f9905E(i64 %x) unnamed_addr #2 !dbg !420 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !422, metadata !DIExpression()), !dbg !423
; call stack_progs::opaque
  %_2 = call i64 @_ZN11stack_progs6opaque17h9ce9cd9067571ba4E(i64 %x) #8, !dbg !424
  br label %bb1, !dbg !424

bb1:                                              ; preds = %start
  %0 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %_2, i64 3), !dbg !424
  %_4.0 = extractvalue { i64, i1 } %0, 0, !dbg !424
  %_4.1 = extractvalue { i64, i1 } %0, 1, !dbg !424
  %1 = call i1 @llvm.expect.i1(i1 %_4.1, i1 false), !dbg !424
  br i1 %1, label %panic, label %bb2, !dbg !424

bb2:                                              ; preds = %bb1
  ret i64 %_4.0, !dbg !425

panic:                                            ; preds = %bb1
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc109 to %"core::panic::location::Location"*)) #9, !dbg !424
  unreachable, !dbg !424
}

; stack_progs::chain2
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN11stack_progs6chain217h6b18a6f1419e5040E(i64 %x) unnamed_addr #2 !dbg !426 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !428, metadata !DIExpression()), !dbg !429
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17h9ce9cd9067571ba4E(i64 %x) #8, !dbg !430
  br label %bb1, !dbg !430

bb1:                                              ; preds = %start
; call stack_progs::chain3
  %_2 = call i64 @_ZN11stack_progs6chain317h80c23feb965f9905E(i64 %_3) #8, !dbg !431
  br label %bb2, !dbg !431

bb2:                                              ; preds = %bb1
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_2, i64 2), !dbg !431
  %_5.0 = extractvalue { i64, i1 } %0, 0, !dbg !431
  %_5.1 = extractvalue { i64, i1 } %0, 1, !dbg !431
  %1 = call i1 @llvm.expect.i1(i1 %_5.1, i1 false), !dbg !431
  br i1 %1, label %panic, label %bb3, !dbg !431

bb3:                                              ; preds = %bb2
  ret i64 %_5.0, !dbg !432

panic:                                            ; preds = %bb2
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.2 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc111 to %"core::panic::location::Location"*)) #9, !dbg !431
  unreachable, !dbg !431
}

; stack_progs::chain1
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN11stack_progs6chain117h6921a9c472546303E(i64 %x) unnamed_addr #2 !dbg !433 {
start:
  %x.dbg.spill = alloca i64, align 8
  store i64 %x, i64* %x.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %x.dbg.spill, metadata !435, metadata !DIExpression()), !dbg !436
; call stack_progs::opaque
  %_3 = call i64 @_ZN11stack_progs6opaque17h9ce9cd9067571ba4E(i64 %x) #8, !dbg !437
  br label %bb1, !dbg !437

bb1:                                              ; preds = %start
; call stack_progs::chain2
  %_2 = call i64 @_ZN11stack_progs6chain217h6b18a6f1419e5040E(i64 %_3) #8, !dbg !438
  br label %bb2, !dbg !438

bb2:                                              ; preds = %bb1
  %0 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %_2, i64 1), !dbg !438
  %_5.0 = extractvalue { i64, i1 } %0, 0, !dbg !438
  %_5.1 = extractvalue { i64, i1 } %0, 1, !dbg !438
  %1 = call i1 @llvm.expect.i1(i1 %_5.1, i1 false), !dbg !438
  br i1 %1, label %panic, label %bb3, !dbg !438

bb3:                                              ; preds = %bb2
  ret i64 %_5.0, !dbg !439

panic:                                            ; preds = %bb2
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc113 to %"core::panic::location::Location"*)) #9, !dbg !438
  unreachable, !dbg !438
}

; stack_progs::iu_st_chain_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs14iu_st_chain_fn17hbf74efb95fb6bd7bE(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !440 {
start:
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !442, metadata !DIExpression()), !dbg !444
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !443, metadata !DIExpression()), !dbg !445
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !446
  %_4 = load i64, i64* %0, align 8, !dbg !446
; call stack_progs::chain1
  %_3 = call i64 @_ZN11stack_progs6chain117h6921a9c472546303E(i64 %_4) #8, !dbg !447
  br label %bb1, !dbg !447

bb1:                                              ; preds = %start
  %1 = trunc i64 %_3 to i32, !dbg !447
  ret i32 %1, !dbg !448
}

; stack_progs::iu_st_reenter_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN11stack_progs16iu_st_reenter_fn17h0fd6b2202e10796fE(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #1 !dbg !449 {
start:
  %left.dbg.spill = alloca i32, align 4
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  %0 = alloca i32, align 4
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !451, metadata !DIExpression()), !dbg !455
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !452, metadata !DIExpression()), !dbg !456
; call core::ptr::read_volatile
  %left = call i32 @_ZN4core3ptr13read_volatile17hd38229994f765052E(i32* bitcast (<{ [4 x i8] }>* @_ZN11stack_progs4LEFT17hdcbf8b0daa11b62dE to i32*)) #8, !dbg !457
  store i32 %left, i32* %left.dbg.spill, align 4, !dbg !457
  call void @llvm.dbg.declare(metadata i32* %left.dbg.spill, metadata !453, metadata !DIExpression()), !dbg !458
  br label %bb1, !dbg !457

bb1:                                              ; preds = %start
  %1 = icmp eq i32 %left, 0, !dbg !459
  br i1 %1, label %bb2, label %bb3, !dbg !459

bb2:                                              ; preds = %bb1
  store i32 0, i32* %0, align 4, !dbg !460
  br label %bb8, !dbg !461

bb3:                                              ; preds = %bb1
  %2 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %left, i32 1), !dbg !462
  %_12.0 = extractvalue { i32, i1 } %2, 0, !dbg !462
  %_12.1 = extractvalue { i32, i1 } %2, 1, !dbg !462
  %3 = call i1 @llvm.expect.i1(i1 %_12.1, i1 false), !dbg !462
  br i1 %3, label %panic, label %bb4, !dbg !462

bb4:                                              ; preds = %bb3
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h20b2bd4dd00e6fadE(i32* bitcast (<{ [4 x i8] }>* @_ZN11stack_progs4LEFT17hdcbf8b0daa11b62dE to i32*), i32 %_12.0) #8, !dbg !463
  br label %bb5, !dbg !463

panic:                                            ; preds = %bb3
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([33 x i8]* @str.1 to [0 x i8]*), i64 33, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc115 to %"core::panic::location::Location"*)) #9, !dbg !462
  unreachable, !dbg !462

bb5:                                              ; preds = %bb4
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_13 = call i32 @iu_st_reenter(%"iu_rt::pt_regs"* %regs) #8, !dbg !464
  br label %bb6, !dbg !464

bb6:                                              ; preds = %bb5
  %4 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %_13, i32 1), !dbg !464
  %_15.0 = extractvalue { i32, i1 } %4, 0, !dbg !464
  %_15.1 = extractvalue { i32, i1 } %4, 1, !dbg !464
  %5 = call i1 @llvm.expect.i1(i1 %_15.1, i1 false), !dbg !464
  br i1 %5, label %panic1, label %bb7, !dbg !464

bb7:                                              ; preds = %bb6
  store i32 %_15.0, i32* %0, align 4, !dbg !464
  br label %bb8, !dbg !461

panic1:                                           ; preds = %bb6
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc117 to %"core::panic::location::Location"*)) #9, !dbg !464
  unreachable, !dbg !464

bb8:                                              ; preds = %bb2, %bb7
  %6 = load i32, i32* %0, align 4, !dbg !461
  ret i32 %6, !dbg !461
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #3

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
declare i64 @_ZN4core3ptr13read_volatile17hca9556cf7fd64afcE(i64*) unnamed_addr #0

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #5

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #6

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind
declare void @_ZN4core3ptr14write_volatile17h2b22a76d3e60ef7cE(i64*, i64) unnamed_addr #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.usub.with.overflow.i64(i64, i64) #3

; Function Attrs: inaccessiblememonly nofree nosync nounwind willreturn
declare void @llvm.assume(i1 noundef) #7

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #3

; core::panicking::panic_bounds_check
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64, i64, %"core::panic::location::Location"* align 8) unnamed_addr #6

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32) #3

; Function Attrs: nounwind nonlazybind
; @iu_st_reenter was declared here; iu-entry defines it below

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32) #3

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
attributes #5 = { nofree nosync nounwind readnone willreturn }
attributes #6 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #7 = { inaccessiblememonly nofree nosync nounwind willreturn }
attributes #8 = { nounwind }
attributes #9 = { noreturn nounwind }

!llvm.module.flags = !{!82, !83, !84}
!llvm.dbg.cu = !{!85}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "OPS", linkageName: "_ZN11stack_progs3OPS17hc45024024d1c4409E", scope: !2, file: !3, line: 71, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "stack_progs", scope: null)
!3 = !DIFile(filename: "testdata/stackcheck/rust/stack_progs.rs", directory: ".", checksumkind: CSK_MD5, checksum: "435674bac1a9b3532c143fccead06036")
!4 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 128, align: 64, elements: !9)
!5 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(u64) -> u64", baseType: !6, size: 64, align: 64, dwarfAddressSpace: 0)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !8}
!8 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!9 = !{!10}
!10 = !DISubrange(count: 2, lowerBound: 0)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "SHAPES", linkageName: "_ZN11stack_progs6SHAPES17hcc252b8dd219a42dE", scope: !2, file: !3, line: 97, type: !13, isLocal: true, isDefinition: true, align: 64)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 256, align: 64, elements: !9)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "&(dyn stack_progs::Shape + core::marker::Sync)", file: !15, size: 128, align: 64, elements: !16, templateParams: !20, identifier: "34460cff05078360ba998219d160b8e6")
!15 = !DIFile(filename: "<unknown>", directory: "")
!16 = !{!17, !21}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !14, file: !15, baseType: !18, size: 64, align: 64)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64, align: 64, dwarfAddressSpace: 0)
!19 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn stack_progs::Shape + core::marker::Sync)", file: !15, align: 8, elements: !20, identifier: "8037e7813969e3b68eaf2bd69fa5bb71")
!20 = !{}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !14, file: !15, baseType: !22, size: 64, align: 64, offset: 64)
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 3]", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!23 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 192, align: 64, elements: !25)
!24 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!25 = !{!26}
!26 = !DISubrange(count: 3, lowerBound: 0)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(name: "LEFT", linkageName: "_ZN11stack_progs4LEFT17hdcbf8b0daa11b62dE", scope: !2, file: !3, line: 127, type: !29, isLocal: true, isDefinition: true, align: 32)
!29 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!30 = !DIGlobalVariableExpression(var: !31, expr: !DIExpression())
!31 = distinct !DIGlobalVariable(name: "RECURSE", linkageName: "_ZN11stack_progs7RECURSE17hd66371963135f5d2E", scope: !2, file: !3, line: 142, type: !32, isLocal: true, isDefinition: true, align: 64)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !33, file: !15, size: 256, align: 64, elements: !34, templateParams: !20, identifier: "282191b11f19cc42fd06117274dfaff9")
!33 = !DINamespace(name: "iu_rt", scope: null)
!34 = !{!35, !36, !65}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !32, file: !15, baseType: !8, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !32, file: !15, baseType: !37, size: 64, align: 64, offset: 64)
!37 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&iu_rt::kprobe, &iu_rt::pt_regs) -> u32", baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!38 = !DISubroutineType(types: !39)
!39 = !{!29, !40, !41}
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::kprobe", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&iu_rt::pt_regs", baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !33, file: !15, size: 1344, align: 64, elements: !43, templateParams: !20, identifier: "9839896ef0917d72b974666f51b0c023")
!43 = !{!44, !45, !46, !47, !48, !49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59, !60, !61, !62, !63, !64}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "r15", scope: !42, file: !15, baseType: !8, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "r14", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 64)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "r13", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 128)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "r12", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "bp", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 256)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "bx", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 320)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "r11", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 384)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "r10", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 448)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "r9", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 512)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "r8", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 576)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "ax", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 640)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "cx", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 704)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "dx", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 768)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 832)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 896)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "orig_ax", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 960)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "ip", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 1024)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "cs", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 1088)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 1152)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sp", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 1216)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "ss", scope: !42, file: !15, baseType: !8, size: 64, align: 64, offset: 1280)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !32, file: !15, baseType: !66, size: 128, align: 64, offset: 128)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !15, size: 128, align: 64, elements: !67, templateParams: !20, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!67 = !{!68, !71}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !66, file: !15, baseType: !69, size: 64, align: 64)
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64, align: 64, dwarfAddressSpace: 0)
!70 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !66, file: !15, baseType: !24, size: 64, align: 64, offset: 64)
!72 = !DIGlobalVariableExpression(var: !73, expr: !DIExpression())
!73 = distinct !DIGlobalVariable(name: "PARITY", linkageName: "_ZN11stack_progs6PARITY17h7452e13929e85040E", scope: !2, file: !3, line: 146, type: !32, isLocal: true, isDefinition: true, align: 64)
!74 = !DIGlobalVariableExpression(var: !75, expr: !DIExpression())
!75 = distinct !DIGlobalVariable(name: "FNPTR", linkageName: "_ZN11stack_progs5FNPTR17h032f64ee5d39e9c4E", scope: !2, file: !3, line: 150, type: !32, isLocal: true, isDefinition: true, align: 64)
!76 = !DIGlobalVariableExpression(var: !77, expr: !DIExpression())
!77 = distinct !DIGlobalVariable(name: "DYN", linkageName: "_ZN11stack_progs3DYN17he5939c4d2635b9f3E", scope: !2, file: !3, line: 154, type: !32, isLocal: true, isDefinition: true, align: 64)
!78 = !DIGlobalVariableExpression(var: !79, expr: !DIExpression())
!79 = distinct !DIGlobalVariable(name: "CHAIN", linkageName: "_ZN11stack_progs5CHAIN17hda48762a2f890b13E", scope: !2, file: !3, line: 158, type: !32, isLocal: true, isDefinition: true, align: 64)
!80 = !DIGlobalVariableExpression(var: !81, expr: !DIExpression())
!81 = distinct !DIGlobalVariable(name: "REENTER", linkageName: "_ZN11stack_progs7REENTER17hbb216240669a30fbE", scope: !2, file: !3, line: 162, type: !32, isLocal: true, isDefinition: true, align: 64)
!82 = !{i32 7, !"PIC Level", i32 2}
!83 = !{i32 2, !"RtLibUseGOT", i32 1}
!84 = !{i32 2, !"Debug Info Version", i32 3}
!85 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !86, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !87)
!86 = !DIFile(filename: "testdata/stackcheck/rust/stack_progs.rs/@/stack_progs.2501221f-cgu.0", directory: ".")
!87 = !{!0, !11, !27, !30, !72, !74, !76, !78, !80}
!88 = distinct !DISubprogram(name: "read_volatile<fn(u64) -> u64>", linkageName: "_ZN4core3ptr13read_volatile17h2e1cdb1ae019cdf8E", scope: !90, file: !89, line: 1500, type: !92, scopeLine: 1500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !106, retainedNodes: !95)
!89 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e7fd681ebf696ca21e42a2e645ac0174")
!90 = !DINamespace(name: "ptr", scope: !91)
!91 = !DINamespace(name: "core", scope: null)
!92 = !DISubroutineType(types: !93)
!93 = !{!5, !94}
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const fn(u64) -> u64", baseType: !5, size: 64, align: 64, dwarfAddressSpace: 0)
!95 = !{!96, !97}
!96 = !DILocalVariable(name: "src", arg: 1, scope: !88, file: !89, line: 1500, type: !94)
!97 = !DILocalVariable(name: "runtime", scope: !98, file: !89, line: 1503, type: !101, align: 8)
!98 = !DILexicalBlockFile(scope: !99, file: !89, discriminator: 0)
!99 = distinct !DILexicalBlock(scope: !88, file: !100, line: 2006, column: 13)
!100 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/intrinsics.rs", directory: "", checksumkind: CSK_MD5, checksum: "bd60552a4d7263f6287ca13a1de83db3")
!101 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<fn(u64) -> u64>", scope: !102, file: !15, size: 64, align: 64, elements: !103, templateParams: !20, identifier: "703813cc5fce511715e78216af46f59")
!102 = !DINamespace(name: "read_volatile", scope: !90)
!103 = !{!104}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__src", scope: !101, file: !15, baseType: !105, size: 64, align: 64)
!105 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*const fn(u64) -> u64", baseType: !94, size: 64, align: 64, dwarfAddressSpace: 0)
!106 = !{!107}
!107 = !DITemplateTypeParameter(name: "T", type: !5)
!108 = !DILocation(line: 1500, column: 32, scope: !88)
!109 = !DILocation(line: 1504, column: 9, scope: !88)
!110 = !DILocation(line: 1506, column: 2, scope: !88)
!111 = distinct !DISubprogram(name: "read_volatile<&(dyn stack_progs::Shape + core::marker::Sync)>", linkageName: "_ZN4core3ptr13read_volatile17h40935836ecf14a0cE", scope: !90, file: !89, line: 1500, type: !112, scopeLine: 1500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !124, retainedNodes: !115)
!112 = !DISubroutineType(types: !113)
!113 = !{!14, !114}
!114 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const &(dyn stack_progs::Shape + core::marker::Sync)", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!115 = !{!116, !117}
!116 = !DILocalVariable(name: "src", arg: 1, scope: !111, file: !89, line: 1500, type: !114)
!117 = !DILocalVariable(name: "runtime", scope: !118, file: !89, line: 1503, type: !120, align: 8)
!118 = !DILexicalBlockFile(scope: !119, file: !89, discriminator: 0)
!119 = distinct !DILexicalBlock(scope: !111, file: !100, line: 2006, column: 13)
!120 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<&(dyn stack_progs::Shape + core::marker::Sync)>", scope: !102, file: !15, size: 64, align: 64, elements: !121, templateParams: !20, identifier: "c87901d8ffcd28da956ff859edaae7e0")
!121 = !{!122}
!122 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__src", scope: !120, file: !15, baseType: !123, size: 64, align: 64)
!123 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*const &(dyn stack_progs::Shape + core::marker::Sync)", baseType: !114, size: 64, align: 64, dwarfAddressSpace: 0)
!124 = !{!125}
!125 = !DITemplateTypeParameter(name: "T", type: !14)
!126 = !DILocation(line: 1500, column: 32, scope: !111)
!127 = !DILocation(line: 1504, column: 9, scope: !111)
!128 = !{i64 1}
!129 = !{i64 8}
!130 = !DILocation(line: 1506, column: 2, scope: !111)
!131 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17hd38229994f765052E", scope: !90, file: !89, line: 1500, type: !132, scopeLine: 1500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !144, retainedNodes: !135)
!132 = !DISubroutineType(types: !133)
!133 = !{!29, !134}
!134 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u32", baseType: !29, size: 64, align: 64, dwarfAddressSpace: 0)
!135 = !{!136, !137}
!136 = !DILocalVariable(name: "src", arg: 1, scope: !131, file: !89, line: 1500, type: !134)
!137 = !DILocalVariable(name: "runtime", scope: !138, file: !89, line: 1503, type: !140, align: 8)
!138 = !DILexicalBlockFile(scope: !139, file: !89, discriminator: 0)
!139 = distinct !DILexicalBlock(scope: !131, file: !100, line: 2006, column: 13)
!140 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<u32>", scope: !102, file: !15, size: 64, align: 64, elements: !141, templateParams: !20, identifier: "204307b5b037decb5a9a3ce834611786")
!141 = !{!142}
!142 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__src", scope: !140, file: !15, baseType: !143, size: 64, align: 64)
!143 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*const u32", baseType: !134, size: 64, align: 64, dwarfAddressSpace: 0)
!144 = !{!145}
!145 = !DITemplateTypeParameter(name: "T", type: !29)
!146 = !DILocation(line: 1500, column: 32, scope: !131)
!147 = !DILocation(line: 1504, column: 9, scope: !131)
!148 = !DILocation(line: 1506, column: 2, scope: !131)
!149 = distinct !DISubprogram(name: "write_volatile<u32>", linkageName: "_ZN4core3ptr14write_volatile17h20b2bd4dd00e6fadE", scope: !90, file: !89, line: 1570, type: !150, scopeLine: 1570, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !144, retainedNodes: !153)
!150 = !DISubroutineType(types: !151)
!151 = !{null, !152, !29}
!152 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !29, size: 64, align: 64, dwarfAddressSpace: 0)
!153 = !{!154, !155, !156}
!154 = !DILocalVariable(name: "dst", arg: 1, scope: !149, file: !89, line: 1570, type: !152)
!155 = !DILocalVariable(name: "src", arg: 2, scope: !149, file: !89, line: 1570, type: !29)
!156 = !DILocalVariable(name: "runtime", scope: !157, file: !89, line: 1573, type: !159, align: 8)
!157 = !DILexicalBlockFile(scope: !158, file: !89, discriminator: 0)
!158 = distinct !DILexicalBlock(scope: !149, file: !100, line: 2006, column: 13)
!159 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<u32>", scope: !160, file: !15, size: 64, align: 64, elements: !161, templateParams: !20, identifier: "1b754e5339f0f389acf0d920a25c4ddb")
!160 = !DINamespace(name: "write_volatile", scope: !90)
!161 = !{!162}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__dst", scope: !159, file: !15, baseType: !163, size: 64, align: 64)
!163 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*mut u32", baseType: !152, size: 64, align: 64, dwarfAddressSpace: 0)
!164 = !DILocation(line: 1570, column: 33, scope: !149)
!165 = !DILocation(line: 1570, column: 46, scope: !149)
!166 = !DILocation(line: 1574, column: 9, scope: !149)
!167 = !DILocation(line: 1576, column: 2, scope: !149)
!168 = distinct !DISubprogram(name: "drop_in_place<stack_progs::Rect>", linkageName: "_ZN4core3ptr38drop_in_place$LT$stack_progs..Rect$GT$17h21b7193e8cec7a01E", scope: !90, file: !89, line: 487, type: !169, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !178, retainedNodes: !176)
!169 = !DISubroutineType(types: !170)
!170 = !{null, !171}
!171 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut stack_progs::Rect", baseType: !172, size: 64, align: 64, dwarfAddressSpace: 0)
!172 = !DICompositeType(tag: DW_TAG_structure_type, name: "Rect", scope: !2, file: !15, size: 128, align: 64, elements: !173, templateParams: !20, identifier: "186cfd1458ddf213b11dad6f191f9e4d")
!173 = !{!174, !175}
!174 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !172, file: !15, baseType: !8, size: 64, align: 64)
!175 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !172, file: !15, baseType: !8, size: 64, align: 64, offset: 64)
!176 = !{!177}
!177 = !DILocalVariable(arg: 1, scope: !168, file: !89, line: 487, type: !171)
!178 = !{!179}
!179 = !DITemplateTypeParameter(name: "T", type: !172)
!180 = !DILocation(line: 487, column: 1, scope: !168)
!181 = distinct !DISubprogram(name: "drop_in_place<stack_progs::Square>", linkageName: "_ZN4core3ptr40drop_in_place$LT$stack_progs..Square$GT$17h1e94eebda10e8275E", scope: !90, file: !89, line: 487, type: !182, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !190, retainedNodes: !188)
!182 = !DISubroutineType(types: !183)
!183 = !{null, !184}
!184 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut stack_progs::Square", baseType: !185, size: 64, align: 64, dwarfAddressSpace: 0)
!185 = !DICompositeType(tag: DW_TAG_structure_type, name: "Square", scope: !2, file: !15, size: 64, align: 64, elements: !186, templateParams: !20, identifier: "18ec267ac55f88082c22de0f96070b14")
!186 = !{!187}
!187 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !185, file: !15, baseType: !8, size: 64, align: 64)
!188 = !{!189}
!189 = !DILocalVariable(arg: 1, scope: !181, file: !89, line: 487, type: !184)
!190 = !{!191}
!191 = !DITemplateTypeParameter(name: "T", type: !185)
!192 = !DILocation(line: 487, column: 1, scope: !181)
!193 = distinct !DISubprogram(name: "as_mut_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h91b131bdc67ab4f6E", scope: !195, file: !194, line: 506, type: !197, scopeLine: 506, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !207, retainedNodes: !205)
!194 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/slice/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e57288edb8f562006886dad4b6fc1f0e")
!195 = !DINamespace(name: "{impl#0}", scope: !196)
!196 = !DINamespace(name: "slice", scope: !91)
!197 = !DISubroutineType(types: !198)
!198 = !{!199, !200}
!199 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!200 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u64]", file: !15, size: 128, align: 64, elements: !201, templateParams: !20, identifier: "ef57548ee467bd8d90f587c9de001201")
!201 = !{!202, !204}
!202 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !200, file: !15, baseType: !203, size: 64, align: 64)
!203 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !200, file: !15, baseType: !24, size: 64, align: 64, offset: 64)
!205 = !{!206}
!206 = !DILocalVariable(name: "self", arg: 1, scope: !193, file: !194, line: 506, type: !200)
!207 = !{!208}
!208 = !DITemplateTypeParameter(name: "T", type: !8)
!209 = !DILocation(line: 506, column: 29, scope: !193)
!210 = !DILocation(line: 507, column: 9, scope: !193)
!211 = !DILocation(line: 508, column: 6, scope: !193)
!212 = distinct !DISubprogram(name: "as_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hff714cf321e459b7E", scope: !195, file: !194, line: 476, type: !213, scopeLine: 476, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !207, retainedNodes: !220)
!213 = !DISubroutineType(types: !214)
!214 = !{!215, !216}
!215 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u64", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!216 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u64]", file: !15, size: 128, align: 64, elements: !217, templateParams: !20, identifier: "db95022edf533a9a70f9c3d8f9756c56")
!217 = !{!218, !219}
!218 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !216, file: !15, baseType: !203, size: 64, align: 64)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !216, file: !15, baseType: !24, size: 64, align: 64, offset: 64)
!220 = !{!221}
!221 = !DILocalVariable(name: "self", arg: 1, scope: !212, file: !194, line: 476, type: !216)
!222 = !DILocation(line: 476, column: 25, scope: !212)
!223 = !DILocation(line: 477, column: 9, scope: !212)
!224 = !DILocation(line: 478, column: 6, scope: !212)
!225 = distinct !DISubprogram(name: "opaque", linkageName: "_ZN11stack_progs6opaque17h9ce9cd9067571ba4E", scope: !2, file: !3, line: 21, type: !6, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !226)
!226 = !{!227, !228}
!227 = !DILocalVariable(name: "x", arg: 1, scope: !225, file: !3, line: 21, type: !8)
!228 = !DILocalVariable(name: "v", scope: !229, file: !3, line: 22, type: !8, align: 8)
!229 = distinct !DILexicalBlock(scope: !225, file: !3, line: 22, column: 5)
!230 = !DILocation(line: 21, column: 11, scope: !225)
!231 = !DILocation(line: 22, column: 9, scope: !229)
!232 = !DILocation(line: 22, column: 13, scope: !225)
!233 = !DILocation(line: 23, column: 14, scope: !229)
!234 = !DILocation(line: 24, column: 2, scope: !225)
!235 = distinct !DISubprogram(name: "depth", linkageName: "_ZN11stack_progs5depth17h8590bad9d25b9e57E", scope: !2, file: !3, line: 27, type: !236, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !238)
!236 = !DISubroutineType(types: !237)
!237 = !{!8, !8, !8}
!238 = !{!239, !240, !241, !246}
!239 = !DILocalVariable(name: "n", arg: 1, scope: !235, file: !3, line: 27, type: !8)
!240 = !DILocalVariable(name: "limit", arg: 2, scope: !235, file: !3, line: 27, type: !8)
!241 = !DILocalVariable(name: "local", scope: !242, file: !3, line: 31, type: !243, align: 8)
!242 = distinct !DILexicalBlock(scope: !235, file: !3, line: 31, column: 5)
!243 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 256, align: 64, elements: !244)
!244 = !{!245}
!245 = !DISubrange(count: 4, lowerBound: 0)
!246 = !DILocalVariable(name: "i", scope: !247, file: !3, line: 32, type: !24, align: 8)
!247 = distinct !DILexicalBlock(scope: !242, file: !3, line: 32, column: 5)
!248 = !DILocation(line: 27, column: 10, scope: !235)
!249 = !DILocation(line: 27, column: 18, scope: !235)
!250 = !DILocation(line: 31, column: 9, scope: !242)
!251 = !DILocation(line: 28, column: 8, scope: !235)
!252 = !DILocation(line: 31, column: 21, scope: !235)
!253 = !DILocation(line: 32, column: 13, scope: !242)
!254 = !DILocation(line: 32, column: 9, scope: !247)
!255 = !DILocation(line: 33, column: 29, scope: !247)
!256 = !DILocation(line: 29, column: 16, scope: !235)
!257 = !DILocation(line: 35, column: 2, scope: !235)
!258 = !DILocalVariable(name: "self", arg: 1, scope: !259, file: !260, line: 977, type: !199)
!259 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h44a7183712532f24E", scope: !261, file: !260, line: 977, type: !263, scopeLine: 977, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !207, retainedNodes: !265)
!260 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mut_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "58042decf85f1a548d50de0519db87d2")
!261 = !DINamespace(name: "{impl#0}", scope: !262)
!262 = !DINamespace(name: "mut_ptr", scope: !90)
!263 = !DISubroutineType(types: !264)
!264 = !{!199, !199, !24}
!265 = !{!258, !266}
!266 = !DILocalVariable(name: "count", arg: 2, scope: !259, file: !260, line: 977, type: !24)
!267 = !DILocation(line: 977, column: 29, scope: !259, inlinedAt: !268)
!268 = distinct !DILocation(line: 33, column: 29, scope: !247)
!269 = !DILocation(line: 977, column: 35, scope: !259, inlinedAt: !268)
!270 = !DILocalVariable(name: "self", arg: 1, scope: !271, file: !260, line: 462, type: !199)
!271 = distinct !DISubprogram(name: "offset<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$6offset17heaa9a7a4875204a9E", scope: !261, file: !260, line: 462, type: !272, scopeLine: 462, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !207, retainedNodes: !275)
!272 = !DISubroutineType(types: !273)
!273 = !{!199, !199, !274}
!274 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!275 = !{!270, !276}
!276 = !DILocalVariable(name: "count", arg: 2, scope: !271, file: !260, line: 462, type: !274)
!277 = !DILocation(line: 462, column: 32, scope: !271, inlinedAt: !278)
!278 = distinct !DILocation(line: 982, column: 18, scope: !259, inlinedAt: !268)
!279 = !DILocation(line: 462, column: 38, scope: !271, inlinedAt: !278)
!280 = !DILocation(line: 469, column: 18, scope: !271, inlinedAt: !278)
!281 = !DILocation(line: 33, column: 56, scope: !247)
!282 = !DILocation(line: 33, column: 14, scope: !247)
!283 = !DILocation(line: 34, column: 11, scope: !247)
!284 = !DILocation(line: 34, column: 5, scope: !247)
!285 = !DILocation(line: 34, column: 50, scope: !247)
!286 = !DILocalVariable(name: "self", arg: 1, scope: !287, file: !288, line: 865, type: !215)
!287 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17h7a794af44a067a97E", scope: !289, file: !288, line: 865, type: !291, scopeLine: 865, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !207, retainedNodes: !293)
!288 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/const_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "472568b60919158596db0f55d2635676")
!289 = !DINamespace(name: "{impl#0}", scope: !290)
!290 = !DINamespace(name: "const_ptr", scope: !90)
!291 = !DISubroutineType(types: !292)
!292 = !{!215, !215, !24}
!293 = !{!286, !294}
!294 = !DILocalVariable(name: "count", arg: 2, scope: !287, file: !288, line: 865, type: !24)
!295 = !DILocation(line: 865, column: 29, scope: !287, inlinedAt: !296)
!296 = distinct !DILocation(line: 34, column: 50, scope: !247)
!297 = !DILocation(line: 865, column: 35, scope: !287, inlinedAt: !296)
!298 = !DILocalVariable(name: "self", arg: 1, scope: !299, file: !288, line: 452, type: !215)
!299 = distinct !DISubprogram(name: "offset<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$6offset17h56df977987bad599E", scope: !289, file: !288, line: 452, type: !300, scopeLine: 452, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !207, retainedNodes: !302)
!300 = !DISubroutineType(types: !301)
!301 = !{!215, !215, !274}
!302 = !{!298, !303}
!303 = !DILocalVariable(name: "count", arg: 2, scope: !299, file: !288, line: 452, type: !274)
!304 = !DILocation(line: 452, column: 32, scope: !299, inlinedAt: !305)
!305 = distinct !DILocation(line: 870, column: 18, scope: !287, inlinedAt: !296)
!306 = !DILocation(line: 452, column: 38, scope: !299, inlinedAt: !305)
!307 = !DILocation(line: 457, column: 18, scope: !299, inlinedAt: !305)
!308 = !DILocation(line: 34, column: 36, scope: !247)
!309 = distinct !DISubprogram(name: "iu_st_recurse_fn", linkageName: "_ZN11stack_progs16iu_st_recurse_fn17h3d03500a6354b6b9E", scope: !2, file: !3, line: 37, type: !38, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !310)
!310 = !{!311, !312}
!311 = !DILocalVariable(name: "_obj", arg: 1, scope: !309, file: !3, line: 37, type: !40)
!312 = !DILocalVariable(name: "regs", arg: 2, scope: !309, file: !3, line: 37, type: !41)
!313 = !DILocation(line: 37, column: 21, scope: !309)
!314 = !DILocation(line: 37, column: 36, scope: !309)
!315 = !DILocation(line: 38, column: 14, scope: !309)
!316 = !DILocation(line: 38, column: 5, scope: !309)
!317 = !DILocation(line: 39, column: 2, scope: !309)
!318 = distinct !DISubprogram(name: "even", linkageName: "_ZN11stack_progs4even17h509a754fb8c623c4E", scope: !2, file: !3, line: 42, type: !319, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !322)
!319 = !DISubroutineType(types: !320)
!320 = !{!321, !8}
!321 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!322 = !{!323}
!323 = !DILocalVariable(name: "n", arg: 1, scope: !318, file: !3, line: 42, type: !8)
!324 = !DILocation(line: 42, column: 9, scope: !318)
!325 = !DILocation(line: 43, column: 8, scope: !318)
!326 = !DILocation(line: 44, column: 9, scope: !318)
!327 = !DILocation(line: 43, column: 5, scope: !318)
!328 = !DILocation(line: 46, column: 20, scope: !318)
!329 = !DILocation(line: 46, column: 13, scope: !318)
!330 = !DILocation(line: 46, column: 9, scope: !318)
!331 = !DILocation(line: 48, column: 2, scope: !318)
!332 = !{i8 0, i8 2}
!333 = distinct !DISubprogram(name: "odd", linkageName: "_ZN11stack_progs3odd17h755fd749c3715ab6E", scope: !2, file: !3, line: 51, type: !319, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !334)
!334 = !{!335}
!335 = !DILocalVariable(name: "n", arg: 1, scope: !333, file: !3, line: 51, type: !8)
!336 = !DILocation(line: 51, column: 8, scope: !333)
!337 = !DILocation(line: 52, column: 8, scope: !333)
!338 = !DILocation(line: 53, column: 9, scope: !333)
!339 = !DILocation(line: 52, column: 5, scope: !333)
!340 = !DILocation(line: 55, column: 21, scope: !333)
!341 = !DILocation(line: 55, column: 14, scope: !333)
!342 = !DILocation(line: 55, column: 9, scope: !333)
!343 = !DILocation(line: 57, column: 2, scope: !333)
!344 = distinct !DISubprogram(name: "iu_st_parity_fn", linkageName: "_ZN11stack_progs15iu_st_parity_fn17h121519f89a83b6d2E", scope: !2, file: !3, line: 59, type: !38, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !345)
!345 = !{!346, !347}
!346 = !DILocalVariable(name: "_obj", arg: 1, scope: !344, file: !3, line: 59, type: !40)
!347 = !DILocalVariable(name: "regs", arg: 2, scope: !344, file: !3, line: 59, type: !41)
!348 = !DILocation(line: 59, column: 20, scope: !344)
!349 = !DILocation(line: 59, column: 35, scope: !344)
!350 = !DILocation(line: 60, column: 10, scope: !344)
!351 = !DILocation(line: 60, column: 5, scope: !344)
!352 = !DILocation(line: 61, column: 2, scope: !344)
!353 = distinct !DISubprogram(name: "double", linkageName: "_ZN11stack_progs6double17h0c694358d9954f1fE", scope: !2, file: !3, line: 63, type: !6, scopeLine: 63, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !354)
!354 = !{!355}
!355 = !DILocalVariable(name: "x", arg: 1, scope: !353, file: !3, line: 63, type: !8)
!356 = !DILocation(line: 63, column: 11, scope: !353)
!357 = !DILocation(line: 64, column: 5, scope: !353)
!358 = !DILocation(line: 65, column: 2, scope: !353)
!359 = distinct !DISubprogram(name: "square", linkageName: "_ZN11stack_progs6square17hf3067ee04dba7941E", scope: !2, file: !3, line: 67, type: !6, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !360)
!360 = !{!361}
!361 = !DILocalVariable(name: "x", arg: 1, scope: !359, file: !3, line: 67, type: !8)
!362 = !DILocation(line: 67, column: 11, scope: !359)
!363 = !DILocation(line: 68, column: 5, scope: !359)
!364 = !DILocation(line: 69, column: 2, scope: !359)
!365 = distinct !DISubprogram(name: "iu_st_fnptr_fn", linkageName: "_ZN11stack_progs14iu_st_fnptr_fn17h4389a5b02ed6c237E", scope: !2, file: !3, line: 73, type: !38, scopeLine: 73, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !366)
!366 = !{!367, !368, !369}
!367 = !DILocalVariable(name: "_obj", arg: 1, scope: !365, file: !3, line: 73, type: !40)
!368 = !DILocalVariable(name: "regs", arg: 2, scope: !365, file: !3, line: 73, type: !41)
!369 = !DILocalVariable(name: "op", scope: !370, file: !3, line: 74, type: !5, align: 8)
!370 = distinct !DILexicalBlock(scope: !365, file: !3, line: 74, column: 5)
!371 = !DILocation(line: 73, column: 19, scope: !365)
!372 = !DILocation(line: 73, column: 34, scope: !365)
!373 = !DILocation(line: 74, column: 43, scope: !365)
!374 = !DILocation(line: 74, column: 42, scope: !365)
!375 = !DILocation(line: 74, column: 38, scope: !365)
!376 = !DILocation(line: 74, column: 37, scope: !365)
!377 = !DILocation(line: 74, column: 23, scope: !365)
!378 = !DILocation(line: 74, column: 9, scope: !370)
!379 = !DILocation(line: 75, column: 8, scope: !370)
!380 = !DILocation(line: 75, column: 5, scope: !370)
!381 = !DILocation(line: 76, column: 2, scope: !365)
!382 = distinct !DISubprogram(name: "area", linkageName: "_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h37507fa727642323E", scope: !383, file: !3, line: 86, type: !384, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !387)
!383 = !DINamespace(name: "{impl#0}", scope: !2)
!384 = !DISubroutineType(types: !385)
!385 = !{!8, !386}
!386 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_progs::Square", baseType: !185, size: 64, align: 64, dwarfAddressSpace: 0)
!387 = !{!388}
!388 = !DILocalVariable(name: "self", arg: 1, scope: !382, file: !3, line: 86, type: !386)
!389 = !DILocation(line: 86, column: 13, scope: !382)
!390 = !DILocation(line: 87, column: 9, scope: !382)
!391 = !DILocation(line: 87, column: 18, scope: !382)
!392 = !DILocation(line: 88, column: 6, scope: !382)
!393 = distinct !DISubprogram(name: "area", linkageName: "_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17hdf1d2d33fbab02e3E", scope: !394, file: !3, line: 92, type: !395, scopeLine: 92, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !398)
!394 = !DINamespace(name: "{impl#1}", scope: !2)
!395 = !DISubroutineType(types: !396)
!396 = !{!8, !397}
!397 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_progs::Rect", baseType: !172, size: 64, align: 64, dwarfAddressSpace: 0)
!398 = !{!399}
!399 = !DILocalVariable(name: "self", arg: 1, scope: !393, file: !3, line: 92, type: !397)
!400 = !DILocation(line: 92, column: 13, scope: !393)
!401 = !DILocation(line: 93, column: 9, scope: !393)
!402 = !DILocation(line: 93, column: 18, scope: !393)
!403 = !DILocation(line: 94, column: 6, scope: !393)
!404 = distinct !DISubprogram(name: "iu_st_dyn_fn", linkageName: "_ZN11stack_progs12iu_st_dyn_fn17h7861118a035c6caeE", scope: !2, file: !3, line: 99, type: !38, scopeLine: 99, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !405)
!405 = !{!406, !407, !408}
!406 = !DILocalVariable(name: "_obj", arg: 1, scope: !404, file: !3, line: 99, type: !40)
!407 = !DILocalVariable(name: "regs", arg: 2, scope: !404, file: !3, line: 99, type: !41)
!408 = !DILocalVariable(name: "s", scope: !409, file: !3, line: 100, type: !14, align: 8)
!409 = distinct !DILexicalBlock(scope: !404, file: !3, line: 100, column: 5)
!410 = !DILocation(line: 99, column: 17, scope: !404)
!411 = !DILocation(line: 99, column: 32, scope: !404)
!412 = !DILocation(line: 100, column: 45, scope: !404)
!413 = !DILocation(line: 100, column: 44, scope: !404)
!414 = !DILocation(line: 100, column: 37, scope: !404)
!415 = !DILocation(line: 100, column: 36, scope: !404)
!416 = !DILocation(line: 100, column: 22, scope: !404)
!417 = !DILocation(line: 100, column: 9, scope: !409)
!418 = !DILocation(line: 101, column: 5, scope: !409)
!419 = !DILocation(line: 102, column: 2, scope: !404)
!420 = distinct !DISubprogram(name: "chain3", linkageName: "_ZN11stack_progs6chain317h80c23feb965f9905E", scope: !2, file: !3, line: 105, type: !6, scopeLine: 105, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !421)
!421 = !{!422}
!422 = !DILocalVariable(name: "x", arg: 1, scope: !420, file: !3, line: 105, type: !8)
!423 = !DILocation(line: 105, column: 11, scope: !420)
!424 = !DILocation(line: 106, column: 5, scope: !420)
!425 = !DILocation(line: 107, column: 2, scope: !420)
!426 = distinct !DISubprogram(name: "chain2", linkageName: "_ZN11stack_progs6chain217h6b18a6f1419e5040E", scope: !2, file: !3, line: 110, type: !6, scopeLine: 110, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !427)
!427 = !{!428}
!428 = !DILocalVariable(name: "x", arg: 1, scope: !426, file: !3, line: 110, type: !8)
!429 = !DILocation(line: 110, column: 11, scope: !426)
!430 = !DILocation(line: 111, column: 12, scope: !426)
!431 = !DILocation(line: 111, column: 5, scope: !426)
!432 = !DILocation(line: 112, column: 2, scope: !426)
!433 = distinct !DISubprogram(name: "chain1", linkageName: "_ZN11stack_progs6chain117h6921a9c472546303E", scope: !2, file: !3, line: 115, type: !6, scopeLine: 115, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !434)
!434 = !{!435}
!435 = !DILocalVariable(name: "x", arg: 1, scope: !433, file: !3, line: 115, type: !8)
!436 = !DILocation(line: 115, column: 11, scope: !433)
!437 = !DILocation(line: 116, column: 12, scope: !433)
!438 = !DILocation(line: 116, column: 5, scope: !433)
!439 = !DILocation(line: 117, column: 2, scope: !433)
!440 = distinct !DISubprogram(name: "iu_st_chain_fn", linkageName: "_ZN11stack_progs14iu_st_chain_fn17hbf74efb95fb6bd7bE", scope: !2, file: !3, line: 119, type: !38, scopeLine: 119, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !441)
!441 = !{!442, !443}
!442 = !DILocalVariable(name: "_obj", arg: 1, scope: !440, file: !3, line: 119, type: !40)
!443 = !DILocalVariable(name: "regs", arg: 2, scope: !440, file: !3, line: 119, type: !41)
!444 = !DILocation(line: 119, column: 19, scope: !440)
!445 = !DILocation(line: 119, column: 34, scope: !440)
!446 = !DILocation(line: 120, column: 12, scope: !440)
!447 = !DILocation(line: 120, column: 5, scope: !440)
!448 = !DILocation(line: 121, column: 2, scope: !440)
!449 = distinct !DISubprogram(name: "iu_st_reenter_fn", linkageName: "_ZN11stack_progs16iu_st_reenter_fn17h0fd6b2202e10796fE", scope: !2, file: !3, line: 129, type: !38, scopeLine: 129, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !85, templateParams: !20, retainedNodes: !450)
!450 = !{!451, !452, !453}
!451 = !DILocalVariable(name: "_obj", arg: 1, scope: !449, file: !3, line: 129, type: !40)
!452 = !DILocalVariable(name: "regs", arg: 2, scope: !449, file: !3, line: 129, type: !41)
!453 = !DILocalVariable(name: "left", scope: !454, file: !3, line: 131, type: !29, align: 4)
!454 = distinct !DILexicalBlock(scope: !449, file: !3, line: 131, column: 9)
!455 = !DILocation(line: 129, column: 21, scope: !449)
!456 = !DILocation(line: 129, column: 36, scope: !449)
!457 = !DILocation(line: 131, column: 20, scope: !449)
!458 = !DILocation(line: 131, column: 13, scope: !454)
!459 = !DILocation(line: 132, column: 12, scope: !454)
!460 = !DILocation(line: 133, column: 20, scope: !454)
!461 = !DILocation(line: 138, column: 2, scope: !449)
!462 = !DILocation(line: 135, column: 44, scope: !454)
!463 = !DILocation(line: 135, column: 9, scope: !454)
!464 = !DILocation(line: 136, column: 9, scope: !454)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_st_recurse(i8* %ctx) #10 section "kprobe/__x64_sys_getegid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs7RECURSE17hd66371963135f5d2E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_st_parity(i8* %ctx) #10 section "kprobe/__x64_sys_getpgrp" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs6PARITY17h7452e13929e85040E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_st_fnptr(i8* %ctx) #10 section "kprobe/__x64_sys_getsid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs5FNPTR17h032f64ee5d39e9c4E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_st_dyn(i8* %ctx) #10 section "kprobe/__x64_sys_getuid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs3DYN17he5939c4d2635b9f3E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_st_chain(i8* %ctx) #10 section "kprobe/__x64_sys_getgid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs5CHAIN17hda48762a2f890b13E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_st_reenter(%"iu_rt::pt_regs"* %ctx) #10 section "kprobe/__x64_sys_gettid" {
start:
  %ctx.arg = bitcast %"iu_rt::pt_regs"* %ctx to i8*
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN11stack_progs7REENTER17hbb216240669a30fbE to i8*), i8* %ctx.arg)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [6 x i8*] [i8* bitcast (i32 (i8*)* @iu_st_recurse to i8*), i8* bitcast (i32 (i8*)* @iu_st_parity to i8*), i8* bitcast (i32 (i8*)* @iu_st_fnptr to i8*), i8* bitcast (i32 (i8*)* @iu_st_dyn to i8*), i8* bitcast (i32 (i8*)* @iu_st_chain to i8*), i8* bitcast (i32 (%"iu_rt::pt_regs"*)* @iu_st_reenter to i8*)], section "llvm.metadata"

attributes #10 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!465, !466, !467, !468, !469, !470}
!465 = !{!"_ZN11stack_progs16iu_st_recurse_fn17h3d03500a6354b6b9E"}
!466 = !{!"_ZN11stack_progs15iu_st_parity_fn17h121519f89a83b6d2E"}
!467 = !{!"_ZN11stack_progs14iu_st_fnptr_fn17h4389a5b02ed6c237E"}
!468 = !{!"_ZN11stack_progs12iu_st_dyn_fn17h7861118a035c6caeE"}
!469 = !{!"_ZN11stack_progs14iu_st_chain_fn17hbf74efb95fb6bd7bE"}
!470 = !{!"_ZN11stack_progs16iu_st_reenter_fn17h0fd6b2202e10796fE"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!471, !472, !473, !474, !475, !476, !477}
!471 = !{!"recursion", i32 (%"iu_rt::pt_regs"*)* @iu_st_reenter, i32 1}
!472 = !{!"indirect-call", i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs14iu_st_fnptr_fn17h4389a5b02ed6c237E, i32 1}
!473 = !{!"indirect-call", i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs12iu_st_dyn_fn17h7861118a035c6caeE, i32 1}
!474 = !{!"recursion", i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN11stack_progs16iu_st_reenter_fn17h0fd6b2202e10796fE, i32 1}
!475 = !{!"recursion", i64 (i64, i64)* @_ZN11stack_progs5depth17h8590bad9d25b9e57E, i32 1}
!476 = !{!"recursion", i1 (i64)* @_ZN11stack_progs4even17h509a754fb8c623c4E, i32 1}
!477 = !{!"recursion", i1 (i64)* @_ZN11stack_progs3odd17h755fd749c3715ab6E, i32 1}
