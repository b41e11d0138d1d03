using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>int arithmetic: a long fast path with overflow checks, BigInteger behind it.</summary>
public static class IntOps
{
    /// <summary>Bits above which an int result is refused with MemoryError (keeps absurd powers and
    /// shifts from hanging or exhausting memory).</summary>
    public const long MaxBits = 1L << 26; // 64 Mbit ~ 20 million decimal digits

    public static PyInt Add(long a, long b)
    {
        var r = unchecked(a + b);
        if (((a ^ r) & (b ^ r)) < 0) return PyInt.From((BigInteger)a + b);
        return PyInt.From(r);
    }

    public static PyInt Sub(long a, long b)
    {
        var r = unchecked(a - b);
        if (((a ^ b) & (a ^ r)) < 0) return PyInt.From((BigInteger)a - b);
        return PyInt.From(r);
    }

    public static PyInt Mul(long a, long b)
    {
        var hi = Math.BigMul(a, b, out var lo);
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.From(lo);
        return PyInt.From((BigInteger)a * b);
    }

    public static PyInt Add(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? Add(a.Small, b.Small) : PyInt.From(a.Big + b.Big);

    public static PyInt Sub(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? Sub(a.Small, b.Small) : PyInt.From(a.Big - b.Big);

    public static PyInt Mul(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall) return Mul(a.Small, b.Small);
        var x = a.Big; var y = b.Big;
        if (x.IsZero || y.IsZero) return PyInt.Zero;
        if (x.GetBitLength() + y.GetBitLength() > MaxBits) throw PyExc.Memory();
        return PyInt.From(x * y);
    }

    public static PyInt Neg(PyInt a)
    {
        if (a.IsSmall && a.Small != long.MinValue) return PyInt.From(-a.Small);
        return PyInt.From(-a.Big);
    }

    public static PyInt Invert(PyInt a) => a.IsSmall ? PyInt.From(~a.Small) : PyInt.From(-a.Big - 1);

    public static PyInt Abs(PyInt a)
    {
        if (a.IsSmall && a.Small != long.MinValue) return a.Small < 0 ? PyInt.From(-a.Small) : a;
        return PyInt.From(BigInteger.Abs(a.Big));
    }

    public static int Sign(PyInt a) => a.IsSmall ? Math.Sign(a.Small) : a.Big.Sign;

    public static PyInt FloorDiv(PyInt a, PyInt b)
    {
        if (b.IsSmall)
        {
            if (b.Small == 0) throw PyExc.ZeroDivision("integer division or modulo by zero");
            if (a.IsSmall && !(a.Small == long.MinValue && b.Small == -1))
            {
                long x = a.Small, y = b.Small;
                var q = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                return PyInt.From(q);
            }
        }
        return PyInt.From(FloorDivBig(a.Big, b.Big));
    }

    public static BigInteger FloorDivBig(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    public static PyInt Mod(PyInt a, PyInt b)
    {
        if (b.IsSmall)
        {
            if (b.Small == 0) throw PyExc.ZeroDivision("integer modulo by zero");
            if (a.IsSmall)
            {
                long y = b.Small;
                if (y == -1) return PyInt.Zero;
                var r = a.Small % y;
                if (r != 0 && ((r < 0) != (y < 0))) r += y;
                return PyInt.From(r);
            }
        }
        return PyInt.From(ModBig(a.Big, b.Big));
    }

    public static BigInteger ModBig(BigInteger x, BigInteger y)
    {
        var r = BigInteger.Remainder(x, y);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) r += y;
        return r;
    }

    /// <summary>divmod(a, b) for ints.</summary>
    public static (PyInt, PyInt) DivMod(PyInt a, PyInt b) => (FloorDiv(a, b), Mod(a, b));

    /// <summary>a ** b for ints; a negative exponent gives a float.</summary>
    public static PyObject Pow(PyInt a, PyInt b)
    {
        if (Sign(b) < 0)
        {
            var fa = ToDouble(a);
            if (fa == 0) throw PyExc.ZeroDivision("0.0 cannot be raised to a negative power");
            return FloatOps.Pow(fa, ToDouble(b));
        }
        if (a.IsSmall)
        {
            var x = a.Small;
            if (x == 0) return b.IsSmall && b.Small == 0 ? PyInt.One : PyInt.Zero;
            if (x == 1) return PyInt.One;
            if (x == -1) return IsOdd(b) ? PyInt.MinusOne : PyInt.One;
        }
        if (!b.IsSmall) throw PyExc.Memory();
        var e = b.Small;
        if (a.IsSmall && e < 64)
        {
            // fast path: repeated squaring with overflow detection
            long result = 1, bas = a.Small; var n = e; var ok = true;
            while (true)
            {
                if ((n & 1) != 0)
                {
                    var hi = Math.BigMul(result, bas, out var lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    result = lo;
                }
                n >>= 1;
                if (n == 0) break;
                var h2 = Math.BigMul(bas, bas, out var l2);
                if (!((h2 == 0 && l2 >= 0) || (h2 == -1 && l2 < 0))) { ok = false; break; }
                bas = l2;
            }
            if (ok) return PyInt.From(result);
        }
        var big = a.Big;
        var bits = (double)BigInteger.Abs(big).GetBitLength();
        if (bits * e > MaxBits) throw PyExc.Memory();
        return PyInt.From(BigInteger.Pow(big, (int)e));
    }

    public static bool IsOdd(PyInt a) => a.IsSmall ? (a.Small & 1) != 0 : !a.Big.IsEven;

    public static PyInt LShift(PyInt a, PyInt b)
    {
        if (Sign(b) < 0) throw PyExc.ValueErr("negative shift count");
        if (Sign(a) == 0) return PyInt.Zero;
        if (!b.IsSmall || b.Small > MaxBits) throw PyExc.Memory();
        var n = (int)b.Small;
        if (a.IsSmall && n < 63)
        {
            var x = a.Small;
            var r = x << n;
            if (r >> n == x) return PyInt.From(r);
        }
        return PyInt.From(a.Big << n);
    }

    public static PyInt RShift(PyInt a, PyInt b)
    {
        if (Sign(b) < 0) throw PyExc.ValueErr("negative shift count");
        if (!b.IsSmall || b.Small >= int.MaxValue) return Sign(a) < 0 ? PyInt.MinusOne : PyInt.Zero;
        var n = b.Small;
        if (a.IsSmall) return PyInt.From(n >= 64 ? (a.Small < 0 ? -1 : 0) : a.Small >> (int)n);
        return PyInt.From(a.Big >> (int)n);
    }

    public static PyInt And(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? PyInt.From(a.Small & b.Small) : PyInt.From(a.Big & b.Big);
    public static PyInt Or(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? PyInt.From(a.Small | b.Small) : PyInt.From(a.Big | b.Big);
    public static PyInt Xor(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? PyInt.From(a.Small ^ b.Small) : PyInt.From(a.Big ^ b.Big);

    public static int CompareInts(PyInt a, PyInt b) =>
        a.IsSmall && b.IsSmall ? a.Small.CompareTo(b.Small) : a.Big.CompareTo(b.Big);

    /// <summary>float(int) with CPython's OverflowError.</summary>
    public static double ToDouble(PyInt a)
    {
        if (a.IsSmall) return a.Small;
        var d = BigToDouble(a.Big);
        if (double.IsInfinity(d)) throw PyExc.Overflow("int too large to convert to float");
        return d;
    }

    /// <summary>Correctly rounded (half-even) conversion; infinity when too large.</summary>
    public static double BigToDouble(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return (long)v;
        var neg = v.Sign < 0;
        var m = BigInteger.Abs(v);
        var bits = (long)m.GetBitLength();
        if (bits > 1024) return neg ? double.NegativeInfinity : double.PositiveInfinity;
        var shift = (int)(bits - 55);
        var top = m >> shift;
        var sticky = !(m & ((BigInteger.One << shift) - 1)).IsZero;
        var t = (long)top;
        if (sticky) t |= 1;
        var d = Math.ScaleB((double)t, shift); // (double)t rounds half-even on 55 bits + sticky
        return neg ? -d : d;
    }

    /// <summary>int / int, correctly rounded like CPython.</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (Sign(b) == 0) throw PyExc.ZeroDivision("division by zero");
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, y = b.Small;
            const long lim = 1L << 53;
            if (x > -lim && x < lim && y > -lim && y < lim) return (double)x / y;
        }
        var n = a.Big; var d = b.Big;
        var neg = (n.Sign < 0) != (d.Sign < 0);
        n = BigInteger.Abs(n); d = BigInteger.Abs(d);
        if (n.IsZero) return neg ? -0.0 : 0.0;
        var nb = (long)n.GetBitLength(); var db = (long)d.GetBitLength();
        var diff = nb - db;
        if (diff > 1025) throw PyExc.Overflow("integer division result too large for a float");
        if (diff < -1080) return neg ? -0.0 : 0.0;
        // scale so the quotient has 55..56 significant bits, then round once with a sticky bit
        var shift = (int)(55 - diff);
        if (shift > 0) n <<= shift; else d <<= -shift;
        var q = BigInteger.DivRem(n, d, out var r);
        var qi = (long)q;
        if (!r.IsZero) qi |= 1;
        double result;
        var exp = -shift;
        var qbits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)qi);
        if (qbits + exp < -1021)
        {
            // subnormal result: round at the right precision
            var keep = qbits + exp + 1074;
            if (keep <= 0) result = 0.0;
            else
            {
                var drop = qbits - (int)keep;
                var mant = qi >> drop;
                var rem = qi & ((1L << drop) - 1);
                var half = 1L << (drop - 1);
                if (rem > half || (rem == half && (mant & 1) != 0)) mant++;
                result = Math.ScaleB(mant, drop + exp);
            }
        }
        else result = Math.ScaleB((double)qi, exp);
        if (double.IsInfinity(result)) throw PyExc.Overflow("integer division result too large for a float");
        return neg ? -result : result;
    }

    /// <summary>hash(int): the value modulo 2**61-1 with the sign kept; -1 maps to -2.</summary>
    public static long Hash(PyInt a)
    {
        if (a.IsSmall) return HashLong(a.Small);
        const long P = (1L << 61) - 1;
        var v = a.Big;
        var r = (long)BigInteger.Remainder(BigInteger.Abs(v), P);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public static long HashLong(long x)
    {
        const long P = (1L << 61) - 1;
        long r;
        if (x >= 0) r = x < P ? x : x % P;
        else if (x == long.MinValue) r = -(long)(((ulong)1 << 63) % (ulong)P);
        else { r = -x; if (r >= P) r %= P; r = -r; }
        return r == -1 ? -2 : r;
    }

    /// <summary>int(x) for a float: truncation with CPython's errors.</summary>
    public static PyInt FromDouble(double d)
    {
        if (double.IsNaN(d)) throw PyExc.ValueErr("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyExc.Overflow("cannot convert float infinity to integer");
        var t = Math.Truncate(d);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18) return PyInt.From((long)t);
        return PyInt.From(new BigInteger(t));
    }

    /// <summary>Exact comparison of an int with a float (-1, 0, 1); NaN compares unordered (returns 2).</summary>
    public static int CompareWithDouble(PyInt a, double d)
    {
        if (double.IsNaN(d)) return 2;
        if (double.IsPositiveInfinity(d)) return -1;
        if (double.IsNegativeInfinity(d)) return 1;
        if (a.IsSmall)
        {
            var x = a.Small;
            const long lim = 1L << 53;
            if (x > -lim && x < lim) return ((double)x).CompareTo(d);
        }
        var fl = Math.Floor(d);
        var fi = new BigInteger(fl);
        var c = a.Big.CompareTo(fi);
        if (c != 0) return c;
        return fl == d ? 0 : -1; // a == floor(d) < d
    }
}
