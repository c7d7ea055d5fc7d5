; ModuleID = 'stack_selfrt.82524b8df346dd0-cgu.0'
source_filename = "stack_selfrt.82524b8df346dd0-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_94e30e91c883401b5afe0087fe0b6099 = private unnamed_addr constant [41 x i8] c"testdata/stackcheck/rust/stack_selfrt.rs\00", align 1
@alloc_da9cc5dd3fecda0fb58c95d8f5f262e9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\004\00\00\00\05\00\00\00" }>, align 8
@alloc_75fc1a8a1b907342e401a7190baa7a14 = private unnamed_addr constant [11 x i8] c"iu_sr_plain", align 1
@_ZN12stack_selfrt5PLAIN17h609715e5127fc08fE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12stack_selfrt14iu_sr_plain_fn17h8f35569b19666521E, ptr @alloc_75fc1a8a1b907342e401a7190baa7a14, [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !0
@alloc_da3e74cb1ff4f0c090c8f0af3d7fe883 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00+\00\00\000\00\00\00" }>, align 8
@alloc_9cf5f10ac9fd804c08544d01bc06a751 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00+\00\00\008\00\00\00" }>, align 8
@alloc_34036bc3bf834a251e7366ebfe962fce = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00+\00\00\00\0E\00\00\00" }>, align 8
@alloc_8ef86293c51824261ea0ce3b592badab = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00,\00\00\00\0B\00\00\00" }>, align 8
@alloc_1089b1a1655780a960373d9ff51f33fb = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00,\00\00\00A\00\00\00" }>, align 8
@alloc_6d802ed2998a5bdf824ae8f889ae9a9e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00,\00\00\00$\00\00\00" }>, align 8
@alloc_46d60238b0ef83be90b583bb752ebf36 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00,\00\00\00\05\00\00\00" }>, align 8
@alloc_c5ca9dd23ab7343fce1f2d65c6cdb67d = private unnamed_addr constant [13 x i8] c"iu_sr_recurse", align 1
@_ZN12stack_selfrt7RECURSE17hb74c7ca23dc6cb41E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN12stack_selfrt16iu_sr_recurse_fn17h24271edeec3c30f6E, ptr @alloc_c5ca9dd23ab7343fce1f2d65c6cdb67d, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8, !dbg !29
@alloc_854c899e5ca06b77ca7e89923faf1616 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: ptr::read_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_c848f501c9a24e1e115677405b6cf8e4 = private unnamed_addr constant [215 x i8] c"unsafe precondition(s) violated: ptr::write_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_fad0cd83b7d1858a846a172eb260e593 = private unnamed_addr constant [42 x i8] c"is_aligned_to: align is not a power-of-two", align 1
@alloc_3d063512bd2a283debbda10df8c730ad = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/const_ptr.rs\00", align 1
@alloc_180ab55c3ad9891a0d81c48ca2ae33fa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3d063512bd2a283debbda10df8c730ad, [16 x i8] c"Q\00\00\00\00\00\00\00^\05\00\00\0D\00\00\00" }>, align 8
@alloc_cbf44580afc5bb19e2083de7f5d68208 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94e30e91c883401b5afe0087fe0b6099, [16 x i8] c"(\00\00\00\00\00\00\00 \00\00\00\19\00\00\00" }>, align 8
@llvm.used = appending global [4 x ptr] [ptr @_ZN12stack_selfrt5PLAIN17h609715e5127fc08fE, ptr @_ZN12stack_selfrt7RECURSE17hb74c7ca23dc6cb41E, ptr @iu_sr_plain, ptr @iu_sr_recurse], section "llvm.metadata"
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; __rustc::rust_begin_unwind
; Function Attrs: noreturn nounwind nonlazybind uwtable
define hidden void @_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind(ptr align 8 %_1) unnamed_addr #0 !dbg !39 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !164, !DIExpression(), !165)
  br label %bb1, !dbg !166

bb1:                                              ; preds = %bb1, %start
  br label %bb1, !dbg !166
}

; stack_selfrt::iu_sr_plain_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN12stack_selfrt14iu_sr_plain_fn17h8f35569b19666521E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #1 !dbg !167 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !169, !DIExpression(), !171)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !170, !DIExpression(), !172)
  %0 = getelementptr inbounds i8, ptr %regs, i64 8, !dbg !173
  %_4 = load i64, ptr %0, align 8, !dbg !173
  %_5.0 = add i64 %_4, 1, !dbg !174
  %_5.1 = icmp ult i64 %_5.0, %_4, !dbg !174
  br i1 %_5.1, label %panic, label %bb1, !dbg !174

bb1:                                              ; preds = %start
  %_0 = trunc i64 %_5.0 to i32, !dbg !174
  ret i32 %_0, !dbg !175

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_da9cc5dd3fecda0fb58c95d8f5f262e9) #9, !dbg !174
  unreachable, !dbg !174
}

; stack_selfrt::iu_sr_recurse_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal i32 @_ZN12stack_selfrt16iu_sr_recurse_fn17h24271edeec3c30f6E(ptr align 8 %_obj, ptr align 8 %regs) unnamed_addr #1 !dbg !176 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %_obj.dbg.spill = alloca [8 x i8], align 8
  store ptr %_obj, ptr %_obj.dbg.spill, align 8
    #dbg_declare(ptr %_obj.dbg.spill, !178, !DIExpression(), !180)
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !179, !DIExpression(), !181)
  %_4 = load i64, ptr %regs, align 8, !dbg !182
; call stack_selfrt::depth
  %_3 = call i64 @_ZN12stack_selfrt5depth17h7aad4194e360b61fE(i64 0, i64 %_4) #10, !dbg !183
  %_0 = trunc i64 %_3 to i32, !dbg !183
  ret i32 %_0, !dbg !184
}

; stack_selfrt::depth
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal i64 @_ZN12stack_selfrt5depth17h7aad4194e360b61fE(i64 %n, i64 %limit) unnamed_addr #2 !dbg !185 {
start:
  %self.dbg.spill.i7 = alloca [16 x i8], align 8
  %self.dbg.spill.i6 = alloca [16 x i8], align 8
  %count.dbg.spill.i3 = alloca [8 x i8], align 8
  %self.dbg.spill.i4 = alloca [8 x i8], align 8
  %count.dbg.spill.i = alloca [8 x i8], align 8
  %self.dbg.spill.i = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %limit.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %local = alloca [32 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !189, !DIExpression(), !198)
  store i64 %limit, ptr %limit.dbg.spill, align 8
    #dbg_declare(ptr %limit.dbg.spill, !190, !DIExpression(), !199)
    #dbg_declare(ptr %local, !191, !DIExpression(), !200)
  %_3 = icmp uge i64 %n, %limit, !dbg !201
  br i1 %_3, label %bb1, label %bb2, !dbg !201

bb2:                                              ; preds = %start
  call void @llvm.memset.p0.i64(ptr align 8 %local, i8 0, i64 32, i1 false), !dbg !202
  %_6 = urem i64 %n, 4, !dbg !203
  store i64 %_6, ptr %i.dbg.spill, align 8, !dbg !203
    #dbg_declare(ptr %i.dbg.spill, !196, !DIExpression(), !204)
  store ptr %local, ptr %self.dbg.spill.i6, align 8
  %0 = getelementptr inbounds i8, ptr %self.dbg.spill.i6, i64 8
  store i64 4, ptr %0, align 8
    #dbg_declare(ptr %self.dbg.spill.i6, !205, !DIExpression(), !221)
  store ptr %local, ptr %self.dbg.spill.i, align 8
    #dbg_declare(ptr %self.dbg.spill.i, !223, !DIExpression(), !232)
  store i64 %_6, ptr %count.dbg.spill.i, align 8
    #dbg_declare(ptr %count.dbg.spill.i, !231, !DIExpression(), !234)
  %_0.i = getelementptr inbounds nuw i64, ptr %local, i64 %_6, !dbg !235
  %_14.0 = add i64 %n, 1, !dbg !236
  %_14.1 = icmp ult i64 %_14.0, %n, !dbg !236
  br i1 %_14.1, label %panic, label %bb6, !dbg !236

bb1:                                              ; preds = %start
  store i64 0, ptr %_0, align 8, !dbg !237
  br label %bb14, !dbg !238

bb6:                                              ; preds = %bb2
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h8de937ef5ff457b0E(ptr %_0.i, i64 %_14.0, ptr align 8 @alloc_34036bc3bf834a251e7366ebfe962fce) #11, !dbg !239
  %_17.0 = add i64 %n, 1, !dbg !240
  %_17.1 = icmp ult i64 %_17.0, %n, !dbg !240
  br i1 %_17.1, label %panic1, label %bb8, !dbg !240

panic:                                            ; preds = %bb2
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_9cf5f10ac9fd804c08544d01bc06a751) #9, !dbg !236
  unreachable, !dbg !236

bb8:                                              ; preds = %bb6
; call stack_selfrt::depth
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_15 = call i64 @_ZN12stack_selfrt5depth17h7aad4194e360b61fE(i64 %_17.0, i64 %limit) #10, !dbg !241
  store ptr %local, ptr %self.dbg.spill.i7, align 8
  %1 = getelementptr inbounds i8, ptr %self.dbg.spill.i7, i64 8
  store i64 4, ptr %1, align 8
    #dbg_declare(ptr %self.dbg.spill.i7, !242, !DIExpression(), !252)
  store ptr %local, ptr %self.dbg.spill.i4, align 8
    #dbg_declare(ptr %self.dbg.spill.i4, !254, !DIExpression(), !263)
  store i64 %_6, ptr %count.dbg.spill.i3, align 8
    #dbg_declare(ptr %count.dbg.spill.i3, !262, !DIExpression(), !265)
  %_0.i5 = getelementptr inbounds nuw i64, ptr %local, i64 %_6, !dbg !266
; call core::ptr::read_volatile
  %_18 = call i64 @_ZN4core3ptr13read_volatile17hbde7186622d4fa02E(ptr %_0.i5, ptr align 8 @alloc_6d802ed2998a5bdf824ae8f889ae9a9e) #11, !dbg !267
  %_23.0 = add i64 %_15, %_18, !dbg !241
  %_23.1 = icmp ult i64 %_23.0, %_15, !dbg !241
  br i1 %_23.1, label %panic2, label %bb13, !dbg !241

panic1:                                           ; preds = %bb6
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_8ef86293c51824261ea0ce3b592badab) #9, !dbg !240
  unreachable, !dbg !240

bb13:                                             ; preds = %bb8
  store i64 %_23.0, ptr %_0, align 8, !dbg !241
  br label %bb14, !dbg !238

panic2:                                           ; preds = %bb8
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_46d60238b0ef83be90b583bb752ebf36) #9, !dbg !241
  unreachable, !dbg !241

bb14:                                             ; preds = %bb1, %bb13
  %2 = load i64, ptr %_0, align 8, !dbg !238
  ret i64 %2, !dbg !238
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal i64 @_ZN4core3ptr13read_volatile17hbde7186622d4fa02E(ptr %src, ptr align 8 %0) unnamed_addr #3 !dbg !268 {
start:
  %1 = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !273, !DIExpression(), !274)
  br label %bb1, !dbg !275

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h1a027c91ce7bcf51E(ptr %src, i64 8, ptr align 8 %0) #11, !dbg !278
  br label %bb3, !dbg !279

bb3:                                              ; preds = %bb1
  %2 = load volatile i64, ptr %src, align 8, !dbg !280
  store i64 %2, ptr %1, align 8, !dbg !280
  %_0 = load i64, ptr %1, align 8, !dbg !280
  ret i64 %_0, !dbg !281
}

; core::ptr::read_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr13read_volatile18precondition_check17h1a027c91ce7bcf51E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !282 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !287, !DIExpression(), !291)
    #dbg_declare(ptr %addr.dbg.spill, !292, !DIExpression(), !299)
    #dbg_declare(ptr %addr.dbg.spill, !302, !DIExpression(), !308)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !288, !DIExpression(), !291)
    #dbg_declare(ptr %align.dbg.spill, !298, !DIExpression(), !311)
    #dbg_declare(ptr %align.dbg.spill, !307, !DIExpression(), !308)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h7939f088ac6b4209E"(ptr %addr, i64 %align) #11, !dbg !312
  br i1 %_3, label %bb1, label %bb2, !dbg !300

bb2:                                              ; preds = %start
  store ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr %msg.dbg.spill, align 8, !dbg !314
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !314
  store i64 214, ptr %1, align 8, !dbg !314
    #dbg_declare(ptr %msg.dbg.spill, !289, !DIExpression(), !315)
    #dbg_declare(ptr %msg.dbg.spill, !316, !DIExpression(), !323)
    #dbg_declare(ptr %msg.dbg.spill, !325, !DIExpression(), !333)
    #dbg_declare(ptr %msg.dbg.spill, !335, !DIExpression(), !340)
    #dbg_declare(ptr %msg.dbg.spill, !342, !DIExpression(), !351)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #9, !dbg !353
  unreachable, !dbg !353

bb1:                                              ; preds = %start
  ret void, !dbg !354
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile17h8de937ef5ff457b0E(ptr %dst, i64 %src, ptr align 8 %0) unnamed_addr #3 !dbg !355 {
start:
  %src.dbg.spill = alloca [8 x i8], align 8
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !359, !DIExpression(), !361)
  store i64 %src, ptr %src.dbg.spill, align 8
    #dbg_declare(ptr %src.dbg.spill, !360, !DIExpression(), !362)
  br label %bb1, !dbg !363

bb1:                                              ; preds = %start
; call core::ptr::write_volatile::precondition_check
  call void @_ZN4core3ptr14write_volatile18precondition_check17h77c006e849b9c1e0E(ptr %dst, i64 8, ptr align 8 %0) #11, !dbg !365
  br label %bb3, !dbg !366

bb3:                                              ; preds = %bb1
  store volatile i64 %src, ptr %dst, align 8, !dbg !367
  ret void, !dbg !368
}

; core::ptr::write_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile18precondition_check17h77c006e849b9c1e0E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !369 {
start:
  %msg.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %addr.dbg.spill = alloca [8 x i8], align 8
  store ptr %addr, ptr %addr.dbg.spill, align 8
    #dbg_declare(ptr %addr.dbg.spill, !375, !DIExpression(), !379)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !376, !DIExpression(), !379)
    #dbg_declare(ptr %align.dbg.spill, !380, !DIExpression(), !384)
    #dbg_declare(ptr %align.dbg.spill, !387, !DIExpression(), !391)
  store ptr %addr, ptr %ptr.dbg.spill, align 8, !dbg !394
    #dbg_declare(ptr %ptr.dbg.spill, !383, !DIExpression(), !395)
    #dbg_declare(ptr %ptr.dbg.spill, !390, !DIExpression(), !391)
; call core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h7939f088ac6b4209E"(ptr %addr, i64 %align) #11, !dbg !396
  br i1 %_3, label %bb1, label %bb2, !dbg !385

bb2:                                              ; preds = %start
  store ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr %msg.dbg.spill, align 8, !dbg !398
  %1 = getelementptr inbounds i8, ptr %msg.dbg.spill, i64 8, !dbg !398
  store i64 215, ptr %1, align 8, !dbg !398
    #dbg_declare(ptr %msg.dbg.spill, !377, !DIExpression(), !399)
    #dbg_declare(ptr %msg.dbg.spill, !400, !DIExpression(), !403)
    #dbg_declare(ptr %msg.dbg.spill, !405, !DIExpression(), !408)
    #dbg_declare(ptr %msg.dbg.spill, !410, !DIExpression(), !413)
    #dbg_declare(ptr %msg.dbg.spill, !415, !DIExpression(), !418)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr inttoptr (i64 431 to ptr), i1 zeroext false, ptr align 8 %0) #9, !dbg !420
  unreachable, !dbg !420

bb1:                                              ; preds = %start
  ret void, !dbg !421
}

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h7939f088ac6b4209E"(ptr %self, i64 %align) unnamed_addr #3 !dbg !422 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  %0 = alloca [4 x i8], align 4
  %align.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !424, !DIExpression(), !426)
    #dbg_declare(ptr %self.dbg.spill, !427, !DIExpression(), !432)
    #dbg_declare(ptr %self.dbg.spill, !434, !DIExpression(), !441)
  store i64 %align, ptr %align.dbg.spill, align 8
    #dbg_declare(ptr %align.dbg.spill, !425, !DIExpression(), !443)
    #dbg_declare(ptr %align.dbg.spill, !444, !DIExpression(), !452)
    #dbg_declare(ptr %align.dbg.spill, !454, !DIExpression(), !459)
  %1 = call i64 @llvm.ctpop.i64(i64 %align), !dbg !461
  %2 = trunc i64 %1 to i32, !dbg !461
  store i32 %2, ptr %0, align 4, !dbg !461
  %_8 = load i32, ptr %0, align 4, !dbg !461
  %3 = icmp eq i32 %_8, 1, !dbg !462
  br i1 %3, label %bb1, label %bb2, !dbg !462

bb1:                                              ; preds = %start
  %_6 = ptrtoint ptr %self to i64, !dbg !463
  %_7 = sub i64 %align, 1, !dbg !464
  %_5 = and i64 %_6, %_7, !dbg !465
  %_0 = icmp eq i64 %_5, 0, !dbg !465
  ret i1 %_0, !dbg !466

bb2:                                              ; preds = %start
  store ptr @alloc_fad0cd83b7d1858a846a172eb260e593, ptr %s.dbg.spill, align 8, !dbg !467
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !467
  store i64 42, ptr %4, align 8, !dbg !467
    #dbg_declare(ptr %s.dbg.spill, !468, !DIExpression(), !471)
    #dbg_declare(ptr %s.dbg.spill, !472, !DIExpression(), !475)
    #dbg_declare(ptr %s.dbg.spill, !477, !DIExpression(), !480)
    #dbg_declare(ptr %s.dbg.spill, !482, !DIExpression(), !485)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_fad0cd83b7d1858a846a172eb260e593, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_180ab55c3ad9891a0d81c48ca2ae33fa) #9, !dbg !467
  unreachable, !dbg !467
}

; Function Attrs: nounwind nonlazybind uwtable
define i32 @__iu_entry_kprobe(ptr align 8 %prog, ptr %ctx) unnamed_addr #1 !dbg !487 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  %ctx.dbg.spill = alloca [8 x i8], align 8
  %prog.dbg.spill = alloca [8 x i8], align 8
  store ptr %prog, ptr %prog.dbg.spill, align 8
    #dbg_declare(ptr %prog.dbg.spill, !491, !DIExpression(), !495)
  store ptr %ctx, ptr %ctx.dbg.spill, align 8
    #dbg_declare(ptr %ctx.dbg.spill, !492, !DIExpression(), !496)
  %_7 = ptrtoint ptr %ctx to i64, !dbg !497
  %_9 = and i64 %_7, 7, !dbg !497
  %_10 = icmp eq i64 %_9, 0, !dbg !497
  br i1 %_10, label %bb2, label %panic, !dbg !497

bb2:                                              ; preds = %start
  %_12 = ptrtoint ptr %ctx to i64, !dbg !497
  %_13 = icmp eq i64 %_12, 0, !dbg !497
  %_14 = and i1 %_13, true, !dbg !497
  %_15 = xor i1 %_14, true, !dbg !497
  br i1 %_15, label %bb3, label %panic1, !dbg !497

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_7, ptr align 8 @alloc_cbf44580afc5bb19e2083de7f5d68208) #9, !dbg !497
  unreachable, !dbg !497

bb3:                                              ; preds = %bb2
  store ptr %ctx, ptr %regs.dbg.spill, align 8, !dbg !497
    #dbg_declare(ptr %regs.dbg.spill, !493, !DIExpression(), !498)
  %0 = getelementptr inbounds i8, ptr %prog, i64 8, !dbg !499
  %_5 = load ptr, ptr %0, align 8, !dbg !499
  %_0 = call i32 %_5(ptr align 8 %prog, ptr align 8 %ctx) #12, !dbg !499
  ret i32 %_0, !dbg !500

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_cbf44580afc5bb19e2083de7f5d68208) #9, !dbg !497
  unreachable, !dbg !497
}

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #6

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #7

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #4

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #8

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #8

attributes #0 = { noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nonlazybind "target-cpu"="x86-64" }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { noinline noreturn nounwind }
attributes #10 = { noinline nounwind }
attributes #11 = { inlinehint nounwind }
attributes #12 = { nounwind }

!llvm.module.flags = !{!31, !32, !33, !34}
!llvm.ident = !{!35}
!llvm.dbg.cu = !{!36}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PLAIN", linkageName: "_ZN12stack_selfrt5PLAIN17h609715e5127fc08fE", scope: !2, file: !3, line: 61, type: !4, isLocal: true, isDefinition: true, align: 64)
!2 = !DINamespace(name: "stack_selfrt", scope: null)
!3 = !DIFile(filename: "testdata/stackcheck/rust/stack_selfrt.rs", directory: ".", checksumkind: CSK_MD5, checksum: "f55f3674b39f899fca904b3f2f90a472")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "kprobe", scope: !2, file: !5, size: 256, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !20, identifier: "86b84d806c08d77bd57d003c36f7a402")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7, !9, !21}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "rtti", scope: !4, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!8 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!9 = !DIDerivedType(tag: DW_TAG_member, name: "prog", scope: !4, file: !5, baseType: !10, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn(&stack_selfrt::kprobe, &stack_selfrt::pt_regs) -> u32", baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !14, !15}
!13 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_selfrt::kprobe", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&stack_selfrt::pt_regs", baseType: !16, size: 64, align: 64, dwarfAddressSpace: 0)
!16 = !DICompositeType(tag: DW_TAG_structure_type, name: "pt_regs", scope: !2, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !17, templateParams: !20, identifier: "f3459aca90588c223d6e2243c64db70e")
!17 = !{!18, !19}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "di", scope: !16, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagPublic)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "si", scope: !16, file: !5, baseType: !8, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!20 = !{}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4, file: !5, baseType: !22, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !23, templateParams: !20, identifier: "9277eecd40495f85161460476aacc992")
!23 = !{!24, !27}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !22, file: !5, baseType: !25, size: 64, align: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64, align: 64, dwarfAddressSpace: 0)
!26 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !22, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!28 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(name: "RECURSE", linkageName: "_ZN12stack_selfrt7RECURSE17hb74c7ca23dc6cb41E", scope: !2, file: !3, line: 57, type: !4, isLocal: true, isDefinition: true, align: 64)
!31 = !{i32 8, !"PIC Level", i32 2}
!32 = !{i32 2, !"RtLibUseGOT", i32 1}
!33 = !{i32 7, !"Dwarf Version", i32 4}
!34 = !{i32 2, !"Debug Info Version", i32 3}
!35 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!36 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !37, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !38, splitDebugInlining: false, nameTableKind: None)
!37 = !DIFile(filename: "testdata/stackcheck/rust/stack_selfrt.rs/@/stack_selfrt.82524b8df346dd0-cgu.0", directory: ".")
!38 = !{!0, !29}
!39 = distinct !DISubprogram(name: "panic", linkageName: "_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind", scope: !2, file: !3, line: 64, type: !40, scopeLine: 64, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !163)
!40 = !DISubroutineType(types: !41)
!41 = !{null, !42}
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::panic_info::PanicInfo", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DICompositeType(tag: DW_TAG_structure_type, name: "PanicInfo", scope: !44, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !47, templateParams: !20, identifier: "1f197bfb0b2978b841a2bba287af0e4")
!44 = !DINamespace(name: "panic_info", scope: !45)
!45 = !DINamespace(name: "panic", scope: !46)
!46 = !DINamespace(name: "core", scope: null)
!47 = !{!48, !141, !160, !162}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "message", scope: !43, file: !5, baseType: !49, size: 64, align: 64, flags: DIFlagPrivate)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::fmt::Arguments", baseType: !50, size: 64, align: 64, dwarfAddressSpace: 0)
!50 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !51, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !52, templateParams: !20, identifier: "e5c67bbe046da39973c72077c7f66185")
!51 = !DINamespace(name: "fmt", scope: !46)
!52 = !{!53, !62}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !50, file: !5, baseType: !54, size: 64, align: 64, flags: DIFlagPrivate)
!54 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !55, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !57, templateParams: !60, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!55 = !DINamespace(name: "non_null", scope: !56)
!56 = !DINamespace(name: "ptr", scope: !46)
!57 = !{!58}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !54, file: !5, baseType: !59, size: 64, align: 64, flags: DIFlagPrivate)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !26, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !{!61}
!61 = !DITemplateTypeParameter(name: "T", type: !26)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !50, file: !5, baseType: !63, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!63 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !55, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !64, templateParams: !139, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!64 = !{!65}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !63, file: !5, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !67, size: 64, align: 64, dwarfAddressSpace: 0)
!67 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !68, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !69, templateParams: !20, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!68 = !DINamespace(name: "rt", scope: !51)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !67, file: !5, baseType: !71, size: 128, align: 64, flags: DIFlagPrivate)
!71 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !68, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !72, templateParams: !20, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!72 = !{!73}
!73 = !DICompositeType(tag: DW_TAG_variant_part, scope: !71, file: !5, size: 128, align: 64, elements: !74, templateParams: !20, identifier: "fbd384083752b747f8b252853b979154", discriminator: !138)
!74 = !{!75, !134}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !73, file: !5, baseType: !76, size: 128, align: 64)
!76 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !71, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !77, templateParams: !20, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!77 = !{!78, !86, !128}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !76, file: !5, baseType: !79, size: 64, align: 64, flags: DIFlagPrivate)
!79 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !55, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !80, templateParams: !84, identifier: "f4e496144210c619b96aa08326287b92")
!80 = !{!81}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !79, file: !5, baseType: !82, size: 64, align: 64, flags: DIFlagPrivate)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !83, size: 64, align: 64, dwarfAddressSpace: 0)
!83 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!84 = !{!85}
!85 = !DITemplateTypeParameter(name: "T", type: !83)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !76, file: !5, baseType: !87, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DISubroutineType(types: !89)
!89 = !{!90, !79, !107}
!90 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !91, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !92, templateParams: !20, identifier: "1c6752419820cdc3961061cc58b31873")
!91 = !DINamespace(name: "result", scope: !46)
!92 = !{!93}
!93 = !DICompositeType(tag: DW_TAG_variant_part, scope: !90, file: !5, size: 8, align: 8, elements: !94, templateParams: !20, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !106)
!94 = !{!95, !102}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !93, file: !5, baseType: !96, size: 8, align: 8, extraData: i8 0)
!96 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !90, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !97, templateParams: !99, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!97 = !{!98}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !96, file: !5, baseType: !83, align: 8, offset: 8, flags: DIFlagPublic)
!99 = !{!85, !100}
!100 = !DITemplateTypeParameter(name: "E", type: !101)
!101 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !51, file: !5, align: 8, flags: DIFlagPublic, elements: !20, identifier: "5a24300cdda31093f5fe20c939b4885")
!102 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !93, file: !5, baseType: !103, size: 8, align: 8, extraData: i8 1)
!103 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !90, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !104, templateParams: !99, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!104 = !{!105}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !103, file: !5, baseType: !101, align: 8, offset: 8, flags: DIFlagPublic)
!106 = !DIDerivedType(tag: DW_TAG_member, scope: !90, file: !5, baseType: !26, size: 8, align: 8, flags: DIFlagArtificial)
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !108, size: 64, align: 64, dwarfAddressSpace: 0)
!108 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !51, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !109, templateParams: !20, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!109 = !{!110, !117}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !108, file: !5, baseType: !111, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !51, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !112, templateParams: !20, identifier: "ca2f5547247cd95c514a47d5800e09e")
!112 = !{!113, !114, !116}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !111, file: !5, baseType: !13, size: 32, align: 32, flags: DIFlagPrivate)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !111, file: !5, baseType: !115, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!115 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !111, file: !5, baseType: !115, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !108, file: !5, baseType: !118, size: 128, align: 64, flags: DIFlagPrivate)
!118 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !119, templateParams: !20, identifier: "effe97114690fc58a8e246cb04e37234")
!119 = !{!120, !123}
!120 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !118, file: !5, baseType: !121, size: 64, align: 64)
!121 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !122, size: 64, align: 64, dwarfAddressSpace: 0)
!122 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !20, identifier: "64328679825f9c73b507edbfd5b86b47")
!123 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !118, file: !5, baseType: !124, size: 64, align: 64, offset: 64)
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !125, size: 64, align: 64, dwarfAddressSpace: 0)
!125 = !DICompositeType(tag: DW_TAG_array_type, baseType: !28, size: 384, align: 64, elements: !126)
!126 = !{!127}
!127 = !DISubrange(count: 6, lowerBound: 0)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !76, file: !5, baseType: !129, align: 8, offset: 128, flags: DIFlagPrivate)
!129 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !130, file: !5, align: 8, flags: DIFlagPublic, elements: !20, templateParams: !131, identifier: "efa596960370766459fc018866dc4048")
!130 = !DINamespace(name: "marker", scope: !46)
!131 = !{!132}
!132 = !DITemplateTypeParameter(name: "T", type: !133)
!133 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !83, size: 64, align: 64, dwarfAddressSpace: 0)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !73, file: !5, baseType: !135, size: 128, align: 64, extraData: i64 0)
!135 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !71, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !136, templateParams: !20, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!136 = !{!137}
!137 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !135, file: !5, baseType: !115, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!138 = !DIDerivedType(tag: DW_TAG_member, scope: !71, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagArtificial)
!139 = !{!140}
!140 = !DITemplateTypeParameter(name: "T", type: !67)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "location", scope: !43, file: !5, baseType: !142, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!142 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !143, size: 64, align: 64, dwarfAddressSpace: 0)
!143 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !144, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !145, templateParams: !20, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!144 = !DINamespace(name: "location", scope: !45)
!145 = !{!146, !154, !155, !156}
!146 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !143, file: !5, baseType: !147, size: 128, align: 64, flags: DIFlagPrivate)
!147 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !55, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !148, templateParams: !60, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!148 = !{!149}
!149 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !147, file: !5, baseType: !150, size: 128, align: 64, flags: DIFlagPrivate)
!150 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !151, templateParams: !20, identifier: "238a44609877474087c05adf26cd41fa")
!151 = !{!152, !153}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !150, file: !5, baseType: !25, size: 64, align: 64)
!153 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !150, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!154 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !143, file: !5, baseType: !13, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !143, file: !5, baseType: !13, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !143, file: !5, baseType: !157, align: 8, offset: 192, flags: DIFlagPrivate)
!157 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !130, file: !5, align: 8, flags: DIFlagPublic, elements: !20, templateParams: !158, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!158 = !{!159}
!159 = !DITemplateTypeParameter(name: "T", type: !22)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "can_unwind", scope: !43, file: !5, baseType: !161, size: 8, align: 8, offset: 128, flags: DIFlagPrivate)
!161 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "force_no_backtrace", scope: !43, file: !5, baseType: !161, size: 8, align: 8, offset: 136, flags: DIFlagPrivate)
!163 = !{!164}
!164 = !DILocalVariable(arg: 1, scope: !39, file: !3, line: 64, type: !42)
!165 = !DILocation(line: 64, column: 10, scope: !39)
!166 = !DILocation(line: 65, column: 5, scope: !39)
!167 = distinct !DISubprogram(name: "iu_sr_plain_fn", linkageName: "_ZN12stack_selfrt14iu_sr_plain_fn17h8f35569b19666521E", scope: !2, file: !3, line: 51, type: !11, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !168)
!168 = !{!169, !170}
!169 = !DILocalVariable(name: "_obj", arg: 1, scope: !167, file: !3, line: 51, type: !14)
!170 = !DILocalVariable(name: "regs", arg: 2, scope: !167, file: !3, line: 51, type: !15)
!171 = !DILocation(line: 51, column: 19, scope: !167)
!172 = !DILocation(line: 51, column: 34, scope: !167)
!173 = !DILocation(line: 52, column: 6, scope: !167)
!174 = !DILocation(line: 52, column: 5, scope: !167)
!175 = !DILocation(line: 53, column: 2, scope: !167)
!176 = distinct !DISubprogram(name: "iu_sr_recurse_fn", linkageName: "_ZN12stack_selfrt16iu_sr_recurse_fn17h24271edeec3c30f6E", scope: !2, file: !3, line: 47, type: !11, scopeLine: 47, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !177)
!177 = !{!178, !179}
!178 = !DILocalVariable(name: "_obj", arg: 1, scope: !176, file: !3, line: 47, type: !14)
!179 = !DILocalVariable(name: "regs", arg: 2, scope: !176, file: !3, line: 47, type: !15)
!180 = !DILocation(line: 47, column: 21, scope: !176)
!181 = !DILocation(line: 47, column: 36, scope: !176)
!182 = !DILocation(line: 48, column: 14, scope: !176)
!183 = !DILocation(line: 48, column: 5, scope: !176)
!184 = !DILocation(line: 49, column: 2, scope: !176)
!185 = distinct !DISubprogram(name: "depth", linkageName: "_ZN12stack_selfrt5depth17h7aad4194e360b61fE", scope: !2, file: !3, line: 37, type: !186, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !188)
!186 = !DISubroutineType(types: !187)
!187 = !{!8, !8, !8}
!188 = !{!189, !190, !191, !196}
!189 = !DILocalVariable(name: "n", arg: 1, scope: !185, file: !3, line: 37, type: !8)
!190 = !DILocalVariable(name: "limit", arg: 2, scope: !185, file: !3, line: 37, type: !8)
!191 = !DILocalVariable(name: "local", scope: !192, file: !3, line: 41, type: !193, align: 64)
!192 = distinct !DILexicalBlock(scope: !185, file: !3, line: 41, column: 5)
!193 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 256, align: 64, elements: !194)
!194 = !{!195}
!195 = !DISubrange(count: 4, lowerBound: 0)
!196 = !DILocalVariable(name: "i", scope: !197, file: !3, line: 42, type: !28, align: 64)
!197 = distinct !DILexicalBlock(scope: !192, file: !3, line: 42, column: 5)
!198 = !DILocation(line: 37, column: 10, scope: !185)
!199 = !DILocation(line: 37, column: 18, scope: !185)
!200 = !DILocation(line: 41, column: 9, scope: !192)
!201 = !DILocation(line: 38, column: 8, scope: !185)
!202 = !DILocation(line: 41, column: 21, scope: !185)
!203 = !DILocation(line: 42, column: 13, scope: !192)
!204 = !DILocation(line: 42, column: 9, scope: !197)
!205 = !DILocalVariable(name: "self", arg: 1, scope: !206, file: !207, line: 757, type: !213)
!206 = distinct !DISubprogram(name: "as_mut_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$10as_mut_ptr17he0f256da93136fe5E", scope: !208, file: !207, line: 757, type: !210, scopeLine: 757, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !219, retainedNodes: !218)
!207 = !DIFile(filename: "library/core/src/slice/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b606e5d97bff599edd0dcbc6067a14f1")
!208 = !DINamespace(name: "{impl#0}", scope: !209)
!209 = !DINamespace(name: "slice", scope: !46)
!210 = !DISubroutineType(types: !211)
!211 = !{!212, !213}
!212 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u64", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!213 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [u64]", file: !5, size: 128, align: 64, elements: !214, templateParams: !20, identifier: "75e4b4267ae329175f87d6f5f28c5d25")
!214 = !{!215, !217}
!215 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !213, file: !5, baseType: !216, size: 64, align: 64)
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !213, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!218 = !{!205}
!219 = !{!220}
!220 = !DITemplateTypeParameter(name: "T", type: !8)
!221 = !DILocation(line: 757, column: 29, scope: !206, inlinedAt: !222)
!222 = distinct !DILocation(line: 43, column: 35, scope: !197)
!223 = !DILocalVariable(name: "self", arg: 1, scope: !224, file: !225, line: 927, type: !212)
!224 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$3add17h46612aacb26f27eaE", scope: !226, file: !225, line: 927, type: !228, scopeLine: 927, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !219, retainedNodes: !230)
!225 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!226 = !DINamespace(name: "{impl#0}", scope: !227)
!227 = !DINamespace(name: "mut_ptr", scope: !56)
!228 = !DISubroutineType(types: !229)
!229 = !{!212, !212, !28, !142}
!230 = !{!223, !231}
!231 = !DILocalVariable(name: "count", arg: 2, scope: !224, file: !225, line: 927, type: !28)
!232 = !DILocation(line: 927, column: 29, scope: !224, inlinedAt: !233)
!233 = distinct !DILocation(line: 43, column: 48, scope: !197)
!234 = !DILocation(line: 927, column: 35, scope: !224, inlinedAt: !233)
!235 = !DILocation(line: 961, column: 18, scope: !224, inlinedAt: !233)
!236 = !DILocation(line: 43, column: 56, scope: !197)
!237 = !DILocation(line: 39, column: 16, scope: !185)
!238 = !DILocation(line: 45, column: 2, scope: !185)
!239 = !DILocation(line: 43, column: 14, scope: !197)
!240 = !DILocation(line: 44, column: 11, scope: !197)
!241 = !DILocation(line: 44, column: 5, scope: !197)
!242 = !DILocalVariable(name: "self", arg: 1, scope: !243, file: !207, line: 726, type: !247)
!243 = distinct !DISubprogram(name: "as_ptr<u64>", linkageName: "_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$6as_ptr17h380810b80d2f4810E", scope: !208, file: !207, line: 726, type: !244, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !219, retainedNodes: !251)
!244 = !DISubroutineType(types: !245)
!245 = !{!246, !247}
!246 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u64", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!247 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u64]", file: !5, size: 128, align: 64, elements: !248, templateParams: !20, identifier: "e31591d84c9ef1b169c1a3318b8e9b52")
!248 = !{!249, !250}
!249 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !247, file: !5, baseType: !216, size: 64, align: 64)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !247, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!251 = !{!242}
!252 = !DILocation(line: 726, column: 25, scope: !243, inlinedAt: !253)
!253 = distinct !DILocation(line: 44, column: 56, scope: !197)
!254 = !DILocalVariable(name: "self", arg: 1, scope: !255, file: !256, line: 829, type: !246)
!255 = distinct !DISubprogram(name: "add<u64>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$3add17hc6075fcfac28945cE", scope: !257, file: !256, line: 829, type: !259, scopeLine: 829, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !219, retainedNodes: !261)
!256 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!257 = !DINamespace(name: "{impl#0}", scope: !258)
!258 = !DINamespace(name: "const_ptr", scope: !56)
!259 = !DISubroutineType(types: !260)
!260 = !{!246, !246, !28, !142}
!261 = !{!254, !262}
!262 = !DILocalVariable(name: "count", arg: 2, scope: !255, file: !256, line: 829, type: !28)
!263 = !DILocation(line: 829, column: 29, scope: !255, inlinedAt: !264)
!264 = distinct !DILocation(line: 44, column: 65, scope: !197)
!265 = !DILocation(line: 829, column: 35, scope: !255, inlinedAt: !264)
!266 = !DILocation(line: 863, column: 18, scope: !255, inlinedAt: !264)
!267 = !DILocation(line: 44, column: 36, scope: !197)
!268 = distinct !DISubprogram(name: "read_volatile<u64>", linkageName: "_ZN4core3ptr13read_volatile17hbde7186622d4fa02E", scope: !56, file: !269, line: 2080, type: !270, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !219, retainedNodes: !272)
!269 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!270 = !DISubroutineType(types: !271)
!271 = !{!8, !246, !142}
!272 = !{!273}
!273 = !DILocalVariable(name: "src", arg: 1, scope: !268, file: !269, line: 2080, type: !246)
!274 = !DILocation(line: 2080, column: 32, scope: !268)
!275 = !DILocation(line: 77, column: 35, scope: !276)
!276 = !DILexicalBlockFile(scope: !268, file: !277, discriminator: 0)
!277 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!278 = !DILocation(line: 78, column: 17, scope: !276)
!279 = !DILocation(line: 77, column: 13, scope: !276)
!280 = !DILocation(line: 2091, column: 9, scope: !268)
!281 = !DILocation(line: 2093, column: 2, scope: !268)
!282 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr13read_volatile18precondition_check17h1a027c91ce7bcf51E", scope: !283, file: !277, line: 68, type: !284, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !286)
!283 = !DINamespace(name: "read_volatile", scope: !56)
!284 = !DISubroutineType(types: !285)
!285 = !{null, !82, !28, !142}
!286 = !{!287, !288, !289}
!287 = !DILocalVariable(name: "addr", arg: 1, scope: !282, file: !277, line: 68, type: !82)
!288 = !DILocalVariable(name: "align", arg: 2, scope: !282, file: !277, line: 68, type: !28)
!289 = !DILocalVariable(name: "msg", scope: !290, file: !277, line: 70, type: !22, align: 64)
!290 = distinct !DILexicalBlock(scope: !282, file: !277, line: 70, column: 21)
!291 = !DILocation(line: 68, column: 43, scope: !282)
!292 = !DILocalVariable(name: "ptr", arg: 1, scope: !293, file: !277, line: 134, type: !82)
!293 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17h60a1f71f985b1769E", scope: !294, file: !277, line: 134, type: !295, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !297)
!294 = !DINamespace(name: "ub_checks", scope: !46)
!295 = !DISubroutineType(types: !296)
!296 = !{!161, !82, !28}
!297 = !{!292, !298}
!298 = !DILocalVariable(name: "align", arg: 2, scope: !293, file: !277, line: 134, type: !28)
!299 = !DILocation(line: 134, column: 38, scope: !293, inlinedAt: !300)
!300 = !DILocation(line: 2089, column: 18, scope: !301)
!301 = !DILexicalBlockFile(scope: !282, file: !269, discriminator: 0)
!302 = !DILocalVariable(name: "ptr", arg: 1, scope: !303, file: !304, line: 2434, type: !82)
!303 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h26290b3ef118362dE", scope: !305, file: !304, line: 2434, type: !295, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !306)
!304 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!305 = !DINamespace(name: "maybe_is_aligned", scope: !294)
!306 = !{!302, !307}
!307 = !DILocalVariable(name: "align", arg: 2, scope: !303, file: !304, line: 2434, type: !28)
!308 = !DILocation(line: 2434, column: 40, scope: !303, inlinedAt: !309)
!309 = !DILocation(line: 2447, column: 9, scope: !310, inlinedAt: !300)
!310 = !DILexicalBlockFile(scope: !293, file: !304, discriminator: 0)
!311 = !DILocation(line: 134, column: 54, scope: !293, inlinedAt: !300)
!312 = !DILocation(line: 141, column: 17, scope: !313, inlinedAt: !309)
!313 = !DILexicalBlockFile(scope: !303, file: !277, discriminator: 0)
!314 = !DILocation(line: 70, column: 31, scope: !282)
!315 = !DILocation(line: 70, column: 25, scope: !290)
!316 = !DILocalVariable(name: "s", arg: 1, scope: !317, file: !318, line: 815, type: !22)
!317 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17he002ed62a38e01f6E", scope: !50, file: !318, line: 815, type: !319, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, declaration: !321, retainedNodes: !322)
!318 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!319 = !DISubroutineType(types: !320)
!320 = !{!50, !22}
!321 = !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17he002ed62a38e01f6E", scope: !50, file: !318, line: 815, type: !319, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit, templateParams: !20)
!322 = !{!316}
!323 = !DILocation(line: 815, column: 27, scope: !317, inlinedAt: !324)
!324 = !DILocation(line: 73, column: 59, scope: !290)
!325 = !DILocalVariable(name: "self", arg: 1, scope: !326, file: !327, line: 578, type: !22)
!326 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !328, file: !327, line: 578, type: !330, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !332)
!327 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!328 = !DINamespace(name: "{impl#0}", scope: !329)
!329 = !DINamespace(name: "str", scope: !46)
!330 = !DISubroutineType(types: !331)
!331 = !{!59, !22}
!332 = !{!325}
!333 = !DILocation(line: 578, column: 25, scope: !326, inlinedAt: !334)
!334 = !DILocation(line: 819, column: 44, scope: !317, inlinedAt: !324)
!335 = !DILocalVariable(name: "self", arg: 1, scope: !336, file: !327, line: 157, type: !22)
!336 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h9f9541f4dc81a4aeE", scope: !328, file: !327, line: 157, type: !337, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !339)
!337 = !DISubroutineType(types: !338)
!338 = !{!28, !22}
!339 = !{!335}
!340 = !DILocation(line: 157, column: 22, scope: !336, inlinedAt: !341)
!341 = !DILocation(line: 820, column: 40, scope: !317, inlinedAt: !324)
!342 = !DILocalVariable(name: "self", arg: 1, scope: !343, file: !327, line: 502, type: !22)
!343 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !328, file: !327, line: 502, type: !344, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !350)
!344 = !DISubroutineType(types: !345)
!345 = !{!346, !22}
!346 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !347, templateParams: !20, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!347 = !{!348, !349}
!348 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !346, file: !5, baseType: !25, size: 64, align: 64)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !346, file: !5, baseType: !28, size: 64, align: 64, offset: 64)
!350 = !{!342}
!351 = !DILocation(line: 502, column: 27, scope: !343, inlinedAt: !352)
!352 = !DILocation(line: 158, column: 14, scope: !336, inlinedAt: !341)
!353 = !DILocation(line: 73, column: 21, scope: !290)
!354 = !DILocation(line: 75, column: 14, scope: !282)
!355 = distinct !DISubprogram(name: "write_volatile<u64>", linkageName: "_ZN4core3ptr14write_volatile17h8de937ef5ff457b0E", scope: !56, file: !269, line: 2167, type: !356, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !219, retainedNodes: !358)
!356 = !DISubroutineType(types: !357)
!357 = !{null, !212, !8, !142}
!358 = !{!359, !360}
!359 = !DILocalVariable(name: "dst", arg: 1, scope: !355, file: !269, line: 2167, type: !212)
!360 = !DILocalVariable(name: "src", arg: 2, scope: !355, file: !269, line: 2167, type: !8)
!361 = !DILocation(line: 2167, column: 33, scope: !355)
!362 = !DILocation(line: 2167, column: 46, scope: !355)
!363 = !DILocation(line: 77, column: 35, scope: !364)
!364 = !DILexicalBlockFile(scope: !355, file: !277, discriminator: 0)
!365 = !DILocation(line: 78, column: 17, scope: !364)
!366 = !DILocation(line: 77, column: 13, scope: !364)
!367 = !DILocation(line: 2178, column: 9, scope: !355)
!368 = !DILocation(line: 2180, column: 2, scope: !355)
!369 = distinct !DISubprogram(name: "precondition_check", linkageName: "_ZN4core3ptr14write_volatile18precondition_check17h77c006e849b9c1e0E", scope: !370, file: !277, line: 68, type: !371, scopeLine: 68, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !374)
!370 = !DINamespace(name: "write_volatile", scope: !56)
!371 = !DISubroutineType(types: !372)
!372 = !{null, !373, !28, !142}
!373 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !83, size: 64, align: 64, dwarfAddressSpace: 0)
!374 = !{!375, !376, !377}
!375 = !DILocalVariable(name: "addr", arg: 1, scope: !369, file: !277, line: 68, type: !373)
!376 = !DILocalVariable(name: "align", arg: 2, scope: !369, file: !277, line: 68, type: !28)
!377 = !DILocalVariable(name: "msg", scope: !378, file: !277, line: 70, type: !22, align: 64)
!378 = distinct !DILexicalBlock(scope: !369, file: !277, line: 70, column: 21)
!379 = !DILocation(line: 68, column: 43, scope: !369)
!380 = !DILocalVariable(name: "align", arg: 2, scope: !381, file: !277, line: 134, type: !28)
!381 = distinct !DISubprogram(name: "maybe_is_aligned", linkageName: "_ZN4core9ub_checks16maybe_is_aligned17h60a1f71f985b1769E", scope: !294, file: !277, line: 134, type: !295, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !382)
!382 = !{!383, !380}
!383 = !DILocalVariable(name: "ptr", arg: 1, scope: !381, file: !277, line: 134, type: !82)
!384 = !DILocation(line: 134, column: 54, scope: !381, inlinedAt: !385)
!385 = !DILocation(line: 2176, column: 18, scope: !386)
!386 = !DILexicalBlockFile(scope: !369, file: !269, discriminator: 0)
!387 = !DILocalVariable(name: "align", arg: 2, scope: !388, file: !304, line: 2434, type: !28)
!388 = distinct !DISubprogram(name: "runtime", linkageName: "_ZN4core9ub_checks16maybe_is_aligned7runtime17h26290b3ef118362dE", scope: !305, file: !304, line: 2434, type: !295, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !389)
!389 = !{!390, !387}
!390 = !DILocalVariable(name: "ptr", arg: 1, scope: !388, file: !304, line: 2434, type: !82)
!391 = !DILocation(line: 2434, column: 40, scope: !388, inlinedAt: !392)
!392 = !DILocation(line: 2447, column: 9, scope: !393, inlinedAt: !385)
!393 = !DILexicalBlockFile(scope: !381, file: !304, discriminator: 0)
!394 = !DILocation(line: 2176, column: 46, scope: !386)
!395 = !DILocation(line: 134, column: 38, scope: !381, inlinedAt: !385)
!396 = !DILocation(line: 141, column: 17, scope: !397, inlinedAt: !392)
!397 = !DILexicalBlockFile(scope: !388, file: !277, discriminator: 0)
!398 = !DILocation(line: 70, column: 31, scope: !369)
!399 = !DILocation(line: 70, column: 25, scope: !378)
!400 = !DILocalVariable(name: "s", arg: 1, scope: !401, file: !318, line: 815, type: !22)
!401 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17he002ed62a38e01f6E", scope: !50, file: !318, line: 815, type: !319, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, declaration: !321, retainedNodes: !402)
!402 = !{!400}
!403 = !DILocation(line: 815, column: 27, scope: !401, inlinedAt: !404)
!404 = !DILocation(line: 73, column: 59, scope: !378)
!405 = !DILocalVariable(name: "self", arg: 1, scope: !406, file: !327, line: 578, type: !22)
!406 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !328, file: !327, line: 578, type: !330, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !407)
!407 = !{!405}
!408 = !DILocation(line: 578, column: 25, scope: !406, inlinedAt: !409)
!409 = !DILocation(line: 819, column: 44, scope: !401, inlinedAt: !404)
!410 = !DILocalVariable(name: "self", arg: 1, scope: !411, file: !327, line: 157, type: !22)
!411 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h9f9541f4dc81a4aeE", scope: !328, file: !327, line: 157, type: !337, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !412)
!412 = !{!410}
!413 = !DILocation(line: 157, column: 22, scope: !411, inlinedAt: !414)
!414 = !DILocation(line: 820, column: 40, scope: !401, inlinedAt: !404)
!415 = !DILocalVariable(name: "self", arg: 1, scope: !416, file: !327, line: 502, type: !22)
!416 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !328, file: !327, line: 502, type: !344, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !417)
!417 = !{!415}
!418 = !DILocation(line: 502, column: 27, scope: !416, inlinedAt: !419)
!419 = !DILocation(line: 158, column: 14, scope: !411, inlinedAt: !414)
!420 = !DILocation(line: 73, column: 21, scope: !378)
!421 = !DILocation(line: 75, column: 14, scope: !369)
!422 = distinct !DISubprogram(name: "is_aligned_to<()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17h7939f088ac6b4209E", scope: !257, file: !256, line: 1372, type: !295, scopeLine: 1372, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !84, retainedNodes: !423)
!423 = !{!424, !425}
!424 = !DILocalVariable(name: "self", arg: 1, scope: !422, file: !256, line: 1372, type: !82)
!425 = !DILocalVariable(name: "align", arg: 2, scope: !422, file: !256, line: 1372, type: !28)
!426 = !DILocation(line: 1372, column: 26, scope: !422)
!427 = !DILocalVariable(name: "self", arg: 1, scope: !428, file: !256, line: 153, type: !82)
!428 = distinct !DISubprogram(name: "addr<()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4addr17h6fb9c68ecdb62910E", scope: !257, file: !256, line: 153, type: !429, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !84, retainedNodes: !431)
!429 = !DISubroutineType(types: !430)
!430 = !{!28, !82}
!431 = !{!427}
!432 = !DILocation(line: 153, column: 17, scope: !428, inlinedAt: !433)
!433 = !DILocation(line: 1377, column: 14, scope: !422)
!434 = !DILocalVariable(name: "self", arg: 1, scope: !435, file: !256, line: 48, type: !82)
!435 = distinct !DISubprogram(name: "cast<(), ()>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4cast17h344ca83105cd08c6E", scope: !257, file: !256, line: 48, type: !436, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !439, retainedNodes: !438)
!436 = !DISubroutineType(types: !437)
!437 = !{!82, !82}
!438 = !{!434}
!439 = !{!85, !440}
!440 = !DITemplateTypeParameter(name: "U", type: !83)
!441 = !DILocation(line: 48, column: 26, scope: !435, inlinedAt: !442)
!442 = !DILocation(line: 159, column: 38, scope: !428, inlinedAt: !433)
!443 = !DILocation(line: 1372, column: 32, scope: !422)
!444 = !DILocalVariable(name: "self", arg: 1, scope: !445, file: !446, line: 3761, type: !28)
!445 = distinct !DISubprogram(name: "is_power_of_two", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15is_power_of_two", scope: !447, file: !446, line: 3761, type: !449, scopeLine: 3761, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !451)
!446 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!447 = !DINamespace(name: "{impl#11}", scope: !448)
!448 = !DINamespace(name: "num", scope: !46)
!449 = !DISubroutineType(types: !450)
!450 = !{!161, !28}
!451 = !{!444}
!452 = !DILocation(line: 3761, column: 38, scope: !445, inlinedAt: !453)
!453 = !DILocation(line: 1373, column: 19, scope: !422)
!454 = !DILocalVariable(name: "self", arg: 1, scope: !455, file: !446, line: 84, type: !28)
!455 = distinct !DISubprogram(name: "count_ones", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj10count_ones", scope: !447, file: !446, line: 84, type: !456, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !458)
!456 = !DISubroutineType(types: !457)
!457 = !{!13, !28}
!458 = !{!454}
!459 = !DILocation(line: 84, column: 33, scope: !455, inlinedAt: !460)
!460 = !DILocation(line: 3762, column: 18, scope: !445, inlinedAt: !453)
!461 = !DILocation(line: 85, column: 20, scope: !455, inlinedAt: !460)
!462 = !DILocation(line: 1373, column: 13, scope: !422)
!463 = !DILocation(line: 159, column: 18, scope: !428, inlinedAt: !433)
!464 = !DILocation(line: 1377, column: 23, scope: !422)
!465 = !DILocation(line: 1377, column: 9, scope: !422)
!466 = !DILocation(line: 1378, column: 6, scope: !422)
!467 = !DILocation(line: 1374, column: 13, scope: !422)
!468 = !DILocalVariable(name: "s", arg: 1, scope: !469, file: !318, line: 815, type: !22)
!469 = distinct !DISubprogram(name: "from_str", linkageName: "_ZN4core3fmt9Arguments8from_str17he002ed62a38e01f6E", scope: !50, file: !318, line: 815, type: !319, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, declaration: !321, retainedNodes: !470)
!470 = !{!468}
!471 = !DILocation(line: 815, column: 27, scope: !469, inlinedAt: !467)
!472 = !DILocalVariable(name: "self", arg: 1, scope: !473, file: !327, line: 578, type: !22)
!473 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !328, file: !327, line: 578, type: !330, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !474)
!474 = !{!472}
!475 = !DILocation(line: 578, column: 25, scope: !473, inlinedAt: !476)
!476 = !DILocation(line: 819, column: 44, scope: !469, inlinedAt: !467)
!477 = !DILocalVariable(name: "self", arg: 1, scope: !478, file: !327, line: 157, type: !22)
!478 = distinct !DISubprogram(name: "len", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$3len17h9f9541f4dc81a4aeE", scope: !328, file: !327, line: 157, type: !337, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !479)
!479 = !{!477}
!480 = !DILocation(line: 157, column: 22, scope: !478, inlinedAt: !481)
!481 = !DILocation(line: 820, column: 40, scope: !469, inlinedAt: !467)
!482 = !DILocalVariable(name: "self", arg: 1, scope: !483, file: !327, line: 502, type: !22)
!483 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !328, file: !327, line: 502, type: !344, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !484)
!484 = !{!482}
!485 = !DILocation(line: 502, column: 27, scope: !483, inlinedAt: !486)
!486 = !DILocation(line: 158, column: 14, scope: !478, inlinedAt: !481)
!487 = distinct !DISubprogram(name: "__iu_entry_kprobe", scope: !2, file: !3, line: 31, type: !488, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !36, templateParams: !20, retainedNodes: !490)
!488 = !DISubroutineType(types: !489)
!489 = !{!13, !14, !82}
!490 = !{!491, !492, !493}
!491 = !DILocalVariable(name: "prog", arg: 1, scope: !487, file: !3, line: 31, type: !14)
!492 = !DILocalVariable(name: "ctx", arg: 2, scope: !487, file: !3, line: 31, type: !82)
!493 = !DILocalVariable(name: "regs", scope: !494, file: !3, line: 32, type: !15, align: 64)
!494 = distinct !DILexicalBlock(scope: !487, file: !3, line: 32, column: 5)
!495 = !DILocation(line: 31, column: 37, scope: !487)
!496 = !DILocation(line: 31, column: 52, scope: !487)
!497 = !DILocation(line: 32, column: 25, scope: !487)
!498 = !DILocation(line: 32, column: 9, scope: !494)
!499 = !DILocation(line: 33, column: 5, scope: !494)
!500 = !DILocation(line: 34, column: 2, scope: !487)

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_sr_plain(ptr %ctx) #13 section "kprobe/__x64_sys_getppid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN12stack_selfrt5PLAIN17h609715e5127fc08fE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_sr_recurse(ptr %ctx) #13 section "kprobe/__x64_sys_getegid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN12stack_selfrt7RECURSE17hb74c7ca23dc6cb41E, ptr %ctx)
  ret i32 %ret
}

attributes #13 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!501, !502}
!501 = !{!"_ZN12stack_selfrt14iu_sr_plain_fn17h8f35569b19666521E"}
!502 = !{!"_ZN12stack_selfrt16iu_sr_recurse_fn17h24271edeec3c30f6E"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!503}
!503 = !{!"recursion", ptr @_ZN12stack_selfrt5depth17h7aad4194e360b61fE, i32 1}
