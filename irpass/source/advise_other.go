//go:build !linux

package source

import "os"

func adviseSequential(f *os.File) {}
