using PyDbg.Frontend.Engines;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// The narrow seam between the DAP session and the program (as in vscode-mock-debug: the runtime
/// knows nothing of the protocol; <see cref="DebugSession"/> translates each request into one
/// call here and each runtime notification into DAP events). The session's runtime is
/// <see cref="VmDebugRuntime"/> (a debug run on the VM debugger; noDebug and engine "ast" launches
/// run through its inner <see cref="ProgramRunnerRuntime"/>, which only runs programs). Stepping,
/// frames and variables are VmDebugRuntime members (the session's partial files use them directly).
/// </summary>
public interface IDebugRuntime
{
    /// <summary>What this runtime can do; the session derives its DAP capabilities from it.</summary>
    RuntimeFeatures Features { get; }

    /// <summary>Called at launch, before configurationDone: a debug runtime compiles the program here
    /// so that breakpoints set before the start resolve against its code. Throws DapRequestException
    /// when the program cannot be launched.</summary>
    void Prepare(RuntimeLaunch launch, IRuntimeEvents events);

    /// <summary>Starts the program on its own thread and returns at once; the program's output
    /// and its end are reported through <paramref name="events"/> (from the program's thread).</summary>
    void Start(RuntimeLaunch launch, IRuntimeEvents events);

    /// <summary>True from <see cref="Start"/> until the program has ended.</summary>
    bool IsRunning { get; }

    /// <summary>Asks the program to stop and returns at once (cooperative: a program that does not
    /// reach a stopping point is abandoned — its output is dropped and it no longer reports).</summary>
    void Stop();

    /// <summary>Waits up to <paramref name="timeout"/> for the program to end; true if it has.</summary>
    bool WaitForExit(TimeSpan timeout);

    /// <summary>The program's threads (empty before start).</summary>
    IReadOnlyList<RuntimeThread> Threads { get; }

    /// <summary>Replaces the line breakpoints of one source file; one result per breakpoint, in order.</summary>
    IReadOnlyList<BreakpointResult> SetBreakpoints(string path, IReadOnlyList<LineBreakpoint> breakpoints);

    /// <summary>Replaces the function breakpoints; one result per name, in order.</summary>
    IReadOnlyList<BreakpointResult> SetFunctionBreakpoints(IReadOnlyList<FunctionBreakpointSpec> breakpoints);

    /// <summary>Replaces the exception filters ("raised", "uncaught"); one result per filter, in order.</summary>
    IReadOnlyList<BreakpointResult> SetExceptionFilters(IReadOnlyList<string> filterIds);
}

/// <summary>Notifications from a running program; called on the program's thread.</summary>
public interface IRuntimeEvents
{
    /// <summary>Text the program wrote to sys.stdout (<paramref name="isError"/> false) or sys.stderr.</summary>
    void Output(bool isError, string text);

    /// <summary>Debugger output for the debug console (logpoint messages), in order with the program's output.</summary>
    void Console(string text);

    /// <summary>The program ended with this exit code (all its output was reported before).</summary>
    void Exited(int exitCode);
}

/// <summary>What a runtime supports (grows with the debugger).</summary>
public sealed record RuntimeFeatures(bool Breakpoints, bool FunctionBreakpoints, bool ExceptionBreakpoints)
{
    public static readonly RuntimeFeatures RunOnly = new(false, false, false);
}

/// <summary>How to start a program: what `pydbg run` would get on its command line.</summary>
public sealed record RuntimeLaunch(
    string ProgramPath,
    string[] Argv,
    string? WorkingDirectory,
    EngineKind Engine,
    bool NoDebug,
    bool StopOnEntry);

public sealed record RuntimeThread(int Id, string Name);

/// <summary>A line breakpoint in runtime terms: 1-based line and (optional) 1-based column.</summary>
public sealed record LineBreakpoint(int Line, int? Column, string? Condition, string? HitCondition, string? LogMessage);

public sealed record FunctionBreakpointSpec(string Name, string? Condition, string? HitCondition);

/// <summary>The outcome of setting one breakpoint; Line is where it was actually placed.</summary>
public sealed record BreakpointResult(bool Verified, int? Line, string? Message, bool Pending = false);
