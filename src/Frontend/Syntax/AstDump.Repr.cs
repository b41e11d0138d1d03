using System.Globalization;
using System.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Syntax;

public static partial class AstDump
{
    /// <summary>Python's repr() of a constant value (str, int, float, bool, None, Ellipsis).</summary>
    internal static string ConstantRepr(PyObject value) => value switch
    {
        PyStr s => ReprString(s.Value),
        PyComplex => Ops.Repr(value),
        PyBool b => ReferenceEquals(b, PyBool.True) ? "True" : "False",
        PyInt i => i.IsSmall ? i.Small.ToString(CultureInfo.InvariantCulture) : i.Big.ToString(CultureInfo.InvariantCulture),
        PyFloat f => ReprFloat(f.Value),
        PyNone => "None",
        PyEllipsis => "Ellipsis",
        _ => value.ToString() ?? "",
    };

    /// <summary>Python's float repr (shortest round-trip digits; exponent form when decpt &lt;= -4 or &gt; 16).</summary>
    internal static string ReprFloat(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return (1 / d) < 0 ? "-0.0" : "0.0";
        var r = d.ToString("E16", CultureInfo.InvariantCulture);
        // find the shortest round-trip representation
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        var neg = s.StartsWith('-');
        if (neg) s = s.Substring(1);
        // extract digits and decimal exponent from s
        var mantissa = s;
        var exp = 0;
        var e = s.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            mantissa = s.Substring(0, e);
            exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        var dot = mantissa.IndexOf('.');
        string digits;
        int decpt;
        if (dot >= 0)
        {
            digits = mantissa.Remove(dot, 1);
            decpt = dot + exp;
        }
        else
        {
            digits = mantissa;
            decpt = mantissa.Length + exp;
        }
        // strip leading zeros
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; decpt--; }
        digits = digits.Substring(lead).TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        _ = r;
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var x = decpt - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+');
            var ax = Math.Abs(x);
            if (ax < 10) sb.Append('0');
            sb.Append(ax.ToString(CultureInfo.InvariantCulture));
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

    /// <summary>Python's repr() of a str.</summary>
    internal static string ReprString(string s)
    {
        var quote = '\'';
        if (s.Contains('\'') && !s.Contains('"')) quote = '"';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            if (c == '\t') { sb.Append("\\t"); continue; }
            if (c == '\n') { sb.Append("\\n"); continue; }
            if (c == '\r') { sb.Append("\\r"); continue; }
            if (c < 0x20 || c == 0x7f) { sb.Append("\\x").Append(((int)c).ToString("x2")); continue; }
            if (c < 0x7f) { sb.Append(c); continue; }
            int cp = c;
            var len = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { cp = char.ConvertToUtf32(c, s[i + 1]); len = 2; }
            if (IsPrintable(cp)) sb.Append(s, i, len);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
            i += len - 1;
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        switch (cat)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return false;
            case UnicodeCategory.SpaceSeparator:
                return cp == ' ';
            default:
                return true;
        }
    }
}
