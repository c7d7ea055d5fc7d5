//go:build unix && !linux

package irpass

import "os"

const mapPopulate = 0

func prefetch(f *os.File, off, n int64) {}
