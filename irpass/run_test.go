package irpass

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

const header = `target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
`

// module builds a small opaque-pointer module with n tracepoint programs.
func testModule(n int) string {
	var b strings.Builder
	b.WriteString(header)
	for i := 0; i < n; i++ {
		name := "iu_prog_" + strings.Repeat("x", i%3) + string(rune('a'+i%26)) + itoa(i)
		b.WriteString("@str" + itoa(i) + ` = private unnamed_addr constant [` + itoa(len(name)) + ` x i8] c"` + name + "\", align 1\n")
		b.WriteString("@obj" + itoa(i) + ` = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @fn, ptr @str` + itoa(i) +
			`, [8 x i8] c"` + lenBytes(len(name)) + `" }>, section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8` + "\n")
	}
	b.WriteString("\ndefine internal i32 @fn(ptr %obj, ptr %ctx) unnamed_addr #0 {\nstart:\n  ret i32 7\n}\n\nattributes #0 = { nounwind \"target-cpu\"=\"x86-64\" }\n")
	return b.String()
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

func lenBytes(n int) string {
	var b strings.Builder
	for i := 0; i < 8; i++ {
		b.WriteString(`\`)
		const hexdig = "0123456789ABCDEF"
		b.WriteByte(hexdig[(n>>(8*i))>>4&15])
		b.WriteByte(hexdig[(n>>(8*i))&15])
	}
	return b.String()
}

func runString(src string) (string, *Result, error) {
	var out bytes.Buffer
	res, err := Run("test.ll", strings.NewReader(src), int64(len(src)), &out)
	return out.String(), res, err
}

func TestManyPrograms(t *testing.T) {
	const n = 10000
	out, res, err := runString(testModule(n))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Programs) != n {
		t.Fatalf("found %d programs, want %d", len(res.Programs), n)
	}
	if got := strings.Count(out, "\ndefine i32 @iu_prog_"); got != n {
		t.Errorf("%d entries generated", got)
	}
	if !strings.Contains(out, "@llvm.used = appending global [10000 x ptr]") {
		t.Errorf("@llvm.used does not hold every entry")
	}
	// One attribute group serves every entry with the same base.
	if got := strings.Count(out, "\nattributes #1 = "); got != 1 || strings.Contains(out, "attributes #2") {
		t.Errorf("attribute groups not shared")
	}
}

func TestIdempotent(t *testing.T) {
	once, _, err := runString(testModule(3))
	if err != nil {
		t.Fatal(err)
	}
	twice, res, err := runString(once)
	if err != nil {
		t.Fatal(err)
	}
	if twice != once || len(res.Programs) != 0 {
		t.Errorf("second run changed the module")
	}
}

// The pass is a library: many goroutines may run it on different modules,
// read or mapped.
func TestConcurrentRuns(t *testing.T) {
	want, _, err := runString(testModule(20))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run := runString
			if i%2 == 1 {
				// Half of them read their module from a file.
				run = func(src string) (string, *Result, error) { return runFile(t, src) }
			}
			got, _, err := run(testModule(20))
			if err == nil && got != want {
				err = errors.New("different output")
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// Programs before and after a line longer than the reader's window and a
// function body spanning several windows are all found, with the right
// line numbers, whether the module is read from memory or from a file in
// small reads.
func TestLineReaderWindows(t *testing.T) {
	const windowSize = 128 << 10
	big := strings.Repeat("a", 3*windowSize)
	body := strings.Repeat("  call void @g()\n", windowSize/8)
	late := `@str_late = private unnamed_addr constant [12 x i8] c"iu_prog_late", align 1` + "\n" +
		`@obj_late = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @fn, ptr @str_late, [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, section "inner_unikernel/kprobe/f", align 8` + "\n"
	src := testModule(1) + "@pad = private constant [" + itoa(len(big)) + ` x i8] c"` + big + "\"\n" +
		"define void @g() {\n" + body + "}\n" + late
	check := func(t *testing.T, out string, res *Result, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Programs) != 2 || res.Programs[1].Name != "iu_prog_late" {
			t.Fatalf("programs: %+v", res.Programs)
		}
		if want := 3 + 9 + 1 + windowSize/8 + 1 + 2; res.Programs[1].Line != want {
			t.Errorf("late program on line %d, want %d", res.Programs[1].Line, want)
		}
		if !strings.Contains(out, "define i32 @iu_prog_late(ptr %ctx)") {
			t.Errorf("no entry for the late program")
		}
	}
	t.Run("ReadAt", func(t *testing.T) {
		out, res, err := runString(src)
		check(t, out, res, err)
	})
	t.Run("file", func(t *testing.T) {
		defer smallReads()()
		out, res, err := runFile(t, src)
		check(t, out, res, err)
		if want, _, _ := runString(src); out != want {
			t.Errorf("the module in a file and in memory give different outputs")
		}
	})
}

// smallReads makes the reader read as little as it can at a time, so
// that small test modules move the window as a large one does; it
// returns the undo.
func smallReads() func() {
	return toplevel.SetMinReadForTest(1)
}

// tempInput writes src to a file and opens it; the file is closed and
// removed when the test ends.
func tempInput(t testing.TB, src string) (*os.File, string) {
	name := filepath.Join(t.TempDir(), "in.ll")
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, name
}

// runFile runs the pass on src written to a file.
func runFile(t testing.TB, src string) (string, *Result, error) {
	f, _ := tempInput(t, src)
	var out bytes.Buffer
	res, err := Run("test.ll", f, int64(len(src)), &out)
	return out.String(), res, err
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// A file that shrinks while the pass reads it makes the pass fail with an
// error.
func TestFileTruncated(t *testing.T) {
	src := testModule(1) + strings.Repeat("; padding\n", 3*os.Getpagesize()/10)
	f, name := tempInput(t, src)
	// The pass is told the old size, as if the file shrank after the
	// caller looked at it.
	if err := os.Truncate(name, 100); err != nil {
		t.Fatal(err)
	}
	res, err := Run("in.ll", f, int64(len(src)), io.Discard)
	if err == nil || !strings.Contains(err.Error(), "changed while") {
		t.Fatalf("got %+v, %v; want a read error", res, err)
	}
}

func TestDiagnosticIsErrorList(t *testing.T) {
	_, _, err := runString(strings.Replace(testModule(1), `c"\05`, `c"\09`, 1))
	var list scanner.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || !strings.HasPrefix(list.Error(), "test.ll:4:") {
		t.Fatalf("got %v", err)
	}
}

func FuzzRun(f *testing.F) {
	f.Add([]byte(testModule(2)))
	f.Add([]byte(header + "define void @f() {\n}\n"))
	// Every module the golden tests use is a seed.
	for _, pattern := range []string{"../testdata/ll/*/*.ll", "../testdata/demo/*.ll"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var out bytes.Buffer
		res, err := Run("test.ll", bytes.NewReader(src), int64(len(src)), &out)
		// The same module in a file, read in small pieces, must give
		// the same answer.
		undo := smallReads()
		mout, _, merr := runFile(t, string(src))
		undo()
		if errText(merr) != errText(err) || err == nil && mout != out.String() {
			t.Fatalf("the module in a file and in memory give different answers:\nmemory: %v\nfile:   %v", err, merr)
		}
		// Read in parts (if it has a split point), the same answer.
		runBothWays(t, "fuzz input", src)
		if err != nil {
			var list scanner.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is not a diagnostic: %v", err)
			}
			for _, e := range list {
				if e.Pos.Line < 1 || e.Pos.Column < 1 {
					t.Fatalf("diagnostic without a position: %v", e)
				}
			}
			return
		}
		if res == nil {
			t.Fatal("no result and no error")
		}
		if len(res.Programs) == 0 && !bytes.Equal(out.Bytes(), src) {
			t.Fatal("a module without programs was changed")
		}
	})
}

// Result tells the command whether a module had no program objects, and
// whether it had no @llvm.used at all (rustc at -O drops statics that are
// not #[used]).
func TestResultNoObjects(t *testing.T) {
	cases := []struct {
		src               string
		noObjects, noUsed bool
	}{
		{"", true, true},
		{header + "@x = global i32 0\n", true, true},
		{header + "@x = global i32 0\n@llvm.used = appending global [1 x ptr] [ptr @x], section \"llvm.metadata\"\n", true, false},
		{header + "@x = global i32 0\n@llvm.compiler.used = appending global [1 x ptr] [ptr @x], section \"llvm.metadata\"\n", true, false},
		{testModule(1), false, true},
	}
	for _, tc := range cases {
		_, res, err := runString(tc.src)
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if res.NoObjects != tc.noObjects || res.NoUsed != tc.noUsed {
			t.Errorf("%q: NoObjects %v NoUsed %v, want %v %v", tc.src, res.NoObjects, res.NoUsed, tc.noObjects, tc.noUsed)
		}
	}
}

// A global with two section attributes is in the last one, as llvm-as
// reads it: an object whose last section is a program's is a program
// (whichever path of the reader reads its line), one whose last section
// is another is not. (The fast path of one-line globals once kept the
// first: a program was missed, exit 0.)
func TestLastSectionWins(t *testing.T) {
	obj := func(sections string) string {
		return header + `@name = private constant [5 x i8] c"prog1"
@OBJ = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @f, ptr @name, [8 x i8] c"\05\00\00\00\00\00\00\00" }>` + sections + `, align 8
define internal i32 @f(ptr %o, ptr %c) {
  ret i32 0
}
`
	}
	for _, c := range []struct {
		sections string
		programs int
	}{
		{`, section "other", section "inner_unikernel/xdp"`, 1},
		{`, section "inner_unikernel/xdp", section "other"`, 0},
	} {
		src := obj(c.sections)
		var out bytes.Buffer
		res, err := Run("test.ll", strings.NewReader(src), int64(len(src)), &out)
		if err != nil {
			t.Fatalf("%s: %v", c.sections, err)
		}
		if len(res.Programs) != c.programs {
			t.Errorf("%s: %d programs, want %d", c.sections, len(res.Programs), c.programs)
		}
		undo := smallReads() // the general path
		_, fres, ferr := runFile(t, src)
		undo()
		if ferr != nil || len(fres.Programs) != c.programs {
			t.Errorf("%s, read in small pieces: %v, want %d programs", c.sections, ferr, c.programs)
		}
	}
}

// Written to a file from a file, the output is what Run writes to a
// buffer: the input's bytes between the edits copied by the kernel (every
// range of them, however short, in this test), the output's blocks
// reserved first and the file exactly as long as the output.
func TestRunFileToFile(t *testing.T) {
	defer func(n int64) { kernelCopyMin = n }(kernelCopyMin)
	kernelCopyMin = 1
	mods := corpusModules(t)
	mods["bench"] = benchModule(1 << 20)
	dir := t.TempDir()
	edited := 0
	for path, src := range mods {
		var want bytes.Buffer
		res, err := Run("test.ll", bytes.NewReader(src), int64(len(src)), &want)
		if err != nil {
			continue
		}
		if !res.NoObjects {
			edited++
		}
		in := filepath.Join(dir, "in.ll")
		if err := os.WriteFile(in, src, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(in)
		if err != nil {
			t.Fatal(err)
		}
		out, err := os.Create(filepath.Join(dir, "out.ll"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Run("test.ll", f, int64(len(src)), out)
		f.Close()
		out.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		got, _ := os.ReadFile(out.Name())
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: written to a file, %d bytes differ from the %d written to a buffer", path, len(got), want.Len())
		}
	}
	if edited < 50 {
		t.Fatalf("only %d modules with programs", edited)
	}
}

// Into a file opened with O_APPEND that already holds text, the output is
// appended after it, with the bytes between edits copied as the kernel
// cannot (copy_file_range refuses O_APPEND): nothing reserved, nothing of
// the file's text lost.
func TestRunIntoAppendFile(t *testing.T) {
	defer func(n int64) { kernelCopyMin = n }(kernelCopyMin)
	kernelCopyMin = 1
	src := benchModule(256 << 10)
	var want bytes.Buffer
	if _, err := Run("test.ll", bytes.NewReader(src), int64(len(src)), &want); err != nil {
		t.Fatal(err)
	}
	in, _ := tempInput(t, string(src))
	name := filepath.Join(t.TempDir(), "out.ll")
	if err := os.WriteFile(name, []byte("; kept\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run("test.ll", in, int64(len(src)), out)
	out.Close()
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	if !bytes.Equal(got, append([]byte("; kept\n"), want.Bytes()...)) {
		t.Fatalf("%d bytes, want %d: the file's text and the output", len(got), len("; kept\n")+want.Len())
	}
}
