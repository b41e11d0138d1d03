namespace PyDbg.Vm.Tests.Execution;

/// <summary>Programs run on the VM through ProgramRunner; expected output recorded from CPython 3.11 (python3).</summary>
public class VmProgramTests
{
    private static (int Code, string Out, string Err) Run(string source)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PyDbg.Frontend.Engines.ProgramRunner.RunSource(source, "t.py", PyDbg.Frontend.Engines.EngineKind.Vm, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ArithLoops()
    {
        var (code, stdout, stderr) = Run("""
total = 0
for i in range(10):
    for j in range(i):
        total += i * j - j // 2 + j % 3
print(total, 7 // -2, -7 % 3, 2 ** 10, 10 / 4)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("never")
for k in []:
    pass
else:
    print("for-else", k if False else None)
""");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("""
859 -4 2 1024 2.5
i 1
i 3
for-else None

""");
    }

    [Fact]
    public void FunctionsClosures()
    {
        var (code, stdout, stderr) = Run("""
def make_counter(start=0, *, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(10, step=5)
print(c(), c(), c())
def varargs(a, *args, b=2, **kw):
    return a, args, b, sorted(kw.items())
print(varargs(1, 2, 3, b=4, z=5, y=6))
print(varargs(*[1, 2], **{"b": 3}))
f = lambda x, y=10: x + y
print(f(1), f(1, 2), (lambda: 42)())
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()
print(outer())
g = 100
def uses_global():
    global g
    g += 1
    return g
print(uses_global(), g)
""");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("""
15 20 25
(1, (2, 3), 4, [('y', 6), ('z', 5)])
(1, (2,), 3, [])
11 3 42
2
101 101

""");
    }

    [Fact]
    public void ComprehensionsGenerators()
    {
        var (code, stdout, stderr) = Run("""
squares = [x * x for x in range(6) if x % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
d = {k: v for k, v in zip("abc", range(3))}
s = {x % 3 for x in range(10)}
print(squares, pairs, d, s)
print(sum(x for x in range(101)))
def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"
g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("result", r)
    yield 99
print(list(deleg()))
it = iter([1, 2, 3])
print(list(zip(it, it)))
""");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("""
[0, 4, 16] [(1, 0), (2, 0), (2, 1)] {'a': 0, 'b': 1, 'c': 2} {0, 1, 2}
5050
got hello
0 1 2
stop done
result done
[0, 1, 99]
[(1, 2)]

""");
    }

    [Fact]
    public void UnpackingAugassign()
    {
        var (code, stdout, stderr) = Run("""
a, b = 1, 2
a, b = b, a
x, y, z = "xyz"
first, *rest = [1, 2, 3, 4]
*init, last = (5, 6, 7)
h, *m, t = range(5)
print(a, b, x, y, z, first, rest, init, last, h, m, t)
lst = [1, 2, 3]
lst[0] += 10
lst[1:] = [20, 30]
d = {"k": 1}
d["k"] *= 7
class O: pass
o = O()
o.v = 3
o.v **= 2
print(lst, d, o.v, lst[::-1], lst[-1])
del lst[0]
del d["k"]
print(lst, d)
p = q = [0]
print(p is q, 1 < 2 < 3, 3 > 2 > 5, 1 == 1.0, "a" in "abc", 4 not in [1, 2])
print(f"{a!r:>4}|{3.14159:.2f}|{'s'}|{a + b}|{x=}")
print(1 and 0, 1 or 0, None or "default", not None, [] and "never")
""");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("""
2 1 x y z 1 [2, 3, 4] [5, 6] 7 0 [1, 2, 3] 4
[11, 20, 30] {'k': 7} 9 [30, 20, 11] 30
[20, 30] {}
True True False True True True
   2|3.14|s|3|x='x'
0 1 default True []

""");
    }

    [Fact]
    public void Classes()
    {
        var (code, stdout, stderr) = Run("""
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
    @staticmethod
    def bark():
        return "woof"
    @property
    def upper(self):
        return self.name.upper()
d = Dog("rex")
print(d.speak(), Dog.bark(), d.upper, d.kind, repr(Animal("cat")))
print(isinstance(d, Animal), type(d).__name__, Dog.__mro__[1].__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __len__(self):
        return 3
print(list(Counter()), len(Counter()))
""");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("""
rex makes a sound (woof) woof REX animal Animal('cat')
True Dog Animal
[1, 2, 3] 3

""");
    }

    [Fact]
    public void Exceptions()
    {
        var (code, stdout, stderr) = Run("""
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n
for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", e)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def f():
    try:
        return "from try"
    finally:
        print("cleanup")
print(f())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("loop finally", i)
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except (TypeError, MyError) as e:
    print("tuple catch", e)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
try:
    undefined_name
except NameError as e:
    print(e)
""");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("""
5.0
no error
finally 2
caught zero
finally 0
RuntimeError wrapped KeyError
cleanup
from try
loop finally 0
loop finally 1
tuple catch custom
assert math
name 'undefined_name' is not defined

""");
    }

    [Fact]
    public void WithStatement()
    {
        var (code, stdout, stderr) = Run("""
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b"):
    print("body", a.name)
with CM("s", True):
    raise ValueError("hidden")
print("after")
def g():
    with CM("r"):
        return "ret"
print(g())
""");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Be("""
enter a
enter b
body a
exit b None
exit a None
enter s
exit s ValueError
after
enter r
exit r None
ret

""");
    }
}
