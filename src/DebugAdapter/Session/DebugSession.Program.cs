using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.Frontend.Engines;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Launching the program and relaying its life (output, exit) as DAP events.</summary>
public sealed partial class DebugSession
{
    /// <summary>How long a debug launch waits for configurationDone before it starts anyway.</summary>
    public static TimeSpan ConfigurationDoneTimeout { get; set; } = TimeSpan.FromSeconds(2);

    private IDebugRuntime? _runtime;
    private bool _launched;
    private string? _programPath;
    private RuntimeLaunch? _launch;
    private int _programStarted;
    private int _terminatedSent;
    private volatile bool _stopRequested;
    private Timer? _configurationTimer;
    private RuntimeEvents? _events;
    private PyDbgLaunchRequestArguments? _launchArguments;

    private IDebugRuntime Runtime => _runtime ?? throw new DapRequestException("The session is not initialized.", DapRequestException.WrongState);

    private JsonElement? Launch(PyDbgLaunchRequestArguments args)
    {
        if (_launched)
            throw new DapRequestException("A program was already launched in this session.", DapRequestException.WrongState);
        if (string.IsNullOrWhiteSpace(args.Program))
            throw new DapRequestException("The launch configuration needs 'program': the Python file to run.", DapRequestException.BadArguments);
        var engine = args.Engine switch
        {
            null or "vm" => EngineKind.Vm,
            "ast" => EngineKind.Ast,
            _ => throw new DapRequestException($"Unknown engine '{args.Engine}' in the launch configuration (use \"vm\" or \"ast\").", DapRequestException.BadArguments),
        };
        string? cwd = null;
        if (!string.IsNullOrEmpty(args.Cwd))
        {
            cwd = FullPath(args.Cwd);
            if (cwd is null || !Directory.Exists(cwd))
                throw new DapRequestException($"Cannot launch: the working directory '{args.Cwd}' does not exist.", DapRequestException.LaunchFailed);
        }
        var program = args.Program;
        var full = FullPath(Path.IsPathRooted(program) || cwd is null ? program : Path.Combine(cwd, program));
        if (full is null || !File.Exists(full))
            throw new DapRequestException($"Cannot launch '{program}': no such file ({full ?? program}).", DapRequestException.LaunchFailed);
        string source;
        try
        {
            source = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DapRequestException($"Cannot launch '{program}': {Reason(e)}.", DapRequestException.LaunchFailed);
        }
        if (CheckSyntax(full, source) is { } error)
        {
            // What `python3 FILE` prints, for the debug console; the failed launch response follows.
            SendEvent(EventNames.Output, new OutputEventBody
            {
                Category = OutputEventBody.CategoryValues.Stderr,
                Output = error.Format(),
                Source = new Source { Name = Path.GetFileName(full), Path = full },
                Line = error.Line,
            }, Json.OutputEventBody);
            throw new DapRequestException($"Cannot launch '{program}': {error.Kind}: {error.Msg} ({error.FileName}, line {error.Line}, column {error.Column}).", DapRequestException.LaunchFailed);
        }

        if (cwd is not null) Directory.SetCurrentDirectory(cwd); // process-wide, as for a launched process
        var argv = new List<string> { program };
        if (args.Args is { } extra) argv.AddRange(extra);
        var launch = new RuntimeLaunch(full, argv.ToArray(), cwd, engine, args.NoDebug == true, args.StopOnEntry == true);
        Runtime.Prepare(launch, _events ??= new RuntimeEvents(this));
        _launch = launch;
        _launchArguments = args;
        _launched = true;
        _programPath = full;
        var noDebug = args.NoDebug == true;
        AfterResponse(() =>
        {
            if (noDebug || _configurationDone) StartProgramOnce();
            else _configurationTimer = new Timer(_ => StartProgramOnce(), null, ConfigurationDoneTimeout, Timeout.InfiniteTimeSpan);
        });
        return null;
    }

    private void OnConfigurationDone()
    {
        if (_launched) StartProgramOnce();
    }

    /// <summary>Parses the program on a thread with the program's large stack; the syntax error, if any.
    /// Anything else the parser might throw is left for the real run to report.</summary>
    private static PythonSyntaxError? CheckSyntax(string path, string source)
    {
        PythonSyntaxError? found = null;
        var thread = new System.Threading.Thread(() =>
        {
            try { Parser.ParseModule(new SourceText(path, source)); }
            catch (PythonSyntaxError e) { found = e; }
            catch (Exception) { }
        }, ProgramRunner.ProgramThreadStackBytes) { IsBackground = true, Name = "pydbg-syntax-check" };
        thread.Start();
        thread.Join();
        return found;
    }

    private void StartProgramOnce()
    {
        if (Interlocked.Exchange(ref _programStarted, 1) != 0 || _ended || _stopRequested) return;
        _configurationTimer?.Dispose();
        var launch = _launch!;
        SendEvent(EventNames.Process, new ProcessEventBody
        {
            Name = launch.ProgramPath,
            IsLocalProcess = true,
            StartMethod = ProcessEventBody.StartMethodValues.Launch,
        }, Json.ProcessEventBody);
        if (launch.StopOnEntry && !launch.NoDebug && (!Runtime.Features.Breakpoints || launch.Engine != EngineKind.Vm))
            SendConsole(launch.Engine != EngineKind.Vm
                ? "stopOnEntry is ignored: the \"ast\" engine runs without the debugger (use engine \"vm\").\n"
                : "stopOnEntry is ignored: the PyDbg debugger is not available yet.\n");
        _log.Information("DAP: starting {Program} with {Argc} argument(s)", launch.ProgramPath, launch.Argv.Length - 1);
        Runtime.Start(launch, _events ??= new RuntimeEvents(this));
    }

    /// <summary>Stops a running program when the session ends: nothing of it is reported any more.</summary>
    private void StopProgram()
    {
        _stopRequested = true;
        _configurationTimer?.Dispose();
        if (_runtime is VmDebugRuntime vm) vm.Silence();
        if (_runtime is { IsRunning: true } runtime)
        {
            runtime.Stop();
            if (!runtime.WaitForExit(TimeSpan.FromMilliseconds(200)))
                _log.Information("DAP: the program did not stop; it is abandoned");
        }
    }

    /// <summary>How long `terminate`/`disconnect` wait for a debugged program to end (it ends at its
    /// next instruction; only a program blocked in native code takes longer, and is abandoned).</summary>
    public static TimeSpan TerminateTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Ends the program for `terminate`/`disconnect`: a debugged program ends at its next
    /// instruction (also while stopped) and its exit is reported (exited, terminated); a program
    /// that does not end in time (or runs without the debugger) is abandoned, then terminated is sent.</summary>
    private void TerminateProgram()
    {
        _configurationTimer?.Dispose();
        if (Interlocked.CompareExchange(ref _programStarted, 1, 0) == 0)
        {
            // Launched but not started yet: it never runs.
            _stopRequested = true;
            SendTerminatedOnce();
            return;
        }
        if (_runtime is { IsRunning: true } runtime)
        {
            var debugged = runtime is VmDebugRuntime { IsRunOnly: false };
            runtime.Stop();
            if (!runtime.WaitForExit(debugged ? TerminateTimeout : TimeSpan.FromMilliseconds(200)))
            {
                _log.Information("DAP: the program did not stop; it is abandoned");
                _stopRequested = true;
                if (runtime is VmDebugRuntime vm) vm.Silence();
            }
        }
        SendTerminatedOnce();
    }

    private void SendConsole(string text) => SendEvent(EventNames.Output, new OutputEventBody
    {
        Category = OutputEventBody.CategoryValues.Console,
        Output = text,
    }, Json.OutputEventBody);

    private void SendTerminatedOnce()
    {
        if (Interlocked.Exchange(ref _terminatedSent, 1) == 0)
            SendEvent(EventNames.Terminated);
    }

    private static string? FullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }

    /// <summary>Relays the runtime's notifications (on the program thread) as DAP events.</summary>
    private sealed class RuntimeEvents(DebugSession session) : IRuntimeEvents
    {
        public void Output(bool isError, string text)
        {
            if (session._stopRequested) return;
            session.SendEvent(EventNames.Output, new OutputEventBody
            {
                Category = isError ? OutputEventBody.CategoryValues.Stderr : OutputEventBody.CategoryValues.Stdout,
                Output = text,
            }, Json.OutputEventBody);
        }

        public void Console(string text)
        {
            if (session._stopRequested) return;
            session.SendConsole(text);
        }

        public void Exited(int exitCode)
        {
            session._log.Information("DAP: the program exited with code {ExitCode}", exitCode);
            if (session._stopRequested) return;
            session.SendEvent(EventNames.Exited, new ExitedEventBody { ExitCode = exitCode }, Json.ExitedEventBody);
            session.SendTerminatedOnce();
        }
    }
}
