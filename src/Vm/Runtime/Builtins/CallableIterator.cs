namespace PyDbg.Vm.Runtime;

/// <summary>iter(callable, sentinel): calls until the result equals the sentinel.</summary>
public sealed class CallableIterator : PyIterator
{
    public static PyType TypeObject => RuntimeTypes.CallableIterator;

    private PyObject? _func;
    private readonly PyObject _sentinel;

    public CallableIterator(PyObject func, PyObject sentinel)
    {
        _func = func;
        _sentinel = sentinel;
    }

    public override bool TryNext(out PyObject value)
    {
        value = null!;
        if (_func is null) return false;
        PyObject r;
        try
        {
            r = Ops.Call(_func, ReadOnlySpan<PyObject>.Empty);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            _func = null;
            return false;
        }
        if (Ops.Eq(r, _sentinel)) { _func = null; return false; }
        value = r;
        return true;
    }

    public override PyType Type => TypeObject;
}
