using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>int formatting: hex/oct/bin text and the int branch of the format-spec mini-language.</summary>
internal static class IntFormatting
{
    private const string LowerDigits = "0123456789abcdef";

    /// <summary>Digits of |v| in a power-of-two base, lowercase.</summary>
    public static string AbsDigits(BigInteger v, int radix)
    {
        if (v.Sign < 0) v = -v;
        if (v.IsZero) return "0";
        if (v <= ulong.MaxValue)
        {
            var u = (ulong)v;
            var buf = new char[64];
            var p = buf.Length;
            var shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
            var mask = (ulong)(radix - 1);
            while (u != 0) { buf[--p] = LowerDigits[(int)(u & mask)]; u >>= shift; }
            return new string(buf, p, buf.Length - p);
        }
        if (radix == 10) return v.ToString();
        var bits = (int)v.GetBitLength();
        var sh = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        var bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        var n = (bits + sh - 1) / sh;
        var chars = new char[n];
        for (var i = 0; i < n; i++)
        {
            var d = 0;
            for (var b = 0; b < sh; b++)
            {
                var bit = i * sh + b;
                if (bit < bits && (bytes[bit >> 3] & (1 << (bit & 7))) != 0) d |= 1 << b;
            }
            chars[n - 1 - i] = LowerDigits[d];
        }
        return new string(chars);
    }

    /// <summary>hex()/oct()/bin(): "-0x1f".</summary>
    public static string ToBase(BigInteger v, int radix, string prefix) =>
        (v.Sign < 0 ? "-" : "") + prefix + AbsDigits(v, radix);

    /// <summary>CPython 3.11's default sys.get_int_max_str_digits().</summary>
    public const int MaxStrDigits = 4300;
    private static readonly BigInteger DecimalLimit = BigInteger.Pow(10, MaxStrDigits);

    /// <summary>str(int) for any int, with CPython's 4300-digit limit (ValueError beyond it).</summary>
    public static string Decimal(PyInt i)
    {
        if (i.IsSmall) return i.Small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var big = i.Big;
        CheckDecimalLimit(big);
        return big.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void CheckDecimalLimit(BigInteger v)
    {
        if (BigInteger.Abs(v) >= DecimalLimit)
            throw PyExc.ValueErr($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    public static string AbsDecimal(PyInt i)
    {
        if (i.IsSmall)
        {
            if (i.Small >= 0) return i.Small.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i.Small != long.MinValue) return (-i.Small).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var a = BigInteger.Abs(i.Big);
        CheckDecimalLimit(a);
        return a.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Format(PyInt value, PyObject original, string spec)
    {
        var f = FormatSpec.Parse(spec, original, 'd', '>');
        switch (f.Type)
        {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            {
                var d = value.IsSmall ? value.Small : Builtins.BigToDouble(value.Big);
                return FloatFormatting.Format(d, ref f);
            }
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            default:
                throw FormatSpec.Unknown(f.Type, original);
        }
        if (f.Precision >= 0) throw PyExc.ValueErr("Precision not allowed in integer format specifier");
        if (f.NoNegZero) throw PyExc.ValueErr("Negative zero coercion (z) not allowed in integer format specifier");
        var negative = value.IsSmall ? value.Small < 0 : value.Big.Sign < 0;
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw PyExc.ValueErr("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyExc.ValueErr("Alternate form (#) not allowed with integer format specifier 'c'");
            var big = value.Big;
            if (big.Sign < 0 || big > 0x10FFFF) throw PyExc.Overflow("%c arg not in range(0x110000)");
            var c = (int)big;
            var text = c < 0x10000 ? ((char)c).ToString() : char.ConvertFromUtf32(c);
            return f.LayoutNumber("", "", text, "");
        }
        string digits, prefix = "";
        switch (f.Type)
        {
            case 'b': digits = AbsDigits(value.Big, 2); if (f.Alternate) prefix = "0b"; break;
            case 'o': digits = AbsDigits(value.Big, 8); if (f.Alternate) prefix = "0o"; break;
            case 'x': digits = AbsDigits(value.Big, 16); if (f.Alternate) prefix = "0x"; break;
            case 'X': digits = AbsDigits(value.Big, 16).ToUpperInvariant(); if (f.Alternate) prefix = "0X"; break;
            default: digits = AbsDecimal(value); break;
        }
        var sign = negative ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
        return f.LayoutNumber(sign, prefix, digits, "");
    }
}
