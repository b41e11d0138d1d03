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
        double low = MathModule.ToDouble(lowObj), high = MathModule.ToDouble(highObj);
        double c;
        if (mode is null) c = 0.5;
        else
        {
            if (high - low == 0.0) return lowObj;
            c = (MathModule.ToDouble(mode) - low) / (high - low);
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
        return (s[0] is null ? 0.0 : MathModule.ToDouble(s[0]!), s[1] is null ? 1.0 : MathModule.ToDouble(s[1]!));
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
        var lambd = MathModule.ToDouble(s[0]!);
        var num = -Math.Log(1.0 - r.Gen.NextDouble());
        if (lambd == 0.0) throw PyExc.ZeroDivision("float division by zero");
        return new PyFloat(num / lambd);
    }
}
