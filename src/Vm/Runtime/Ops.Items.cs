namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    public static PyObject GetItem(PyObject obj, PyObject key)
    {
        switch (obj)
        {
            case PyList l:
            {
                if (key is PyInt ki && ki.IsSmall)
                {
                    var i = ki.Small;
                    var n = l.Items.Count;
                    if (i < 0) i += n;
                    if ((ulong)i >= (ulong)n) throw PyExc.IndexErr("list index out of range");
                    return l.Items[(int)i];
                }
                if (key is PySlice s) return SliceList(l.Items, s);
                var idx = SequenceIndex(key, "list", l.Items.Count, "list index out of range");
                return l.Items[idx];
            }
            case PyTuple t:
            {
                if (key is PyInt ki && ki.IsSmall)
                {
                    var i = ki.Small;
                    var n = t.Items.Length;
                    if (i < 0) i += n;
                    if ((ulong)i >= (ulong)n) throw PyExc.IndexErr("tuple index out of range");
                    return t.Items[i];
                }
                if (key is PySlice s)
                {
                    var (start, stop, step, len) = SliceIndices(s, t.Items.Length);
                    if (step == 1 && start == 0 && len == t.Items.Length) return t;
                    if (len == 0) return PyTuple.Empty;
                    var r = new PyObject[len];
                    for (long i = 0, j = start; i < len; i++, j += step) r[i] = t.Items[j];
                    return new PyTuple(r);
                }
                return t.Items[SequenceIndex(key, "tuple", t.Items.Length, "tuple index out of range")];
            }
            case PyStr str:
            {
                var v = str.Value;
                if (key is PyInt ki && ki.IsSmall)
                {
                    var i = ki.Small;
                    if (i < 0) i += v.Length;
                    if ((ulong)i >= (ulong)v.Length) throw PyExc.IndexErr("string index out of range");
                    return PyStr.FromChar(v[(int)i]);
                }
                if (key is PySlice s)
                {
                    var (start, stop, step, len) = SliceIndices(s, v.Length);
                    if (len == 0) return PyStr.Empty;
                    if (step == 1) return len == v.Length ? str : PyStr.From(v.Substring((int)start, (int)len));
                    var chars = new char[len];
                    for (long i = 0, j = start; i < len; i++, j += step) chars[i] = v[(int)j];
                    return PyStr.From(new string(chars));
                }
                if (!IsIndexable(key)) throw PyExc.TypeErr($"string indices must be integers, not '{TypeName(key)}'");
                return PyStr.FromChar(v[SequenceIndex(key, "string", v.Length, "string index out of range")]);
            }
            case PyDict d:
                if (d.TryGetValue(key, out var value)) return value;
                throw PyExc.KeyErr(key);
            case PyRange r:
                if (key is PySlice rs) return SliceRange(r, rs);
                if (!IsIndexable(key)) throw PyExc.TypeErr($"range indices must be integers or slices, not {TypeName(key)}");
                {
                    var i = Index(key);
                    var n = r.Length;
                    if (i < 0) i += n;
                    if (i < 0 || i >= n) throw PyExc.IndexErr("range object index out of range");
                    return PyInt.From(r.Start + i * r.Step);
                }
            case PyType t:
                if (LookupSpecialOnClass(t, "__class_getitem__") is { } cgi) return Call(cgi, new[] { key });
                if (!t.IsHeapType && ClassSupportsGenericAlias(t))
                    return new PyGenericAlias(t, key is PyTuple kt ? kt.Items : new[] { key });
                break;
        }
        var f = LookupSpecial(obj.Type, "__getitem__");
        if (f is not null) return CallSpecial(f, obj, key);
        if (obj is PyType tt) throw PyExc.TypeErr($"type '{tt.Name}' is not subscriptable");
        throw PyExc.TypeErr($"'{TypeName(obj)}' object is not subscriptable");
    }

    private static bool ClassSupportsGenericAlias(PyType t) =>
        ReferenceEquals(t, PyType.List) || ReferenceEquals(t, PyType.Dict_) || ReferenceEquals(t, PyType.Tuple)
        || ReferenceEquals(t, PyType.Set) || ReferenceEquals(t, PyType.FrozenSet) || ReferenceEquals(t, PyType.TypeType);

    /// <summary>A classmethod-like lookup on a class (for __class_getitem__): bound to the class.</summary>
    private static PyObject? LookupSpecialOnClass(PyType t, string name)
    {
        foreach (var m in t.Mro)
        {
            if (!m.Dict.TryGetValue(name, out var v)) continue;
            return v switch
            {
                PyClassMethod cm => new PyMethod(cm.Function, t),
                PyStaticMethod sm => sm.Function,
                PyFunctionBase => new PyMethod(v, t), // __class_getitem__ is implicitly a classmethod
                _ => v,
            };
        }
        return null;
    }

    private static bool IsIndexable(PyObject key) =>
        key is PyInt or PyBool || (!key.Type.IsCoreNative && LookupSpecial(key.Type, "__index__") is not null);

    /// <summary>Normalises an index for a sequence of length n (TypeError/IndexError with CPython's messages).</summary>
    private static int SequenceIndex(PyObject key, string kind, int n, string outOfRange)
    {
        if (!IsIndexable(key)) throw PyExc.TypeErr($"{kind} indices must be integers or slices, not {TypeName(key)}");
        var i = IndexForSequence(key);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyExc.IndexErr(outOfRange);
        return (int)i;
    }

    /// <summary>Index() but huge ints clamp (so they raise IndexError rather than OverflowError).</summary>
    private static long IndexForSequence(PyObject key)
    {
        if (key is PyInt i && !i.IsSmall) return i.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        return Index(key);
    }

    private static PyList SliceList(List<PyObject> items, PySlice s)
    {
        var (start, stop, step, len) = SliceIndices(s, items.Count);
        if (len == 0) return new PyList();
        if (step == 1) return new PyList(items.GetRange((int)start, (int)len));
        var r = new List<PyObject>((int)len);
        for (long i = 0, j = start; i < len; i++, j += step) r.Add(items[(int)j]);
        return new PyList(r);
    }

    private static PyRange SliceRange(PyRange r, PySlice s)
    {
        var (start, stop, step, len) = SliceIndices(s, r.Length);
        var newStart = r.Start + start * r.Step;
        var newStep = r.Step * step;
        var newStop = newStart + len * newStep;
        return new PyRange(newStart, newStop, newStep);
    }

    /// <summary>slice.indices(length) plus the number of items (CPython's PySlice_AdjustIndices).</summary>
    public static (long Start, long Stop, long Step, long Length) SliceIndices(PySlice s, long length)
    {
        long step = 1;
        if (s.Step is not PyNone)
        {
            step = SliceBound(s.Step, true);
            if (step == 0) throw PyExc.ValueErr("slice step cannot be zero");
        }
        long start, stop;
        if (s.Start is PyNone) start = step < 0 ? long.MaxValue : 0;
        else start = SliceBound(s.Start, false);
        if (s.Stop is PyNone) stop = step < 0 ? long.MinValue : long.MaxValue;
        else stop = SliceBound(s.Stop, false);

        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;

        long len;
        if (step < 0) len = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else len = start < stop ? (stop - start - 1) / step + 1 : 0;
        return (start, stop, step, len);
    }

    private static long SliceBound(PyObject o, bool isStep)
    {
        switch (o)
        {
            case PyInt i:
                if (i.IsSmall) return isStep && i.Small == long.MinValue ? -long.MaxValue : i.Small;
                return i.Big.Sign < 0 ? -long.MaxValue : long.MaxValue;
            case PyBool b: return b.Value ? 1 : 0;
        }
        if (!o.Type.IsCoreNative && LookupSpecial(o.Type, "__index__") is not null) return Index(o);
        throw PyExc.TypeErr("slice indices must be integers or None or have an __index__ method");
    }

    public static void SetItem(PyObject obj, PyObject key, PyObject value)
    {
        switch (obj)
        {
            case PyList l:
                if (key is PyInt ki && ki.IsSmall)
                {
                    var i = ki.Small;
                    var n = l.Items.Count;
                    if (i < 0) i += n;
                    if ((ulong)i >= (ulong)n) throw PyExc.IndexErr("list assignment index out of range");
                    l.Items[(int)i] = value;
                    return;
                }
                if (key is PySlice s) { AssignSlice(l, s, value); return; }
                l.Items[SequenceIndex(key, "list", l.Items.Count, "list assignment index out of range")] = value;
                return;
            case PyDict d:
                d.SetItem(key, value);
                return;
        }
        var f = LookupSpecial(obj.Type, "__setitem__");
        if (f is not null)
        {
            CallSpecial(f, obj, key, value);
            return;
        }
        throw PyExc.TypeErr($"'{TypeName(obj)}' object does not support item assignment");
    }

    private static void AssignSlice(PyList list, PySlice s, PyObject value)
    {
        var items = list.Items;
        var (start, stop, step, len) = SliceIndices(s, items.Count);
        List<PyObject> src;
        if (ReferenceEquals(value, list)) src = new List<PyObject>(items);
        else if (value is PyList vl) src = vl.Items;
        else if (value is PyTuple vt) src = new List<PyObject>(vt.Items);
        else
        {
            try { src = ToList(value); }
            catch (PyException e) when (e.Value.Type == PyExc.TypeError && IsNotIterableError(value))
            {
                throw PyExc.TypeErr(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
        }
        if (step == 1)
        {
            if (stop < start) stop = start;
            CheckLength(items.Count - (stop - start) + src.Count);
            items.RemoveRange((int)start, (int)(stop - start));
            items.InsertRange((int)start, src);
            return;
        }
        if (src.Count != len)
            throw PyExc.ValueErr($"attempt to assign sequence of size {src.Count} to extended slice of size {len}");
        for (long i = 0, j = start; i < len; i++, j += step) items[(int)j] = src[(int)i];
    }

    private static bool IsNotIterableError(PyObject value) =>
        value is not PyIterator && LookupSpecial(value.Type, "__iter__") is null && LookupSpecial(value.Type, "__getitem__") is null
        && value is not (PyStr or PyList or PyTuple or PyDict or PySet or PyRange or DictView);

    public static void DelItem(PyObject obj, PyObject key)
    {
        switch (obj)
        {
            case PyList l:
                if (key is PySlice s)
                {
                    var (start, stop, step, len) = SliceIndices(s, l.Items.Count);
                    if (len == 0) return;
                    if (step == 1) { l.Items.RemoveRange((int)start, (int)len); return; }
                    if (step < 0)
                    {
                        // delete from the lowest index upwards
                        start += (len - 1) * step;
                        step = -step;
                    }
                    var keep = new List<PyObject>(l.Items.Count - (int)len);
                    var next = start; var removed = 0L;
                    for (var i = 0; i < l.Items.Count; i++)
                    {
                        if (removed < len && i == next) { removed++; next += step; continue; }
                        keep.Add(l.Items[i]);
                    }
                    l.Items.Clear();
                    l.Items.AddRange(keep);
                    return;
                }
                l.Items.RemoveAt(SequenceIndex(key, "list", l.Items.Count, "list assignment index out of range"));
                return;
            case PyDict d:
                if (!d.Remove(key)) throw PyExc.KeyErr(key);
                return;
        }
        var f = LookupSpecial(obj.Type, "__delitem__");
        if (f is not null)
        {
            CallSpecial(f, obj, key);
            return;
        }
        if (LookupSpecial(obj.Type, "__getitem__") is not null || obj is PyStr or PyTuple or PyRange)
            throw PyExc.TypeErr($"'{TypeName(obj)}' object doesn't support item deletion");
        throw PyExc.TypeErr($"'{TypeName(obj)}' object does not support item deletion");
    }

    /// <summary>len(x) with CPython's TypeError ("object of type 'int' has no len()").</summary>
    public static long Len(PyObject obj)
    {
        switch (obj)
        {
            case PyList l: return l.Items.Count;
            case PyStr s: return s.Value.Length;
            case PyTuple t: return t.Items.Length;
            case PyDict d: return d.Count;
            case PySet st: return st.Count;
            case PyRange r: return r.Length;
            case DictView v: return v.Count;
        }
        var f = LookupSpecial(obj.Type, "__len__");
        if (f is not null) return LenFromSpecial(CallSpecial(f, obj));
        throw PyExc.TypeErr($"object of type '{TypeName(obj)}' has no len()");
    }

    private static long LenFromSpecial(PyObject r)
    {
        long n;
        if (r is PyInt ri)
        {
            if (!ri.IsSmall)
            {
                if (ri.Big.Sign < 0) throw PyExc.ValueErr("__len__() should return >= 0");
                throw PyExc.Overflow("cannot fit 'int' into an index-sized integer");
            }
            n = ri.Small;
        }
        else if (r is PyBool rb) n = rb.Value ? 1 : 0;
        else throw PyExc.TypeErr($"'{TypeName(r)}' object cannot be interpreted as an integer");
        if (n < 0) throw PyExc.ValueErr("__len__() should return >= 0");
        return n;
    }

    /// <summary>operator.index(x): ints and bools (and __index__); TypeError otherwise.</summary>
    public static long Index(PyObject obj)
    {
        switch (obj)
        {
            case PyInt i:
                if (i.IsSmall) return i.Small;
                throw PyExc.Overflow("cannot fit 'int' into an index-sized integer");
            case PyBool b: return b.Value ? 1 : 0;
        }
        var f = LookupSpecial(obj.Type, "__index__");
        if (f is not null)
        {
            var r = CallSpecial(f, obj);
            if (r is PyInt or PyBool) return Index(r);
            throw PyExc.TypeErr($"__index__ returned non-int (type {TypeName(r)})");
        }
        throw PyExc.TypeErr($"'{TypeName(obj)}' object cannot be interpreted as an integer");
    }
}
