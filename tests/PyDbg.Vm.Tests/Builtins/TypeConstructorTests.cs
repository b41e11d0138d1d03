using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>Calling built-in types: int(), float(), ...; expected values are CPython 3.11's.</summary>
public class TypeConstructorTests : BuiltinsTestBase
{
    private static PyObject Call(PyType t, params PyObject[] args) => t.NativeConstructor!(args, null);

    public static IEnumerable<object[]> IntCases()
    {
        yield return new object[] { "42", -1, "42" };
        yield return new object[] { " -42 ", -1, "-42" };
        yield return new object[] { "+7", -1, "7" };
        yield return new object[] { "1_000", -1, "1000" };
        yield return new object[] { "ff", 16, "255" };
        yield return new object[] { "0xff", 16, "255" };
        yield return new object[] { "0xff", 0, "255" };
        yield return new object[] { "0o17", 0, "15" };
        yield return new object[] { "0b101", 0, "5" };
        yield return new object[] { "0b_101", 0, "5" };
        yield return new object[] { "z", 36, "35" };
        yield return new object[] { "Z", 36, "35" };
        yield return new object[] { "00", 0, "0" };
        yield return new object[] { "0", 0, "0" };
        yield return new object[] { "  12\n", -1, "12" };
        yield return new object[] { "99999999999999999999999", -1, "99999999999999999999999" };
        yield return new object[] { "-0x_1_f", 0, "-31" };
        yield return new object[] { "\u0661\u0662\u0663", -1, "123" };
        yield return new object[] { "10", 2, "2" };
    }

    public static IEnumerable<object[]> IntErrors()
    {
        yield return new object[] { "x", -1, "ValueError: invalid literal for int() with base 10: 'x'" };
        yield return new object[] { "", -1, "ValueError: invalid literal for int() with base 10: ''" };
        yield return new object[] { "1_", -1, "ValueError: invalid literal for int() with base 10: '1_'" };
        yield return new object[] { "_1", -1, "ValueError: invalid literal for int() with base 10: '_1'" };
        yield return new object[] { "1__0", -1, "ValueError: invalid literal for int() with base 10: '1__0'" };
        yield return new object[] { "0x", 16, "ValueError: invalid literal for int() with base 16: '0x'" };
        yield return new object[] { "010", 0, "ValueError: invalid literal for int() with base 0: '010'" };
        yield return new object[] { "12", 2, "ValueError: invalid literal for int() with base 2: '12'" };
        yield return new object[] { "0b2", 0, "ValueError: invalid literal for int() with base 0: '0b2'" };
        yield return new object[] { "1.5", -1, "ValueError: invalid literal for int() with base 10: '1.5'" };
        yield return new object[] { "ff", 10, "ValueError: invalid literal for int() with base 10: 'ff'" };
        yield return new object[] { " ", -1, "ValueError: invalid literal for int() with base 10: ' '" };
        yield return new object[] { "0x_", 0, "ValueError: invalid literal for int() with base 0: '0x_'" };
        yield return new object[] { "9", 8, "ValueError: invalid literal for int() with base 8: '9'" };
    }

    public static IEnumerable<object[]> FloatCases()
    {
        yield return new object[] { "1.5", "1.5" };
        yield return new object[] { " -2.5e3 ", "-2500.0" };
        yield return new object[] { "inf", "inf" };
        yield return new object[] { "-Infinity", "-inf" };
        yield return new object[] { "nan", "nan" };
        yield return new object[] { "1_000.5", "1000.5" };
        yield return new object[] { "1e400", "inf" };
        yield return new object[] { "-0", "-0.0" };
        yield return new object[] { "0.1", "0.1" };
        yield return new object[] { ".5", "0.5" };
        yield return new object[] { "5.", "5.0" };
        yield return new object[] { "1e-5", "1e-05" };
        yield return new object[] { "+1E+2", "100.0" };
        yield return new object[] { "\u0661.\u0665", "1.5" };
    }

    public static IEnumerable<object[]> FloatErrors()
    {
        yield return new object[] { "x", "ValueError: could not convert string to float: 'x'" };
        yield return new object[] { "", "ValueError: could not convert string to float: ''" };
        yield return new object[] { "1_", "ValueError: could not convert string to float: '1_'" };
        yield return new object[] { "1__0", "ValueError: could not convert string to float: '1__0'" };
        yield return new object[] { "1e", "ValueError: could not convert string to float: '1e'" };
        yield return new object[] { "e5", "ValueError: could not convert string to float: 'e5'" };
        yield return new object[] { ".", "ValueError: could not convert string to float: '.'" };
        yield return new object[] { "1.5.2", "ValueError: could not convert string to float: '1.5.2'" };
        yield return new object[] { "in f", "ValueError: could not convert string to float: 'in f'" };
        yield return new object[] { "0x10", "ValueError: could not convert string to float: '0x10'" };
        yield return new object[] { "1,5", "ValueError: could not convert string to float: '1,5'" };
        yield return new object[] { "_1", "ValueError: could not convert string to float: '_1'" };
    }

    [Theory]
    [MemberData(nameof(IntCases))]
    public void ParsesInts(string text, int b, string expected)
    {
        var r = b < 0 ? Call(PyType.Int, S(text)) : Call(PyType.Int, S(text), I(b));
        ((PyInt)r).Big.ToString().Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(IntErrors))]
    public void RejectsBadInts(string text, int b, string expected) =>
        Raises(() => { if (b < 0) Call(PyType.Int, S(text)); else Call(PyType.Int, S(text), I(b)); }).Should().Be(expected);

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void ParsesFloats(string text, string expectedRepr) =>
        FloatFormatting.Repr(((PyFloat)Call(PyType.Float, S(text))).Value).Should().Be(expectedRepr);

    [Theory]
    [MemberData(nameof(FloatErrors))]
    public void RejectsBadFloats(string text, string expected) =>
        Raises(() => Call(PyType.Float, S(text))).Should().Be(expected);

    [Fact]
    public void IntFromNumbers()
    {
        ((PyInt)Call(PyType.Int, F(3.9))).Small.Should().Be(3);
        ((PyInt)Call(PyType.Int, F(-3.9))).Small.Should().Be(-3);
        ((PyInt)Call(PyType.Int, F(1e20))).Big.ToString().Should().Be("100000000000000000000");
        ((PyInt)Call(PyType.Int, PyBool.True)).Small.Should().Be(1);
        ((PyInt)Call(PyType.Int)).Small.Should().Be(0);
        Raises(() => Call(PyType.Int, F(double.PositiveInfinity))).Should().Be("OverflowError: cannot convert float infinity to integer");
        Raises(() => Call(PyType.Int, F(double.NaN))).Should().Be("ValueError: cannot convert float NaN to integer");
        Raises(() => Call(PyType.Int, I(2), I(16))).Should().Be("TypeError: int() can't convert non-string with explicit base");
        Raises(() => Call(PyType.Int, S("1"), I(1))).Should().Be("ValueError: int() base must be >= 2 and <= 36, or 0");
        Raises(() => Call(PyType.Int, new PyList())).Should().Be("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
        Raises(() => Call(PyType.Int, PyNone.Instance)).Should().Be("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    }

    [Fact]
    public void IntAcceptsBaseKeyword() =>
        ((PyInt)PyType.Int.NativeConstructor!(new PyObject[] { S("ff"), I(16) }, new[] { "base" })).Small.Should().Be(255);

    [Fact]
    public void FloatFromOthers()
    {
        ((PyFloat)Call(PyType.Float, I(3))).Value.Should().Be(3.0);
        ((PyFloat)Call(PyType.Float)).Value.Should().Be(0.0);
        Raises(() => Call(PyType.Float, new PyList())).Should().Be("TypeError: float() argument must be a string or a real number, not 'list'");
        Raises(() => Call(PyType.Float, I(1), I(2))).Should().Be("TypeError: float expected at most 1 argument, got 2");
    }

    [Fact]
    public void RangeAndSlice()
    {
        var r = (PyRange)Call(PyType.Range, I(1), I(10), I(3));
        (r.Start, r.Stop, r.Step, r.Length).Should().Be((1L, 10L, 3L, 3L));
        ((PyRange)Call(PyType.Range, I(5))).Length.Should().Be(5);
        Raises(() => Call(PyType.Range, I(1), I(2), I(0))).Should().Be("ValueError: range() arg 3 must not be zero");
        Raises(() => Call(PyType.Range, F(1.5))).Should().Be("TypeError: 'float' object cannot be interpreted as an integer");
        Raises(() => Call(PyType.Range)).Should().Be("TypeError: range expected at least 1 argument, got 0");
        var s = (PySlice)Call(PyType.Slice, I(3));
        s.Start.Should().BeSameAs(PyNone.Instance);
        ((PyInt)s.Stop).Small.Should().Be(3);
        Raises(() => Call(PyType.Slice)).Should().Be("TypeError: slice expected at least 1 argument, got 0");
    }

    [Fact]
    public void StrListTupleTypeObject()
    {
        Str(Call(PyType.Str)).Should().Be("");
        Str(Call(PyType.Str, S("x"))).Should().Be("x");
        ((PyList)Call(PyType.List, T(I(1), I(2)))).Items.Count.Should().Be(2);
        Call(PyType.Tuple).Should().BeSameAs(PyTuple.Empty);
        Call(PyType.TypeType, I(1)).Should().BeSameAs(PyType.Int);
        Raises(() => Call(PyType.TypeType, I(1), I(2))).Should().Be("TypeError: type() takes 1 or 3 arguments");
        Call(PyType.Object).Type.Should().BeSameAs(PyType.Object);
        Raises(() => Call(PyType.Object, I(1))).Should().Be("TypeError: object() takes no arguments");
        Raises(() => Call(PyType.Bool, I(1), I(2))).Should().Be("TypeError: bool expected at most 1 argument, got 2");
    }

    [Fact]
    public void ExceptionTypesConstructInstances()
    {
        var e = (PyBaseException)Call(PyExc.ValueError, S("bad"));
        e.Type.Should().BeSameAs(PyExc.ValueError);
        Str(e.Args.Items[0]).Should().Be("bad");
        ((PyBaseException)Call(PyExc.KeyError)).Args.Should().BeSameAs(PyTuple.Empty);
    }
}
