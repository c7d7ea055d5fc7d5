package linkwrap

import (
	"errors"
	"os"
	"strings"
)

// parseResponseFile splits the contents of a GCC-style response file
// (@file) into arguments: whitespace separates arguments, single and double
// quotes group, and a backslash makes the next character literal. This is
// how GCC (libiberty's buildargv) reads them and how rustc writes them (one
// argument a line, with '\\' and ' ' escaped).
func parseResponseFile(data string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inArg := false
	var quote byte
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\\':
			if i+1 < len(data) {
				i++
				cur.WriteByte(data[i])
			}
			inArg = true
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				cur.WriteByte(c)
			}
		case c == '\'' || c == '"':
			quote = c
			inArg = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteByte(c)
			inArg = true
		}
	}
	if quote != 0 {
		return nil, errors.New("unterminated quote")
	}
	if inArg {
		args = append(args, cur.String())
	}
	return args, nil
}

// formatResponseFile is the inverse of parseResponseFile: one argument a
// line, with every character that parseResponseFile treats specially
// escaped by a backslash.
func formatResponseFile(args []string) []byte {
	var b strings.Builder
	for _, a := range args {
		if a == "" {
			b.WriteString(`""`)
		}
		for i := 0; i < len(a); i++ {
			switch c := a[i]; c {
			case '\\', ' ', '\t', '\n', '\r', '\f', '\v', '\'', '"':
				b.WriteByte('\\')
				b.WriteByte(c)
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// optionWithValue reports whether a is a cc driver option whose value is
// the next argument; that argument is not an input file (-o names the
// output, which may well be an old ELF file). A switch rather than a
// package-level map: a map literal is built at every start, linking or not.
func optionWithValue(a string) bool {
	switch a {
	case "-o", "-L", "-l", "-Xlinker", "-T",
		"-u", "-z", "-x", "-e", "-I",
		"-include", "-isystem", "-MF", "-MT",
		"-MQ", "--sysroot", "-target", "--target",
		"-specs", "-Xassembler", "-Xpreprocessor",
		"-B", "-idirafter", "-iprefix", "-imacros",
		"--param", "-arch":
		return true
	}
	return false
}

// An argList is a linker command line with its response files expanded
// into a tree, so that input paths can be found and replaced and the
// response files written back.
type argList struct {
	args []arg
}

type arg struct {
	text  string   // the argument as given
	rsp   *argList // for @file: its parsed contents (nil if unreadable)
	input bool     // a candidate input path (not an option or its value)
	repl  string   // replacement for an input path
}

// parseArgs builds the tree. depth limits recursion through @files that
// include each other.
func parseArgs(args []string, depth int) *argList {
	l := &argList{}
	expectValue := false
	for _, a := range args {
		x := arg{text: a}
		switch {
		case expectValue:
			expectValue = false
		case strings.HasPrefix(a, "@") && len(a) > 1 && depth < 10:
			if data, err := os.ReadFile(a[1:]); err == nil {
				if sub, err := parseResponseFile(string(data)); err == nil {
					x.rsp = parseArgs(sub, depth+1)
				}
			}
			// An unreadable @file is passed on literally, as cc does.
		case optionWithValue(a):
			expectValue = true
		case strings.HasPrefix(a, "-") && a != "-":
		default:
			x.input = true
		}
		l.args = append(l.args, x)
	}
	return l
}

// inputs calls f for every input argument, in order, including those in
// response files.
func (l *argList) inputs(f func(a *arg)) {
	for i := range l.args {
		a := &l.args[i]
		if a.rsp != nil {
			a.rsp.inputs(f)
		} else if a.input {
			f(a)
		}
	}
}

func (l *argList) changed() bool {
	for i := range l.args {
		a := &l.args[i]
		if a.repl != "" || (a.rsp != nil && a.rsp.changed()) {
			return true
		}
	}
	return false
}

// render returns the command line with replacements made; response files
// whose contents changed are written anew by newRsp, which returns the
// path of the new file.
func (l *argList) render(newRsp func([]byte) (string, error)) ([]string, error) {
	out := make([]string, 0, len(l.args))
	for i := range l.args {
		a := &l.args[i]
		switch {
		case a.rsp != nil && a.rsp.changed():
			sub, err := a.rsp.render(newRsp)
			if err != nil {
				return nil, err
			}
			path, err := newRsp(formatResponseFile(sub))
			if err != nil {
				return nil, err
			}
			out = append(out, "@"+path)
		case a.repl != "":
			out = append(out, a.repl)
		default:
			out = append(out, a.text)
		}
	}
	return out, nil
}

// ldStyle reports whether the arguments are meant for ld itself rather
// than for a cc driver: rustc infers the linker flavor from the linker's
// name, and a name ending in "-ld" makes it pass ld options unwrapped
// (--as-needed instead of -Wl,--as-needed) and no -fuse-ld=lld.
func (l *argList) ldStyle() bool {
	for i := range l.args {
		a := &l.args[i]
		if a.rsp != nil {
			if a.rsp.ldStyle() {
				return true
			}
			continue
		}
		switch {
		case a.text == "--as-needed", a.text == "--eh-frame-hdr", a.text == "--gc-sections",
			a.text == "--no-undefined", a.text == "--whole-archive",
			strings.HasPrefix(a.text, "-plugin-opt="):
			return true
		}
	}
	return false
}

// output returns the file the link writes (-o FILE or -oFILE, the last
// one wins, as with cc), or "" if none is named.
func (l *argList) output() string {
	out := ""
	for i := range l.args {
		a := &l.args[i]
		switch {
		case a.rsp != nil:
			if o := a.rsp.output(); o != "" {
				out = o
			}
		case a.text == "-o" && i+1 < len(l.args):
			out = l.args[i+1].text
		case strings.HasPrefix(a.text, "-o") && len(a.text) > 2 && (i == 0 || !optionWithValue(l.args[i-1].text)):
			out = a.text[2:]
		}
	}
	return out
}
