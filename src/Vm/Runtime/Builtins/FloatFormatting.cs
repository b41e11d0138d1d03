using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>
/// float to text exactly as CPython does: shortest round-trip digits for repr, and correctly
/// rounded (round-half-even on the exact binary value) digits for 'e', 'f', 'g' and round().
/// </summary>
public static class FloatFormatting
{
    /// <summary>repr(float): '1.0', '1e+16', 'inf', 'nan'.</summary>
    public static string Repr(double v) => FormatShort(v, 'r', 0, addDot0: true, alt: false, upper: false);

    /// <summary>Shortest round-trip decimal digits of |v| (v finite, non-zero): digits without
    /// leading/trailing zeros and the decimal point position (value = 0.DIGITS * 10^decpt).</summary>
    internal static (string digits, int decpt) ShortestDigits(double v)
    {
        var s = Math.Abs(v).ToString("R", CultureInfo.InvariantCulture);
        var exp = 0;
        var e = s.IndexOf('E');
        if (e >= 0)
        {
            exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }
        var dot = s.IndexOf('.');
        int intLen;
        string all;
        if (dot >= 0) { intLen = dot; all = s.Remove(dot, 1); }
        else { intLen = s.Length; all = s; }
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        var trail = all.Length;
        while (trail > lead + 1 && all[trail - 1] == '0') trail--;
        return (all[lead..trail], intLen - lead + exp);
    }

    /// <summary>
    /// Correctly rounded digits of |v| (finite): mode 2 = <paramref name="ndigits"/> significant
    /// digits, mode 3 = <paramref name="ndigits"/> digits after the decimal point (may be negative).
    /// Trailing zeros stripped; "" when the value rounds to zero in mode 3; zero gives ("0", 1).
    /// </summary>
    internal static (string digits, int decpt) ExactDigits(double v, int mode, long ndigits)
    {
        v = Math.Abs(v);
        if (v == 0) return ("0", 1);
        if (TryFastDigits(v, mode, ndigits, out var fast)) return fast;
        return ExactDigitsSlow(v, mode, ndigits);
    }

    private static bool IsIntegral(double x) => !double.IsInfinity(x) && Math.Floor(x) == x;

    /// <summary>
    /// .NET's "F"/"E" formatting produces the exact decimal expansion correctly rounded; it can only
    /// differ from CPython's round-half-even at an exact tie, which needs the value to have few
    /// binary fraction digits at the rounding position. Those (rare) cases take the BigInteger path.
    /// </summary>
    private static bool TryFastDigits(double v, int mode, long ndigits, out (string, int) result)
    {
        result = default;
        if (ndigits < 0 || ndigits > 60) return false;
        var nd = (int)ndigits;
        string text;
        if (mode == 3)
        {
            if (v >= 1e17 || IsIntegral(Math.ScaleB(v, nd + 1))) return false;
            text = v.ToString(FixedFormats[nd], CultureInfo.InvariantCulture);
        }
        else
        {
            if (nd < 1) nd = 1;
            var e10 = (int)Math.Floor(Math.Log10(v));
            var p = nd - e10;
            if (IsIntegral(Math.ScaleB(v, p)) || IsIntegral(Math.ScaleB(v, p + 1)) || IsIntegral(Math.ScaleB(v, p - 1))) return false;
            text = v.ToString(ExpFormats[nd - 1], CultureInfo.InvariantCulture);
        }
        var exp = 0;
        var e = text.IndexOf('E');
        if (e >= 0)
        {
            exp = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        int intLen;
        string all;
        if (dot >= 0) { intLen = dot; all = text.Remove(dot, 1); }
        else { intLen = text.Length; all = text; }
        var lead = 0;
        while (lead < all.Length && all[lead] == '0') lead++;
        if (lead == all.Length)
        {
            if (mode != 3) return false;
            result = ("", -nd);
            return true;
        }
        var trail = all.Length;
        while (trail > lead && all[trail - 1] == '0') trail--;
        result = (all[lead..trail], intLen - lead + exp);
        return true;
    }

    private static readonly string[] FixedFormats = BuildFormats('F');
    private static readonly string[] ExpFormats = BuildFormats('E');
    private static string[] BuildFormats(char c)
    {
        var a = new string[61];
        for (var i = 0; i < a.Length; i++) a[i] = c + i.ToString(CultureInfo.InvariantCulture);
        return a;
    }

    internal static (string digits, int decpt) ExactDigitsSlow(double v, int mode, long ndigits)
    {
        var bits = BitConverter.DoubleToInt64Bits(v);
        var be = (int)((bits >> 52) & 0x7FF);
        var m = bits & ((1L << 52) - 1);
        if (be == 0) be = 1; else m |= 1L << 52;
        var e2 = be - 1075;
        while ((m & 1) == 0) { m >>= 1; e2++; }
        string d;
        int decpt;
        if (e2 >= 0)
        {
            d = (new BigInteger(m) << e2).ToString(CultureInfo.InvariantCulture);
            decpt = d.Length;
        }
        else
        {
            d = (new BigInteger(m) * BigInteger.Pow(5, -e2)).ToString(CultureInfo.InvariantCulture);
            decpt = d.Length + e2; // value = d * 10^e2
        }
        var k = mode == 2 ? ndigits : decpt + ndigits; // number of digits to keep
        if (mode == 2 && k < 1) k = 1;
        if (k >= d.Length) return (StripZeros(d), decpt);
        if (k < 0) return ("", (int)-ndigits);
        // Round half-even at position k.
        var first = d[(int)k];
        var up = false;
        if (first > '5') up = true;
        else if (first == '5')
        {
            var rest = false;
            for (var i = (int)k + 1; i < d.Length; i++) if (d[i] != '0') { rest = true; break; }
            if (rest) up = true;
            else up = k > 0 && ((d[(int)k - 1] - '0') & 1) == 1;
        }
        var kept = d[..(int)k].ToCharArray();
        if (up)
        {
            var i = kept.Length - 1;
            while (i >= 0 && kept[i] == '9') { kept[i] = '0'; i--; }
            if (i < 0) return ("1", decpt + 1);
            kept[i]++;
        }
        var res = StripZeros(new string(kept));
        return res.Length == 0 ? ("", decpt) : (res, decpt);
    }

    private static string StripZeros(string d)
    {
        var t = d.Length;
        while (t > 0 && d[t - 1] == '0') t--;
        return t == d.Length ? d : d[..t];
    }

    /// <summary>
    /// PyOS_double_to_string: type 'e', 'f', 'g' or 'r' (repr), with CPython's flags. Includes a
    /// leading '-' for negative values (also -0.0).
    /// </summary>
    public static string FormatShort(double v, char type, int precision, bool addDot0, bool alt, bool upper)
    {
        if (double.IsNaN(v)) return upper ? "NAN" : "nan";
        var neg = double.IsNegative(v);
        if (double.IsInfinity(v)) return (neg ? "-" : "") + (upper ? "INF" : "inf");
        string digits;
        int decpt;
        switch (type)
        {
            case 'e':
                (digits, decpt) = ExactDigits(v, 2, precision + 1);
                precision++;
                break;
            case 'f':
                (digits, decpt) = ExactDigits(v, 3, precision);
                break;
            case 'g':
                if (precision == 0) precision = 1;
                (digits, decpt) = ExactDigits(v, 2, precision);
                break;
            default: // 'r'
                if (v == 0) (digits, decpt) = ("0", 1);
                else (digits, decpt) = ShortestDigits(v);
                precision = 17;
                break;
        }
        var sb = new StringBuilder(32);
        if (neg) sb.Append('-');
        var digitsLen = digits.Length;
        var vdigitsEnd = digitsLen;
        var useExp = false;
        switch (type)
        {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vdigitsEnd = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        var exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        var vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
        else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;
        if (decpt <= 0)
        {
            sb.Append('0', decpt - vdigitsStart);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen)
        {
            sb.Append(digits, 0, decpt);
            sb.Append('.');
            sb.Append(digits, decpt, digitsLen - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen);
            sb.Append('.');
            sb.Append('0', Math.Max(0, vdigitsEnd - decpt));
        }
        else
        {
            sb.Append('0', Math.Max(0, vdigitsEnd - digitsLen));
        }
        if (sb[^1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            var a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The float branch of the format-spec mini-language (format_float_internal).</summary>
    internal static string Format(double val, ref FormatSpec f)
    {
        var type = f.Type;
        var addDot0 = false;
        var defaultPrecision = 6;
        switch (type)
        {
            case '\0':
                addDot0 = true;
                type = 'r';
                defaultPrecision = 0;
                break;
            case 'n': type = 'g'; break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
            default: throw new InvalidOperationException("unreachable");
        }
        var addPct = false;
        if (type == '%')
        {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        var precision = f.Precision;
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var upper = type is 'E' or 'F' or 'G';
        var lowerType = char.ToLowerInvariant(type);
        var text = FormatShort(val, lowerType, precision, addDot0, f.Alternate, upper);
        if (f.NoNegZero && text[0] == '-' && IsZeroText(text)) text = text[1..];
        if (addPct) text += "%";
        if (f.Sign != '+' && f.Sign != ' ' && f.Width < 0 && f.Type != 'n' && f.Grouping == '\0') return text;
        var sign = "";
        var body = text;
        if (body[0] == '-') { sign = "-"; body = body[1..]; }
        else if (f.Sign == '+') sign = "+";
        else if (f.Sign == ' ') sign = " ";
        var idx = 0;
        while (idx < body.Length && body[idx] >= '0' && body[idx] <= '9') idx++;
        return f.LayoutNumber(sign, "", body[..idx], body[idx..]);
    }

    private static bool IsZeroText(string t)
    {
        for (var i = 1; i < t.Length; i++)
        {
            var c = t[i];
            if (c == 'e' || c == 'E' || c == '%') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    /// <summary>round(x, ndigits) for a float: correctly rounded (half-even on the exact value).</summary>
    public static double RoundToDigits(double x, BigInteger ndigits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        // Beyond these limits the result is x itself or a signed zero (CPython's NDIGITS_MAX/MIN).
        if (ndigits > 323) return x;
        if (ndigits < -308) return Math.CopySign(0.0, x);
        var nd = (int)ndigits;
        var (digits, decpt) = ExactDigits(x, 3, nd);
        if (digits.Length == 0) return Math.CopySign(0.0, x);
        var text = (x < 0 ? "-0." : "0.") + digits + "e" + decpt.ToString(CultureInfo.InvariantCulture);
        var r = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r)) throw PyExc.Overflow("rounded value too large to represent");
        return r;
    }
}
