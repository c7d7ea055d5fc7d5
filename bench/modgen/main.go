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
	"time"

	"github.com/iu-entry/iu-entry/bench/internal/irgen"
)

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
	n, err := irgen.ParseSize(*size)
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
