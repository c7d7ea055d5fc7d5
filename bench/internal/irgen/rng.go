package irgen

// rng is splitmix64: tiny, fast, and fixed forever, so a seed names the same
// module on every Go version.
type rng struct{ s uint64 }

func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// newRng derives an independent stream from the seed and a few keys.
func newRng(seed uint64, keys ...uint64) *rng {
	s := mix(seed + 0x9e3779b97f4a7c15)
	for _, k := range keys {
		s = mix(s ^ (k + 0x632be59bd9b4e019))
	}
	return &rng{s}
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	return mix(r.s)
}

// n returns a value in [0, k).
func (r *rng) n(k int) int {
	if k <= 1 {
		return 0
	}
	return int(r.next() % uint64(k))
}

// chance is true with probability p/100.
func (r *rng) chance(p int) bool { return r.n(100) < p }

// hash is a pure function of its inputs (names, string contents).
func hash(seed uint64, keys ...uint64) uint64 { return newRng(seed, keys...).next() }
