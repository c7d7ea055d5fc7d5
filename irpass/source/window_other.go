//go:build !unix

package source

import (
	"errors"
	"os"
)

// Elsewhere the passes read through ReadAt.
const canMap = false

func mmapFile(f *os.File, off int64, n int) ([]byte, error) {
	return nil, errors.ErrUnsupported
}

func munmapFile(b []byte) {}
