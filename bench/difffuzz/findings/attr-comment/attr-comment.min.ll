%struct.xdp_prog = type { i64, ptr, ptr, i64 }
@.str = private unnamed_addr constant [6 x i8] c"c_xdp\00", align 1
@PROG = internal constant %struct.xdp_prog { i64 6, ptr @c_prog_fn, ptr @.str, i64 5 }, section "inner_unikernel/xdp", align 8
define internal range(i32 -2147483612, 2147483644) i32 @c_prog_fn(ptr noundef readonly captures(none) %0, ptr noundef readnone captures(address_is_null) %1) #0 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %4 = load i64, ptr %3, align 8, !tbaa !8
  %5 = trunc i64 %4 to i32
  %6 = icmp eq ptr %1, null
  %7 = select i1 %6, i32 36, i32 37
  %8 = add i32 %7, %5
  ret i32 %8
}
attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"=;"{
"+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !10, i64 24}
!9 = !{!"xdp_prog", !10, i64 0, !11, i64 8, !12, i64 16, !10, i64 24}
!10 = !{!"long", !6, i64 0}
!11 = !{!"any pointer", !6, i64 0}
!12 = !{!"p1 omnipotent char", !11, i64 0}
