namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    private static readonly string[] CompareDunders = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    private static readonly CompareOperator[] Swapped =
        { CompareOperator.Gt, CompareOperator.Ge, CompareOperator.Eq, CompareOperator.Ne, CompareOperator.Lt, CompareOperator.Le };

    /// <summary>Rich comparison; the result of a user __lt__ etc. may be any object.</summary>
    public static PyObject Compare(CompareOperator op, PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib)
            return PyBool.From(CmpResult(op, IntOps.CompareInts(ia, ib)));
        var ta = a.Type;
        var tb = b.Type;
        if ((ta.IsCoreNative && !ta.IsHeapType) && (tb.IsCoreNative && !tb.IsHeapType))
        {
            var r = NativeCompare(op, a, b);
            if (r is not null) return r;
            return CompareFallback(op, a, b);
        }
        return CompareSlow(op, a, b);
    }

    private static PyObject CompareSlow(CompareOperator op, PyObject a, PyObject b)
    {
        var ta = a.Type;
        var tb = b.Type;
        var idx = (int)op;
        var sw = Swapped[idx];
        var fa = LookupSpecial(ta, CompareDunders[idx]);
        var fb = LookupSpecial(tb, CompareDunders[(int)sw]);
        PyObject? r;
        var checkedReverse = false;
        if (fb is not null && tb.IsSubtypeOf(ta) && !ReferenceEquals(ta, tb))
        {
            checkedReverse = true;
            r = CallSpecial(fb, b, a);
            if (r is not PyNotImplemented) return r;
        }
        if (fa is not null)
        {
            r = CallSpecial(fa, a, b);
            if (r is not PyNotImplemented) return r;
        }
        else if (op == CompareOperator.Ne && LookupSpecial(ta, "__eq__") is { } eq)
        {
            // object.__ne__ delegates to __eq__ and inverts
            r = CallSpecial(eq, a, b);
            if (r is not PyNotImplemented) return PyBool.From(!IsTrue(r));
        }
        else
        {
            r = NativeCompare(op, a, b);
            if (r is not null) return r;
        }
        if (!checkedReverse)
        {
            if (fb is not null)
            {
                r = CallSpecial(fb, b, a);
                if (r is not PyNotImplemented) return r;
            }
            else if (sw == CompareOperator.Ne && !ReferenceEquals(ta, tb) && LookupSpecial(tb, "__eq__") is { } eqb)
            {
                r = CallSpecial(eqb, b, a);
                if (r is not PyNotImplemented) return PyBool.From(!IsTrue(r));
            }
            else
            {
                r = NativeCompare(sw, b, a);
                if (r is not null) return r;
            }
        }
        return CompareFallback(op, a, b);
    }

    private static PyObject CompareFallback(CompareOperator op, PyObject a, PyObject b)
    {
        switch (op)
        {
            case CompareOperator.Eq: return PyBool.From(ReferenceEquals(a, b));
            case CompareOperator.Ne: return PyBool.From(!ReferenceEquals(a, b));
        }
        throw PyExc.TypeErr($"'{OperatorText.Symbol(op)}' not supported between instances of '{TypeName(a)}' and '{TypeName(b)}'");
    }

    private static bool CmpResult(CompareOperator op, int c) => op switch
    {
        CompareOperator.Lt => c < 0,
        CompareOperator.Le => c <= 0,
        CompareOperator.Eq => c == 0,
        CompareOperator.Ne => c != 0,
        CompareOperator.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>Comparison reduced to a bool (sorting, min/max, chained compares in native code).</summary>
    public static bool CompareBool(CompareOperator op, PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib) return CmpResult(op, IntOps.CompareInts(ia, ib));
        if (a is PyStr sa && b is PyStr sb) return CmpResult(op, string.CompareOrdinal(sa.Value, sb.Value));
        if (a is PyFloat fa && b is PyFloat fb) return CmpDouble(op, fa.Value, fb.Value);
        var r = Compare(op, a, b);
        return r is PyBool rb ? rb.Value : IsTrue(r);
    }

    private static bool CmpDouble(CompareOperator op, double x, double y) => op switch
    {
        CompareOperator.Lt => x < y,
        CompareOperator.Le => x <= y,
        CompareOperator.Eq => x == y,
        CompareOperator.Ne => x != y,
        CompareOperator.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>The built-in types' comparison; null when not supported for these operands (NotImplemented).</summary>
    public static PyObject? NativeCompare(CompareOperator op, PyObject a, PyObject b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is PyFloat fa)
            {
                if (b is PyFloat fb) return PyBool.From(CmpDouble(op, fa.Value, fb.Value));
                var c = IntOps.CompareWithDouble(AsInt(b)!, fa.Value);
                if (c == 2) return PyBool.From(op == CompareOperator.Ne);
                return PyBool.From(CmpResult(op, -c));
            }
            if (b is PyFloat fb2)
            {
                var c = IntOps.CompareWithDouble(AsInt(a)!, fb2.Value);
                if (c == 2) return PyBool.From(op == CompareOperator.Ne);
                return PyBool.From(CmpResult(op, c));
            }
            return PyBool.From(CmpResult(op, IntOps.CompareInts(AsInt(a)!, AsInt(b)!)));
        }
        if ((a is PyComplex || b is PyComplex) && op is CompareOperator.Eq or CompareOperator.Ne
            && ComplexOps.TryAsComplex(a, out var car, out var cai) && ComplexOps.TryAsComplex(b, out var cbr, out var cbi))
            return PyBool.From((car == cbr && cai == cbi) == (op == CompareOperator.Eq));
        switch (a)
        {
            case PyStr sa when b is PyStr sb:
                if (op == CompareOperator.Eq) return PyBool.From(sa.Value == sb.Value);
                if (op == CompareOperator.Ne) return PyBool.From(sa.Value != sb.Value);
                return PyBool.From(CmpResult(op, string.CompareOrdinal(sa.Value, sb.Value)));
            case PyList la when b is PyList lb:
                return CompareSequences(op, la.Items, lb.Items);
            case PyTuple ta when b is PyTuple tb:
                return CompareSequences(op, ta.Items, tb.Items);
            case PySet xa when b is PySet xb:
                return PyBool.From(op switch
                {
                    CompareOperator.Eq => xa.Count == xb.Count && SetOps.IsSubset(xa, xb),
                    CompareOperator.Ne => !(xa.Count == xb.Count && SetOps.IsSubset(xa, xb)),
                    CompareOperator.Le => SetOps.IsSubset(xa, xb),
                    CompareOperator.Lt => xa.Count < xb.Count && SetOps.IsSubset(xa, xb),
                    CompareOperator.Ge => SetOps.IsSubset(xb, xa),
                    _ => xb.Count < xa.Count && SetOps.IsSubset(xb, xa),
                });
            case PyDict da when b is PyDict db:
                if (op == CompareOperator.Eq) return PyBool.From(DictEquals(da, db));
                if (op == CompareOperator.Ne) return PyBool.From(!DictEquals(da, db));
                return null;
            case PyRange ra when b is PyRange rb:
                if (op is CompareOperator.Eq or CompareOperator.Ne)
                    return PyBool.From(RangeEquals(ra, rb) == (op == CompareOperator.Eq));
                return null;
            case DictView va:
                return DictView.Compare(op, va, b);
            case PySet when b is DictView vb:
                return DictView.Compare(Swapped[(int)op], vb, a);
            case PyMethod ma when b is PyMethod mb && op is CompareOperator.Eq or CompareOperator.Ne:
                var same = ReferenceEquals(ma.Self, mb.Self) && ReferenceEquals(ma.Function, mb.Function);
                return PyBool.From(same == (op == CompareOperator.Eq));
            case PyBuiltinFunction ba when b is PyBuiltinFunction bb && op is CompareOperator.Eq or CompareOperator.Ne:
                var sameB = ReferenceEquals(ba, bb) || (ba.Self is not null && ReferenceEquals(ba.Self, bb.Self) && ba.Name == bb.Name);
                return PyBool.From(sameB == (op == CompareOperator.Eq));
            case PyGenericAlias ga when b is PyGenericAlias gb && op is CompareOperator.Eq or CompareOperator.Ne:
                var sameG = Eq(ga.Origin, gb.Origin) && CompareSequences(CompareOperator.Eq, ga.Args, gb.Args) == PyBool.True;
                return PyBool.From(sameG == (op == CompareOperator.Eq));
        }
        return null;
    }

    private static bool RangeEquals(PyRange a, PyRange b)
    {
        var n = a.Length;
        if (n != b.Length) return false;
        if (n == 0) return true;
        if (a.Start != b.Start) return false;
        return n == 1 || a.Step == b.Step;
    }

    private static bool DictEquals(PyDict a, PyDict b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.EntrySpan; i++)
        {
            if (!a.TryGetEntry(i, out var k, out var v)) continue;
            if (!b.TryGetValue(k, out var bv)) return false;
            if (!Eq(v, bv)) return false;
        }
        return true;
    }

    private static PyObject CompareSequences(CompareOperator op, IReadOnlyList<PyObject> a, IReadOnlyList<PyObject> b)
    {
        if (a.Count != b.Count && op is CompareOperator.Eq or CompareOperator.Ne)
            return PyBool.From(op == CompareOperator.Ne);
        int i;
        for (i = 0; i < a.Count && i < b.Count; i++)
        {
            if (!Eq(a[i], b[i])) break;
        }
        if (i >= a.Count || i >= b.Count)
            return PyBool.From(CmpResult(op, a.Count.CompareTo(b.Count)));
        if (op == CompareOperator.Eq) return PyBool.False;
        if (op == CompareOperator.Ne) return PyBool.True;
        return Compare(op, a[i], b[i]);
    }

    /// <summary>`item in container`.</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyList l:
            {
                var items = l.Items;
                for (var i = 0; i < items.Count; i++)
                    if (Eq(items[i], item)) return true;
                return false;
            }
            case PyTuple t:
                foreach (var x in t.Items)
                    if (Eq(x, item)) return true;
                return false;
            case PyStr s:
                if (item is PyStr sub) return s.Value.Contains(sub.Value, StringComparison.Ordinal);
                throw PyExc.TypeErr($"'in <string>' requires string as left operand, not {TypeName(item)}");
            case PyDict d:
                return d.ContainsKey(item);
            case PySet set:
                return set.Contains(item);
            case PyRange r:
                if (AsInt(item) is { } n) return RangeContains(r, n);
                break;
            case DictView view:
                return view.Contains(item);
        }
        var type = container.Type;
        var f = LookupSpecial(type, "__contains__");
        if (f is not null) return IsTrue(CallSpecial(f, container, item));
        if (container is not PyIterator && LookupSpecial(type, "__iter__") is null && LookupSpecial(type, "__getitem__") is null
            && container is not PyRange)
            throw PyExc.TypeErr($"argument of type '{TypeName(container)}' is not iterable");
        var it = GetIter(container);
        while (TryNext(it, out var v))
            if (Eq(v, item)) return true;
        return false;
    }

    private static bool RangeContains(PyRange r, PyInt n)
    {
        if (!n.IsSmall) return false;
        var x = n.Small;
        if (r.Step > 0)
        {
            if (x < r.Start || x >= r.Stop) return false;
            return (x - r.Start) % r.Step == 0;
        }
        if (x > r.Start || x <= r.Stop) return false;
        return (r.Start - x) % -r.Step == 0;
    }
}
