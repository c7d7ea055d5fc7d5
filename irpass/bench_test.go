package irpass

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/layout"
	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/source"
	"github.com/iu-entry/iu-entry/irpass/toplevel"
)

// benchModule is a rustc-shaped module of about size bytes: programs at
// the start and the end, and in between functions whose bodies carry
// debug locations, the bulk of any real module.
func benchModule(size int) []byte {
	var b bytes.Buffer
	prog := testModule(2)
	b.WriteString(prog[:strings.Index(prog, "\ndefine")])
	body := "  %x.i = getelementptr inbounds i8, ptr %p, i64 8, !dbg !12\n  %v = load i64, ptr %x.i, align 8, !dbg !13\n"
	for i := 0; b.Len() < size; i++ {
		b.WriteString("\ndefine internal void @f" + itoa(i) + "(ptr %p) unnamed_addr #0 !dbg !11 {\nstart:\n")
		for j := 0; j < 20; j++ {
			b.WriteString(body)
		}
		b.WriteString("  ret void\n}\n")
		if i%1000 == 0 {
			b.WriteString(`@g` + itoa(i) + ` = private unnamed_addr constant [13 x i8] c"inner_unikern", align 1` + "\n")
		}
	}
	b.WriteString(`@late_str = private unnamed_addr constant [7 x i8] c"iu_late", align 1` + "\n")
	b.WriteString(`@late = internal constant <{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\06\00\00\00\00\00\00\00", ptr @fn, ptr @late_str, [8 x i8] c"\07\00\00\00\00\00\00\00" }>, section "inner_unikernel/xdp", align 8` + "\n")
	b.WriteString("\ndefine internal i32 @fn(ptr %obj, ptr %ctx) unnamed_addr #0 {\nstart:\n  ret i32 7\n}\n\nattributes #0 = { nounwind \"target-cpu\"=\"x86-64\" }\n")
	// The metadata the bodies' attachments name, as rustc ends a module.
	b.WriteString(`
!llvm.dbg.cu = !{!10}
!llvm.module.flags = !{!14}

!9 = !DIFile(filename: "bench.rs", directory: "/")
!10 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !9, producer: "bench", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!11 = distinct !DISubprogram(name: "f", scope: !9, file: !9, line: 1, type: !15, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !10)
!12 = !DILocation(line: 2, column: 5, scope: !11)
!13 = !DILocation(line: 3, column: 5, scope: !11)
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !DISubroutineType(types: !{})
`)
	return b.Bytes()
}

func BenchmarkRun(b *testing.B) {
	src := benchModule(32 << 20)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Run("bench.ll", bytes.NewReader(src), int64(len(src)), io.Discard)
		if err != nil || len(res.Programs) != 3 {
			b.Fatalf("%v %v", res, err)
		}
	}
}

// BenchmarkRunMapped is BenchmarkRun on a file, which Run maps, as the
// command's input is.
func BenchmarkRunMapped(b *testing.B) {
	src := benchModule(32 << 20)
	f, _ := tempInput(b, string(src))
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Run("bench.ll", f, int64(len(src)), io.Discard)
		if err != nil || len(res.Programs) != 3 {
			b.Fatalf("%v %v", res, err)
		}
	}
}

// BenchmarkRunFile runs the pass on the module named by $IU_BENCH_FILE
// (e.g. one made by bench/modgen) into a file, as the command does: for
// profiles of a whole run on a large module.
func BenchmarkRunFile(b *testing.B) {
	f, size := benchFile(b)
	out := filepath.Join(b.TempDir(), "out.ll")
	for i := 0; i < b.N; i++ {
		o, err := os.Create(out)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Run(f.Name(), f, size, o); err != nil {
			b.Fatal(err)
		}
		o.Close()
	}
}

// benchFile opens the module named by $IU_BENCH_FILE (the benchmark is
// skipped without one) and sets the bytes a run processes.
func benchFile(b *testing.B) (*os.File, int64) {
	name := os.Getenv("IU_BENCH_FILE")
	if name == "" {
		b.Skip("set IU_BENCH_FILE to a module")
	}
	f, err := os.Open(name)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { f.Close() })
	fi, err := f.Stat()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	return f, fi.Size()
}

// BenchmarkIndexFile is the index pass alone, by one reader, on the module
// named by $IU_BENCH_FILE: how fast a module of a given shape is skimmed.
func BenchmarkIndexFile(b *testing.B) {
	f, size := benchFile(b)
	for i := 0; i < b.N; i++ {
		m := &module{filename: f.Name(), src: source.New(f, size), size: size}
		m.startIndex()
		m.dl = layout.DefaultDataLayout()
		if err := m.indexFrom(toplevel.NewReader(m.src)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndex is the first pass alone: how fast a module is skimmed.
func BenchmarkIndex(b *testing.B) {
	src := benchModule(32 << 20)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := &module{filename: "bench.ll", src: source.New(bytes.NewReader(src), int64(len(src))), size: int64(len(src))}
		if err := m.index(); err != nil || len(m.candidates) != 3 {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeObject(b *testing.B) {
	line := []byte(`@obj = internal constant <{ [8 x i8], i8*, i8*, [16 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%"iu_rt::tracepoint"*, i64**)* @_ZN5hello11iu_prog1_fn17hd2b58af5caedc281E to i8*), i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [16 x i8] c"\08\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00" }>, section "inner_unikernel/tracepoint/syscalls/sys_enter_dup", align 8, !dbg !5`)
	dl := layout.DefaultDataLayout()
	b.SetBytes(int64(len(line)))
	for i := 0; i < b.N; i++ {
		c, err := scanner.NewCursor(line)
		if err != nil {
			b.Fatal(err)
		}
		g, err := parseGlobalHead(c)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := (&layout.Decoder{DL: dl}).Decode(c, g.typ); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchModule: the benchmarks' module is one the pass accepts, so
// that `make bench` measures runs and not a refusal (its functions' debug
// attachments once named metadata the module did not define).
func TestBenchModule(t *testing.T) {
	src := benchModule(256 << 10)
	res, err := Run("bench.ll", bytes.NewReader(src), int64(len(src)), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Programs) != 3 {
		t.Fatalf("%d programs, want 3", len(res.Programs))
	}
}
