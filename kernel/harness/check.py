#!/usr/bin/env python3
"""check.py CONSOLE TESTS - check the console of a harness boot.

TESTS has one line per test, in the order they ran: NAME EXPECT-FILE.  The
console is cut into one part per test by the IU-HARNESS-BEGIN/END lines the
guest /init prints (lines before the first test belong to "boot").

An EXPECT file has one directive per line (# starts a comment):

  CHECK                   the line "IU-TEST NAME.CHECK PASS ..." (or
                          IU-E2E, the prefix the e2e modules print) must be
                          in the console
  splat N REGEX           exactly N splat lines (below) in this test's part
                          of the console match REGEX: they are expected
  count CHECK MIN MAX REGEX
                          between MIN and MAX lines of this test's part match
                          REGEX; reported as NAME.CHECK

The boot fails when a result line says FAIL, an expected result is missing,
a test did not end (the boot timed out or the kernel died in it), or the
console shows a splat that no test expects: an oops, BUG, WARNING, panic,
lockup, RCU stall, hung task, unknown symbol, unknown NMI, double fault.
For each splat the console lines around it are shown.
"""
import re
import sys

RESULT = re.compile(r"IU-(?:TEST|E2E) (\S+) (PASS|FAIL)\b ?(.*)$")
SPLAT = re.compile(
    r"Oops|BUG:|WARNING:|Kernel panic|general protection fault|"
    r"soft lockup|hard LOCKUP|rcu.*stall|blocked for more than|"
    r"Unknown symbol|Unknown rela|NMI received for unknown reason|"
    r"Dazed and confused|double fault|kernel stack overflow|"
    r"stack guard page|invalid opcode|unable to handle")
# A test's name is letters, digits, '_', '.' and '-': the kernel's own
# console output can land on the marker's line, right after the name
# ("IU-HARNESS-BEGIN lto[    2.185785] clocksource: ..."), and must not
# become part of it.
BEGIN = re.compile(r"^IU-HARNESS-BEGIN ([\w.-]+)")
END = re.compile(r"^IU-HARNESS-END ([\w.-]+)")


class Expect:
    def __init__(self, name, path):
        self.name = name
        self.path = path
        self.checks = []     # check names
        self.splats = []     # (count, regex, line number)
        self.counts = []     # (check, min, max, regex)
        with open(path) as f:
            for no, raw in enumerate(f, 1):
                line = raw.split("#", 1)[0].strip()
                if not line:
                    continue
                words = line.split(None, 1)
                try:
                    if words[0] == "splat":
                        n, rx = words[1].split(None, 1)
                        self.splats.append((int(n), re.compile(rx), no))
                    elif words[0] == "count":
                        c, lo, hi, rx = words[1].split(None, 3)
                        self.counts.append((c, int(lo), int(hi), re.compile(rx)))
                    elif len(words) == 1:
                        self.checks.append(words[0])
                    else:
                        raise ValueError("unknown directive")
                except (ValueError, IndexError, re.error) as e:
                    sys.exit(f"{path}:{no}: error: {e}: {raw.rstrip()}")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check.py CONSOLE TESTS")
    with open(sys.argv[1], errors="replace") as f:
        console = f.read().splitlines()
    tests = []
    with open(sys.argv[2]) as f:
        for line in f:
            if line.strip():
                name, path = line.split(None, 1)
                tests.append(Expect(name, path.strip()))

    # Which test each console line belongs to.
    owner, cur, begun, ended = [], "boot", set(), set()
    for line in console:
        text = re.sub(r"^\[ *[0-9.]+\] ", "", line)
        m = BEGIN.match(text)
        if m:
            cur = m.group(1)
            begun.add(cur)
        owner.append(cur)
        m = END.match(text)
        if m:
            ended.add(m.group(1))

    failures = []
    results = {}
    for no, line in enumerate(console):
        m = RESULT.search(line)
        if not m:
            continue
        check, verdict, detail = m.groups()
        results.setdefault(check, []).append(verdict)
        if verdict == "FAIL":
            failures.append(f"FAIL {check}: {detail}")

    by_name = {t.name: t for t in tests}
    for t in tests:
        if t.name not in begun:
            failures.append(f"test {t.name}: never started (the boot ended before it)")
            continue
        if t.name not in ended:
            failures.append(f"test {t.name}: did not finish (timed out, or the kernel died in it)")
        passed = 0
        for c in t.checks:
            full = f"{t.name}.{c}"
            v = results.get(full)
            if not v:
                failures.append(f"FAIL {full}: missing (no result line)")
            elif "PASS" in v and "FAIL" not in v:
                passed += 1
        part = [console[i] for i in range(len(console)) if owner[i] == t.name]
        for c, lo, hi, rx in t.counts:
            n = sum(1 for l in part if rx.search(l))
            ok = lo <= n <= hi
            print(f"IU-TEST {t.name}.{c} {'PASS' if ok else 'FAIL'} "
                  f"{n} console lines match /{rx.pattern}/ (want {lo}..{hi}) [host]")
            if not ok:
                failures.append(f"FAIL {t.name}.{c}: {n} lines, want {lo}..{hi}")
            else:
                passed += 1
        total = len(t.checks) + len(t.counts)
        print(f"harness: test {t.name}: {passed}/{total} expected checks passed")

    # Splats: expected ones are matched by their test's "splat" lines.
    used = {}
    for no, line in enumerate(console):
        if RESULT.search(line) or not SPLAT.search(line):
            continue
        t = by_name.get(owner[no])
        allowed = False
        if t:
            for i, (n, rx, _) in enumerate(t.splats):
                if rx.search(line):
                    used[(t.name, i)] = used.get((t.name, i), 0) + 1
                    allowed = True
                    break
        if allowed:
            continue
        lo, hi = max(0, no - 5), min(len(console), no + 25)
        ctx = "\n".join(f"    {i + 1:6}: {console[i]}" for i in range(lo, hi))
        failures.append(f"console line {no + 1} (test {owner[no]}): kernel splat: "
                        f"{line.strip()}\n{ctx}")
    for t in tests:
        for i, (n, rx, lineno) in enumerate(t.splats):
            got = used.get((t.name, i), 0)
            if got != n:
                failures.append(f"FAIL {t.name}: {got} splats match /{rx.pattern}/, "
                                f"want {n} ({t.path}:{lineno})")

    if not any(RESULT.search(l) is None and "IU-HARNESS-DONE" in l for l in console):
        last = [console[i] for i in range(max(0, len(console) - 30), len(console))]
        failures.append("the guest did not finish (no IU-HARNESS-DONE); last console lines:\n"
                        + "\n".join("    " + l for l in last))

    for f in failures:
        print(f"harness: {f}")
    if failures:
        print(f"harness: FAILED ({len(failures)} problems; console: {sys.argv[1]})")
        return 1
    print("harness: all tests passed, console clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
