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
        var capabilities = BuildCapabilities(_runtime.Features);
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

    private JsonElement? Restart(RestartArguments args)
        => throw new DapRequestException("'restart' is not supported: the adapter does not announce supportsRestartRequest.", DapRequestException.Unsupported);

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "No such file or directory",
        UnauthorizedAccessException => "Permission denied",
        _ => "Invalid argument",
    };
}
