package irpass

import (
	"bytes"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// withSplitMin sets the size from which modules are read in two halves
// and returns the undo.
func withSplitMin(n int64) func() {
	old := splitMin
	splitMin = n
	return func() { splitMin = old }
}

// corpusModules returns the modules of the repository's corpora: the
// golden tests', the demo's, the C frontends', LLVM's assembler tests.
func corpusModules(t *testing.T) map[string][]byte {
	mods := map[string][]byte{}
	for _, dir := range []string{"../testdata/ll", "../testdata/demo", "../testdata/peer"} {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".ll") {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				mods[path] = data
			}
			return nil
		})
	}
	if len(mods) < 500 {
		t.Fatalf("only %d modules in the corpora", len(mods))
	}
	return mods
}

// An indexView is what the index pass learned, in a form that compares.
type indexView struct {
	TypeDefs     map[string]span
	AttrGroups   map[int64]span
	MaxAttr      int64
	MaxMD        int64
	MDDefined    []uint32
	MDRefs       []uint32
	NamedMD      []span
	Used         *textView
	HasUsed      bool
	IUPrograms   *textView
	Candidates   []textView
	Symbols      []symEntry
	Definitions  int
	DL           *layout.DataLayout
	DLErr        *span
	DLErrMsg     string
	ErrorsOfHalf string
}

type textView struct {
	Off, Line int64
	Text      string
	From, To  int
}

func viewOf(m *module) indexView {
	text := func(l *sourceText) *textView {
		if l == nil {
			return nil
		}
		return &textView{l.off, int64(l.line), string(l.text), l.from, l.to}
	}
	ids := func(s *idSet) []uint32 {
		var out []uint32
		for w, bits := range s.bits {
			for b := range 64 {
				if bits&(1<<b) != 0 {
					out = append(out, uint32(w*64+b))
				}
			}
		}
		for id := range s.sparse {
			out = append(out, id)
		}
		slices.Sort(out)
		return out
	}
	v := indexView{TypeDefs: m.typeDefs, AttrGroups: m.attrGroups, MaxAttr: m.maxAttr, MaxMD: m.maxMD,
		MDDefined: ids(&m.mdDefined), MDRefs: ids(&m.mdRefs), NamedMD: m.namedMD, Used: text(m.used),
		HasUsed: m.hasUsed, IUPrograms: text(m.iuPrograms), Definitions: m.definitions, DL: m.dl,
		DLErr: m.dlErr, DLErrMsg: m.dlErrMsg, ErrorsOfHalf: errText(m.errs.Err())}
	for _, c := range m.candidates {
		v.Candidates = append(v.Candidates, *text(c))
	}
	for _, c := range m.symbols.chunks {
		v.Symbols = append(v.Symbols, c...)
	}
	return v
}

// indexTwoWays indexes src with one reader and, if it can, in two halves
// (from any size on); inHalves says whether it could.
func indexTwoWays(src []byte) (one, two indexView, oneErr error, inHalves bool) {
	newModule := func() *module {
		m := &module{filename: "test.ll", src: source.New(bytes.NewReader(src), int64(len(src))), size: int64(len(src))}
		m.startIndex()
		m.dl = layout.DefaultDataLayout()
		return m
	}
	m1 := newModule()
	oneErr = m1.indexFrom(toplevel.NewReader(m1.src))
	defer withSplitMin(0)()
	m2 := newModule()
	inHalves = m2.indexInHalves()
	return viewOf(m1), viewOf(m2), oneErr, inHalves
}

// Every module of the corpora that has a split point gives, read in two
// halves, the index one reader gives: the same definitions, names, ids
// and line numbers.
func TestHalvesAgree(t *testing.T) {
	split := 0
	for path, src := range corpusModules(t) {
		one, two, err, inHalves := indexTwoWays(src)
		if !inHalves {
			continue
		}
		split++
		if err != nil {
			t.Errorf("%s: read in halves, but one reader finds an error: %v", path, err)
			continue
		}
		if !reflect.DeepEqual(one, two) {
			t.Errorf("%s: one reader and two halves disagree:\none: %+v\ntwo: %+v", path, one, two)
		}
	}
	// Not a test that passes by finding nothing to compare.
	if split < 100 {
		t.Errorf("only %d modules of the corpora were read in halves", split)
	}
	t.Logf("%d modules read in halves", split)
}

// Every module of the corpora gives the same output or the same
// diagnostics whether or not it is read in halves.
func TestHalvesRun(t *testing.T) {
	for path, src := range corpusModules(t) {
		runBothWays(t, path, src)
	}
}

// runBothWays runs the pass on src read in halves and not, and fails the
// test if the answers differ.
func runBothWays(t *testing.T, name string, src []byte) {
	t.Helper()
	run := func(min int64) (string, string) {
		defer withSplitMin(min)()
		var out bytes.Buffer
		_, err := Run("test.ll", bytes.NewReader(src), int64(len(src)), &out)
		return out.String(), errText(err)
	}
	out1, err1 := run(math.MaxInt64)
	out2, err2 := run(0)
	if err1 != err2 || out1 != out2 {
		t.Errorf("%s: read in halves or not, different answers:\none reader: %q\nin halves:  %q", name, err1, err2)
	}
}

// A split point inside a comment, a string or a body that began before
// it is not a boundary: the first half does not end cleanly there, and
// the module is read by one reader, with the answer one reader gives.
func TestHalvesFalseSplit(t *testing.T) {
	for name, inside := range map[string][2]string{
		"block comment": {"/*\n", "*/\n"},
		"string":        {"@s = global [1 x i8] c\"\n", "\"\n"},
		"body":          {"define void @h() {\n  %x = insertvalue { i32 } {\n", "}\n"},
	} {
		// Globals around it: the only "}" line followed by a define is
		// the one inside.
		filler := func(b *strings.Builder, n int) {
			for i := 0; b.Len() < n; i++ {
				b.WriteString("@g" + itoa(b.Len()) + " = global i32 0\n")
			}
		}
		var b strings.Builder
		b.WriteString(testModule(1))
		filler(&b, 8<<10)
		b.WriteString(inside[0] + "x\n}\n\ndefine void @fake() {\n  ret void\n}\n" + inside[1])
		filler(&b, 16<<10)
		src := []byte(b.String())

		at, ok := toplevel.SplitPoint(source.New(bytes.NewReader(src), int64(len(src))), int64(len(src))/2, 16<<10)
		if !ok || !bytes.HasPrefix(src[at:], []byte("\ndefine void @fake")) {
			t.Fatalf("%s: the split point is not the one inside (%d, %v)", name, at, ok)
		}
		if _, _, _, inHalves := indexTwoWays(src); inHalves {
			t.Errorf("%s: read in halves from a split point inside", name)
		}
		runBothWays(t, name, src)
	}
}

// A module whose second half holds an error gives the diagnostic one
// reader gives, at the same line.
func TestHalvesError(t *testing.T) {
	var b strings.Builder
	b.WriteString(testModule(1))
	for i := 0; b.Len() < 64<<10; i++ {
		b.WriteString("define void @g" + itoa(i) + "() {\n  ret void\n}\n\n")
	}
	b.WriteString("@bad = global i32 0, section\n")
	src := []byte(b.String())
	_, _, _, inHalves := indexTwoWays(src)
	if !inHalves {
		// The error makes the halves give up, as wanted; the diagnostic
		// is what must not change.
		t.Log("read by one reader after the error")
	}
	runBothWays(t, "error in the second half", src)
}

// A module above the size from which two readers read it (the default
// settings read it in halves): the same output as one reader gives.
func TestHalvesLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("a 40 MiB module")
	}
	src := benchModule(40 << 20)
	if int64(len(src)) < splitMin {
		t.Fatalf("the module (%d bytes) is below splitMin", len(src))
	}
	m := &module{filename: "big.ll", src: source.New(bytes.NewReader(src), int64(len(src))), size: int64(len(src))}
	m.startIndex()
	m.dl = layout.DefaultDataLayout()
	if !m.indexInHalves() {
		t.Fatal("not read in halves")
	}
	runBothWays(t, "40 MiB module", src)
}
