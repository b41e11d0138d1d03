using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;

namespace PyDbg.Frontend.Tests.Debugging;

/// <summary>Point 4: values expandable in the variables view, inspected at a real breakpoint stop.</summary>
public class BreadthVariableTests
{
    private const string Program = """
import sys
class Base:
    kind = "base"
    def hello(self):
        return 1
class Point(Base):
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = [2]
class Bad:
    def __repr__(self):
        raise ValueError("boom")
class Node:
    def __init__(self):
        self.me = self
        self.kids = []
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
def make_adder(k, *, scale=2):
    def add(v, w=10):
        return v + k * scale + w
    return add
def f():
    p = Point(1, [1, 2])
    s = Slotted()
    bad = Bad()
    node = Node()
    node.kids.append(node)
    d = {"k": 1}
    d["self"] = d
    big = dict((i, i) for i in range(2000))
    g = gen(5)
    next(g)
    next(g)
    done = gen(0)
    list(done)
    fn = make_adder(3)
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("outer", 7) from e
    except ValueError as e2:
        err = e2
    mod = sys
    cls = Point
    return 0
f()
""";

    private static void AtStop(Action<VariableHandles, Dictionary<string, Variable>> check)
    {
        using var s = new BreadthSession(Program);
        s.Debugger.SetLineBreakpoints(BreadthSession.MainFile, new[] { new LineBreakpointRequest(56) })
            .Should().OnlyContain(b => b.Verified);
        var ran = false;
        s.OnStop = e =>
        {
            var handles = new VariableHandles();
            var locals = handles.Children(handles.Scope(e.Frame, ScopeKind.Locals)).ToDictionary(v => v.Name);
            check(handles, locals);
            ran = true;
        };
        s.Drive((_, _) => Cmd.Continue).Should().Equal("Breakpoint breadth_main.py:56 f");
        ran.Should().BeTrue();
    }

    private static Dictionary<string, Variable> Kids(VariableHandles h, Variable v) =>
        h.Children(v.VariablesReference).ToDictionary(c => c.Name);

    [Fact]
    public void UserInstanceAttributesAndInheritedClassAttributes()
    {
        AtStop((h, l) =>
        {
            var p = l["p"];
            p.TypeName.Should().Be("Point");
            var kids = h.Children(p.VariablesReference);
            kids.Select(k => k.Name).Should().Equal("x", "y", VariableHandles.ClassAttributesName);
            kids[1].Value.Should().Be("[1, 2]");
            Kids(h, kids[1]).Keys.Should().Equal("len()", "0", "1");
            var cls = Kids(h, kids[2]);
            cls.Keys.Should().Equal("dims", "kind", "hello");
            cls["dims"].Value.Should().Be("2");
            cls["kind"].Value.Should().Be("'base'");
            cls["hello"].TypeName.Should().Be("function");
        });
    }

    [Fact]
    public void SlottedInstanceShowsItsSlots()
    {
        AtStop((h, l) =>
        {
            var kids = Kids(h, l["s"]);
            kids["a"].Value.Should().Be("1");
            kids["b"].Value.Should().Be("[2]");
        });
    }

    [Fact]
    public void FailingReprIsShownSafely_AttributesStillExpand()
    {
        AtStop((h, l) =>
        {
            l["bad"].Value.Should().Be("<repr failed: ValueError: boom>");
            l["bad"].TypeName.Should().Be("Bad");
        });
    }

    [Fact]
    public void RecursiveObjectsAndContainers()
    {
        AtStop((h, l) =>
        {
            var node = l["node"];
            var kids = Kids(h, node);
            // The object refers to itself: the same handle, so the tree can be expanded forever lazily.
            kids["me"].VariablesReference.Should().Be(node.VariablesReference);
            kids["kids"].Value.Should().StartWith("[<__main__.Node object at 0x");
            var d = l["d"];
            d.Value.Should().Be("{'k': 1, 'self': {...}}");
            Kids(h, d)["'self'"].VariablesReference.Should().Be(d.VariablesReference);
        });
    }

    [Fact]
    public void HugeDictIsPaged()
    {
        AtStop((h, l) =>
        {
            var big = l["big"];
            big.NamedCount.Should().Be(2001);
            big.Value.Length.Should().BeLessThanOrEqualTo(ValueFormatter.DefaultMaxLength);
            big.Value.Should().EndWith("...");
            h.Children(big.VariablesReference, 1500, 3).Select(v => v.Name + "=" + v.Value).Should().Equal("1500=1500", "1501=1501", "1502=1502");
        });
    }

    [Fact]
    public void GeneratorShowsItsSuspendedFrame()
    {
        AtStop((h, l) =>
        {
            var g = l["g"];
            g.TypeName.Should().Be("generator");
            g.Value.Should().StartWith("<generator object gen at 0x");
            var kids = Kids(h, g);
            kids.Keys.Should().Equal("__name__", "__qualname__", "gi_running", "gi_suspended", "gi_frame.f_lineno", VariableHandles.FrameLocalsName);
            kids["__name__"].Value.Should().Be("'gen'");
            kids["gi_running"].Value.Should().Be("False");
            kids["gi_suspended"].Value.Should().Be("True");
            kids["gi_frame.f_lineno"].Value.Should().Be("27");
            var frameLocals = h.Children(kids[VariableHandles.FrameLocalsName].VariablesReference).ToDictionary(v => v.Name, v => v.Value);
            frameLocals.Should().Equal(new Dictionary<string, string> { ["n"] = "5", ["total"] = "1", ["i"] = "1" });
            var done = Kids(h, l["done"]);
            done.Keys.Should().Equal("__name__", "__qualname__", "gi_running", "gi_suspended");
            done["gi_suspended"].Value.Should().Be("False");
        });
    }

    [Fact]
    public void FunctionShowsNamesDefaultsAndClosure()
    {
        AtStop((h, l) =>
        {
            var fn = l["fn"];
            fn.TypeName.Should().Be("function");
            fn.Value.Should().StartWith("<function make_adder.<locals>.add at 0x");
            var kids = Kids(h, fn);
            kids.Keys.Should().Equal("__name__", "__qualname__", "__defaults__", "(closure) k", "(closure) scale");
            kids["__qualname__"].Value.Should().Be("'make_adder.<locals>.add'");
            kids["__defaults__"].Value.Should().Be("(10,)");
            kids["(closure) k"].Value.Should().Be("3");
            kids["(closure) scale"].Value.Should().Be("2");
        });
    }

    [Fact]
    public void ExceptionShowsArgsCauseAndContext()
    {
        AtStop((h, l) =>
        {
            var err = l["err"];
            err.Value.Should().Be("ValueError('outer', 7)");
            var kids = Kids(h, err);
            kids.Keys.Should().Equal("args", "__cause__");
            kids["args"].Value.Should().Be("('outer', 7)");
            kids["__cause__"].Value.Should().Be("KeyError('inner')");
            Kids(h, kids["__cause__"])["args"].Value.Should().Be("('inner',)");
        });
    }

    [Fact]
    public void ModulesAndClasses()
    {
        AtStop((h, l) =>
        {
            var mod = l["mod"];
            mod.Value.Should().Be("<module 'sys' (built-in)>");
            Kids(h, mod).Should().ContainKey("argv");
            var cls = l["cls"];
            cls.Value.Should().Be("<class '__main__.Point'>");
            Kids(h, cls).Keys.Should().Equal("dims", "kind", "hello");
        });
    }
}
