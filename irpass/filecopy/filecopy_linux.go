package filecopy

import (
	"errors"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// sysCopier splices through a pipe of its own of up to pipeSize bytes,
// or calls copy_file_range where splicing is refused.
type sysCopier struct {
	r, w     int // the pipe's ends; r is 0 before it is made
	size     int // its size
	noSplice bool
}

// pipeSize is the pipe a sysCopier asks for: 1 MiB, the most an
// unprivileged process may (/proc/sys/fs/pipe-max-size).
const pipeSize = 1 << 20

func (c *sysCopier) copy(dst, src *os.File, off, n int64) (int64, error) {
	if !c.noSplice {
		k, err := c.splice(dst, src, off, n)
		if !errors.Is(err, errNoSplice) {
			return k, err
		}
		c.noSplice = true // nothing was copied
	}
	return copyFileRange(dst, src, off, n)
}

// errNoSplice says the files cannot be spliced between and nothing was
// copied.
var errNoSplice = errors.New("no splice")

// splice copies up to n bytes of src at off to dst at its offset, through
// the pipe, a pipe at a time.
func (c *sysCopier) splice(dst, src *os.File, off, n int64) (int64, error) {
	if c.r == 0 {
		var p [2]int
		if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
			return 0, errNoSplice
		}
		size, err := unix.FcntlInt(uintptr(p[1]), unix.F_SETPIPE_SZ, pipeSize)
		if err != nil || size < 256<<10 {
			// A small pipe splices no better than copy_file_range.
			unix.Close(p[0])
			unix.Close(p[1])
			return 0, errNoSplice
		}
		c.r, c.w, c.size = p[0], p[1], size
	}
	var copied int64
	var serr error
	if err := withFDs(dst, src, func(dfd, sfd int) {
		copied, serr = c.spliceFDs(dfd, sfd, off, n)
	}); err != nil {
		if err == errNoFD {
			return 0, errNoSplice
		}
		return 0, err
	}
	return copied, serr
}

// errNoFD says a file has no descriptor to copy with.
var errNoFD = errors.New("no file descriptor")

// withFDs calls f with the descriptors of dst and src, held open for the
// call; errNoFD if one has none, or the error of holding them.
func withFDs(dst, src *os.File, f func(dfd, sfd int)) error {
	dc, err := dst.SyscallConn()
	if err != nil {
		return errNoFD
	}
	sc, err := src.SyscallConn()
	if err != nil {
		return errNoFD
	}
	var inner error
	if err := dc.Control(func(dfd uintptr) {
		inner = sc.Control(func(sfd uintptr) { f(int(dfd), int(sfd)) })
	}); err != nil {
		return err
	}
	return inner
}

// spliceFDs fills the (empty) pipe from sfd at off and empties it into
// dfd, until n bytes are copied or sfd ends. The pipe is empty when it
// returns without an error.
func (c *sysCopier) spliceFDs(dfd, sfd int, off, n int64) (int64, error) {
	var copied int64
	for copied < n {
		k, err := retry(func() (int64, error) {
			return unix.Splice(sfd, &off, c.w, nil, int(min(n-copied, int64(c.size))), unix.SPLICE_F_MOVE)
		})
		if err != nil {
			if copied == 0 && refused(err) {
				return 0, errNoSplice
			}
			return copied, &os.PathError{Op: "splice", Path: "input", Err: err}
		}
		if k == 0 {
			return copied, nil // the end of src
		}
		for left := k; left > 0; {
			w, err := retry(func() (int64, error) {
				return unix.Splice(c.r, nil, dfd, nil, int(left), unix.SPLICE_F_MOVE)
			})
			if err != nil || w == 0 {
				// The pipe still holds bytes: it is of no more use.
				c.close()
				if copied == 0 && left == k && err != nil && refused(err) {
					return 0, errNoSplice // dst takes no splice (O_APPEND)
				}
				if err == nil {
					err = io.ErrShortWrite
				}
				return copied, &os.PathError{Op: "splice", Path: "output", Err: err}
			}
			left -= w
			copied += w
		}
	}
	return copied, nil
}

// retry calls f again while it is interrupted.
func retry(f func() (int64, error)) (int64, error) {
	for {
		k, err := f()
		if err != unix.EINTR {
			return k, err
		}
	}
}

// refused reports whether err says the kernel will not splice between
// these files, as opposed to an error of the copy itself.
func refused(err error) bool {
	return err == unix.EINVAL || err == unix.ENOSYS || err == unix.EBADF || err == unix.EOPNOTSUPP ||
		err == unix.EXDEV || err == unix.EPERM || err == unix.ESPIPE
}

func (c *sysCopier) close() error {
	if c.r != 0 {
		unix.Close(c.r)
		unix.Close(c.w)
		c.r, c.w = 0, 0
		c.noSplice = true
	}
	return nil
}

// maxChunk bounds one copy_file_range call, as the Go runtime's own use
// of it does (internal/poll), so that each call returns in bounded time.
const maxChunk = 1 << 30

// copyFileRange copies up to n bytes of src at off to dst at its offset.
func copyFileRange(dst, src *os.File, off, n int64) (int64, error) {
	var k int
	var cerr error
	if err := withFDs(dst, src, func(dfd, sfd int) {
		for {
			k, cerr = unix.CopyFileRange(sfd, &off, dfd, nil, int(min(n, maxChunk)), 0)
			if cerr != unix.EINTR {
				return
			}
		}
	}); err != nil {
		if err == errNoFD {
			return 0, ErrUnsupported
		}
		return 0, err
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
