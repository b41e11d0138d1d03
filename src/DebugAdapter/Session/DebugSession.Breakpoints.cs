using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;
using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Engines;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Breakpoints of every kind, exception info, and code: sources, loaded sources, disassembly.
/// With the VM debugger runtime, every breakpoint's DAP id is the debugger's id (BreakpointInfo.Id),
/// the id the stopped event's hitBreakpointIds carries.</summary>
public sealed partial class DebugSession
{
    private int _nextBreakpointId = 1;
    private readonly SourceFiles _sources = new();
    private DisassemblyListing? _listing;
    private readonly BreakpointDataTargets _dataTargets = new();
    /// <summary>The DAP source of each line breakpoint (by debugger id), for its breakpoint events.</summary>
    private readonly Dictionary<int, Source> _breakpointSources = new();
    private readonly HashSet<string> _reportedSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTime Stamp, CodeObject? Code)> _compiledForLocations = new(StringComparer.Ordinal);
    private int _programsAdded;

    /// <summary>The exception filters of the VM debugger (debugpy's names and defaults).</summary>
    private static List<ExceptionBreakpointsFilter> ExceptionFilters() =>
    [
        new()
        {
            Filter = VmDebugRuntime.RaisedFilter, Label = "Raised Exceptions", Default = false,
            Description = "Break whenever an exception is raised, even if the program handles it.",
        },
        new()
        {
            Filter = VmDebugRuntime.UncaughtFilter, Label = "Uncaught Exceptions", Default = true,
            Description = "Break when an exception is about to end the program (no handler on the stack).",
        },
    ];

    partial void AddBreakpointCapabilities(Capabilities c, RuntimeFeatures features)
    {
        c.SupportsFunctionBreakpoints = features.FunctionBreakpoints ? true : null;
        c.SupportsConditionalBreakpoints = features.Breakpoints ? true : null;
        c.SupportsHitConditionalBreakpoints = features.Breakpoints ? true : null;
        c.SupportsLogPoints = features.Breakpoints ? true : null;
        if (_runtime is not VmDebugRuntime) return;
        c.ExceptionBreakpointFilters = ExceptionFilters();
        c.SupportsExceptionInfoRequest = true;
        c.SupportsBreakpointLocationsRequest = true;
        c.SupportsInstructionBreakpoints = true;
        c.SupportsDataBreakpoints = true;
        c.SupportsDisassembleRequest = true;
    }

    partial void AttachBreakpoints(VmDebugRuntime runtime)
    {
        _vm = runtime;
        _listing = new DisassemblyListing(runtime.Addresses, _sources)
        {
            LinesStartAt1 = _client?.LinesStartAt1 != false,
            ColumnsStartAt1 = _client?.ColumnsStartAt1 != false,
        };
        var debugger = runtime.Debugger;
        debugger.BreakpointChanged += OnBreakpointChanged;
        debugger.Logpoint += OnLogpoint;
        debugger.ProgramAdded += OnProgramAdded;
    }

    // ------------------------------------------------------------------ line, function, exception

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
        if (string.IsNullOrEmpty(path) && args.Source.SourceReference is > 0 and var reference
            && _sources.TryGetReference(reference, out var name, out _))
            path = name;
        if (string.IsNullOrEmpty(path) && specs.Count > 0)
            throw new DapRequestException("'setBreakpoints' needs a source with a 'path'.", DapRequestException.BadArguments);
        if (_vm is not { } vm)
        {
            var results = Runtime.SetBreakpoints(path ?? "", specs);
            return Body(new SetBreakpointsResponseBody { Breakpoints = ToBreakpoints(results, args.Source) }, Json.SetBreakpointsResponseBody);
        }
        var file = SourceFiles.IsFile(path ?? "") || Path.IsPathRooted(path ?? "") ? VmDebugRuntime.NormalizePath(path!) : path ?? "";
        var infos = vm.Debugger.SetLineBreakpoints(file, LineRequests(specs));
        var source = new Source { Name = args.Source.Name ?? Path.GetFileName(file), Path = args.Source.Path is { Length: > 0 } ? file : null, SourceReference = args.Source.SourceReference };
        var list = new List<Breakpoint>(infos.Count);
        lock (_breakpointSources)
        {
            foreach (var info in infos)
            {
                _breakpointSources[info.Id] = source;
                list.Add(LineBreakpointOf(info, source, file));
            }
        }
        return Body(new SetBreakpointsResponseBody { Breakpoints = list }, Json.SetBreakpointsResponseBody);
    }

    private static List<LineBreakpointRequest> LineRequests(List<LineBreakpoint> specs)
    {
        var requests = new List<LineBreakpointRequest>(specs.Count);
        foreach (var s in specs) requests.Add(new LineBreakpointRequest(s.Line, s.Condition, s.HitCondition, s.LogMessage));
        return requests;
    }

    /// <summary>A line breakpoint's DAP form: verified at its actual line, pending while its file is not
    /// loaded, failed (with a message that says why) past the last line with code.</summary>
    private Breakpoint LineBreakpointOf(BreakpointInfo info, Source source, string file)
    {
        var pending = !info.Verified && info.Message == Debugger.PendingMessage;
        var message = info.Message;
        if (!info.Verified && !pending && info.Locations.Count == 0 && info.Line is { } line && _vm?.Debugger.FindProgram(file) is { } module)
            message = PastTheEnd(module, line);
        return new Breakpoint
        {
            Id = info.Id,
            Verified = info.Verified,
            Line = info.Line,
            Message = info.Verified ? null : message,
            Source = source,
            Reason = info.Verified ? null : pending ? Breakpoint.ReasonValues.Pending : Breakpoint.ReasonValues.Failed,
        };
    }

    private string PastTheEnd(CodeObject module, int line)
    {
        var name = Path.GetFileName(module.FileName);
        int? lineCount = null;
        if (_sources.Get(module.FileName) is { } text)
            lineCount = text.LineCount - (text.Text.EndsWith('\n') || text.Text.EndsWith('\r') ? 1 : 0);
        var last = BreakpointLocationFinder.LastLineWithCode(module);
        if (lineCount is { } n && line > n)
            return $"Line {line} is past the end of {name} ({n} lines); the last line with code is {last}.";
        return $"No code at or after line {line} of {name}: the last line with code is {last}.";
    }

    private JsonElement? SetFunctionBreakpoints(SetFunctionBreakpointsArguments args)
    {
        var specs = new List<FunctionBreakpointSpec>();
        foreach (var b in args.Breakpoints) specs.Add(new FunctionBreakpointSpec(b.Name, b.Condition, b.HitCondition));
        if (_vm is not { } vm)
        {
            var results = Runtime.SetFunctionBreakpoints(specs);
            return Body(new SetFunctionBreakpointsResponseBody { Breakpoints = ToBreakpoints(results, null) }, Json.SetFunctionBreakpointsResponseBody);
        }
        var list = new List<Breakpoint>();
        foreach (var info in vm.SetFunctionBreakpointInfos(specs)) list.Add(BreakpointOf(info));
        return Body(new SetFunctionBreakpointsResponseBody { Breakpoints = list }, Json.SetFunctionBreakpointsResponseBody);
    }

    /// <summary>A function, instruction or data breakpoint's DAP form: where its first location is.</summary>
    private Breakpoint BreakpointOf(BreakpointInfo info, bool withInstruction = false)
    {
        var bp = new Breakpoint { Id = info.Id, Verified = info.Verified, Line = info.Line, Message = info.Verified ? null : info.Message };
        if (info.Locations.Count > 0)
        {
            var first = info.Locations[0];
            bp.Source = _sources.SourceOf(first.Code.FileName);
            if (withInstruction && _vm is { } vm) bp.InstructionReference = vm.Addresses.Of(first.Code, first.Offset);
        }
        if (!info.Verified) bp.Reason = Breakpoint.ReasonValues.Failed;
        return bp;
    }

    private JsonElement? SetExceptionBreakpoints(SetExceptionBreakpointsArguments args)
    {
        var ids = new List<string>(args.Filters);
        if (args.FilterOptions is { } options)
            foreach (var o in options) ids.Add(o.FilterId);
        var results = Runtime.SetExceptionFilters(ids);
        var list = new List<Breakpoint>(results.Count);
        foreach (var r in results)
            list.Add(new Breakpoint { Verified = r.Verified, Message = r.Message, Reason = r.Verified ? null : Breakpoint.ReasonValues.Failed });
        return Body(new SetExceptionBreakpointsResponseBody { Breakpoints = list }, Json.SetExceptionBreakpointsResponseBody);
    }

    /// <summary>The answer of a runtime without the VM debugger (nothing is ever verified there).</summary>
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

    private JsonElement? ExceptionInfo(ExceptionInfoArguments args)
    {
        var vm = _vm ?? throw NotAvailable(Commands.ExceptionInfo);
        var stop = vm.CurrentStop ?? throw new DapRequestException("The program is not stopped: 'exceptionInfo' needs a stop at an exception.", DapRequestException.WrongState);
        if (stop.Exception is not { } exception)
            throw new DapRequestException($"The program is stopped by a {StopText(stop.Reason)}, not at an exception.", DapRequestException.WrongState);
        var body = vm.Invoke(() => BreakpointExceptionInfo.Describe(stop, exception, _sources));
        return Body(body, Json.ExceptionInfoResponseBody);
    }

    private static string StopText(StopReason reason) => reason switch
    {
        StopReason.Entry => "stop on entry",
        StopReason.Step => "step",
        StopReason.Pause => "pause",
        StopReason.FunctionBreakpoint => "function breakpoint",
        StopReason.InstructionBreakpoint => "instruction breakpoint",
        StopReason.DataBreakpoint => "data breakpoint",
        _ => "breakpoint",
    };

    // ------------------------------------------------------------------ events from the debugger

    private void OnBreakpointChanged(BreakpointInfo info)
    {
        Source? source;
        lock (_breakpointSources) _breakpointSources.TryGetValue(info.Id, out source);
        var bp = source is not null ? LineBreakpointOf(info, source, source.Path ?? source.Name ?? "") : BreakpointOf(info);
        SendEvent(EventNames.Breakpoint, new BreakpointEventBody { Reason = BreakpointEventBody.ReasonValues.Changed, Breakpoint = bp }, Json.BreakpointEventBody);
    }

    private void OnLogpoint(LogpointMessage message)
    {
        if (_stopRequested) return;
        _vm?.FlushOutput(); // the program's output before the message, in the order they happened
        SendEvent(EventNames.Output, new OutputEventBody
        {
            Category = OutputEventBody.CategoryValues.Console,
            Output = message.Text + "\n",
            Source = _sources.SourceOf(message.FileName),
            Line = message.Line,
        }, Json.OutputEventBody);
    }

    /// <summary>A module registered after the main program (an import): a loadedSource event.</summary>
    private void OnProgramAdded(CodeObject module)
    {
        if (!SourceFiles.IsFile(module.FileName))
            _sources.RegisterFallback(module.FileName, () => Listing(module));
        var first = Interlocked.Increment(ref _programsAdded) == 1;
        lock (_reportedSources)
            if (!_reportedSources.Add(module.FileName) || first) return;
        SendEvent(EventNames.LoadedSource, new LoadedSourceEventBody
        {
            Reason = LoadedSourceEventBody.ReasonValues.New,
            Source = _sources.SourceOf(module.FileName),
        }, Json.LoadedSourceEventBody);
    }

    private static string Listing(CodeObject module) =>
        $"# {module.FileName} has no source file; its bytecode:\n" + Disassembler.Disassemble(module);

    // ------------------------------------------------------------------ breakpoint locations

    private JsonElement? BreakpointLocations(BreakpointLocationsArguments args)
    {
        var vm = _vm ?? throw NotAvailable(Commands.BreakpointLocations);
        string? file = null;
        if (args.Source.Path is { Length: > 0 } path) file = VmDebugRuntime.NormalizePath(path);
        else if (args.Source.SourceReference is > 0 and var reference && _sources.TryGetReference(reference, out var name, out _)) file = name;
        if (file is null)
            throw new DapRequestException("'breakpointLocations' needs a source with a 'path' or a known 'sourceReference'.", DapRequestException.BadArguments);
        var module = vm.Debugger.FindProgram(file) ?? CompileForLocations(file);
        var locations = module is null
            ? new List<BreakpointLocation>()
            : BreakpointLocationFinder.Find(module, _sources, args.Line, args.EndLine ?? args.Line, args.Column, args.EndColumn);
        return Body(new BreakpointLocationsResponseBody { Breakpoints = locations }, Json.BreakpointLocationsResponseBody);
    }

    /// <summary>A file that is not loaded yet (a module imported later) is compiled just to find its lines
    /// (on a thread with the program's large stack; cached until the file changes). Null on a syntax error.</summary>
    private CodeObject? CompileForLocations(string file)
    {
        if (!SourceFiles.IsFile(file)) return null;
        DateTime stamp;
        try { stamp = File.GetLastWriteTimeUtc(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        lock (_compiledForLocations)
            if (_compiledForLocations.TryGetValue(file, out var cached) && cached.Stamp == stamp) return cached.Code;
        CodeObject? code = null;
        var thread = new System.Threading.Thread(() =>
        {
            try
            {
                var source = new SourceText(file, File.ReadAllText(file));
                code = Compiler.CompileModule(Parser.ParseModule(source), source);
            }
            catch (Exception) { }
        }, ProgramRunner.ProgramThreadStackBytes) { IsBackground = true, Name = "pydbg-breakpoint-locations" };
        thread.Start();
        thread.Join();
        lock (_compiledForLocations) _compiledForLocations[file] = (stamp, code);
        return code;
    }

    // ------------------------------------------------------------------ instruction and data breakpoints

    private JsonElement? SetInstructionBreakpoints(SetInstructionBreakpointsArguments args)
    {
        var vm = _vm ?? throw NotAvailable(Commands.SetInstructionBreakpoints);
        var requests = new List<InstructionBreakpointRequest>();
        var slots = new List<int>(); // per argument: index into requests, or -1
        var errors = new List<string?>();
        foreach (var b in args.Breakpoints)
        {
            if (vm.Addresses.TryResolve(b.InstructionReference, b.Offset ?? 0, out var code, out var offset))
            {
                if (offset % 2 != 0)
                {
                    slots.Add(-1);
                    errors.Add($"Address {b.InstructionReference}{OffsetText(b.Offset)} is inside an instruction (instructions are 2 bytes, at even offsets).");
                    continue;
                }
                slots.Add(requests.Count);
                errors.Add(null);
                requests.Add(new InstructionBreakpointRequest(code, offset, b.Condition, b.HitCondition));
            }
            else
            {
                slots.Add(-1);
                errors.Add($"No instruction at {b.InstructionReference}{OffsetText(b.Offset)}: the address is not in the code of this program.");
            }
        }
        var infos = vm.Debugger.SetInstructionBreakpoints(requests);
        var list = new List<Breakpoint>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i] < 0)
            {
                list.Add(new Breakpoint { Verified = false, Message = errors[i], Reason = Breakpoint.ReasonValues.Failed });
                continue;
            }
            var info = infos[slots[i]];
            var bp = BreakpointOf(info, withInstruction: true);
            var request = requests[slots[i]];
            bp.InstructionReference ??= vm.Addresses.Of(request.Code, request.Offset);
            list.Add(bp);
        }
        return Body(new SetInstructionBreakpointsResponseBody { Breakpoints = list }, Json.SetInstructionBreakpointsResponseBody);
    }

    private static string OffsetText(int? offset) => offset is { } o && o != 0 ? (o > 0 ? $" + {o}" : $" - {-o}") : "";

    private JsonElement? DataBreakpointInfo(DataBreakpointInfoArguments args)
    {
        var vm = _vm ?? throw NotAvailable(Commands.DataBreakpointInfo);
        BreakpointDataTargets.Target? target = null;
        string why;
        if (args.VariablesReference is { } reference && reference > 0)
        {
            if (vm.Handles.TryGetScope(reference, out var frame, out var kind)) target = _dataTargets.ForScope(frame, kind, args.Name, out why);
            else why = vm.Handles.IsValid(reference)
                ? "Data breakpoints can watch variables only, not the items or attributes of an object."
                : $"Unknown variablesReference {reference} (references are valid only while the program stays stopped).";
        }
        else if (args.FrameId is { } frameId)
        {
            if (vm.FrameById(frameId) is { } frame) target = _dataTargets.ForExpression(frame, args.Name, out why);
            else why = $"Unknown frameId {frameId} (frame ids are valid only while the program stays stopped).";
        }
        else if (vm.CurrentStop is { } stop) target = _dataTargets.ForExpression(stop.Frame, args.Name, out why);
        else why = "The program is not stopped: data breakpoints are set on the variables of a stopped program.";
        var body = target is null
            ? new DataBreakpointInfoResponseBody { DataId = null, Description = why }
            : new DataBreakpointInfoResponseBody { DataId = target.DataId, Description = target.Description, AccessTypes = ["write"], CanPersist = false };
        return Body(body, Json.DataBreakpointInfoResponseBody);
    }

    private JsonElement? SetDataBreakpoints(SetDataBreakpointsArguments args)
    {
        var vm = _vm ?? throw NotAvailable(Commands.SetDataBreakpoints);
        var requests = new List<DataBreakpointRequest>();
        var slots = new List<int>();
        var errors = new List<string?>();
        foreach (var b in args.Breakpoints)
        {
            if (!_dataTargets.TryGet(b.DataId, out var target))
            {
                slots.Add(-1);
                errors.Add($"Unknown dataId '{b.DataId}': ask 'dataBreakpointInfo' for one.");
            }
            else if (b.AccessType is { } access && access != "write")
            {
                slots.Add(-1);
                errors.Add($"Data breakpoints break on writes only (accessType \"write\"), not \"{access}\".");
            }
            else
            {
                slots.Add(requests.Count);
                errors.Add(null);
                requests.Add(target.Request(b.Condition, b.HitCondition));
            }
        }
        var infos = vm.Debugger.SetDataBreakpoints(requests);
        var list = new List<Breakpoint>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
            list.Add(slots[i] < 0
                ? new Breakpoint { Verified = false, Message = errors[i], Reason = Breakpoint.ReasonValues.Failed }
                : BreakpointOf(infos[slots[i]]));
        return Body(new SetDataBreakpointsResponseBody { Breakpoints = list }, Json.SetDataBreakpointsResponseBody);
    }

    // ------------------------------------------------------------------ code: sources, loaded sources, disassembly

    private JsonElement? Source(SourceArguments args)
    {
        var reference = args.Source?.SourceReference is > 0 ? args.Source.SourceReference.Value : args.SourceReference;
        var path = args.Source?.Path;
        if (string.IsNullOrEmpty(path) && reference > 0)
        {
            if (!_sources.TryGetReference(reference, out var name, out var content) || content is null)
                throw new DapRequestException($"Unknown sourceReference {reference}.", DapRequestException.BadArguments);
            return Body(new SourceResponseBody { Content = content, MimeType = "text/x-python" }, Json.SourceResponseBody);
        }
        if (string.IsNullOrEmpty(path))
            throw new DapRequestException("'source' needs a source with a 'path' or a 'sourceReference'.", DapRequestException.BadArguments);
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
        if (_vm is { } vm)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var module in vm.Debugger.Programs)
                if (seen.Add(module.FileName)) sources.Add(_sources.SourceOf(module.FileName));
        }
        else if (_programPath is { } path) sources.Add(new Source { Name = Path.GetFileName(path), Path = path });
        return Body(new LoadedSourcesResponseBody { Sources = sources }, Json.LoadedSourcesResponseBody);
    }

    private JsonElement? Disassemble(DisassembleArguments args)
    {
        var listing = _listing ?? throw NotAvailable(Commands.Disassemble);
        var instructions = listing.Disassemble(args.MemoryReference, args.Offset ?? 0, args.InstructionOffset ?? 0, args.InstructionCount);
        return Body(new DisassembleResponseBody { Instructions = instructions }, Json.DisassembleResponseBody);
    }
}
