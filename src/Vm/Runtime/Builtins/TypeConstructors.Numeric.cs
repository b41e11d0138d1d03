using System.Globalization;
using System.Numerics;

namespace PyDbg.Vm.Runtime;

internal static partial class TypeConstructors
{
    private static readonly string[] IntNames = { "x", "base" };

    public static PyObject Int(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is null && args.Length == 1)
        {
            var a = args[0];
            if (a is PyInt) return a;
            if (a is PyStr s) return ParseInt(s.Value, 10) ?? throw InvalidInt(s, 10);
        }
        var slots = new PyObject?[2];
        Arg.Parse("int", args, kw, IntNames, 0, slots, posOnly: 1);
        var x = slots[0];
        if (x is null)
        {
            if (slots[1] is not null) throw PyExc.TypeErr("int() missing string argument");
            return PyInt.Zero;
        }
        if (slots[1] is { } baseObj)
        {
            var bBig = Builtins.IndexBig(baseObj);
            if (bBig != 0 && (bBig < 2 || bBig > 36)) throw PyExc.ValueErr("int() base must be >= 2 and <= 36, or 0");
            if (Ops.NativeValue(x) is not PyStr xs) throw PyExc.TypeErr("int() can't convert non-string with explicit base");
            var b = (int)bBig;
            return ParseInt(xs.Value, b) ?? throw InvalidInt(xs, b);
        }
        return ToInt(x);
    }

    /// <summary>int(x) for a non-str x: ints, bools, floats, __int__, __index__, __trunc__.</summary>
    internal static PyObject ToInt(PyObject x)
    {
        switch (x)
        {
            case PyInt: return x;
            case PyBool b: return b.Value ? PyInt.One : PyInt.Zero;
            case PyFloat f: return Builtins.FloatToInt(f.Value);
            case PyStr s: return ParseInt(s.Value, 10) ?? throw InvalidInt(s, 10);
            case PyDerivedInstance { Value: PyStr ds }: return ParseInt(ds.Value, 10) ?? throw InvalidInt(ds, 10);
        }
        foreach (var name in IntHooks)
        {
            var m = x.Type.Lookup(name);
            if (m is null) continue;
            var r = Ops.Call(m, new[] { x });
            if (r is PyBool rb) return rb.Value ? PyInt.One : PyInt.Zero;
            if (r is PyInt) return r;
            if (name == "__trunc__") return Builtins.IndexObject(r);
            throw PyExc.TypeErr($"{name} returned non-int (type {r.Type.Name})");
        }
        throw PyExc.TypeErr($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    private static readonly string[] IntHooks = { "__int__", "__index__", "__trunc__" };

    private static PyException InvalidInt(PyStr s, int b) =>
        PyExc.ValueErr($"invalid literal for int() with base {b}: {Ops.Repr(s)}");

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (c > 127 && char.IsDigit(c)) return (int)char.GetNumericValue(c);
        return 99;
    }

    /// <summary>Parses an int literal as int() does (whitespace, sign, prefixes, underscores); null when invalid.</summary>
    internal static PyInt? ParseInt(string text, int b)
    {
        var s = text.AsSpan().Trim();
        var i = 0;
        var neg = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        var afterPrefix = false;
        if (i + 1 < s.Length && s[i] == '0')
        {
            var p = char.ToLowerInvariant(s[i + 1]);
            var pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (b == 0 || b == pb))
            {
                b = pb;
                i += 2;
                afterPrefix = true;
            }
        }
        var base0Decimal = false;
        if (b == 0) { b = 10; base0Decimal = true; }
        if (i >= s.Length) return null;
        // Leading underscore is only valid right after a base prefix.
        if (s[i] == '_')
        {
            if (!afterPrefix) return null;
            i++;
            if (i >= s.Length) return null;
        }
        var start = i;
        long small = 0;
        var big = BigInteger.Zero;
        var useBig = false;
        var digits = 0;
        var prevUnderscore = false;
        var allZero = true;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '_')
            {
                if (prevUnderscore) return null;
                prevUnderscore = true;
                continue;
            }
            prevUnderscore = false;
            var d = DigitValue(c);
            if (d >= b) return null;
            if (d != 0) allZero = false;
            digits++;
            if (!useBig)
            {
                if (small > (long.MaxValue - d) / b)
                {
                    useBig = true;
                    big = new BigInteger(small) * b + d;
                }
                else small = small * b + d;
            }
            else big = big * b + d;
        }
        if (prevUnderscore || digits == 0) return null;
        if (digits > IntFormatting.MaxStrDigits && (b & (b - 1)) != 0)
            throw PyExc.ValueErr($"Exceeds the limit ({IntFormatting.MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        if (base0Decimal && !afterPrefix && s[start] == '0' && !allZero) return null;
        if (useBig) return PyInt.From(neg ? -big : big);
        return PyInt.From(neg ? -small : small);
    }

    public static PyObject Float(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("float", args, kw, 0, 1);
        if (args.Length == 0) return PyFloat.Zero;
        return ToFloat(args[0]);
    }

    internal static PyObject ToFloat(PyObject x)
    {
        switch (x)
        {
            case PyFloat: return x;
            case PyInt i: return new PyFloat(i.IsSmall ? i.Small : Builtins.BigToDouble(i.Big));
            case PyBool b: return b.Value ? PyFloat.One : PyFloat.Zero;
            case PyStr s:
                if (TryParseFloat(s.Value, out var d)) return new PyFloat(d);
                throw PyExc.ValueErr($"could not convert string to float: {Ops.Repr(s)}");
            case PyDerivedInstance { Value: PyStr ds }:
                return ToFloat(ds);
        }
        var m = x.Type.Lookup("__float__");
        if (m is not null)
        {
            var r = Ops.Call(m, new[] { x });
            if (r is PyFloat) return r;
            throw PyExc.TypeErr($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (x.Type.Lookup("__index__") is not null) return ToFloat(Builtins.IndexObject(x));
        throw PyExc.TypeErr($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    /// <summary>Parses a float literal as float() does (whitespace, underscores between digits, inf/nan).</summary>
    internal static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        var s = text.AsSpan().Trim();
        if (s.Length == 0) return false;
        var i = 0;
        var neg = false;
        if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; i = 1; }
        var rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = neg ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        // Validate: digits[_digits] [. digits] [e[+-]digits], at least one mantissa digit.
        var buf = new System.Text.StringBuilder(s.Length);
        if (neg) buf.Append('-');
        var j = 0;
        var mant = 0;
        if (!ScanDigits(rest, ref j, buf, ref mant)) return false;
        if (j < rest.Length && rest[j] == '.')
        {
            buf.Append('.');
            j++;
            if (!ScanDigits(rest, ref j, buf, ref mant)) return false;
        }
        if (mant == 0) return false;
        if (j < rest.Length && (rest[j] == 'e' || rest[j] == 'E'))
        {
            buf.Append('e');
            j++;
            if (j < rest.Length && (rest[j] == '+' || rest[j] == '-')) buf.Append(rest[j++]);
            var ed = 0;
            if (!ScanDigits(rest, ref j, buf, ref ed) || ed == 0) return false;
        }
        if (j != rest.Length) return false;
        value = double.Parse(buf.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Scans [digit ('_'? digit)*]; false on a misplaced underscore.</summary>
    private static bool ScanDigits(ReadOnlySpan<char> s, ref int j, System.Text.StringBuilder buf, ref int count)
    {
        var any = false;
        while (j < s.Length)
        {
            var c = s[j];
            if (c >= '0' && c <= '9') { buf.Append(c); any = true; count++; j++; }
            else if (c > 127 && char.IsDigit(c)) { buf.Append((char)('0' + (int)char.GetNumericValue(c))); any = true; count++; j++; }
            else if (c == '_')
            {
                if (!any || j + 1 >= s.Length || !char.IsDigit(s[j + 1])) return false;
                j++;
            }
            else break;
        }
        return true;
    }
}
