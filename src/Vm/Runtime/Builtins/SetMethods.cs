namespace PyDbg.Vm.Runtime;

/// <summary>The methods of set and frozenset.</summary>
internal static class SetMethods
{
    private static PySet S(PyObject self, string name, PyType owner) =>
        self is PySet s && s.IsFrozen == ReferenceEquals(owner, PyType.FrozenSet) ? s : throw Arg.Descriptor(name, owner.Name, self);

    public static void AddAll(PySet s, PyObject src)
    {
        if (src is PySet o)
        {
            foreach (var x in o.Items.ToArray()) s.Add(x);
            return;
        }
        if (src is PyList l)
        {
            for (var i = 0; i < l.Items.Count; i++) s.Add(l.Items[i]);
            return;
        }
        if (src is PyTuple t)
        {
            foreach (var x in t.Items) s.Add(x);
            return;
        }
        var it = Ops.GetIter(src);
        while (Ops.TryNext(it, out var v)) s.Add(v);
    }

    private static PySet AsSet(PyObject o)
    {
        if (o is PySet s) return s;
        var r = new PySet();
        AddAll(r, o);
        return r;
    }

    private static PySet CopyOf(PySet s, bool frozen)
    {
        var r = new PySet(frozen);
        foreach (var x in s.Items) r.Add(x);
        return r;
    }

    public static void Register()
    {
        foreach (var t in new[] { PyType.Set, PyType.FrozenSet })
        {
            var owner = t;
            var tn = t.Name;
            Builtins.Method(t, "copy", (self, a, k) =>
            {
                var s = S(self, "copy", owner);
                Arg.None(tn + ".copy", a, k);
                return s.IsFrozen ? s : CopyOf(s, false);
            });
            Builtins.Method(t, "union", (self, a, k) =>
            {
                var s = S(self, "union", owner);
                Arg.NoKw(tn + ".union", k);
                var r = CopyOf(s, s.IsFrozen);
                foreach (var o in a) AddAll(r, o);
                return r;
            });
            Builtins.Method(t, "intersection", (self, a, k) =>
            {
                var s = S(self, "intersection", owner);
                Arg.NoKw(tn + ".intersection", k);
                if (a.Length == 0) return s.IsFrozen ? s : CopyOf(s, false);
                var cur = s;
                foreach (var o in a) cur = Intersect(cur, o, s.IsFrozen);
                return cur;
            });
            Builtins.Method(t, "difference", (self, a, k) =>
            {
                var s = S(self, "difference", owner);
                Arg.NoKw(tn + ".difference", k);
                var r = new PySet(s.IsFrozen);
                var others = new PySet[a.Length];
                for (var i = 0; i < a.Length; i++) others[i] = AsSet(a[i]);
                foreach (var x in s.Items)
                {
                    var keep = true;
                    foreach (var o in others) if (o.Contains(x)) { keep = false; break; }
                    if (keep) r.Add(x);
                }
                return r;
            });
            Builtins.Method(t, "symmetric_difference", (self, a, k) =>
            {
                var s = S(self, "symmetric_difference", owner);
                var o = AsSet(Arg.One(tn + ".symmetric_difference", a, k));
                return SymDiff(s, o, s.IsFrozen);
            });
            Builtins.Method(t, "isdisjoint", (self, a, k) =>
            {
                var s = S(self, "isdisjoint", owner);
                var other = Arg.One(tn + ".isdisjoint", a, k);
                if (other is PySet os)
                {
                    var (small, big) = s.Count <= os.Count ? (s, os) : (os, s);
                    foreach (var x in small.Items) if (big.Contains(x)) return PyBool.False;
                    return PyBool.True;
                }
                var it = Ops.GetIter(other);
                while (Ops.TryNext(it, out var v)) if (s.Contains(v)) return PyBool.False;
                return PyBool.True;
            });
            Builtins.Method(t, "issubset", (self, a, k) =>
            {
                var s = S(self, "issubset", owner);
                var o = AsSet(Arg.One(tn + ".issubset", a, k));
                if (s.Count > o.Count) return PyBool.False;
                foreach (var x in s.Items) if (!o.Contains(x)) return PyBool.False;
                return PyBool.True;
            });
            Builtins.Method(t, "issuperset", (self, a, k) =>
            {
                var s = S(self, "issuperset", owner);
                var other = Arg.One(tn + ".issuperset", a, k);
                var o = AsSet(other);
                foreach (var x in o.Items) if (!s.Contains(x)) return PyBool.False;
                return PyBool.True;
            });
        }

        var st = PyType.Set;
        Builtins.Method(st, "add", static (self, a, k) =>
        {
            S(self, "add", PyType.Set).Add(Arg.One("set.add", a, k));
            return PyNone.Instance;
        });
        Builtins.Method(st, "clear", static (self, a, k) =>
        {
            var s = S(self, "clear", PyType.Set);
            Arg.None("set.clear", a, k);
            s.Clear();
            return PyNone.Instance;
        });
        Builtins.Method(st, "discard", static (self, a, k) =>
        {
            S(self, "discard", PyType.Set).Remove(Arg.One("set.discard", a, k));
            return PyNone.Instance;
        });
        Builtins.Method(st, "remove", static (self, a, k) =>
        {
            var s = S(self, "remove", PyType.Set);
            var x = Arg.One("set.remove", a, k);
            if (!s.Remove(x)) throw PyExc.KeyErr(x);
            return PyNone.Instance;
        });
        Builtins.Method(st, "pop", static (self, a, k) =>
        {
            var s = S(self, "pop", PyType.Set);
            Arg.None("set.pop", a, k);
            foreach (var x in s.Items)
            {
                s.Remove(x);
                return x;
            }
            throw PyExc.KeyErr(PyStr.From("pop from an empty set"));
        });
        Builtins.Method(st, "update", static (self, a, k) =>
        {
            var s = S(self, "update", PyType.Set);
            Arg.NoKw("set.update", k);
            foreach (var o in a) AddAll(s, o);
            return PyNone.Instance;
        });
        Builtins.Method(st, "intersection_update", static (self, a, k) =>
        {
            var s = S(self, "intersection_update", PyType.Set);
            Arg.NoKw("set.intersection_update", k);
            var cur = s;
            foreach (var o in a) cur = Intersect(cur, o, false);
            if (!ReferenceEquals(cur, s)) Replace(s, cur);
            return PyNone.Instance;
        });
        Builtins.Method(st, "difference_update", static (self, a, k) =>
        {
            var s = S(self, "difference_update", PyType.Set);
            Arg.NoKw("set.difference_update", k);
            foreach (var o in a)
            {
                if (ReferenceEquals(o, s)) { s.Clear(); continue; }
                var os = AsSet(o);
                foreach (var x in os.Items.ToArray()) s.Remove(x);
            }
            return PyNone.Instance;
        });
        Builtins.Method(st, "symmetric_difference_update", static (self, a, k) =>
        {
            var s = S(self, "symmetric_difference_update", PyType.Set);
            var other = Arg.One("set.symmetric_difference_update", a, k);
            if (ReferenceEquals(other, s)) { s.Clear(); return PyNone.Instance; }
            var o = AsSet(other);
            foreach (var x in o.Items.ToArray())
                if (!s.Remove(x)) s.Add(x);
            return PyNone.Instance;
        });
    }

    private static void Replace(PySet s, PySet with)
    {
        var items = with.Items.ToArray();
        s.Clear();
        foreach (var x in items) s.Add(x);
    }

    private static PySet Intersect(PySet s, PyObject other, bool frozen)
    {
        var r = new PySet(frozen);
        if (other is PySet os)
        {
            var (small, big) = s.Count <= os.Count ? (s, os) : (os, s);
            foreach (var x in small.Items) if (big.Contains(x)) r.Add(x);
            return r;
        }
        var it = Ops.GetIter(other);
        while (Ops.TryNext(it, out var v)) if (s.Contains(v)) r.Add(v);
        return r;
    }

    private static PySet SymDiff(PySet s, PySet o, bool frozen)
    {
        var r = CopyOf(o, frozen);
        foreach (var x in s.Items) if (!r.Remove(x)) r.Add(x);
        return r;
    }
}
