using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// What a data breakpoint watches: a local variable of one function frame (any store to it in
/// that frame), or a global of one module namespace (a module-level name included). The DAP
/// dataId names it: "local:FRAME:NAME" or "global:MODULE:NAME", numbers given out by this registry
/// (frame ids of the session change on every stop; data breakpoints outlive a stop).
/// </summary>
public sealed class BreakpointDataTargets
{
    public sealed record Target(string DataId, string Name, Frame? Frame, PyDict? Globals, string Description)
    {
        public DataBreakpointRequest Request(string? condition, string? hitCondition) => new(Name, Frame, Globals, condition, hitCondition);
    }

    private readonly object _gate = new();
    private readonly Dictionary<string, Target> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _numbers = new(ReferenceEqualityComparer.Instance);

    public bool TryGet(string dataId, out Target target)
    {
        lock (_gate) return _targets.TryGetValue(dataId, out target!);
    }

    /// <summary>The target for variable <paramref name="name"/> of a Locals or Globals scope of <paramref name="frame"/>,
    /// or null with the reason in <paramref name="why"/>.</summary>
    public Target? ForScope(Frame frame, ScopeKind kind, string name, out string why)
    {
        switch (kind)
        {
            case ScopeKind.Locals:
                if (FrameInspector.IsFunctionFrame(frame))
                {
                    if (IsLocalName(frame.Code, name)) return Local(frame, name, out why);
                    why = $"'{name}' is not a local variable of {frame.Code.QualName}: data breakpoints watch variables only.";
                    return null;
                }
                if (frame.LocalsDict is { } locals && !ReferenceEquals(locals, frame.Globals))
                {
                    why = "Data breakpoints on the names of a class body are not supported.";
                    return null;
                }
                return Global(frame.Globals, name, out why);
            case ScopeKind.Globals:
                return Global(frame.Globals, name, out why);
            default:
                why = "Data breakpoints can watch the variables of a Locals or Globals scope only.";
                return null;
        }
    }

    /// <summary>The target for an expression that names a variable visible in <paramref name="frame"/>
    /// (a local of a function frame, else a global), or null.</summary>
    public Target? ForExpression(Frame frame, string expression, out string why)
    {
        var name = expression.Trim();
        if (!IsIdentifier(name))
        {
            why = $"'{expression}' is not a variable name: data breakpoints watch variables only.";
            return null;
        }
        if (FrameInspector.IsFunctionFrame(frame))
        {
            if (IsLocalName(frame.Code, name)) return Local(frame, name, out why);
        }
        else if (frame.LocalsDict is { } locals && !ReferenceEquals(locals, frame.Globals))
        {
            why = "Data breakpoints on the names of a class body are not supported.";
            return null;
        }
        if (frame.Globals.TryGetValue(name, out _) || Contains(frame.Code.Names, name)) return Global(frame.Globals, name, out why);
        why = $"'{name}' is not a variable of {frame.Code.QualName} nor a global of its module.";
        return null;
    }

    private Target Local(Frame frame, string name, out string why)
    {
        why = "";
        var dataId = $"local:{Number(frame)}:{name}";
        return Remember(new Target(dataId, name, frame, null, $"'{name}' in {frame.Code.QualName} (local; breaks when a store changes it)"));
    }

    private Target Global(PyDict globals, string name, out string why)
    {
        why = "";
        var module = globals.TryGetValue("__name__", out var n) && n is PyStr s ? s.Value : "?";
        var dataId = $"global:{Number(globals)}:{name}";
        return Remember(new Target(dataId, name, null, globals, $"'{name}' in module {module} (global; breaks when a store changes it)"));
    }

    private Target Remember(Target target)
    {
        lock (_gate) _targets[target.DataId] = target;
        return target;
    }

    private int Number(object owner)
    {
        lock (_gate)
        {
            if (_numbers.TryGetValue(owner, out var n)) return n;
            n = _numbers.Count + 1;
            _numbers[owner] = n;
            return n;
        }
    }


    private static bool IsLocalName(CodeObject code, string name) =>
        Contains(code.VarNames, name) || Contains(code.CellVars, name) || Contains(code.FreeVars, name);

    private static bool Contains(string[] names, string name)
    {
        foreach (var n in names)
            if (n == name) return true;
        return false;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (var c in s)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
