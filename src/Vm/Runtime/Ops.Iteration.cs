namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    public static PyObject GetIter(PyObject iterable)
    {
        switch (iterable)
        {
            case PyIterator: return iterable;
            case PyList l: return new ListIterator(l);
            case PyTuple t: return new TupleIterator(t);
            case PyStr s: return new StrIterator(s);
            case PyRange r: return new RangeIterator(r);
            case PyDict d: return new DictIterator(d, DictIterKind.Keys);
            case PySet set: return new SetIterator(set);
            case DictView v: return v.Iterate();
        }
        var type = iterable.Type;
        var f = LookupSpecial(type, "__iter__");
        if (f is not null)
        {
            if (f is PyNone) throw PyExc.TypeErr($"'{TypeName(iterable)}' object is not iterable");
            var it = CallSpecial(f, iterable);
            if (it is PyIterator) return it;
            if (LookupSpecial(it.Type, "__next__") is null)
                throw PyExc.TypeErr($"iter() returned non-iterator of type '{TypeName(it)}'");
            return it;
        }
        if (LookupSpecial(type, "__getitem__") is not null) return new SeqIterator(iterable);
        throw PyExc.TypeErr($"'{TypeName(iterable)}' object is not iterable");
    }

    /// <summary>next(it) without exceptions for exhaustion: false when the iterator is exhausted.</summary>
    public static bool TryNext(PyObject iterator, out PyObject value)
    {
        if (iterator is PyIterator it) return it.TryNext(out value);
        var f = LookupSpecial(iterator.Type, "__next__");
        if (f is null) throw PyExc.TypeErr($"'{TypeName(iterator)}' object is not an iterator");
        try
        {
            value = CallSpecial(f, iterator);
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            value = null!;
            return false;
        }
    }

    /// <summary>GetIter, with user iterators wrapped so the result is always a native iterator.</summary>
    public static PyIterator GetNativeIter(PyObject iterable)
    {
        var it = GetIter(iterable);
        return it as PyIterator ?? new UserIterator(it);
    }

    /// <summary>Unpacks exactly <paramref name="count"/> items (CPython's "not enough values to unpack (expected 3, got 2)").</summary>
    public static PyObject[] Unpack(PyObject iterable, int count)
    {
        switch (iterable)
        {
            case PyTuple t:
                if (t.Items.Length == count) return count == 0 ? Array.Empty<PyObject>() : (PyObject[])t.Items.Clone();
                throw UnpackError(count, t.Items.Length);
            case PyList l:
                if (l.Items.Count == count) return l.Items.ToArray();
                throw UnpackError(count, l.Items.Count);
        }
        PyObject it;
        try
        {
            it = GetIter(iterable);
        }
        catch (PyException e) when (e.Value.Type == PyExc.TypeError && IsNotIterableError(iterable))
        {
            throw PyExc.TypeErr($"cannot unpack non-iterable {TypeName(iterable)} object");
        }
        var result = new PyObject[count];
        for (var i = 0; i < count; i++)
        {
            if (!TryNext(it, out var v)) throw PyExc.ValueErr($"not enough values to unpack (expected {count}, got {i})");
            result[i] = v;
        }
        if (TryNext(it, out _)) throw PyExc.ValueErr($"too many values to unpack (expected {count})");
        return result;
    }

    private static PyException UnpackError(int expected, int got) => got < expected
        ? PyExc.ValueErr($"not enough values to unpack (expected {expected}, got {got})")
        : PyExc.ValueErr($"too many values to unpack (expected {expected})");

    /// <summary>Starred unpacking (a, *b, c = x): before + a list + after items; CPython's errors.</summary>
    public static PyObject[] UnpackEx(PyObject iterable, int before, int after)
    {
        List<PyObject> items;
        try
        {
            items = ToList(iterable);
        }
        catch (PyException e) when (e.Value.Type == PyExc.TypeError && IsNotIterableError(iterable))
        {
            throw PyExc.TypeErr($"cannot unpack non-iterable {TypeName(iterable)} object");
        }
        if (items.Count < before + after)
            throw PyExc.ValueErr($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        var result = new PyObject[before + 1 + after];
        for (var i = 0; i < before; i++) result[i] = items[i];
        var midCount = items.Count - before - after;
        result[before] = new PyList(items.GetRange(before, midCount));
        for (var i = 0; i < after; i++) result[before + 1 + i] = items[before + midCount + i];
        return result;
    }

    public static List<PyObject> ToList(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList l: return new List<PyObject>(l.Items);
            case PyTuple t: return new List<PyObject>(t.Items);
        }
        var result = new List<PyObject>();
        var it = GetIter(iterable);
        var max = PyContext.CurrentMaxSequenceLength;
        while (TryNext(it, out var v))
        {
            result.Add(v);
            if (result.Count > max) throw PyExc.Memory();
        }
        return result;
    }

    /// <summary>list.extend(iterable).</summary>
    public static void ExtendList(PyList list, PyObject iterable)
    {
        switch (iterable)
        {
            case PyList l:
                list.Items.AddRange(ReferenceEquals(l, list) ? l.Items.ToArray() : l.Items);
                return;
            case PyTuple t:
                list.Items.AddRange(t.Items);
                return;
        }
        var it = GetIter(iterable);
        var max = PyContext.CurrentMaxSequenceLength;
        while (TryNext(it, out var v))
        {
            list.Items.Add(v);
            if (list.Items.Count > max) throw PyExc.Memory();
        }
    }
}
