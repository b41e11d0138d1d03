using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging;

public sealed partial class Debugger
{
    private enum BpKind { Line, Function, Instruction, Data }

    private sealed class Bp
    {
        public int Id;
        public BpKind Kind;
        public string? Condition;
        public HitCondition? Hit;
        public LogMessageTemplate? Log;
        public long Hits;
        public string? Message;
        public int? ActualLine;
        /// <summary>A line breakpoint in a file no registered module comes from (yet).</summary>
        public bool Pending;
        public List<CodeLocation> Locations = new();
        // line
        public string? File;
        public int Line;
        // function
        public string? FunctionName;
        // instruction
        public CodeObject? Code;
        public int Index;
        // data
        public string? Name;
        public Frame? Frame;
        public PyDict? Globals;
    }

    private int _nextId = 1;
    private readonly Dictionary<string, List<Bp>> _lineBps = new();
    private List<Bp> _functionBps = new();
    private List<Bp> _instructionBps = new();
    private List<Bp> _dataBps = new();
    private bool _breakOnRaised, _breakOnUncaught;
    /// <summary>(code, index) -> breakpoints planted there.</summary>
    private readonly Dictionary<CodeObject, Dictionary<int, List<Bp>>> _sites = new(ReferenceEqualityComparer.Instance);

    /// <summary>Replaces the line breakpoints of <paramref name="file"/> (DAP setBreakpoints).</summary>
    public IReadOnlyList<BreakpointInfo> SetLineBreakpoints(string file, IEnumerable<LineBreakpointRequest> requests)
    {
        lock (_gate)
        {
            var list = new List<Bp>();
            foreach (var r in requests)
            {
                var bp = NewBp(BpKind.Line, r.Condition, r.HitCondition, r.LogMessage);
                bp.File = file;
                bp.Line = r.Line;
                list.Add(bp);
            }
            _lineBps[file] = list;
            return Commit(list);
        }
    }

    public IReadOnlyList<BreakpointInfo> SetFunctionBreakpoints(IEnumerable<FunctionBreakpointRequest> requests)
    {
        lock (_gate)
        {
            _functionBps = new List<Bp>();
            foreach (var r in requests)
            {
                var bp = NewBp(BpKind.Function, r.Condition, r.HitCondition, null);
                bp.FunctionName = r.Name;
                _functionBps.Add(bp);
            }
            return Commit(_functionBps);
        }
    }

    public IReadOnlyList<BreakpointInfo> SetInstructionBreakpoints(IEnumerable<InstructionBreakpointRequest> requests)
    {
        lock (_gate)
        {
            _instructionBps = new List<Bp>();
            foreach (var r in requests)
            {
                var bp = NewBp(BpKind.Instruction, r.Condition, r.HitCondition, null);
                bp.Code = r.Code;
                bp.Index = r.Offset / 2;
                if (r.Offset % 2 != 0) bp.Index = -1;
                _instructionBps.Add(bp);
            }
            return Commit(_instructionBps);
        }
    }

    public IReadOnlyList<BreakpointInfo> SetDataBreakpoints(IEnumerable<DataBreakpointRequest> requests)
    {
        lock (_gate)
        {
            _dataBps = new List<Bp>();
            foreach (var r in requests)
            {
                var bp = NewBp(BpKind.Data, r.Condition, r.HitCondition, null);
                bp.Name = r.Name;
                bp.Frame = r.Frame;
                bp.Globals = r.Globals ?? r.Frame?.Globals;
                _dataBps.Add(bp);
            }
            return Commit(_dataBps);
        }
    }

    /// <summary>Exception breakpoints: stop where an exception is raised, and/or where one is about to go uncaught.</summary>
    public void SetExceptionBreakpoints(bool raised, bool uncaught)
    {
        lock (_gate)
        {
            _breakOnRaised = raised;
            _breakOnUncaught = uncaught;
        }
    }

    private Bp NewBp(BpKind kind, string? condition, string? hit, string? log)
    {
        var bp = new Bp { Id = _nextId++, Kind = kind, Condition = string.IsNullOrWhiteSpace(condition) ? null : condition };
        if (!string.IsNullOrWhiteSpace(hit))
        {
            if (HitCondition.TryParse(hit, out var h, out var error)) bp.Hit = h;
            else bp.Message = error;
        }
        if (!string.IsNullOrEmpty(log))
        {
            if (LogMessageTemplate.TryParse(log, out var t, out var error))
            {
                bp.Log = t;
                t!.Owner = bp;
            }
            else bp.Message = error;
        }
        if (bp.Condition is not null && _evaluator is null) bp.Message = "conditions need an expression evaluator";
        return bp;
    }

    private IReadOnlyList<BreakpointInfo> Commit(List<Bp> list)
    {
        ResolveAll();
        Reinstrument();
        RequestBreak();
        var result = new List<BreakpointInfo>(list.Count);
        foreach (var bp in list) result.Add(Info(bp));
        return result;
    }

    /// <summary>The message of a line breakpoint whose file has not been loaded (it is verified when a
    /// module of that file is registered, see <see cref="BreakpointChanged"/>).</summary>
    public const string PendingMessage = "pending: the file has not been loaded yet";

    /// <summary>Every current breakpoint's answer, by id (under _gate).</summary>
    private Dictionary<int, BreakpointInfo> SnapshotInfos()
    {
        var result = new Dictionary<int, BreakpointInfo>();
        foreach (var list in _lineBps.Values)
            foreach (var bp in list) result[bp.Id] = Info(bp);
        foreach (var bp in _functionBps) result[bp.Id] = Info(bp);
        foreach (var bp in _instructionBps) result[bp.Id] = Info(bp);
        foreach (var bp in _dataBps) result[bp.Id] = Info(bp);
        return result;
    }

    /// <summary>The answers that differ (Verified, Line or Message) from <paramref name="before"/> (under _gate).</summary>
    private List<BreakpointInfo> ChangedInfos(Dictionary<int, BreakpointInfo> before)
    {
        var changed = new List<BreakpointInfo>();
        foreach (var (id, now) in SnapshotInfos())
        {
            if (!before.TryGetValue(id, out var old)) continue;
            if (old.Verified != now.Verified || old.Line != now.Line || old.Message != now.Message) changed.Add(now);
        }
        changed.Sort((a, b) => a.Id.CompareTo(b.Id));
        return changed;
    }

    private static BreakpointInfo Info(Bp bp)
    {
        var verified = bp.Locations.Count > 0 && bp.Message is null;
        var message = bp.Message ?? (bp.Locations.Count > 0 ? null : bp.Kind switch
        {
            BpKind.Line => bp.Pending ? PendingMessage : "no code at or after this line",
            BpKind.Function => $"no function named '{bp.FunctionName}'",
            BpKind.Instruction => "no instruction at this offset",
            _ => $"no store to '{bp.Name}'",
        });
        return new BreakpointInfo(bp.Id, verified, bp.ActualLine, message) { Locations = bp.Locations.ToArray() };
    }

    /// <summary>Resolves every breakpoint to instruction locations and rebuilds the site map.</summary>
    private void ResolveAll()
    {
        _sites.Clear();
        foreach (var (file, list) in _lineBps)
        {
            _resolvers.TryGetValue(file, out var resolver);
            foreach (var bp in list)
            {
                bp.Locations.Clear();
                bp.Pending = resolver is null;
                if (resolver is null) { bp.ActualLine = bp.Line; continue; }
                var resolved = resolver.Resolve(bp.Line);
                bp.ActualLine = resolved.ActualLine;
                bp.Locations.AddRange(resolved.Locations);
                if (bp.Message is null) AddSites(bp);
            }
        }
        foreach (var bp in _functionBps)
        {
            bp.Locations.Clear();
            foreach (var code in _allCodes)
            {
                if (code.Name == "<module>" || (code.QualName != bp.FunctionName && code.Name != bp.FunctionName)) continue;
                var index = EntryIndex(code);
                bp.Locations.Add(new CodeLocation(code, index));
                if (bp.ActualLine is null && index < code.Positions.Length) bp.ActualLine = code.Positions[index].Line;
            }
            if (bp.Message is null) AddSites(bp);
        }
        foreach (var bp in _instructionBps)
        {
            bp.Locations.Clear();
            var code = bp.Code!;
            if (bp.Index >= 0 && bp.Index < CodeInstrumentation.OriginalInstructions(code).Length)
            {
                bp.Locations.Add(new CodeLocation(code, bp.Index));
                bp.ActualLine = code.Positions[bp.Index].Line;
                if (!_lineStarts.ContainsKey(code)) _lineStarts[code] = new LineStarts(code);
            }
            if (bp.Message is null) AddSites(bp);
        }
        foreach (var bp in _dataBps)
        {
            bp.Locations.Clear();
            IEnumerable<CodeObject> codes = bp.Frame is { } f && f.LocalsDict is null ? new[] { f.Code } : _allCodes;
            foreach (var code in codes)
            {
                var ins = CodeInstrumentation.OriginalInstructions(code);
                for (var i = 0; i < ins.Length; i++)
                    if (StoreName(code, ins[i]) == bp.Name) bp.Locations.Add(new CodeLocation(code, i));
            }
            if (bp.Message is null) AddSites(bp);
        }
    }

    private void AddSites(Bp bp)
    {
        foreach (var loc in bp.Locations)
        {
            if (!_sites.TryGetValue(loc.Code, out var map)) _sites[loc.Code] = map = new Dictionary<int, List<Bp>>();
            if (!map.TryGetValue(loc.Index, out var list)) map[loc.Index] = list = new List<Bp>();
            list.Add(bp);
        }
    }

    /// <summary>Where a function breakpoint stops: the instruction after RESUME (the function's first line).</summary>
    private static int EntryIndex(CodeObject code)
    {
        var ins = CodeInstrumentation.OriginalInstructions(code);
        for (var i = 0; i < ins.Length && i < 8; i++)
            if (ins[i].Op == OpCode.RESUME) return i + 1 < ins.Length ? i + 1 : i;
        return 0;
    }

    /// <summary>The variable name an instruction stores to, or null when it is not a name store.</summary>
    private static string? StoreName(CodeObject code, Instruction ins) => ins.Op switch
    {
        OpCode.STORE_FAST => code.VarNames[ins.Arg],
        OpCode.STORE_DEREF => ins.Arg < code.CellVars.Length ? code.CellVars[ins.Arg] : code.FreeVars[ins.Arg - code.CellVars.Length],
        OpCode.STORE_NAME or OpCode.STORE_GLOBAL => code.Names[ins.Arg],
        _ => null,
    };

    /// <summary>Installs the instrumented bytecode every code object needs now (breakpoint sites,
    /// step sites, the return site) and restores the original everywhere else. Under _gate.</summary>
    private void Reinstrument()
    {
        var needed = new Dictionary<CodeObject, HashSet<int>>(ReferenceEqualityComparer.Instance);
        HashSet<int> Sites(CodeObject code)
        {
            if (!needed.TryGetValue(code, out var set)) needed[code] = set = new HashSet<int>();
            return set;
        }
        foreach (var (code, map) in _sites)
        {
            _lineStarts.TryGetValue(code, out var lines);
            foreach (var (index, bps) in map)
            {
                if (lines is null || !lines.IsJumpOnly(index))
                {
                    Sites(code).Add(index);
                    continue;
                }
                // A loop header's line event: instrument the jumps that reach it.
                foreach (var (jump, target) in lines.VirtualJumps)
                    if (target == index) Sites(code).Add(jump);
                foreach (var bp in bps)
                    if (bp.Kind != BpKind.Line) Sites(code).Add(index);
            }
        }
        var everything = _terminate || (_step != StepKind.None && (_granularity == StepGranularity.Instruction || _step == StepKind.Pause));
        if (_step != StepKind.None || _terminate)
        {
            foreach (var code in _allCodes)
            {
                var set = Sites(code);
                var ins = CodeInstrumentation.OriginalInstructions(code);
                if (everything)
                {
                    for (var i = 0; i < ins.Length; i++) set.Add(i);
                    continue;
                }
                var starts = _lineStarts[code];
                for (var i = 0; i < ins.Length; i++)
                    if ((starts.IsLineStart(i) && !starts.IsJumpOnly(i)) || ins[i].Op is OpCode.RETURN_VALUE or OpCode.YIELD_VALUE) set.Add(i);
                foreach (var jump in starts.VirtualJumps.Keys) set.Add(jump);
            }
        }
        if (_returnSite is { } rs) Sites(rs.Frame.Code).Add(rs.Index);
        foreach (var code in _instrumented)
            if (!needed.ContainsKey(code)) CodeInstrumentation.Restore(code);
        _instrumented.Clear();
        foreach (var (code, set) in needed)
        {
            // Function entry (RESUME): records the entry arguments for restart frame.
            if (set.Count > 0 && code.Name != "<module>" && !code.IsGenerator) set.Add(0);
            CodeInstrumentation.Apply(code, set);
            if (set.Count > 0) _instrumented.Add(code);
        }
    }
}
