using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class ArithmeticTests
{
    private static string R(BinaryOperator op, PyObject a, PyObject b) => Ops.Repr(Ops.BinaryOp(op, a, b));
    private static string E(BinaryOperator op, PyObject a, PyObject b) => Error(() => Ops.BinaryOp(op, a, b));

    [Fact]
    public void IntegerOperators()
    {
        R(BinaryOperator.FloorDivide, I(7), I(2)).Should().Be("3");
        R(BinaryOperator.FloorDivide, I(-7), I(2)).Should().Be("-4");
        R(BinaryOperator.Remainder, I(7), I(-2)).Should().Be("-1");
        R(BinaryOperator.Remainder, I(-7), I(2)).Should().Be("1");
        R(BinaryOperator.Power, I(2), I(100)).Should().Be("1267650600228229401496703205376");
        R(BinaryOperator.Power, I(-2), I(63)).Should().Be("-9223372036854775808");
        R(BinaryOperator.FloorDivide, Big("100000000000000000000"), I(7)).Should().Be("14285714285714285714");
        R(BinaryOperator.Remainder, Big("-100000000000000000000"), I(7)).Should().Be("5");
        R(BinaryOperator.TrueDivide, I(1), I(3)).Should().Be("0.3333333333333333");
        R(BinaryOperator.TrueDivide, Big("1000000000000000000000000000000"), Big("10000000000")).Should().Be("1e+20");
        R(BinaryOperator.Power, I(2), I(-1)).Should().Be("0.5");
        R(BinaryOperator.Power, I(3), I(-2)).Should().Be("0.1111111111111111");
        R(BinaryOperator.Power, I(-3), I(3)).Should().Be("-27");
        R(BinaryOperator.LShift, I(1), I(70)).Should().Be("1180591620717411303424");
        R(BinaryOperator.RShift, I(-1), I(100)).Should().Be("-1");
        R(BinaryOperator.RShift, Big("1180591620717411303424"), I(3)).Should().Be("147573952589676412928");
        R(BinaryOperator.And, I(5), I(-3)).Should().Be("5");
        R(BinaryOperator.Or, I(-5), I(3)).Should().Be("-5");
        R(BinaryOperator.Xor, I(6), I(10)).Should().Be("12");
        R(BinaryOperator.Multiply, I(1L << 62), I(4)).Should().Be("18446744073709551616");
        R(BinaryOperator.Subtract, I(long.MinValue), I(1)).Should().Be("-9223372036854775809");
        R(BinaryOperator.Add, I(long.MaxValue), I(1)).Should().Be("9223372036854775808");
        R(BinaryOperator.FloorDivide, I(long.MinValue), I(-1)).Should().Be("9223372036854775808");
        R(BinaryOperator.Remainder, I(long.MinValue), I(-1)).Should().Be("0");
        Ops.Repr(Ops.UnaryOp(UnaryOperator.Invert, Big("1180591620717411303424"))).Should().Be("-1180591620717411303425");
        Ops.Repr(Ops.UnaryOp(UnaryOperator.Negative, I(long.MinValue))).Should().Be("9223372036854775808");
        R(BinaryOperator.TrueDivide, Big("1" + new string('0', 400)), Big("1" + new string('0', 399))).Should().Be("10.0");
        R(BinaryOperator.TrueDivide, I(1), Big("1" + new string('0', 400))).Should().Be("0.0");
    }

    [Fact]
    public void FloatAndMixed()
    {
        R(BinaryOperator.FloorDivide, F(7.5), I(2)).Should().Be("3.0");
        R(BinaryOperator.Remainder, F(-7.5), I(2)).Should().Be("0.5");
        R(BinaryOperator.Remainder, F(-0.0), I(3)).Should().Be("0.0");
        R(BinaryOperator.Remainder, F(0.0), I(-3)).Should().Be("-0.0");
        R(BinaryOperator.Remainder, F(5.0), I(-3)).Should().Be("-1.0");
        R(BinaryOperator.FloorDivide, F(7.0), F(-0.5)).Should().Be("-14.0");
        R(BinaryOperator.Add, PyBool.True, F(1.5)).Should().Be("2.5");
        R(BinaryOperator.Power, I(2), F(0.5)).Should().Be("1.4142135623730951");
        R(BinaryOperator.Power, I(4), F(0.5)).Should().Be("2.0");
        R(BinaryOperator.Remainder, I(8), F(3.5)).Should().Be("1.0");
        R(BinaryOperator.FloorDivide, I(-8), F(3.5)).Should().Be("-3.0");
        R(BinaryOperator.Multiply, F(1e308), I(10)).Should().Be("inf");
        R(BinaryOperator.Add, Big("1000000000000000000000000000000"), F(0.0)).Should().Be("1e+30");
        IntOps.ToDouble((PyInt)Big("1000000000000000000000000000000")).Should().Be(1e30);
        IntOps.ToDouble((PyInt)Big("9007199254740993")).Should().Be(9007199254740992.0);
        IntOps.ToDouble((PyInt)Big("9007199254740995")).Should().Be(9007199254740996.0);
        IntOps.ToDouble((PyInt)Big("-123456789012345678901234567890")).Should().Be(-1.2345678901234568e+29);
        E(BinaryOperator.Power, F(10.0), I(400)).Should().Be("OverflowError: (34, 'Numerical result out of range')");
        E(BinaryOperator.TrueDivide, Big("1" + new string('0', 400)), I(1)).Should().Be("OverflowError: integer division result too large for a float");
        E(BinaryOperator.Add, Big("1" + new string('0', 400)), F(1.0)).Should().Be("OverflowError: int too large to convert to float");
    }

    [Fact]
    public void BoolsAndSequences()
    {
        R(BinaryOperator.And, PyBool.True, PyBool.True).Should().Be("True");
        R(BinaryOperator.Or, PyBool.True, I(0)).Should().Be("1");
        R(BinaryOperator.Xor, PyBool.True, PyBool.True).Should().Be("False");
        R(BinaryOperator.Add, PyBool.True, PyBool.True).Should().Be("2");
        Ops.Repr(Ops.UnaryOp(UnaryOperator.Invert, PyBool.True)).Should().Be("-2");
        Ops.Repr(Ops.UnaryOp(UnaryOperator.Negative, PyBool.True)).Should().Be("-1");
        Ops.Repr(Ops.UnaryOp(UnaryOperator.Positive, PyBool.True)).Should().Be("1");
        R(BinaryOperator.Multiply, L(I(1)), I(3)).Should().Be("[1, 1, 1]");
        R(BinaryOperator.Multiply, S("ab"), I(3)).Should().Be("'ababab'");
        R(BinaryOperator.Multiply, T(I(1)), I(2)).Should().Be("(1, 1)");
        R(BinaryOperator.Multiply, I(3), L(I(0))).Should().Be("[0, 0, 0]");
        R(BinaryOperator.Multiply, L(I(1), I(2)), I(0)).Should().Be("[]");
        R(BinaryOperator.Multiply, S("x"), I(-1)).Should().Be("''");
        R(BinaryOperator.Multiply, PyBool.True, S("ab")).Should().Be("'ab'");
        R(BinaryOperator.Add, S("a"), S("b")).Should().Be("'ab'");
        R(BinaryOperator.Add, L(I(1)), L(I(2))).Should().Be("[1, 2]");
        R(BinaryOperator.Add, T(I(1)), T(I(2))).Should().Be("(1, 2)");
        var l = L(I(1));
        Ops.BinaryOp(BinaryOperator.InplaceAdd, l, T(I(2), I(3))).Should().BeSameAs(l);
        Ops.Repr(l).Should().Be("[1, 2, 3]");
        E(BinaryOperator.Multiply, L(I(0)), Big("4611686018427387904")).Should().Be("MemoryError");
        E(BinaryOperator.Multiply, S("ab"), Big("4611686018427387904")).Should().Be("OverflowError: repeated string is too long");
    }

    [Fact]
    public void ErrorMessages()
    {
        E(BinaryOperator.TrueDivide, I(1), I(0)).Should().Be("ZeroDivisionError: division by zero");
        E(BinaryOperator.FloorDivide, I(1), I(0)).Should().Be("ZeroDivisionError: integer division or modulo by zero");
        E(BinaryOperator.Remainder, I(1), I(0)).Should().Be("ZeroDivisionError: integer modulo by zero");
        E(BinaryOperator.TrueDivide, F(1), I(0)).Should().Be("ZeroDivisionError: float division by zero");
        E(BinaryOperator.FloorDivide, F(1), I(0)).Should().Be("ZeroDivisionError: float floor division by zero");
        E(BinaryOperator.Remainder, F(1), I(0)).Should().Be("ZeroDivisionError: float modulo");
        E(BinaryOperator.Power, I(0), I(-1)).Should().Be("ZeroDivisionError: 0.0 cannot be raised to a negative power");
        E(BinaryOperator.Power, F(0), I(-1)).Should().Be("ZeroDivisionError: 0.0 cannot be raised to a negative power");
        E(BinaryOperator.LShift, I(1), I(-1)).Should().Be("ValueError: negative shift count");
        E(BinaryOperator.RShift, I(1), I(-1)).Should().Be("ValueError: negative shift count");
        E(BinaryOperator.Add, I(1), S("a")).Should().Be("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
        E(BinaryOperator.InplaceAdd, I(1), S("a")).Should().Be("TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
        E(BinaryOperator.Add, S("a"), I(1)).Should().Be("TypeError: can only concatenate str (not \"int\") to str");
        E(BinaryOperator.Add, L(), T()).Should().Be("TypeError: can only concatenate list (not \"tuple\") to list");
        E(BinaryOperator.Add, T(), L()).Should().Be("TypeError: can only concatenate tuple (not \"list\") to tuple");
        E(BinaryOperator.Multiply, L(), F(1.5)).Should().Be("TypeError: can't multiply sequence by non-int of type 'float'");
        E(BinaryOperator.Multiply, S("a"), S("b")).Should().Be("TypeError: can't multiply sequence by non-int of type 'str'");
        E(BinaryOperator.MatMul, I(3), I(4)).Should().Be("TypeError: unsupported operand type(s) for @: 'int' and 'int'");
        E(BinaryOperator.LShift, F(1), I(2)).Should().Be("TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        E(BinaryOperator.And, I(1), F(1)).Should().Be("TypeError: unsupported operand type(s) for &: 'int' and 'float'");
        E(BinaryOperator.Add, PyNone.Instance, I(1)).Should().Be("TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'");
        E(BinaryOperator.Power, S("a"), I(1)).Should().Be("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
        Error(() => Ops.UnaryOp(UnaryOperator.Negative, S("a"))).Should().Be("TypeError: bad operand type for unary -: 'str'");
        Error(() => Ops.UnaryOp(UnaryOperator.Invert, F(1.5))).Should().Be("TypeError: bad operand type for unary ~: 'float'");
    }

    [Fact]
    public void HugeIntsAreBounded()
    {
        var big = Ops.BinaryOp(BinaryOperator.Power, I(10), I(100000));
        Ops.Len(S(big.Type.Name)).Should().Be(3);
        Error(() => Ops.BinaryOp(BinaryOperator.Power, I(2), Big("1000000000000"))).Should().Be("MemoryError");
        Error(() => Ops.BinaryOp(BinaryOperator.LShift, I(1), Big("1000000000000"))).Should().Be("MemoryError");
    }

    [Fact]
    public void UserOperators()
    {
        var v = Class("V");
        Def(v, "__add__", 2, s => S("add"));
        Def(v, "__radd__", 2, s => S("radd"));
        Def(v, "__neg__", 1, s => S("neg"));
        var w = Class("W");
        var a = Ops.Call(v, ReadOnlySpan<PyObject>.Empty);
        var b = Ops.Call(w, ReadOnlySpan<PyObject>.Empty);
        R(BinaryOperator.Add, a, I(1)).Should().Be("'add'");
        R(BinaryOperator.Add, I(1), a).Should().Be("'radd'");
        R(BinaryOperator.InplaceAdd, a, I(1)).Should().Be("'add'");
        Ops.Repr(Ops.UnaryOp(UnaryOperator.Negative, a)).Should().Be("'neg'");
        E(BinaryOperator.Subtract, a, b).Should().Be("TypeError: unsupported operand type(s) for -: 'V' and 'W'");
        // a subclass's reflected method goes first
        var sub = Class("S", v);
        Def(sub, "__radd__", 2, s => S("sub-radd"));
        var c = Ops.Call(sub, ReadOnlySpan<PyObject>.Empty);
        R(BinaryOperator.Add, a, c).Should().Be("'sub-radd'");
        // NotImplemented falls back to the other operand
        Def(w, "__mul__", 2, s => PyNotImplemented.Instance);
        Def(v, "__rmul__", 2, s => S("rmul"));
        R(BinaryOperator.Multiply, b, a).Should().Be("'rmul'");
    }
}

public class ComplexTests
{
    private static string R(BinaryOperator op, PyObject a, PyObject b) => Ops.Repr(Ops.BinaryOp(op, a, b));

    [Fact]
    public void NegativeBaseFractionalPowerIsComplex()
    {
        R(BinaryOperator.Power, I(-8), F(0.5)).Should().Be("(1.7319121124709868e-16+2.8284271247461903j)");
        R(BinaryOperator.Power, I(-1), F(0.5)).Should().Be("(6.123233995736766e-17+1j)");
        R(BinaryOperator.Power, F(-2.0), F(-1.5)).Should().Be("(-6.4946704217662e-17+0.3535533905932738j)");
        var j = new PyComplex(0, 1);
        Ops.Repr(j).Should().Be("1j");
        R(BinaryOperator.Power, j, I(2)).Should().Be("(-1+0j)");
        R(BinaryOperator.Multiply, new PyComplex(1, 2), new PyComplex(3, -1)).Should().Be("(5+5j)");
        R(BinaryOperator.TrueDivide, new PyComplex(1, 2), new PyComplex(3, -1)).Should().Be("(0.1+0.7000000000000001j)");
        R(BinaryOperator.Power, I(2), j).Should().Be("(0.7692389013639721+0.6389612763136348j)");
        Ops.Repr(new PyComplex(-0.0, 1)).Should().Be("(-0+1j)");
        Ops.Repr(new PyComplex(1.5, -0.0)).Should().Be("(1.5-0j)");
        Ops.Hash(new PyComplex(1, 2)).Should().Be(2000007);
        Ops.CompareBool(CompareOperator.Eq, new PyComplex(2, 0), I(2)).Should().BeTrue();
        Error(() => Ops.Compare(CompareOperator.Lt, j, I(2))).Should().Be("TypeError: '<' not supported between instances of 'complex' and 'int'");
        Error(() => Ops.BinaryOp(BinaryOperator.TrueDivide, j, I(0))).Should().Be("ZeroDivisionError: complex division by zero");
        Error(() => Ops.BinaryOp(BinaryOperator.FloorDivide, j, I(2))).Should().Be("TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
    }
}
