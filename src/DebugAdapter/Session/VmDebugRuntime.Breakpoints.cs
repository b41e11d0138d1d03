namespace PyDbg.DebugAdapter.Session;

/// <summary>Breakpoints of the debug runtime (owner: DebugSession.Breakpoints.cs).</summary>
public sealed partial class VmDebugRuntime
{
    public IReadOnlyList<BreakpointResult> SetBreakpoints(string path, IReadOnlyList<LineBreakpoint> breakpoints)
        => _runOnly.SetBreakpoints(path, breakpoints);

    public IReadOnlyList<BreakpointResult> SetFunctionBreakpoints(IReadOnlyList<FunctionBreakpointSpec> breakpoints)
        => _runOnly.SetFunctionBreakpoints(breakpoints);

    public IReadOnlyList<BreakpointResult> SetExceptionFilters(IReadOnlyList<string> filterIds)
        => _runOnly.SetExceptionFilters(filterIds);

}
