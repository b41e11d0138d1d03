using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>
/// Assigns a value to a variable of a stopped program: a frame's local (fast local, cell or free
/// variable, namespace entry), a global, a list/tuple-index, a dict key (named by its repr) or an
/// attribute. Errors come back as a message, never as a .NET exception.
/// </summary>
public static class VariableSetter
{
    /// <summary>Binds <paramref name="name"/> in the frame's locals: a cell/free variable, a fast
    /// local, or the namespace dict of a module or class body. False when the frame has no such local.</summary>
    public static bool TrySetLocal(Frame frame, string name, PyObject? value)
    {
        var code = frame.Code;
        if (frame.Cells is { } cells)
            for (var i = 0; i < cells.Length; i++)
                if (FrameInspector.CellName(frame, i) == name)
                {
                    if (cells[i] is null) cells[i] = new PyCell(value);
                    else cells[i].Value = value;
                    return true;
                }
        var slot = Array.IndexOf(code.VarNames, name);
        if (slot >= 0 && slot < frame.StackBase)
        {
            frame.Values[slot].V = value!;
            return true;
        }
        if (frame.LocalsDict is { } ns)
        {
            if (value is null) ns.Remove(name);
            else ns.SetItem(name, value);
            return true;
        }
        return false;
    }

    public static void SetGlobal(Frame frame, string name, PyObject? value)
    {
        if (value is null) frame.Globals.Remove(name);
        else frame.Globals.SetItem(name, value);
    }

    /// <summary>
    /// Sets child <paramref name="name"/> of the container behind <paramref name="reference"/>
    /// (a scope or a value handle) to <paramref name="value"/>. Returns the updated variable, or
    /// null with <paramref name="error"/> set ("TypeError: 'tuple' object does not support item assignment").
    /// </summary>
    public static Variable? SetChild(VariableHandles handles, int reference, string name, PyObject value, out string? error)
    {
        error = null;
        try
        {
            if (handles.TryGetScope(reference, out var frame, out var kind))
            {
                switch (kind)
                {
                    case ScopeKind.Locals:
                        if (!TrySetLocal(frame, name, value)) { error = $"'{name}' is not a local variable of this frame"; return null; }
                        break;
                    case ScopeKind.Globals:
                        SetGlobal(frame, name, value);
                        break;
                    case ScopeKind.Builtins:
                        frame.Builtins.SetItem(name, value);
                        break;
                    default:
                        error = "the operand stack cannot be modified";
                        return null;
                }
                return handles.Describe(name, value);
            }
            if (handles.Target(reference) is VariableHandles.ClassAttributesTarget cls)
            {
                Ops.SetAttr(cls.Type, name, value);
                return handles.Describe(name, value);
            }
            var target = handles.GetObject(reference);
            if (target is null) { error = "the variable is no longer available"; return null; }
            switch (target)
            {
                case PyList or PyTuple:
                    if (!int.TryParse(name, out var index)) { error = $"'{name}' is not an index"; return null; }
                    Ops.SetItem(target, PyInt.From(index), value);
                    break;
                case PyDict d:
                {
                    PyObject? key = null;
                    foreach (var k in d.Keys)
                        if (ValueFormatter.SafeRepr(k, handles.MaxReprLength) == name) { key = k; break; }
                    if (key is null) { error = $"KeyError: {name}"; return null; }
                    d.SetItem(key, value);
                    break;
                }
                case PySet:
                    error = "set items cannot be assigned";
                    return null;
                case PyBaseException e when name == "args":
                    Ops.SetAttr(e, "args", value);
                    break;
                case PyModule m:
                    m.Dict.SetItem(name, value);
                    break;
                default:
                    Ops.SetAttr(target, name, value);
                    break;
            }
            return handles.Describe(name, value);
        }
        catch (PyException e)
        {
            error = ValueFormatter.ExceptionLine(e.Value);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = "SystemError: " + e.GetType().Name;
            return null;
        }
    }
}
