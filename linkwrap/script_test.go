package linkwrap

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		LinkerName: func() { os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// The scripts drive rustc through the wrapper. They need rustup's stable
// and nightly rustc (LLVM 22) and LLVM 22's tools; without them the
// scripts are skipped, unless CI=true, where they fail.
func TestScript(t *testing.T) {
	for _, tc := range []string{"stable", "nightly"} {
		t.Run(tc, func(t *testing.T) {
			testscript.Run(t, testscript.Params{
				Dir:                 "testdata/script",
				RequireExplicitExec: true,
				Setup:               func(e *testscript.Env) error { return setupEnv(e, tc) },
				Condition:           toolsCondition(tc),
			})
		})
	}
}

func home() string {
	h, _ := os.UserHomeDir()
	return h
}

func cargoHome() string {
	if v := os.Getenv("CARGO_HOME"); v != "" {
		return v
	}
	return filepath.Join(home(), ".cargo")
}

func setupEnv(e *testscript.Env, toolchain string) error {
	for _, kv := range []struct{ k, def string }{
		{"RUSTUP_HOME", filepath.Join(home(), ".rustup")},
		{"CARGO_HOME", cargoHome()},
	} {
		v := os.Getenv(kv.k)
		if v == "" {
			v = kv.def
		}
		e.Setenv(kv.k, v)
	}
	// rustup's rustc first: Debian's (LLVM 14) may be on PATH too.
	e.Setenv("PATH", filepath.Dir(rustcPath())+string(filepath.ListSeparator)+e.Getenv("PATH"))
	e.Setenv("RUSTUP_TOOLCHAIN", toolchain)
	e.Setenv("TOOLCHAIN", toolchain)
	e.Setenv("CI", os.Getenv("CI"))
	e.Setenv("LLVM22", llvm22Dir())
	e.Setenv("LLVM14", llvm14Dir())
	// The wrapper's own variables must not leak in from the developer's shell.
	for _, k := range []string{envLinker, envVerbose, envLLVMBin, envStackBudget} {
		e.Setenv(k, "")
	}
	return nil
}

// toolsCondition implements the script conditions [llvm14] (LLVM 14's
// tools exist), [clang22] (LLVM 22's clang, a linker driver),
// [debian_rustc] (Debian's rustc 1.63 and LLVM 14's tools and ld.lld; true
// in the stable pass only) and [tools]: rustup's
// rustc for the toolchain (with LLVM 22), LLVM 22's tools, cc and readelf
// all exist. When one is missing the condition is false (scripts skip),
// except with CI=true, where it is an error that fails the script.
func toolsCondition(toolchain string) func(string) (bool, error) {
	return func(cond string) (bool, error) {
		switch cond {
		case "tools":
		case "llvm14":
			return isExecutable(filepath.Join(llvm14Dir(), "llvm-dis")), nil
		case "debian_rustc":
			// Debian's rustc 1.63 does not depend on the rustup
			// toolchain: its scripts run once, in the stable pass.
			if toolchain != "stable" {
				return false, nil
			}
			var missing []string
			if out, err := exec.Command("/usr/bin/rustc", "-vV").CombinedOutput(); err != nil || !strings.Contains(string(out), "LLVM version: 14.") {
				missing = append(missing, "Debian's rustc 1.63 at /usr/bin/rustc (apt-get install rustc)")
			}
			for _, t := range []string{"llvm-dis", "ld.lld"} {
				if !isExecutable(filepath.Join(llvm14Dir(), t)) {
					missing = append(missing, filepath.Join(llvm14Dir(), t)+" (apt-get install llvm-14 lld-14)")
				}
			}
			if len(missing) == 0 {
				return true, nil
			}
			if os.Getenv("CI") == "true" {
				return false, fmt.Errorf("missing %s (CI=true: failing instead of skipping)", strings.Join(missing, ", "))
			}
			return false, nil
		case "clang22":
			clang := filepath.Join(llvm22Dir(), "clang")
			if isExecutable(clang) {
				return true, nil
			}
			if os.Getenv("CI") == "true" {
				return false, fmt.Errorf("missing %s (apt-get install clang-22; CI=true: failing instead of skipping)", clang)
			}
			return false, nil
		default:
			return false, fmt.Errorf("unknown condition %q", cond)
		}
		missing := missingTools(toolchain)
		if missing == "" {
			return true, nil
		}
		if os.Getenv("CI") == "true" {
			return false, fmt.Errorf("missing %s (CI=true: failing instead of skipping)", missing)
		}
		return false, nil
	}
}

var toolsMemo sync.Map // toolchain -> string

func missingTools(toolchain string) string {
	if v, ok := toolsMemo.Load(toolchain); ok {
		return v.(string)
	}
	var missing []string
	cmd := exec.Command(rustcPath(), "+"+toolchain, "-vV")
	cmd.Env = append(os.Environ(), "RUSTUP_TOOLCHAIN="+toolchain)
	out, err := cmd.CombinedOutput()
	if err != nil {
		missing = append(missing, "rustup's rustc "+toolchain+" ("+strings.TrimSpace(string(out))+")")
	} else if !strings.Contains(string(out), "LLVM version: 22.") {
		missing = append(missing, "rustc "+toolchain+" with LLVM 22")
	}
	if !isExecutable(filepath.Join(llvm22Dir(), "llvm-dis")) {
		missing = append(missing, "LLVM 22 in "+llvm22Dir()+" (apt-get install llvm-22)")
	}
	for _, t := range []string{"cc", "readelf", "objdump"} {
		if _, err := exec.LookPath(t); err != nil {
			missing = append(missing, t)
		}
	}
	v := strings.Join(missing, ", ")
	toolsMemo.Store(toolchain, v)
	return v
}

func rustcPath() string {
	if p, err := exec.LookPath("rustc"); err == nil && strings.Contains(p, ".cargo") {
		return p
	}
	return filepath.Join(cargoHome(), "bin", "rustc")
}

func llvm14Dir() string {
	if d := os.Getenv("IU_LLVM14"); d != "" {
		return d
	}
	return "/usr/lib/llvm-14/bin"
}

func llvm22Dir() string {
	if d := os.Getenv("IU_LLVM22"); d != "" {
		return d
	}
	return "/usr/lib/llvm-22/bin"
}
