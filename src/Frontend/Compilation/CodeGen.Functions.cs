using PyDbg.Frontend.Semantics;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Compilation;

internal enum ComprehensionKind { List, Set, Dict, Generator }

internal sealed partial class CodeGen
{
    // ---------------- def ----------------

    private void CompileFunctionDef(FunctionDef f)
    {
        foreach (var d in f.DecoratorList) VisitExpr(d);
        var firstLine = f.DecoratorList.Count > 0 ? f.DecoratorList[0].Span.Line : f.Span.Line;
        var flags = CompileDefaults(f.Args);
        if (CompileAnnotations(f.Args, f.Returns)) flags |= 4;
        var scope = _ctx.Table.ScopeOf(f);
        var child = new CodeGen(_ctx, scope, this);
        child.EmitPrologue(firstLine);
        var doc = GetDocstring(f.Body);
        child._b.AddConst(doc ?? (PyObject)PyNone.Instance);
        for (var i = doc is null ? 0 : 1; i < f.Body.Count; i++) child.VisitStmt(f.Body[i]);
        child._b.EmitNoLine(OpCode.LOAD_CONST, child._b.AddConst(PyNone.Instance));
        child._b.EmitNoLine(OpCode.RETURN_VALUE);
        var code = child.BuildCode(firstLine, f.Args);
        _b.CurrentSpan = f.Span;
        MakeClosure(code, scope, flags);
        ApplyDecorators(f.DecoratorList);
        NameOp(f.Name, ExprContext.Store);
    }

    private void ApplyDecorators(IReadOnlyList<Expr> decorators)
    {
        var saved = _b.CurrentSpan;
        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            _b.CurrentSpan = decorators[i].Span;
            _b.Emit(OpCode.CALL, 0);
        }
        _b.CurrentSpan = saved;
    }

    /// <summary>Pushes the defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags for them.</summary>
    private int CompileDefaults(Arguments args)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            _b.Emit(OpCode.BUILD_TUPLE, args.Defaults.Count);
            flags |= 1;
        }
        var names = new List<PyObject>();
        for (var i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            var def = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (def is null) continue;
            names.Add(PyStr.From(args.KwOnlyArgs[i].Name));
            VisitExpr(def);
        }
        if (names.Count > 0)
        {
            LoadConst(new PyTuple(names.ToArray()));
            _b.Emit(OpCode.BUILD_CONST_KEY_MAP, names.Count);
            flags |= 2;
        }
        return flags;
    }

    /// <summary>CPython 3.11 evaluates annotations at definition time into a (name, value, ...) tuple.</summary>
    private bool CompileAnnotations(Arguments args, Expr? returns)
    {
        var count = 0;
        void One(string name, Expr? annotation)
        {
            if (annotation is null) return;
            LoadConst(PyStr.From(name));
            VisitExpr(annotation);
            count += 2;
        }
        foreach (var a in args.Args) One(a.Name, a.Annotation);
        foreach (var a in args.PosOnlyArgs) One(a.Name, a.Annotation);
        if (args.VarArg is { } va) One(va.Name, va.Annotation);
        foreach (var a in args.KwOnlyArgs) One(a.Name, a.Annotation);
        if (args.KwArg is { } ka) One(ka.Name, ka.Annotation);
        One("return", returns);
        if (count == 0) return false;
        _b.Emit(OpCode.BUILD_TUPLE, count);
        return true;
    }

    /// <summary>Pushes the closure tuple (when the code has free variables), the code, and MAKE_FUNCTION.</summary>
    private void MakeClosure(CodeObject code, Scope scope, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var name in code.FreeVars) _b.Emit(OpCode.LOAD_CLOSURE, CellIndex(name));
            _b.Emit(OpCode.BUILD_TUPLE, code.FreeVars.Length);
            flags |= 8;
        }
        LoadConst(code);
        _b.Emit(OpCode.MAKE_FUNCTION, flags);
    }

    private void CompileLambda(Lambda lam)
    {
        var flags = CompileDefaults(lam.Args);
        var scope = _ctx.Table.ScopeOf(lam);
        var child = new CodeGen(_ctx, scope, this);
        child.EmitPrologue(lam.Span.Line);
        child._b.AddConst(PyNone.Instance);
        child._b.CurrentSpan = lam.Span;
        child.VisitExpr(lam.Body);
        if (!scope.IsGenerator) child._b.Emit(OpCode.RETURN_VALUE);
        else
        {
            child._b.EmitNoLine(OpCode.LOAD_CONST, child._b.AddConst(PyNone.Instance));
            child._b.EmitNoLine(OpCode.RETURN_VALUE);
        }
        var code = child.BuildCode(lam.Span.Line, lam.Args);
        MakeClosure(code, scope, flags);
    }

    // ---------------- class ----------------

    private void CompileClassDef(ClassDef c)
    {
        foreach (var d in c.DecoratorList) VisitExpr(d);
        var firstLine = c.DecoratorList.Count > 0 ? c.DecoratorList[0].Span.Line : c.Span.Line;
        var scope = _ctx.Table.ScopeOf(c);
        var child = new CodeGen(_ctx, scope, this);
        child.EmitPrologue(firstLine);
        var cb = child._b;
        cb.Emit(OpCode.LOAD_NAME, cb.AddName("__name__"));
        cb.Emit(OpCode.STORE_NAME, cb.AddName("__module__"));
        cb.Emit(OpCode.LOAD_CONST, cb.AddConst(PyStr.From(scope.QualName)));
        cb.Emit(OpCode.STORE_NAME, cb.AddName("__qualname__"));
        var start = 0;
        if (GetDocstring(c.Body) is { } doc)
        {
            cb.CurrentSpan = c.Body[0].Span;
            cb.Emit(OpCode.LOAD_CONST, cb.AddConst(doc));
            cb.Emit(OpCode.STORE_NAME, cb.AddName("__doc__"));
            start = 1;
        }
        for (var i = start; i < c.Body.Count; i++) child.VisitStmt(c.Body[i]);
        var classCell = scope.CellVars.IndexOf("__class__");
        if (classCell >= 0)
        {
            cb.Emit(OpCode.LOAD_CLOSURE, classCell);
            cb.Emit(OpCode.COPY, 1);
            cb.Emit(OpCode.STORE_NAME, cb.AddName("__classcell__"));
        }
        else cb.Emit(OpCode.LOAD_CONST, cb.AddConst(PyNone.Instance));
        cb.Emit(OpCode.RETURN_VALUE);
        var code = child.BuildCode(firstLine, null);

        _b.CurrentSpan = c.Span;
        _b.Emit(OpCode.PUSH_NULL);
        _b.Emit(OpCode.LOAD_BUILD_CLASS);
        MakeClosure(code, scope, 0);
        LoadConst(PyStr.From(c.Name));
        CallHelper(2, c.Bases, c.Keywords);
        ApplyDecorators(c.DecoratorList);
        NameOp(c.Name, ExprContext.Store);
    }

    // ---------------- comprehensions ----------------

    private void CompileComprehension(Expr node, IReadOnlyList<Comprehension> generators, Expr elt, Expr? value, ComprehensionKind kind)
    {
        var scope = _ctx.Table.ScopeOf(node);
        var child = new CodeGen(_ctx, scope, this);
        child.EmitPrologue(node.Span.Line);
        child._b.CurrentSpan = node.Span;
        switch (kind)
        {
            case ComprehensionKind.List: child._b.Emit(OpCode.BUILD_LIST, 0); break;
            case ComprehensionKind.Set: child._b.Emit(OpCode.BUILD_SET, 0); break;
            case ComprehensionKind.Dict: child._b.Emit(OpCode.BUILD_MAP, 0); break;
        }
        child.ComprehensionGenerator(node, generators, 0, 0, elt, value, kind);
        if (kind == ComprehensionKind.Generator)
        {
            child._b.EmitNoLine(OpCode.LOAD_CONST, child._b.AddConst(PyNone.Instance));
            child._b.EmitNoLine(OpCode.RETURN_VALUE);
        }
        else child._b.Emit(OpCode.RETURN_VALUE);
        var code = child.BuildCode(node.Span.Line, null);
        MakeClosure(code, scope, 0);
        VisitExpr(FoldIterable(generators[0].Iter));
        _b.Emit(OpCode.GET_ITER);
        _b.Emit(OpCode.CALL, 0);
    }

    private void ComprehensionGenerator(Expr node, IReadOnlyList<Comprehension> generators, int index, int depth,
        Expr elt, Expr? value, ComprehensionKind kind)
    {
        var gen = generators[index];
        Label? start = _b.NewLabel();
        var ifCleanup = _b.NewLabel();
        var anchor = _b.NewLabel();
        if (index == 0)
        {
            _b.Emit(OpCode.LOAD_FAST, 0);
        }
        else
        {
            var iter = FoldIterable(gen.Iter);
            if (SequenceElts(iter) is { Count: 1 } single && single[0] is not Starred)
            {
                VisitExpr(single[0]);
                start = null;
            }
            else
            {
                VisitExpr(iter);
                _b.Emit(OpCode.GET_ITER);
            }
        }
        if (start is { } s)
        {
            depth++;
            _b.Mark(s);
            _b.Emit(OpCode.FOR_ITER, anchor);
        }
        StoreTarget(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        if (index + 1 < generators.Count)
            ComprehensionGenerator(node, generators, index + 1, depth, elt, value, kind);
        else
        {
            switch (kind)
            {
                case ComprehensionKind.Generator:
                    VisitExpr(elt);
                    _b.Emit(OpCode.YIELD_VALUE);
                    _b.Emit(OpCode.RESUME, 1);
                    _b.Emit(OpCode.POP_TOP);
                    break;
                case ComprehensionKind.List:
                    VisitExpr(elt);
                    _b.Emit(OpCode.LIST_APPEND, depth + 1);
                    break;
                case ComprehensionKind.Set:
                    VisitExpr(elt);
                    _b.Emit(OpCode.SET_ADD, depth + 1);
                    break;
                case ComprehensionKind.Dict:
                    VisitExpr(elt);
                    VisitExpr(value!);
                    _b.Emit(OpCode.MAP_ADD, depth + 1);
                    break;
            }
        }
        _b.Mark(ifCleanup);
        if (start is { } st)
        {
            _b.Emit(OpCode.JUMP_BACKWARD, st);
            _b.Mark(anchor);
        }
    }
}
