package elfstack

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// A Diagnostic is an error or warning about one entry, in the form
// "FILE: error: entry NAME …".
type Diagnostic struct {
	Error   bool // an error (the entry certainly needs more than the budget); else a warning
	File    string
	Entry   string
	Message string
}

func (d Diagnostic) String() string {
	sev := "warning"
	if d.Error {
		sev = "error"
	}
	return fmt.Sprintf("%s: %s: %s", d.File, sev, d.Message)
}

// maxListed is how many causes a diagnostic names; --report lists all.
const maxListed = 3

// Check judges every entry against the budget: an entry whose worst case,
// or whose lower bound if it has none, exceeds the budget is an error;
// an entry without a static bound is a warning, which says whether
// run-time checks stop each of the things that make it unbounded.
func (r *Result) Check(budget int64) []Diagnostic {
	var out []Diagnostic
	for _, e := range r.Entries {
		d := Diagnostic{File: r.File, Entry: e.Name}
		switch {
		case e.Bounded && e.Bytes > budget:
			d.Error = true
			d.Message = fmt.Sprintf("entry %s needs %d bytes of stack, more than the budget of %d: %s",
				e.Name, e.Bytes, budget, PathString(e.Path))
		case !e.Bounded && e.Bytes > budget:
			d.Error = true
			d.Message = fmt.Sprintf("entry %s needs at least %d bytes of stack, more than the budget of %d, "+
				"even before %s: %s", e.Name, e.Bytes, budget, e.causes(maxListed, nil), PathString(e.Path))
		case !e.Bounded && e.Checked:
			yes := true
			d.Message = fmt.Sprintf("entry %s has no static stack bound (at least %d bytes); "+
				"run-time stack checks stop %s", e.Name, e.Bytes, e.causes(maxListed, &yes))
		case !e.Bounded:
			no := false
			d.Message = fmt.Sprintf("entry %s has no static stack bound (at least %d bytes), "+
				"and no run-time stack check stops %s", e.Name, e.Bytes, e.causes(maxListed, &no))
		default:
			continue
		}
		out = append(out, d)
	}
	return out
}

// causes lists what makes an entry unbounded: all of it if checked is nil,
// else only the causes whose Checked equals *checked.
func (e *Entry) causes(limit int, checked *bool) string {
	var list []string
	want := func(c bool) bool { return checked == nil || c == *checked }
	// Listing everything, say which are checked.
	mark := func(c bool) string {
		switch {
		case checked != nil:
			return ""
		case c:
			return " [checked]"
		}
		return " [not checked]"
	}
	for _, c := range e.Cycles {
		if want(c.Checked) {
			list = append(list, "recursion "+strings.Join(c.Functions, " -> ")+mark(c.Checked))
		}
	}
	for _, s := range e.Indirect {
		if want(s.Checked) {
			list = append(list, fmt.Sprintf("the indirect %s in %s+%#x (%s)%s", callOrJump(s.Jump), s.Function, s.Offset, s.What, mark(s.Checked)))
		}
	}
	for _, s := range e.UnknownCalls {
		if want(s.Checked) {
			list = append(list, fmt.Sprintf("the %s in %s+%#x (%s)%s", callOrJump(s.Jump), s.Function, s.Offset, s.What, mark(s.Checked)))
		}
	}
	for _, u := range e.UnknownFrames {
		if want(false) {
			list = append(list, fmt.Sprintf("%s, whose stack use is unknown (%s)%s", u.Function, u.Why, mark(false)))
		}
	}
	if len(list) > limit {
		list = append(list[:limit], fmt.Sprintf("%d more (see --report)", len(list)-limit))
	}
	return strings.Join(list, "; ")
}

func callOrJump(jump bool) string {
	if jump {
		return "jump"
	}
	return "call"
}

// PathString renders a path as "f (24) -> g (16) -tail-> h (32) -> memcpy
// (external)": each function with its frame in bytes ("code" when the
// size was measured from the machine code, not taken from .stack_sizes),
// "->" for a call (which adds an 8-byte return address), "-tail->" for a
// tail call (the caller's frame is gone), "-jump->" for a jump to another
// function with the caller's frame in place.
func PathString(path []Frame) string {
	var b strings.Builder
	for i, f := range path {
		if i > 0 {
			switch path[i-1].Via {
			case "tail":
				b.WriteString(" -tail-> ")
			case "jump":
				b.WriteString(" -jump-> ")
			default:
				b.WriteString(" -> ")
			}
		}
		switch f.Source {
		case "external":
			fmt.Fprintf(&b, "%s (external)", f.Function)
		case "unknown":
			fmt.Fprintf(&b, "%s (unknown)", f.Function)
		case "none":
			b.WriteString(f.Function)
		case "code":
			fmt.Fprintf(&b, "%s (%d code)", f.Function, f.Frame)
		default:
			fmt.Fprintf(&b, "%s (%d)", f.Function, f.Frame)
		}
	}
	return b.String()
}

// WriteSummary writes one line per entry: its worst case and path, or
// "unbounded" with what makes it so.
func (r *Result) WriteSummary(w io.Writer) {
	if len(r.Entries) == 0 {
		fmt.Fprintf(w, "%s: no program entry points (functions in program sections; --entry names others)\n", r.File)
		return
	}
	for _, e := range r.Entries {
		if e.Bounded {
			fmt.Fprintf(w, "%s: %s: %d bytes: %s\n", r.File, e.Name, e.Bytes, PathString(e.Path))
			continue
		}
		fmt.Fprintf(w, "%s: %s: unbounded (at least %d bytes): %s\n", r.File, e.Name, e.Bytes, e.causes(maxListed, nil))
	}
}

// WriteReport writes every fact about every entry, as text.
func (r *Result) WriteReport(w io.Writer, budget int64) {
	src := fmt.Sprintf("%d functions with .stack_sizes entries", r.StackSizes)
	if r.StackSizeSections == 0 {
		src = "no .stack_sizes section: every frame size is measured from the machine code"
	}
	fmt.Fprintf(w, "%s: %d entries, %d functions reached, %s; budget %d bytes\n", r.File, len(r.Entries), r.Functions, src, budget)
	for _, e := range r.Entries {
		verdict := fmt.Sprintf("%d bytes", e.Bytes)
		if !e.Bounded {
			verdict = fmt.Sprintf("unbounded, at least %d bytes", e.Bytes)
		}
		if e.Bytes > budget {
			verdict += ", OVER BUDGET"
		}
		fmt.Fprintf(w, "entry %s (section %s): %s\n", e.Name, e.Section, verdict)
		fmt.Fprintf(w, "  path: %s\n", PathString(e.Path))
		for _, c := range e.Cycles {
			how := "every way round it is checked at run time"
			if !c.Checked {
				how = "NOT checked at run time: " + strings.Join(c.Unchecked, " -> ")
			}
			fmt.Fprintf(w, "  recursion: %s (%s)\n", strings.Join(c.Functions, " -> "), how)
		}
		for _, s := range e.Indirect {
			fmt.Fprintf(w, "  indirect %s: %s+%#x: %s (%s)\n", callOrJump(s.Jump), s.Function, s.Offset, s.What, checkedWord(s.Checked))
		}
		for _, s := range e.UnknownCalls {
			fmt.Fprintf(w, "  unknown %s: %s+%#x: %s (%s)\n", callOrJump(s.Jump), s.Function, s.Offset, s.What, checkedWord(s.Checked))
		}
		for _, u := range e.UnknownFrames {
			fmt.Fprintf(w, "  unknown frame: %s: %s\n", u.Function, u.Why)
		}
		if e.Incomplete {
			fmt.Fprintf(w, "  (incomplete: the file has too many entries and functions to list every path and cause)\n")
		}
	}
}

func checkedWord(c bool) string {
	if c {
		return "checked at run time"
	}
	return "NOT checked at run time"
}

// JSONReport is the --report=json document.
type JSONReport struct {
	Budget int64      `json:"budget"`
	Files  []*Result  `json:"files"`
	Errors int        `json:"errors"`
	Diags  []JSONDiag `json:"diagnostics"`
}

// JSONDiag is a diagnostic in the JSON report.
type JSONDiag struct {
	File     string `json:"file"`
	Entry    string `json:"entry"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// WriteJSON writes the results and their diagnostics as one JSON document.
func WriteJSON(w io.Writer, budget int64, results []*Result) error {
	rep := JSONReport{Budget: budget, Files: results, Diags: []JSONDiag{}}
	for _, r := range results {
		if r.Entries == nil {
			r.Entries = []*Entry{}
		}
		for _, d := range r.Check(budget) {
			sev := "warning"
			if d.Error {
				sev = "error"
				rep.Errors++
			}
			rep.Diags = append(rep.Diags, JSONDiag{d.File, d.Entry, sev, d.Message})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}
