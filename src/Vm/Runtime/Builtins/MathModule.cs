using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>The math module (the commonly used part), with CPython's results and errors.</summary>
public static class MathModule
{
    /// <summary>Adds the standard modules builtins provides (math) to a context's module table.</summary>
    public static void Install(PyContext context)
    {
        if (!context.Modules.ContainsKey("math")) context.Modules["math"] = Create();
    }

    private static PyException Domain() => PyExc.ValueErr("math domain error");

    private static double D(PyObject o, string fname)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return i.IsSmall ? i.Small : Builtins.BigToDouble(i.Big);
            case PyBool b: return b.Value ? 1 : 0;
        }
        if (o.Type.Lookup("__float__") is not null || o.Type.Lookup("__index__") is not null)
            return ((PyFloat)TypeConstructors.ToFloat(o)).Value;
        throw PyExc.TypeErr($"must be real number, not {o.Type.Name}");
    }

    private static PyObject F1(ReadOnlySpan<PyObject> a, string[]? k, string name, Func<double, double> f, Func<double, bool>? domainOk = null)
    {
        Arg.NoKw(name, k);
        if (a.Length != 1) throw PyExc.TypeErr($"math.{name}() takes exactly one argument ({a.Length} given)");
        var x = D(a[0], name);
        if (domainOk is not null && !domainOk(x)) throw Domain();
        var r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain();
        if (double.IsInfinity(r) && !double.IsInfinity(x)) throw PyExc.Overflow("math range error");
        return new PyFloat(r);
    }

    private static void Fn(PyDict d, string name, BuiltinFunc f) => d.SetItem(name, new PyBuiltinFunction(name, f));

    private static PyObject IntRound(PyObject x, string name, Func<double, double> op, string dunder)
    {
        if (x is PyInt) return x;
        if (x is PyBool b) return b.Value ? PyInt.One : PyInt.Zero;
        if (x is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw PyExc.ValueErr("cannot convert float NaN to integer");
            if (double.IsInfinity(f.Value)) throw PyExc.Overflow("cannot convert float infinity to integer");
            return Builtins.FloatToInt(op(f.Value));
        }
        var m = x.Type.Lookup(dunder);
        if (m is not null) return Ops.Call(m, new[] { x });
        return Builtins.FloatToInt(op(D(x, name)));
    }

    private static BigInteger IntArg(PyObject o, string fname)
    {
        if (o is PyFloat) throw PyExc.TypeErr("'float' object cannot be interpreted as an integer");
        return Builtins.IndexBig(o);
    }

    public static PyModule Create()
    {
        var d = new PyDict();
        d.SetItem("__name__", PyStr.From("math"));
        d.SetItem("pi", new PyFloat(Math.PI));
        d.SetItem("e", new PyFloat(Math.E));
        d.SetItem("tau", new PyFloat(Math.Tau));
        d.SetItem("inf", new PyFloat(double.PositiveInfinity));
        d.SetItem("nan", new PyFloat(double.NaN));
        Fn(d, "sqrt", (a, k) => F1(a, k, "sqrt", Math.Sqrt, x => x >= 0 || double.IsNaN(x)));
        Fn(d, "exp", (a, k) => F1(a, k, "exp", Math.Exp));
        Fn(d, "sin", (a, k) => F1(a, k, "sin", Math.Sin, x => !double.IsInfinity(x)));
        Fn(d, "cos", (a, k) => F1(a, k, "cos", Math.Cos, x => !double.IsInfinity(x)));
        Fn(d, "tan", (a, k) => F1(a, k, "tan", Math.Tan, x => !double.IsInfinity(x)));
        Fn(d, "asin", (a, k) => F1(a, k, "asin", Math.Asin, x => x >= -1 && x <= 1 || double.IsNaN(x)));
        Fn(d, "acos", (a, k) => F1(a, k, "acos", Math.Acos, x => x >= -1 && x <= 1 || double.IsNaN(x)));
        Fn(d, "atan", (a, k) => F1(a, k, "atan", Math.Atan));
        Fn(d, "sinh", (a, k) => F1(a, k, "sinh", Math.Sinh));
        Fn(d, "cosh", (a, k) => F1(a, k, "cosh", Math.Cosh));
        Fn(d, "tanh", (a, k) => F1(a, k, "tanh", Math.Tanh));
        Fn(d, "fabs", (a, k) => F1(a, k, "fabs", Math.Abs));
        Fn(d, "log10", (a, k) => F1(a, k, "log10", Math.Log10, x => x > 0 || double.IsNaN(x)));
        Fn(d, "log2", (a, k) => F1(a, k, "log2", Math.Log2, x => x > 0 || double.IsNaN(x)));
        Fn(d, "degrees", (a, k) => F1(a, k, "degrees", x => x * (180.0 / Math.PI)));
        Fn(d, "radians", (a, k) => F1(a, k, "radians", x => x * (Math.PI / 180.0)));
        Fn(d, "atan2", (a, k) =>
        {
            Arg.Positional("atan2", a, k, 2, 2);
            return new PyFloat(Math.Atan2(D(a[0], "atan2"), D(a[1], "atan2")));
        });
        Fn(d, "copysign", (a, k) =>
        {
            Arg.Positional("copysign", a, k, 2, 2);
            return new PyFloat(Math.CopySign(D(a[0], "copysign"), D(a[1], "copysign")));
        });
        Fn(d, "fmod", (a, k) =>
        {
            Arg.Positional("fmod", a, k, 2, 2);
            var x = D(a[0], "fmod");
            var y = D(a[1], "fmod");
            if (y == 0 || double.IsInfinity(x)) throw Domain();
            return new PyFloat(x % y);
        });
        Fn(d, "pow", (a, k) =>
        {
            Arg.Positional("pow", a, k, 2, 2);
            var x = D(a[0], "pow");
            var y = D(a[1], "pow");
            var r = Math.Pow(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
            if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            {
                if (x == 0) throw Domain();
                throw PyExc.Overflow("math range error");
            }
            return new PyFloat(r);
        });
        Fn(d, "log", (a, k) =>
        {
            Arg.Positional("log", a, k, 1, 2);
            double Ln(PyObject o)
            {
                if (o is PyInt i && !i.IsSmall)
                {
                    if (i.Big.Sign <= 0) throw Domain();
                    return BigInteger.Log(i.Big);
                }
                var x = D(o, "log");
                if (!(x > 0) && !double.IsNaN(x)) throw Domain();
                return Math.Log(x);
            }
            var num = Ln(a[0]);
            if (a.Length == 1) return new PyFloat(num);
            var den = Ln(a[1]);
            if (den == 0) throw PyExc.ZeroDivision("float division by zero");
            return new PyFloat(num / den);
        });
        Fn(d, "hypot", (a, k) =>
        {
            Arg.NoKw("hypot", k);
            double max = 0;
            var vals = new double[a.Length];
            for (var i = 0; i < a.Length; i++)
            {
                vals[i] = Math.Abs(D(a[i], "hypot"));
                if (double.IsInfinity(vals[i])) return new PyFloat(double.PositiveInfinity);
                if (vals[i] > max || double.IsNaN(vals[i])) max = vals[i];
            }
            if (a.Length == 2) return new PyFloat(double.Hypot(vals[0], vals[1]));
            if (max == 0 || double.IsNaN(max)) return new PyFloat(max);
            double sum = 0;
            foreach (var v in vals) { var s = v / max; sum += s * s; }
            return new PyFloat(max * Math.Sqrt(sum));
        });
        Fn(d, "floor", (a, k) => IntRound(Arg.One("floor", a, k), "floor", Math.Floor, "__floor__"));
        Fn(d, "ceil", (a, k) => IntRound(Arg.One("ceil", a, k), "ceil", Math.Ceiling, "__ceil__"));
        Fn(d, "trunc", (a, k) => IntRound(Arg.One("trunc", a, k), "trunc", Math.Truncate, "__trunc__"));
        Fn(d, "isnan", (a, k) => PyBool.From(double.IsNaN(D(Arg.One("isnan", a, k), "isnan"))));
        Fn(d, "isinf", (a, k) => PyBool.From(double.IsInfinity(D(Arg.One("isinf", a, k), "isinf"))));
        Fn(d, "isfinite", (a, k) => PyBool.From(double.IsFinite(D(Arg.One("isfinite", a, k), "isfinite"))));
        Fn(d, "gcd", (a, k) =>
        {
            Arg.NoKw("gcd", k);
            var g = BigInteger.Zero;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, IntArg(x, "gcd"));
            return PyInt.From(g);
        });
        Fn(d, "lcm", (a, k) =>
        {
            Arg.NoKw("lcm", k);
            var l = BigInteger.One;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(IntArg(x, "lcm"));
                if (v.IsZero) return PyInt.Zero;
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        Fn(d, "factorial", (a, k) =>
        {
            var x = Arg.One("factorial", a, k);
            if (x is PyFloat) throw PyExc.TypeErr("'float' object cannot be interpreted as an integer");
            var n = Builtins.IndexBig(x);
            if (n.Sign < 0) throw PyExc.ValueErr("factorial() not defined for negative values");
            if (n > 100000) throw PyExc.Overflow("factorial() argument should not exceed 100000");
            var r = BigInteger.One;
            for (var i = 2; i <= (int)n; i++) r *= i;
            return PyInt.From(r);
        });
        Fn(d, "isqrt", (a, k) =>
        {
            var n = IntArg(Arg.One("isqrt", a, k), "isqrt");
            if (n.Sign < 0) throw PyExc.ValueErr("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        });
        Fn(d, "comb", (a, k) =>
        {
            Arg.Positional("comb", a, k, 2, 2);
            var n = IntArg(a[0], "comb");
            var r = IntArg(a[1], "comb");
            if (n.Sign < 0) throw PyExc.ValueErr("n must be a non-negative integer");
            if (r.Sign < 0) throw PyExc.ValueErr("k must be a non-negative integer");
            if (r > n) return PyInt.Zero;
            if (r > n - r) r = n - r;
            var res = BigInteger.One;
            for (var i = BigInteger.One; i <= r; i++) res = res * (n - r + i) / i;
            return PyInt.From(res);
        });
        Fn(d, "perm", (a, k) =>
        {
            Arg.Positional("perm", a, k, 1, 2);
            var n = IntArg(a[0], "perm");
            var r = a.Length == 2 && a[1] is not PyNone ? IntArg(a[1], "perm") : n;
            if (n.Sign < 0) throw PyExc.ValueErr("n must be a non-negative integer");
            if (r.Sign < 0) throw PyExc.ValueErr("k must be a non-negative integer");
            if (r > n) return PyInt.Zero;
            var res = BigInteger.One;
            for (var i = n - r + 1; i <= n; i++) res *= i;
            return PyInt.From(res);
        });
        Fn(d, "prod", (a, k) =>
        {
            var n = Arg.Pos(a, k);
            PyObject acc = PyInt.One;
            if (k is not null)
                for (var i = 0; i < k.Length; i++)
                {
                    if (k[i] != "start") throw PyExc.TypeErr($"'{k[i]}' is an invalid keyword argument for prod()");
                    acc = a[n + i];
                }
            if (n != 1) throw PyExc.TypeErr($"prod() takes exactly 1 positional argument ({n} given)");
            var it = Ops.GetIter(a[0]);
            while (Ops.TryNext(it, out var v)) acc = Ops.BinaryOp(BinaryOperator.Multiply, acc, v);
            return acc;
        });
        Fn(d, "fsum", (a, k) =>
        {
            // Neumaier-compensated summation (close to CPython's exact fsum for ordinary inputs).
            var it = Ops.GetIter(Arg.One("fsum", a, k));
            double sum = 0, c = 0;
            while (Ops.TryNext(it, out var v))
            {
                var x = D(v, "fsum");
                var t = sum + x;
                c += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
                sum = t;
            }
            return new PyFloat(sum + c);
        });
        Fn(d, "isclose", (a, k) =>
        {
            var n = Arg.Pos(a, k);
            Arg.Count("isclose", n, 2, 2);
            double rel = 1e-9, abs = 0;
            if (k is not null)
                for (var i = 0; i < k.Length; i++)
                {
                    if (k[i] == "rel_tol") rel = D(a[n + i], "isclose");
                    else if (k[i] == "abs_tol") abs = D(a[n + i], "isclose");
                    else throw PyExc.TypeErr($"'{k[i]}' is an invalid keyword argument for isclose()");
                }
            if (rel < 0 || abs < 0) throw PyExc.ValueErr("tolerances must be non-negative");
            var x = D(a[0], "isclose");
            var y = D(a[1], "isclose");
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
            var diff = Math.Abs(y - x);
            return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        Fn(d, "modf", (a, k) =>
        {
            var x = D(Arg.One("modf", a, k), "modf");
            if (double.IsInfinity(x)) return PyTuple.Of(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
            var ip = Math.Truncate(x);
            return PyTuple.Of(new PyFloat(Math.CopySign(x - ip, x)), new PyFloat(ip));
        });
        return new PyModule("math", d);
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2) return n;
        if (n < (BigInteger)1 << 52)
        {
            var r = (long)Math.Sqrt((double)n);
            while ((BigInteger)r * r > n) r--;
            while ((BigInteger)(r + 1) * (r + 1) <= n) r++;
            return r;
        }
        var bits = (int)n.GetBitLength();
        var x = bits < 1000 ? (BigInteger)Math.Sqrt((double)n) : BigInteger.One << (bits / 2 + 1);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (BigInteger.Abs(y - x) <= 1)
            {
                x = y;
                break;
            }
            x = y;
        }
        while (x * x > n) x--;
        while ((x + 1) * (x + 1) <= n) x++;
        return x;
    }
}
