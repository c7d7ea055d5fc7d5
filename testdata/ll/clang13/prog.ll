; ModuleID = 'prog.c'
source_filename = "prog.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.xdp_prog = type { i64, {}*, i8*, i64 }

@.str = private unnamed_addr constant [6 x i8] c"c_xdp\00", align 1
@PROG = internal constant { i64, i32 (%struct.xdp_prog*, i8*)*, i8*, i64 } { i64 6, i32 (%struct.xdp_prog*, i8*)* @c_prog_fn, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str, i32 0, i32 0), i64 5 }, section "inner_unikernel/xdp", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast ({ i64, i32 (%struct.xdp_prog*, i8*)*, i8*, i64 }* @PROG to i8*)], section "llvm.metadata"

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define internal i32 @c_prog_fn(%struct.xdp_prog* nocapture readonly %0, i8* readnone %1) #0 {
  %3 = getelementptr inbounds %struct.xdp_prog, %struct.xdp_prog* %0, i64 0, i32 3
  %4 = load i64, i64* %3, align 8, !tbaa !2
  %5 = trunc i64 %4 to i32
  %6 = icmp eq i8* %1, null
  %7 = select i1 %6, i32 36, i32 37
  %8 = add i32 %7, %5
  ret i32 %8
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"uwtable", i32 1}
!2 = !{!3, !4, i64 24}
!3 = !{!"xdp_prog", !4, i64 0, !7, i64 8, !7, i64 16, !4, i64 24}
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!"any pointer", !5, i64 0}
