//go:build !linux

package filecopy

import "os"

type sysCopier struct{}

func (sysCopier) copy(dst, src *os.File, off, n int64) (int64, error) { return 0, ErrUnsupported }

func (sysCopier) close() error { return nil }

func fallocate(f *os.File, off, n int64) error { return ErrUnsupported }

func appending(f *os.File) bool { return false }
