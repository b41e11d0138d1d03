using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Modules;

/// <summary>math constants, iterable functions, keyword arguments and argument errors (CPython 3.11 values).</summary>
public class MathModuleMoreTests : ModulesTestBase
{
    private static PyObject M(string name, params PyObject[] args) => Call("math", name, args);
    private static PyObject MK(string name, string[] kw, params PyObject[] args) => CallKw("math", name, kw, args);
    private static PyList Floats(params double[] xs) => new(Array.ConvertAll(xs, x => (PyObject)new PyFloat(x)));

    [Fact]
    public void Constants()
    {
        var math = Mod("math");
        R(Ops.GetAttr(math, "pi")).Should().Be("3.141592653589793");
        R(Ops.GetAttr(math, "e")).Should().Be("2.718281828459045");
        R(Ops.GetAttr(math, "tau")).Should().Be("6.283185307179586");
        R(Ops.GetAttr(math, "inf")).Should().Be("inf");
        R(Ops.GetAttr(math, "nan")).Should().Be("nan");
        R(math).Should().Be("<module 'math' (built-in)>");
        R(Ops.GetAttr(math, "__name__")).Should().Be("'math'");
        R(Ops.GetAttr(math, "sqrt")).Should().Be("<built-in function sqrt>");
    }

    [Fact]
    public void FsumIsExact()
    {
        R(M("fsum", Floats(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))).Should().Be("1.0");
        R(M("fsum", Floats(1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50))).Should().Be("1e-100");
        R(M("fsum", Floats(1.0, 1e-16, 1e-16))).Should().Be("1.0000000000000002");
        R(M("fsum", Floats(Math.Pow(2, 53), 1.0, Math.Pow(2, -53)))).Should().Be("9007199254740994.0");
        R(M("fsum", Floats(double.PositiveInfinity, 1))).Should().Be("inf");
        R(M("fsum", L())).Should().Be("0.0");
        R(M("fsum", L(I(1), I(2), I(3)))).Should().Be("6.0");
        R(M("fsum", new PyRange(0, 10, 1))).Should().Be("45.0");
        Raises(() => M("fsum", Floats(1e308, 1e308))).Should().Be("OverflowError: intermediate overflow in fsum");
        Raises(() => M("fsum", Floats(double.PositiveInfinity, double.NegativeInfinity))).Should().Be("ValueError: -inf + inf in fsum");
        Raises(() => M("fsum", L(S("a")))).Should().Be("TypeError: must be real number, not str");
    }

    [Fact]
    public void Prod()
    {
        R(M("prod", L(I(1), I(2), I(3), I(4)))).Should().Be("24");
        R(MK("prod", new[] { "start" }, L(I(1), I(2)), I(10))).Should().Be("20");
        R(M("prod", L())).Should().Be("1");
        R(M("prod", L(F(1.5), I(2)))).Should().Be("3.0");
        R(M("prod", new PyRange(1, 30, 1))).Should().Be("8841761993739701954543616000000");
        R(MK("prod", new[] { "start" }, L(S("a"), I(3)), I(1))).Should().Be("'aaa'");
    }

    [Fact]
    public void DistAndIsClose()
    {
        R(M("dist", T(I(1), I(2)), T(I(4), I(6)))).Should().Be("5.0");
        R(M("dist", L(I(0), I(0), I(0)), L(I(1), I(1), I(1)))).Should().Be("1.7320508075688772");
        Raises(() => M("dist", T(I(1)), T(I(1), I(2)))).Should().Be("ValueError: both points must have the same number of dimensions");
        R(MK("isclose", new[] { "rel_tol" }, I(1), F(1.05), F(0.1))).Should().Be("True");
        R(MK("isclose", new[] { "abs_tol" }, I(0), F(1e-10), F(1e-9))).Should().Be("True");
        R(M("isclose", F(double.PositiveInfinity), F(double.PositiveInfinity))).Should().Be("True");
        Raises(() => MK("isclose", new[] { "rel_tol" }, I(1), I(1), I(-1))).Should().Be("ValueError: tolerances must be non-negative");
        Raises(() => M("isclose", I(1))).Should().Be("TypeError: isclose() missing required argument 'b' (pos 2)");
    }

    [Fact]
    public void ArgumentErrors()
    {
        Raises(() => M("sqrt")).Should().Be("TypeError: math.sqrt() takes exactly one argument (0 given)");
        Raises(() => M("sqrt", I(1), I(2))).Should().Be("TypeError: math.sqrt() takes exactly one argument (2 given)");
        Raises(() => MK("sqrt", new[] { "x" }, I(1))).Should().Be("TypeError: math.sqrt() takes no keyword arguments");
        Raises(() => M("pow", I(2))).Should().Be("TypeError: pow expected 2 arguments, got 1");
        Raises(() => M("log")).Should().Be("TypeError: math.log requires 1 to 2 arguments");
        Raises(() => M("perm")).Should().Be("TypeError: perm expected at least 1 argument, got 0");
        Raises(() => M("ldexp", F(1.0), F(1.5))).Should().Be("TypeError: Expected an int as second argument to ldexp.");
        Raises(() => M("sqrt", S("a"))).Should().Be("TypeError: must be real number, not str");
        Raises(() => M("floor", S("x"))).Should().Be("TypeError: must be real number, not str");
        Raises(() => M("trunc", S("x"))).Should().Be("TypeError: type str doesn't define __trunc__ method");
        Raises(() => M("factorial", S("a"))).Should().Be("TypeError: 'str' object cannot be interpreted as an integer");
    }

    [Fact]
    public void HugeIntegers()
    {
        var tenTo400 = Ops.BinaryOp(BinaryOperator.Power, I(10), I(400));
        R(M("log", tenTo400, I(10))).Should().Be("399.99999999999994");
        R(M("log10", tenTo400)).Should().Be("400.0");
        R(M("log2", Ops.BinaryOp(BinaryOperator.Power, I(2), I(5000)))).Should().Be("5000.0");
        R(M("factorial", I(100))).Should().Be("93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000");
        R(M("floor", tenTo400)).Should().Be(R(tenTo400));
        Raises(() => M("sqrt", tenTo400)).Should().Be("OverflowError: int too large to convert to float");
    }

    [Fact]
    public void ResultTypes()
    {
        M("floor", F(2.5)).Should().BeOfType<PyInt>();
        M("sqrt", I(4)).Should().BeOfType<PyFloat>();
        M("gcd", I(4), I(6)).Should().BeSameAs(I(2));
        M("isnan", F(double.NaN)).Should().BeSameAs(PyBool.True);
        R(M("frexp", F(8.0))).Should().Be("(0.5, 4)");
        R(M("modf", F(double.PositiveInfinity))).Should().Be("(0.0, inf)");
    }
}
