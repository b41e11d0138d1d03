namespace PyDbg.Vm.Runtime;

/// <summary>iter(list): sees items appended during iteration.</summary>
public sealed class ListIterator : PyIterator
{
    private PyList? _list;
    private int _index;
    public ListIterator(PyList list) => _list = list;
    public override PyType Type => RuntimeTypes.ListIterator;

    public override bool TryNext(out PyObject value)
    {
        var l = _list;
        if (l is not null)
        {
            if (_index < l.Items.Count)
            {
                value = l.Items[_index++];
                return true;
            }
            _list = null;
        }
        value = null!;
        return false;
    }

    /// <summary>Items left (for length_hint).</summary>
    public int Remaining => _list is null ? 0 : Math.Max(0, _list.Items.Count - _index);
}

/// <summary>reversed(list).</summary>
public sealed class ListReverseIterator : PyIterator
{
    private PyList? _list;
    private int _index;
    public ListReverseIterator(PyList list)
    {
        _list = list;
        _index = list.Items.Count - 1;
    }
    public override PyType Type => RuntimeTypes.ListReverseIterator;

    public override bool TryNext(out PyObject value)
    {
        var l = _list;
        if (l is not null && _index >= 0 && _index < l.Items.Count)
        {
            value = l.Items[_index--];
            return true;
        }
        _list = null;
        value = null!;
        return false;
    }
}

public sealed class TupleIterator : PyIterator
{
    private readonly PyObject[] _items;
    private int _index;
    public TupleIterator(PyTuple tuple) => _items = tuple.Items;
    public override PyType Type => RuntimeTypes.TupleIterator;

    public override bool TryNext(out PyObject value)
    {
        if (_index < _items.Length)
        {
            value = _items[_index++];
            return true;
        }
        value = null!;
        return false;
    }
}

public sealed class StrIterator : PyIterator
{
    private readonly string _s;
    private int _index;
    public StrIterator(PyStr s) => _s = s.Value;
    public override PyType Type => RuntimeTypes.StrIterator;

    public override bool TryNext(out PyObject value)
    {
        if (_index < _s.Length)
        {
            value = PyStr.FromChar(_s[_index++]);
            return true;
        }
        value = null!;
        return false;
    }
}

public sealed class RangeIterator : PyIterator
{
    private long _next;
    private readonly long _step;
    private long _remaining;
    public RangeIterator(PyRange r)
    {
        _next = r.Start;
        _step = r.Step;
        _remaining = r.Length;
    }
    public RangeIterator(long start, long step, long count)
    {
        _next = start;
        _step = step;
        _remaining = count;
    }
    public override PyType Type => RuntimeTypes.RangeIterator;

    public override bool TryNext(out PyObject value)
    {
        if (_remaining > 0)
        {
            _remaining--;
            value = PyInt.From(_next);
            _next = unchecked(_next + _step);
            return true;
        }
        value = null!;
        return false;
    }
}

/// <summary>The old sequence protocol: obj[0], obj[1], ... until IndexError (or StopIteration).</summary>
public sealed class SeqIterator : PyIterator
{
    private PyObject? _seq;
    private long _index;
    public SeqIterator(PyObject seq) => _seq = seq;
    public override PyType Type => RuntimeTypes.SeqIterator;

    public override bool TryNext(out PyObject value)
    {
        if (_seq is null) { value = null!; return false; }
        try
        {
            value = Ops.GetItem(_seq, PyInt.From(_index));
            _index++;
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.IndexError) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _seq = null;
            value = null!;
            return false;
        }
    }
}

/// <summary>Adapts an object with a Python __next__ to the native iterator interface
/// (StopIteration ends it).</summary>
public sealed class UserIterator : PyIterator
{
    private PyObject? _obj;
    public UserIterator(PyObject obj) => _obj = obj;
    public PyObject Wrapped => _obj ?? PyNone.Instance;
    public override PyType Type => _obj?.Type ?? RuntimeTypes.SeqIterator;

    public override bool TryNext(out PyObject value)
    {
        if (_obj is null) { value = null!; return false; }
        if (Ops.TryNext(_obj, out value)) return true;
        _obj = null;
        return false;
    }
}

/// <summary>iter(callable, sentinel): calls until the result equals the sentinel (or StopIteration).</summary>
public sealed class CallableIterator : PyIterator
{
    private PyObject? _callable;
    private readonly PyObject _sentinel;
    public CallableIterator(PyObject callable, PyObject sentinel)
    {
        _callable = callable;
        _sentinel = sentinel;
    }
    public override PyType Type => RuntimeTypes.CallableIterator;

    public override bool TryNext(out PyObject value)
    {
        if (_callable is null) { value = null!; return false; }
        PyObject v;
        try
        {
            v = Ops.Call(_callable, ReadOnlySpan<PyObject>.Empty);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _callable = null;
            value = null!;
            return false;
        }
        if (Ops.Eq(v, _sentinel))
        {
            _callable = null;
            value = null!;
            return false;
        }
        value = v;
        return true;
    }
}
