using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>print/input, iteration builtins, introspection builtins; expected values are CPython 3.11's.</summary>
public class BuiltinFunctionsTests : BuiltinsTestBase
{
    private static PyObject Call(string name, params PyObject[] args) =>
        global::PyDbg.Vm.Runtime.Builtins.Function(name)!.Func(args, null);

    private static PyObject CallKw(string name, PyObject[] args, string[] kw) =>
        global::PyDbg.Vm.Runtime.Builtins.Function(name)!.Func(args, kw);

    private static PyObject CallType(PyType t, params PyObject[] args) => t.NativeConstructor!(args, null);

    private static string R(PyObject o) => Ops.Repr(o);

    private static string ListR(PyObject iterable) => Ops.Repr(new PyList(Ops.ToList(iterable)));

    [Fact]
    public void PopulateRegistersFunctionsTypesAndExceptions()
    {
        var b = new PyDict();
        global::PyDbg.Vm.Runtime.Builtins.Populate(b);
        foreach (var name in new[] { "print", "len", "range", "int", "str", "list", "dict", "ValueError", "KeyError", "StopIteration", "sorted", "enumerate", "zip", "isinstance", "None" })
            b.TryGetValue(name, out _).Should().BeTrue(name);
        b.TryGetValue("int", out var it).Should().BeTrue();
        it.Should().BeSameAs(PyType.Int);
        b.TryGetValue("ValueError", out var ve).Should().BeTrue();
        ve.Should().BeSameAs(PyExc.ValueError);
        global::PyDbg.Vm.Runtime.Builtins.Populate(new PyDict()); // idempotent
    }

    [Fact]
    public void PrintWritesToContextStdout()
    {
        Call("print", S("a"), I(1), F(2.5));
        CallKw("print", new PyObject[] { S("x"), S("y"), S("-"), S("!\n") }, new[] { "sep", "end" });
        CallKw("print", new PyObject[] { PyBool.True }, new[] { "flush" });
        Call("print");
        Out.ToString().Should().Be("a 1 2.5\nx-y!\n\n\n");
        Raises(() => CallKw("print", new PyObject[] { I(1) }, new[] { "sep" })).Should().Be("TypeError: sep must be None or a string, not int");
        Raises(() => CallKw("print", new PyObject[] { I(1) }, new[] { "x" })).Should().Be("TypeError: 'x' is an invalid keyword argument for print()");
    }

    [Fact]
    public void InputReadsLinesAndRaisesEofError()
    {
        Ctx.Stdin = new StringReader("first\nsecond\r\n");
        Str(Call("input", S("? "))).Should().Be("first");
        Str(Call("input")).Should().Be("second");
        Raises(() => Call("input")).Should().Be("EOFError: EOF when reading a line");
        Out.ToString().Should().Be("? ");
    }

    [Fact]
    public void IteratorTypes()
    {
        ListR(CallType(EnumerateIterator.TypeObject, S("ab"), I(1))).Should().Be("[(1, 'a'), (2, 'b')]");
        ListR(CallType(ZipIterator.TypeObject, L(I(1), I(2), I(3)), S("ab"))).Should().Be("[(1, 'a'), (2, 'b')]");
        ListR(CallType(FilterIterator.TypeObject, PyNone.Instance, L(I(0), I(1), S(""), I(2)))).Should().Be("[1, 2]");
        ListR(CallType(MapIterator.TypeObject, global::PyDbg.Vm.Runtime.Builtins.Function("abs")!, L(I(-1), I(2)))).Should().Be("[1, 2]");
        ListR(CallType(ReversedIterator.TypeObject, L(I(1), I(2), I(3)))).Should().Be("[3, 2, 1]");
        ListR(CallType(ReversedIterator.TypeObject, new PyRange(1, 10, 3))).Should().Be("[7, 4, 1]");
        ListR(CallType(ReversedIterator.TypeObject, S("abc"))).Should().Be("['c', 'b', 'a']");
        Raises(() => CallType(ReversedIterator.TypeObject, I(1))).Should().Be("TypeError: 'int' object is not reversible");
        Raises(() => CallType(MapIterator.TypeObject, I(1))).Should().Be("TypeError: map() must have at least two arguments.");
        Raises(() => CallType(EnumerateIterator.TypeObject)).Should().Be("TypeError: enumerate() missing required argument 'iterable' (pos 1)");
    }

    [Fact]
    public void StrictZip()
    {
        PyObject Z(params PyObject[] a) => EnumerateIteratorHelpers.Strict(a);
        Raises(() => Ops.ToList(Z(L(I(1), I(2)), L(I(1))))).Should().Be("ValueError: zip() argument 2 is shorter than argument 1");
        Raises(() => Ops.ToList(Z(L(I(1)), L(I(1), I(2)), L(I(1), I(2))))).Should().Be("ValueError: zip() argument 2 is longer than argument 1");
        Raises(() => Ops.ToList(Z(L(I(1), I(2)), L(I(1), I(2)), L(I(1))))).Should().Be("ValueError: zip() argument 3 is shorter than arguments 1-2");
    }

    private static class EnumerateIteratorHelpers
    {
        public static PyObject Strict(PyObject[] its)
        {
            var args = new PyObject[its.Length + 1];
            its.CopyTo(args, 0);
            args[^1] = PyBool.True;
            return ZipIterator.TypeObject.NativeConstructor!(args, new[] { "strict" });
        }
    }

    [Fact]
    public void AnyAllNextIter()
    {
        R(Call("any", L())).Should().Be("False");
        R(Call("all", L())).Should().Be("True");
        R(Call("any", L(I(0), I(1)))).Should().Be("True");
        R(Call("all", L(I(1), I(0)))).Should().Be("False");
        var it = Call("iter", L(I(5)));
        R(Call("next", it)).Should().Be("5");
        R(Call("next", it, S("d"))).Should().Be("'d'");
        Raises(() => Call("next", it)).Should().Be("StopIteration: ");
        Raises(() => Call("next", I(1))).Should().Be("TypeError: 'int' object is not an iterator");
        Raises(() => Call("iter", I(1), I(2))).Should().Be("TypeError: iter(v, w): v must be callable");
    }

    [Fact]
    public void TypeChecks()
    {
        R(Call("isinstance", PyBool.True, PyType.Int)).Should().Be("True");
        R(Call("isinstance", I(1), T(PyType.Str, T(PyType.Float, PyType.Int)))).Should().Be("True");
        R(Call("issubclass", PyType.Bool, PyType.Int)).Should().Be("True");
        R(Call("issubclass", PyType.Int, T(PyType.Str))).Should().Be("False");
        R(Call("isinstance", new PyBaseException(PyExc.KeyError, PyTuple.Empty), PyExc.LookupError)).Should().Be("True");
        Raises(() => Call("isinstance", I(1), I(1))).Should().Be("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
        Raises(() => Call("issubclass", I(1), PyType.Int)).Should().Be("TypeError: issubclass() arg 1 must be a class");
        R(Call("callable", global::PyDbg.Vm.Runtime.Builtins.Function("len")!)).Should().Be("True");
        R(Call("callable", I(1))).Should().Be("False");
        R(Call("callable", PyType.Int)).Should().Be("True");
    }

    [Fact]
    public void ReprAsciiFormatIdHash()
    {
        Str(Call("ascii", S("h\u00e9llo\u20ac\U0001F600"))).Should().Be("'h\\xe9llo\\u20ac\\U0001f600'");
        Str(Call("repr", S("a"))).Should().Be("'a'");
        Str(Call("format", F(3.14159), S(".2f"))).Should().Be("3.14");
        Str(Call("format", I(5))).Should().Be("5");
        Raises(() => Call("format", I(5), I(1))).Should().Be("TypeError: format() argument 2 must be str, not int");
        var o = new PyList();
        R(Call("id", o)).Should().Be(R(Call("id", o)));
        R(Call("id", o)).Should().NotBe(R(Call("id", new PyList())));
        R(Call("hash", I(42))).Should().Be("42");
        Raises(() => Call("hash", new PyList())).Should().Be("TypeError: unhashable type: 'list'");
    }

    [Fact]
    public void AttributeBuiltins()
    {
        Raises(() => Call("getattr", I(1), I(2))).Should().Be("TypeError: attribute name must be string, not 'int'");
        Raises(() => Call("getattr", I(1), S("x"))).Should().Be("AttributeError: 'int' object has no attribute 'x'");
        R(Call("getattr", I(1), S("x"), S("dflt"))).Should().Be("'dflt'");
        R(Call("hasattr", I(1), S("x"))).Should().Be("False");
        R(Call("hasattr", S("a"), S("upper"))).Should().Be("True");
    }

    [Fact]
    public void ExitRaisesSystemExit()
    {
        try
        {
            Call("exit", I(3));
        }
        catch (PyException e)
        {
            e.Value.Type.Should().BeSameAs(PyExc.SystemExit);
            R(e.Value.Args).Should().Be("(3,)");
            return;
        }
        throw new Xunit.Sdk.XunitException("no SystemExit");
    }
}
