using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.Frontend.Engines;

namespace PyDbg.DebugAdapter.Session;

/// <summary>The requests served without the debugger: initialize, launch, configuration, threads,
/// breakpoints (unverified), sources, terminate, disconnect.</summary>
public sealed partial class DebugSession
{
    private bool _initialized;
    private bool _configurationDone;
    private InitializeRequestArguments? _client;
    private int _nextBreakpointId = 1;

    /// <summary>The capabilities this adapter really has (grows with the debugger).</summary>
    private Capabilities BuildCapabilities(RuntimeFeatures features) => new()
    {
        SupportsConfigurationDoneRequest = true,
        SupportsTerminateRequest = true,
        SupportsLoadedSourcesRequest = true,
        SupportsFunctionBreakpoints = features.FunctionBreakpoints ? true : null,
        SupportsConditionalBreakpoints = features.Breakpoints ? true : null,
        SupportsHitConditionalBreakpoints = features.Breakpoints ? true : null,
        SupportsLogPoints = features.Breakpoints ? true : null,
    };

    private JsonElement? Initialize(InitializeRequestArguments args)
    {
        if (_initialized)
            throw new DapRequestException("The session is already initialized: 'initialize' may be sent only once.", DapRequestException.WrongState);
        _initialized = true;
        _client = args;
        _runtime = _runtimeFactory();
        var capabilities = BuildCapabilities(_runtime.Features);
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

    private JsonElement? SetBreakpoints(SetBreakpointsArguments args)
    {
        var specs = new List<LineBreakpoint>();
        if (args.Breakpoints is { } breakpoints)
        {
            foreach (var b in breakpoints)
                specs.Add(new LineBreakpoint(b.Line, b.Column, b.Condition, b.HitCondition, b.LogMessage));
        }
        else if (args.Lines is { } lines)
        {
            foreach (var line in lines) specs.Add(new LineBreakpoint(line, null, null, null, null));
        }
        var path = args.Source.Path;
        if (string.IsNullOrEmpty(path) && specs.Count > 0)
            throw new DapRequestException("'setBreakpoints' needs a source with a 'path'.", DapRequestException.BadArguments);
        var results = Runtime.SetBreakpoints(path ?? "", specs);
        return Body(new SetBreakpointsResponseBody { Breakpoints = ToBreakpoints(results, args.Source) }, Json.SetBreakpointsResponseBody);
    }

    private JsonElement? SetFunctionBreakpoints(SetFunctionBreakpointsArguments args)
    {
        var specs = new List<FunctionBreakpointSpec>();
        foreach (var b in args.Breakpoints) specs.Add(new FunctionBreakpointSpec(b.Name, b.Condition, b.HitCondition));
        var results = Runtime.SetFunctionBreakpoints(specs);
        return Body(new SetFunctionBreakpointsResponseBody { Breakpoints = ToBreakpoints(results, null) }, Json.SetFunctionBreakpointsResponseBody);
    }

    private JsonElement? SetExceptionBreakpoints(SetExceptionBreakpointsArguments args)
    {
        var ids = new List<string>(args.Filters);
        if (args.FilterOptions is { } options)
            foreach (var o in options) ids.Add(o.FilterId);
        var results = Runtime.SetExceptionFilters(ids);
        return Body(new SetExceptionBreakpointsResponseBody { Breakpoints = ToBreakpoints(results, null) }, Json.SetExceptionBreakpointsResponseBody);
    }

    private List<Breakpoint> ToBreakpoints(IReadOnlyList<BreakpointResult> results, Source? source)
    {
        var list = new List<Breakpoint>(results.Count);
        foreach (var r in results)
        {
            list.Add(new Breakpoint
            {
                Id = _nextBreakpointId++,
                Verified = r.Verified,
                Line = r.Line,
                Message = r.Message,
                Source = source is null || r.Line is null ? null : new Source { Name = source.Name, Path = source.Path, SourceReference = source.SourceReference },
                Reason = r.Verified ? null : r.Pending ? Breakpoint.ReasonValues.Pending : Breakpoint.ReasonValues.Failed,
            });
        }
        return list;
    }

    private JsonElement? Threads()
    {
        var threads = new List<Protocol.Thread>();
        if (_runtime is { } runtime && _launched)
            foreach (var t in runtime.Threads) threads.Add(new Protocol.Thread { Id = t.Id, Name = t.Name });
        return Body(new ThreadsResponseBody { Threads = threads }, Json.ThreadsResponseBody);
    }

    private JsonElement? Source(SourceArguments args)
    {
        var path = args.Source?.Path;
        if (string.IsNullOrEmpty(path))
            throw new DapRequestException(args.SourceReference > 0
                ? $"Unknown sourceReference {args.SourceReference}: this adapter gives out none."
                : "'source' needs a source with a 'path'.", DapRequestException.BadArguments);
        try
        {
            return Body(new SourceResponseBody { Content = File.ReadAllText(path), MimeType = "text/x-python" }, Json.SourceResponseBody);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DapRequestException($"Cannot read source '{path}': {Reason(e)}.", DapRequestException.BadArguments);
        }
    }

    private JsonElement? LoadedSources(LoadedSourcesArguments args)
    {
        var sources = new List<Source>();
        if (_programPath is { } path) sources.Add(new Source { Name = Path.GetFileName(path), Path = path });
        return Body(new LoadedSourcesResponseBody { Sources = sources }, Json.LoadedSourcesResponseBody);
    }

    private JsonElement? Terminate(TerminateArguments args)
    {
        if (!_launched)
            throw new DapRequestException("There is no program to terminate: 'launch' has not been sent.", DapRequestException.WrongState);
        AfterResponse(() =>
        {
            StopProgram();
            SendTerminatedOnce();
        });
        return null;
    }

    private JsonElement? Disconnect(DisconnectArguments args)
    {
        _ended = true;
        // The response goes out first; the program is stopped as the session ends (Run's finally).
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
