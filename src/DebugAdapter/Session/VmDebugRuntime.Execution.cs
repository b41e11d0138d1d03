using PyDbg.Frontend.Engines;
using PyDbg.Vm.Debugging;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// The program's life under the debugger: <see cref="Prepare"/> compiles it into a
/// <see cref="DebugRun"/> at launch (so breakpoints set before configurationDone resolve against
/// its code), <see cref="Start"/> runs it on its own thread, <see cref="Stop"/> ends it
/// (Debugger.Terminate: SystemExit at the next instruction, also while stopped). A noDebug launch
/// or engine "ast" runs without the debugger through the inner <see cref="ProgramRunnerRuntime"/>.
/// The program's stdout/stderr go through an <see cref="OutputChannel"/>; debugger console output
/// (logpoints) is sent in order with them.
/// </summary>
public sealed partial class VmDebugRuntime
{
    private readonly object _lifeGate = new();
    private readonly ManualResetEventSlim _exited = new(false);
    private OutputChannel? _channel;
    private IRuntimeEvents? _events;
    private RuntimeLaunch? _launch;
    private bool _started;
    private bool _runOnlyMode;
    private volatile bool _hasExited;
    private volatile bool _silenced;
    private bool _outputHooked;

    /// <summary>True when the program runs without the debugger (noDebug, engine "ast").</summary>
    public bool IsRunOnly => _runOnlyMode;

    /// <summary>True once <see cref="Start"/> has run.</summary>
    public bool HasStarted => _started;

    /// <summary>True once the program has ended (its exit was reported).</summary>
    public bool HasExited => _runOnlyMode ? _started && !_runOnly.IsRunning : _hasExited;

    public bool IsRunning => _runOnlyMode ? _runOnly.IsRunning : _started && !_hasExited;

    public IReadOnlyList<RuntimeThread> Threads => _runOnlyMode
        ? _runOnly.Threads
        : _started ? new[] { new RuntimeThread(1, "MainThread") } : Array.Empty<RuntimeThread>();

    /// <summary>Compiles a debug launch (no-op for noDebug and engine "ast"). Runs the compiler on a
    /// thread with the program's large stack. Throws DapRequestException when it cannot.</summary>
    public void Prepare(RuntimeLaunch launch, IRuntimeEvents events)
    {
        lock (_lifeGate)
        {
            if (Run is not null || _started) throw new InvalidOperationException("The program was already prepared.");
            _launch = launch;
            _events = events;
            if (launch.NoDebug || launch.Engine != EngineKind.Vm) { _runOnlyMode = true; return; }
            string source;
            try { source = File.ReadAllText(launch.ProgramPath); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DapRequestException($"Cannot launch '{launch.ProgramPath}': the file cannot be read.", DapRequestException.LaunchFailed);
            }
            var channel = new OutputChannel((isError, text) =>
            {
                if (!_silenced) events.Output(isError, text);
            });
            DebugRun? run = null;
            Exception? failure = null;
            var compiler = new Thread(() =>
            {
                try { run = new DebugRun(source, launch.ProgramPath, Debugger, channel.Stdout, channel.Stderr, launch.Argv); }
                catch (Exception e) { failure = e; }
            }, ProgramRunner.ProgramThreadStackBytes) { IsBackground = true, Name = "pydbg-compile" };
            compiler.Start();
            compiler.Join();
            if (run is null)
                throw new DapRequestException($"Cannot launch '{launch.ProgramPath}': the program could not be compiled ({failure?.GetType().Name}).", DapRequestException.LaunchFailed);
            _channel = channel;
            HookDebuggerOutput();
            Run = run;
        }
    }

    public void Start(RuntimeLaunch launch, IRuntimeEvents events)
    {
        lock (_lifeGate)
        {
            if (_started) throw new InvalidOperationException("The program was already started.");
            if (Run is null && !_runOnlyMode) Prepare(launch, events);
            _started = true;
            if (_runOnlyMode)
            {
                _runOnly.Start(launch, events);
                return;
            }
            var run = Run!;
            run.Exited += code =>
            {
                _channel?.Dispose();
                _hasExited = true;
                try
                {
                    if (!_silenced) events.Exited(code);
                }
                finally
                {
                    _exited.Set();
                }
            };
            if (launch.StopOnEntry) Debugger.StopOnEntry();
            run.Start();
        }
    }

    /// <summary>Ends the program: the debugger raises SystemExit in it at the next instruction
    /// (releasing it if it is stopped). Its output and exit are still reported.</summary>
    public void Stop()
    {
        if (_runOnlyMode) { _runOnly.Stop(); return; }
        if (_started && !_hasExited) Debugger.Terminate();
    }

    /// <summary>Stops reporting anything of the program (the session is going away).</summary>
    public void Silence()
    {
        _silenced = true;
        _channel?.Close();
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        if (_runOnlyMode) return _runOnly.WaitForExit(timeout);
        return !_started || _exited.Wait(timeout);
    }

    private volatile bool _resumeRequested;

    /// <summary>Resumes the stopped program for a client request (continue, a step): forgets the
    /// stop's frame ids and references, notes that the client asked (so no continued event is sent
    /// when it stops again), then runs <paramref name="resume"/> (e.g. d => d.Continue()).</summary>
    public bool ResumeForRequest(Func<Debugger, bool> resume)
    {
        ForgetStopState();
        _resumeRequested = true;
        return resume(Debugger);
    }

    /// <summary>Whether the last resume came from a client request (and clears the note). A stop
    /// after a resume nobody requested gets a continued event first.</summary>
    public bool TakeResumeRequested()
    {
        var requested = _resumeRequested;
        _resumeRequested = false;
        return requested;
    }

    /// <summary>Sends the program's buffered output now (before a stopped event, so output comes first).</summary>
    public void FlushOutput() => _channel?.Flush();

    private void HookDebuggerOutput()
    {
        if (_outputHooked) return;
        _outputHooked = true;
        Debugger.Output += (category, text) =>
        {
            if (_silenced || _events is not { } events) return;
            switch (category)
            {
                case "stdout": _channel?.Stdout.Write(text); break;
                case "stderr": _channel?.Stderr.Write(text); break;
                default:
                    _channel?.Flush();
                    events.Console(text);
                    break;
            }
        };
    }

    /// <summary>Runs inspection work on the stopped program thread (Debugger.Invoke; directly when
    /// called on that thread); a program that resumed meanwhile answers WrongState.</summary>
    private T InvokeOnProgramThread<T>(Func<T> work)
    {
        try
        {
            return Debugger.Invoke(work);
        }
        catch (InvalidOperationException) when (!Debugger.IsStopped)
        {
            throw new DapRequestException(NotStoppedMessage, DapRequestException.WrongState);
        }
    }

    public const string NotStoppedMessage = "The program is running: this request needs it to be stopped.";
}
