package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenScriptsCoverCorpus: every module of the rustc corpus
// (testdata/ll/<dialect>, made by `make testdata-ll` from every crate of
// testdata/rust/progs) has its stanza in testdata/script/golden_<dialect>.txtar,
// so a sample added to the corpus cannot go without a golden output.
func TestGoldenScriptsCoverCorpus(t *testing.T) {
	td := testdataDir(t)
	for _, dialect := range []string{"llvm22", "llvm14", "nightly"} {
		files, err := filepath.Glob(filepath.Join(td, "ll", dialect, "*.ll"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no corpus in testdata/ll/%s (%v)", dialect, err)
		}
		script, err := os.ReadFile(filepath.Join(td, "script", "golden_"+dialect+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			base := filepath.Base(f)
			if want := "golden " + base + " " + dialect + "/" + base; !strings.Contains(string(script), want) {
				t.Errorf("testdata/ll/%s/%s has no golden stanza in testdata/script/golden_%s.txtar (want a line %q)",
					dialect, base, dialect, want)
			}
		}
	}
}
