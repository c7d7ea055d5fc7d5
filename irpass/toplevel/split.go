package toplevel

import (
	"bytes"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// SplitPoint looks for an offset where a second reader of the module can
// start (NewReaderAt), so that two can read it at once: in the window
// bytes from offset from on, the start of the line after a line that is
// only "}" (the end of a function body as every LLVM prints it), from
// which blank and ';' comment lines lead to a line that starts with
// "define ".
//
// The bytes are looked at without their context, so the offset is only a
// candidate: it may lie in a string, a comment or a group that began
// earlier. It is a definition's boundary when a reader of the module up to
// it (a Source that ends there) reaches that end without an error: the
// reader then ends in the state a reader of the whole module is in at the
// offset, outside any definition's text, with no token held, and the
// "define" that follows begins a definition in both (keywords always do).
// The caller checks that; irpass reads again from the start otherwise.
func SplitPoint(src *source.Source, from int64, window int) (int64, bool) {
	if from < 0 || from >= src.Size() {
		return 0, false
	}
	buf := make([]byte, min(int64(window), src.Size()-from))
	n, _ := src.ReadAt(buf, from)
	b := buf[:n]
	for i := 0; ; {
		k := bytes.Index(b[i:], closingLine)
		if k < 0 {
			return 0, false
		}
		at := i + k + len(closingLine)
		p := at
		for p < len(b) && (b[p] == '\n' || b[p] == ';') {
			if b[p] == ';' {
				e := bytes.IndexByte(b[p:], '\n')
				if e < 0 {
					return 0, false
				}
				p += e
			}
			p++
		}
		if bytes.HasPrefix(b[p:], defineWord) {
			return from + int64(at), true
		}
		i = at - 1 // the newline that ended the line may start the next "\n}\n"
	}
}

var (
	closingLine = []byte("\n}\n")
	defineWord  = []byte("define ")
)
