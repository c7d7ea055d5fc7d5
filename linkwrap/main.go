package linkwrap

import (
	"bufio"
	"bytes"
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/iu-entry/iu-entry/irpass"
)

// Environment variables read by the wrapper.
const (
	envLinker   = "IU_ENTRY_LINKER"   // the real linker driver (default cc)
	envVerbose  = "IU_ENTRY_VERBOSE"  // 1: print every command run
	envLLVMBin  = "IU_ENTRY_LLVM_BIN" // directory of llvm-dis/llvm-as/llvm-ar
	defaultLink = "cc"
)

// Main runs the linker wrapper: args are the linker arguments rustc passes
// (without argv[0]). It returns the process exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	go func() {
		select {
		case <-sigs:
			cancel() // kills running tools; temporary files are still removed
		case <-ctx.Done():
		}
	}()
	w := &wrapper{
		env:    os.Getenv,
		stdout: stdout,
		stderr: stderr,
	}
	return w.main(ctx, args)
}

type wrapper struct {
	env    func(string) string
	stdout io.Writer
	stderr io.Writer

	logMu sync.Mutex
	run   *runner
	// Learned by rewrite: the bitcode among the inputs, and how many
	// program objects they hold.
	bitcode  bitcodeSeen
	programs int
	tools    *toolFinder
	tmpDir   string
	tmpSeq   int
	tmpMu    sync.Mutex
}

func (w *wrapper) logf(format string, args ...any) {
	w.logMu.Lock()
	defer w.logMu.Unlock()
	fmt.Fprintf(w.stderr, LinkerName+": "+format+"\n", args...)
}

func (w *wrapper) main(ctx context.Context, args []string) int {
	if len(args) == 0 || (len(args) == 1 && (args[0] == "--help" || args[0] == "-help")) {
		fmt.Fprint(w.stderr, usage)
		return 2
	}
	verbose := w.env(envVerbose)
	w.run = &runner{verbose: verbose != "" && verbose != "0", log: w.logf}
	w.tools = &toolFinder{env: w.env, run: w.run}

	dir, err := os.MkdirTemp("", "iu-entry-cc-")
	if err != nil {
		w.logf("%v", err)
		return 1
	}
	w.tmpDir = dir
	defer os.RemoveAll(dir)

	cmdline := parseArgs(args, 0)
	if w.env(envLinker) == "" && cmdline.ldStyle() {
		w.logf("rustc passed arguments for a plain ld, not for a cc driver (-C linker-flavor=ld,\n" +
			"\tor a link to this program whose name ends in \"-ld\"). Run it as " + LinkerName + " with\n" +
			"\tthe default linker flavor, e.g. in .cargo/config.toml:\n" +
			"\t" + rustflagsLine(w.self()))
		return 1
	}
	if !w.rewrite(ctx, cmdline) {
		return 1
	}
	if w.programs == 0 {
		w.logf("%s", noProgramsNote(w.bitcode))
	}
	extra, err := w.ltoLinkerArgs(ctx, cmdline, w.bitcode) // ltolink.go
	if err != nil {
		w.logf("%v", err)
		return 1
	}
	final, err := cmdline.render(func(data []byte) (string, error) {
		p := w.tempPath("args.rsp")
		return p, os.WriteFile(p, data, 0o666)
	})
	if err != nil {
		w.logf("%v", err)
		return 1
	}
	if code := w.link(ctx, append(final, extra...)); code != 0 {
		w.explainLinkFailure(cmdline, w.bitcode)
		return code
	}
	if out := cmdline.output(); out != "" {
		return w.checkStack(out)
	}
	return 0
}

// tempPath returns a fresh path in the temporary directory whose last
// element is name.
func (w *wrapper) tempPath(name string) string {
	w.tmpMu.Lock()
	w.tmpSeq++
	n := w.tmpSeq
	w.tmpMu.Unlock()
	return filepath.Join(w.tmpDir, strconv.Itoa(n)+"-"+name)
}

// tempDir returns a fresh empty directory in the temporary directory.
func (w *wrapper) tempDir() (string, error) {
	p := w.tempPath("d")
	return p, os.Mkdir(p, 0o777)
}

// link runs the real linker driver.
func (w *wrapper) link(ctx context.Context, args []string) int {
	linker := strings.Fields(w.env(envLinker))
	if len(linker) == 0 {
		linker = []string{defaultLink}
	}
	all := append(linker[1:len(linker):len(linker)], args...)
	w.run.trace(linker[0], all)
	cmd := exec.CommandContext(ctx, linker[0], all...)
	cmd.Stdin = os.Stdin
	cmd.Stdout = w.stdout
	cmd.Stderr = w.stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() > 0 {
			return ee.ExitCode()
		}
		w.logf("running the linker: %v", err)
		return 1
	}
	return 0
}

// An input is one file named on the command line (deduplicated by path).
type input struct {
	path string
	args []*arg // the arguments naming it

	// Set by scan.
	bitcode bitcodeSeen // bitcode in it (the file, or archive members)
	kind    string      // "bitcode", "archive", "elf", "" (anything else)
	bc      *bitcodeMod // for kind bitcode
	members []*arMember // for kind archive
	mods    []*bitcodeMod
	elfErrs []string
	err     error
}

// A bitcodeMod is a bitcode module holding program objects, either a file
// or an archive member, to be rewritten.
type bitcodeMod struct {
	in     *input
	member int // index in in.members, or -1
	name   string
	off    int64 // position within the file
	size   int64
	info   *bitcodeInfo
	out    string // the rewritten bitcode
	res    *irpass.Result
	err    error
}

// display names the module for messages: the file, or archive(member).
func (m *bitcodeMod) display() string {
	if m.member < 0 {
		return m.in.path
	}
	return m.in.path + "(" + m.name + ")"
}

// rewrite finds the inputs holding program objects, rewrites them and
// records the replacements in cmdline. It reports whether linking may go on.
func (w *wrapper) rewrite(ctx context.Context, cmdline *argList) bool {
	byPath := map[string]*input{}
	var inputs []*input
	cmdline.inputs(func(a *arg) {
		in := byPath[a.text]
		if in == nil {
			in = &input{path: a.text}
			byPath[a.text] = in
			inputs = append(inputs, in)
		}
		in.args = append(in.args, a)
	})

	parallel(len(inputs), func(i int) { inputs[i].scan() })

	ok := true
	var elfErrs []string
	var mods []*bitcodeMod
	for _, in := range inputs {
		if in.bitcode.any {
			w.bitcode.add(in.bitcode.major)
		}
		if in.err != nil {
			w.logf("%s: %v", in.path, in.err)
			ok = false
		}
		elfErrs = append(elfErrs, in.elfErrs...)
		if in.bc != nil {
			mods = append(mods, in.bc)
		}
		mods = append(mods, in.mods...)
	}
	if len(elfErrs) > 0 {
		for _, e := range elfErrs {
			w.logf("%s", e)
		}
		w.logf("these objects were compiled to machine code, so iu-entry cannot add the programs' entry points.\n" +
			"\tBuild with LLVM bitcode for the linker: add -C linker-plugin-lto to RUSTFLAGS, e.g. in .cargo/config.toml:\n" +
			"\t" + rustflagsLine(w.self()))
		ok = false
	}
	if !ok {
		return false
	}
	if len(mods) == 0 {
		return true
	}

	parallel(len(mods), func(i int) { mods[i].err = w.rewriteModule(ctx, mods[i]) })
	for _, m := range mods {
		if m.err != nil {
			var d diagError
			if errors.As(m.err, &d) {
				fmt.Fprintln(w.stderr, strings.TrimRight(d.err.Error(), "\n"))
			} else {
				w.logf("%s: %v", m.display(), m.err)
			}
			ok = false
			continue
		}
		w.programs += len(m.res.Programs)
		for _, p := range m.res.Programs {
			if w.run.verbose {
				w.logf("%s: program %s (%s, %s): entry %s in section %s",
					m.display(), p.Object, p.Type.Name, p.Func, p.Name, p.Section)
			}
		}
	}
	if !ok {
		w.logf("not linking: the program objects above have errors")
		return false
	}

	// Replace plain files; rebuild archives with their members replaced.
	for _, in := range inputs {
		var repl string
		switch {
		case in.bc != nil:
			repl = in.bc.out
		case len(in.mods) > 0:
			p, err := w.rebuildArchive(ctx, in)
			if err != nil {
				w.logf("%s: %v", in.path, err)
				return false
			}
			repl = p
		default:
			continue
		}
		for _, a := range in.args {
			a.repl = repl
		}
	}
	return true
}

// rustflagsLine is the .cargo/config.toml line that makes rustc link
// through the wrapper at path.
func rustflagsLine(path string) string {
	return `rustflags = ["-C", "linker-plugin-lto", "-C", "linker=` + path + `"]`
}

// self is how the usage hint names this program: its absolute path when
// it runs as LinkerName, a placeholder otherwise.
func (w *wrapper) self() string {
	arg0 := os.Args[0]
	if filepath.Base(arg0) == LinkerName {
		if !strings.Contains(arg0, "/") {
			if lp, err := exec.LookPath(arg0); err == nil {
				arg0 = lp
			}
		}
		if abs, err := filepath.Abs(arg0); err == nil {
			return abs
		}
	}
	return "/path/to/" + LinkerName
}

// diagError wraps the pass's diagnostics, which are printed as they are.
type diagError struct{ err error }

func (d diagError) Error() string { return d.err.Error() }

// scan classifies an input and finds the bitcode modules in it that hold
// program objects, and ELF objects that hold them too late (as machine code).
func (in *input) scan() {
	f, err := os.Open(in.path)
	if err != nil {
		return // not a file (or unreadable): the linker will say so
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return
	}
	var head [8]byte
	n, _ := f.ReadAt(head[:], 0)
	switch {
	case isBitcode(head[:n]):
		in.kind = "bitcode"
		m, err := scanModule(in, -1, "", f, 0, st.Size())
		in.bc, in.err = m, err
	case bytes.Equal(head[:n], arMagic):
		in.kind = "archive"
		in.scanArchive(f, st.Size())
	case n >= 4 && string(head[:4]) == elf.ELFMAG:
		in.kind = "elf"
		if sec := elfProgramSection(f); sec != "" {
			in.elfErrs = append(in.elfErrs, fmt.Sprintf("%s: ELF object has program section %q", in.path, sec))
		}
	}
}

func (in *input) scanArchive(f *os.File, size int64) {
	members, err := readArchive(f, size)
	if err != nil {
		in.err = fmt.Errorf("reading archive: %v", err)
		return
	}
	in.members = members
	for i, m := range members {
		if m.Special {
			continue
		}
		var head [4]byte
		n, _ := f.ReadAt(head[:min(4, m.Size)], m.DataOff)
		switch {
		case isBitcode(head[:n]):
			mod, err := scanModule(in, i, m.Name, f, m.DataOff, m.Size)
			if err != nil {
				in.err = err
				return
			}
			if mod != nil {
				in.mods = append(in.mods, mod)
			}
		case n == 4 && string(head[:4]) == elf.ELFMAG:
			if sec := elfProgramSection(io.NewSectionReader(f, m.DataOff, m.Size)); sec != "" {
				in.elfErrs = append(in.elfErrs, fmt.Sprintf("%s(%s): ELF object has program section %q", in.path, m.Name, sec))
			}
		}
	}
}

// scanModule reads a bitcode module and returns it if it holds program
// objects.
func scanModule(in *input, member int, name string, r io.ReaderAt, off, size int64) (*bitcodeMod, error) {
	data := make([]byte, size)
	if _, err := r.ReadAt(data, off); err != nil {
		return nil, err
	}
	mod := &bitcodeMod{in: in, member: member, name: name, off: off, size: size}
	info, err := scanBitcode(data)
	if err == nil {
		in.bitcode.add(info.Major())
	} else {
		in.bitcode.add(0)
	}
	if err != nil {
		// Unreadable by this reader: decide by a byte search, which finds
		// the irsymtab's copy of the section names.
		if !bytes.Contains(data, []byte(sectionPrefix)) {
			return nil, nil
		}
		return nil, fmt.Errorf("%s: cannot read the bitcode (%v), which seems to hold program objects", mod.display(), err)
	}
	if !info.HasPrograms() {
		return nil, nil
	}
	if info.Major() == 0 {
		return nil, fmt.Errorf("%s: holds program objects, but its producer %q names no LLVM version", mod.display(), info.Producer)
	}
	mod.info = info
	return mod, nil
}

// elfProgramSection returns the name of a section of an ELF file that
// marks a program object, or "".
func elfProgramSection(r io.ReaderAt) string {
	f, err := elf.NewFile(r)
	if err != nil {
		return ""
	}
	defer f.Close()
	for _, s := range f.Sections {
		if strings.HasPrefix(s.Name, sectionPrefix) {
			return s.Name
		}
	}
	return ""
}

// rewriteModule runs llvm-dis, the pass and llvm-as on one module.
func (w *wrapper) rewriteModule(ctx context.Context, m *bitcodeMod) error {
	tools, err := w.tools.find(ctx, m.info.Major())
	if err != nil {
		return fmt.Errorf("%v", err)
	}
	base := filepath.Base(m.in.path)
	if m.member >= 0 {
		base = filepath.Base(m.name)
	}
	src := m.in.path
	if m.member >= 0 {
		// llvm-dis reads files; copy the member out.
		src = w.tempPath(base)
		if err := copyRange(src, m.in.path, m.off, m.size); err != nil {
			return err
		}
	}
	ll := w.tempPath(base + ".ll")
	if err := w.disassemble(ctx, tools.Dis, src, ll); err != nil {
		return err
	}
	out := w.tempPath(base + ".iu.ll")
	if err := runPass(m.display()+".ll", ll, out, &m.res); err != nil {
		return err
	}
	dir, err := w.tempDir()
	if err != nil {
		return err
	}
	// The rewritten module keeps the input's base name: archive members
	// are replaced by name, and linkers name modules after their file.
	bc := filepath.Join(dir, base)
	if _, err := w.run.output(ctx, tools.As, "-o", bc, out); err != nil {
		return err
	}
	m.out = bc
	return nil
}

// disassemble runs llvm-dis on src and writes the module to dst without
// its ThinLTO summary (the top-level "^N = …" entries that rustc's
// bitcode for linker-plugin-lto carries): the summary describes the module
// before the pass, and llvm-as would turn it back into a summary that
// lacks the new entry points. Without one, the linker's LTO treats the
// rewritten module as a regular (full) LTO module.
func (w *wrapper) disassemble(ctx context.Context, dis, src, dst string) (err error) {
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(out, 1<<16)
	fw := &summaryFilter{w: bw, lineStart: true}
	if err := w.run.pipe(ctx, fw, dis, "-o", "-", src); err != nil {
		return err
	}
	return bw.Flush()
}

// summaryFilter copies text, leaving out lines that start with '^'.
type summaryFilter struct {
	w         io.Writer
	lineStart bool
	skip      bool
}

func (f *summaryFilter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if f.lineStart {
			f.skip = p[0] == '^'
		}
		i := bytes.IndexByte(p, '\n')
		chunk := p
		if i >= 0 {
			chunk = p[:i+1]
		}
		f.lineStart = i >= 0
		if !f.skip {
			if _, err := f.w.Write(chunk); err != nil {
				return 0, err
			}
		}
		p = p[len(chunk):]
	}
	return n, nil
}

// runPass runs irpass.Run from file in to file out.
func runPass(name, in, out string, res **irpass.Result) (err error) {
	src, err := os.Open(in)
	if err != nil {
		return err
	}
	defer src.Close()
	st, err := src.Stat()
	if err != nil {
		return err
	}
	dst, err := os.Create(out)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := dst.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(dst, 1<<16)
	r, err := irpass.Run(name, src, st.Size(), bw)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return err
		}
		return diagError{err}
	}
	*res = r
	return bw.Flush()
}

func copyRange(dst, src string, off, size int64) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, io.NewSectionReader(in, off, size)); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// rebuildArchive writes a copy of an archive with its rewritten members
// and rebuilds the symbol table with llvm-ar.
func (w *wrapper) rebuildArchive(ctx context.Context, in *input) (string, error) {
	repl := map[int]string{}
	major := 0
	for _, m := range in.mods {
		repl[m.member] = m.out
		major = m.info.Major()
	}
	tools, err := w.tools.find(ctx, major)
	if err != nil {
		return "", err
	}
	dir, err := w.tempDir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, filepath.Base(in.path))
	f, err := os.Create(p)
	if err != nil {
		return "", err
	}
	src, err := os.Open(in.path)
	if err != nil {
		f.Close()
		return "", err
	}
	defer src.Close()
	bw := bufio.NewWriterSize(f, 1<<16)
	err = writeArchive(bw, src, in.members, repl)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	if _, err := w.run.output(ctx, tools.Ar, "s", p); err != nil {
		return "", err
	}
	return p, nil
}

// parallel calls f(0..n-1) on up to GOMAXPROCS goroutines.
func parallel(n int, f func(i int)) {
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			f(i)
		}()
	}
	wg.Wait()
}

const usage = `usage: ` + LinkerName + ` <cc arguments>

` + LinkerName + ` is the linker rustc runs to add iu-entry's program entry points.
Build with:

	RUSTFLAGS="-C linker-plugin-lto -C linker=/path/to/` + LinkerName + `" cargo build

or in .cargo/config.toml:

	[build]
	rustflags = ["-C", "linker-plugin-lto", "-C", "linker=/path/to/` + LinkerName + `"]

After linking, an output with program entry points and .stack_sizes
sections (add -C link-arg=-Wl,-mllvm,-stack-size-section) gets the check
of iu-entry stack: a program over the stack budget fails the link.

Environment: IU_ENTRY_LINKER (the real linker driver, default cc),
IU_ENTRY_LLVM_BIN (directory of llvm-dis/llvm-as/llvm-ar matching rustc's LLVM),
IU_ENTRY_VERBOSE=1 (print every command run),
IU_ENTRY_STACK_BUDGET=N|off (stack budget in bytes, default 8192; off: no check).
`
