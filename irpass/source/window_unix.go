//go:build unix

package source

import (
	"os"
	"syscall"
)

const canMap = true

// mmapFile maps n bytes of f from off (a multiple of the page size) and
// reads them in at once (MAP_POPULATE): one call instead of a page fault
// per page, which in a virtual machine is the larger cost.
func mmapFile(f *os.File, off int64, n int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), off, n, syscall.PROT_READ, syscall.MAP_SHARED|mapPopulate)
}

func munmapFile(b []byte) { syscall.Munmap(b) }
