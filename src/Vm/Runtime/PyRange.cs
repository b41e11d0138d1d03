namespace PyDbg.Vm.Runtime;

public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step;
    public PyRange(long start, long stop, long step)
    {
        Start = start; Stop = stop; Step = step;
    }

    public long Length => Step > 0
        ? (Stop > Start ? (Stop - Start - 1) / Step + 1 : 0)
        : (Stop < Start ? (Start - Stop - 1) / -Step + 1 : 0);

    public override PyType Type => PyType.Range;
}

public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step; // PyNone.Instance when omitted
    public PySlice(PyObject start, PyObject stop, PyObject step)
    {
        Start = start; Stop = stop; Step = step;
    }
    public override PyType Type => PyType.Slice;
}

/// <summary>A module object: a name and its globals.</summary>
public sealed class PyModule : PyObject
{
    public string Name { get; }
    public PyDict Dict { get; }
    public PyModule(string name, PyDict dict)
    {
        Name = name;
        Dict = dict;
    }
    public override PyType Type => PyType.Module_;
}
