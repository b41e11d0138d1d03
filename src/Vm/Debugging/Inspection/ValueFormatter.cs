using System.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>
/// Python's repr of a value for a debugger view: never throws (a failing user __repr__ shows
/// "&lt;repr failed: ValueError: ...&gt;") and is bounded: built-in containers stop building once
/// the text passes the limit, other reprs are cut, and the cut text ends with "...".
/// Must run on the thread that runs the program (user __repr__ methods execute Python code).
/// </summary>
public static class ValueFormatter
{
    /// <summary>Default maximum length of a shown repr.</summary>
    public const int DefaultMaxLength = 1000;

    /// <summary>The type name as CPython's type(x).__name__.</summary>
    public static string TypeName(PyObject? value) => value is null ? "<NULL>" : value.Type.Name;

    public static string SafeRepr(PyObject? value, int maxLength = DefaultMaxLength)
    {
        if (value is null) return "<NULL>";
        if (maxLength < 4) maxLength = 4;
        try
        {
            var text = BoundedRepr(value, maxLength);
            return text.Length > maxLength ? text[..(maxLength - 3)] + "..." : text;
        }
        catch (PyException e)
        {
            return "<repr failed: " + ExceptionLine(e.Value) + ">";
        }
        catch (InsufficientExecutionStackException)
        {
            return "<repr failed: RecursionError: maximum recursion depth exceeded>";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "<repr failed: " + e.GetType().Name + ">";
        }
    }

    /// <summary>"Type: message" (or "Type") of an exception, like the last line of a traceback.</summary>
    public static string ExceptionLine(PyBaseException exc)
    {
        var type = exc.Type;
        var name = type.Module is "builtins" or "__main__" or null ? type.QualName : type.Module + "." + type.QualName;
        string message;
        try { message = Ops.Str(exc); }
        catch (PyException) { message = "<exception str() failed>"; }
        catch (InsufficientExecutionStackException) { message = "<exception str() failed>"; }
        return message.Length == 0 ? name : name + ": " + message;
    }

    private static string BoundedRepr(PyObject value, int max)
    {
        switch (value)
        {
            case PyStr s when s.Value.Length > max:
                return Ops.Repr(PyStr.From(s.Value[..max])) + "...";
            case PyList l when l.Items.Count > 0:
                return Ops.ReprGuarded(l, "[...]", () => Join("[", "]", l.Items, max));
            case PyTuple t when t.Items.Length > 1:
                return Ops.ReprGuarded(t, "(...)", () => Join("(", ")", t.Items, max));
            case PySet set when set.Count > 0:
                return Ops.ReprGuarded(set, set.IsFrozen ? "frozenset(...)" : "{...}",
                    () => Join(set.IsFrozen ? "frozenset({" : "{", set.IsFrozen ? "})" : "}", set.Items, max));
            case PyDict d when d.Count > 0:
                return Ops.ReprGuarded(d, "{...}", () => JoinDict(d, max));
            case PyDbg.Vm.Execution.PyGenerator g:
                // CPython's gen_repr (the runtime's repr omits the name).
                return $"<generator object {g.QualName} at {ObjectIds.Hex(g)}>";
        }
        return Ops.Repr(value);
    }

    private static string Join(string open, string close, IEnumerable<PyObject> items, int max)
    {
        var sb = new StringBuilder(open);
        var first = true;
        foreach (var item in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(SafeRepr(item, max));
            if (sb.Length > max) return sb.Append("...").ToString();
        }
        return sb.Append(close).ToString();
    }

    private static string JoinDict(PyDict d, int max)
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var kv in d.Items)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(SafeRepr(kv.Key, max)).Append(": ").Append(SafeRepr(kv.Value, max));
            if (sb.Length > max) return sb.Append("...").ToString();
        }
        return sb.Append('}').ToString();
    }
}
