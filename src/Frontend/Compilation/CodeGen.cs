using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Text;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Compilation;

/// <summary>
/// Code generation for one code unit (module, function, lambda, class body, comprehension), in
/// the style of CPython 3.11's compile.c. Statements set the current span and leave it set (like
/// CPython's SET_LOC); expressions set it for their own instructions and restore it afterwards, so
/// every instruction carries the span CPython would give it.
/// </summary>
internal sealed partial class CodeGen
{
    private readonly CompileUnitContext _ctx;
    private readonly Scope _scope;
    private readonly CodeGen? _parent;
    private readonly CodeBuilder _b = new();
    private readonly List<FBlock> _fblocks = new();
    /// <summary>Function-like scopes keep their locals in fast slots.</summary>
    private readonly bool _optimized;

    public CodeGen(CompileUnitContext ctx, Scope scope, CodeGen? parent)
    {
        _ctx = ctx;
        _scope = scope;
        _parent = parent;
        _optimized = scope.Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;
        if (_optimized)
            foreach (var v in scope.VarNames) _b.AddVarName(v);
    }

    private bool IsClass => _scope.Kind == ScopeKind.Class;

    private static SourceSpan StartLine(int line) => new(line, 0, line, 0);

    // ---------------- code units ----------------

    public CodeObject CompileModuleBody(IReadOnlyList<Stmt> body)
    {
        _b.CurrentSpan = SourceSpan.None;
        _b.Emit(OpCode.RESUME, 0);
        var start = 0;
        if (GetDocstring(body) is { } doc)
        {
            _b.CurrentSpan = body[0].Span;
            _b.Emit(OpCode.LOAD_CONST, _b.AddConst(doc));
            _b.Emit(OpCode.STORE_NAME, _b.AddName("__doc__"));
            start = 1;
        }
        for (var i = start; i < body.Count; i++) VisitStmt(body[i]);
        _b.EmitNoLine(OpCode.LOAD_CONST, _b.AddConst(PyNone.Instance));
        _b.EmitNoLine(OpCode.RETURN_VALUE);
        return _b.Build(new CodeBuilder.CodeInfo
        {
            Name = "<module>",
            QualName = "<module>",
            FileName = _ctx.FileName,
            FirstLineNo = 1,
            Flags = CodeFlags.None,
            CellVars = _scope.CellVars.ToArray(),
            FreeVars = _scope.FreeVars.ToArray(),
        });
    }

    private static PyStr? GetDocstring(IReadOnlyList<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: PyStr s } } ? s : null;

    private CodeObject BuildCode(int firstLine, Arguments? args)
    {
        var flags = CodeFlags.None;
        if (_optimized) flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
        if (args?.VarArg is not null) flags |= CodeFlags.VarArgs;
        if (args?.KwArg is not null) flags |= CodeFlags.VarKeywords;
        if (_scope.IsNested) flags |= CodeFlags.Nested;
        if (_scope.IsGenerator) flags |= CodeFlags.Generator;
        var argCount = 0;
        var posOnly = 0;
        var kwOnly = 0;
        if (args is not null)
        {
            posOnly = args.PosOnlyArgs.Count;
            argCount = args.PosOnlyArgs.Count + args.Args.Count;
            kwOnly = args.KwOnlyArgs.Count;
        }
        if (_scope.Kind == ScopeKind.Comprehension) argCount = 1;
        return _b.Build(new CodeBuilder.CodeInfo
        {
            Name = _scope.Name,
            QualName = _scope.QualName,
            FileName = _ctx.FileName,
            FirstLineNo = firstLine,
            Flags = flags,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            CellVars = _scope.CellVars.ToArray(),
            FreeVars = _scope.FreeVars.ToArray(),
        });
    }

    /// <summary>RESUME (after RETURN_GENERATOR / POP_TOP for generators) at the unit's first line.</summary>
    private void EmitPrologue(int firstLine)
    {
        _b.CurrentSpan = StartLine(firstLine);
        if (_scope.IsGenerator)
        {
            _b.Emit(OpCode.RETURN_GENERATOR);
            _b.Emit(OpCode.POP_TOP);
        }
        _b.Emit(OpCode.RESUME, 0);
    }

    // ---------------- names ----------------

    private int CellIndex(string name)
    {
        var i = _scope.CellVars.IndexOf(name);
        if (i >= 0) return i;
        var j = _scope.FreeVars.IndexOf(name);
        if (j >= 0) return _scope.CellVars.Count + j;
        throw new InvalidOperationException($"no cell for '{name}' in {_scope}");
    }

    private enum NameOpKind { Fast, Global, Deref, Name }

    private NameOpKind NameKind(string name)
    {
        switch (_scope.Lookup(name))
        {
            case SymbolKind.Free:
            case SymbolKind.Cell:
                if (_scope.CellVars.Contains(name) || _scope.FreeVars.Contains(name)) return NameOpKind.Deref;
                return _optimized ? NameOpKind.Fast : NameOpKind.Name;
            case SymbolKind.Local:
                return _optimized ? NameOpKind.Fast : NameOpKind.Name;
            case SymbolKind.GlobalImplicit:
                return _optimized ? NameOpKind.Global : NameOpKind.Name;
            default:
                return NameOpKind.Global;
        }
    }

    private void NameOp(string name, ExprContext ctx)
    {
        switch (NameKind(name))
        {
            case NameOpKind.Fast:
            {
                var i = _b.AddVarName(name);
                _b.Emit(ctx switch { ExprContext.Load => OpCode.LOAD_FAST, ExprContext.Store => OpCode.STORE_FAST, _ => OpCode.DELETE_FAST }, i);
                break;
            }
            case NameOpKind.Deref:
            {
                var i = CellIndex(name);
                _b.Emit(ctx switch
                {
                    ExprContext.Load => IsClass ? OpCode.LOAD_CLASSDEREF : OpCode.LOAD_DEREF,
                    ExprContext.Store => OpCode.STORE_DEREF,
                    _ => OpCode.DELETE_DEREF,
                }, i);
                break;
            }
            case NameOpKind.Global:
            {
                var i = _b.AddName(name);
                if (ctx == ExprContext.Load) _b.Emit(OpCode.LOAD_GLOBAL, i << 1);
                else _b.Emit(ctx == ExprContext.Store ? OpCode.STORE_GLOBAL : OpCode.DELETE_GLOBAL, i);
                break;
            }
            default:
            {
                var i = _b.AddName(name);
                _b.Emit(ctx switch { ExprContext.Load => OpCode.LOAD_NAME, ExprContext.Store => OpCode.STORE_NAME, _ => OpCode.DELETE_NAME }, i);
                break;
            }
        }
    }

    private void LoadConst(PyObject value) => _b.Emit(OpCode.LOAD_CONST, _b.AddConst(value));

    private PythonSyntaxError Error(string message, SourceSpan span) => _ctx.Error(message, span);
}
