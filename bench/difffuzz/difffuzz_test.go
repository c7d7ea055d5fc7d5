package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/iu-entry/iu-entry/bench/internal/irgen"
)

func genModule(t *testing.T, d string) []byte {
	var b bytes.Buffer
	if _, err := irgen.Generate(&b, irgen.Config{Size: 20 << 10, Dialect: d, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Every mutator applies to both dialects, changes the module, and never panics.
func TestMutatorsApply(t *testing.T) {
	for _, d := range []string{"opaque", "typed"} {
		m := genModule(t, d)
		for _, mu := range mutators() {
			changed := 0
			for s := uint64(0); s < 40; s++ {
				r := rand.New(rand.NewPCG(s, 1))
				var out []byte
				if mu.tfn != nil {
					out = mu.tfn(r, append([]byte{}, m...), d == "typed")
				} else {
					out = mu.fn(r, append([]byte{}, m...))
				}
				if out != nil && !bytes.Equal(out, m) {
					changed++
				}
			}
			if changed < 10 {
				t.Errorf("%s %s: changed the module %d times out of 40", d, mu.name, changed)
			}
		}
	}
}

func TestObjectMutatorsHitObjects(t *testing.T) {
	m := genModule(t, "typed")
	objs := func(b []byte) string {
		var s []byte
		for _, i := range objectLines(lines(b)) {
			s = append(s, lines(b)[i]...)
		}
		return string(s)
	}
	for _, name := range []string{"rtti", "name-length", "pointer-target"} {
		for _, mu := range mutators() {
			if mu.name != name {
				continue
			}
			r := rand.New(rand.NewPCG(3, 3))
			out := mu.fn(r, append([]byte{}, m...))
			_ = out
			if objs(out) == objs(m) {
				t.Errorf("%s left the program objects unchanged", name)
			}
		}
	}
}

func TestNameLengthHelpers(t *testing.T) {
	l := []byte(`@o = constant <{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @f, ptr @s, [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00" }>, section "inner_unikernel/xdp", align 8` + "\n")
	got := setLen(l, 300)
	want := `[16 x i8] c",\01\00\00\00\00\00\00\08\00\00\00\00\00\00\00" }>`
	if !bytes.Contains(got, []byte(want)) {
		t.Errorf("setLen: %s", got)
	}
	if u := unescape([]byte(`a\22b\00`)); string(u) != "a\"b\x00" {
		t.Errorf("unescape: %q", u)
	}
	ls := lines(append([]byte("@s = private unnamed_addr constant [3 x i8] c\"abc\", align 1\n"), l...))
	if g := nameGlobal(ls, 1); g != 0 {
		t.Errorf("nameGlobal = %d, want 0", g)
	}
}

// fake writes a shell script standing in for iu-entry.
func fake(t *testing.T, body string) string {
	p := filepath.Join(t.TempDir(), "iu-entry")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n# $1 = IN, $2 = -o, $3 = OUT\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckerClasses(t *testing.T) {
	as := "/usr/lib/llvm-22/bin/llvm-as"
	if d := os.Getenv("IU_LLVM22"); d != "" {
		as = filepath.Join(d, "llvm-as")
	}
	haveAs := true
	if _, err := os.Stat(as); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s missing (CI=true)", as)
		}
		haveAs = false
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.ll")
	os.WriteFile(in, genModule(t, "opaque"), 0o644)
	cases := []struct {
		script, class string
		needAs        bool
	}{
		{`cp "$1" "$3"`, failMissed, true},
		{`sed 's|section "inner_unikernel/[^"]*"|section "objx"|' "$1" > "$3"`, okAccepted, true},
		{`echo "$1:1:1: error: expected top-level entity" >&2; exit 1`, failMisread, true},
		{`echo 'define void @x( {' > "$3"`, failInvalid, true},
		{`echo "$1:3:7: error: bad rtti" >&2; exit 1`, okRejected, false},
		{`echo "something went wrong" >&2; exit 1`, failDiag, false},
		{`echo "$1:3:7: error: bad" >&2; echo partial > "$3"; exit 1`, failPartial, false},
		{`exit 2`, failExit, false},
		{`kill -SEGV $$`, failExit, false},
		{`echo 'panic: runtime error: index out of range' >&2; echo 'goroutine 1 [running]:' >&2; exit 2`, failPanic, false},
		{`exit 0`, failNoOut, false},
		{`printf '%s:3:1: error: bad\npanic:      ; preds = %%start\n^\n' "$1" >&2; exit 1`, okRejected, false},
		{`exec sleep 5`, failHang, false},
	}
	for _, tc := range cases {
		if tc.needAs && !haveAs {
			continue
		}
		c := &checker{iu: fake(t, tc.script), timeout: 500 * time.Millisecond, llvmAs: map[string]string{"opaque": as}}
		r := c.run(in, "opaque", dir)
		if r.class != tc.class {
			t.Errorf("%q: class %q (%s), want %q", tc.script, r.class, r.detail, tc.class)
		}
	}
}

func TestSignatureIgnoresNumbers(t *testing.T) {
	a := signature(result{class: failDiag, stderr: "/tmp/a.ll:12:3: error: rtti 99 unknown\n"})
	b := signature(result{class: failDiag, stderr: "/tmp/b.ll:7:1: error: rtti 4 unknown\n"})
	if a != b {
		t.Errorf("%q != %q", a, b)
	}
}

// LLVM's verifier refusing jumptable on a call site is its own
// path-dependent misjudgement; on a function it is a real failure.
func TestJumptableQuirk(t *testing.T) {
	for _, c := range []struct {
		msg   string
		quirk bool
	}{
		{"llvm-as: assembly parsed, but does not verify as correct!\nAttribute 'jumptable' requires 'unnamed_addr'\n  %_7 = tail call i64 @f(ptr %obj) #2\n", true},
		{"llvm-as: assembly parsed, but does not verify as correct!\nAttribute 'jumptable' requires 'unnamed_addr'\n  call void @g() #1\n", true},
		{"llvm-as: assembly parsed, but does not verify as correct!\nAttribute 'jumptable' requires 'unnamed_addr'\nptr @iu_prog1\n", false},
		{"llvm-as: out.ll:3:1: error: expected top-level entity\n", false},
	} {
		if got := reJumptableCall.MatchString(c.msg); got != c.quirk {
			t.Errorf("%q: quirk %v, want %v", c.msg, got, c.quirk)
		}
	}
}
