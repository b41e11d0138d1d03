namespace PyDbg.Vm.Runtime;

/// <summary>complex: enough for arithmetic results (a negative float raised to a fractional
/// power, 1j literals): + - * / **, ==, hash, repr, real/imag. No complex() constructor here.</summary>
public sealed class PyComplex : PyObject
{
    public readonly double Real, Imag;
    public PyComplex(double real, double imag)
    {
        Real = real;
        Imag = imag;
    }
    public override PyType Type => RuntimeTypes.Complex;
}

public static class ComplexOps
{
    public static bool TryAsComplex(PyObject o, out double re, out double im)
    {
        im = 0;
        switch (o)
        {
            case PyComplex c: re = c.Real; im = c.Imag; return true;
            case PyFloat f: re = f.Value; return true;
            case PyInt i: re = IntOps.ToDouble(i); return true;
            case PyBool b: re = b.Value ? 1 : 0; return true;
        }
        re = 0;
        return false;
    }

    /// <summary>A binary operator with at least one complex operand; null when unsupported.</summary>
    public static PyObject? Binary(BinaryOperator op, PyObject a, PyObject b)
    {
        if (!TryAsComplex(a, out var ar, out var ai) || !TryAsComplex(b, out var br, out var bi)) return null;
        switch (op)
        {
            case BinaryOperator.Add: return new PyComplex(ar + br, ai + bi);
            case BinaryOperator.Subtract: return new PyComplex(ar - br, ai - bi);
            case BinaryOperator.Multiply: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case BinaryOperator.TrueDivide: return Quot(ar, ai, br, bi);
            case BinaryOperator.Power: return Pow(ar, ai, br, bi);
        }
        return null;
    }

    public static PyComplex Quot(double ar, double ai, double br, double bi)
    {
        var absBr = Math.Abs(br);
        var absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0) throw PyExc.ZeroDivision("complex division by zero");
            var ratio = bi / br;
            var denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            var ratio = br / bi;
            var denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(double.NaN, double.NaN);
    }

    public static PyComplex Pow(double ar, double ai, double br, double bi)
    {
        if (bi == 0.0 && br == Math.Floor(br) && Math.Abs(br) <= 100.0)
        {
            var n = (long)br;
            if (n > 0) return PowU(ar, ai, n);
            var p = PowU(ar, ai, -n);
            return Quot(1.0, 0.0, p.Real, p.Imag);
        }
        if (br == 0.0 && bi == 0.0) return new PyComplex(1.0, 0.0);
        if (ar == 0.0 && ai == 0.0)
        {
            if (bi != 0.0 || br < 0.0) throw PyExc.ZeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0.0, 0.0);
        }
        var vabs = double.Hypot(ar, ai);
        var len = Math.Pow(vabs, br);
        var at = Math.Atan2(ai, ar);
        var phase = at * br;
        if (bi != 0.0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        var re = len * Math.Cos(phase);
        var im = len * Math.Sin(phase);
        if (double.IsInfinity(re) || double.IsInfinity(im)) throw PyExc.Overflow("complex exponentiation");
        return new PyComplex(re, im);
    }

    private static PyComplex PowU(double xr, double xi, long n)
    {
        double rr = 1, ri = 0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0)
            {
                var t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            var u = pr * pr - pi * pi;
            pi = 2 * pr * pi;
            pr = u;
        }
        if (n == 0) return new PyComplex(1, 0);
        return new PyComplex(rr, ri);
    }

    private static string Part(double d)
    {
        var s = FloatOps.Repr(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s.Substring(0, s.Length - 2) : s;
    }

    public static string Repr(PyComplex c)
    {
        if (c.Real == 0.0 && !double.IsNegative(c.Real)) return Part(c.Imag) + "j";
        var im = Part(c.Imag);
        if (!im.StartsWith('-')) im = "+" + im;
        return "(" + Part(c.Real) + im + "j)";
    }

    public static long Hash(PyComplex c)
    {
        var hr = (ulong)FloatOps.Hash(c.Real, c);
        var hi = (ulong)FloatOps.Hash(c.Imag, c);
        var r = (long)unchecked(hr + 1000003UL * hi);
        return r == -1 ? -2 : r;
    }
}
