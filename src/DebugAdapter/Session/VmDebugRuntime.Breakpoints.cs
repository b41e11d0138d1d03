using PyDbg.Vm.Debugging;

namespace PyDbg.DebugAdapter.Session;

/// <summary>Breakpoints of the debug runtime (owner: DebugSession.Breakpoints.cs): every kind goes to
/// the VM <see cref="Vm.Debugging.Debugger"/>, whose breakpoint ids are the DAP breakpoint ids.</summary>
public sealed partial class VmDebugRuntime
{
    /// <summary>The exception filters this runtime knows (DAP exceptionBreakpointFilters).</summary>
    public const string RaisedFilter = "raised", UncaughtFilter = "uncaught";

    /// <summary>The key of a source file for the debugger: the full path (modules are registered by full path).</summary>
    public static string NormalizePath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return path; }
    }

    /// <summary>Replaces the line breakpoints of one file; the debugger's answers, in order.</summary>
    public IReadOnlyList<BreakpointInfo> SetLineBreakpoints(string path, IReadOnlyList<LineBreakpoint> breakpoints)
    {
        var requests = new List<LineBreakpointRequest>(breakpoints.Count);
        foreach (var b in breakpoints) requests.Add(new LineBreakpointRequest(b.Line, b.Condition, b.HitCondition, b.LogMessage));
        return Debugger.SetLineBreakpoints(NormalizePath(path), requests);
    }

    /// <summary>Replaces the function breakpoints; the debugger's answers, in order.</summary>
    public IReadOnlyList<BreakpointInfo> SetFunctionBreakpointInfos(IReadOnlyList<FunctionBreakpointSpec> breakpoints)
    {
        var requests = new List<FunctionBreakpointRequest>(breakpoints.Count);
        foreach (var b in breakpoints) requests.Add(new FunctionBreakpointRequest(b.Name, b.Condition, b.HitCondition));
        return Debugger.SetFunctionBreakpoints(requests);
    }

    public IReadOnlyList<BreakpointResult> SetBreakpoints(string path, IReadOnlyList<LineBreakpoint> breakpoints)
        => ToResults(SetLineBreakpoints(path, breakpoints));

    public IReadOnlyList<BreakpointResult> SetFunctionBreakpoints(IReadOnlyList<FunctionBreakpointSpec> breakpoints)
        => ToResults(SetFunctionBreakpointInfos(breakpoints));

    /// <summary>"raised": stop where an exception is raised; "uncaught": where one is about to leave the
    /// program. Unknown filter ids are answered unverified.</summary>
    public IReadOnlyList<BreakpointResult> SetExceptionFilters(IReadOnlyList<string> filterIds)
    {
        bool raised = false, uncaught = false;
        var results = new List<BreakpointResult>(filterIds.Count);
        foreach (var id in filterIds)
        {
            switch (id)
            {
                case RaisedFilter: raised = true; results.Add(new BreakpointResult(true, null, null)); break;
                case UncaughtFilter: uncaught = true; results.Add(new BreakpointResult(true, null, null)); break;
                default:
                    results.Add(new BreakpointResult(false, null, $"Unknown exception filter '{id}' (this adapter has \"{RaisedFilter}\" and \"{UncaughtFilter}\")."));
                    break;
            }
        }
        Debugger.SetExceptionBreakpoints(raised, uncaught);
        return results;
    }

    private static List<BreakpointResult> ToResults(IReadOnlyList<BreakpointInfo> infos)
    {
        var results = new List<BreakpointResult>(infos.Count);
        foreach (var i in infos)
            results.Add(new BreakpointResult(i.Verified, i.Line, i.Message, Pending: i.Message == Debugger.PendingMessage));
        return results;
    }
}
