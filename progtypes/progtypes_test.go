package progtypes

import "testing"

func TestTableIsConsistent(t *testing.T) {
	seenRTTI := map[uint64]bool{}
	seenName := map[string]bool{}
	for _, ty := range All() {
		if seenRTTI[ty.RTTI] || seenName[ty.Name] {
			t.Errorf("duplicate entry %+v", ty)
		}
		seenRTTI[ty.RTTI], seenName[ty.Name] = true, true
		if len(ty.Sections) == 0 {
			t.Errorf("%s has no section names", ty.Name)
		}
		got, ok := Lookup(ty.RTTI)
		if !ok || got.Name != ty.Name {
			t.Errorf("Lookup(%d) = %v, %v", ty.RTTI, got, ok)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, v := range []uint64{0, 1, 4, 8, 1 << 63} {
		if ty, ok := Lookup(v); ok {
			t.Errorf("Lookup(%d) = %v, want not found", v, ty)
		}
	}
}

func TestDerivedNames(t *testing.T) {
	tp, _ := Lookup(5)
	if got := tp.EntryFunc(); got != "__iu_entry_tracepoint" {
		t.Errorf("EntryFunc = %q", got)
	}
	if got := tp.ObjectSection(); got != "objtracepoint" {
		t.Errorf("ObjectSection = %q", got)
	}
}

func TestMatchSection(t *testing.T) {
	tp, _ := Lookup(5)
	xdp, _ := Lookup(6)
	cases := []struct {
		ty   Type
		sec  string
		want bool
	}{
		{tp, "tracepoint/syscalls/sys_enter_dup", true},
		{tp, "tp/syscalls/sys_enter_dup", true},
		{tp, "tracepoint", true},
		{tp, "tpx/foo", false},
		{tp, "kprobe/foo", false},
		{tp, "", false},
		{xdp, "xdp", true},
		{xdp, "xdp.frags", true},
		{xdp, "xdpfoo", false},
	}
	for _, c := range cases {
		if got := c.ty.MatchSection(c.sec); got != c.want {
			t.Errorf("%s.MatchSection(%q) = %v, want %v", c.ty.Name, c.sec, got, c.want)
		}
	}
}
