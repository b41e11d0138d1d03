using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>The math module; expected reprs are CPython 3.11's.</summary>
public class MathModuleTests : BuiltinsTestBase
{
    private readonly PyModule _math = MathModule.Create();

    private PyObject Call(string name, params PyObject[] args)
    {
        _math.Dict.TryGetValue(name, out var f).Should().BeTrue(name);
        return Ops.Call(f, args);
    }

    private string Get(string name)
    {
        _math.Dict.TryGetValue(name, out var v).Should().BeTrue(name);
        return Ops.Repr(v);
    }

    [Fact]
    public void ConstantsAndFunctions()
    {
        Get("pi").Should().Be("3.141592653589793");
        Get("e").Should().Be("2.718281828459045");
        Get("inf").Should().Be("inf");
        Ops.Repr(Call("sqrt", I(2))).Should().Be("1.4142135623730951");
        Ops.Repr(Call("floor", F(-2.5))).Should().Be("-3");
        Ops.Repr(Call("ceil", F(2.1))).Should().Be("3");
        Ops.Repr(Call("gcd", I(48), I(18))).Should().Be("6");
        Ops.Repr(Call("factorial", I(20))).Should().Be("2432902008176640000");
        Ops.Repr(Call("isqrt", PyInt.From(System.Numerics.BigInteger.Pow(10, 20) + 1))).Should().Be("10000000000");
        Ops.Repr(Call("isqrt", PyInt.From(System.Numerics.BigInteger.Pow(10, 400)))).Should().Be(Ops.Repr(PyInt.From(System.Numerics.BigInteger.Pow(10, 200))));
        _math.Dict.TryGetValue("nan", out var nan);
        Ops.Repr(Call("isnan", nan)).Should().Be("True");
        _math.Dict.TryGetValue("e", out var e);
        Ops.Repr(Call("log", e)).Should().Be("1.0");
        Ops.Repr(Call("log10", I(1000))).Should().Be("3.0");
        Ops.Repr(Call("log2", I(1024))).Should().Be("10.0");
        Ops.Repr(Call("log", I(8), I(2))).Should().Be("3.0");
        Ops.Repr(Call("sin", I(0))).Should().Be("0.0");
        Ops.Repr(Call("cos", I(0))).Should().Be("1.0");
        Ops.Repr(Call("hypot", I(3), I(4))).Should().Be("5.0");
        Ops.Repr(Call("comb", I(10), I(3))).Should().Be("120");
        Ops.Repr(Call("perm", I(5), I(2))).Should().Be("20");
        Ops.Repr(Call("lcm", I(4), I(6))).Should().Be("12");
        Ops.Repr(Call("prod", L(I(1), I(2), I(3), I(4)))).Should().Be("24");
        Ops.Repr(Call("trunc", F(-2.7))).Should().Be("-2");
        Ops.Repr(Call("isclose", F(1.0), F(1.0 + 1e-10))).Should().Be("True");
    }

    [Fact]
    public void DomainErrors()
    {
        Raises(() => Call("sqrt", I(-1))).Should().Be("ValueError: math domain error");
        Raises(() => Call("log", I(0))).Should().Be("ValueError: math domain error");
        Raises(() => Call("factorial", I(-1))).Should().Be("ValueError: factorial() not defined for negative values");
        Raises(() => Call("isqrt", I(-1))).Should().Be("ValueError: isqrt() argument must be nonnegative");
    }

    [Fact]
    public void InstallAddsModuleToContext()
    {
        MathModule.Install(Ctx);
        Ctx.Modules.Should().ContainKey("math");
    }
}
