package irpass

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

const checkLine = `call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()`

// kprobeModule is an opaque-pointer module with one kprobe program whose
// function is @prog, the object (constant unless mutable), and funcs.
func kprobeModule(mutable bool, funcs string) string {
	kind := "constant"
	if mutable {
		kind = "global"
	}
	return header + `@name = private unnamed_addr constant [4 x i8] c"iu_k", align 1
@OBJ = internal ` + kind + ` <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @prog, ptr @name, [8 x i8] c"\04\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/f", align 8
` + funcs
}

// typedKprobeModule is the same in typed IR, with the runtime's struct type.
func typedKprobeModule(funcs string) string {
	return header + `%kprobe = type { i64, i32 (%kprobe*, i64*)*, { [0 x i8]*, i64 } }
@name = private unnamed_addr constant <{ [4 x i8] }> <{ [4 x i8] c"iu_k" }>, align 1
@OBJ = internal constant <{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", i8* bitcast (i32 (%kprobe*, i64*)* @prog to i8*), i8* getelementptr inbounds (<{ [4 x i8] }>, <{ [4 x i8] }>* @name, i32 0, i32 0, i32 0), [8 x i8] c"\04\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/f", align 8
` + funcs
}

// checkedCalls returns the instructions that follow an inserted check,
// trimmed.
func checkedCalls(out string) []string {
	var got []string
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == checkLine && i+1 < len(lines) {
			got = append(got, strings.TrimSpace(lines[i+1]))
		}
	}
	return got
}

var dbgAttachment = regexp.MustCompile(`, !dbg !\d+`)

// The runtime's call through the object's prog field is the program, not
// an indirect call, in the shapes rustc writes it; anything else is an
// indirect call.
func TestProgFieldCall(t *testing.T) {
	const recursion = `
define internal i64 @depth(i64 %n) {
  %r = call i64 @depth(i64 %n)
  ret i64 %r
}
`
	opaqueProg := `define internal i32 @prog(ptr %o, ptr %c) {
  %x = call i64 @depth(i64 0)
  ret i32 0
}` + recursion
	typedProg := `define internal i32 @prog(%kprobe* %o, i64* %c) {
  %x = call i64 @depth(i64 0)
  ret i32 0
}` + recursion
	for _, tc := range []struct {
		name, module string
		want         []string // the calls that get a check
	}{
		{"opaque -O", kprobeModule(false, `
define noundef i32 @__iu_entry_kprobe(ptr noalias noundef readonly align 8 dereferenceable(32) %prog, ptr noundef %ctx) unnamed_addr {
start:
  %0 = getelementptr inbounds nuw i8, ptr %prog, i64 8
  %_5 = load ptr, ptr %0, align 8, !nonnull !3, !noundef !3
  %_0 = tail call noundef i32 %_5(ptr noalias noundef nonnull readonly align 8 dereferenceable(32) %prog, ptr %ctx)
  ret i32 %_0
}
`+opaqueProg+"!3 = !{}\n"), []string{"%r = call i64 @depth(i64 %n)"}},
		{"opaque -O0 -g, through a cast", kprobeModule(false, `
define i32 @__iu_entry_kprobe(ptr align 8 %prog, ptr %ctx) unnamed_addr !dbg !3 {
start:
  %prog.dbg.spill = alloca [8 x i8], align 8
  store ptr %prog, ptr %prog.dbg.spill, align 8
    #dbg_declare(ptr %prog.dbg.spill, !3, !DIExpression(), !3)
  %p2 = addrspacecast ptr %prog to ptr, !dbg !3
  %0 = getelementptr inbounds i8, ptr %p2, i64 8, !dbg !3
  %_5 = load ptr, ptr %0, align 8, !dbg !3
  %_0 = call i32 %_5(ptr align 8 %prog, ptr align 8 %ctx), !dbg !3
  ret i32 %_0, !dbg !3
}
`+opaqueProg+"!3 = !{}\n"), []string{"%r = call i64 @depth(i64 %n)"}},
		{"typed -O, field 1 of the struct", typedKprobeModule(`
define i32 @__iu_entry_kprobe(%kprobe* noalias noundef readonly align 8 dereferenceable(32) %prog, {}* %ctx) unnamed_addr {
start:
  %_4 = bitcast {}* %ctx to i64*
  %0 = getelementptr inbounds %kprobe, %kprobe* %prog, i64 0, i32 1
  %_6 = load i32 (%kprobe*, i64*)*, i32 (%kprobe*, i64*)** %0, align 8, !nonnull !2, !noundef !2
  %1 = tail call i32 %_6(%kprobe* noalias noundef nonnull readonly align 8 dereferenceable(32) %prog, i64* %_4)
  ret i32 %1
}
` + typedProg + "!2 = !{}\n"), []string{"%r = call i64 @depth(i64 %n)"}},
		{"typed -O0, a byte offset through i8*", typedKprobeModule(`
define i32 @__iu_entry_kprobe(%kprobe* align 8 %0, {}* %ctx) unnamed_addr {
start:
  %b = bitcast %kprobe* %0 to i8*
  %f = getelementptr inbounds i8, i8* %b, i32 8
  %fp = bitcast i8* %f to i32 (%kprobe*, i64*)**
  %_6 = load i32 (%kprobe*, i64*)*, i32 (%kprobe*, i64*)** %fp, align 8
  %1 = call i32 %_6(%kprobe* align 8 %0, i64* null)
  br label %bb1
bb1:
  ret i32 %1
}
` + typedProg), []string{"%r = call i64 @depth(i64 %n)"}},
		{"the name field is not the prog field", kprobeModule(false, `
define i32 @__iu_entry_kprobe(ptr %prog, ptr %ctx) {
  %0 = getelementptr inbounds i8, ptr %prog, i64 16
  %_5 = load ptr, ptr %0, align 8
  %_0 = call i32 %_5(ptr %prog, ptr %ctx)
  ret i32 %_0
}
`+opaqueProg), []string{"%_0 = call i32 %_5(ptr %prog, ptr %ctx)"}},
		{"a pointer read from the context", kprobeModule(false, `
define i32 @__iu_entry_kprobe(ptr %prog, ptr %ctx) {
  %0 = getelementptr inbounds i8, ptr %ctx, i64 8
  %_5 = load ptr, ptr %0, align 8
  %_0 = call i32 %_5(ptr %prog, ptr %ctx)
  ret i32 %_0
}
`+opaqueProg), []string{"%_0 = call i32 %_5(ptr %prog, ptr %ctx)"}},
		{"a mutable object", kprobeModule(true, `
define i32 @__iu_entry_kprobe(ptr %prog, ptr %ctx) {
  %0 = getelementptr inbounds i8, ptr %prog, i64 8
  %_5 = load ptr, ptr %0, align 8
  %_0 = call i32 %_5(ptr %prog, ptr %ctx)
  ret i32 %_0
}
`+opaqueProg), []string{"%_0 = call i32 %_5(ptr %prog, ptr %ctx)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := runString(tc.module)
			if err != nil {
				t.Fatal(err)
			}
			got := checkedCalls(out)
			for i := range got {
				got[i] = dbgAttachment.ReplaceAllString(got[i], "")
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("checked calls:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// The check goes on a line of its own before the instruction, with its
// indentation; the record numbers its nodes after !iu-programs'.
func TestCheckInsertion(t *testing.T) {
	src := kprobeModule(false, `
define internal i32 @prog(ptr %o, ptr %c) {
start:
	%r = call i32 @prog(ptr %o, ptr %c)
  %a = add i32 1, 2 %s = call i32 @prog(ptr %o, ptr %c)
  /* a comment */ %fp = load ptr, ptr %c
    call void %fp()
  ret i32 %r
}

!0 = !{}
`)
	out, _, err := runString(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"start:\n\t" + checkLine + "\n\t%r = call i32 @prog(ptr %o, ptr %c)\n",
		"  %a = add i32 1, 2 " + checkLine + "\n  %s = call i32 @prog(ptr %o, ptr %c)\n",
		"  /* a comment */ %fp = load ptr, ptr %c\n    " + checkLine + "\n    call void %fp()\n",
		"!iu-programs = !{!1}\n!1 = !{!\"prog\"}\n",
		"!iu-stack = !{!2, !3}\n!2 = !{!\"recursion\", ptr @prog, i32 2}\n!3 = !{!\"indirect-call\", ptr @prog, i32 1}\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks\n%s\n---- output:\n%s", want, out)
		}
	}
	// Everything else is the input, byte for byte.
	stripped := strings.ReplaceAll(out, checkLine+"\n\t", "")
	stripped = regexp.MustCompile(regexp.QuoteMeta(checkLine)+"\n *").ReplaceAllString(stripped, "")
	if i := strings.Index(src, "section \"inner_unikernel"); !strings.HasPrefix(stripped, src[:i]) {
		t.Errorf("the head of the module changed")
	}
	if j := strings.Index(src, "\ndefine"); !strings.Contains(stripped, src[j:strings.Index(src, "!0 = ")]) {
		t.Errorf("the bodies changed beyond the checks:\n%s", stripped)
	}
}

// In typed IR a function in !iu-stack has its own pointer type.
func TestStackRecordTyped(t *testing.T) {
	src := typedKprobeModule(`
define internal i32 @prog(%kprobe* %o, i64* %c) {
  %r = call i32 (i32, ...) @v(i32 1)
  ret i32 0
}
define internal i32 @v(i32 %x, ...) {
  %r = call i32 (i32, ...) @v(i32 %x)
  ret i32 %r
}
`)
	out, _, err := runString(src)
	if err != nil {
		t.Fatal(err)
	}
	if want := `!{!"recursion", i32 (i32, ...)* @v, i32 1}`; !strings.Contains(out, want) {
		t.Errorf("output lacks %s:\n%s", want, out)
	}
}

// A module that went through the pass before and was linked with new
// programs: its checks are recognised and its !iu-stack extended.
func TestStackAgain(t *testing.T) {
	src := kprobeModule(false, `
define internal i32 @prog(ptr %o, ptr %c) {
  `+checkLine+`
  %r = call i32 @prog(ptr %o, ptr %c)
  %s = call i32 @other(ptr %o)
  ret i32 %r
}
define internal i32 @other(ptr %o) {
  %r = call i32 @other(ptr %o)
  ret i32 %r
}

!iu-stack = !{!0}
!0 = !{!"recursion", ptr @prog, i32 1}
`)
	out, _, err := runString(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := checkedCalls(out); strings.Join(got, "\n") != "%r = call i32 @prog(ptr %o, ptr %c)\n%r = call i32 @other(ptr %o)" {
		t.Errorf("checked calls: %q", got)
	}
	if !strings.Contains(out, "!iu-stack = !{!0, !2}\n") || !strings.Contains(out, `!2 = !{!"recursion", ptr @other, i32 1}`) {
		t.Errorf("!iu-stack not extended:\n%s", out)
	}
	again, _, err := runString(out)
	if err != nil || again != out {
		t.Errorf("a second run changed the output (%v)", err)
	}
}

// A module whose entries reach no cycle and no indirect call is left as
// before: no check, no !iu-stack; and the pass reads only the bodies the
// entries reach, whatever the module's depth (past the levels looked up
// by a pass over the symbols each).
func TestDeepChain(t *testing.T) {
	var b strings.Builder
	b.WriteString("define internal i32 @prog(ptr %o, ptr %c) {\n  call void @f0()\n  ret i32 0\n}\n")
	const depth = 3 * linearLookups
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "define internal void @f%d() {\n  call void @f%d()\n  ret void\n}\n", i, i+1)
	}
	fmt.Fprintf(&b, "define internal void @f%d() {\n  ret void\n}\n", depth)
	b.WriteString("define internal void @unreached() {\n  call void @unreached()\n  ret void\n}\n")
	out, _, err := runString(kprobeModule(false, b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "iu_stack") || strings.Contains(out, "iu-stack") {
		t.Errorf("an acyclic graph got checks:\n%s", out)
	}
	// Close the chain into a cycle at its far end.
	cyc := strings.Replace(b.String(), fmt.Sprintf("@f%d() {\n  ret void", depth), fmt.Sprintf("@f%d() {\n  call void @f%d()\n  ret void", depth, depth-1), 1)
	out, _, err = runString(kprobeModule(false, cyc))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{fmt.Sprintf("call void @f%d()", depth), fmt.Sprintf("call void @f%d()", depth-1)}
	if got := checkedCalls(out); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("checked calls %q, want %q", got, want)
	}
}

// FuzzStackChecks: whatever the bodies, the pass does not fail in a way
// it should not, inserts nothing but checks (each followed by a newline
// and blanks) into them, and a second run changes nothing.
func FuzzStackChecks(f *testing.F) {
	for _, seed := range []string{
		"define internal i32 @prog(ptr %o, ptr %c) {\n  %r = call i32 @prog(ptr %o, ptr %c)\n  ret i32 %r\n}\n",
		"define internal i32 @prog(ptr %o, ptr %c) {\n  %f = load ptr, ptr %c\n  %r = tail call i32 %f()\n  ret i32 %r\n}\n",
		"define internal i32 @prog(ptr %o, ptr %c) {\n  call void @a() ; call @prog()\n  ret i32 0\n}\n@al = internal alias void (), ptr @a\ndefine internal void @a() {\n\tcall void @al()\n  ret void\n}\n",
		"define internal i32 @prog(ptr %o, ptr %c) {\n  %x =\n tail /* */ call i32 bitcast (ptr @prog to ptr)(ptr %o, ptr %c)\n  ret i32 %x\n}\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, funcs string) {
		src := kprobeModule(false, funcs)
		out, _, err := runString(src)
		if err != nil {
			return
		}
		again, _, err := runString(out)
		if err != nil || again != out {
			t.Fatalf("a second run changed the output (%v)", err)
		}
		// Remove the checks (with what follows them on their line) and
		// the appended text: the object's section aside, the input.
		body := out[:strings.Index(out, "\n; Kernel entry points generated by iu-entry")]
		body = regexp.MustCompile(regexp.QuoteMeta(checkLine)+"\n[ \t]*").ReplaceAllString(body, "")
		body = strings.Replace(body, `section "objkprobe"`, `section "inner_unikernel/kprobe/f"`, 1)
		other := regexp.MustCompile(`iu_k|inner_unikernel|llvm\.used|iu-programs|iu-stack|objkprobe`).MatchString(funcs)
		if !other && strings.TrimRight(body, "\n") != strings.TrimRight(src, "\n") {
			t.Fatalf("the pass changed the bodies beyond inserting checks:\n%s\n----\n%s", src, body)
		}
	})
}
