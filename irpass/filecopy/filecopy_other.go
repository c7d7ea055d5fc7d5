//go:build !linux

package filecopy

import "os"

func copyFileRange(dst, src *os.File, off, n int64) (int64, error) { return 0, ErrUnsupported }

func fallocate(f *os.File, off, n int64) error { return ErrUnsupported }

func appending(f *os.File) bool { return false }
