// Command difffuzz is a differential fuzzer for iu-entry.
//
// It takes real rustc modules (testdata/ll/**/*.ll) and generated ones
// (bench/internal/irgen), mutates them (program objects above all: rtti,
// section, name string and length, pointer targets; and generic line, token
// and byte mutations), runs iu-entry on each mutant and checks:
//
//   - exit 0: the output exists and llvm-as of the dialect accepts it, unless
//     llvm-as rejects the mutant itself (iu-entry is not a verifier);
//   - exit 1: stderr starts with `FILE:LINE:COL: error: …` and no output file
//     is left behind;
//   - anything else (other exit codes, panics, > timeout) is a failure.
//
// Failing mutants are saved in -corpus with a line-minimized copy and a
// .txt describing the failure; the summary lists them.
//
//	go run ./bench/difffuzz -iu-entry bin/iu-entry -duration 60s -corpus bench/difffuzz/corpus
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/iu-entry/iu-entry/bench/internal/irgen"
)

type base struct {
	name    string
	dialect string
	data    []byte
}

func dialectOf(path string, data []byte) string {
	switch {
	case strings.Contains(path, "llvm14"):
		return "typed"
	case strings.Contains(path, "llvm22"), strings.Contains(path, "nightly"):
		return "opaque"
	case bytes.Contains(data, []byte("i8*")) || bytes.Contains(data, []byte("i64*")):
		return "typed"
	}
	return "opaque"
}

func loadBases(globs []string, nGen int, seed uint64) ([]base, error) {
	var bs []base
	for _, g := range globs {
		files, err := filepathGlobRec(g)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			bs = append(bs, base{name: f, dialect: dialectOf(f, data), data: data})
		}
	}
	for k := 0; k < nGen; k++ {
		d := []string{"opaque", "typed"}[k%2]
		var buf bytes.Buffer
		size := int64(24<<10) << (k / 2 % 3) // 24K, 48K, 96K
		if _, err := irgen.Generate(&buf, irgen.Config{Size: size, Dialect: d, Seed: seed + uint64(k), Programs: 1 + k%6}); err != nil {
			return nil, err
		}
		bs = append(bs, base{name: fmt.Sprintf("modgen(seed=%d,%s,%d,programs=%d)", seed+uint64(k), d, size, 1+k%6), dialect: d, data: buf.Bytes()})
	}
	return bs, nil
}

// filepathGlobRec supports one "**" component (any depth).
func filepathGlobRec(pattern string) ([]string, error) {
	i := strings.Index(pattern, "**")
	if i < 0 {
		return filepath.Glob(pattern)
	}
	root, rest := filepath.Clean(pattern[:i]), strings.TrimPrefix(pattern[i+2:], "/")
	var out []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return filepath.SkipDir
			}
			return err
		}
		if !d.IsDir() {
			if ok, _ := filepath.Match(rest, filepath.Base(p)); ok {
				out = append(out, p)
			}
		}
		return nil
	})
	if os.IsNotExist(err) {
		err = nil
	}
	return out, err
}

var reNums = regexp.MustCompile(`\d+`)

// signature groups failures: class + the first stderr line without numbers
// and without the file name.
func signature(r result) string {
	l := firstLines(r.stderr, 1)
	if k := strings.Index(l, ": error: "); k >= 0 {
		l = l[k+2:]
	}
	if strings.HasPrefix(r.class, "FAIL: panic") {
		// the panic message, not the goroutine dump
		for _, s := range strings.Split(r.stderr, "\n") {
			if strings.HasPrefix(s, "panic:") {
				l = s
				break
			}
		}
	}
	l = reNums.ReplaceAllString(l, "N")
	if len(l) > 120 {
		l = l[:120]
	}
	return r.class + " | " + l
}

type failure struct {
	sig, path, minPath, what string
	count                    int
}

func main() {
	iu := flag.String("iu-entry", "bin/iu-entry", "iu-entry binary")
	llvm22 := flag.String("llvm22", "/usr/lib/llvm-22/bin", "LLVM 22 bin directory (llvm-as for opaque pointers)")
	llvm14 := flag.String("llvm14", "/usr/lib/llvm-14/bin", "LLVM 14 bin directory (llvm-as for typed pointers)")
	n := flag.Int("n", 0, "iterations (0 = until -duration)")
	dur := flag.Duration("duration", 60*time.Second, "how long to run when -n is 0")
	seed := flag.Uint64("seed", 0, "random seed (0 = from the clock; printed)")
	corpus := flag.String("corpus", "", "directory to save failing and interesting mutants in")
	inputs := flag.String("inputs", "testdata/ll/**/*.ll", "comma-separated globs of real rustc modules (** = any depth)")
	gen := flag.Int("modgen", 6, "number of generated modules to add to the inputs")
	timeout := flag.Duration("timeout", 10*time.Second, "per-run timeout (longer is a failure)")
	minBudget := flag.Duration("min-budget", 20*time.Second, "time spent minimizing each new failure")
	perSig := flag.Int("keep", 3, "mutants saved per failure signature")
	verbose := flag.Bool("v", false, "log every mutant")
	flag.Parse()

	if *seed == 0 {
		*seed = uint64(time.Now().UnixNano())
	}
	iuPath, err := filepath.Abs(*iu)
	if err == nil {
		_, err = os.Stat(iuPath)
	}
	if err != nil {
		fatal("iu-entry: %v (build it: make build)", err)
	}
	c := &checker{iu: iuPath, timeout: *timeout, llvmAs: map[string]string{
		"opaque": filepath.Join(*llvm22, "llvm-as"), "typed": filepath.Join(*llvm14, "llvm-as")}}
	for _, as := range c.llvmAs {
		if _, err := os.Stat(as); err != nil {
			fatal("%v", err)
		}
	}
	bases, err := loadBases(strings.Split(*inputs, ","), *gen, *seed)
	if err != nil {
		fatal("%v", err)
	}
	if len(bases) == 0 {
		fatal("no inputs")
	}
	work, err := os.MkdirTemp("", "difffuzz-")
	if err != nil {
		fatal("%v", err)
	}
	defer os.RemoveAll(work)
	if *corpus != "" {
		if err := os.MkdirAll(*corpus, 0o755); err != nil {
			fatal("%v", err)
		}
	}
	fmt.Fprintf(os.Stderr, "difffuzz: seed %d, %d inputs, iu-entry %s\n", *seed, len(bases), iuPath)

	// the unmutated inputs must all pass
	in := filepath.Join(work, "in.ll")
	var baseProblems []string
	var usable []base
	for _, b := range bases {
		os.WriteFile(in, b.data, 0o644)
		r := c.run(in, b.dialect, work)
		if r.class != okAccepted && r.class != okRejected {
			baseProblems = append(baseProblems, fmt.Sprintf("%s: %s %s %s", b.name, r.class, firstLines(r.stderr, 2), r.detail))
		}
		usable = append(usable, b)
	}

	rng := rand.New(rand.NewPCG(*seed, 0x5eed))
	ms := mutators()
	counts := map[string]int{}
	byMut := map[string]map[string]int{}
	fails := map[string]*failure{}
	interesting := map[string]bool{}
	start := time.Now()
	iter := 0
	for ; (*n > 0 && iter < *n) || (*n == 0 && time.Since(start) < *dur); iter++ {
		b := usable[rng.IntN(len(usable))]
		m, what := mutate(rng, append([]byte{}, b.data...), ms, b.dialect == "typed")
		if len(what) == 0 {
			continue
		}
		if err := os.WriteFile(in, m, 0o644); err != nil {
			fatal("%v", err)
		}
		t0 := time.Now()
		r := c.run(in, b.dialect, work)
		counts[r.class]++
		for _, w := range what {
			if byMut[w] == nil {
				byMut[w] = map[string]int{}
			}
			byMut[w][short(r.class)]++
		}
		desc := fmt.Sprintf("%s <- %s", b.name, strings.Join(what, "+"))
		if *verbose {
			fmt.Fprintf(os.Stderr, "%6d %-45s %s (%.2fs)\n", iter, short(r.class), desc, time.Since(t0).Seconds())
		}
		sig := signature(r)
		if r.failed() {
			f := fails[sig]
			if f == nil {
				f = &failure{sig: sig, what: desc}
				fails[sig] = f
				fmt.Fprintf(os.Stderr, "difffuzz: NEW %s\n  from %s\n", sig, desc)
			}
			f.count++
			if *corpus != "" && f.count <= *perSig {
				id := fmt.Sprintf("fail-%s-%s", slug(r.class), hash8(m))
				p := filepath.Join(*corpus, id+".ll")
				os.WriteFile(p, m, 0o644)
				os.WriteFile(filepath.Join(*corpus, id+".txt"), []byte(fmt.Sprintf(
					"class: %s\nsignature: %s\ninput: %s\nmutations: %s\ndialect: %s\nexit: %d\ndetail: %s\nreproduce: %s %s -o /tmp/out.ll\nstderr:\n%s\n",
					r.class, sig, b.name, strings.Join(what, " + "), b.dialect, r.exit, r.detail, iuPath, p, firstLines(r.stderr, 40))), 0o644)
				if f.count == 1 {
					f.path = p
					mm := c.minimize(m, b.dialect, work, r.class, *minBudget)
					if len(mm) < len(m) {
						mp := filepath.Join(*corpus, id+".min.ll")
						os.WriteFile(mp, mm, 0o644)
						f.minPath = mp
					}
				}
			}
		} else if r.class == okGarbage && *corpus != "" && !interesting[sig] && len(interesting) < 20 {
			interesting[sig] = true
			dir := filepath.Join(*corpus, "interesting")
			os.MkdirAll(dir, 0o755)
			id := "garbage-" + hash8(m)
			os.WriteFile(filepath.Join(dir, id+".ll"), m, 0o644)
			os.WriteFile(filepath.Join(dir, id+".txt"), []byte(fmt.Sprintf("iu-entry accepted a mutant llvm-as rejects; the output is rejected too.\ninput: %s\nmutations: %s\nllvm-as on the input: %s\n", b.name, strings.Join(what, " + "), r.detail)), 0o644)
		}
	}

	// summary
	el := time.Since(start)
	fmt.Printf("difffuzz: seed %d, %d mutants in %.0fs (%.1f/s), %d inputs (%d real rustc modules, %d generated)\n",
		*seed, iter, el.Seconds(), float64(iter)/el.Seconds(), len(bases), len(bases)-*gen, *gen)
	var cls []string
	for k := range counts {
		cls = append(cls, k)
	}
	sort.Strings(cls)
	for _, k := range cls {
		fmt.Printf("  %6d  %s\n", counts[k], k)
	}
	var mk []string
	for k := range byMut {
		mk = append(mk, k)
	}
	sort.Strings(mk)
	fmt.Println("by mutation (a mutant may carry several):")
	for _, k := range mk {
		var parts []string
		var ks []string
		for c := range byMut[k] {
			ks = append(ks, c)
		}
		sort.Strings(ks)
		for _, c := range ks {
			parts = append(parts, fmt.Sprintf("%s %d", c, byMut[k][c]))
		}
		fmt.Printf("  %-20s %s\n", k, strings.Join(parts, ", "))
	}
	for _, p := range baseProblems {
		fmt.Printf("UNMUTATED INPUT FAILS: %s\n", p)
	}
	if len(fails) == 0 {
		fmt.Println("no failures")
	} else {
		var fs []*failure
		for _, f := range fails {
			fs = append(fs, f)
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].sig < fs[j].sig })
		fmt.Printf("%d failure signatures:\n", len(fs))
		for _, f := range fs {
			fmt.Printf("- %s  (%d times; first from %s)\n", f.sig, f.count, f.what)
			if f.path != "" {
				fmt.Printf("    reproducer: %s\n", f.path)
			}
			if f.minPath != "" {
				fmt.Printf("    minimized:  %s\n", f.minPath)
			}
		}
	}
	if len(fails) > 0 || len(baseProblems) > 0 {
		os.Exit(1)
	}
}

func short(class string) string {
	if i := strings.Index(class, ":"); i >= 0 && strings.HasPrefix(class, "ok") {
		return "ok" + map[string]string{okAccepted: "", okRejected: "-rejected", okGarbage: "-garbage"}[class]
	}
	return class
}

func slug(s string) string {
	s = strings.TrimPrefix(s, "FAIL: ")
	var b []byte
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b = append(b, c)
		} else if len(b) > 0 && b[len(b)-1] != '-' {
			b = append(b, '-')
		}
		if len(b) > 24 {
			break
		}
	}
	return strings.Trim(string(b), "-")
}

func hash8(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:4])
}

func fatal(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "difffuzz: "+f+"\n", a...)
	os.Exit(2)
}
