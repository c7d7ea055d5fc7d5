//go:build !linux

package main

import "os"

func growPipe(f *os.File, n int) {}
