package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
)

// A mutator rewrites a module; it returns nil when it does not apply.
type mutator struct {
	name string
	// weight: relative frequency
	weight int
	fn     func(r *rand.Rand, m []byte) []byte
	// tfn, for token-level mutators, also takes the module's dialect
	// (typed pointers: LLVM 14, which has no "/* */" comments).
	tfn func(r *rand.Rand, m []byte, typed bool) []byte
}

var (
	reObjSection = regexp.MustCompile(`section "inner_unikernel/[^"]*"`)
	reRTTI       = regexp.MustCompile(`<\{ \[8 x i8\] c"((?:\\[0-9A-Fa-f]{2}|[^"\\])*)"`)
	rePtrRef     = regexp.MustCompile(`(ptr|i8\*) (@[-\w.$"]+|bitcast \([^@]*@[-\w.$"]+ to i8\*\)|getelementptr inbounds \([^@]*@[-\w.$"]+, i32 0, i32 0, i32 0\))`)
	reGlobalName = regexp.MustCompile(`@("[^"]*"|[-\w.$]+)`)
	reByteArr    = regexp.MustCompile(`\[(\d+) x i8\] c"((?:\\[0-9A-Fa-f]{2}|[^"\\])*)"`)
	reLenField   = regexp.MustCompile(`\[(8|12|16) x i8\] c"((?:\\[0-9A-Fa-f]{2}|[^"\\])*)"( \}>|, \[4 x i8\] undef \}>), section`)
)

// lines splits m keeping the newline on every line.
func lines(m []byte) [][]byte { return bytes.SplitAfter(m, []byte("\n")) }

func join(ls [][]byte) []byte { return bytes.Join(ls, nil) }

// objectLines returns the indices of program-object lines.
func objectLines(ls [][]byte) []int {
	var idx []int
	for i, l := range ls {
		if len(l) > 0 && l[0] == '@' && reObjSection.Match(l) {
			idx = append(idx, i)
		}
	}
	return idx
}

func pickObject(r *rand.Rand, m []byte) ([][]byte, int) {
	ls := lines(m)
	objs := objectLines(ls)
	if len(objs) == 0 {
		return ls, -1
	}
	return ls, objs[r.IntN(len(objs))]
}

// globalDef finds the line defining @name.
func globalDef(ls [][]byte, name []byte) int {
	p := append(append([]byte{}, name...), " = "...)
	for i, l := range ls {
		if bytes.HasPrefix(l, p) {
			return i
		}
	}
	return -1
}

func cbytes(b []byte) string {
	var s []byte
	s = append(s, 'c', '"')
	for _, c := range b {
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			s = append(s, c)
		} else {
			s = append(s, fmt.Sprintf("\\%02X", c)...)
		}
	}
	return string(append(s, '"'))
}

func le(v uint64, n int) []byte {
	b := make([]byte, n)
	for i := 0; i < n && i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
	return b
}

var interestingU64 = []uint64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 26, 31, 32, 255, 256, 1 << 31, 1<<32 + 5, 1<<63 + 5, ^uint64(0)}

var sections = []string{
	"inner_unikernel/", "inner_unikernel/kprobe", "inner_unikernel/kprobe/", "inner_unikernel/kprobe/do_sys_open",
	"inner_unikernel/tracepoint", "inner_unikernel/tp/x/y", "inner_unikernel/tc", "inner_unikernel/classifier",
	"inner_unikernel/xdp", "inner_unikernel/xdp.frags", "inner_unikernel/xdpx", "inner_unikernel/perf_event",
	"inner_unikernel/tracepointx/a", "inner_unikernel//kprobe", "inner_unikernel/inner_unikernel/xdp",
	"inner_unikernel/kprobe/\\22quoted\\22", "inner_unikernel/xdp\\00", "inner_unikernel/kprobe/a b", "inner_unikernel/\\0A",
	"inner_unikernel", "inner_unikernelx/xdp", "INNER_UNIKERNEL/xdp", "kprobe/x", "", "objxdp", "llvm.metadata",
}

var names = [][]byte{
	[]byte(""), []byte("a"), []byte("1abc"), []byte("has space"), []byte("quote\"d"), []byte("back\\slash"),
	[]byte("nul\x00inside"), []byte("new\nline"), []byte("\xff\xfe"), []byte("ünï"), []byte("llvm.used"), []byte("__iu_entry_xdp"),
	[]byte("rust_eh_personality"), []byte("iu_prog1"), []byte("main"), []byte("a.b-c$d"), []byte("@"), []byte("%x"),
	bytes.Repeat([]byte("n"), 300), bytes.Repeat([]byte("x"), 5000),
}

func mutators() []mutator {
	return []mutator{
		{"rtti", 6, mutRTTI, nil},
		{"section", 6, mutSection, nil},
		{"name-string", 6, mutNameString, nil},
		{"name-length", 5, mutNameLength, nil},
		{"pointer-target", 6, mutPointer, nil},
		{"object-duplicate", 3, mutObjDup, nil},
		{"object-type", 3, mutObjType, nil},
		{"object-delete-field", 2, mutObjField, nil},
		{"used-list", 3, mutUsed, nil},
		{"line-delete", 4, mutLineDelete, nil},
		{"line-duplicate", 3, mutLineDup, nil},
		{"line-swap", 3, mutLineSwap, nil},
		{"truncate", 3, mutTruncate, nil},
		{"insert-bytes", 4, mutInsertBytes, nil},
		{"token-swap", 4, mutTokenSwap, nil},
		{"token-replace", 4, mutTokenReplace, nil},
		{"line-endings", 1, mutLineEndings, nil},
		{"decoy", 2, mutDecoy, nil},
		{"token-gap", 8, nil, mutGap},
		{"token-join-lines", 4, nil, mutJoin},
		{"token-quote-name", 5, nil, mutQuote},
		{"body-close", 4, nil, mutBodyClose},
		{"hostile-types", 3, nil, mutTypes},
		{"metadata-id", 2, nil, mutMetadataID},
		{"attributes", 3, nil, mutAttrs},
		{"addrspace", 3, nil, mutAddrspace},
		{"named-struct", 3, nil, mutNamedStruct},
	}
}

// mutate applies 1-3 mutations; it returns the mutant and what was done.
func mutate(r *rand.Rand, m []byte, ms []mutator, typed bool) ([]byte, []string) {
	total := 0
	for _, x := range ms {
		total += x.weight
	}
	n := 1 + r.IntN(3)
	if r.IntN(2) == 0 {
		n = 1
	}
	var done []string
	for tries := 0; len(done) < n && tries < 20; tries++ {
		k := r.IntN(total)
		var mu mutator
		for _, x := range ms {
			if k < x.weight {
				mu = x
				break
			}
			k -= x.weight
		}
		var out []byte
		if mu.tfn != nil {
			out = mu.tfn(r, m, typed)
		} else {
			out = mu.fn(r, m)
		}
		if out != nil && !bytes.Equal(out, m) {
			m = out
			done = append(done, mu.name)
		}
	}
	return m, done
}

func mutRTTI(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	loc := reRTTI.FindSubmatchIndex(ls[i])
	if loc == nil {
		return nil
	}
	var repl string
	switch r.IntN(4) {
	case 0, 1:
		repl = cbytes(le(interestingU64[r.IntN(len(interestingU64))], 8))
	case 2: // one random byte somewhere
		b := le(5, 8)
		b[r.IntN(8)] = byte(r.IntN(256))
		repl = cbytes(b)
	default: // zeroinitializer / undef
		l := ls[i]
		alt := []string{"zeroinitializer", "undef", "poison"}[r.IntN(3)]
		ls[i] = append(append(append([]byte{}, l[:loc[0]]...), ("<{ [8 x i8] "+alt)...), l[loc[1]:]...)
		return join(ls)
	}
	l := ls[i]
	ls[i] = append(append(append([]byte{}, l[:loc[2]-2]...), repl...), l[loc[3]+1:]...)
	return join(ls)
}

func mutSection(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	var s string
	if r.IntN(5) == 0 {
		s = "inner_unikernel/" + string(bytes.Repeat([]byte("k"), 1+r.IntN(3000)))
	} else {
		s = sections[r.IntN(len(sections))]
	}
	ls[i] = reObjSection.ReplaceAll(ls[i], []byte(`section "`+s+`"`))
	if r.IntN(8) == 0 { // drop the section altogether
		ls[i] = bytes.Replace(ls[i], []byte(`, section ""`), nil, 1)
	}
	return join(ls)
}

// nameGlobal finds the name string global referenced by an object line
// (its third field) and returns its line index.
func nameGlobal(ls [][]byte, i int) int {
	refs := rePtrRef.FindAllSubmatch(ls[i], -1)
	if len(refs) < 2 {
		return -1
	}
	names := reGlobalName.FindAll(refs[1][2], -1)
	if len(names) == 0 {
		return -1
	}
	return globalDef(ls, names[len(names)-1])
}

func mutNameString(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	g := nameGlobal(ls, i)
	if g < 0 {
		return nil
	}
	var nb []byte
	switch r.IntN(3) {
	case 0:
		nb = names[r.IntN(len(names))]
	case 1: // another program's name (duplicate entry names)
		objs := objectLines(ls)
		o := objs[r.IntN(len(objs))]
		if h := nameGlobal(ls, o); h >= 0 {
			if mm := reByteArr.FindSubmatch(ls[h]); mm != nil {
				nb = unescape(mm[2])
			}
		}
	default: // flip / insert a byte
		mm := reByteArr.FindSubmatch(ls[g])
		if mm == nil {
			return nil
		}
		nb = unescape(mm[2])
		if len(nb) > 0 {
			nb[r.IntN(len(nb))] = byte(r.IntN(256))
		}
	}
	keepLen := r.IntN(3) == 0 // keep the array length: a mismatch llvm-as rejects
	ls[g] = reByteArr.ReplaceAllFunc(ls[g], func(a []byte) []byte {
		mm := reByteArr.FindSubmatch(a)
		n := strconv.Itoa(len(nb))
		if keepLen {
			n = string(mm[1])
		}
		return []byte("[" + n + " x i8] " + cbytes(nb))
	})
	// typed dialect: the <{ [N x i8] }> wrappers and the GEP must agree
	if !keepLen {
		if mm := reByteArr.FindSubmatch(ls[g]); mm != nil {
			newN := string(mm[1])
			fixTyped := regexp.MustCompile(`<\{ \[\d+ x i8\] \}>`)
			ls[g] = fixTyped.ReplaceAll(ls[g], []byte("<{ ["+newN+" x i8] }>"))
			name := reGlobalName.Find(ls[g])
			for k := range ls {
				if k != g && bytes.Contains(ls[k], name) {
					ls[k] = fixGEP(ls[k], name, newN)
				}
			}
		}
	}
	if r.IntN(2) == 0 { // make the &str length agree
		ls[i] = setLen(ls[i], uint64(len(nb)))
	}
	return join(ls)
}

// fixGEP rewrites `getelementptr inbounds (<{ [N x i8] }>, <{ [N x i8] }>* NAME` with the new N.
func fixGEP(l, name []byte, n string) []byte {
	re := regexp.MustCompile(`getelementptr inbounds \(<\{ \[\d+ x i8\] \}>, <\{ \[\d+ x i8\] \}>\* ` + regexp.QuoteMeta(string(name)) + `([,)])`)
	return re.ReplaceAll(l, []byte("getelementptr inbounds (<{ ["+n+" x i8] }>, <{ ["+n+" x i8] }>* "+string(name)+"$1"))
}

func unescape(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+2 < len(b) {
			v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8)
			if err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return out
}

// setLen rewrites the &str length (the first 8 bytes after the name pointer).
func setLen(l []byte, v uint64) []byte {
	loc := reLenField.FindSubmatchIndex(l)
	if loc == nil {
		return l
	}
	old := unescape(l[loc[4]:loc[5]])
	copy(old, le(v, 8))
	return append(append(append([]byte{}, l[:loc[4]-2]...), cbytes(old)...), l[loc[5]+1:]...)
}

func mutNameLength(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	v := interestingU64[r.IntN(len(interestingU64))]
	if r.IntN(2) == 0 {
		if mm := reLenField.FindSubmatch(ls[i]); mm != nil {
			cur := unescape(mm[2])
			if len(cur) > 0 {
				v = uint64(cur[0]) + uint64(r.IntN(5)) - 2
			}
		}
	}
	ls[i] = setLen(ls[i], v)
	return join(ls)
}

func mutPointer(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	locs := rePtrRef.FindAllSubmatchIndex(ls[i], -1)
	if len(locs) == 0 {
		return nil
	}
	l := ls[i]
	typed := bytes.Contains(l, []byte("i8*"))
	switch r.IntN(6) {
	case 0: // swap the two pointers
		if len(locs) < 2 {
			return nil
		}
		a, b := locs[0], locs[1]
		ls[i] = bytes.Join([][]byte{l[:a[0]], l[b[0]:b[1]], l[a[1]:b[0]], l[a[0]:a[1]], l[b[1]:]}, nil)
	case 1: // null / undef / poison
		k := locs[r.IntN(len(locs))]
		t := "ptr "
		if typed {
			t = "i8* "
		}
		ls[i] = bytes.Join([][]byte{l[:k[0]], []byte(t + []string{"null", "undef", "poison"}[r.IntN(3)]), l[k[1]:]}, nil)
	default: // point at another global (defined or declared), maybe a function, maybe missing
		k := locs[r.IntN(len(locs))]
		var target []byte
		all := reGlobalName.FindAll(m, 2000)
		if len(all) > 0 && r.IntN(4) != 0 {
			target = all[r.IntN(len(all))]
		} else {
			target = []byte("@no_such_symbol")
		}
		ref := l[k[4]:k[5]]
		old := reGlobalName.FindAll(ref, -1)
		if len(old) == 0 {
			return nil
		}
		nref := bytes.Replace(ref, old[len(old)-1], target, 1)
		ls[i] = bytes.Join([][]byte{l[:k[4]], nref, l[k[5]:]}, nil)
	}
	return join(ls)
}

func mutObjDup(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	d := append([]byte{}, ls[i]...)
	if r.IntN(3) != 0 { // rename so the module stays valid
		name := reGlobalName.Find(d)
		nn := append(append([]byte{}, bytes.Trim(name, `@"`)...), fmt.Sprintf(".dup%d", r.IntN(100))...)
		d = bytes.Replace(d, name, append([]byte(`@"`), append(nn, '"')...), 1)
	}
	at := r.IntN(len(ls) + 1)
	if r.IntN(2) == 0 {
		at = len(ls) // at the very end, after the metadata
	}
	if at == len(ls) && len(ls) > 0 && !bytes.HasSuffix(ls[len(ls)-1], []byte("\n")) {
		ls[len(ls)-1] = append(ls[len(ls)-1], '\n')
	}
	out := append([][]byte{}, ls[:at]...)
	out = append(out, d)
	out = append(out, ls[at:]...)
	return join(out)
}

func mutObjType(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	l := ls[i]
	switch r.IntN(4) {
	case 0:
		ls[i] = bytes.Replace(l, []byte(" constant "), []byte(" global "), 1)
	case 1:
		ls[i] = bytes.Replace(l, []byte("<{"), []byte("{"), 2)
		ls[i] = bytes.Replace(ls[i], []byte("}>"), []byte("}"), 2)
	case 2:
		ls[i] = bytes.Replace(l, []byte(" constant "), []byte(" external constant "), 1)
	default: // declaration only
		if k := bytes.Index(l, []byte(" constant ")); k >= 0 {
			end := bytes.Index(l, []byte(" <{ ["))
			if end > k {
				s := bytes.Index(l[end+1:], []byte("}>, section"))
				if s > 0 {
					ls[i] = append(append(append([]byte{}, l[:k]...), (" external constant"+string(l[k+9:end]))...), l[end+1+s+2:]...)
				}
			}
		}
	}
	return join(ls)
}

func mutObjField(r *rand.Rand, m []byte) []byte {
	ls, i := pickObject(r, m)
	if i < 0 {
		return nil
	}
	l := ls[i]
	// drop the last field from both the type and the value
	a := bytes.Index(l, []byte("}> <{"))
	if a < 0 {
		return nil
	}
	ty, val := l[:a], l[a:]
	end := bytes.Index(val, []byte("}>, section"))
	if end < 0 { // an earlier mutation changed the object's shape
		return nil
	}
	ci := bytes.LastIndex(ty, []byte(", "))
	cv := bytes.LastIndex(val[:end], []byte(", "))
	if ci < 0 || cv < 0 {
		return nil
	}
	e := bytes.Index(val, []byte(" }>, section"))
	ls[i] = bytes.Join([][]byte{ty[:ci], []byte(" "), val[:cv], val[e:]}, nil)
	return join(ls)
}

func mutUsed(r *rand.Rand, m []byte) []byte {
	ls := lines(m)
	u := -1
	for k, l := range ls {
		if bytes.HasPrefix(l, []byte("@llvm.used")) || bytes.HasPrefix(l, []byte("@llvm.compiler.used")) {
			u = k
			break
		}
	}
	switch {
	case u < 0 || r.IntN(4) == 0:
		// add an @llvm.used with some existing global
		g := reGlobalName.FindAll(m, 200)
		if len(g) == 0 {
			return nil
		}
		t := "ptr"
		if bytes.Contains(m, []byte("i8*")) {
			t = "i8*"
		}
		line := fmt.Sprintf("@llvm.used = appending global [1 x %s] [%s bitcast (i8* null to i8*)], section \"llvm.metadata\"\n", t, t)
		if t == "ptr" {
			line = fmt.Sprintf("@llvm.used = appending global [1 x ptr] [ptr %s], section \"llvm.metadata\"\n", g[r.IntN(len(g))])
		}
		at := r.IntN(len(ls) + 1)
		out := append(append(append([][]byte{}, ls[:at]...), []byte(line)), ls[at:]...)
		return join(out)
	case r.IntN(2) == 0:
		ls[u] = nil // delete it
	default:
		ls[u] = bytes.Replace(ls[u], []byte("appending global"), []byte("global"), 1)
	}
	return join(ls)
}

func mutLineDelete(r *rand.Rand, m []byte) []byte {
	ls := lines(m)
	if len(ls) < 2 {
		return nil
	}
	i := r.IntN(len(ls))
	if r.IntN(2) == 0 { // prefer interesting lines
		if objs := objectLines(ls); len(objs) > 0 {
			i = objs[r.IntN(len(objs))]
			if r.IntN(2) == 0 {
				if g := nameGlobal(ls, i); g >= 0 {
					i = g
				}
			}
		}
	}
	n := 1
	if r.IntN(4) == 0 {
		n = 1 + r.IntN(20)
	}
	if i+n > len(ls) {
		n = len(ls) - i
	}
	return join(append(append([][]byte{}, ls[:i]...), ls[i+n:]...))
}

func mutLineDup(r *rand.Rand, m []byte) []byte {
	ls := lines(m)
	if len(ls) == 0 {
		return nil
	}
	i := r.IntN(len(ls))
	l := ls[i]
	if !bytes.HasSuffix(l, []byte("\n")) {
		l = append(append([]byte{}, l...), '\n')
	}
	j := r.IntN(len(ls) + 1)
	return join(append(append(append([][]byte{}, ls[:j]...), l), ls[j:]...))
}

func mutLineSwap(r *rand.Rand, m []byte) []byte {
	ls := lines(m)
	if len(ls) < 3 {
		return nil
	}
	i, j := r.IntN(len(ls)-1), r.IntN(len(ls)-1) // not the last (may lack \n)
	ls[i], ls[j] = ls[j], ls[i]
	return join(ls)
}

func mutTruncate(r *rand.Rand, m []byte) []byte {
	if len(m) < 2 {
		return nil
	}
	k := r.IntN(len(m))
	if r.IntN(2) == 0 { // truncate inside or just after an object line
		ls := lines(m)
		if objs := objectLines(ls); len(objs) > 0 {
			o := objs[r.IntN(len(objs))]
			off := 0
			for _, l := range ls[:o] {
				off += len(l)
			}
			k = off + r.IntN(len(ls[o])+1)
		}
	}
	return append([]byte{}, m[:k]...)
}

var insertions = [][]byte{
	{0}, []byte("\""), []byte("\n"), []byte(";"), []byte("}"), []byte("{"), []byte("!"), []byte("@"), []byte("%"),
	[]byte("\\"), []byte("\r\n"), []byte("\xff"), []byte("\xc3"), []byte("c\""), []byte(" section \"inner_unikernel/xdp\""),
	[]byte("\n@x = global i32 0, section \"inner_unikernel/xdp\"\n"), []byte("\n; section \"inner_unikernel/kprobe/x\"\n"),
	[]byte("\tinner_unikernel/"), []byte("$"), []byte("#0"), []byte("\n\n\n"),
}

func mutInsertBytes(r *rand.Rand, m []byte) []byte {
	k := r.IntN(len(m) + 1)
	if r.IntN(2) == 0 {
		ls := lines(m)
		if objs := objectLines(ls); len(objs) > 0 {
			o := objs[r.IntN(len(objs))]
			off := 0
			for _, l := range ls[:o] {
				off += len(l)
			}
			k = off + r.IntN(len(ls[o])+1)
		}
	}
	var ins []byte
	if r.IntN(3) == 0 {
		ins = make([]byte, 1+r.IntN(8))
		for i := range ins {
			ins[i] = byte(r.IntN(256))
		}
	} else {
		ins = insertions[r.IntN(len(insertions))]
	}
	return bytes.Join([][]byte{m[:k], ins, m[k:]}, nil)
}

// tokens of one line: maximal runs split at spaces.
func tokenSpans(l []byte) [][2]int {
	var sp [][2]int
	st := -1
	for i, c := range l {
		if c == ' ' || c == '\n' || c == ',' {
			if st >= 0 {
				sp = append(sp, [2]int{st, i})
				st = -1
			}
		} else if st < 0 {
			st = i
		}
	}
	if st >= 0 {
		sp = append(sp, [2]int{st, len(l)})
	}
	return sp
}

func pickLine(r *rand.Rand, ls [][]byte) int {
	if objs := objectLines(ls); len(objs) > 0 && r.IntN(2) == 0 {
		return objs[r.IntN(len(objs))]
	}
	return r.IntN(len(ls))
}

func mutTokenSwap(r *rand.Rand, m []byte) []byte {
	ls := lines(m)
	if len(ls) == 0 {
		return nil
	}
	i := pickLine(r, ls)
	sp := tokenSpans(ls[i])
	if len(sp) < 2 {
		return nil
	}
	a, b := r.IntN(len(sp)), r.IntN(len(sp))
	if a == b {
		return nil
	}
	if a > b {
		a, b = b, a
	}
	l := ls[i]
	A, B := sp[a], sp[b]
	ls[i] = bytes.Join([][]byte{l[:A[0]], l[B[0]:B[1]], l[A[1]:B[0]], l[A[0]:A[1]], l[B[1]:]}, nil)
	return join(ls)
}

func mutTokenReplace(r *rand.Rand, m []byte) []byte {
	ls := lines(m)
	if len(ls) < 2 {
		return nil
	}
	i := pickLine(r, ls)
	sp := tokenSpans(ls[i])
	src := ls[r.IntN(len(ls))]
	ssp := tokenSpans(src)
	if len(sp) == 0 || len(ssp) == 0 {
		return nil
	}
	a, b := sp[r.IntN(len(sp))], ssp[r.IntN(len(ssp))]
	tok := append([]byte{}, src[b[0]:b[1]]...)
	l := ls[i]
	ls[i] = bytes.Join([][]byte{l[:a[0]], tok, l[a[1]:]}, nil)
	return join(ls)
}

func mutLineEndings(r *rand.Rand, m []byte) []byte {
	switch r.IntN(3) {
	case 0:
		return bytes.ReplaceAll(m, []byte("\n"), []byte("\r\n"))
	case 1:
		return bytes.TrimRight(m, "\n")
	default:
		return append([]byte("\xef\xbb\xbf"), m...)
	}
}

// mutDecoy adds text that looks like a program object but is not one: in a
// comment, inside a string constant, as a function's section.
func mutDecoy(r *rand.Rand, m []byte) []byte {
	ls := lines(m)
	decoys := []string{
		"; @fake = constant <{ [8 x i8] }> <{ [8 x i8] c\"\\05\\00\\00\\00\\00\\00\\00\\00\" }>, section \"inner_unikernel/xdp\", align 8\n",
		"@decoy.str = private unnamed_addr constant [39 x i8] c\"x, section \\22inner_unikernel/xdp\\22, al\", align 1\n",
		"@\"decoy, section \\22inner_unikernel/xdp\\22\" = global i32 0\n",
		"@decoy.sec = global i32 7, section \"inner_unikernel/xdp\", align 4\n",
		"@decoy.ext = external global i8, section \"inner_unikernel/kprobe/x\"\n",
	}
	d := decoys[r.IntN(len(decoys))]
	// globals go before the first define (or anywhere at top level)
	at := 0
	for k, l := range ls {
		if bytes.HasPrefix(l, []byte("define ")) || bytes.HasPrefix(l, []byte("; Function Attrs")) {
			at = k
			break
		}
	}
	return join(append(append(append([][]byte{}, ls[:at]...), []byte(d)), ls[at:]...))
}
