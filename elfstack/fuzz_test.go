package elfstack

import (
	"bytes"
	"debug/elf"
	"io"
	"testing"
)

// FuzzAnalyze feeds arbitrary bytes to the analysis: it must not panic,
// and what it reports must add up. Seeds: small objects made here, and
// llc objects in testdata/fuzz/FuzzAnalyze, made from this package's test
// IR (the go test fuzz v1 encoding of the object's bytes) with
//
//	llc-22 -O2 -filetype=obj -stack-size-section -relocation-model=static -code-model=kernel tail.ll
//	llc-14 -O2 -filetype=obj -stack-size-section -relocation-model=pic indirect.ll
//	llc-22 -O2 -filetype=obj -stack-size-section -function-sections recursion.ll
func FuzzAnalyze(f *testing.F) {
	f.Add(chainObject(4))
	var e tELF
	text := e.addSection(tSection{name: "tc", typ: elf.SHT_PROGBITS, flags: textFlags,
		data: []byte{0x55, 0x48, 0x89, 0xe5, 0xe8, 0, 0, 0, 0, 0xff, 0xd0, 0x5d, 0xc3}})
	sizes := e.addSection(tSection{name: ".stack_sizes", typ: elf.SHT_PROGBITS, flags: elf.SHF_LINK_ORDER,
		data: stackSizesData(8), link: uint32(text)})
	e.symbols = append(e.symbols, tSymbol{name: "entry", sec: text, size: 13, typ: elf.STT_FUNC, bind: elf.STB_GLOBAL})
	e.addRela(sizes, []tReloc{{off: 0, typ: elf.R_X86_64_64, sym: 1}})
	e.addRela(text, []tReloc{{off: 5, typ: elf.R_X86_64_PLT32, sym: 1, addend: -4}})
	f.Add(e.bytes())

	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Analyze("fuzz.o", bytes.NewReader(data), Options{})
		if err != nil {
			return
		}
		res.Check(DefaultBudget)
		res.WriteSummary(io.Discard)
		res.WriteReport(io.Discard, DefaultBudget)
		if err := WriteJSON(io.Discard, DefaultBudget, []*Result{res}); err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Entries {
			if e.Incomplete || len(e.Path) == 0 {
				continue
			}
			// The path's steps and its last frame add up to the figure
			// (saturating: hostile sizes may not fit).
			var sum int64
			for _, f := range e.Path[:len(e.Path)-1] {
				sum = satAdd(sum, f.Depth)
			}
			sum = satAdd(sum, e.Path[len(e.Path)-1].Frame)
			if sum != e.Bytes {
				t.Fatalf("%s: path adds up to %d, figure %d: %s", e.Name, sum, e.Bytes, PathString(e.Path))
			}
		}
	})
}

func satAdd(a, b int64) int64 {
	if a > 1<<62 || b > 1<<62 || a+b > 1<<62 {
		return a + b // the analysis saturates only near MaxInt64; compare as is
	}
	return a + b
}
