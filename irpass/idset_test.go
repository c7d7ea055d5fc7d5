package irpass

import (
	"math/rand"
	"testing"
)

// idSet against a map: ids added in any order, sets of different ranges
// joined, the smallest id of one set missing from another.
func TestIDSet(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var a, b idSet
		ma, mb := map[uint32]bool{}, map[uint32]bool{}
		pick := func() uint32 {
			switch rng.Intn(4) {
			case 0:
				return uint32(rng.Intn(200))
			case 1:
				return uint32(100000 + rng.Intn(5000))
			case 2:
				return denseIDs - 1 - uint32(rng.Intn(100))
			}
			return denseIDs + uint32(rng.Intn(1000))
		}
		for i := rng.Intn(50); i > 0; i-- {
			id := pick()
			a.add(id)
			ma[id] = true
		}
		for i := rng.Intn(50); i > 0; i-- {
			id := pick()
			b.add(id)
			mb[id] = true
		}
		check := func(s *idSet, m map[uint32]bool, what string) {
			for id := range m {
				if !s.has(id) {
					t.Fatalf("round %d: %s lacks %d", round, what, id)
				}
			}
			for i := 0; i < 300; i++ {
				if id := pick(); s.has(id) != m[id] {
					t.Fatalf("round %d: %s has(%d) = %v", round, what, id, s.has(id))
				}
			}
		}
		check(&a, ma, "a")
		check(&b, mb, "b")

		// The smallest id of a not in b.
		var want uint32
		found := false
		for id := range ma {
			if !mb[id] && (!found || id < want) {
				want, found = id, true
			}
		}
		if got, ok := a.firstNotIn(&b); ok != found || ok && got != want {
			t.Fatalf("round %d: firstNotIn = %d, %v; want %d, %v", round, got, ok, want, found)
		}

		a.addAll(&b)
		for id := range mb {
			ma[id] = true
		}
		check(&a, ma, "a ∪ b")
	}
}
