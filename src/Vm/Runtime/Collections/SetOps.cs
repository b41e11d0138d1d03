namespace PyDbg.Vm.Runtime;

/// <summary>Set algebra with CPython's algorithms (so results iterate in CPython's order).</summary>
public static class SetOps
{
    public static PySet Binary(BinaryOperator op, PySet a, PySet b, bool frozen) => op switch
    {
        BinaryOperator.Or => Union(a, b, frozen),
        BinaryOperator.And => Intersection(a, b, frozen),
        BinaryOperator.Subtract => Difference(a, b, frozen),
        BinaryOperator.Xor => SymmetricDifference(a, b, frozen),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static PySet Union(PySet a, PySet b, bool frozen)
    {
        var r = a.Copy(frozen);
        r.MergeFrom(b);
        return r;
    }

    public static PySet Intersection(PySet so, PySet other, bool frozen)
    {
        var result = new PySet(frozen);
        if (ReferenceEquals(so, other)) return so.Copy(frozen);
        if (other.Count > so.Count) (so, other) = (other, so);
        for (var i = 0; i < other.TableSize; i++)
        {
            if (!other.TryGetSlot(i, out var key)) continue;
            var h = other.HashAt(i);
            if (so.Contains(key)) result.AddEntry(key, h);
        }
        return result;
    }

    public static PySet Difference(PySet so, PySet other, bool frozen)
    {
        if (ReferenceEquals(so, other)) return new PySet(frozen);
        if ((so.Count >> 2) > other.Count)
        {
            var r = so.Copy(frozen);
            DifferenceUpdate(r, other);
            return r;
        }
        var result = new PySet(frozen);
        for (var i = 0; i < so.TableSize; i++)
        {
            if (!so.TryGetSlot(i, out var key)) continue;
            if (!other.Contains(key)) result.AddEntry(key, so.HashAt(i));
        }
        return result;
    }

    public static PySet SymmetricDifference(PySet so, PySet other, bool frozen)
    {
        var r = so.Copy(frozen);
        SymmetricDifferenceUpdate(r, other);
        return r;
    }

    public static void IntersectionUpdate(PySet so, PySet other)
    {
        if (ReferenceEquals(so, other)) return;
        var r = Intersection(so, other, false);
        so.TakeTable(r);
    }

    public static void DifferenceUpdate(PySet so, PySet other)
    {
        if (ReferenceEquals(so, other)) { so.Clear(); return; }
        foreach (var k in other.Items.ToArray()) so.Remove(k);
    }

    public static void SymmetricDifferenceUpdate(PySet so, PySet other)
    {
        if (ReferenceEquals(so, other)) { so.Clear(); return; }
        var items = other.Items.ToArray();
        foreach (var k in items)
            if (!so.Remove(k)) so.Add(k);
    }

    public static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count) return false;
        foreach (var k in a.Items)
            if (!b.Contains(k)) return false;
        return true;
    }
}
