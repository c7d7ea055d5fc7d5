// The README's recipes, run as written: a new user copies them, so they
// must work, and must keep working as the code changes.
//
// README.md marks what to run with HTML comments (invisible when rendered)
// in front of fenced code blocks:
//
//	<!-- test: file PATH for RECIPE... -->   the next block is file PATH
//	<!-- test: run RECIPE... -->             the next block is shell commands
//	<!-- test: check OBJ for RECIPE... -->   OBJ must be a kernel-loadable object
//	                                         with the README's program entry
//
// For each recipe, in a fresh directory, the test writes its files, runs
// its command blocks in order as one bash script (set -euo pipefail) with
// IU set to a checkout (the repository's scripts and testdata, and a bin/
// with iu-entry and iu-entry-cc built from this tree) and then checks its
// objects: e2e/scripts/check-object.sh (no x87/SSE/AVX instruction, only
// relocations the module loader takes) and the entry iu_prog1 in section
// tracepoint/syscalls/sys_enter_dup. A recipe named *-1.96 or *-1.63 must
// also name every kernel flag `scripts/rust-kernel-toolchain` prints for
// that toolchain, so the README's flags cannot drift from the ones core is
// built with.
//
// It needs the toolchains of scripts/rust-kernel-toolchain, llc/ld.lld 22
// and 14, and cargo; without them it skips, or fails with CI=true.
package iuentry_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// recipe is what README.md says to do for one recipe name.
type recipe struct {
	name   string
	files  []readmeFile
	script []string // command blocks, in order
	checks []string // objects to check afterwards
	line   int      // of the first marker, for messages
}

type readmeFile struct{ path, text string }

var markerRE = regexp.MustCompile(`^<!-- test: (file|run|check) (.*?) -->$`)

// parseReadme collects the recipes of a README.
func parseReadme(text string) (map[string]*recipe, error) {
	recipes := map[string]*recipe{}
	get := func(name string, line int) *recipe {
		r := recipes[name]
		if r == nil {
			r = &recipe{name: name, line: line}
			recipes[name] = r
		}
		return r
	}
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		m := markerRE.FindStringSubmatch(lines[i])
		if m == nil {
			if strings.HasPrefix(lines[i], "<!-- test:") {
				return nil, fmt.Errorf("README.md:%d: malformed test marker %q", i+1, lines[i])
			}
			continue
		}
		kind, args := m[1], strings.Fields(m[2])
		var arg string
		var names []string
		switch kind {
		case "run":
			names = args
		case "file", "check":
			if len(args) < 3 || args[1] != "for" {
				return nil, fmt.Errorf("README.md:%d: want <!-- test: %s PATH for RECIPE... -->", i+1, kind)
			}
			arg, names = args[0], args[2:]
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("README.md:%d: marker names no recipe", i+1)
		}
		var block string
		if kind != "check" {
			// The block must follow the marker directly.
			if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "```") {
				return nil, fmt.Errorf("README.md:%d: %s marker not followed by a fenced block", i+1, kind)
			}
			j := i + 2
			for j < len(lines) && lines[j] != "```" {
				j++
			}
			if j == len(lines) {
				return nil, fmt.Errorf("README.md:%d: unterminated block", i+2)
			}
			block = strings.Join(lines[i+2:j], "\n") + "\n"
			i = j
		}
		for _, n := range names {
			r := get(n, i+1)
			switch kind {
			case "file":
				r.files = append(r.files, readmeFile{arg, block})
			case "run":
				r.script = append(r.script, block)
			case "check":
				r.checks = append(r.checks, arg)
			}
		}
	}
	return recipes, nil
}

func TestReadmeParse(t *testing.T) {
	got, err := parseReadme("text\n<!-- test: file a.rs for x y -->\n```rust\nfn f() {}\n```\n" +
		"<!-- test: run x -->\n```sh\necho hi\n```\n<!-- test: check a.o for x -->\n")
	if err != nil {
		t.Fatal(err)
	}
	x, y := got["x"], got["y"]
	if x == nil || y == nil || len(x.files) != 1 || x.files[0].text != "fn f() {}\n" ||
		len(x.script) != 1 || x.script[0] != "echo hi\n" || len(x.checks) != 1 || x.checks[0] != "a.o" ||
		len(y.files) != 1 || len(y.script) != 0 {
		t.Fatalf("parsed %+v %+v", x, y)
	}
	for _, bad := range []string{
		"<!-- test: run x -->\ntext\n",                 // no block
		"<!-- test: file a.rs x -->\n```\n```\n",       // no "for"
		"<!-- test: run x -->\n```sh\necho\n",          // unterminated
		"<!-- test: frobnicate x -->\n",                // unknown kind
		"<!-- test: check a.o for -->\n",               // no recipe
		"<!-- test: run -->\n```sh\n```\n",             // no recipe
		"<!-- test: file a for x -->\n\n```\nx\n```\n", // blank line before the block
	} {
		if _, err := parseReadme(bad); err == nil {
			t.Errorf("parseReadme accepted %q", bad)
		}
	}
}

// missing reports a missing tool: a skip, or a failure with CI=true.
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true: a missing tool is a failure; make test-go installs it)", msg)
	}
	t.Skip(msg)
}

func TestReadmeRecipes(t *testing.T) {
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	recipes, err := parseReadme(string(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(recipes) == 0 {
		t.Fatal("README.md marks no recipe to test")
	}
	for _, tool := range []string{"bash", "cargo", "llc-22", "ld.lld-22", "llc-14", "ld.lld-14", "llvm-objdump-22"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing(t, "%s is not on PATH", tool)
		}
	}
	iu := fakeCheckout(t, root)
	flags := map[string][]string{}
	for _, tc := range []string{"1.96", "1.63"} {
		out, err := exec.Command(filepath.Join(root, "scripts", "rust-kernel-toolchain"), tc).CombinedOutput()
		if err != nil {
			missing(t, "scripts/rust-kernel-toolchain %s failed: %v\n%s", tc, err, out)
		}
		out, err = exec.Command(filepath.Join(root, "scripts", "rust-kernel-toolchain"), tc, "--print", "flags").Output()
		if err != nil {
			t.Fatal(err)
		}
		flags[tc] = strings.Fields(string(out))
	}

	names := make([]string, 0, len(recipes))
	for n := range recipes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r := recipes[n]
		t.Run(n, func(t *testing.T) {
			if len(r.script) == 0 {
				t.Fatalf("README.md:%d: recipe %s has no run block", r.line, n)
			}
			for tc, fl := range flags {
				if strings.HasSuffix(n, "-"+tc) {
					checkFlagsNamed(t, r, fl)
				}
			}
			dir := t.TempDir()
			for _, f := range r.files {
				p := filepath.Join(dir, f.path)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(f.text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cmd := exec.Command("bash", "-c", "set -euo pipefail\n"+strings.Join(r.script, ""))
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "IU="+iu)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("README.md recipe %s failed: %v\n%s", n, err, out)
			}
			if len(r.checks) == 0 {
				t.Fatalf("README.md:%d: recipe %s checks no object", r.line, n)
			}
			for _, obj := range r.checks {
				checkObject(t, root, filepath.Join(dir, obj))
			}
		})
	}
}

// fakeCheckout makes a directory that looks like a checkout after `make
// build`: the repository's scripts and testdata, and bin/ with iu-entry
// and iu-entry-cc built from this tree (not whatever bin/ holds).
func fakeCheckout(t *testing.T, root string) string {
	iu := t.TempDir()
	for _, d := range []string{"scripts", "testdata", "e2e"} {
		if err := os.Symlink(filepath.Join(root, d), filepath.Join(iu, d)); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(iu, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "iu-entry"), "./cmd/iu-entry")
	build.Dir = root
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if err := os.Symlink("iu-entry", filepath.Join(bin, "iu-entry-cc")); err != nil {
		t.Fatal(err)
	}
	return iu
}

// checkFlagsNamed fails unless the recipe's text names every kernel flag
// of its toolchain ("-Z plt=yes" as `-Z plt=yes` on a command line or
// `"-Z", "plt=yes"` in a TOML list; the target as --target or cargo's
// `target = "…"`). -C panic=abort may be left to the target, whose default
// it is.
func checkFlagsNamed(t *testing.T, r *recipe, flags []string) {
	t.Helper()
	var all strings.Builder
	for _, s := range r.script {
		all.WriteString(s)
	}
	for _, f := range r.files {
		all.WriteString(f.text)
	}
	text := all.String()
	for i := 0; i+1 < len(flags); i += 2 {
		opt, val := flags[i], flags[i+1]
		if val == "panic=abort" {
			continue
		}
		cli := regexp.MustCompile(regexp.QuoteMeta(opt) + `\s+` + regexp.QuoteMeta(val) + `(\s|"|$)`)
		toml := `"` + opt + `", "` + val + `"`
		if opt == "--target" {
			toml = `target = "` + val + `"` // cargo's [build] target
		}
		if !cli.MatchString(text) && !strings.Contains(text, toml) {
			t.Errorf("README.md:%d: recipe %s does not pass %s %s (scripts/rust-kernel-toolchain --print flags)", r.line, r.name, opt, val)
		}
	}
}

// checkObject runs check-object.sh on obj and looks for the README
// program's entry in its section.
func checkObject(t *testing.T, root, obj string) {
	t.Helper()
	out, err := exec.Command(filepath.Join(root, "e2e", "scripts", "check-object.sh"), "readme", obj).CombinedOutput()
	if err != nil {
		t.Errorf("check-object.sh %s: %v\n%s", obj, err, out)
	}
	out, err = exec.Command("llvm-objdump-22", "-t", obj).CombinedOutput()
	if err != nil {
		t.Fatalf("llvm-objdump-22 -t %s: %v\n%s", obj, err, out)
	}
	entry := regexp.MustCompile(`(?m)^[0-9a-f]+ g +F tracepoint/syscalls/sys_enter_dup\s+\S+ iu_prog1$`)
	if !entry.Match(out) {
		t.Errorf("%s has no global function iu_prog1 in section tracepoint/syscalls/sys_enter_dup:\n%s", obj, grepLines(out, "iu_prog1"))
	}
}

func grepLines(out []byte, s string) string {
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if strings.Contains(sc.Text(), s) {
			b.WriteString(sc.Text() + "\n")
		}
	}
	return b.String()
}
