// Package irgen generates large rustc-shaped textual LLVM IR modules for
// iu-entry's benchmarks and differential fuzzing.
//
// A module looks like what rustc -O -g emits for an inner-unikernel crate:
// the usual header, program objects (globals in inner_unikernel/ sections,
// each with its name string and prog function) both at the very start and
// after the last function, private string constants, vtables, panic
// locations, @llvm.used, thousands of functions with loops, calls, invokes,
// bounds checks and debug locations, declarations, attribute groups and a
// large metadata tail.
//
// Two dialects: "opaque" (LLVM 15+ `ptr`, as rustc 1.95 / LLVM 22 prints)
// and "typed" (LLVM 14 typed pointers, bitcast and getelementptr constant
// expressions, as rustc 1.63 prints).
//
// Memory is constant: every function's shape and metadata are pure functions
// of (seed, index), so the metadata tail is regenerated at the end instead of
// being kept.
package irgen

import (
	"fmt"
	"io"
	"strconv"
)

// Config selects the module to generate.
type Config struct {
	Size    int64  // approximate size in bytes
	Dialect string // "opaque" or "typed"
	Seed    uint64
	// Programs limits the number of program objects (0 = all six: three at
	// the start of the module, three after the last function).
	Programs int
}

// Stats describes a generated module.
type Stats struct {
	Bytes    int64
	Funcs    int
	Programs int
	Strings  int
	Metadata int // metadata nodes
}

// Program describes one generated program object (for tests and fuzzers).
type Program struct {
	Type    string // runtime struct name: tracepoint, kprobe, ...
	RTTI    uint64
	Section string // full section, with the inner_unikernel/ prefix
	Name    string // the name string: the entry function's symbol
	AtEnd   bool   // placed after the last function
	layout  int    // 0: [8 x i8] length; 1: length merged into [16 x i8]; 2: [12 x i8] + [4 x i8] undef
	ctxType string // typed dialect: the context struct's name
}

// programs is the fixed program set: three before the functions, three after.
var programs = []Program{
	{Type: "tracepoint", RTTI: 5, Section: "inner_unikernel/tracepoint/syscalls/sys_enter_dup", Name: "iu_prog1", layout: 0, ctxType: "rt::tp_ctx::Void"},
	{Type: "kprobe", RTTI: 2, Section: "inner_unikernel/kprobe/__x64_sys_getpid", Name: "iu_kprobe_getpid", layout: 1, ctxType: "rt::pt_regs"},
	{Type: "xdp", RTTI: 6, Section: "inner_unikernel/xdp", Name: "iu_xdp_pass", layout: 2, ctxType: "rt::xdp_md"},
	{Type: "sched_cls", RTTI: 3, Section: "inner_unikernel/tc", Name: "iu_tc_ingress", layout: 0, ctxType: "rt::__sk_buff", AtEnd: true},
	{Type: "perf_event", RTTI: 7, Section: "inner_unikernel/perf_event", Name: "iu_perf_sample", layout: 1, ctxType: "rt::bpf_perf_event_data", AtEnd: true},
	{Type: "tracepoint", RTTI: 5, Section: "inner_unikernel/tp/sched/sched_switch", Name: "iu_sched_switch", layout: 2, ctxType: "rt::tp_ctx::Void", AtEnd: true},
}

// Programs returns the program objects a module generated with c contains.
func Programs(c Config) []Program {
	n := c.Programs
	if n <= 0 || n > len(programs) {
		n = len(programs)
	}
	// keep the start/end split when limited: take alternately
	order := []int{0, 3, 1, 4, 2, 5}
	sel := map[int]bool{}
	for _, i := range order[:n] {
		sel[i] = true
	}
	var ps []Program
	for i, p := range programs {
		if sel[i] {
			ps = append(ps, p)
		}
	}
	return ps
}

const (
	minFuncs     = 24
	vtables      = 8
	vtFirstFn    = 6 // vtables point at functions vtFirstFn..vtFirstFn+2*vtables-1 (regular, not fastcc)
	panicLocs    = 4
	tailEstimate = 24 << 10
)

// header metadata node numbers
const (
	mdEmpty     = 0
	mdCU        = 1
	mdCUFile    = 2
	mdFile      = 3
	mdU64       = 4
	mdRef       = 5
	mdNS        = 6
	mdInlSP     = 7
	mdNSPtr     = 8
	mdGlobals   = 9
	mdInlType   = 10
	mdNSCore    = 11
	mdInlTypes  = 12
	mdU32       = 13
	mdFlag0     = 14 // four module flags 14..17
	mdIdent     = 18
	mdProgFirst = 19 // 3 nodes per program: GVE, GV, type
)

type gen struct {
	c        Config
	typed    bool
	o        *out
	progs    []Program
	nStr     int
	endStart int // index of the first end-program function (after the stop)
	startFn  map[int]int
	fn, md   text
	mdTotal  int64
	locSeed  uint64
}

// Generate writes one module to w.
func Generate(w io.Writer, c Config) (Stats, error) {
	if c.Dialect == "" {
		c.Dialect = "opaque"
	}
	if c.Dialect != "opaque" && c.Dialect != "typed" {
		return Stats{}, fmt.Errorf("irgen: unknown dialect %q (want opaque or typed)", c.Dialect)
	}
	g := &gen{c: c, typed: c.Dialect == "typed", o: newOut(w), progs: Programs(c), endStart: 1 << 62}
	g.nStr = int(c.Size / 1500)
	if g.nStr < 64 {
		g.nStr = 64
	}
	// start programs' functions are interleaved early: indices 1, 3, 5.
	g.startFn = map[int]int{}
	k := 0
	for pi, p := range g.progs {
		if !p.AtEnd {
			g.startFn[1+2*k] = pi
			k++
		}
	}
	st := g.module()
	g.o.flush()
	st.Bytes = g.o.n
	return st, g.o.err
}

// ---- names ---------------------------------------------------------------

var words = []string{"core", "alloc", "iter", "fmt", "vec", "slice", "ptr", "mem", "parse", "buffer",
	"table", "map", "event", "ring", "probe", "stats", "sched", "net", "packet", "hash", "trace", "cpu",
	"bpf", "helper", "maps", "array", "percpu", "ctx", "regs", "skb"}

var traits = []string{"core..fmt..Debug", "core..fmt..Display", "core..clone..Clone", "core..iter..traits..iterator..Iterator",
	"core..ops..drop..Drop", "core..cmp..PartialEq", "core..hash..Hash"}

var methods = []string{"fmt", "clone", "next", "drop", "eq", "hash", "fold", "size_hint"}

type fnProps struct {
	name     string // symbol, without @, quoted if needed
	demangle string
	internal bool
	fastcc   bool
	prog     int // program index or -1
	nLocs    int
	line     int
	attr     int
}

func quoteSym(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == '.' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return `"` + s + `"`
		}
	}
	return s
}

func (g *gen) progOf(i int) int {
	if p, ok := g.startFn[i]; ok {
		return p
	}
	if i >= g.endStart {
		k := i - g.endStart
		for pi, p := range g.progs {
			if p.AtEnd {
				if k == 0 {
					return pi
				}
				k--
			}
		}
	}
	return -1
}

func seg(b []byte, s string) []byte {
	b = strconv.AppendInt(b, int64(len(s)), 10)
	return append(b, s...)
}

func (g *gen) props(i int) fnProps {
	r := newRng(g.c.Seed, 1, uint64(i))
	h := r.next()
	p := fnProps{prog: g.progOf(i)}
	p.nLocs = 3 + r.n(14)
	p.line = 1 + r.n(4000)
	p.attr = r.n(3) // #0 #1 #2
	var b []byte
	if p.prog >= 0 {
		pr := g.progs[p.prog]
		b = append(b, "_ZN4prog"...)
		b = seg(b, pr.Name+"_fn")
		p.demangle = "prog::" + pr.Name + "_fn"
		p.internal = true
		p.attr = 2
	} else {
		p.internal = r.chance(70)
		inVT := i >= vtFirstFn && i < vtFirstFn+2*vtables
		p.fastcc = p.internal && !inVT && r.chance(50)
		w1, w2 := words[r.n(len(words))], words[r.n(len(words))]
		fname := w2 + strconv.Itoa(i)
		if r.chance(25) {
			tr := traits[r.n(len(traits))]
			m := methods[r.n(len(methods))]
			ty := "$LT$modgen.." + w1 + "..S" + strconv.Itoa(i) + "$u20$as$u20$" + tr + "$GT$"
			b = append(b, "_ZN"...)
			b = seg(b, ty)
			b = seg(b, m+strconv.Itoa(i))
			p.demangle = "<modgen::" + w1 + "::S" + strconv.Itoa(i) + " as " + tr + ">::" + m + strconv.Itoa(i)
		} else {
			b = append(b, "_ZN6modgen"...)
			b = seg(b, w1)
			b = seg(b, fname)
			p.demangle = "modgen::" + w1 + "::" + fname
		}
	}
	b = append(b, "17h"...)
	var t text
	t.hex(h)
	b = append(b, t...)
	b = append(b, 'E')
	p.name = quoteSym(string(b))
	return p
}

func (g *gen) strName(t *text, j int) {
	if g.typed {
		t.s("@alloc")
		t.d(j + 100)
		return
	}
	t.s("@alloc_")
	t.hex(hash(g.c.Seed, 2, uint64(j)))
	t.hex(hash(g.c.Seed, 3, uint64(j)))
}

func (g *gen) strBytes(j int) []byte {
	r := newRng(g.c.Seed, 4, uint64(j))
	n := 1 + r.n(48)
	if r.chance(10) {
		n += r.n(200)
	}
	b := make([]byte, n)
	for k := range b {
		switch x := r.n(100); {
		case x < 80:
			b[k] = byte('a' + r.n(26))
		case x < 88:
			b[k] = ' '
		case x < 92:
			b[k] = "\n\"\\\x00"[r.n(4)]
		default:
			b[k] = byte(r.n(256))
		}
	}
	return b
}

// strRef appends a pointer-typed operand to string j: `ptr @alloc_…` or the
// typed dialect's getelementptr constant expression.
func (g *gen) strRef(t *text, name func(*text), n int) {
	if !g.typed {
		t.s("ptr ")
		name(t)
		return
	}
	t.s("i8* getelementptr inbounds (<{ [")
	t.d(n)
	t.s(" x i8] }>, <{ [")
	t.d(n)
	t.s(" x i8] }>* ")
	name(t)
	t.s(", i32 0, i32 0, i32 0)")
}

func (g *gen) ptrT() string {
	if g.typed {
		return "i8*"
	}
	return "ptr"
}

// ---- module --------------------------------------------------------------

func (g *gen) module() Stats {
	o := g.o
	var t text
	t.s("; ModuleID = 'modgen.", strconv.FormatUint(g.c.Seed, 16), "-cgu.0'\n")
	t.s("source_filename = \"modgen.", strconv.FormatUint(g.c.Seed, 16), "-cgu.0\"\n")
	if g.typed {
		t.s("target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128\"\n")
	} else {
		t.s("target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"\n")
	}
	t.s("target triple = \"x86_64-unknown-linux-gnu\"\n\n")
	if g.typed {
		seen := map[string]bool{}
		for _, p := range g.progs {
			if !seen[p.Type] {
				seen[p.Type] = true
				t.s("%\"rt::", p.Type, "\" = type { i64, i8*, { [0 x i8]*, i64 }, i64 }\n")
			}
			if !seen[p.ctxType] {
				seen[p.ctxType] = true
				t.s("%\"", p.ctxType, "\" = type { [0 x i8] }\n")
			}
		}
		t.s("%\"core::panic::location::Location\" = type { { [0 x i8]*, i64 }, i32, i32 }\n\n")
	}
	o.raw(t)
	t = t[:0]

	// program objects at the start
	for pi, p := range g.progs {
		if !p.AtEnd {
			g.progObject(&t, pi)
		}
	}
	o.raw(t)
	t = t[:0]
	// string constants
	for j := 0; j < g.nStr; j++ {
		b := g.strBytes(j)
		g.strName(&t, j)
		g.strDef(&t, b)
		if len(t) > 64<<10 {
			o.raw(t)
			t = t[:0]
		}
	}
	// panic locations: file name + locations
	file := []byte("src/lib.rs")
	t.s("@alloc_file")
	g.strDef(&t, file)
	for k := 0; k < panicLocs; k++ {
		t.s("@alloc_loc", strconv.Itoa(k), " = private unnamed_addr constant ")
		var loc [16]byte
		loc[0] = byte(len(file))
		loc[8] = byte(10 + 7*k)
		loc[12] = byte(5 + k)
		if g.typed {
			t.s("<{ i8*, [16 x i8] }> <{ ")
		} else {
			t.s("<{ ptr, [16 x i8] }> <{ ")
		}
		g.strRef(&t, func(t *text) { t.s("@alloc_file") }, len(file))
		t.s(", [16 x i8] ")
		t.cstr(loc[:])
		t.s(" }>, align 8\n")
	}
	// vtables
	for v := 0; v < vtables; v++ {
		a, b := g.props(vtFirstFn+2*v), g.props(vtFirstFn+2*v+1)
		t.s("@vtable.", strconv.Itoa(v), " = private unnamed_addr constant ")
		if g.typed {
			t.s("<{ i8*, [16 x i8], i8*, i8* }> <{ i8* null, [16 x i8] c\"\\08\\00\\00\\00\\00\\00\\00\\00\\08\\00\\00\\00\\00\\00\\00\\00\", ")
			t.s("i8* bitcast (i64 (i64*, i64)* @", a.name, " to i8*), i8* bitcast (i64 (i64*, i64)* @", b.name, " to i8*) }>, align 8\n")
		} else {
			t.s("<{ [24 x i8], ptr, ptr }> <{ [24 x i8] c\"\\00\\00\\00\\00\\00\\00\\00\\00\\08\\00\\00\\00\\00\\00\\00\\00\\08\\00\\00\\00\\00\\00\\00\\00\", ")
			t.s("ptr @", a.name, ", ptr @", b.name, " }>, align 8\n")
		}
	}
	// @llvm.used / @llvm.compiler.used listing every program object
	if len(g.progs) > 0 {
		if g.typed {
			t.s("@llvm.compiler.used = appending global [", strconv.Itoa(len(g.progs)), " x i8*] [")
		} else {
			t.s("@llvm.used = appending global [", strconv.Itoa(len(g.progs)), " x ptr] [")
		}
		for pi := range g.progs {
			if pi > 0 {
				t.s(", ")
			}
			if g.typed {
				ty := g.objType(pi)
				t.s("i8* getelementptr inbounds (", ty, ", ", ty, "* @", g.objName(pi), ", i32 0, i32 0, i32 0)")
			} else {
				t.s("ptr @", g.objName(pi))
			}
		}
		t.s("], section \"llvm.metadata\"\n")
	}
	t.s("\n")
	o.raw(t)

	// functions
	mdNext := mdProgFirst + 3*len(g.progs)
	firstFnMD := mdNext
	nEnd := 0
	for _, p := range g.progs {
		if p.AtEnd {
			nEnd++
		}
	}
	i := 0
	for ; ; i++ {
		if i >= minFuncs && o.written()+g.mdTotal+tailEstimate >= g.c.Size {
			break
		}
		mdNext = g.function(i, mdNext)
	}
	g.endStart = i
	for k := 0; k < nEnd; k++ {
		mdNext = g.function(i+k, mdNext)
	}
	nFuncs := i + nEnd

	// program objects at the end
	t = t[:0]
	for pi, p := range g.progs {
		if p.AtEnd {
			g.progObject(&t, pi)
		}
	}
	t.s("\n")
	g.declarations(&t)
	g.attributes(&t)
	g.headerMD(&t)
	o.raw(t)

	// metadata tail, regenerated function by function
	base := firstFnMD
	for j := 0; j < nFuncs; j++ {
		g.md = g.md[:0]
		base = g.fnMD(&g.md, j, g.props(j), base)
		o.raw(g.md)
	}
	return Stats{Funcs: nFuncs, Programs: len(g.progs), Strings: g.nStr, Metadata: base}
}

func (g *gen) strDef(t *text, b []byte) {
	if g.typed {
		t.s(" = private unnamed_addr constant <{ [")
		t.d(len(b))
		t.s(" x i8] }> <{ [")
		t.d(len(b))
		t.s(" x i8] ")
		t.cstr(b)
		t.s(" }>, align 1\n")
		return
	}
	t.s(" = private unnamed_addr constant [")
	t.d(len(b))
	t.s(" x i8] ")
	t.cstr(b)
	t.s(", align 1\n")
}

func (g *gen) objName(pi int) string {
	var t text
	t.s("_ZN4prog")
	nm := fmt.Sprintf("PROG_%d", pi)
	t = text(seg([]byte(t), nm))
	t.s("17h")
	t.hex(hash(g.c.Seed, 5, uint64(pi)))
	t.s("E")
	return string(t)
}

func (g *gen) progNameSym(pi int) string {
	if g.typed {
		return "@alloc" + strconv.Itoa(pi+1)
	}
	var t text
	t.s("@alloc_")
	t.hex(hash(g.c.Seed, 6, uint64(pi)))
	t.hex(hash(g.c.Seed, 7, uint64(pi)))
	return string(t)
}

// objType is the object's packed struct type.
func (g *gen) objType(pi int) string {
	p := g.ptrT()
	switch g.progs[pi].layout {
	case 1:
		return "<{ [8 x i8], " + p + ", " + p + ", [16 x i8] }>"
	case 2:
		return "<{ [8 x i8], " + p + ", " + p + ", [12 x i8], [4 x i8] }>"
	}
	return "<{ [8 x i8], " + p + ", " + p + ", [8 x i8] }>"
}

func (g *gen) progFnIndex(pi int) int {
	for i, p := range g.startFn {
		if p == pi {
			return i
		}
	}
	k := 0
	for j, p := range g.progs {
		if p.AtEnd {
			if j == pi {
				return g.endStart + k
			}
			k++
		}
	}
	return -1
}

func (g *gen) progObject(t *text, pi int) {
	p := g.progs[pi]
	name := []byte(p.Name)
	t.s(g.progNameSym(pi))
	g.strDef(t, name)
	fp := g.props(g.progFnIndex(pi))
	ty := g.objType(pi)
	t.s("@", g.objName(pi), " = ")
	if pi%2 == 1 {
		t.s("internal ")
	}
	t.s("constant ", ty, " <{ [8 x i8] ")
	t.le64(p.RTTI, 8)
	t.s(", ")
	if g.typed {
		t.s("i8* bitcast (i32 (%\"rt::", p.Type, "\"*, %\"", p.ctxType, "\"*)* @", fp.name, " to i8*), ")
	} else {
		t.s("ptr @", fp.name, ", ")
	}
	g.strRef(t, func(t *text) { t.s(g.progNameSym(pi)) }, len(name))
	var rest [16]byte
	rest[0] = byte(len(name))
	switch p.layout {
	case 0:
		t.s(", [8 x i8] ")
		t.cstr(rest[:8])
	case 1:
		rest[8] = 8
		t.s(", [16 x i8] ")
		t.cstr(rest[:16])
	case 2:
		rest[8] = 1
		t.s(", [12 x i8] ")
		t.cstr(rest[:12])
		t.s(", [4 x i8] undef")
	}
	t.s(" }>, section \"", p.Section, "\", align 8, !dbg ")
	t.md(mdProgFirst + 3*pi)
	t.nl()
}

// ---- functions -------------------------------------------------------------

// function emits function i whose metadata block starts at base and returns
// the next free metadata number.
func (g *gen) function(i, base int) int {
	p := g.props(i)
	g.md = g.md[:0]
	next := g.fnMD(&g.md, i, p, base)
	g.mdTotal += int64(len(g.md))
	g.fn = g.fn[:0]
	if p.prog >= 0 {
		g.progBody(&g.fn, i, p, base)
	} else {
		g.body(&g.fn, i, p, base)
	}
	g.o.raw(g.fn)
	return next
}

func (g *gen) loc(t *text, base, k int) {
	t.s(", !dbg ")
	t.md(base + 6 + k)
}

var attrComments = []string{
	"; Function Attrs: nonlazybind uwtable\n",
	"; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable\n",
	"; Function Attrs: noinline nonlazybind uwtable\n",
}

func (g *gen) selfParam() string {
	if g.typed {
		return "i64* noalias nocapture noundef readonly align 8 dereferenceable(24) %self"
	}
	return "ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %self"
}

func (g *gen) dbgValue(t *text, ty, v string, variable, loc int) {
	if g.typed {
		t.s("  call void @llvm.dbg.value(metadata ", ty, " ", v, ", metadata ")
		t.md(variable)
		t.s(", metadata !DIExpression()), !dbg ")
		t.md(loc)
		t.nl()
		return
	}
	t.s("    #dbg_value(", ty, " ", v, ", ")
	t.md(variable)
	t.s(", !DIExpression(), ")
	t.md(loc)
	t.s(")\n")
}

func (g *gen) body(t *text, i int, p fnProps, base int) {
	r := newRng(g.c.Seed, 8, uint64(i))
	pt := g.ptrT()
	selfT := "ptr"
	if g.typed {
		selfT = "i64*"
	}
	nOps := 2 + r.n(4+r.n(70))
	invoke := r.chance(15)
	t.s("; ", p.demangle, "\n", attrComments[p.attr])
	t.s("define ")
	if p.internal {
		t.s("internal ")
	}
	if p.fastcc {
		t.s("fastcc ")
	}
	t.s("i64 @", p.name, "(", g.selfParam(), ", i64 noundef %n) unnamed_addr #")
	t.d(p.attr)
	if invoke {
		if g.typed {
			t.s(" personality i32 (i32, i32, i64, i8*, i8*)* @rust_eh_personality")
		} else {
			t.s(" personality ptr @rust_eh_personality")
		}
	}
	t.s(" !dbg ")
	t.md(base)
	t.s(" {\nstart:\n")
	g.dbgValue(t, selfT, "%self", base+4, base+6)
	g.dbgValue(t, "i64", "%n", base+5, base+6)
	L := func() int { return r.n(p.nLocs) }
	t.s("  %base = load i64, ", selfT, " %self, align 8")
	g.loc(t, base, L())
	t.s(", !noundef !0\n")
	if g.typed {
		t.s("  %lim.p = getelementptr inbounds i64, i64* %self, i64 1")
	} else {
		t.s("  %lim.p = getelementptr inbounds nuw i8, ptr %self, i64 8")
	}
	g.loc(t, base, L())
	t.s("\n  %lim = load i64, ", selfT, " %lim.p, align 8")
	g.loc(t, base, L())
	t.s("\n  %.not = icmp eq i64 %n, 0")
	g.loc(t, base, L())
	t.s("\n  br i1 %.not, label %bb_exit, label %bb_loop")
	g.loc(t, base, L())
	t.s("\n\nbb_loop:                                          ; preds = %start, %bb_latch\n")
	t.s("  %iter = phi i64 [ 0, %start ], [ %iter.next, %bb_latch ]\n")
	t.s("  %acc = phi i64 [ %base, %start ], [ %acc.next, %bb_latch ]\n")

	pool := []string{"%acc", "%iter", "%base", "%lim", "%n"}
	pick := func() string {
		if r.chance(40) {
			return pool[len(pool)-1]
		}
		return pool[r.n(len(pool))]
	}
	tmp := 0
	newv := func() string {
		tmp++
		return "%_" + strconv.Itoa(tmp)
	}
	cur := "bb_loop"
	panics := []string{}
	blk := 0
	for k := 0; k < nOps; k++ {
		op := r.n(100)
		switch {
		case op < 35:
			v := newv()
			binops := []string{"add", "add nuw", "sub", "mul", "mul nuw nsw", "xor", "and", "or"}
			t.s("  ", v, " = ", binops[r.n(len(binops))], " i64 ", pick(), ", ", pick())
			g.loc(t, base, L())
			t.nl()
			pool = append(pool, v)
		case op < 45:
			v := newv()
			sh := []string{"shl", "lshr", "udiv", "urem"}
			t.s("  ", v, " = ", sh[r.n(len(sh))], " i64 ", pick(), ", ")
			t.d(1 + r.n(31))
			g.loc(t, base, L())
			t.nl()
			pool = append(pool, v)
		case op < 55:
			c, v := newv(), newv()
			preds := []string{"ult", "ugt", "eq", "ne", "slt", "sge"}
			a, b := pick(), pick()
			t.s("  ", c, " = icmp ", preds[r.n(len(preds))], " i64 ", a, ", ", b)
			g.loc(t, base, L())
			t.s("\n  ", v, " = select i1 ", c, ", i64 ", a, ", i64 ", b)
			g.loc(t, base, L())
			t.nl()
			pool = append(pool, v)
		case op < 65:
			q, v := newv(), newv()
			off := 2 + r.n(2)
			if g.typed {
				t.s("  ", q, " = getelementptr inbounds i64, i64* %self, i64 ")
				t.d(off)
			} else {
				t.s("  ", q, " = getelementptr inbounds nuw i8, ptr %self, i64 ")
				t.d(off * 8)
			}
			g.loc(t, base, L())
			t.s("\n  ", v, " = load i64, ", selfT, " ", q, ", align 8")
			g.loc(t, base, L())
			t.s(", !noundef !0\n")
			pool = append(pool, v)
		case op < 75 && i > 0:
			j := r.n(i)
			if g.progOf(j) >= 0 {
				j--
			}
			cp := g.props(j)
			v := newv()
			t.s("  ", v, " = tail call ")
			if cp.fastcc {
				t.s("fastcc ")
			}
			t.s("i64 @", cp.name, "(", selfT, " noundef %self, i64 noundef ", pick(), ")")
			g.loc(t, base, L())
			t.nl()
			pool = append(pool, v)
		case op < 80:
			v := newv()
			ins := []string{"umin", "umax", "smin"}
			t.s("  ", v, " = tail call i64 @llvm.", ins[r.n(len(ins))], ".i64(i64 ", pick(), ", i64 ", pick(), ")")
			g.loc(t, base, L())
			t.nl()
			pool = append(pool, v)
		case op < 85:
			j := r.n(g.nStr)
			n := len(g.strBytes(j))
			t.s("  call void @_RNvNtNtCsjrHSEGnQ3l9_3std2io5stdio6__print(")
			g.strRef(t, func(t *text) { g.strName(t, j) }, n)
			t.s(", i64 ")
			t.d(n)
			t.s(")")
			g.loc(t, base, L())
			t.nl()
		case op < 93:
			c := newv()
			blk++
			nb := "bb_c" + strconv.Itoa(blk)
			t.s("  ", c, " = icmp uge i64 ", pick(), ", %lim")
			g.loc(t, base, L())
			t.s("\n  br i1 ", c, ", label %panic, label %", nb)
			g.loc(t, base, L())
			t.s("\n\n", nb, ":")
			for pad := len(nb) + 1; pad < 50; pad++ {
				t.s(" ")
			}
			t.s("; preds = %", cur, "\n")
			panics = append(panics, cur)
			cur = nb
		case i >= minFuncs:
			vt := r.n(vtables)
			slot := r.n(2)
			q, f, v := newv(), newv(), newv()
			if g.typed {
				t.s("  ", q, " = getelementptr inbounds <{ i8*, [16 x i8], i8*, i8* }>, <{ i8*, [16 x i8], i8*, i8* }>* @vtable.")
				t.d(vt)
				t.s(", i64 0, i32 ")
				t.d(2 + slot)
				g.loc(t, base, L())
				f0 := f + ".raw"
				t.s("\n  ", f0, " = load i8*, i8** ", q, ", align 8")
				g.loc(t, base, L())
				t.s(", !invariant.load !0, !nonnull !0\n  ", f, " = bitcast i8* ", f0, " to i64 (i64*, i64)*")
				g.loc(t, base, L())
			} else {
				t.s("  ", q, " = getelementptr inbounds nuw i8, ptr @vtable.")
				t.d(vt)
				t.s(", i64 ")
				t.d(24 + 8*slot)
				g.loc(t, base, L())
				t.s("\n  ", f, " = load ptr, ptr ", q, ", align 8")
				g.loc(t, base, L())
				t.s(", !invariant.load !0, !nonnull !0")
			}
			t.s("\n  ", v, " = call i64 ", f, "(", selfT, " noundef %self, i64 noundef ", pick(), ")")
			g.loc(t, base, L())
			t.nl()
			pool = append(pool, v)
		}
	}
	t.s("  %acc.next = add i64 %acc, ", pool[len(pool)-1])
	g.loc(t, base, L())
	t.s("\n  br label %bb_latch")
	g.loc(t, base, L())
	t.s("\n\nbb_latch:                                         ; preds = %", cur, "\n")
	t.s("  %iter.next = add nuw i64 %iter, 1")
	g.loc(t, base, L())
	t.s("\n  %done = icmp eq i64 %iter.next, %n")
	g.loc(t, base, L())
	t.s("\n  br i1 %done, label %bb_exit, label %bb_loop")
	g.loc(t, base, L())
	t.s("\n\nbb_exit:                                          ; preds = %bb_latch, %start\n")
	t.s("  %r = phi i64 [ %base, %start ], [ %acc.next, %bb_latch ]\n")
	if invoke {
		t.s("  invoke void @_RNvNtCs8modgen_4sync11may_unwind(", selfT, " noundef %self)\n          to label %bb_ret unwind label %cleanup")
		g.loc(t, base, L())
		t.s("\n\nbb_ret:                                           ; preds = %bb_exit\n  ret i64 %r")
		g.loc(t, base, L())
		t.s("\n\ncleanup:                                          ; preds = %bb_exit\n")
		t.s("  %lp = landingpad { ", pt, ", i32 }\n          cleanup\n  resume { ", pt, ", i32 } %lp")
		g.loc(t, base, L())
		t.nl()
	} else {
		t.s("  ret i64 %r")
		g.loc(t, base, L())
		t.nl()
	}
	if len(panics) > 0 {
		t.s("\npanic:                                            ; preds =")
		for k, b := range panics {
			if k > 0 {
				t.s(",")
			}
			t.s(" %", b)
		}
		j := r.n(g.nStr)
		n := len(g.strBytes(j))
		t.s("\n; call core::panicking::panic\n  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(")
		g.strRef(t, func(t *text) { g.strName(t, j) }, n)
		t.s(", i64 ")
		t.d(n)
		lk := strconv.Itoa(r.n(panicLocs))
		if g.typed {
			t.s(", %\"core::panic::location::Location\"* bitcast (<{ i8*, [16 x i8] }>* @alloc_loc", lk, " to %\"core::panic::location::Location\"*)) #7")
		} else {
			t.s(", ptr @alloc_loc", lk, ") #7")
		}
		g.loc(t, base, L())
		t.s("\n  unreachable\n")
	}
	t.s("}\n\n")
}

func (g *gen) progBody(t *text, i int, p fnProps, base int) {
	pr := g.progs[p.prog]
	r := newRng(g.c.Seed, 9, uint64(i))
	t.s("; ", p.demangle, "\n", attrComments[2])
	var selfT, ctxT string
	if g.typed {
		selfT = "%\"rt::" + pr.Type + "\"*"
		ctxT = "%\"" + pr.ctxType + "\"*"
		t.s("define internal noundef i32 @", p.name, "(", selfT, " noalias nocapture noundef readonly align 8 dereferenceable(40) %self, ",
			ctxT, " noalias nocapture noundef readonly align 8 dereferenceable(8) %ctx) unnamed_addr #2 !dbg ")
	} else {
		selfT, ctxT = "ptr", "ptr"
		t.s("define internal noundef i32 @", p.name, "(ptr noalias noundef readonly align 8 captures(none) dereferenceable(40) %self, ",
			"ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %ctx) unnamed_addr #2 !dbg ")
	}
	t.md(base)
	t.s(" {\nstart:\n")
	g.dbgValue(t, selfT, "%self", base+4, base+6)
	g.dbgValue(t, ctxT, "%ctx", base+5, base+6)
	L := func() int { return r.n(p.nLocs) }
	sp, cp := "%self", "%ctx"
	if g.typed {
		t.s("  %self.i = bitcast ", selfT, " %self to i64*")
		g.loc(t, base, L())
		t.s("\n  %ctx.i = bitcast ", ctxT, " %ctx to i64*")
		g.loc(t, base, L())
		t.nl()
		sp, cp = "%self.i", "%ctx.i"
	}
	it := "ptr"
	if g.typed {
		it = "i64*"
	}
	t.s("  %v = load i64, ", it, " ", cp, ", align 8")
	g.loc(t, base, L())
	t.s(", !noundef !0\n")
	// call a few earlier regular functions (there is always one below 6)
	prev := "%v"
	for k := 0; k < 1+r.n(3); k++ {
		j := r.n(6)
		if i > 0 && i < 6 {
			j = r.n(i)
		}
		if g.progOf(j) >= 0 {
			j--
		}
		if j < 0 {
			break
		}
		c := g.props(j)
		v := "%r" + strconv.Itoa(k)
		t.s("  ", v, " = tail call ")
		if c.fastcc {
			t.s("fastcc ")
		}
		t.s("i64 @", c.name, "(", it, " noundef ", sp, ", i64 noundef ", prev, ")")
		g.loc(t, base, L())
		t.nl()
		prev = v
	}
	t.s("  %ret = trunc i64 ", prev, " to i32")
	g.loc(t, base, L())
	t.s("\n  ret i32 %ret")
	g.loc(t, base, L())
	t.s("\n}\n\n")
}

// ---- metadata --------------------------------------------------------------

// fnMD appends function i's metadata block (numbered from base) and returns
// the next free number. Layout: SP, subroutine type, types, retained nodes,
// two parameters, then p.nLocs locations.
func (g *gen) fnMD(t *text, i int, p fnProps, base int) int {
	r := newRng(g.c.Seed, 10, uint64(i))
	b := base
	name := p.demangle
	if k := lastSep(name); k >= 0 {
		name = name[k:]
	}
	t.md(b)
	t.s(" = distinct !DISubprogram(name: \"", name, "\", linkageName: \"", unquote(p.name), "\", scope: !6, file: !3, line: ")
	t.d(p.line)
	t.s(", type: ")
	t.md(b + 1)
	t.s(", scopeLine: ")
	t.d(p.line)
	t.s(", flags: DIFlagPrototyped, spFlags: ")
	if p.internal {
		t.s("DISPFlagLocalToUnit | ")
	}
	t.s("DISPFlagDefinition | DISPFlagOptimized, unit: !1, templateParams: !0, retainedNodes: ")
	t.md(b + 3)
	t.s(")\n")
	t.md(b + 1)
	t.s(" = !DISubroutineType(types: ")
	t.md(b + 2)
	t.s(")\n")
	t.md(b + 2)
	if p.prog >= 0 {
		t.s(" = !{!13, !5, !5}\n")
	} else {
		t.s(" = !{!4, !5, !4}\n")
	}
	t.md(b + 3)
	t.s(" = !{")
	t.md(b + 4)
	t.s(", ")
	t.md(b + 5)
	t.s("}\n")
	second, secondT := "n", 4
	if p.prog >= 0 {
		second, secondT = "ctx", 5
	}
	for k, v := range []string{"self", second} {
		t.md(b + 4 + k)
		t.s(" = !DILocalVariable(name: \"", v, "\", arg: ")
		t.d(k + 1)
		t.s(", scope: ")
		t.md(b)
		t.s(", file: !3, line: ")
		t.d(p.line)
		t.s(", type: ")
		if k == 0 {
			t.md(mdRef)
		} else {
			t.md(secondT)
		}
		t.s(")\n")
	}
	for k := 0; k < p.nLocs; k++ {
		t.md(b + 6 + k)
		inl := k > 0 && r.chance(30)
		if k == 0 {
			t.s(" = distinct !DILocation(line: ")
		} else {
			t.s(" = !DILocation(line: ")
		}
		t.d(p.line + r.n(40))
		t.s(", column: ")
		t.d(1 + r.n(80))
		if inl {
			t.s(", scope: !7, inlinedAt: ")
			t.md(b + 6)
		} else {
			t.s(", scope: ")
			t.md(b)
		}
		t.s(")\n")
	}
	return b + 6 + p.nLocs
}

func lastSep(s string) int {
	for k := len(s) - 2; k >= 0; k-- {
		if s[k] == ':' && s[k+1] == ':' {
			return k + 2
		}
	}
	return -1
}

func unquote(s string) string {
	if len(s) > 1 && s[0] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}

func (g *gen) declarations(t *text) {
	p := g.ptrT()
	if g.typed {
		t.s("; Function Attrs: nofree nosync nounwind readnone speculatable willreturn\n")
		t.s("declare void @llvm.dbg.value(metadata, metadata, metadata) #5\n\n")
	}
	t.s("; std::io::stdio::_print\n; Function Attrs: nonlazybind uwtable\n")
	t.s("declare void @_RNvNtNtCsjrHSEGnQ3l9_3std2io5stdio6__print(", p, " noundef nonnull, i64 noundef) unnamed_addr #3\n\n")
	t.s("; core::panicking::panic\n; Function Attrs: cold noreturn nonlazybind uwtable\n")
	if g.typed {
		t.s("declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(i8* noalias noundef nonnull readonly align 1, i64 noundef, %\"core::panic::location::Location\"* noalias noundef readonly align 8 dereferenceable(24)) unnamed_addr #4\n\n")
	} else {
		t.s("declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr noalias noundef nonnull readonly align 1, i64 noundef, ptr noalias noundef readonly align 8 dereferenceable(24)) unnamed_addr #4\n\n")
	}
	t.s("declare void @_RNvNtCs8modgen_4sync11may_unwind(", g.selfParam()[:len(g.selfParam())-6], ") unnamed_addr #0\n\n")
	t.s("; Function Attrs: nounwind nonlazybind uwtable\n")
	t.s("declare noundef i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ", p, " noundef, ", p, " noundef) unnamed_addr #3\n\n")
	for _, f := range []string{"umin", "umax", "smin"} {
		t.s("declare i64 @llvm.", f, ".i64(i64, i64) #5\n\n")
	}
}

func (g *gen) attributes(t *text) {
	var groups []string
	if g.typed {
		ps := ` "probe-stack"="__rust_probestack" "target-cpu"="x86-64"`
		groups = []string{
			"nonlazybind uwtable" + ps,
			"mustprogress nofree norecurse nosync nounwind nonlazybind readonly uwtable willreturn" + ps,
			"noinline nonlazybind uwtable" + ps,
			"nounwind nonlazybind uwtable" + ps,
			"cold noreturn nonlazybind uwtable" + ps,
			"nofree nosync nounwind readnone speculatable willreturn",
			"nounwind",
			"noreturn",
		}
	} else {
		ps := ` "probe-stack"="inline-asm" "target-cpu"="x86-64"`
		groups = []string{
			"nonlazybind uwtable" + ps,
			"mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable" + ps,
			"noinline nonlazybind uwtable" + ps,
			"nounwind nonlazybind uwtable" + ps,
			"cold noreturn nonlazybind uwtable" + ps,
			"nocallback nofree nosync nounwind speculatable willreturn memory(none)",
			"nounwind",
			"noreturn",
		}
	}
	for k, a := range groups {
		t.s("attributes #", strconv.Itoa(k), " = { ", a, " }\n")
	}
	t.nl()
}

func (g *gen) headerMD(t *text) {
	ver := "1.95.0 (59807616e 2026-04-14)"
	pic := "8"
	if g.typed {
		ver, pic = "1.63.0", "7"
	}
	t.s("!llvm.module.flags = !{!14, !15, !16, !17}\n!llvm.ident = !{!18}\n!llvm.dbg.cu = !{!1}\n\n")
	t.s("!0 = !{}\n")
	t.s("!1 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !2, producer: \"clang LLVM (rustc version ", ver,
		")\", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !9, splitDebugInlining: false, nameTableKind: None)\n")
	t.s("!2 = !DIFile(filename: \"src/lib.rs/@/modgen.cgu.0\", directory: \"/tmp/modgen\")\n")
	t.s("!3 = !DIFile(filename: \"src/lib.rs\", directory: \"/tmp/modgen\")\n")
	t.s("!4 = !DIBasicType(name: \"u64\", size: 64, encoding: DW_ATE_unsigned)\n")
	t.s("!5 = !DIDerivedType(tag: DW_TAG_pointer_type, name: \"&u64\", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)\n")
	t.s("!6 = !DINamespace(name: \"modgen\", scope: null)\n")
	t.s("!7 = distinct !DISubprogram(name: \"read<u64>\", linkageName: \"_ZN4core3ptr4read17h0123456789abcdefE\", scope: !8, file: !3, line: 1200, type: !10, scopeLine: 1200, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !1, templateParams: !0, retainedNodes: !0)\n")
	t.s("!8 = !DINamespace(name: \"ptr\", scope: !11)\n")
	t.s("!9 = !{")
	for pi := range g.progs {
		if pi > 0 {
			t.s(", ")
		}
		t.md(mdProgFirst + 3*pi)
	}
	t.s("}\n")
	t.s("!10 = !DISubroutineType(types: !12)\n")
	t.s("!11 = !DINamespace(name: \"core\", scope: null)\n")
	t.s("!12 = !{!4, !5}\n")
	t.s("!13 = !DIBasicType(name: \"u32\", size: 32, encoding: DW_ATE_unsigned)\n")
	t.s("!14 = !{i32 ", pic, ", !\"PIC Level\", i32 2}\n")
	t.s("!15 = !{i32 2, !\"RtLibUseGOT\", i32 1}\n")
	t.s("!16 = !{i32 7, !\"Dwarf Version\", i32 4}\n")
	t.s("!17 = !{i32 2, !\"Debug Info Version\", i32 3}\n")
	t.s("!18 = !{!\"rustc version ", ver, "\"}\n")
	for pi, p := range g.progs {
		n := mdProgFirst + 3*pi
		t.md(n)
		t.s(" = !DIGlobalVariableExpression(var: ")
		t.md(n + 1)
		t.s(", expr: !DIExpression())\n")
		t.md(n + 1)
		t.s(" = distinct !DIGlobalVariable(name: \"PROG_", strconv.Itoa(pi), "\", linkageName: \"", g.objName(pi),
			"\", scope: !6, file: !3, line: ")
		t.d(100 + pi)
		t.s(", type: ")
		t.md(n + 2)
		t.s(", isLocal: false, isDefinition: true, align: 64)\n")
		t.md(n + 2)
		t.s(" = !DICompositeType(tag: DW_TAG_structure_type, name: \"", p.Type, "\", scope: !6, file: !3, size: 320, align: 64, flags: DIFlagPublic, elements: !0, templateParams: !0, identifier: \"")
		t.hex(hash(g.c.Seed, 11, uint64(pi)))
		t.s("\")\n")
	}
}
