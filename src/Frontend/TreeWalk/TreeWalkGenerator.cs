using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// The generator object returned by calling a generator function (type name "generator",
/// repr "&lt;generator object f at 0x...&gt;"), with send, throw and close.
/// </summary>
public sealed class TreeWalkGenerator : PyIterator
{
    public GeneratorCore Core { get; }
    public string Name { get; }
    public string QualName { get; }

    public TreeWalkGenerator(Frame frame, Func<PyObject> body, string name, string qualName)
    {
        Core = new GeneratorCore(body);
        frame.Generator = Core;
        Name = name;
        QualName = qualName;
    }

    ~TreeWalkGenerator()
    {
        Core.Abort();
    }

    public override PyType Type => GeneratorTypes.Generator;

    public override bool TryNext(out PyObject value) => Core.Resume(PyNone.Instance, null, out value);

    /// <summary>gen.send(value): the next yielded value; StopIteration when the generator ends.</summary>
    public PyObject Send(PyObject value)
    {
        if (Core.Resume(value, null, out var result)) return result;
        throw StopIteration(Core.ReturnValue);
    }

    public PyObject Throw(PyBaseException exc)
    {
        if (Core.Resume(PyNone.Instance, exc, out var result)) return result;
        throw StopIteration(Core.ReturnValue);
    }

    /// <summary>gen.close(): raises GeneratorExit at the yield point.</summary>
    public void Close()
    {
        if (!Core.IsStarted || Core.IsFinished) return;
        try
        {
            if (Core.Resume(PyNone.Instance, new PyBaseException(PyExc.GeneratorExit, PyTuple.Empty), out _))
                throw PyExc.Error(PyExc.RuntimeError, "generator ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.GeneratorExit) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
        }
    }

    public static PyException StopIteration(PyObject value) =>
        new(new PyBaseException(PyExc.StopIteration, value is PyNone ? PyTuple.Empty : PyTuple.Of(value)));
}
