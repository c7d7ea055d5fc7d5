package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"github.com/iu-entry/iu-entry/irpass"
)

// flagsHelp is the flag list of --help, written out rather than generated
// by pflag, which would show --report as `--report text[="text"]`.
const flagsHelp = `  -o, --output FILE             write the result to FILE (- or absent: standard output)
      --report[=text|json]      list each program found (name, type, section, object,
                                prog function) on standard error; "--report json" works too
      --list-prog-types         list the program types and exit
      --version                 the tool's version and the LLVM IR range it handles
  -h, --help                    this help
`

// joinReportValue rewrites "--report text" and "--report json" into
// "--report=text" and "--report=json". --report's value is optional (a
// bare --report means text), so pflag never takes the next argument as its
// value and would read "json" as a second input file. A file really
// named json or text can be given as ./json.
func joinReportValue(args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(out, args[i:]...)
		}
		if a == "--report" && i+1 < len(args) && (args[i+1] == "text" || args[i+1] == "json") {
			out = append(out, "--report="+args[i+1])
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// outputDirError explains why the temporary output file beside output
// could not be created, naming the user's path rather than the temporary
// file's.
func outputDirError(output string, err error) error {
	dir := filepath.Dir(output)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot write %s: directory %s does not exist", output, dir)
	}
	return fmt.Errorf("cannot write %s: %v", output, err)
}

// moduleFacts are what a module without program objects says about why.
type moduleFacts struct {
	used      bool // it defines @llvm.used or @llvm.compiler.used (the pass's NoUsed)
	processed bool // it has !iu-programs: iu-entry already ran on it
}

// hasProgramList reports whether a module defines the named metadata
// !iu-programs, which iu-entry adds: a top-level definition starts a line,
// so the name in a string, a comment or a function body does not count.
// Read only when the pass found no program object, to say why.
func hasProgramList(src io.Reader) (bool, error) {
	r := bufio.NewReaderSize(src, 1<<16)
	atLineStart := true
	for {
		line, err := r.ReadSlice('\n')
		if atLineStart && bytes.HasPrefix(line, []byte("!iu-programs ")) {
			return true, nil
		}
		// A line longer than the buffer arrives in pieces.
		atLineStart = err == nil
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return false, err
		}
	}
}

// runPass runs the pass and, when it found no program object, learns why
// (for noProgramsMessage): from the pass whether the module has
// @llvm.used, from the input whether iu-entry already processed it.
func runPass(name string, src io.ReaderAt, size int64, w io.Writer) (*irpass.Result, moduleFacts, error) {
	res, err := irpass.Run(name, src, size, w)
	if err != nil || !res.NoObjects {
		return res, moduleFacts{}, err
	}
	facts := moduleFacts{used: !res.NoUsed}
	facts.processed, err = hasProgramList(io.NewSectionReader(src, 0, size))
	return res, facts, err
}

// noProgramsMessage is what iu-entry prints (always, on standard error)
// for a module without program objects: exit 0 and an unchanged module
// would otherwise look like success.
func noProgramsMessage(display string, f moduleFacts) string {
	msg := "iu-entry: " + display + ": no program objects found (no global in an \"inner_unikernel/...\" section); the output is the input unchanged"
	switch {
	case f.processed:
		msg += "\n  note: the module has !iu-programs: iu-entry already added its entries"
	case !f.used:
		msg += "\n  note: the module has no @llvm.used: at -O rustc deletes a static nothing refers to; mark each program object #[used]"
	}
	return msg
}
