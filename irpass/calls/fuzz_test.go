package calls

import (
	"reflect"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// scanBoth scans src's body with and without skim: the two lexers of the
// package must agree on every byte. Each reads a source of its own, so
// that both see the same windows (a site's LineOff is known only where
// the window holds the start of its line).
func scanBoth(t *testing.T, src string, open int64) {
	t.Helper()
	fast, ferr := Scan(source.New(strings.NewReader(src), int64(len(src))), open)
	skimming = false
	slow, serr := Scan(source.New(strings.NewReader(src), int64(len(src))), open)
	skimming = true
	if (ferr == nil) != (serr == nil) || ferr != nil && ferr.Error() != serr.Error() {
		t.Fatalf("errors differ: skim %v, next %v", ferr, serr)
	}
	if !reflect.DeepEqual(fast, slow) {
		if fast != nil && slow != nil {
			for i := range fast.Sites {
				if i < len(slow.Sites) && !reflect.DeepEqual(fast.Sites[i], slow.Sites[i]) {
					t.Fatalf("site %d differs:\nskim %+v\nnext %+v", i, fast.Sites[i], slow.Sites[i])
				}
			}
		}
		t.Fatalf("sites differ:\nskim %+v\nnext %+v", fast, slow)
	}
}

// A site's LineOff is where its line starts, whatever the sizes of the
// windows the source reads (the lexer keeps the mark's line).
func TestLineOffAnyWindow(t *testing.T) {
	src, _ := bigBody(300)
	open := int64(strings.Index(src, "{"))
	for _, size := range []int{1, 7, 100, 4096, 1 << 20} {
		undo := source.SetBufferForTest(size)
		body, err := Scan(source.New(strings.NewReader(src), int64(len(src))), open)
		undo()
		if err != nil {
			t.Fatal(err)
		}
		for _, site := range body.Sites {
			if want := int64(strings.LastIndexByte(src[:site.Off], '\n') + 1); site.LineOff != want {
				t.Fatalf("windows of %d bytes: site at %d: LineOff %d, want %d", size, site.Off, site.LineOff, want)
			}
		}
	}
}

func TestSkimAgreesWithNext(t *testing.T) {
	src, _ := bigBody(3000)
	scanBoth(t, src, int64(strings.Index(src, "{")))
}

// FuzzScan: any bytes after a '{' scan without a panic, in bounded time,
// the same way with and without skim; the sites and the global names lie
// in the body, in order.
func FuzzScan(f *testing.F) {
	for _, seed := range []string{
		"{\n  %r = tail call i32 @f(i32 1)\n  ret i32 %r\n}\n",
		"{\n  call void asm sideeffect \"cmpq %gs:iu_stack_limit, %rsp\\0Ajb iu_stack_overflow\", \"~{dirflag},~{fpsr},~{flags}\"() #3, !srcloc !4\n  %x = call i64 %fp() ; call\n}",
		"{\n  %x =\n tail /* c */ call { i32, i64 } (ptr, ...) bitcast (ptr @g to ptr)(ptr @\"call\")\n}",
		"{ invoke void @f() to label %a unwind label %b\na:\n callbr void asm \"\", \"!i\"() to label %c [label %d]\n #dbg_value(i32 0, !1, !DIExpression(), !2)\n}",
		"{ call void getelementptr inbounds (i8, ptr @f, i64 0)() call:\n ret void }",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if !strings.HasPrefix(body, "{") {
			body = "{" + body
		}
		scanBoth(t, body, 0)
		b, err := Scan(source.New(strings.NewReader(body), int64(len(body))), 0)
		if err != nil {
			return
		}
		last := int64(-1)
		for _, s := range b.Sites {
			if s.Off <= last || s.Off > s.OpOff || s.OpOff >= b.End {
				t.Fatalf("site out of order or outside the body: %+v (end %d)", s, b.End)
			}
			last = s.Off
		}
		last = -1
		for _, r := range b.Refs {
			if r.Off <= last || r.End > b.End || body[r.Off] != '@' {
				t.Fatalf("global name out of order, outside the body or not one: %+v (end %d)", r, b.End)
			}
			last = r.Off
		}
	})
}
