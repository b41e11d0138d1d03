using System.Text.Json;
using PyDbg.DebugAdapter.Protocol;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Breakpoints of every kind, exception info, and code: sources, loaded sources, disassembly.</summary>
public sealed partial class DebugSession
{
    private int _nextBreakpointId = 1;

    partial void AddBreakpointCapabilities(Capabilities c, RuntimeFeatures features)
    {
        c.SupportsFunctionBreakpoints = features.FunctionBreakpoints ? true : null;
        c.SupportsConditionalBreakpoints = features.Breakpoints ? true : null;
        c.SupportsHitConditionalBreakpoints = features.Breakpoints ? true : null;
        c.SupportsLogPoints = features.Breakpoints ? true : null;
    }

    partial void AttachBreakpoints(VmDebugRuntime runtime)
    {
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

    private JsonElement? BreakpointLocations(BreakpointLocationsArguments args) => throw NotAvailable(Commands.BreakpointLocations);
    private JsonElement? ExceptionInfo(ExceptionInfoArguments args) => throw NotAvailable(Commands.ExceptionInfo);
    private JsonElement? SetInstructionBreakpoints(SetInstructionBreakpointsArguments args) => throw NotAvailable(Commands.SetInstructionBreakpoints);
    private JsonElement? DataBreakpointInfo(DataBreakpointInfoArguments args) => throw NotAvailable(Commands.DataBreakpointInfo);
    private JsonElement? SetDataBreakpoints(SetDataBreakpointsArguments args) => throw NotAvailable(Commands.SetDataBreakpoints);
    private JsonElement? Disassemble(DisassembleArguments args) => throw NotAvailable(Commands.Disassemble);
}
