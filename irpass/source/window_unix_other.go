//go:build unix && !linux

package source

import "os"

const mapPopulate = 0

func prefetch(f *os.File, off, n int64) {}
