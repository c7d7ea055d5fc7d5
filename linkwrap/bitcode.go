package linkwrap

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
)

// This file reads just enough of the LLVM bitstream container to answer the
// two questions the wrapper asks of a bitcode file without running any LLVM
// tool: which LLVM wrote it (the IDENTIFICATION_BLOCK's producer string,
// e.g. "LLVM22.1.2-rust-1.95.0-stable") and which section names its globals
// use (the MODULE_BLOCK's SECTIONNAME records). Neither is byte-aligned text
// in the file: the producer is an array of 8-bit fields and section names
// are unabbreviated records of 6-bit VBR operands, so a byte search finds
// neither reliably. (A byte search for "inner_unikernel/" does usually hit,
// but only because the irsymtab string table repeats the section names of
// symbols; that table is optional.)

var (
	bcMagic      = []byte{'B', 'C', 0xC0, 0xDE}
	bcWrapMagic  = []byte{0xDE, 0xC0, 0x17, 0x0B}
	errNoBitcode = errors.New("not LLVM bitcode")
)

// isBitcode reports whether data starts like a bitcode file (raw or inside
// the Darwin wrapper header).
func isBitcode(data []byte) bool {
	return bytes.HasPrefix(data, bcMagic) || bytes.HasPrefix(data, bcWrapMagic)
}

// bitcodeInfo is what scanBitcode learned from one bitcode file.
type bitcodeInfo struct {
	Producer string   // IDENTIFICATION_BLOCK producer, "" if absent
	Sections []string // section names used by globals and functions
}

// Major returns the LLVM major version in the producer string, or 0.
func (b *bitcodeInfo) Major() int { return llvmMajor(b.Producer) }

// llvmMajor extracts N from a producer string like "LLVM22.1.2-rust-…".
func llvmMajor(producer string) int {
	m, ok := numberAfter(producer, "LLVM", false) // LLVM(\d+)
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(m)
	return n
}

// HasPrograms reports whether any section name marks a program object.
func (b *bitcodeInfo) HasPrograms() bool {
	for _, s := range b.Sections {
		if len(s) >= len(sectionPrefix) && s[:len(sectionPrefix)] == sectionPrefix {
			return true
		}
	}
	return false
}

// Block and record ids from llvm/Bitcode/LLVMBitCodes.h and
// llvm/Bitstream/BitCodeEnums.h.
const (
	blockInfoBlockID      = 0
	moduleBlockID         = 8
	identificationBlockID = 13

	identCodeString    = 1
	moduleCodeSection  = 5
	blockInfoCodeSetID = 1

	abbrevEndBlock   = 0
	abbrevEnterBlock = 1
	abbrevDefine     = 2
	abbrevUnabbrev   = 3

	encFixed = 1
	encVBR   = 2
	encArray = 3
	encChar6 = 4
	encBlob  = 5
)

type abbrevOp struct {
	literal bool
	enc     int
	value   uint64 // literal value or Fixed/VBR width
}

type abbrev []abbrevOp

type bitReader struct {
	data []byte
	pos  uint64 // in bits
}

var errShort = errors.New("truncated bitcode")

func (r *bitReader) atEnd() bool { return r.pos >= uint64(len(r.data))*8 }

func (r *bitReader) read(n int) (uint64, error) {
	if n == 0 {
		return 0, nil
	}
	if n > 64 || r.pos+uint64(n) > uint64(len(r.data))*8 {
		return 0, errShort
	}
	var v uint64
	for i := 0; i < n; {
		byteIdx := r.pos / 8
		bit := int(r.pos % 8)
		take := 8 - bit
		if take > n-i {
			take = n - i
		}
		b := uint64(r.data[byteIdx]>>bit) & (1<<take - 1)
		v |= b << i
		i += take
		r.pos += uint64(take)
	}
	return v, nil
}

func (r *bitReader) vbr(n int) (uint64, error) {
	if n < 2 || n > 32 {
		return 0, fmt.Errorf("bad VBR width %d", n)
	}
	var v uint64
	hi := uint64(1) << (n - 1)
	for shift := 0; ; shift += n - 1 {
		if shift > 70 {
			return 0, errors.New("VBR value too long")
		}
		c, err := r.read(n)
		if err != nil {
			return 0, err
		}
		v |= (c &^ hi) << shift
		if c&hi == 0 {
			return v, nil
		}
	}
}

func (r *bitReader) align32() {
	r.pos = (r.pos + 31) &^ 31
}

// scanner state shared across blocks of one stream.
type bcScanner struct {
	r         bitReader
	blockInfo map[uint64][]abbrev
	info      bitcodeInfo
}

// scanBitcode reads the producer and section names of a bitcode file.
func scanBitcode(data []byte) (*bitcodeInfo, error) {
	if bytes.HasPrefix(data, bcWrapMagic) {
		if len(data) < 20 {
			return nil, errShort
		}
		off := binary.LittleEndian.Uint32(data[8:])
		size := binary.LittleEndian.Uint32(data[12:])
		if uint64(off)+uint64(size) > uint64(len(data)) {
			return nil, errShort
		}
		data = data[off : off+size]
	}
	if !bytes.HasPrefix(data, bcMagic) {
		return nil, errNoBitcode
	}
	s := &bcScanner{r: bitReader{data: data, pos: 32}, blockInfo: map[uint64][]abbrev{}}
	// Top level: abbreviation width 2, only ENTER_SUBBLOCK is meaningful.
	for !s.r.atEnd() {
		// Trailing padding (multiple-of-4 files) is zeros.
		if uint64(len(data))*8-s.r.pos < 32 {
			break
		}
		id, err := s.r.read(2)
		if err != nil {
			return nil, err
		}
		if id != abbrevEnterBlock {
			if id == 0 {
				// Zero padding at the end of some files (e.g. archive members).
				break
			}
			return nil, fmt.Errorf("unexpected abbrev id %d at top level", id)
		}
		if err := s.block(); err != nil {
			return nil, err
		}
	}
	return &s.info, nil
}

// block reads a block whose ENTER_SUBBLOCK abbrev id was just consumed.
func (s *bcScanner) block() error {
	blockID, err := s.r.vbr(8)
	if err != nil {
		return err
	}
	width, err := s.r.vbr(4)
	if err != nil {
		return err
	}
	s.r.align32()
	nwords, err := s.r.read(32)
	if err != nil {
		return err
	}
	end := s.r.pos + nwords*32
	if end > uint64(len(s.r.data))*8 {
		return errShort
	}
	switch blockID {
	case blockInfoBlockID, moduleBlockID, identificationBlockID:
	default:
		s.r.pos = end // not interesting: skip it whole
		return nil
	}
	if width < 2 || width > 32 {
		return fmt.Errorf("bad abbrev width %d", width)
	}
	abbrevs := append([]abbrev(nil), s.blockInfo[blockID]...)
	var curBID uint64
	haveBID := false
	for {
		id, err := s.r.read(int(width))
		if err != nil {
			return err
		}
		switch id {
		case abbrevEndBlock:
			s.r.align32()
			return nil
		case abbrevEnterBlock:
			if err := s.block(); err != nil {
				return err
			}
			continue
		case abbrevDefine:
			a, err := s.defineAbbrev()
			if err != nil {
				return err
			}
			if blockID == blockInfoBlockID {
				if !haveBID {
					return errors.New("BLOCKINFO abbrev before SETBID")
				}
				s.blockInfo[curBID] = append(s.blockInfo[curBID], a)
			} else {
				abbrevs = append(abbrevs, a)
			}
			continue
		}
		code, ops, str, err := s.record(id, abbrevs)
		if err != nil {
			return err
		}
		switch {
		case blockID == blockInfoBlockID && code == blockInfoCodeSetID && len(ops) > 0:
			curBID, haveBID = ops[0], true
		case blockID == identificationBlockID && code == identCodeString:
			s.info.Producer = str
		case blockID == moduleBlockID && code == moduleCodeSection:
			s.info.Sections = append(s.info.Sections, str)
		}
	}
}

func (s *bcScanner) defineAbbrev() (abbrev, error) {
	n, err := s.r.vbr(5)
	if err != nil {
		return nil, err
	}
	var a abbrev
	for i := uint64(0); i < n; i++ {
		lit, err := s.r.read(1)
		if err != nil {
			return nil, err
		}
		if lit == 1 {
			v, err := s.r.vbr(8)
			if err != nil {
				return nil, err
			}
			a = append(a, abbrevOp{literal: true, value: v})
			continue
		}
		enc, err := s.r.read(3)
		if err != nil {
			return nil, err
		}
		op := abbrevOp{enc: int(enc)}
		switch enc {
		case encFixed, encVBR:
			if op.value, err = s.r.vbr(5); err != nil {
				return nil, err
			}
			if op.value > 64 {
				return nil, fmt.Errorf("bad operand width %d", op.value)
			}
		case encArray, encChar6, encBlob:
		default:
			return nil, fmt.Errorf("bad abbrev encoding %d", enc)
		}
		a = append(a, op)
	}
	return a, nil
}

const char6 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"

func (s *bcScanner) scalar(op abbrevOp) (uint64, error) {
	switch op.enc {
	case encFixed:
		return s.r.read(int(op.value))
	case encVBR:
		if op.value == 0 {
			return 0, nil
		}
		return s.r.vbr(int(op.value))
	case encChar6:
		v, err := s.r.read(6)
		if err != nil {
			return 0, err
		}
		return uint64(char6[v]), nil
	}
	return 0, fmt.Errorf("encoding %d is not a scalar", op.enc)
}

// record reads one record. It returns the code, the operands (blob bytes
// are returned as operands too) and the operands as a string, which is what
// string records (producer, section name) hold.
func (s *bcScanner) record(id uint64, abbrevs []abbrev) (uint64, []uint64, string, error) {
	var ops []uint64
	if id == abbrevUnabbrev {
		code, err := s.r.vbr(6)
		if err != nil {
			return 0, nil, "", err
		}
		n, err := s.r.vbr(6)
		if err != nil {
			return 0, nil, "", err
		}
		if n > uint64(len(s.r.data)) {
			return 0, nil, "", errShort
		}
		for i := uint64(0); i < n; i++ {
			v, err := s.r.vbr(6)
			if err != nil {
				return 0, nil, "", err
			}
			ops = append(ops, v)
		}
		return code, ops, opsString(ops), nil
	}
	idx := id - 4
	if idx >= uint64(len(abbrevs)) {
		return 0, nil, "", fmt.Errorf("undefined abbrev id %d", id)
	}
	a := abbrevs[idx]
	var vals []uint64
	for i := 0; i < len(a); i++ {
		op := a[i]
		switch {
		case op.literal:
			vals = append(vals, op.value)
		case op.enc == encArray:
			if i+1 >= len(a) {
				return 0, nil, "", errors.New("array abbrev without element type")
			}
			n, err := s.r.vbr(6)
			if err != nil {
				return 0, nil, "", err
			}
			if n > uint64(len(s.r.data))*8 {
				return 0, nil, "", errShort
			}
			elt := a[i+1]
			for j := uint64(0); j < n; j++ {
				v, err := s.scalar(elt)
				if err != nil {
					return 0, nil, "", err
				}
				vals = append(vals, v)
			}
			i++ // the element type is consumed
		case op.enc == encBlob:
			n, err := s.r.vbr(6)
			if err != nil {
				return 0, nil, "", err
			}
			s.r.align32()
			start := s.r.pos / 8
			if start+n > uint64(len(s.r.data)) {
				return 0, nil, "", errShort
			}
			for _, b := range s.r.data[start : start+n] {
				vals = append(vals, uint64(b))
			}
			s.r.pos += n * 8
			s.r.align32()
		default:
			v, err := s.scalar(op)
			if err != nil {
				return 0, nil, "", err
			}
			vals = append(vals, v)
		}
	}
	if len(vals) == 0 {
		return 0, nil, "", errors.New("abbreviated record without code")
	}
	return vals[0], vals[1:], opsString(vals[1:]), nil
}

func opsString(ops []uint64) string {
	b := make([]byte, 0, len(ops))
	for _, v := range ops {
		if v > 255 {
			return ""
		}
		b = append(b, byte(v))
	}
	return string(b)
}
