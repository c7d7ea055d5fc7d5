package calls

import (
	"bytes"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// ParseAlias reads the definition of a global alias or ifunc ("@a = …
// alias T, T2 aliasee" or "@i = … ifunc T, T2 resolver") and says what
// calling it calls: Direct and the aliasee's name when the aliasee is a
// global by name (or casts of one, as typed IR writes it); Indirect when
// it is anything else, when it is an ifunc (a resolver picks the
// function at load time), or when the alias is weak or linkonce (the
// linker may pick another definition). at is where the aliasee's name
// token starts in def (for a Direct one; -1 otherwise).
func ParseAlias(def []byte) (kind CalleeKind, name string, at int) {
	s := &scanner{lx: newLexer(source.New(bytes.NewReader(def), int64(len(def))), 0), chainOrd: -1, refs: true}
	s.depth = 1 // braces of types stay inside the "body"
	if s.next().Kind != Global || !s.isPunct(s.next(), '=') {
		return Indirect, "", -1
	}
	for {
		t := s.next()
		if t.Kind != Word {
			return Indirect, "", -1
		}
		switch string(s.lx.text(t)) {
		case "alias":
			if !s.skipType() || !s.isPunct(s.next(), ',') || !s.skipType() {
				return Indirect, "", -1
			}
			if k, name := s.value(0); k == Direct && len(s.globals) > 1 {
				// The aliasee is the last global name read (the first
				// is the alias's own).
				return Direct, name, int(s.globals[len(s.globals)-1].Off)
			}
			return Indirect, "", -1
		case "ifunc", "weak", "linkonce", "extern_weak":
			return Indirect, "", -1
		}
		if s.isPunct(s.peek(), '(') { // thread_local(…), partition, …
			s.next()
			if !s.skipGroup() {
				return Indirect, "", -1
			}
		}
	}
}
