using System.Text;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>f-strings: JoinedStr concatenates its parts; FormattedValue applies the !s/!r/!a
/// conversion, then format(value, spec) with the (itself formatted) spec.</summary>
public static partial class Evaluator
{
    private static string EvalJoinedStr(JoinedStr js, Frame f)
    {
        var sb = new StringBuilder();
        foreach (var part in js.Values)
        {
            switch (part)
            {
                case Constant { Value: PyStr s }:
                    sb.Append(s.Value);
                    break;
                case FormattedValue fv:
                    sb.Append(EvalFormattedValue(fv, f));
                    break;
                default:
                    sb.Append(Ops.Str(Eval(part, f)));
                    break;
            }
        }
        return sb.ToString();
    }

    private static string EvalFormattedValue(FormattedValue fv, Frame f)
    {
        var value = Eval(fv.Value, f);
        switch (fv.Conversion)
        {
            case 's': value = PyStr.From(Ops.Str(value)); break;
            case 'r': value = PyStr.From(Ops.Repr(value)); break;
            case 'a': value = PyStr.From(Ascii(Ops.Repr(value))); break;
        }
        var spec = fv.FormatSpec switch
        {
            null => "",
            JoinedStr js => EvalJoinedStr(js, f),
            var other => Ops.Str(Eval(other, f)),
        };
        if (spec.Length == 0 && value is PyStr str) return str.Value;
        return Ops.Format(value, spec);
    }

    /// <summary>ascii(): the repr with non-ASCII characters escaped as \xhh, \uhhhh or \Uhhhhhhhh.</summary>
    public static string Ascii(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (var i = 0; i < repr.Length; i++)
        {
            var c = repr[i];
            if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, repr[i + 1]).ToString("x8"));
                i++;
            }
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }
}
