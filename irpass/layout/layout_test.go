package layout

import (
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

const x8664 = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

func decode(t testing.TB, dl *DataLayout, src string) (*Image, error) {
	t.Helper()
	c, err := scanner.NewCursor([]byte(src))
	if err != nil {
		return nil, err
	}
	ty, err := ParseType(c)
	if err != nil {
		return nil, err
	}
	img, err := (&Decoder{DL: dl}).Decode(c, ty)
	if err == nil && c.Peek().Kind != scanner.EOF {
		err = fmt.Errorf("trailing tokens after the constant")
	}
	return img, err
}

func relocString(img *Image) string {
	var parts []string
	for _, r := range img.Relocs {
		parts = append(parts, fmt.Sprintf("%d:%s%+d", r.Off, r.Sym, r.Addend))
	}
	return strings.Join(parts, " ")
}

// The shapes rustc has been seen to lower program objects to, in both
// pointer dialects, and the constant expressions it uses for addresses.
func TestDecodeShapes(t *testing.T) {
	dl, err := ParseDataLayout(x8664)
	if err != nil {
		t.Fatal(err)
	}
	dl.Resolve = func(name string) (*Type, error) {
		if name == "pair" {
			return &Type{Kind: Struct, Fields: []*Type{{Kind: Int, Bits: 8}, {Kind: Int, Bits: 64}}}, nil
		}
		return nil, fmt.Errorf("unknown %s", name)
	}
	cases := []struct {
		name, src, bytes, relocs string
	}{
		{"opaque packed", `<{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @f, ptr @s, [8 x i8] c"\08\00\00\00\00\00\00\00" }>`,
			"0500000000000000" + "0000000000000000" + "0000000000000000" + "0800000000000000", "8:f+0 16:s+0"},
		{"length merged with the next field", `<{ [8 x i8], ptr, ptr, [16 x i8] }> <{ [8 x i8] c"\02\00\00\00\00\00\00\00", ptr @f, ptr @s, [16 x i8] c"\0c\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00" }>`,
			"0200000000000000" + strings.Repeat("00", 16) + "0c00000000000000" + "0100000000000000", "8:f+0 16:s+0"},
		{"typed bitcast and gep into <{ [N x i8] }>", `<{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%T*, %C*)* @f to i8*), i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\08\00\00\00\00\00\00\00" }>`,
			"0500000000000000" + strings.Repeat("00", 16) + "0800000000000000", "8:f+0 16:alloc3+0"},
		{"byte-offset gep", `<{ ptr, ptr }> <{ ptr getelementptr inbounds (i8, ptr @s, i64 8), ptr getelementptr inbounds nuw (i8, ptr @s, i64 3) }>`,
			strings.Repeat("00", 16), "0:s+8 8:s+3"},
		{"typed gep into an array", `<{ i8* }> <{ i8* getelementptr inbounds ([10 x i8], [10 x i8]* @s, i64 0, i64 4) }>`,
			strings.Repeat("00", 8), "0:s+4"},
		{"gep through a named struct", `<{ i8* }> <{ i8* bitcast (i64* getelementptr inbounds (%pair, %pair* @p, i64 1, i32 1) to i8*) }>`,
			strings.Repeat("00", 8), "0:p+24"},
		{"undef padding", `<{ [8 x i8], [3 x i8], i8 }> <{ [8 x i8] c"\07\00\00\00\00\00\00\00", [3 x i8] undef, i8 9 }>`,
			"0700000000000000" + "000000" + "09", ""},
		{"zeroinitializer and poison parts", `<{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] poison }>`,
			strings.Repeat("00", 16), ""},
		{"non-packed struct padding", `{ i8, i64 } { i8 1, i64 -2 }`,
			"01" + strings.Repeat("00", 7) + "feffffffffffffff", ""},
		{"integers and arrays", `[2 x i32] [i32 305419896, i32 -1]`, "78563412ffffffff", ""},
		{"inttoptr and null", `{ ptr, ptr } { ptr inttoptr (i64 4096 to ptr), ptr null }`, "0010000000000000" + strings.Repeat("00", 8), ""},
		{"ptrtoint keeps the symbol", `{ i64 } { i64 ptrtoint (ptr @f to i64) }`, strings.Repeat("00", 8), "0:f+0"},
		{"string", `[5 x i8] c"a\\b\22"`, "615c6222" + "", ""},
	}
	// The last case has 4 bytes of text in a 5-byte type: it must fail.
	for _, tc := range cases[:len(cases)-1] {
		t.Run(tc.name, func(t *testing.T) {
			img, err := decode(t, dl, tc.src)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got := hex.EncodeToString(img.Bytes); got != tc.bytes {
				t.Errorf("bytes\n got %s\nwant %s", got, tc.bytes)
			}
			if got := relocString(img); got != tc.relocs {
				t.Errorf("relocs: got %q, want %q", got, tc.relocs)
			}
		})
	}
	if _, err := decode(t, dl, cases[len(cases)-1].src); err == nil {
		t.Errorf("a string shorter than its type was accepted")
	}
}

func TestUndefIsTracked(t *testing.T) {
	img, err := decode(t, DefaultDataLayout(), `<{ [8 x i8], [8 x i8] }> <{ [8 x i8] undef, [8 x i8] c"\01\00\00\00\00\00\00\00" }>`)
	if err != nil {
		t.Fatal(err)
	}
	if !img.Undef(0, 8) || img.Undef(8, 8) {
		t.Errorf("undef bytes not tracked: %v %v", img.Undef(0, 8), img.Undef(8, 8))
	}
}

func TestBigEndian(t *testing.T) {
	dl, _ := ParseDataLayout("E-p:32:32")
	img, err := decode(t, dl, `{ i32, ptr } { i32 1, ptr @x }`)
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(img.Bytes); got != "0000000100000000" {
		t.Errorf("got %s", got)
	}
	if dl.PtrSize() != 4 {
		t.Errorf("pointer size %d", dl.PtrSize())
	}
}

func TestDecodeRefusals(t *testing.T) {
	dl, _ := ParseDataLayout(x8664)
	for _, src := range []string{
		`{ i64 } { i64 sub (i64 ptrtoint (ptr @a to i64), i64 ptrtoint (ptr @b to i64)) }`,
		`{ i32 } { i32 ptrtoint (ptr @a to i32) }`,
		`[2 x i8] [i8 1]`,
		`[1 x i8] [i8 1, i8 2]`,
		`{ i8 } { i8 blockaddress(@f, %bb) }`,
		`[1099511627776 x i8] zeroinitializer`,
		`{ %undefined } zeroinitializer`,
		`<{ ptr }> <{ ptr getelementptr (i8, ptr @s, ptr @t) }>`,
	} {
		if _, err := decode(t, dl, src); err == nil {
			t.Errorf("accepted %s", src)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`<{ [8 x i8], ptr, ptr, [8 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", ptr @f, ptr @s, [8 x i8] c"\08\00\00\00\00\00\00\00" }>`)
	f.Add(`<{ [8 x i8], i8*, i8*, [8 x i8] }> <{ [8 x i8] c"\05\00\00\00\00\00\00\00", i8* bitcast (i32 (%T*, %C*)* @f to i8*), i8* getelementptr inbounds (<{ [8 x i8] }>, <{ [8 x i8] }>* @alloc3, i32 0, i32 0, i32 0), [8 x i8] c"\08\00\00\00\00\00\00\00" }>`)
	f.Add(`{ i8, <2 x i64>, [2 x { float, double }] } { i8 1, <2 x i64> <i64 1, i64 2>, [2 x { float, double }] [{ float, double } { float 1.5, double 0x3FF0000000000000 }, { float, double } zeroinitializer] }`)
	f.Add(`ptr getelementptr inbounds nuw (i8, ptr @s, i64 -9223372036854775808)`)
	f.Add(`i128 -170141183460469231731687303715884105728`)
	dl, _ := ParseDataLayout(x8664)
	dl.Resolve = func(name string) (*Type, error) {
		return &Type{Kind: Struct, Fields: []*Type{{Kind: Int, Bits: 8}, {Kind: Ptr}}}, nil
	}
	f.Fuzz(func(t *testing.T, src string) {
		img, err := decode(t, dl, src)
		if err == nil && img == nil {
			t.Fatal("no image and no error")
		}
		if err == nil {
			for _, r := range img.Relocs {
				if r.Off < 0 || r.Off+r.Size > int64(len(img.Bytes)) {
					t.Fatalf("relocation %+v outside the %d-byte image", r, len(img.Bytes))
				}
			}
		}
	})
}
