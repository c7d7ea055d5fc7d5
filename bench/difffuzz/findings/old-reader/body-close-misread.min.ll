%"iu_rt::sched_cls" = type { i64, i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)*, { [0 x i8]*, i64 }, i8, [3 x i8], i32 }
%"iu_rt::__sk_buff" = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32 }

@alloc3 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"iu_sched_cls" }>, align 1
@_ZN9sched_cls4PROG17h0b00c6a0e42aca71E = internal constant <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }> <{ [8 x i8] c"\03\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::sched_cls"*, %"iu_rt::__sk_buff"*)* @_ZN9sched_cls15iu_sched_cls_fn17h7b79e827c9518314E to i8*), i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [9 x i8] c"\0C\00\00\00\00\00\00\00\01", [3 x i8] undef, [4 x i8] c"\07\00\00\00" }>, section "inner_unikernel/classifier", align 8
@llvm.compiler.used = appending global [1 x i8*] [i8* getelementptr inbounds (<{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>, <{ [8 x i8], i8*, i8*, [9 x i8], [3 x i8], [4 x i8] }>* @_ZN9sched_cls4PROG17h0b00c6a0e42aca71E, i32 0, i32 0, i32 0)], section "llvm.metadata"

; sched_cls::iu_sched_cls_fn
; Function Attrs: nounwind nonlazybind
define internal i32 @_ZN9sched_cls15iu_sched_cls_fn17h7b79e827c9518314E(%"iu_rt::sched_cls"* noalias noundef readonly align 8 dereferenceable(40) %obj, %"iu_rt::__sk_buff"* noalias nocapture noundef readonly align 4 dereferenceable(44) %skb) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds %"iu_rt::__sk_buff", %"iu_rt::__sk_buff"* %skb, i64 0, i32 0
  %_3 = load i32, i32* %0, align 4
  %1 = icmp eq i32 %_3, 0
  br i1 %1, label %bb6, label %bb2

bb2:                                              ; preds = %start
  %2 = getelementptr inbounds %"iu_rt::__sk_buff", %"iu_rt::__sk_buff"* %skb, i64 0, i32 2
  %_5 = load i32, i32* %2, align 4
; call iu_rt::sched_cls::priority
  %_6 = tail call i32 @_ZN5iu_rt9sched_cls8priority17heed0ced07f5fd48eE(%"iu_rt::sched_cls"* noalias noundef nonnull readonly align 8 dereferenceable(40) %obj) #1
  %_4 = icmp eq i32 %_5, %_6
  %. = select i1 %_4, i32 7, i32 0
  br label %bb6

bb6:                                              ; preds = %bb2, %start
  %.0 = phi i32 [ 2, %start ], [ %., %bb2 ]
  ret i32 %.0
} 	

; iu_rt::sched_cls::priority
; Function Attrs: nounwind nonlazybind
declare i32 @_ZN5iu_rt9sched_cls8priority17heed0ced07f5fd48eE(%"iu_rt::sched_cls"* noalias noundef readonly align 8 dereferenceable(40)) unnamed_addr #0

attributes #0 = { nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
