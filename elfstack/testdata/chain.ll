; A deep acyclic chain with known frames: entry -> a -> b -> c, each with a
; local array it hands to an external function, so the array stays.
target triple = "x86_64-unknown-linux-gnu"

declare void @use(i8*)

define i32 @chain_entry(i8* %ctx) section "kprobe/chain" {
  %buf = alloca [24 x i8], align 8
  %p = getelementptr [24 x i8], [24 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  call void @chain_a(i64 1)
  ret i32 0
}

define void @chain_a(i64 %n) noinline {
  %buf = alloca [200 x i8], align 8
  %p = getelementptr [200 x i8], [200 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  call void @chain_b(i64 %n)
  call void @use(i8* %p)
  ret void
}

define internal void @chain_b(i64 %n) noinline {
  %buf = alloca [1000 x i8], align 16
  %p = getelementptr [1000 x i8], [1000 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  call void @chain_c(i64 %n)
  call void @use(i8* %p)
  ret void
}

define internal void @chain_c(i64 %n) noinline "frame-pointer"="all" {
  %buf = alloca [3000 x i8], align 8
  %p = getelementptr [3000 x i8], [3000 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  call void @chain_small(i64 %n)
  ret void
}

; A shallower sibling that must not be on the worst path.
define internal void @chain_small(i64 %n) noinline {
  %buf = alloca [16 x i8], align 8
  %p = getelementptr [16 x i8], [16 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret void
}

; Over budget: a large local array behind a second entry (stack probes on,
; as rustc asks for: a probe loop the code measurement cannot follow, so
; the size comes from .stack_sizes).
define i32 @big_entry(i8* %ctx) "probe-stack"="inline-asm" section "tracepoint/syscalls/sys_enter_dup" {
  %buf = alloca [9000 x i8], align 8
  %p = getelementptr [9000 x i8], [9000 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  call void @chain_a(i64 2)
  ret i32 0
}

; A frame so large that the stack probe is a loop: the machine code does not
; say how deep it goes, .stack_sizes does.
define i32 @huge_entry(i8* %ctx) "probe-stack"="inline-asm" section "perf_event" {
  %buf = alloca [70000 x i8], align 8
  %p = getelementptr [70000 x i8], [70000 x i8]* %buf, i64 0, i64 0
  call void @use(i8* %p)
  ret i32 0
}
