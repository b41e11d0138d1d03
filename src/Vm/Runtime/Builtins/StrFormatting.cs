namespace PyDbg.Vm.Runtime;

/// <summary>The str branch of the format-spec mini-language (format_string_internal).</summary>
internal static class StrFormatting
{
    public static string FormatStr(string s, PyObject value, string spec)
    {
        var f = FormatSpec.Parse(spec, value, 's', '<');
        if (f.Type != 's') throw FormatSpec.Unknown(f.Type, value);
        if (f.Sign != '\0') throw PyExc.ValueErr("Sign not allowed in string format specifier");
        if (f.NoNegZero) throw PyExc.ValueErr("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw PyExc.ValueErr("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw PyExc.ValueErr("'=' alignment not allowed in string format specifier");
        if (f.Grouping != '\0') throw PyExc.ValueErr($"Cannot specify '{f.Grouping}' with 's'.");
        if (f.Precision >= 0 && f.Precision < s.Length) s = s[..f.Precision];
        return f.Pad(s, '<');
    }
}
