package linkwrap

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// The Unix ar format: an 8-byte global header, then members, each a 60-byte
// header (name 16, mtime 12, uid 6, gid 6, mode 8, size 10, "`\n") followed
// by size bytes of data padded to an even offset. GNU archives keep the
// symbol table in a member named "/" (or "/SYM64/") and long names in "//",
// referenced as "/<offset>"; BSD archives store a long name "#1/<len>" at the
// start of the member's data. rustc writes rlibs in the GNU format.

var (
	arMagic     = []byte("!<arch>\n")
	arThinMagic = []byte("!<thin>\n")
)

const arHeaderSize = 60

// An arMember is one member of an archive.
type arMember struct {
	Name       string // resolved name ("" for the symbol and name tables)
	Special    bool   // symbol table or long-name table
	symtab     bool   // the symbol table
	HeaderOff  int64  // offset of the 60-byte header
	DataOff    int64  // offset of the member's data (after a BSD name)
	Size       int64  // size of the data (without a BSD name)
	header     [arHeaderSize]byte
	bsdNameLen int64
}

// readArchive lists the members of an archive.
func readArchive(r io.ReaderAt, size int64) ([]*arMember, error) {
	var magic [8]byte
	if _, err := r.ReadAt(magic[:], 0); err != nil {
		return nil, err
	}
	if bytes.Equal(magic[:], arThinMagic) {
		return nil, errors.New("thin archives are not supported")
	}
	if !bytes.Equal(magic[:], arMagic) {
		return nil, errors.New("not an ar archive")
	}
	var members []*arMember
	var longNames []byte
	off := int64(len(arMagic))
	for off < size {
		if off%2 == 1 {
			off++
			if off >= size {
				break
			}
		}
		m := &arMember{HeaderOff: off}
		if _, err := r.ReadAt(m.header[:], off); err != nil {
			return nil, fmt.Errorf("member header at offset %d: %w", off, err)
		}
		if string(m.header[58:60]) != "`\n" {
			return nil, fmt.Errorf("bad member header at offset %d", off)
		}
		name := strings.TrimRight(string(m.header[0:16]), " ")
		sz, err := strconv.ParseInt(strings.TrimSpace(string(m.header[48:58])), 10, 64)
		if err != nil || sz < 0 || off+arHeaderSize+sz > size {
			return nil, fmt.Errorf("bad member size at offset %d", off)
		}
		m.DataOff = off + arHeaderSize
		m.Size = sz
		switch {
		case name == "/" || name == "/SYM64/" || name == "__.SYMDEF" || name == "__.SYMDEF SORTED" || name == "__.SYMDEF_64":
			m.Special, m.symtab = true, true
		case name == "//":
			m.Special = true
			longNames = make([]byte, sz)
			if _, err := r.ReadAt(longNames, m.DataOff); err != nil {
				return nil, err
			}
		case strings.HasPrefix(name, "#1/"):
			n, err := strconv.ParseInt(name[3:], 10, 64)
			if err != nil || n < 0 || n > sz {
				return nil, fmt.Errorf("bad BSD member name %q", name)
			}
			buf := make([]byte, n)
			if _, err := r.ReadAt(buf, m.DataOff); err != nil {
				return nil, err
			}
			m.Name = string(bytes.TrimRight(buf, "\x00"))
			if strings.HasPrefix(m.Name, "__.SYMDEF") {
				m.Name, m.Special, m.symtab = "", true, true
			}
			m.bsdNameLen = n
			m.DataOff += n
			m.Size -= n
		case len(name) > 1 && name[0] == '/' && name[1] >= '0' && name[1] <= '9':
			n, err := strconv.Atoi(name[1:])
			if err != nil || n >= len(longNames) {
				return nil, fmt.Errorf("bad long member name reference %q", name)
			}
			s := longNames[n:]
			if i := bytes.IndexByte(s, '\n'); i >= 0 {
				s = s[:i]
			}
			m.Name = strings.TrimSuffix(string(s), "/")
		default:
			m.Name = strings.TrimSuffix(name, "/")
		}
		members = append(members, m)
		off = m.DataOff + m.Size
	}
	return members, nil
}

// writeArchive copies the archive read from r to w, replacing the data of
// the members in repl (by index in members) with the named files' contents
// and leaving out the symbol table, which the caller must rebuild (its
// offsets would be wrong). Member names, order and attributes are kept.
func writeArchive(w io.Writer, r io.ReaderAt, members []*arMember, repl map[int]string) error {
	if _, err := w.Write(arMagic); err != nil {
		return err
	}
	var off int64 = int64(len(arMagic))
	for i, m := range members {
		if m.symtab {
			continue
		}
		var data io.Reader = io.NewSectionReader(r, m.DataOff, m.Size)
		size := m.Size
		if path, ok := repl[i]; ok {
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				return err
			}
			data, size = f, st.Size()
		}
		hdr := m.header
		copy(hdr[48:58], fmt.Sprintf("%-10d", size+m.bsdNameLen))
		if _, err := w.Write(hdr[:]); err != nil {
			return err
		}
		if m.bsdNameLen > 0 {
			if _, err := io.Copy(w, io.NewSectionReader(r, m.DataOff-m.bsdNameLen, m.bsdNameLen)); err != nil {
				return err
			}
		}
		n, err := io.Copy(w, data)
		if err != nil {
			return err
		}
		if n != size {
			return fmt.Errorf("member %s: short copy", m.Name)
		}
		off += arHeaderSize + m.bsdNameLen + size
		if off%2 == 1 {
			if _, err := w.Write([]byte{'\n'}); err != nil {
				return err
			}
			off++
		}
	}
	return nil
}
