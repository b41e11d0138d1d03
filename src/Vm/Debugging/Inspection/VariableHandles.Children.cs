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
            case PyBaseException e: return (0, 1 + (e.Dict?.Count ?? 0));
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
            {
                var entries = new List<KeyValuePair<string, PyObject>> { new("args", e.Args) };
                if (e.Dict is { } dict) foreach (var kv in dict) entries.Add(kv);
                AddPage(result, entries, start, count);
                return;
            }
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

    private void AddSequence(List<Variable> result, IReadOnlyList<PyObject> items, int length, int start, int count)
    {
        if (start == 0 && ShowLength) result.Add(Describe(LengthName, PyInt.From(length)));
        var end = count <= 0 ? length : Math.Min(length, start + count);
        for (var i = start; i < end; i++) result.Add(Describe(i.ToString(), items[i]));
    }
}
