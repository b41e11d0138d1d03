namespace PyDbg.Vm.Runtime;

/// <summary>enumerate(iterable, start=0).</summary>
public sealed class EnumerateIterator : PyIterator
{
    public static readonly PyType TypeObject = new("enumerate", new[] { PyType.Object });
    private static readonly string[] Names = { "iterable", "start" };

    private readonly PyObject _it;
    private long _index;
    private System.Numerics.BigInteger? _bigIndex;

    public EnumerateIterator(PyObject iterator, PyObject start)
    {
        _it = iterator;
        if (start is PyInt i && i.IsSmall) _index = i.Small;
        else if (start is PyInt b) _bigIndex = b.Big;
        else if (start is PyBool bo) _index = bo.Value ? 1 : 0;
        else if (start.Type.Lookup("__index__") is not null) _index = Ops.Index(start);
        else throw PyExc.TypeErr($"'{start.Type.Name}' object cannot be interpreted as an integer");
    }

    internal static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var slots = new PyObject?[2];
        Arg.Parse("enumerate", args, kw, Names, 1, slots);
        return new EnumerateIterator(Ops.GetIter(slots[0]!), slots[1] ?? PyInt.Zero);
    }

    public override bool TryNext(out PyObject value)
    {
        if (!Ops.TryNext(_it, out var item)) { value = null!; return false; }
        PyInt idx;
        if (_bigIndex is { } big)
        {
            idx = PyInt.From(big);
            _bigIndex = big + 1;
        }
        else
        {
            idx = PyInt.From(_index);
            if (_index == long.MaxValue) _bigIndex = new System.Numerics.BigInteger(_index) + 1;
            else _index++;
        }
        value = new PyTuple(new[] { idx, item });
        return true;
    }

    public override PyType Type => TypeObject;
}
