package linkwrap

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// llvmTools are the LLVM programs of one major version.
type llvmTools struct {
	Major int
	Dis   string // llvm-dis
	As    string // llvm-as
	Ar    string // llvm-ar (to rebuild an archive's symbol table)
}

// toolFinder locates LLVM tools by major version, once per version.
type toolFinder struct {
	env  func(string) string
	run  *runner
	mu   sync.Mutex
	memo map[int]*toolResult
}

type toolResult struct {
	once  sync.Once
	tools *llvmTools
	err   error
}

// find returns tools of the given LLVM major version. With IU_ENTRY_LLVM_BIN
// set, only that directory is searched (it may hold llvm-dis or
// llvm-dis-N); otherwise llvm-dis-N on PATH, /usr/lib/llvm-N/bin, and a plain
// llvm-dis on PATH whose --version says N.
func (tf *toolFinder) find(ctx context.Context, major int) (*llvmTools, error) {
	tf.mu.Lock()
	if tf.memo == nil {
		tf.memo = map[int]*toolResult{}
	}
	r := tf.memo[major]
	if r == nil {
		r = &toolResult{}
		tf.memo[major] = r
	}
	tf.mu.Unlock()
	r.once.Do(func() { r.tools, r.err = tf.search(ctx, major) })
	return r.tools, r.err
}

func (tf *toolFinder) search(ctx context.Context, major int) (*llvmTools, error) {
	n := strconv.Itoa(major)
	type cand struct{ dir, suffix string }
	var cands []cand
	var tried []string
	if dir := tf.env(envLLVMBin); dir != "" {
		cands = append(cands, cand{dir, "-" + n}, cand{dir, ""})
	} else {
		for _, dir := range filepath.SplitList(tf.env("PATH")) {
			if dir == "" {
				dir = "."
			}
			cands = append(cands, cand{dir, "-" + n})
		}
		cands = append(cands, cand{"/usr/lib/llvm-" + n + "/bin", ""})
		for _, dir := range filepath.SplitList(tf.env("PATH")) {
			if dir == "" {
				dir = "."
			}
			cands = append(cands, cand{dir, ""})
		}
	}
	for _, c := range cands {
		t := &llvmTools{Major: major}
		ok := true
		for _, p := range []struct {
			name string
			dst  *string
		}{{"llvm-dis", &t.Dis}, {"llvm-as", &t.As}, {"llvm-ar", &t.Ar}} {
			path := filepath.Join(c.dir, p.name+c.suffix)
			if !isExecutable(path) {
				ok = false
				break
			}
			*p.dst = path
		}
		if !ok {
			continue
		}
		got, err := tf.version(ctx, t.Dis)
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s: %v", t.Dis, err))
			continue
		}
		if got != major {
			tried = append(tried, fmt.Sprintf("%s is LLVM %d", t.Dis, got))
			continue
		}
		return t, nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "no LLVM %s tools (llvm-dis, llvm-as, llvm-ar) found", n)
	if dir := tf.env(envLLVMBin); dir != "" {
		fmt.Fprintf(&b, " in %s=%s", envLLVMBin, dir)
	} else {
		fmt.Fprintf(&b, " (searched llvm-dis-%s on PATH, /usr/lib/llvm-%s/bin, llvm-dis on PATH)", n, n)
	}
	for _, t := range tried {
		fmt.Fprintf(&b, "\n\t%s", t)
	}
	fmt.Fprintf(&b, "\nthe bitcode was written by LLVM %s: install it (Debian/Ubuntu: apt-get install llvm-%s, or from https://apt.llvm.org) or set %s to the directory holding its llvm-dis, llvm-as and llvm-ar", n, n, envLLVMBin)
	return nil, fmt.Errorf("%s", b.String())
}

// version runs "tool --version" and returns the LLVM major version.
func (tf *toolFinder) version(ctx context.Context, tool string) (int, error) {
	out, err := tf.run.output(ctx, tool, "--version")
	if err != nil {
		return 0, err
	}
	m, ok := numberAfter(string(out), "LLVM version ", false) // LLVM version (\d+)
	if !ok {
		return 0, fmt.Errorf("no \"LLVM version\" in its --version output")
	}
	v, _ := strconv.Atoi(m)
	return v, nil
}

func isExecutable(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular() && st.Mode()&0o111 != 0
}

// runner runs commands, echoing them to stderr when verbose.
type runner struct {
	verbose bool
	log     func(format string, args ...any)
}

func (r *runner) trace(name string, args []string) {
	if r.verbose {
		r.log("+ %s", shellQuote(append([]string{name}, args...)))
	}
}

// output runs a command and returns its standard output; on failure the
// error includes its standard error.
func (r *runner) output(ctx context.Context, name string, args ...string) ([]byte, error) {
	r.trace(name, args)
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg != "" {
			return out, fmt.Errorf("%s: %v\n%s", filepath.Base(name), err, msg)
		}
		return out, fmt.Errorf("%s: %v", filepath.Base(name), err)
	}
	return out, nil
}

// pipe runs a command with its standard output going to w.
func (r *runner) pipe(ctx context.Context, w io.Writer, name string, args ...string) error {
	r.trace(name, args)
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	cmd.Stdout = w
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return fmt.Errorf("%s: %v\n%s", filepath.Base(name), err, msg)
		}
		return fmt.Errorf("%s: %v", filepath.Base(name), err)
	}
	return nil
}

func shellQuote(args []string) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if a != "" && strings.IndexFunc(a, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=,:@+%", r))
		}) < 0 {
			b.WriteString(a)
			continue
		}
		b.WriteString("'" + strings.ReplaceAll(a, "'", `'\''`) + "'")
	}
	return b.String()
}

// numberAfter returns the decimal digits right after the first occurrence
// of prefix in s that is followed by at least one digit (and then by a '.'
// if thenDot): what regexp.MustCompile(prefix+`(\d+)`) (or `(\d+)\.`) would
// submatch. The three version strings linkwrap reads are matched with it
// rather than with package-level regexps because any regexp in the binary
// costs every run at start-up, linking or not: compiling them took 63
// allocations, and regexp/syntax keeps unicode's category and script maps
// alive, which unicode's init then builds. Without the regexp package,
// bin/iu-entry --version took 27 to 45 fewer page faults (medians of
// perf stat runs; one costs ~12 µs on the VM we measure on) and ran ~5%
// faster side by side.
func numberAfter(s, prefix string, thenDot bool) (string, bool) {
	for i := 0; ; {
		j := strings.Index(s[i:], prefix)
		if j < 0 {
			return "", false
		}
		start := i + j + len(prefix)
		end := start
		for end < len(s) && '0' <= s[end] && s[end] <= '9' {
			end++
		}
		if end > start && (!thenDot || end < len(s) && s[end] == '.') {
			return s[start:end], true
		}
		i += j + 1
	}
}
