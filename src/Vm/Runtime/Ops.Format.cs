namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    /// <summary>format(value, spec): the format-spec mini-language (f-strings, str.format, format()).
    /// CONTRACT: owned by the builtins/formatting owner.</summary>
    public static string Format(PyObject value, string spec)
    {
        switch (value)
        {
            case PyStr s:
                return spec.Length == 0 ? s.Value : StrFormatting.FormatStr(s.Value, value, spec);
            case PyInt i:
                if (spec.Length == 0) return IntFormatting.Decimal(i);
                return IntFormatting.Format(i, value, spec);
            case PyFloat f:
                if (spec.Length == 0) return FloatFormatting.Repr(f.Value);
                var fs = FormatSpec.Parse(spec, value, '\0', '>');
                switch (fs.Type)
                {
                    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                        return FloatFormatting.Format(f.Value, ref fs);
                    default:
                        throw FormatSpec.Unknown(fs.Type, value);
                }
            case PyBool b:
                if (spec.Length == 0) return b.Value ? "True" : "False";
                return IntFormatting.Format(b.Value ? PyInt.One : PyInt.Zero, value, spec);
        }
        var m = value.Type.Lookup("__format__");
        if (m is not null && !(m is PyMethodDescriptor md && ReferenceEquals(md.Owner, PyType.Object)))
        {
            var r = Call(m, new[] { value, PyStr.From(spec) });
            if (r is PyStr rs) return rs.Value;
            throw PyExc.TypeErr($"__format__ must return a str, not {r.Type.Name}");
        }
        if (spec.Length != 0)
            throw PyExc.TypeErr($"unsupported format string passed to {value.Type.Name}.__format__");
        return Str(value);
    }
}
