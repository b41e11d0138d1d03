namespace PyDbg.Vm.Runtime;

/// <summary>The methods of dict (get, pop, update, setdefault, ...).</summary>
internal static partial class DictMethods
{
    private static PyDict D(PyObject self, string name) =>
        self as PyDict ?? throw Arg.Descriptor(name, "dict", self);

    public static void Register()
    {
        var t = PyType.Dict_;
        Builtins.Method(t, "clear", static (self, a, k) =>
        {
            var d = D(self, "clear");
            Arg.None("dict.clear", a, k);
            d.Clear();
            return PyNone.Instance;
        });
        Builtins.Method(t, "copy", static (self, a, k) =>
        {
            var d = D(self, "copy");
            Arg.None("dict.copy", a, k);
            return Copy(d);
        });
        // a classmethod: MyDict.fromkeys(...) makes a MyDict (and stores through its __setitem__)
        t.Dict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", static (a, k) =>
        {
            var cls = a.Length > 0 && a[0] is PyType c ? c : PyType.Dict_;
            var rest = a.Length > 0 && a[0] is PyType ? a.Slice(1) : a;
            Arg.Positional("fromkeys", rest, k, 1, 2);
            var value = rest.Length == 2 ? rest[1] : PyNone.Instance;
            var it = Ops.GetIter(rest[0]);
            if (ReferenceEquals(cls, PyType.Dict_))
            {
                var d = new PyDict();
                while (Ops.TryNext(it, out var key)) d.SetItem(key, value);
                return d;
            }
            var obj = Ops.Call(cls, ReadOnlySpan<PyObject>.Empty);
            while (Ops.TryNext(it, out var key)) Ops.SetItem(obj, key, value);
            return obj;
        }));
        Builtins.Method(t, "get", static (self, a, k) =>
        {
            var d = D(self, "get");
            Arg.Positional("get", a, k, 1, 2);
            if (d.TryGetValue(a[0], out var v)) return v;
            return a.Length == 2 ? a[1] : PyNone.Instance;
        });
        Builtins.Method(t, "pop", static (self, a, k) =>
        {
            var d = D(self, "pop");
            Arg.Positional("pop", a, k, 1, 2);
            if (d.Remove(a[0], out var v)) return v;
            if (a.Length == 2) return a[1];
            throw PyExc.KeyErr(a[0]);
        });
        Builtins.Method(t, "popitem", static (self, a, k) =>
        {
            var d = D(self, "popitem");
            Arg.None("dict.popitem", a, k);
            if (!d.PopLast(out var key, out var value)) throw PyExc.KeyErr(PyStr.From("popitem(): dictionary is empty"));
            return PyTuple.Of(key, value);
        });
        Builtins.Method(t, "setdefault", static (self, a, k) =>
        {
            var d = D(self, "setdefault");
            Arg.Positional("setdefault", a, k, 1, 2);
            if (d.TryGetValue(a[0], out var v)) return v;
            var dv = a.Length == 2 ? a[1] : PyNone.Instance;
            d.SetItem(a[0], dv);
            return dv;
        });
        Builtins.Method(t, "update", static (self, a, k) =>
        {
            var d = D(self, "update");
            var n = Arg.Pos(a, k);
            Arg.Count("update", n, 0, 1);
            if (n == 1) Update(d, a[0]);
            if (k is not null)
                for (var i = 0; i < k.Length; i++) d.SetItem(k[i], a[n + i]);
            return PyNone.Instance;
        });
        RegisterViews(t);
    }

    public static PyDict Copy(PyDict d)
    {
        var r = new PyDict();
        foreach (var kv in d.Items) r.SetItem(kv.Key, kv.Value);
        return r;
    }

    /// <summary>dict.update(other) / dict(other): a mapping (dict or anything with keys()) or an iterable of pairs.</summary>
    public static void Update(PyDict d, PyObject src)
    {
        if (src is PyDict sd)
        {
            if (ReferenceEquals(sd, d)) return;
            foreach (var kv in sd.Items) d.SetItem(kv.Key, kv.Value);
            return;
        }
        if (src is not PyList && src is not PyTuple && src.Type.Lookup("keys") is not null)
        {
            var keys = Ops.CallMethod(src, "keys");
            var kit = Ops.GetIter(keys);
            while (Ops.TryNext(kit, out var key)) d.SetItem(key, Ops.GetItem(src, key));
            return;
        }
        var it = Ops.GetIter(src);
        var index = 0;
        while (Ops.TryNext(it, out var item))
        {
            PyObject k, v;
            switch (item)
            {
                case PyTuple { Items.Length: 2 } t2:
                    k = t2.Items[0]; v = t2.Items[1];
                    break;
                case PyList { Items.Count: 2 } l2:
                    k = l2.Items[0]; v = l2.Items[1];
                    break;
                default:
                {
                    List<PyObject> seq;
                    if (item is PyTuple tx) seq = new List<PyObject>(tx.Items);
                    else if (item is PyList lx) seq = lx.Items;
                    else if (item is PyStr || item is PyIterator || item.Type.Lookup("__iter__") is not null || item.Type.Lookup("__getitem__") is not null)
                        seq = Ops.ToList(item);
                    else throw PyExc.TypeErr($"cannot convert dictionary update sequence element #{index} to a sequence");
                    if (seq.Count != 2)
                        throw PyExc.ValueErr($"dictionary update sequence element #{index} has length {seq.Count}; 2 is required");
                    k = seq[0]; v = seq[1];
                    break;
                }
            }
            d.SetItem(k, v);
            index++;
        }
    }
}
