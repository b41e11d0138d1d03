using PyDbg.Frontend.Engines;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// Runs the program without a debugger, exactly as `pydbg run` does (ProgramRunner.Run on the
/// chosen engine), with sys.stdout/sys.stderr fed into an <see cref="OutputChannel"/>. Stop is
/// cooperative: the program cannot be interrupted yet, so it is abandoned — its output is
/// dropped, its next write parks it, and its host thread is a background thread (ProgramRunner's
/// own thread ends with the process). Breakpoints are answered as unverified.
/// </summary>
public sealed class ProgramRunnerRuntime : IDebugRuntime
{
    public const string NoDebuggerMessage = "The PyDbg debugger is not available yet: the program runs without stopping.";

    private readonly ManualResetEventSlim _exited = new(false);
    private readonly ManualResetEventSlim _parked = new(false);
    private volatile bool _running;
    private volatile bool _stopped;
    private bool _started;

    public RuntimeFeatures Features => RuntimeFeatures.RunOnly;

    public bool IsRunning => _running;

    public IReadOnlyList<RuntimeThread> Threads => _started ? new[] { new RuntimeThread(1, "MainThread") } : Array.Empty<RuntimeThread>();

    public void Prepare(RuntimeLaunch launch, IRuntimeEvents events)
    {
    }

    public void Start(RuntimeLaunch launch, IRuntimeEvents events)
    {
        if (_started) throw new InvalidOperationException("The program was already started.");
        _started = true;
        _running = true;
        var channel = new OutputChannel((isError, text) =>
        {
            if (_stopped) return;
            events.Output(isError, text);
        });
        var stdout = new StoppableWriter(channel.Stdout, this);
        var stderr = new StoppableWriter(channel.Stderr, this);
        var host = new Thread(() =>
        {
            int code;
            try
            {
                code = ProgramRunner.Run(launch.ProgramPath, launch.Engine, stdout, stderr, launch.Argv);
            }
            catch (Exception)
            {
                // ProgramRunner reports every program error itself; this is a defect of the host.
                stderr.WriteLine("SystemError: internal error in pydbg while running the program");
                code = 1;
            }
            channel.Dispose();
            _running = false;
            _exited.Set();
            if (!_stopped) events.Exited(code);
        }) { IsBackground = true, Name = "pydbg-program-host" };
        host.Start();
    }

    public void Stop()
    {
        _stopped = true;
    }

    public bool WaitForExit(TimeSpan timeout) => !_started || _exited.Wait(timeout);

    public IReadOnlyList<BreakpointResult> SetBreakpoints(string path, IReadOnlyList<LineBreakpoint> breakpoints)
    {
        var results = new BreakpointResult[breakpoints.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = new BreakpointResult(false, breakpoints[i].Line, NoDebuggerMessage, Pending: true);
        return results;
    }

    public IReadOnlyList<BreakpointResult> SetFunctionBreakpoints(IReadOnlyList<FunctionBreakpointSpec> breakpoints)
    {
        var results = new BreakpointResult[breakpoints.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = new BreakpointResult(false, null, NoDebuggerMessage, Pending: true);
        return results;
    }

    public IReadOnlyList<BreakpointResult> SetExceptionFilters(IReadOnlyList<string> filterIds)
    {
        var results = new BreakpointResult[filterIds.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = new BreakpointResult(false, null, NoDebuggerMessage, Pending: true);
        return results;
    }

    /// <summary>The program's view of stdout/stderr: once stopped, its next write parks the
    /// program thread for good (it is abandoned; nothing it does reaches the client).</summary>
    private sealed class StoppableWriter(TextWriter inner, ProgramRunnerRuntime owner) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;
        [System.Diagnostics.CodeAnalysis.AllowNull] public override string NewLine { get => "\n"; set { } }

        private void Check()
        {
            if (owner._stopped && Thread.CurrentThread.Name != "pydbg-program-host") owner._parked.Wait();
        }

        public override void Write(char value) { Check(); inner.Write(value); }
        public override void Write(string? value) { Check(); inner.Write(value); }
        public override void Write(char[] buffer, int index, int count) { Check(); inner.Write(buffer, index, count); }
        public override void Write(ReadOnlySpan<char> buffer) { Check(); inner.Write(buffer); }
        public override void WriteLine(string? value) { Check(); inner.WriteLine(value); }
        public override void Flush() { Check(); inner.Flush(); }
    }
}
