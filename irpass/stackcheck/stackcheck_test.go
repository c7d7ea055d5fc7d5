package stackcheck

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/calls"
	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// textModule is a Module read from IR text with the top-level reader and
// irpass/calls, as the pass reads one. In a runtime entry function
// (__iu_entry_*), an indirect call through a local named %progfield
// stands for the call through the object's prog field (the pass's own
// recognition of that call is tested in irpass).
type textModule struct {
	src     string
	ents    map[string]toplevel.Entity
	asked   [][]string // the names of each Funcs call
	scanned []string   // the bodies read
}

func newTextModule(t *testing.T, src string) *textModule {
	m := &textModule{src: src, ents: map[string]toplevel.Entity{}}
	s := source.New(strings.NewReader(src), int64(len(src)))
	r := toplevel.NewReader(s)
	for {
		e, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if e == nil {
			break
		}
		switch e.Kind {
		case toplevel.Define, toplevel.Declare, toplevel.GlobalVar:
			name := calls.Name([]byte(src[e.NameOff:e.NameEnd]))
			m.ents[name] = *e
		}
	}
	return m
}

var interposableRE = regexp.MustCompile(`^define\s+(\S+\s+)*?(weak|linkonce)\s`)

func (m *textModule) Funcs(names []string) (map[string]*Func, error) {
	m.asked = append(m.asked, names)
	out := map[string]*Func{}
	for _, n := range names {
		e, ok := m.ents[n]
		if !ok {
			continue
		}
		text := m.src[e.Off:e.End]
		switch {
		case e.Kind == toplevel.Declare:
			out[n] = &Func{Kind: Declared}
		case e.Kind == toplevel.GlobalVar && e.Alias:
			if k, target, _ := calls.ParseAlias([]byte(text)); k == calls.Direct {
				out[n] = &Func{Kind: Alias, Aliasee: target}
			} else {
				out[n] = &Func{Kind: Opaque}
			}
		case e.Kind == toplevel.GlobalVar:
			out[n] = &Func{Kind: Opaque}
		case interposableRE.MatchString(text):
			out[n] = &Func{Kind: Opaque}
		default:
			body, err := calls.Scan(source.New(strings.NewReader(m.src), int64(len(m.src))), e.BodyOff)
			if err != nil {
				return nil, err
			}
			m.scanned = append(m.scanned, n)
			f := &Func{Kind: Defined, Sites: body.Sites}
			if strings.HasPrefix(n, "__iu_entry_") {
				for i, s := range body.Sites {
					if s.Callee == calls.Indirect && s.Name == "progfield" {
						f.ProgCalls = append(f.ProgCalls, i)
					}
				}
			}
			out[n] = f
		}
	}
	return out, nil
}

// describeChecks lists the checked calls as "caller -> callee" (the
// callee's name, "indirect", or "runtime" for a generated entry's call).
func describeChecks(p *Plan) string {
	var lines []string
	for _, c := range p.Checks {
		var callee string
		switch {
		case c.EntryCall:
			callee = "runtime"
		case c.Site.Callee == calls.Direct:
			callee = c.Site.Name
		case c.Site.Callee == calls.Indirect && c.Site.Name == "":
			callee = "indirect"
		case c.Site.Callee == calls.Indirect:
			callee = "%" + c.Site.Name
		}
		lines = append(lines, fmt.Sprintf("%s -> %s (%s)", c.Caller, callee, c.Reason))
	}
	return strings.Join(lines, "\n")
}

// prog is the entry every test module has: @iu_p runs @prog through the
// kprobe runtime function.
var prog = Entry{Name: "iu_p", Runtime: "__iu_entry_kprobe", Prog: "prog"}

func TestAnalyze(t *testing.T) {
	for _, tc := range []struct {
		name    string
		module  string
		entries []Entry
		checks  string // describeChecks
	}{
		{name: "acyclic, leaves and intrinsics: no checks", module: `
define i32 @prog(ptr %o, ptr %c) {
  %x = call i64 @a(i64 1)
  call void @llvm.memcpy.p0.p0.i64(ptr %o, ptr %c, i64 8, i1 false)
  call void asm sideeffect "nop", ""()
  ret i32 0
}
define internal i64 @a(i64 %n) {
  %r = tail call i64 @b(i64 %n)
  %s = call i64 @ext(i64 %r)
  ret i64 %s
}
define internal i64 @b(i64 %n) {
  ret i64 %n
}
declare i64 @ext(i64)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define internal void @unreached() {
  call void @unreached()
  %r = call i32 %fp()
  ret void
}`},
		{name: "self recursion", module: `
define i32 @prog(ptr %o, ptr %c) {
  %x = call i64 @depth(i64 0)
  ret i32 0
}
define internal i64 @depth(i64 %n) {
  %m = add i64 %n, 1
  %r = tail call i64 @depth(i64 %m)
  %s = call i64 @leaf(i64 %r)
  ret i64 %s
}
define internal i64 @leaf(i64 %n) {
  ret i64 %n
}`, checks: "depth -> depth (recursion)"},
		{name: "mutual recursion", module: `
define i32 @prog(ptr %o, ptr %c) {
  %x = call i1 @even(i64 9)
  ret i32 0
}
define internal i1 @even(i64 %n) {
  %r = musttail call i1 @odd(i64 %n)
  ret i1 %r
}
define internal i1 @odd(i64 %n) {
  %r = notail call i1 @even(i64 %n)
  ret i1 %r
}`, checks: "even -> odd (recursion)\nodd -> even (recursion)"},
		{name: "recursion through the entry", module: `
define i32 @prog(ptr %o, ptr %c) {
  %r = call i32 @iu_p(ptr %c)
  ret i32 %r
}
declare i32 @iu_p(ptr)`, checks: "iu_p -> runtime (recursion)\nprog -> iu_p (recursion)"},
		{name: "indirect calls", module: `
define i32 @prog(ptr %o, ptr %c) {
  %fp = load ptr, ptr %c
  %r = call i32 %fp(ptr %o)
  call void inttoptr (i64 4096 to ptr)()
  %t = call token (i64, i32, ptr, i32, i32, ...) @llvm.experimental.gc.statepoint.p0(i64 0, i32 0, ptr elementtype(void ()) @f, i32 0, i32 0, i32 0, i32 0)
  ret i32 %r
}
define internal void @f() {
  ret void
}`, checks: "prog -> %fp (indirect-call)\nprog -> indirect (indirect-call)\nprog -> llvm.experimental.gc.statepoint.p0 (indirect-call)"},
		{name: "invoke and callbr in cycles", module: `
define i32 @prog(ptr %o, ptr %c) personality ptr @pers {
  %r = invoke i32 @f(i32 1) to label %ok unwind label %lp
ok:
  ret i32 %r
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}
define internal i32 @f(i32 %x) personality ptr @pers {
  callbr void @g(i32 %x) to label %a [label %b]
a:
  %r = invoke i32 @f(i32 %x) to label %b unwind label %lp
b:
  ret i32 0
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}
define internal void @g(i32 %x) {
  %y = call i32 @f(i32 %x)
  ret void
}
declare i32 @pers(...)`, checks: "f -> g (recursion)\nf -> f (recursion)\ng -> f (recursion)"},
		{name: "aliases", module: `
@a = internal alias i32 (i32), ptr @f
@b = internal alias i32 (i32), ptr @a
@data = internal global [8 x i8] zeroinitializer
@into = internal alias i8, getelementptr (i8, ptr @data, i64 4)
@resolved = internal ifunc void (), ptr @resolver
@weakalias = weak alias i32 (i32), ptr @f
define i32 @prog(ptr %o, ptr %c) {
  %r = call i32 @b(i32 1)
  call void @into()
  call void @resolved()
  %w = call i32 @weakalias(i32 2)
  ret i32 %r
}
define internal i32 @f(i32 %x) {
  %r = call i32 @a(i32 %x)
  ret i32 %r
}
define internal ptr @resolver() {
  ret ptr null
}`, checks: "prog -> into (indirect-call)\nprog -> resolved (indirect-call)\nprog -> weakalias (indirect-call)\nf -> a (recursion)"},
		{name: "calls that are not calls", module: `
@"call void @f()" = internal constant [1 x i8] zeroinitializer
define i32 @prog(ptr %o, ptr %c) {
  %call = add i32 1, 2 ; call void @f()
  /* call void @f() */
  store ptr @"call void @f()", ptr %c, !call !{!"call void @f()"}
  br label %call
call:
  call void @f()
  ret i32 0
}
define internal void @f() {
  %call.i = load ptr, ptr @"call void @f()" ; tail call void @f()
  ret void
}`},
		{name: "typed IR: a call through a bitcast, split across lines", module: `
define i32 @prog(%T* %o, i8* %c) {
  call void bitcast (void (i32)* @f to void (i64)*)(i64 1)
  ret i32 0
}
define internal void @f(i32 %x) {
  %y
    = ; a comment between the tokens
  tail
  call
    void bitcast (void (i32)* @f
      to void (i8)*)(i8 0)
  ret void
}`, checks: "f -> f (recursion)"},
		{name: "interposable definitions and declared callees", module: `
define i32 @prog(ptr %o, ptr %c) {
  call void @w()
  call void @l()
  call void @lo()
  call void @ext()
  ret i32 0
}
define weak void @w() {
  ret void
}
define linkonce void @l() {
  ret void
}
define linkonce_odr void @lo() {
  call void @lo()
  ret void
}
declare void @ext()`, checks: "prog -> w (indirect-call)\nprog -> l (indirect-call)\nlo -> lo (recursion)"},
		{name: "the runtime's body: its call through prog is the program", module: `
define i32 @__iu_entry_kprobe(ptr %obj, ptr %ctx) {
  %progfield = load ptr, ptr %obj
  %r = call i32 %progfield(ptr %obj, ptr %ctx)
  %fp = load ptr, ptr %ctx
  call void %fp()
  ret i32 %r
}
define i32 @prog(ptr %o, ptr %c) {
  %x = call i64 @depth(i64 0)
  ret i32 0
}
define internal i64 @depth(i64 %n) {
  %r = call i64 @depth(i64 %n)
  ret i64 %r
}`, checks: "__iu_entry_kprobe -> %fp (indirect-call)\ndepth -> depth (recursion)"},
		{name: "the runtime called by the program: its prog call is unknown", module: `
define i32 @__iu_entry_kprobe(ptr %obj, ptr %ctx) {
  %progfield = load ptr, ptr %obj
  %r = call i32 %progfield(ptr %obj, ptr %ctx)
  ret i32 %r
}
define i32 @prog(ptr %o, ptr %c) {
  %x = call i32 @__iu_entry_kprobe(ptr %o, ptr %c)
  ret i32 0
}`, checks: "__iu_entry_kprobe -> %progfield (indirect-call)"},
		{name: "two programs through one runtime body", module: `
define i32 @__iu_entry_kprobe(ptr %obj, ptr %ctx) {
  %progfield = load ptr, ptr %obj
  %r = call i32 %progfield(ptr %obj, ptr %ctx)
  ret i32 %r
}
define i32 @prog(ptr %o, ptr %c) {
  ret i32 0
}
define i32 @prog2(ptr %o, ptr %c) {
  %r = call i32 @prog2(ptr %o, ptr %c)
  ret i32 %r
}`, entries: []Entry{prog, {Name: "iu_q", Runtime: "__iu_entry_kprobe", Prog: "prog2"}},
			checks: "prog2 -> prog2 (recursion)"},
		{name: "checks already present", module: `
define i32 @prog(ptr %o, ptr %c) {
  %x = call i64 @depth(i64 0)
  ret i32 0
}
define internal i64 @depth(i64 %n) {
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %r = call i64 @depth(i64 %n)
  call void asm sideeffect "cmpq %gs:iu_stack_limit, %rsp\0Ajb iu_stack_overflow", "~{dirflag},~{fpsr},~{flags}"()
  %s = add i64 %r, 1
  %t = call i64 @depth(i64 %s)
  ret i64 %t
}`, checks: "depth -> depth (recursion)"},
		{name: "a program the module only declares", module: `
declare i32 @prog(ptr, ptr)`},
		{name: "a program that is an alias of something unknown", module: `
@prog = internal alias i32 (ptr, ptr), inttoptr (i64 4096 to ptr)`,
			checks: "iu_p -> runtime (indirect-call)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newTextModule(t, tc.module)
			entries := tc.entries
			if entries == nil {
				entries = []Entry{prog}
			}
			p, err := Analyze(m, entries)
			if err != nil {
				t.Fatal(err)
			}
			if got := describeChecks(p); got != tc.checks {
				t.Errorf("checks:\n%s\nwant:\n%s", got, tc.checks)
			}
			// Every checked call has a line in Why, and nothing else does.
			n := 0
			for _, w := range p.Why {
				n += w.Calls
			}
			if n != len(p.Checks) {
				t.Errorf("Why counts %d calls, Checks has %d:\n%s", n, len(p.Checks), p)
			}
		})
	}
}

// Only the bodies the entries reach are read, level by level.
func TestReadsOnlyReachedBodies(t *testing.T) {
	var b strings.Builder
	b.WriteString("define i32 @prog(ptr %o, ptr %c) {\n  call void @f0()\n  ret i32 0\n}\n")
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "define internal void @f%d() {\n  call void @f%d()\n  ret void\n}\n", i, i+1)
	}
	b.WriteString("define internal void @f5() {\n  ret void\n}\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "define internal void @other%d() {\n  call void @other%d()\n  ret void\n}\n", i, i)
	}
	m := newTextModule(t, b.String())
	p, err := Analyze(m, []Entry{prog})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Checks) != 0 {
		t.Errorf("checks: %s", describeChecks(p))
	}
	if got := strings.Join(m.scanned, " "); got != "prog f0 f1 f2 f3 f4 f5" {
		t.Errorf("bodies read: %s", got)
	}
	if len(m.asked) != 7 || p.Bodies != 7 {
		t.Errorf("%d lookups (want 7: runtime and prog, then one per level), %d bodies", len(m.asked), p.Bodies)
	}
}

// EntryOf names the entry through which the graph first reached a
// function (level by level: @b is reached from both, first by @prog2),
// for diagnostics.
func TestEntryOf(t *testing.T) {
	m := newTextModule(t, `
define i32 @prog(ptr %o, ptr %c) {
  call void @a()
  ret i32 0
}
define i32 @prog2(ptr %o, ptr %c) {
  call void @b()
  ret i32 0
}
define internal void @a() {
  call void @b()
  ret void
}
define internal void @b() {
  ret void
}
define internal void @c() {
  ret void
}`)
	second := Entry{Name: "iu_q", Runtime: "__iu_entry_xdp", Prog: "prog2"}
	p, err := Analyze(m, []Entry{prog, second})
	if err != nil {
		t.Fatal(err)
	}
	for fn, want := range map[string]string{"prog": "iu_p", "a": "iu_p", "b": "iu_q", "prog2": "iu_q", "iu_q": "iu_q", "c": ""} {
		if got := p.EntryOf(fn); got != want {
			t.Errorf("EntryOf(%s) = %q, want %q", fn, got, want)
		}
	}
}
