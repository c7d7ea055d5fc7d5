; invoke, an alias, a switch (jump table), a variable-sized frame.
target triple = "x86_64-unknown-linux-gnu"

declare void @use(i8*)
declare i32 @__gxx_personality_v0(...)

define internal void @may_throw(i64 %n) noinline {
  %buf = alloca [72 x i8], align 8
  %p = getelementptr [72 x i8], [72 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret void
}

define i32 @invoke_entry(i8* %ctx) section "kprobe/invoke" personality i32 (...)* @__gxx_personality_v0 {
  invoke void @may_throw(i64 1) to label %ok unwind label %lp
ok:
  ret i32 0
lp:
  %l = landingpad { i8*, i32 } cleanup
  ret i32 1
}

define internal void @aliased(i64 %n) noinline {
  %buf = alloca [136 x i8], align 8
  %p = getelementptr [136 x i8], [136 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret void
}

@alias_name = alias void (i64), void (i64)* @aliased

define i32 @alias_entry(i8* %ctx) section "kprobe/alias" {
  call void @alias_name(i64 3)
  ret i32 0
}

define internal i64 @sw(i64 %x) noinline {
  switch i64 %x, label %d [ i64 0, label %a i64 1, label %b i64 2, label %c i64 3, label %e i64 4, label %f ]
a:
  call void @may_throw(i64 0)
  ret i64 10
b:
  ret i64 11
c:
  call void @aliased(i64 0)
  ret i64 12
e:
  ret i64 14
f:
  ret i64 15
d:
  ret i64 0
}

define i32 @switch_entry(i8* %ctx) section "xdp.frags" {
  %r = call i64 @sw(i64 3)
  %t = trunc i64 %r to i32
  ret i32 %t
}

; A variable-sized alloca: no .stack_sizes entry, and code that moves the
; stack pointer by a run-time amount.
define internal void @dyn(i64 %n) noinline {
  %buf = alloca i8, i64 %n, align 16
  call void @use(i8* %buf)
  ret void
}

define i32 @dyn_entry(i8* %ctx) section "perf_event/dyn" {
  call void @dyn(i64 100)
  ret i32 0
}
