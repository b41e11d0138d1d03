using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>math's integer functions: factorial, isqrt, gcd, lcm, comb, perm.</summary>
internal static partial class NativeMath
{
    private static void RegisterIntegerFunctions(ModuleBuilder m)
    {
        m.Fn("factorial", Factorial);
        m.Fn("isqrt", Isqrt);
        m.Fn("gcd", Gcd);
        m.Fn("lcm", Lcm);
        m.Fn("comb", Comb);
        m.Fn("perm", Perm);
    }

    private static PyObject Factorial(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var n = ToInt(Arg.One("math.factorial", a, k));
        if (IntOps.Sign(n) < 0) throw PyExc.ValueErr("factorial() not defined for negative values");
        if (!n.IsSmall || n.Small > int.MaxValue) throw PyExc.Overflow("factorial() argument should not exceed 9223372036854775807");
        var v = n.Small;
        if (v <= 20)
        {
            long r = 1;
            for (long i = 2; i <= v; i++) r *= i;
            return PyInt.From(r);
        }
        return PyInt.From(RangeProduct(1, v));
    }

    /// <summary>The product lo*(lo+1)*...*hi by binary splitting (1 when empty).</summary>
    internal static BigInteger RangeProduct(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = lo;
            for (var i = lo + 1; i <= hi; i++) r *= i;
            return r;
        }
        var mid = lo + (hi - lo) / 2;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    private static PyObject Isqrt(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var n = ToInt(Arg.One("math.isqrt", a, k));
        if (IntOps.Sign(n) < 0) throw PyExc.ValueErr("isqrt() argument must be nonnegative");
        if (n.IsSmall)
        {
            var v = n.Small;
            var r = (long)Math.Sqrt(v);
            while (r > 0 && (r > 3037000499L || r * r > v)) r--;
            while (r < 3037000499L && (r + 1) * (r + 1) <= v) r++;
            return PyInt.From(r);
        }
        return PyInt.From(BigIsqrt(n.Big));
    }

    internal static BigInteger BigIsqrt(BigInteger n)
    {
        if (n.IsZero) return n;
        var bits = (long)n.GetBitLength();
        var x = BigInteger.One << (int)((bits + 1) / 2); // >= sqrt(n)
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static PyObject Gcd(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Arg.NoKw("gcd", k);
        if (a.Length == 0) return PyInt.Zero;
        var res = IntOps.Abs(ToInt(a[0]));
        for (var i = 1; i < a.Length; i++)
        {
            var x = ToInt(a[i]);
            if (res.IsSmall && x.IsSmall && res.Small != long.MinValue && x.Small != long.MinValue)
            {
                long p = res.Small, q = Math.Abs(x.Small);
                while (q != 0) { var t = p % q; p = q; q = t; }
                res = PyInt.From(p);
            }
            else res = PyInt.From(BigInteger.GreatestCommonDivisor(res.Big, x.Big));
        }
        return res;
    }

    private static PyObject Lcm(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Arg.NoKw("lcm", k);
        if (a.Length == 0) return PyInt.One;
        var res = BigInteger.Abs(ToInt(a[0]).Big);
        for (var i = 1; i < a.Length; i++)
        {
            var x = BigInteger.Abs(ToInt(a[i]).Big);
            if (res.IsZero || x.IsZero) { res = BigInteger.Zero; continue; }
            res = res / BigInteger.GreatestCommonDivisor(res, x) * x;
        }
        return PyInt.From(res);
    }

    private static PyObject Comb(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Two("comb", a, k);
        var n = ToInt(a[0]).Big;
        var kk = ToInt(a[1]).Big;
        if (n.Sign < 0) throw PyExc.ValueErr("n must be a non-negative integer");
        if (kk.Sign < 0) throw PyExc.ValueErr("k must be a non-negative integer");
        if (kk > n) return PyInt.Zero;
        var j = BigInteger.Min(kk, n - kk);
        if (j > int.MaxValue) throw PyExc.Overflow($"min(n - k, k) must not exceed {long.MaxValue}");
        var steps = (long)j;
        BigInteger r = BigInteger.One;
        for (long i = 1; i <= steps; i++) r = r * (n - steps + i) / i;
        return PyInt.From(r);
    }

    private static PyObject Perm(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Arg.Positional("perm", a, k, 1, 2);
        var n = ToInt(a[0]).Big;
        if (a.Length == 1 || a[1] is PyNone)
        {
            if (n.Sign < 0) throw PyExc.ValueErr("n must be a non-negative integer");
            if (n > int.MaxValue) throw PyExc.Overflow($"n must not exceed {long.MaxValue}");
            return PyInt.From(RangeProduct(1, (long)n));
        }
        var kk = ToInt(a[1]).Big;
        if (n.Sign < 0) throw PyExc.ValueErr("n must be a non-negative integer");
        if (kk.Sign < 0) throw PyExc.ValueErr("k must be a non-negative integer");
        if (kk > n) return PyInt.Zero;
        if (kk > int.MaxValue) throw PyExc.Overflow($"k must not exceed {long.MaxValue}");
        var steps = (long)kk;
        if (n <= long.MaxValue) return PyInt.From(RangeProduct((long)n - steps + 1, (long)n));
        BigInteger r = BigInteger.One;
        for (long i = 0; i < steps; i++) r *= n - i;
        return PyInt.From(r);
    }
}
