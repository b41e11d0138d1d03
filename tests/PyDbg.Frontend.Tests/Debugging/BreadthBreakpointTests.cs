using PyDbg.Vm.Debugging;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>Point 1: breakpoints in methods of every kind stop where expected, with the right stack.</summary>
public class BreadthBreakpointTests
{
    internal const string Methods = """
def deco(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __getitem__(self, i):
        return i * 2
    def __repr__(self):
        return f"V({self.x})"
    def norm(self):
        return abs(self.x)
    @property
    def p(self):
        return self.x + 1
    @p.setter
    def p(self, v):
        self.x = v
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(a):
        return a + 1
    class Inner:
        def m(self):
            return 5
    @deco
    def dm(self, k):
        return self.x * k
@deco
def dd(x):
    return x * 3
v = V(1) + V(2)
print(v)
print(v[3], v.p, V.c(), V.s(1), V.Inner().m(), dd(2), v.dm(2), v.norm())
v.p = 10
print(v.x)
""";

    private const string MethodsOutput = "V(3)\n6 4 V 2 5 6 6 3\n10\n";

    [Fact]
    public void LineBreakpointsInEveryKindOfMethod()
    {
        var (stops, stdout) = BreadthSession.RunWith(Methods, new[] { 3, 7, 9, 11, 13, 15, 18, 21, 24, 27, 30, 33, 36 },
            (_, _) => Cmd.Continue, BreadthSession.WithStack);
        stdout.Should().Be(MethodsOutput);
        stops.Should().Equal(
            "Breakpoint breadth_main.py:7 V.__init__ [V.__init__ < <module>]",
            "Breakpoint breadth_main.py:7 V.__init__ [V.__init__ < <module>]",
            "Breakpoint breadth_main.py:9 V.__add__ [V.__add__ < <module>]",
            "Breakpoint breadth_main.py:7 V.__init__ [V.__init__ < V.__add__ < <module>]",
            // print() calls __repr__ natively: the native frame is not in the Python stack.
            "Breakpoint breadth_main.py:13 V.__repr__ [V.__repr__ < <module>]",
            "Breakpoint breadth_main.py:11 V.__getitem__ [V.__getitem__ < <module>]",
            "Breakpoint breadth_main.py:18 V.p [V.p < <module>]",
            "Breakpoint breadth_main.py:24 V.c [V.c < <module>]",
            "Breakpoint breadth_main.py:27 V.s [V.s < <module>]",
            "Breakpoint breadth_main.py:30 V.Inner.m [V.Inner.m < <module>]",
            "Breakpoint breadth_main.py:3 deco.<locals>.wrapper [deco.<locals>.wrapper < <module>]",
            "Breakpoint breadth_main.py:36 dd [dd < deco.<locals>.wrapper < <module>]",
            "Breakpoint breadth_main.py:3 deco.<locals>.wrapper [deco.<locals>.wrapper < <module>]",
            "Breakpoint breadth_main.py:33 V.dm [V.dm < deco.<locals>.wrapper < <module>]",
            "Breakpoint breadth_main.py:15 V.norm [V.norm < <module>]",
            "Breakpoint breadth_main.py:21 V.p [V.p < <module>]");
    }

    [Fact]
    public void MethodBreakpointSeesSelfAndArguments()
    {
        var values = new List<string>();
        using var s = new BreadthSession(Methods);
        s.Debugger.SetLineBreakpoints(BreadthSession.MainFile, new[] { new LineBreakpointRequest(9), new LineBreakpointRequest(21) });
        s.OnStop = e =>
        {
            var locals = PyDbg.Vm.Debugging.Inspection.FrameInspector.Locals(e.Frame);
            values.Add(string.Join(", ", locals.Select(kv => kv.Key + "=" + PyDbg.Vm.Debugging.Inspection.ValueFormatter.SafeRepr(kv.Value))));
        };
        s.Drive((_, _) => Cmd.Continue).Should().Equal("Breakpoint breadth_main.py:9 V.__add__", "Breakpoint breadth_main.py:21 V.p");
        values.Should().Equal("self=V(1), o=V(2)", "self=V(3), v=10");
    }

    [Fact]
    public void FunctionBreakpointsByQualifiedName()
    {
        var (stops, stdout) = BreadthSession.RunWith(Methods, Array.Empty<int>(), (_, _) => Cmd.Continue, BreadthSession.WithStack,
            functions: new[] { "V.norm", "V.Inner.m", "V.p", "V.__add__", "deco.<locals>.wrapper" });
        stdout.Should().Be(MethodsOutput);
        stops.Should().Equal(
            "FunctionBreakpoint breadth_main.py:9 V.__add__ [V.__add__ < <module>]",
            "FunctionBreakpoint breadth_main.py:18 V.p [V.p < <module>]",
            "FunctionBreakpoint breadth_main.py:30 V.Inner.m [V.Inner.m < <module>]",
            "FunctionBreakpoint breadth_main.py:3 deco.<locals>.wrapper [deco.<locals>.wrapper < <module>]",
            "FunctionBreakpoint breadth_main.py:3 deco.<locals>.wrapper [deco.<locals>.wrapper < <module>]",
            "FunctionBreakpoint breadth_main.py:15 V.norm [V.norm < <module>]",
            "FunctionBreakpoint breadth_main.py:21 V.p [V.p < <module>]");
    }

    [Fact]
    public void FunctionBreakpointsByPlainName()
    {
        var (stops, _) = BreadthSession.RunWith(Methods, Array.Empty<int>(), (_, _) => Cmd.Continue, BreadthSession.Describe,
            functions: new[] { "__init__", "s", "wrapper", "__repr__" });
        stops.Should().Equal(
            "FunctionBreakpoint breadth_main.py:7 V.__init__",
            "FunctionBreakpoint breadth_main.py:7 V.__init__",
            "FunctionBreakpoint breadth_main.py:7 V.__init__",
            "FunctionBreakpoint breadth_main.py:13 V.__repr__",
            "FunctionBreakpoint breadth_main.py:27 V.s",
            "FunctionBreakpoint breadth_main.py:3 deco.<locals>.wrapper",
            "FunctionBreakpoint breadth_main.py:3 deco.<locals>.wrapper");
    }

    [Fact]
    public void UnknownFunctionNameIsNotVerified()
    {
        using var s = new BreadthSession(Methods);
        var info = s.Debugger.SetFunctionBreakpoints(new[] { new FunctionBreakpointRequest("V.nope"), new FunctionBreakpointRequest("Inner.m") });
        info[0].Verified.Should().BeFalse();
        info[0].Message.Should().Be("no function named 'V.nope'");
        // A qualified name must be the whole qualname (pdb: "Inner.m" is not "V.Inner.m").
        info[1].Verified.Should().BeFalse();
    }

    [Fact]
    public void ConditionalBreakpointInAMethodCalledInALoop()
    {
        const string source = """
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc()
for i in range(6):
    a.add(i)
print(a.total)
""";
        using var s = new BreadthSession(source);
        s.Debugger.SetLineBreakpoints(BreadthSession.MainFile, new[] { new LineBreakpointRequest(5, Condition: "n % 2 == 1 and self.total > 0") });
        var totals = new List<string>();
        s.OnStop = e => totals.Add(PyDbg.Vm.Debugging.Inspection.ValueFormatter.SafeRepr(
            PyDbg.Vm.Runtime.Ops.GetAttr(PyDbg.Vm.Debugging.Inspection.FrameInspector.TryGetLocal(e.Frame, "self")!, "total")));
        // n=1: total is still 0; n=3: 0+1+2; n=5: 3+3+4 (the line has not run yet).
        s.Drive((_, _) => Cmd.Continue).Should().Equal("Breakpoint breadth_main.py:5 Acc.add", "Breakpoint breadth_main.py:5 Acc.add");
        totals.Should().Equal("3", "10");
        s.Stdout.Should().Be("15\n");
    }
}
