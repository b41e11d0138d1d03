using System.Runtime.CompilerServices;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

/// <summary>
/// The bytecode interpreter: ONE dispatch loop over heap frames. A call of a VM function pushes a
/// Frame and continues in the same loop (no .NET recursion); RETURN_VALUE pops back. Native code
/// calling a Python function (sorted's key, a special method) runs a nested loop through
/// <see cref="Run"/>, bounded by the same depth counter (PyContext.CallDepth).
/// Exceptions thrown by native code as <see cref="PyException"/> are caught once around the loop,
/// recorded in the traceback and unwound frame by frame through the exception tables without
/// further .NET exceptions; a Python `raise` never throws a .NET exception until it leaves the
/// entry frame of the loop.
/// </summary>
public static partial class Interpreter
{
    /// <summary>The frame the innermost dispatch loop of this thread is executing (null when none).</summary>
    [ThreadStatic] private static Frame? _currentFrame;
    /// <summary>The exception being handled (sys.exc_info()), maintained by PUSH_EXC_INFO / POP_EXCEPT.</summary>
    [ThreadStatic] private static PyBaseException? _handled;

    public static Frame? CurrentFrame => _currentFrame;
    public static PyBaseException? HandledException => _handled;

    /// <summary>Runs a module (or class) body: <paramref name="globals"/> is both its globals and its namespace.</summary>
    public static PyObject RunModule(CodeObject code, PyDict globals, PyDict builtins)
    {
        var frame = new Frame(code, globals, builtins) { LocalsDict = globals };
        if (code.CellCount > 0) frame.InitCells(null);
        var context = PyContext.Current;
        if (++context.CallDepth > context.RecursionLimit)
        {
            context.CallDepth--;
            throw PyExc.Recursion();
        }
        frame.Back = _currentFrame;
        return Run(frame);
    }

    /// <summary>
    /// Runs <paramref name="entry"/> (whose depth the caller has already counted) from its Ip until
    /// it returns or yields; frames it calls run in the same loop. An exception leaving the entry
    /// frame is thrown as <see cref="PyException"/> (its traceback already holds the frames it left).
    /// </summary>
    public static PyObject Run(Frame entry)
    {
        var saved = _currentFrame;
        var frame = entry;
        entry.IsLoopEntry = true;
        try
        {
            while (true)
            {
                PyObject? result;
                PyBaseException exc;
                try
                {
                    result = Loop(ref frame, entry);
                    if (result is not null) return result;
                    exc = entry.Escaping!;
                    entry.Escaping = null;
                }
                catch (PyException e)
                {
                    if (Unwind(ref frame, entry, e.Value, addTraceback: true)) continue;
                    throw;
                }
                catch (InsufficientExecutionStackException)
                {
                    var error = PyExc.Recursion().Value;
                    if (Unwind(ref frame, entry, error, addTraceback: true)) continue;
                    throw new PyException(error);
                }
                throw new PyException(exc);
            }
        }
        finally
        {
            _currentFrame = saved;
        }
    }

    /// <summary>
    /// Finds the handler for <paramref name="exc"/>, raised at frame.Ip: records traceback entries,
    /// pops frames without a handler (stopping at <paramref name="entry"/>) and sets the handler's
    /// frame to continue at the handler. False when the exception leaves the entry frame.
    /// </summary>
    internal static bool Unwind(ref Frame frame, Frame entry, PyBaseException exc, bool addTraceback)
    {
        var context = PyContext.Current;
        if (_hooks is not null) DebugUnwind(frame, exc, addTraceback); // debugger: Interpreter.Debugging.cs
        if (addTraceback && exc.Context is null && _handled is { } handled && !ReferenceEquals(handled, exc))
            exc.Context = handled;
        if (addTraceback) OfferSuggestion(frame, exc);
        while (true)
        {
            if (addTraceback) exc.Traceback.Insert(0, frame.TracebackEntry());
            addTraceback = true;
            var code = frame.Code;
            var ip = frame.Ip;
            var table = code.ExceptionTable;
            for (var i = 0; i < table.Length; i++)
            {
                var e = table[i];
                if (ip < e.Start || ip >= e.End) continue;
                var values = frame.Values;
                var sp = frame.StackBase + e.Depth;
                Array.Clear(values, sp, values.Length - sp);
                if (e.PushLasti) values[sp++].V = PyInt.From(ip);
                values[sp++].V = exc;
                frame.Sp = sp;
                frame.Ip = e.Target;
                return true;
            }
            // No handler here: the frame is finished.
            context.CallDepth--;
            if (frame.Generator is null) Array.Clear(frame.Values, frame.StackBase, frame.Values.Length - frame.StackBase);
            if (ReferenceEquals(frame, entry)) return false;
            frame = frame.Back!;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException NameError(string name)
    {
        var e = PyExc.NameErr(name);
        (e.Value.Dict ??= new Dictionary<string, PyObject>())["name"] = PyStr.From(name);
        return e;
    }

    /// <summary>The key under which a NameError keeps CPython's "Did you mean" suggestion, computed
    /// where it was raised (the frame's names are gone when the traceback is printed).</summary>
    public const string SuggestionKey = "__pydbg_suggestion__";

    private static void OfferSuggestion(Frame frame, PyBaseException exc)
    {
        if (!ReferenceEquals(exc.Type, PyExc.NameError) || exc.Dict is null) return;
        if (exc.Dict.ContainsKey(SuggestionKey) || !exc.Dict.TryGetValue("name", out var n) || n is not PyStr name) return;
        IEnumerable<string>? locals = null;
        if (frame.LocalsDict is { } ld && !ReferenceEquals(ld, frame.Globals))
        {
            var keys = new List<string>();
            foreach (var k in ld.Keys) if (k is PyStr ks) keys.Add(ks.Value);
            locals = keys;
        }
        else if (frame.LocalsDict is null) locals = frame.Code.VarNames;
        var suggestion = Suggestions.ForName(name.Value, locals, frame.Globals, frame.Builtins);
        exc.Dict[SuggestionKey] = suggestion is null ? PyNone.Instance : PyStr.From(suggestion);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException UnboundLocal(string name) =>
        PyExc.Error(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException UnboundDeref(CodeObject code, int index)
    {
        if (index < code.CellVars.Length) return UnboundLocal(code.CellVars[index]);
        var name = code.FreeVars[index - code.CellVars.Length];
        return PyExc.Error(PyExc.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
    }

    private static string[] KwNames(CodeObject code, int index)
    {
        var cache = code.ConstCache ??= new object?[code.Constants.Length];
        if (cache[index] is string[] names) return names;
        var tuple = (PyTuple)code.Constants[index];
        names = new string[tuple.Items.Length];
        for (var i = 0; i < names.Length; i++) names[i] = ((PyStr)tuple.Items[i]).Value;
        cache[index] = names;
        return names;
    }
}
