using System.Runtime.CompilerServices;

namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    public static bool IsTrue(PyObject value)
    {
        switch (value)
        {
            case PyBool b: return b.Value;
            case PyInt i: return i.IsSmall ? i.Small != 0 : !i.Big.IsZero;
            case PyNone: return false;
            case PyStr s: return s.Value.Length != 0;
            case PyList l: return l.Items.Count != 0;
            case PyTuple t: return t.Items.Length != 0;
            case PyFloat f: return f.Value != 0.0;
            case PyDict d: return d.Count != 0;
            case PySet st: return st.Count != 0;
            case PyRange r: return r.Length != 0;
            case PyComplex c: return c.Real != 0 || c.Imag != 0;
        }
        return IsTrueSlow(value);
    }

    private static bool IsTrueSlow(PyObject value)
    {
        var type = value.Type;
        if (type.IsCoreNative && !type.IsHeapType) return value is not DictView dv || dv.Count != 0;
        var f = LookupSpecial(type, "__bool__");
        if (f is not null)
        {
            if (f is PyNone) return true;
            var r = CallSpecial(f, value);
            if (r is PyBool rb) return rb.Value;
            throw PyExc.TypeErr($"__bool__ should return bool, returned {TypeName(r)}");
        }
        f = LookupSpecial(type, "__len__");
        if (f is not null) return LenFromSpecial(CallSpecial(f, value)) != 0;
        return true;
    }

    /// <summary>Equality as containers use it: identity first, then ==.</summary>
    public static bool Eq(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        switch (a)
        {
            case PyInt ia when b is PyInt ib:
                return ia.IsSmall ? ib.IsSmall && ia.Small == ib.Small : !ib.IsSmall && ia.Big == ib.Big;
            case PyStr sa when b is PyStr sb:
                return string.Equals(sa.Value, sb.Value);
            case PyFloat fa when b is PyFloat fb:
                return fa.Value == fb.Value;
        }
        return IsTrue(Compare(CompareOperator.Eq, a, b));
    }

    /// <summary>hash(x) with CPython's values for int, float, bool, None, tuple (str: any stable hash).</summary>
    public static long Hash(PyObject value)
    {
        switch (value)
        {
            case PyStr s:
            {
                ref var h = ref s.HashCache;
                if (h == 0) h = StrRepr.Hash(s.Value);
                return h;
            }
            case PyInt i: return i.IsSmall ? IntOps.HashLong(i.Small) : IntOps.Hash(i);
            case PyBool b: return b.Value ? 1 : 0;
            case PyFloat f: return FloatOps.Hash(f.Value, f);
            case PyTuple t: return HashTuple(t.Items);
            case PyNone: return 0x7f5a3c00001;
            case PyList or PyDict: throw Unhashable(value);
            case PySet set: return set.IsFrozen ? HashFrozenSet(set) : throw Unhashable(value);
            case PyType or PyFunctionBase or PyBuiltinFunction or PyModule or PyMethodDescriptor or PyCell or PyIterator:
                return RuntimeHelpers.GetHashCode(value);
            case PyMethod m: return HashTuple(new[] { m.Self, m.Function }) ^ 0x5a5a;
            case PyRange r: return HashTuple(new PyObject[] { PyInt.From(r.Length), PyInt.From(r.Start), PyInt.From(r.Step) });
            case PySlice: throw Unhashable(value);
            case PyComplex c: return ComplexOps.Hash(c);
        }
        return HashSlow(value);
    }

    private static long HashSlow(PyObject value)
    {
        var type = value.Type;
        foreach (var t in type.Mro)
        {
            if (t.Dict.TryGetValue("__hash__", out var h))
            {
                if (h is PyNone) throw Unhashable(value);
                if (t.IsHeapType || !t.IsCoreNative)
                {
                    var r = CallSpecial(h, value);
                    if (r is PyInt ri) return ri.IsSmall ? (ri.Small == -1 ? -2 : ri.Small) : IntOps.Hash(ri);
                    if (r is PyBool rb) return rb.Value ? 1 : 0;
                    throw PyExc.TypeErr("__hash__ method should return an integer");
                }
                if (value is PyDerivedInstance d && !ReferenceEquals(t, PyType.Object)) return Hash(d.Value);
                break;
            }
            // a class that defines __eq__ without __hash__ is unhashable
            if (t.IsHeapType && t.Dict.ContainsKey("__eq__")) throw Unhashable(value);
        }
        if (value is DictView) throw Unhashable(value);
        return RuntimeHelpers.GetHashCode(value);
    }

    public static PyException Unhashable(PyObject value) => PyExc.TypeErr($"unhashable type: '{TypeName(value)}'");

    /// <summary>CPython's tuple hash (xxHash-based, 64-bit).</summary>
    public static long HashTuple(PyObject[] items)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        var acc = Prime5;
        foreach (var item in items)
        {
            var lane = (ulong)Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)items.Length ^ (Prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    /// <summary>CPython's frozenset hash.</summary>
    public static long HashFrozenSet(PySet set)
    {
        ulong hash = 0;
        for (var i = 0; i < set.TableSize; i++)
            if (set.TryGetSlot(i, out _)) hash ^= ShuffleBits((ulong)set.HashAt(i));
        hash ^= ((ulong)set.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }
}
