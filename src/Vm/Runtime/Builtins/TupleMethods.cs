namespace PyDbg.Vm.Runtime;

/// <summary>The methods of tuple (count, index).</summary>
internal static class TupleMethods
{
    private static PyTuple T(PyObject self, string name) =>
        self as PyTuple ?? throw Arg.Descriptor(name, "tuple", self);

    public static void Register()
    {
        var t = PyType.Tuple;
        Builtins.Method(t, "count", static (self, a, k) =>
        {
            var tu = T(self, "count");
            var x = Arg.One("tuple.count", a, k);
            var n = 0;
            foreach (var item in tu.Items) if (Ops.Eq(item, x)) n++;
            return PyInt.From(n);
        });
        Builtins.Method(t, "index", static (self, a, k) =>
        {
            var tu = T(self, "index");
            Arg.Positional("index", a, k, 1, 3);
            long start = 0, stop = long.MaxValue;
            if (a.Length > 1) start = ListMethods.SliceIndex(a[1]);
            if (a.Length > 2) stop = ListMethods.SliceIndex(a[2]);
            Arg.AdjustIndices(ref start, ref stop, tu.Items.Length);
            for (var i = start; i < stop; i++)
                if (Ops.Eq(tu.Items[i], a[0])) return PyInt.From(i);
            throw PyExc.ValueErr("tuple.index(x): x not in tuple");
        });
    }
}
