package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestStackScripts runs testdata/stack/script: the iu-entry stack command
// on objects that the scripts compile with llc (llc 14|22 ARGS... runs
// that LLVM's llc; guard the script with [!have:llvm-22] skip).
func TestStackScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join(testdataDir(t), "stack", "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("CI", os.Getenv("CI"))
			for _, v := range []string{"IU_LLVM22", "IU_LLVM14"} {
				if val := os.Getenv(v); val != "" {
					env.Setenv(v, val)
				}
			}
			return nil
		},
		Condition: toolCondition(os.Getenv),
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"llc": cmdLLC,
		},
	})
}

func cmdLLC(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 || neg {
		ts.Fatalf("usage: llc 14|22 ARGS...")
	}
	cmd := exec.Command(filepath.Join(llvmBin(ts.Getenv, args[0]), "llc"), args[1:]...)
	cmd.Dir = ts.Getenv("WORK")
	if out, err := cmd.CombinedOutput(); err != nil {
		ts.Fatalf("llc %v: %v\n%s", args, err, out)
	}
}
