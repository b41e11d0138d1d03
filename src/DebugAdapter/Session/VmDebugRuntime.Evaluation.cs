using PyDbg.Frontend.Debugging;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// Evaluation support of the debug runtime (owner: DebugSession.Evaluation.cs): the frame an
/// evaluation runs in, variable references of evaluation results (expandable, with evaluateNames
/// for their children), and the goto targets of the current stop. All of it is valid for one stop.
/// </summary>
public sealed partial class VmDebugRuntime
{
    /// <summary>A goto target of the current stop: jump <see cref="Frame"/> to instruction <see cref="Index"/>.</summary>
    public sealed record GotoTargetInfo(Frame Frame, int Index, int Line);

    private readonly List<GotoTargetInfo> _gotoTargets = new();
    private StopEvent? _gotoTargetsStop;
    private readonly Dictionary<PyDict, Frame> _moduleFrames = new(ReferenceEqualityComparer.Instance);

    /// <summary>The frame an evaluation runs in: the frame with DAP id <paramref name="frameId"/>, or
    /// (no id) the global scope: the module namespace of the stopped frame. Program thread only.</summary>
    public Frame EvaluationFrame(int? frameId)
    {
        var stop = CurrentStop ?? throw new DapRequestException(NotStoppedMessage, DapRequestException.WrongState);
        if (frameId is { } id)
            return FrameById(id) ?? throw new DapRequestException(
                $"Unknown frameId {id}: frame ids are valid only while the program stays stopped (ask 'stackTrace' again).", DapRequestException.BadArguments);
        var top = stop.Frame;
        lock (_moduleFrames)
        {
            if (!_moduleFrames.TryGetValue(top.Globals, out var frame))
                _moduleFrames[top.Globals] = frame = FrameEvaluator.ModuleFrame(top.Globals, top.Builtins);
            return frame;
        }
    }

    /// <summary>Describes an evaluation result; when it is expandable, its reference remembers the
    /// frame and expression so that its children get evaluateNames (and setVariable works on them).</summary>
    public Variable DescribeResult(Frame frame, string? expression, PyObject value)
    {
        var v = Handles.Describe(expression ?? "", value);
        if (v.VariablesReference != 0)
        {
            var owner = expression is null ? null : IsDottedName(expression.Trim()) ? expression.Trim() : "(" + expression + ")";
            lock (_references) _references.TryAdd(v.VariablesReference, new ReferenceInfo(frame, owner));
        }
        return v;
    }

    /// <summary>True for a plain dotted name (a, a.b.c).</summary>
    public static bool IsDottedName(string text)
    {
        if (text.Length == 0) return false;
        var atStart = true;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (atStart) return false;
                atStart = true;
                continue;
            }
            if (atStart ? !(char.IsLetter(c) || c == '_') : !(char.IsLetterOrDigit(c) || c == '_')) return false;
            atStart = false;
        }
        return !atStart;
    }

    /// <summary>Registers a goto target of the current stop and returns its id (1-based).</summary>
    public int AddGotoTarget(Frame frame, int index, int line)
    {
        lock (_gotoTargets)
        {
            SyncGotoTargets();
            for (var i = 0; i < _gotoTargets.Count; i++)
                if (ReferenceEquals(_gotoTargets[i].Frame, frame) && _gotoTargets[i].Index == index) return i + 1;
            _gotoTargets.Add(new GotoTargetInfo(frame, index, line));
            return _gotoTargets.Count;
        }
    }

    /// <summary>The goto target with id <paramref name="id"/> of the current stop, or null.</summary>
    public GotoTargetInfo? GotoTarget(int id)
    {
        lock (_gotoTargets)
        {
            SyncGotoTargets();
            return id >= 1 && id <= _gotoTargets.Count ? _gotoTargets[id - 1] : null;
        }
    }

    /// <summary>Targets belong to one stop: a new stop forgets the old ones.</summary>
    private void SyncGotoTargets()
    {
        var stop = CurrentStop;
        if (ReferenceEquals(stop, _gotoTargetsStop)) return;
        _gotoTargets.Clear();
        _gotoTargetsStop = stop;
    }
}

/// <summary>Frame control (goto, restartFrame) on the stopped program thread.</summary>
public sealed partial class VmDebugRuntime
{
    /// <summary>Moves the stopped frame to instruction <paramref name="index"/>; null on success, else
    /// the refusal (FrameJumper's). The program stays stopped (CurrentStop follows the frame) and
    /// continues from there when resumed.</summary>
    public string? JumpFrame(Frame frame, int index)
    {
        var stop = CurrentStop;
        if (stop is null) return "the program is not stopped";
        if (!ReferenceEquals(stop.Frame, frame)) return "only the frame the program is stopped in can jump";
        return Debugger.JumpTo(frame, index);
    }

    /// <summary>Re-enters a function frame of the stop with its entry arguments (frames it called
    /// are discarded when the program resumes); null on success, else the refusal (FrameRestarter's).</summary>
    public string? RestartFrame(Frame frame)
    {
        if (CurrentStop is null) return "the program is not stopped";
        return FrameRestarter.Check(frame) ?? Debugger.RestartFrame(frame);
    }

    /// <summary>Whether a frame of the current stop can be restarted (DAP StackFrame.canRestart).</summary>
    public static bool CanRestart(Frame frame) => FrameRestarter.Check(frame) is null;
}
