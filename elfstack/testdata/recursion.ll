; Recursion: a function calling itself, and two calling each other.
target triple = "x86_64-unknown-linux-gnu"

declare void @use(i8*)

define i32 @self_entry(i8* %ctx) section "kprobe/self" {
  %r = call i64 @fact(i64 10)
  %t = trunc i64 %r to i32
  ret i32 %t
}

define i64 @fact(i64 %n) noinline {
  %buf = alloca [40 x i8], align 8
  %p = getelementptr [40 x i8], [40 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %done, label %rec
rec:
  %m = sub i64 %n, 1
  %f = call i64 @fact(i64 %m)
  %r = mul i64 %f, %n
  ret i64 %r
done:
  ret i64 1
}

define i32 @mutual_entry(i8* %ctx) section "xdp" {
  %r = call i64 @even(i64 7)
  %t = trunc i64 %r to i32
  ret i32 %t
}

define i64 @even(i64 %n) noinline {
  %buf = alloca [64 x i8], align 8
  %p = getelementptr [64 x i8], [64 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %yes, label %rec
rec:
  %m = sub i64 %n, 1
  %r = call i64 @odd(i64 %m)
  %s = add i64 %r, 1
  ret i64 %s
yes:
  ret i64 1
}

define i64 @odd(i64 %n) noinline {
  %buf = alloca [32 x i8], align 8
  %p = getelementptr [32 x i8], [32 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %no, label %rec
rec:
  %m = sub i64 %n, 1
  %r = call i64 @even(i64 %m)
  %s = add i64 %r, 1
  ret i64 %s
no:
  ret i64 0
}

; Recursion guarded by the run-time stack check the IR pass inserts: before
; the recursive call, and before the one call of the mutual pair that
; closes the cycle (every way round passes it).
define i32 @checked_entry(i8* %ctx) section "kprobe/checked" {
  %r = call i64 @cfact(i64 10)
  %s = call i64 @ceven(i64 5)
  %t = add i64 %r, %s
  %u = trunc i64 %t to i32
  ret i32 %u
}

define i64 @cfact(i64 %n) noinline {
  %buf = alloca [40 x i8], align 8
  %p = getelementptr [40 x i8], [40 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %done, label %rec
rec:
  %m = sub i64 %n, 1
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %f = call i64 @cfact(i64 %m)
  %r = mul i64 %f, %n
  ret i64 %r
done:
  ret i64 1
}

define i64 @ceven(i64 %n) noinline {
  %buf = alloca [64 x i8], align 8
  %p = getelementptr [64 x i8], [64 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %yes, label %rec
rec:
  %m = sub i64 %n, 1
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %r = call i64 @codd(i64 %m)
  %s = add i64 %r, 1
  ret i64 %s
yes:
  ret i64 1
}

define i64 @codd(i64 %n) noinline {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %no, label %rec
rec:
  %m = sub i64 %n, 1
  %r = call i64 @ceven(i64 %m)
  %s = add i64 %r, 1
  ret i64 %s
no:
  ret i64 0
}

; The check is there, but a path around it reaches the call: not checked.
define i32 @bypass_entry(i8* %ctx) section "kprobe/bypass" {
  %r = call i64 @bfact(i64 10, i1 true)
  %t = trunc i64 %r to i32
  ret i32 %t
}

define i64 @bfact(i64 %n, i1 %c) noinline {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %done, label %pre
pre:
  br i1 %c, label %check, label %rec
check:
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  br label %rec
rec:
  %m = sub i64 %n, 1
  %f = call i64 @bfact(i64 %m, i1 %c)
  %r = mul i64 %f, %n
  ret i64 %r
done:
  ret i64 1
}
