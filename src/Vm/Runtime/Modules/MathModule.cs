using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>
/// The math module (CPython 3.11's mathmodule.c semantics: results, special values and messages).
/// Elementary functions go to the platform libm (as CPython does), so results agree to the bit.
/// </summary>
internal static partial class NativeMath
{
    public static PyModule Create()
    {
        var m = new ModuleBuilder("math");
        m.Value("pi", new PyFloat(Math.PI));
        m.Value("e", new PyFloat(Math.E));
        m.Value("tau", new PyFloat(2 * Math.PI));
        m.Value("inf", new PyFloat(double.PositiveInfinity));
        m.Value("nan", new PyFloat(double.NaN));

        // math_1 functions (METH_O): domain errors for NaN results, range errors where CPython has them
        F1(m, "sqrt", Math.Sqrt);
        F1(m, "exp", Math.Exp, canOverflow: true);
        F1(m, "exp2", Libm.Exp2, canOverflow: true);
        F1(m, "expm1", Libm.Expm1, canOverflow: true);
        F1(m, "log1p", Libm.Log1p);
        F1(m, "cbrt", Math.Cbrt);
        F1(m, "sin", Math.Sin);
        F1(m, "cos", Math.Cos);
        F1(m, "tan", Math.Tan);
        F1(m, "asin", Math.Asin);
        F1(m, "acos", Math.Acos);
        F1(m, "atan", Math.Atan);
        F1(m, "sinh", Math.Sinh, canOverflow: true);
        F1(m, "cosh", Math.Cosh, canOverflow: true);
        F1(m, "tanh", Math.Tanh);
        F1(m, "asinh", Math.Asinh);
        F1(m, "acosh", Math.Acosh);
        F1(m, "atanh", Math.Atanh);
        F1(m, "fabs", Math.Abs);
        F1(m, "erf", Libm.Erf);
        F1(m, "erfc", Libm.Erfc);
        RegisterGamma(m);
        m.Fn("degrees", (a, k) => new PyFloat(ToDouble(Arg.One("math.degrees", a, k)) * (180.0 / Math.PI)));
        m.Fn("radians", (a, k) => new PyFloat(ToDouble(Arg.One("math.radians", a, k)) * (Math.PI / 180.0)));

        m.Fn("log", Log);
        m.Fn("log2", (a, k) => new PyFloat(LogHelper(Arg.One("math.log2", a, k), Log2Of, 1.0)));
        m.Fn("log10", (a, k) => new PyFloat(LogHelper(Arg.One("math.log10", a, k), Math.Log10, Math.Log10(2.0))));
        m.Fn("pow", Pow);
        m.Fn("atan2", (a, k) => { Two("atan2", a, k); return new PyFloat(Math.Atan2(ToDouble(a[0]), ToDouble(a[1]))); });
        m.Fn("copysign", (a, k) => { Two("copysign", a, k); return new PyFloat(Math.CopySign(ToDouble(a[0]), ToDouble(a[1]))); });
        m.Fn("fmod", Fmod);
        m.Fn("remainder", Remainder);
        m.Fn("modf", Modf);
        m.Fn("frexp", Frexp);
        m.Fn("ldexp", Ldexp);
        m.Fn("isclose", IsClose);
        m.Fn("isfinite", (a, k) => PyBool.From(double.IsFinite(ToDouble(Arg.One("math.isfinite", a, k)))));
        m.Fn("isinf", (a, k) => PyBool.From(double.IsInfinity(ToDouble(Arg.One("math.isinf", a, k)))));
        m.Fn("isnan", (a, k) => PyBool.From(double.IsNaN(ToDouble(Arg.One("math.isnan", a, k)))));
        m.Fn("nextafter", (a, k) =>
        {
            Two("nextafter", a, k);
            double x = ToDouble(a[0]), y = ToDouble(a[1]);
            if (double.IsNaN(x) || double.IsNaN(y)) return new PyFloat(double.NaN);
            if (x == y) return new PyFloat(y);
            return new PyFloat(y > x ? Math.BitIncrement(x) : Math.BitDecrement(x));
        });
        m.Fn("ulp", (a, k) => new PyFloat(Ulp(ToDouble(Arg.One("math.ulp", a, k)))));

        m.Fn("floor", Floor);
        m.Fn("ceil", Ceil);
        m.Fn("trunc", Trunc);

        RegisterIntegerFunctions(m);
        RegisterSums(m);
        return m.Module;
    }

    // ---------------------------------------------------------------- conversions

    /// <summary>PyFloat_AsDouble: float, int, bool, __float__, __index__; "must be real number, not str".</summary>
    internal static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return i.IsSmall ? i.Small : IntOps.ToDouble(i);
            case PyBool b: return b.Value ? 1.0 : 0.0;
        }
        var t = o.Type;
        var f2 = Ops.LookupSpecial(t, "__float__");
        if (f2 is not null)
        {
            var r = Ops.CallSpecial(f2, o);
            if (r is PyFloat rf) return rf.Value;
            throw PyExc.TypeErr($"{t.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (Ops.LookupSpecial(t, "__index__") is not null)
            return IntOps.ToDouble((PyInt)Builtins.IndexObject(o));
        throw PyExc.TypeErr($"must be real number, not {t.Name}");
    }

    /// <summary>An int argument (int, bool or __index__) as a PyInt.</summary>
    internal static PyInt ToInt(PyObject o) => o switch
    {
        PyInt i => i,
        PyBool b => b.Value ? PyInt.One : PyInt.Zero,
        _ => (PyInt)Builtins.IndexObject(o),
    };

    private static PyException DomainError() => PyExc.ValueErr("math domain error");
    private static PyException RangeError() => PyExc.Overflow("math range error");

    private static void Two(string name, ReadOnlySpan<PyObject> a, string[]? k) => Arg.Positional(name, a, k, 2, 2);

    // ---------------------------------------------------------------- math_1 family

    private static void F1(ModuleBuilder m, string name, Func<double, double> f, bool canOverflow = false)
    {
        var full = "math." + name;
        m.Fn(name, (a, k) => new PyFloat(Math1(ToDouble(Arg.One(full, a, k)), f, canOverflow)));
    }

    /// <summary>CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite
    /// value is a range error (functions that can overflow) or a domain error (the others).</summary>
    internal static double Math1(double x, Func<double, double> f, bool canOverflow)
    {
        var r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x))
            throw canOverflow ? RangeError() : DomainError();
        return r;
    }

    // ---------------------------------------------------------------- logarithms

    private static double Log2Of(double x) => Math.Log2(x);

    /// <summary>CPython's loghelper: ints of any size (via frexp for huge ones), then math_1.</summary>
    private static double LogHelper(PyObject arg, Func<double, double> f, double fOf2)
    {
        if (arg is PyInt || arg is PyBool)
        {
            var i = ToInt(arg);
            if (IntOps.Sign(i) <= 0) throw DomainError();
            if (i.IsSmall) return f(i.Small);
            var d = IntOps.BigToDouble(i.Big);
            if (!double.IsInfinity(d)) return f(d);
            var x = BigFrexp(i.Big, out var e);
            return f(x) + fOf2 * e;
        }
        return Math1(ToDouble(arg), f, false);
    }

    /// <summary>_PyLong_Frexp for a positive big int: x in [0.5, 1) with v ~= x * 2**e.</summary>
    internal static double BigFrexp(BigInteger v, out long e)
    {
        var bits = (long)v.GetBitLength();
        var shift = (int)(bits - 55);
        var top = v >> shift;
        var sticky = !(v & ((BigInteger.One << shift) - 1)).IsZero;
        var t = (long)top;
        if (sticky) t |= 1;
        var x = Math.ScaleB((double)t, -55);
        e = bits;
        if (x >= 1.0) { x *= 0.5; e++; }
        return x;
    }

    private static PyObject Log(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Arg.NoKw("math.log", k);
        if (a.Length < 1 || a.Length > 2) throw PyExc.TypeErr("math.log requires 1 to 2 arguments");
        var num = LogHelper(a[0], Math.Log, Math.Log(2.0));
        if (a.Length == 1) return new PyFloat(num);
        var den = LogHelper(a[1], Math.Log, Math.Log(2.0));
        if (den == 0.0) throw PyExc.ZeroDivision("float division by zero");
        return new PyFloat(num / den);
    }

    // ---------------------------------------------------------------- pow, fmod, remainder

    private static PyObject Pow(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Two("pow", a, k);
        double x = ToDouble(a[0]), y = ToDouble(a[1]);
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) r = y == 0.0 ? 1.0 : x;
            else if (double.IsNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (double.IsInfinity(x))
            {
                var oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0.0) r = oddY ? x : Math.Abs(x);
                else if (y == 0.0) r = 1.0;
                else r = oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            else
            {
                if (Math.Abs(x) == 1.0) r = 1.0;
                else if (y > 0.0 && Math.Abs(x) > 1.0) r = y;
                else if (y < 0.0 && Math.Abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return new PyFloat(r);
        }
        r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0.0 ? DomainError() : RangeError();
        return new PyFloat(r);
    }

    private static PyObject Fmod(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Two("fmod", a, k);
        double x = ToDouble(a[0]), y = ToDouble(a[1]);
        if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
        var r = x % y; // C fmod
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return new PyFloat(r);
    }

    private static PyObject Remainder(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Two("remainder", a, k);
        double x = ToDouble(a[0]), y = ToDouble(a[1]);
        if (double.IsNaN(x)) return new PyFloat(x);
        if (double.IsNaN(y)) return new PyFloat(y);
        if (double.IsInfinity(x)) throw DomainError();
        if (double.IsInfinity(y)) return new PyFloat(x);
        if (y == 0.0) throw DomainError();
        // CPython's m_remainder: exact, ties to even
        double absx = Math.Abs(x), absy = Math.Abs(y);
        var m = absx % absy;
        var c = absy - m;
        double r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
        return new PyFloat(Math.CopySign(1.0, x) * r);
    }

    // ---------------------------------------------------------------- decomposition

    private static PyObject Modf(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var x = ToDouble(Arg.One("math.modf", a, k));
        if (double.IsInfinity(x)) return PyTuple.Of(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
        if (double.IsNaN(x)) return PyTuple.Of(new PyFloat(x), new PyFloat(x));
        var ip = Math.Truncate(x);
        return PyTuple.Of(new PyFloat(Math.CopySign(x - ip, x)), new PyFloat(ip));
    }

    private static PyObject Frexp(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var x = ToDouble(Arg.One("math.frexp", a, k));
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0.0) return PyTuple.Of(new PyFloat(x), PyInt.Zero);
        var e = Math.ILogB(x) + 1;
        var mant = Math.ScaleB(x, -e);
        return PyTuple.Of(new PyFloat(mant), PyInt.From(e));
    }

    private static PyObject Ldexp(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Two("ldexp", a, k);
        var x = ToDouble(a[0]);
        if (a[1] is not PyInt && a[1] is not PyBool) throw PyExc.TypeErr("Expected an int as second argument to ldexp.");
        var i = ToInt(a[1]);
        if (x == 0.0 || !double.IsFinite(x)) return new PyFloat(x);
        long exp;
        if (i.IsSmall) exp = i.Small;
        else exp = i.Big.Sign > 0 ? long.MaxValue : long.MinValue;
        if (exp > int.MaxValue) throw RangeError();
        if (exp < int.MinValue) return new PyFloat(Math.CopySign(0.0, x));
        var r = Math.ScaleB(x, (int)exp);
        if (double.IsInfinity(r)) throw RangeError();
        return new PyFloat(r);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        var x2 = Math.BitIncrement(x);
        if (double.IsInfinity(x2))
        {
            x2 = Math.BitDecrement(x);
            return x - x2;
        }
        return x2 - x;
    }

    // ---------------------------------------------------------------- isclose

    private static readonly string[] IsCloseNames = { "a", "b", "rel_tol", "abs_tol" };

    private static PyObject IsClose(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[4];
        Arg.Parse("isclose", args, kw, IsCloseNames, 2, s, kwOnlyFrom: 2);
        double a = ToDouble(s[0]!), b = ToDouble(s[1]!);
        var relTol = s[2] is null ? 1e-09 : ToDouble(s[2]!);
        var absTol = s[3] is null ? 0.0 : ToDouble(s[3]!);
        if (relTol < 0.0 || absTol < 0.0) throw PyExc.ValueErr("tolerances must be non-negative");
        if (a == b) return PyBool.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
        var diff = Math.Abs(b - a);
        return PyBool.From(diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol);
    }

    // ---------------------------------------------------------------- floor, ceil, trunc

    private static PyObject Floor(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var x = Arg.One("math.floor", a, k);
        switch (x)
        {
            case PyFloat f: return IntOps.FromDouble(Math.Floor(f.Value));
            case PyInt: return x;
            case PyBool b: return b.Value ? PyInt.One : PyInt.Zero;
        }
        var m = Ops.LookupSpecial(x.Type, "__floor__");
        if (m is not null) return Ops.CallSpecial(m, x);
        return IntOps.FromDouble(Math.Floor(ToDouble(x)));
    }

    private static PyObject Ceil(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var x = Arg.One("math.ceil", a, k);
        switch (x)
        {
            case PyFloat f: return IntOps.FromDouble(Math.Ceiling(f.Value));
            case PyInt: return x;
            case PyBool b: return b.Value ? PyInt.One : PyInt.Zero;
        }
        var m = Ops.LookupSpecial(x.Type, "__ceil__");
        if (m is not null) return Ops.CallSpecial(m, x);
        return IntOps.FromDouble(Math.Ceiling(ToDouble(x)));
    }

    private static PyObject Trunc(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var x = Arg.One("math.trunc", a, k);
        switch (x)
        {
            case PyFloat f: return IntOps.FromDouble(f.Value);
            case PyInt: return x;
            case PyBool b: return b.Value ? PyInt.One : PyInt.Zero;
        }
        var m = Ops.LookupSpecial(x.Type, "__trunc__");
        if (m is not null) return Ops.CallSpecial(m, x);
        throw PyExc.TypeErr($"type {x.Type.Name} doesn't define __trunc__ method");
    }
}
