using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// The exceptions being handled (sys.exc_info()): pushed while an except clause, a finally clause
/// run for an exception, or a with statement's __exit__ runs. A bare <c>raise</c> re-raises the
/// top; an exception raised meanwhile gets it as its __context__. Per thread, so a generator
/// (which runs on its own thread) has its own, as CPython's generators have their own exc state.
/// </summary>
public static class HandledExceptions
{
    [ThreadStatic] private static List<PyBaseException>? _stack;

    private static List<PyBaseException> Stack => _stack ??= new List<PyBaseException>();

    public static PyBaseException? Current => _stack is { Count: > 0 } s ? s[^1] : null;

    public static void Push(PyBaseException e) => Stack.Add(e);

    public static void Pop()
    {
        var s = Stack;
        if (s.Count > 0) s.RemoveAt(s.Count - 1);
    }

    /// <summary>Sets <paramref name="raised"/>.__context__ to <paramref name="handled"/> (CPython's
    /// _PyErr_SetObject), cutting a cycle if <paramref name="raised"/> is already in the chain.</summary>
    public static void SetContext(PyBaseException raised, PyBaseException? handled)
    {
        if (handled is null || ReferenceEquals(raised, handled)) return;
        var o = handled;
        while (o is not null)
        {
            if (ReferenceEquals(o.Context, raised))
            {
                o.Context = null;
                break;
            }
            o = o.Context;
        }
        raised.Context = handled;
    }
}
