using System.Numerics;
using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>printf-style formatting: <c>str % value</c> (PyUnicode_Format), with CPython's errors.</summary>
public static class PercentFormat
{
    /// <summary>fmt % values: values is a tuple (several arguments), a mapping (for %(name)s) or a single value.</summary>
    public static PyStr Format(PyStr format, PyObject values) => PyStr.From(Format(format.Value, values));

    public static string Format(string fmt, PyObject values)
    {
        PyObject[] args;
        var argLen = -1;
        if (values is PyTuple t) { args = t.Items; argLen = t.Items.Length; }
        else args = new[] { values };
        PyObject? dict = null;
        if (values is not PyTuple && values is not PyStr && (values is PyDict || values is PyList || values is PyRange || values.Type.Lookup("__getitem__") is not null))
            dict = values;
        var argIdx = 0;
        var total = argLen < 0 ? 1 : argLen;
        var sb = new StringBuilder(fmt.Length + 16);
        var i = 0;
        var n = fmt.Length;

        PyObject NextArg()
        {
            if (argIdx < total) return args[argIdx++];
            throw PyExc.TypeErr("not enough arguments for format string");
        }

        while (i < n)
        {
            var c = fmt[i];
            if (c != '%')
            {
                var j = fmt.IndexOf('%', i);
                if (j < 0) j = n;
                sb.Append(fmt, i, j - i);
                i = j;
                continue;
            }
            var specStart = i;
            i++;
            if (i >= n) throw PyExc.ValueErr("incomplete format");
            PyObject? mappedArg = null;
            if (fmt[i] == '(')
            {
                if (dict is null) throw PyExc.TypeErr("format requires a mapping");
                var depth = 1;
                var ks = ++i;
                while (i < n && depth > 0)
                {
                    if (fmt[i] == '(') depth++;
                    else if (fmt[i] == ')') depth--;
                    i++;
                }
                if (depth > 0) throw PyExc.ValueErr("incomplete format key");
                var key = fmt[ks..(i - 1)];
                mappedArg = Ops.GetItem(dict, PyStr.From(key));
                argLen = -2; // a mapping was used: no "not all arguments converted" check
            }
            bool left = false, plus = false, space = false, alt = false, zero = false;
            while (i < n)
            {
                var f = fmt[i];
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
                i++;
            }
            var width = -1;
            if (i < n && fmt[i] == '*')
            {
                var w = NextArg();
                if (w is not PyInt wi) throw PyExc.TypeErr("* wants int");
                width = (int)Math.Clamp((long)wi.Big, int.MinValue, int.MaxValue);
                if (width < 0) { left = true; width = -width; }
                i++;
            }
            else
            {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9')
                {
                    width = (width < 0 ? 0 : width) * 10 + (fmt[i] - '0');
                    if (width > int.MaxValue / 10) throw PyExc.ValueErr("width too big");
                    i++;
                }
            }
            var prec = -1;
            if (i < n && fmt[i] == '.')
            {
                i++;
                prec = 0;
                if (i < n && fmt[i] == '*')
                {
                    var p = NextArg();
                    if (p is not PyInt pi) throw PyExc.TypeErr("* wants int");
                    prec = (int)Math.Clamp((long)pi.Big, 0, int.MaxValue);
                    i++;
                }
                else
                {
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9')
                    {
                        prec = prec * 10 + (fmt[i] - '0');
                        if (prec > int.MaxValue / 10) throw PyExc.ValueErr("precision too big");
                        i++;
                    }
                }
            }
            while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
            if (i >= n) throw PyExc.ValueErr("incomplete format");
            var type = fmt[i++];
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }
            var v = mappedArg ?? NextArg();
            string body;
            var sign = "";
            var prefix = "";
            var numeric = false;
            switch (type)
            {
                case 's': body = v is PyStr vs ? vs.Value : Ops.Str(v); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 'r': body = Ops.Repr(v); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 'a': body = Builtins.Ascii(Ops.Repr(v)); if (prec >= 0 && prec < body.Length) body = body[..prec]; break;
                case 'c':
                {
                    if (v is PyStr cs)
                    {
                        if (cs.Value.Length != 1) throw PyExc.TypeErr("%c requires int or char");
                        body = cs.Value;
                    }
                    else if (v is PyInt or PyBool)
                    {
                        var cv = Builtins.IndexBig(v);
                        if (cv.Sign < 0 || cv > 0x10FFFF) throw PyExc.Overflow("%c arg not in range(0x110000)");
                        body = cv < 0x10000 ? ((char)(int)cv).ToString() : char.ConvertFromUtf32((int)cv);
                    }
                    else throw PyExc.TypeErr("%c requires int or char");
                    break;
                }
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                {
                    numeric = true;
                    BigInteger iv;
                    if (v is PyInt vi) iv = vi.Big;
                    else if (v is PyBool vb) iv = vb.Value ? 1 : 0;
                    else if (type is 'd' or 'i' or 'u')
                    {
                        if (v is PyFloat vf) iv = Builtins.FloatToInt(vf.Value).Big;
                        else if (v.Type.Lookup("__int__") is not null || v.Type.Lookup("__index__") is not null)
                            iv = ((PyInt)TypeConstructors.ToInt(v)).Big;
                        else throw PyExc.TypeErr($"%{type} format: a real number is required, not {v.Type.Name}");
                    }
                    else
                    {
                        if (v.Type.Lookup("__index__") is null)
                            throw PyExc.TypeErr($"%{type} format: an integer is required, not {v.Type.Name}");
                        iv = Builtins.IndexBig(v);
                    }
                    if (iv.Sign < 0) { sign = "-"; iv = -iv; }
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    switch (type)
                    {
                        case 'x': body = IntFormatting.AbsDigits(iv, 16); if (alt) prefix = "0x"; break;
                        case 'X': body = IntFormatting.AbsDigits(iv, 16).ToUpperInvariant(); if (alt) prefix = "0X"; break;
                        case 'o': body = IntFormatting.AbsDigits(iv, 8); if (alt) prefix = "0o"; break;
                        default: IntFormatting.CheckDecimalLimit(iv); body = iv.ToString(System.Globalization.CultureInfo.InvariantCulture); break;
                    }
                    if (prec > body.Length) body = new string('0', prec - body.Length) + body;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                {
                    numeric = true;
                    double d;
                    if (v is PyFloat vf) d = vf.Value;
                    else if (v is PyInt or PyBool) d = Builtins.ToDouble(v);
                    else if (v.Type.Lookup("__float__") is not null || v.Type.Lookup("__index__") is not null)
                        d = ((PyFloat)TypeConstructors.ToFloat(v)).Value;
                    else throw PyExc.TypeErr($"must be real number, not {v.Type.Name}");
                    var text = FloatFormatting.FormatShort(d, char.ToLowerInvariant(type), prec < 0 ? 6 : prec,
                        addDot0: false, alt: alt, upper: char.IsUpper(type));
                    if (text[0] == '-') { sign = "-"; text = text[1..]; }
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    body = text;
                    if (double.IsNaN(d) || double.IsInfinity(d)) zero = false;
                    break;
                }
                default:
                {
                    var shown = type < 128 && type >= 32 ? type.ToString() : "?";
                    throw PyExc.ValueErr($"unsupported format character '{shown}' (0x{(int)type:x}) at index {i - 1}");
                }
            }
            var len = sign.Length + prefix.Length + body.Length;
            if (width <= len) sb.Append(sign).Append(prefix).Append(body);
            else if (left) sb.Append(sign).Append(prefix).Append(body).Append(' ', width - len);
            else if (zero && numeric) sb.Append(sign).Append(prefix).Append('0', width - len).Append(body);
            else sb.Append(' ', width - len).Append(sign).Append(prefix).Append(body);
            _ = specStart;
        }
        if (argLen >= 0 ? argIdx < argLen : (argLen == -1 && argIdx == 0 && dict is null))
            throw PyExc.TypeErr("not all arguments converted during string formatting");
        return sb.ToString();
    }
}
