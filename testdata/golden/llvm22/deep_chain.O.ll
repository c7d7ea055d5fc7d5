; ModuleID = 'deep_chain.9d0f68e48f1ef4d4-cgu.0'
source_filename = "deep_chain.9d0f68e48f1ef4d4-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_6cd569e1138503dff229541d116d95ad = private unnamed_addr constant [13 x i8] c"iu_deep_chain", align 1
@_ZN10deep_chain4PROG17h471ff9c5f3951749E = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @_ZN10deep_chain16iu_deep_chain_fn17h0e86d67787d6f407E, ptr @alloc_6cd569e1138503dff229541d116d95ad, [8 x i8] c"\0D\00\00\00\00\00\00\00" }>, section "objkprobe", align 8
@llvm.used = appending global [2 x ptr] [ptr @_ZN10deep_chain4PROG17h471ff9c5f3951749E, ptr @iu_deep_chain], section "llvm.metadata"

; deep_chain::iu_deep_chain_fn
; Function Attrs: nofree norecurse nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define internal noundef i32 @_ZN10deep_chain16iu_deep_chain_fn17h0e86d67787d6f407E(ptr noalias readonly align 8 captures(none) %_obj, ptr noalias noundef readonly align 8 captures(none) dereferenceable(168) %regs) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %regs, i64 112
  %_4 = load i64, ptr %0, align 8, !noundef !3
; call deep_chain::level1
  %_3 = tail call fastcc noundef i64 @_ZN10deep_chain6level117hf051c9396ae84105E(i64 noundef %_4) #4
  %_0 = trunc i64 %_3 to i32
  ret i32 %_0
}

; deep_chain::level1
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level117hf051c9396ae84105E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.33)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 1
  store volatile i8 %v, ptr %buf.sroa.0, align 1
  store volatile i8 %v, ptr %buf.sroa.5, align 1
  store volatile i8 %v, ptr %buf.sroa.7, align 1
  store volatile i8 %v, ptr %buf.sroa.9, align 1
  store volatile i8 %v, ptr %buf.sroa.11, align 1
  store volatile i8 %v, ptr %buf.sroa.13, align 1
  store volatile i8 %v, ptr %buf.sroa.15, align 1
  store volatile i8 %v, ptr %buf.sroa.17, align 1
  store volatile i8 %v, ptr %buf.sroa.19, align 1
  store volatile i8 %v, ptr %buf.sroa.21, align 1
  store volatile i8 %v, ptr %buf.sroa.23, align 1
  store volatile i8 %v, ptr %buf.sroa.25, align 1
  store volatile i8 %v, ptr %buf.sroa.27, align 1
  store volatile i8 %v, ptr %buf.sroa.29, align 1
  store volatile i8 %v, ptr %buf.sroa.31, align 1
  store volatile i8 %v, ptr %buf.sroa.33, align 1
; call deep_chain::level2
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level217hdce9ce6687b0548dE(i64 noundef %seed) #4
  %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, ptr %buf.sroa.0, align 1
  %_13 = zext i8 %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_13
  %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, ptr %buf.sroa.5, align 1
  %_13.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_13.1
  %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, ptr %buf.sroa.7, align 1
  %_13.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_13.2
  %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, ptr %buf.sroa.9, align 1
  %_13.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_13.3
  %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, ptr %buf.sroa.11, align 1
  %_13.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_13.4
  %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, ptr %buf.sroa.13, align 1
  %_13.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_13.5
  %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, ptr %buf.sroa.15, align 1
  %_13.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_13.6
  %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, ptr %buf.sroa.17, align 1
  %_13.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_13.7
  %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, ptr %buf.sroa.19, align 1
  %_13.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_13.8
  %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, ptr %buf.sroa.21, align 1
  %_13.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_13.9
  %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, ptr %buf.sroa.23, align 1
  %_13.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_13.10
  %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, ptr %buf.sroa.25, align 1
  %_13.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_13.11
  %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, ptr %buf.sroa.27, align 1
  %_13.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_13.12
  %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, ptr %buf.sroa.29, align 1
  %_13.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_13.13
  %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, ptr %buf.sroa.31, align 1
  %_13.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_13.14
  %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, ptr %buf.sroa.33, align 1
  %_13.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_13.15
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.33)
  ret i64 %17
}

; deep_chain::level2
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level217hdce9ce6687b0548dE(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  %buf.sroa.35 = alloca i8, align 1
  %buf.sroa.37 = alloca i8, align 1
  %buf.sroa.39 = alloca i8, align 1
  %buf.sroa.41 = alloca i8, align 1
  %buf.sroa.43 = alloca i8, align 1
  %buf.sroa.45 = alloca i8, align 1
  %buf.sroa.47 = alloca i8, align 1
  %buf.sroa.49 = alloca i8, align 1
  %buf.sroa.51 = alloca i8, align 1
  %buf.sroa.53 = alloca i8, align 1
  %buf.sroa.55 = alloca i8, align 1
  %buf.sroa.57 = alloca i8, align 1
  %buf.sroa.59 = alloca i8, align 1
  %buf.sroa.61 = alloca i8, align 1
  %buf.sroa.63 = alloca i8, align 1
  %buf.sroa.65 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.65)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 2
  store volatile i8 %v, ptr %buf.sroa.0, align 1
  store volatile i8 %v, ptr %buf.sroa.5, align 1
  store volatile i8 %v, ptr %buf.sroa.7, align 1
  store volatile i8 %v, ptr %buf.sroa.9, align 1
  store volatile i8 %v, ptr %buf.sroa.11, align 1
  store volatile i8 %v, ptr %buf.sroa.13, align 1
  store volatile i8 %v, ptr %buf.sroa.15, align 1
  store volatile i8 %v, ptr %buf.sroa.17, align 1
  store volatile i8 %v, ptr %buf.sroa.19, align 1
  store volatile i8 %v, ptr %buf.sroa.21, align 1
  store volatile i8 %v, ptr %buf.sroa.23, align 1
  store volatile i8 %v, ptr %buf.sroa.25, align 1
  store volatile i8 %v, ptr %buf.sroa.27, align 1
  store volatile i8 %v, ptr %buf.sroa.29, align 1
  store volatile i8 %v, ptr %buf.sroa.31, align 1
  store volatile i8 %v, ptr %buf.sroa.33, align 1
  store volatile i8 %v, ptr %buf.sroa.35, align 1
  store volatile i8 %v, ptr %buf.sroa.37, align 1
  store volatile i8 %v, ptr %buf.sroa.39, align 1
  store volatile i8 %v, ptr %buf.sroa.41, align 1
  store volatile i8 %v, ptr %buf.sroa.43, align 1
  store volatile i8 %v, ptr %buf.sroa.45, align 1
  store volatile i8 %v, ptr %buf.sroa.47, align 1
  store volatile i8 %v, ptr %buf.sroa.49, align 1
  store volatile i8 %v, ptr %buf.sroa.51, align 1
  store volatile i8 %v, ptr %buf.sroa.53, align 1
  store volatile i8 %v, ptr %buf.sroa.55, align 1
  store volatile i8 %v, ptr %buf.sroa.57, align 1
  store volatile i8 %v, ptr %buf.sroa.59, align 1
  store volatile i8 %v, ptr %buf.sroa.61, align 1
  store volatile i8 %v, ptr %buf.sroa.63, align 1
  store volatile i8 %v, ptr %buf.sroa.65, align 1
; call deep_chain::level3
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level317hbbded57988372d14E(i64 noundef %seed) #4
  %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, ptr %buf.sroa.0, align 1
  %_13 = zext i8 %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_13
  %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, ptr %buf.sroa.5, align 1
  %_13.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_13.1
  %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, ptr %buf.sroa.7, align 1
  %_13.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_13.2
  %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, ptr %buf.sroa.9, align 1
  %_13.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_13.3
  %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, ptr %buf.sroa.11, align 1
  %_13.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_13.4
  %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, ptr %buf.sroa.13, align 1
  %_13.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_13.5
  %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, ptr %buf.sroa.15, align 1
  %_13.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_13.6
  %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, ptr %buf.sroa.17, align 1
  %_13.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_13.7
  %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, ptr %buf.sroa.19, align 1
  %_13.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_13.8
  %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, ptr %buf.sroa.21, align 1
  %_13.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_13.9
  %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, ptr %buf.sroa.23, align 1
  %_13.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_13.10
  %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, ptr %buf.sroa.25, align 1
  %_13.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_13.11
  %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, ptr %buf.sroa.27, align 1
  %_13.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_13.12
  %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, ptr %buf.sroa.29, align 1
  %_13.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_13.13
  %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, ptr %buf.sroa.31, align 1
  %_13.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_13.14
  %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, ptr %buf.sroa.33, align 1
  %_13.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_13.15
  %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. = load volatile i8, ptr %buf.sroa.35, align 1
  %_13.16 = zext i8 %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. to i64
  %18 = add i64 %17, %_13.16
  %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. = load volatile i8, ptr %buf.sroa.37, align 1
  %_13.17 = zext i8 %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. to i64
  %19 = add i64 %18, %_13.17
  %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. = load volatile i8, ptr %buf.sroa.39, align 1
  %_13.18 = zext i8 %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. to i64
  %20 = add i64 %19, %_13.18
  %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. = load volatile i8, ptr %buf.sroa.41, align 1
  %_13.19 = zext i8 %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. to i64
  %21 = add i64 %20, %_13.19
  %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. = load volatile i8, ptr %buf.sroa.43, align 1
  %_13.20 = zext i8 %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. to i64
  %22 = add i64 %21, %_13.20
  %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. = load volatile i8, ptr %buf.sroa.45, align 1
  %_13.21 = zext i8 %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. to i64
  %23 = add i64 %22, %_13.21
  %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. = load volatile i8, ptr %buf.sroa.47, align 1
  %_13.22 = zext i8 %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. to i64
  %24 = add i64 %23, %_13.22
  %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. = load volatile i8, ptr %buf.sroa.49, align 1
  %_13.23 = zext i8 %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. to i64
  %25 = add i64 %24, %_13.23
  %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. = load volatile i8, ptr %buf.sroa.51, align 1
  %_13.24 = zext i8 %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. to i64
  %26 = add i64 %25, %_13.24
  %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. = load volatile i8, ptr %buf.sroa.53, align 1
  %_13.25 = zext i8 %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. to i64
  %27 = add i64 %26, %_13.25
  %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. = load volatile i8, ptr %buf.sroa.55, align 1
  %_13.26 = zext i8 %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. to i64
  %28 = add i64 %27, %_13.26
  %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. = load volatile i8, ptr %buf.sroa.57, align 1
  %_13.27 = zext i8 %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. to i64
  %29 = add i64 %28, %_13.27
  %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. = load volatile i8, ptr %buf.sroa.59, align 1
  %_13.28 = zext i8 %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. to i64
  %30 = add i64 %29, %_13.28
  %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. = load volatile i8, ptr %buf.sroa.61, align 1
  %_13.29 = zext i8 %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. to i64
  %31 = add i64 %30, %_13.29
  %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. = load volatile i8, ptr %buf.sroa.63, align 1
  %_13.30 = zext i8 %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. to i64
  %32 = add i64 %31, %_13.30
  %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. = load volatile i8, ptr %buf.sroa.65, align 1
  %_13.31 = zext i8 %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. to i64
  %33 = add i64 %32, %_13.31
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.65)
  ret i64 %33
}

; deep_chain::level3
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level317hbbded57988372d14E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  %buf.sroa.35 = alloca i8, align 1
  %buf.sroa.37 = alloca i8, align 1
  %buf.sroa.39 = alloca i8, align 1
  %buf.sroa.41 = alloca i8, align 1
  %buf.sroa.43 = alloca i8, align 1
  %buf.sroa.45 = alloca i8, align 1
  %buf.sroa.47 = alloca i8, align 1
  %buf.sroa.49 = alloca i8, align 1
  %buf.sroa.51 = alloca i8, align 1
  %buf.sroa.53 = alloca i8, align 1
  %buf.sroa.55 = alloca i8, align 1
  %buf.sroa.57 = alloca i8, align 1
  %buf.sroa.59 = alloca i8, align 1
  %buf.sroa.61 = alloca i8, align 1
  %buf.sroa.63 = alloca i8, align 1
  %buf.sroa.65 = alloca i8, align 1
  %buf.sroa.67 = alloca i8, align 1
  %buf.sroa.69 = alloca i8, align 1
  %buf.sroa.71 = alloca i8, align 1
  %buf.sroa.73 = alloca i8, align 1
  %buf.sroa.75 = alloca i8, align 1
  %buf.sroa.77 = alloca i8, align 1
  %buf.sroa.79 = alloca i8, align 1
  %buf.sroa.81 = alloca i8, align 1
  %buf.sroa.83 = alloca i8, align 1
  %buf.sroa.85 = alloca i8, align 1
  %buf.sroa.87 = alloca i8, align 1
  %buf.sroa.89 = alloca i8, align 1
  %buf.sroa.91 = alloca i8, align 1
  %buf.sroa.93 = alloca i8, align 1
  %buf.sroa.95 = alloca i8, align 1
  %buf.sroa.97 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.97)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 3
  store volatile i8 %v, ptr %buf.sroa.0, align 1
  store volatile i8 %v, ptr %buf.sroa.5, align 1
  store volatile i8 %v, ptr %buf.sroa.7, align 1
  store volatile i8 %v, ptr %buf.sroa.9, align 1
  store volatile i8 %v, ptr %buf.sroa.11, align 1
  store volatile i8 %v, ptr %buf.sroa.13, align 1
  store volatile i8 %v, ptr %buf.sroa.15, align 1
  store volatile i8 %v, ptr %buf.sroa.17, align 1
  store volatile i8 %v, ptr %buf.sroa.19, align 1
  store volatile i8 %v, ptr %buf.sroa.21, align 1
  store volatile i8 %v, ptr %buf.sroa.23, align 1
  store volatile i8 %v, ptr %buf.sroa.25, align 1
  store volatile i8 %v, ptr %buf.sroa.27, align 1
  store volatile i8 %v, ptr %buf.sroa.29, align 1
  store volatile i8 %v, ptr %buf.sroa.31, align 1
  store volatile i8 %v, ptr %buf.sroa.33, align 1
  store volatile i8 %v, ptr %buf.sroa.35, align 1
  store volatile i8 %v, ptr %buf.sroa.37, align 1
  store volatile i8 %v, ptr %buf.sroa.39, align 1
  store volatile i8 %v, ptr %buf.sroa.41, align 1
  store volatile i8 %v, ptr %buf.sroa.43, align 1
  store volatile i8 %v, ptr %buf.sroa.45, align 1
  store volatile i8 %v, ptr %buf.sroa.47, align 1
  store volatile i8 %v, ptr %buf.sroa.49, align 1
  store volatile i8 %v, ptr %buf.sroa.51, align 1
  store volatile i8 %v, ptr %buf.sroa.53, align 1
  store volatile i8 %v, ptr %buf.sroa.55, align 1
  store volatile i8 %v, ptr %buf.sroa.57, align 1
  store volatile i8 %v, ptr %buf.sroa.59, align 1
  store volatile i8 %v, ptr %buf.sroa.61, align 1
  store volatile i8 %v, ptr %buf.sroa.63, align 1
  store volatile i8 %v, ptr %buf.sroa.65, align 1
  store volatile i8 %v, ptr %buf.sroa.67, align 1
  store volatile i8 %v, ptr %buf.sroa.69, align 1
  store volatile i8 %v, ptr %buf.sroa.71, align 1
  store volatile i8 %v, ptr %buf.sroa.73, align 1
  store volatile i8 %v, ptr %buf.sroa.75, align 1
  store volatile i8 %v, ptr %buf.sroa.77, align 1
  store volatile i8 %v, ptr %buf.sroa.79, align 1
  store volatile i8 %v, ptr %buf.sroa.81, align 1
  store volatile i8 %v, ptr %buf.sroa.83, align 1
  store volatile i8 %v, ptr %buf.sroa.85, align 1
  store volatile i8 %v, ptr %buf.sroa.87, align 1
  store volatile i8 %v, ptr %buf.sroa.89, align 1
  store volatile i8 %v, ptr %buf.sroa.91, align 1
  store volatile i8 %v, ptr %buf.sroa.93, align 1
  store volatile i8 %v, ptr %buf.sroa.95, align 1
  store volatile i8 %v, ptr %buf.sroa.97, align 1
; call deep_chain::level4
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level417hf16f90c7e4d8f0caE(i64 noundef %seed) #4
  %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, ptr %buf.sroa.0, align 1
  %_13 = zext i8 %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_13
  %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, ptr %buf.sroa.5, align 1
  %_13.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_13.1
  %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, ptr %buf.sroa.7, align 1
  %_13.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_13.2
  %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, ptr %buf.sroa.9, align 1
  %_13.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_13.3
  %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, ptr %buf.sroa.11, align 1
  %_13.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_13.4
  %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, ptr %buf.sroa.13, align 1
  %_13.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_13.5
  %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, ptr %buf.sroa.15, align 1
  %_13.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_13.6
  %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, ptr %buf.sroa.17, align 1
  %_13.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_13.7
  %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, ptr %buf.sroa.19, align 1
  %_13.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_13.8
  %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, ptr %buf.sroa.21, align 1
  %_13.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_13.9
  %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, ptr %buf.sroa.23, align 1
  %_13.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_13.10
  %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, ptr %buf.sroa.25, align 1
  %_13.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_13.11
  %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, ptr %buf.sroa.27, align 1
  %_13.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_13.12
  %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, ptr %buf.sroa.29, align 1
  %_13.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_13.13
  %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, ptr %buf.sroa.31, align 1
  %_13.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_13.14
  %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, ptr %buf.sroa.33, align 1
  %_13.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_13.15
  %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. = load volatile i8, ptr %buf.sroa.35, align 1
  %_13.16 = zext i8 %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. to i64
  %18 = add i64 %17, %_13.16
  %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. = load volatile i8, ptr %buf.sroa.37, align 1
  %_13.17 = zext i8 %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. to i64
  %19 = add i64 %18, %_13.17
  %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. = load volatile i8, ptr %buf.sroa.39, align 1
  %_13.18 = zext i8 %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. to i64
  %20 = add i64 %19, %_13.18
  %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. = load volatile i8, ptr %buf.sroa.41, align 1
  %_13.19 = zext i8 %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. to i64
  %21 = add i64 %20, %_13.19
  %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. = load volatile i8, ptr %buf.sroa.43, align 1
  %_13.20 = zext i8 %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. to i64
  %22 = add i64 %21, %_13.20
  %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. = load volatile i8, ptr %buf.sroa.45, align 1
  %_13.21 = zext i8 %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. to i64
  %23 = add i64 %22, %_13.21
  %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. = load volatile i8, ptr %buf.sroa.47, align 1
  %_13.22 = zext i8 %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. to i64
  %24 = add i64 %23, %_13.22
  %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. = load volatile i8, ptr %buf.sroa.49, align 1
  %_13.23 = zext i8 %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. to i64
  %25 = add i64 %24, %_13.23
  %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. = load volatile i8, ptr %buf.sroa.51, align 1
  %_13.24 = zext i8 %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. to i64
  %26 = add i64 %25, %_13.24
  %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. = load volatile i8, ptr %buf.sroa.53, align 1
  %_13.25 = zext i8 %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. to i64
  %27 = add i64 %26, %_13.25
  %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. = load volatile i8, ptr %buf.sroa.55, align 1
  %_13.26 = zext i8 %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. to i64
  %28 = add i64 %27, %_13.26
  %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. = load volatile i8, ptr %buf.sroa.57, align 1
  %_13.27 = zext i8 %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. to i64
  %29 = add i64 %28, %_13.27
  %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. = load volatile i8, ptr %buf.sroa.59, align 1
  %_13.28 = zext i8 %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. to i64
  %30 = add i64 %29, %_13.28
  %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. = load volatile i8, ptr %buf.sroa.61, align 1
  %_13.29 = zext i8 %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. to i64
  %31 = add i64 %30, %_13.29
  %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. = load volatile i8, ptr %buf.sroa.63, align 1
  %_13.30 = zext i8 %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. to i64
  %32 = add i64 %31, %_13.30
  %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. = load volatile i8, ptr %buf.sroa.65, align 1
  %_13.31 = zext i8 %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. to i64
  %33 = add i64 %32, %_13.31
  %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. = load volatile i8, ptr %buf.sroa.67, align 1
  %_13.32 = zext i8 %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. to i64
  %34 = add i64 %33, %_13.32
  %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. = load volatile i8, ptr %buf.sroa.69, align 1
  %_13.33 = zext i8 %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. to i64
  %35 = add i64 %34, %_13.33
  %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. = load volatile i8, ptr %buf.sroa.71, align 1
  %_13.34 = zext i8 %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. to i64
  %36 = add i64 %35, %_13.34
  %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. = load volatile i8, ptr %buf.sroa.73, align 1
  %_13.35 = zext i8 %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. to i64
  %37 = add i64 %36, %_13.35
  %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. = load volatile i8, ptr %buf.sroa.75, align 1
  %_13.36 = zext i8 %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. to i64
  %38 = add i64 %37, %_13.36
  %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. = load volatile i8, ptr %buf.sroa.77, align 1
  %_13.37 = zext i8 %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. to i64
  %39 = add i64 %38, %_13.37
  %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. = load volatile i8, ptr %buf.sroa.79, align 1
  %_13.38 = zext i8 %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. to i64
  %40 = add i64 %39, %_13.38
  %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. = load volatile i8, ptr %buf.sroa.81, align 1
  %_13.39 = zext i8 %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. to i64
  %41 = add i64 %40, %_13.39
  %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. = load volatile i8, ptr %buf.sroa.83, align 1
  %_13.40 = zext i8 %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. to i64
  %42 = add i64 %41, %_13.40
  %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. = load volatile i8, ptr %buf.sroa.85, align 1
  %_13.41 = zext i8 %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. to i64
  %43 = add i64 %42, %_13.41
  %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. = load volatile i8, ptr %buf.sroa.87, align 1
  %_13.42 = zext i8 %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. to i64
  %44 = add i64 %43, %_13.42
  %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. = load volatile i8, ptr %buf.sroa.89, align 1
  %_13.43 = zext i8 %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. to i64
  %45 = add i64 %44, %_13.43
  %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. = load volatile i8, ptr %buf.sroa.91, align 1
  %_13.44 = zext i8 %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. to i64
  %46 = add i64 %45, %_13.44
  %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. = load volatile i8, ptr %buf.sroa.93, align 1
  %_13.45 = zext i8 %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. to i64
  %47 = add i64 %46, %_13.45
  %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. = load volatile i8, ptr %buf.sroa.95, align 1
  %_13.46 = zext i8 %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. to i64
  %48 = add i64 %47, %_13.46
  %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. = load volatile i8, ptr %buf.sroa.97, align 1
  %_13.47 = zext i8 %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. to i64
  %49 = add i64 %48, %_13.47
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.97)
  ret i64 %49
}

; deep_chain::level4
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level417hf16f90c7e4d8f0caE(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  %buf.sroa.35 = alloca i8, align 1
  %buf.sroa.37 = alloca i8, align 1
  %buf.sroa.39 = alloca i8, align 1
  %buf.sroa.41 = alloca i8, align 1
  %buf.sroa.43 = alloca i8, align 1
  %buf.sroa.45 = alloca i8, align 1
  %buf.sroa.47 = alloca i8, align 1
  %buf.sroa.49 = alloca i8, align 1
  %buf.sroa.51 = alloca i8, align 1
  %buf.sroa.53 = alloca i8, align 1
  %buf.sroa.55 = alloca i8, align 1
  %buf.sroa.57 = alloca i8, align 1
  %buf.sroa.59 = alloca i8, align 1
  %buf.sroa.61 = alloca i8, align 1
  %buf.sroa.63 = alloca i8, align 1
  %buf.sroa.65 = alloca i8, align 1
  %buf.sroa.67 = alloca i8, align 1
  %buf.sroa.69 = alloca i8, align 1
  %buf.sroa.71 = alloca i8, align 1
  %buf.sroa.73 = alloca i8, align 1
  %buf.sroa.75 = alloca i8, align 1
  %buf.sroa.77 = alloca i8, align 1
  %buf.sroa.79 = alloca i8, align 1
  %buf.sroa.81 = alloca i8, align 1
  %buf.sroa.83 = alloca i8, align 1
  %buf.sroa.85 = alloca i8, align 1
  %buf.sroa.87 = alloca i8, align 1
  %buf.sroa.89 = alloca i8, align 1
  %buf.sroa.91 = alloca i8, align 1
  %buf.sroa.93 = alloca i8, align 1
  %buf.sroa.95 = alloca i8, align 1
  %buf.sroa.97 = alloca i8, align 1
  %buf.sroa.99 = alloca i8, align 1
  %buf.sroa.101 = alloca i8, align 1
  %buf.sroa.103 = alloca i8, align 1
  %buf.sroa.105 = alloca i8, align 1
  %buf.sroa.107 = alloca i8, align 1
  %buf.sroa.109 = alloca i8, align 1
  %buf.sroa.111 = alloca i8, align 1
  %buf.sroa.113 = alloca i8, align 1
  %buf.sroa.115 = alloca i8, align 1
  %buf.sroa.117 = alloca i8, align 1
  %buf.sroa.119 = alloca i8, align 1
  %buf.sroa.121 = alloca i8, align 1
  %buf.sroa.123 = alloca i8, align 1
  %buf.sroa.125 = alloca i8, align 1
  %buf.sroa.127 = alloca i8, align 1
  %buf.sroa.129 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.97)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.99)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.101)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.103)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.105)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.107)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.109)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.111)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.113)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.115)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.117)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.119)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.121)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.123)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.125)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.127)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.129)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 4
  store volatile i8 %v, ptr %buf.sroa.0, align 1
  store volatile i8 %v, ptr %buf.sroa.5, align 1
  store volatile i8 %v, ptr %buf.sroa.7, align 1
  store volatile i8 %v, ptr %buf.sroa.9, align 1
  store volatile i8 %v, ptr %buf.sroa.11, align 1
  store volatile i8 %v, ptr %buf.sroa.13, align 1
  store volatile i8 %v, ptr %buf.sroa.15, align 1
  store volatile i8 %v, ptr %buf.sroa.17, align 1
  store volatile i8 %v, ptr %buf.sroa.19, align 1
  store volatile i8 %v, ptr %buf.sroa.21, align 1
  store volatile i8 %v, ptr %buf.sroa.23, align 1
  store volatile i8 %v, ptr %buf.sroa.25, align 1
  store volatile i8 %v, ptr %buf.sroa.27, align 1
  store volatile i8 %v, ptr %buf.sroa.29, align 1
  store volatile i8 %v, ptr %buf.sroa.31, align 1
  store volatile i8 %v, ptr %buf.sroa.33, align 1
  store volatile i8 %v, ptr %buf.sroa.35, align 1
  store volatile i8 %v, ptr %buf.sroa.37, align 1
  store volatile i8 %v, ptr %buf.sroa.39, align 1
  store volatile i8 %v, ptr %buf.sroa.41, align 1
  store volatile i8 %v, ptr %buf.sroa.43, align 1
  store volatile i8 %v, ptr %buf.sroa.45, align 1
  store volatile i8 %v, ptr %buf.sroa.47, align 1
  store volatile i8 %v, ptr %buf.sroa.49, align 1
  store volatile i8 %v, ptr %buf.sroa.51, align 1
  store volatile i8 %v, ptr %buf.sroa.53, align 1
  store volatile i8 %v, ptr %buf.sroa.55, align 1
  store volatile i8 %v, ptr %buf.sroa.57, align 1
  store volatile i8 %v, ptr %buf.sroa.59, align 1
  store volatile i8 %v, ptr %buf.sroa.61, align 1
  store volatile i8 %v, ptr %buf.sroa.63, align 1
  store volatile i8 %v, ptr %buf.sroa.65, align 1
  store volatile i8 %v, ptr %buf.sroa.67, align 1
  store volatile i8 %v, ptr %buf.sroa.69, align 1
  store volatile i8 %v, ptr %buf.sroa.71, align 1
  store volatile i8 %v, ptr %buf.sroa.73, align 1
  store volatile i8 %v, ptr %buf.sroa.75, align 1
  store volatile i8 %v, ptr %buf.sroa.77, align 1
  store volatile i8 %v, ptr %buf.sroa.79, align 1
  store volatile i8 %v, ptr %buf.sroa.81, align 1
  store volatile i8 %v, ptr %buf.sroa.83, align 1
  store volatile i8 %v, ptr %buf.sroa.85, align 1
  store volatile i8 %v, ptr %buf.sroa.87, align 1
  store volatile i8 %v, ptr %buf.sroa.89, align 1
  store volatile i8 %v, ptr %buf.sroa.91, align 1
  store volatile i8 %v, ptr %buf.sroa.93, align 1
  store volatile i8 %v, ptr %buf.sroa.95, align 1
  store volatile i8 %v, ptr %buf.sroa.97, align 1
  store volatile i8 %v, ptr %buf.sroa.99, align 1
  store volatile i8 %v, ptr %buf.sroa.101, align 1
  store volatile i8 %v, ptr %buf.sroa.103, align 1
  store volatile i8 %v, ptr %buf.sroa.105, align 1
  store volatile i8 %v, ptr %buf.sroa.107, align 1
  store volatile i8 %v, ptr %buf.sroa.109, align 1
  store volatile i8 %v, ptr %buf.sroa.111, align 1
  store volatile i8 %v, ptr %buf.sroa.113, align 1
  store volatile i8 %v, ptr %buf.sroa.115, align 1
  store volatile i8 %v, ptr %buf.sroa.117, align 1
  store volatile i8 %v, ptr %buf.sroa.119, align 1
  store volatile i8 %v, ptr %buf.sroa.121, align 1
  store volatile i8 %v, ptr %buf.sroa.123, align 1
  store volatile i8 %v, ptr %buf.sroa.125, align 1
  store volatile i8 %v, ptr %buf.sroa.127, align 1
  store volatile i8 %v, ptr %buf.sroa.129, align 1
; call deep_chain::level5
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level517hbc54aa7bc55e72e3E(i64 noundef %seed) #4
  %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, ptr %buf.sroa.0, align 1
  %_13 = zext i8 %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_13
  %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, ptr %buf.sroa.5, align 1
  %_13.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_13.1
  %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, ptr %buf.sroa.7, align 1
  %_13.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_13.2
  %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, ptr %buf.sroa.9, align 1
  %_13.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_13.3
  %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, ptr %buf.sroa.11, align 1
  %_13.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_13.4
  %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, ptr %buf.sroa.13, align 1
  %_13.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_13.5
  %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, ptr %buf.sroa.15, align 1
  %_13.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_13.6
  %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, ptr %buf.sroa.17, align 1
  %_13.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_13.7
  %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, ptr %buf.sroa.19, align 1
  %_13.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_13.8
  %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, ptr %buf.sroa.21, align 1
  %_13.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_13.9
  %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, ptr %buf.sroa.23, align 1
  %_13.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_13.10
  %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, ptr %buf.sroa.25, align 1
  %_13.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_13.11
  %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, ptr %buf.sroa.27, align 1
  %_13.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_13.12
  %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, ptr %buf.sroa.29, align 1
  %_13.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_13.13
  %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, ptr %buf.sroa.31, align 1
  %_13.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_13.14
  %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, ptr %buf.sroa.33, align 1
  %_13.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_13.15
  %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. = load volatile i8, ptr %buf.sroa.35, align 1
  %_13.16 = zext i8 %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. to i64
  %18 = add i64 %17, %_13.16
  %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. = load volatile i8, ptr %buf.sroa.37, align 1
  %_13.17 = zext i8 %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. to i64
  %19 = add i64 %18, %_13.17
  %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. = load volatile i8, ptr %buf.sroa.39, align 1
  %_13.18 = zext i8 %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. to i64
  %20 = add i64 %19, %_13.18
  %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. = load volatile i8, ptr %buf.sroa.41, align 1
  %_13.19 = zext i8 %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. to i64
  %21 = add i64 %20, %_13.19
  %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. = load volatile i8, ptr %buf.sroa.43, align 1
  %_13.20 = zext i8 %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. to i64
  %22 = add i64 %21, %_13.20
  %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. = load volatile i8, ptr %buf.sroa.45, align 1
  %_13.21 = zext i8 %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. to i64
  %23 = add i64 %22, %_13.21
  %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. = load volatile i8, ptr %buf.sroa.47, align 1
  %_13.22 = zext i8 %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. to i64
  %24 = add i64 %23, %_13.22
  %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. = load volatile i8, ptr %buf.sroa.49, align 1
  %_13.23 = zext i8 %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. to i64
  %25 = add i64 %24, %_13.23
  %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. = load volatile i8, ptr %buf.sroa.51, align 1
  %_13.24 = zext i8 %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. to i64
  %26 = add i64 %25, %_13.24
  %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. = load volatile i8, ptr %buf.sroa.53, align 1
  %_13.25 = zext i8 %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. to i64
  %27 = add i64 %26, %_13.25
  %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. = load volatile i8, ptr %buf.sroa.55, align 1
  %_13.26 = zext i8 %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. to i64
  %28 = add i64 %27, %_13.26
  %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. = load volatile i8, ptr %buf.sroa.57, align 1
  %_13.27 = zext i8 %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. to i64
  %29 = add i64 %28, %_13.27
  %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. = load volatile i8, ptr %buf.sroa.59, align 1
  %_13.28 = zext i8 %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. to i64
  %30 = add i64 %29, %_13.28
  %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. = load volatile i8, ptr %buf.sroa.61, align 1
  %_13.29 = zext i8 %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. to i64
  %31 = add i64 %30, %_13.29
  %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. = load volatile i8, ptr %buf.sroa.63, align 1
  %_13.30 = zext i8 %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. to i64
  %32 = add i64 %31, %_13.30
  %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. = load volatile i8, ptr %buf.sroa.65, align 1
  %_13.31 = zext i8 %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. to i64
  %33 = add i64 %32, %_13.31
  %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. = load volatile i8, ptr %buf.sroa.67, align 1
  %_13.32 = zext i8 %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. to i64
  %34 = add i64 %33, %_13.32
  %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. = load volatile i8, ptr %buf.sroa.69, align 1
  %_13.33 = zext i8 %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. to i64
  %35 = add i64 %34, %_13.33
  %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. = load volatile i8, ptr %buf.sroa.71, align 1
  %_13.34 = zext i8 %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. to i64
  %36 = add i64 %35, %_13.34
  %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. = load volatile i8, ptr %buf.sroa.73, align 1
  %_13.35 = zext i8 %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. to i64
  %37 = add i64 %36, %_13.35
  %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. = load volatile i8, ptr %buf.sroa.75, align 1
  %_13.36 = zext i8 %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. to i64
  %38 = add i64 %37, %_13.36
  %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. = load volatile i8, ptr %buf.sroa.77, align 1
  %_13.37 = zext i8 %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. to i64
  %39 = add i64 %38, %_13.37
  %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. = load volatile i8, ptr %buf.sroa.79, align 1
  %_13.38 = zext i8 %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. to i64
  %40 = add i64 %39, %_13.38
  %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. = load volatile i8, ptr %buf.sroa.81, align 1
  %_13.39 = zext i8 %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. to i64
  %41 = add i64 %40, %_13.39
  %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. = load volatile i8, ptr %buf.sroa.83, align 1
  %_13.40 = zext i8 %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. to i64
  %42 = add i64 %41, %_13.40
  %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. = load volatile i8, ptr %buf.sroa.85, align 1
  %_13.41 = zext i8 %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. to i64
  %43 = add i64 %42, %_13.41
  %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. = load volatile i8, ptr %buf.sroa.87, align 1
  %_13.42 = zext i8 %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. to i64
  %44 = add i64 %43, %_13.42
  %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. = load volatile i8, ptr %buf.sroa.89, align 1
  %_13.43 = zext i8 %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. to i64
  %45 = add i64 %44, %_13.43
  %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. = load volatile i8, ptr %buf.sroa.91, align 1
  %_13.44 = zext i8 %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. to i64
  %46 = add i64 %45, %_13.44
  %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. = load volatile i8, ptr %buf.sroa.93, align 1
  %_13.45 = zext i8 %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. to i64
  %47 = add i64 %46, %_13.45
  %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. = load volatile i8, ptr %buf.sroa.95, align 1
  %_13.46 = zext i8 %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. to i64
  %48 = add i64 %47, %_13.46
  %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. = load volatile i8, ptr %buf.sroa.97, align 1
  %_13.47 = zext i8 %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. to i64
  %49 = add i64 %48, %_13.47
  %buf.sroa.99.0.buf.sroa.99.0.buf.sroa.99.48. = load volatile i8, ptr %buf.sroa.99, align 1
  %_13.48 = zext i8 %buf.sroa.99.0.buf.sroa.99.0.buf.sroa.99.48. to i64
  %50 = add i64 %49, %_13.48
  %buf.sroa.101.0.buf.sroa.101.0.buf.sroa.101.49. = load volatile i8, ptr %buf.sroa.101, align 1
  %_13.49 = zext i8 %buf.sroa.101.0.buf.sroa.101.0.buf.sroa.101.49. to i64
  %51 = add i64 %50, %_13.49
  %buf.sroa.103.0.buf.sroa.103.0.buf.sroa.103.50. = load volatile i8, ptr %buf.sroa.103, align 1
  %_13.50 = zext i8 %buf.sroa.103.0.buf.sroa.103.0.buf.sroa.103.50. to i64
  %52 = add i64 %51, %_13.50
  %buf.sroa.105.0.buf.sroa.105.0.buf.sroa.105.51. = load volatile i8, ptr %buf.sroa.105, align 1
  %_13.51 = zext i8 %buf.sroa.105.0.buf.sroa.105.0.buf.sroa.105.51. to i64
  %53 = add i64 %52, %_13.51
  %buf.sroa.107.0.buf.sroa.107.0.buf.sroa.107.52. = load volatile i8, ptr %buf.sroa.107, align 1
  %_13.52 = zext i8 %buf.sroa.107.0.buf.sroa.107.0.buf.sroa.107.52. to i64
  %54 = add i64 %53, %_13.52
  %buf.sroa.109.0.buf.sroa.109.0.buf.sroa.109.53. = load volatile i8, ptr %buf.sroa.109, align 1
  %_13.53 = zext i8 %buf.sroa.109.0.buf.sroa.109.0.buf.sroa.109.53. to i64
  %55 = add i64 %54, %_13.53
  %buf.sroa.111.0.buf.sroa.111.0.buf.sroa.111.54. = load volatile i8, ptr %buf.sroa.111, align 1
  %_13.54 = zext i8 %buf.sroa.111.0.buf.sroa.111.0.buf.sroa.111.54. to i64
  %56 = add i64 %55, %_13.54
  %buf.sroa.113.0.buf.sroa.113.0.buf.sroa.113.55. = load volatile i8, ptr %buf.sroa.113, align 1
  %_13.55 = zext i8 %buf.sroa.113.0.buf.sroa.113.0.buf.sroa.113.55. to i64
  %57 = add i64 %56, %_13.55
  %buf.sroa.115.0.buf.sroa.115.0.buf.sroa.115.56. = load volatile i8, ptr %buf.sroa.115, align 1
  %_13.56 = zext i8 %buf.sroa.115.0.buf.sroa.115.0.buf.sroa.115.56. to i64
  %58 = add i64 %57, %_13.56
  %buf.sroa.117.0.buf.sroa.117.0.buf.sroa.117.57. = load volatile i8, ptr %buf.sroa.117, align 1
  %_13.57 = zext i8 %buf.sroa.117.0.buf.sroa.117.0.buf.sroa.117.57. to i64
  %59 = add i64 %58, %_13.57
  %buf.sroa.119.0.buf.sroa.119.0.buf.sroa.119.58. = load volatile i8, ptr %buf.sroa.119, align 1
  %_13.58 = zext i8 %buf.sroa.119.0.buf.sroa.119.0.buf.sroa.119.58. to i64
  %60 = add i64 %59, %_13.58
  %buf.sroa.121.0.buf.sroa.121.0.buf.sroa.121.59. = load volatile i8, ptr %buf.sroa.121, align 1
  %_13.59 = zext i8 %buf.sroa.121.0.buf.sroa.121.0.buf.sroa.121.59. to i64
  %61 = add i64 %60, %_13.59
  %buf.sroa.123.0.buf.sroa.123.0.buf.sroa.123.60. = load volatile i8, ptr %buf.sroa.123, align 1
  %_13.60 = zext i8 %buf.sroa.123.0.buf.sroa.123.0.buf.sroa.123.60. to i64
  %62 = add i64 %61, %_13.60
  %buf.sroa.125.0.buf.sroa.125.0.buf.sroa.125.61. = load volatile i8, ptr %buf.sroa.125, align 1
  %_13.61 = zext i8 %buf.sroa.125.0.buf.sroa.125.0.buf.sroa.125.61. to i64
  %63 = add i64 %62, %_13.61
  %buf.sroa.127.0.buf.sroa.127.0.buf.sroa.127.62. = load volatile i8, ptr %buf.sroa.127, align 1
  %_13.62 = zext i8 %buf.sroa.127.0.buf.sroa.127.0.buf.sroa.127.62. to i64
  %64 = add i64 %63, %_13.62
  %buf.sroa.129.0.buf.sroa.129.0.buf.sroa.129.63. = load volatile i8, ptr %buf.sroa.129, align 1
  %_13.63 = zext i8 %buf.sroa.129.0.buf.sroa.129.0.buf.sroa.129.63. to i64
  %65 = add i64 %64, %_13.63
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.97)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.99)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.101)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.103)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.105)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.107)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.109)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.111)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.113)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.115)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.117)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.119)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.121)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.123)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.125)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.127)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.129)
  ret i64 %65
}

; deep_chain::level5
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level517hbc54aa7bc55e72e3E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  %buf.sroa.35 = alloca i8, align 1
  %buf.sroa.37 = alloca i8, align 1
  %buf.sroa.39 = alloca i8, align 1
  %buf.sroa.41 = alloca i8, align 1
  %buf.sroa.43 = alloca i8, align 1
  %buf.sroa.45 = alloca i8, align 1
  %buf.sroa.47 = alloca i8, align 1
  %buf.sroa.49 = alloca i8, align 1
  %buf.sroa.51 = alloca i8, align 1
  %buf.sroa.53 = alloca i8, align 1
  %buf.sroa.55 = alloca i8, align 1
  %buf.sroa.57 = alloca i8, align 1
  %buf.sroa.59 = alloca i8, align 1
  %buf.sroa.61 = alloca i8, align 1
  %buf.sroa.63 = alloca i8, align 1
  %buf.sroa.65 = alloca i8, align 1
  %buf.sroa.67 = alloca i8, align 1
  %buf.sroa.69 = alloca i8, align 1
  %buf.sroa.71 = alloca i8, align 1
  %buf.sroa.73 = alloca i8, align 1
  %buf.sroa.75 = alloca i8, align 1
  %buf.sroa.77 = alloca i8, align 1
  %buf.sroa.79 = alloca i8, align 1
  %buf.sroa.81 = alloca i8, align 1
  %buf.sroa.83 = alloca i8, align 1
  %buf.sroa.85 = alloca i8, align 1
  %buf.sroa.87 = alloca i8, align 1
  %buf.sroa.89 = alloca i8, align 1
  %buf.sroa.91 = alloca i8, align 1
  %buf.sroa.93 = alloca i8, align 1
  %buf.sroa.95 = alloca i8, align 1
  %buf.sroa.97 = alloca i8, align 1
  %buf.sroa.99 = alloca i8, align 1
  %buf.sroa.101 = alloca i8, align 1
  %buf.sroa.103 = alloca i8, align 1
  %buf.sroa.105 = alloca i8, align 1
  %buf.sroa.107 = alloca i8, align 1
  %buf.sroa.109 = alloca i8, align 1
  %buf.sroa.111 = alloca i8, align 1
  %buf.sroa.113 = alloca i8, align 1
  %buf.sroa.115 = alloca i8, align 1
  %buf.sroa.117 = alloca i8, align 1
  %buf.sroa.119 = alloca i8, align 1
  %buf.sroa.121 = alloca i8, align 1
  %buf.sroa.123 = alloca i8, align 1
  %buf.sroa.125 = alloca i8, align 1
  %buf.sroa.127 = alloca i8, align 1
  %buf.sroa.129 = alloca i8, align 1
  %buf.sroa.131 = alloca i8, align 1
  %buf.sroa.133 = alloca i8, align 1
  %buf.sroa.135 = alloca i8, align 1
  %buf.sroa.137 = alloca i8, align 1
  %buf.sroa.139 = alloca i8, align 1
  %buf.sroa.141 = alloca i8, align 1
  %buf.sroa.143 = alloca i8, align 1
  %buf.sroa.145 = alloca i8, align 1
  %buf.sroa.147 = alloca i8, align 1
  %buf.sroa.149 = alloca i8, align 1
  %buf.sroa.151 = alloca i8, align 1
  %buf.sroa.153 = alloca i8, align 1
  %buf.sroa.155 = alloca i8, align 1
  %buf.sroa.157 = alloca i8, align 1
  %buf.sroa.159 = alloca i8, align 1
  %buf.sroa.161 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.97)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.99)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.101)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.103)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.105)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.107)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.109)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.111)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.113)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.115)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.117)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.119)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.121)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.123)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.125)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.127)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.129)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.131)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.133)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.135)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.137)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.139)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.141)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.143)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.145)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.147)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.149)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.151)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.153)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.155)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.157)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.159)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.161)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 5
  store volatile i8 %v, ptr %buf.sroa.0, align 1
  store volatile i8 %v, ptr %buf.sroa.5, align 1
  store volatile i8 %v, ptr %buf.sroa.7, align 1
  store volatile i8 %v, ptr %buf.sroa.9, align 1
  store volatile i8 %v, ptr %buf.sroa.11, align 1
  store volatile i8 %v, ptr %buf.sroa.13, align 1
  store volatile i8 %v, ptr %buf.sroa.15, align 1
  store volatile i8 %v, ptr %buf.sroa.17, align 1
  store volatile i8 %v, ptr %buf.sroa.19, align 1
  store volatile i8 %v, ptr %buf.sroa.21, align 1
  store volatile i8 %v, ptr %buf.sroa.23, align 1
  store volatile i8 %v, ptr %buf.sroa.25, align 1
  store volatile i8 %v, ptr %buf.sroa.27, align 1
  store volatile i8 %v, ptr %buf.sroa.29, align 1
  store volatile i8 %v, ptr %buf.sroa.31, align 1
  store volatile i8 %v, ptr %buf.sroa.33, align 1
  store volatile i8 %v, ptr %buf.sroa.35, align 1
  store volatile i8 %v, ptr %buf.sroa.37, align 1
  store volatile i8 %v, ptr %buf.sroa.39, align 1
  store volatile i8 %v, ptr %buf.sroa.41, align 1
  store volatile i8 %v, ptr %buf.sroa.43, align 1
  store volatile i8 %v, ptr %buf.sroa.45, align 1
  store volatile i8 %v, ptr %buf.sroa.47, align 1
  store volatile i8 %v, ptr %buf.sroa.49, align 1
  store volatile i8 %v, ptr %buf.sroa.51, align 1
  store volatile i8 %v, ptr %buf.sroa.53, align 1
  store volatile i8 %v, ptr %buf.sroa.55, align 1
  store volatile i8 %v, ptr %buf.sroa.57, align 1
  store volatile i8 %v, ptr %buf.sroa.59, align 1
  store volatile i8 %v, ptr %buf.sroa.61, align 1
  store volatile i8 %v, ptr %buf.sroa.63, align 1
  store volatile i8 %v, ptr %buf.sroa.65, align 1
  store volatile i8 %v, ptr %buf.sroa.67, align 1
  store volatile i8 %v, ptr %buf.sroa.69, align 1
  store volatile i8 %v, ptr %buf.sroa.71, align 1
  store volatile i8 %v, ptr %buf.sroa.73, align 1
  store volatile i8 %v, ptr %buf.sroa.75, align 1
  store volatile i8 %v, ptr %buf.sroa.77, align 1
  store volatile i8 %v, ptr %buf.sroa.79, align 1
  store volatile i8 %v, ptr %buf.sroa.81, align 1
  store volatile i8 %v, ptr %buf.sroa.83, align 1
  store volatile i8 %v, ptr %buf.sroa.85, align 1
  store volatile i8 %v, ptr %buf.sroa.87, align 1
  store volatile i8 %v, ptr %buf.sroa.89, align 1
  store volatile i8 %v, ptr %buf.sroa.91, align 1
  store volatile i8 %v, ptr %buf.sroa.93, align 1
  store volatile i8 %v, ptr %buf.sroa.95, align 1
  store volatile i8 %v, ptr %buf.sroa.97, align 1
  store volatile i8 %v, ptr %buf.sroa.99, align 1
  store volatile i8 %v, ptr %buf.sroa.101, align 1
  store volatile i8 %v, ptr %buf.sroa.103, align 1
  store volatile i8 %v, ptr %buf.sroa.105, align 1
  store volatile i8 %v, ptr %buf.sroa.107, align 1
  store volatile i8 %v, ptr %buf.sroa.109, align 1
  store volatile i8 %v, ptr %buf.sroa.111, align 1
  store volatile i8 %v, ptr %buf.sroa.113, align 1
  store volatile i8 %v, ptr %buf.sroa.115, align 1
  store volatile i8 %v, ptr %buf.sroa.117, align 1
  store volatile i8 %v, ptr %buf.sroa.119, align 1
  store volatile i8 %v, ptr %buf.sroa.121, align 1
  store volatile i8 %v, ptr %buf.sroa.123, align 1
  store volatile i8 %v, ptr %buf.sroa.125, align 1
  store volatile i8 %v, ptr %buf.sroa.127, align 1
  store volatile i8 %v, ptr %buf.sroa.129, align 1
  store volatile i8 %v, ptr %buf.sroa.131, align 1
  store volatile i8 %v, ptr %buf.sroa.133, align 1
  store volatile i8 %v, ptr %buf.sroa.135, align 1
  store volatile i8 %v, ptr %buf.sroa.137, align 1
  store volatile i8 %v, ptr %buf.sroa.139, align 1
  store volatile i8 %v, ptr %buf.sroa.141, align 1
  store volatile i8 %v, ptr %buf.sroa.143, align 1
  store volatile i8 %v, ptr %buf.sroa.145, align 1
  store volatile i8 %v, ptr %buf.sroa.147, align 1
  store volatile i8 %v, ptr %buf.sroa.149, align 1
  store volatile i8 %v, ptr %buf.sroa.151, align 1
  store volatile i8 %v, ptr %buf.sroa.153, align 1
  store volatile i8 %v, ptr %buf.sroa.155, align 1
  store volatile i8 %v, ptr %buf.sroa.157, align 1
  store volatile i8 %v, ptr %buf.sroa.159, align 1
  store volatile i8 %v, ptr %buf.sroa.161, align 1
; call deep_chain::level6
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level617h325d564e5fb8c342E(i64 noundef %seed) #4
  %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, ptr %buf.sroa.0, align 1
  %_13 = zext i8 %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_13
  %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, ptr %buf.sroa.5, align 1
  %_13.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_13.1
  %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, ptr %buf.sroa.7, align 1
  %_13.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_13.2
  %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, ptr %buf.sroa.9, align 1
  %_13.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_13.3
  %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, ptr %buf.sroa.11, align 1
  %_13.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_13.4
  %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, ptr %buf.sroa.13, align 1
  %_13.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_13.5
  %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, ptr %buf.sroa.15, align 1
  %_13.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_13.6
  %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, ptr %buf.sroa.17, align 1
  %_13.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_13.7
  %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, ptr %buf.sroa.19, align 1
  %_13.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_13.8
  %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, ptr %buf.sroa.21, align 1
  %_13.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_13.9
  %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, ptr %buf.sroa.23, align 1
  %_13.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_13.10
  %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, ptr %buf.sroa.25, align 1
  %_13.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_13.11
  %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, ptr %buf.sroa.27, align 1
  %_13.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_13.12
  %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, ptr %buf.sroa.29, align 1
  %_13.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_13.13
  %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, ptr %buf.sroa.31, align 1
  %_13.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_13.14
  %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, ptr %buf.sroa.33, align 1
  %_13.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_13.15
  %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. = load volatile i8, ptr %buf.sroa.35, align 1
  %_13.16 = zext i8 %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. to i64
  %18 = add i64 %17, %_13.16
  %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. = load volatile i8, ptr %buf.sroa.37, align 1
  %_13.17 = zext i8 %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. to i64
  %19 = add i64 %18, %_13.17
  %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. = load volatile i8, ptr %buf.sroa.39, align 1
  %_13.18 = zext i8 %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. to i64
  %20 = add i64 %19, %_13.18
  %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. = load volatile i8, ptr %buf.sroa.41, align 1
  %_13.19 = zext i8 %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. to i64
  %21 = add i64 %20, %_13.19
  %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. = load volatile i8, ptr %buf.sroa.43, align 1
  %_13.20 = zext i8 %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. to i64
  %22 = add i64 %21, %_13.20
  %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. = load volatile i8, ptr %buf.sroa.45, align 1
  %_13.21 = zext i8 %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. to i64
  %23 = add i64 %22, %_13.21
  %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. = load volatile i8, ptr %buf.sroa.47, align 1
  %_13.22 = zext i8 %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. to i64
  %24 = add i64 %23, %_13.22
  %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. = load volatile i8, ptr %buf.sroa.49, align 1
  %_13.23 = zext i8 %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. to i64
  %25 = add i64 %24, %_13.23
  %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. = load volatile i8, ptr %buf.sroa.51, align 1
  %_13.24 = zext i8 %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. to i64
  %26 = add i64 %25, %_13.24
  %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. = load volatile i8, ptr %buf.sroa.53, align 1
  %_13.25 = zext i8 %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. to i64
  %27 = add i64 %26, %_13.25
  %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. = load volatile i8, ptr %buf.sroa.55, align 1
  %_13.26 = zext i8 %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. to i64
  %28 = add i64 %27, %_13.26
  %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. = load volatile i8, ptr %buf.sroa.57, align 1
  %_13.27 = zext i8 %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. to i64
  %29 = add i64 %28, %_13.27
  %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. = load volatile i8, ptr %buf.sroa.59, align 1
  %_13.28 = zext i8 %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. to i64
  %30 = add i64 %29, %_13.28
  %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. = load volatile i8, ptr %buf.sroa.61, align 1
  %_13.29 = zext i8 %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. to i64
  %31 = add i64 %30, %_13.29
  %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. = load volatile i8, ptr %buf.sroa.63, align 1
  %_13.30 = zext i8 %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. to i64
  %32 = add i64 %31, %_13.30
  %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. = load volatile i8, ptr %buf.sroa.65, align 1
  %_13.31 = zext i8 %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. to i64
  %33 = add i64 %32, %_13.31
  %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. = load volatile i8, ptr %buf.sroa.67, align 1
  %_13.32 = zext i8 %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. to i64
  %34 = add i64 %33, %_13.32
  %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. = load volatile i8, ptr %buf.sroa.69, align 1
  %_13.33 = zext i8 %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. to i64
  %35 = add i64 %34, %_13.33
  %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. = load volatile i8, ptr %buf.sroa.71, align 1
  %_13.34 = zext i8 %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. to i64
  %36 = add i64 %35, %_13.34
  %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. = load volatile i8, ptr %buf.sroa.73, align 1
  %_13.35 = zext i8 %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. to i64
  %37 = add i64 %36, %_13.35
  %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. = load volatile i8, ptr %buf.sroa.75, align 1
  %_13.36 = zext i8 %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. to i64
  %38 = add i64 %37, %_13.36
  %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. = load volatile i8, ptr %buf.sroa.77, align 1
  %_13.37 = zext i8 %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. to i64
  %39 = add i64 %38, %_13.37
  %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. = load volatile i8, ptr %buf.sroa.79, align 1
  %_13.38 = zext i8 %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. to i64
  %40 = add i64 %39, %_13.38
  %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. = load volatile i8, ptr %buf.sroa.81, align 1
  %_13.39 = zext i8 %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. to i64
  %41 = add i64 %40, %_13.39
  %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. = load volatile i8, ptr %buf.sroa.83, align 1
  %_13.40 = zext i8 %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. to i64
  %42 = add i64 %41, %_13.40
  %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. = load volatile i8, ptr %buf.sroa.85, align 1
  %_13.41 = zext i8 %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. to i64
  %43 = add i64 %42, %_13.41
  %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. = load volatile i8, ptr %buf.sroa.87, align 1
  %_13.42 = zext i8 %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. to i64
  %44 = add i64 %43, %_13.42
  %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. = load volatile i8, ptr %buf.sroa.89, align 1
  %_13.43 = zext i8 %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. to i64
  %45 = add i64 %44, %_13.43
  %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. = load volatile i8, ptr %buf.sroa.91, align 1
  %_13.44 = zext i8 %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. to i64
  %46 = add i64 %45, %_13.44
  %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. = load volatile i8, ptr %buf.sroa.93, align 1
  %_13.45 = zext i8 %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. to i64
  %47 = add i64 %46, %_13.45
  %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. = load volatile i8, ptr %buf.sroa.95, align 1
  %_13.46 = zext i8 %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. to i64
  %48 = add i64 %47, %_13.46
  %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. = load volatile i8, ptr %buf.sroa.97, align 1
  %_13.47 = zext i8 %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. to i64
  %49 = add i64 %48, %_13.47
  %buf.sroa.99.0.buf.sroa.99.0.buf.sroa.99.48. = load volatile i8, ptr %buf.sroa.99, align 1
  %_13.48 = zext i8 %buf.sroa.99.0.buf.sroa.99.0.buf.sroa.99.48. to i64
  %50 = add i64 %49, %_13.48
  %buf.sroa.101.0.buf.sroa.101.0.buf.sroa.101.49. = load volatile i8, ptr %buf.sroa.101, align 1
  %_13.49 = zext i8 %buf.sroa.101.0.buf.sroa.101.0.buf.sroa.101.49. to i64
  %51 = add i64 %50, %_13.49
  %buf.sroa.103.0.buf.sroa.103.0.buf.sroa.103.50. = load volatile i8, ptr %buf.sroa.103, align 1
  %_13.50 = zext i8 %buf.sroa.103.0.buf.sroa.103.0.buf.sroa.103.50. to i64
  %52 = add i64 %51, %_13.50
  %buf.sroa.105.0.buf.sroa.105.0.buf.sroa.105.51. = load volatile i8, ptr %buf.sroa.105, align 1
  %_13.51 = zext i8 %buf.sroa.105.0.buf.sroa.105.0.buf.sroa.105.51. to i64
  %53 = add i64 %52, %_13.51
  %buf.sroa.107.0.buf.sroa.107.0.buf.sroa.107.52. = load volatile i8, ptr %buf.sroa.107, align 1
  %_13.52 = zext i8 %buf.sroa.107.0.buf.sroa.107.0.buf.sroa.107.52. to i64
  %54 = add i64 %53, %_13.52
  %buf.sroa.109.0.buf.sroa.109.0.buf.sroa.109.53. = load volatile i8, ptr %buf.sroa.109, align 1
  %_13.53 = zext i8 %buf.sroa.109.0.buf.sroa.109.0.buf.sroa.109.53. to i64
  %55 = add i64 %54, %_13.53
  %buf.sroa.111.0.buf.sroa.111.0.buf.sroa.111.54. = load volatile i8, ptr %buf.sroa.111, align 1
  %_13.54 = zext i8 %buf.sroa.111.0.buf.sroa.111.0.buf.sroa.111.54. to i64
  %56 = add i64 %55, %_13.54
  %buf.sroa.113.0.buf.sroa.113.0.buf.sroa.113.55. = load volatile i8, ptr %buf.sroa.113, align 1
  %_13.55 = zext i8 %buf.sroa.113.0.buf.sroa.113.0.buf.sroa.113.55. to i64
  %57 = add i64 %56, %_13.55
  %buf.sroa.115.0.buf.sroa.115.0.buf.sroa.115.56. = load volatile i8, ptr %buf.sroa.115, align 1
  %_13.56 = zext i8 %buf.sroa.115.0.buf.sroa.115.0.buf.sroa.115.56. to i64
  %58 = add i64 %57, %_13.56
  %buf.sroa.117.0.buf.sroa.117.0.buf.sroa.117.57. = load volatile i8, ptr %buf.sroa.117, align 1
  %_13.57 = zext i8 %buf.sroa.117.0.buf.sroa.117.0.buf.sroa.117.57. to i64
  %59 = add i64 %58, %_13.57
  %buf.sroa.119.0.buf.sroa.119.0.buf.sroa.119.58. = load volatile i8, ptr %buf.sroa.119, align 1
  %_13.58 = zext i8 %buf.sroa.119.0.buf.sroa.119.0.buf.sroa.119.58. to i64
  %60 = add i64 %59, %_13.58
  %buf.sroa.121.0.buf.sroa.121.0.buf.sroa.121.59. = load volatile i8, ptr %buf.sroa.121, align 1
  %_13.59 = zext i8 %buf.sroa.121.0.buf.sroa.121.0.buf.sroa.121.59. to i64
  %61 = add i64 %60, %_13.59
  %buf.sroa.123.0.buf.sroa.123.0.buf.sroa.123.60. = load volatile i8, ptr %buf.sroa.123, align 1
  %_13.60 = zext i8 %buf.sroa.123.0.buf.sroa.123.0.buf.sroa.123.60. to i64
  %62 = add i64 %61, %_13.60
  %buf.sroa.125.0.buf.sroa.125.0.buf.sroa.125.61. = load volatile i8, ptr %buf.sroa.125, align 1
  %_13.61 = zext i8 %buf.sroa.125.0.buf.sroa.125.0.buf.sroa.125.61. to i64
  %63 = add i64 %62, %_13.61
  %buf.sroa.127.0.buf.sroa.127.0.buf.sroa.127.62. = load volatile i8, ptr %buf.sroa.127, align 1
  %_13.62 = zext i8 %buf.sroa.127.0.buf.sroa.127.0.buf.sroa.127.62. to i64
  %64 = add i64 %63, %_13.62
  %buf.sroa.129.0.buf.sroa.129.0.buf.sroa.129.63. = load volatile i8, ptr %buf.sroa.129, align 1
  %_13.63 = zext i8 %buf.sroa.129.0.buf.sroa.129.0.buf.sroa.129.63. to i64
  %65 = add i64 %64, %_13.63
  %buf.sroa.131.0.buf.sroa.131.0.buf.sroa.131.64. = load volatile i8, ptr %buf.sroa.131, align 1
  %_13.64 = zext i8 %buf.sroa.131.0.buf.sroa.131.0.buf.sroa.131.64. to i64
  %66 = add i64 %65, %_13.64
  %buf.sroa.133.0.buf.sroa.133.0.buf.sroa.133.65. = load volatile i8, ptr %buf.sroa.133, align 1
  %_13.65 = zext i8 %buf.sroa.133.0.buf.sroa.133.0.buf.sroa.133.65. to i64
  %67 = add i64 %66, %_13.65
  %buf.sroa.135.0.buf.sroa.135.0.buf.sroa.135.66. = load volatile i8, ptr %buf.sroa.135, align 1
  %_13.66 = zext i8 %buf.sroa.135.0.buf.sroa.135.0.buf.sroa.135.66. to i64
  %68 = add i64 %67, %_13.66
  %buf.sroa.137.0.buf.sroa.137.0.buf.sroa.137.67. = load volatile i8, ptr %buf.sroa.137, align 1
  %_13.67 = zext i8 %buf.sroa.137.0.buf.sroa.137.0.buf.sroa.137.67. to i64
  %69 = add i64 %68, %_13.67
  %buf.sroa.139.0.buf.sroa.139.0.buf.sroa.139.68. = load volatile i8, ptr %buf.sroa.139, align 1
  %_13.68 = zext i8 %buf.sroa.139.0.buf.sroa.139.0.buf.sroa.139.68. to i64
  %70 = add i64 %69, %_13.68
  %buf.sroa.141.0.buf.sroa.141.0.buf.sroa.141.69. = load volatile i8, ptr %buf.sroa.141, align 1
  %_13.69 = zext i8 %buf.sroa.141.0.buf.sroa.141.0.buf.sroa.141.69. to i64
  %71 = add i64 %70, %_13.69
  %buf.sroa.143.0.buf.sroa.143.0.buf.sroa.143.70. = load volatile i8, ptr %buf.sroa.143, align 1
  %_13.70 = zext i8 %buf.sroa.143.0.buf.sroa.143.0.buf.sroa.143.70. to i64
  %72 = add i64 %71, %_13.70
  %buf.sroa.145.0.buf.sroa.145.0.buf.sroa.145.71. = load volatile i8, ptr %buf.sroa.145, align 1
  %_13.71 = zext i8 %buf.sroa.145.0.buf.sroa.145.0.buf.sroa.145.71. to i64
  %73 = add i64 %72, %_13.71
  %buf.sroa.147.0.buf.sroa.147.0.buf.sroa.147.72. = load volatile i8, ptr %buf.sroa.147, align 1
  %_13.72 = zext i8 %buf.sroa.147.0.buf.sroa.147.0.buf.sroa.147.72. to i64
  %74 = add i64 %73, %_13.72
  %buf.sroa.149.0.buf.sroa.149.0.buf.sroa.149.73. = load volatile i8, ptr %buf.sroa.149, align 1
  %_13.73 = zext i8 %buf.sroa.149.0.buf.sroa.149.0.buf.sroa.149.73. to i64
  %75 = add i64 %74, %_13.73
  %buf.sroa.151.0.buf.sroa.151.0.buf.sroa.151.74. = load volatile i8, ptr %buf.sroa.151, align 1
  %_13.74 = zext i8 %buf.sroa.151.0.buf.sroa.151.0.buf.sroa.151.74. to i64
  %76 = add i64 %75, %_13.74
  %buf.sroa.153.0.buf.sroa.153.0.buf.sroa.153.75. = load volatile i8, ptr %buf.sroa.153, align 1
  %_13.75 = zext i8 %buf.sroa.153.0.buf.sroa.153.0.buf.sroa.153.75. to i64
  %77 = add i64 %76, %_13.75
  %buf.sroa.155.0.buf.sroa.155.0.buf.sroa.155.76. = load volatile i8, ptr %buf.sroa.155, align 1
  %_13.76 = zext i8 %buf.sroa.155.0.buf.sroa.155.0.buf.sroa.155.76. to i64
  %78 = add i64 %77, %_13.76
  %buf.sroa.157.0.buf.sroa.157.0.buf.sroa.157.77. = load volatile i8, ptr %buf.sroa.157, align 1
  %_13.77 = zext i8 %buf.sroa.157.0.buf.sroa.157.0.buf.sroa.157.77. to i64
  %79 = add i64 %78, %_13.77
  %buf.sroa.159.0.buf.sroa.159.0.buf.sroa.159.78. = load volatile i8, ptr %buf.sroa.159, align 1
  %_13.78 = zext i8 %buf.sroa.159.0.buf.sroa.159.0.buf.sroa.159.78. to i64
  %80 = add i64 %79, %_13.78
  %buf.sroa.161.0.buf.sroa.161.0.buf.sroa.161.79. = load volatile i8, ptr %buf.sroa.161, align 1
  %_13.79 = zext i8 %buf.sroa.161.0.buf.sroa.161.0.buf.sroa.161.79. to i64
  %81 = add i64 %80, %_13.79
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.97)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.99)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.101)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.103)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.105)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.107)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.109)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.111)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.113)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.115)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.117)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.119)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.121)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.123)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.125)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.127)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.129)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.131)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.133)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.135)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.137)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.139)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.141)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.143)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.145)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.147)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.149)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.151)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.153)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.155)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.157)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.159)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.161)
  ret i64 %81
}

; deep_chain::level6
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level617h325d564e5fb8c342E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf.sroa.0 = alloca i8, align 1
  %buf.sroa.5 = alloca i8, align 1
  %buf.sroa.7 = alloca i8, align 1
  %buf.sroa.9 = alloca i8, align 1
  %buf.sroa.11 = alloca i8, align 1
  %buf.sroa.13 = alloca i8, align 1
  %buf.sroa.15 = alloca i8, align 1
  %buf.sroa.17 = alloca i8, align 1
  %buf.sroa.19 = alloca i8, align 1
  %buf.sroa.21 = alloca i8, align 1
  %buf.sroa.23 = alloca i8, align 1
  %buf.sroa.25 = alloca i8, align 1
  %buf.sroa.27 = alloca i8, align 1
  %buf.sroa.29 = alloca i8, align 1
  %buf.sroa.31 = alloca i8, align 1
  %buf.sroa.33 = alloca i8, align 1
  %buf.sroa.35 = alloca i8, align 1
  %buf.sroa.37 = alloca i8, align 1
  %buf.sroa.39 = alloca i8, align 1
  %buf.sroa.41 = alloca i8, align 1
  %buf.sroa.43 = alloca i8, align 1
  %buf.sroa.45 = alloca i8, align 1
  %buf.sroa.47 = alloca i8, align 1
  %buf.sroa.49 = alloca i8, align 1
  %buf.sroa.51 = alloca i8, align 1
  %buf.sroa.53 = alloca i8, align 1
  %buf.sroa.55 = alloca i8, align 1
  %buf.sroa.57 = alloca i8, align 1
  %buf.sroa.59 = alloca i8, align 1
  %buf.sroa.61 = alloca i8, align 1
  %buf.sroa.63 = alloca i8, align 1
  %buf.sroa.65 = alloca i8, align 1
  %buf.sroa.67 = alloca i8, align 1
  %buf.sroa.69 = alloca i8, align 1
  %buf.sroa.71 = alloca i8, align 1
  %buf.sroa.73 = alloca i8, align 1
  %buf.sroa.75 = alloca i8, align 1
  %buf.sroa.77 = alloca i8, align 1
  %buf.sroa.79 = alloca i8, align 1
  %buf.sroa.81 = alloca i8, align 1
  %buf.sroa.83 = alloca i8, align 1
  %buf.sroa.85 = alloca i8, align 1
  %buf.sroa.87 = alloca i8, align 1
  %buf.sroa.89 = alloca i8, align 1
  %buf.sroa.91 = alloca i8, align 1
  %buf.sroa.93 = alloca i8, align 1
  %buf.sroa.95 = alloca i8, align 1
  %buf.sroa.97 = alloca i8, align 1
  %buf.sroa.99 = alloca i8, align 1
  %buf.sroa.101 = alloca i8, align 1
  %buf.sroa.103 = alloca i8, align 1
  %buf.sroa.105 = alloca i8, align 1
  %buf.sroa.107 = alloca i8, align 1
  %buf.sroa.109 = alloca i8, align 1
  %buf.sroa.111 = alloca i8, align 1
  %buf.sroa.113 = alloca i8, align 1
  %buf.sroa.115 = alloca i8, align 1
  %buf.sroa.117 = alloca i8, align 1
  %buf.sroa.119 = alloca i8, align 1
  %buf.sroa.121 = alloca i8, align 1
  %buf.sroa.123 = alloca i8, align 1
  %buf.sroa.125 = alloca i8, align 1
  %buf.sroa.127 = alloca i8, align 1
  %buf.sroa.129 = alloca i8, align 1
  %buf.sroa.131 = alloca i8, align 1
  %buf.sroa.133 = alloca i8, align 1
  %buf.sroa.135 = alloca i8, align 1
  %buf.sroa.137 = alloca i8, align 1
  %buf.sroa.139 = alloca i8, align 1
  %buf.sroa.141 = alloca i8, align 1
  %buf.sroa.143 = alloca i8, align 1
  %buf.sroa.145 = alloca i8, align 1
  %buf.sroa.147 = alloca i8, align 1
  %buf.sroa.149 = alloca i8, align 1
  %buf.sroa.151 = alloca i8, align 1
  %buf.sroa.153 = alloca i8, align 1
  %buf.sroa.155 = alloca i8, align 1
  %buf.sroa.157 = alloca i8, align 1
  %buf.sroa.159 = alloca i8, align 1
  %buf.sroa.161 = alloca i8, align 1
  %buf.sroa.163 = alloca i8, align 1
  %buf.sroa.165 = alloca i8, align 1
  %buf.sroa.167 = alloca i8, align 1
  %buf.sroa.169 = alloca i8, align 1
  %buf.sroa.171 = alloca i8, align 1
  %buf.sroa.173 = alloca i8, align 1
  %buf.sroa.175 = alloca i8, align 1
  %buf.sroa.177 = alloca i8, align 1
  %buf.sroa.179 = alloca i8, align 1
  %buf.sroa.181 = alloca i8, align 1
  %buf.sroa.183 = alloca i8, align 1
  %buf.sroa.185 = alloca i8, align 1
  %buf.sroa.187 = alloca i8, align 1
  %buf.sroa.189 = alloca i8, align 1
  %buf.sroa.191 = alloca i8, align 1
  %buf.sroa.193 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.97)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.99)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.101)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.103)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.105)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.107)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.109)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.111)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.113)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.115)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.117)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.119)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.121)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.123)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.125)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.127)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.129)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.131)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.133)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.135)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.137)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.139)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.141)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.143)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.145)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.147)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.149)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.151)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.153)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.155)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.157)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.159)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.161)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.163)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.165)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.167)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.169)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.171)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.173)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.175)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.177)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.179)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.181)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.183)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.185)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.187)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.189)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.191)
  call void @llvm.lifetime.start.p0(ptr nonnull %buf.sroa.193)
  store i8 0, ptr %buf.sroa.0, align 1
  store i8 0, ptr %buf.sroa.5, align 1
  store i8 0, ptr %buf.sroa.7, align 1
  store i8 0, ptr %buf.sroa.9, align 1
  store i8 0, ptr %buf.sroa.11, align 1
  store i8 0, ptr %buf.sroa.13, align 1
  store i8 0, ptr %buf.sroa.15, align 1
  store i8 0, ptr %buf.sroa.17, align 1
  store i8 0, ptr %buf.sroa.19, align 1
  store i8 0, ptr %buf.sroa.21, align 1
  store i8 0, ptr %buf.sroa.23, align 1
  store i8 0, ptr %buf.sroa.25, align 1
  store i8 0, ptr %buf.sroa.27, align 1
  store i8 0, ptr %buf.sroa.29, align 1
  store i8 0, ptr %buf.sroa.31, align 1
  store i8 0, ptr %buf.sroa.33, align 1
  store i8 0, ptr %buf.sroa.35, align 1
  store i8 0, ptr %buf.sroa.37, align 1
  store i8 0, ptr %buf.sroa.39, align 1
  store i8 0, ptr %buf.sroa.41, align 1
  store i8 0, ptr %buf.sroa.43, align 1
  store i8 0, ptr %buf.sroa.45, align 1
  store i8 0, ptr %buf.sroa.47, align 1
  store i8 0, ptr %buf.sroa.49, align 1
  store i8 0, ptr %buf.sroa.51, align 1
  store i8 0, ptr %buf.sroa.53, align 1
  store i8 0, ptr %buf.sroa.55, align 1
  store i8 0, ptr %buf.sroa.57, align 1
  store i8 0, ptr %buf.sroa.59, align 1
  store i8 0, ptr %buf.sroa.61, align 1
  store i8 0, ptr %buf.sroa.63, align 1
  store i8 0, ptr %buf.sroa.65, align 1
  store i8 0, ptr %buf.sroa.67, align 1
  store i8 0, ptr %buf.sroa.69, align 1
  store i8 0, ptr %buf.sroa.71, align 1
  store i8 0, ptr %buf.sroa.73, align 1
  store i8 0, ptr %buf.sroa.75, align 1
  store i8 0, ptr %buf.sroa.77, align 1
  store i8 0, ptr %buf.sroa.79, align 1
  store i8 0, ptr %buf.sroa.81, align 1
  store i8 0, ptr %buf.sroa.83, align 1
  store i8 0, ptr %buf.sroa.85, align 1
  store i8 0, ptr %buf.sroa.87, align 1
  store i8 0, ptr %buf.sroa.89, align 1
  store i8 0, ptr %buf.sroa.91, align 1
  store i8 0, ptr %buf.sroa.93, align 1
  store i8 0, ptr %buf.sroa.95, align 1
  store i8 0, ptr %buf.sroa.97, align 1
  store i8 0, ptr %buf.sroa.99, align 1
  store i8 0, ptr %buf.sroa.101, align 1
  store i8 0, ptr %buf.sroa.103, align 1
  store i8 0, ptr %buf.sroa.105, align 1
  store i8 0, ptr %buf.sroa.107, align 1
  store i8 0, ptr %buf.sroa.109, align 1
  store i8 0, ptr %buf.sroa.111, align 1
  store i8 0, ptr %buf.sroa.113, align 1
  store i8 0, ptr %buf.sroa.115, align 1
  store i8 0, ptr %buf.sroa.117, align 1
  store i8 0, ptr %buf.sroa.119, align 1
  store i8 0, ptr %buf.sroa.121, align 1
  store i8 0, ptr %buf.sroa.123, align 1
  store i8 0, ptr %buf.sroa.125, align 1
  store i8 0, ptr %buf.sroa.127, align 1
  store i8 0, ptr %buf.sroa.129, align 1
  store i8 0, ptr %buf.sroa.131, align 1
  store i8 0, ptr %buf.sroa.133, align 1
  store i8 0, ptr %buf.sroa.135, align 1
  store i8 0, ptr %buf.sroa.137, align 1
  store i8 0, ptr %buf.sroa.139, align 1
  store i8 0, ptr %buf.sroa.141, align 1
  store i8 0, ptr %buf.sroa.143, align 1
  store i8 0, ptr %buf.sroa.145, align 1
  store i8 0, ptr %buf.sroa.147, align 1
  store i8 0, ptr %buf.sroa.149, align 1
  store i8 0, ptr %buf.sroa.151, align 1
  store i8 0, ptr %buf.sroa.153, align 1
  store i8 0, ptr %buf.sroa.155, align 1
  store i8 0, ptr %buf.sroa.157, align 1
  store i8 0, ptr %buf.sroa.159, align 1
  store i8 0, ptr %buf.sroa.161, align 1
  store i8 0, ptr %buf.sroa.163, align 1
  store i8 0, ptr %buf.sroa.165, align 1
  store i8 0, ptr %buf.sroa.167, align 1
  store i8 0, ptr %buf.sroa.169, align 1
  store i8 0, ptr %buf.sroa.171, align 1
  store i8 0, ptr %buf.sroa.173, align 1
  store i8 0, ptr %buf.sroa.175, align 1
  store i8 0, ptr %buf.sroa.177, align 1
  store i8 0, ptr %buf.sroa.179, align 1
  store i8 0, ptr %buf.sroa.181, align 1
  store i8 0, ptr %buf.sroa.183, align 1
  store i8 0, ptr %buf.sroa.185, align 1
  store i8 0, ptr %buf.sroa.187, align 1
  store i8 0, ptr %buf.sroa.189, align 1
  store i8 0, ptr %buf.sroa.191, align 1
  store i8 0, ptr %buf.sroa.193, align 1
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 6
  store volatile i8 %v, ptr %buf.sroa.0, align 1
  store volatile i8 %v, ptr %buf.sroa.5, align 1
  store volatile i8 %v, ptr %buf.sroa.7, align 1
  store volatile i8 %v, ptr %buf.sroa.9, align 1
  store volatile i8 %v, ptr %buf.sroa.11, align 1
  store volatile i8 %v, ptr %buf.sroa.13, align 1
  store volatile i8 %v, ptr %buf.sroa.15, align 1
  store volatile i8 %v, ptr %buf.sroa.17, align 1
  store volatile i8 %v, ptr %buf.sroa.19, align 1
  store volatile i8 %v, ptr %buf.sroa.21, align 1
  store volatile i8 %v, ptr %buf.sroa.23, align 1
  store volatile i8 %v, ptr %buf.sroa.25, align 1
  store volatile i8 %v, ptr %buf.sroa.27, align 1
  store volatile i8 %v, ptr %buf.sroa.29, align 1
  store volatile i8 %v, ptr %buf.sroa.31, align 1
  store volatile i8 %v, ptr %buf.sroa.33, align 1
  store volatile i8 %v, ptr %buf.sroa.35, align 1
  store volatile i8 %v, ptr %buf.sroa.37, align 1
  store volatile i8 %v, ptr %buf.sroa.39, align 1
  store volatile i8 %v, ptr %buf.sroa.41, align 1
  store volatile i8 %v, ptr %buf.sroa.43, align 1
  store volatile i8 %v, ptr %buf.sroa.45, align 1
  store volatile i8 %v, ptr %buf.sroa.47, align 1
  store volatile i8 %v, ptr %buf.sroa.49, align 1
  store volatile i8 %v, ptr %buf.sroa.51, align 1
  store volatile i8 %v, ptr %buf.sroa.53, align 1
  store volatile i8 %v, ptr %buf.sroa.55, align 1
  store volatile i8 %v, ptr %buf.sroa.57, align 1
  store volatile i8 %v, ptr %buf.sroa.59, align 1
  store volatile i8 %v, ptr %buf.sroa.61, align 1
  store volatile i8 %v, ptr %buf.sroa.63, align 1
  store volatile i8 %v, ptr %buf.sroa.65, align 1
  store volatile i8 %v, ptr %buf.sroa.67, align 1
  store volatile i8 %v, ptr %buf.sroa.69, align 1
  store volatile i8 %v, ptr %buf.sroa.71, align 1
  store volatile i8 %v, ptr %buf.sroa.73, align 1
  store volatile i8 %v, ptr %buf.sroa.75, align 1
  store volatile i8 %v, ptr %buf.sroa.77, align 1
  store volatile i8 %v, ptr %buf.sroa.79, align 1
  store volatile i8 %v, ptr %buf.sroa.81, align 1
  store volatile i8 %v, ptr %buf.sroa.83, align 1
  store volatile i8 %v, ptr %buf.sroa.85, align 1
  store volatile i8 %v, ptr %buf.sroa.87, align 1
  store volatile i8 %v, ptr %buf.sroa.89, align 1
  store volatile i8 %v, ptr %buf.sroa.91, align 1
  store volatile i8 %v, ptr %buf.sroa.93, align 1
  store volatile i8 %v, ptr %buf.sroa.95, align 1
  store volatile i8 %v, ptr %buf.sroa.97, align 1
  store volatile i8 %v, ptr %buf.sroa.99, align 1
  store volatile i8 %v, ptr %buf.sroa.101, align 1
  store volatile i8 %v, ptr %buf.sroa.103, align 1
  store volatile i8 %v, ptr %buf.sroa.105, align 1
  store volatile i8 %v, ptr %buf.sroa.107, align 1
  store volatile i8 %v, ptr %buf.sroa.109, align 1
  store volatile i8 %v, ptr %buf.sroa.111, align 1
  store volatile i8 %v, ptr %buf.sroa.113, align 1
  store volatile i8 %v, ptr %buf.sroa.115, align 1
  store volatile i8 %v, ptr %buf.sroa.117, align 1
  store volatile i8 %v, ptr %buf.sroa.119, align 1
  store volatile i8 %v, ptr %buf.sroa.121, align 1
  store volatile i8 %v, ptr %buf.sroa.123, align 1
  store volatile i8 %v, ptr %buf.sroa.125, align 1
  store volatile i8 %v, ptr %buf.sroa.127, align 1
  store volatile i8 %v, ptr %buf.sroa.129, align 1
  store volatile i8 %v, ptr %buf.sroa.131, align 1
  store volatile i8 %v, ptr %buf.sroa.133, align 1
  store volatile i8 %v, ptr %buf.sroa.135, align 1
  store volatile i8 %v, ptr %buf.sroa.137, align 1
  store volatile i8 %v, ptr %buf.sroa.139, align 1
  store volatile i8 %v, ptr %buf.sroa.141, align 1
  store volatile i8 %v, ptr %buf.sroa.143, align 1
  store volatile i8 %v, ptr %buf.sroa.145, align 1
  store volatile i8 %v, ptr %buf.sroa.147, align 1
  store volatile i8 %v, ptr %buf.sroa.149, align 1
  store volatile i8 %v, ptr %buf.sroa.151, align 1
  store volatile i8 %v, ptr %buf.sroa.153, align 1
  store volatile i8 %v, ptr %buf.sroa.155, align 1
  store volatile i8 %v, ptr %buf.sroa.157, align 1
  store volatile i8 %v, ptr %buf.sroa.159, align 1
  store volatile i8 %v, ptr %buf.sroa.161, align 1
  store volatile i8 %v, ptr %buf.sroa.163, align 1
  store volatile i8 %v, ptr %buf.sroa.165, align 1
  store volatile i8 %v, ptr %buf.sroa.167, align 1
  store volatile i8 %v, ptr %buf.sroa.169, align 1
  store volatile i8 %v, ptr %buf.sroa.171, align 1
  store volatile i8 %v, ptr %buf.sroa.173, align 1
  store volatile i8 %v, ptr %buf.sroa.175, align 1
  store volatile i8 %v, ptr %buf.sroa.177, align 1
  store volatile i8 %v, ptr %buf.sroa.179, align 1
  store volatile i8 %v, ptr %buf.sroa.181, align 1
  store volatile i8 %v, ptr %buf.sroa.183, align 1
  store volatile i8 %v, ptr %buf.sroa.185, align 1
  store volatile i8 %v, ptr %buf.sroa.187, align 1
  store volatile i8 %v, ptr %buf.sroa.189, align 1
  store volatile i8 %v, ptr %buf.sroa.191, align 1
  store volatile i8 %v, ptr %buf.sroa.193, align 1
; call deep_chain::level7
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level717h88d4ff1dca2f1e43E(i64 noundef %seed) #4
  %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. = load volatile i8, ptr %buf.sroa.0, align 1
  %_13 = zext i8 %buf.sroa.0.0.buf.sroa.0.0.buf.sroa.0.0. to i64
  %2 = add i64 %1, %_13
  %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. = load volatile i8, ptr %buf.sroa.5, align 1
  %_13.1 = zext i8 %buf.sroa.5.0.buf.sroa.5.0.buf.sroa.5.1. to i64
  %3 = add i64 %2, %_13.1
  %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. = load volatile i8, ptr %buf.sroa.7, align 1
  %_13.2 = zext i8 %buf.sroa.7.0.buf.sroa.7.0.buf.sroa.7.2. to i64
  %4 = add i64 %3, %_13.2
  %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. = load volatile i8, ptr %buf.sroa.9, align 1
  %_13.3 = zext i8 %buf.sroa.9.0.buf.sroa.9.0.buf.sroa.9.3. to i64
  %5 = add i64 %4, %_13.3
  %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. = load volatile i8, ptr %buf.sroa.11, align 1
  %_13.4 = zext i8 %buf.sroa.11.0.buf.sroa.11.0.buf.sroa.11.4. to i64
  %6 = add i64 %5, %_13.4
  %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. = load volatile i8, ptr %buf.sroa.13, align 1
  %_13.5 = zext i8 %buf.sroa.13.0.buf.sroa.13.0.buf.sroa.13.5. to i64
  %7 = add i64 %6, %_13.5
  %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. = load volatile i8, ptr %buf.sroa.15, align 1
  %_13.6 = zext i8 %buf.sroa.15.0.buf.sroa.15.0.buf.sroa.15.6. to i64
  %8 = add i64 %7, %_13.6
  %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. = load volatile i8, ptr %buf.sroa.17, align 1
  %_13.7 = zext i8 %buf.sroa.17.0.buf.sroa.17.0.buf.sroa.17.7. to i64
  %9 = add i64 %8, %_13.7
  %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. = load volatile i8, ptr %buf.sroa.19, align 1
  %_13.8 = zext i8 %buf.sroa.19.0.buf.sroa.19.0.buf.sroa.19.8. to i64
  %10 = add i64 %9, %_13.8
  %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. = load volatile i8, ptr %buf.sroa.21, align 1
  %_13.9 = zext i8 %buf.sroa.21.0.buf.sroa.21.0.buf.sroa.21.9. to i64
  %11 = add i64 %10, %_13.9
  %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. = load volatile i8, ptr %buf.sroa.23, align 1
  %_13.10 = zext i8 %buf.sroa.23.0.buf.sroa.23.0.buf.sroa.23.10. to i64
  %12 = add i64 %11, %_13.10
  %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. = load volatile i8, ptr %buf.sroa.25, align 1
  %_13.11 = zext i8 %buf.sroa.25.0.buf.sroa.25.0.buf.sroa.25.11. to i64
  %13 = add i64 %12, %_13.11
  %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. = load volatile i8, ptr %buf.sroa.27, align 1
  %_13.12 = zext i8 %buf.sroa.27.0.buf.sroa.27.0.buf.sroa.27.12. to i64
  %14 = add i64 %13, %_13.12
  %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. = load volatile i8, ptr %buf.sroa.29, align 1
  %_13.13 = zext i8 %buf.sroa.29.0.buf.sroa.29.0.buf.sroa.29.13. to i64
  %15 = add i64 %14, %_13.13
  %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. = load volatile i8, ptr %buf.sroa.31, align 1
  %_13.14 = zext i8 %buf.sroa.31.0.buf.sroa.31.0.buf.sroa.31.14. to i64
  %16 = add i64 %15, %_13.14
  %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. = load volatile i8, ptr %buf.sroa.33, align 1
  %_13.15 = zext i8 %buf.sroa.33.0.buf.sroa.33.0.buf.sroa.33.15. to i64
  %17 = add i64 %16, %_13.15
  %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. = load volatile i8, ptr %buf.sroa.35, align 1
  %_13.16 = zext i8 %buf.sroa.35.0.buf.sroa.35.0.buf.sroa.35.16. to i64
  %18 = add i64 %17, %_13.16
  %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. = load volatile i8, ptr %buf.sroa.37, align 1
  %_13.17 = zext i8 %buf.sroa.37.0.buf.sroa.37.0.buf.sroa.37.17. to i64
  %19 = add i64 %18, %_13.17
  %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. = load volatile i8, ptr %buf.sroa.39, align 1
  %_13.18 = zext i8 %buf.sroa.39.0.buf.sroa.39.0.buf.sroa.39.18. to i64
  %20 = add i64 %19, %_13.18
  %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. = load volatile i8, ptr %buf.sroa.41, align 1
  %_13.19 = zext i8 %buf.sroa.41.0.buf.sroa.41.0.buf.sroa.41.19. to i64
  %21 = add i64 %20, %_13.19
  %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. = load volatile i8, ptr %buf.sroa.43, align 1
  %_13.20 = zext i8 %buf.sroa.43.0.buf.sroa.43.0.buf.sroa.43.20. to i64
  %22 = add i64 %21, %_13.20
  %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. = load volatile i8, ptr %buf.sroa.45, align 1
  %_13.21 = zext i8 %buf.sroa.45.0.buf.sroa.45.0.buf.sroa.45.21. to i64
  %23 = add i64 %22, %_13.21
  %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. = load volatile i8, ptr %buf.sroa.47, align 1
  %_13.22 = zext i8 %buf.sroa.47.0.buf.sroa.47.0.buf.sroa.47.22. to i64
  %24 = add i64 %23, %_13.22
  %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. = load volatile i8, ptr %buf.sroa.49, align 1
  %_13.23 = zext i8 %buf.sroa.49.0.buf.sroa.49.0.buf.sroa.49.23. to i64
  %25 = add i64 %24, %_13.23
  %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. = load volatile i8, ptr %buf.sroa.51, align 1
  %_13.24 = zext i8 %buf.sroa.51.0.buf.sroa.51.0.buf.sroa.51.24. to i64
  %26 = add i64 %25, %_13.24
  %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. = load volatile i8, ptr %buf.sroa.53, align 1
  %_13.25 = zext i8 %buf.sroa.53.0.buf.sroa.53.0.buf.sroa.53.25. to i64
  %27 = add i64 %26, %_13.25
  %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. = load volatile i8, ptr %buf.sroa.55, align 1
  %_13.26 = zext i8 %buf.sroa.55.0.buf.sroa.55.0.buf.sroa.55.26. to i64
  %28 = add i64 %27, %_13.26
  %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. = load volatile i8, ptr %buf.sroa.57, align 1
  %_13.27 = zext i8 %buf.sroa.57.0.buf.sroa.57.0.buf.sroa.57.27. to i64
  %29 = add i64 %28, %_13.27
  %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. = load volatile i8, ptr %buf.sroa.59, align 1
  %_13.28 = zext i8 %buf.sroa.59.0.buf.sroa.59.0.buf.sroa.59.28. to i64
  %30 = add i64 %29, %_13.28
  %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. = load volatile i8, ptr %buf.sroa.61, align 1
  %_13.29 = zext i8 %buf.sroa.61.0.buf.sroa.61.0.buf.sroa.61.29. to i64
  %31 = add i64 %30, %_13.29
  %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. = load volatile i8, ptr %buf.sroa.63, align 1
  %_13.30 = zext i8 %buf.sroa.63.0.buf.sroa.63.0.buf.sroa.63.30. to i64
  %32 = add i64 %31, %_13.30
  %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. = load volatile i8, ptr %buf.sroa.65, align 1
  %_13.31 = zext i8 %buf.sroa.65.0.buf.sroa.65.0.buf.sroa.65.31. to i64
  %33 = add i64 %32, %_13.31
  %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. = load volatile i8, ptr %buf.sroa.67, align 1
  %_13.32 = zext i8 %buf.sroa.67.0.buf.sroa.67.0.buf.sroa.67.32. to i64
  %34 = add i64 %33, %_13.32
  %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. = load volatile i8, ptr %buf.sroa.69, align 1
  %_13.33 = zext i8 %buf.sroa.69.0.buf.sroa.69.0.buf.sroa.69.33. to i64
  %35 = add i64 %34, %_13.33
  %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. = load volatile i8, ptr %buf.sroa.71, align 1
  %_13.34 = zext i8 %buf.sroa.71.0.buf.sroa.71.0.buf.sroa.71.34. to i64
  %36 = add i64 %35, %_13.34
  %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. = load volatile i8, ptr %buf.sroa.73, align 1
  %_13.35 = zext i8 %buf.sroa.73.0.buf.sroa.73.0.buf.sroa.73.35. to i64
  %37 = add i64 %36, %_13.35
  %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. = load volatile i8, ptr %buf.sroa.75, align 1
  %_13.36 = zext i8 %buf.sroa.75.0.buf.sroa.75.0.buf.sroa.75.36. to i64
  %38 = add i64 %37, %_13.36
  %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. = load volatile i8, ptr %buf.sroa.77, align 1
  %_13.37 = zext i8 %buf.sroa.77.0.buf.sroa.77.0.buf.sroa.77.37. to i64
  %39 = add i64 %38, %_13.37
  %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. = load volatile i8, ptr %buf.sroa.79, align 1
  %_13.38 = zext i8 %buf.sroa.79.0.buf.sroa.79.0.buf.sroa.79.38. to i64
  %40 = add i64 %39, %_13.38
  %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. = load volatile i8, ptr %buf.sroa.81, align 1
  %_13.39 = zext i8 %buf.sroa.81.0.buf.sroa.81.0.buf.sroa.81.39. to i64
  %41 = add i64 %40, %_13.39
  %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. = load volatile i8, ptr %buf.sroa.83, align 1
  %_13.40 = zext i8 %buf.sroa.83.0.buf.sroa.83.0.buf.sroa.83.40. to i64
  %42 = add i64 %41, %_13.40
  %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. = load volatile i8, ptr %buf.sroa.85, align 1
  %_13.41 = zext i8 %buf.sroa.85.0.buf.sroa.85.0.buf.sroa.85.41. to i64
  %43 = add i64 %42, %_13.41
  %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. = load volatile i8, ptr %buf.sroa.87, align 1
  %_13.42 = zext i8 %buf.sroa.87.0.buf.sroa.87.0.buf.sroa.87.42. to i64
  %44 = add i64 %43, %_13.42
  %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. = load volatile i8, ptr %buf.sroa.89, align 1
  %_13.43 = zext i8 %buf.sroa.89.0.buf.sroa.89.0.buf.sroa.89.43. to i64
  %45 = add i64 %44, %_13.43
  %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. = load volatile i8, ptr %buf.sroa.91, align 1
  %_13.44 = zext i8 %buf.sroa.91.0.buf.sroa.91.0.buf.sroa.91.44. to i64
  %46 = add i64 %45, %_13.44
  %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. = load volatile i8, ptr %buf.sroa.93, align 1
  %_13.45 = zext i8 %buf.sroa.93.0.buf.sroa.93.0.buf.sroa.93.45. to i64
  %47 = add i64 %46, %_13.45
  %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. = load volatile i8, ptr %buf.sroa.95, align 1
  %_13.46 = zext i8 %buf.sroa.95.0.buf.sroa.95.0.buf.sroa.95.46. to i64
  %48 = add i64 %47, %_13.46
  %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. = load volatile i8, ptr %buf.sroa.97, align 1
  %_13.47 = zext i8 %buf.sroa.97.0.buf.sroa.97.0.buf.sroa.97.47. to i64
  %49 = add i64 %48, %_13.47
  %buf.sroa.99.0.buf.sroa.99.0.buf.sroa.99.48. = load volatile i8, ptr %buf.sroa.99, align 1
  %_13.48 = zext i8 %buf.sroa.99.0.buf.sroa.99.0.buf.sroa.99.48. to i64
  %50 = add i64 %49, %_13.48
  %buf.sroa.101.0.buf.sroa.101.0.buf.sroa.101.49. = load volatile i8, ptr %buf.sroa.101, align 1
  %_13.49 = zext i8 %buf.sroa.101.0.buf.sroa.101.0.buf.sroa.101.49. to i64
  %51 = add i64 %50, %_13.49
  %buf.sroa.103.0.buf.sroa.103.0.buf.sroa.103.50. = load volatile i8, ptr %buf.sroa.103, align 1
  %_13.50 = zext i8 %buf.sroa.103.0.buf.sroa.103.0.buf.sroa.103.50. to i64
  %52 = add i64 %51, %_13.50
  %buf.sroa.105.0.buf.sroa.105.0.buf.sroa.105.51. = load volatile i8, ptr %buf.sroa.105, align 1
  %_13.51 = zext i8 %buf.sroa.105.0.buf.sroa.105.0.buf.sroa.105.51. to i64
  %53 = add i64 %52, %_13.51
  %buf.sroa.107.0.buf.sroa.107.0.buf.sroa.107.52. = load volatile i8, ptr %buf.sroa.107, align 1
  %_13.52 = zext i8 %buf.sroa.107.0.buf.sroa.107.0.buf.sroa.107.52. to i64
  %54 = add i64 %53, %_13.52
  %buf.sroa.109.0.buf.sroa.109.0.buf.sroa.109.53. = load volatile i8, ptr %buf.sroa.109, align 1
  %_13.53 = zext i8 %buf.sroa.109.0.buf.sroa.109.0.buf.sroa.109.53. to i64
  %55 = add i64 %54, %_13.53
  %buf.sroa.111.0.buf.sroa.111.0.buf.sroa.111.54. = load volatile i8, ptr %buf.sroa.111, align 1
  %_13.54 = zext i8 %buf.sroa.111.0.buf.sroa.111.0.buf.sroa.111.54. to i64
  %56 = add i64 %55, %_13.54
  %buf.sroa.113.0.buf.sroa.113.0.buf.sroa.113.55. = load volatile i8, ptr %buf.sroa.113, align 1
  %_13.55 = zext i8 %buf.sroa.113.0.buf.sroa.113.0.buf.sroa.113.55. to i64
  %57 = add i64 %56, %_13.55
  %buf.sroa.115.0.buf.sroa.115.0.buf.sroa.115.56. = load volatile i8, ptr %buf.sroa.115, align 1
  %_13.56 = zext i8 %buf.sroa.115.0.buf.sroa.115.0.buf.sroa.115.56. to i64
  %58 = add i64 %57, %_13.56
  %buf.sroa.117.0.buf.sroa.117.0.buf.sroa.117.57. = load volatile i8, ptr %buf.sroa.117, align 1
  %_13.57 = zext i8 %buf.sroa.117.0.buf.sroa.117.0.buf.sroa.117.57. to i64
  %59 = add i64 %58, %_13.57
  %buf.sroa.119.0.buf.sroa.119.0.buf.sroa.119.58. = load volatile i8, ptr %buf.sroa.119, align 1
  %_13.58 = zext i8 %buf.sroa.119.0.buf.sroa.119.0.buf.sroa.119.58. to i64
  %60 = add i64 %59, %_13.58
  %buf.sroa.121.0.buf.sroa.121.0.buf.sroa.121.59. = load volatile i8, ptr %buf.sroa.121, align 1
  %_13.59 = zext i8 %buf.sroa.121.0.buf.sroa.121.0.buf.sroa.121.59. to i64
  %61 = add i64 %60, %_13.59
  %buf.sroa.123.0.buf.sroa.123.0.buf.sroa.123.60. = load volatile i8, ptr %buf.sroa.123, align 1
  %_13.60 = zext i8 %buf.sroa.123.0.buf.sroa.123.0.buf.sroa.123.60. to i64
  %62 = add i64 %61, %_13.60
  %buf.sroa.125.0.buf.sroa.125.0.buf.sroa.125.61. = load volatile i8, ptr %buf.sroa.125, align 1
  %_13.61 = zext i8 %buf.sroa.125.0.buf.sroa.125.0.buf.sroa.125.61. to i64
  %63 = add i64 %62, %_13.61
  %buf.sroa.127.0.buf.sroa.127.0.buf.sroa.127.62. = load volatile i8, ptr %buf.sroa.127, align 1
  %_13.62 = zext i8 %buf.sroa.127.0.buf.sroa.127.0.buf.sroa.127.62. to i64
  %64 = add i64 %63, %_13.62
  %buf.sroa.129.0.buf.sroa.129.0.buf.sroa.129.63. = load volatile i8, ptr %buf.sroa.129, align 1
  %_13.63 = zext i8 %buf.sroa.129.0.buf.sroa.129.0.buf.sroa.129.63. to i64
  %65 = add i64 %64, %_13.63
  %buf.sroa.131.0.buf.sroa.131.0.buf.sroa.131.64. = load volatile i8, ptr %buf.sroa.131, align 1
  %_13.64 = zext i8 %buf.sroa.131.0.buf.sroa.131.0.buf.sroa.131.64. to i64
  %66 = add i64 %65, %_13.64
  %buf.sroa.133.0.buf.sroa.133.0.buf.sroa.133.65. = load volatile i8, ptr %buf.sroa.133, align 1
  %_13.65 = zext i8 %buf.sroa.133.0.buf.sroa.133.0.buf.sroa.133.65. to i64
  %67 = add i64 %66, %_13.65
  %buf.sroa.135.0.buf.sroa.135.0.buf.sroa.135.66. = load volatile i8, ptr %buf.sroa.135, align 1
  %_13.66 = zext i8 %buf.sroa.135.0.buf.sroa.135.0.buf.sroa.135.66. to i64
  %68 = add i64 %67, %_13.66
  %buf.sroa.137.0.buf.sroa.137.0.buf.sroa.137.67. = load volatile i8, ptr %buf.sroa.137, align 1
  %_13.67 = zext i8 %buf.sroa.137.0.buf.sroa.137.0.buf.sroa.137.67. to i64
  %69 = add i64 %68, %_13.67
  %buf.sroa.139.0.buf.sroa.139.0.buf.sroa.139.68. = load volatile i8, ptr %buf.sroa.139, align 1
  %_13.68 = zext i8 %buf.sroa.139.0.buf.sroa.139.0.buf.sroa.139.68. to i64
  %70 = add i64 %69, %_13.68
  %buf.sroa.141.0.buf.sroa.141.0.buf.sroa.141.69. = load volatile i8, ptr %buf.sroa.141, align 1
  %_13.69 = zext i8 %buf.sroa.141.0.buf.sroa.141.0.buf.sroa.141.69. to i64
  %71 = add i64 %70, %_13.69
  %buf.sroa.143.0.buf.sroa.143.0.buf.sroa.143.70. = load volatile i8, ptr %buf.sroa.143, align 1
  %_13.70 = zext i8 %buf.sroa.143.0.buf.sroa.143.0.buf.sroa.143.70. to i64
  %72 = add i64 %71, %_13.70
  %buf.sroa.145.0.buf.sroa.145.0.buf.sroa.145.71. = load volatile i8, ptr %buf.sroa.145, align 1
  %_13.71 = zext i8 %buf.sroa.145.0.buf.sroa.145.0.buf.sroa.145.71. to i64
  %73 = add i64 %72, %_13.71
  %buf.sroa.147.0.buf.sroa.147.0.buf.sroa.147.72. = load volatile i8, ptr %buf.sroa.147, align 1
  %_13.72 = zext i8 %buf.sroa.147.0.buf.sroa.147.0.buf.sroa.147.72. to i64
  %74 = add i64 %73, %_13.72
  %buf.sroa.149.0.buf.sroa.149.0.buf.sroa.149.73. = load volatile i8, ptr %buf.sroa.149, align 1
  %_13.73 = zext i8 %buf.sroa.149.0.buf.sroa.149.0.buf.sroa.149.73. to i64
  %75 = add i64 %74, %_13.73
  %buf.sroa.151.0.buf.sroa.151.0.buf.sroa.151.74. = load volatile i8, ptr %buf.sroa.151, align 1
  %_13.74 = zext i8 %buf.sroa.151.0.buf.sroa.151.0.buf.sroa.151.74. to i64
  %76 = add i64 %75, %_13.74
  %buf.sroa.153.0.buf.sroa.153.0.buf.sroa.153.75. = load volatile i8, ptr %buf.sroa.153, align 1
  %_13.75 = zext i8 %buf.sroa.153.0.buf.sroa.153.0.buf.sroa.153.75. to i64
  %77 = add i64 %76, %_13.75
  %buf.sroa.155.0.buf.sroa.155.0.buf.sroa.155.76. = load volatile i8, ptr %buf.sroa.155, align 1
  %_13.76 = zext i8 %buf.sroa.155.0.buf.sroa.155.0.buf.sroa.155.76. to i64
  %78 = add i64 %77, %_13.76
  %buf.sroa.157.0.buf.sroa.157.0.buf.sroa.157.77. = load volatile i8, ptr %buf.sroa.157, align 1
  %_13.77 = zext i8 %buf.sroa.157.0.buf.sroa.157.0.buf.sroa.157.77. to i64
  %79 = add i64 %78, %_13.77
  %buf.sroa.159.0.buf.sroa.159.0.buf.sroa.159.78. = load volatile i8, ptr %buf.sroa.159, align 1
  %_13.78 = zext i8 %buf.sroa.159.0.buf.sroa.159.0.buf.sroa.159.78. to i64
  %80 = add i64 %79, %_13.78
  %buf.sroa.161.0.buf.sroa.161.0.buf.sroa.161.79. = load volatile i8, ptr %buf.sroa.161, align 1
  %_13.79 = zext i8 %buf.sroa.161.0.buf.sroa.161.0.buf.sroa.161.79. to i64
  %81 = add i64 %80, %_13.79
  %buf.sroa.163.0.buf.sroa.163.0.buf.sroa.163.80. = load volatile i8, ptr %buf.sroa.163, align 1
  %_13.80 = zext i8 %buf.sroa.163.0.buf.sroa.163.0.buf.sroa.163.80. to i64
  %82 = add i64 %81, %_13.80
  %buf.sroa.165.0.buf.sroa.165.0.buf.sroa.165.81. = load volatile i8, ptr %buf.sroa.165, align 1
  %_13.81 = zext i8 %buf.sroa.165.0.buf.sroa.165.0.buf.sroa.165.81. to i64
  %83 = add i64 %82, %_13.81
  %buf.sroa.167.0.buf.sroa.167.0.buf.sroa.167.82. = load volatile i8, ptr %buf.sroa.167, align 1
  %_13.82 = zext i8 %buf.sroa.167.0.buf.sroa.167.0.buf.sroa.167.82. to i64
  %84 = add i64 %83, %_13.82
  %buf.sroa.169.0.buf.sroa.169.0.buf.sroa.169.83. = load volatile i8, ptr %buf.sroa.169, align 1
  %_13.83 = zext i8 %buf.sroa.169.0.buf.sroa.169.0.buf.sroa.169.83. to i64
  %85 = add i64 %84, %_13.83
  %buf.sroa.171.0.buf.sroa.171.0.buf.sroa.171.84. = load volatile i8, ptr %buf.sroa.171, align 1
  %_13.84 = zext i8 %buf.sroa.171.0.buf.sroa.171.0.buf.sroa.171.84. to i64
  %86 = add i64 %85, %_13.84
  %buf.sroa.173.0.buf.sroa.173.0.buf.sroa.173.85. = load volatile i8, ptr %buf.sroa.173, align 1
  %_13.85 = zext i8 %buf.sroa.173.0.buf.sroa.173.0.buf.sroa.173.85. to i64
  %87 = add i64 %86, %_13.85
  %buf.sroa.175.0.buf.sroa.175.0.buf.sroa.175.86. = load volatile i8, ptr %buf.sroa.175, align 1
  %_13.86 = zext i8 %buf.sroa.175.0.buf.sroa.175.0.buf.sroa.175.86. to i64
  %88 = add i64 %87, %_13.86
  %buf.sroa.177.0.buf.sroa.177.0.buf.sroa.177.87. = load volatile i8, ptr %buf.sroa.177, align 1
  %_13.87 = zext i8 %buf.sroa.177.0.buf.sroa.177.0.buf.sroa.177.87. to i64
  %89 = add i64 %88, %_13.87
  %buf.sroa.179.0.buf.sroa.179.0.buf.sroa.179.88. = load volatile i8, ptr %buf.sroa.179, align 1
  %_13.88 = zext i8 %buf.sroa.179.0.buf.sroa.179.0.buf.sroa.179.88. to i64
  %90 = add i64 %89, %_13.88
  %buf.sroa.181.0.buf.sroa.181.0.buf.sroa.181.89. = load volatile i8, ptr %buf.sroa.181, align 1
  %_13.89 = zext i8 %buf.sroa.181.0.buf.sroa.181.0.buf.sroa.181.89. to i64
  %91 = add i64 %90, %_13.89
  %buf.sroa.183.0.buf.sroa.183.0.buf.sroa.183.90. = load volatile i8, ptr %buf.sroa.183, align 1
  %_13.90 = zext i8 %buf.sroa.183.0.buf.sroa.183.0.buf.sroa.183.90. to i64
  %92 = add i64 %91, %_13.90
  %buf.sroa.185.0.buf.sroa.185.0.buf.sroa.185.91. = load volatile i8, ptr %buf.sroa.185, align 1
  %_13.91 = zext i8 %buf.sroa.185.0.buf.sroa.185.0.buf.sroa.185.91. to i64
  %93 = add i64 %92, %_13.91
  %buf.sroa.187.0.buf.sroa.187.0.buf.sroa.187.92. = load volatile i8, ptr %buf.sroa.187, align 1
  %_13.92 = zext i8 %buf.sroa.187.0.buf.sroa.187.0.buf.sroa.187.92. to i64
  %94 = add i64 %93, %_13.92
  %buf.sroa.189.0.buf.sroa.189.0.buf.sroa.189.93. = load volatile i8, ptr %buf.sroa.189, align 1
  %_13.93 = zext i8 %buf.sroa.189.0.buf.sroa.189.0.buf.sroa.189.93. to i64
  %95 = add i64 %94, %_13.93
  %buf.sroa.191.0.buf.sroa.191.0.buf.sroa.191.94. = load volatile i8, ptr %buf.sroa.191, align 1
  %_13.94 = zext i8 %buf.sroa.191.0.buf.sroa.191.0.buf.sroa.191.94. to i64
  %96 = add i64 %95, %_13.94
  %buf.sroa.193.0.buf.sroa.193.0.buf.sroa.193.95. = load volatile i8, ptr %buf.sroa.193, align 1
  %_13.95 = zext i8 %buf.sroa.193.0.buf.sroa.193.0.buf.sroa.193.95. to i64
  %97 = add i64 %96, %_13.95
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.0)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.5)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.7)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.9)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.11)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.13)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.15)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.17)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.19)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.21)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.23)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.25)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.27)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.29)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.31)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.33)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.35)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.37)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.39)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.41)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.43)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.45)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.47)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.49)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.51)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.53)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.55)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.57)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.59)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.61)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.63)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.65)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.67)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.69)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.71)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.73)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.75)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.77)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.79)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.81)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.83)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.85)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.87)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.89)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.91)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.93)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.95)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.97)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.99)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.101)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.103)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.105)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.107)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.109)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.111)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.113)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.115)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.117)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.119)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.121)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.123)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.125)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.127)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.129)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.131)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.133)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.135)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.137)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.139)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.141)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.143)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.145)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.147)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.149)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.151)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.153)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.155)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.157)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.159)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.161)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.163)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.165)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.167)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.169)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.171)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.173)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.175)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.177)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.179)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.181)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.183)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.185)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.187)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.189)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.191)
  call void @llvm.lifetime.end.p0(ptr nonnull %buf.sroa.193)
  ret i64 %97
}

; deep_chain::level7
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level717h88d4ff1dca2f1e43E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf = alloca [112 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(112) %buf, i8 0, i64 112, i1 false)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 7
  br label %bb4

bb5:                                              ; preds = %bb4
; call deep_chain::level8
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level817h8167389b95262484E(i64 noundef %seed) #4
  br label %bb7

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.06 = phi i64 [ 0, %start ], [ %8, %bb4 ]
  %_7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  store volatile i8 %v, ptr %_7, align 1
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.1 = getelementptr inbounds nuw i8, ptr %2, i64 1
  store volatile i8 %v, ptr %_7.1, align 1
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.2 = getelementptr inbounds nuw i8, ptr %3, i64 2
  store volatile i8 %v, ptr %_7.2, align 1
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.3 = getelementptr inbounds nuw i8, ptr %4, i64 3
  store volatile i8 %v, ptr %_7.3, align 1
  %5 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.4 = getelementptr inbounds nuw i8, ptr %5, i64 4
  store volatile i8 %v, ptr %_7.4, align 1
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.5 = getelementptr inbounds nuw i8, ptr %6, i64 5
  store volatile i8 %v, ptr %_7.5, align 1
  %7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.6 = getelementptr inbounds nuw i8, ptr %7, i64 6
  store volatile i8 %v, ptr %_7.6, align 1
  %8 = add nuw nsw i64 %iter.sroa.0.06, 8
  %9 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.7 = getelementptr inbounds nuw i8, ptr %9, i64 7
  store volatile i8 %v, ptr %_7.7, align 1
  %exitcond.not.7 = icmp eq i64 %8, 112
  br i1 %exitcond.not.7, label %bb5, label %bb4

bb8:                                              ; preds = %bb7
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret i64 %33

bb7:                                              ; preds = %bb7, %bb5
  %sum.sroa.0.08 = phi i64 [ %1, %bb5 ], [ %33, %bb7 ]
  %iter1.sroa.0.07 = phi i64 [ 0, %bb5 ], [ %30, %bb7 ]
  %_15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %10 = load volatile i8, ptr %_15, align 1
  %_13 = zext i8 %10 to i64
  %11 = add i64 %sum.sroa.0.08, %_13
  %12 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.1 = getelementptr inbounds nuw i8, ptr %12, i64 1
  %13 = load volatile i8, ptr %_15.1, align 1
  %_13.1 = zext i8 %13 to i64
  %14 = add i64 %11, %_13.1
  %15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.2 = getelementptr inbounds nuw i8, ptr %15, i64 2
  %16 = load volatile i8, ptr %_15.2, align 1
  %_13.2 = zext i8 %16 to i64
  %17 = add i64 %14, %_13.2
  %18 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.3 = getelementptr inbounds nuw i8, ptr %18, i64 3
  %19 = load volatile i8, ptr %_15.3, align 1
  %_13.3 = zext i8 %19 to i64
  %20 = add i64 %17, %_13.3
  %21 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.4 = getelementptr inbounds nuw i8, ptr %21, i64 4
  %22 = load volatile i8, ptr %_15.4, align 1
  %_13.4 = zext i8 %22 to i64
  %23 = add i64 %20, %_13.4
  %24 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.5 = getelementptr inbounds nuw i8, ptr %24, i64 5
  %25 = load volatile i8, ptr %_15.5, align 1
  %_13.5 = zext i8 %25 to i64
  %26 = add i64 %23, %_13.5
  %27 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.6 = getelementptr inbounds nuw i8, ptr %27, i64 6
  %28 = load volatile i8, ptr %_15.6, align 1
  %_13.6 = zext i8 %28 to i64
  %29 = add i64 %26, %_13.6
  %30 = add nuw nsw i64 %iter1.sroa.0.07, 8
  %31 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.7 = getelementptr inbounds nuw i8, ptr %31, i64 7
  %32 = load volatile i8, ptr %_15.7, align 1
  %_13.7 = zext i8 %32 to i64
  %33 = add i64 %29, %_13.7
  %exitcond9.not.7 = icmp eq i64 %30, 112
  br i1 %exitcond9.not.7, label %bb8, label %bb7
}

; deep_chain::level8
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level817h8167389b95262484E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf = alloca [128 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(128) %buf, i8 0, i64 128, i1 false)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 8
  br label %bb4

bb5:                                              ; preds = %bb4
; call deep_chain::level9
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain6level917h2b77135186ecaaa5E(i64 noundef %seed) #4
  br label %bb7

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.06 = phi i64 [ 0, %start ], [ %8, %bb4 ]
  %_7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  store volatile i8 %v, ptr %_7, align 1
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.1 = getelementptr inbounds nuw i8, ptr %2, i64 1
  store volatile i8 %v, ptr %_7.1, align 1
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.2 = getelementptr inbounds nuw i8, ptr %3, i64 2
  store volatile i8 %v, ptr %_7.2, align 1
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.3 = getelementptr inbounds nuw i8, ptr %4, i64 3
  store volatile i8 %v, ptr %_7.3, align 1
  %5 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.4 = getelementptr inbounds nuw i8, ptr %5, i64 4
  store volatile i8 %v, ptr %_7.4, align 1
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.5 = getelementptr inbounds nuw i8, ptr %6, i64 5
  store volatile i8 %v, ptr %_7.5, align 1
  %7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.6 = getelementptr inbounds nuw i8, ptr %7, i64 6
  store volatile i8 %v, ptr %_7.6, align 1
  %8 = add nuw nsw i64 %iter.sroa.0.06, 8
  %9 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.7 = getelementptr inbounds nuw i8, ptr %9, i64 7
  store volatile i8 %v, ptr %_7.7, align 1
  %exitcond.not.7 = icmp eq i64 %8, 128
  br i1 %exitcond.not.7, label %bb5, label %bb4

bb8:                                              ; preds = %bb7
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret i64 %33

bb7:                                              ; preds = %bb7, %bb5
  %sum.sroa.0.08 = phi i64 [ %1, %bb5 ], [ %33, %bb7 ]
  %iter1.sroa.0.07 = phi i64 [ 0, %bb5 ], [ %30, %bb7 ]
  %_15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %10 = load volatile i8, ptr %_15, align 1
  %_13 = zext i8 %10 to i64
  %11 = add i64 %sum.sroa.0.08, %_13
  %12 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.1 = getelementptr inbounds nuw i8, ptr %12, i64 1
  %13 = load volatile i8, ptr %_15.1, align 1
  %_13.1 = zext i8 %13 to i64
  %14 = add i64 %11, %_13.1
  %15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.2 = getelementptr inbounds nuw i8, ptr %15, i64 2
  %16 = load volatile i8, ptr %_15.2, align 1
  %_13.2 = zext i8 %16 to i64
  %17 = add i64 %14, %_13.2
  %18 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.3 = getelementptr inbounds nuw i8, ptr %18, i64 3
  %19 = load volatile i8, ptr %_15.3, align 1
  %_13.3 = zext i8 %19 to i64
  %20 = add i64 %17, %_13.3
  %21 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.4 = getelementptr inbounds nuw i8, ptr %21, i64 4
  %22 = load volatile i8, ptr %_15.4, align 1
  %_13.4 = zext i8 %22 to i64
  %23 = add i64 %20, %_13.4
  %24 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.5 = getelementptr inbounds nuw i8, ptr %24, i64 5
  %25 = load volatile i8, ptr %_15.5, align 1
  %_13.5 = zext i8 %25 to i64
  %26 = add i64 %23, %_13.5
  %27 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.6 = getelementptr inbounds nuw i8, ptr %27, i64 6
  %28 = load volatile i8, ptr %_15.6, align 1
  %_13.6 = zext i8 %28 to i64
  %29 = add i64 %26, %_13.6
  %30 = add nuw nsw i64 %iter1.sroa.0.07, 8
  %31 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.7 = getelementptr inbounds nuw i8, ptr %31, i64 7
  %32 = load volatile i8, ptr %_15.7, align 1
  %_13.7 = zext i8 %32 to i64
  %33 = add i64 %29, %_13.7
  %exitcond9.not.7 = icmp eq i64 %30, 128
  br i1 %exitcond9.not.7, label %bb8, label %bb7
}

; deep_chain::level9
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain6level917h2b77135186ecaaa5E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf = alloca [144 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(144) %buf, i8 0, i64 144, i1 false)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 9
  br label %bb4

bb5:                                              ; preds = %bb4
; call deep_chain::level10
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain7level1017h593903d6ef35d582E(i64 noundef %seed) #4
  br label %bb7

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.06 = phi i64 [ 0, %start ], [ %8, %bb4 ]
  %_7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  store volatile i8 %v, ptr %_7, align 1
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.1 = getelementptr inbounds nuw i8, ptr %2, i64 1
  store volatile i8 %v, ptr %_7.1, align 1
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.2 = getelementptr inbounds nuw i8, ptr %3, i64 2
  store volatile i8 %v, ptr %_7.2, align 1
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.3 = getelementptr inbounds nuw i8, ptr %4, i64 3
  store volatile i8 %v, ptr %_7.3, align 1
  %5 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.4 = getelementptr inbounds nuw i8, ptr %5, i64 4
  store volatile i8 %v, ptr %_7.4, align 1
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.5 = getelementptr inbounds nuw i8, ptr %6, i64 5
  store volatile i8 %v, ptr %_7.5, align 1
  %7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.6 = getelementptr inbounds nuw i8, ptr %7, i64 6
  store volatile i8 %v, ptr %_7.6, align 1
  %8 = add nuw nsw i64 %iter.sroa.0.06, 8
  %9 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.7 = getelementptr inbounds nuw i8, ptr %9, i64 7
  store volatile i8 %v, ptr %_7.7, align 1
  %exitcond.not.7 = icmp eq i64 %8, 144
  br i1 %exitcond.not.7, label %bb5, label %bb4

bb8:                                              ; preds = %bb7
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret i64 %33

bb7:                                              ; preds = %bb7, %bb5
  %sum.sroa.0.08 = phi i64 [ %1, %bb5 ], [ %33, %bb7 ]
  %iter1.sroa.0.07 = phi i64 [ 0, %bb5 ], [ %30, %bb7 ]
  %_15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %10 = load volatile i8, ptr %_15, align 1
  %_13 = zext i8 %10 to i64
  %11 = add i64 %sum.sroa.0.08, %_13
  %12 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.1 = getelementptr inbounds nuw i8, ptr %12, i64 1
  %13 = load volatile i8, ptr %_15.1, align 1
  %_13.1 = zext i8 %13 to i64
  %14 = add i64 %11, %_13.1
  %15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.2 = getelementptr inbounds nuw i8, ptr %15, i64 2
  %16 = load volatile i8, ptr %_15.2, align 1
  %_13.2 = zext i8 %16 to i64
  %17 = add i64 %14, %_13.2
  %18 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.3 = getelementptr inbounds nuw i8, ptr %18, i64 3
  %19 = load volatile i8, ptr %_15.3, align 1
  %_13.3 = zext i8 %19 to i64
  %20 = add i64 %17, %_13.3
  %21 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.4 = getelementptr inbounds nuw i8, ptr %21, i64 4
  %22 = load volatile i8, ptr %_15.4, align 1
  %_13.4 = zext i8 %22 to i64
  %23 = add i64 %20, %_13.4
  %24 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.5 = getelementptr inbounds nuw i8, ptr %24, i64 5
  %25 = load volatile i8, ptr %_15.5, align 1
  %_13.5 = zext i8 %25 to i64
  %26 = add i64 %23, %_13.5
  %27 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.6 = getelementptr inbounds nuw i8, ptr %27, i64 6
  %28 = load volatile i8, ptr %_15.6, align 1
  %_13.6 = zext i8 %28 to i64
  %29 = add i64 %26, %_13.6
  %30 = add nuw nsw i64 %iter1.sroa.0.07, 8
  %31 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.7 = getelementptr inbounds nuw i8, ptr %31, i64 7
  %32 = load volatile i8, ptr %_15.7, align 1
  %_13.7 = zext i8 %32 to i64
  %33 = add i64 %29, %_13.7
  %exitcond9.not.7 = icmp eq i64 %30, 144
  br i1 %exitcond9.not.7, label %bb8, label %bb7
}

; deep_chain::level10
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain7level1017h593903d6ef35d582E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf = alloca [160 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(160) %buf, i8 0, i64 160, i1 false)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 10
  br label %bb4

bb5:                                              ; preds = %bb4
; call deep_chain::level11
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain7level1117haf4b7e8b4e804065E(i64 noundef %seed) #4
  br label %bb7

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.06 = phi i64 [ 0, %start ], [ %8, %bb4 ]
  %_7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  store volatile i8 %v, ptr %_7, align 1
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.1 = getelementptr inbounds nuw i8, ptr %2, i64 1
  store volatile i8 %v, ptr %_7.1, align 1
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.2 = getelementptr inbounds nuw i8, ptr %3, i64 2
  store volatile i8 %v, ptr %_7.2, align 1
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.3 = getelementptr inbounds nuw i8, ptr %4, i64 3
  store volatile i8 %v, ptr %_7.3, align 1
  %5 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.4 = getelementptr inbounds nuw i8, ptr %5, i64 4
  store volatile i8 %v, ptr %_7.4, align 1
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.5 = getelementptr inbounds nuw i8, ptr %6, i64 5
  store volatile i8 %v, ptr %_7.5, align 1
  %7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.6 = getelementptr inbounds nuw i8, ptr %7, i64 6
  store volatile i8 %v, ptr %_7.6, align 1
  %8 = add nuw nsw i64 %iter.sroa.0.06, 8
  %9 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.7 = getelementptr inbounds nuw i8, ptr %9, i64 7
  store volatile i8 %v, ptr %_7.7, align 1
  %exitcond.not.7 = icmp eq i64 %8, 160
  br i1 %exitcond.not.7, label %bb5, label %bb4

bb8:                                              ; preds = %bb7
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret i64 %33

bb7:                                              ; preds = %bb7, %bb5
  %sum.sroa.0.08 = phi i64 [ %1, %bb5 ], [ %33, %bb7 ]
  %iter1.sroa.0.07 = phi i64 [ 0, %bb5 ], [ %30, %bb7 ]
  %_15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %10 = load volatile i8, ptr %_15, align 1
  %_13 = zext i8 %10 to i64
  %11 = add i64 %sum.sroa.0.08, %_13
  %12 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.1 = getelementptr inbounds nuw i8, ptr %12, i64 1
  %13 = load volatile i8, ptr %_15.1, align 1
  %_13.1 = zext i8 %13 to i64
  %14 = add i64 %11, %_13.1
  %15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.2 = getelementptr inbounds nuw i8, ptr %15, i64 2
  %16 = load volatile i8, ptr %_15.2, align 1
  %_13.2 = zext i8 %16 to i64
  %17 = add i64 %14, %_13.2
  %18 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.3 = getelementptr inbounds nuw i8, ptr %18, i64 3
  %19 = load volatile i8, ptr %_15.3, align 1
  %_13.3 = zext i8 %19 to i64
  %20 = add i64 %17, %_13.3
  %21 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.4 = getelementptr inbounds nuw i8, ptr %21, i64 4
  %22 = load volatile i8, ptr %_15.4, align 1
  %_13.4 = zext i8 %22 to i64
  %23 = add i64 %20, %_13.4
  %24 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.5 = getelementptr inbounds nuw i8, ptr %24, i64 5
  %25 = load volatile i8, ptr %_15.5, align 1
  %_13.5 = zext i8 %25 to i64
  %26 = add i64 %23, %_13.5
  %27 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.6 = getelementptr inbounds nuw i8, ptr %27, i64 6
  %28 = load volatile i8, ptr %_15.6, align 1
  %_13.6 = zext i8 %28 to i64
  %29 = add i64 %26, %_13.6
  %30 = add nuw nsw i64 %iter1.sroa.0.07, 8
  %31 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.7 = getelementptr inbounds nuw i8, ptr %31, i64 7
  %32 = load volatile i8, ptr %_15.7, align 1
  %_13.7 = zext i8 %32 to i64
  %33 = add i64 %29, %_13.7
  %exitcond9.not.7 = icmp eq i64 %30, 160
  br i1 %exitcond9.not.7, label %bb8, label %bb7
}

; deep_chain::level11
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain7level1117haf4b7e8b4e804065E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf = alloca [176 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(176) %buf, i8 0, i64 176, i1 false)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 11
  br label %bb4

bb5:                                              ; preds = %bb4
; call deep_chain::level12
  %1 = tail call fastcc noundef i64 @_ZN10deep_chain7level1217hbdc82d11f2d6a502E(i64 noundef %seed) #4
  br label %bb7

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.06 = phi i64 [ 0, %start ], [ %8, %bb4 ]
  %_7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  store volatile i8 %v, ptr %_7, align 1
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.1 = getelementptr inbounds nuw i8, ptr %2, i64 1
  store volatile i8 %v, ptr %_7.1, align 1
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.2 = getelementptr inbounds nuw i8, ptr %3, i64 2
  store volatile i8 %v, ptr %_7.2, align 1
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.3 = getelementptr inbounds nuw i8, ptr %4, i64 3
  store volatile i8 %v, ptr %_7.3, align 1
  %5 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.4 = getelementptr inbounds nuw i8, ptr %5, i64 4
  store volatile i8 %v, ptr %_7.4, align 1
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.5 = getelementptr inbounds nuw i8, ptr %6, i64 5
  store volatile i8 %v, ptr %_7.5, align 1
  %7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.6 = getelementptr inbounds nuw i8, ptr %7, i64 6
  store volatile i8 %v, ptr %_7.6, align 1
  %8 = add nuw nsw i64 %iter.sroa.0.06, 8
  %9 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.7 = getelementptr inbounds nuw i8, ptr %9, i64 7
  store volatile i8 %v, ptr %_7.7, align 1
  %exitcond.not.7 = icmp eq i64 %8, 176
  br i1 %exitcond.not.7, label %bb5, label %bb4

bb8:                                              ; preds = %bb7
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret i64 %33

bb7:                                              ; preds = %bb7, %bb5
  %sum.sroa.0.08 = phi i64 [ %1, %bb5 ], [ %33, %bb7 ]
  %iter1.sroa.0.07 = phi i64 [ 0, %bb5 ], [ %30, %bb7 ]
  %_15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %10 = load volatile i8, ptr %_15, align 1
  %_13 = zext i8 %10 to i64
  %11 = add i64 %sum.sroa.0.08, %_13
  %12 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.1 = getelementptr inbounds nuw i8, ptr %12, i64 1
  %13 = load volatile i8, ptr %_15.1, align 1
  %_13.1 = zext i8 %13 to i64
  %14 = add i64 %11, %_13.1
  %15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.2 = getelementptr inbounds nuw i8, ptr %15, i64 2
  %16 = load volatile i8, ptr %_15.2, align 1
  %_13.2 = zext i8 %16 to i64
  %17 = add i64 %14, %_13.2
  %18 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.3 = getelementptr inbounds nuw i8, ptr %18, i64 3
  %19 = load volatile i8, ptr %_15.3, align 1
  %_13.3 = zext i8 %19 to i64
  %20 = add i64 %17, %_13.3
  %21 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.4 = getelementptr inbounds nuw i8, ptr %21, i64 4
  %22 = load volatile i8, ptr %_15.4, align 1
  %_13.4 = zext i8 %22 to i64
  %23 = add i64 %20, %_13.4
  %24 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.5 = getelementptr inbounds nuw i8, ptr %24, i64 5
  %25 = load volatile i8, ptr %_15.5, align 1
  %_13.5 = zext i8 %25 to i64
  %26 = add i64 %23, %_13.5
  %27 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.6 = getelementptr inbounds nuw i8, ptr %27, i64 6
  %28 = load volatile i8, ptr %_15.6, align 1
  %_13.6 = zext i8 %28 to i64
  %29 = add i64 %26, %_13.6
  %30 = add nuw nsw i64 %iter1.sroa.0.07, 8
  %31 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.7 = getelementptr inbounds nuw i8, ptr %31, i64 7
  %32 = load volatile i8, ptr %_15.7, align 1
  %_13.7 = zext i8 %32 to i64
  %33 = add i64 %29, %_13.7
  %exitcond9.not.7 = icmp eq i64 %30, 176
  br i1 %exitcond9.not.7, label %bb8, label %bb7
}

; deep_chain::level12
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable
define internal fastcc noundef i64 @_ZN10deep_chain7level1217hbdc82d11f2d6a502E(i64 noundef %seed) unnamed_addr #1 {
start:
  %buf = alloca [192 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(192) %buf, i8 0, i64 192, i1 false)
  %0 = trunc i64 %seed to i8
  %v = xor i8 %0, 12
  br label %bb3

bb3:                                              ; preds = %bb3, %start
  %iter.sroa.0.06 = phi i64 [ 0, %start ], [ %7, %bb3 ]
  %_7 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  store volatile i8 %v, ptr %_7, align 1
  %1 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.1 = getelementptr inbounds nuw i8, ptr %1, i64 1
  store volatile i8 %v, ptr %_7.1, align 1
  %2 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.2 = getelementptr inbounds nuw i8, ptr %2, i64 2
  store volatile i8 %v, ptr %_7.2, align 1
  %3 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.3 = getelementptr inbounds nuw i8, ptr %3, i64 3
  store volatile i8 %v, ptr %_7.3, align 1
  %4 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.4 = getelementptr inbounds nuw i8, ptr %4, i64 4
  store volatile i8 %v, ptr %_7.4, align 1
  %5 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.5 = getelementptr inbounds nuw i8, ptr %5, i64 5
  store volatile i8 %v, ptr %_7.5, align 1
  %6 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.6 = getelementptr inbounds nuw i8, ptr %6, i64 6
  store volatile i8 %v, ptr %_7.6, align 1
  %7 = add nuw nsw i64 %iter.sroa.0.06, 8
  %8 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter.sroa.0.06
  %_7.7 = getelementptr inbounds nuw i8, ptr %8, i64 7
  store volatile i8 %v, ptr %_7.7, align 1
  %exitcond.not.7 = icmp eq i64 %7, 192
  br i1 %exitcond.not.7, label %bb6, label %bb3

bb7:                                              ; preds = %bb6
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret i64 %32

bb6:                                              ; preds = %bb3, %bb6
  %sum.sroa.0.08 = phi i64 [ %32, %bb6 ], [ 0, %bb3 ]
  %iter1.sroa.0.07 = phi i64 [ %29, %bb6 ], [ 0, %bb3 ]
  %_15 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %9 = load volatile i8, ptr %_15, align 1
  %_13 = zext i8 %9 to i64
  %10 = add i64 %sum.sroa.0.08, %_13
  %11 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.1 = getelementptr inbounds nuw i8, ptr %11, i64 1
  %12 = load volatile i8, ptr %_15.1, align 1
  %_13.1 = zext i8 %12 to i64
  %13 = add i64 %10, %_13.1
  %14 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.2 = getelementptr inbounds nuw i8, ptr %14, i64 2
  %15 = load volatile i8, ptr %_15.2, align 1
  %_13.2 = zext i8 %15 to i64
  %16 = add i64 %13, %_13.2
  %17 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.3 = getelementptr inbounds nuw i8, ptr %17, i64 3
  %18 = load volatile i8, ptr %_15.3, align 1
  %_13.3 = zext i8 %18 to i64
  %19 = add i64 %16, %_13.3
  %20 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.4 = getelementptr inbounds nuw i8, ptr %20, i64 4
  %21 = load volatile i8, ptr %_15.4, align 1
  %_13.4 = zext i8 %21 to i64
  %22 = add i64 %19, %_13.4
  %23 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.5 = getelementptr inbounds nuw i8, ptr %23, i64 5
  %24 = load volatile i8, ptr %_15.5, align 1
  %_13.5 = zext i8 %24 to i64
  %25 = add i64 %22, %_13.5
  %26 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.6 = getelementptr inbounds nuw i8, ptr %26, i64 6
  %27 = load volatile i8, ptr %_15.6, align 1
  %_13.6 = zext i8 %27 to i64
  %28 = add i64 %25, %_13.6
  %29 = add nuw nsw i64 %iter1.sroa.0.07, 8
  %30 = getelementptr inbounds nuw i8, ptr %buf, i64 %iter1.sroa.0.07
  %_15.7 = getelementptr inbounds nuw i8, ptr %30, i64 7
  %31 = load volatile i8, ptr %_15.7, align 1
  %_13.7 = zext i8 %31 to i64
  %32 = add i64 %28, %_13.7
  %exitcond9.not.7 = icmp eq i64 %29, 192
  br i1 %exitcond9.not.7, label %bb7, label %bb6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

attributes #0 = { nofree norecurse nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nounwind nonlazybind memory(inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { noinline nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}

; Kernel entry points generated by iu-entry for the inner-unikernel programs above.

define i32 @iu_deep_chain(ptr %ctx) #5 section "kprobe/__x64_sys_sched_yield" {
start:
  %ret = call i32 @__iu_entry_kprobe(ptr @_ZN10deep_chain4PROG17h471ff9c5f3951749E, ptr %ctx)
  ret i32 %ret
}

declare i32 @__iu_entry_kprobe(ptr, ptr)

attributes #5 = { uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" noredzone nounwind nonlazybind "frame-pointer"="all" "target-features"="-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-sse4a,-avx,-avx2,-crc32" }

!iu-programs = !{!4}
!4 = !{!"_ZN10deep_chain16iu_deep_chain_fn17h0e86d67787d6f407E"}
