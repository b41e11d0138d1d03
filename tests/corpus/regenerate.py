#!/usr/bin/env python3
"""Regenerates the expected outputs of the differential corpus from CPython (the oracle).

For every program tests/corpus/AREA/NAME.py it runs `python3 NAME.py` with the program's folder
as the working directory and writes, next to the program:

    NAME.out   the exact bytes the program wrote to stdout
    NAME.err   two lines: the exit code, and the last line of stderr ("" when stderr is empty)

The run is deterministic: PYTHONHASHSEED=0, UTF-8 I/O, no bytecode files, a 60 s timeout and an
address-space cap (so the MemoryError programs fail fast instead of really allocating).

Usage:
    python3 tests/corpus/regenerate.py            regenerate everything, report what changed
    python3 tests/corpus/regenerate.py --check    change nothing; exit 1 if any file is stale
    python3 tests/corpus/regenerate.py errors/x.py strings   only these programs / folders

Programs outside later/ must be tier-1: the script reports (and exits 1 for) any that uses
try/except, raise, classes, imports, yield, with or str % formatting.

Never edit .out/.err files by hand: they must always be what python3 really prints.
"""

import ast
import os
import resource
import subprocess
import sys

CORPUS = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_SECONDS = 60
ADDRESS_SPACE_LIMIT = 4 * 1024 ** 3


def find_programs(selectors):
    roots = [os.path.join(CORPUS, s) for s in selectors] if selectors else [CORPUS]
    programs = []
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isfile(root):
            programs.append(root)
            continue
        if not os.path.isdir(root):
            sys.exit(f"regenerate.py: no such program or folder: {root}")
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                # NAME_mod.py files are helper modules imported by a program beside them.
                if name.endswith(".py") and not name.endswith("_mod.py") and os.path.dirname(path) != CORPUS:
                    programs.append(path)
    return sorted(set(programs))


# Constructs that belong to later tiers: a program using them must live in later/.
LATER_NODES = (ast.Try, ast.TryStar, ast.ClassDef, ast.Import, ast.ImportFrom, ast.Yield, ast.YieldFrom,
               ast.With, ast.AsyncWith, ast.AsyncFor, ast.AsyncFunctionDef, ast.Await, ast.Raise)


def later_constructs(program):
    """Names of the later-tier constructs a program uses (empty for a tier-1 program)."""
    with open(program, encoding="utf-8") as f:
        source = f.read()
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, LATER_NODES):
            found.add(type(node).__name__)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) \
                and isinstance(node.left.value, str):
            found.add("str % formatting")
    return sorted(found)


def limit_resources():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def run(program):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
               PYTHONUTF8="1", LC_ALL="C.UTF-8")
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS"):
        env.pop(var, None)
    proc = subprocess.run([sys.executable, os.path.basename(program)], cwd=os.path.dirname(program),
                          env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=TIMEOUT_SECONDS, preexec_fn=limit_resources)
    stderr_lines = proc.stderr.decode("utf-8").splitlines()
    last = stderr_lines[-1] if stderr_lines else ""
    return proc.stdout, f"{proc.returncode}\n{last}\n".encode("utf-8")


def main(argv):
    check = "--check" in argv
    selectors = [a for a in argv if a != "--check"]
    programs = find_programs(selectors)
    changed = []
    misplaced = []
    for program in programs:
        in_later = os.path.relpath(program, CORPUS).split(os.sep)[0] in ("later", "breadth", "known-gaps")
        constructs = later_constructs(program)
        if constructs and not in_later:
            misplaced.append(f"{os.path.relpath(program, CORPUS)}: {', '.join(constructs)}")
        stdout, err = run(program)
        stem = program[:-3]
        for path, data in ((stem + ".out", stdout), (stem + ".err", err)):
            old = None
            if os.path.exists(path):
                with open(path, "rb") as f:
                    old = f.read()
            if old == data:
                continue
            changed.append((os.path.relpath(path, CORPUS), "new" if old is None else "changed"))
            if not check:
                with open(path, "wb") as f:
                    f.write(data)
    verb = "stale" if check else "written"
    for rel, kind in changed:
        print(f"{kind:>7}: {rel}")
    print(f"{len(programs)} programs, {len(changed)} files {verb}")
    for line in misplaced:
        print(f"not tier-1 (move it to later/): {line}")
    return 1 if (check and changed) or misplaced else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
