using System.Numerics;

namespace PyDbg.Vm.Runtime;

public static partial class Builtins
{
    private static void AddNumeric(List<PyBuiltinFunction> l)
    {
        l.Add(F("abs", Abs));
        l.Add(F("divmod", Divmod));
        l.Add(F("pow", Pow));
        l.Add(F("round", Round));
        l.Add(F("hex", (a, k) => PyStr.From(IntFormatting.ToBase(IndexBig(Arg.One("hex", a, k)), 16, "0x"))));
        l.Add(F("oct", (a, k) => PyStr.From(IntFormatting.ToBase(IndexBig(Arg.One("oct", a, k)), 8, "0o"))));
        l.Add(F("bin", (a, k) => PyStr.From(IntFormatting.ToBase(IndexBig(Arg.One("bin", a, k)), 2, "0b"))));
    }

    /// <summary>An int-like value (int, bool, __index__) as a BigInteger.</summary>
    internal static BigInteger IndexBig(PyObject o) => o switch
    {
        PyInt i => i.Big,
        PyBool b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => IndexObject(o) is PyInt r ? r.Big : new BigInteger(Ops.Index(o)),
    };

    /// <summary>Calls __index__ on a non-int object, or raises "'x' object cannot be interpreted as an integer".</summary>
    internal static PyObject IndexObject(PyObject o)
    {
        if (o is PyInt) return o;
        if (o is PyBool b) return b.Value ? PyInt.One : PyInt.Zero;
        var m = o.Type.Lookup("__index__");
        if (m is null) throw PyExc.TypeErr($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = Ops.Call(m, new[] { o });
        if (r is PyBool rb) return rb.Value ? PyInt.One : PyInt.Zero;
        if (r is not PyInt) throw PyExc.TypeErr($"__index__ returned non-int (type {r.Type.Name})");
        return r;
    }

    public static PyObject Abs(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var x = Arg.One("abs", args, kw);
        switch (x)
        {
            case PyInt i:
                if (i.IsSmall) return i.Small >= 0 ? i : i.Small == long.MinValue ? PyInt.From(-i.Big) : PyInt.From(-i.Small);
                return i.Big.Sign >= 0 ? i : PyInt.From(-i.Big);
            case PyBool b: return b.Value ? PyInt.One : PyInt.Zero;
            case PyFloat f: return new PyFloat(Math.Abs(f.Value));
        }
        var m = x.Type.Lookup("__abs__");
        if (m is null) throw PyExc.TypeErr($"bad operand type for abs(): '{x.Type.Name}'");
        return Ops.Call(m, new[] { x });
    }

    private static bool IsIntLike(PyObject o) => o is PyInt || o is PyBool;
    private static bool IsNumber(PyObject o) => o is PyInt || o is PyBool || o is PyFloat;

    internal static double ToDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.IsSmall ? i.Small : BigToDouble(i.Big),
        PyBool b => b.Value ? 1.0 : 0.0,
        _ => throw PyExc.TypeErr($"must be real number, not {o.Type.Name}"),
    };

    internal static double BigToDouble(BigInteger b)
    {
        var d = (double)b;
        if (double.IsInfinity(d)) throw PyExc.Overflow("int too large to convert to float");
        return d;
    }

    public static PyObject Divmod(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("divmod", args, kw, 2, 2);
        var a = args[0];
        var b = args[1];
        if (IsIntLike(a) && IsIntLike(b))
        {
            var x = IndexBig(a);
            var y = IndexBig(b);
            if (y.IsZero) throw PyExc.ZeroDivision("integer division or modulo by zero");
            var q = BigInteger.DivRem(x, y, out var r);
            if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) { q -= 1; r += y; }
            return PyTuple.Of(PyInt.From(q), PyInt.From(r));
        }
        if (IsNumber(a) && IsNumber(b))
        {
            var x = ToDouble(a);
            var y = ToDouble(b);
            if (y == 0.0) throw PyExc.ZeroDivision("float divmod()");
            var (q, r) = FloatDivmod(x, y);
            return PyTuple.Of(new PyFloat(q), new PyFloat(r));
        }
        var m = a.Type.Lookup("__divmod__");
        if (m is not null)
        {
            var r = Ops.Call(m, new[] { a, b });
            if (r is not PyNotImplemented) return r;
        }
        var rm = b.Type.Lookup("__rdivmod__");
        if (rm is not null)
        {
            var r = Ops.Call(rm, new[] { b, a });
            if (r is not PyNotImplemented) return r;
        }
        throw PyExc.TypeErr($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>CPython's float divmod (float_divmod in floatobject.c).</summary>
    internal static (double, double) FloatDivmod(double vx, double wx)
    {
        var mod = vx % wx;
        var div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return (floordiv, mod);
    }

    public static PyObject Pow(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var slots = new PyObject?[3];
        Arg.Parse("pow", args, kw, PowNames, 2, slots);
        var b = slots[0]!;
        var e = slots[1]!;
        var m = slots[2];
        if (m is null || m is PyNone) return Ops.BinaryOp(BinaryOperator.Power, b, e);
        if (!IsIntLike(b) || !IsIntLike(e) || !IsIntLike(m))
        {
            if (IsNumber(b) && IsNumber(e) && IsNumber(m))
                throw PyExc.TypeErr("pow() 3rd argument not allowed unless all arguments are integers");
            var tp = b.Type.Lookup("__pow__");
            if (tp is not null)
            {
                var r = Ops.Call(tp, new[] { b, e, m });
                if (r is not PyNotImplemented) return r;
            }
            throw PyExc.TypeErr($"unsupported operand type(s) for ** or pow(): '{b.Type.Name}', '{e.Type.Name}', '{m.Type.Name}'");
        }
        var bb = IndexBig(b);
        var ee = IndexBig(e);
        var mm = IndexBig(m);
        if (mm.IsZero) throw PyExc.ValueErr("pow() 3rd argument cannot be 0");
        var neg = mm.Sign < 0;
        var am = BigInteger.Abs(mm);
        if (ee.Sign < 0)
        {
            bb = ModInverse(bb, am);
            ee = -ee;
        }
        var r2 = BigInteger.ModPow(Mod(bb, am), ee, am);
        if (neg && !r2.IsZero) r2 += mm;
        return PyInt.From(r2);
    }

    private static readonly string[] PowNames = { "base", "exp", "mod" };

    private static BigInteger Mod(BigInteger a, BigInteger m)
    {
        var r = BigInteger.Remainder(a, m);
        return r.Sign < 0 ? r + m : r;
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        a = Mod(a, m);
        BigInteger r0 = m, r1 = a, s0 = 0, s1 = 1;
        while (!r1.IsZero)
        {
            var q = BigInteger.Divide(r0, r1);
            (r0, r1) = (r1, r0 - q * r1);
            (s0, s1) = (s1, s0 - q * s1);
        }
        if (!r0.IsOne) throw PyExc.ValueErr("base is not invertible for the given modulus");
        return Mod(s0, m);
    }

    private static readonly string[] RoundNames = { "number", "ndigits" };

    public static PyObject Round(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var slots = new PyObject?[2];
        Arg.Parse("round", args, kw, RoundNames, 1, slots);
        var x = slots[0]!;
        var nd = slots[1];
        if (nd is PyNone) nd = null;
        switch (x)
        {
            case PyFloat f:
                if (nd is null) return FloatToInt(Math.Round(f.Value, MidpointRounding.ToEven));
                return new PyFloat(FloatFormatting.RoundToDigits(f.Value, IndexBig(nd)));
            case PyInt or PyBool:
            {
                var v = IndexBig(x);
                if (nd is null) return PyInt.From(v);
                var n = IndexBig(nd);
                if (n.Sign >= 0) return PyInt.From(v);
                if (n < -4400) return PyInt.Zero;
                var pow = BigInteger.Pow(10, (int)-n);
                var q = BigInteger.DivRem(v, pow, out var r);
                if (r.Sign < 0) { q -= 1; r += pow; }
                var twice = r * 2;
                if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
                return PyInt.From(q * pow);
            }
        }
        var m = x.Type.Lookup("__round__");
        if (m is null) throw PyExc.TypeErr($"type {x.Type.Name} doesn't define __round__ method");
        return nd is null ? Ops.Call(m, new[] { x }) : Ops.Call(m, new[] { x, nd });
    }

    /// <summary>int(f) for a float: truncation, with CPython's errors for inf and nan.</summary>
    internal static PyInt FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw PyExc.ValueErr("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyExc.Overflow("cannot convert float infinity to integer");
        var t = Math.Truncate(d);
        if (t >= -9.2e18 && t <= 9.2e18) return PyInt.From((long)t);
        return PyInt.From(new BigInteger(t));
    }
}
