namespace PyDbg.Vm.Runtime;

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class ZipIterator : PyIterator
{
    public static readonly PyType TypeObject = new("zip", new[] { PyType.Object });

    private readonly PyObject[] _its;
    private readonly bool _strict;
    private bool _done;

    public ZipIterator(PyObject[] iterators, bool strict)
    {
        _its = iterators;
        _strict = strict;
    }

    internal static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var n = Arg.Pos(args, kw);
        var strict = false;
        if (kw is not null)
        {
            for (var k = 0; k < kw.Length; k++)
            {
                if (kw[k] != "strict") throw PyExc.TypeErr($"zip() got an unexpected keyword argument '{kw[k]}'");
                strict = Ops.IsTrue(args[n + k]);
            }
        }
        var its = new PyObject[n];
        for (var i = 0; i < n; i++) its[i] = Ops.GetIter(args[i]);
        return new ZipIterator(its, strict);
    }

    public override bool TryNext(out PyObject value)
    {
        value = null!;
        if (_done || _its.Length == 0) return false;
        var items = new PyObject[_its.Length];
        for (var i = 0; i < _its.Length; i++)
        {
            if (!Ops.TryNext(_its[i], out var v))
            {
                _done = true;
                if (_strict)
                {
                    if (i > 0)
                    {
                        var plural = i == 1 ? " " : "s 1-";
                        throw PyExc.ValueErr($"zip() argument {i + 1} is shorter than argument{plural}{i}");
                    }
                    for (var j = 1; j < _its.Length; j++)
                    {
                        if (Ops.TryNext(_its[j], out _))
                        {
                            var plural = j == 1 ? " " : "s 1-";
                            throw PyExc.ValueErr($"zip() argument {j + 1} is longer than argument{plural}{j}");
                        }
                    }
                }
                return false;
            }
            items[i] = v;
        }
        value = new PyTuple(items);
        return true;
    }

    public override PyType Type => TypeObject;
}
