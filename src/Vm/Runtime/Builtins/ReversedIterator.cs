namespace PyDbg.Vm.Runtime;

/// <summary>reversed(seq): over lists, tuples, strs, ranges, dicts and any object with __len__ and __getitem__.</summary>
public sealed class ReversedIterator : PyIterator
{
    public static readonly PyType TypeObject = new("reversed", new[] { PyType.Object });

    private readonly PyObject _seq;
    private long _index; // next index to produce; -1 when exhausted
    private readonly PyObject[]? _snapshot;

    private ReversedIterator(PyObject seq, long length, PyObject[]? snapshot = null)
    {
        _seq = seq;
        _index = length - 1;
        _snapshot = snapshot;
    }

    internal static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.NoKw("reversed", kw);
        Arg.Count("reversed", args.Length, 1, 1);
        return Create(args[0]);
    }

    public static PyObject Create(PyObject seq)
    {
        switch (seq)
        {
            case PyList l: return new ReversedIterator(l, l.Items.Count);
            case PyTuple t: return new ReversedIterator(t, t.Items.Length);
            case PyStr s: return new ReversedIterator(s, s.Value.Length);
            case PyRange r: return new ReversedIterator(r, r.Length);
            case DictView view:
            {
                var items = Ops.ToList(view).ToArray();
                return new ReversedIterator(view, items.Length, items);
            }
            case PyDict d:
            {
                var keys = new List<PyObject>(d.Count);
                foreach (var kv in d.Items) keys.Add(kv.Key);
                return new ReversedIterator(d, keys.Count, keys.ToArray());
            }
        }
        var rev = seq.Type.Lookup("__reversed__");
        if (rev is not null)
        {
            if (rev is PyNone) throw PyExc.TypeErr($"'{seq.Type.Name}' object is not reversible");
            return Ops.CallMethod(seq, "__reversed__");
        }
        if (seq is PySet || seq.Type.Lookup("__getitem__") is null || seq.Type.Lookup("__len__") is null)
            throw PyExc.TypeErr($"'{seq.Type.Name}' object is not reversible");
        return new ReversedIterator(seq, Ops.Len(seq));
    }

    public override bool TryNext(out PyObject value)
    {
        var i = _index;
        if (i >= 0)
        {
            switch (_seq)
            {
                case PyList l:
                    if (i < l.Items.Count) { _index--; value = l.Items[(int)i]; return true; }
                    break;
                case PyTuple t: _index--; value = t.Items[i]; return true;
                case PyStr s: _index--; value = PyStr.FromChar(s.Value[(int)i]); return true;
                case PyRange r: _index--; value = PyInt.From(r.Start + i * r.Step); return true;
                default:
                    if (_snapshot is not null) { _index--; value = _snapshot[i]; return true; }
                    _index--;
                    try
                    {
                        value = Ops.GetItem(_seq, PyInt.From(i));
                        return true;
                    }
                    catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.IndexError) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
                    {
                        break;
                    }
            }
        }
        _index = -1;
        value = null!;
        return false;
    }

    public override PyType Type => TypeObject;
}
