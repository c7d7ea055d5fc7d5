package source

import (
	"os"
	"syscall"
)

// adviseSequential tells the kernel that f is read from start to end
// (POSIX_FADV_SEQUENTIAL: a larger read-ahead), so that a module the page
// cache no longer holds comes in large reads ahead of the scan.
func adviseSequential(f *os.File) {
	const posixFadvSequential = 2
	if sc, err := f.SyscallConn(); err == nil {
		sc.Control(func(fd uintptr) {
			syscall.Syscall6(syscall.SYS_FADVISE64, fd, 0, 0, posixFadvSequential, 0, 0)
		})
	}
}
