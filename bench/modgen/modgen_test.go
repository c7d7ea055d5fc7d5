package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/iu-entry/iu-entry/bench/internal/irgen"
)

// llvmAs finds llvm-as for a dialect: $IU_LLVM22 / $IU_LLVM14 (the top
// Makefile exports them) or the Debian paths. Missing tools skip the test,
// except under CI=true where they fail it.
func llvmAs(t *testing.T, dialect string) string {
	env, def := "IU_LLVM22", "/usr/lib/llvm-22/bin"
	if dialect == "typed" {
		env, def = "IU_LLVM14", "/usr/lib/llvm-14/bin"
	}
	dir := os.Getenv(env)
	if dir == "" {
		dir = def
	}
	p := filepath.Join(dir, "llvm-as")
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s missing (CI=true): %v", p, err)
		}
		t.Skipf("%s missing: %v", p, err)
	}
	return p
}

func TestModulesAssemble(t *testing.T) {
	for _, d := range []string{"opaque", "typed"} {
		for _, seed := range []uint64{1, 7} {
			as := llvmAs(t, d)
			var buf bytes.Buffer
			size := int64(1 << 20)
			st, err := irgen.Generate(&buf, irgen.Config{Size: size, Dialect: d, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if st.Bytes != int64(buf.Len()) || st.Bytes < size*8/10 || st.Bytes > size*12/10 {
				t.Errorf("%s seed %d: %d bytes (stats %d), want about %d", d, seed, buf.Len(), st.Bytes, size)
			}
			f := filepath.Join(t.TempDir(), d+".ll")
			if err := os.WriteFile(f, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(as, f, "-o", os.DevNull).CombinedOutput(); err != nil {
				t.Errorf("%s seed %d: %s rejects the module: %v\n%s", d, seed, as, err, out)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	gen := func(seed uint64) []byte {
		var b bytes.Buffer
		if _, err := irgen.Generate(&b, irgen.Config{Size: 200 << 10, Dialect: "typed", Seed: seed}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if !bytes.Equal(gen(3), gen(3)) {
		t.Error("same seed, different modules")
	}
	if bytes.Equal(gen(3), gen(4)) {
		t.Error("different seeds, same module")
	}
}

func TestProgramsAtBothEnds(t *testing.T) {
	var b bytes.Buffer
	if _, err := irgen.Generate(&b, irgen.Config{Size: 300 << 10, Dialect: "opaque", Seed: 1}); err != nil {
		t.Fatal(err)
	}
	s := b.Bytes()
	first := bytes.Index(s, []byte(`section "inner_unikernel/`))
	last := bytes.LastIndex(s, []byte(`section "inner_unikernel/`))
	firstDef := bytes.Index(s, []byte("\ndefine "))
	lastDef := bytes.LastIndex(s, []byte("\ndefine "))
	if !(first < firstDef && last > lastDef) {
		t.Errorf("program objects at %d..%d, functions at %d..%d: want objects before and after", first, last, firstDef, lastDef)
	}
	if n := bytes.Count(s, []byte(`section "inner_unikernel/`)); n != 6 {
		t.Errorf("%d program objects, want 6", n)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"1MB": 1 << 20, "10mb": 10 << 20, "1GB": 1 << 30, "512K": 512 << 10, "1000": 1000, "1.5M": 3 << 19} {
		if got, err := irgen.ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}
