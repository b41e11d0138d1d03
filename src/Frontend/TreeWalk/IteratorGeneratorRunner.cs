using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// Runs a generator body (see <see cref="GeneratorPlan"/>) as a C# iterator on the consumer's
/// thread: <see cref="GeneratorExecutor"/> walks the statements that contain yields, suspending
/// with `yield return`, and hands every other statement to the ordinary <see cref="Executor"/>.
/// The exceptions this generator is handling are kept off the consumer's handled-exception stack
/// while it is suspended (a generator has its own exception state, as in CPython).
/// </summary>
public sealed class IteratorGeneratorRunner : IGeneratorRunner
{
    private readonly Frame _frame;
    private readonly GeneratorState _state = new();
    private readonly IEnumerable<PyObject> _body;
    private IEnumerator<PyObject>? _items;
    private bool _running, _finished;
    private readonly List<PyBaseException> _savedHandled = new();

    public IteratorGeneratorRunner(Frame frame, Func<GeneratorState, IEnumerable<PyObject>> body)
    {
        _frame = frame;
        _body = body(_state);
    }

    public GeneratorState State => _state;
    public bool IsStarted => _items is not null;
    public bool IsFinished => _finished;
    public PyObject ReturnValue { get; private set; } = PyNone.Instance;

    public void Abort()
    {
    }

    public bool Resume(PyObject sent, PyBaseException? throwIn, out PyObject value)
    {
        value = PyNone.Instance;
        if (_finished)
        {
            if (throwIn is not null) throw new PyException(throwIn);
            return false;
        }
        if (_running) throw PyExc.ValueErr("generator already executing");
        if (_items is null)
        {
            if (throwIn is not null)
            {
                _finished = true;
                throw new PyException(throwIn);
            }
            if (sent is not PyNone) throw PyExc.TypeErr("can't send non-None value to a just-started generator");
            _items = _body.GetEnumerator();
        }
        var context = PyContext.Current;
        if (context.CallDepth >= context.RecursionLimit) throw PyExc.Recursion();
        context.CallDepth++;
        _state.Sent = sent;
        _state.ThrowIn = throwIn;
        foreach (var e in _savedHandled) HandledExceptions.Push(e);
        _savedHandled.Clear();
        _running = true;
        bool has;
        try
        {
            has = _items.MoveNext();
        }
        catch (PyException e)
        {
            _finished = true;
            if (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                var error = PyExc.Create(PyExc.RuntimeError, "generator raised StopIteration");
                error.Cause = e.Value;
                error.Context = e.Value;
                throw new PyException(error);
            }
            throw;
        }
        finally
        {
            _running = false;
            context.CallDepth--;
            // Take this generator's handled exceptions off the consumer's stack until it resumes.
            for (var i = 0; i < _state.HandledDepth; i++)
            {
                var top = HandledExceptions.Current;
                if (top is null) break;
                _savedHandled.Insert(0, top);
                HandledExceptions.Pop();
            }
            if (_finished) _savedHandled.Clear();
        }
        if (!has)
        {
            _finished = true;
            _savedHandled.Clear();
            ReturnValue = _state.Status == ExecStatus.Return ? _frame.ReturnValue : PyNone.Instance;
            return false;
        }
        value = _items.Current;
        return true;
    }
}

/// <summary>The mutable state shared by the nested iterators of one generator body.</summary>
public sealed class GeneratorState
{
    /// <summary>How the innermost block ended (break / continue / return propagate outwards).</summary>
    public ExecStatus Status;
    /// <summary>The value sent by the consumer for the current resumption.</summary>
    public PyObject Sent = PyNone.Instance;
    /// <summary>An exception to raise at the yield point (gen.throw / gen.close).</summary>
    public PyBaseException? ThrowIn;
    /// <summary>The result of the last `yield from`.</summary>
    public PyObject YieldFromResult = PyNone.Instance;
    /// <summary>Entries this generator has pushed on the handled-exception stack.</summary>
    public int HandledDepth;
}
