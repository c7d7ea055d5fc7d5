package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and the expected output in test scripts")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"iu-entry": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// testdataDir is the repository's top-level testdata directory.
func testdataDir(t testing.TB) string {
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestScripts(t *testing.T) {
	td := testdataDir(t)
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join(td, "script"),
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", td)
			env.Setenv("CI", os.Getenv("CI"))
			for _, v := range []string{"IU_LLVM22", "IU_LLVM14", "HOME", "RUSTUP_HOME", "CARGO_HOME"} {
				if val := os.Getenv(v); val != "" {
					env.Setenv(v, val)
				}
			}
			return nil
		},
		Condition: toolCondition(os.Getenv),
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"llvm-check": cmdLLVMCheck,
			"golden":     cmdGolden,
		},
	})
}

// llvmBin returns the bin directory of LLVM major version v.
func llvmBin(getenv func(string) string, v string) string {
	if dir := getenv("IU_LLVM" + v); dir != "" {
		return dir
	}
	return "/usr/lib/llvm-" + v + "/bin"
}

// toolConditions answers the script condition [have:NAME]: whether a
// tool the script needs is installed. Outside CI a missing tool makes the
// script skip itself ("[!have:llvm-22] skip"); in CI (CI=true) it is an
// error, because a check that silently does not run is worse than none.
func toolCondition(getenv func(string) string) func(string) (bool, error) {
	return func(cond string) (bool, error) {
		name, ok := strings.CutPrefix(cond, "have:")
		if !ok {
			return false, fmt.Errorf("unknown condition %q", cond)
		}
		var paths []string
		pkg := name
		switch name {
		case "llvm-22", "llvm-14", "llvm-13", "llvm-15", "llvm-16", "llvm-19":
			bin := llvmBin(getenv, strings.TrimPrefix(name, "llvm-"))
			paths = []string{filepath.Join(bin, "llvm-as"), filepath.Join(bin, "llc")}
		case "cc":
			paths = []string{"/usr/bin/cc"}
			pkg = "gcc"
		default:
			return false, fmt.Errorf("unknown tool %q in condition", name)
		}
		for _, p := range paths {
			if _, err := os.Stat(p); err != nil {
				if getenv("CI") == "true" {
					return false, fmt.Errorf("%s is missing (install %s; `make test` does it)", p, pkg)
				}
				return false, nil
			}
		}
		return true, nil
	}
}

// llvm-check VERSION FILE...: every file must be accepted by llvm-as and by
// llc -filetype=obj of that LLVM (22 for opaque pointers, 14 for typed).
func cmdLLVMCheck(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: llvm-check VERSION FILE...")
	}
	bin := llvmBin(ts.Getenv, args[0])
	if ok, err := toolCondition(ts.Getenv)("have:llvm-" + args[0]); !ok || err != nil {
		ts.Fatalf("LLVM %s is not installed (guard the script with [!have:llvm-%s] skip): %v", args[0], args[0], err)
	}
	for _, f := range args[1:] {
		path := ts.MkAbs(f)
		var failed []string
		for _, cmd := range [][]string{
			{filepath.Join(bin, "llvm-as"), "-o", os.DevNull, path},
			{filepath.Join(bin, "llc"), "-filetype=obj", "-o", path + ".o", path},
		} {
			out, err := exec.Command(cmd[0], cmd[1:]...).CombinedOutput()
			// LLVM 13 does not know the crc32 feature the entries turn
			// off (it came in LLVM 14): a warning, and nothing to turn off.
			out = crc32Warning.ReplaceAll(out, nil)
			if err != nil || len(bytes.TrimSpace(out)) > 0 && !neg {
				failed = append(failed, fmt.Sprintf("%s: %v\n%s", filepath.Base(cmd[0]), err, out))
			}
		}
		switch {
		case len(failed) > 0 && !neg:
			ts.Fatalf("LLVM %s rejects %s:\n%s", args[0], f, strings.Join(failed, "\n"))
		case len(failed) == 0 && neg:
			ts.Fatalf("LLVM %s accepts %s", args[0], f)
		}
	}
}

var crc32Warning = regexp.MustCompile(`(?m)^'-crc32' is not a recognized feature for this target \(ignoring feature\)\n`)

// golden FILE NAME: FILE must equal testdata/golden/NAME (with -update,
// NAME is rewritten from FILE).
func cmdGolden(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: golden FILE NAME")
	}
	got, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	path := filepath.Join(ts.Getenv("TESTDATA"), "golden", args[1])
	if *update {
		ts.Check(os.MkdirAll(filepath.Dir(path), 0o755))
		ts.Check(os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	ts.Check(err)
	if !bytes.Equal(got, want) {
		ts.Fatalf("%s differs from testdata/golden/%s (run go test ./cmd/iu-entry -update to accept):\n%s",
			args[0], args[1], lineDiff(string(want), string(got)))
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want: %s\n  got:  %s\n", i+1, wl, gl)
			if shown++; shown == 5 {
				break
			}
		}
	}
	return b.String()
}
