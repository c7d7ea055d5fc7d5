package irpass

import (
	"fmt"

	"github.com/iu-entry/iu-entry/irpass/layout"
)

// A resolved is a named type's body, parsed once.
type resolved struct {
	body *layout.Type
	err  error
}

// resolveType returns the body of the named type %name. Each name is read
// and parsed once, and the same *layout.Type is returned every time, so
// that the layout code computes each type's size once: a type built of
// two copies of another, n levels deep, costs n steps, not 2^n. A type
// that contains itself is found by the layout code (a cycle in its
// computation), not by expanding it here.
func (m *module) resolveType(name string) (*layout.Type, error) {
	if r, ok := m.typeCache[name]; ok {
		return r.body, r.err
	}
	if m.typeCache == nil {
		m.typeCache = map[string]*resolved{}
	}
	r := &resolved{}
	m.typeCache[name] = r
	r.body, r.err = m.parseTypeDef(name)
	return r.body, r.err
}

func (m *module) parseTypeDef(name string) (*layout.Type, error) {
	s, ok := m.typeDefs[name]
	if !ok {
		return nil, fmt.Errorf("type %%%s is not defined", name)
	}
	l, err := m.readText(s.off, s.end, s.line)
	if err != nil {
		return nil, err
	}
	c, err := l.cursor()
	if err != nil {
		return nil, err
	}
	c.Next()
	if _, err := c.Expect("="); err != nil {
		return nil, err
	}
	if _, err := c.Expect("type"); err != nil {
		return nil, err
	}
	if c.Is("opaque") {
		return nil, fmt.Errorf("type %%%s is opaque", name)
	}
	return layout.ParseType(c)
}
