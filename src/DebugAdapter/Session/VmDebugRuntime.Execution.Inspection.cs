using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// Inspection helpers of the debug runtime: character columns of source spans (SourceSpan columns
/// are UTF-8 byte offsets), and for every variable reference of the current stop the frame it
/// belongs to and the expression that evaluates to it (so children get an evaluateName and
/// setVariable evaluates the new value in the right frame). All of it is valid until the program
/// resumes (<see cref="ForgetStopState"/>).
/// </summary>
public sealed partial class VmDebugRuntime
{
    /// <summary>Where a variable reference comes from: its frame and the expression naming it (null
    /// when it has none, e.g. an operand stack slot or a set item).</summary>
    public sealed record ReferenceInfo(Frame Frame, string? Expression);

    /// <summary>A child of a reference as the session shows it.</summary>
    public sealed record Child(Variable Variable, string? EvaluateName, bool IsVirtual);

    private readonly Dictionary<int, ReferenceInfo> _references = new();

    private void ForgetReferenceInfo()
    {
        lock (_references) _references.Clear();
    }

    /// <summary>The handle of a frame's scope (its children are named by the variable names).</summary>
    public int ScopeReference(Frame frame, ScopeKind kind)
    {
        var id = Handles.Scope(frame, kind);
        lock (_references) _references[id] = new ReferenceInfo(frame, kind == ScopeKind.OperandStack ? null : "");
        return id;
    }

    /// <summary>The origin of a live reference, or null when the reference is unknown or stale.</summary>
    public ReferenceInfo? InfoOf(int reference)
    {
        if (!Handles.IsValid(reference)) return null;
        lock (_references) return _references.TryGetValue(reference, out var info) ? info : null;
    }

    /// <summary>The frame a reference belongs to (the top frame of the stop when unknown).</summary>
    public Frame? FrameOf(int reference) => InfoOf(reference)?.Frame ?? CurrentStop?.Frame;

    /// <summary>Records where a variable of the reference <paramref name="parent"/> comes from, when it is expandable.</summary>
    public void NoteChild(int parent, Variable child, string? evaluateName)
    {
        if (child.VariablesReference == 0) return;
        var frame = FrameOf(parent);
        if (frame is null) return;
        var expression = child.Name == VariableHandles.ClassAttributesName && InfoOf(parent)?.Expression is { Length: > 0 } owner
            ? $"type({owner})"
            : evaluateName;
        lock (_references) _references.TryAdd(child.VariablesReference, new ReferenceInfo(frame, expression));
    }

    /// <summary>Whether the reference's children are indexed (list, tuple, set items; the operand
    /// stack), named (scopes, dicts, attributes), or both (indexed items plus a named len()).</summary>
    public (bool Indexed, bool Named) ChildKinds(int reference)
    {
        if (Handles.TryGetScope(reference, out _, out var kind)) return kind == ScopeKind.OperandStack ? (true, false) : (false, true);
        return Handles.GetObject(reference) is PyList or PyTuple or PySet ? (true, Handles.ShowLength) : (false, true);
    }

    /// <summary>The children of a reference, filtered ("indexed", "named", or null for all) and paged
    /// by (start, count; count 0 = all), each with its evaluateName. Must run on the program thread.</summary>
    public List<Child> Children(int reference, string? filter, int start, int count)
    {
        var (indexed, named) = ChildKinds(reference);
        var result = new List<Child>();
        if (filter == "indexed" && !indexed) return result;
        if (filter == "named" && !named) return result;
        List<Variable> variables;
        if (indexed && named && filter == "named")
        {
            variables = Handles.Children(reference, 0, 1);
            variables.RemoveAll(v => v.Name != VariableHandles.LengthName);
        }
        else
        {
            variables = Handles.Children(reference, start, count);
            if (indexed && named && filter == "indexed") variables.RemoveAll(v => v.Name == VariableHandles.LengthName);
        }
        var parent = InfoOf(reference)?.Expression;
        var target = Handles.GetObject(reference);
        var isScope = Handles.TryGetScope(reference, out var scopeFrame, out var scopeKind);
        // A global hidden by a local of the same name is reached through globals().
        var shadowable = isScope && scopeKind == ScopeKind.Globals && FrameInspector.IsFunctionFrame(scopeFrame);
        foreach (var v in variables)
        {
            var isVirtual = v.Name is VariableHandles.LengthName or VariableHandles.ClassAttributesName;
            var evaluateName = shadowable && FrameInspector.TryGetLocal(scopeFrame, v.Name) is not null
                ? $"globals()[{Ops.Repr(PyStr.From(v.Name))}]"
                : EvaluateName(parent, isScope, target, v.Name);
            NoteChild(reference, v, evaluateName);
            result.Add(new Child(v, evaluateName, isVirtual));
        }
        return result;
    }

    /// <summary>The expression of child <paramref name="name"/> of a container named <paramref name="parent"/>:
    /// x, x[0], x['key'], x.attr, len(x); null when there is none.</summary>
    public static string? EvaluateName(string? parent, bool parentIsScope, PyObject? target, string name)
    {
        if (parentIsScope) return parent is null ? null : name;
        if (string.IsNullOrEmpty(parent)) return null;
        if (name == VariableHandles.LengthName) return $"len({parent})";
        if (name == VariableHandles.ClassAttributesName) return null;
        return target switch
        {
            PyList or PyTuple or PyDict => $"{parent}[{name}]",
            PySet => null,
            _ => IsIdentifier(name) ? $"{parent}.{name}" : null,
        };
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_')) return false;
        foreach (var c in name)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
