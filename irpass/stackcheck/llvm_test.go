package stackcheck_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/elfstack"
	"github.com/iu-entry/iu-entry/irpass/stackcheck"
)

// End to end: the pass's output compiled by llc of its LLVM, the machine
// code read back by llvm-objdump and by the stack analysis (elfstack).
// The inputs are the pass's golden outputs (testdata/golden/stackcheck and
// handmade/stack_*.ll), which the script tests compare with what the pass
// makes today.

func llvmBin(v string) string {
	if d := os.Getenv("IU_LLVM" + v); d != "" {
		return d
	}
	return "/usr/lib/llvm-" + v + "/bin"
}

// tool returns the path of an LLVM tool, or skips the test when it is
// missing (fails it with CI=true).
func tool(t *testing.T, v, name string) string {
	t.Helper()
	p := filepath.Join(llvmBin(v), name)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (install llvm-%s); CI=true makes that a failure", p, v)
		}
		t.Skipf("%s is missing (install llvm-%s)", p, v)
	}
	return p
}

func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// What the programs of the samples must come out as: "bounded", or the
// causes of no bound, every one stopped by a run-time check. The keys are
// parts of the programs' function names (as !iu-programs lists them) or
// entry names. Where the runtime's __iu_entry_kprobe is another object
// (iu_rt), the entries themselves are bounded in this object (they call
// an external function) and the machine-code analysis gets the programs'
// functions as entries; iu_st_reenter_fn's cycle closes through that
// runtime, so in this object alone it is bounded too. stack_selfrt has the
// runtime in the same object, and the analysis follows each entry through
// it to its program.
var wantPrograms = map[string]string{
	"iu_st_recurse_fn": "cycle", "iu_st_parity_fn": "cycle", "iu_st_fnptr_fn": "indirect",
	"iu_st_dyn_fn": "indirect", "iu_st_chain_fn": "bounded", "iu_st_reenter_fn": "bounded",
	"iu_sr_recurse_fn": "cycle", "iu_sr_plain_fn": "bounded",
	"rec_prog": "cycle", "fp_prog": "indirect", "self_prog": "bounded", "even_prog": "cycle",
	"prog":          "cycle", // stack_exotic: musttail and invoke cycles
	"iu_sr_recurse": "cycle", "iu_sr_plain": "bounded",
}

var (
	programsList = regexp.MustCompile(`(?m)^!iu-programs = !\{(.*)\}$`)
	stringNode   = regexp.MustCompile(`(?m)^!(\d+) = !\{!"([^"]+)"\}$`)
)

// programs returns the functions !iu-programs lists.
func programs(ir string) []string {
	m := programsList.FindStringSubmatch(ir)
	if m == nil {
		return nil
	}
	nodes := map[string]string{}
	for _, n := range stringNode.FindAllStringSubmatch(ir, -1) {
		nodes["!"+n[1]] = n[2]
	}
	var out []string
	for _, ref := range strings.Split(m[1], ", ") {
		out = append(out, nodes[ref])
	}
	return out
}

// want returns the expectation for an analysed function: by its name, or,
// for a Rust function (mangled), by the part ending in _fn.
func want(name string) (string, bool) {
	if w, ok := wantPrograms[name]; ok {
		return w, true
	}
	for k, w := range wantPrograms {
		if strings.HasSuffix(k, "_fn") && strings.Contains(name, k) {
			return w, true
		}
	}
	return "", false
}

func TestMachineCode(t *testing.T) {
	golden := filepath.Join("..", "..", "testdata", "golden")
	files := map[string]string{ // output -> its LLVM
		filepath.Join(golden, "handmade", "stack_opaque.ll"): "22",
		filepath.Join(golden, "handmade", "stack_typed.ll"):  "14",
		filepath.Join(golden, "handmade", "stack_exotic.ll"): "22",
	}
	for _, d := range []string{"llvm22", "llvm14"} {
		found, _ := filepath.Glob(filepath.Join(golden, "stackcheck", d, "*.ll"))
		if len(found) == 0 {
			t.Fatalf("no golden outputs in %s", filepath.Join(golden, "stackcheck", d))
		}
		for _, f := range found {
			files[f] = strings.TrimPrefix(d, "llvm")
		}
	}
	for f, v := range files {
		t.Run(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), func(t *testing.T) {
			llc, objdump := tool(t, v, "llc"), tool(t, v, "llvm-objdump")
			ir, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			checks := bytes.Count(ir, []byte(stackcheck.CheckCall+"\n"))
			obj := filepath.Join(t.TempDir(), "out.o")
			run(t, llc, "-filetype=obj", "-relocation-model=static", "-code-model=kernel", "-stack-size-section", "-o", obj, f)
			pairs := checkPairs(t, string(run(t, objdump, "-dr", "--no-show-raw-insn", obj)))
			if pairs < checks {
				t.Errorf("%d checks in the IR, %d in the machine code", checks, pairs)
			}

			progs := programs(string(ir))
			res, err := elfstack.AnalyzeFile(obj, elfstack.Options{Entries: progs})
			if err != nil {
				t.Fatal(err)
			}
			runtimeHere := bytes.Contains(ir, []byte("\ndefine noundef i32 @__iu_entry_kprobe(")) ||
				bytes.Contains(ir, []byte("\ndefine i32 @__iu_entry_kprobe("))
			seen := 0
			for _, e := range res.Entries {
				w, ok := want(e.Name)
				if !ok {
					if e.Section != "" && !runtimeHere && e.Bounded {
						continue // an entry calling the runtime of another object
					}
					t.Errorf("unexpected entry %s (%s)", e.Name, describe(e))
					continue
				}
				seen++
				got := describe(e)
				if w != "bounded" {
					w += " checked"
				}
				if got != w {
					t.Errorf("%s: %s, want %s", e.Name, got, w)
				}
			}
			if seen < len(progs) {
				t.Errorf("%d of the %d programs analysed", seen, len(progs))
			}
		})
	}
}

// describe summarises an entry: "bounded", or its causes ("cycle",
// "indirect", both) and whether run-time checks stop all of them.
func describe(e *elfstack.Entry) string {
	if e.Bounded {
		return "bounded"
	}
	var causes []string
	if len(e.Cycles) > 0 {
		causes = append(causes, "cycle")
	}
	if len(e.Indirect) > 0 {
		causes = append(causes, "indirect")
	}
	if len(e.UnknownCalls) > 0 || len(e.UnknownFrames) > 0 {
		causes = append(causes, "unknown")
	}
	s := strings.Join(causes, "+")
	if e.Checked {
		s += " checked"
	}
	return s
}

var (
	cmpLimit = regexp.MustCompile(`^\s*[0-9a-f]+:\s+cmpq\s+%gs:(0x)?0, %rsp$`)
	reloc    = regexp.MustCompile(`^\s*[0-9a-f]+:\s+R_X86_64_(\w+)\s+(\S+?)(-0x4)?$`)
	insn     = regexp.MustCompile(`^\s*[0-9a-f]+:\s+(\S+)`)
)

// checkPairs finds the run-time checks in llvm-objdump -dr output and
// checks each: "cmpq %gs:iu_stack_limit, %rsp" and right after it "jb
// iu_stack_overflow", then straight-line code up to a call or a jump (a
// tail call). It returns how many there are.
func checkPairs(t *testing.T, dump string) int {
	t.Helper()
	lines := strings.Split(dump, "\n")
	// Instructions with their relocations folded in.
	type ins struct{ text, sym, rel string }
	var code []ins
	for _, l := range lines {
		if m := reloc.FindStringSubmatch(l); m != nil && len(code) > 0 {
			code[len(code)-1].rel, code[len(code)-1].sym = m[1], m[2]
			continue
		}
		if insn.MatchString(l) {
			code = append(code, ins{text: strings.TrimSpace(l)})
		} else if strings.HasSuffix(l, ">:") {
			code = append(code, ins{text: "<function>"})
		}
	}
	pairs := 0
	for i, c := range code {
		if !cmpLimit.MatchString("  " + c.text) {
			continue
		}
		pairs++
		if c.sym != "iu_stack_limit" || c.rel != "32S" {
			t.Errorf("%s: relocation %s %s, want R_X86_64_32S iu_stack_limit", c.text, c.rel, c.sym)
		}
		if i+1 >= len(code) || !strings.Contains(code[i+1].text, "\tjb\t") && !strings.Contains(code[i+1].text, " jb ") || code[i+1].sym != "iu_stack_overflow" {
			t.Errorf("after %q: %q (%s), want jb iu_stack_overflow", c.text, code[min(i+1, len(code)-1)].text, code[min(i+1, len(code)-1)].sym)
			continue
		}
		ok := false
		for _, n := range code[i+2:] {
			f := strings.Fields(n.text)
			if n.text == "<function>" || len(f) < 2 {
				break
			}
			op := f[1]
			if op == "callq" || op == "call" || op == "jmp" || op == "jmpq" {
				ok = true
				break
			}
			if strings.HasPrefix(op, "j") || strings.HasPrefix(op, "ret") || op == "ud2" {
				break
			}
		}
		if !ok {
			t.Errorf("the check at %q is not followed by straight-line code up to a call", c.text)
		}
	}
	return pairs
}
