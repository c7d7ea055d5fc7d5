package elfstack

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"strings"
	"testing"
)

// Files llc would never write: the analysis must answer (an error, or a
// result that admits what it does not know) in bounded time and memory.

// chainObject makes n functions in one section, each calling the next
// (call rel32 within the section, no relocation), the first one called
// by the entry, in a program section.
func chainObject(n int) []byte {
	var e tELF
	var text bytes.Buffer
	for i := 0; i < n; i++ {
		if i+1 < n {
			text.Write([]byte{0xe8, 1, 0, 0, 0}) // call next (skipping the ret)
		}
		text.WriteByte(0xc3) // ret
	}
	tsec := e.addSection(tSection{name: ".text", typ: elf.SHT_PROGBITS, flags: textFlags, data: text.Bytes()})
	// The entry calls the first function through a relocation.
	esec := e.addSection(tSection{name: "kprobe/deep", typ: elf.SHT_PROGBITS, flags: textFlags,
		data: []byte{0xe8, 0, 0, 0, 0, 0xc3}})
	e.symbols = append(e.symbols, tSymbol{name: ".text", sec: tsec, typ: elf.STT_SECTION})
	for i := 0; i < n; i++ {
		size := uint64(6)
		if i+1 == n {
			size = 1
		}
		e.symbols = append(e.symbols, tSymbol{name: "f" + itoa(i), sec: tsec, value: uint64(6 * i), size: size, typ: elf.STT_FUNC})
	}
	e.symbols = append(e.symbols, tSymbol{name: "deep_entry", sec: esec, size: 6, typ: elf.STT_FUNC, bind: elf.STB_GLOBAL})
	e.addRela(esec, []tReloc{{off: 1, typ: elf.R_X86_64_PC32, sym: 1, addend: -4}})
	return e.bytes()
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	for {
		n--
		b[n] = byte('0' + i%10)
		if i /= 10; i == 0 {
			return string(b[n:])
		}
	}
}

func analyzeBytes(t *testing.T, data []byte) (*Result, error) {
	t.Helper()
	return Analyze("test.o", bytes.NewReader(data), Options{})
}

func TestDeepChainObject(t *testing.T) {
	const n = 100000
	res, err := analyzeBytes(t, chainObject(n))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 1 {
		t.Fatalf("%d entries", len(res.Entries))
	}
	e := res.Entries[0]
	// Frames are 0 (measured from the code: no pushes), every call adds 8:
	// the entry's call and n-1 in the chain.
	if !e.Bounded || e.Bytes != 8*n {
		t.Errorf("bounded %v, %d bytes; want %d", e.Bounded, e.Bytes, 8*n)
	}
	if len(e.Path) != maxPath+1 || !e.Incomplete {
		t.Errorf("path of %d frames (incomplete %v), want it cut at %d", len(e.Path), e.Incomplete, maxPath)
	}
}

// Thousands of function symbols over the same bytes: the decoder stops at
// a multiple of the code's size and says why.
func TestOverlappingFunctions(t *testing.T) {
	const size, n = 1 << 16, 20000
	code := bytes.Repeat([]byte{0x90}, size) // nop
	code[size-1] = 0xc3
	var e tELF
	sec := e.addSection(tSection{name: "xdp", typ: elf.SHT_PROGBITS, flags: textFlags, data: code})
	for i := 0; i < n; i++ {
		e.symbols = append(e.symbols, tSymbol{name: "f" + itoa(i), sec: sec, value: uint64(i), size: uint64(size - i),
			typ: elf.STT_FUNC, bind: elf.STB_GLOBAL})
	}
	res, err := analyzeBytes(t, e.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != n {
		t.Fatalf("%d entries, want %d", len(res.Entries), n)
	}
	overlap := 0
	for _, e := range res.Entries {
		for _, u := range e.UnknownFrames {
			if strings.Contains(u.Why, "overlap too much") {
				overlap++
			}
		}
	}
	if overlap == 0 || res.Entries[0].Bounded != true {
		t.Errorf("%d entries refused for overlap; first entry bounded %v", overlap, res.Entries[0].Bounded)
	}
}

func TestMalformedStackSizes(t *testing.T) {
	build := func(ss []byte) []byte {
		var e tELF
		text := e.addSection(tSection{name: "tc", typ: elf.SHT_PROGBITS, flags: textFlags, data: []byte{0xc3}})
		sizes := e.addSection(tSection{name: ".stack_sizes", typ: elf.SHT_PROGBITS, flags: elf.SHF_LINK_ORDER, data: ss, link: uint32(text)})
		e.symbols = append(e.symbols, tSymbol{name: "entry", sec: text, size: 1, typ: elf.STT_FUNC, bind: elf.STB_GLOBAL})
		e.addRela(sizes, []tReloc{{off: 0, typ: elf.R_X86_64_64, sym: 1}})
		return e.bytes()
	}
	// A good one first: the entry's frame is the 300 .stack_sizes says
	// (the machine code's 0 is less).
	res, err := analyzeBytes(t, build(stackSizesData(300)))
	if err != nil || len(res.Entries) != 1 || res.Entries[0].Bytes != 300 || res.StackSizes != 1 {
		t.Fatalf("good .stack_sizes: %v %+v", err, res)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"truncated address", make([]byte, 5), "truncated"},
		{"truncated size", append(make([]byte, 8), 0x80, 0x80), "truncated"},
		{"overflowing size", append(make([]byte, 8), bytes.Repeat([]byte{0xff}, 11)...), "overflows"},
		{"huge size", stackSizesData(1 << 50), "implausible"},
	} {
		if _, err := analyzeBytes(t, build(tc.data)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
}

func TestRefusedFiles(t *testing.T) {
	var e tELF
	e.addSection(tSection{name: "tc", typ: elf.SHT_PROGBITS, flags: textFlags, data: []byte{0xc3}})
	good := e.bytes()
	for _, tc := range []struct {
		name  string
		patch func(b []byte)
		want  string
	}{
		{"32-bit", func(b []byte) { b[4] = 1 }, ""},
		{"big endian", func(b []byte) { b[5] = 2 }, ""},
		{"not x86-64", func(b []byte) { binary.LittleEndian.PutUint16(b[18:], uint16(elf.EM_AARCH64)) }, "not an x86-64"},
		{"core file", func(b []byte) { binary.LittleEndian.PutUint16(b[16:], uint16(elf.ET_CORE)) }, "not an object"},
		{"not ELF", func(b []byte) { b[1] = 'X' }, "not an ELF file"},
		{"bad version", func(b []byte) { b[6] = 9 }, "malformed ELF file"},
	} {
		b := append([]byte(nil), good...)
		tc.patch(b)
		if _, err := analyzeBytes(t, b); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
	// No symbol table at all (a stripped file).
	if _, err := analyzeBytes(t, good[:0]); err == nil {
		t.Error("empty file accepted")
	}
}

// A compressed code section is not decompressed (it could claim any
// size): its functions' frames are unknown.
func TestCompressedCode(t *testing.T) {
	var e tELF
	sec := e.addSection(tSection{name: "tc", typ: elf.SHT_PROGBITS, flags: textFlags | elf.SHF_COMPRESSED,
		data: append([]byte{1, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, 0x78, 0x9c, 3, 0)})
	e.symbols = append(e.symbols, tSymbol{name: "entry", sec: sec, size: 1, typ: elf.STT_FUNC, bind: elf.STB_GLOBAL})
	res, err := analyzeBytes(t, e.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 1 || res.Entries[0].Bounded || len(res.Entries[0].UnknownFrames) != 1 ||
		!strings.Contains(res.Entries[0].UnknownFrames[0].Why, "compressed") {
		t.Errorf("compressed code: %s", reportOf(res))
	}
}

// BenchmarkAnalyzeChain analyses a 10000-function call chain (decoding,
// stack and register tracking, the call graph, the report).
func BenchmarkAnalyzeChain(b *testing.B) {
	data := chainObject(10000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		res, err := Analyze("chain.o", bytes.NewReader(data), Options{})
		if err != nil || len(res.Entries) != 1 {
			b.Fatal(err)
		}
	}
}

// A loop whose head is the function's first instruction is control flow,
// not a tail call to itself: no recursion.
func TestLoopToFunctionStart(t *testing.T) {
	var e tELF
	code := []byte{
		0x48, 0xff, 0xcf, // dec %rdi
		0x75, 0xfb, // jne <start>
		0xc3, // ret
	}
	sec := e.addSection(tSection{name: "tc", typ: elf.SHT_PROGBITS, flags: textFlags, data: code})
	e.symbols = append(e.symbols, tSymbol{name: "loop", sec: sec, size: uint64(len(code)), typ: elf.STT_FUNC, bind: elf.STB_GLOBAL})
	res, err := analyzeBytes(t, e.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if en := res.Entries[0]; !en.Bounded || en.Bytes != 0 || len(en.Cycles) != 0 {
		t.Errorf("loop: %s", reportOf(res))
	}
	// The same loop after a push does not return to the start at the
	// entry's depth: the stack pointer is not known there any more.
	code = append([]byte{0x55}, code...) // push %rbp
	code[5] = 0xfa                       // jne <start> (one byte further back)
	e.sections[0].data = code
	e.symbols[0].size = uint64(len(code))
	res, err = analyzeBytes(t, e.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if en := res.Entries[0]; en.Bounded || len(en.UnknownFrames) != 1 {
		t.Errorf("pushing loop: %s", reportOf(res))
	}
}
