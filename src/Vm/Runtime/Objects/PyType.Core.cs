namespace PyDbg.Vm.Runtime;

public sealed partial class PyType
{
    /// <summary>True for built-in types whose behaviour Ops implements natively: special methods
    /// found in their dicts are never dispatched to by Ops (they exist for explicit calls such as
    /// object.__init__(self) or int.__add__(1, 2)), which keeps native dunders from recursing into Ops.</summary>
    public bool IsCoreNative { get; internal set; }

    /// <summary>For a class derived from a built-in value type (list, dict, set, frozenset, int,
    /// float, str, tuple): that type, whose native value its instances carry
    /// (<see cref="PyDerivedInstance"/>). Null for other classes.</summary>
    public PyType? BuiltinBase { get; private set; }

    /// <summary>True for classes derived from a built-in value type or from type (metaclasses): Ops
    /// dispatches to the built-in type's native special methods for them (see Ops.LookupSpecial).</summary>
    public bool DispatchesBuiltinSpecials { get; private set; }

    /// <summary>type.__new__(metatype, name, bases, ns): a class with C3 MRO whose attributes are the
    /// namespace's items (what a class statement and type(name, bases, ns) create).</summary>
    public static PyType CreateHeapType(string name, PyObject[] baseObjects, PyDict ns, PyType? metatype = null)
    {
        var bases = new PyType[baseObjects.Length == 0 ? 1 : baseObjects.Length];
        if (baseObjects.Length == 0) bases[0] = Object;
        for (var i = 0; i < baseObjects.Length; i++)
        {
            if (baseObjects[i] is not PyType bt) throw PyExc.TypeErr("bases must be types");
            if (!bt.IsBaseType) throw PyExc.TypeErr($"type '{bt.Name}' is not an acceptable base type");
            bases[i] = bt;
        }
        var module = ns.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "__main__";
        var type = new PyType(name, bases, module) { IsHeapType = true };
        if (metatype is not null && !ReferenceEquals(metatype, TypeType)) type.Metatype = metatype;
        if (ns.TryGetValue("__qualname__", out var q) && q is PyStr qs) type.QualName = qs.Value;
        type.SetMro(ComputeC3Mro(type, bases));
        foreach (var kv in ns.Items)
        {
            if (kv.Key is not PyStr key) continue;
            if (key.Value is "__qualname__" or "__classcell__") continue;
            type.Dict[key.Value] = kv.Value;
        }
        if (!type.Dict.ContainsKey("__doc__")) type.Dict["__doc__"] = PyNone.Instance;
        // A class that defines __eq__ but not __hash__ is unhashable: its __hash__ is None.
        if (type.Dict.ContainsKey("__eq__") && !type.Dict.ContainsKey("__hash__")) type.Dict["__hash__"] = PyNone.Instance;
        return type;
    }

    /// <summary>The metaclass a class statement uses: the explicit one, else the most derived
    /// metaclass of the bases (TypeError "metaclass conflict" when they are unrelated).</summary>
    public static PyObject? ResolveMetaclass(PyObject? explicitMeta, PyObject[] bases)
    {
        PyType? winner = explicitMeta as PyType;
        if (explicitMeta is not null && winner is null) return explicitMeta;
        foreach (var b in bases)
        {
            if (b is not PyType) continue;
            var mt = b.Type;
            if (winner is null || mt.IsSubtypeOf(winner)) { winner = mt; continue; }
            if (winner.IsSubtypeOf(mt)) continue;
            throw PyExc.TypeErr("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>True for list, dict and set: __new__ makes an empty value and __init__ fills it.</summary>
    internal static bool IsMutableBuiltinBase(PyType t) => ReferenceEquals(t, List) || ReferenceEquals(t, Dict_) || ReferenceEquals(t, Set);

    internal static bool IsBuiltinValueType(PyType t) =>
        ReferenceEquals(t, List) || ReferenceEquals(t, Dict_) || ReferenceEquals(t, Set) || ReferenceEquals(t, FrozenSet)
        || ReferenceEquals(t, Int) || ReferenceEquals(t, Float) || ReferenceEquals(t, Str) || ReferenceEquals(t, Tuple);

    private static PyType? FindBuiltinBase(PyType[] mro)
    {
        PyType? found = null;
        for (var i = 1; i < mro.Length; i++)
        {
            var t = mro[i];
            if (t.IsHeapType || !IsBuiltinValueType(t)) continue;
            if (found is null) found = t;
            else if (!found.IsSubtypeOf(t)) throw PyExc.TypeErr("multiple bases have instance lay-out conflict");
        }
        if (found is not null)
            foreach (var t in mro)
                if (ReferenceEquals(t, PyExc.BaseException)) throw PyExc.TypeErr("multiple bases have instance lay-out conflict");
        return found;
    }

    static PyType()
    {
        MarkCore();
    }

    private static void MarkCore()
    {
        foreach (var t in new[] { Object, TypeType, NoneType, EllipsisType, NotImplementedType, Int, Bool, Float, Str,
                     List, Tuple, Dict_, Set, FrozenSet, Range, Slice, Cell, Function, BuiltinFunction, Method, Module_, Code })
            t.IsCoreNative = true;
    }

    /// <summary>C3 linearisation of a new class's bases (TypeError "Cannot create a consistent
    /// method resolution order (MRO) for bases A, B" when impossible).</summary>
    public static PyType[] ComputeC3Mro(PyType self, PyType[] bases)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { self };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                var inTail = false;
                foreach (var s2 in seqs)
                    if (s2.IndexOf(head) > 0) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null)
            {
                var names = new List<string>();
                foreach (var b in bases) names.Add(b.Name);
                throw PyExc.TypeErr("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", names));
            }
            result.Add(candidate);
            foreach (var s in seqs)
                if (s.Count > 0 && ReferenceEquals(s[0], candidate)) s.RemoveAt(0);
        }
    }
}
