using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class SuggestionTests
{
    [Theory]
    [InlineData("valeu", "value")]
    [InlineData("fo", "foo")]
    [InlineData("methd", "method")]
    [InlineData("Value", "value")]
    [InlineData("zzz", null)]
    public void AttributeSuggestions(string name, string? expected)
    {
        var a = Class("A");
        a.Dict["method"] = TestFunction.Positional("method", 1, s => PyNone.Instance);
        var obj = (PyInstance)Ops.Call(a, ReadOnlySpan<PyObject>.Empty);
        obj.Dict["value"] = I(1);
        obj.Dict["foo"] = I(2);
        Suggestions.ForAttribute(obj, name).Should().Be(expected);
        try
        {
            Ops.GetAttr(obj, name);
        }
        catch (PyException e)
        {
            Ops.Repr(Ops.GetAttr(e.Value, "name")).Should().Be(Ops.Repr(S(name)));
            Ops.GetAttr(e.Value, "obj").Should().BeSameAs(obj);
        }
    }

    [Theory]
    [InlineData("lenn", "len")]
    [InlineData("prnt", "print")]
    [InlineData("Print", "print")]
    [InlineData("ranges", "range")]
    [InlineData("xyz", null)]
    public void NameSuggestions(string name, string? expected)
    {
        var builtins = new PyDict();
        foreach (var n in new[] { "abs", "len", "print", "range", "repr", "sorted", "str", "sum" }) builtins.SetItem(n, PyNone.Instance);
        var globals = new PyDict();
        globals.SetItem("__name__", S("__main__"));
        Suggestions.ForName(name, null, globals, builtins).Should().Be(expected);
    }
}
