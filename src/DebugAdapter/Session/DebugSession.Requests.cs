using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.Frontend.Engines;

namespace PyDbg.DebugAdapter.Session;

/// <summary>The session-level requests: initialize (capabilities), attach, configurationDone, threads,
/// terminate, disconnect, restart. Breakpoints and code: DebugSession.Breakpoints.cs; stepping and
/// inspection: DebugSession.Execution.cs; evaluation and frame control: DebugSession.Evaluation.cs.</summary>
public sealed partial class DebugSession
{
    private bool _initialized;
    private bool _configurationDone;
    private InitializeRequestArguments? _client;
    private Capabilities? _capabilities;

    /// <summary>The capabilities this adapter really has: the common ones here, the rest from the
    /// partial files that implement them (every capability that is true, and only those).</summary>
    private Capabilities BuildCapabilities(RuntimeFeatures features)
    {
        var c = new Capabilities
        {
            SupportsConfigurationDoneRequest = true,
            SupportsTerminateRequest = true,
            SupportsLoadedSourcesRequest = true,
        };
        AddBreakpointCapabilities(c, features);
        AddExecutionCapabilities(c, features);
        AddEvaluationCapabilities(c, features);
        return c;
    }

    private JsonElement? Initialize(InitializeRequestArguments args)
    {
        if (_initialized)
            throw new DapRequestException("The session is already initialized: 'initialize' may be sent only once.", DapRequestException.WrongState);
        _initialized = true;
        _client = args;
        _runtime = _runtimeFactory();
        var capabilities = _capabilities = BuildCapabilities(_runtime.Features);
        if (_runtime is VmDebugRuntime vm)
        {
            AttachBreakpoints(vm);
            AttachExecution(vm);
            AttachEvaluation(vm);
        }
        AfterResponse(() => SendEvent(EventNames.Initialized));
        return Body(capabilities, Json.Capabilities);
    }

    private JsonElement? Attach(AttachRequestArguments args)
        => throw new DapRequestException("PyDbg cannot attach to a running program; use a 'launch' configuration with 'program'.", DapRequestException.Unsupported);

    private JsonElement? ConfigurationDone(ConfigurationDoneArguments args)
    {
        if (_configurationDone)
            throw new DapRequestException("'configurationDone' was already sent.", DapRequestException.WrongState);
        _configurationDone = true;
        AfterResponse(OnConfigurationDone);
        return null;
    }

    private JsonElement? Threads()
    {
        var threads = new List<Protocol.Thread>();
        if (_runtime is { } runtime && _launched)
            foreach (var t in runtime.Threads) threads.Add(new Protocol.Thread { Id = t.Id, Name = t.Name });
        return Body(new ThreadsResponseBody { Threads = threads }, Json.ThreadsResponseBody);
    }

    private JsonElement? Terminate(TerminateArguments args)
    {
        if (!_launched)
            throw new DapRequestException("There is no program to terminate: 'launch' has not been sent.", DapRequestException.WrongState);
        AfterResponse(TerminateProgram);
        return null;
    }

    private JsonElement? Disconnect(DisconnectArguments args)
    {
        // A launched program is ended first (its exited and terminated events precede the
        // response); whatever is left is dropped as the session ends (Run's finally).
        if (_launched) TerminateProgram();
        _ended = true;
        return null;
    }

    /// <summary>The breakpoint requests of the session, in order: a restart replays them on the new
    /// program's debugger, which then gives every breakpoint the same id again.</summary>
    private readonly List<Request> _breakpointHistory = new();

    private static bool IsBreakpointRequest(string command) => command is Commands.SetBreakpoints
        or Commands.SetFunctionBreakpoints or Commands.SetExceptionBreakpoints
        or Commands.SetInstructionBreakpoints or Commands.SetDataBreakpoints;

    /// <summary>Restarts the program with the latest launch configuration (the request's, else the
    /// original): the running program ends silently (no exited/terminated), a new debug run is
    /// prepared with the session's breakpoints (same ids) and starts after the response.</summary>
    private JsonElement? Restart(RestartArguments args)
    {
        if (!_launched || _launchArguments is null)
            throw new DapRequestException("There is no program to restart: 'launch' has not been sent.", DapRequestException.WrongState);
        if (_runtime is not VmDebugRuntime old)
            throw new DapRequestException("'restart' is not supported by this runtime.", DapRequestException.Unsupported);
        var launch = _launchArguments;
        if (args.Arguments is { ValueKind: JsonValueKind.Object } latest)
        {
            try { launch = latest.Deserialize(Json.PyDbgLaunchRequestArguments) ?? launch; }
            catch (JsonException e) { throw new DapRequestException($"Invalid arguments for 'restart': {DescribeJsonError(e)}", DapRequestException.BadArguments); }
        }
        _configurationTimer?.Dispose();
        old.Silence();
        old.Stop();
        if (!old.WaitForExit(TerminateTimeout))
            _log.Information("DAP: the program did not stop for the restart; it is abandoned");
        _launched = false;
        _launchArguments = null;
        _programStarted = 0;
        _terminatedSent = 0;
        _hasStopped = false;
        var vm = (VmDebugRuntime)(_runtime = _runtimeFactory());
        AttachBreakpoints(vm);
        AttachExecution(vm);
        AttachEvaluation(vm);
        foreach (var request in _breakpointHistory.ToArray())
        {
            try { Dispatch(request); }
            catch (Exception e) { _log.Warning("DAP: replaying {Command} for the restart failed: {Error}", request.Command, e.Message); }
        }
        Launch(launch);
        return null;
    }

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "No such file or directory",
        UnauthorizedAccessException => "Permission denied",
        _ => "Invalid argument",
    };
}
