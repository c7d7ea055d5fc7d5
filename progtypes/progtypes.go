// Package progtypes is the table of inner-unikernel program types: the Go
// counterpart of the reference pass's IUProgType.def.
//
// A program object's rtti field holds a bpf_prog_type value (from
// include/uapi/linux/bpf.h). The table maps it to the runtime struct that
// describes the program, the ELF section names the kernel loader accepts for
// that type, and from those the names iu-entry derives: the runtime's entry
// function and the section the object itself moves to.
//
// Adding a program type is one line in the table below and nothing else.
package progtypes

import "strings"

// A Type is one program type.
type Type struct {
	// RTTI is the bpf_prog_type value stored in the object's rtti field.
	RTTI uint64
	// Enum is the bpf_prog_type enumerator's name, for messages.
	Enum string
	// Name is the runtime crate's struct for the type (tracepoint, xdp, …).
	Name string
	// Sections are the section names a program of this type may be put in
	// (after the inner_unikernel/ prefix is removed).
	Sections []string
}

// table lists every supported type, one line each, ordered by RTTI.
var table = []Type{
	{RTTI: 2, Enum: "BPF_PROG_TYPE_KPROBE", Name: "kprobe", Sections: []string{"kprobe"}},
	{RTTI: 3, Enum: "BPF_PROG_TYPE_SCHED_CLS", Name: "sched_cls", Sections: []string{"classifier", "tc"}},
	{RTTI: 5, Enum: "BPF_PROG_TYPE_TRACEPOINT", Name: "tracepoint", Sections: []string{"tracepoint", "tp"}},
	{RTTI: 6, Enum: "BPF_PROG_TYPE_XDP", Name: "xdp", Sections: []string{"xdp"}},
	{RTTI: 7, Enum: "BPF_PROG_TYPE_PERF_EVENT", Name: "perf_event", Sections: []string{"perf_event"}},
}

// SectionPrefix marks a global as a program object.
const SectionPrefix = "inner_unikernel/"

// All returns every known type, ordered by RTTI. The slice is a copy.
func All() []Type {
	return append([]Type(nil), table...)
}

// Lookup returns the type whose rtti value is v.
func Lookup(v uint64) (Type, bool) {
	for _, t := range table {
		if t.RTTI == v {
			return t, true
		}
	}
	return Type{}, false
}

// EntryFunc is the runtime crate's type-specific entry function that the
// generated kernel entry point calls: __iu_entry_<type>.
func (t Type) EntryFunc() string { return "__iu_entry_" + t.Name }

// ObjectSection is where the program object itself is moved once its entry
// point exists, so the loader can find it by type ("obj" + type name, as
// the reference pass does).
func (t Type) ObjectSection() string { return "obj" + t.Name }

// MatchSection reports whether sec (a section name without the
// inner_unikernel/ prefix) belongs to this type: it must be one of the
// type's section names, or one followed by '/' (tracepoint/syscalls/…) or
// '.' (xdp.frags). The reference pass accepted any string prefix, so that
// "tpx" passed as a tracepoint; a name boundary is required here.
func (t Type) MatchSection(sec string) bool {
	for _, s := range t.Sections {
		if rest, ok := strings.CutPrefix(sec, s); ok && (rest == "" || rest[0] == '/' || rest[0] == '.') {
			return true
		}
	}
	return false
}
