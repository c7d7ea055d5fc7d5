; ModuleID = 'stack_selfrt.66d16b5f-cgu.0'
source_filename = "stack_selfrt.66d16b5f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%kprobe = type { i64, i32 (%kprobe*, { i64, i64 }*)*, { [0 x i8]*, i64 } }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"core::panic::panic_info::PanicInfo" = type { { {}*, [3 x i64]* }, i64*, %"core::panic::location::Location"*, i8, [7 x i8] }

@alloc30 = private unnamed_addr constant <{ [40 x i8] }> <{ [40 x i8] c"testdata/stackcheck/rust/stack_selfrt.rs" }>, align 1
@alloc25 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [40 x i8] }>, <{ [40 x i8] }>* @alloc30, i32 0, i32 0, i32 0), [16 x i8] c"(\00\00\00\00\00\00\00+\00\00\008\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc27 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [40 x i8] }>, <{ [40 x i8] }>* @alloc30, i32 0, i32 0, i32 0), [16 x i8] c"(\00\00\00\00\00\00\00,\00\00\00\0B\00\00\00" }>, align 8
@alloc29 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [40 x i8] }>, <{ [40 x i8] }>* @alloc30, i32 0, i32 0, i32 0), [16 x i8] c"(\00\00\00\00\00\00\00,\00\00\00\05\00\00\00" }>, align 8
@alloc31 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [40 x i8] }>, <{ [40 x i8] }>* @alloc30, i32 0, i32 0, i32 0), [16 x i8] c"(\00\00\00\00\00\00\004\00\00\00\05\00\00\00" }>, align 8
@alloc6 = private unnamed_addr constant <{ [13 x i8] }> <{ [13 x i8] c"iu_sr_recurse" }>, align 1
@_ZN12stack_selfrt7RECURSE17hf05410cd4ddea3c0E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%kprobe*, { i64, i64 }*)* @_ZN12stack_selfrt16iu_sr_recurse_fn17h939d319ad91f72cbE to i8*), i8* getelementptr inbounds (<{ [13 x i8] }>, <{ [13 x i8] }>* @alloc6, i32 0, i32 0, i32 0), [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@alloc11 = private unnamed_addr constant <{ [11 x i8] }> <{ [11 x i8] c"iu_sr_plain" }>, align 1
@_ZN12stack_selfrt5PLAIN17h62f13cb9e73fffbaE = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%kprobe*, { i64, i64 }*)* @_ZN12stack_selfrt14iu_sr_plain_fn17h3b3a5fc8a943cdbaE to i8*), i8* getelementptr inbounds (<{ [11 x i8] }>, <{ [11 x i8] }>* @alloc11, i32 0, i32 0, i32 0), [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !29
@llvm.compiler.used = appending global [2 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt7RECURSE17hf05410cd4ddea3c0E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt5PLAIN17h62f13cb9e73fffbaE, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64 @_ZN4core3ptr13read_volatile17h6bd1fabda0776957E(i64* %src) unnamed_addr #0 !dbg !48 {
start:
  %0 = alloca i64, align 8
  %src.dbg.spill = alloca i64*, align 8
  store i64* %src, i64** %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %src.dbg.spill, metadata !55, metadata !DIExpression()), !dbg !67
  %1 = load volatile i64, i64* %src, align 8, !dbg !68
  store i64 %1, i64* %0, align 8, !dbg !68
  %2 = load i64, i64* %0, align 8, !dbg !68
  br label %bb1, !dbg !68

bb1:                                              ; preds = %start
  ret i64 %2, !dbg !69
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind
define internal void @_ZN4core3ptr14write_volatile17h033ae8771e51e567E(i64* %dst, i64 %src) unnamed_addr #0 !dbg !70 {
start:
  %src.dbg.spill = alloca i64, align 8
  %dst.dbg.spill = alloca i64*, align 8
  store i64* %dst, i64** %dst.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64** %dst.dbg.spill, metadata !75, metadata !DIExpression()), !dbg !85
  store i64 %src, i64* %src.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %src.dbg.spill, metadata !76, metadata !DIExpression()), !dbg !86
  store volatile i64 %src, i64* %dst, align 8, !dbg !87
  br label %bb1, !dbg !87

bb1:                                              ; preds = %start
  ret void, !dbg !88
}

; core::slice::<impl [T]>::as_mut_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h58399c8893b53edeE"([0 x i64]* align 8 %self.0, i64 %self.1) unnamed_addr #0 !dbg !89 {
start:
  %self.dbg.spill = alloca { [0 x i64]*, i64 }, align 8
  %0 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i64]* %self.0, [0 x i64]** %0, align 8
  %1 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { [0 x i64]*, i64 }* %self.dbg.spill, metadata !101, metadata !DIExpression()), !dbg !102
  %2 = bitcast [0 x i64]* %self.0 to i64*, !dbg !103
  ret i64* %2, !dbg !104
}

; core::slice::<impl [T]>::as_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hcb97e77ea7099cf6E"([0 x i64]* align 8 %self.0, i64 %self.1) unnamed_addr #0 !dbg !105 {
start:
  %self.dbg.spill = alloca { [0 x i64]*, i64 }, align 8
  %0 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i64]* %self.0, [0 x i64]** %0, align 8
  %1 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { [0 x i64]*, i64 }* %self.dbg.spill, metadata !113, metadata !DIExpression()), !dbg !114
  %2 = bitcast [0 x i64]* %self.0 to i64*, !dbg !115
  ret i64* %2, !dbg !116
}

; Function Attrs: nounwind nonlazybind
define i32 @__iu_entry_kprobe(%kprobe* align 8 %prog, {}* %ctx) unnamed_addr #1 !dbg !117 {
start:
  %regs.dbg.spill = alloca { i64, i64 }*, align 8
  %ctx.dbg.spill = alloca {}*, align 8
  %prog.dbg.spill = alloca %kprobe*, align 8
  store %kprobe* %prog, %kprobe** %prog.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %kprobe** %prog.dbg.spill, metadata !123, metadata !DIExpression()), !dbg !127
  store {}* %ctx, {}** %ctx.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata {}** %ctx.dbg.spill, metadata !124, metadata !DIExpression()), !dbg !128
  %_4 = bitcast {}* %ctx to { i64, i64 }*, !dbg !129
  store { i64, i64 }* %_4, { i64, i64 }** %regs.dbg.spill, align 8, !dbg !130
  call void @llvm.dbg.declare(metadata { i64, i64 }** %regs.dbg.spill, metadata !125, metadata !DIExpression()), !dbg !131
  %0 = getelementptr inbounds %kprobe, %kprobe* %prog, i32 0, i32 1, !dbg !132
  %_6 = load i32 (%kprobe*, { i64, i64 }*)*, i32 (%kprobe*, { i64, i64 }*)** %0, align 8, !dbg !132, !nonnull !20, !noundef !20
  %1 = call i32 %_6(%kprobe* align 8 %prog, { i64, i64 }* align 8 %_4) #8, !dbg !132
  br label %bb1, !dbg !132

bb1:                                              ; preds = %start
  ret i32 %1, !dbg !133
}

; stack_selfrt::depth
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE(i64 %n, i64 %limit) unnamed_addr #2 !dbg !134 {
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
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !138, metadata !DIExpression()), !dbg !147
  store i64 %limit, i64* %limit.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %limit.dbg.spill, metadata !139, metadata !DIExpression()), !dbg !148
  call void @llvm.dbg.declare(metadata [4 x i64]* %local, metadata !140, metadata !DIExpression()), !dbg !149
  %_3 = icmp uge i64 %n, %limit, !dbg !150
  br i1 %_3, label %bb1, label %bb2, !dbg !150

bb2:                                              ; preds = %start
  %3 = getelementptr inbounds [4 x i64], [4 x i64]* %local, i64 0, i64 0, !dbg !151
  %4 = bitcast i64* %3 to i8*, !dbg !151
  call void @llvm.memset.p0i8.i64(i8* align 8 %4, i8 0, i64 32, i1 false), !dbg !151
  %_8 = urem i64 %n, 4, !dbg !152
  store i64 %_8, i64* %i.dbg.spill, align 8, !dbg !152
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !145, metadata !DIExpression()), !dbg !153
  %_13.0 = bitcast [4 x i64]* %local to [0 x i64]*, !dbg !154
; call core::slice::<impl [T]>::as_mut_ptr
  %_12 = call i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h58399c8893b53edeE"([0 x i64]* align 8 %_13.0, i64 4) #8, !dbg !154
  br label %bb3, !dbg !154

bb1:                                              ; preds = %start
  store i64 0, i64* %2, align 8, !dbg !155
  br label %bb13, !dbg !156

bb13:                                             ; preds = %bb12, %bb1
  %5 = load i64, i64* %2, align 8, !dbg !156
  ret i64 %5, !dbg !156

bb3:                                              ; preds = %bb2
  store i64* %_12, i64** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i, metadata !157, metadata !DIExpression()) #8, !dbg !166
  store i64 %_8, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !165, metadata !DIExpression()) #8, !dbg !168
  store i64* %_12, i64** %self.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i4, metadata !169, metadata !DIExpression()), !dbg !176
  store i64 %_8, i64* %count.dbg.spill.i3, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i3, metadata !175, metadata !DIExpression()), !dbg !178
  %6 = getelementptr inbounds i64, i64* %_12, i64 %_8, !dbg !179
  store i64* %6, i64** %1, align 8, !dbg !179
  %_3.i = load i64*, i64** %1, align 8, !dbg !179
  br label %bb4, !dbg !154

bb4:                                              ; preds = %bb3
  %7 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %n, i64 1), !dbg !180
  %_18.0 = extractvalue { i64, i1 } %7, 0, !dbg !180
  %_18.1 = extractvalue { i64, i1 } %7, 1, !dbg !180
  %8 = call i1 @llvm.expect.i1(i1 %_18.1, i1 false), !dbg !180
  br i1 %8, label %panic, label %bb5, !dbg !180

bb5:                                              ; preds = %bb4
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h033ae8771e51e567E(i64* %_3.i, i64 %_18.0) #8, !dbg !181
  br label %bb6, !dbg !181

panic:                                            ; preds = %bb4
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc25 to %"core::panic::location::Location"*)) #9, !dbg !180
  unreachable, !dbg !180

bb6:                                              ; preds = %bb5
  %9 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %n, i64 1), !dbg !182
  %_22.0 = extractvalue { i64, i1 } %9, 0, !dbg !182
  %_22.1 = extractvalue { i64, i1 } %9, 1, !dbg !182
  %10 = call i1 @llvm.expect.i1(i1 %_22.1, i1 false), !dbg !182
  br i1 %10, label %panic1, label %bb7, !dbg !182

bb7:                                              ; preds = %bb6
; call stack_selfrt::depth
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_19 = call i64 @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE(i64 %_22.0, i64 %limit) #8, !dbg !183
  br label %bb8, !dbg !183

panic1:                                           ; preds = %bb6
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc27 to %"core::panic::location::Location"*)) #9, !dbg !182
  unreachable, !dbg !182

bb8:                                              ; preds = %bb7
  %_27.0 = bitcast [4 x i64]* %local to [0 x i64]*, !dbg !184
; call core::slice::<impl [T]>::as_ptr
  %_26 = call i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hcb97e77ea7099cf6E"([0 x i64]* align 8 %_27.0, i64 4) #8, !dbg !184
  br label %bb9, !dbg !184

bb9:                                              ; preds = %bb8
  store i64* %_26, i64** %self.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i6, metadata !185, metadata !DIExpression()) #8, !dbg !194
  store i64 %_8, i64* %count.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i5, metadata !193, metadata !DIExpression()) #8, !dbg !196
  store i64* %_26, i64** %self.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i8, metadata !197, metadata !DIExpression()), !dbg !203
  store i64 %_8, i64* %count.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i7, metadata !202, metadata !DIExpression()), !dbg !205
  %11 = getelementptr inbounds i64, i64* %_26, i64 %_8, !dbg !206
  store i64* %11, i64** %0, align 8, !dbg !206
  %12 = load i64*, i64** %0, align 8, !dbg !206
  br label %bb10, !dbg !184

bb10:                                             ; preds = %bb9
; call core::ptr::read_volatile
  %_24 = call i64 @_ZN4core3ptr13read_volatile17h6bd1fabda0776957E(i64* %12) #8, !dbg !207
  br label %bb11, !dbg !207

bb11:                                             ; preds = %bb10
  %13 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %_19, i64 %_24), !dbg !183
  %_30.0 = extractvalue { i64, i1 } %13, 0, !dbg !183
  %_30.1 = extractvalue { i64, i1 } %13, 1, !dbg !183
  %14 = call i1 @llvm.expect.i1(i1 %_30.1, i1 false), !dbg !183
  br i1 %14, label %panic2, label %bb12, !dbg !183

bb12:                                             ; preds = %bb11
  store i64 %_30.0, i64* %2, align 8, !dbg !183
  br label %bb13, !dbg !156

panic2:                                           ; preds = %bb11
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc29 to %"core::panic::location::Location"*)) #9, !dbg !183
  unreachable, !dbg !183
}

; stack_selfrt::iu_sr_recurse_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN12stack_selfrt16iu_sr_recurse_fn17h939d319ad91f72cbE(%kprobe* align 8 %_obj, { i64, i64 }* align 8 %regs) unnamed_addr #1 !dbg !208 {
start:
  %regs.dbg.spill = alloca { i64, i64 }*, align 8
  %_obj.dbg.spill = alloca %kprobe*, align 8
  store %kprobe* %_obj, %kprobe** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %kprobe** %_obj.dbg.spill, metadata !210, metadata !DIExpression()), !dbg !212
  store { i64, i64 }* %regs, { i64, i64 }** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %regs.dbg.spill, metadata !211, metadata !DIExpression()), !dbg !213
  %0 = bitcast { i64, i64 }* %regs to i64*, !dbg !214
  %_4 = load i64, i64* %0, align 8, !dbg !214
; call stack_selfrt::depth
  %_3 = call i64 @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE(i64 0, i64 %_4) #8, !dbg !215
  br label %bb1, !dbg !215

bb1:                                              ; preds = %start
  %1 = trunc i64 %_3 to i32, !dbg !215
  ret i32 %1, !dbg !216
}

; stack_selfrt::iu_sr_plain_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN12stack_selfrt14iu_sr_plain_fn17h3b3a5fc8a943cdbaE(%kprobe* align 8 %_obj, { i64, i64 }* align 8 %regs) unnamed_addr #1 !dbg !217 {
start:
  %regs.dbg.spill = alloca { i64, i64 }*, align 8
  %_obj.dbg.spill = alloca %kprobe*, align 8
  store %kprobe* %_obj, %kprobe** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %kprobe** %_obj.dbg.spill, metadata !219, metadata !DIExpression()), !dbg !221
  store { i64, i64 }* %regs, { i64, i64 }** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata { i64, i64 }** %regs.dbg.spill, metadata !220, metadata !DIExpression()), !dbg !222
  %0 = getelementptr inbounds { i64, i64 }, { i64, i64 }* %regs, i32 0, i32 1, !dbg !223
  %_4 = load i64, i64* %0, align 8, !dbg !223
  %1 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %_4, i64 1), !dbg !224
  %_5.0 = extractvalue { i64, i1 } %1, 0, !dbg !224
  %_5.1 = extractvalue { i64, i1 } %1, 1, !dbg !224
  %2 = call i1 @llvm.expect.i1(i1 %_5.1, i1 false), !dbg !224
  br i1 %2, label %panic, label %bb1, !dbg !224

bb1:                                              ; preds = %start
  %3 = trunc i64 %_5.0 to i32, !dbg !224
  ret i32 %3, !dbg !225

panic:                                            ; preds = %start
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc31 to %"core::panic::location::Location"*)) #9, !dbg !224
  unreachable, !dbg !224
}

; Function Attrs: noreturn nounwind nonlazybind
define hidden void @rust_begin_unwind(%"core::panic::panic_info::PanicInfo"* align 8 %_1) unnamed_addr #3 !dbg !226 {
start:
  %_1.dbg.spill = alloca %"core::panic::panic_info::PanicInfo"*, align 8
  store %"core::panic::panic_info::PanicInfo"* %_1, %"core::panic::panic_info::PanicInfo"** %_1.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"core::panic::panic_info::PanicInfo"** %_1.dbg.spill, metadata !388, metadata !DIExpression()), !dbg !389
  br label %bb1, !dbg !390

bb1:                                              ; preds = %bb1, %start
  br label %bb1, !dbg !390
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #4

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64) #4

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #6

; core::panicking::panic
; Function Attrs: cold noinline noreturn nounwind nonlazybind
declare void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #7

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #3 = { noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { argmemonly nofree nounwind willreturn writeonly }
attributes #6 = { nofree nosync nounwind readnone willreturn }
attributes #7 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #8 = { nounwind }
attributes #9 = { noreturn nounwind }

!llvm.module.flags = !{!31, !32, !33}
!llvm.dbg.cu = !{!34}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "RECURSE", linkageName: "_ZN12stack_selfrt7RECURSE17hf05410cd4ddea3c0E", scope: !2, file: !3, line: 57, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "stack_selfrt", scope: null)
!3 = !DIFile(filename: "testdata/stackcheck/rust/stack_selfrt.rs", directory: ".", checksumkind: CSK_MD5, checksum: "f55f3674b39f899fca904b3f2f90a472")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !2, file: !5, size: 256, align: 64, elements: !6, templateParams: !20, identifier: "ed33403b56cc541c9b22aa0c2971f487")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7, !9, !21}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !8, size: 64, align: 64)
!8 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!9 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !10, size: 64, align: 64, offset: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&stack_selfrt::kprobe, &stack_selfrt::pt_regs) -> u32", baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !14, !15}
!13 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_selfrt::kprobe", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_selfrt::pt_regs", baseType: !16, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !2, file: !5, size: 128, align: 64, elements: !17, templateParams: !20, identifier: "edb7f3c3072a22a54cf4c19dba3eef0b")
!17 = !{!18, !19}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !16, file: !5, baseType: !8, size: 64, align: 64)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !16, file: !5, baseType: !8, size: 64, align: 64, offset: 64)
!20 = !{}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !22, size: 128, align: 64, offset: 128)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !23, templateParams: !20, identifier: "c603ebb2af364502ef89131a86c6ad9b")
!23 = !{!24, !27}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !22, file: !5, baseType: !25, size: 64, align: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64, align: 64, dwarfAddressSpace: 0)
!26 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !22, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!28 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(name: "PLAIN", linkageName: "_ZN12stack_selfrt5PLAIN17h62f13cb9e73fffbaE", scope: !2, file: !3, line: 61, type: !4, isLocal: true, isDefinition: true, align: 64)
!31 = !{i32 7, !"PIC Level", i32 2}
!32 = !{i32 2, !"RtLibUseGOT", i32 1}
!33 = !{i32 2, !"Debug Info Version", i32 3}
!34 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !35, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !36, globals: !47)
!35 = !DIFile(filename: "testdata/stackcheck/rust/stack_selfrt.rs/@/stack_selfrt.66d16b5f-cgu.0", directory: ".")
!36 = !{!37}
!37 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Alignment", scope: !38, file: !5, baseType: !26, size: 8, align: 8, flags: DIFlagEnumClass, elements: !42)
!38 = !DINamespace(name: "v1", scope: !39)
!39 = !DINamespace(name: "rt", scope: !40)
!40 = !DINamespace(name: "fmt", scope: !41)
!41 = !DINamespace(name: "core", scope: null)
!42 = !{!43, !44, !45, !46}
!43 = !DIEnumerator(name: "Left", value: 0, isUnsigned: true)
!44 = !DIEnumerator(name: "Right", value: 1, isUnsigned: true)
!45 = !DIEnumerator(name: "Center", value: 2, isUnsigned: true)
!46 = !DIEnumerator(name: "Unknown", value: 3, isUnsigned: true)
!47 = !{!0, !29}
!48 = distinct !DISubprogram(name: "read_volatile<u64>", linkageName: "_ZN4core3ptr13read_volatile17h6bd1fabda0776957E", scope: !50, file: !49, line: 1500, type: !51, scopeLine: 1500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !54)
!49 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e7fd681ebf696ca21e42a2e645ac0174")
!50 = !DINamespace(name: "ptr", scope: !41)
!51 = !DISubroutineType(types: !52)
!52 = !{!8, !53}
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u64", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !{!55, !56}
!55 = !DILocalVariable(name: "src", arg: 1, scope: !48, file: !49, line: 1500, type: !53)
!56 = !DILocalVariable(name: "runtime", scope: !57, file: !49, line: 1503, type: !60, align: 8)
!57 = !DILexicalBlockFile(scope: !58, file: !49, discriminator: 0)
!58 = distinct !DILexicalBlock(scope: !48, file: !59, line: 2006, column: 13)
!59 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/intrinsics.rs", directory: "", checksumkind: CSK_MD5, checksum: "bd60552a4d7263f6287ca13a1de83db3")
!60 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<u64>", scope: !61, file: !5, size: 64, align: 64, elements: !62, templateParams: !20, identifier: "fb25f91ab1fff5df958958dc252caa5")
!61 = !DINamespace(name: "read_volatile", scope: !50)
!62 = !{!63}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__src", scope: !60, file: !5, baseType: !64, size: 64, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*const u64", baseType: !53, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !{!66}
!66 = !DITemplateTypeParameter(name: "T", type: !8)
!67 = !DILocation(line: 1500, column: 32, scope: !48)
!68 = !DILocation(line: 1504, column: 9, scope: !48)
!69 = !DILocation(line: 1506, column: 2, scope: !48)
!70 = distinct !DISubprogram(name: "write_volatile<u64>", linkageName: "_ZN4core3ptr14write_volatile17h033ae8771e51e567E", scope: !50, file: !49, line: 1570, type: !71, scopeLine: 1570, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !74)
!71 = !DISubroutineType(types: !72)
!72 = !{null, !73, !8}
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !{!75, !76, !77}
!75 = !DILocalVariable(name: "dst", arg: 1, scope: !70, file: !49, line: 1570, type: !73)
!76 = !DILocalVariable(name: "src", arg: 2, scope: !70, file: !49, line: 1570, type: !8)
!77 = !DILocalVariable(name: "runtime", scope: !78, file: !49, line: 1573, type: !80, align: 8)
!78 = !DILexicalBlockFile(scope: !79, file: !49, discriminator: 0)
!79 = distinct !DILexicalBlock(scope: !70, file: !59, line: 2006, column: 13)
!80 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<u64>", scope: !81, file: !5, size: 64, align: 64, elements: !82, templateParams: !20, identifier: "f67a503bfc211b43c0a6e580baffa047")
!81 = !DINamespace(name: "write_volatile", scope: !50)
!82 = !{!83}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__dst", scope: !80, file: !5, baseType: !84, size: 64, align: 64)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&*mut u64", baseType: !73, size: 64, align: 64, dwarfAddressSpace: 0)
!85 = !DILocation(line: 1570, column: 33, scope: !70)
!86 = !DILocation(line: 1570, column: 46, scope: !70)
!87 = !DILocation(line: 1574, column: 9, scope: !70)
!88 = !DILocation(line: 1576, column: 2, scope: !70)
!89 = distinct !DISubprogram(name: "as_mut_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h58399c8893b53edeE", scope: !91, file: !90, line: 506, type: !93, scopeLine: 506, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !100)
!90 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/slice/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e57288edb8f562006886dad4b6fc1f0e")
!91 = !DINamespace(name: "{impl#0}", scope: !92)
!92 = !DINamespace(name: "slice", scope: !41)
!93 = !DISubroutineType(types: !94)
!94 = !{!73, !95}
!95 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u64]", file: !5, size: 128, align: 64, elements: !96, templateParams: !20, identifier: "ef57548ee467bd8d90f587c9de001201")
!96 = !{!97, !99}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !95, file: !5, baseType: !98, size: 64, align: 64)
!98 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !95, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!100 = !{!101}
!101 = !DILocalVariable(name: "self", arg: 1, scope: !89, file: !90, line: 506, type: !95)
!102 = !DILocation(line: 506, column: 29, scope: !89)
!103 = !DILocation(line: 507, column: 9, scope: !89)
!104 = !DILocation(line: 508, column: 6, scope: !89)
!105 = distinct !DISubprogram(name: "as_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hcb97e77ea7099cf6E", scope: !91, file: !90, line: 476, type: !106, scopeLine: 476, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !112)
!106 = !DISubroutineType(types: !107)
!107 = !{!53, !108}
!108 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u64]", file: !5, size: 128, align: 64, elements: !109, templateParams: !20, identifier: "db95022edf533a9a70f9c3d8f9756c56")
!109 = !{!110, !111}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !108, file: !5, baseType: !98, size: 64, align: 64)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !108, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!112 = !{!113}
!113 = !DILocalVariable(name: "self", arg: 1, scope: !105, file: !90, line: 476, type: !108)
!114 = !DILocation(line: 476, column: 25, scope: !105)
!115 = !DILocation(line: 477, column: 9, scope: !105)
!116 = !DILocation(line: 478, column: 6, scope: !105)
!117 = distinct !DISubprogram(name: "__iu_entry_kprobe", scope: !2, file: !3, line: 31, type: !118, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !34, templateParams: !20, retainedNodes: !122)
!118 = !DISubroutineType(types: !119)
!119 = !{!13, !14, !120}
!120 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !121, size: 64, align: 64, dwarfAddressSpace: 0)
!121 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!122 = !{!123, !124, !125}
!123 = !DILocalVariable(name: "prog", arg: 1, scope: !117, file: !3, line: 31, type: !14)
!124 = !DILocalVariable(name: "ctx", arg: 2, scope: !117, file: !3, line: 31, type: !120)
!125 = !DILocalVariable(name: "regs", scope: !126, file: !3, line: 32, type: !15, align: 8)
!126 = distinct !DILexicalBlock(scope: !117, file: !3, line: 32, column: 5)
!127 = !DILocation(line: 31, column: 37, scope: !117)
!128 = !DILocation(line: 31, column: 52, scope: !117)
!129 = !DILocation(line: 32, column: 27, scope: !117)
!130 = !DILocation(line: 32, column: 25, scope: !117)
!131 = !DILocation(line: 32, column: 9, scope: !126)
!132 = !DILocation(line: 33, column: 5, scope: !126)
!133 = !DILocation(line: 34, column: 2, scope: !117)
!134 = distinct !DISubprogram(name: "depth", linkageName: "_ZN12stack_selfrt5depth17h97c442f2e6b6791dE", scope: !2, file: !3, line: 37, type: !135, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !20, retainedNodes: !137)
!135 = !DISubroutineType(types: !136)
!136 = !{!8, !8, !8}
!137 = !{!138, !139, !140, !145}
!138 = !DILocalVariable(name: "n", arg: 1, scope: !134, file: !3, line: 37, type: !8)
!139 = !DILocalVariable(name: "limit", arg: 2, scope: !134, file: !3, line: 37, type: !8)
!140 = !DILocalVariable(name: "local", scope: !141, file: !3, line: 41, type: !142, align: 8)
!141 = distinct !DILexicalBlock(scope: !134, file: !3, line: 41, column: 5)
!142 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 256, align: 64, elements: !143)
!143 = !{!144}
!144 = !DISubrange(count: 4, lowerBound: 0)
!145 = !DILocalVariable(name: "i", scope: !146, file: !3, line: 42, type: !28, align: 8)
!146 = distinct !DILexicalBlock(scope: !141, file: !3, line: 42, column: 5)
!147 = !DILocation(line: 37, column: 10, scope: !134)
!148 = !DILocation(line: 37, column: 18, scope: !134)
!149 = !DILocation(line: 41, column: 9, scope: !141)
!150 = !DILocation(line: 38, column: 8, scope: !134)
!151 = !DILocation(line: 41, column: 21, scope: !134)
!152 = !DILocation(line: 42, column: 13, scope: !141)
!153 = !DILocation(line: 42, column: 9, scope: !146)
!154 = !DILocation(line: 43, column: 29, scope: !146)
!155 = !DILocation(line: 39, column: 16, scope: !134)
!156 = !DILocation(line: 45, column: 2, scope: !134)
!157 = !DILocalVariable(name: "self", arg: 1, scope: !158, file: !159, line: 977, type: !73)
!158 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h41b72480dcacefadE", scope: !160, file: !159, line: 977, type: !162, scopeLine: 977, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !164)
!159 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mut_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "58042decf85f1a548d50de0519db87d2")
!160 = !DINamespace(name: "{impl#0}", scope: !161)
!161 = !DINamespace(name: "mut_ptr", scope: !50)
!162 = !DISubroutineType(types: !163)
!163 = !{!73, !73, !28}
!164 = !{!157, !165}
!165 = !DILocalVariable(name: "count", arg: 2, scope: !158, file: !159, line: 977, type: !28)
!166 = !DILocation(line: 977, column: 29, scope: !158, inlinedAt: !167)
!167 = distinct !DILocation(line: 43, column: 29, scope: !146)
!168 = !DILocation(line: 977, column: 35, scope: !158, inlinedAt: !167)
!169 = !DILocalVariable(name: "self", arg: 1, scope: !170, file: !159, line: 462, type: !73)
!170 = distinct !DISubprogram(name: "offset<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$6offset17h5687b29e242014caE", scope: !160, file: !159, line: 462, type: !171, scopeLine: 462, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !174)
!171 = !DISubroutineType(types: !172)
!172 = !{!73, !73, !173}
!173 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!174 = !{!169, !175}
!175 = !DILocalVariable(name: "count", arg: 2, scope: !170, file: !159, line: 462, type: !173)
!176 = !DILocation(line: 462, column: 32, scope: !170, inlinedAt: !177)
!177 = distinct !DILocation(line: 982, column: 18, scope: !158, inlinedAt: !167)
!178 = !DILocation(line: 462, column: 38, scope: !170, inlinedAt: !177)
!179 = !DILocation(line: 469, column: 18, scope: !170, inlinedAt: !177)
!180 = !DILocation(line: 43, column: 56, scope: !146)
!181 = !DILocation(line: 43, column: 14, scope: !146)
!182 = !DILocation(line: 44, column: 11, scope: !146)
!183 = !DILocation(line: 44, column: 5, scope: !146)
!184 = !DILocation(line: 44, column: 50, scope: !146)
!185 = !DILocalVariable(name: "self", arg: 1, scope: !186, file: !187, line: 865, type: !53)
!186 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17h76591e6758fa26b2E", scope: !188, file: !187, line: 865, type: !190, scopeLine: 865, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !192)
!187 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/const_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "472568b60919158596db0f55d2635676")
!188 = !DINamespace(name: "{impl#0}", scope: !189)
!189 = !DINamespace(name: "const_ptr", scope: !50)
!190 = !DISubroutineType(types: !191)
!191 = !{!53, !53, !28}
!192 = !{!185, !193}
!193 = !DILocalVariable(name: "count", arg: 2, scope: !186, file: !187, line: 865, type: !28)
!194 = !DILocation(line: 865, column: 29, scope: !186, inlinedAt: !195)
!195 = distinct !DILocation(line: 44, column: 50, scope: !146)
!196 = !DILocation(line: 865, column: 35, scope: !186, inlinedAt: !195)
!197 = !DILocalVariable(name: "self", arg: 1, scope: !198, file: !187, line: 452, type: !53)
!198 = distinct !DISubprogram(name: "offset<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$6offset17h4e2482032b3625feE", scope: !188, file: !187, line: 452, type: !199, scopeLine: 452, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !65, retainedNodes: !201)
!199 = !DISubroutineType(types: !200)
!200 = !{!53, !53, !173}
!201 = !{!197, !202}
!202 = !DILocalVariable(name: "count", arg: 2, scope: !198, file: !187, line: 452, type: !173)
!203 = !DILocation(line: 452, column: 32, scope: !198, inlinedAt: !204)
!204 = distinct !DILocation(line: 870, column: 18, scope: !186, inlinedAt: !195)
!205 = !DILocation(line: 452, column: 38, scope: !198, inlinedAt: !204)
!206 = !DILocation(line: 457, column: 18, scope: !198, inlinedAt: !204)
!207 = !DILocation(line: 44, column: 36, scope: !146)
!208 = distinct !DISubprogram(name: "iu_sr_recurse_fn", linkageName: "_ZN12stack_selfrt16iu_sr_recurse_fn17h939d319ad91f72cbE", scope: !2, file: !3, line: 47, type: !11, scopeLine: 47, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !20, retainedNodes: !209)
!209 = !{!210, !211}
!210 = !DILocalVariable(name: "_obj", arg: 1, scope: !208, file: !3, line: 47, type: !14)
!211 = !DILocalVariable(name: "regs", arg: 2, scope: !208, file: !3, line: 47, type: !15)
!212 = !DILocation(line: 47, column: 21, scope: !208)
!213 = !DILocation(line: 47, column: 36, scope: !208)
!214 = !DILocation(line: 48, column: 14, scope: !208)
!215 = !DILocation(line: 48, column: 5, scope: !208)
!216 = !DILocation(line: 49, column: 2, scope: !208)
!217 = distinct !DISubprogram(name: "iu_sr_plain_fn", linkageName: "_ZN12stack_selfrt14iu_sr_plain_fn17h3b3a5fc8a943cdbaE", scope: !2, file: !3, line: 51, type: !11, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !20, retainedNodes: !218)
!218 = !{!219, !220}
!219 = !DILocalVariable(name: "_obj", arg: 1, scope: !217, file: !3, line: 51, type: !14)
!220 = !DILocalVariable(name: "regs", arg: 2, scope: !217, file: !3, line: 51, type: !15)
!221 = !DILocation(line: 51, column: 19, scope: !217)
!222 = !DILocation(line: 51, column: 34, scope: !217)
!223 = !DILocation(line: 52, column: 6, scope: !217)
!224 = !DILocation(line: 52, column: 5, scope: !217)
!225 = !DILocation(line: 53, column: 2, scope: !217)
!226 = distinct !DISubprogram(name: "panic", linkageName: "rust_begin_unwind", scope: !2, file: !3, line: 64, type: !227, scopeLine: 64, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !34, templateParams: !20, retainedNodes: !387)
!227 = !DISubroutineType(types: !228)
!228 = !{null, !229}
!229 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::panic_info::PanicInfo", baseType: !230, size: 64, align: 64, dwarfAddressSpace: 0)
!230 = !DICompositeType(tag: DW_TAG_structure_type, name: "PanicInfo", scope: !231, file: !5, size: 320, align: 64, elements: !233, templateParams: !20, identifier: "6400d2b3fa0aa2a448cef97467d5ae7b")
!231 = !DINamespace(name: "panic_info", scope: !232)
!232 = !DINamespace(name: "panic", scope: !41)
!233 = !{!234, !245, !377, !385}
!234 = !DIDerivedType(tag: DW_TAG_member, name: "payload", scope: !230, file: !5, baseType: !235, size: 128, align: 64)
!235 = !DICompositeType(tag: DW_TAG_structure_type, name: "&(dyn core::any::Any + core::marker::Send)", file: !5, size: 128, align: 64, elements: !236, templateParams: !20, identifier: "a03b6befa6d9e6c0cbbf24bb1fb92caf")
!236 = !{!237, !240}
!237 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !235, file: !5, baseType: !238, size: 64, align: 64)
!238 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !239, size: 64, align: 64, dwarfAddressSpace: 0)
!239 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::any::Any + core::marker::Send)", file: !5, align: 8, elements: !20, identifier: "a087b2a9720ef9e1ff3b5e1631ce621c")
!240 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !235, file: !5, baseType: !241, size: 64, align: 64, offset: 64)
!241 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 3]", baseType: !242, size: 64, align: 64, dwarfAddressSpace: 0)
!242 = !DICompositeType(tag: DW_TAG_array_type, baseType: !28, size: 192, align: 64, elements: !243)
!243 = !{!244}
!244 = !DISubrange(count: 3, lowerBound: 0)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "message", scope: !230, file: !5, baseType: !246, size: 64, align: 64, offset: 128)
!246 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&core::fmt::Arguments>", scope: !247, file: !5, size: 64, align: 64, elements: !248, templateParams: !20, identifier: "cc4ab9c94cc8e33dd4d31d8f710ba61")
!247 = !DINamespace(name: "option", scope: !41)
!248 = !{!249}
!249 = !DICompositeType(tag: DW_TAG_variant_part, scope: !246, file: !5, size: 64, align: 64, elements: !250, templateParams: !20, identifier: "5c8d46fa2ea7f2eda66977153a76656", discriminator: !376)
!250 = !{!251, !372}
!251 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !249, file: !5, baseType: !252, size: 64, align: 64, extraData: i64 0)
!252 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !246, file: !5, size: 64, align: 64, elements: !20, templateParams: !253, identifier: "e19ad5d7db88a0ddf1e70ae4cd7dfea8")
!253 = !{!254}
!254 = !DITemplateTypeParameter(name: "T", type: !255)
!255 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::fmt::Arguments", baseType: !256, size: 64, align: 64, dwarfAddressSpace: 0)
!256 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !40, file: !5, size: 384, align: 64, elements: !257, templateParams: !20, identifier: "f7f4c1939ae3cc00ec3c09ab07457a90")
!257 = !{!258, !264, !310}
!258 = !DIDerivedType(tag: DW_TAG_member, name: "pieces", scope: !256, file: !5, baseType: !259, size: 128, align: 64)
!259 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[&str]", file: !5, size: 128, align: 64, elements: !260, templateParams: !20, identifier: "120d786d314e2730a5f45c5e7e56f7d")
!260 = !{!261, !263}
!261 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !259, file: !5, baseType: !262, size: 64, align: 64)
!262 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64, align: 64, dwarfAddressSpace: 0)
!263 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !259, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!264 = !DIDerivedType(tag: DW_TAG_member, name: "fmt", scope: !256, file: !5, baseType: !265, size: 128, align: 64, offset: 128)
!265 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&[core::fmt::rt::v1::Argument]>", scope: !247, file: !5, size: 128, align: 64, elements: !266, templateParams: !20, identifier: "44f54c95bf3529869939be4499407687")
!266 = !{!267}
!267 = !DICompositeType(tag: DW_TAG_variant_part, scope: !265, file: !5, size: 128, align: 64, elements: !268, templateParams: !20, identifier: "ee973c739436df13c4a98b97e52e1394", discriminator: !309)
!268 = !{!269, !305}
!269 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !267, file: !5, baseType: !270, size: 128, align: 64, extraData: i64 0)
!270 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !265, file: !5, size: 128, align: 64, elements: !20, templateParams: !271, identifier: "22326b0d0bfccf90d61b957b0ff77490")
!271 = !{!272}
!272 = !DITemplateTypeParameter(name: "T", type: !273)
!273 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[core::fmt::rt::v1::Argument]", file: !5, size: 128, align: 64, elements: !274, templateParams: !20, identifier: "f714bc92aaaba88d4b429ea4ce17562b")
!274 = !{!275, !304}
!275 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !273, file: !5, baseType: !276, size: 64, align: 64)
!276 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !277, size: 64, align: 64, dwarfAddressSpace: 0)
!277 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !38, file: !5, size: 448, align: 64, elements: !278, templateParams: !20, identifier: "9f6ecca467089f094aa152f2b2b3d4c7")
!278 = !{!279, !280}
!279 = !DIDerivedType(tag: DW_TAG_member, name: "position", scope: !277, file: !5, baseType: !28, size: 64, align: 64)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "format", scope: !277, file: !5, baseType: !281, size: 384, align: 64, offset: 64)
!281 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormatSpec", scope: !38, file: !5, size: 384, align: 64, elements: !282, templateParams: !20, identifier: "90936087bc5baeeffb380810eaf89788")
!282 = !{!283, !285, !286, !287, !303}
!283 = !DIDerivedType(tag: DW_TAG_member, name: "fill", scope: !281, file: !5, baseType: !284, size: 32, align: 32, offset: 256)
!284 = !DIBasicType(name: "char", size: 32, encoding: DW_ATE_UTF)
!285 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !281, file: !5, baseType: !37, size: 8, align: 8, offset: 320)
!286 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !281, file: !5, baseType: !13, size: 32, align: 32, offset: 288)
!287 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !281, file: !5, baseType: !288, size: 128, align: 64)
!288 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !38, file: !5, size: 128, align: 64, elements: !289, templateParams: !20, identifier: "a5ac61c61aa0de2e8cb9ef4294c34fb")
!289 = !{!290}
!290 = !DICompositeType(tag: DW_TAG_variant_part, scope: !288, file: !5, size: 128, align: 64, elements: !291, templateParams: !20, identifier: "af93f491759b5f7ea272e6706ea90a12", discriminator: !302)
!291 = !{!292, !296, !300}
!292 = !DIDerivedType(tag: DW_TAG_member, name: "Is", scope: !290, file: !5, baseType: !293, size: 128, align: 64, extraData: i64 0)
!293 = !DICompositeType(tag: DW_TAG_structure_type, name: "Is", scope: !288, file: !5, size: 128, align: 64, elements: !294, templateParams: !20, identifier: "9848ef958a35588ae98700fc231bb4e0")
!294 = !{!295}
!295 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !293, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!296 = !DIDerivedType(tag: DW_TAG_member, name: "Param", scope: !290, file: !5, baseType: !297, size: 128, align: 64, extraData: i64 1)
!297 = !DICompositeType(tag: DW_TAG_structure_type, name: "Param", scope: !288, file: !5, size: 128, align: 64, elements: !298, templateParams: !20, identifier: "2e1bae8ddd020352e8f7b8ad9ba585f3")
!298 = !{!299}
!299 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !297, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!300 = !DIDerivedType(tag: DW_TAG_member, name: "Implied", scope: !290, file: !5, baseType: !301, size: 128, align: 64, extraData: i64 2)
!301 = !DICompositeType(tag: DW_TAG_structure_type, name: "Implied", scope: !288, file: !5, size: 128, align: 64, elements: !20, identifier: "4c64036ef06e9005a5645bb0ea6053be")
!302 = !DIDerivedType(tag: DW_TAG_member, scope: !288, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagArtificial)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !281, file: !5, baseType: !288, size: 128, align: 64, offset: 128)
!304 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !273, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!305 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !267, file: !5, baseType: !306, size: 128, align: 64)
!306 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !265, file: !5, size: 128, align: 64, elements: !307, templateParams: !271, identifier: "7155561f0c47e7ee91c9582cc081d7a3")
!307 = !{!308}
!308 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !306, file: !5, baseType: !273, size: 128, align: 64)
!309 = !DIDerivedType(tag: DW_TAG_member, scope: !265, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagArtificial)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !256, file: !5, baseType: !311, size: 128, align: 64, offset: 256)
!311 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[core::fmt::ArgumentV1]", file: !5, size: 128, align: 64, elements: !312, templateParams: !20, identifier: "1a1fa3f16aff5f0f8ac7e5068ce0744d")
!312 = !{!313, !371}
!313 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !311, file: !5, baseType: !314, size: 64, align: 64)
!314 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !315, size: 64, align: 64, dwarfAddressSpace: 0)
!315 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentV1", scope: !40, file: !5, size: 128, align: 64, elements: !316, templateParams: !20, identifier: "782f7dd0f0a10764d8a641c84ba748e9")
!316 = !{!317, !321}
!317 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !315, file: !5, baseType: !318, size: 64, align: 64)
!318 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::fmt::{extern#0}::Opaque", baseType: !319, size: 64, align: 64, dwarfAddressSpace: 0)
!319 = !DICompositeType(tag: DW_TAG_structure_type, name: "Opaque", scope: !320, file: !5, align: 8, elements: !20, identifier: "63623144d8904748e1ebee6a87807ff7")
!320 = !DINamespace(name: "{extern#0}", scope: !40)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !315, file: !5, baseType: !322, size: 64, align: 64, offset: 64)
!322 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&core::fmt::{extern#0}::Opaque, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !323, size: 64, align: 64, dwarfAddressSpace: 0)
!323 = !DISubroutineType(types: !324)
!324 = !{!325, !318, !343}
!325 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !326, file: !5, size: 8, align: 8, elements: !327, templateParams: !20, identifier: "2b219c715bdd2383bec765d9ab268d11")
!326 = !DINamespace(name: "result", scope: !41)
!327 = !{!328}
!328 = !DICompositeType(tag: DW_TAG_variant_part, scope: !325, file: !5, size: 8, align: 8, elements: !329, templateParams: !20, identifier: "8ceef9d741ff738dc48e1d2d034be406", discriminator: !342)
!329 = !{!330, !338}
!330 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !328, file: !5, baseType: !331, size: 8, align: 8, extraData: i64 0)
!331 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !325, file: !5, size: 8, align: 8, elements: !332, templateParams: !334, identifier: "98625fe6ac53c6e8e8f3f66cff85336c")
!332 = !{!333}
!333 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !331, file: !5, baseType: !121, align: 8, offset: 8)
!334 = !{!335, !336}
!335 = !DITemplateTypeParameter(name: "T", type: !121)
!336 = !DITemplateTypeParameter(name: "E", type: !337)
!337 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !40, file: !5, align: 8, elements: !20, identifier: "641b1027a2b9f9a2d554f0ef6ed481e4")
!338 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !328, file: !5, baseType: !339, size: 8, align: 8, extraData: i64 1)
!339 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !325, file: !5, size: 8, align: 8, elements: !340, templateParams: !334, identifier: "b096e804fd12311559a8914c2c927e1f")
!340 = !{!341}
!341 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !339, file: !5, baseType: !337, align: 8, offset: 8)
!342 = !DIDerivedType(tag: DW_TAG_member, scope: !325, file: !5, baseType: !26, size: 8, align: 8, flags: DIFlagArtificial)
!343 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !344, size: 64, align: 64, dwarfAddressSpace: 0)
!344 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !40, file: !5, size: 512, align: 64, elements: !345, templateParams: !20, identifier: "2c1528a9e4d9a3449b5a0970b369bc")
!345 = !{!346, !347, !348, !349, !363, !364}
!346 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !344, file: !5, baseType: !13, size: 32, align: 32, offset: 384)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "fill", scope: !344, file: !5, baseType: !284, size: 32, align: 32, offset: 416)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !344, file: !5, baseType: !37, size: 8, align: 8, offset: 448)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !344, file: !5, baseType: !350, size: 128, align: 64)
!350 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !247, file: !5, size: 128, align: 64, elements: !351, templateParams: !20, identifier: "e631d8b3d2bc22f23256bda2f6ee260d")
!351 = !{!352}
!352 = !DICompositeType(tag: DW_TAG_variant_part, scope: !350, file: !5, size: 128, align: 64, elements: !353, templateParams: !20, identifier: "7bcdd049f80ce5cb80843b34c98474bc", discriminator: !362)
!353 = !{!354, !358}
!354 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !352, file: !5, baseType: !355, size: 128, align: 64, extraData: i64 0)
!355 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !350, file: !5, size: 128, align: 64, elements: !20, templateParams: !356, identifier: "e96a0ef018b8eb9b786d2c75ce08c655")
!356 = !{!357}
!357 = !DITemplateTypeParameter(name: "T", type: !28)
!358 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !352, file: !5, baseType: !359, size: 128, align: 64, extraData: i64 1)
!359 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !350, file: !5, size: 128, align: 64, elements: !360, templateParams: !356, identifier: "8ec0b6b38b2d055975f3b11ec30635a1")
!360 = !{!361}
!361 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !359, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!362 = !DIDerivedType(tag: DW_TAG_member, scope: !350, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagArtificial)
!363 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !344, file: !5, baseType: !350, size: 128, align: 64, offset: 128)
!364 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !344, file: !5, baseType: !365, size: 128, align: 64, offset: 256)
!365 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !366, templateParams: !20, identifier: "64e505903eb136adf3c6924d483c611")
!366 = !{!367, !370}
!367 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !365, file: !5, baseType: !368, size: 64, align: 64)
!368 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !369, size: 64, align: 64, dwarfAddressSpace: 0)
!369 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !20, identifier: "becd2d80a3017ca911dd25845d42faf6")
!370 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !365, file: !5, baseType: !241, size: 64, align: 64, offset: 64)
!371 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !311, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !249, file: !5, baseType: !373, size: 64, align: 64)
!373 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !246, file: !5, size: 64, align: 64, elements: !374, templateParams: !253, identifier: "8e02b85a360170f88d2de17b4dd85cc0")
!374 = !{!375}
!375 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !373, file: !5, baseType: !255, size: 64, align: 64)
!376 = !DIDerivedType(tag: DW_TAG_member, scope: !246, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagArtificial)
!377 = !DIDerivedType(tag: DW_TAG_member, name: "location", scope: !230, file: !5, baseType: !378, size: 64, align: 64, offset: 192)
!378 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !379, size: 64, align: 64, dwarfAddressSpace: 0)
!379 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !380, file: !5, size: 192, align: 64, elements: !381, templateParams: !20, identifier: "e1cc2f27b64c2c07e5311df55f5377e5")
!380 = !DINamespace(name: "location", scope: !232)
!381 = !{!382, !383, !384}
!382 = !DIDerivedType(tag: DW_TAG_member, name: "file", scope: !379, file: !5, baseType: !22, size: 128, align: 64)
!383 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !379, file: !5, baseType: !13, size: 32, align: 32, offset: 128)
!384 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !379, file: !5, baseType: !13, size: 32, align: 32, offset: 160)
!385 = !DIDerivedType(tag: DW_TAG_member, name: "can_unwind", scope: !230, file: !5, baseType: !386, size: 8, align: 8, offset: 256)
!386 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!387 = !{!388}
!388 = !DILocalVariable(arg: 1, scope: !226, file: !3, line: 64, type: !229)
!389 = !DILocation(line: 64, column: 10, scope: !226)
!390 = !DILocation(line: 65, column: 5, scope: !226)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_sr_recurse(i8* %ctx) #10 section "kprobe/__x64_sys_getegid" {
start:
  %ctx.arg = bitcast i8* %ctx to {}*
  %ret = call i32 @__iu_entry_kprobe(%kprobe* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt7RECURSE17hf05410cd4ddea3c0E to %kprobe*), {}* %ctx.arg)
  ret i32 %ret
}

define i32 @iu_sr_plain(i8* %ctx) #10 section "kprobe/__x64_sys_getppid" {
start:
  %ctx.arg = bitcast i8* %ctx to {}*
  %ret = call i32 @__iu_entry_kprobe(%kprobe* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN12stack_selfrt5PLAIN17h62f13cb9e73fffbaE to %kprobe*), {}* %ctx.arg)
  ret i32 %ret
}

@llvm.used = appending global [2 x i8*] [i8* bitcast (i32 (i8*)* @iu_sr_recurse to i8*), i8* bitcast (i32 (i8*)* @iu_sr_plain to i8*)], section "llvm.metadata"

attributes #10 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!391, !392}
!391 = !{!"_ZN12stack_selfrt16iu_sr_recurse_fn17h939d319ad91f72cbE"}
!392 = !{!"_ZN12stack_selfrt14iu_sr_plain_fn17h3b3a5fc8a943cdbaE"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!393}
!393 = !{!"recursion", i64 (i64, i64)* @_ZN12stack_selfrt5depth17h97c442f2e6b6791dE, i32 1}
