package toplevel

import (
	"bytes"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// SplitPoint looks for an offset where another reader of the module can
// start (NewReaderAt), so that two can read it at once. In the len(buf)
// bytes from offset from on (read into buf), it looks for the first of
// the following (reading firstWindow bytes first, which usually hold one):
//
//   - a line that starts with "define ", reached through blank and ';'
//     comment lines from a line that is only "}" (the end of a function
//     body as every LLVM prints it): the split point is the start of the
//     line after the "}";
//   - a line that starts with a metadata node's number and " = " ("!12 = "),
//     right after a line that starts with '!' and ends with ')' or '}' (a
//     whole metadata definition, as LLVM prints one a line): the split
//     point is the start of that line. The metadata that ends every module
//     with debug information is a large part of it.
//
// The bytes are looked at without their context, so the offset is only a
// candidate: it may lie in a string, a comment or a group that began
// earlier. It is a definition's boundary when a reader of the module up to
// it (a Source that ends there) reaches that end without an error: the
// reader then ends in the state a reader of the whole module is in at the
// offset, outside any definition's text, with no token held, and what
// follows begins a definition in both: "define" is a keyword that always
// does, and no definition goes on with a metadata number after its last
// token (a global's attachments follow a ',', a declaration's follow the
// word "declare"). The caller checks that; irpass reads again from the
// start otherwise.
func SplitPoint(src *source.Source, from int64, buf []byte) (int64, bool) {
	if from < 0 || from >= src.Size() {
		return 0, false
	}
	want := min(int64(len(buf)), src.Size()-from)
	if first := min(want, firstWindow); first < want {
		n, _ := src.ReadAt(buf[:first], from)
		if at, ok := splitPointIn(buf[:n], from); ok {
			return at, true
		}
	}
	n, _ := src.ReadAt(buf[:want], from)
	return splitPointIn(buf[:n], from)
}

// firstWindow is how much SplitPoint reads first: a read of 64 KiB where
// a few functions' worth would do costs time and, the first time, faults
// on the buffer's pages.
const firstWindow = 8 << 10

// splitPointIn looks for a split point in b, the bytes from offset from.
func splitPointIn(b []byte, from int64) (int64, bool) {
	// The first line may have begun before from: only the lines after it
	// are looked at.
	p := bytes.IndexByte(b, '\n') + 1
	if p == 0 {
		return 0, false
	}
	braceEnd := -1  // the start of the line after a "}" line, if only blank and comment lines followed
	prevMD := false // the line before p was a whole metadata definition
	for p < len(b) {
		e := bytes.IndexByte(b[p:], '\n')
		line := b[p:]
		if e >= 0 {
			line = b[p : p+e]
		}
		switch {
		case braceEnd >= 0 && bytes.HasPrefix(line, defineWord):
			return from + int64(braceEnd), true
		case prevMD && isMetadataNodeStart(line):
			return from + int64(p), true
		}
		if e < 0 {
			return 0, false // a line the window does not hold whole
		}
		switch {
		case len(line) == 0 || line[0] == ';':
			// A blank or comment line keeps a "}" line's candidate.
		case len(line) == 1 && line[0] == '}':
			braceEnd = p + e + 1
		default:
			braceEnd = -1
		}
		last := byte(0)
		if len(line) > 0 {
			last = line[len(line)-1]
		}
		prevMD = len(line) > 0 && line[0] == '!' && (last == ')' || last == '}')
		p += e + 1
	}
	return 0, false
}

// isMetadataNodeStart reports whether line starts with "!", decimal
// digits and " = ", as a numbered metadata node's definition does.
func isMetadataNodeStart(line []byte) bool {
	i := 1
	for i < len(line) && '0' <= line[i] && line[i] <= '9' {
		i++
	}
	return len(line) > 0 && line[0] == '!' && i > 1 && bytes.HasPrefix(line[i:], []byte(" = "))
}

var defineWord = []byte("define ")
