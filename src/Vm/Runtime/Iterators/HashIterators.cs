namespace PyDbg.Vm.Runtime;

public enum DictIterKind { Keys, Values, Items }

/// <summary>Iterates a dict's keys, values or items in insertion order; RuntimeError when the
/// dict changes size meanwhile (as CPython).</summary>
public sealed class DictIterator : PyIterator
{
    private PyDict? _dict;
    private readonly DictIterKind _kind;
    private int _pos;
    private int _expectedCount;

    public DictIterator(PyDict dict, DictIterKind kind)
    {
        _dict = dict;
        _kind = kind;
        _expectedCount = dict.Count;
    }

    public override PyType Type => _kind switch
    {
        DictIterKind.Keys => RuntimeTypes.DictKeyIterator,
        DictIterKind.Values => RuntimeTypes.DictValueIterator,
        _ => RuntimeTypes.DictItemIterator,
    };

    public override bool TryNext(out PyObject value)
    {
        var d = _dict;
        if (d is null) { value = null!; return false; }
        if (d.Count != _expectedCount)
        {
            _expectedCount = -1;
            throw PyExc.Error(PyExc.RuntimeError, "dictionary changed size during iteration");
        }
        var span = d.EntrySpan;
        while (_pos < span)
        {
            if (d.TryGetEntry(_pos++, out var k, out var v))
            {
                value = _kind switch
                {
                    DictIterKind.Keys => k,
                    DictIterKind.Values => v,
                    _ => new PyTuple(new[] { k, v }),
                };
                return true;
            }
        }
        _dict = null;
        value = null!;
        return false;
    }
}

/// <summary>Iterates a set in table order; RuntimeError "Set changed size during iteration".</summary>
public sealed class SetIterator : PyIterator
{
    private PySet? _set;
    private int _slot;
    private int _expectedCount;

    public SetIterator(PySet set)
    {
        _set = set;
        _expectedCount = set.Count;
    }

    public override PyType Type => RuntimeTypes.SetIterator;

    public override bool TryNext(out PyObject value)
    {
        var s = _set;
        if (s is null) { value = null!; return false; }
        if (s.Count != _expectedCount)
        {
            _expectedCount = -1;
            throw PyExc.Error(PyExc.RuntimeError, "Set changed size during iteration");
        }
        var size = s.TableSize;
        while (_slot < size)
        {
            if (s.TryGetSlot(_slot++, out value)) return true;
        }
        _set = null;
        value = null!;
        return false;
    }
}
