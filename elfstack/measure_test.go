package elfstack

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The static figure must be sound: a program that runs each bounded entry
// on a painted stack (testdata/measure/harness.c) measures the deepest
// byte it changed, and the analysis's figure must be at least that, and
// not far above it.

// maxSlack is how far above the measured use the static worst case may
// be: paths not taken by the run (a switch's other cases) and bytes of a
// frame never written.
const maxSlack = 256

// measuredObjects are the test objects a harness links (all but
// recursion.ll, whose checks need a kernel's %gs).
var measuredObjects = []string{"chain", "indirect", "tail", "misc"}

func TestMeasuredLLVM(t *testing.T) {
	for _, v := range []string{"14", "22"} {
		t.Run("llvm"+v, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			var objs []string
			for _, name := range measuredObjects {
				objs = append(objs, compile(t, dir, name, v, "-relocation-model=static", "-function-sections"))
			}
			measureAndCompare(t, dir, objs)
		})
	}
}

// rustcs are the compilers of the Rust test: rustup's stable (LLVM 22)
// and Debian's 1.63 (LLVM 14).
func rustcs(t *testing.T) map[string]string {
	home := os.Getenv("CARGO_HOME")
	if home == "" {
		h, _ := os.UserHomeDir()
		home = filepath.Join(h, ".cargo")
	}
	return map[string]string{
		"22": need(t, filepath.Join(home, "bin", "rustc"), "rustup's stable rustc"),
		"14": need(t, "/usr/bin/rustc", "apt-get install rustc"),
	}
}

// TestRustChain builds a deep acyclic chain with rustc -Z emit-stack-sizes
// (RUSTC_BOOTSTRAP=1 lets stable take -Z), checks the figure against
// llvm-readobj's frames and the path through all eight levels, then
// against the measured use.
func TestRustChain(t *testing.T) {
	for v, rustc := range rustcs(t) {
		t.Run("llvm"+v, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			obj := filepath.Join(dir, "rust_chain.o")
			src, _ := filepath.Abs("testdata/rust_chain.rs")
			run(t, dir, []string{"RUSTC_BOOTSTRAP=1", "RUSTUP_TOOLCHAIN=stable"}, rustc,
				"-O", "-C", "panic=abort", "-C", "relocation-model=static", "-Z", "emit-stack-sizes",
				"--crate-type", "lib", "--emit=obj", "-o", obj, src)
			res, err := AnalyzeFile(obj, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Entries) != 1 || !res.Entries[0].Bounded {
				t.Fatalf("want one bounded entry:\n%s", reportOf(res))
			}
			e := res.Entries[0]
			var levels []string
			for _, f := range e.Path {
				switch {
				case strings.Contains(f.Function, "level"):
					levels = append(levels, f.Function[strings.Index(f.Function, "level"):][:6])
				case strings.Contains(f.Function, "bottom"):
					levels = append(levels, "bottom")
				}
			}
			if got := strings.Join(levels, " "); got != "level1 level2 level3 level4 level5 level6 level7 level8 bottom" {
				t.Errorf("path %s", PathString(e.Path))
			}
			sizes := readobjSizes(t, v, obj)
			if want := expectedBytes(t, e.Path, sizes); e.Bytes != want {
				t.Errorf("%d bytes, hand-computed from llvm-readobj: %d", e.Bytes, want)
			}
			checkFrames(t, obj, sizes)
			t.Logf("rustc (LLVM %s): %s needs %d bytes: %s", v, e.Name, e.Bytes, PathString(e.Path))
			measureAndCompare(t, dir, []string{obj})
		})
	}
}

// measureAndCompare links objs with the harness, runs every bounded entry
// and compares what it used with the analysis of the relocatable link of
// the objects (ld -r: calls between them are followed), then the link's
// figures with those of the executable and of each object alone.
func measureAndCompare(t *testing.T, dir string, objs []string) {
	t.Helper()
	cc := need(t, "gcc", "apt-get install gcc")
	ld := need(t, "ld", "apt-get install binutils")
	linked := filepath.Join(dir, "linked.o")
	run(t, dir, nil, ld, append([]string{"-r", "-o", linked}, objs...)...)
	res, err := AnalyzeFile(linked, Options{})
	if err != nil {
		t.Fatal(err)
	}
	static := map[string]int64{}
	var entries strings.Builder
	for _, e := range res.Entries {
		if e.Bounded {
			static[e.Name] = e.Bytes
			fmt.Fprintf(&entries, "ENTRY(%s)\n", e.Name)
		}
	}
	if len(static) == 0 {
		t.Fatal("no bounded entries to measure")
	}
	if err := os.WriteFile(filepath.Join(dir, "entries.h"), []byte(entries.String()), 0o666); err != nil {
		t.Fatal(err)
	}
	harness, _ := filepath.Abs("testdata/measure/harness.c")
	exe := filepath.Join(dir, "measure")
	args := append([]string{"-O1", "-no-pie", "-I", dir, "-o", exe, harness}, objs...)
	run(t, dir, nil, cc, args...)
	out, err := exec.Command(exe).Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", exe, err, out)
	}
	measured := map[string]int64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		name, n, ok := strings.Cut(sc.Text(), " ")
		v, err := strconv.ParseInt(n, 10, 64)
		if !ok || err != nil {
			t.Fatalf("harness output %q", sc.Text())
		}
		measured[name] = v
	}
	for _, name := range sortedKeys(static) {
		s, m := static[name], measured[name]
		t.Logf("%-16s static %6d  measured %6d  (static - measured = %d)", name, s, m, s-m)
		switch {
		case m == 0:
			t.Errorf("%s: not measured", name)
		case s < m:
			t.Errorf("%s: static worst case %d is LESS than the %d bytes measured", name, s, m)
		case s-m > maxSlack:
			t.Errorf("%s: static worst case %d is %d bytes above the %d measured", name, s, s-m, m)
		}
	}

	// The executable: the same entries, the same figures (use and use_buf
	// are functions of the file now, whose machine code uses no stack).
	compareFigures(t, exe, static, true)
	// Each object alone: calls into the other objects are external
	// leaves, so a figure can only be smaller than the link's.
	for _, obj := range objs {
		compareFigures(t, obj, static, false)
	}
}

// compareFigures checks the bounded entries of file against the figures
// of the link: equal if same, else at most the link's.
func compareFigures(t *testing.T, file string, static map[string]int64, same bool) {
	t.Helper()
	res, err := AnalyzeFile(file, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, e := range res.Entries {
		s, ok := static[e.Name]
		if !ok {
			continue
		}
		found++
		switch {
		case !e.Bounded:
			t.Errorf("%s: %s: unbounded, the link says %d bytes", file, e.Name, s)
		case same && e.Bytes != s, !same && e.Bytes > s:
			t.Errorf("%s: %s: %d bytes, the link says %d (%s)", file, e.Name, e.Bytes, s, PathString(e.Path))
		}
	}
	if same && found != len(static) {
		t.Errorf("%s: found %d of the %d entries:\n%s", file, found, len(static), reportOf(res))
	}
}
