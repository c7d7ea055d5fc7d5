package toplevel

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// entities reads src and describes each entity: kind, line, name and, for
// a define, its body.
func entities(t testing.TB, src string) ([]string, error) {
	t.Helper()
	r := NewReader(source.New(strings.NewReader(src), int64(len(src))))
	var out []string
	for {
		e, err := r.Next()
		if err != nil {
			return out, err
		}
		if e == nil {
			return out, nil
		}
		out = append(out, describe(src, e))
	}
}

func describe(src string, e *Entity) string {
	s := fmt.Sprintf("%s@%d", e.Kind, e.Line)
	if e.NameEnd > e.NameOff {
		s += " " + src[e.NameOff:e.NameEnd]
	}
	if e.IDOK {
		s += fmt.Sprintf(" #%d", e.ID)
	}
	if e.Kind == Define {
		s += fmt.Sprintf(" body %q", src[e.BodyOff:e.BodyEnd])
	}
	if e.SectionOff >= 0 {
		s += fmt.Sprintf(" section %q", e.Section)
	}
	if e.Alias {
		s += " alias"
	}
	for _, m := range e.MDRefs {
		s += fmt.Sprintf(" !%d", m.ID)
	}
	for _, a := range e.AttrRefs {
		s += fmt.Sprintf(" attr#%d", a.ID)
	}
	if e.Datalayout {
		s += fmt.Sprintf(" datalayout %q", e.Value)
	}
	if got := src[e.Off:e.End]; strings.TrimSpace(got) != got {
		s += " [spans whitespace]"
	}
	return s
}

func TestEntities(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"body closed by '} ' (issue 12, case 1)",
			"define void @g() {\n  ret void\n} \n@OBJ = global i32 0\ndefine i32 @prog1(ptr %c) {\n  ret i32 1\n}",
			[]string{`define@1 @g body "{\n  ret void\n}"`, "global@4 @OBJ", `define@5 @prog1 body "{\n  ret i32 1\n}"`}},
		{"'}' followed by a comment and by the next definition",
			"define void @g() {\n ret void\n} ; done\ndefine void @h() { ret void } declare void @k()\n",
			[]string{`define@1 @g body "{\n ret void\n}"`, `define@4 @h body "{ ret void }"`, "declare@4 @k"}},
		{"a definition split over lines (case 2)",
			"@OBJ = internal constant <{ i64 }> <{ i64 6\n}>, section \"inner_unikernel/xdp\", align 8\n@x = global i32 0",
			[]string{`global@1 @OBJ section "inner_unikernel/xdp"`, "global@3 @x"}},
		{"metadata over lines, declare and its attributes over lines",
			"!0 = !DIFile(filename: \"a\",\ndirectory: \"b\")\ndeclare void @f()\nnounwind\n!1 = !{}\n",
			[]string{"metadata node@1 #0", "declare@3 @f", "metadata node@5 #1"}},
		{"strings and comments hide braces, quotes and starts",
			"define void @f() {\n  call void asm \"}\n@x = global\", \"\"() ; } \"\n  /* } \" */ ret void\n}\n@y = global [3 x i8] c\"}\n!\"\n",
			[]string{"define@1 @f body \"{\\n  call void asm \\\"}\\n@x = global\\\", \\\"\\\"() ; } \\\"\\n  /* } \\\" */ ret void\\n}\"", "global@6 @y"}},
		// LLVM 22's comments do not nest, and a '*' takes the byte after
		// it, so "**/" does not end one (LLLexer::SkipCComment; checked
		// with llvm-as-22, which defines @y, @z, @w and @v here).
		{"block comments as LLVM 22 ends them",
			"/***/ @x = global i32 0 /* */ @y = global i32 1\n/* **/ } */ @z = global i32 2\n/* /* */ @w = global i32 3\ndefine void @f() {\n  /* **/ } */ ret void\n}\n/**/@v = global i32 4\n",
			[]string{"global@1 @y", "global@2 @z", "global@3 @w", "define@4 @f body \"{\\n  /* **/ } */ ret void\\n}\"", "global@7 @v"}},
		{"quoted and escaped names",
			"@\"llvm.used\" = appending global [0 x ptr] zeroinitializer\n@\"a\\22b\" = global i32 0\n%\"T x\" = type { i32 }\n",
			[]string{`global@1 @"llvm.used"`, `global@2 @"a\22b"`, `type@3 %"T x"`}},
		{"several entities on one line",
			"@a = global i32 0 @b = global i32 1 !2 = !{} !3 = !{!2} !named = !{!3}",
			[]string{"global@1 @a", "global@1 @b", "metadata node@1 #2", "metadata node@1 #3", "named metadata@1 !named"}},
		{"tokens across lines",
			"@a\n=\nglobal\ni32\n0\n,\nsection\n\"s\"\n!4\n=\n!{}\n",
			[]string{`global@1 @a section "s"`, "metadata node@9 #4"}},
		{"attachments, attribute groups and header constants",
			"define { i32, i32 } @f() #0 prefix { i32 } { i32 1 } prologue i8 undef personality ptr @p !dbg !7 {\n  ret { i32, i32 } zeroinitializer\n}\nattributes #0 = { nounwind }\n@g = global i32 0, !dbg !8\n",
			[]string{"define@1 @f body \"{\\n  ret { i32, i32 } zeroinitializer\\n}\" !7 attr#0", "attribute group@4 #0", "global@5 @g !8"}},
		{"typed personality",
			"define void @f() personality i32 (...)* @__gxx_personality_v0 {\nentry:\n  ret void\n}\n",
			[]string{"define@1 @f body \"{\\nentry:\\n  ret void\\n}\""}},
		{"directives",
			"; ModuleID = 'x'\nsource_filename = \"x\"\ntarget datalayout = \"e-m:e\"\ntarget triple = \"x86_64\"\nmodule asm \"nop\"\n$c = comdat any\n^0 = module: (path: \"a\", hash: (0, 0, 0, 0, 0))\n@a = alias i32, ptr @b\nuselistorder ptr @b, { 1, 0 }\n@t = global target(\"x\") zeroinitializer\n",
			[]string{"source_filename@2", `target@3 datalayout "e-m:e"`, "target@4", "module asm@5", "comdat@6 $c", "summary entry@7 ^0", "global@8 @a alias", "uselistorder@9", "global@10 @t"}},
		{"CRLF, NUL as whitespace, no final newline",
			"@a = global i32 0\r\n@b\x00= global i32 1\r\ndefine void @f() {\r\n  ret void\r\n}",
			[]string{"global@1 @a", "global@2 @b", "define@3 @f body \"{\\r\\n  ret void\\r\\n}\""}},
		{"a comment ended by a carriage return",
			"@a = global i32 0 ; comment\r@b = global i32 1\n",
			[]string{"global@1 @a", "global@1 @b"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := entities(t, tc.src)
			if err != nil {
				t.Fatalf("error %v after %q", err, got)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}

func TestErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"This is a README.\n", "line 1: expected top-level entity"},
		{"define void @f() {\n  ret void\n", "line 3: unexpected end of file in the body of this function (missing '}'); is the input truncated?"},
		{"define void @f() {\n  ret void\n} junk\n", "line 3: expected top-level entity"},
		{"@a = constant [2 x i8] c\"ab\n", "line 2: this string is never closed: the file ends inside it; is the input truncated?"},
		{"@a = constant <{ i64, ptr }> <{ i64 5, ptr @x", "line 1: unexpected end of file; is the input truncated?"},
		{"/* unterminated\n", "line 2: unterminated comment ('/*' without '*/')"},
		{"@x = global i32 0 /* a **/\n", "line 2: unterminated comment ('/*' without '*/')"},
		{"/* a /* b */ c */ @x = global i32 0\n", "line 1: expected top-level entity"},
		{"define void @f()\ndeclare void @g()\n", "line 1: expected the body of this function ('{') before the next definition"},
		{"@\"unterminated = global i32 0\n", "line 2: this name or string is never closed: the file ends inside it; is the input truncated?"},
	}
	for _, tc := range cases {
		_, err := entities(t, tc.src)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.src, err, tc.want)
		}
	}
}

// Reading a module in one window or in windows as small as the reader
// can make them (from a file) gives the same entities.
func TestWindows(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/ll/*/*.ll")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := entities(t, string(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		undo := SetMinReadForTest(1)
		src := source.New(fh, int64(len(data)))
		r := NewReader(src)
		var got []string
		for {
			e, err := r.Next()
			if err != nil {
				t.Fatalf("%s in small reads: %v", f, err)
			}
			if e == nil {
				break
			}
			got = append(got, describe(string(data), e))
		}
		src.Close()
		undo()
		fh.Close()
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: read in small pieces differs", f)
		}
	}
}

// The fast paths for one-line metadata nodes and globals give exactly the
// entities the general path gives, on every module of the corpus and on
// the lines they must decline.
func TestFastPathsAgree(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/ll/*/*.ll")
	srcs := []string{
		"@a = global i32 0 @b = global i32 1\n!1 = !{} !2 = !{}\n",
		"@a = global i32 0, section\n\"s\"\n@b = global i32 0, !dbg\n!5\n",
		"@a = global i32 0 ; comment\n!3 = !{!\"a;b\"} ; c\n!4 = !{!\"x\n\"}\n",
		"@a = global i32 0, !dbg !5, !foo !6, !bar !7, !baz !8, !qux !9\n",
		"@\"q\\22\" = alias i32, ptr @b\n@c = global i32 0 declare void @f()\n",
		"!7 = distinct !DISubprogram(name: \"f\", file: !1)\n!8 = !{!\"(\"}\n",
		// A float's exponent sign once made the global fast path stop
		// advancing (found by LLVM's Bitcode tests).
		"@x = available_externally global float 0.000000e+00, align 8, !dbg !0\n@y = global double -1.5e-07\n",
		// Personality clauses, as rustc writes them and otherwise.
		"define i64 @f(ptr %s) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !25 {\n  ret i64 0\n}\n",
		"define i64 @f(i64* %s) #1 personality i32 (i32, i32, i64, i8*, i8*)* @rust_eh_personality !dbg !234 {\n  ret i64 0\n}\n",
		"define void @f() personality ptr @\"p q\" {\n  ret void\n}\ndefine void @g() personality ptr @p #0 {\n  ret void\n}\n",
		"define void @f() personality ptr bitcast (ptr @p to ptr) {\n  ret void\n}\ndefine void @g() personality ptr addrspace(1) @p {\n  ret void\n}\n",
		"define void @f() personality { i32 } { i32 1 } {\n  ret void\n}\ndefine void @g() personality ptr @p personality ptr @q {\n  ret void\n}\n",
		"define void @f() personality ptr @p, !dbg !1 {\n  ret void\n}\ndefine void @g() personality ptr @p!dbg !1 {\n  ret void\n}\n",
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		srcs = append(srcs, string(data))
		// Cut short at a few lines, the paths must fail alike.
		lines := strings.SplitAfter(string(data), "\n")
		for k := 1; k < 8; k++ {
			srcs = append(srcs, strings.Join(lines[:len(lines)*k/8], ""))
		}
	}
	for i, src := range srcs {
		if msg := fastAndGeneral(t, src); msg != "" {
			t.Errorf("source %d: %s", i, msg)
		}
	}
}

// fastAndGeneral reads src with and without the fast paths and describes
// how they differ, or returns "".
func fastAndGeneral(t testing.TB, src string) string {
	fast, ferr := entities(t, src)
	fastOff = true
	slow, serr := entities(t, src)
	fastOff = false
	if fmt.Sprint(ferr) != fmt.Sprint(serr) || strings.Join(fast, "\n") != strings.Join(slow, "\n") {
		return fmt.Sprintf("fast path\n\t%s (%v)\ngeneral path\n\t%s (%v)", strings.Join(fast, "\n\t"), ferr, strings.Join(slow, "\n\t"), serr)
	}
	return ""
}

// FuzzFastPaths: on any text, the fast paths give what the general path
// gives (the seeds are the lines they take).
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"!37 = !DILocation(line: 7, column: 3, scope: !40)\n!38 = distinct !{!\"a\", !5}\n",
		"@alloc_1f = private unnamed_addr constant [5 x i8] c\"hello\", align 1, !dbg !4\n",
		"define i64 @g(ptr %self) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !253740 {\n  ret i64 0\n}\n",
		"define i64 @h(i64* %s) #1 personality i32 (i32, i8*)* @p !dbg !2 {\n}\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if msg := fastAndGeneral(t, src); msg != "" {
			t.Fatal(msg)
		}
	})
}

// Hash is of the decoded name: a quoted name with escapes hashes as its
// decoding, and names that differ in a byte or in length differ.
func TestHash(t *testing.T) {
	if HashName([]byte(`@"a\5Cb\\c"`)) != Hash([]byte(`a\b\c`)) || HashName([]byte(`@abc`)) != Hash([]byte("abc")) {
		t.Errorf("a quoted name does not hash as its decoding")
	}
	seen := map[uint64]string{}
	for _, s := range []string{"", "a", "a\x00", "\x00a", "ab", "ba", "llvm.used", "llvm.usee", "12345678", "123456789", "12345678\x00"} {
		h := Hash([]byte(s))
		if o, ok := seen[h]; ok {
			t.Errorf("%q and %q collide", s, o)
		}
		seen[h] = s
	}
}

// begin resets every field of the entity it reuses (it assigns them one
// by one, so a field added to Entity must be added there too).
func TestBeginResets(t *testing.T) {
	r := NewReader(source.New(strings.NewReader(""), 0))
	e := r.cur
	v := reflect.ValueOf(e).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int, reflect.Int64:
			f.SetInt(7)
		case reflect.Uint8, reflect.Uint32, reflect.Uint64:
			f.SetUint(7)
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		default:
			t.Fatalf("field %s of kind %s: teach this test", v.Type().Field(i).Name, f.Kind())
		}
	}
	r.begin(GlobalVar, tok{off: 1, end: 2, line: 3})
	want := Entity{Kind: GlobalVar, Off: 1, End: 2, Line: 3, SectionOff: -1}
	if len(e.MDRefs) != 0 || len(e.AttrRefs) != 0 {
		t.Errorf("references kept")
	}
	e.MDRefs, e.AttrRefs = nil, nil // emptied, their arrays kept for reuse
	if !reflect.DeepEqual(*e, want) {
		t.Errorf("begin left\n%+v\nwant\n%+v", *e, want)
	}
}

// The fast paths take the lines LLVM prints most (so that the general path
// is left the rest): metadata nodes, globals, define headers with and
// without a personality, in both pointer dialects.
func TestFastPathsTake(t *testing.T) {
	src := `!37 = !DILocation(line: 7, column: 3, scope: !40)
!38 = distinct !DISubprogram(name: "f", linkageName: "_ZN1f", scope: !6, file: !3, line: 599, type: !4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, templateParams: !{})
!39 = !{!13, !5, !5}
@alloc_1f = private unnamed_addr constant [5 x i8] c"hello", align 1
@vtable = internal constant <{ ptr, [16 x i8], ptr }> <{ ptr @drop, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @f }>, align 8, !dbg !7
define internal fastcc i64 @f(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, i64 noundef %n) unnamed_addr #1 !dbg !37 {
  ret i64 0
}
define i64 @g(ptr %self) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !253740 {
  ret i64 0
}
define internal i64 @h(i64* noalias nocapture noundef readonly align 8 dereferenceable(24) %self) unnamed_addr #1 personality i32 (i32, i32, i64, i8*, i8*)* @rust_eh_personality !dbg !234 {
  ret i64 0
}
`
	r := NewReader(source.New(strings.NewReader(src), int64(len(src))))
	n := 0
	for {
		e, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if e == nil {
			break
		}
		n++
	}
	if n != 8 || r.lexed > 2 { // the end of the module is a token (twice: the last entity, then nil)
		t.Errorf("%d entities, %d tokens lexed by the general path", n, r.lexed)
	}
}

// groupBytes holds the bytes groupClass marks, and no other.
func TestGroupBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		if groupBytes.Has(byte(c)) != (groupClass[c] != 0) {
			t.Errorf("byte %q: in groupBytes %v, marked %d", byte(c), groupBytes.Has(byte(c)), groupClass[c])
		}
	}
}
