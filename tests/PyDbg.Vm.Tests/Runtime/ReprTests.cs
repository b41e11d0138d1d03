using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class ReprTests
{
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.1, "0.1")]
    [InlineData(100.0, "100.0")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(2.5, "2.5")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1.4142135623730951, "1.4142135623730951")]
    [InlineData(1e301, "1e+301")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(12345.678, "12345.678")]
    [InlineData(1e22, "1e+22")]
    [InlineData(9007199254740993.0, "9007199254740992.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void FloatRepr(double value, string expected) => Ops.Repr(F(value)).Should().Be(expected);

    [Theory]
    [InlineData("a'b", "\"a'b\"")]
    [InlineData("it's \"q\"", "'it\\'s \"q\"'")]
    [InlineData("\x00\x1f\x7f\x80\xa0\xad", "'\\x00\\x1f\\x7f\\x80\\xa0\\xad'")]
    [InlineData("é中😀\u200b", "'é中😀\\u200b'")]
    [InlineData("\\", "'\\\\'")]
    [InlineData("\t\n\r", "'\\t\\n\\r'")]
    [InlineData("", "''")]
    public void StrRepr(string value, string expected) => Ops.Repr(S(value)).Should().Be(expected);

    [Fact]
    public void Containers()
    {
        var l = L(I(1), I(2));
        l.Items.Add(l);
        Ops.Repr(l).Should().Be("[1, 2, [...]]");
        Ops.Repr(T(I(1))).Should().Be("(1,)");
        Ops.Repr(PyTuple.Empty).Should().Be("()");
        Ops.Repr(L(PyTuple.Empty)).Should().Be("[()]");
        var d = new PyDict();
        d.SetItem(I(1), new PyDict());
        Ops.Repr(d).Should().Be("{1: {}}");
        Ops.Repr(L(F(1.0), S("a"), PyNone.Instance, PyBool.True)).Should().Be("[1.0, 'a', None, True]");
        Ops.Repr(new PySet()).Should().Be("set()");
        Ops.Repr(new PySet(true)).Should().Be("frozenset()");
        Ops.Repr(new PySet(new PyObject[] { I(2), I(1) }, true)).Should().Be("frozenset({1, 2})");
        var dd = new PyDict();
        dd.SetItem(I(1), I(2));
        Ops.Repr(new DictKeysView(dd)).Should().Be("dict_keys([1])");
        Ops.Repr(new DictItemsView(dd)).Should().Be("dict_items([(1, 2)])");
        Ops.Repr(new DictValuesView(dd)).Should().Be("dict_values([2])");
    }

    [Fact]
    public void OtherObjects()
    {
        Ops.Repr(new PyRange(0, 5, 1)).Should().Be("range(0, 5)");
        Ops.Repr(new PyRange(0, 10, 2)).Should().Be("range(0, 10, 2)");
        Ops.Repr(new PySlice(I(1), I(2), PyNone.Instance)).Should().Be("slice(1, 2, None)");
        Ops.Repr(PyType.Int).Should().Be("<class 'int'>");
        Ops.Repr(PyEllipsis.Instance).Should().Be("Ellipsis");
        Ops.Repr(PyNotImplemented.Instance).Should().Be("NotImplemented");
        Ops.Repr(new PyBuiltinFunction("len", (a, k) => PyNone.Instance)).Should().Be("<built-in function len>");
        Ops.Repr(PyExc.Create(PyExc.ValueError, "x")).Should().Be("ValueError('x')");
        Ops.Repr(new PyBaseException(PyExc.ValueError, PyTuple.Empty)).Should().Be("ValueError()");
        Ops.Repr(new PyBaseException(PyExc.ValueError, T(S("a"), I(1)))).Should().Be("ValueError('a', 1)");
        Ops.Str(new PyBaseException(PyExc.KeyError, T(S("k")))).Should().Be("'k'");
        Ops.Str(new PyBaseException(PyExc.KeyError, PyTuple.Empty)).Should().Be("");
        Ops.Str(new PyBaseException(PyExc.KeyError, T(S("a"), S("b")))).Should().Be("('a', 'b')");
        Ops.Repr(Ops.GetItem(PyType.List, PyType.Int)).Should().Be("list[int]");
        Ops.Repr(Ops.BinaryOp(BinaryOperator.Or, PyType.Int, PyNone.Instance)).Should().Be("int | None");
    }

    [Fact]
    public void UserInstancesAndFunctions()
    {
        var a = Class("A");
        var obj = Ops.Call(a, ReadOnlySpan<PyObject>.Empty);
        Ops.Repr(obj).Should().MatchRegex("^<__main__.A object at 0x[0-9a-f]+>$");
        Ops.Repr(obj).Should().Be(Ops.Repr(obj));
        Ops.Str(obj).Should().Be(Ops.Repr(obj));
        Ops.Repr(a).Should().Be("<class '__main__.A'>");
        Def(a, "__repr__", 1, s => S("A!"));
        Ops.Repr(obj).Should().Be("A!");
        Ops.Str(obj).Should().Be("A!");
        Ops.Str(L(obj)).Should().Be("[A!]");
        Def(a, "__str__", 1, s => S("str-A"));
        Ops.Str(obj).Should().Be("str-A");
        var f = TestFunction.Positional("f", 1, s => PyNone.Instance, "A.f");
        Ops.Repr(f).Should().MatchRegex("^<function A.f at 0x[0-9a-f]+>$");
        Ops.Repr(new PyMethod(f, obj)).Should().Be("<bound method A.f of A!>");
    }

    [Fact]
    public void IntRepr()
    {
        Ops.Repr(Big("1267650600228229401496703205376")).Should().Be("1267650600228229401496703205376");
        Ops.Repr(I(-5)).Should().Be("-5");
        Ops.Repr(PyBool.False).Should().Be("False");
    }
}
