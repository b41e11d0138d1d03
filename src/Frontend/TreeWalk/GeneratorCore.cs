using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// Runs a generator function's body on a thread of its own, handing control back and forth with
/// the consumer (exactly one of the two runs at any time): <see cref="Resume"/> (consumer side)
/// wakes the body and waits until it yields or ends; <see cref="Yield"/> (body side) hands a value
/// over and waits to be resumed. The recursive interpreter thus suspends in the middle of any
/// expression without being rewritten as a state machine. The thread is started by the first
/// resume and ends with the body; a generator dropped while suspended is aborted by its
/// finalizer (its thread unwinds without running Python code).
/// </summary>
public sealed class GeneratorCore : IGeneratorRunner
{
    /// <summary>Stack of a generator's thread (reserved address space; pages are committed on use).</summary>
    public const int GeneratorThreadStackBytes = 64 * 1024 * 1024;

    /// <summary>Generator threads alive in the process; past this many, dropped generators are
    /// collected (their finalizers release the threads) before another thread is started.</summary>
    private const int LiveThreadsBeforeCollect = 256;
    private static int _liveThreads;

    private readonly Func<PyObject> _body;
    private readonly PyContext _context;
    private readonly SemaphoreSlim _resume = new(0, 1);
    private readonly SemaphoreSlim _suspend = new(0, 1);
    private bool _started, _running, _aborted;
    private volatile bool _finished;
    private PyObject _value = PyNone.Instance;
    private PyBaseException? _throwIn;
    private PyException? _error;

    public GeneratorCore(Func<PyObject> body)
    {
        _body = body;
        _context = PyContext.Current;
    }

    public bool IsStarted => _started;
    public bool IsFinished => _finished;
    public bool IsRunning => _running;
    /// <summary>The value of the body's return statement, once finished (StopIteration.value).</summary>
    public PyObject ReturnValue { get; private set; } = PyNone.Instance;

    /// <summary>Runs the body until its next yield (true, with the yielded value) or its end (false).
    /// <paramref name="throwIn"/> is raised at the yield point instead of returning a sent value.</summary>
    public bool Resume(PyObject sent, PyBaseException? throwIn, out PyObject value)
    {
        value = PyNone.Instance;
        if (_finished)
        {
            if (throwIn is not null) throw new PyException(throwIn);
            return false;
        }
        if (_running) throw PyExc.ValueErr("generator already executing");
        if (!_started)
        {
            if (throwIn is not null)
            {
                _finished = true;
                throw new PyException(throwIn);
            }
            if (sent is not PyNone) throw PyExc.TypeErr("can't send non-None value to a just-started generator");
            _started = true;
            if (Interlocked.Increment(ref _liveThreads) > LiveThreadsBeforeCollect)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            var thread = new Thread(Run, GeneratorThreadStackBytes) { IsBackground = true, Name = "python-generator" };
            thread.Start();
        }
        var context = _context;
        if (context.CallDepth >= context.RecursionLimit) throw PyExc.Recursion();
        context.CallDepth++;
        _value = sent;
        _throwIn = throwIn;
        _running = true;
        try
        {
            _resume.Release();
            _suspend.Wait();
        }
        finally
        {
            _running = false;
            context.CallDepth--;
        }
        if (_error is { } error)
        {
            _error = null;
            throw error;
        }
        if (_finished) return false;
        value = _value;
        return true;
    }

    private void Run()
    {
        try
        {
            RunBody();
        }
        finally
        {
            Interlocked.Decrement(ref _liveThreads);
        }
    }

    private void RunBody()
    {
        using var _ = _context.Enter();
        _resume.Wait();
        if (_aborted) return;
        try
        {
            ReturnValue = _body();
        }
        catch (GeneratorAbort)
        {
            return;
        }
        catch (PyException e)
        {
            if (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                var error = PyExc.Create(PyExc.RuntimeError, "generator raised StopIteration");
                error.Cause = e.Value;
                error.Context = e.Value;
                _error = new PyException(error);
            }
            else _error = e;
        }
        catch (InsufficientExecutionStackException)
        {
            _error = PyExc.Recursion();
        }
        catch (Exception e)
        {
            _error = PyExc.Error(PyExc.SystemError, $"internal error in pydbg ({e.GetType().Name})");
        }
        _finished = true;
        _suspend.Release();
    }

    /// <summary>Body side of a yield: hands <paramref name="value"/> to the consumer and returns the sent value.</summary>
    public PyObject Yield(PyObject value)
    {
        _value = value;
        _suspend.Release();
        _resume.Wait();
        if (_aborted) throw new GeneratorAbort();
        if (_throwIn is { } t)
        {
            _throwIn = null;
            throw new PyException(t);
        }
        return _value;
    }

    /// <summary>Releases the thread of a suspended generator that nobody can resume any more.</summary>
    public void Abort()
    {
        if (!_started || _finished || _running || _aborted) return;
        _aborted = true;
        _resume.Release();
    }

    // ---- yield expressions (run on the generator's thread) ----

    public static PyObject YieldValue(Frame f, PyObject value)
    {
        var core = f.Generator ?? throw PyExc.Error(PyExc.SystemError, "yield outside a generator frame");
        return core.Yield(value);
    }

    /// <summary>yield from: re-yields every item of the iterable (forwarding sent values to a
    /// sub-generator) and evaluates to the sub-generator's return value.</summary>
    public static PyObject YieldFrom(Frame f, PyObject iterable)
    {
        var core = f.Generator ?? throw PyExc.Error(PyExc.SystemError, "yield outside a generator frame");
        var iterator = Ops.GetIter(iterable);
        if (iterator is TreeWalkGenerator sub)
        {
            PyObject sent = PyNone.Instance;
            PyBaseException? thrown = null;
            while (true)
            {
                bool has;
                PyObject item;
                has = sub.Runner.Resume(sent, thrown, out item);
                if (!has) return sub.Runner.ReturnValue;
                thrown = null;
                try
                {
                    sent = core.Yield(item);
                }
                catch (PyException e) when (!e.Value.Type.IsSubtypeOf(PyExc.GeneratorExit))
                {
                    thrown = e.Value;
                    sent = PyNone.Instance;
                }
            }
        }
        while (Ops.TryNext(iterator, out var item)) core.Yield(item);
        return PyNone.Instance;
    }
}

/// <summary>Unwinds an abandoned generator's thread (never seen by Python code).</summary>
internal sealed class GeneratorAbort : Exception
{
}
