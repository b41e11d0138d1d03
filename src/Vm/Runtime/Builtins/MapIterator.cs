namespace PyDbg.Vm.Runtime;

/// <summary>map(function, *iterables).</summary>
public sealed class MapIterator : PyIterator
{
    public static readonly PyType TypeObject = new("map", new[] { PyType.Object });

    private readonly PyObject _func;
    private readonly PyObject[] _its;
    private bool _done;

    public MapIterator(PyObject func, PyObject[] iterators)
    {
        _func = func;
        _its = iterators;
    }

    internal static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.NoKw("map", kw);
        if (args.Length < 2) throw PyExc.TypeErr("map() must have at least two arguments.");
        var its = new PyObject[args.Length - 1];
        for (var i = 1; i < args.Length; i++) its[i - 1] = Ops.GetIter(args[i]);
        return new MapIterator(args[0], its);
    }

    public override bool TryNext(out PyObject value)
    {
        value = null!;
        if (_done) return false;
        if (_its.Length == 1)
        {
            if (!Ops.TryNext(_its[0], out var item)) { _done = true; return false; }
            value = Ops.Call(_func, new[] { item });
            return true;
        }
        var items = new PyObject[_its.Length];
        for (var i = 0; i < _its.Length; i++)
            if (!Ops.TryNext(_its[i], out items[i])) { _done = true; return false; }
        value = Ops.Call(_func, items);
        return true;
    }

    public override PyType Type => TypeObject;
}
