"""Generates TreeWalkCases.g.cs: small programs with what CPython 3.11 prints for them
(stdout, exit code, full stderr with the file named t.py). Run: python3 mkcases.py > ../TreeWalkCases.g.cs"""
import json, os, subprocess, tempfile

CASES = {}
def case(name, src): CASES[name] = src

case("arith_and_compare", '''
x = 7
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x, +x, ~x)
print(x > y, x < y, x == 7, x != 7, 1 < x < 10, 1 < x > 10, x is x, x is not None)
print(3 in [1, 2, 3], 4 not in (1, 2), "a" in "abc")
print(True and 5, 0 or "z", None or 0, not 0, 1 and 2 and 3, 0 and 1/0)
print(2 ** 100, -7 // 2, -7 % 2, 7.5 // 2, 1e3, 10 / 4)
''')
case("chained_compare_once", '''
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1/1))
''')
case("strings_and_fstrings", '''
name = "world"
n = 42
pi = 3.14159
print(f"hello {name}! {n:5d}|{n:<5}|{pi:.2f}|{name!r}|{n!s:>4}|{'x'*3}")
print(f"{n:{'0'}{8}b} {{literal}} {name.upper()}")
print("a" + "b" * 3, "abc"[1], "abcdef"[1:4], "abcdef"[::-1], len("hé"))
w = 10
print(f"{pi:{w}.3f}|")
''')
case("if_while_for_else", '''
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("i", i)
else:
    print("no break")
for i in range(2):
    pass
else:
    print("loop done", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
if n: print("yes")
elif n == 0: print("zero")
else: print("no")
''')
case("functions_all_parameter_kinds", '''
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
def g(x, y, /, z, *, w):
    return x + y + z + w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
args = [1, 2]
kw = {"c": 10, "zz": 11}
print(f(*args, **kw))
print(f(*[1], *[2, 3], c=0, **{"q": 1}))
def h(*, only): return only
print(h(only="k"))
''')
case("closures_nonlocal_global", '''
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5))
total = 0
def add(v):
    global total
    total += v
add(3); add(4)
print(total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
fs = [lambda k=i: k * 10 for i in range(3)]
print([f() for f in fs])
adders = [(lambda v: v + i) for i in range(3)]
print([a(100) for a in adders])
''')
case("recursion", '''
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
''')
case("unpacking", '''
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = [10, 20], 30
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
p, *mid, q = range(5)
print(first, rest, init, last, p, mid, q)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m = n = [0]
m.append(1)
print(m, n, m is n)
[s, t] = "st"
print(s, t)
''')
case("augmented_assignment", '''
calls = []
def key():
    calls.append("key")
    return "k"
d = {"k": 1}
d[key()] += 5
print(d, calls)
class Box: pass
b = Box()
b.v = 10
b.v *= 3
print(b.v)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, lst is alias)
t = (1,)
t += (2,)
print(t)
s = "ab"
s *= 2
print(s)
x = 10
x //= 3; x **= 2; x -= 1; x %= 5; x <<= 3; x >>= 1; x |= 1; x &= 7; x ^= 2
print(x)
''')
case("subscripts_slices_del", '''
lst = list(range(10))
print(lst[2], lst[-1], lst[2:5], lst[::3], lst[8:2:-2], lst[:])
lst[1:3] = ["a", "b", "c"]
print(lst)
del lst[0]
del lst[-2:]
print(lst)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class O: pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
v = 5
del v
try:
    print(v)
except NameError as e:
    print("NameError", e)
''')
case("comprehensions", '''
print([x * x for x in range(6) if x % 2 == 0])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print([(i, j) for i in range(3) for j in range(i)])
print(sum(x for x in range(101)))
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3) if (z := y * 2) > 1], z)
''')
case("generators", '''
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print(next(g), next(g), next(g))
squares = (n * n for n in naturals())
print([next(squares) for _ in range(5)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], "ab", count(2))))
def echo():
    got = yield "ready"
    while got is not None:
        got = yield got.upper()
e = echo()
print(next(e), e.send("hi"), e.send("yo"))
def ret():
    yield 1
    return "done"
def outer():
    v = yield from ret()
    yield v
print(list(outer()))
print(any(x > 3 for x in naturals()))
gen = count(3)
print(type(gen).__name__)
for v in gen:
    print("v", v)
''')
case("lambda_ifexp_walrus", '''
sq = lambda v: v * v
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print("big" if sq(3) > 5 else "small")
data = [1, 5, 9]
if (n := len(data)) > 2:
    print("len", n)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
''')
case("assert_messages", '''
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("caught", e)
try:
    assert False
except AssertionError as e:
    print("empty", repr(e))
assert True
print("ok")
''')
case("exceptions", '''
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n
for v in [2, 0, "x"]:
    try:
        r = risky(v)
    except ValueError as e:
        print("value", e)
    except (TypeError, ZeroDivisionError) as e:
        print("type", type(e).__name__)
    else:
        print("ok", r)
    finally:
        print("finally", v)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(e, type(e.__context__).__name__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", e)
class MyError(Exception):
    pass
try:
    raise MyError("custom", 2)
except Exception as e:
    print(type(e).__name__, e.args)
''')
case("classes", '''
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
print(d.speak(), d.kind, isinstance(d, Animal), repr(d))
print(Dog.__name__, Dog.__qualname__, Dog.__mro__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @staticmethod
    def describe():
        return "counter"
    @classmethod
    def make(cls):
        return cls()
Counter(); Counter.make()
print(Counter.count, Counter.describe())
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __eq__(self, o): return self.x == o.x
    def __len__(self): return self.x
    def __str__(self): return f"V{self.x}"
print(V(1) + V(2), V(3) == V(3), len(V(4)))
def make():
    y = 5
    class Inner:
        val = y
        def get(self):
            return y * 2
    return Inner
I = make()
print(I.val, I().get(), I.__qualname__)
class P:
    def __init__(self):
        self.__secret = 1
    def reveal(self):
        return self.__secret
print(P().reveal(), P()._P__secret)
''')
case("with_statement", '''
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "swallow"
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("swallow"):
    raise ValueError("hidden")
try:
    with CM("keep"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)
''')
case("scoping_rules", '''
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
class C:
    x = "class"
    y = x
    def m(self):
        return x
print(C.y, C().m())
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def free_unbound():
    def inner():
        return v
    r = inner
    v = 1
    del v
    return r()
try:
    free_unbound()
except NameError as e:
    print(e)
''')
case("error_traceback_nested", '''
def inner(d):
    return d["missing"]
def outer():
    return inner({})
outer()
''')
case("error_recursion", '''
def f(n):
    return f(n + 1)
f(0)
''')
case("error_unpack", '''
a, b = [1, 2, 3]
''')
case("error_zero_in_listcomp", '''
values = [1, 0]
print([10 // v for v in values])
''')
case("error_chained", '''
try:
    {}["k"]
except KeyError:
    raise ValueError("bad value")
''')
case("error_uncaught_custom", '''
class AppError(Exception):
    pass
def run():
    raise AppError("it failed")
run()
''')
case("error_attribute", '''
class A: pass
a = A()
print(a.missing)
''')
case("error_generator", '''
def gen():
    yield 1
    yield 1 / 0
for v in gen():
    print(v)
''')

case('generators_advanced', 'def g1():\n    for i in range(5):\n        if i == 1:\n            continue\n        if i == 4:\n            break\n        try:\n            yield i\n        finally:\n            print("fin", i)\n    else:\n        print("no")\n    yield "end"\nprint(list(g1()))\ndef g2():\n    try:\n        yield 1\n        raise ValueError("x")\n    except ValueError as e:\n        yield f"handled {e}"\n        try:\n            raise\n        except ValueError:\n            yield "reraised inside"\n    yield "after"\nprint(list(g2()))\nclass CM:\n    def __enter__(self): print("enter"); return self\n    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True\ndef g3():\n    with CM():\n        yield 1\n        raise KeyError\n    yield 2\nprint(list(g3()))\ndef g4():\n    try:\n        while True:\n            x = yield\n            print("got", x)\n    except GeneratorExit:\n        print("closing g4")\n        raise\ng = g4(); next(g); g.send(1); g.send(2); g.close()\ndef g5():\n    total = 0\n    while True:\n        try:\n            v = yield total\n        except ValueError:\n            v = 100\n        total += v\ngg = g5(); next(gg)\nprint(gg.send(1), gg.throw(ValueError), gg.send(2))\ndef inner():\n    r = yield 1\n    print("inner got", r)\n    return "inner-ret"\ndef outer():\n    res = yield from inner()\n    print("outer got", res)\n    yield "last"\no = outer()\nprint(next(o), o.send("S"))\ndef mixed():\n    x = 1 + (yield 2)\n    print("x", x)\n    print((yield "p"))\n    return x\nm = mixed()\nprint(next(m), m.send(5), end=" ")\ntry:\n    m.send("q")\nexcept StopIteration as s:\n    print("ret", s.value)\ndef handler_isolation():\n    try:\n        raise KeyError("gen")\n    except KeyError:\n        yield 1\n        yield 2\nh = handler_isolation()\nnext(h)\ntry:\n    raise\nexcept RuntimeError as e:\n    print("consumer sees no active exception:", e)\nprint(next(h))\ndef ret_early(n):\n    for i in range(n):\n        if i == 2:\n            return\n        yield i\nprint(list(ret_early(10)))\ndef genexc():\n    yield 1\n    1 / 0\ntry:\n    list(genexc())\nexcept ZeroDivisionError as z:\n    print("zde", z)\n')
case('generators_pipelines', 'def tree(n):\n    if n == 0:\n        return\n    yield n\n    yield from tree(n - 1)\n    yield -n\nprint(list(tree(4)))\ndef pipeline():\n    nums = (i for i in range(20))\n    evens = (n for n in nums if n % 2 == 0)\n    squares = (e * e for e in evens)\n    return list(squares)\nprint(pipeline())\ndef take(it, n):\n    out = []\n    for v in it:\n        if len(out) == n:\n            break\n        out.append(v)\n    return out\ndef primes():\n    found = []\n    n = 2\n    while True:\n        if all(n % p for p in found):\n            found.append(n)\n            yield n\n        n += 1\nprint(take(primes(), 15))\nmany = [take(primes(), 2) for _ in range(300)]\nprint(len(many), many[-1])\ndef averager():\n    total = count = 0\n    avg = None\n    while True:\n        v = yield avg\n        if v is None:\n            return total\n        total += v; count += 1\n        avg = total / count\na = averager(); next(a)\nprint(a.send(10), a.send(20), a.send(60))\ntry:\n    a.send(None)\nexcept StopIteration as s:\n    print("stop", s.value)\ndef gen_exc():\n    yield 1\n    raise KeyError("from gen")\ntry:\n    for v in gen_exc():\n        print("got", v)\nexcept KeyError as e:\n    print("caught", e)\ng = (x for x in [1])\nprint(next(g), next(g, "default"))\nz = zip((i for i in range(3)), "abc")\nprint(list(z))\nprint(dict((k, len(k)) for k in ["a", "bb"]))\nprint(sorted((v for v in [3, 1, 2]), reverse=True))\ndef counter():\n    i = 0\n    while True:\n        i += 1\n        yield i\nc = counter()\nfor v in c:\n    if v > 3: break\nprint(next(c))\n')
case('language_mix', '# scoping & closures\ndef make_counters():\n    counters = []\n    for i in range(3):\n        def c(i=i):\n            return i\n        counters.append(c)\n    return [c() for c in counters]\nprint(make_counters())\ndef gen_closure():\n    x = 10\n    g = (x + i for i in range(3))\n    x = 20\n    return list(g)\nprint(gen_closure())\nclass A:\n    v = 1\n    lst = [v * 2 for _ in range(2)] if False else None\n    def f(self):\n        return self.v\nprint(A().f(), A.lst)\n# nested functions modifying via nonlocal\ndef acc():\n    total = 0\n    def add(n):\n        nonlocal total\n        total += n\n        return total\n    return add\na = acc(); a(1); print(a(10))\n# global from nested\ng_val = 0\ndef outer():\n    def inner():\n        global g_val\n        g_val = 42\n    inner()\nouter(); print(g_val)\n# default args evaluated once\ndef app(x, lst=[]):\n    lst.append(x); return lst\nprint(app(1), app(2))\n# keyword only & defaults\ndef kw(a, *, b=5, c):\n    return a, b, c\nprint(kw(1, c=3), kw(1, b=2, c=3))\n# star unpack in calls and displays\nt = (1, 2)\nprint(*t, sep="-")\nprint([*t, *"ab"], (*t,), {*t}, {**{"a": 1}, "b": 2})\n# while with complex conditions\ni = 0\nwhile i < 10 and not (i > 5):\n    i += 2\nprint(i)\n# chained assignment with subscripts\nd = {}\nd["a"] = d["b"] = 5\nprint(d)\n# slices assign and del\nl = list(range(10))\nl[::2] = [0] * 5\ndel l[1::3]\nprint(l)\n# nested unpacking in for\nfor (a1, b1), c1 in [((1, 2), 3)]:\n    print(a1, b1, c1)\n# string methods and f-string nesting\nwidth = 8\nprint(f"{\'hi\':^{width}}|{3.5:>{width}.2f}")\nprint(f"{[1,2]!r} {1+1=}")\n# ternary chains\nfor n in range(4):\n    print("zero" if n == 0 else "one" if n == 1 else "many")\n# lambda recursion via name\nfact = lambda n: 1 if n < 2 else n * fact(n - 1)\nprint(fact(10))\n# is / is not\nprint(None is None, [] is [], 1 != None)\n# sorting with key lambdas\npairs = [(1, "b"), (2, "a"), (1, "a")]\nprint(sorted(pairs, key=lambda p: (p[1], -p[0])))\nprint(max(pairs, key=lambda p: p[1]), min([3, 1, 2]))\n')
case('exceptions_in_depth', '# exceptions & tracebacks in depth\ndef check(v):\n    if v < 0:\n        raise ValueError(f"negative: {v}")\n    return v\nresults = []\nfor v in (1, -1, 2):\n    try:\n        results.append(check(v))\n    except ValueError as err:\n        results.append(str(err))\nprint(results)\ntry:\n    err\nexcept NameError as e:\n    print("unbound after except:", e)\ndef nested_finally():\n    out = []\n    try:\n        try:\n            raise KeyError("a")\n        finally:\n            out.append("inner finally")\n    except KeyError:\n        out.append("caught")\n    finally:\n        out.append("outer finally")\n    return out\nprint(nested_finally())\ndef return_in_finally():\n    try:\n        raise ValueError\n    finally:\n        return "swallowed"\nprint(return_in_finally())\ndef loop_break_finally():\n    for i in range(3):\n        try:\n            break\n        finally:\n            print("finally on break", i)\n    return i\nprint(loop_break_finally())\nclass E1(Exception): pass\nclass E2(E1):\n    def __init__(self, code):\n        Exception.__init__(self, f"code {code}")\n        self.code = code\ntry:\n    raise E2(7)\nexcept E1 as e:\n    print(type(e).__name__, e, e.code, isinstance(e, Exception))\ntry:\n    raise TypeError\nexcept TypeError as e:\n    print(repr(e), e.args)\ndef ctx():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        try:\n            raise ValueError("inner") from None\n        except ValueError as v:\n            return v.__cause__, v.__suppress_context__, type(v.__context__).__name__\nprint(ctx())\ntry:\n    try:\n        raise ValueError("first")\n    except ValueError:\n        {}["second"]\nexcept KeyError as k:\n    print("context:", repr(k.__context__))\nx = 0\ntry:\n    x = int("12")\nexcept ValueError:\n    x = -1\nelse:\n    x += 1\nfinally:\n    x *= 2\nprint(x)\ntry:\n    assert isinstance(x, str), f"x is {type(x).__name__}"\nexcept AssertionError as a:\n    print(a)\ntry:\n    raise\nexcept RuntimeError as r:\n    print(r)\n')

def run(src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "t.py")
        with open(path, "w") as fh: fh.write(src)
        p = subprocess.run(["python3", "t.py"], cwd=d, capture_output=True, text=True)
        return p.stdout, p.stderr.replace(path, "t.py"), p.returncode

out = ["// Generated by tools/mkcases.py from CPython 3.11's output for each program.",
       "namespace PyDbg.Frontend.Tests.TreeWalk;", "",
       "public static class TreeWalkCases", "{",
       "    public static readonly (string Name, string Source, string Stdout, string Stderr, int ExitCode)[] Cases =", "    {"]
for name, src in CASES.items():
    src = src.lstrip("\n")
    so, se, rc = run(src)
    out.append(f"        ({json.dumps(name)}, {json.dumps(src)},\n            {json.dumps(so)},\n            {json.dumps(se)}, {rc}),")
out += ["    };", "}"]
print("\n".join(out))
