using System.Globalization;
using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>The methods of str. Registration and the case/padding family; other families live in
/// the partial files StrMethods.Search/Split/Predicates/Translate.</summary>
internal static partial class StrMethods
{
    private static string S(PyObject self, string name) => Arg.Self(self, name).Value;

    private static void M(string name, BuiltinMethodFunc f) => Builtins.Method(PyType.Str, name, f);

    public static void Register()
    {
        RegisterCase();
        RegisterSearch();
        RegisterSplit();
        RegisterPredicates();
        RegisterTranslate();
        M("format", static (self, a, k) => PyStr.From(StrFormat.Format(S(self, "format"), a, k)));
        M("format_map", static (self, a, k) =>
        {
            var s = S(self, "format_map");
            var map = Arg.One("str.format_map", a, k);
            return PyStr.From(StrFormat.FormatMap(s, map));
        });
        M("__format__", static (self, a, k) =>
        {
            var s = S(self, "__format__");
            var spec = Arg.One("str.__format__", a, k);
            if (spec is not PyStr sp) throw PyExc.TypeErr($"__format__() argument must be str, not {spec.Type.Name}");
            return PyStr.From(Ops.Format(self, sp.Value));
        });
    }

    // ---- case ----

    internal static bool IsCased(char c) => IsUpperChar(c) || IsLowerChar(c) || IsTitleChar(c);

    private static void AppendUpper(StringBuilder sb, char c)
    {
        if (c == 'ß') sb.Append("SS");
        else sb.Append(char.ToUpperInvariant(c));
    }

    private static char TitleChar(char c)
    {
        // Titlecase digraphs (Ǆ/ǅ/ǆ -> ǅ etc.) map to their titlecase form.
        switch (c)
        {
            case 'Ǆ': case 'ǅ': case 'ǆ': return 'ǅ';
            case 'Ǉ': case 'ǈ': case 'ǉ': return 'ǈ';
            case 'Ǌ': case 'ǋ': case 'ǌ': return 'ǋ';
            case 'Ǳ': case 'ǲ': case 'ǳ': return 'ǲ';
        }
        return char.ToUpperInvariant(c);
    }

    public static string Upper(string s)
    {
        var ascii = true;
        foreach (var c in s) if (c > 127) { ascii = false; break; }
        if (ascii) return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) AppendUpper(sb, c);
        return sb.ToString();
    }

    public static string Lower(string s) => s.ToLowerInvariant();

    private static void RegisterCase()
    {
        M("upper", static (self, a, k) =>
        {
            var s = S(self, "upper");
            Arg.None("str.upper", a, k);
            return PyStr.From(Upper(s));
        });
        M("lower", static (self, a, k) =>
        {
            var s = S(self, "lower");
            Arg.None("str.lower", a, k);
            return PyStr.From(Lower(s));
        });
        M("casefold", static (self, a, k) =>
        {
            var s = S(self, "casefold");
            Arg.None("str.casefold", a, k);
            return PyStr.From(s.ToLowerInvariant().Replace("ß", "ss"));
        });
        M("swapcase", static (self, a, k) =>
        {
            var s = S(self, "swapcase");
            Arg.None("str.swapcase", a, k);
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
            {
                if (IsUpperChar(c)) sb.Append(char.ToLowerInvariant(c));
                else if (IsLowerChar(c)) AppendUpper(sb, c);
                else sb.Append(c);
            }
            return PyStr.From(sb.ToString());
        });
        M("capitalize", static (self, a, k) =>
        {
            var s = S(self, "capitalize");
            Arg.None("str.capitalize", a, k);
            if (s.Length == 0) return PyStr.Empty;
            var sb = new StringBuilder(s.Length);
            if (s[0] == 'ß') sb.Append("Ss");
            else sb.Append(TitleChar(s[0]));
            sb.Append(s.AsSpan(1).ToString().ToLowerInvariant());
            return PyStr.From(sb.ToString());
        });
        M("title", static (self, a, k) =>
        {
            var s = S(self, "title");
            Arg.None("str.title", a, k);
            return PyStr.From(Title(s));
        });
        M("center", static (self, a, k) => Pad(self, a, k, "center", 'c'));
        M("ljust", static (self, a, k) => Pad(self, a, k, "ljust", 'l'));
        M("rjust", static (self, a, k) => Pad(self, a, k, "rjust", 'r'));
        M("zfill", static (self, a, k) =>
        {
            var s = S(self, "zfill");
            var w = Arg.Index(Arg.One("str.zfill", a, k));
            if (w <= s.Length) return self;
            CheckLength(w);
            var fill = (int)w - s.Length;
            var sb = new StringBuilder((int)w);
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            {
                sb.Append(s[0]).Append('0', fill).Append(s, 1, s.Length - 1);
            }
            else sb.Append('0', fill).Append(s);
            return PyStr.From(sb.ToString());
        });
    }

    internal static void CheckLength(long n)
    {
        if (n > PyContext.Current.MaxSequenceLength || n > int.MaxValue / 2) throw PyExc.Memory();
    }

    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var prevCased = false;
        foreach (var c in s)
        {
            if (prevCased)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                if (c == 'ß') sb.Append("Ss");
                else sb.Append(TitleChar(c));
            }
            prevCased = IsCased(c);
        }
        return sb.ToString();
    }

    private static PyObject Pad(PyObject self, ReadOnlySpan<PyObject> a, string[]? k, string name, char mode)
    {
        var s = S(self, name);
        Arg.Positional(name, a, k, 1, 2);
        var width = Arg.Index(a[0]);
        var fill = ' ';
        if (a.Length == 2)
        {
            if (Ops.NativeValue(a[1]) is not PyStr fs) throw PyExc.TypeErr($"The fill character must be a unicode character, not {a[1].Type.Name}");
            if (fs.Value.Length != 1) throw PyExc.TypeErr("The fill character must be exactly one character long");
            fill = fs.Value[0];
        }
        if (width <= s.Length) return self;
        CheckLength(width);
        var pad = (int)width - s.Length;
        var sb = new StringBuilder((int)width);
        switch (mode)
        {
            case 'l': sb.Append(s).Append(fill, pad); break;
            case 'r': sb.Append(fill, pad).Append(s); break;
            default:
            {
                var left = pad / 2 + (pad & (int)width & 1);
                sb.Append(fill, left).Append(s).Append(fill, pad - left);
                break;
            }
        }
        return PyStr.From(sb.ToString());
    }
}
