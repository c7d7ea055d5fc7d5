package main

import (
	"os"
	"syscall"
)

// growPipe asks for a pipe buffer of n bytes (F_SETPIPE_SZ); if f is not a
// pipe, or n is over /proc/sys/fs/pipe-max-size, nothing changes.
func growPipe(f *os.File, n int) {
	const fSetPipeSz = 1031 // F_SETPIPE_SZ
	if sc, err := f.SyscallConn(); err == nil {
		sc.Control(func(fd uintptr) {
			syscall.Syscall(syscall.SYS_FCNTL, fd, fSetPipeSz, uintptr(n))
		})
	}
}
