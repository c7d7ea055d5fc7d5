package stackcheck_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/iu-entry/iu-entry/irpass/stackcheck"
)

// BenchmarkCheckCost measures what the run-time check adds to a call: a
// recursion 64 levels deep (each level one call), compiled by llc-22 with
// and without the check before its recursive call, run by a C harness
// that sets the GS base so that %gs:iu_stack_limit is a variable holding
// 0 (no limit), as the link tests do. It reports ns per call of each, and
// the difference. Both functions start 64-byte aligned: unaligned, the
// placement of the code alone moved the figures by 0.6 ns either way.
func BenchmarkCheckCost(b *testing.B) {
	llc := filepath.Join(llvmBin("22"), "llc")
	cc, err := exec.LookPath("cc")
	if _, serr := os.Stat(llc); serr != nil || err != nil {
		b.Skip("needs llc-22 and cc")
	}
	dir := b.TempDir()
	const ir = `define i64 @depth_%[1]s(i64 %%n) align 64 {
start:
  %%z = icmp eq i64 %%n, 0
  br i1 %%z, label %%done, label %%more
more:
  %%m = sub i64 %%n, 1
%[2]s  %%r = call i64 @depth_%[1]s(i64 %%m)
  %%s = add i64 %%r, %%n
  ret i64 %%s
done:
  ret i64 0
}
`
	build := func(name, check string) string {
		f := filepath.Join(dir, name+".ll")
		if err := os.WriteFile(f, []byte(fmt.Sprintf(ir, name, check)), 0o644); err != nil {
			b.Fatal(err)
		}
		obj := filepath.Join(dir, name+".o")
		if out, err := exec.Command(llc, "-O2", "-filetype=obj", "-relocation-model=static", "-o", obj, f).CombinedOutput(); err != nil {
			b.Fatalf("llc: %v\n%s", err, out)
		}
		return obj
	}
	plain := build("plain", "")
	checked := build("checked", "  "+stackcheck.CheckCall+"\n")
	harness := filepath.Join(dir, "harness.c")
	if err := os.WriteFile(harness, []byte(costHarness), 0o644); err != nil {
		b.Fatal(err)
	}
	exe := filepath.Join(dir, "cost")
	if out, err := exec.Command(cc, "-O2", "-no-pie", "-o", exe, harness, plain, checked).CombinedOutput(); err != nil {
		b.Fatalf("cc: %v\n%s", err, out)
	}
	b.ResetTimer()
	var plainNS, checkedNS float64
	for i := 0; i < b.N; i++ {
		out, err := exec.Command(exe).Output()
		if err != nil {
			b.Fatal(err)
		}
		f := strings.Fields(string(out))
		if len(f) != 2 {
			b.Fatalf("harness printed %q", out)
		}
		p, _ := strconv.ParseFloat(f[0], 64)
		c, _ := strconv.ParseFloat(f[1], 64)
		plainNS += p
		checkedNS += c
	}
	b.ReportMetric(plainNS/float64(b.N), "ns/call-plain")
	b.ReportMetric(checkedNS/float64(b.N), "ns/call-checked")
	b.ReportMetric((checkedNS-plainNS)/float64(b.N), "ns/check")
}

// costHarness times depth_plain and depth_checked, interleaved, and
// prints the best ns per call of each.
const costHarness = `#include <asm/prctl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

long depth_plain(long n);
long depth_checked(long n);
unsigned long iu_stack_limit;
void iu_stack_overflow(void) { fputs("stack check fired\n", stderr); _exit(1); }

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

#define LEVELS 64
#define REPS 20000

static double time_one(long (*f)(long), long *sink)
{
	double t0 = now();
	for (int i = 0; i < REPS; i++)
		*sink += f(LEVELS);
	return (now() - t0) / ((double)REPS * LEVELS);
}

int main(void)
{
	long sink = 0;
	double best_p = 1e9, best_c = 1e9;
	if (syscall(SYS_arch_prctl, ARCH_SET_GS, 0UL) != 0)
		return 1;
	for (int round = 0; round < 15; round++) {
		double p = time_one(depth_plain, &sink), c = time_one(depth_checked, &sink);
		if (p < best_p)
			best_p = p;
		if (c < best_c)
			best_c = c;
	}
	printf("%.3f %.3f\n", best_p, best_c);
	return sink == 42;
}
`
