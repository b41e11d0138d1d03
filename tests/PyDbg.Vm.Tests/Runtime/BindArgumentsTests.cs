using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class BindArgumentsTests
{
    private static TestFunction Fn(string name, string[] names, int argc, int posOnly = 0, int kwOnly = 0,
        bool varArgs = false, bool varKw = false, PyObject[]? defaults = null, Dictionary<string, PyObject>? kwDefaults = null, string? qual = null)
    {
        var sig = new FunctionSignature
        {
            ParameterNames = names, ArgCount = argc, PosOnlyArgCount = posOnly, KwOnlyArgCount = kwOnly,
            HasVarArgs = varArgs, HasVarKeywords = varKw,
        };
        return new TestFunction(name, sig, slots => new PyTuple(slots.Select(s => s ?? (PyObject)PyStr.From("<unbound>")).ToArray()), qual)
        {
            Defaults = defaults,
            KwDefaults = kwDefaults,
        };
    }

    private static string CallError(PyObject f, PyObject[] args, string[]? kw = null) => Error(() => Ops.Call(f, args, kw));

    private static readonly TestFunction F = Fn("f", new[] { "a", "b" }, 2);
    private static readonly TestFunction G = Fn("g", new[] { "a", "b" }, 2, defaults: new PyObject[] { I(1) });
    private static readonly TestFunction H = Fn("h", new[] { "a", "k" }, 1, kwOnly: 1);
    private static readonly TestFunction P = Fn("p", new[] { "a", "b" }, 2, posOnly: 1);
    private static readonly TestFunction Q = Fn("q", new[] { "a", "b", "c" }, 3);
    private static readonly TestFunction R = Fn("r", new[] { "a" }, 1);
    private static readonly TestFunction S0 = Fn("s", new[] { "k" }, 0, kwOnly: 1, kwDefaults: new() { ["k"] = I(2) });
    private static readonly TestFunction T5 = Fn("t", new[] { "a", "b", "k", "args", "kw" }, 2, kwOnly: 1, varArgs: true, varKw: true, defaults: new PyObject[] { I(2) });
    private static readonly TestFunction AF = Fn("f", new[] { "self", "a", "b" }, 3, qual: "A.f");

    [Fact]
    public void MissingPositional()
    {
        CallError(F, Array.Empty<PyObject>()).Should().Be("TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
        CallError(F, new PyObject[] { I(1) }).Should().Be("TypeError: f() missing 1 required positional argument: 'b'");
        CallError(G, Array.Empty<PyObject>()).Should().Be("TypeError: g() missing 1 required positional argument: 'a'");
        CallError(Q, Array.Empty<PyObject>()).Should().Be("TypeError: q() missing 3 required positional arguments: 'a', 'b', and 'c'");
        CallError(R, Array.Empty<PyObject>()).Should().Be("TypeError: r() missing 1 required positional argument: 'a'");
        CallError(new PyMethod(AF, I(0)), new PyObject[] { I(1) }).Should().Be("TypeError: A.f() missing 1 required positional argument: 'b'");
    }

    [Fact]
    public void TooManyPositional()
    {
        CallError(F, new PyObject[] { I(1), I(2), I(3) }).Should().Be("TypeError: f() takes 2 positional arguments but 3 were given");
        CallError(G, new PyObject[] { I(1), I(2), I(3) }).Should().Be("TypeError: g() takes from 1 to 2 positional arguments but 3 were given");
        CallError(R, new PyObject[] { I(1), I(2) }).Should().Be("TypeError: r() takes 1 positional argument but 2 were given");
        CallError(S0, new PyObject[] { I(1) }).Should().Be("TypeError: s() takes 0 positional arguments but 1 was given");
        CallError(H, new PyObject[] { I(1), I(2), I(3) }, new[] { "k" })
            .Should().Be("TypeError: h() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given");
        CallError(H, new PyObject[] { I(1), I(2) }).Should().Be("TypeError: h() takes 1 positional argument but 2 were given");
        CallError(AF, new PyObject[] { I(1), I(2), I(3), I(4) }).Should().Be("TypeError: A.f() takes 3 positional arguments but 4 were given");
    }

    [Fact]
    public void KeywordErrors()
    {
        CallError(F, new PyObject[] { I(1), I(2) }, new[] { "x" }).Should().Be("TypeError: f() got an unexpected keyword argument 'x'");
        CallError(F, new PyObject[] { I(1), I(2) }, new[] { "a" }).Should().Be("TypeError: f() got multiple values for argument 'a'");
        CallError(H, new PyObject[] { I(1) }).Should().Be("TypeError: h() missing 1 required keyword-only argument: 'k'");
        CallError(P, new PyObject[] { I(1), I(2) }, new[] { "a", "b" })
            .Should().Be("TypeError: p() got some positional-only arguments passed as keyword arguments: 'a'");
        CallError(G, new PyObject[] { I(1), I(2), I(3), I(1) }, new[] { "k" }).Should().Be("TypeError: g() got an unexpected keyword argument 'k'");
        CallError(T5, new PyObject[] { I(1), I(2), I(3) }, new[] { "a", "k" }).Should().Be("TypeError: t() got multiple values for argument 'a'");
    }

    [Fact]
    public void DefaultsVarArgsAndKwargs()
    {
        Ops.Repr(Ops.Call(T5, new PyObject[] { I(1), I(3) }, new[] { "k" })).Should().Be("(1, 2, 3, (), {})");
        Ops.Repr(Ops.Call(T5, new PyObject[] { I(1), I(2), I(3), I(4), I(5), I(6) }, new[] { "k", "z" }))
            .Should().Be("(1, 2, 5, (3, 4), {'z': 6})");
        Ops.Repr(Ops.Call(S0, Array.Empty<PyObject>())).Should().Be("(2,)");
        Ops.Repr(Ops.Call(G, new PyObject[] { I(5) })).Should().Be("(5, 1)");
        Ops.Repr(Ops.Call(G, new PyObject[] { I(5), I(6) }, new[] { "b" })).Should().Be("(5, 6)");
        Ops.Repr(Ops.Call(F, new PyObject[] { I(5), I(6) }, new[] { "b", "a" })).Should().Be("(6, 5)");
    }
}
