package elfstack

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The objects of these tests are compiled from testdata/*.ll by llc 14
// (typed pointers) and llc 22 (the same IR with opaque pointers), each in
// three code models, and checked against llvm-readobj --stack-sizes and
// against worst cases computed by hand from its frame sizes.

// variants are the llc code generation modes each test IR is built in.
var variants = []struct {
	name  string
	flags []string
	pic   bool
}{
	{"kernel", []string{"-relocation-model=static", "-code-model=kernel"}, false},
	{"pic", []string{"-relocation-model=pic"}, true},
	{"sections", []string{"-relocation-model=static", "-function-sections"}, false},
}

// An expectation for one entry. path lists the worst path (for an
// unbounded entry: the lower bound's), "->" for a call and "=>" for a tail
// call; the expected figure is computed from llvm-readobj's frame sizes
// along it: each caller's frame plus 8 for a call, nothing for a tail
// call, plus the last function's frame (0 for an external).
type expect struct {
	entry    string
	path     string
	bounded  bool
	cycles   []string // "f -> g -> f" (any rotation), " [checked]" if checked
	indirect []string // "function [checked]"
	unknown  []string // functions of unknown frame
	// picPath/picIndirect replace path/indirect in PIC code, where the
	// program objects are writable (relocated at load time) and so not
	// followed.
	picPath     string
	picIndirect []string
	error       bool // over the default budget
}

var expectations = map[string][]expect{
	"chain": {
		{entry: "chain_entry", bounded: true, path: "chain_entry -> chain_a -> chain_b -> chain_c -> chain_small -> use"},
		{entry: "big_entry", bounded: true, error: true, path: "big_entry -> chain_a -> chain_b -> chain_c -> chain_small -> use"},
		{entry: "huge_entry", bounded: true, error: true, path: "huge_entry -> use"},
	},
	"recursion": {
		{entry: "self_entry", path: "self_entry -> fact -> use", cycles: []string{"fact -> fact"}},
		{entry: "mutual_entry", path: "mutual_entry -> even -> use", cycles: []string{"even -> odd -> even"}},
		{entry: "checked_entry", path: "checked_entry -> ceven -> use",
			cycles: []string{"ceven -> codd -> ceven [checked]", "cfact -> cfact [checked]"}},
		{entry: "bypass_entry", path: "bypass_entry -> bfact", cycles: []string{"bfact -> bfact"}},
	},
	"indirect": {
		{entry: "fnptr_entry", path: "fnptr_entry -> (indirect call)", indirect: []string{"fnptr_entry"}},
		{entry: "checked_ptr_entry", path: "checked_ptr_entry -> (indirect call)", indirect: []string{"checked_ptr_entry [checked]"}},
		{entry: "prog_a", bounded: true, path: "prog_a -> __iu_entry_kprobe -> prog_a_fn -> use",
			picPath: "prog_a -> __iu_entry_kprobe -> use", picIndirect: []string{"__iu_entry_kprobe"}},
		{entry: "prog_b", bounded: true, path: "prog_b -> __iu_entry_kprobe -> prog_b_fn -> use",
			picPath: "prog_b -> __iu_entry_kprobe -> use", picIndirect: []string{"__iu_entry_kprobe"}},
	},
	"tail": {
		{entry: "tail_entry", bounded: true, path: "tail_entry -> framed_tail => deep -> use"},
		{entry: "xobj_entry", bounded: true, path: "xobj_entry -> chain_a"},
	},
	"misc": {
		{entry: "invoke_entry", bounded: true, path: "invoke_entry -> may_throw -> use"},
		{entry: "alias_entry", bounded: true, path: "alias_entry -> alias_name -> use"},
		{entry: "switch_entry", bounded: true, path: "switch_entry -> sw -> alias_name -> use"},
		{entry: "dyn_entry", path: "dyn_entry -> dyn -> use", unknown: []string{"dyn"}},
	},
}

// frameUnknown lists the functions whose frame the machine code does not
// show: a stack probe loop.
var frameUnknown = map[string]bool{"huge_entry": true}

func TestLLVMObjects(t *testing.T) {
	for _, v := range []string{"14", "22"} {
		for _, variant := range variants {
			for _, name := range sortedKeys(expectations) {
				t.Run(fmt.Sprintf("llvm%s/%s/%s", v, variant.name, name), func(t *testing.T) {
					t.Parallel()
					obj := compile(t, t.TempDir(), name, v, variant.flags...)
					sizes := readobjSizes(t, v, obj)
					checkFrames(t, obj, sizes)
					res, err := AnalyzeFile(obj, Options{})
					if err != nil {
						t.Fatal(err)
					}
					checkEntries(t, res, expectations[name], sizes, variant.pic)
				})
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// checkFrames compares the analysis's .stack_sizes reading and its
// machine-code measurement of every function with llvm-readobj's sizes.
func checkFrames(t *testing.T, obj string, want map[string]int64) {
	t.Helper()
	o, err := openObject(obj, mustOpen(t, obj))
	if err != nil {
		t.Fatal(err)
	}
	sizes, _, err := o.stackSizes()
	if err != nil {
		t.Fatal(err)
	}
	for name, size := range want {
		fn := o.byName[name]
		if fn == nil {
			t.Errorf("%s: readobj lists %s, the analysis has no such function", obj, name)
			continue
		}
		if got, ok := sizes[fn.loc]; !ok || got != size {
			t.Errorf("%s: .stack_sizes of %s: read %d (found %v), llvm-readobj says %d", obj, name, got, ok, size)
		}
		fi := o.analyzeFunc(fn)
		switch {
		case frameUnknown[name]:
			if fi.frame != -1 {
				t.Errorf("%s: %s: the machine code gave a frame of %d, want unknown", obj, name, fi.frame)
			}
		case fi.frame != size:
			t.Errorf("%s: %s: the machine code gives a frame of %d (%s), llvm-readobj says %d", obj, name, fi.frame, fi.why, size)
		}
	}
}

func checkEntries(t *testing.T, res *Result, exps []expect, sizes map[string]int64, pic bool) {
	t.Helper()
	byName := map[string]*Entry{}
	for _, e := range res.Entries {
		byName[e.Name] = e
	}
	if len(res.Entries) != len(exps) {
		var names []string
		for _, e := range res.Entries {
			names = append(names, e.Name)
		}
		t.Errorf("entries %v, want %d", names, len(exps))
	}
	diags := map[string]Diagnostic{}
	for _, d := range res.Check(DefaultBudget) {
		diags[d.Entry] = d
	}
	for _, x := range exps {
		e := byName[x.entry]
		if e == nil {
			t.Errorf("no entry %s", x.entry)
			continue
		}
		path, indirect, bounded := x.path, x.indirect, x.bounded
		if pic && x.picPath != "" {
			path, indirect, bounded = x.picPath, x.picIndirect, false
		}
		if e.Bounded != bounded {
			t.Errorf("%s: bounded = %v, want %v (report: %s)", e.Name, e.Bounded, bounded, reportOf(res))
		}
		if got := pathText(e.Path); got != path {
			t.Errorf("%s: path\n\t%s\nwant\n\t%s", e.Name, got, path)
			continue
		}
		want := expectedBytes(t, e.Path, sizes)
		if e.Bytes != want {
			t.Errorf("%s: %d bytes, hand-computed from llvm-readobj's frames: %d (%s)", e.Name, e.Bytes, want, PathString(e.Path))
		}
		var cycles []string
		for _, c := range e.Cycles {
			s := canonicalCycle(c.Functions)
			if c.Checked {
				s += " [checked]"
			}
			cycles = append(cycles, s)
		}
		var wantCycles []string
		for _, c := range x.cycles {
			f, tag, _ := strings.Cut(c, " [")
			s := canonicalCycle(strings.Split(f, " -> "))
			if tag != "" {
				s += " [" + tag
			}
			wantCycles = append(wantCycles, s)
		}
		slices.Sort(cycles)
		slices.Sort(wantCycles)
		if !slices.Equal(cycles, wantCycles) {
			t.Errorf("%s: cycles %q, want %q", e.Name, cycles, wantCycles)
		}
		var ind []string
		for _, s := range e.Indirect {
			x := s.Function
			if s.Checked {
				x += " [checked]"
			}
			ind = append(ind, x)
		}
		if !slices.Equal(ind, indirect) {
			t.Errorf("%s: indirect calls %q, want %q", e.Name, ind, indirect)
		}
		var unk []string
		for _, u := range e.UnknownFrames {
			unk = append(unk, u.Function)
		}
		if !slices.Equal(unk, x.unknown) {
			t.Errorf("%s: unknown frames %q, want %q", e.Name, unk, x.unknown)
		}
		if len(e.UnknownCalls) != 0 {
			t.Errorf("%s: unknown calls %+v", e.Name, e.UnknownCalls)
		}
		d, ok := diags[e.Name]
		switch {
		case x.error && (!ok || !d.Error):
			t.Errorf("%s: no error for %d bytes over the budget", e.Name, e.Bytes)
		case !x.error && ok && d.Error:
			t.Errorf("%s: unexpected error %s", e.Name, d)
		case !bounded && !ok:
			t.Errorf("%s: unbounded but no warning", e.Name)
		case bounded && !x.error && ok:
			t.Errorf("%s: unexpected diagnostic %s", e.Name, d)
		}
	}
}

// pathText renders a path as the expectations write it.
func pathText(p []Frame) string {
	var b strings.Builder
	for i, f := range p {
		if i > 0 {
			if p[i-1].Via == "tail" {
				b.WriteString(" => ")
			} else {
				b.WriteString(" -> ")
			}
		}
		b.WriteString(f.Function)
	}
	return b.String()
}

// expectedBytes adds up a path from llvm-readobj's sizes: the analysis's
// numbers are not used, only its choice of path (which the test fixes).
func expectedBytes(t *testing.T, p []Frame, sizes map[string]int64) int64 {
	frame := func(f Frame) int64 {
		if f.Source == "external" || f.Source == "unknown" || f.Source == "none" {
			return 0 // not in the file, an indirect call, or a frame of unknown size
		}
		s, ok := sizes[f.Function]
		if !ok {
			if f.Source == "code" {
				return f.Frame // no .stack_sizes entry (dynamic alloca): nothing to compare with
			}
			t.Errorf("llvm-readobj has no size for %s", f.Function)
		}
		return s
	}
	var total int64
	for i, f := range p {
		switch {
		case i == len(p)-1:
			total += frame(f)
		case f.Via == "call":
			total += frame(f) + 8
		case f.Via == "tail":
		default:
			t.Errorf("unexpected step %q from %s", f.Via, f.Function)
		}
	}
	return total
}

// canonicalCycle rotates a cycle f, g, …, f to start at its smallest name.
func canonicalCycle(c []string) string {
	if len(c) > 1 && c[0] == c[len(c)-1] {
		c = c[:len(c)-1]
	}
	k := 0
	for i := range c {
		if c[i] < c[k] {
			k = i
		}
	}
	r := append(append([]string(nil), c[k:]...), c[:k]...)
	return strings.Join(append(r, r[0]), " -> ")
}

func reportOf(res *Result) string {
	var b strings.Builder
	res.WriteReport(&b, DefaultBudget)
	return b.String()
}
