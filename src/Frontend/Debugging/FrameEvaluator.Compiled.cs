using System.Runtime.CompilerServices;
using PyDbg.Frontend.Compilation;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Debugging;

/// <summary>
/// The compiled-expression cache. An expression (a breakpoint condition, a logpoint part, a watch)
/// is parsed and compiled once per (text, code object of the frame) and then only run:
/// - in a function frame (or a module frame, whose locals are its globals) it is compiled as a
///   function <c>def __pydbg_eval__(a, b, ...): return (expression)</c> whose parameters are the
///   frame's locals, cells and free variables the expression reads (found with the symbol table);
///   a hit copies those values into the call and runs the function: no dict, no write-back;
/// - otherwise (class bodies, an expression that binds a name with :=, a name of the frame that is
///   unbound at this hit, a generator expression at top level) it runs module-like code compiled
///   once per text against a locals mapping, as pdb's eval(source, f_globals, f_locals) does.
/// Syntax errors are cached too (raised again at every hit); runtime errors are raised by each run.
/// Console input (statements) is compiled once per text.
/// </summary>
public sealed partial class FrameEvaluator
{
    private const string EvalFunctionName = "__pydbg_eval__";
    private const int MaxCacheEntries = 512;

    /// <summary>Whether function frames use the compiled-function path (false: always the locals
    /// mapping; the benchmark compares the two).</summary>
    public bool UseFunctionPath { get; init; } = true;

    private readonly object _cacheGate = new();
    private readonly Dictionary<ScopedKey, CompiledExpression> _expressions = new();
    private readonly Dictionary<string, CompiledText> _texts = new();
    private readonly Dictionary<string, CompiledText> _inputs = new();
    private CompiledExpression? _last;

    /// <summary>Number of compilations done so far (expressions and console input; for tests).</summary>
    public int CompileCount { get; private set; }

    /// <summary>Forgets every compiled expression.</summary>
    public void ClearCache()
    {
        lock (_cacheGate)
        {
            _expressions.Clear();
            _texts.Clear();
            _inputs.Clear();
            _last = null;
        }
    }

    private readonly struct ScopedKey(CodeObject code, string text) : IEquatable<ScopedKey>
    {
        public readonly CodeObject Code = code;
        public readonly string Text = text;
        public bool Equals(ScopedKey other) => ReferenceEquals(Code, other.Code) && string.Equals(Text, other.Text, StringComparison.Ordinal);
        public override bool Equals(object? obj) => obj is ScopedKey k && Equals(k);
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(Code) * 31 + Text.GetHashCode();
    }

    /// <summary>Module-like code compiled from a text (or the syntax error it gave).</summary>
    private sealed class CompiledText
    {
        public CodeObject? Code;
        public PythonSyntaxError? Error;
        public bool IsExpression;
    }

    /// <summary>An expression compiled for the frames of one code object.</summary>
    private sealed class CompiledExpression
    {
        public required CodeObject Scope;
        public required string Text;
        public required CompiledText Fallback;
        /// <summary>The __pydbg_eval__ function's code (null: the fallback path only).</summary>
        public CodeObject? FunctionCode;
        /// <summary>Where each parameter comes from: a fast-local index (&gt;= 0) or ~cell index.</summary>
        public int[] Sources = Array.Empty<int>();
        public PyObject[] Arguments = Array.Empty<PyObject>();
        public VmFunction? Function;
    }

    /// <summary>The value of <paramref name="expression"/> in <paramref name="frame"/> (throws
    /// PyException, PythonSyntaxError, InsufficientExecutionStackException).</summary>
    private PyObject EvaluateCompiled(Frame frame, string expression)
    {
        var entry = _last;
        if (entry is null || !ReferenceEquals(entry.Scope, frame.Code) || !string.Equals(entry.Text, expression, StringComparison.Ordinal))
        {
            entry = Lookup(frame, expression);
            _last = entry;
        }
        if (entry.FunctionCode is not null && !HasConsoleLocals(frame) && TryRunFunction(entry, frame, out var value)) return value;
        var fallback = entry.Fallback;
        if (fallback.Error is { } error) throw error;
        return Run(frame, fallback.Code!) ?? PyNone.Instance;
    }

    private static bool TryRunFunction(CompiledExpression entry, Frame frame, out PyObject value)
    {
        value = null!;
        var sources = entry.Sources;
        var args = entry.Arguments;
        var values = frame.Values;
        var cells = frame.Cells;
        for (var i = 0; i < sources.Length; i++)
        {
            var s = sources[i];
            PyObject? v;
            if (s >= 0) v = values[s].V;
            else if (cells is not null && ~s < cells.Length) v = cells[~s]?.Value;
            else v = null;
            if (v is null)
            {
                // An unbound name falls back to the globals in eval(): the mapping path does that.
                Array.Clear(args);
                return false;
            }
            args[i] = v;
        }
        var function = entry.Function;
        if (function is null || !ReferenceEquals(function.Globals, frame.Globals))
            entry.Function = function = new VmFunction(entry.FunctionCode!, frame.Globals, null);
        // No debugger stops inside evaluated code.
        var hooks = Interpreter.Hooks;
        Interpreter.Hooks = null;
        try
        {
            // The call copies the arguments into its frame before any Python code runs.
            value = function.Invoke(args, null);
        }
        finally
        {
            Interpreter.Hooks = hooks;
            Array.Clear(args);
        }
        return true;
    }

    private CompiledExpression Lookup(Frame frame, string expression)
    {
        var key = new ScopedKey(frame.Code, expression);
        lock (_cacheGate)
            if (_expressions.TryGetValue(key, out var found)) return found;
        var entry = Compile(frame, expression);
        lock (_cacheGate)
        {
            if (_expressions.Count >= MaxCacheEntries) _expressions.Clear();
            _expressions[key] = entry;
        }
        return entry;
    }

    private CompiledExpression Compile(Frame frame, string expression)
    {
        var fallback = CompiledExpressionText(expression);
        var entry = new CompiledExpression { Scope = frame.Code, Text = expression, Fallback = fallback };
        if (fallback.Error is not null || !UseFunctionPath) return entry;
        var isFunctionFrame = frame.LocalsDict is null;
        if (!isFunctionFrame && !ReferenceEquals(frame.LocalsDict, frame.Globals)) return entry; // class body
        try
        {
            var source = new SourceText(FileName, expression);
            var expr = Parser.ParseExpression(source).Body;
            // First pass: which names does the expression read from outside (all resolve as globals
            // of a parameterless function)? Any name it binds disqualifies the function path.
            var probe = EvalModule(expr, Array.Empty<string>());
            var table = SymbolTable.Build(probe, source);
            var scope = table.ScopeOf(probe.Body[0]);
            var read = new HashSet<string>();
            if (!CollectReads(scope, read)) return entry;
            var code = frame.Code;
            var names = new List<string>();
            var sources = new List<int>();
            if (isFunctionFrame)
            {
                foreach (var name in read)
                {
                    var source0 = SourceOf(code, name);
                    if (source0 is null) continue;
                    names.Add(name);
                    sources.Add(source0.Value);
                }
            }
            var module = EvalModule(expr, names);
            var compiled = Compiler.CompileModule(module, source);
            CodeObject? function = null;
            foreach (var c in compiled.Constants)
                if (c is CodeObject co && co.Name == EvalFunctionName) function = co;
            if (function is null || function.IsGenerator) return entry;
            entry.FunctionCode = function;
            entry.Sources = sources.ToArray();
            entry.Arguments = new PyObject[sources.Count];
            CompileCount++;
        }
        catch (PythonSyntaxError)
        {
            // The mapping path reports the error exactly as before.
        }
        return entry;
    }

    /// <summary>Where the value of a name of the frame lives: a fast slot, or ~cell index; null when it is not a local.</summary>
    private static int? SourceOf(CodeObject code, string name)
    {
        var cell = Array.IndexOf(code.CellVars, name);
        if (cell >= 0) return ~cell;
        var free = Array.IndexOf(code.FreeVars, name);
        if (free >= 0) return ~(code.CellVars.Length + free);
        var local = Array.IndexOf(code.VarNames, name);
        return local >= 0 ? local : null;
    }

    /// <summary>Names read as globals in the scope and its nested scopes; false when the expression binds a name itself.</summary>
    private static bool CollectReads(Scope scope, HashSet<string> read)
    {
        foreach (var (name, kind) in scope.Symbols)
        {
            if (kind == SymbolKind.GlobalImplicit) read.Add(name);
            else if (scope.Kind == Semantics.ScopeKind.Function && kind != SymbolKind.GlobalExplicit) return false;
        }
        foreach (var child in scope.Children)
            if (!CollectReads(child, read)) return false;
        return true;
    }

    private static Module EvalModule(Expr expr, List<string> parameters) => EvalModule(expr, parameters.ToArray());

    private static Module EvalModule(Expr expr, string[] parameters)
    {
        var span = expr.Span;
        var args = new Arg[parameters.Length];
        for (var i = 0; i < args.Length; i++) args[i] = new Arg(parameters[i], null) { Span = span };
        var arguments = new Arguments(Array.Empty<Arg>(), args, null, Array.Empty<Arg>(), Array.Empty<Expr?>(), null, Array.Empty<Expr>()) { Span = span };
        var def = new FunctionDef(EvalFunctionName, arguments, new Stmt[] { new Return(expr) { Span = span } }, Array.Empty<Expr>(), null) { Span = span };
        return new Module(new Stmt[] { def });
    }

    /// <summary>`__pydbg_result__ = expression` compiled once per text (or its syntax error).</summary>
    private CompiledText CompiledExpressionText(string expression)
    {
        lock (_cacheGate)
            if (_texts.TryGetValue(expression, out var found)) return found;
        var result = new CompiledText { IsExpression = true };
        try
        {
            var source = new SourceText(FileName, expression);
            var expr = Parser.ParseExpression(source).Body;
            result.Code = Compiler.CompileModule(new Module(new Stmt[] { AssignResult(expr) }), source);
        }
        catch (PythonSyntaxError e)
        {
            result.Error = e;
        }
        CompileCount++;
        lock (_cacheGate)
        {
            if (_texts.Count >= MaxCacheEntries) _texts.Clear();
            _texts[expression] = result;
        }
        return result;
    }

    /// <summary>Console input compiled once per text: statements, the last expression's value kept.</summary>
    private CodeObject CompiledInput(string input, out bool isExpression)
    {
        CompiledText? found;
        lock (_cacheGate) _inputs.TryGetValue(input, out found);
        if (found is null)
        {
            found = new CompiledText();
            try
            {
                var source = new SourceText(FileName, input);
                var body = new List<Stmt>(Parser.ParseInteractive(source).Body);
                found.IsExpression = body.Count > 0 && body[^1] is ExprStmt;
                if (found.IsExpression) body[^1] = AssignResult(((ExprStmt)body[^1]).Value);
                found.Code = Compiler.CompileModule(new Module(body), source);
            }
            catch (PythonSyntaxError e)
            {
                found.Error = e;
            }
            CompileCount++;
            lock (_cacheGate)
            {
                if (_inputs.Count >= MaxCacheEntries) _inputs.Clear();
                _inputs[input] = found;
            }
        }
        isExpression = found.IsExpression;
        if (found.Error is { } error) throw error;
        return found.Code!;
    }
}
