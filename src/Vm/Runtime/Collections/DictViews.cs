using System.Text;

namespace PyDbg.Vm.Runtime;

/// <summary>dict.keys(), dict.values(), dict.items(): live views of a dict.</summary>
public abstract class DictView : PyObject
{
    public PyDict Dict { get; }
    protected DictView(PyDict dict) => Dict = dict;

    public int Count => Dict.Count;
    public abstract DictIterKind Kind { get; }
    /// <summary>keys and items views are set-like (support &amp; | - ^ and set comparisons).</summary>
    public bool IsSetLike => Kind != DictIterKind.Values;

    public PyIterator Iterate() => new DictIterator(Dict, Kind);

    public abstract bool Contains(PyObject item);

    protected abstract string Prefix { get; }

    public string Repr() => Ops.ReprGuarded(this, "...", () =>
    {
        var sb = new StringBuilder();
        sb.Append(Prefix).Append("([");
        var first = true;
        var it = Iterate();
        while (it.TryNext(out var v))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(v));
        }
        return sb.Append("])").ToString();
    });

    /// <summary>The view's items as a new set.</summary>
    public PySet ToSet()
    {
        var s = new PySet();
        var it = Iterate();
        while (it.TryNext(out var v)) s.Add(v);
        return s;
    }

    internal static PySet AsSet(PyObject o)
    {
        switch (o)
        {
            case PySet s: return s;
            case DictView v: return v.ToSet();
        }
        var r = new PySet();
        var it = Ops.GetIter(o);
        while (Ops.TryNext(it, out var x)) r.Add(x);
        return r;
    }

    /// <summary>Set algebra with a keys/items view on either side; null when not applicable.</summary>
    public static PyObject? Binary(BinaryOperator op, PyObject a, PyObject b)
    {
        if (op is not (BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Subtract or BinaryOperator.Xor)) return null;
        var aView = a is DictView va && va.IsSetLike;
        var bView = b is DictView vb && vb.IsSetLike;
        if (!aView && !bView) return null;
        if (aView && !IsIterable(b)) return null;
        if (bView && !aView && !IsIterable(a)) return null;
        var left = a is DictView lv ? lv.ToSet() : AsSet(a);
        return SetOps.Binary(op, left, AsSet(b), false);
    }

    private static bool IsIterable(PyObject o) =>
        o is PyIterator or PyList or PyTuple or PyStr or PyDict or PySet or PyRange or DictView
        || Ops.LookupSpecial(o.Type, "__iter__") is not null || Ops.LookupSpecial(o.Type, "__getitem__") is not null;

    public static PyObject? Compare(CompareOperator op, DictView a, PyObject b)
    {
        if (!a.IsSetLike)
        {
            if (op is CompareOperator.Eq or CompareOperator.Ne) return PyBool.From(ReferenceEquals(a, b) == (op == CompareOperator.Eq));
            return null;
        }
        PySet other;
        if (b is PySet s) other = s;
        else if (b is DictView bv && bv.IsSetLike) other = bv.ToSet();
        else return null;
        return Ops.NativeCompare(op, a.ToSet(), other);
    }
}

public sealed class DictKeysView : DictView
{
    public DictKeysView(PyDict dict) : base(dict) { }
    public override DictIterKind Kind => DictIterKind.Keys;
    protected override string Prefix => "dict_keys";
    public override bool Contains(PyObject item) => Dict.ContainsKey(item);
    public override PyType Type => RuntimeTypes.DictKeys;
}

public sealed class DictValuesView : DictView
{
    public DictValuesView(PyDict dict) : base(dict) { }
    public override DictIterKind Kind => DictIterKind.Values;
    protected override string Prefix => "dict_values";
    public override bool Contains(PyObject item)
    {
        for (var i = 0; i < Dict.EntrySpan; i++)
            if (Dict.TryGetEntry(i, out _, out var v) && Ops.Eq(v, item)) return true;
        return false;
    }
    public override PyType Type => RuntimeTypes.DictValues;
}

public sealed class DictItemsView : DictView
{
    public DictItemsView(PyDict dict) : base(dict) { }
    public override DictIterKind Kind => DictIterKind.Items;
    protected override string Prefix => "dict_items";
    public override bool Contains(PyObject item)
    {
        if (item is not PyTuple t || t.Items.Length != 2) return false;
        return Dict.TryGetValue(t.Items[0], out var v) && Ops.Eq(v, t.Items[1]);
    }
    public override PyType Type => RuntimeTypes.DictItems;
}
