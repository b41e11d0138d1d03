#!/usr/bin/env python3
"""Whole-program timings of PyDbg against CPython.

Builds pydbg once (dotnet build -c Release src/DebugAdapter), then for every bench/programs/*.py
times `python3 P` and `pydbg run P` (best of 3 wall-clock runs each), checks that both print the
same output, and prints a table of the times with each ratio (pydbg time / python time; below 1
means PyDbg is faster) and their geometric mean. Exits 0 (it reports; it does not judge), unless
the build fails.

Usage: python3 bench/run.py [--runs N] [--engine vm|ast] [NAME ...]
"""

import math
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
PYDBG = os.path.join(ROOT, "src", "DebugAdapter", "bin", "Release", "net10.0", "pydbg")


def build():
    print("building pydbg (Release)...", flush=True)
    proc = subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo",
                           os.path.join(ROOT, "src", "DebugAdapter")],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0 or not os.path.exists(PYDBG):
        sys.stdout.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        sys.exit("bench: the build failed")


def best_of(command, runs, cwd):
    best = math.inf
    output = None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(command, cwd=cwd, capture_output=True)
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        output = (proc.returncode, proc.stdout)
    return best, output


def main(argv):
    runs = 3
    engine = "vm"
    names = []
    i = 0
    while i < len(argv):
        if argv[i] == "--runs":
            runs = int(argv[i + 1])
            i += 2
        elif argv[i] == "--engine":
            engine = argv[i + 1]
            i += 2
        else:
            names.append(argv[i])
            i += 1
    programs = sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if names:
        programs = [p for p in programs if p in names or p[:-3] in names]
    build()
    env_note = f"best of {runs}, wall clock, engine {engine}"
    print(f"{'program':<20}{'python3 s':>11}{'pydbg s':>11}{'ratio':>9}  output")
    ratios = []
    for name in programs:
        path = os.path.join(PROGRAMS, name)
        py_time, py_out = best_of([sys.executable, name], runs, PROGRAMS)
        pd_time, pd_out = best_of([PYDBG, "run", "--engine", engine, name], runs, PROGRAMS)
        same = "same" if py_out == pd_out else "DIFFERENT"
        ratio = pd_time / py_time
        ratios.append(ratio)
        print(f"{name:<20}{py_time:>11.3f}{pd_time:>11.3f}{ratio:>9.2f}  {same}", flush=True)
        if py_out != pd_out:
            print(f"    python3: exit {py_out[0]}, {py_out[1][:200]!r}")
            print(f"    pydbg:   exit {pd_out[0]}, {pd_out[1][:200]!r}")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<42}{geomean:>9.2f}  ({env_note}; ratio = pydbg / python3)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
