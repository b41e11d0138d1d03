using System.Numerics;

namespace PyDbg.Vm.Runtime;

/// <summary>The methods of int (bit_length, bit_count, conjugate, as_integer_ratio).</summary>
internal static class IntMethods
{
    private static BigInteger V(PyObject self, string name) => self switch
    {
        PyInt i => i.Big,
        PyBool b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => throw Arg.Descriptor(name, "int", self),
    };

    private static PyInt AsInt(PyObject self) => self as PyInt ?? (((PyBool)self).Value ? PyInt.One : PyInt.Zero);

    public static void Register()
    {
        var t = PyType.Int;
        Builtins.Method(t, "bit_length", static (self, a, k) =>
        {
            if (self is PyInt { IsSmall: true } si)
            {
                Arg.None("int.bit_length", a, k);
                var u = si.Small < 0 ? (ulong)(-(si.Small + 1)) + 1 : (ulong)si.Small;
                return PyInt.From(64 - BitOperations.LeadingZeroCount(u));
            }
            var v = V(self, "bit_length");
            Arg.None("int.bit_length", a, k);
            return PyInt.From(BigInteger.Abs(v).GetBitLength());
        });
        Builtins.Method(t, "bit_count", static (self, a, k) =>
        {
            var v = BigInteger.Abs(V(self, "bit_count"));
            Arg.None("int.bit_count", a, k);
            long n = 0;
            foreach (var b in v.ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
            return PyInt.From(n);
        });
        Builtins.Method(t, "conjugate", static (self, a, k) =>
        {
            V(self, "conjugate");
            Arg.None("int.conjugate", a, k);
            return AsInt(self);
        });
        Builtins.Method(t, "as_integer_ratio", static (self, a, k) =>
        {
            V(self, "as_integer_ratio");
            Arg.None("int.as_integer_ratio", a, k);
            return PyTuple.Of(AsInt(self), PyInt.One);
        });
        Builtins.Method(t, "__index__", static (self, a, k) =>
        {
            V(self, "__index__");
            Arg.None("int.__index__", a, k);
            return AsInt(self);
        });
        Builtins.Method(t, "__format__", static (self, a, k) =>
        {
            V(self, "__format__");
            var spec = Arg.One("int.__format__", a, k);
            if (spec is not PyStr s) throw PyExc.TypeErr($"__format__() argument must be str, not {spec.Type.Name}");
            return PyStr.From(Ops.Format(self, s.Value));
        });
    }
}
