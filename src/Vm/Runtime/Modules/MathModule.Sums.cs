namespace PyDbg.Vm.Runtime;

/// <summary>math's sums and norms: fsum (Shewchuk's exact partials), prod, hypot, dist.</summary>
internal static partial class NativeMath
{
    private static void RegisterSums(ModuleBuilder m)
    {
        m.Fn("fsum", Fsum);
        m.Fn("prod", Prod);
        m.Fn("hypot", Hypot);
        m.Fn("dist", Dist);
    }

    private static PyObject Fsum(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var iterable = Arg.One("math.fsum", a, k);
        var it = Ops.GetIter(iterable);
        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        while (Ops.TryNext(it, out var item))
        {
            var x = ToDouble(item);
            var xsave = x;
            var i = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            var n = i;
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // an infinity or NaN in the input, or an intermediate overflow
                    if (double.IsFinite(xsave)) throw PyExc.Overflow("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                }
                else
                {
                    if (n < partials.Count) partials[n] = x; else partials.Add(x);
                    n++;
                }
            }
            if (n < partials.Count) partials.RemoveRange(n, partials.Count - n);
        }

        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyExc.ValueErr("-inf + inf in fsum");
            return new PyFloat(specialSum);
        }

        double total = 0.0;
        var m = partials.Count;
        if (m > 0)
        {
            total = partials[--m];
            double lo = 0.0;
            // sum from the top, stopping when the sum becomes inexact
            while (m > 0)
            {
                var x = total;
                var y = partials[--m];
                total = x + y;
                var yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // correct for half-way cases (round-half-even would be wrong here)
            if (m > 0 && ((lo < 0.0 && partials[m - 1] < 0.0) || (lo > 0.0 && partials[m - 1] > 0.0)))
            {
                var y = lo * 2.0;
                var x = total + y;
                var yr = x - total;
                if (y == yr) total = x;
            }
        }
        return new PyFloat(total);
    }

    private static readonly string[] ProdNames = { "iterable", "start" };

    private static PyObject Prod(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[2];
        Arg.Parse("prod", args, kw, ProdNames, 1, s, posOnly: 1, kwOnlyFrom: 1);
        PyObject result = s[1] ?? PyInt.One;
        var it = Ops.GetIter(s[0]!);
        while (Ops.TryNext(it, out var item))
        {
            if (result is PyInt ri && ri.IsSmall && item is PyInt ii && ii.IsSmall)
                result = IntOps.Mul(ri.Small, ii.Small);
            else if (result is PyFloat rf && item is PyFloat fi)
                result = new PyFloat(rf.Value * fi.Value);
            else
                result = Ops.BinaryOp(BinaryOperator.Multiply, result, item);
        }
        return result;
    }

    private static PyObject Hypot(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Arg.NoKw("hypot", k);
        var coords = new double[a.Length];
        double max = 0.0;
        var foundNan = false;
        for (var i = 0; i < a.Length; i++)
        {
            var x = Math.Abs(ToDouble(a[i]));
            coords[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return new PyFloat(VectorNorm(coords, max, foundNan));
    }

    private static PyObject Dist(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Two("dist", a, k);
        var p = Coordinates(a[0]);
        var q = Coordinates(a[1]);
        if (p.Length != q.Length) throw PyExc.ValueErr("both points must have the same number of dimensions");
        var diffs = new double[p.Length];
        double max = 0.0;
        var foundNan = false;
        for (var i = 0; i < p.Length; i++)
        {
            var x = Math.Abs(ToDouble(p[i]) - ToDouble(q[i]));
            diffs[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return new PyFloat(VectorNorm(diffs, max, foundNan));
    }

    private static PyObject[] Coordinates(PyObject o)
    {
        if (o is PyTuple t) return t.Items;
        return Ops.ToList(o).ToArray();
    }

    /// <summary>CPython 3.11's vector_norm: the Euclidean norm with extended-precision
    /// accumulation and a final differential correction (correctly rounded in almost all cases).</summary>
    private static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || vec.Length <= 1) return max;
        var maxE = Math.ILogB(max) + 1; // frexp's exponent
        if (maxE < -1023)
        {
            const double dblMin = 2.2250738585072014e-308;
            for (var i = 0; i < vec.Length; i++) vec[i] /= dblMin;
            return dblMin * VectorNorm(vec, max / dblMin, foundNan);
        }
        var scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (var i = 0; i < vec.Length; i++)
        {
            var x = vec[i] * scale;           // lossless scaling
            var prHi = x * x;                  // lossless squaring
            var prLo = Math.FusedMultiplyAdd(x, x, -prHi);
            var smHi = csum + prHi;            // lossless addition
            var smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        var h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        {
            var prHi = -h * h;
            var prLo = Math.FusedMultiplyAdd(-h, h, -prHi);
            var smHi = csum + prHi;
            var smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        var xc = csum - 1.0 + (frac1 + frac2);
        h += xc / (2.0 * h);                   // differential correction
        return h / scale;
    }
}
