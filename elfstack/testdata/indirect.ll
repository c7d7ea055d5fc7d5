; Calls through pointers.
target triple = "x86_64-unknown-linux-gnu"

declare void @use(i8*)

define internal void @target_fn() noinline {
  %buf = alloca [48 x i8], align 8
  %p = getelementptr [48 x i8], [48 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret void
}

; A writable pointer: the callee is not known.
@hook = global void ()* @target_fn

define i32 @fnptr_entry(i8* %ctx) section "tc" {
  %f = load volatile void ()*, void ()** @hook
  call void %f()
  ret i32 0
}

; The same call with the run-time stack check before it.
define i32 @checked_ptr_entry(i8* %ctx) section "classifier" {
  %f = load volatile void ()*, void ()** @hook
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  call void %f()
  ret i32 0
}

; The shape of every program: the entry passes its read-only program
; object to the runtime's entry function, which calls the program through
; the object's second field. The analysis resolves the call per object.
%prog = type { i64, i32 (%prog*, i8*)*, i8* }

@PROG_A = internal constant %prog { i64 2, i32 (%prog*, i8*)* @prog_a_fn, i8* null }, section "objkprobe"
@PROG_B = internal constant %prog { i64 2, i32 (%prog*, i8*)* @prog_b_fn, i8* null }, section "objkprobe"

define internal i32 @prog_a_fn(%prog* %self, i8* %ctx) noinline {
  %buf = alloca [100 x i8], align 8
  %p = getelementptr [100 x i8], [100 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret i32 1
}

define internal i32 @prog_b_fn(%prog* %self, i8* %ctx) noinline {
  %buf = alloca [500 x i8], align 8
  %p = getelementptr [500 x i8], [500 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret i32 2
}

define i32 @__iu_entry_kprobe(%prog* %obj, i8* %ctx) noinline "frame-pointer"="all" {
  %buf = alloca [16 x i8], align 8
  %p = getelementptr [16 x i8], [16 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  %fp = getelementptr %prog, %prog* %obj, i64 0, i32 1
  %f = load i32 (%prog*, i8*)*, i32 (%prog*, i8*)** %fp
  %r = call i32 %f(%prog* %obj, i8* %ctx)
  ret i32 %r
}

define i32 @prog_a(i8* %ctx) "frame-pointer"="all" section "kprobe/a" {
  %r = call i32 @__iu_entry_kprobe(%prog* @PROG_A, i8* %ctx)
  ret i32 %r
}

define i32 @prog_b(i8* %ctx) "frame-pointer"="all" section "kprobe/b" {
  %r = call i32 @__iu_entry_kprobe(%prog* @PROG_B, i8* %ctx)
  ret i32 %r
}
