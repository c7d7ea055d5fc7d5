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

// withParts sets the size from which modules are read in parts and the
// size of a part, and returns the undo.
func withParts(min, size int64) func() {
	oldMin, oldSize := splitMin, partSize
	splitMin, partSize = min, size
	return func() { splitMin, partSize = oldMin, oldSize }
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
		for i, bits := range s.bits {
			for b := range 64 {
				if bits&(1<<b) != 0 {
					out = append(out, uint32((s.base+i)*64+b))
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
		for i := range c.hashes {
			v.Symbols = append(v.Symbols, c.entry(i))
		}
	}
	return v
}

// indexTwoWays indexes src with one reader and, if it can, in parts
// (from any size on); inParts says whether it could.
func indexTwoWays(src []byte) (one, two indexView, oneErr error, inParts bool) {
	newModule := func() *module {
		m := &module{filename: "test.ll", src: source.New(bytes.NewReader(src), int64(len(src))), size: int64(len(src))}
		m.startIndex()
		m.dl = layout.DefaultDataLayout()
		return m
	}
	m1 := newModule()
	oneErr = m1.indexFrom(toplevel.NewReader(m1.src))
	defer withParts(0, 1)() // as many parts as there are split points, up to maxParts
	m2 := newModule()
	inParts = m2.indexInParts()
	return viewOf(m1), viewOf(m2), oneErr, inParts
}

// parts returns how many parts indexTwoWays reads src in.
func parts(src []byte) int {
	defer withParts(0, 1)()
	m := &module{src: source.New(bytes.NewReader(src), int64(len(src))), size: int64(len(src))}
	return len(m.splitPoints()) - 1
}

// The parts of a large module are partSize bytes and then shrink, each a
// quarter of what is left down to an eighth of partSize, so that the
// worker that takes the last one finishes soon after the other; there
// are at most maxParts, and finding them reads a bounded amount.
func TestSplitPointsShrink(t *testing.T) {
	defer withParts(0, 64<<10)()
	src := benchModule(1 << 20)
	m := &module{src: source.New(bytes.NewReader(src), int64(len(src))), size: int64(len(src))}
	bounds := m.splitPoints()
	if len(bounds) < 10 || len(bounds)-1 > maxParts || bounds[0] != 0 || bounds[len(bounds)-1] != m.size {
		t.Fatalf("bounds %v", bounds)
	}
	var sizes []int64
	for i := 1; i < len(bounds); i++ {
		sizes = append(sizes, bounds[i]-bounds[i-1])
	}
	slack := int64(8 << 10) // a split point lies a little after the place tried
	first, last := sizes[0], sizes[len(sizes)-1]
	if first < partSize || first > partSize+slack {
		t.Errorf("first part %d bytes, want about %d", first, partSize)
	}
	if last > partSize/2 {
		t.Errorf("last part %d bytes, want at most %d", last, partSize/2)
	}
	for i := 1; i < len(sizes)-1; i++ {
		if sizes[i] > sizes[i-1]+slack {
			t.Errorf("part %d (%d bytes) larger than the one before (%d): %v", i, sizes[i], sizes[i-1], sizes)
			break
		}
		if sizes[i] < partSize/8 {
			t.Errorf("part %d: %d bytes, fewer than partSize/8: %v", i, sizes[i], sizes)
			break
		}
	}

	// A module without a split point costs at most 2*maxParts looks.
	flat := bytes.Repeat([]byte("@g = global i32 0\n"), 4<<20/18)
	reads := &countingReaderAt{r: bytes.NewReader(flat)}
	m = &module{src: source.New(reads, int64(len(flat))), size: int64(len(flat))}
	if b := m.splitPoints(); len(b) != 2 {
		t.Errorf("a module without split points: bounds %v", b)
	}
	if reads.n > 2*2*maxParts {
		t.Errorf("%d reads to find no split point", reads.n)
	}
}

type countingReaderAt struct {
	r interface {
		ReadAt([]byte, int64) (int, error)
	}
	n int
}

func (c *countingReaderAt) ReadAt(b []byte, off int64) (int, error) {
	c.n++
	return c.r.ReadAt(b, off)
}

// Every module of the corpora that has a split point gives, read in as
// many parts as it has split points, the index one reader gives: the same
// definitions, names, ids and line numbers.
func TestPartsAgree(t *testing.T) {
	split, many := 0, 0
	for path, src := range corpusModules(t) {
		one, two, err, inParts := indexTwoWays(src)
		if !inParts {
			continue
		}
		split++
		if parts(src) > 2 {
			many++
		}
		if err != nil {
			t.Errorf("%s: read in parts, but one reader finds an error: %v", path, err)
			continue
		}
		if !reflect.DeepEqual(one, two) {
			t.Errorf("%s: one reader and parts disagree:\none: %+v\ntwo: %+v", path, one, two)
		}
	}
	// Not a test that passes by finding nothing to compare.
	if split < 100 || many < 50 {
		t.Errorf("only %d modules of the corpora were read in parts, %d in more than two", split, many)
	}
	t.Logf("%d modules read in parts, %d in more than two", split, many)
}

// Every module of the corpora gives the same output or the same
// diagnostics whether or not it is read in parts.
func TestPartsRun(t *testing.T) {
	for path, src := range corpusModules(t) {
		runBothWays(t, path, src)
	}
}

// runBothWays runs the pass on src read in parts and not, and fails the
// test if the answers differ.
func runBothWays(t *testing.T, name string, src []byte) {
	t.Helper()
	run := func(min, size int64) (string, string) {
		defer withParts(min, size)()
		var out bytes.Buffer
		_, err := Run("test.ll", bytes.NewReader(src), int64(len(src)), &out)
		return out.String(), errText(err)
	}
	out1, err1 := run(math.MaxInt64, partSize)
	for _, size := range []int64{partSize, 1} {
		out2, err2 := run(0, size)
		if err1 != err2 || out1 != out2 {
			t.Errorf("%s: read in parts of %d bytes or not, different answers:\none reader: %q\nin parts:   %q", name, size, err1, err2)
		}
	}
}

// A split point inside a comment, a string or a body that began before
// it is not a boundary: the first half does not end cleanly there, and
// the module is read by one reader, with the answer one reader gives.
func TestPartsFalseSplit(t *testing.T) {
	const body = "x\n}\n\ndefine void @fake() {\n  ret void\n}\n"
	for name, c := range map[string]struct{ open, inside, close, at string }{
		"block comment":   {"/*\n", body, "*/\n", "\ndefine void @fake"},
		"string":          {"@s = global [1 x i8] c\"\n", body, "\"\n", "\ndefine void @fake"},
		"body":            {"define void @h() {\n  %x = insertvalue { i32 } {\n", body, "}\n", "\ndefine void @fake"},
		"metadata string": {"!0 = !{!\"\n", "!1 = !{}\n!2 = !{}\n", "\"}\n", "!2 = !{}"},
	} {
		// Globals around it: the only split point is the one inside.
		filler := func(b *strings.Builder, n int) {
			for i := 0; b.Len() < n; i++ {
				b.WriteString("@g" + itoa(b.Len()) + " = global i32 0\n")
			}
		}
		var b strings.Builder
		b.WriteString(testModule(1))
		filler(&b, 8<<10)
		b.WriteString(c.open + c.inside + c.close)
		filler(&b, 16<<10)
		src := []byte(b.String())

		at, ok := toplevel.SplitPoint(source.New(bytes.NewReader(src), int64(len(src))), int64(len(src))/2, make([]byte, 16<<10))
		if !ok || !bytes.HasPrefix(src[at:], []byte(c.at)) {
			t.Fatalf("%s: the split point is not the one inside (%d, %v)", name, at, ok)
		}
		if _, _, _, inParts := indexTwoWays(src); inParts {
			t.Errorf("%s: read in parts from a split point inside", name)
		}
		runBothWays(t, name, src)
	}
}

// A module whose second half holds an error gives the diagnostic one
// reader gives, at the same line.
func TestPartsError(t *testing.T) {
	var b strings.Builder
	b.WriteString(testModule(1))
	for i := 0; b.Len() < 64<<10; i++ {
		b.WriteString("define void @g" + itoa(i) + "() {\n  ret void\n}\n\n")
	}
	b.WriteString("@bad = global i32 0, section\n")
	src := []byte(b.String())
	_, _, _, inParts := indexTwoWays(src)
	if !inParts {
		// The error makes the halves give up, as wanted; the diagnostic
		// is what must not change.
		t.Log("read by one reader after the error")
	}
	runBothWays(t, "error in the second half", src)
}

// A module above the size from which two readers read it (the default
// settings read it in parts): the same output as one reader gives.
func TestPartsLarge(t *testing.T) {
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
	if !m.indexInParts() {
		t.Fatal("not read in parts")
	}
	runBothWays(t, "40 MiB module", src)
}

// A module that ends in metadata is split there too (between two
// metadata nodes), and read in parts it gives one reader's answer.
func TestPartsMetadata(t *testing.T) {
	var b strings.Builder
	b.WriteString(string(benchModule(64 << 10)))
	mdStart := b.Len()
	for i := 100; b.Len() < 256<<10; i++ {
		b.WriteString("!" + itoa(i) + ` = !{i64 ` + itoa(i) + `, !"node", !` + itoa(i-1) + "}\n")
	}
	src := []byte(b.String())
	defer withParts(0, int64(len(src))/8)()
	m := &module{src: source.New(bytes.NewReader(src), int64(len(src))), size: int64(len(src))}
	inMetadata := 0
	for _, at := range m.splitPoints() {
		if at > int64(mdStart) && at < int64(len(src)) {
			inMetadata++
			if !bytes.HasPrefix(src[at:], []byte("!")) || src[at-1] != '\n' {
				t.Fatalf("split at %d, not at a metadata line: %q", at, src[at:min(at+20, int64(len(src)))])
			}
		}
	}
	if inMetadata < 4 {
		t.Fatalf("%d split points in the metadata, want at least 4", inMetadata)
	}
	one, two, err, inParts := indexTwoWays(src)
	if !inParts || err != nil || !reflect.DeepEqual(one, two) {
		t.Fatalf("read in parts %v (error %v); the indexes agree: %v", inParts, err, reflect.DeepEqual(one, two))
	}
	runBothWays(t, "metadata", src)
}
