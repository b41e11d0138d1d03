using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging.Inspection;
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
    /// <summary>Released once per event the stopped program thread must handle: a queued work item
    /// (<see cref="Invoke{T}"/>) or the resume (Continue/Step*/Terminate).</summary>
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Queue<WorkItem> _work = new();
    private bool _resumePending;

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
    /// <summary>True while <see cref="CheckInterrupt"/> stops (inside a native call).</summary>
    private bool _nativeStop;

    public Debugger(IFrameEvaluator? evaluator = null) => _evaluator = evaluator;

    /// <summary>Raised on the program thread when it stops (it stays blocked until a resume command).</summary>
    public event Action<StopEvent>? Stopped;

    /// <summary>Debugger output: (category, text), category "console" for logpoint messages
    /// (a debug run also forwards the program's "stdout"/"stderr" here).</summary>
    public event Action<string, string>? Output;

    /// <summary>The current stop, or null while the program runs.</summary>
    public StopEvent? CurrentStop { get { lock (_gate) return _stopped; } }

    /// <summary>Whether the program thread is stopped (blocked in a hook until a resume command).</summary>
    public bool IsStopped { get { lock (_gate) return _stopped is not null; } }

    /// <summary>The program thread (set by <see cref="AttachToCurrentThread"/>), or null before.</summary>
    public Thread? ProgramThread => _programThread;

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
        List<BreakpointInfo> changed;
        lock (_gate)
        {
            foreach (var known in _programs)
                if (ReferenceEquals(known, module)) return;
            var before = SnapshotInfos();
            _programs.Add(module);
            foreach (var code in LineStarts.AllCodeObjects(module))
            {
                _allCodes.Add(code);
                _lineStarts[code] = new LineStarts(code);
            }
            _resolvers[module.FileName] = new BreakpointResolver(module);
            ResolveAll();
            Reinstrument();
            changed = ChangedInfos(before);
        }
        ProgramAdded?.Invoke(module);
        var handler = BreakpointChanged;
        if (handler is not null)
            foreach (var info in changed) handler(info);
    }

    /// <summary>Raised after <see cref="AddProgram"/> registered a module (the main program, or a module
    /// imported at run time), on the thread that called AddProgram, outside the debugger's lock.</summary>
    public event Action<CodeObject>? ProgramAdded;

    /// <summary>Raised when a breakpoint's Verified/Line/Message changes after its Set* call (e.g. a
    /// line breakpoint in a file imported later: pending, then verified when the module is added).
    /// Raised on the thread that caused the change, outside the debugger's lock.</summary>
    public event Action<BreakpointInfo>? BreakpointChanged;

    /// <summary>Raised instead of Output("console", ...) when a logpoint fires and this event has
    /// subscribers (on the program thread).</summary>
    public event Action<LogpointMessage>? Logpoint;

    /// <summary>The registered modules, in registration order (a snapshot).</summary>
    public IReadOnlyList<CodeObject> Programs { get { lock (_gate) return _programs.ToArray(); } }

    /// <summary>The registered module compiled from <paramref name="fileName"/> (the last one registered), or null.</summary>
    public CodeObject? FindProgram(string fileName)
    {
        lock (_gate)
        {
            for (var i = _programs.Count - 1; i >= 0; i--)
                if (_programs[i].FileName == fileName) return _programs[i];
            return null;
        }
    }

    /// <summary>Every registered code object of <paramref name="fileName"/> whose name or qualified name
    /// is <paramref name="name"/> (functions, lambdas "&lt;lambda&gt;", "&lt;module&gt;").</summary>
    public IReadOnlyList<CodeObject> FindCode(string fileName, string name)
    {
        var result = new List<CodeObject>();
        lock (_gate)
            foreach (var code in _allCodes)
                if (code.FileName == fileName && (code.QualName == name || code.Name == name)) result.Add(code);
        return result;
    }

    /// <summary>The innermost registered code object of <paramref name="fileName"/> with an instruction on
    /// <paramref name="line"/> (the one whose first line is the latest), or null.</summary>
    public CodeObject? FindCode(string fileName, int line)
    {
        CodeObject? best = null;
        var bestFirst = -1;
        lock (_gate)
            foreach (var code in _allCodes)
            {
                if (code.FileName != fileName) continue;
                var has = false;
                var first = int.MaxValue;
                foreach (var span in code.Positions)
                {
                    if (span.Line <= 0) continue;
                    if (span.Line < first) first = span.Line;
                    if (span.Line == line) has = true;
                }
                if (has && first > bestFirst) { best = code; bestFirst = first; }
            }
        return best;
    }

    void IInterpreterHooks.OnModuleCompiled(CodeObject module) => AddProgram(module);

    void IInterpreterHooks.OnNativeWait() => CheckInterrupt();

    /// <summary>
    /// Called on the program thread by native code that blocks (input() reading stdin, time.sleep)
    /// at points where it can be interrupted: raises SystemExit when the program is being
    /// terminated, and stops with reason pause (in the frame executing the call) when a pause was
    /// requested. Does nothing on other threads or while the controller's work runs.
    /// </summary>
    public void CheckInterrupt()
    {
        if (!ReferenceEquals(Thread.CurrentThread, _programThread) || _evaluating > 0) return;
        if (_terminate) throw TerminateException();
        bool pause;
        lock (_gate) pause = _step == StepKind.Pause && _stopped is null;
        if (!pause || Interpreter.CurrentFrame is not { } frame) return;
        _nativeStop = true;
        try { Stop(StopReason.Pause, frame, frame.Ip, null, null); }
        finally { _nativeStop = false; }
    }

    /// <summary>Whether a pause or terminate is waiting for <see cref="CheckInterrupt"/> (any thread).</summary>
    public bool InterruptRequested
    {
        get
        {
            if (_terminate) return true;
            lock (_gate) return _step == StepKind.Pause && _stopped is null;
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
            _resumePending = true;
            Reinstrument();
        }
        _signal.Release();
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
            if (wasStopped) _resumePending = true;
            Reinstrument();
        }
        RequestBreak();
        if (wasStopped) _signal.Release();
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
        // Registered before anyone can see the stop: jump/restart checks consult it.
        var region = StoppedFrames.Enter(frame, reason == StopReason.Exception
            ? "can't move execution while stopped on an exception"
            : _nativeStop ? "can't move execution while the program is inside a native call (input, sleep)"
            : !ReferenceEquals(frame, Interpreter.CurrentFrame) ? "can't move execution while a native operation of this frame is running"
            : null);
        try
        {
            lock (_gate)
            {
                _step = StepKind.None;
                _stepFrame = null;
                _returnSite = null;
                _stopped = ev;
                _resumePending = false;
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
            WaitWhileStopped();
        }
        finally
        {
            StoppedFrames.Exit(region);
        }
        if (_terminate) throw TerminateException();
        if (region.Refusal is null && region.MovedFrame() is { } moved) Interpreter.RequestRedirect(moved.Frame, moved.Ip);
    }

    private static PyException TerminateException() =>
        new(new PyBaseException(PyExc.SystemExit, PyTuple.Of()));

    private void Emit(string category, string text)
    {
        if (category == "console" && Logpoint is { } logpoint && LogMessageTemplate.TakeLastRendered()?.Owner is Bp bp)
        {
            var frame = Interpreter.CurrentFrame;
            var line = bp.ActualLine ?? frame?.CurrentSpan.Line ?? 0;
            var file = bp.File ?? frame?.Code.FileName ?? "";
            logpoint(new LogpointMessage(bp.Id, text.EndsWith('\n') ? text[..^1] : text, file, line));
            return;
        }
        var handler = Output;
        if (handler is not null) handler(category, text);
        else PyContext.Current.Stderr.Write(text);
    }
}
