using PyDbg.Frontend.Syntax;

namespace PyDbg.Frontend.Semantics;

internal sealed partial class SymbolTableBuilder
{
    private void VisitBody(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                VisitFunctionDef(f);
                break;
            case ClassDef c:
                VisitClassDef(c);
                break;
            case Return r:
                if (r.Value is not null) VisitExpr(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a:
                VisitExpr(a.Value);
                foreach (var t in a.Targets) VisitExpr(t);
                break;
            case AugAssign aug:
                if (aug.Target is Name augName) Appear(augName.Id);
                VisitExpr(aug.Target);
                VisitExpr(aug.Value);
                break;
            case AnnAssign ann:
                VisitAnnAssign(ann);
                break;
            case For f:
                VisitExpr(f.Iter);
                VisitExpr(f.Target);
                VisitBody(f.Body);
                VisitBody(f.OrElse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitBody(w.Body);
                VisitBody(w.OrElse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitBody(i.Body);
                VisitBody(i.OrElse);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
                }
                VisitBody(w.Body);
                break;
            case Raise r:
                if (r.Exc is not null) VisitExpr(r.Exc);
                if (r.Cause is not null) VisitExpr(r.Cause);
                break;
            case Try t:
                // The compiler's order: body, else, handlers, finally.
                VisitBody(t.Body);
                VisitBody(t.OrElse);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) VisitExpr(h.Type);
                    if (h.Name is not null)
                    {
                        AddDef(h.Name, DefFlags.Local, h.Span);
                        Appear(h.Name);
                    }
                    VisitBody(h.Body);
                }
                VisitBody(t.FinalBody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import imp:
                foreach (var alias in imp.Names) VisitAlias(alias);
                break;
            case ImportFrom from:
                foreach (var alias in from.Names) VisitAlias(alias);
                break;
            case Global g:
                VisitDeclaration(g, g.Names, isGlobal: true);
                break;
            case Nonlocal n:
                VisitDeclaration(n, n.Names, isGlobal: false);
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
            case Pass or Break or Continue:
                break;
        }
    }

    private void VisitFunctionDef(FunctionDef f)
    {
        // Decorators, defaults and annotations are evaluated in the enclosing scope.
        foreach (var d in f.DecoratorList) VisitExpr(d);
        VisitDefaults(f.Args);
        VisitArgAnnotations(f.Args);
        if (f.Returns is not null) VisitExpr(f.Returns);
        var binding = MangleHere(f.Name);
        AddDef(f.Name, DefFlags.Local, f.Span);
        Appear(f.Name);
        Enter(ScopeKind.Function, f.Name, f, _cur.Private, binding);
        VisitParameters(f.Args);
        VisitBody(f.Body);
        Exit();
    }

    private void VisitClassDef(ClassDef c)
    {
        foreach (var d in c.DecoratorList) VisitExpr(d);
        foreach (var b in c.Bases) VisitExpr(b);
        foreach (var k in c.Keywords) VisitExpr(k.Value);
        var binding = MangleHere(c.Name);
        AddDef(c.Name, DefFlags.Local, c.Span);
        Enter(ScopeKind.Class, c.Name, c, c.Name, binding);
        VisitBody(c.Body);
        Exit();
        Appear(c.Name);
    }

    private void VisitDefaults(Arguments args)
    {
        foreach (var d in args.Defaults) VisitExpr(d);
        foreach (var d in args.KwDefaults)
            if (d is not null) VisitExpr(d);
    }

    private void VisitArgAnnotations(Arguments args)
    {
        foreach (var a in args.PosOnlyArgs) if (a.Annotation is not null) VisitExpr(a.Annotation);
        foreach (var a in args.Args) if (a.Annotation is not null) VisitExpr(a.Annotation);
        if (args.VarArg?.Annotation is { } va) VisitExpr(va);
        foreach (var a in args.KwOnlyArgs) if (a.Annotation is not null) VisitExpr(a.Annotation);
        if (args.KwArg?.Annotation is { } ka) VisitExpr(ka);
    }

    /// <summary>symtable_visit_arguments: co_varnames order (positional, keyword-only, *args, **kwargs).</summary>
    private void VisitParameters(Arguments args)
    {
        foreach (var a in args.PosOnlyArgs) AddParam(a);
        foreach (var a in args.Args) AddParam(a);
        foreach (var a in args.KwOnlyArgs) AddParam(a);
        if (args.VarArg is not null) AddParam(args.VarArg);
        if (args.KwArg is not null) AddParam(args.KwArg);
    }

    private void AddParam(Arg a)
    {
        AddDef(a.Name, DefFlags.Param, a.Span);
        Appear(a.Name);
    }

    private void VisitAnnAssign(AnnAssign ann)
    {
        if (ann.Target is Name name)
        {
            var current = _cur.FlagsOf(MangleHere(name.Id));
            if ((current & (DefFlags.Global | DefFlags.Nonlocal)) != 0 && !ReferenceEquals(_cur, Top) && ann.Simple != 0)
            {
                var msg = (current & DefFlags.Global) != 0
                    ? $"annotated name '{name.Id}' can't be global"
                    : $"annotated name '{name.Id}' can't be nonlocal";
                throw Error(msg, ann.Span);
            }
            // The compiler evaluates annotations only in module and class bodies.
            if (!_cur.IsFunctionBlock) VisitExpr(ann.Annotation);
            else VisitExprNoAppear(ann.Annotation);
            if (ann.Value is not null) VisitExpr(ann.Value);
            if (ann.Simple != 0) AddDef(name.Id, DefFlags.Annot | DefFlags.Local, name.Span);
            else if (ann.Value is not null) AddDef(name.Id, DefFlags.Local, name.Span);
            if (ann.Value is not null || !_cur.IsFunctionBlock) Appear(name.Id);
        }
        else
        {
            VisitExpr(ann.Annotation);
            if (ann.Value is not null) VisitExpr(ann.Value);
            VisitExpr(ann.Target);
        }
    }

    private void VisitAlias(Alias alias)
    {
        if (alias.Name == "*")
        {
            if (_cur.Kind != ScopeKind.Module)
                throw Error("import * only allowed at module level", alias.Span);
            return;
        }
        var storeName = alias.AsName ?? (alias.Name.IndexOf('.') is var dot and >= 0 ? alias.Name[..dot] : alias.Name);
        AddDef(storeName, DefFlags.Import, alias.Span);
        Appear(storeName);
    }

    private void VisitDeclaration(Stmt s, IReadOnlyList<string> names, bool isGlobal)
    {
        var what = isGlobal ? "global" : "nonlocal";
        foreach (var name in names)
        {
            var mangled = MangleHere(name);
            var current = _cur.FlagsOf(mangled);
            if ((current & (DefFlags.Param | DefFlags.Local | DefFlags.Use | DefFlags.Annot)) != 0)
            {
                string msg;
                if ((current & DefFlags.Param) != 0) msg = $"name '{name}' is parameter and {what}";
                else if ((current & DefFlags.Use) != 0) msg = $"name '{name}' is used prior to {what} declaration";
                else if ((current & DefFlags.Annot) != 0) msg = $"annotated name '{name}' can't be {what}";
                else msg = $"name '{name}' is assigned to before {what} declaration";
                throw Error(msg, s.Span);
            }
            AddDefIn(_cur, mangled, isGlobal ? DefFlags.Global : DefFlags.Nonlocal, s.Span);
            RecordDirective(_cur, mangled, s.Span);
        }
    }
}
