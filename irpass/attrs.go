package irpass

import (
	"strings"

	"github.com/iu-entry/iu-entry/irpass/scanner"
)

// An attr is one item of an attribute group, kept as its tokens' text,
// with the key that identifies it (the keyword, or the string before
// '='), and the decoded string after '=', if there is one.
type attr struct {
	key   string
	text  string
	value string
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
		first := c.I
		t := c.Next()
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
		var value string
		if c.Accept("=") {
			if v := c.Next(); v.Kind == scanner.String {
				value = string(scanner.StringValue(line, v))
			}
		}
		items = append(items, attr{key, tokensText(line, c.Toks[first:c.I]), value})
	}
	return items, nil
}

// tokensText is the text of toks, from line, as one line: the tokens'
// own bytes, with a blank where anything (blanks, a line break, a
// comment) lay between two of them. An item is copied into the entry's
// attribute group, on a line of its own: its source text, with a ';'
// comment and a line break inside, would comment out the rest of the
// group (found by difffuzz, token-gap).
func tokensText(line []byte, toks []scanner.Token) string {
	var b []byte
	for i, t := range toks {
		if i > 0 && t.Off > toks[i-1].End {
			b = append(b, ' ')
		}
		b = append(b, line[t.Off:t.End]...)
	}
	return string(b)
}

// inherited lists, from the LangRef's function attributes, those the entry
// point takes over from the user's prog function: the ones that describe
// the target and how code is generated for it (CPU, stack probing and
// protection, unwind tables, patching and instrumentation hooks, the
// floating-point environment, sanitizers), which must be the same for the
// entry as for the code it calls. Everything else is a fact about the
// prog function's own body or its callers — what memory it touches, that
// it returns or does not recurse, how it may be inlined or optimized
// (noinline, optnone, alwaysinline), how its address is used (jumptable
// needs unnamed_addr), its calling interface (naked, noreturn, the SME and
// GPU attributes) — and does not hold for an entry that calls into the
// runtime, or would make the entry invalid; so is an attribute this list
// does not know, which a newer LLVM may add: an allow-list errs on the
// side of a valid entry.
//
// Set by entryAttrs itself, not inherited: nounwind, noredzone,
// nonlazybind, "frame-pointer", "target-features" (merged), "target-cpu"
// (inherited, or x86-64).
var inherited = map[string]bool{
	// The target and its tuning.
	`"target-cpu"`: true, `"tune-cpu"`: true, `"prefer-vector-width"`: true, "vscale_range": true,
	"noimplicitfloat": true, `"target-abi"`: true, `"reciprocal-estimates"`: true,
	// The stack: probing, alignment, protection.
	`"probe-stack"`: true, `"stack-probe-size"`: true, `"no-stack-arg-probe"`: true, "alignstack": true,
	"stackrealign": true, `"stackrealign"`: true, "ssp": true, "sspstrong": true, "sspreq": true,
	`"stack-protector-buffer-size"`: true, "safestack": true, "shadowcallstack": true,
	`"warn-stack-size"`: true,
	// Unwind tables, returns and hardening.
	"uwtable": true, "fn_ret_thunk_extern": true, `"indirect-tls-seg-refs"`: true,
	"speculative_load_hardening": true, `"zero-call-used-regs"`: true,
	`"branch-target-enforcement"`: true, `"sign-return-address"`: true, `"sign-return-address-key"`: true,
	`"branch-protection-pauth-lr"`: true, `"guarded-control-stack"`: true,
	// Patching, tracing and instrumentation hooks the kernel may rely on.
	`"patchable-function"`: true, `"patchable-function-entry"`: true, `"patchable-function-prefix"`: true,
	`"instrument-function-entry"`: true, `"instrument-function-exit"`: true,
	`"instrument-function-entry-inlined"`: true, `"instrument-function-exit-inlined"`: true,
	`"fentry-call"`: true, `"mnop-mcount"`: true, `"mrecord-mcount"`: true, `"function-instrument"`: true,
	`"xray-instruction-threshold"`: true, "noprofile": true, "skipprofile": true,
	// Sanitizers.
	"sanitize_address": true, "sanitize_memory": true, "sanitize_thread": true,
	"sanitize_hwaddress": true, "sanitize_memtag": true, "sanitize_numerical_stability": true,
	"sanitize_realtime": true, "sanitize_type": true, "nosanitize_bounds": true,
	"nosanitize_coverage": true, "disable_sanitizer_instrumentation": true,
	// The floating-point environment and how code may treat it.
	`"denormal-fp-math"`: true, `"denormal-fp-math-f32"`: true, `"no-trapping-math"`: true,
	`"use-soft-float"`: true, `"unsafe-fp-math"`: true, `"no-infs-fp-math"`: true,
	`"no-nans-fp-math"`: true, `"no-signed-zeros-fp-math"`: true, `"approx-func-fp-math"`: true,
	`"less-precise-fpmad"`: true,
	// The address space and how code is laid out.
	"null_pointer_is_valid": true, "optsize": true, "minsize": true, "optforfuzzing": true,
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
			features = strings.Split(a.value, ",")
		case inherited[a.key]:
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
	out = append(out, `"target-features"=`+scanner.Quote(strings.Join(kept, ",")))
	return strings.Join(out, " ")
}
