package toplevel

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/scanner"
	"github.com/iu-entry/iu-entry/irpass/source"
)

// bodyEnd is the end of a function body as LLVM's lexer sees it, written
// the plain way, a byte at a time: b[i:] follows the body's '{'. It is
// what skipBody's searches must agree with.
func bodyEnd(b []byte, i int) (int, bool) {
	depth := 1
	for i < len(b) {
		switch c := b[i]; {
		case c == '"':
			k := bytes.IndexByte(b[i+1:], '"')
			if k < 0 {
				return 0, false
			}
			i += k + 2
			continue
		case c == ';':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
			continue
		case c == '/' && i+1 < len(b) && b[i+1] == '*':
			end, ok := scanner.CommentEnd(b, i+2)
			if !ok {
				return 0, false
			}
			i = end
			continue
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return i + 1, true
			}
		}
		i++
	}
	return 0, false
}

// checkBody reads "define void @f() {" body "}" and a global after it, in
// one window and in windows as small as can be, and checks the body's end
// and the global's line against bodyEnd.
func checkBody(t *testing.T, body string) {
	t.Helper()
	head := "define void @f() {"
	src := head + body + "}\n@z = global i32 0\n"
	end, ok := bodyEnd([]byte(src), len(head))
	for _, small := range []bool{false, true} {
		var undo func()
		if small {
			undo = SetMinReadForTest(1)
		}
		r := NewReader(source.New(strings.NewReader(src), int64(len(src))))
		var ents []*Entity
		var err error
		for {
			var e *Entity
			e, err = r.Next()
			if err != nil || e == nil {
				break
			}
			c := *e
			ents = append(ents, &c)
		}
		if undo != nil {
			undo()
		}
		where := fmt.Sprintf("body %q (small reads %v)", body, small)
		switch {
		case !ok:
			// The body never ends (an open string or comment, or braces
			// that never close): the reader must say so.
			if err == nil {
				t.Fatalf("%s: no error, the body never ends", where)
			}
		case end == len(head)+len(body)+1:
			// It ends at the '}' after it: the global follows.
			if err != nil || len(ents) != 2 {
				t.Fatalf("%s: %d entities, error %v", where, len(ents), err)
			}
			if ents[0].BodyEnd != int64(end) {
				t.Fatalf("%s: body ends at %d, want %d", where, ents[0].BodyEnd, end)
			}
			if want := 1 + strings.Count(src[:strings.LastIndex(src, "@z")], "\n"); ents[1].Line != want {
				t.Fatalf("%s: @z on line %d, want %d", where, ents[1].Line, want)
			}
		default:
			// It ends earlier, and what follows is not IR: the body's end
			// is right if the reader got to say it.
			if len(ents) > 0 && ents[0].BodyEnd != int64(end) {
				t.Fatalf("%s: body ends at %d, want %d", where, ents[0].BodyEnd, end)
			}
		}
	}
}

// skipBody agrees with the plain reading on bodies made of the bytes that
// matter, in every order.
func TestSkipBodyAgrees(t *testing.T) {
	for _, body := range []string{
		"\n  ret void\n",
		"\nbb1:  ; preds = %start\n  ret void ; }\n",
		"\n  ; } \" {\n  ret void\n",
		"\n  ; } \r }",
		"\n  call void asm \"}\", \"\"() ; \" }\n",
		"\n  /* } ; \" */ ret void /* { */\n",
		"\n  /* **/ } */\n",
		"\n  %a = alloca { i32, { i8 } }\n",
		"\n  store i8 1, ptr @\"a;}b\"\n",
		"\n  / } \n",
		"\n  %x = load i8, ptr @g ;",
	} {
		checkBody(t, body)
	}
	// Every string of up to four of the bytes that matter.
	alphabet := []string{"{", "}", "\"", ";", "/", "*", "\n", "\r", " x"}
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		checkBody(t, prefix)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			gen(prefix+a, n-1)
		}
	}
	gen("", 4)
}

func FuzzSkipBody(f *testing.F) {
	for _, s := range []string{"\nbb1: ; preds = %a\n  ret void\n", "/* ; */ \" } \" ;\r}", "{ { } ; }\n }"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkBody(t, body)
	})
}
