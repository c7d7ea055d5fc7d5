// Package byteset finds the first byte of a slice that belongs to a small
// set of bytes, 32 bytes at a time on processors with AVX2: the readers of
// irpass skim most of a module looking for a handful of bytes (brackets,
// quotes, comment starts, newlines), and bytes.IndexByte finds only one.
//
// The vector search classifies each byte by its two nibbles (two table
// lookups with PSHUFB and an AND, the method of Hyperscan's "shufti"):
// every distinct high nibble among the set's bytes gets a bit, the table
// of high nibbles holds that bit, and the table of low nibbles holds, for
// each low nibble, the bits of the high nibbles it forms a member with.
// A byte is a member exactly when the two bits meet, so the tables are
// exact for any set whose bytes have at most eight distinct high nibbles;
// a larger set is searched a byte at a time.
package byteset

// A Set is a set of bytes to search for.
type Set struct {
	member [256]uint8 // 1 for a member
	// tables holds the low-nibble table, then the high-nibble one, each
	// twice (PSHUFB looks up within each 16-byte lane).
	tables [64]byte
	vector bool // the tables are exact
}

// New returns the set of the bytes of members.
func New(members string) *Set {
	s := &Set{}
	bit := map[byte]byte{} // high nibble -> its bit
	for i := 0; i < len(members); i++ {
		c := members[i]
		s.member[c] = 1
		if _, ok := bit[c>>4]; !ok && len(bit) < 8 {
			bit[c>>4] = 1 << len(bit)
		}
	}
	s.vector = true
	for i := 0; i < len(members); i++ {
		c := members[i]
		b, ok := bit[c>>4]
		if !ok {
			s.vector = false
			break
		}
		for lane := 0; lane < 2; lane++ {
			s.tables[lane*16+int(c&15)] |= b
			s.tables[32+lane*16+int(c>>4)] |= b
		}
	}
	return s
}

// Has reports whether c is in s.
func (s *Set) Has(c byte) bool { return s.member[c] != 0 }

// Mask returns which of the first n = min(len(b), 64) bytes of b are in
// s: bit i of mask is set exactly when b[i] is. A reader that stops at
// many members close together (the brackets of a type, a constant's
// strings) takes them from one mask, 64 bytes at a time, where Index
// would be called once for each.
func (s *Set) Mask(b []byte) (mask uint64, n int) {
	n = min(len(b), 64)
	if s.vector && n >= 32 && haveVector {
		return maskVector(b[:n], &s.tables), n
	}
	m := &s.member
	for i := 0; i < n; i++ {
		mask |= uint64(m[b[i]]) << i
	}
	return mask, n
}

// Index returns the index of the first byte of b that is in s, or -1.
func (s *Set) Index(b []byte) int {
	if s.vector && len(b) >= 32 && haveVector {
		if i := indexVector(b, &s.tables); i < len(b) {
			return i
		}
		return -1
	}
	m := &s.member
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if m[b[i]]|m[b[i+1]]|m[b[i+2]]|m[b[i+3]]|m[b[i+4]]|m[b[i+5]]|m[b[i+6]]|m[b[i+7]] != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if m[b[i]] != 0 {
			return i
		}
	}
	return -1
}
