#!/usr/bin/env python3
"""Regenerates expected.txt from cases.txt and fuzz_expected.txt from fuzz_cases.txt (mutated
corpus snippets; kind/msg/lineno/offset only, without running a subprocess) (cases separated by a line '===='): for each case,
runs `python3 x.py` on it and records the SyntaxError CPython 3.11 reports (kind, msg, lineno,
offset) and the exact text it prints on stderr, as one JSON object per line."""
import json
import pathlib
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    sys.exit("regenerate.py must run on CPython 3.11")

here = pathlib.Path(__file__).resolve().parent

fuzz = here.joinpath("fuzz_cases.txt").read_text(encoding="utf-8").split("\n====\n")
fuzz_out = []
for src in fuzz:
    try:
        compile(src, "x.py", "exec")
        fuzz_out.append(json.dumps({"ok": True}))
    except SyntaxError as e:
        fuzz_out.append(json.dumps({"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}))
here.joinpath("fuzz_expected.txt").write_text("\n".join(fuzz_out) + "\n", encoding="utf-8")
print(len(fuzz_out), "fuzz cases")

cases = here.joinpath("cases.txt").read_text(encoding="utf-8").split("\n====\n")
out = []
with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp, "x.py")
    for src in cases:
        try:
            compile(src, "x.py", "exec")
            out.append(json.dumps({"ok": True}))
            continue
        except SyntaxError as e:
            info = {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}
        except (MemoryError, RecursionError) as e:
            out.append(json.dumps({"kind": type(e).__name__}))
            continue
        path.write_text(src, encoding="utf-8")
        proc = subprocess.run([sys.executable, "x.py"], cwd=tmp, capture_output=True, text=True)
        info["stderr"] = proc.stderr.replace(str(path), "x.py")
        out.append(json.dumps(info))
here.joinpath("expected.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "cases")
