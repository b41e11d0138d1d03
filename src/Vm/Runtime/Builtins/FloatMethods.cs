using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>The methods of float (is_integer, as_integer_ratio, conjugate, hex).</summary>
internal static class FloatMethods
{
    private static double V(PyObject self, string name) =>
        self is PyFloat f ? f.Value : throw Arg.Descriptor(name, "float", self);

    public static void Register()
    {
        var t = PyType.Float;
        Builtins.Method(t, "is_integer", static (self, a, k) =>
        {
            var v = V(self, "is_integer");
            Arg.None("float.is_integer", a, k);
            return PyBool.From(!double.IsInfinity(v) && !double.IsNaN(v) && Math.Floor(v) == v);
        });
        Builtins.Method(t, "conjugate", static (self, a, k) =>
        {
            V(self, "conjugate");
            Arg.None("float.conjugate", a, k);
            return self;
        });
        Builtins.Method(t, "as_integer_ratio", static (self, a, k) =>
        {
            var v = V(self, "as_integer_ratio");
            Arg.None("float.as_integer_ratio", a, k);
            if (double.IsInfinity(v)) throw PyExc.Overflow("cannot convert Infinity to integer ratio");
            if (double.IsNaN(v)) throw PyExc.ValueErr("cannot convert NaN to integer ratio");
            if (v == 0) return PyTuple.Of(PyInt.Zero, PyInt.One);
            var bits = BitConverter.DoubleToInt64Bits(v);
            var be = (int)((bits >> 52) & 0x7FF);
            var m = bits & ((1L << 52) - 1);
            if (be == 0) be = 1; else m |= 1L << 52;
            var e2 = be - 1075;
            while ((m & 1) == 0) { m >>= 1; e2++; }
            var num = new BigInteger(m);
            var den = BigInteger.One;
            if (e2 >= 0) num <<= e2; else den <<= -e2;
            if (v < 0) num = -num;
            return PyTuple.Of(PyInt.From(num), PyInt.From(den));
        });
        Builtins.Method(t, "hex", static (self, a, k) =>
        {
            var v = V(self, "hex");
            Arg.None("float.hex", a, k);
            return PyStr.From(Hex(v));
        });
        Builtins.Method(t, "__format__", static (self, a, k) =>
        {
            V(self, "__format__");
            var spec = Arg.One("float.__format__", a, k);
            if (spec is not PyStr s) throw PyExc.TypeErr($"__format__() argument must be str, not {spec.Type.Name}");
            return PyStr.From(Ops.Format(self, s.Value));
        });
    }

    /// <summary>float.hex(): '0x1.8000000000000p+0'.</summary>
    internal static string Hex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        var be = (int)((bits >> 52) & 0x7FF);
        var m = bits & ((1L << 52) - 1);
        int exp;
        string lead;
        if (be == 0) { lead = "0"; exp = -1022; }
        else { lead = "1"; exp = be - 1023; }
        var frac = m.ToString("x13");
        return $"{sign}0x{lead}.{frac}p{(exp >= 0 ? "+" : "")}{exp}";
    }
}
