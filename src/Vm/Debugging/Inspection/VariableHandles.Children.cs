using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging.Inspection;

public sealed partial class VariableHandles
{
    /// <summary>Pseudo-child name of a container's length.</summary>
    public const string LengthName = "len()";
    /// <summary>Group child of an instance that expands to its class's attributes.</summary>
    public const string ClassAttributesName = "(class attributes)";

    /// <summary>(indexed, named) child counts of a value; both 0 when it is not expandable.</summary>
    public (int Indexed, int Named) ChildCounts(PyObject value)
    {
        var len = ShowLength ? 1 : 0;
        switch (value)
        {
            case PyList l: return l.Items.Count == 0 ? (0, 0) : (l.Items.Count, len);
            case PyTuple t: return t.Items.Length == 0 ? (0, 0) : (t.Items.Length, len);
            case PySet s: return s.Count == 0 ? (0, 0) : (s.Count, len);
            case PyDict d: return d.Count == 0 ? (0, 0) : (0, d.Count + len);
            case PyBaseException e: return (0, ExceptionEntries(e).Count);
            case PyGenerator g: return (0, GeneratorEntries(g).Count);
            case PyFunctionBase f: return (0, FunctionEntries(f).Count);
            case PyModule m: return (0, m.Dict.Count);
            case PyType t: return t.IsHeapType ? (0, ClassAttributes(t).Count) : (0, 0);
            case PyInstance inst:
            {
                var n = inst.Dict.Count + (ClassAttributes(inst.Type).Count > 0 ? 1 : 0);
                return (0, n);
            }
        }
        return (0, 0);
    }

    /// <summary>Non-dunder attributes of a user class and its user bases (nearest first).</summary>
    internal static List<KeyValuePair<string, PyObject>> ClassAttributes(PyType type)
    {
        var result = new List<KeyValuePair<string, PyObject>>();
        var seen = new HashSet<string>();
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType) continue;
            foreach (var kv in t.Dict)
                if (!(kv.Key.StartsWith("__") && kv.Key.EndsWith("__")) && seen.Add(kv.Key))
                    result.Add(kv);
        }
        return result;
    }

    private void AddObjectChildren(PyObject obj, List<Variable> result, int start, int count)
    {
        switch (obj)
        {
            case PyList l: AddSequence(result, l.Items, l.Items.Count, start, count); return;
            case PyTuple t: AddSequence(result, t.Items, t.Items.Length, start, count); return;
            case PySet s:
            {
                var items = new List<PyObject>(s.Items);
                AddSequence(result, items, items.Count, start, count);
                return;
            }
            case PyDict d:
            {
                if (start == 0 && ShowLength) result.Add(Describe(LengthName, PyInt.From(d.Count)));
                var i = 0;
                var end = count <= 0 ? int.MaxValue : start + count;
                foreach (var kv in d.Items)
                {
                    if (i >= end) break;
                    if (i++ >= start) result.Add(Describe(ValueFormatter.SafeRepr(kv.Key, MaxReprLength), kv.Value));
                }
                return;
            }
            case PyBaseException e:
                AddPage(result, ExceptionEntries(e), start, count);
                return;
            case PyGenerator g:
            {
                var entries = GeneratorEntries(g);
                var end = count <= 0 ? entries.Count : Math.Min(entries.Count, start + count);
                for (var i = start; i < end; i++)
                {
                    if (entries[i].Key == FrameLocalsName && !g.IsFinished)
                    {
                        // The suspended frame's locals, as a scope (expanding shows them live).
                        var frame = g.Frame;
                        var scope = Scope(frame, ScopeKind.Locals);
                        var line = frame.CurrentSpan.Line;
                        result.Add(new Variable(FrameLocalsName, $"<frame of {g.QualName}, line {line}>", "frame", scope, 0,
                            FrameInspector.Locals(frame).Count, null));
                        continue;
                    }
                    result.Add(Describe(entries[i].Key, entries[i].Value));
                }
                return;
            }
            case PyFunctionBase f:
                AddPage(result, FunctionEntries(f), start, count);
                return;
            case PyModule m:
            {
                var entries = new List<KeyValuePair<string, PyObject>>();
                foreach (var kv in m.Dict.Items)
                    entries.Add(new(kv.Key is PyStr s ? s.Value : ValueFormatter.SafeRepr(kv.Key), kv.Value));
                AddPage(result, entries, start, count);
                return;
            }
            case PyType t when t.IsHeapType:
                AddPage(result, ClassAttributes(t), start, count);
                return;
            case PyInstance inst:
            {
                var entries = new List<KeyValuePair<string, PyObject>>(inst.Dict);
                AddPage(result, entries, start, count);
                var end = count <= 0 ? int.MaxValue : start + count;
                if (entries.Count >= start && entries.Count < end && ClassAttributes(inst.Type).Count > 0)
                {
                    var attrs = ClassAttributes(inst.Type);
                    var id = Register(new ClassAttributesTarget(inst.Type));
                    result.Add(new Variable(ClassAttributesName, $"<class '{inst.Type.QualName}'>", "type", id, 0, attrs.Count, inst.Type));
                }
                return;
            }
        }
    }

    /// <summary>The pseudo child of a suspended generator that expands to its frame's locals.</summary>
    public const string FrameLocalsName = "gi_frame.f_locals";

    /// <summary>args, then __cause__ / __context__ when set, then the instance attributes.</summary>
    private static List<KeyValuePair<string, PyObject>> ExceptionEntries(PyBaseException e)
    {
        var entries = new List<KeyValuePair<string, PyObject>> { new("args", e.Args) };
        if (e.Cause is { } cause) entries.Add(new("__cause__", cause));
        if (e.Context is { } context && !ReferenceEquals(context, e.Cause)) entries.Add(new("__context__", context));
        if (e.Dict is { } dict)
            foreach (var kv in dict)
                if (!(kv.Key.StartsWith("__pydbg_", StringComparison.Ordinal))) entries.Add(kv);
        return entries;
    }

    /// <summary>A generator's state: __name__, __qualname__, gi_running, gi_suspended and (while it can
    /// still run) its frame's locals and current line.</summary>
    private static List<KeyValuePair<string, PyObject>> GeneratorEntries(PyGenerator g)
    {
        var suspended = !g.IsFinished && !g.IsRunning && g.Frame.Ip > 1;
        var entries = new List<KeyValuePair<string, PyObject>>
        {
            new("__name__", PyStr.From(g.Name)),
            new("__qualname__", PyStr.From(g.QualName)),
            new("gi_running", g.IsRunning ? PyBool.True : PyBool.False),
            new("gi_suspended", suspended ? PyBool.True : PyBool.False),
        };
        if (!g.IsFinished)
        {
            entries.Add(new("gi_frame.f_lineno", PyInt.From(g.Frame.CurrentSpan.Line)));
            entries.Add(new(FrameLocalsName, PyNone.Instance));
        }
        return entries;
    }

    /// <summary>A Python function: its names, defaults, keyword defaults, closure variables (by
    /// free-variable name) and attributes.</summary>
    private static List<KeyValuePair<string, PyObject>> FunctionEntries(PyFunctionBase f)
    {
        var entries = new List<KeyValuePair<string, PyObject>>
        {
            new("__name__", PyStr.From(f.Name)),
            new("__qualname__", PyStr.From(f.QualName)),
        };
        if (f.Defaults is { Length: > 0 } defaults) entries.Add(new("__defaults__", new PyTuple(defaults)));
        if (f.KwDefaults is { Count: > 0 } kw)
        {
            var d = new PyDict();
            foreach (var kv in kw) d.SetItem(kv.Key, kv.Value);
            entries.Add(new("__kwdefaults__", d));
        }
        if (f is VmFunction vm && vm.Closure is { } closure)
            for (var i = 0; i < closure.Length && i < vm.Code.FreeVars.Length; i++)
                if (closure[i]?.Value is { } v) entries.Add(new("(closure) " + vm.Code.FreeVars[i], v));
        if (f.Dict is { } dict) foreach (var kv in dict) entries.Add(kv);
        return entries;
    }

    private void AddSequence(List<Variable> result, IReadOnlyList<PyObject> items, int length, int start, int count)
    {
        if (start == 0 && ShowLength) result.Add(Describe(LengthName, PyInt.From(length)));
        var end = count <= 0 ? length : Math.Min(length, start + count);
        for (var i = start; i < end; i++) result.Add(Describe(i.ToString(), items[i]));
    }
}
