package irpass

import (
	"strings"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// An attr is one item of an attribute group, kept as its source text, with
// the key that identifies it (the keyword, or the string before '=').
type attr struct {
	key  string
	text string
}

// parseAttrGroup splits the body of "attributes #N = { … }" into items.
func parseAttrGroup(l *sourceText) ([]attr, error) {
	c, err := l.cursor()
	if err != nil {
		return nil, err
	}
	line := c.Line
	c.Next() // attributes
	c.Next() // #N
	if _, err := c.Expect("="); err != nil {
		return nil, err
	}
	if _, err := c.Expect("{"); err != nil {
		return nil, err
	}
	var items []attr
	for !c.Is("}") {
		t := c.Next()
		start := t.Off
		var key string
		switch t.Kind {
		case scanner.String:
			key = `"` + string(scanner.StringValue(line, t)) + `"`
		case scanner.Keyword:
			key = c.Text(t)
			if _, err := c.SkipGroup(); err != nil {
				return nil, err
			}
		default:
			return nil, c.Unexpected(t, "an attribute")
		}
		if c.Accept("=") {
			c.Next()
		}
		items = append(items, attr{key, string(line[start:c.Toks[c.I-1].End])})
	}
	return items, nil
}

// notInherited lists the prog function's attributes that the entry point
// does not take over. Most state facts about the body they are attached to
// (what memory it touches, that it returns, that it does not recurse, how
// to inline it); they hold for the user's function, not for an entry point
// that calls into the runtime. The rest are the ones entryAttrs sets
// itself. Attributes that describe the target and code generation
// (target-cpu, probe-stack, uwtable, …) are inherited.
var notInherited = map[string]bool{
	"alwaysinline": true, "naked": true, "noreturn": true, "returns_twice": true,
	"readnone": true, "readonly": true, "writeonly": true, "argmemonly": true,
	"inaccessiblememonly": true, "inaccessiblemem_or_argmemonly": true, "memory": true,
	"speculatable": true, "willreturn": true, "nosync": true, "nofree": true,
	"norecurse": true, "mustprogress": true, "allocsize": true, "allockind": true,
	`"alloc-family"`: true, "builtin": true, "nocallback": true, "cold": true, "hot": true,
	// set by entryAttrs
	"nounwind": true, "noredzone": true, "nonlazybind": true, `"frame-pointer"`: true,
	`"target-features"`: true,
}

// simdFeatures are turned off in every entry point: kernel code must not
// touch the FPU/SIMD state without kernel_fpu_begin.
var simdFeatures = []string{"sse", "sse2", "sse3", "ssse3", "sse4.1", "sse4.2", "sse4a", "avx", "avx2", "crc32"}

// entryAttrs builds the entry point's attribute list from the user's prog
// function attributes.
func entryAttrs(base []attr) string {
	var out []string
	var features []string
	hasCPU := false
	for _, a := range base {
		switch {
		case a.key == `"target-features"`:
			if _, v, ok := strings.Cut(a.text, "="); ok {
				features = strings.Split(strings.Trim(strings.TrimSpace(v), `"`), ",")
			}
		case notInherited[a.key]:
		default:
			if a.key == `"target-cpu"` {
				hasCPU = true
			}
			out = append(out, a.text)
		}
	}
	out = append(out, "noredzone", "nounwind", "nonlazybind", `"frame-pointer"="all"`)
	if !hasCPU {
		out = append(out, `"target-cpu"="x86-64"`)
	}
	simd := map[string]bool{}
	for _, f := range simdFeatures {
		simd[f] = true
	}
	var kept []string
	for _, f := range features {
		if f == "" || simd[strings.TrimLeft(f, "+-")] {
			continue
		}
		kept = append(kept, f)
	}
	for _, f := range simdFeatures {
		kept = append(kept, "-"+f)
	}
	out = append(out, `"target-features"="`+strings.Join(kept, ",")+`"`)
	return strings.Join(out, " ")
}
