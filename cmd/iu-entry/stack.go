package main

import (
	"fmt"
	"io"
	"strconv"

	flag "github.com/spf13/pflag"

	"github.com/iu-entry/iu-entry/elfstack"
)

const stackUsage = `usage: iu-entry stack [flags] OBJ...

Computes the worst-case stack use of every program entry point in ELF
x86-64 files (relocatable objects, ld -r links, executables) and checks it
against the program stack budget. Entry points are the functions in program
sections (tracepoint/..., kprobe/..., xdp, tc, classifier, perf_event, ...)
and those named by --entry.

Frame sizes come from the .stack_sizes sections the compiler writes with
  llc -stack-size-section, rustc -Z emit-stack-sizes (RUSTC_BOOTSTRAP=1 on
  stable), or for LTO in lld -Wl,-mllvm,-stack-size-section;
a function without an entry (precompiled libcore, assembly) gets the frame
its machine code sets up, when the stack pointer can be followed through it.
Calls are read from the machine code: each call adds the caller's frame and
an 8-byte return address; a tail call (a jump after the caller's epilogue)
adds nothing; calls of functions outside the file (kernel helpers, iu.ko)
are leaves, since their stack comes out of the runtime's reserve. Each OBJ
is analysed on its own: give the linked object (ld -r) that holds all of a
program's code, so that calls between its parts are followed.

For each entry it prints the worst case and the path that needs it,
  f (24) -> g (16) -tail-> h (40 code) -> memcpy (external)
("code": measured from the machine code), or "unbounded" with what makes
it so: recursion (the cycle), an indirect call or jump (function+offset),
a call to an unknown place, or a function whose stack use is unknown. Each
is marked "checked" when the run-time stack check
  cmpq %gs:iu_stack_limit, %rsp; jb iu_stack_overflow
precedes it (for recursion: on every way round the cycle).

An entry whose worst case (or, if unbounded, the part before any of those)
exceeds the budget is an error, and the exit status is 1. An unbounded
entry is a warning, which says whether run-time checks stop it.

Examples:
  llc -stack-size-section -filetype=obj prog.entry.ll -o prog.o
  iu-entry stack prog.o
  iu-entry stack --budget 4096 --report progs.o
  iu-entry stack --report=json --entry my_fn prog.o

Flags:
      --budget BYTES            the stack budget of a program (iu.ko's stack_budget;
                                default 8192)
      --entry SYM               also analyse the function SYM as an entry point
                                (repeatable)
      --report[=text|json]      print every fact about every entry on standard
                                output; "--report json" works too
  -h, --help                    this help
`

func runStack(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("iu-entry stack", flag.ContinueOnError)
	fs.SetOutput(stderr)
	budget := fs.String("budget", strconv.Itoa(elfstack.DefaultBudget), "the stack budget of a program in `bytes` (iu.ko's stack_budget)")
	report := fs.String("report", "", "print every fact about every entry on standard output, as `text` or json")
	fs.Lookup("report").NoOptDefVal = "text"
	entries := fs.StringArray("entry", nil, "also analyse the function `SYM` as an entry point (repeatable)")
	help := fs.BoolP("help", "h", false, "show this help")
	// The flag list is written out in stackUsage (pflag would show
	// --report as `--report text[="text"]`); "--report json" is joined
	// into --report=json as for iu-entry itself (cli.go).
	fs.Usage = func() { io.WriteString(stderr, stackUsage) }
	if err := fs.Parse(joinReportValue(args)); err != nil {
		fmt.Fprintf(stderr, "iu-entry stack: %v\nRun 'iu-entry stack --help' for usage.\n", err)
		return exitUsage
	}
	if *help {
		fs.SetOutput(stdout)
		stderr = stdout
		fs.Usage()
		return 0
	}
	limit, err := strconv.ParseInt(*budget, 0, 64)
	if err != nil || limit < 0 {
		fmt.Fprintf(stderr, "iu-entry stack: --budget must be a number of bytes, not %q\n", *budget)
		return exitUsage
	}
	if *report != "" && *report != "text" && *report != "json" {
		fmt.Fprintf(stderr, "iu-entry stack: --report must be text or json, not %q\n", *report)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "iu-entry stack: expected one or more object files\nRun 'iu-entry stack --help' for usage.\n")
		return exitUsage
	}

	status := 0
	var results []*elfstack.Result
	for _, path := range fs.Args() {
		res, err := elfstack.AnalyzeFile(path, elfstack.Options{Entries: *entries})
		if err != nil {
			fmt.Fprintf(stderr, "%s: error: %v\n", path, err)
			status = exitError
			continue
		}
		results = append(results, res)
		if res.StackSizeSections == 0 && len(res.Entries) > 0 {
			fmt.Fprintf(stderr, "%s: note: no .stack_sizes section: every frame size is measured from the machine code\n", path)
		}
		for _, d := range res.Check(limit) {
			fmt.Fprintln(stderr, d)
			if d.Error {
				status = exitError
			}
		}
		switch *report {
		case "":
			res.WriteSummary(stdout)
		case "text":
			res.WriteReport(stdout, limit)
		}
	}
	if *report == "json" {
		if err := elfstack.WriteJSON(stdout, limit, results); err != nil {
			fmt.Fprintf(stderr, "iu-entry stack: %v\n", err)
			return exitError
		}
	}
	return status
}
