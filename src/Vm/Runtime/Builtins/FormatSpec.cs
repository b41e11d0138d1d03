using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>
/// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
/// (CPython 3.11's parse_internal_render_format_spec, with its error messages).
/// </summary>
internal struct FormatSpec
{
    public char Fill;
    public char Align;      // '\0' when not given
    public char Sign;       // '\0', '+', '-', ' '
    public bool NoNegZero;  // 'z'
    public bool Alternate;  // '#'
    public int Width;       // -1 when not given
    public char Grouping;   // '\0', ',', '_'
    public int GroupSize;   // 3, or 4 for '_' with b/o/x/X
    public int Precision;   // -1 when not given
    public char Type;       // '\0' when not given

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    public static FormatSpec Parse(string spec, PyObject value, char defaultType, char defaultAlign)
    {
        var f = new FormatSpec { Fill = ' ', Width = -1, Precision = -1, Type = defaultType, GroupSize = 3 };
        var n = spec.Length;
        var pos = 0;
        var fillSpecified = false;
        var alignSpecified = false;
        if (n >= 2 && IsAlign(spec[1]))
        {
            f.Fill = spec[0];
            f.Align = spec[1];
            fillSpecified = alignSpecified = true;
            pos = 2;
        }
        else if (n >= 1 && IsAlign(spec[0]))
        {
            f.Align = spec[0];
            alignSpecified = true;
            pos = 1;
        }
        if (pos < n && spec[pos] is '+' or '-' or ' ') f.Sign = spec[pos++];
        if (pos < n && spec[pos] == 'z') { f.NoNegZero = true; pos++; }
        if (pos < n && spec[pos] == '#') { f.Alternate = true; pos++; }
        if (!fillSpecified && pos < n && spec[pos] == '0')
        {
            f.Fill = '0';
            if (!alignSpecified && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        f.Width = ParseNumber(spec, ref pos, "Too many decimal digits in format string");
        if (pos < n && spec[pos] == ',') { f.Grouping = ','; pos++; }
        if (pos < n && spec[pos] == '_')
        {
            if (f.Grouping != '\0') throw PyExc.ValueErr("Cannot specify both ',' and '_'.");
            f.Grouping = '_';
            pos++;
        }
        if (pos < n && spec[pos] == ',')
        {
            if (f.Grouping == '_') throw PyExc.ValueErr("Cannot specify both ',' and '_'.");
            throw PyExc.ValueErr("Cannot specify ',' with ','.");
        }
        if (pos < n && spec[pos] == '.')
        {
            pos++;
            f.Precision = ParseNumber(spec, ref pos, "Too many decimal digits in format string");
            if (f.Precision < 0) throw PyExc.ValueErr("Format specifier missing precision");
        }
        if (n - pos > 1)
            throw PyExc.ValueErr($"Invalid format specifier '{spec}' for object of type '{value.Type.Name}'");
        if (n - pos == 1) f.Type = spec[pos];
        if (f.Grouping != '\0')
        {
            switch (f.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.Grouping == '_') { f.GroupSize = 4; break; }
                    goto default;
                default:
                    throw PyExc.ValueErr($"Cannot specify '{f.Grouping}' with {CodeText(f.Type)}.");
            }
        }
        return f;
    }

    /// <summary>How CPython quotes a format code in messages: 'x', or '\x444' beyond ASCII.</summary>
    public static string CodeText(char c) => c > 32 && c < 128 ? $"'{c}'" : $"'\\x{(int)c:x}'";

    public static PyException Unknown(char type, PyObject value) =>
        PyExc.ValueErr($"Unknown format code {CodeText(type)} for object of type '{value.Type.Name}'");

    private static int ParseNumber(string s, ref int pos, string tooBig)
    {
        var start = pos;
        long v = 0;
        while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
        {
            v = v * 10 + (s[pos] - '0');
            if (v > int.MaxValue) throw PyExc.ValueErr(tooBig);
            pos++;
        }
        return pos == start ? -1 : (int)v;
    }

    /// <summary>Pads already-formatted text (str values) to the width with fill and alignment.</summary>
    public readonly string Pad(string body, char defaultAlign)
    {
        if (Width <= body.Length) return body;
        var pad = Width - body.Length;
        var align = Align == '\0' ? defaultAlign : Align;
        var sb = new StringBuilder(Width);
        switch (align)
        {
            case '>':
                sb.Append(Fill, pad).Append(body);
                break;
            case '^':
                sb.Append(Fill, pad / 2).Append(body).Append(Fill, pad - pad / 2);
                break;
            default:
                sb.Append(body).Append(Fill, pad);
                break;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Lays out a number: sign, prefix (0x...), the integer digits (grouped), and the remainder
    /// (decimal point, fraction, exponent, '%'), padded to the width (CPython's fill_number).
    /// </summary>
    public readonly string LayoutNumber(string sign, string prefix, string intDigits, string remainder)
    {
        var align = Align == '\0' ? '>' : Align;
        string digits;
        if (Fill == '0' && align == '=' && Width > 0)
        {
            var minWidth = Width - sign.Length - prefix.Length - remainder.Length;
            digits = Group(intDigits, Grouping, GroupSize, minWidth);
        }
        else digits = Grouping == '\0' ? intDigits : Group(intDigits, Grouping, GroupSize, 0);
        var len = sign.Length + prefix.Length + digits.Length + remainder.Length;
        if (Width <= len) return string.Concat(sign, prefix, digits, remainder);
        var pad = Width - len;
        var sb = new StringBuilder(Width);
        switch (align)
        {
            case '<':
                sb.Append(sign).Append(prefix).Append(digits).Append(remainder).Append(Fill, pad);
                break;
            case '^':
                sb.Append(Fill, pad / 2).Append(sign).Append(prefix).Append(digits).Append(remainder).Append(Fill, pad - pad / 2);
                break;
            case '=':
                sb.Append(sign).Append(prefix).Append(Fill, pad).Append(digits).Append(remainder);
                break;
            default:
                sb.Append(Fill, pad).Append(sign).Append(prefix).Append(digits).Append(remainder);
                break;
        }
        return sb.ToString();
    }

    /// <summary>Inserts separators every <paramref name="size"/> digits from the right, zero-padding
    /// to at least <paramref name="minWidth"/> characters (CPython's InsertThousandsGrouping).</summary>
    public static string Group(string digits, char sep, int size, int minWidth)
    {
        if (sep == '\0')
            return digits.Length >= minWidth ? digits : new string('0', minWidth - digits.Length) + digits;
        var rev = new StringBuilder(digits.Length + digits.Length / size + 4);
        var count = 0;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (count == size) { rev.Append(sep); count = 0; }
            rev.Append(digits[i]);
            count++;
        }
        while (rev.Length < minWidth)
        {
            if (count == size) { rev.Append(sep); count = 0; }
            rev.Append('0');
            count++;
        }
        var arr = new char[rev.Length];
        for (var i = 0; i < arr.Length; i++) arr[i] = rev[arr.Length - 1 - i];
        return new string(arr);
    }
}
