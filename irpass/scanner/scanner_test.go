package scanner

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	line := `@"q\22x" = private constant [3 x i8] c"a\00b", section "s", !dbg !12 ; comment "x"`
	toks, _, err := Tokenize([]byte(line))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Kind.String()+":"+line[tk.Off:tk.End])
	}
	want := []string{`global name:@"q\22x"`, "punctuation:=", "keyword:private", "keyword:constant",
		"punctuation:[", "integer:3", "keyword:x", "keyword:i8", "punctuation:]", `string constant:c"a\00b"`,
		"punctuation:,", "keyword:section", `string:"s"`, "punctuation:,", "metadata name:!dbg", "punctuation:!", "integer:12"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if name := Name([]byte(line), toks[0]); name != `q"x` {
		t.Errorf("Name = %q", name)
	}
}

func TestTokenizeErrors(t *testing.T) {
	for _, line := range []string{`@x = c"unterminated`, "@x = \x01", `+0x3F+x`, `@`, `%"open`} {
		if _, _, err := Tokenize([]byte(line)); err == nil {
			t.Errorf("Tokenize(%q) succeeded", line)
		}
	}
}

func TestErrorFormat(t *testing.T) {
	e := &Error{Pos: Position{"in.ll", 3, 5}, Msg: "bad", Source: []byte("ab\tcdef")}
	want := "in.ll:3:5: error: bad\nab\tcdef\n  \t ^"
	if got := e.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// A long line is cut around the column and control bytes are masked.
	long := strings.Repeat("x", 1000) + "\x00HERE" + strings.Repeat("y", 1000)
	e = &Error{Pos: Position{"in.ll", 1, 1002}, Msg: "m", Source: []byte(long)}
	lines := strings.Split(e.Error(), "\n")
	if len(lines[1]) > maxShown+6 || !strings.Contains(lines[1], "?HERE") {
		t.Errorf("excerpt %q", lines[1])
	}
	if caret := strings.Index(lines[2], "^"); lines[1][caret:caret+4] != "HERE" {
		t.Errorf("caret under %q", lines[1][caret:])
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add(`@x = internal constant <{ [8 x i8], ptr }> <{ [8 x i8] c"\05\00", ptr @f }>, section "inner_unikernel/tp"`)
	f.Add(`define i32 @f(ptr %a) #0 !dbg !5 {`)
	f.Add(`attributes #0 = { "a"="b" memory(argmem: read) }`)
	f.Fuzz(func(t *testing.T, line string) {
		toks, _, err := Tokenize([]byte(line))
		prev := 0
		for _, tk := range toks {
			if tk.Off < prev || tk.End <= tk.Off || tk.End > len(line) {
				t.Fatalf("bad token %+v in %q (err %v)", tk, line, err)
			}
			prev = tk.End
		}
	})
}

// Tokens may be separated by newlines, comments of both kinds and NUL
// bytes, as LLVM's lexer has it; strings may span lines.
func TestTokenizeAcrossLines(t *testing.T) {
	text := "@x\n= ; c \" }\r/* a /* not nested */\x00global [2 x i8] c\"a\nb\"\n!llvm.used\\41 !7"
	toks, _, err := Tokenize([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range toks {
		got = append(got, text[tk.Off:tk.End])
	}
	want := []string{"@x", "=", "global", "[", "2", "x", "i8", "]", "c\"a\nb\"", "!llvm.used\\41", "!", "7"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if _, _, err := Tokenize([]byte("@x /* open")); err == nil {
		t.Errorf("an unterminated comment was accepted")
	}
}

// LLVM 22 ends a "/* */" comment at the first '*' followed by '/', where a
// '*' takes the byte after it: comments do not nest, "**/" does not end
// one and "/**/" is a whole one (LLLexer::SkipCComment).
func TestBlockComments(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"/* /* */ @w", "@w"},
		{"/* **/ } */ @z", "@z"},
		{"/***/ @x /* */ @y", "@y"},
		{"/**/@v", "@v"},
		{"/* a ***/ @u", "@u"},
		{"/* a /* b */ c */ @t", "c|*"},
	} {
		toks, _, err := Tokenize([]byte(tc.text))
		if err != nil && !strings.HasPrefix(tc.want, "c|") {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		var got []string
		for _, tk := range toks {
			got = append(got, tc.text[tk.Off:tk.End])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: tokens %q, want %q", tc.text, strings.Join(got, "|"), tc.want)
		}
	}
	for _, text := range []string{"@x /* a **/", "/***/ @x"} {
		if _, _, err := Tokenize([]byte(text)); err == nil {
			t.Errorf("%q: the unterminated comment was accepted", text)
		}
	}
}

// GlobalName and Quote print as LLVM's AsmWriter does
// (printLLVMNameWithoutPrefix, printEscapedString).
func TestGlobalNameAndQuote(t *testing.T) {
	for name, want := range map[string]string{
		"foo":       "@foo",
		"$x.y-z_0":  "@$x.y-z_0",
		"a b":       `@"a b"`,
		"2":         `@"2"`,
		"1abc":      `@"1abc"`,
		"é":         `@"\C3\A9"`,
		`a"b\c`:     `@"a\22b\5Cc"`,
		"tab\there": `@"tab\09here"`,
		"":          `@""`,
	} {
		if got := GlobalName(name); got != want {
			t.Errorf("GlobalName(%q) = %s, want %s", name, got, want)
		}
		// What is quoted reads back as the name.
		if got := GlobalName(name); got[1] == '"' && string(Unquote([]byte(got[2:len(got)-1]))) != name {
			t.Errorf("%s does not read back as %q", got, name)
		}
	}
	for s, want := range map[string]string{
		"":                    `""`,
		"inner_unikernel/xdp": `"inner_unikernel/xdp"`,
		"a\"b\\c\n\x7f":       `"a\22b\5Cc\0A\7F"`,
	} {
		if got := Quote(s); got != want {
			t.Errorf("Quote(%q) = %s, want %s", s, got, want)
		}
	}
}
