namespace PyDbg.Vm.Runtime;

/// <summary>The methods of range (count, index).</summary>
internal static class RangeMethods
{
    private static PyRange R(PyObject self, string name) =>
        self as PyRange ?? throw Arg.Descriptor(name, "range", self);

    /// <summary>The position of an int value in the range, or -1.</summary>
    private static long IndexOfInt(PyRange r, PyObject x)
    {
        if (x is PyBool b) x = b.Value ? PyInt.One : PyInt.Zero;
        if (x is not PyInt i || !i.IsSmall) return -1;
        var v = i.Small;
        var n = r.Length;
        if (n == 0) return -1;
        if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return -1;
        var off = v - r.Start;
        if (off % r.Step != 0) return -1;
        return off / r.Step;
    }

    public static void Register()
    {
        var t = PyType.Range;
        Builtins.Method(t, "count", static (self, a, k) =>
        {
            var r = R(self, "count");
            var x = Arg.One("range.count", a, k);
            if (x is PyInt or PyBool) return IndexOfInt(r, x) >= 0 ? PyInt.One : PyInt.Zero;
            long n = 0;
            for (long i = 0; i < r.Length; i++)
                if (Ops.Eq(PyInt.From(r.Start + i * r.Step), x)) n++;
            return PyInt.From(n);
        });
        Builtins.Method(t, "index", static (self, a, k) =>
        {
            var r = R(self, "index");
            var x = Arg.One("range.index", a, k);
            if (x is PyInt or PyBool)
            {
                var idx = IndexOfInt(r, x);
                if (idx >= 0) return PyInt.From(idx);
            }
            else
            {
                for (long i = 0; i < r.Length; i++)
                    if (Ops.Eq(PyInt.From(r.Start + i * r.Step), x)) return PyInt.From(i);
            }
            throw PyExc.ValueErr($"{Ops.Repr(x)} is not in range");
        });
    }
}
