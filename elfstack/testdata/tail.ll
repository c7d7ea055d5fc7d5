; Tail calls: the caller's frame is released before the jump.
target triple = "x86_64-unknown-linux-gnu"

declare void @use(i8*)
declare i64 @ext_helper(i64)

define internal i64 @deep(i64 %n) noinline {
  %buf = alloca [400 x i8], align 8
  %p = getelementptr [400 x i8], [400 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret i64 %n
}

; Frame, then a tail call after the epilogue.
define internal i64 @framed_tail(i64 %n) noinline {
  %buf = alloca [64 x i8], align 8
  %p = getelementptr [64 x i8], [64 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  %m = add i64 %n, 1
  %r = tail call i64 @deep(i64 %m)
  ret i64 %r
}

; A conditional tail call (jcc to another function) from a frameless body.
define internal i64 @cond_tail(i64 %n) noinline {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %a, label %b
a:
  %r = tail call i64 @deep(i64 1)
  ret i64 %r
b:
  ret i64 %n
}

define i32 @tail_entry(i8* %ctx) section "tracepoint/tail" {
  %a = call i64 @framed_tail(i64 1)
  %b = call i64 @cond_tail(i64 %a)
  %c = tail call i64 @ext_helper(i64 %b)
  %t = trunc i64 %c to i32
  ret i32 %t
}

; A call into another object (chain.ll's chain_a): in this object alone it
; is an external leaf; in a link of both (ld -r, or the executable of the
; measuring harness) it is followed.
declare void @chain_a(i64)

define i32 @xobj_entry(i8* %ctx) section "kprobe/xobj" {
  call void @chain_a(i64 5)
  ret i32 0
}
