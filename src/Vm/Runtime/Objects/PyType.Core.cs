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
