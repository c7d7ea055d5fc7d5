#!/bin/bash
# check-object.sh NAME OBJ: is OBJ (a relocatable object or a .ko) code a
# kernel may load and run? Prints one IU-E2E line per check, exit 1 if
# either fails.
#
#   NAME.no_simd      no instruction that touches x87, MMX, SSE or AVX
#                     state: no operand naming %st, %mm, %xmm, %ymm, %zmm or
#                     an AVX-512 mask register, no x87 instruction (every
#                     mnemonic starting with f), no MXCSR, EMMS, VZERO* or
#                     FXSAVE/XSAVE-family instruction. Kernel code runs
#                     with the interrupted task's FPU registers live: using
#                     them without kernel_fpu_begin() corrupts that task.
#                     (Fences, prefetches and movnti use no such register
#                     and are allowed.)
#   NAME.relocations  every relocation applied to an allocated section is
#                     of a type Linux 6.1's x86-64 module loader
#                     (apply_relocate_add) takes: R_X86_64_NONE, 64, 32S,
#                     PC32, PLT32, PC64. Anything else (GOTPCREL and its
#                     relaxable forms, TLS, ...) makes insmod fail with
#                     "Unknown rela relocation". R_X86_64_32 is a type the
#                     loader knows, but it zero-extends, and module
#                     addresses (0xffffffffa0000000 and up) do not fit: it
#                     fails too ("overflow in relocation"); code built with
#                     the kernel code model uses R_X86_64_32S instead.
#                     Relocations of sections that are not loaded
#                     (.stack_sizes, debug info) are not applied by the
#                     loader and are only counted.
#   NAME.retpoline    no indirect call or jump other than through the
#                     kernel's __x86_indirect_thunk_* (Debian's kernel is
#                     built with retpolines against Spectre v2; a bare
#                     `call *%rax` in a module bypasses them; paravirt
#                     call sites, `call *pv_ops+N(%rip)`, which the kernel
#                     patches at load time, are counted apart). The line also
#                     counts returns through __x86_return_thunk (Retbleed)
#                     and plain ones (LLVM 14 cannot emit return thunks).
#
# check-object.sh --selftest: compiles C code that breaks every rule and
# checks that every check fails on it (a check that cannot fail proves
# nothing). Environment: LLVM22 (llvm-objdump, llvm-readelf; default
# /usr/lib/llvm-22/bin), CC (default gcc).
set -uo pipefail
LLVM22=${LLVM22:-/usr/lib/llvm-22/bin}

if [ "${1:-}" = --selftest ]; then
	t=$(mktemp -d)
	trap 'rm -rf "$t"' EXIT
	cat >"$t/bad.c" <<'EOF'
extern double scale;
extern long double wide;
extern int counter;
double f(double x) { return x * scale; }      /* SSE: mulsd %xmm */
long double g(long double x) { return x + wide; } /* x87: fld, fadd */
int h(void) { return counter; }               /* -fPIC: counter@GOTPCREL */
int (*volatile hook)(int);
int k(int x) { return hook(x) + 1; }          /* call *%rax */
EOF
	"${CC:-gcc}" -O2 -fPIC -c -o "$t/bad.o" "$t/bad.c" || exit 1
	out=$("$0" selftest "$t/bad.o")
	ok=1
	grep -q '^IU-E2E selftest.no_simd FAIL .*%xmm' <<<"$out" || ok=0
	grep -q '^IU-E2E selftest.no_simd FAIL .*fld' <<<"$out" || ok=0
	grep -qE '^IU-E2E selftest.relocations FAIL .*R_X86_64_(REX_)?GOTPCREL' <<<"$out" || ok=0
	grep -qE '^IU-E2E selftest.retpoline FAIL .*call.*\*%' <<<"$out" || ok=0
	if [ $ok = 1 ]; then
		echo "IU-E2E check_object_selftest PASS every check fails on SSE, x87, GOT and bare indirect-call code"
		exit 0
	fi
	printf '%s\n' "$out"
	echo "IU-E2E check_object_selftest FAIL the checks missed SSE, x87, GOT or bare indirect-call code (above)"
	exit 1
fi

name=$1 obj=$2
fail=0
# A file the tools cannot read fails both checks (not a silent pass).
for t in llvm-objdump llvm-readelf; do
	if ! err=$("$LLVM22/$t" -h "$obj" 2>&1 >/dev/null) || [ -n "$err" ]; then
		echo "IU-E2E $name.no_simd FAIL cannot read $obj: $err"
		echo "IU-E2E $name.relocations FAIL cannot read $obj"
		exit 1
	fi
done

# x87/MMX/SSE/AVX: by operand and by mnemonic, per function.
simd=$("$LLVM22/llvm-objdump" -d --no-show-raw-insn --no-leading-addr "$obj" | awk '
	/^[^ \t].*>:$/ { fn = $0; sub(/^[^<]*</, "", fn); sub(/>:$/, "", fn); next }
	/^[ \t]/ {
		line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]*#.*$/, "", line)
		split(line, w, /[ \t]+/); m = w[1]
		if (m == "rep" || m == "lock" || m ~ /^(data16|cs|ds|es|ss|notrack)$/) m = w[2]
		bad = line ~ /%(st|mm[0-7]|[xyz]mm[0-9]+|k[0-7])([^0-9a-z]|$)/ ||
		      m ~ /^f/ || m ~ /^v?(ldmxcsr|stmxcsr)$/ || m ~ /^(emms|femms|vzeroupper|vzeroall)$/ ||
		      m ~ /^(fxsave|fxrstor|xsave|xrstor|xsaveopt|xsavec|xsaves|xrstors)(64)?$/
		if (bad) { n++; if (n <= 5) printf "%s: %s; ", fn, line }
	}
	END { if (n) printf "(%d instructions)", n }')
if [ -n "$simd" ]; then
	echo "IU-E2E $name.no_simd FAIL $simd"
	fail=1
else
	echo "IU-E2E $name.no_simd PASS no x87/MMX/SSE/AVX instruction or register"
fi

# Relocations: which sections are allocated (flags column has A), then the
# type of every relocation and the section it applies to.
rel=$("$LLVM22/llvm-readelf" -S -W "$obj" | awk '
	/^ *\[ *[0-9]+\]/ {
		sub(/^ *\[ *[0-9]+\] */, ""); name = $1
		# Flags are the field after ES (7th of: Name Type Address Off Size ES Flg).
		alloc[name] = ($7 ~ /A/)
		next
	}
	END { for (s in alloc) if (alloc[s]) print "ALLOC " s }'
	"$LLVM22/llvm-readelf" -r -W "$obj" | awk '
	/^Relocation section / { s = $3; gsub(/\047/, "", s); sub(/^\.rela?/, "", s); next }
	/R_X86_64_/ { for (i = 1; i <= NF; i++) if ($i ~ /^R_X86_64_/) print "REL " s " " $i " " $(i+2) }')
summary=$(awk '
	$1 == "ALLOC" { alloc[$2] = 1; next }
	$1 == "REL" {
		if (!($2 in alloc)) { skipped++; next }
		n[$3]++
		if ($3 !~ /^R_X86_64_(NONE|64|32S|PC32|PLT32|PC64)$/) {
			bad++
			why = $3 == "R_X86_64_32" ? " (overflows at a module address)" : ""
			if (bad <= 5) printf "BAD %s%s against %s in %s\n", $3, why, $4, $2
		}
	}
	END {
		for (t in n) printf "TYPE %s=%d\n", t, n[t]
		printf "SKIPPED %d\n", skipped
	}' <<<"$rel")
types=$(grep '^TYPE ' <<<"$summary" | cut -c6- | LC_ALL=C sort | tr '\n' ' ')
skipped=$(sed -n 's/^SKIPPED //p' <<<"$summary")
if grep -q '^BAD ' <<<"$summary"; then
	echo "IU-E2E $name.relocations FAIL the module loader refuses: $(grep '^BAD ' <<<"$summary" | cut -c5- | tr '\n' ';') (all: $types)"
	fail=1
else
	echo "IU-E2E $name.relocations PASS ${types}(and $skipped in sections not loaded)"
fi

# Indirect branches and returns.
branches=$("$LLVM22/llvm-objdump" -dr --no-show-raw-insn --no-leading-addr "$obj" | awk '
	/^[^ \t].*>:$/ { fn = $0; sub(/^[^<]*</, "", fn); sub(/>:$/, "", fn); next }
	/R_X86_64_[A-Z0-9]+[ \t]+__x86_indirect_thunk_/ { thunk++ }
	/R_X86_64_[A-Z0-9]+[ \t]+__x86_return_thunk/ { rethunk++ }
	# A paravirt call site (call *pv_ops+N(%rip), from local_irq_save() and
	# friends in the kernel C code) is patched into native instructions at
	# load time: the relocation line after it names pv_ops.
	pending != "" && /R_X86_64_[A-Z0-9]+[ \t]+pv_ops/ { pending = ""; pv++; next }
	pending != "" { flush() }
	/^[ \t]/ && !/R_X86_64_/ {
		line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]*#.*$/, "", line)
		if (line ~ /^(call|jmp)q?[ \t]+\*/) pending = fn ": " line
		if (line ~ /^retq?$/) ret++
	}
	function flush() { bare++; if (bare <= 5) printf "BARE %s\n", pending; pending = "" }
	END {
		if (pending != "") flush()
		printf "COUNTS %d indirect branches through thunks, %d paravirt call sites; returns: %d through __x86_return_thunk, %d plain\n", thunk, pv, rethunk, ret
	}')
counts=$(sed -n 's/^COUNTS //p' <<<"$branches")
if grep -q '^BARE ' <<<"$branches"; then
	echo "IU-E2E $name.retpoline FAIL indirect branches without a retpoline: $(grep '^BARE ' <<<"$branches" | cut -c6- | tr '\n' ';') ($counts)"
	fail=1
else
	echo "IU-E2E $name.retpoline PASS $counts"
fi
exit $fail
