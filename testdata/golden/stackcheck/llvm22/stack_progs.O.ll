; ModuleID = 'stack_progs.2c769935dae3605d-cgu.0'
source_filename = "stack_progs.2c769935dae3605d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_daf97fb884c07f6ebb0f84726f6af15c = private unnamed_addr constant [9 x i8] c"iu_st_dyn", align 1
@_ZN11stack_progs3DYN17h25221892f5d76fb5E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs12iu_st_dyn_fn17hc8eedb72d580f693E, ptr @alloc_daf97fb884c07f6ebb0f84726f6af15c, [8 x i8] c"\09\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@_ZN11stack_progs3OPS17hc9e6e414c4c9fe8fE = internal constant <{ ptr, ptr }> <{ ptr @_ZN11stack_progs6double17h06e4fcdd0ddc7b92E, ptr @_ZN11stack_progs6square17hfada72dd137da34cE }>, align 8
@_ZN11stack_progs4LEFT17h9fe11606a32b0e5aE = internal global [4 x i8] c"\03\00\00\00", align 4
@alloc_74f1f885d1fc51b2d7e95b0da500da3b = private unnamed_addr constant [11 x i8] c"iu_st_chain", align 1
@_ZN11stack_progs5CHAIN17h99da583a30da81b6E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs14iu_st_chain_fn17h3ad786d5fd53e30aE, ptr @alloc_74f1f885d1fc51b2d7e95b0da500da3b, [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc_3df977035dc51797aec349a8c8db4305 = private unnamed_addr constant [11 x i8] c"iu_st_fnptr", align 1
@_ZN11stack_progs5FNPTR17h796eeb5f53a1f64aE = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs14iu_st_fnptr_fn17hcbd1573d326db9a7E, ptr @alloc_3df977035dc51797aec349a8c8db4305, [8 x i8] c"\0B\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc_e0a89751b8084ec32fbc34ef21fc3e05 = private unnamed_addr constant [12 x i8] c"iu_st_parity", align 1
@_ZN11stack_progs6PARITY17hb14405aa2b074e03E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs15iu_st_parity_fn17h822a809ef57ce22bE, ptr @alloc_e0a89751b8084ec32fbc34ef21fc3e05, [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc_78f068edd3d699ccb40f0178125d9b41 = private unnamed_addr constant [8 x i8] c"\03\00\00\00\00\00\00\00", align 8
@anon.8a1a26f66f8466d920cf1a0760f69894.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h7a2bed482fb2428fE" }>, align 8
@alloc_77fbbd604975f8684e4604ab632b8c02 = private unnamed_addr constant [16 x i8] c"\02\00\00\00\00\00\00\00\05\00\00\00\00\00\00\00", align 8
@anon.8a1a26f66f8466d920cf1a0760f69894.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17h0f3c7f36d82bd2c1E" }>, align 8
@_ZN11stack_progs6SHAPES17hac95ca283c370d79E = internal constant <{ ptr, ptr, ptr, ptr }> <{ ptr @alloc_78f068edd3d699ccb40f0178125d9b41, ptr @anon.8a1a26f66f8466d920cf1a0760f69894.0, ptr @alloc_77fbbd604975f8684e4604ab632b8c02, ptr @anon.8a1a26f66f8466d920cf1a0760f69894.1 }>, align 8
@alloc_c7023fbbb45460c4e7573fe66495623a = private unnamed_addr constant [13 x i8] c"iu_st_recurse", align 1
@_ZN11stack_progs7RECURSE17hf33946653460b4c5E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs16iu_st_recurse_fn17ha6b017f75aff8991E, ptr @alloc_c7023fbbb45460c4e7573fe66495623a, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@alloc_25ac1f95e20f1cd30256be6d5c19fa35 = private unnamed_addr constant [13 x i8] c"iu_st_reenter", align 1
@_ZN11stack_progs7REENTER17hb12ea10cf3132468E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN11stack_progs16iu_st_reenter_fn17hdd27ca610f42243eE, ptr @alloc_25ac1f95e20f1cd30256be6d5c19fa35, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.used = appending global [12 x ptr] [ptr @_ZN11stack_progs3DYN17h25221892f5d76fb5E, ptr @_ZN11stack_progs5CHAIN17h99da583a30da81b6E, ptr @_ZN11stack_progs5FNPTR17h796eeb5f53a1f64aE, ptr @_ZN11stack_progs6PARITY17hb14405aa2b074e03E, ptr @_ZN11stack_progs7RECURSE17hf33946653460b4c5E, ptr @_ZN11stack_progs7REENTER17hb12ea10cf3132468E, ptr @iu_st_dyn, ptr @iu_st_chain, ptr @iu_st_fnptr, ptr @iu_st_parity, ptr @iu_st_recurse, ptr @iu_st_reenter], section "llvm.metadata"

; stack_progs::iu_st_dyn_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN11stack_progs12iu_st_dyn_fn17hc8eedb72d580f693E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_9 = load i64, ptr %0, align 8, !noundef !3
  %_8 = and i64 %_9, 1
  %_5 = getelementptr inbounds nuw { ptr, ptr }, ptr @_ZN11stack_progs6SHAPES17hac95ca283c370d79E, i64 %_8
  %1 = load volatile { ptr, ptr }, ptr %_5, align 8
  %.fca.0.extract = extractvalue { ptr, ptr } %1, 0
  %.fca.1.extract = extractvalue { ptr, ptr } %1, 1
  %2 = icmp ne ptr %.fca.0.extract, null
  tail call void @llvm.assume(i1 %2)
  %3 = icmp ne ptr %.fca.1.extract, null
  tail call void @llvm.assume(i1 %3)
  %4 = getelementptr inbounds nuw i8, ptr %.fca.1.extract, i64 24
  %5 = load ptr, ptr %4, align 8, !invariant.load !3, !nonnull !3
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_11 = tail call noundef i64 %5(ptr noundef nonnull align 1 %.fca.0.extract) #10
  %_0 = trunc i64 %_11 to i32
  ret i32 %_0
}

; stack_progs::iu_st_chain_fn
; Function Attrs: mustprogress nofree norecurse nounwind nonlazybind willreturn memory(argmem: read, inaccessiblemem: readwrite) uwtable
define internal noundef i32 @_ZN11stack_progs14iu_st_chain_fn17h3ad786d5fd53e30aE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !3
; call stack_progs::chain1
  %_3 = tail call fastcc noundef i64 @_ZN11stack_progs6chain117hd8074bfbd251df52E(i64 noundef %_4) #11
  %_0 = trunc i64 %_3 to i32
  ret i32 %_0
}

; stack_progs::iu_st_fnptr_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN11stack_progs14iu_st_fnptr_fn17hcbd1573d326db9a7E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_9 = load i64, ptr %0, align 8, !noundef !3
  %_8 = and i64 %_9, 1
  %_5 = getelementptr inbounds nuw ptr, ptr @_ZN11stack_progs3OPS17hc9e6e414c4c9fe8fE, i64 %_8
  %1 = load volatile ptr, ptr %_5, align 8, !nonnull !3, !noundef !3
  %2 = getelementptr inbounds nuw i8, ptr %regs, i64 104
  %_12 = load i64, ptr %2, align 8, !noundef !3
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_11 = tail call noundef i64 %1(i64 noundef %_12) #12
  %_0 = trunc i64 %_11 to i32
  ret i32 %_0
}

; stack_progs::iu_st_parity_fn
; Function Attrs: nofree nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define internal noundef range(i32 0, 2) i32 @_ZN11stack_progs15iu_st_parity_fn17h822a809ef57ce22bE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !3
; call stack_progs::even
  %_3 = tail call fastcc noundef zeroext i1 @_ZN11stack_progs4even17h80617472e0843a40E(i64 noundef %_4) #11
  %_0 = zext i1 %_3 to i32
  ret i32 %_0
}

; stack_progs::iu_st_recurse_fn
; Function Attrs: nofree nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define internal noundef i32 @_ZN11stack_progs16iu_st_recurse_fn17ha6b017f75aff8991E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !3
; call stack_progs::depth
  %_3 = tail call fastcc noundef i64 @_ZN11stack_progs5depth17h6b70ac7045f2f6a0E(i64 noundef 0, i64 noundef %_4) #11
  %_0 = trunc i64 %_3 to i32
  ret i32 %_0
}

; stack_progs::iu_st_reenter_fn
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @_ZN11stack_progs16iu_st_reenter_fn17hdd27ca610f42243eE(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = load volatile i32, ptr @_ZN11stack_progs4LEFT17h9fe11606a32b0e5aE, align 4
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %bb4, label %bb2

bb2:                                              ; preds = %start
  %_6 = add i32 %0, -1
  store volatile i32 %_6, ptr @_ZN11stack_progs4LEFT17h9fe11606a32b0e5aE, align 4
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_7 = tail call noundef i32 @iu_st_reenter(ptr noundef nonnull %regs) #12
  %2 = add i32 %_7, 1
  br label %bb4

bb4:                                              ; preds = %start, %bb2
  %_0.sroa.0.0 = phi i32 [ %2, %bb2 ], [ 0, %start ]
  ret i32 %_0.sroa.0.0
}

; stack_progs::odd
; Function Attrs: nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef zeroext i1 @_ZN11stack_progs3odd17h5f05870412a77104E(i64 noundef %n) unnamed_addr #3 {
start:
  %_4.sroa.0 = alloca i64, align 8
  %0 = icmp eq i64 %n, 0
  br i1 %0, label %bb4, label %bb2

bb2:                                              ; preds = %start
  %_3 = add i64 %n, -1
  call void @llvm.lifetime.start.p0(ptr nonnull %_4.sroa.0)
  store i64 %_3, ptr %_4.sroa.0, align 8
  %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0. = load volatile i64, ptr %_4.sroa.0, align 8
  call void @llvm.lifetime.end.p0(ptr nonnull %_4.sroa.0)
; call stack_progs::even
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %1 = tail call fastcc noundef zeroext i1 @_ZN11stack_progs4even17h80617472e0843a40E(i64 noundef %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0.) #11
  br label %bb4

bb4:                                              ; preds = %start, %bb2
  %_0.sroa.0.0 = phi i1 [ %1, %bb2 ], [ false, %start ]
  ret i1 %_0.sroa.0.0
}

; stack_progs::even
; Function Attrs: nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef zeroext i1 @_ZN11stack_progs4even17h80617472e0843a40E(i64 noundef %n) unnamed_addr #3 {
start:
  %_4.sroa.0 = alloca i64, align 8
  %0 = icmp eq i64 %n, 0
  br i1 %0, label %bb4, label %bb2

bb2:                                              ; preds = %start
  %_3 = add i64 %n, -1
  call void @llvm.lifetime.start.p0(ptr nonnull %_4.sroa.0)
  store i64 %_3, ptr %_4.sroa.0, align 8
  %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0. = load volatile i64, ptr %_4.sroa.0, align 8
  call void @llvm.lifetime.end.p0(ptr nonnull %_4.sroa.0)
; call stack_progs::odd
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %1 = tail call fastcc noundef zeroext i1 @_ZN11stack_progs3odd17h5f05870412a77104E(i64 noundef %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0.) #11
  br label %bb4

bb4:                                              ; preds = %start, %bb2
  %_0.sroa.0.0 = phi i1 [ %1, %bb2 ], [ true, %start ]
  ret i1 %_0.sroa.0.0
}

; stack_progs::depth
; Function Attrs: nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN11stack_progs5depth17h6b70ac7045f2f6a0E(i64 noundef %n, i64 noundef %limit) unnamed_addr #3 {
start:
  %local = alloca [32 x i8], align 8
  %_3.not = icmp ult i64 %n, %limit
  br i1 %_3.not, label %bb2, label %common.ret1

common.ret1:                                      ; preds = %start, %bb2
  %common.ret1.op = phi i64 [ %1, %bb2 ], [ 0, %start ]
  ret i64 %common.ret1.op

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr nonnull %local)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %local, i8 0, i64 32, i1 false)
  %_6 = and i64 %n, 3
  %_7 = getelementptr inbounds nuw i64, ptr %local, i64 %_6
  %_11 = add nuw i64 %n, 1
  store volatile i64 %_11, ptr %_7, align 8
; call stack_progs::depth
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %_12 = tail call fastcc noundef i64 @_ZN11stack_progs5depth17h6b70ac7045f2f6a0E(i64 noundef %_11, i64 noundef %limit) #11
  %0 = load volatile i64, ptr %_7, align 8
  %1 = add i64 %0, %_12
  call void @llvm.lifetime.end.p0(ptr nonnull %local)
  br label %common.ret1
}

; stack_progs::chain1
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef range(i64 1, 0) i64 @_ZN11stack_progs6chain117hd8074bfbd251df52E(i64 noundef %x) unnamed_addr #4 {
start:
  %_4.sroa.0 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %_4.sroa.0)
  store i64 %x, ptr %_4.sroa.0, align 8
  %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0. = load volatile i64, ptr %_4.sroa.0, align 8
  call void @llvm.lifetime.end.p0(ptr nonnull %_4.sroa.0)
; call stack_progs::chain2
  %_2 = tail call fastcc noundef i64 @_ZN11stack_progs6chain217hd59a803111cce4b7E(i64 noundef %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0.) #11
  %_0 = add nuw i64 %_2, 1
  ret i64 %_0
}

; stack_progs::chain2
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef range(i64 0, -1) i64 @_ZN11stack_progs6chain217hd59a803111cce4b7E(i64 noundef %x) unnamed_addr #4 {
start:
  %_4.sroa.0 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %_4.sroa.0)
  store i64 %x, ptr %_4.sroa.0, align 8
  %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0. = load volatile i64, ptr %_4.sroa.0, align 8
  call void @llvm.lifetime.end.p0(ptr nonnull %_4.sroa.0)
; call stack_progs::chain3
  %_2 = tail call fastcc noundef i64 @_ZN11stack_progs6chain317hf49eba9f24b57efdE(i64 noundef %_4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0._4.sroa.0.0.) #11
  %_0 = shl i64 %_2, 1
  ret i64 %_0
}

; stack_progs::chain3
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN11stack_progs6chain317hf49eba9f24b57efdE(i64 noundef %x) unnamed_addr #4 {
start:
  %_3.sroa.0 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %_3.sroa.0)
  store i64 %x, ptr %_3.sroa.0, align 8
  %_3.sroa.0.0._3.sroa.0.0._3.sroa.0.0._3.sroa.0.0._3.sroa.0.0. = load volatile i64, ptr %_3.sroa.0, align 8
  call void @llvm.lifetime.end.p0(ptr nonnull %_3.sroa.0)
  %_0 = add i64 %_3.sroa.0.0._3.sroa.0.0._3.sroa.0.0._3.sroa.0.0._3.sroa.0.0., 3
  ret i64 %_0
}

; stack_progs::double
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef range(i64 0, -1) i64 @_ZN11stack_progs6double17h06e4fcdd0ddc7b92E(i64 noundef %x) unnamed_addr #5 {
start:
  %_0 = shl i64 %x, 1
  ret i64 %_0
}

; stack_progs::square
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef i64 @_ZN11stack_progs6square17hfada72dd137da34cE(i64 noundef %x) unnamed_addr #5 {
start:
  %_0 = mul i64 %x, %x
  ret i64 %_0
}

; <stack_progs::Rect as stack_progs::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i64 @"_ZN56_$LT$stack_progs..Rect$u20$as$u20$stack_progs..Shape$GT$4area17h0f3c7f36d82bd2c1E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %self) unnamed_addr #6 {
start:
  %_2 = load i64, ptr %self, align 8, !noundef !3
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 8
  %_3 = load i64, ptr %0, align 8, !noundef !3
  %_0 = mul i64 %_3, %_2
  ret i64 %_0
}

; <stack_progs::Square as stack_progs::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i64 @"_ZN58_$LT$stack_progs..Square$u20$as$u20$stack_progs..Shape$GT$4area17h7a2bed482fb2428fE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #6 {
start:
  %_2 = load i64, ptr %self, align 8, !noundef !3
  %_0 = mul i64 %_2, %_2
  ret i64 %_0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #8

; Function Attrs: nounwind nonlazybind uwtable
; @iu_st_reenter was declared here; iu-entry defines it below

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #9

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nounwind nonlazybind willreturn memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nofree noinline nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { inlinehint nounwind }
attributes #11 = { noinline nounwind }
attributes #12 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_st_dyn(ptr %ctx) #13 section "kprobe/__x64_sys_getuid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN11stack_progs3DYN17h25221892f5d76fb5E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_st_chain(ptr %ctx) #13 section "kprobe/__x64_sys_getgid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN11stack_progs5CHAIN17h99da583a30da81b6E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_st_fnptr(ptr %ctx) #13 section "kprobe/__x64_sys_getsid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN11stack_progs5FNPTR17h796eeb5f53a1f64aE, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_st_parity(ptr %ctx) #13 section "kprobe/__x64_sys_getpgrp" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN11stack_progs6PARITY17hb14405aa2b074e03E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_st_recurse(ptr %ctx) #13 section "kprobe/__x64_sys_getegid" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN11stack_progs7RECURSE17hf33946653460b4c5E, ptr %ctx)
  ret i32 %ret
}

define i32 @iu_st_reenter(ptr %ctx) #13 section "kprobe/__x64_sys_gettid" {
start:
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN11stack_progs7REENTER17hb12ea10cf3132468E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #13 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!4, !5, !6, !7, !8, !9}
!4 = !{!"_ZN11stack_progs12iu_st_dyn_fn17hc8eedb72d580f693E"}
!5 = !{!"_ZN11stack_progs14iu_st_chain_fn17h3ad786d5fd53e30aE"}
!6 = !{!"_ZN11stack_progs14iu_st_fnptr_fn17hcbd1573d326db9a7E"}
!7 = !{!"_ZN11stack_progs15iu_st_parity_fn17h822a809ef57ce22bE"}
!8 = !{!"_ZN11stack_progs16iu_st_recurse_fn17ha6b017f75aff8991E"}
!9 = !{!"_ZN11stack_progs16iu_st_reenter_fn17hdd27ca610f42243eE"}

; Calls that iu-entry checks against the stack limit at run time, and why.
!iu-stack = !{!10, !11, !12, !13, !14, !15, !16}
!10 = !{!"recursion", ptr @iu_st_reenter, i32 1}
!11 = !{!"indirect-call", ptr @_ZN11stack_progs12iu_st_dyn_fn17hc8eedb72d580f693E, i32 1}
!12 = !{!"indirect-call", ptr @_ZN11stack_progs14iu_st_fnptr_fn17hcbd1573d326db9a7E, i32 1}
!13 = !{!"recursion", ptr @_ZN11stack_progs16iu_st_reenter_fn17hdd27ca610f42243eE, i32 1}
!14 = !{!"recursion", ptr @_ZN11stack_progs4even17h80617472e0843a40E, i32 1}
!15 = !{!"recursion", ptr @_ZN11stack_progs5depth17h6b70ac7045f2f6a0E, i32 1}
!16 = !{!"recursion", ptr @_ZN11stack_progs3odd17h5f05870412a77104E, i32 1}
