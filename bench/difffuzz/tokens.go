package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// Token-level mutators: they change how a module is written, not what it
// says (whitespace, comments and line breaks between tokens, how names are
// quoted), or add the constructs LLVM's grammar allows and a line-based
// reader gets wrong (definitions split over lines, bodies closed by "} ",
// huge and deep types, large metadata numbers, attributes, address
// spaces). Each keeps a valid module valid, so that iu-entry must accept
// it and produce valid output, or refuse it with a diagnostic.

// tokens tokenizes the whole module; nil if it does not lex.
func tokens(m []byte) []scanner.Token {
	toks, _, err := scanner.Tokenize(m)
	if err != nil {
		return nil
	}
	return toks
}

// gaps are what may stand between two tokens.
var gaps = []string{"\n", "\n\n", " \t ", "\r\n", "\x00", " ; a comment }\n", ";\"{\n", "\n ; } \"\n  "}

// blockGaps need LLVM 15 or later. LLVM's "/* */" comments do not nest
// and a '*' takes the byte after it: "/* /* */" is whole, "/* **/ } */"
// is one comment (a reader that stops at the first "*/" misreads it).
var blockGaps = []string{" /* } \" */ ", "/* /* not nested */", "/*\n}\n*/", "/* **/ } */", "/**/", "/* ***/"}

func mutGap(r *rand.Rand, m []byte, typed bool) []byte {
	toks := tokens(m)
	if len(toks) < 2 {
		return nil
	}
	i := r.IntN(len(toks) - 1)
	if r.IntN(2) == 0 { // prefer program objects and the lines around them
		if o := objectTokens(m, toks); len(o) > 1 {
			i = o[r.IntN(len(o)-1)]
		}
	}
	a, b := toks[i].End, toks[i+1].Off
	gap := gaps[r.IntN(len(gaps))]
	if !typed && r.IntN(3) == 0 {
		gap = blockGaps[r.IntN(len(blockGaps))]
	}
	if r.IntN(3) == 0 {
		gap = string(m[a:b]) + gap // keep what was there
	}
	return bytes.Join([][]byte{m[:a], []byte(gap), m[b:]}, nil)
}

// mutJoin puts two lines on one: the newline between two tokens becomes a
// blank (when no comment stands between them).
func mutJoin(r *rand.Rand, m []byte, _ bool) []byte {
	toks := tokens(m)
	var cand []int
	for i := 0; i+1 < len(toks); i++ {
		g := m[toks[i].End:toks[i+1].Off]
		if bytes.IndexByte(g, '\n') >= 0 && bytes.IndexAny(g, ";/") < 0 {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return nil
	}
	i := cand[r.IntN(len(cand))]
	return bytes.Join([][]byte{m[:toks[i].End], []byte(" "), m[toks[i+1].Off:]}, nil)
}

// objectTokens returns the indices of the tokens of program objects.
func objectTokens(m []byte, toks []scanner.Token) []int {
	var idx []int
	for _, l := range objectLines(lines(m)) {
		start := 0
		for _, x := range lines(m)[:l] {
			start += len(x)
		}
		end := start + len(lines(m)[l])
		for k, t := range toks {
			if t.Off >= start && t.End <= end {
				idx = append(idx, k)
			}
		}
	}
	return idx
}

// mutQuote writes one occurrence of a name quoted, maybe with escapes:
// @x and @"x" and @"\78" are one name to LLVM.
func mutQuote(r *rand.Rand, m []byte, _ bool) []byte {
	toks := tokens(m)
	var cand []scanner.Token
	for _, t := range toks {
		if (t.Kind == scanner.Global || t.Kind == scanner.Local) && m[t.Off+1] != '"' {
			cand = append(cand, t)
		}
	}
	if len(cand) == 0 {
		return nil
	}
	t := cand[r.IntN(len(cand))]
	name := m[t.Off+1 : t.End]
	var q strings.Builder
	for _, c := range name {
		if r.IntN(3) == 0 {
			fmt.Fprintf(&q, "\\%02X", c)
		} else {
			q.WriteByte(c)
		}
	}
	return bytes.Join([][]byte{m[:t.Off+1], []byte(`"` + q.String() + `"`), m[t.End:]}, nil)
}

var reCloseLine = regexp.MustCompile(`(?m)^}$`)

// mutBodyClose closes a function body with "}" followed by something on
// its line: a blank, a comment, or the next definition.
func mutBodyClose(r *rand.Rand, m []byte, _ bool) []byte {
	locs := reCloseLine.FindAllIndex(m, -1)
	if len(locs) == 0 {
		return nil
	}
	at := locs[r.IntN(len(locs))][1]
	switch r.IntN(3) {
	case 0:
		return bytes.Join([][]byte{m[:at], []byte(" \t"), m[at:]}, nil)
	case 1:
		return bytes.Join([][]byte{m[:at], []byte(" ; }"), m[at:]}, nil)
	}
	// Pull the next line up onto the '}' line.
	if at < len(m) && m[at] == '\n' {
		return bytes.Join([][]byte{m[:at], []byte(" "), m[at+1:]}, nil)
	}
	return nil
}

// mutTypes adds a field of a hostile named type to a program object: one
// whose size overflows, one built of two copies of the next, deep, or
// arrays nested deep.
func mutTypes(r *rand.Rand, m []byte, typed bool) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	l := ls[i]
	ty := bytes.Index(l, []byte("}> <{"))
	end := bytes.LastIndex(l, []byte(" }>, section"))
	if ty < 0 || end < ty {
		return nil
	}
	var defs strings.Builder
	var field string
	switch r.IntN(4) {
	case 0:
		fmt.Fprintf(&defs, "%%Hv = type { <%d x i%d> }\n", []int64{4294967295, 1 << 30, 1 << 40}[r.IntN(3)], 1+r.IntN(8388608))
		field = "%Hv"
	case 1:
		d := 10 + r.IntN(40)
		for k := 0; k < d; k++ {
			fmt.Fprintf(&defs, "%%Hd%d = type { %%Hd%d, %%Hd%d }\n", k, k+1, k+1)
		}
		fmt.Fprintf(&defs, "%%Hd%d = type { [%d x i8] }\n", d, r.IntN(1<<20))
		field = "%Hd0"
	case 2:
		n := 100 + r.IntN(3000)
		field = strings.Repeat("[1 x ", n) + "i8" + strings.Repeat("]", n)
	default:
		field = fmt.Sprintf("[%d x i64]", []int64{1 << 61, 1<<62 + 1, 216172782113783808}[r.IntN(3)])
	}
	nl := append(append([]byte{}, l[:ty]...), ", "+field...)
	nl = append(nl, l[ty:end]...)
	nl = append(nl, ", "+field+" zeroinitializer"...)
	nl = append(nl, l[end:]...)
	ls[i] = nl
	return append([]byte(defs.String()), join(ls)...)
}

// mutMetadataID adds a metadata node with a large number.
func mutMetadataID(r *rand.Rand, m []byte, _ bool) []byte {
	id := []uint64{4294967295, 4294967294, 4294967296, 1 << 31, 99999999}[r.IntN(5)]
	tail := fmt.Sprintf("\n!%d = !{}\n", id)
	if r.IntN(2) == 0 {
		tail = fmt.Sprintf("\n!named.%d = !{!%d}%s", r.IntN(100), id, tail)
	}
	return append(append([]byte{}, m...), tail...)
}

// fnAttrs are function attributes of every kind the LangRef lists.
var fnAttrs = []string{"jumptable", "optnone noinline", "noinline", "naked", "cold", "hot", "alwaysinline",
	"memory(none)", "willreturn", "norecurse", "nosync", "nofree", "mustprogress", "speculatable",
	"uwtable", "sspstrong", "\"probe-stack\"=\"inline-asm\"", "\"target-cpu\"=\"znver3\"", "minsize",
	"optsize", "noimplicitfloat", "\"min-legal-vector-width\"=\"128\"", "strictfp", "convergent",
	"nocf_check", "returns_twice", "noreturn", "vscale_range(1,16)", "allocsize(0)", "\"no-builtins\""}

// mutAttrs adds attributes to an attribute group (and unnamed_addr to the
// functions, which jumptable needs).
func mutAttrs(r *rand.Rand, m []byte, _ bool) []byte {
	re := regexp.MustCompile(`(?m)^attributes #\d+ = \{ `)
	locs := re.FindAllIndex(m, -1)
	if len(locs) == 0 {
		return nil
	}
	at := locs[r.IntN(len(locs))][1]
	a := fnAttrs[r.IntN(len(fnAttrs))]
	return bytes.Join([][]byte{m[:at], []byte(a + " "), m[at:]}, nil)
}

// mutAddrspace puts a program object, or @llvm.used's elements, in
// address space 1.
func mutAddrspace(r *rand.Rand, m []byte, typed bool) []byte {
	if r.IntN(2) == 0 {
		ls, i := pickObject(r, m)
		if i < 0 {
			return nil
		}
		for _, kw := range []string{" internal constant ", " constant ", " internal global ", " global "} {
			if k := bytes.Index(ls[i], []byte(kw)); k >= 0 {
				rep := strings.Replace(kw, "constant", "addrspace(1) constant", 1)
				rep = strings.Replace(rep, " global ", " addrspace(1) global ", 1)
				ls[i] = bytes.Join([][]byte{ls[i][:k], []byte(rep), ls[i][k+len(kw):]}, nil)
				return join(ls)
			}
		}
		return nil
	}
	if typed {
		return nil
	}
	line := "\n@__fz_g1 = addrspace(1) global i32 0\n@llvm.used = appending global [1 x ptr addrspace(1)] [ptr addrspace(1) @__fz_g1], section \"llvm.metadata\"\n"
	if bytes.Contains(m, []byte("@llvm.used")) {
		return nil
	}
	return append(append([]byte{}, m...), line...)
}

// mutNamedStruct rewrites a program object as a constant of a named
// struct type, as C frontends write it.
func mutNamedStruct(r *rand.Rand, m []byte, _ bool) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	l := ls[i]
	open := bytes.Index(l, []byte("<{ "))
	mid := bytes.Index(l, []byte(" }> <{ "))
	if open < 0 || mid < open {
		return nil
	}
	name := fmt.Sprintf("%%__fz.S%d", r.IntN(1000))
	def := name + " = type <{ " + string(l[open+3:mid]) + " }>\n"
	nl := append(append([]byte{}, l[:open]...), name...)
	nl = append(nl, ' ')
	nl = append(nl, l[mid+4:]...)
	ls[i] = nl
	return append([]byte(def), join(ls)...)
}
