; ModuleID = 'recursion.f66bed1e-cgu.0'
source_filename = "recursion.f66bed1e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"iu_rt::kprobe" = type { i64, i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)*, { [0 x i8]*, i64 } }
%"iu_rt::pt_regs" = type { i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64 }

@alloc23 = private unnamed_addr constant <{ [32 x i8] }> <{ [32 x i8] c"testdata/rust/progs/recursion.rs" }>, align 1
@alloc20 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [32 x i8] }>, <{ [32 x i8] }>* @alloc23, i32 0, i32 0, i32 0), [16 x i8] c" \00\00\00\00\00\00\00\16\00\00\008\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc22 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [32 x i8] }>, <{ [32 x i8] }>* @alloc23, i32 0, i32 0, i32 0), [16 x i8] c" \00\00\00\00\00\00\00\17\00\00\00\0B\00\00\00" }>, align 8
@alloc24 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [32 x i8] }>, <{ [32 x i8] }>* @alloc23, i32 0, i32 0, i32 0), [16 x i8] c" \00\00\00\00\00\00\00\17\00\00\00\05\00\00\00" }>, align 8
@alloc3 = private unnamed_addr constant <{ [10 x i8] }> <{ [10 x i8] c"iu_recurse" }>, align 1
@_ZN9recursion7RECURSE17h694f494c493a1757E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN9recursion13iu_recurse_fn17ha3b6c61d64c8eb77E to i8*), i8* getelementptr inbounds (<{ [10 x i8] }>, <{ [10 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\0A\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@alloc9 = private unnamed_addr constant <{ [17 x i8] }> <{ [17 x i8] c"iu_recursion_bomb" }>, align 1
@_ZN9recursion4BOMB17h2e712e0034955150E = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::kprobe"*, %"iu_rt::pt_regs"*)* @_ZN9recursion20iu_recursion_bomb_fn17hb29fde0c3545f66bE to i8*), i8* getelementptr inbounds (<{ [17 x i8] }>, <{ [17 x i8] }>* @alloc9, i32 0, i32 0, i32 0), [8 x i8] c"\11\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !49
@llvm.compiler.used = appending global [2 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN9recursion7RECURSE17h694f494c493a1757E, i32 0, i32 0, i32 0), i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [8 x i8] }>, <{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN9recursion4BOMB17h2e712e0034955150E, i32 0, i32 0, i32 0)], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; core::slice::<impl [T]>::as_mut_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h64e8f1e87832d793E"([0 x i64]* align 8 %self.0, i64 %self.1) unnamed_addr #0 !dbg !57 {
start:
  %self.dbg.spill = alloca { [0 x i64]*, i64 }, align 8
  %0 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i64]* %self.0, [0 x i64]** %0, align 8
  %1 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { [0 x i64]*, i64 }* %self.dbg.spill, metadata !71, metadata !DIExpression()), !dbg !74
  %2 = bitcast [0 x i64]* %self.0 to i64*, !dbg !75
  ret i64* %2, !dbg !76
}

; core::slice::<impl [T]>::as_ptr
; Function Attrs: inlinehint nounwind nonlazybind
define internal i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hb3e98a533734b480E"([0 x i64]* align 8 %self.0, i64 %self.1) unnamed_addr #0 !dbg !77 {
start:
  %self.dbg.spill = alloca { [0 x i64]*, i64 }, align 8
  %0 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 0
  store [0 x i64]* %self.0, [0 x i64]** %0, align 8
  %1 = getelementptr inbounds { [0 x i64]*, i64 }, { [0 x i64]*, i64 }* %self.dbg.spill, i32 0, i32 1
  store i64 %self.1, i64* %1, align 8
  call void @llvm.dbg.declare(metadata { [0 x i64]*, i64 }* %self.dbg.spill, metadata !86, metadata !DIExpression()), !dbg !87
  %2 = bitcast [0 x i64]* %self.0 to i64*, !dbg !88
  ret i64* %2, !dbg !89
}

; recursion::depth
; Function Attrs: noinline nounwind nonlazybind
define internal i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 %n, i64 %limit) unnamed_addr #1 !dbg !90 {
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
  call void @llvm.dbg.declare(metadata i64* %n.dbg.spill, metadata !94, metadata !DIExpression()), !dbg !103
  store i64 %limit, i64* %limit.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata i64* %limit.dbg.spill, metadata !95, metadata !DIExpression()), !dbg !104
  call void @llvm.dbg.declare(metadata [4 x i64]* %local, metadata !96, metadata !DIExpression()), !dbg !105
  %_3 = icmp uge i64 %n, %limit, !dbg !106
  br i1 %_3, label %bb1, label %bb2, !dbg !106

bb2:                                              ; preds = %start
  %3 = getelementptr inbounds [4 x i64], [4 x i64]* %local, i64 0, i64 0, !dbg !107
  %4 = bitcast i64* %3 to i8*, !dbg !107
  call void @llvm.memset.p0i8.i64(i8* align 8 %4, i8 0, i64 32, i1 false), !dbg !107
  %_8 = urem i64 %n, 4, !dbg !108
  store i64 %_8, i64* %i.dbg.spill, align 8, !dbg !108
  call void @llvm.dbg.declare(metadata i64* %i.dbg.spill, metadata !101, metadata !DIExpression()), !dbg !109
  %_13.0 = bitcast [4 x i64]* %local to [0 x i64]*, !dbg !110
; call core::slice::<impl [T]>::as_mut_ptr
  %_12 = call i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h64e8f1e87832d793E"([0 x i64]* align 8 %_13.0, i64 4) #7, !dbg !110
  br label %bb3, !dbg !110

bb1:                                              ; preds = %start
  store i64 0, i64* %2, align 8, !dbg !111
  br label %bb13, !dbg !112

bb13:                                             ; preds = %bb12, %bb1
  %5 = load i64, i64* %2, align 8, !dbg !112
  ret i64 %5, !dbg !112

bb3:                                              ; preds = %bb2
  store i64* %_12, i64** %self.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i, metadata !113, metadata !DIExpression()) #7, !dbg !123
  store i64 %_8, i64* %count.dbg.spill.i, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i, metadata !122, metadata !DIExpression()) #7, !dbg !125
  store i64* %_12, i64** %self.dbg.spill.i4, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i4, metadata !126, metadata !DIExpression()), !dbg !133
  store i64 %_8, i64* %count.dbg.spill.i3, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i3, metadata !132, metadata !DIExpression()), !dbg !135
  %6 = getelementptr inbounds i64, i64* %_12, i64 %_8, !dbg !136
  store i64* %6, i64** %1, align 8, !dbg !136
  %_3.i = load i64*, i64** %1, align 8, !dbg !136
  br label %bb4, !dbg !110

bb4:                                              ; preds = %bb3
  %7 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %n, i64 1), !dbg !137
  %_18.0 = extractvalue { i64, i1 } %7, 0, !dbg !137
  %_18.1 = extractvalue { i64, i1 } %7, 1, !dbg !137
  %8 = call i1 @llvm.expect.i1(i1 %_18.1, i1 false), !dbg !137
  br i1 %8, label %panic, label %bb5, !dbg !137

bb5:                                              ; preds = %bb4
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h2b22a76d3e60ef7cE(i64* %_3.i, i64 %_18.0) #7, !dbg !138
  br label %bb6, !dbg !138

panic:                                            ; preds = %bb4
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc20 to %"core::panic::location::Location"*)) #8, !dbg !137
  unreachable, !dbg !137

bb6:                                              ; preds = %bb5
  %9 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %n, i64 1), !dbg !139
  %_22.0 = extractvalue { i64, i1 } %9, 0, !dbg !139
  %_22.1 = extractvalue { i64, i1 } %9, 1, !dbg !139
  %10 = call i1 @llvm.expect.i1(i1 %_22.1, i1 false), !dbg !139
  br i1 %10, label %panic1, label %bb7, !dbg !139

bb7:                                              ; preds = %bb6
; call recursion::depth
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_19 = call i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 %_22.0, i64 %limit) #7, !dbg !140
  br label %bb8, !dbg !140

panic1:                                           ; preds = %bb6
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc22 to %"core::panic::location::Location"*)) #8, !dbg !139
  unreachable, !dbg !139

bb8:                                              ; preds = %bb7
  %_27.0 = bitcast [4 x i64]* %local to [0 x i64]*, !dbg !141
; call core::slice::<impl [T]>::as_ptr
  %_26 = call i64* @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hb3e98a533734b480E"([0 x i64]* align 8 %_27.0, i64 4) #7, !dbg !141
  br label %bb9, !dbg !141

bb9:                                              ; preds = %bb8
  store i64* %_26, i64** %self.dbg.spill.i6, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i6, metadata !142, metadata !DIExpression()) #7, !dbg !151
  store i64 %_8, i64* %count.dbg.spill.i5, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i5, metadata !150, metadata !DIExpression()) #7, !dbg !153
  store i64* %_26, i64** %self.dbg.spill.i8, align 8
  call void @llvm.dbg.declare(metadata i64** %self.dbg.spill.i8, metadata !154, metadata !DIExpression()), !dbg !160
  store i64 %_8, i64* %count.dbg.spill.i7, align 8
  call void @llvm.dbg.declare(metadata i64* %count.dbg.spill.i7, metadata !159, metadata !DIExpression()), !dbg !162
  %11 = getelementptr inbounds i64, i64* %_26, i64 %_8, !dbg !163
  store i64* %11, i64** %0, align 8, !dbg !163
  %12 = load i64*, i64** %0, align 8, !dbg !163
  br label %bb10, !dbg !141

bb10:                                             ; preds = %bb9
; call core::ptr::read_volatile
  %_24 = call i64 @_ZN4core3ptr13read_volatile17hca9556cf7fd64afcE(i64* %12) #7, !dbg !164
  br label %bb11, !dbg !164

bb11:                                             ; preds = %bb10
  %13 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %_19, i64 %_24), !dbg !140
  %_30.0 = extractvalue { i64, i1 } %13, 0, !dbg !140
  %_30.1 = extractvalue { i64, i1 } %13, 1, !dbg !140
  %14 = call i1 @llvm.expect.i1(i1 %_30.1, i1 false), !dbg !140
  br i1 %14, label %panic2, label %bb12, !dbg !140

bb12:                                             ; preds = %bb11
  store i64 %_30.0, i64* %2, align 8, !dbg !140
  br label %bb13, !dbg !112

panic2:                                           ; preds = %bb11
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc24 to %"core::panic::location::Location"*)) #8, !dbg !140
  unreachable, !dbg !140
}

; recursion::iu_recurse_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN9recursion13iu_recurse_fn17ha3b6c61d64c8eb77E(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %regs) unnamed_addr #2 !dbg !165 {
start:
  %regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !167, metadata !DIExpression()), !dbg !169
  store %"iu_rt::pt_regs"* %regs, %"iu_rt::pt_regs"** %regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %regs.dbg.spill, metadata !168, metadata !DIExpression()), !dbg !170
  %0 = getelementptr inbounds %"iu_rt::pt_regs", %"iu_rt::pt_regs"* %regs, i32 0, i32 14, !dbg !171
  %_4 = load i64, i64* %0, align 8, !dbg !171
; call recursion::depth
  %_3 = call i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 0, i64 %_4) #7, !dbg !172
  br label %bb1, !dbg !172

bb1:                                              ; preds = %start
  %1 = trunc i64 %_3 to i32, !dbg !172
  ret i32 %1, !dbg !173
}

; recursion::iu_recursion_bomb_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN9recursion20iu_recursion_bomb_fn17hb29fde0c3545f66bE(%"iu_rt::kprobe"* align 8 %_obj, %"iu_rt::pt_regs"* align 8 %_regs) unnamed_addr #2 !dbg !174 {
start:
  %_regs.dbg.spill = alloca %"iu_rt::pt_regs"*, align 8
  %_obj.dbg.spill = alloca %"iu_rt::kprobe"*, align 8
  store %"iu_rt::kprobe"* %_obj, %"iu_rt::kprobe"** %_obj.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::kprobe"** %_obj.dbg.spill, metadata !176, metadata !DIExpression()), !dbg !178
  store %"iu_rt::pt_regs"* %_regs, %"iu_rt::pt_regs"** %_regs.dbg.spill, align 8
  call void @llvm.dbg.declare(metadata %"iu_rt::pt_regs"** %_regs.dbg.spill, metadata !177, metadata !DIExpression()), !dbg !179
; call recursion::depth
  %_3 = call i64 @_ZN9recursion5depth17h81980f64fa147e18E(i64 0, i64 -1) #7, !dbg !180
  br label %bb1, !dbg !180

bb1:                                              ; preds = %start
  %0 = trunc i64 %_3 to i32, !dbg !180
  ret i32 %0, !dbg !181
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.declare(metadata, metadata, metadata) #3

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

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind
declare i64 @_ZN4core3ptr13read_volatile17hca9556cf7fd64afcE(i64*) unnamed_addr #0

attributes #0 = { inlinehint nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #2 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
attributes #5 = { nofree nosync nounwind readnone willreturn }
attributes #6 = { cold noinline noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #7 = { nounwind }
attributes #8 = { noreturn nounwind }

!llvm.module.flags = !{!51, !52, !53}
!llvm.dbg.cu = !{!54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "RECURSE", linkageName: "_ZN9recursion7RECURSE17h694f494c493a1757E", scope: !2, file: !3, line: 36, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "recursion", scope: null)
!3 = !DIFile(filename: "testdata/rust/progs/recursion.rs", directory: ".", checksumkind: CSK_MD5, checksum: "c6887369235b3e97ebf9005657f207c3")
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
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(name: "BOMB", linkageName: "_ZN9recursion4BOMB17h2e712e0034955150E", scope: !2, file: !3, line: 40, type: !4, isLocal: true, isDefinition: true, align: 64)
!51 = !{i32 7, !"PIC Level", i32 2}
!52 = !{i32 2, !"RtLibUseGOT", i32 1}
!53 = !{i32 2, !"Debug Info Version", i32 3}
!54 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !55, producer: "clang LLVM (rustc version 1.63.0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !56)
!55 = !DIFile(filename: "testdata/rust/progs/recursion.rs/@/recursion.f66bed1e-cgu.0", directory: ".")
!56 = !{!0, !49}
!57 = distinct !DISubprogram(name: "as_mut_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17h64e8f1e87832d793E", scope: !59, file: !58, line: 506, type: !62, scopeLine: 506, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !72, retainedNodes: !70)
!58 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/slice/mod.rs", directory: "", checksumkind: CSK_MD5, checksum: "e57288edb8f562006886dad4b6fc1f0e")
!59 = !DINamespace(name: "{impl#0}", scope: !60)
!60 = !DINamespace(name: "slice", scope: !61)
!61 = !DINamespace(name: "core", scope: null)
!62 = !DISubroutineType(types: !63)
!63 = !{!64, !65}
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u64]", file: !5, size: 128, align: 64, elements: !66, templateParams: !40, identifier: "ef57548ee467bd8d90f587c9de001201")
!66 = !{!67, !69}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !65, file: !5, baseType: !68, size: 64, align: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !65, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!70 = !{!71}
!71 = !DILocalVariable(name: "self", arg: 1, scope: !57, file: !58, line: 506, type: !65)
!72 = !{!73}
!73 = !DITemplateTypeParameter(name: "T", type: !9)
!74 = !DILocation(line: 506, column: 29, scope: !57)
!75 = !DILocation(line: 507, column: 9, scope: !57)
!76 = !DILocation(line: 508, column: 6, scope: !57)
!77 = distinct !DISubprogram(name: "as_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17hb3e98a533734b480E", scope: !59, file: !58, line: 476, type: !78, scopeLine: 476, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !72, retainedNodes: !85)
!78 = !DISubroutineType(types: !79)
!79 = !{!80, !81}
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u64", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u64]", file: !5, size: 128, align: 64, elements: !82, templateParams: !40, identifier: "db95022edf533a9a70f9c3d8f9756c56")
!82 = !{!83, !84}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !81, file: !5, baseType: !68, size: 64, align: 64)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !81, file: !5, baseType: !48, size: 64, align: 64, offset: 64)
!85 = !{!86}
!86 = !DILocalVariable(name: "self", arg: 1, scope: !77, file: !58, line: 476, type: !81)
!87 = !DILocation(line: 476, column: 25, scope: !77)
!88 = !DILocation(line: 477, column: 9, scope: !77)
!89 = !DILocation(line: 478, column: 6, scope: !77)
!90 = distinct !DISubprogram(name: "depth", linkageName: "_ZN9recursion5depth17h81980f64fa147e18E", scope: !2, file: !3, line: 16, type: !91, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !93)
!91 = !DISubroutineType(types: !92)
!92 = !{!9, !9, !9}
!93 = !{!94, !95, !96, !101}
!94 = !DILocalVariable(name: "n", arg: 1, scope: !90, file: !3, line: 16, type: !9)
!95 = !DILocalVariable(name: "limit", arg: 2, scope: !90, file: !3, line: 16, type: !9)
!96 = !DILocalVariable(name: "local", scope: !97, file: !3, line: 20, type: !98, align: 8)
!97 = distinct !DILexicalBlock(scope: !90, file: !3, line: 20, column: 5)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 256, align: 64, elements: !99)
!99 = !{!100}
!100 = !DISubrange(count: 4, lowerBound: 0)
!101 = !DILocalVariable(name: "i", scope: !102, file: !3, line: 21, type: !48, align: 8)
!102 = distinct !DILexicalBlock(scope: !97, file: !3, line: 21, column: 5)
!103 = !DILocation(line: 16, column: 10, scope: !90)
!104 = !DILocation(line: 16, column: 18, scope: !90)
!105 = !DILocation(line: 20, column: 9, scope: !97)
!106 = !DILocation(line: 17, column: 8, scope: !90)
!107 = !DILocation(line: 20, column: 21, scope: !90)
!108 = !DILocation(line: 21, column: 13, scope: !97)
!109 = !DILocation(line: 21, column: 9, scope: !102)
!110 = !DILocation(line: 22, column: 29, scope: !102)
!111 = !DILocation(line: 18, column: 16, scope: !90)
!112 = !DILocation(line: 24, column: 2, scope: !90)
!113 = !DILocalVariable(name: "self", arg: 1, scope: !114, file: !115, line: 977, type: !64)
!114 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17hf26b2d879c75f43cE", scope: !116, file: !115, line: 977, type: !119, scopeLine: 977, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !72, retainedNodes: !121)
!115 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/mut_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "58042decf85f1a548d50de0519db87d2")
!116 = !DINamespace(name: "{impl#0}", scope: !117)
!117 = !DINamespace(name: "mut_ptr", scope: !118)
!118 = !DINamespace(name: "ptr", scope: !61)
!119 = !DISubroutineType(types: !120)
!120 = !{!64, !64, !48}
!121 = !{!113, !122}
!122 = !DILocalVariable(name: "count", arg: 2, scope: !114, file: !115, line: 977, type: !48)
!123 = !DILocation(line: 977, column: 29, scope: !114, inlinedAt: !124)
!124 = distinct !DILocation(line: 22, column: 29, scope: !102)
!125 = !DILocation(line: 977, column: 35, scope: !114, inlinedAt: !124)
!126 = !DILocalVariable(name: "self", arg: 1, scope: !127, file: !115, line: 462, type: !64)
!127 = distinct !DISubprogram(name: "offset<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$6offset17h21243ed31b53b5bfE", scope: !116, file: !115, line: 462, type: !128, scopeLine: 462, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !72, retainedNodes: !131)
!128 = !DISubroutineType(types: !129)
!129 = !{!64, !64, !130}
!130 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!131 = !{!126, !132}
!132 = !DILocalVariable(name: "count", arg: 2, scope: !127, file: !115, line: 462, type: !130)
!133 = !DILocation(line: 462, column: 32, scope: !127, inlinedAt: !134)
!134 = distinct !DILocation(line: 982, column: 18, scope: !114, inlinedAt: !124)
!135 = !DILocation(line: 462, column: 38, scope: !127, inlinedAt: !134)
!136 = !DILocation(line: 469, column: 18, scope: !127, inlinedAt: !134)
!137 = !DILocation(line: 22, column: 56, scope: !102)
!138 = !DILocation(line: 22, column: 14, scope: !102)
!139 = !DILocation(line: 23, column: 11, scope: !102)
!140 = !DILocation(line: 23, column: 5, scope: !102)
!141 = !DILocation(line: 23, column: 50, scope: !102)
!142 = !DILocalVariable(name: "self", arg: 1, scope: !143, file: !144, line: 865, type: !80)
!143 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17hdb6b9f836dfbad9cE", scope: !145, file: !144, line: 865, type: !147, scopeLine: 865, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !72, retainedNodes: !149)
!144 = !DIFile(filename: "/usr/src/rustc-1.63.0/library/core/src/ptr/const_ptr.rs", directory: "", checksumkind: CSK_MD5, checksum: "472568b60919158596db0f55d2635676")
!145 = !DINamespace(name: "{impl#0}", scope: !146)
!146 = !DINamespace(name: "const_ptr", scope: !118)
!147 = !DISubroutineType(types: !148)
!148 = !{!80, !80, !48}
!149 = !{!142, !150}
!150 = !DILocalVariable(name: "count", arg: 2, scope: !143, file: !144, line: 865, type: !48)
!151 = !DILocation(line: 865, column: 29, scope: !143, inlinedAt: !152)
!152 = distinct !DILocation(line: 23, column: 50, scope: !102)
!153 = !DILocation(line: 865, column: 35, scope: !143, inlinedAt: !152)
!154 = !DILocalVariable(name: "self", arg: 1, scope: !155, file: !144, line: 452, type: !80)
!155 = distinct !DISubprogram(name: "offset<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$6offset17he94bae09136eb407E", scope: !145, file: !144, line: 452, type: !156, scopeLine: 452, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !72, retainedNodes: !158)
!156 = !DISubroutineType(types: !157)
!157 = !{!80, !80, !130}
!158 = !{!154, !159}
!159 = !DILocalVariable(name: "count", arg: 2, scope: !155, file: !144, line: 452, type: !130)
!160 = !DILocation(line: 452, column: 32, scope: !155, inlinedAt: !161)
!161 = distinct !DILocation(line: 870, column: 18, scope: !143, inlinedAt: !152)
!162 = !DILocation(line: 452, column: 38, scope: !155, inlinedAt: !161)
!163 = !DILocation(line: 457, column: 18, scope: !155, inlinedAt: !161)
!164 = !DILocation(line: 23, column: 36, scope: !102)
!165 = distinct !DISubprogram(name: "iu_recurse_fn", linkageName: "_ZN9recursion13iu_recurse_fn17ha3b6c61d64c8eb77E", scope: !2, file: !3, line: 26, type: !12, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !166)
!166 = !{!167, !168}
!167 = !DILocalVariable(name: "_obj", arg: 1, scope: !165, file: !3, line: 26, type: !15)
!168 = !DILocalVariable(name: "regs", arg: 2, scope: !165, file: !3, line: 26, type: !16)
!169 = !DILocation(line: 26, column: 18, scope: !165)
!170 = !DILocation(line: 26, column: 33, scope: !165)
!171 = !DILocation(line: 27, column: 14, scope: !165)
!172 = !DILocation(line: 27, column: 5, scope: !165)
!173 = !DILocation(line: 28, column: 2, scope: !165)
!174 = distinct !DISubprogram(name: "iu_recursion_bomb_fn", linkageName: "_ZN9recursion20iu_recursion_bomb_fn17hb29fde0c3545f66bE", scope: !2, file: !3, line: 30, type: !12, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !54, templateParams: !40, retainedNodes: !175)
!175 = !{!176, !177}
!176 = !DILocalVariable(name: "_obj", arg: 1, scope: !174, file: !3, line: 30, type: !15)
!177 = !DILocalVariable(name: "_regs", arg: 2, scope: !174, file: !3, line: 30, type: !16)
!178 = !DILocation(line: 30, column: 25, scope: !174)
!179 = !DILocation(line: 30, column: 40, scope: !174)
!180 = !DILocation(line: 31, column: 5, scope: !174)
!181 = !DILocation(line: 32, column: 2, scope: !174)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_recurse(i8* %ctx) #9 section "kprobe/__x64_sys_getegid" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN9recursion7RECURSE17h694f494c493a1757E to i8*), i8* %ctx)
  ret i32 %ret
}

define i32 @iu_recursion_bomb(i8* %ctx) #9 section "kprobe/__x64_sys_getpgrp" {
start:
  %ret = call i32 @__iu_entry_kprobe(i8* bitcast (<{ [8 x i8], i8*, i8*, [8 x i8] }>* @_ZN9recursion4BOMB17h2e712e0034955150E to i8*), i8* %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(i8*, i8*)

@llvm.used = appending global [2 x i8*] [i8* bitcast (i32 (i8*)* @iu_recurse to i8*), i8* bitcast (i32 (i8*)* @iu_recursion_bomb to i8*)], section "llvm.metadata"

attributes #9 = { "probe-stack"="__rust_probestack" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!182, !183}
!182 = !{!"_ZN9recursion13iu_recurse_fn17ha3b6c61d64c8eb77E"}
!183 = !{!"_ZN9recursion20iu_recursion_bomb_fn17hb29fde0c3545f66bE"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!184}
!184 = !{!"recursion", i64 (i64, i64)* @_ZN9recursion5depth17h81980f64fa147e18E, i32 1}
