package calls

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// describe renders a site as "op[/tail] kind name @ start-of-instruction".
func describe(src string, s Site) string {
	var b strings.Builder
	b.WriteString(s.Op.String())
	if s.Tail != NoMarker {
		b.WriteString("/" + s.Tail.String())
	}
	b.WriteString(" " + s.Callee.String())
	if s.Name != "" {
		b.WriteString(" " + s.Name)
	}
	if s.Follows {
		b.WriteString(" follows")
	}
	// The instruction's first token, as written.
	at := src[s.Off:]
	if i := strings.IndexAny(at, " \t\n"); i >= 0 {
		at = at[:i]
	}
	b.WriteString(" @" + at)
	return b.String()
}

func scanString(t *testing.T, src string) (*Body, error) {
	t.Helper()
	open := strings.Index(src, "{")
	if open < 0 {
		t.Fatalf("no body in %q", src)
	}
	return Scan(source.New(strings.NewReader(src), int64(len(src))), int64(open))
}

func TestSites(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"direct and tail kinds", `
  call void @f()
  %r = tail call i32 @g(i32 1)
  %m = musttail call fastcc i32 @h(i32 %r)
  notail call void @k()
  ret i32 %m`,
			[]string{"call direct f @call", "call/tail direct g @%r", "call/musttail direct h @%m", "call/notail direct k @notail"}},
		{"text that is not a call", `
  %call = add i32 1, 2 ; call void @f()
  %call.i = load ptr, ptr @call, align 8, !call !3
  store ptr @"call void @g()", ptr %"x call y"
  /* call void @h() */
  call void @call(ptr @"a \22call\22", metadata !{!"call @k()"})
  br label %call

call:
  ret void`,
			[]string{"call direct call @call"}},
		{"split across lines and comments", `
  %x
    = ; the result
  tail /* marker */
    call
  i32
  @"f.with space"(i32 1)
  ret void`,
			[]string{"call/tail direct f.with space @%x"}},
		{"invoke and callbr", `
  %v = invoke i32 @may_throw(i32 1)
          to label %ok unwind label %lp
ok:
  callbr void asm "jmp ${0:l}", "!i"() to label %next [label %other]
next:
  callbr void @target(i32 0) to label %a [label %b]
  ret void`,
			[]string{"invoke direct may_throw @%v", "callbr inline asm @callbr", "callbr direct target @callbr"}},
		{"function types, attributes, conventions", `
  %p = call i32 (ptr, ...) @printf(ptr @fmt, i32 1)
  %s = call { i32, i64 } @pair()
  %v = call <2 x i32> @vec(<2 x i32> <i32 1, i32 2>)
  %q = call noundef nonnull align 8 dereferenceable(16) ptr @ptrf()
  %z = call zeroext range(i8 0, 2) i8 @boolf()
  call cc 10 void @ccf()
  call addrspace(1) void @inas1()
  %f = call fast float @llvm.sqrt.f32(float 1.0)
  %n = call %"named type" @named()
  %w = call [4 x i8] (i32) @arr(i32 1) #3 [ "deopt"(i32 0) ]
  %t = call target("spirv.Event") @tgt()
  ret void`,
			[]string{"call direct printf @%p", "call direct pair @%s", "call direct vec @%v", "call direct ptrf @%q",
				"call direct boolf @%z", "call direct ccf @call", "call direct inas1 @call", "call direct llvm.sqrt.f32 @%f",
				"call direct named @%n", "call direct arr @%w", "call direct tgt @%t"}},
		{"typed IR: direct through casts", `
  call void bitcast (void (i8*)* @f to void (i32*)*)(i32* %p)
  %r = call i32 bitcast (i64 (i8*)* bitcast (i32 (i8*)* @g to i64 (i8*)*) to i32 (i8*)*)(i8* null)
  call void getelementptr (i8, ptr @h, i64 0)()
  call void getelementptr inbounds ([2 x i8], [2 x i8]* bitcast (void ()* @k to [2 x i8]*), i32 0, i32 0)()
  call void addrspacecast (void () addrspace(1)* @m to void ()*)()
  call void dso_local_equivalent @n()
  call void no_cfi @o()
  ret void`,
			[]string{"call direct f @call", "call direct g @%r", "call direct h @call", "call direct k @call",
				"call direct m @call", "call direct n @call", "call direct o @call"}},
		{"indirect", `
  %fp = load ptr, ptr %slot, align 8
  %r = call i32 %fp(i32 1)
  call void inttoptr (i64 4096 to ptr)()
  call void null()
  call void undef()
  call void getelementptr (i8, ptr @f, i64 1)()
  call void getelementptr (i8, ptr @f, i64 %i)()
  %x = call i32 %"quoted fn"()
  %y = call i32 @llvm.foo(ptr blockaddress(@f, %bb))
  ret void`,
			[]string{"call indirect fp @%r", "call indirect @call", "call indirect @call", "call indirect @call",
				"call indirect @call", "call indirect @call", "call indirect quoted fn @%x", "call direct llvm.foo @%y"}},
		{"the run-time check and what follows it", `
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %r = call i32 @f()
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"() #4, !srcloc !9
  tail call void @g()
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %x = add i32 1, 2
  call void @h()
  call void asm sideeffect "nop", ""()
next:
  call void @k()
  ret void`,
			[]string{"call inline asm @call", "call direct f follows @%r", "call inline asm @call", "call/tail direct g follows @tail",
				"call inline asm @call", "call direct h @call", "call inline asm @call", "call direct k @call"}},
		{"debug records and metadata inline", `
    #dbg_value(ptr %self, !41, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !43)
  call void @f(), !dbg !DILocation(line: 3, scope: !5)
    #dbg_declare(ptr %x, !42, !DIExpression(), !44)
  ret void`,
			[]string{"call direct f @call"}},
		// LLVM 22's comments do not nest, and a '*' takes the byte after
		// it: "**/" does not end one (LLLexer::SkipCComment).
		{"block comments as LLVM 22 ends them", `
  /* /* */ call void @f()
  /* **/ } call void @g() */ call void @h()
  /***/ } */ call void @k() /**/
  ret void`,
			[]string{"call direct f @call", "call direct h @call", "call direct k @call"}},
		{"braces in types, strings and comments", `
  %a = alloca { i32, { i64, [2 x { i8 }] } }
  call void @f(ptr @"}", ptr @x) ; }
  /* } */
  %b = call { i64, i32 } @g()
  ret void
}
define void @after() {
  call void @not_in_this_body()`,
			[]string{"call direct f @call", "call direct g @%b"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "define void @f() {" + tc.body + "\n}\n"
			body, err := scanString(t, src)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range body.Sites {
				got = append(got, describe(src, s))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("sites:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if end := strings.Index(src, "\n}\n") + 2; tc.name != "braces in types, strings and comments" && body.End != int64(end) {
				t.Errorf("End = %d, want %d", body.End, end)
			}
		})
	}
}

// Refs are the global names of the body, wherever they stand, and only
// those: not names in strings, comments or other sigils.
func TestRefs(t *testing.T) {
	src := `define void @f() {
  %v = load i32, ptr @counter ; @comment
  call void @llvm.trap(), !dbg !DILocation(scope: !3)
    #dbg_value(ptr @"q\22 x", !4, !DIExpression(), !5)
  store ptr @"llvm.x", ptr blockaddress(@f, %bb), align 8
  call void asm "@asm", ""()
  %w = call i32 @ext(ptr @"@str")
  ret void
bb:
  ret void
}`
	body, err := scanString(t, src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range body.Refs {
		tok := src[r.Off:r.End]
		s := tok
		if r.Intrinsic {
			s += " (intrinsic)"
		}
		if r.Hash != toplevel.HashName([]byte(tok)) {
			s += " (hash)"
		}
		got = append(got, s)
	}
	want := []string{"@counter", "@llvm.trap (intrinsic)", `@"q\22 x"`, `@"llvm.x" (intrinsic)`, "@f", "@ext", `@"@str"`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("refs: %q\nwant: %q", got, want)
	}
	if toplevel.HashName([]byte(`@"q\22 x"`)) != toplevel.Hash([]byte(`q" x`)) {
		t.Errorf("a quoted name hashes as its decoded form")
	}
}

func TestInlineAsmText(t *testing.T) {
	src := `define void @f() {
  call void asm sideeffect alignstack "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  call i32 asm "mov $$1, $0", "=r"(i32 1)
  ret void
}`
	body, err := scanString(t, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(body.Sites) != 2 {
		t.Fatalf("%d sites", len(body.Sites))
	}
	a, b := body.Sites[0], body.Sites[1]
	if a.Asm == nil || a.Asm.Template != "cmpq %gs:iu_stack_limit, %rsp\njb iu_stack_overflow" || a.Asm.Constraints != "~{dirflag},~{fpsr},~{flags}" || !a.NoArgs {
		t.Errorf("check site: %+v", a)
	}
	if b.Asm == nil || b.Asm.Template != "mov $$1, $0" || b.NoArgs {
		t.Errorf("second asm: %+v", b)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct{ src, msg string }{
		{"define void @f() {\n  call void @f()\n", "missing '}'"},
		{"define void @f() {\n  call void @\"f()\n}\n", "never closed"},
		{"define void @f() {\n  /* call void @f()\n}\n", "unterminated comment"},
		{"define void @f() {\n  ret void /* **/\n}\n", "unterminated comment"},
	} {
		_, err := scanString(t, tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.msg)
		}
	}
}

// bigBody is a body of many instructions whose calls are counted as it is
// written, with strings, comments and tokens that cross any window edge.
func bigBody(n int) (string, int) {
	var b strings.Builder
	b.WriteString("define void @big() {\nstart:\n")
	calls := 0
	for i := 0; i < n; i++ {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "  %%c%d = call i64 @f%d(i64 %d) ; call @nothing()\n", i, i%7, i)
			calls++
		case 1:
			fmt.Fprintf(&b, "  store ptr @\"call %d\", ptr %%call%d, align 8\n", i, i)
		case 2:
			fmt.Fprintf(&b, "  %%t%d = tail\n    call void %%fp%d() /* call\n in a comment */\n", i, i)
			calls++
		case 3:
			fmt.Fprintf(&b, "  %%s%d = alloca { i64, [%d x { i8, i32 }] }, align 8\n", i, i%9)
		case 4:
			fmt.Fprintf(&b, "    #dbg_value(i64 %d, !%d, !DIExpression(), !%d)\n", i, i, i+1)
		}
	}
	b.WriteString("  ret void\n}\n")
	return b.String(), calls
}

func TestWindows(t *testing.T) {
	src, calls := bigBody(40000) // about 1.7 MB: several windows of the lexer
	check := func(name string, s *source.Source) {
		body, err := Scan(s, int64(strings.Index(src, "{")))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(body.Sites) != calls || body.End != int64(len(src)-1) {
			t.Errorf("%s: %d sites ending at %d, want %d ending at %d", name, len(body.Sites), body.End, calls, len(src)-1)
		}
		for i, s := range body.Sites {
			want := "call"
			if i%2 == 1 {
				want = "tail"
			}
			if !strings.HasPrefix(src[s.Off:], "%") || !strings.HasPrefix(strings.TrimLeft(src[strings.Index(src[s.Off:], "=")+int(s.Off)+1:], " \n"), want) {
				t.Fatalf("%s: site %d starts at %q", name, i, src[s.Off:s.Off+20])
			}
		}
	}
	check("reader", source.New(strings.NewReader(src), int64(len(src))))

	// A file.
	path := filepath.Join(t.TempDir(), "big.ll")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := source.New(f, int64(len(src)))
	defer s.Close()
	check("file", s)
}

func BenchmarkScan(b *testing.B) {
	src, _ := bigBody(200000)
	s := source.New(bytes.NewReader([]byte(src)), int64(len(src)))
	open := int64(strings.Index(src, "{"))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Scan(s, open); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDefs(t *testing.T) {
	src := `define i32 @rt(ptr %prog, ptr %ctx) {
start:
  %0 = getelementptr inbounds nuw i8, ptr %prog, i64 8, !dbg !3
    #dbg_value(ptr %0, !4, !DIExpression(), !3)
  %"fn ptr" =
     load ptr, ptr %0, align 8 ; the prog field
  %r = call i32 %"fn ptr"(ptr %prog, ptr %ctx)
  br label %next
next:
  %0 = add i32 1, 2
  ret i32 %r
}`
	defs, err := Defs(source.New(strings.NewReader(src), int64(len(src))), int64(strings.Index(src, "{")), map[string]bool{"0": true, "fn ptr": true, "r": true, "ctx": true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"0":      "getelementptr inbounds nuw i8 , ptr %prog , i64 8 , !dbg ! 3",
		"fn ptr": "load ptr , ptr %0 , align 8",
		"r":      `call i32 %"fn ptr" ( ptr %prog , ptr %ctx ) br label %next`,
	}
	if !reflect.DeepEqual(defs, want) {
		t.Errorf("defs:\n%q\nwant:\n%q", defs, want)
	}
}

func TestParseAlias(t *testing.T) {
	for _, tc := range []struct {
		def  string
		kind CalleeKind
		name string
	}{
		{`@a = internal alias i32 (i32), ptr @f`, Direct, "f"},
		{`@a = hidden unnamed_addr alias { i32 }, ptr @"g h"`, Direct, "g h"},
		{`@a = alias void (), void ()* bitcast (void (i8*)* @f to void ()*)`, Direct, "f"},
		{`@a = thread_local(initialexec) alias i32, ptr @v`, Direct, "v"},
		{`@a = alias i8, getelementptr (i8, ptr @data, i64 4)`, Indirect, ""},
		{`@a = weak alias void (), ptr @f`, Indirect, ""},
		{`@a = linkonce alias void (), ptr @f`, Indirect, ""},
		{`@a = linkonce_odr alias void (), ptr @f`, Direct, "f"},
		{`@i = ifunc void (), ptr @resolver`, Indirect, ""},
		{`@a = alias void (), inttoptr (i64 4096 to ptr)`, Indirect, ""},
	} {
		k, name, at := ParseAlias([]byte(tc.def))
		if k != tc.kind || name != tc.name {
			t.Errorf("%s: %v %q, want %v %q", tc.def, k, name, tc.kind, tc.name)
		}
		// at is the aliasee's token: the last '@' of these definitions.
		if want := strings.LastIndex(tc.def, "@"); k == Direct && at != want || k != Direct && at != -1 {
			t.Errorf("%s: aliasee at %d, want %d", tc.def, at, want)
		}
	}
}
