namespace PyDbg.Vm.Runtime;

/// <summary>random.py's real-valued distributions (CPython 3.11 algorithms).</summary>
internal static partial class RandomModule
{
    private static readonly double NvMagicConst = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private const double TwoPi = 2.0 * Math.PI;

    private static readonly string[] UniformNames = { "a", "b" };

    private static PyObject Uniform(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[2];
        PyArgs.Bind("Random.uniform", args, kw, UniformNames, 2, s);
        var a = s[0]!;
        var b = s[1]!;
        var u = r.Gen.NextDouble();
        if (a is PyFloat af && b is PyFloat bf) return new PyFloat(af.Value + (bf.Value - af.Value) * u);
        // a + (b - a) * random() with Python's mixed int/float arithmetic
        var diff = Ops.BinaryOp(BinaryOperator.Subtract, b, a);
        var scaled = Ops.BinaryOp(BinaryOperator.Multiply, diff, new PyFloat(u));
        return Ops.BinaryOp(BinaryOperator.Add, a, scaled);
    }

    private static readonly string[] TriangularNames = { "low", "high", "mode" };

    private static PyObject Triangular(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[3];
        PyArgs.Bind("Random.triangular", args, kw, TriangularNames, 0, s);
        PyObject lowObj = s[0] ?? new PyFloat(0.0);
        PyObject highObj = s[1] ?? new PyFloat(1.0);
        var mode = s[2] is PyNone ? null : s[2];
        var u = r.Gen.NextDouble();
        double low = NativeMath.ToDouble(lowObj), high = NativeMath.ToDouble(highObj);
        double c;
        if (mode is null) c = 0.5;
        else
        {
            if (high - low == 0.0) return lowObj;
            c = (NativeMath.ToDouble(mode) - low) / (high - low);
        }
        if (u > c)
        {
            u = 1.0 - u;
            c = 1.0 - c;
            (low, high) = (high, low);
        }
        return new PyFloat(low + (high - low) * Math.Sqrt(u * c));
    }

    private static readonly string[] MuSigmaNames = { "mu", "sigma" };

    private static (double Mu, double Sigma) MuSigma(string name, ReadOnlySpan<PyObject> args, string[]? kw, int required)
    {
        Span<PyObject?> s = new PyObject?[2];
        PyArgs.Bind(name, args, kw, MuSigmaNames, required, s);
        return (s[0] is null ? 0.0 : NativeMath.ToDouble(s[0]!), s[1] is null ? 1.0 : NativeMath.ToDouble(s[1]!));
    }

    private static double Normal(PyRandom r)
    {
        while (true)
        {
            var u1 = r.Gen.NextDouble();
            var u2 = 1.0 - r.Gen.NextDouble();
            var z = NvMagicConst * (u1 - 0.5) / u2;
            var zz = z * z / 4.0;
            if (zz <= -Math.Log(u2)) return z;
        }
    }

    private static PyObject NormalVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var (mu, sigma) = MuSigma("Random.normalvariate", args, kw, 0);
        return new PyFloat(mu + Normal(r) * sigma);
    }

    private static PyObject LogNormVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var (mu, sigma) = MuSigma("Random.lognormvariate", args, kw, 2);
        var x = mu + Normal(r) * sigma;
        var e = Math.Exp(x);
        if (double.IsInfinity(e) && double.IsFinite(x)) throw PyExc.Overflow("math range error");
        return new PyFloat(e);
    }

    private static PyObject Gauss(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var (mu, sigma) = MuSigma("Random.gauss", args, kw, 0);
        double z;
        if (r.GaussNext is PyFloat next)
        {
            z = next.Value;
            r.GaussNext = PyNone.Instance;
        }
        else
        {
            r.GaussNext = PyNone.Instance;
            var x2pi = r.Gen.NextDouble() * TwoPi;
            var g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - r.Gen.NextDouble()));
            z = Math.Cos(x2pi) * g2rad;
            r.GaussNext = new PyFloat(Math.Sin(x2pi) * g2rad);
        }
        return new PyFloat(mu + z * sigma);
    }

    private static readonly string[] ExpoNames = { "lambd" };

    private static PyObject ExpoVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[1];
        PyArgs.Bind("Random.expovariate", args, kw, ExpoNames, 1, s);
        var lambd = NativeMath.ToDouble(s[0]!);
        var num = -Math.Log(1.0 - r.Gen.NextDouble());
        if (lambd == 0.0) throw PyExc.ZeroDivision("float division by zero");
        return new PyFloat(num / lambd);
    }

    private static readonly double SgMagicConst = 1.0 + Math.Log(4.5);
    private static readonly double Log4 = Math.Log(4.0);

    private static double Arg2(string name, string[] names, ReadOnlySpan<PyObject> args, string[]? kw, out double second)
    {
        Span<PyObject?> s = new PyObject?[names.Length];
        PyArgs.Bind(name, args, kw, names, names.Length, s);
        second = names.Length > 1 ? NativeMath.ToDouble(s[1]!) : 0.0;
        return NativeMath.ToDouble(s[0]!);
    }

    private static readonly string[] MuKappaNames = { "mu", "kappa" };
    private static readonly string[] AlphaBetaNames = { "alpha", "beta" };
    private static readonly string[] AlphaNames = { "alpha" };

    private static PyObject VonMisesVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var mu = Arg2("Random.vonmisesvariate", MuKappaNames, args, kw, out var kappa);
        if (kappa <= 1e-6) return new PyFloat(TwoPi * r.Gen.NextDouble());
        var s = 0.5 / kappa;
        var rr = s + Math.Sqrt(1.0 + s * s);
        double z;
        while (true)
        {
            var u1 = r.Gen.NextDouble();
            z = Math.Cos(Math.PI * u1);
            var d = z / (rr + z);
            var u2 = r.Gen.NextDouble();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.Exp(d)) break;
        }
        var q = 1.0 / rr;
        var f = (q + z) / (1.0 + q * z);
        var u3 = r.Gen.NextDouble();
        var theta = u3 > 0.5 ? FloatOps.Mod(mu + Math.Acos(f), TwoPi) : FloatOps.Mod(mu - Math.Acos(f), TwoPi);
        return new PyFloat(theta);
    }

    private static double Gamma(PyRandom r, double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0) throw PyExc.ValueErr("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0)
        {
            var ainv = Math.Sqrt(2.0 * alpha - 1.0);
            var bbb = alpha - Log4;
            var ccc = alpha + ainv;
            while (true)
            {
                var u1 = r.Gen.NextDouble();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                var u2 = 1.0 - r.Gen.NextDouble();
                var v = Math.Log(u1 / (1.0 - u1)) / ainv;
                var x = alpha * Math.Exp(v);
                var z = u1 * u1 * u2;
                var rr = bbb + ccc * v - x;
                if (rr + SgMagicConst - 4.5 * z >= 0.0 || rr >= Math.Log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -Math.Log(1.0 - r.Gen.NextDouble()) * beta;
        double xx;
        while (true)
        {
            var u = r.Gen.NextDouble();
            var b = (Math.E + alpha) / Math.E;
            var p = b * u;
            xx = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Math.Log((b - p) / alpha);
            var u1 = r.Gen.NextDouble();
            if (p > 1.0)
            {
                if (u1 <= Math.Pow(xx, alpha - 1.0)) break;
            }
            else if (u1 <= Math.Exp(-xx)) break;
        }
        return xx * beta;
    }

    private static PyObject GammaVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var alpha = Arg2("Random.gammavariate", AlphaBetaNames, args, kw, out var beta);
        return new PyFloat(Gamma(r, alpha, beta));
    }

    private static PyObject BetaVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var alpha = Arg2("Random.betavariate", AlphaBetaNames, args, kw, out var beta);
        var y = Gamma(r, alpha, 1.0);
        if (y != 0.0) return new PyFloat(y / (y + Gamma(r, beta, 1.0)));
        return new PyFloat(0.0);
    }

    private static PyObject ParetoVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var alpha = Arg2("Random.paretovariate", AlphaNames, args, kw, out _);
        var u = 1.0 - r.Gen.NextDouble();
        if (alpha == 0.0) throw PyExc.ZeroDivision("float division by zero");
        return new PyFloat(Math.Pow(u, -1.0 / alpha));
    }

    private static PyObject WeibullVariate(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var alpha = Arg2("Random.weibullvariate", AlphaBetaNames, args, kw, out var beta);
        var u = 1.0 - r.Gen.NextDouble();
        if (beta == 0.0) throw PyExc.ZeroDivision("float division by zero");
        return new PyFloat(alpha * Math.Pow(-Math.Log(u), 1.0 / beta));
    }
}
