using System.Globalization;

namespace PyDbg.Vm.Runtime;

/// <summary>float arithmetic with CPython's results and errors, hashing and repr.</summary>
public static class FloatOps
{
    public static PyFloat Box(double d) => new(d);

    public static double TrueDivide(double a, double b)
    {
        if (b == 0.0) throw PyExc.ZeroDivision("float division by zero");
        return a / b;
    }

    public static double Mod(double vx, double wx)
    {
        if (wx == 0.0) throw PyExc.ZeroDivision("float modulo");
        var mod = CFmod(vx, wx);
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0)) mod += wx;
        }
        else mod = Math.CopySign(0.0, wx);
        return mod;
    }

    /// <summary>C's fmod (the result has the sign of the dividend).</summary>
    public static double CFmod(double x, double y) => x % y;

    public static double FloorDiv(double vx, double wx)
    {
        if (wx == 0.0) throw PyExc.ZeroDivision("float floor division by zero");
        return DivMod(vx, wx).Div;
    }

    public static (double Div, double Mod) DivMod(double vx, double wx)
    {
        if (wx == 0.0) throw PyExc.ZeroDivision("float divmod()");
        var mod = CFmod(vx, wx);
        var div = (vx - mod) / wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    private static bool IsOddInteger(double w) => Math.Floor(w) == w && Math.Abs(w) < 9007199254740992.0 * 2 && Math.Abs(w % 2.0) == 1.0;

    /// <summary>float ** float with CPython's special cases (a negative base with a fractional exponent gives a complex).</summary>
    public static PyObject Pow(double iv, double iw)
    {
        if (iw == 0) return PyFloat.One;
        if (double.IsNaN(iv)) return new PyFloat(iv);
        if (double.IsNaN(iw)) return new PyFloat(iv == 1.0 ? 1.0 : iw);
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) return PyFloat.One;
            if ((iw > 0.0) == (iv > 1.0)) return new PyFloat(Math.Abs(iw));
            return PyFloat.Zero;
        }
        if (double.IsInfinity(iv))
        {
            var odd = IsOddInteger(iw);
            if (iw > 0) return new PyFloat(odd ? iv : Math.Abs(iv));
            return new PyFloat(odd ? Math.CopySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0)
        {
            var odd = IsOddInteger(iw);
            if (iw < 0.0) throw PyExc.ZeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(odd ? iv : 0.0);
        }
        var negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw))
                return ComplexOps.Pow(iv, 0.0, iw, 0.0);
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) return new PyFloat(negate ? -1.0 : 1.0);
        var ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix))
            throw new PyException(new PyBaseException(PyExc.OverflowError,
                PyTuple.Of(PyInt.From(34), new PyStr("Numerical result out of range"))));
        return new PyFloat(negate ? -ix : ix);
    }

    public static double CheckedMul(double a, double b) => a * b;

    /// <summary>hash(float): equal to hash(int) for integral values (CPython's _Py_HashDouble).</summary>
    public static long Hash(double v, PyObject? inst = null)
    {
        const int Bits = 61;
        const ulong Modulus = (1UL << Bits) - 1;
        if (!double.IsFinite(v))
        {
            if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
            return inst is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(inst);
        }
        if (v == 0) return 0;
        var e = Math.ILogB(v) + 1;
        var m = Math.ScaleB(v, -e);
        var sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            var y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | x >> (Bits - e);
        var r = (long)x * sign;
        return r == -1 ? -2 : r;
    }

    /// <summary>The shortest digits that round-trip: <paramref name="digits"/> without leading or
    /// trailing zeros and the decimal point position (value = 0.DIGITS * 10**decpt). Finite, non-zero input.</summary>
    public static void ShortestDigits(double d, out string digits, out int decpt)
    {
        var s = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exp = 0;
        var ei = s.IndexOfAny(new[] { 'E', 'e' });
        if (ei >= 0)
        {
            exp = int.Parse(s.AsSpan(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s.Substring(0, ei);
        }
        var dot = s.IndexOf('.');
        string intPart = dot >= 0 ? s.Substring(0, dot) : s;
        string frac = dot >= 0 ? s.Substring(dot + 1) : "";
        var all = intPart + frac;
        var point = intPart.Length + exp;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        all = all.Substring(lead);
        point -= lead;
        var end = all.Length;
        while (end > 1 && all[end - 1] == '0') end--;
        digits = all.Substring(0, end);
        decpt = point;
    }

    /// <summary>repr(float) exactly as CPython prints it.</summary>
    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        ShortestDigits(d, out var digits, out var decpt);
        var sb = new System.Text.StringBuilder(24);
        if (d < 0) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+');
            var ae = Math.Abs(e);
            if (ae < 10) sb.Append('0');
            sb.Append(ae.ToString(CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }
}
