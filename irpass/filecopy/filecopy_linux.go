package filecopy

import (
	"os"

	"golang.org/x/sys/unix"
)

// maxChunk bounds one copy_file_range call, as the Go runtime's own use
// of it does (internal/poll), so that each call returns in bounded time.
const maxChunk = 1 << 30

// copyFileRange copies up to n bytes of src at off to dst at its offset.
func copyFileRange(dst, src *os.File, off, n int64) (int64, error) {
	dc, err := dst.SyscallConn()
	if err != nil {
		return 0, ErrUnsupported
	}
	sc, err := src.SyscallConn()
	if err != nil {
		return 0, ErrUnsupported
	}
	var k int
	var cerr error
	ctlErr := dc.Control(func(dfd uintptr) {
		ctlErr := sc.Control(func(sfd uintptr) {
			for {
				k, cerr = unix.CopyFileRange(int(sfd), &off, int(dfd), nil, int(min(n, maxChunk)), 0)
				if cerr != unix.EINTR {
					return
				}
			}
		})
		if ctlErr != nil {
			cerr = ctlErr
		}
	})
	if ctlErr != nil {
		return 0, ctlErr
	}
	switch {
	case cerr == unix.ENOSYS, cerr == unix.EXDEV, cerr == unix.EINVAL, cerr == unix.EIO,
		cerr == unix.EOPNOTSUPP, cerr == unix.EPERM:
		// Files the kernel will not copy between, as the Go runtime's
		// own use of copy_file_range lists them (internal/poll): no
		// byte was copied, and the caller copies by itself.
		return 0, ErrUnsupported
	case cerr == unix.EBADF && appending(dst):
		// The kernel does not copy into a file opened with O_APPEND;
		// a write does.
		return 0, ErrUnsupported
	case cerr != nil:
		return 0, &os.PathError{Op: "copy_file_range", Path: src.Name(), Err: cerr}
	}
	return int64(k), nil
}

// fallocate reserves n bytes of f from off on, extending its size.
func fallocate(f *os.File, off, n int64) error {
	c, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := c.Control(func(fd uintptr) {
		for {
			ferr = unix.Fallocate(int(fd), 0, off, n)
			if ferr != unix.EINTR {
				return
			}
		}
	}); err != nil {
		return err
	}
	return ferr
}

// appending reports whether f was opened with O_APPEND.
func appending(f *os.File) bool {
	c, err := f.SyscallConn()
	if err != nil {
		return false
	}
	flags := 0
	c.Control(func(fd uintptr) {
		flags, _ = unix.FcntlInt(fd, unix.F_GETFL, 0)
	})
	return flags&unix.O_APPEND != 0
}
