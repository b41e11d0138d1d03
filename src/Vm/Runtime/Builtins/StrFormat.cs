using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>str.format / str.format_map: CPython's MarkupIterator and field lookup, with its errors.</summary>
public static class StrFormat
{
    private sealed class State
    {
        public ReadOnlyMemory<PyObject> Args;
        public Dictionary<string, PyObject>? Kwargs;
        public PyObject? Mapping;
        public int AutoNumber;
        public int Mode; // 0 = unknown, 1 = auto, 2 = manual
    }

    /// <summary>fmt.format(*args, **kwargs) with the vectorcall convention.</summary>
    public static string Format(string fmt, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var npos = kwNames is null ? args.Length : args.Length - kwNames.Length;
        var st = new State { Args = args[..npos].ToArray() };
        if (kwNames is { Length: > 0 })
        {
            st.Kwargs = new Dictionary<string, PyObject>(kwNames.Length);
            for (var i = 0; i < kwNames.Length; i++) st.Kwargs[kwNames[i]] = args[npos + i];
        }
        var sb = new StringBuilder(fmt.Length + 16);
        Render(fmt, st, sb, 2);
        return sb.ToString();
    }

    /// <summary>fmt.format_map(mapping).</summary>
    public static string FormatMap(string fmt, PyObject mapping)
    {
        var st = new State { Args = Array.Empty<PyObject>(), Mapping = mapping };
        var sb = new StringBuilder(fmt.Length + 16);
        Render(fmt, st, sb, 2);
        return sb.ToString();
    }

    private static void Render(string s, State st, StringBuilder sb, int recursion)
    {
        if (recursion <= 0) throw PyExc.ValueErr("Max string recursion exceeded");
        var i = 0;
        var n = s.Length;
        while (i < n)
        {
            var c = s[i];
            if (c == '}')
            {
                if (i + 1 < n && s[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw PyExc.ValueErr("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                var j = i;
                while (j < n && s[j] != '{' && s[j] != '}') j++;
                sb.Append(s, i, j - i);
                i = j;
                continue;
            }
            if (i + 1 >= n) throw PyExc.ValueErr("Single '{' encountered in format string");
            if (s[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
            i++;
            // Parse the field: name up to ':' / '!' / '}', brackets skipped.
            var nameStart = i;
            var ch = '\0';
            while (i < n)
            {
                ch = s[i++];
                if (ch == '{') throw PyExc.ValueErr("unexpected '{' in field name");
                if (ch == '[')
                {
                    while (i < n && s[i] != ']') i++;
                    ch = '\0';
                    continue;
                }
                if (ch == '}' || ch == ':' || ch == '!') break;
                ch = '\0';
            }
            if (ch == '\0') throw PyExc.ValueErr("expected '}' before end of string");
            var fieldName = s[nameStart..(i - 1)];
            var conversion = '\0';
            var spec = "";
            var specNeedsExpanding = false;
            if (ch == '!' || ch == ':')
            {
                var needSpec = true;
                if (ch == '!')
                {
                    if (i >= n) throw PyExc.ValueErr("end of string while looking for conversion specifier");
                    conversion = s[i++];
                    if (i < n)
                    {
                        var c2 = s[i++];
                        if (c2 == '}') needSpec = false;
                        else if (c2 != ':') throw PyExc.ValueErr("expected ':' after conversion specifier");
                    }
                }
                if (needSpec)
                {
                    var specStart = i;
                    var count = 1;
                    var closed = false;
                    while (i < n)
                    {
                        var c3 = s[i++];
                        if (c3 == '{') { specNeedsExpanding = true; count++; }
                        else if (c3 == '}')
                        {
                            count--;
                            if (count == 0) { spec = s[specStart..(i - 1)]; closed = true; break; }
                        }
                    }
                    if (!closed) throw PyExc.ValueErr("unmatched '{' in format spec");
                }
            }
            var obj = GetField(fieldName, st);
            switch (conversion)
            {
                case '\0': break;
                case 'r': obj = PyStr.From(Ops.Repr(obj)); break;
                case 's': obj = PyStr.From(Ops.Str(obj)); break;
                case 'a': obj = PyStr.From(Builtins.Ascii(Ops.Repr(obj))); break;
                default:
                    throw PyExc.ValueErr(conversion > 32 && conversion < 128
                        ? $"Unknown conversion specifier {conversion}"
                        : $"Unknown conversion specifier \\x{(int)conversion:x}");
            }
            if (specNeedsExpanding)
            {
                var inner = new StringBuilder();
                Render(spec, st, inner, recursion - 1);
                spec = inner.ToString();
            }
            sb.Append(obj is PyStr ps && spec.Length == 0 ? ps.Value : Ops.Format(obj, spec));
        }
    }

    private static bool IsDigits(string s, int start, int end)
    {
        if (end <= start) return false;
        for (var i = start; i < end; i++) if (s[i] < '0' || s[i] > '9') return false;
        return true;
    }

    private static PyObject GetField(string name, State st)
    {
        var i = 0;
        while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
        var first = name[..i];
        PyObject obj;
        if (first.Length == 0 || IsDigits(first, 0, first.Length))
        {
            int index;
            if (first.Length == 0)
            {
                if (st.Mode == 2)
                    throw PyExc.ValueErr("cannot switch from manual field specification to automatic field numbering");
                st.Mode = 1;
                index = st.AutoNumber++;
            }
            else
            {
                if (st.Mode == 1)
                    throw PyExc.ValueErr("cannot switch from automatic field numbering to manual field specification");
                st.Mode = 2;
                if (!int.TryParse(first, out index))
                    throw PyExc.ValueErr("Too many decimal digits in format string");
            }
            if (st.Mapping is not null) throw PyExc.ValueErr("Format string contains positional fields");
            if (index >= st.Args.Length)
                throw PyExc.IndexErr($"Replacement index {index} out of range for positional args tuple");
            obj = st.Args.Span[index];
        }
        else
        {
            var key = PyStr.From(first);
            if (st.Mapping is not null) obj = Ops.GetItem(st.Mapping, key);
            else if (st.Kwargs is null || !st.Kwargs.TryGetValue(first, out obj!)) throw PyExc.KeyErr(key);
        }
        while (i < name.Length)
        {
            var c = name[i];
            if (c == '.')
            {
                var j = ++i;
                while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
                if (i == j) throw PyExc.ValueErr("Empty attribute in format string");
                obj = Ops.GetAttr(obj, name[j..i]);
            }
            else if (c == '[')
            {
                var j = ++i;
                while (i < name.Length && name[i] != ']') i++;
                if (i >= name.Length) throw PyExc.ValueErr("Missing ']' in format string");
                if (i == j) throw PyExc.ValueErr("Empty attribute in format string");
                var keyText = name[j..i];
                PyObject key = IsDigits(keyText, 0, keyText.Length) && long.TryParse(keyText, out var kn)
                    ? PyInt.From(kn) : PyStr.From(keyText);
                obj = Ops.GetItem(obj, key);
                i++;
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                    throw PyExc.ValueErr("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw PyExc.ValueErr("Only '.' or '[' may follow ']' in format field specifier");
        }
        return obj;
    }
}
