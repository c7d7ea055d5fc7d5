package linkwrap

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// This file chooses a linker that can read the LLVM bitcode of a
// -C linker-plugin-lto build, and says what a link without program
// objects means.
//
// rustc ≥ 1.90 (rustup's, for x86_64-unknown-linux-gnu) passes -fuse-ld=lld
// and -B…/gcc-ld, so its own rust-lld does the LTO. Older ones (Debian's
// rustc 1.63) and targets whose linker flavor the user set to gcc pass no
// -fuse-ld at all: cc then runs GNU ld, which stops at the first bitcode
// input with "file format not recognized". The wrapper knows from the
// bitcode which LLVM wrote it, so it picks that LLVM's ld.lld itself.

// bitcodeSeen records the LLVM bitcode among the link inputs.
type bitcodeSeen struct {
	any   bool // some input (file or archive member) is bitcode
	major int  // the highest LLVM major that wrote one (0: unknown)
}

func (b *bitcodeSeen) add(major int) {
	b.any = true
	b.major = max(b.major, major)
}

// fuseLd returns the value of the last -fuse-ld= argument, and whether
// there is one.
func (l *argList) fuseLd() (string, bool) {
	val, ok := "", false
	for i := range l.args {
		a := &l.args[i]
		if a.rsp != nil {
			if v, found := a.rsp.fuseLd(); found {
				val, ok = v, true
			}
			continue
		}
		if v, found := strings.CutPrefix(a.text, "-fuse-ld="); found {
			val, ok = v, true
		}
	}
	return val, ok
}

// bDirs returns the directories of -B options (-Bdir and -B dir).
func (l *argList) bDirs() []string {
	var dirs []string
	for i := range l.args {
		a := &l.args[i]
		switch {
		case a.rsp != nil:
			dirs = append(dirs, a.rsp.bDirs()...)
		case a.text == "-B" && i+1 < len(l.args):
			dirs = append(dirs, l.args[i+1].text)
		case strings.HasPrefix(a.text, "-B") && len(a.text) > 2:
			dirs = append(dirs, a.text[2:])
		}
	}
	return dirs
}

// lldReachable reports whether a cc driver given -fuse-ld=lld finds an
// ld.lld: in a -B directory or on PATH.
func (w *wrapper) lldReachable(cmdline *argList) bool {
	for _, d := range cmdline.bDirs() {
		if isExecutable(filepath.Join(d, "ld.lld")) {
			return true
		}
	}
	for _, d := range filepath.SplitList(w.env("PATH")) {
		if d != "" && isExecutable(filepath.Join(d, "ld.lld")) {
			return true
		}
	}
	return false
}

// ltoLinkerArgs returns the arguments that make the linker driver run an
// ld.lld able to read the bitcode inputs, or none when there is no bitcode,
// the command line chooses another linker, or its -fuse-ld=lld finds one
// (rustup's rustc passes -B…/gcc-ld, which holds one). rustc-web for
// x86_64-unknown-none with -C linker-flavor=gcc passes -fuse-ld=lld alone,
// and Debian installs only ld.lld-N on PATH: cc then says "cannot find
// 'ld'".
func (w *wrapper) ltoLinkerArgs(ctx context.Context, cmdline *argList, bc bitcodeSeen) ([]string, error) {
	if !bc.any {
		return nil, nil
	}
	fuse, chosen := cmdline.fuseLd()
	if chosen && (fuse != "lld" || w.lldReachable(cmdline)) {
		return nil, nil
	}
	if bc.major == 0 {
		return nil, fmt.Errorf("the link inputs hold LLVM bitcode of an unknown LLVM version and no -fuse-ld= chooses a linker for it:\n" +
			"\tpass one that reads it, e.g. -C link-arg=-fuse-ld=lld -C link-arg=-B/usr/lib/llvm-N/bin")
	}
	lld, tried := w.findLLD(ctx, bc.major)
	if lld == "" {
		n := strconv.Itoa(bc.major)
		return nil, fmt.Errorf("the link inputs hold LLVM %s bitcode (-C linker-plugin-lto), which only a linker with LLVM %s's LTO reads,\n"+
			"\tand the command line chooses none it can find; no ld.lld of LLVM %s found (%s).\n"+
			"\tInstall it (Debian/Ubuntu: apt-get install lld-%s), or pass -C link-arg=-fuse-ld=lld -C link-arg=-B<its directory>",
			n, n, n, strings.Join(tried, "; "), n)
	}
	// cc -fuse-ld=lld runs the first "ld.lld" on its -B path; a private
	// directory holding only a link to the chosen one makes that this one.
	dir, err := w.tempDir()
	if err != nil {
		return nil, err
	}
	if err := os.Symlink(lld, filepath.Join(dir, "ld.lld")); err != nil {
		return nil, err
	}
	w.run.trace("# LLVM "+strconv.Itoa(bc.major)+" bitcode and no ld.lld chosen: linking with", []string{lld})
	if chosen {
		return []string{"-B" + dir + "/"}, nil
	}
	return []string{"-fuse-ld=lld", "-B" + dir + "/"}, nil
}

// findLLD looks for ld.lld of LLVM major: in IU_ENTRY_LLVM_BIN if set,
// else ld.lld-N on PATH and /usr/lib/llvm-N/bin/ld.lld. It returns the
// path, or "" and what it tried.
func (w *wrapper) findLLD(ctx context.Context, major int) (string, []string) {
	n := strconv.Itoa(major)
	var cands []string
	if dir := w.env(envLLVMBin); dir != "" {
		cands = []string{filepath.Join(dir, "ld.lld-"+n), filepath.Join(dir, "ld.lld")}
	} else {
		for _, dir := range filepath.SplitList(w.env("PATH")) {
			if dir != "" {
				cands = append(cands, filepath.Join(dir, "ld.lld-"+n))
			}
		}
		cands = append(cands, "/usr/lib/llvm-"+n+"/bin/ld.lld")
	}
	var tried []string
	for _, c := range cands {
		if !isExecutable(c) {
			continue
		}
		out, err := w.run.output(ctx, c, "--version")
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s: %v", c, err))
			continue
		}
		if m, ok := numberAfter(string(out), "LLD ", true); !ok || m != n { // LLD (\d+)\.
			tried = append(tried, fmt.Sprintf("%s is not LLD %s", c, n))
			continue
		}
		return c, nil
	}
	if len(tried) == 0 {
		tried = append(tried, "searched ld.lld-"+n+" on PATH and /usr/lib/llvm-"+n+"/bin")
		if dir := w.env(envLLVMBin); dir != "" {
			tried[0] = "searched " + envLLVMBin + "=" + dir
		}
	}
	return "", tried
}

// explainLinkFailure adds what a failed link of bitcode inputs most
// likely means when the command line chose a linker that cannot read it.
func (w *wrapper) explainLinkFailure(cmdline *argList, bc bitcodeSeen) {
	if !bc.any {
		return
	}
	if ld, chosen := cmdline.fuseLd(); chosen && ld != "lld" && !strings.HasSuffix(ld, "ld.lld") {
		w.logf("the link inputs hold LLVM bitcode (-C linker-plugin-lto), and -fuse-ld=%s chose a linker\n"+
			"\tthat may not read it (GNU ld says \"file format not recognized\"): use -C link-arg=-fuse-ld=lld\n"+
			"\twith the ld.lld of the LLVM that wrote it, or leave -fuse-ld out and "+LinkerName+" picks one", ld)
	}
}

// noProgramsNote is printed when no link input holds a program object:
// the link goes on, but there was nothing for the wrapper to do.
func noProgramsNote(bc bitcodeSeen) string {
	s := "no program objects in the link inputs: no entry points added, linking them as they are.\n" +
		"\tPrograms are #[used] statics in an \"inner_unikernel/...\" section of a crate this link includes;\n" +
		"\tthe crate types that link are bin (for a kernel module: #![no_main] and -C link-arg=-r) and\n" +
		"\tcdylib (its entries stay local symbols); rlib and staticlib are never linked"
	if !bc.any {
		s += ".\n\tNo input is LLVM bitcode either: is -C linker-plugin-lto set?"
	}
	return s
}
