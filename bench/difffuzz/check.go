package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"
)

// outcome classes
const (
	okAccepted  = "ok: accepted, output assembles"
	okRejected  = "ok: rejected with a diagnostic"
	okGarbage   = "ok: accepted an input llvm-as rejects, output rejected too"
	okQuirk     = "ok: LLVM's verifier judged a call site's jumptable by the file's path"
	failHang    = "FAIL: timeout"
	failPanic   = "FAIL: panic"
	failExit    = "FAIL: exit code"
	failDiag    = "FAIL: rejection without FILE:LINE:COL: error: diagnostic"
	failPartial = "FAIL: output file left after a rejection"
	failNoOut   = "FAIL: exit 0 without an output file"
	failInvalid = "FAIL: valid input, invalid output"
	failMissed  = "FAIL: exit 0 but a program object kept its inner_unikernel/ section (no entry)"
	failMisread = "FAIL: valid input refused as malformed (the reader misread it)"
)

// reReaderError matches the diagnostics of iu-entry's reader: what it says
// of input it cannot read, as opposed to a program object it refuses.
var reReaderError = regexp.MustCompile(`: error: (expected top-level entity|unexpected end of file|this (string|name or string) is never closed|unterminated|expected the body|use of undefined (metadata|value))`)

// reJumptableCall matches LLVM's verifier refusing jumptable on a call
// site. It checks the attribute as if the call were a function (a
// cast<GlobalValue> of the instruction: undefined behaviour), so it
// accepts or refuses the same bytes depending on the file's path (seen in
// LLVM 14 and 22: findings/README.md). iu-entry leaves call sites as they
// are, so such an output is not its fault; jumptable on the entry itself
// (issue 12, case 6) is judged on a function line and stays a failure.
var reJumptableCall = regexp.MustCompile(`Attribute 'jumptable' requires 'unnamed_addr'\n\s+(%\S+ = )?((tail|musttail|notail) )?(call|invoke|callbr) `)

// checker runs iu-entry on one file and judges the result.
type checker struct {
	iu      string
	llvmAs  map[string]string // dialect -> llvm-as
	timeout time.Duration
}

type result struct {
	class  string
	detail string
	stderr string
	exit   int
}

func (r result) failed() bool { return len(r.class) > 4 && r.class[:5] == "FAIL:" }

var reGoPanic = regexp.MustCompile(`(?m)^(goroutine \d+ \[[^\]]*\]:$|fatal error: |panic: .*(\n.*)*\n\ngoroutine )`)

var reDiag = regexp.MustCompile(`^[^\n]*:\d+:\d+: error: \S`)

// run checks in.ll (dialect d) writing into dir.
func (c *checker) run(in, d, dir string) result {
	out := filepath.Join(dir, "out.ll")
	os.Remove(out)
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.iu, in, "-o", out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	res := result{stderr: stderr.String()}
	var ee *exec.ExitError
	switch {
	case ctx.Err() != nil:
		res.class, res.exit = failHang, -1
		return res
	case err == nil:
		res.exit = 0
	case errors.As(err, &ee):
		res.exit = ee.ExitCode()
	default:
		res.class, res.detail = failExit, err.Error()
		return res
	}
	// a Go panic or runtime crash (not a `panic:` label echoed from the source)
	if reGoPanic.Match(stderr.Bytes()) {
		res.class = failPanic
		return res
	}
	_, statErr := os.Stat(out)
	switch res.exit {
	case 0:
		if statErr != nil {
			res.class = failNoOut
			return res
		}
		as := c.llvmAs[d]
		bc := out + ".bc"
		if o, err := exec.Command(as, out, "-o", bc).CombinedOutput(); err == nil {
			res.class = okAccepted
			// Every program object must have moved to its object
			// section: one still in inner_unikernel/ was missed. LLVM's
			// own printer shows each section clause as it is.
			dis, err := exec.Command(filepath.Join(filepath.Dir(as), "llvm-dis"), bc, "-o", "-").Output()
			if err == nil && bytes.Contains(dis, []byte(`, section "inner_unikernel/`)) {
				res.class = failMissed
			}
			_ = o
		} else if o2, err2 := exec.Command(as, in, "-o", os.DevNull).CombinedOutput(); err2 == nil {
			res.class, res.detail = failInvalid, firstLines(string(o), 4)
			if reJumptableCall.Match(o) {
				res.class = okQuirk
			}
		} else {
			res.class, res.detail = okGarbage, firstLines(string(o2), 2)
		}
	case 1:
		switch {
		case statErr == nil:
			res.class = failPartial
		case !reDiag.MatchString(res.stderr) || !bytes.HasPrefix(stderr.Bytes(), []byte(in+":")):
			res.class = failDiag
		case reReaderError.MatchString(firstLines(res.stderr, 1)):
			// iu-entry says the module is malformed: so must llvm-as.
			if o, err := exec.Command(c.llvmAs[d], in, "-o", os.DevNull).CombinedOutput(); err == nil {
				res.class, res.detail = failMisread, firstLines(string(o), 2)
			} else {
				res.class = okRejected
			}
		default:
			res.class = okRejected
		}
	default:
		res.class, res.detail = failExit, fmt.Sprintf("exit %d", res.exit)
	}
	return res
}

func firstLines(s string, n int) string {
	ls := bytes.SplitN([]byte(s), []byte("\n"), n+1)
	if len(ls) > n {
		ls = ls[:n]
	}
	return string(bytes.Join(ls, []byte("\n")))
}

// minimize removes chunks of lines while the failure keeps its class, for
// at most budget. The original mutant is kept by the caller.
func (c *checker) minimize(m []byte, d, dir, class string, budget time.Duration) []byte {
	deadline := time.Now().Add(budget)
	in := filepath.Join(dir, "min.ll")
	same := func(b []byte) bool {
		if os.WriteFile(in, b, 0o644) != nil {
			return false
		}
		return c.run(in, d, dir).class == class
	}
	ls := lines(m)
	for chunk := len(ls) / 2; chunk >= 1 && time.Now().Before(deadline); chunk /= 2 {
		for i := 0; i < len(ls) && time.Now().Before(deadline); {
			j := min(i+chunk, len(ls))
			cand := append(append([][]byte{}, ls[:i]...), ls[j:]...)
			if len(cand) > 0 && same(join(cand)) {
				ls = cand
			} else {
				i = j
			}
		}
	}
	os.Remove(in)
	return join(ls)
}
