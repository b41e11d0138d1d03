using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>try/except/else/finally, raise (with cause and context chaining) and with.</summary>
public static partial class Executor
{
    private static ExecStatus ExecTry(Try t, Frame f)
    {
        if (t.FinalBody.Count == 0) return ExecTryExcept(t, f);

        ExecStatus status;
        PyException? pending = null;
        try
        {
            status = ExecTryExcept(t, f);
        }
        catch (PyException e)
        {
            if (e.Value.Context is null) HandledExceptions.SetContext(e.Value, HandledExceptions.Current);
            pending = e;
            status = ExecStatus.Normal;
        }
        var savedReturn = f.ReturnValue;
        ExecStatus finalStatus;
        if (pending is not null) HandledExceptions.Push(pending.Value);
        try
        {
            finalStatus = ExecBlock(t.FinalBody, f);
        }
        catch (PyException e) when (pending is not null)
        {
            if (e.Value.Context is null) HandledExceptions.SetContext(e.Value, pending.Value);
            throw;
        }
        finally
        {
            if (pending is not null) HandledExceptions.Pop();
        }
        // break / continue / return in a finally clause discard the pending exception.
        if (finalStatus != ExecStatus.Normal) return finalStatus;
        if (pending is not null) throw pending;
        f.ReturnValue = savedReturn;
        return status;
    }

    private static ExecStatus ExecTryExcept(Try t, Frame f)
    {
        if (t.Handlers.Count == 0) return ExecBlock(t.Body, f);
        ExecStatus status;
        try
        {
            status = ExecBlock(t.Body, f);
        }
        catch (PyException e)
        {
            // Raised while another exception was being handled (in an enclosing except clause).
            if (e.Value.Context is null) HandledExceptions.SetContext(e.Value, HandledExceptions.Current);
            return HandleException(t, e, f);
        }
        if (status != ExecStatus.Normal) return status;
        return ExecBlock(t.OrElse, f);
    }

    private static ExecStatus HandleException(Try t, PyException e, Frame f)
    {
        var exc = e.Value;
        var handler = FindHandler(t, exc, f);
        if (handler is null) throw e;
        if (handler.Name is not null) Evaluator.StoreName(handler.Name, exc, f);
        HandledExceptions.Push(exc);
        try
        {
            return ExecBlock(handler.Body, f);
        }
        catch (PyException inner)
        {
            if (!ReferenceEquals(inner.Value, exc) && inner.Value.Context is null)
                HandledExceptions.SetContext(inner.Value, exc);
            throw;
        }
        finally
        {
            HandledExceptions.Pop();
            if (handler.Name is not null) UnbindHandlerName(handler.Name, f);
        }
    }

    /// <summary>The first except clause that matches (evaluating the clauses' types in order), or null.</summary>
    public static ExceptHandler? FindHandler(Try t, PyBaseException exc, Frame f)
    {
        foreach (var handler in t.Handlers)
        {
            if (handler.Type is null) return handler;
            PyObject type;
            HandledExceptions.Push(exc);
            try { type = Evaluator.Eval(handler.Type, f); }
            catch (PyException inner)
            {
                if (inner.Value.Context is null) HandledExceptions.SetContext(inner.Value, exc);
                throw;
            }
            finally { HandledExceptions.Pop(); }
            if (ExceptionMatches(exc, type)) return handler;
        }
        return null;
    }

    /// <summary>`except E as name` ends with `del name` (the name is unbound even if it was bound before).</summary>
    public static void UnbindHandlerName(string name, Frame f)
    {
        try { Evaluator.DeleteName(name, f); }
        catch (PyException) { /* already deleted in the handler */ }
    }

    /// <summary>except T: T is an exception class or a tuple of them.</summary>
    public static bool ExceptionMatches(PyBaseException exc, PyObject type)
    {
        switch (type)
        {
            case PyType t:
                if (!t.IsSubtypeOf(PyExc.BaseException))
                    throw PyExc.TypeErr("catching classes that do not inherit from BaseException is not allowed");
                return exc.Type.IsSubtypeOf(t);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                    if (ExceptionMatches(exc, item)) return true;
                return false;
            default:
                throw PyExc.TypeErr("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    private static void ExecRaise(Raise r, Frame f)
    {
        if (r.Exc is null)
        {
            var current = HandledExceptions.Current
                ?? throw PyExc.Error(PyExc.RuntimeError, "No active exception to reraise");
            throw new PyException(current);
        }
        var exc = ToException(Evaluator.Eval(r.Exc, f), "exceptions must derive from BaseException");
        if (r.Cause is not null)
        {
            var cause = Evaluator.Eval(r.Cause, f);
            exc.Cause = cause is PyNone ? null : ToException(cause, "exception causes must derive from BaseException");
            exc.SuppressContext = true;
        }
        HandledExceptions.SetContext(exc, HandledExceptions.Current);
        // A raise statement adds this frame to the traceback again, even for a caught exception.
        f.Annotated = null;
        throw new PyException(exc);
    }

    /// <summary>The exception instance for `raise X`: X itself, or X() for an exception class.</summary>
    private static PyBaseException ToException(PyObject value, string error)
    {
        if (value is PyBaseException instance) return instance;
        if (value is PyType type && type.IsSubtypeOf(PyExc.BaseException))
        {
            var created = Ops.Call(type, ReadOnlySpan<PyObject>.Empty);
            if (created is PyBaseException e) return e;
            throw PyExc.TypeErr($"calling {Ops.Repr(type)} should have returned an instance of BaseException, not {Ops.TypeName(created)}");
        }
        throw PyExc.TypeErr(error);
    }

    private static ExecStatus ExecWith(With w, int index, Frame f)
    {
        var (manager, exit) = EnterWith(w, w.Items[index], f);
        ExecStatus status;
        try
        {
            status = index + 1 < w.Items.Count ? ExecWith(w, index + 1, f) : ExecBlock(w.Body, f);
        }
        catch (PyException e)
        {
            if (ExitWith(w, manager, exit, e.Value, f)) return ExecStatus.Normal;
            throw;
        }
        ExitWith(w, manager, exit, null, f);
        return status;
    }

    /// <summary>Evaluates a with item, calls __enter__ and binds the as-target; returns the manager and its __exit__.</summary>
    public static (PyObject Manager, PyObject Exit) EnterWith(With w, WithItem item, Frame f)
    {
        var manager = Evaluator.Eval(item.ContextExpr, f);
        try
        {
            var type = manager.Type;
            var enter = type.Lookup("__enter__");
            var exit = type.Lookup("__exit__");
            if (enter is null || exit is null)
                throw PyExc.TypeErr($"'{type.Name}' object does not support the context manager protocol");
            var value = Ops.Call(enter, new[] { manager });
            if (item.OptionalVars is not null) Assign(item.OptionalVars, value, f);
            return (manager, exit);
        }
        catch (PyException e) when (f.Annotate(e, w))
        {
            throw;
        }
    }

    /// <summary>Calls __exit__ (with the exception when the body raised one); true when it suppresses the exception.</summary>
    public static bool ExitWith(With w, PyObject manager, PyObject exit, PyBaseException? exc, Frame f)
    {
        try
        {
            if (exc is null)
            {
                Ops.Call(exit, new PyObject[] { manager, PyNone.Instance, PyNone.Instance, PyNone.Instance });
                return false;
            }
            HandledExceptions.Push(exc);
            try
            {
                return Ops.IsTrue(Ops.Call(exit, new PyObject[] { manager, exc.Type, exc, PyNone.Instance }));
            }
            catch (PyException inner)
            {
                if (!ReferenceEquals(inner.Value, exc) && inner.Value.Context is null)
                    HandledExceptions.SetContext(inner.Value, exc);
                throw;
            }
            finally
            {
                HandledExceptions.Pop();
            }
        }
        catch (PyException e) when (f.Annotate(e, w))
        {
            throw;
        }
    }
}
