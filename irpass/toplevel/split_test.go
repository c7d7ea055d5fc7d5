package toplevel

import (
	"bytes"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/source"
)

func TestSplitPoint(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       int // offset in text, -1 for none
	}{
		{"after a body", "x\n}\ndefine void @f() {", 4},
		{"blank and comment lines between", "x\n}\n\n; f\n;\n\ndefine void @f() {", 4},
		{"the first of two", "\n}\ndefine a\n}\ndefine b", 3},
		{"a '}' line shared by two candidates", "\n}\n}\ndefine x", 5},
		{"not define", "x\n}\ndeclare void @f()\n", -1},
		{"an indented brace", "x\n }\ndefine void @f()", -1},
		{"CRLF lines", "x\r\n}\r\ndefine void @f()", -1},
		{"a comment with no end in the window", "x\n}\n; no end", -1},
		{"nothing", "define void @f() {\n", -1},
		{"between metadata nodes", "x\n!1 = !{}\n!2 = !DILocation(line: 1)\n", 11},
		{"after named metadata", "x\n!llvm.ident = !{!0}\n!0 = !{}\n", 22},
		{"a node split over lines", "x\n!1 = !{!2,\n!3}\n!4 = !{}\n", 17},
		{"not a node number", "x\n!1 = !{}\n!a = !{}\n", -1},
		{"no space before =", "x\n!1 = !{}\n!2= !{}\n", -1},
		{"first line partial", "!1 = !{}\n!2 = !{}\n", -1},
		{"a body first", "x\n}\n!1 = !{}\n!2 = !{}\ndefine void @f()", 13},
	} {
		src := source.New(bytes.NewReader([]byte(c.text)), int64(len(c.text)))
		got, ok := SplitPoint(src, 0, make([]byte, 1<<10))
		if !ok {
			got = -1
		}
		if int(got) != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// SplitPoint reads a first window and then the whole buffer: it finds
// the split point a look at the whole buffer finds, wherever it lies
// (before, across and after the first window's end, or nowhere).
func TestSplitPointWindows(t *testing.T) {
	fn := "define void @f() {\n  ret void\n}\n"
	for _, fill := range []int{0, 1, firstWindow - 40, firstWindow - 5, firstWindow, firstWindow + 3, 3 * firstWindow, 1 << 16} {
		text := []byte("x\n" + strings.Repeat("; .........\n", fill/12) + fn + fn)
		src := source.New(bytes.NewReader(text), int64(len(text)))
		for _, size := range []int{1 << 10, firstWindow, firstWindow + 1, 1 << 16} {
			buf := make([]byte, size)
			got, ok := SplitPoint(src, 0, buf)
			whole := buf[:min(len(buf), len(text))]
			copy(whole, text)
			want, wantOK := splitPointIn(whole, 0)
			if got != want || ok != wantOK {
				t.Errorf("fill %d, buffer %d: SplitPoint = %d, %v; one look at the buffer: %d, %v", fill, size, got, ok, want, wantOK)
			}
		}
	}
}
