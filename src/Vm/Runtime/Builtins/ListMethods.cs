namespace PyDbg.Vm.Runtime;

/// <summary>The methods of list (append, extend, pop, sort, ...).</summary>
internal static class ListMethods
{
    private static PyList L(PyObject self, string name) =>
        self as PyList ?? throw Arg.Descriptor(name, "list", self);

    public static void Register()
    {
        var t = PyType.List;
        Builtins.Method(t, "append", static (self, a, k) =>
        {
            var l = L(self, "append");
            l.Items.Add(Arg.One("list.append", a, k));
            return PyNone.Instance;
        });
        Builtins.Method(t, "clear", static (self, a, k) =>
        {
            var l = L(self, "clear");
            Arg.None("list.clear", a, k);
            l.Items.Clear();
            return PyNone.Instance;
        });
        Builtins.Method(t, "copy", static (self, a, k) =>
        {
            var l = L(self, "copy");
            Arg.None("list.copy", a, k);
            return new PyList(new List<PyObject>(l.Items));
        });
        Builtins.Method(t, "count", static (self, a, k) =>
        {
            var l = L(self, "count");
            var x = Arg.One("list.count", a, k);
            var n = 0;
            for (var i = 0; i < l.Items.Count; i++) if (Ops.Eq(l.Items[i], x)) n++;
            return PyInt.From(n);
        });
        Builtins.Method(t, "extend", static (self, a, k) =>
        {
            var l = L(self, "extend");
            Extend(l, Arg.One("list.extend", a, k));
            return PyNone.Instance;
        });
        Builtins.Method(t, "index", static (self, a, k) =>
        {
            var l = L(self, "index");
            Arg.Positional("index", a, k, 1, 3);
            long start = 0, stop = long.MaxValue;
            if (a.Length > 1) start = SliceIndex(a[1]);
            if (a.Length > 2) stop = SliceIndex(a[2]);
            long n = l.Items.Count;
            Arg.AdjustIndices(ref start, ref stop, n);
            for (var i = start; i < stop && i < l.Items.Count; i++)
                if (Ops.Eq(l.Items[(int)i], a[0])) return PyInt.From(i);
            throw PyExc.ValueErr($"{Ops.Repr(a[0])} is not in list");
        });
        Builtins.Method(t, "insert", static (self, a, k) =>
        {
            var l = L(self, "insert");
            Arg.Positional("insert", a, k, 2, 2);
            var idx = Arg.IndexOrNone(Builtins.IndexObject(a[0]), 0);
            long n = l.Items.Count;
            if (idx < 0) { idx += n; if (idx < 0) idx = 0; }
            if (idx > n) idx = n;
            CheckSize(n + 1);
            l.Items.Insert((int)idx, a[1]);
            return PyNone.Instance;
        });
        Builtins.Method(t, "pop", static (self, a, k) =>
        {
            var l = L(self, "pop");
            Arg.Positional("pop", a, k, 0, 1);
            long idx = -1;
            if (a.Length == 1) idx = Arg.IndexOrNone(Builtins.IndexObject(a[0]), -1);
            var n = l.Items.Count;
            if (n == 0) throw PyExc.IndexErr("pop from empty list");
            if (idx < 0) idx += n;
            if (idx < 0 || idx >= n) throw PyExc.IndexErr("pop index out of range");
            var v = l.Items[(int)idx];
            l.Items.RemoveAt((int)idx);
            return v;
        });
        Builtins.Method(t, "remove", static (self, a, k) =>
        {
            var l = L(self, "remove");
            var x = Arg.One("list.remove", a, k);
            for (var i = 0; i < l.Items.Count; i++)
                if (Ops.Eq(l.Items[i], x))
                {
                    l.Items.RemoveAt(i);
                    return PyNone.Instance;
                }
            throw PyExc.ValueErr("list.remove(x): x not in list");
        });
        Builtins.Method(t, "reverse", static (self, a, k) =>
        {
            var l = L(self, "reverse");
            Arg.None("list.reverse", a, k);
            l.Items.Reverse();
            return PyNone.Instance;
        });
        Builtins.Method(t, "sort", static (self, a, k) =>
        {
            var l = L(self, "sort");
            var npos = Arg.Pos(a, k);
            if (npos > 0) throw PyExc.TypeErr("sort() takes no positional arguments");
            PyObject? key = null;
            var reverse = false;
            if (k is not null)
                for (var i = 0; i < k.Length; i++)
                {
                    if (k[i] == "key") key = a[i] is PyNone ? null : a[i];
                    else if (k[i] == "reverse") reverse = Builtins.SortReverseFlag(a[i]);
                    else throw PyExc.TypeErr($"'{k[i]}' is an invalid keyword argument for sort()");
                }
            Sorting.Sort(l.Items, key, reverse);
            return PyNone.Instance;
        });
    }

    internal static long SliceIndex(PyObject o)
    {
        if (o is PyInt i) return i.IsSmall ? i.Small : (i.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2);
        if (o is PyBool b) return b.Value ? 1 : 0;
        if (o.Type.Lookup("__index__") is null)
            throw PyExc.TypeErr("slice indices must be integers or have an __index__ method");
        return Ops.Index(o);
    }

    internal static void CheckSize(long n)
    {
        if (n > PyContext.Current.MaxSequenceLength) throw PyExc.Memory();
    }

    public static void Extend(PyList l, PyObject src)
    {
        switch (src)
        {
            case PyList sl:
                CheckSize((long)l.Items.Count + sl.Items.Count);
                if (ReferenceEquals(sl, l)) l.Items.AddRange(sl.Items.ToArray());
                else l.Items.AddRange(sl.Items);
                return;
            case PyTuple st:
                CheckSize((long)l.Items.Count + st.Items.Length);
                l.Items.AddRange(st.Items);
                return;
        }
        var it = Ops.GetIter(src);
        while (Ops.TryNext(it, out var v))
        {
            l.Items.Add(v);
            if (l.Items.Count > PyContext.Current.MaxSequenceLength) throw PyExc.Memory();
        }
    }
}
