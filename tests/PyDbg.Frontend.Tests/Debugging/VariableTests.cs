using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Tests.Debugging;

public class VariableTests
{
    private const string Program = """
class Point:
    kind = "pt"
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Bad:
    def __repr__(self):
        raise ValueError("boom")
def f():
    xs = list(range(100))
    d = {"a": 1, 2: [3]}
    t = (1, "two")
    s = {5}
    p = Point(1, 2)
    bad = Bad()
    err = KeyError("k", 2)
    big = list(range(100000))
    stop()
    return xs, d, p
f()
""";

    private static void AtStop(Action<VariableHandles, Dictionary<string, Variable>> check)
    {
        var ran = false;
        DebugHarness.Run(Program, (frame, _) =>
        {
            var handles = new VariableHandles();
            var locals = handles.Children(handles.Scope(frame, ScopeKind.Locals)).ToDictionary(v => v.Name);
            check(handles, locals);
            ran = true;
        }).Error.Should().BeNull();
        ran.Should().BeTrue();
    }

    [Fact]
    public void ListChildrenArePaged()
    {
        AtStop((h, locals) =>
        {
            var xs = locals["xs"];
            xs.TypeName.Should().Be("list");
            xs.IndexedCount.Should().Be(100);
            xs.VariablesReference.Should().BeGreaterThan(0);
            var page = h.Children(xs.VariablesReference, 10, 5);
            page.Select(v => v.Name).Should().Equal("10", "11", "12", "13", "14");
            page.Select(v => v.Value).Should().Equal("10", "11", "12", "13", "14");
            var first = h.Children(xs.VariablesReference, 0, 2);
            first.Select(v => v.Name).Should().Equal("len()", "0", "1");
            first[0].Value.Should().Be("100");
            h.Children(xs.VariablesReference, 98, 10).Select(v => v.Name).Should().Equal("98", "99");
        });
    }

    [Fact]
    public void DictTupleSetChildren()
    {
        AtStop((h, locals) =>
        {
            locals["d"].Value.Should().Be("{'a': 1, 2: [3]}");
            var d = h.Children(locals["d"].VariablesReference);
            d.Select(v => v.Name).Should().Equal("len()", "'a'", "2");
            d[2].Value.Should().Be("[3]");
            d[2].VariablesReference.Should().BeGreaterThan(0);
            h.Children(locals["t"].VariablesReference).Select(v => v.Value).Should().Equal("2", "1", "'two'");
            h.Children(locals["s"].VariablesReference).Select(v => v.Value).Should().Equal("1", "5");
        });
    }

    [Fact]
    public void InstanceAttributesClassAttributesAndExceptionArgs()
    {
        AtStop((h, locals) =>
        {
            var p = locals["p"];
            p.TypeName.Should().Be("Point");
            p.Value.Should().StartWith("<__main__.Point object at 0x");
            var attrs = h.Children(p.VariablesReference);
            attrs.Select(v => v.Name).Should().Equal("x", "y", VariableHandles.ClassAttributesName);
            var cls = h.Children(attrs[2].VariablesReference).ToDictionary(v => v.Name, v => v.Value);
            cls["kind"].Should().Be("'pt'");
            cls.Should().NotContainKey("__init__");
            var err = h.Children(locals["err"].VariablesReference);
            err[0].Name.Should().Be("args");
            err[0].Value.Should().Be("('k', 2)");
        });
    }

    [Fact]
    public void FailingReprAndHugeValuesAreSafe()
    {
        AtStop((h, locals) =>
        {
            locals["bad"].Value.Should().Be("<repr failed: ValueError: boom>");
            var big = locals["big"].Value;
            big.Length.Should().BeLessThanOrEqualTo(ValueFormatter.DefaultMaxLength);
            big.Should().StartWith("[0, 1, 2, 3").And.EndWith("...");
            ValueFormatter.SafeRepr(PyStr.From(new string('a', 5000)), 50).Should().Be("'" + new string('a', 46) + "...");
        });
    }

    [Fact]
    public void HandlesAreClearedOnResume()
    {
        AtStop((h, locals) =>
        {
            var id = locals["xs"].VariablesReference;
            h.IsValid(id).Should().BeTrue();
            h.Clear();
            h.IsValid(id).Should().BeFalse();
            h.Children(id).Should().BeEmpty();
        });
    }

    [Fact]
    public void RecursiveListRepr()
    {
        var s = DebugHarness.Run("a = [1]\na.append(a)\nstop()\n", (frame, _) =>
        {
            ValueFormatter.SafeRepr(frame.Globals.TryGetValue("a", out var a) ? a : null).Should().Be("[1, [...]]");
        });
        s.Error.Should().BeNull();
    }
}
