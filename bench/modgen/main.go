// Command modgen writes a large rustc-shaped textual LLVM IR module (see
// package bench/internal/irgen) for iu-entry's benchmarks.
//
//	modgen -size 100MB -dialect opaque|typed -seed 1 -o big.ll
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/iu-entry/iu-entry/bench/internal/irgen"
)

// parseSize reads 1MB, 10MiB, 1GB, 512k, 12345 (bytes). K/M/G are powers of 1024.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	u = strings.TrimSuffix(strings.TrimSuffix(u, "IB"), "B")
	mul := int64(1)
	switch {
	case strings.HasSuffix(u, "K"):
		mul = 1 << 10
	case strings.HasSuffix(u, "M"):
		mul = 1 << 20
	case strings.HasSuffix(u, "G"):
		mul = 1 << 30
	}
	if mul != 1 {
		u = u[:len(u)-1]
	}
	v, err := strconv.ParseFloat(u, 64)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(v * float64(mul)), nil
}

func main() {
	size := flag.String("size", "1MB", "approximate module size (1MB, 10MB, 100MB, 1GB; K/M/G = 1024-based)")
	dialect := flag.String("dialect", "opaque", "opaque (LLVM 15+ ptr, rustc 1.95/LLVM 22) or typed (LLVM 14 typed pointers, rustc 1.63)")
	out := flag.String("o", "-", "output file (- = stdout)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same module")
	progs := flag.Int("programs", 0, "number of program objects (0 = all six, three at the start, three at the end)")
	quiet := flag.Bool("q", false, "no summary on stderr")
	flag.Parse()
	if flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "modgen: unexpected arguments:", flag.Args())
		os.Exit(2)
	}
	n, err := parseSize(*size)
	if err != nil {
		fmt.Fprintln(os.Stderr, "modgen:", err)
		os.Exit(2)
	}
	f := os.Stdout
	if *out != "-" {
		if f, err = os.Create(*out); err != nil {
			fmt.Fprintln(os.Stderr, "modgen:", err)
			os.Exit(1)
		}
	}
	start := time.Now()
	w := bufio.NewWriterSize(f, 1<<20)
	st, err := irgen.Generate(w, irgen.Config{Size: n, Dialect: *dialect, Seed: *seed, Programs: *progs})
	if err == nil {
		err = w.Flush()
	}
	if err == nil && f != os.Stdout {
		err = f.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "modgen:", err)
		os.Exit(1)
	}
	if !*quiet {
		fmt.Fprintf(os.Stderr, "modgen: %s %d bytes, %d functions, %d programs, %d strings, %d metadata nodes in %.2fs\n",
			*dialect, st.Bytes, st.Funcs, st.Programs, st.Strings, st.Metadata, time.Since(start).Seconds())
	}
}
