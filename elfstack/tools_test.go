package elfstack

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Tests that need LLVM, a C compiler or rustc find them here. Without
// one, a test skips, except with CI=true, where a missing tool fails it.

func llvmBin(v string) string {
	if d := os.Getenv("IU_LLVM" + v); d != "" {
		return d
	}
	return "/usr/lib/llvm-" + v + "/bin"
}

// need returns the path of tool, or skips (fails in CI) when it is missing.
func need(t testing.TB, tool, hint string) string {
	t.Helper()
	p := tool
	if !filepath.IsAbs(tool) {
		var err error
		if p, err = exec.LookPath(tool); err != nil {
			p = ""
		}
	} else if st, err := os.Stat(tool); err != nil || st.IsDir() {
		p = ""
	}
	if p == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (%s); CI=true makes that a failure", tool, hint)
		}
		t.Skipf("%s is missing (%s)", tool, hint)
	}
	return p
}

func run(t testing.TB, dir string, env []string, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// typedPointer matches a typed pointer type of the test IR: a pointer to
// an integer, an array of integers, a named struct, a function type, or
// (after a first rewrite) to ptr.
var typedPointer = regexp.MustCompile(`(\bi\d+|\[\d+ x i\d+\]|%[A-Za-z_][A-Za-z_0-9]*|\bptr|\b(void|i\d+) \((ptr|i\d+|\.\.\.)?(, (ptr|i\d+))*\))\*`)

// opaque rewrites the test IR, written with LLVM 14's typed pointers, to
// LLVM 15+'s opaque pointers: every pointer type becomes ptr.
func opaque(src string) string {
	for {
		next := typedPointer.ReplaceAllString(src, "ptr")
		if next == src {
			return src
		}
		src = next
	}
}

// compile compiles testdata/NAME.ll with llc of LLVM v (14 or 22),
// rewritten to opaque pointers for 22, into dir, and returns the object.
func compile(t testing.TB, dir, name, v string, flags ...string) string {
	t.Helper()
	llc := need(t, filepath.Join(llvmBin(v), "llc"), "apt-get install llvm-"+v)
	src, err := os.ReadFile(filepath.Join("testdata", name+".ll"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	if v != "14" {
		text = opaque(text)
		if strings.Contains(text, "*") && regexp.MustCompile(`[\w\])]\*`).MatchString(stripComments(text)) {
			t.Fatalf("%s.ll: typed pointer left after the rewrite to opaque pointers", name)
		}
	}
	tag := strings.NewReplacer("=", "", "-", "", " ", "").Replace(strings.Join(flags, ""))
	ll := filepath.Join(dir, name+"."+v+tag+".ll")
	obj := strings.TrimSuffix(ll, ".ll") + ".o"
	if err := os.WriteFile(ll, []byte(text), 0o666); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"-O2", "-filetype=obj", "-stack-size-section", "-o", obj, ll}, flags...)
	run(t, dir, nil, llc, args...)
	return obj
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, ";"); i >= 0 {
			line = line[:i]
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// readobjSizes runs llvm-readobj --stack-sizes and returns the size of
// every function it lists (aliases get the same size).
func readobjSizes(t testing.TB, v, obj string) map[string]int64 {
	t.Helper()
	readobj := need(t, filepath.Join(llvmBin(v), "llvm-readobj"), "apt-get install llvm-"+v)
	out := run(t, "", nil, readobj, "--stack-sizes", obj)
	sizes := map[string]int64{}
	var names []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "Functions: ["):
			names = strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "Functions: ["), "]"), ", ")
		case strings.HasPrefix(line, "Size: "):
			n, err := strconv.ParseInt(strings.TrimPrefix(line, "Size: "), 0, 64)
			if err != nil {
				t.Fatalf("readobj: %q: %v", line, err)
			}
			for _, f := range names {
				sizes[f] = n
			}
			names = nil
		}
	}
	if len(sizes) == 0 {
		t.Fatalf("llvm-readobj --stack-sizes %s listed nothing:\n%s", obj, out)
	}
	return sizes
}

func mustOpen(t testing.TB, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
