// Command iu-entry adds the kernel entry points of inner-unikernel programs
// to a module of textual LLVM IR emitted by rustc.
//
// A program is a static object in a section named inner_unikernel/<hook>
// whose first fields are rtti (the bpf_prog_type), prog (the user's
// function) and name (a &str). For each one, iu-entry appends
//
//	define i32 @<name>(ptr %ctx) section "<hook>" {
//	  %ret = call i32 @__iu_entry_<type>(ptr @<object>, ptr %ctx)
//	  ret i32 %ret
//	}
//
// moves the object to the section obj<type>, adds the entry to @llvm.used
// and lists the user functions in !iu-programs. Everything else in the
// module is left byte for byte as it was, but for a declaration of an entry
// (a crate calling its own entry point), which the definition replaces.
//
// Invoked under the name iu-entry-cc, the same binary is a linker for
// rustc's -C linker=, which does the same to the bitcode of a
// -C linker-plugin-lto build before handing it to the real linker.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	flag "github.com/spf13/pflag"

	"github.com/iu-entry/iu-entry/irpass"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/linkwrap"
	"github.com/iu-entry/iu-entry/progtypes"
)

// version is the tool's version; the IR range is what it was tested on.
const (
	version = "0.1.0"
	irRange = "LLVM 14 (typed pointers, rustc 1.63) to LLVM 22 (opaque pointers, rustc 1.97)"
)

const usage = `usage: iu-entry [flags] IN.ll

Adds a kernel entry point for every inner-unikernel program object
(a global in an "inner_unikernel/<hook>" section) in a module of textual
LLVM IR emitted by rustc, and writes the module back out. Calls the
entries reach inside a call-graph cycle, and calls through pointers, get
a run-time stack check (README.md, "Run-time stack checks").

Examples (README.md, "Building a Rust program", has the whole recipe):
  rustc --target x86_64-unknown-none --emit=llvm-ir -O prog.rs  # #[used] on each program object
  iu-entry prog.ll -o prog.entry.ll
  llc-22 -filetype=obj -relocation-model=static prog.entry.ll -o prog.o  # llc-14 for rustc 1.63

  iu-entry --report prog.ll -o -        # rewritten IR to stdout, report to stderr
  iu-entry --report=json -o out.ll -    # read stdin
  iu-entry --list-prog-types

  iu-entry stack [flags] OBJ...         # worst-case stack of each entry in an
                                        # object; see iu-entry stack --help

Flags:
`

// exitError and exitUsage are the process exit statuses for a rejected
// input and for a bad command line.
const (
	exitError = 1
	exitUsage = 2
)

func main() {
	// A run is short and its live memory small (the symbol index: 16 bytes
	// a symbol), so collect garbage only when the heap nears 64 MiB rather
	// than every time it doubles: small modules then never pay for a
	// collection, and a 1 GB module still stays near 64 MiB.
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(64 << 20)

	// Under its linker name (a link to this binary, as `make build` makes
	// bin/iu-entry-cc) the command takes cc's arguments from rustc.
	if filepath.Base(os.Args[0]) == linkwrap.LinkerName {
		os.Exit(linkwrap.Main(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "stack" {
		return runStack(args[1:], stdout, stderr) // stack.go
	}
	fs := flag.NewFlagSet("iu-entry", flag.ContinueOnError)
	fs.SetOutput(stderr)
	output := fs.StringP("output", "o", "-", "write the result to `FILE` (- for standard output)")
	report := fs.String("report", "", "list the programs found on standard error, as `text` or json")
	fs.Lookup("report").NoOptDefVal = "text"
	listTypes := fs.Bool("list-prog-types", false, "list the program types iu-entry knows and exit")
	showVersion := fs.Bool("version", false, "print the version and the LLVM IR it handles, and exit")
	help := fs.BoolP("help", "h", false, "show this help")
	fs.Usage = func() { fmt.Fprint(stderr, usage+flagsHelp) }
	if err := fs.Parse(joinReportValue(args)); err != nil {
		fmt.Fprintf(stderr, "iu-entry: %v\nRun 'iu-entry --help' for usage.\n", err)
		return exitUsage
	}
	switch {
	case *help:
		fs.SetOutput(stdout)
		stderr = stdout
		fs.Usage()
		return 0
	case *showVersion:
		fmt.Fprintf(stdout, "iu-entry %s\nreads and writes textual IR of %s\n", version, irRange)
		return 0
	case *listTypes:
		for _, t := range progtypes.All() {
			fmt.Fprintf(stdout, "%-11s rtti %d (%s)  sections: %s  entry: %s  object section: %s\n",
				t.Name, t.RTTI, t.Enum, strings.Join(t.Sections, ", "), t.EntryFunc(), t.ObjectSection())
		}
		return 0
	}
	if *report != "text" && *report != "json" && *report != "" {
		fmt.Fprintf(stderr, "iu-entry: --report must be text or json, not %q\n", *report)
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "iu-entry: expected one input file, got %d\nRun 'iu-entry --help' for usage.\n", fs.NArg())
		return exitUsage
	}

	res, facts, err := rewrite(fs.Arg(0), *output, stdin, stdout)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) {
			fmt.Fprintln(stderr, list.Error())
		} else {
			fmt.Fprintf(stderr, "iu-entry: %v\n", err)
		}
		return exitError
	}
	if res.NoObjects && *report != "json" {
		display := fs.Arg(0)
		if display == "-" {
			display = "<stdin>"
		}
		fmt.Fprintln(stderr, noProgramsMessage(display, facts))
	}
	if *report != "" {
		writeReport(stderr, *report, res)
	}
	return 0
}

// rewrite runs the pass from input to output. The result is written to a
// temporary file beside the output and renamed over it only on success, so
// a failure never leaves a partial file and -o may name the input itself.
// Outputs that are not regular files are written in place.
func rewrite(input, output string, stdin io.Reader, stdout io.Writer) (*irpass.Result, moduleFacts, error) {
	var facts moduleFacts
	name, src, size, closeInput, err := openInput(input, stdin)
	if err != nil {
		return nil, facts, err
	}
	defer closeInput()

	// A device, pipe or socket (-o /dev/null, -o /dev/stdout) is written
	// directly: renaming a file over it would replace it.
	if output != "-" {
		if fi, err := os.Stat(output); err == nil && !fi.Mode().IsRegular() {
			if fi.IsDir() {
				return nil, facts, fmt.Errorf("cannot write %s: it is a directory", output)
			}
			f, err := os.OpenFile(output, os.O_WRONLY, 0)
			if err != nil {
				return nil, facts, err
			}
			res, facts, err := runPass(name, src, size, f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			return res, facts, err
		}
		// Replace the file a symbolic link points to, not the link.
		if target, err := filepath.EvalSymlinks(output); err == nil {
			output = target
		}
	}

	dir := os.TempDir()
	if output != "-" {
		dir = filepath.Dir(output)
	}
	tmp, err := os.CreateTemp(dir, ".iu-entry-*.ll")
	if err != nil {
		if output == "-" {
			return nil, facts, fmt.Errorf("cannot buffer the output in %s: %w", dir, err)
		}
		return nil, facts, outputDirError(output, err)
	}
	defer removeOnSignal(tmp.Name())()
	renamed := false
	defer func() {
		if !renamed {
			os.Remove(tmp.Name())
		}
	}()
	// No fsync before the rename: like cat, gofmt or llc, iu-entry leaves
	// durability to the file system (ext4 and xfs flush a file renamed
	// over another), and an fsync of a large module costs more than the
	// whole pass.
	res, facts, err := runPass(name, src, size, tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, facts, err
	}
	if output == "-" {
		f, err := os.Open(tmp.Name())
		if err != nil {
			return nil, facts, err
		}
		defer f.Close()
		_, err = io.Copy(stdout, f)
		return res, facts, err
	}
	// Keep the permissions of a file being replaced, else the usual ones.
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(output); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return nil, facts, err
	}
	if err := os.Rename(tmp.Name(), output); err != nil {
		return nil, facts, fmt.Errorf("cannot write %s: %w", output, err)
	}
	renamed = true
	return res, facts, nil
}

// openInput opens the module to rewrite. The pass reads its input more
// than once, at offsets: a regular file is read where it is, anything else
// (standard input, a pipe or FIFO such as bash's <(…), a device) is first
// spooled to a temporary file, which keeps memory as small as for a named
// file. release closes the input and removes the spool.
func openInput(input string, stdin io.Reader) (name string, src io.ReaderAt, size int64, release func(), err error) {
	name = input
	r := stdin
	var f *os.File
	if input == "-" {
		name = "<stdin>"
	} else {
		if f, err = os.Open(input); err != nil {
			return "", nil, 0, nil, err
		}
		fi, err := f.Stat()
		switch {
		case err != nil:
			f.Close()
			return "", nil, 0, nil, err
		case fi.IsDir():
			f.Close()
			return "", nil, 0, nil, fmt.Errorf("%s is a directory", input)
		case fi.Mode().IsRegular():
			return name, f, fi.Size(), func() { f.Close() }, nil
		}
		r = f // its size says nothing of what it holds: spool it
	}
	spool, err := os.CreateTemp("", ".iu-entry-input-*.ll")
	stopSignals := func() {}
	if err == nil {
		stopSignals = removeOnSignal(spool.Name())
		size, err = spoolInput(spool, r)
		if err != nil {
			err = fmt.Errorf("reading %s: %w", name, err)
		}
	} else {
		err = fmt.Errorf("cannot buffer %s: %w", name, err)
	}
	release = func() {
		stopSignals()
		if f != nil {
			f.Close()
		}
		if spool != nil {
			spool.Close()
			os.Remove(spool.Name())
		}
	}
	if err != nil {
		release()
		return "", nil, 0, nil, err
	}
	return name, spool, size, release, nil
}

// spoolInput copies r to f in large reads: io.Copy's 32 KiB reads from a
// pipe cost a blocking system call, and a hand-off of the Go scheduler,
// each; a 1 GB module took 4.4 s to arrive through a pipe that cat
// copies in 0.9 s. A pipe on standard input is enlarged, where Linux
// allows, so that a read can return a whole buffer.
func spoolInput(f *os.File, r io.Reader) (int64, error) {
	const bufSize = 1 << 20
	if in, ok := r.(*os.File); ok {
		growPipe(in, bufSize)
	}
	// Hide f's ReadFrom and r's WriteTo, which would fall back to
	// io.Copy's small buffer.
	return io.CopyBuffer(struct{ io.Writer }{f}, struct{ io.Reader }{r}, make([]byte, bufSize))
}

func writeReport(w io.Writer, format string, res *irpass.Result) {
	type entry struct {
		Name     string `json:"name"`
		Type     string `json:"type"`
		RTTI     uint64 `json:"rtti"`
		Section  string `json:"section"`
		Object   string `json:"object"`
		Function string `json:"function"`
		Line     int    `json:"line"`
	}
	entries := []entry{}
	for _, p := range res.Programs {
		entries = append(entries, entry{p.Name, p.Type.Name, p.Type.RTTI, p.Section, p.Object, p.Func, p.Line})
	}
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(map[string]any{"typed_pointers": res.Typed, "programs": entries})
		return
	}
	for _, e := range entries {
		fmt.Fprintf(w, "%s: %s program (rtti %d) in section %s\n  object   @%s (line %d)\n  function @%s\n",
			e.Name, e.Type, e.RTTI, e.Section, e.Object, e.Line, e.Function)
	}
}
