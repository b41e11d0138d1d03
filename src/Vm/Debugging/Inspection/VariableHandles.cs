using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>The scopes a stopped frame offers.</summary>
public enum ScopeKind { Locals, Globals, Builtins, OperandStack }

/// <summary>
/// The variable-handle registry of one stop: small int ids (DAP's variablesReference) for scopes
/// of frames and for expandable values. Ids stay valid until <see cref="Clear"/>, which the
/// debugger calls when the program resumes. Not thread-safe; use it on one thread.
/// </summary>
public sealed partial class VariableHandles
{
    private readonly List<object> _targets = new();
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Frame, ScopeKind), int> _scopeIds = new();

    /// <summary>Maximum repr length of shown values.</summary>
    public int MaxReprLength { get; set; } = ValueFormatter.DefaultMaxLength;

    /// <summary>Whether containers get a "len()" pseudo-child first.</summary>
    public bool ShowLength { get; set; } = true;

    internal sealed record ScopeTarget(Frame Frame, ScopeKind Kind);
    /// <summary>The class attributes of an instance, shown as one group child.</summary>
    internal sealed record ClassAttributesTarget(PyType Type);

    /// <summary>Forgets every handle (call when the program resumes).</summary>
    public void Clear()
    {
        _targets.Clear();
        _ids.Clear();
        _scopeIds.Clear();
    }

    public int Count => _targets.Count;

    /// <summary>The handle of a frame's scope.</summary>
    public int Scope(Frame frame, ScopeKind kind)
    {
        if (_scopeIds.TryGetValue((frame, kind), out var id)) return id;
        _targets.Add(new ScopeTarget(frame, kind));
        id = _targets.Count;
        _scopeIds[(frame, kind)] = id;
        return id;
    }

    private int Register(object target)
    {
        if (_ids.TryGetValue(target, out var id)) return id;
        _targets.Add(target);
        id = _targets.Count;
        _ids[target] = id;
        return id;
    }

    internal object? Target(int id) => id >= 1 && id <= _targets.Count ? _targets[id - 1] : null;

    /// <summary>True when <paramref name="id"/> names a live handle.</summary>
    public bool IsValid(int id) => Target(id) is not null;

    /// <summary>The frame and scope of a scope handle, when it is one.</summary>
    public bool TryGetScope(int id, out Frame frame, out ScopeKind kind)
    {
        if (Target(id) is ScopeTarget s) { frame = s.Frame; kind = s.Kind; return true; }
        frame = null!; kind = default;
        return false;
    }

    /// <summary>The object behind a value handle, when it is one.</summary>
    public PyObject? GetObject(int id) => Target(id) as PyObject;

    /// <summary>A variable for <paramref name="value"/>, registering a handle if it has children.</summary>
    public Variable Describe(string name, PyObject? value)
    {
        if (value is null) return new Variable(name, "<NULL>", "NULL", 0, 0, 0, null);
        var (indexed, named) = ChildCounts(value);
        var reference = indexed + named > 0 ? Register(value) : 0;
        return new Variable(name, ValueFormatter.SafeRepr(value, MaxReprLength), ValueFormatter.TypeName(value),
            reference, indexed, named, value);
    }

    /// <summary>The children of a handle: a scope's variables or a value's items/attributes, paged
    /// by (start, count); count &lt;= 0 means all. Unknown handles give an empty list.</summary>
    public List<Variable> Children(int id, int start = 0, int count = 0)
    {
        var result = new List<Variable>();
        if (start < 0) start = 0;
        switch (Target(id))
        {
            case ScopeTarget scope:
                AddScope(scope, result, start, count);
                break;
            case ClassAttributesTarget cls:
                AddPage(result, ClassAttributes(cls.Type), start, count);
                break;
            case PyObject obj:
                AddObjectChildren(obj, result, start, count);
                break;
        }
        return result;
    }

    private void AddScope(ScopeTarget scope, List<Variable> result, int start, int count)
    {
        var frame = scope.Frame;
        switch (scope.Kind)
        {
            case ScopeKind.Locals: AddPage(result, FrameInspector.Locals(frame), start, count); break;
            case ScopeKind.Globals: AddPage(result, FrameInspector.Globals(frame), start, count); break;
            case ScopeKind.Builtins: AddPage(result, FrameInspector.Builtins(frame), start, count); break;
            case ScopeKind.OperandStack:
            {
                var stack = FrameInspector.OperandStack(frame);
                var end = count <= 0 ? stack.Length : Math.Min(stack.Length, start + count);
                for (var i = start; i < end; i++) result.Add(Describe(i.ToString(), stack[i]));
                break;
            }
        }
    }

    private void AddPage(List<Variable> result, List<KeyValuePair<string, PyObject>> entries, int start, int count)
    {
        var end = count <= 0 ? entries.Count : Math.Min(entries.Count, start + count);
        for (var i = start; i < end; i++) result.Add(Describe(entries[i].Key, entries[i].Value));
    }
}
