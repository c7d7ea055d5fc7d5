package source

import (
	"os"
	"syscall"
)

const mapPopulate = syscall.MAP_POPULATE

// prefetch asks the kernel to start reading n bytes of f from off into the
// page cache (POSIX_FADV_WILLNEED) and returns at once. A file the page
// cache no longer holds would otherwise be read in by MAP_POPULATE one
// small read-around at a time, which made a cold 100 MB module take twice
// as long as cat; and the next window is read while this one is scanned.
func prefetch(f *os.File, off, n int64) {
	const posixFadvWillneed = 3
	if sc, err := f.SyscallConn(); err == nil {
		sc.Control(func(fd uintptr) {
			syscall.Syscall6(syscall.SYS_FADVISE64, fd, uintptr(off), uintptr(n), posixFadvWillneed, 0, 0)
		})
	}
}
