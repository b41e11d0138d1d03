#!/usr/bin/env python3
"""Regenerates the golden AST dumps: for each NAME.py next to this script, writes NAME.ast with
CPython's ast.dump(ast.parse(src), indent=2, include_attributes=True) and NAME.dump with
ast.dump(ast.parse(src), indent=2) (what `pydbg ast` prints). Run with CPython 3.11."""
import ast
import pathlib
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("regenerate.py must run on CPython 3.11 (found %d.%d)" % sys.version_info[:2])

here = pathlib.Path(__file__).resolve().parent
for src_path in sorted(here.glob("*.py")):
    if src_path.name == "regenerate.py":
        continue
    src = src_path.read_bytes().decode("utf-8")
    tree = ast.parse(src, filename=src_path.name)
    dump = ast.dump(tree, indent=2, include_attributes=True)
    src_path.with_suffix(".ast").write_text(dump + "\n", encoding="utf-8", newline="\n")
    plain = ast.dump(tree, indent=2)
    src_path.with_suffix(".dump").write_text(plain + "\n", encoding="utf-8", newline="\n")
    print("wrote", src_path.with_suffix(".ast").name, src_path.with_suffix(".dump").name)
