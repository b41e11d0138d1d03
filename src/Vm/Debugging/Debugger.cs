using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging;

/// <summary>
/// The debugger of one program thread. The program thread runs with <see cref="Interpreter.Hooks"/>
/// set to this object (see <see cref="AttachToCurrentThread"/>); every other member is called from
/// the controlling thread (the DAP session, a test). A stop blocks the program thread inside a hook
/// (no polling) and raises <see cref="Stopped"/> on it; Continue/Step* release it.
/// Zero cost when idle: only code objects with breakpoints (or all known code while stepping)
/// carry instrumented bytecode; everything else runs the compiler's instructions untouched.
/// </summary>
public sealed partial class Debugger : IInterpreterHooks
{
    private enum StepKind { None, In, Over, Out, Pause, Entry }

    private readonly object _gate = new();
    private readonly IFrameEvaluator? _evaluator;
    private readonly SemaphoreSlim _resume = new(0);

    private readonly List<CodeObject> _programs = new();
    private readonly List<CodeObject> _allCodes = new();
    private readonly Dictionary<CodeObject, LineStarts> _lineStarts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, BreakpointResolver> _resolvers = new();
    private readonly HashSet<CodeObject> _instrumented = new(ReferenceEqualityComparer.Instance);

    private StepKind _step;
    private StepGranularity _granularity;
    private Frame? _stepFrame;
    private (Frame Frame, int Index)? _returnSite;
    private StopEvent? _stopped;
    private volatile bool _terminate;
    private int _myBreaks;
    private int _evaluating;
    private PyBaseException? _lastException;
    private Thread? _programThread;

    public Debugger(IFrameEvaluator? evaluator = null) => _evaluator = evaluator;

    /// <summary>Raised on the program thread when it stops (it stays blocked until a resume command).</summary>
    public event Action<StopEvent>? Stopped;

    /// <summary>Debugger output: (category, text), category "console" for logpoint messages
    /// (a debug run also forwards the program's "stdout"/"stderr" here).</summary>
    public event Action<string, string>? Output;

    /// <summary>The current stop, or null while the program runs.</summary>
    public StopEvent? CurrentStop { get { lock (_gate) return _stopped; } }

    public bool IsTerminating => _terminate;

    /// <summary>Makes the calling thread (the program thread) report to this debugger.</summary>
    public void AttachToCurrentThread()
    {
        _programThread = Thread.CurrentThread;
        Interpreter.Hooks = this;
    }

    public void DetachFromCurrentThread()
    {
        if (ReferenceEquals(Interpreter.Hooks, this)) Interpreter.Hooks = null;
        lock (_gate)
        {
            foreach (var code in _instrumented) CodeInstrumentation.Restore(code);
            _instrumented.Clear();
        }
        Interpreter.ReleaseEvalBreak(Interlocked.Exchange(ref _myBreaks, 0));
    }

    /// <summary>Registers a compiled module (and every code object nested in it) with the debugger:
    /// its file's line breakpoints and function breakpoints resolve against it.</summary>
    public void AddProgram(CodeObject module)
    {
        lock (_gate)
        {
            _programs.Add(module);
            foreach (var code in LineStarts.AllCodeObjects(module))
            {
                _allCodes.Add(code);
                _lineStarts[code] = new LineStarts(code);
            }
            _resolvers[module.FileName] = new BreakpointResolver(module);
            ResolveAll();
            Reinstrument();
        }
    }

    /// <summary>Stop at the first line of the program (call before it starts).</summary>
    public void StopOnEntry()
    {
        lock (_gate)
        {
            _step = StepKind.Entry;
            _granularity = StepGranularity.Line;
            _stepFrame = null;
            Reinstrument();
        }
    }

    // ---------------------------------------------------------------- commands (controlling thread)

    public bool Continue() => Resume(StepKind.None, StepGranularity.Line);
    public bool StepIn(StepGranularity granularity = StepGranularity.Line) => Resume(StepKind.In, granularity);
    public bool StepOver(StepGranularity granularity = StepGranularity.Line) => Resume(StepKind.Over, granularity);
    public bool StepOut(StepGranularity granularity = StepGranularity.Line) => Resume(StepKind.Out, granularity);

    private bool Resume(StepKind step, StepGranularity granularity)
    {
        lock (_gate)
        {
            if (_stopped is null) return false;
            _step = step;
            _granularity = granularity;
            _stepFrame = step == StepKind.None ? null : _stopped.Frame;
            _returnSite = null;
            _stopped = null;
            Reinstrument();
        }
        _resume.Release();
        return true;
    }

    /// <summary>Asks the running program to stop at the next instruction boundary (reason pause).</summary>
    public void Pause()
    {
        lock (_gate)
        {
            if (_stopped is not null) return;
            _step = StepKind.Pause;
            _granularity = StepGranularity.Instruction;
            _stepFrame = null;
            Reinstrument();
        }
        RequestBreak();
    }

    /// <summary>Ends the program: SystemExit is raised at the next instruction boundary (and again at
    /// every later one, so handlers cannot keep it alive).</summary>
    public void Terminate()
    {
        _terminate = true;
        bool wasStopped;
        lock (_gate)
        {
            wasStopped = _stopped is not null;
            _stopped = null;
            Reinstrument();
        }
        RequestBreak();
        if (wasStopped) _resume.Release();
    }

    private void RequestBreak()
    {
        if (_programThread is not null && ReferenceEquals(Thread.CurrentThread, _programThread)) return;
        Interlocked.Increment(ref _myBreaks);
        Interpreter.RequestEvalBreak();
    }

    // ---------------------------------------------------------------- stopping (program thread)

    private void Stop(StopReason reason, Frame frame, int index, IReadOnlyList<int>? ids, PyBaseException? exception)
    {
        var ev = new StopEvent(reason, frame, index, ids ?? Array.Empty<int>(), exception);
        lock (_gate)
        {
            _step = StepKind.None;
            _stepFrame = null;
            _returnSite = null;
            _stopped = ev;
            Reinstrument();
        }
        try
        {
            Stopped?.Invoke(ev);
        }
        catch (Exception)
        {
            // A listener's failure must not kill the program thread.
        }
        _resume.Wait();
        if (_terminate) throw TerminateException();
    }

    private static PyException TerminateException() =>
        new(new PyBaseException(PyExc.SystemExit, PyTuple.Of()));

    private void Emit(string category, string text)
    {
        var handler = Output;
        if (handler is not null) handler(category, text);
        else PyContext.Current.Stderr.Write(text);
    }
}
