using System.Globalization;
using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>repr(str) with CPython's quote choice and escapes, and str.isprintable's notion of printable.</summary>
public static class StrRepr
{
    public static string Repr(string s)
    {
        var quote = '\'';
        if (s.Contains('\'') && !s.Contains('"')) quote = '"';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        AppendEscaped(sb, s, quote, asciiOnly: false);
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>ascii(str): like repr but escapes every non-ASCII character.</summary>
    public static string Ascii(string s)
    {
        var quote = '\'';
        if (s.Contains('\'') && !s.Contains('"')) quote = '"';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        AppendEscaped(sb, s, quote, asciiOnly: true);
        sb.Append(quote);
        return sb.ToString();
    }

    public static void AppendEscaped(StringBuilder sb, string s, char quote, bool asciiOnly)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            if (c >= 0x20 && c < 0x7f) { sb.Append(c); continue; }
            switch (c)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (c < 0x20 || c == 0x7f) { AppendHex(sb, c); continue; }
            int cp = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            if (!asciiOnly && IsPrintable(cp))
            {
                sb.Append(s, i, width);
            }
            else AppendHex(sb, cp);
            i += width - 1;
        }
    }

    private static void AppendHex(StringBuilder sb, int cp)
    {
        if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
        else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
        else sb.Append("\\U").Append(cp.ToString("x8"));
    }

    /// <summary>Python's Py_UNICODE_ISPRINTABLE: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space excepted).</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x7f) return cp >= 0x20;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        UnicodeCategory cat;
        if (cp < 0x10000) cat = CharUnicodeInfo.GetUnicodeCategory((char)cp);
        else cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        switch (cat)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    /// <summary>The stable str hash used by dicts and sets (FNV-1a over UTF-16 units, folded; never -1).</summary>
    public static int Hash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        var r = (int)(h ^ (h >> 32));
        if (r == -1) r = -2;
        return r;
    }
}
