import sys, json
sys.path.insert(0, __import__('os').path.dirname(__file__))
from astgen import g
from symdump import dump
import ast

CASES = [
("locals_and_globals", """x = 1
def f(a, b=2, *args, c, d=4, **kw):
    y = a + x
    print(y)
    return len(args)
"""),
("closure_cells", """def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
"""),
("free_through_middle", """def a():
    v = 1
    def b():
        def c():
            return v
        return c
    return b
"""),
("class_skipped_by_methods", """def f():
    x = 1
    class C:
        x = 2
        y = x
        def m(self):
            return x
    return C
"""),
("class_sees_function_var", """def f():
    z = 3
    class C:
        w = z
    return C
"""),
("super_class_cell", """class A:
    def m(self):
        return 1
class B(A):
    def m(self):
        return super().m() + 1
    def n(self):
        return __class__
    def plain(self):
        return 0
"""),
("global_declaration", """counter = 0
def bump():
    global counter
    counter += 1
def g():
    global h
    def h():
        return 1
"""),
("comprehension_scopes", """def f(xs):
    ys = [x * 2 for x in xs if x]
    s = {x for x in xs}
    d = {k: v for k, v in xs}
    g = (x for x in range(10))
    return [[i + j for j in xs] for i in ys]
"""),
("comprehension_outer_iterable", """def f(n):
    return [i for i in range(n) for j in range(i)]
"""),
("walrus_in_comprehension", """def f(data):
    if any((hit := x) > 3 for x in data):
        return hit
    return [last := y for y in data], last
"""),
("generators", """def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def deleg():
    yield from gen(3)
"""),
("lambda_scopes", """def make(k):
    return lambda x, y=k: x + k
f = lambda: 0
"""),
("import_and_del", """import os.path
from sys import argv as av
def f():
    import math
    from collections import deque
    t = math.pi
    del t
    return deque
"""),
("except_with_for", """def f(items):
    for i, (a, *b) in enumerate(items):
        pass
    with open('x') as fh, open('y') as (g1, g2):
        pass
    try:
        pass
    except ValueError as e:
        pass
    return i
"""),
("private_mangling", """class C:
    __slots = 1
    def __m(self, __p):
        __q = __p
        return self.__m
"""),
("nested_class_qualname", """def f():
    class D:
        def m(self):
            def inner():
                return self
            return inner
    return D
class E:
    class F:
        def g(self): pass
"""),
("param_cells", """def f(a, b):
    def g():
        return a
    return g
"""),
("class_free_class", """def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
    return C
"""),
("lambda_in_comprehension", """def f():
    return [lambda: i for i in range(3)]
"""),
("annotations", """x: int = 1
def f():
    y: int = 2
    z: str
    return y
"""),
("global_function_qualname", """def f():
    global g
    def g(): pass
    class K: pass
"""),
("super_in_nested_lambda", """class A:
    def m(self):
        return (lambda: super().m())()
    def n(self):
        def inner():
            return __class__
        return inner
"""),
("global_in_outer_hides_enclosing", """def f():
    x = 1
    def g():
        global x
        def h():
            return x
        return h
    return g
"""),
("nonlocal_in_method", """def f():
    count = 0
    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return C
"""),
("genexp_in_class", """class C:
    xs = [1, 2]
    total = sum(x for x in xs)
    ys = [x for x in xs]
"""),
("nested_comprehension_free", """def f(n):
    m = 2
    return [[m * i + j for j in range(n)] for i in range(n)]
"""),
("lambda_default_and_body", """def f(a):
    return lambda b=a, *c, d=a, **e: (a, b, c, d, e)
"""),
("try_finally_names", """def f():
    try:
        x = 1
    except (KeyError, ValueError) as err:
        y = err
    else:
        z = 2
    finally:
        w = 3
    return x
"""),
("del_cell", """def f():
    v = 1
    def g():
        return v
    del v
    return g
"""),
("use_before_assign_order", """def f():
    a = b = 1
    for q in range(a):
        r = q
    (w := 5)
    return w
"""),
]

ERRORS = [
("assigned_before_global", "def f():\n    x = 1\n    global x\n"),
("used_before_global", "def f():\n    print(x)\n    global   x\n"),
("param_and_global", "def f(a):\n    global a\n"),
("nonlocal_module_level", "nonlocal x\n"),
("no_binding_nonlocal", "def f():\n    def g():\n        nonlocal x\n"),
("return_outside_function", "x = 1\nif x:\n    return 5\n"),
("yield_outside_function", "class C:\n    y = (yield 1)\n"),
("break_outside_loop", "for i in range(3):\n    pass\nelse:\n    break\n"),
("continue_outside_loop", "def f():\n    continue\n"),
("yield_in_listcomp", "x = [(yield i) for i in range(3)]\n"),
("duplicate_argument", "def f(a, a): pass\n"),
("nonlocal_at_class_level", "class C:\n    nonlocal x\n"),
("assigned_before_nonlocal", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n"),
("walrus_in_class_comprehension", "class C:\n    y = [(z := 1) for q in range(2)]\n"),
("walrus_rebinds_iteration_var", "def f():\n    return [i := 0 for i in range(2)]\n"),
("import_star_in_function", "def f():\n    from os import *\n"),
("starred_assignment_target", "*a = [1, 2]\n"),
("multiple_starred", "a, *b, *c = [1, 2, 3]\n"),
]

def err(src):
    try:
        compile(src, 't.py', 'exec')
    except SyntaxError as e:
        return e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
    raise Exception("no error: " + src)

out = []
out.append("""// Generated from CPython 3.11: ASTs from ast.parse, expectations from the symtable module and
// the compiled code objects (co_qualname, co_varnames, co_cellvars, co_freevars, co_flags).
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using SList = PyDbg.Frontend.Syntax.List;
using STuple = PyDbg.Frontend.Syntax.Tuple;
using Attribute = PyDbg.Frontend.Syntax.Attribute;

namespace PyDbg.Frontend.Tests.Semantics;

public static partial class SymbolTableCases
{
    private static PyDbg.Vm.Bytecode.SourceSpan S(int l, int c, int el, int ec) => new(l, c, el, ec);

    public static readonly (string Name, string Source, Func<Module> Ast, string Expected)[] Cases =
    {""")
for name, src in CASES:
    a, b = dump(src)
    exp = "\n".join(a) + "\n--\n" + "\n".join(b)
    out.append(f"        ({json.dumps(name)}, {json.dumps(src)}, () => {g(ast.parse(src))},\n            {json.dumps(exp)}),")
out.append("    };")
out.append("""
    public static readonly (string Name, string Source, Func<Module> Ast, string Message, int Line, int Offset, int EndLine, int EndOffset)[] Errors =
    {""")
for name, src in ERRORS:
    m, l, o, el, eo = err(src)
    out.append(f"        ({json.dumps(name)}, {json.dumps(src)}, () => {g(ast.parse(src))},\n            {json.dumps(m)}, {l}, {o}, {el}, {eo}),")
out.append("    };\n}")
print("\n".join(out))
