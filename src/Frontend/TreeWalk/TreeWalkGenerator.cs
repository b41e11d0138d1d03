using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// The generator object returned by calling a generator function (type name "generator",
/// repr "&lt;generator object f at 0x...&gt;"), with send, throw and close.
/// </summary>
public sealed class TreeWalkGenerator : PyIterator
{
    public IGeneratorRunner Runner { get; }
    public string Name { get; }
    public string QualName { get; }

    /// <summary>A generator run on its own thread (any body).</summary>
    public TreeWalkGenerator(Frame frame, Func<PyObject> body, string name, string qualName)
    {
        var core = new GeneratorCore(body);
        frame.Generator = core;
        Runner = core;
        Name = name;
        QualName = qualName;
    }

    /// <summary>A generator with the given runner.</summary>
    public TreeWalkGenerator(IGeneratorRunner runner, string name, string qualName)
    {
        Runner = runner;
        Name = name;
        QualName = qualName;
    }

    ~TreeWalkGenerator()
    {
        Runner.Abort();
    }

    public override PyType Type => GeneratorTypes.Generator;

    public override bool TryNext(out PyObject value) => Runner.Resume(PyNone.Instance, null, out value);

    /// <summary>gen.send(value): the next yielded value; StopIteration when the generator ends.</summary>
    public PyObject Send(PyObject value)
    {
        if (Runner.Resume(value, null, out var result)) return result;
        throw StopIteration(Runner.ReturnValue);
    }

    public PyObject Throw(PyBaseException exc)
    {
        if (Runner.Resume(PyNone.Instance, exc, out var result)) return result;
        throw StopIteration(Runner.ReturnValue);
    }

    /// <summary>gen.close(): raises GeneratorExit at the yield point.</summary>
    public void Close()
    {
        if (!Runner.IsStarted || Runner.IsFinished) return;
        try
        {
            if (Runner.Resume(PyNone.Instance, new PyBaseException(PyExc.GeneratorExit, PyTuple.Empty), out _))
                throw PyExc.Error(PyExc.RuntimeError, "generator ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.GeneratorExit) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
        }
    }

    public static PyException StopIteration(PyObject value) =>
        new(new PyBaseException(PyExc.StopIteration, value is PyNone ? PyTuple.Empty : PyTuple.Of(value)));
}
