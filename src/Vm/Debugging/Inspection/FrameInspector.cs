using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>
/// Read-only views of stopped frames: the call stack, locals (fast locals by VarNames, then cell
/// and free variables; unbound ones omitted), globals (without __builtins__), builtins and the
/// operand stack (bottom to top, NULL slots as null). The frame must not be executing.
/// </summary>
public static class FrameInspector
{
    /// <summary>The call stack starting at <paramref name="top"/> (innermost first), following Back links.</summary>
    public static List<FrameView> Stack(Frame top)
    {
        var list = new List<FrameView>();
        var depth = 0;
        for (var f = top; f is not null && depth < 100_000; f = f.Back, depth++)
            list.Add(View(f, depth));
        return list;
    }

    /// <summary>The stack of a stop, innermost first. The innermost frame is shown at the stop's
    /// instruction, which can differ from its Ip (a line breakpoint on a loop header reports the
    /// instruction the backward jump leads to).</summary>
    public static List<FrameView> Stack(StopEvent stop)
    {
        var list = Stack(stop.Frame);
        if (list.Count > 0 && (uint)stop.Index < (uint)stop.Code.Positions.Length)
            list[0] = list[0] with { Offset = stop.Offset, Span = stop.Code.Positions[stop.Index] };
        return list;
    }

    public static FrameView View(Frame frame, int depth = 0)
    {
        var code = frame.Code;
        return new FrameView(depth, frame, code.Name, code.QualName, code, 2 * frame.Ip, frame.CurrentSpan, code.FileName);
    }

    /// <summary>True for a frame that runs a function body (fast locals; no namespace dict).</summary>
    public static bool IsFunctionFrame(Frame frame) => frame.LocalsDict is null;

    /// <summary>The frame's local variables by name, in definition order: fast locals, cells, free
    /// variables; for module and class bodies, the namespace dict's entries. Unbound ones are omitted.</summary>
    public static List<KeyValuePair<string, PyObject>> Locals(Frame frame)
    {
        var result = new List<KeyValuePair<string, PyObject>>();
        var code = frame.Code;
        var seen = new HashSet<string>();
        if (frame.LocalsDict is { } ns)
        {
            foreach (var kv in ns.Items)
                if (kv.Key is PyStr s && !(s.Value == "__builtins__" && ReferenceEquals(ns, frame.Globals)) && seen.Add(s.Value))
                    result.Add(new(s.Value, kv.Value));
        }
        var names = code.VarNames;
        for (var i = 0; i < names.Length && i < frame.StackBase; i++)
        {
            var v = frame.Values[i].V;
            // A parameter that is also a cell variable lives in its cell (the slot keeps the entry value).
            if (v is not null && Array.IndexOf(code.CellVars, names[i]) < 0 && seen.Add(names[i]))
                result.Add(new(names[i], v));
        }
        if (frame.Cells is { } cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                var name = CellName(frame, i);
                if (name is not null && cells[i]?.Value is { } cv && seen.Add(name))
                    result.Add(new(name, cv));
            }
        }
        return result;
    }

    /// <summary>The name of cell slot <paramref name="index"/> (cellvars then freevars).</summary>
    public static string? CellName(Frame frame, int index)
    {
        var code = frame.Code;
        if (index < code.CellVars.Length) return code.CellVars[index];
        index -= code.CellVars.Length;
        return index < code.FreeVars.Length ? code.FreeVars[index] : null;
    }

    /// <summary>The value of a local (fast local, cell or free variable, or namespace entry), or null.</summary>
    public static PyObject? TryGetLocal(Frame frame, string name)
    {
        var code = frame.Code;
        if (frame.Cells is { } cells)
            for (var i = 0; i < cells.Length; i++)
                if (CellName(frame, i) == name) return cells[i]?.Value;
        var slot = Array.IndexOf(code.VarNames, name);
        if (slot >= 0 && slot < frame.StackBase) return frame.Values[slot].V;
        if (frame.LocalsDict is { } ns && ns.TryGetValue(name, out var v)) return v;
        return null;
    }

    /// <summary>The module globals, without the __builtins__ entry.</summary>
    public static List<KeyValuePair<string, PyObject>> Globals(Frame frame) => DictEntries(frame.Globals, skipBuiltins: true);

    public static List<KeyValuePair<string, PyObject>> Builtins(Frame frame) => DictEntries(frame.Builtins, skipBuiltins: false);

    private static List<KeyValuePair<string, PyObject>> DictEntries(PyDict dict, bool skipBuiltins)
    {
        var result = new List<KeyValuePair<string, PyObject>>();
        foreach (var kv in dict.Items)
        {
            var name = kv.Key is PyStr s ? s.Value : ValueFormatter.SafeRepr(kv.Key);
            if (skipBuiltins && name == "__builtins__") continue;
            result.Add(new(name, kv.Value));
        }
        return result;
    }

    /// <summary>The operand stack, bottom to top; a null entry is a NULL slot.</summary>
    public static PyObject?[] OperandStack(Frame frame)
    {
        var sp = Math.Clamp(frame.Sp, frame.StackBase, frame.Values.Length);
        var result = new PyObject?[sp - frame.StackBase];
        for (var i = 0; i < result.Length; i++) result[i] = frame.Values[frame.StackBase + i].V;
        return result;
    }
}
