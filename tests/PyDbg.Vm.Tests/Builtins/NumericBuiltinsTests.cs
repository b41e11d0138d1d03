using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>abs, divmod, pow, round, hex/oct/bin, chr/ord, sum, min/max, sorted; values from CPython 3.11.</summary>
public class NumericBuiltinsTests : BuiltinsTestBase
{
    private static PyObject Call(string name, params PyObject[] args) =>
        global::PyDbg.Vm.Runtime.Builtins.Function(name)!.Func(args, null);

    private static PyObject CallKw(string name, PyObject[] args, string[] kw) =>
        global::PyDbg.Vm.Runtime.Builtins.Function(name)!.Func(args, kw);

    private static string R(PyObject o) => o switch
    {
        PyFloat f => FloatFormatting.Repr(f.Value),
        PyTuple t => "(" + string.Join(", ", t.Items.Select(R)) + ")",
        PyList l => "[" + string.Join(", ", l.Items.Select(R)) + "]",
        _ => StrMethodsTests.Render(o),
    };

    [Theory]
    [InlineData(7, 2, "(3, 1)")]
    [InlineData(-7, 2, "(-4, 1)")]
    [InlineData(7, -2, "(-4, -1)")]
    public void DivmodInts(long a, long b, string expected) => R(Call("divmod", I(a), I(b))).Should().Be(expected);

    [Theory]
    [InlineData(7.5, 2.0, "(3.0, 1.5)")]
    [InlineData(-7.5, 2.0, "(-4.0, 0.5)")]
    [InlineData(-0.0, 1.0, "(-0.0, 0.0)")]
    [InlineData(5.0, 0.5, "(10.0, 0.0)")]
    public void DivmodFloats(double a, double b, string expected) => R(Call("divmod", F(a), F(b))).Should().Be(expected);

    [Fact]
    public void DivmodErrors()
    {
        Raises(() => Call("divmod", I(1), I(0))).Should().Be("ZeroDivisionError: integer division or modulo by zero");
        Raises(() => Call("divmod", F(1), I(0))).Should().Be("ZeroDivisionError: float divmod()");
        Raises(() => Call("divmod", I(1))).Should().Be("TypeError: divmod expected 2 arguments, got 1");
    }

    [Fact]
    public void ModularPow()
    {
        R(Call("pow", I(2), I(-1), I(7))).Should().Be("4");
        R(Call("pow", I(3), I(4), I(-5))).Should().Be("-4");
        R(Call("pow", I(-2), I(3), I(5))).Should().Be("2");
        R(Call("pow", I(2), I(100), I(1000000007))).Should().Be("976371285");
        R(Call("pow", I(38), I(-1), I(97))).Should().Be("23");
        Raises(() => Call("pow", I(2), I(-1), I(4))).Should().Be("ValueError: base is not invertible for the given modulus");
        Raises(() => Call("pow", F(2), I(1), I(3))).Should().Be("TypeError: pow() 3rd argument not allowed unless all arguments are integers");
        Raises(() => Call("pow", I(2), I(1), I(0))).Should().Be("ValueError: pow() 3rd argument cannot be 0");
    }

    [Fact]
    public void Round()
    {
        R(Call("round", F(2.5))).Should().Be("2");
        R(Call("round", F(3.5))).Should().Be("4");
        R(Call("round", F(-2.5))).Should().Be("-2");
        R(Call("round", F(0.5))).Should().Be("0");
        R(Call("round", I(1234), I(-2))).Should().Be("1200");
        R(Call("round", I(1250), I(-2))).Should().Be("1200");
        R(Call("round", I(1350), I(-2))).Should().Be("1400");
        R(Call("round", I(-1250), I(-2))).Should().Be("-1200");
        R(Call("round", I(5), I(2))).Should().Be("5");
        R(Call("round", F(2.675), I(2))).Should().Be("2.67");
        R(Call("round", F(1.15), I(1))).Should().Be("1.1");
        R(Call("round", F(-1.15), I(1))).Should().Be("-1.1");
        R(Call("round", F(1e300), I(-299))).Should().Be("1e+300");
        R(Call("round", F(1.5), PyNone.Instance)).Should().Be("2");
        Raises(() => Call("round", S("a"))).Should().Be("TypeError: type str doesn't define __round__ method");
        Raises(() => Call("round", F(double.PositiveInfinity))).Should().Be("OverflowError: cannot convert float infinity to integer");
    }

    [Fact]
    public void BaseConversions()
    {
        Str(Call("hex", I(255))).Should().Be("0xff");
        Str(Call("hex", I(-255))).Should().Be("-0xff");
        Str(Call("oct", I(8))).Should().Be("0o10");
        Str(Call("bin", I(5))).Should().Be("0b101");
        Str(Call("bin", I(-5))).Should().Be("-0b101");
        Str(Call("hex", I(0))).Should().Be("0x0");
        Str(Call("bin", I(0))).Should().Be("0b0");
        Str(Call("hex", PyInt.From(System.Numerics.BigInteger.Pow(2, 70)))).Should().Be("0x400000000000000000");
        Raises(() => Call("hex", F(1.5))).Should().Be("TypeError: 'float' object cannot be interpreted as an integer");
    }

    [Fact]
    public void AbsChrOrd()
    {
        R(Call("abs", I(-5))).Should().Be("5");
        R(Call("abs", F(-2.5))).Should().Be("2.5");
        R(Call("abs", PyBool.True)).Should().Be("1");
        Raises(() => Call("abs", S("a"))).Should().Be("TypeError: bad operand type for abs(): 'str'");
        Str(Call("chr", I(65))).Should().Be("A");
        Str(Call("chr", I(0x1F600))).Should().Be("\U0001F600");
        R(Call("ord", S("a"))).Should().Be("97");
        R(Call("ord", S("\U0001F600"))).Should().Be("128512");
        Raises(() => Call("ord", S("ab"))).Should().Be("TypeError: ord() expected a character, but string of length 2 found");
        Raises(() => Call("ord", I(1))).Should().Be("TypeError: ord() expected string of length 1, but int found");
        Raises(() => Call("chr", I(-1))).Should().Be("ValueError: chr() arg not in range(0x110000)");
        Raises(() => Call("len")).Should().Be("TypeError: len() takes exactly one argument (0 given)");
    }

    [Fact]
    public void SumMinMaxSorted()
    {
        R(Call("sum", L(I(1), I(2), I(3)))).Should().Be("6");
        R(Call("sum", L(I(1), I(2)), I(10))).Should().Be("13");
        var tenth = new PyObject[10];
        Array.Fill(tenth, F(0.1));
        R(Call("sum", L(tenth))).Should().Be("0.9999999999999999");
        R(Call("sum", L(I(1), F(2.5)))).Should().Be("3.5");
        R(Call("sum", L(PyInt.From(1L << 62), PyInt.From(1L << 62)))).Should().Be("9223372036854775808");
        Raises(() => Call("sum", L(S("a")), S(""))).Should().Be("TypeError: sum() can't sum strings [use ''.join(seq) instead]");
        R(Call("min", L(I(3), I(1), I(2)))).Should().Be("1");
        R(Call("max", L(I(3), I(1), I(2)))).Should().Be("3");
        R(Call("min", I(3), I(1), I(2))).Should().Be("1");
        R(CallKw("max", new PyObject[] { L(), I(7) }, new[] { "default" })).Should().Be("7");
        Raises(() => Call("max", L())).Should().Be("ValueError: max() arg is an empty sequence");
        Raises(() => Call("min")).Should().Be("TypeError: min expected at least 1 argument, got 0");
        R(Call("sorted", L(I(3), I(1), I(2)))).Should().Be("[1, 2, 3]");
        R(CallKw("sorted", new PyObject[] { L(I(3), I(1), I(2)), PyBool.True }, new[] { "reverse" })).Should().Be("[3, 2, 1]");
        R(Call("sorted", L(S("b"), S("a"), S("C")))).Should().Be("['C', 'a', 'b']");
        Raises(() => Call("sorted", L(), I(1))).Should().Be("TypeError: sorted expected 1 argument, got 2");
    }

    [Fact]
    public void SortIsStableAndHandlesLargeInputs()
    {
        // 1000 pseudo-random ints: compare against .NET's ordering of the same values.
        var rnd = new Random(7);
        var items = new List<PyObject>();
        var expected = new List<long>();
        for (var i = 0; i < 1000; i++) { var v = rnd.Next(-500, 500); items.Add(I(v)); expected.Add(v); }
        expected.Sort();
        var sorted = (PyList)Call("sorted", new PyList(items));
        sorted.Items.Select(x => ((PyInt)x).Small).Should().Equal(expected);
        // Stability with reverse: equal keys keep their original order (CPython semantics).
        var a = T(I(1), S("a"));
        var b = T(I(1), S("b"));
        var c = T(I(0), S("c"));
        var list = new PyList(new List<PyObject> { a, b, c });
        var key = new PyBuiltinFunction("k", (args, kw) => ((PyTuple)args[0]).Items[0]);
        var r = (PyList)CallKw("sorted", new PyObject[] { list, key, PyBool.True }, new[] { "key", "reverse" });
        r.Items.Should().Equal(a, b, c);
        var r2 = (PyList)CallKw("sorted", new PyObject[] { list, key }, new[] { "key" });
        r2.Items.Should().Equal(c, a, b);
    }

    [Fact]
    public void IntAndFloatMethods()
    {
        R(M(I(255), "bit_length")).Should().Be("8");
        R(M(I(-256), "bit_length")).Should().Be("9");
        R(M(I(0), "bit_length")).Should().Be("0");
        R(M(PyInt.From(System.Numerics.BigInteger.Pow(2, 100)), "bit_length")).Should().Be("101");
        R(M(I(255), "bit_count")).Should().Be("8");
        R(M(I(-7), "bit_count")).Should().Be("3");
        Raises(() => M(I(1), "bit_length", I(1))).Should().Be("TypeError: int.bit_length() takes no arguments (1 given)");
        Str(M(F(1.5), "hex")).Should().Be("0x1.8000000000000p+0");
        Str(M(F(-0.1), "hex")).Should().Be("-0x1.999999999999ap-4");
        Str(M(F(0.0), "hex")).Should().Be("0x0.0p+0");
        Str(M(F(5e-324), "hex")).Should().Be("0x0.0000000000001p-1022");
        R(M(F(3.75), "as_integer_ratio")).Should().Be("(15, 4)");
        R(M(F(0.1), "as_integer_ratio")).Should().Be("(3602879701896397, 36028797018963968)");
        R(M(F(-0.5), "as_integer_ratio")).Should().Be("(-1, 2)");
        Raises(() => M(F(double.PositiveInfinity), "as_integer_ratio")).Should().Be("OverflowError: cannot convert Infinity to integer ratio");
        R(M(F(2.0), "is_integer")).Should().Be("True");
        R(M(F(2.5), "is_integer")).Should().Be("False");
    }
}
