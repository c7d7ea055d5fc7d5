package linkwrap

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/iu-entry/iu-entry/elfstack"
)

// envStackBudget sets the stack budget the link output's entries are
// checked against (bytes; default elfstack.DefaultBudget, iu.ko's
// stack_budget), or turns the check off ("off").
const envStackBudget = "IU_ENTRY_STACK_BUDGET"

// checkStack runs the stack analysis (iu-entry stack) on the link output
// when it is an ELF file with program entry points. An entry over the
// budget fails the link: the output is removed, as a linker removes its
// output on error, so that make and cargo do not take it for a good one.
// Entries without a static bound are warnings. An output whose code has no
// .stack_sizes sections is not checked, and the wrapper says so.
func (w *wrapper) checkStack(output string) int {
	budget := int64(elfstack.DefaultBudget)
	switch v := strings.TrimSpace(w.env(envStackBudget)); v {
	case "":
	case "off":
		if w.run.verbose {
			w.logf("%s: stack check off (%s=off)", output, envStackBudget)
		}
		return 0
	default:
		n, err := strconv.ParseInt(v, 0, 64)
		if err != nil || n < 0 {
			w.logf("%s=%q: want a number of bytes, or off", envStackBudget, v)
			os.Remove(output)
			return 1
		}
		budget = n
	}
	f, err := os.Open(output)
	if err != nil {
		return 0 // not a file we can read (-o /dev/null, …): nothing to check
	}
	defer f.Close()
	info, err := elfstack.Probe(f)
	if err != nil || len(info.ProgramSections) == 0 {
		return 0 // not ELF, or no programs
	}
	if !info.StackSizes {
		// One line, LLVM-style: nightly rustc shows the linker's output
		// as a warning by default.
		fmt.Fprintf(w.stderr, "%s: note: stack use NOT checked: no .stack_sizes section "+
			"(link with -C link-arg=-Wl,-mllvm,-stack-size-section to check it)\n", output)
		return 0
	}
	res, err := elfstack.Analyze(output, f, elfstack.Options{})
	if err != nil {
		w.logf("%s: stack check: %v", output, err)
		os.Remove(output)
		return 1
	}
	if w.run.verbose {
		var b strings.Builder
		res.WriteSummary(&b)
		for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			w.logf("stack: %s", line)
		}
	}
	failed := false
	for _, d := range res.Check(budget) {
		fmt.Fprintln(w.stderr, d)
		failed = failed || d.Error
	}
	if failed {
		os.Remove(output)
		w.logf("link failed: a program needs more stack than the budget of %d bytes (%s sets it; iu.ko's stack_budget must match)", budget, envStackBudget)
		return 1
	}
	return 0
}
