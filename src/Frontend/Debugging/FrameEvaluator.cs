using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Debugging;

/// <summary>
/// Evaluates expressions and runs debug-console input in a stopped frame, like pdb's
/// eval(source, f_globals, f_locals): the text is compiled as module-like code (names are read
/// with LOAD_NAME) and run with a locals mapping built from the frame's fast locals, cell and free
/// variables, and with the frame's globals and builtins. Assignments are written back: to the
/// frame's locals (fast, cell, free), to globals (a `global` statement, or a name that is already
/// a global and not a local of the frame); a deleted local becomes unbound; any other name the
/// console binds in a function frame stays with that frame (as in CPython's frame.f_locals): later
/// console input there sees it, the program does not. For module and class
/// bodies the namespace dict itself is used. Unlike pdb, nested scopes of the input (lambdas,
/// comprehension bodies) see the frame's locals too: when the input has nested code, it runs with
/// a copy of the globals overlaid with the locals, and changes to that copy go back to the globals
/// (a function defined at the console keeps the copy as its globals).
/// Errors are returned as the Python error line; nothing is thrown. Must run on the thread that
/// runs the program (it executes Python code with that thread's PyContext).
/// </summary>
public sealed partial class FrameEvaluator : IFrameEvaluator
{
    private const string ResultName = "__pydbg_result__";
    /// <summary>The file name of evaluated code in tracebacks.</summary>
    public string FileName { get; init; } = "<string>";
    public int MaxReprLength { get; init; } = ValueFormatter.DefaultMaxLength;

    /// <summary>Evaluates one expression (breakpoint conditions, watches, hovers).</summary>
    public EvaluationResult Evaluate(Frame frame, string expression)
    {
        try
        {
            var value = EvaluateCompiled(frame, expression);
            return new EvaluationResult(value, null, ValueFormatter.SafeRepr(value, MaxReprLength));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var line = ErrorLine(e);
            return new EvaluationResult(null, line, line);
        }
    }

    /// <summary>Runs debug-console input: statements, or an expression whose repr is shown (nothing for None).</summary>
    public EvaluationResult Execute(Frame frame, string input)
    {
        try
        {
            var compiled = CompiledInput(input, out var isExpression);
            var value = Run(frame, compiled);
            if (!isExpression || value is null || value is PyNone) return new EvaluationResult(isExpression ? value : null, null, "");
            return new EvaluationResult(value, null, ValueFormatter.SafeRepr(value, MaxReprLength));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var line = ErrorLine(e);
            return new EvaluationResult(null, line, line);
        }
    }

    /// <summary>The debugger core's evaluator (breakpoint conditions, logpoint parts): the value, or
    /// a thrown PyException (a SyntaxError for unparsable text) when the evaluation fails.</summary>
    PyObject IFrameEvaluator.Evaluate(Frame frame, string expression)
    {
        try
        {
            return EvaluateCompiled(frame, expression);
        }
        catch (PythonSyntaxError e)
        {
            throw PyExc.Error(PyExc.SyntaxError, e.Msg);
        }
        catch (InsufficientExecutionStackException)
        {
            throw PyExc.Recursion();
        }
    }

    /// <summary>A breakpoint condition: true when the expression's value is truthy. An error makes
    /// the condition false and sets <paramref name="error"/>.</summary>
    public bool EvaluateCondition(Frame frame, string expression, out string? error)
    {
        var result = Evaluate(frame, expression);
        error = result.Error;
        if (result.Value is null) return false;
        try { return Ops.IsTrue(result.Value); }
        catch (PyException e) { error = ValueFormatter.ExceptionLine(e.Value); return false; }
    }

    /// <summary>str() of an expression's value (logpoint interpolation); the error line when it fails.</summary>
    public string EvaluateToString(Frame frame, string expression)
    {
        var result = Evaluate(frame, expression);
        if (result.Value is null) return result.Text;
        try { return Ops.Str(result.Value); }
        catch (PyException e) { return ValueFormatter.ExceptionLine(e.Value); }
    }

    /// <summary>DAP setVariable / setExpression: evaluates <paramref name="expression"/> in the frame
    /// and assigns it to child <paramref name="name"/> of the container behind <paramref name="reference"/>.</summary>
    public Variable? SetVariable(Frame frame, VariableHandles handles, int reference, string name, string expression, out string? error)
    {
        var result = Evaluate(frame, expression);
        if (result.Value is null) { error = result.Error; return null; }
        return VariableSetter.SetChild(handles, reference, name, result.Value, out error);
    }

    private static CodeObject? _emptyModule;

    /// <summary>A frame whose namespace is the module namespace <paramref name="globals"/> (evaluation
    /// "in the global scope": names are read and written there).</summary>
    public static Frame ModuleFrame(PyDict globals, PyDict builtins)
    {
        var code = _emptyModule ??= Compiler.CompileModule(new Module(Array.Empty<Stmt>()), new SourceText("<module>", ""));
        return new Frame(code, globals, builtins) { LocalsDict = globals };
    }

    /// <summary>DAP setExpression: assigns the value of <paramref name="value"/> to the target
    /// <paramref name="target"/> (a name, attribute, subscript or tuple of them) in the frame, as the
    /// statement <c>target = value</c> would; returns the target's new value (or the error line).</summary>
    public EvaluationResult Assign(Frame frame, string target, string value)
    {
        try
        {
            Parser.ParseExpression(new SourceText(FileName, target));
            Parser.ParseExpression(new SourceText(FileName, value));
        }
        catch (PythonSyntaxError e)
        {
            var line = e.Kind + ": " + e.Msg;
            return new EvaluationResult(null, line, line);
        }
        var assigned = Execute(frame, "(" + target + ") = (\n" + value + "\n)");
        return assigned.Succeeded ? Evaluate(frame, target) : assigned;
    }

    private static Assign AssignResult(Expr value) =>
        new Assign(new Expr[] { new Name(ResultName, ExprContext.Store) { Span = value.Span } }, value) { Span = value.Span };

    private static string ErrorLine(Exception e) => e switch
    {
        PyException p => ValueFormatter.ExceptionLine(p.Value),
        PythonSyntaxError s => s.Kind + ": " + s.Msg,
        InsufficientExecutionStackException => "RecursionError: maximum recursion depth exceeded",
        _ => "SystemError: internal error while evaluating (" + e.GetType().Name + ")",
    };

    /// <summary>Runs compiled module-like code in the frame's namespaces; returns the result variable's value.</summary>
    private static PyObject? Run(Frame frame, CodeObject code)
    {
        var isNamespace = frame.LocalsDict is not null;
        var extras = isNamespace ? null : ConsoleLocalsOf(frame, create: false);
        var locals = frame.LocalsDict ?? BuildLocals(frame, extras);
        var before = isNamespace ? null : FrameInspector.Locals(frame);
        // Nested scopes of the input (comprehensions, lambdas) read the frame's locals as globals:
        // they run with a copy of the globals overlaid with the locals (written back afterwards).
        var globals = frame.Globals;
        if (!isNamespace && HasNestedCode(code))
        {
            globals = new PyDict();
            foreach (var kv in frame.Globals.Items) globals.SetItem(kv.Key, kv.Value);
            foreach (var kv in locals.Items) globals.SetItem(kv.Key, kv.Value);
        }
        var evalFrame = new Frame(code, globals, frame.Builtins) { LocalsDict = locals, Back = frame };
        var context = PyContext.Current;
        if (++context.CallDepth > context.RecursionLimit)
        {
            context.CallDepth--;
            throw PyExc.Recursion();
        }
        // No debugger stops inside evaluated code (a breakpoint in a function it calls would
        // otherwise stop the thread again while it is already stopped).
        var hooks = Interpreter.Hooks;
        Interpreter.Hooks = null;
        try
        {
            Interpreter.Run(evalFrame);
        }
        finally
        {
            Interpreter.Hooks = hooks;
            if (!isNamespace)
            {
                WriteBack(frame, locals, before!, extras);
                if (!ReferenceEquals(globals, frame.Globals)) WriteBackGlobals(frame, globals, before!, ConsoleLocalsOf(frame, create: false));
            }
        }
        locals.TryGetValue(ResultName, out var result);
        locals.Remove(ResultName);
        return result;
    }

    private static bool HasNestedCode(CodeObject code)
    {
        foreach (var c in code.Constants) if (c is CodeObject) return true;
        return false;
    }

    /// <summary>Copies the changes nested code made to the overlaid globals copy into the real globals.</summary>
    private static void WriteBackGlobals(Frame frame, PyDict copy, List<KeyValuePair<string, PyObject>> overlaid, PyDict? extras)
    {
        var localNames = new HashSet<string>();
        foreach (var kv in overlaid) localNames.Add(kv.Key);
        if (extras is not null)
            foreach (var key in extras.Keys)
                if (key is PyStr ks) localNames.Add(ks.Value);
        foreach (var kv in copy.Items)
        {
            if (kv.Key is PyStr s && (localNames.Contains(s.Value) || s.Value == ResultName)) continue;
            if (!frame.Globals.TryGetValue(kv.Key, out var old) || !ReferenceEquals(old, kv.Value))
                frame.Globals.SetItem(kv.Key, kv.Value);
        }
        var removed = new List<PyObject>();
        foreach (var key in frame.Globals.Keys)
            if (!copy.TryGetValue(key, out _) && !(key is PyStr s && localNames.Contains(s.Value))) removed.Add(key);
        foreach (var key in removed) frame.Globals.Remove(key);
    }

    private static PyDict BuildLocals(Frame frame, PyDict? extras)
    {
        var dict = new PyDict();
        if (extras is not null)
            foreach (var kv in extras.Items) dict.SetItem(kv.Key, kv.Value);
        foreach (var kv in FrameInspector.Locals(frame)) dict.SetItem(kv.Key, kv.Value);
        return dict;
    }

    /// <summary>Names the console bound in a function frame that are not variables of its code
    /// (`import os`, `tmp = ...`): kept with the frame, as CPython keeps them in frame.f_locals,
    /// so later console input in that frame sees them; the program's code never does.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Frame, PyDict> ConsoleLocals = new();

    /// <summary>Frames that got console locals so far (0: the lookup can be skipped on hot paths).</summary>
    private static int _consoleLocalFrames;

    private static PyDict? ConsoleLocalsOf(Frame frame, bool create)
    {
        if (ConsoleLocals.TryGetValue(frame, out var dict)) return dict;
        if (!create) return null;
        dict = new PyDict();
        ConsoleLocals.Add(frame, dict);
        Interlocked.Increment(ref _consoleLocalFrames);
        return dict;
    }

    private static bool HasConsoleLocals(Frame frame) =>
        Volatile.Read(ref _consoleLocalFrames) != 0 && ConsoleLocals.TryGetValue(frame, out var d) && d.Count > 0;

    private static void WriteBack(Frame frame, PyDict locals, List<KeyValuePair<string, PyObject>> before, PyDict? extras)
    {
        var code = frame.Code;
        var bound = new Dictionary<string, PyObject>();
        foreach (var kv in before) bound[kv.Key] = kv.Value;
        void Sync(string name)
        {
            var has = locals.TryGetValue(name, out var now);
            bound.TryGetValue(name, out var was);
            if (has && !ReferenceEquals(now, was)) VariableSetter.TrySetLocal(frame, name, now);
            else if (!has && was is not null) VariableSetter.TrySetLocal(frame, name, null);
        }
        var cellNames = new HashSet<string>(code.CellVars);
        foreach (var n in code.FreeVars) cellNames.Add(n);
        for (var i = 0; i < code.VarNames.Length; i++)
            if (!cellNames.Contains(code.VarNames[i])) Sync(code.VarNames[i]);
        foreach (var n in cellNames) Sync(n);
        foreach (var kv in locals.Items)
        {
            if (kv.Key is not PyStr s || s.Value == ResultName) continue;
            var name = s.Value;
            if (Array.IndexOf(code.VarNames, name) >= 0 || cellNames.Contains(name)) continue;
            if (extras is not null && extras.TryGetValue(kv.Key, out _)) extras.SetItem(kv.Key, kv.Value);
            else if (frame.Globals.TryGetValue(name, out var g))
            {
                if (!ReferenceEquals(g, kv.Value)) frame.Globals.SetItem(name, kv.Value);
            }
            else (extras ??= ConsoleLocalsOf(frame, create: true)!).SetItem(kv.Key, kv.Value);
        }
        if (extras is not null)
        {
            List<PyObject>? deleted = null;
            foreach (var key in extras.Keys)
                if (!locals.TryGetValue(key, out _)) (deleted ??= new List<PyObject>()).Add(key);
            if (deleted is not null)
                foreach (var key in deleted) extras.Remove(key);
        }
    }
}
