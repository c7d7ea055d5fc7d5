package linkwrap

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestResponseFile(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"a b\tc\n", []string{"a", "b", "c"}},
		{`my\ dir/x.o` + "\n" + `back\\slash`, []string{"my dir/x.o", `back\slash`}},
		{`'single quoted' "double \"q\""`, []string{"single quoted", `double "q"`}},
		{`""` + "\n" + `x`, []string{"", "x"}},
		{"-Wl,--as-needed\n-L\n/p\n", []string{"-Wl,--as-needed", "-L", "/p"}},
	} {
		got, err := parseResponseFile(tc.in)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseResponseFile(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		back, err := parseResponseFile(string(formatResponseFile(tc.want)))
		if err != nil || !reflect.DeepEqual(back, tc.want) {
			t.Errorf("round trip of %q = %q, %v", tc.want, back, err)
		}
	}
	if _, err := parseResponseFile(`"open`); err == nil {
		t.Error("unterminated quote accepted")
	}
}

func TestParseArgs(t *testing.T) {
	dir := t.TempDir()
	rsp := filepath.Join(dir, "a.rsp")
	os.WriteFile(rsp, []byte("in2.o\n-o\nout\n"), 0o666)
	l := parseArgs([]string{"-m64", "in1.o", "-L", "lib", "-lc", "@" + rsp, "-o", "prog", "lib.rlib", "@missing"}, 0)
	var inputs []string
	l.inputs(func(a *arg) { inputs = append(inputs, a.text) })
	if want := []string{"in1.o", "in2.o", "lib.rlib"}; !reflect.DeepEqual(inputs, want) {
		t.Fatalf("inputs = %q, want %q", inputs, want)
	}
	l.inputs(func(a *arg) {
		if a.text == "in2.o" {
			a.repl = "/tmp/x y/in2.o"
		}
	})
	var written []byte
	out, err := l.render(func(b []byte) (string, error) { written = b; return "new.rsp", nil })
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"-m64", "in1.o", "-L", "lib", "-lc", "@new.rsp", "-o", "prog", "lib.rlib", "@missing"}; !reflect.DeepEqual(out, want) {
		t.Errorf("render = %q, want %q", out, want)
	}
	if got, _ := parseResponseFile(string(written)); !reflect.DeepEqual(got, []string{"/tmp/x y/in2.o", "-o", "out"}) {
		t.Errorf("new response file holds %q", got)
	}
	if parseArgs([]string{"-Wl,--as-needed", "-fuse-ld=lld"}, 0).ldStyle() {
		t.Error("cc arguments taken for ld arguments")
	}
	if !parseArgs([]string{"--as-needed", "-plugin-opt=O3"}, 0).ldStyle() {
		t.Error("ld arguments not recognized")
	}
}

// TestArchive reads archives written by GNU ar (long names in "//", a
// symbol table), rewrites a member, and checks ar and nm agree.
func TestArchive(t *testing.T) {
	ar, err := exec.LookPath("ar")
	if err != nil {
		t.Skip("no ar")
	}
	dir := t.TempDir()
	files := map[string]string{
		"short.o":                          "odd",
		"a-rather-long-member-name.rcgu.o": "even",
		"x":                                strings.Repeat("z", 101),
	}
	names := []string{"short.o", "a-rather-long-member-name.rcgu.o", "x"}
	for _, n := range names {
		os.WriteFile(filepath.Join(dir, n), []byte(files[n]), 0o666)
	}
	a := filepath.Join(dir, "lib.a")
	cmd := exec.Command(ar, append([]string{"rcs", a}, names...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ar: %v\n%s", err, out)
	}
	f, _ := os.Open(a)
	defer f.Close()
	st, _ := f.Stat()
	members, err := readArchive(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range members {
		if m.Special {
			continue
		}
		data := make([]byte, m.Size)
		f.ReadAt(data, m.DataOff)
		if string(data) != files[m.Name] {
			t.Errorf("member %s holds %q", m.Name, data)
		}
		got = append(got, m.Name)
	}
	if !reflect.DeepEqual(got, names) {
		t.Fatalf("members %q, want %q", got, names)
	}
	repl := filepath.Join(dir, "repl")
	os.WriteFile(repl, []byte("replaced, odd length"), 0o666)
	var buf bytes.Buffer
	idx := map[int]string{}
	for i, m := range members {
		if m.Name == "short.o" {
			idx[i] = repl
		}
	}
	if err := writeArchive(&buf, f, members, idx); err != nil {
		t.Fatal(err)
	}
	b := filepath.Join(dir, "new.a")
	os.WriteFile(b, buf.Bytes(), 0o666)
	out, err := exec.Command(ar, "p", b, "short.o").Output()
	if err != nil || string(out) != "replaced, odd length" {
		t.Errorf("ar p short.o = %q, %v", out, err)
	}
	out, err = exec.Command(ar, "t", b).Output()
	if err != nil || strings.Fields(string(out))[2] != "x" {
		t.Errorf("ar t = %q, %v", out, err)
	}
}

// TestBitcode reads the producer and section names from bitcode written by
// each installed LLVM (typed pointers for 14, opaque for 22).
func TestBitcode(t *testing.T) {
	ll := `@obj = internal constant [8 x i8] c"\05\00\00\00\00\00\00\00", section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8
@other = global i32 0, section ".data.x"
@llvm.used = appending global [1 x [8 x i8]*] [[8 x i8]* @obj], section "llvm.metadata"
`
	tested := 0
	for _, tc := range []struct {
		dir   string
		major int
	}{{llvm14Dir(), 14}, {llvm22Dir(), 22}} {
		as := filepath.Join(tc.dir, "llvm-as")
		if !isExecutable(as) {
			continue
		}
		src := ll
		if tc.major >= 15 {
			src = strings.ReplaceAll(src, "[8 x i8]*", "ptr")
		}
		dir := t.TempDir()
		in := filepath.Join(dir, "m.ll")
		os.WriteFile(in, []byte(src), 0o666)
		out := filepath.Join(dir, "m.bc")
		if b, err := exec.Command(as, "-o", out, in).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", as, err, b)
		}
		data, _ := os.ReadFile(out)
		info, err := scanBitcode(data)
		if err != nil {
			t.Fatalf("LLVM %d: %v", tc.major, err)
		}
		if info.Major() != tc.major || !info.HasPrograms() {
			t.Errorf("LLVM %d: producer %q, sections %q", tc.major, info.Producer, info.Sections)
		}
		if _, err := scanBitcode(data[:len(data)/2]); err == nil {
			t.Errorf("LLVM %d: truncated bitcode accepted", tc.major)
		}
		tested++
	}
	if tested == 0 {
		t.Skip("no llvm-as")
	}
	if llvmMajor("LLVM22.1.2-rust-1.95.0-stable") != 22 || llvmMajor("rustc") != 0 {
		t.Error("llvmMajor")
	}
}

func TestOutput(t *testing.T) {
	dir := t.TempDir()
	rsp := filepath.Join(dir, "o.rsp")
	if err := os.WriteFile(rsp, []byte("x.o\n-o\nfrom-rsp\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"a.o", "-o", "prog", "-lc"}, "prog"},
		{[]string{"-oprog", "a.o"}, "prog"},
		{[]string{"-o", "first", "a.o", "-o", "last"}, "last"},
		{[]string{"a.o", "@" + rsp}, "from-rsp"},
		{[]string{"-L", "-odd-dir", "a.o"}, ""}, // -odd-dir is -L's value
		{[]string{"a.o"}, ""},
	} {
		if got := parseArgs(tc.args, 0).output(); got != tc.want {
			t.Errorf("output of %q = %q, want %q", tc.args, got, tc.want)
		}
	}
}

// TestNumberAfter checks numberAfter against the regexps it replaced.
func TestNumberAfter(t *testing.T) {
	inputs := []string{
		"", "LLVM", "LLVM22.1.2-rust-1.95.0-stable", "rustc", "LLVMx LLVM14",
		"Ubuntu LLVM version 22.1.2\n  Optimized build.", "LLVM version \nLLVM version 14.0.6",
		"Debian LLD 14.0.6 (compatible with GNU linkers)", "LLD 22", "LLD 22x LLD 14.", "LLD .5",
		"LLD 1 LLD 22.1", "LLVMLLVM7", "LLD LLD 3.", "LLVM version 0x1", "LLD ٣.",
	}
	for _, tc := range []struct {
		prefix  string
		thenDot bool
		re      string
	}{
		{"LLVM", false, `LLVM(\d+)`},
		{"LLVM version ", false, `LLVM version (\d+)`},
		{"LLD ", true, `LLD (\d+)\.`},
	} {
		re := regexp.MustCompile(tc.re)
		for _, in := range inputs {
			want, wantOK := "", false
			if m := re.FindStringSubmatch(in); m != nil {
				want, wantOK = m[1], true
			}
			if got, ok := numberAfter(in, tc.prefix, tc.thenDot); got != want || ok != wantOK {
				t.Errorf("numberAfter(%q, %q, %v) = %q, %v; %s finds %q, %v", in, tc.prefix, tc.thenDot, got, ok, tc.re, want, wantOK)
			}
		}
	}
}
