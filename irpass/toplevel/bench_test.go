package toplevel

import (
	"os"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/source"
)

// BenchmarkReaderFile reads the module named by $IU_BENCH_FILE (e.g. one
// made by bench/modgen) with pread, a window at a time, as the command does.
func BenchmarkReaderFile(b *testing.B) {
	name := os.Getenv("IU_BENCH_FILE")
	if name == "" {
		b.Skip("set IU_BENCH_FILE to a module")
	}
	f, err := os.Open(name)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	b.SetBytes(fi.Size())
	for i := 0; i < b.N; i++ {
		src := source.New(f, fi.Size())
		r := NewReader(src)
		n := 0
		for {
			e, err := r.Next()
			if err != nil {
				b.Fatal(err)
			}
			if e == nil {
				break
			}
			n++
		}
		src.Close()
	}
}
