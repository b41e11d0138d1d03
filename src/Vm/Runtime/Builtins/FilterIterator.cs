namespace PyDbg.Vm.Runtime;

/// <summary>filter(function or None, iterable).</summary>
public sealed class FilterIterator : PyIterator
{
    public static readonly PyType TypeObject = new("filter", new[] { PyType.Object });

    private readonly PyObject? _pred;
    private readonly PyObject _it;

    public FilterIterator(PyObject? predicate, PyObject iterator)
    {
        _pred = predicate;
        _it = iterator;
    }

    internal static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.NoKw("filter", kw);
        Arg.Count("filter", args.Length, 2, 2);
        return new FilterIterator(args[0] is PyNone ? null : args[0], Ops.GetIter(args[1]));
    }

    public override bool TryNext(out PyObject value)
    {
        var one = new PyObject[1];
        while (Ops.TryNext(_it, out var item))
        {
            bool keep;
            if (_pred is null) keep = Ops.IsTrue(item);
            else
            {
                one[0] = item;
                keep = Ops.IsTrue(Ops.Call(_pred, one));
            }
            if (keep) { value = item; return true; }
        }
        value = null!;
        return false;
    }

    public override PyType Type => TypeObject;
}
