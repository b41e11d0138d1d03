using PyDbg.Frontend.Syntax;
using SyntaxList = PyDbg.Frontend.Syntax.List;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using Attribute = PyDbg.Frontend.Syntax.Attribute;

namespace PyDbg.Frontend.Semantics;

internal sealed partial class SymbolTableBuilder
{
    /// <summary>When positive, names are recorded but not counted as emitted accesses (annotations
    /// in function bodies, which the compiler never evaluates).</summary>
    private int _noAppear;

    private void VisitExprNoAppear(Expr e)
    {
        _noAppear++;
        try { VisitExpr(e); }
        finally { _noAppear--; }
    }

    private void VisitExpr(Expr e)
    {
        switch (e)
        {
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? DefFlags.Use : DefFlags.Local, n.Span);
                if (_noAppear == 0) Appear(n.Id);
                if (n.Ctx == ExprContext.Load && _cur.IsFunctionBlock && n.Id == "super")
                    AddDef("__class__", DefFlags.Use, n.Span);
                break;
            case Constant:
                break;
            case BoolOp b:
                foreach (var v in b.Values) VisitExpr(v);
                break;
            case NamedExpr ne:
                VisitNamedExpr(ne);
                break;
            case BinOp bin:
                VisitExpr(bin.Left);
                VisitExpr(bin.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitDefaults(l.Args);
                Enter(ScopeKind.Lambda, "<lambda>", l, _cur.Private, null);
                VisitParameters(l.Args);
                VisitExpr(l.Body);
                Exit();
                break;
            case IfExp ie:
                VisitExpr(ie.Test);
                VisitExpr(ie.Body);
                VisitExpr(ie.OrElse);
                break;
            case Dict d:
                for (var i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] is { } k) VisitExpr(k);
                    VisitExpr(d.Values[i]);
                }
                break;
            case Set s:
                foreach (var x in s.Elts) VisitExpr(x);
                break;
            case ListComp lc:
                VisitComprehension(e, "<listcomp>", lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                VisitComprehension(e, "<setcomp>", sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                VisitComprehension(e, "<dictcomp>", dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                VisitComprehension(e, "<genexpr>", ge.Generators, ge.Elt, null);
                break;
            case Yield y:
                if (y.Value is not null) VisitExpr(y.Value);
                MarkYield(e);
                break;
            case YieldFrom yf:
                VisitExpr(yf.Value);
                MarkYield(e);
                break;
            case Await a:
                VisitExpr(a.Value);
                break;
            case Compare c:
                VisitExpr(c.Left);
                foreach (var x in c.Comparators) VisitExpr(x);
                break;
            case Call call:
                VisitExpr(call.Func);
                foreach (var a in call.Args) VisitExpr(a);
                foreach (var k in call.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec is not null) VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js:
                foreach (var v in js.Values) VisitExpr(v);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                break;
            case Starred st:
                VisitExpr(st.Value);
                break;
            case Slice sl:
                if (sl.Lower is not null) VisitExpr(sl.Lower);
                if (sl.Upper is not null) VisitExpr(sl.Upper);
                if (sl.Step is not null) VisitExpr(sl.Step);
                break;
            case SyntaxList list:
                foreach (var x in list.Elts) VisitExpr(x);
                break;
            case SyntaxTuple tuple:
                foreach (var x in tuple.Elts) VisitExpr(x);
                break;
        }
    }

    private void MarkYield(Expr e)
    {
        _cur.IsGenerator = true;
        if (_cur.Kind == ScopeKind.Comprehension)
        {
            var what = _cur.Node switch
            {
                ListComp => "list comprehension",
                SetComp => "set comprehension",
                DictComp => "dict comprehension",
                _ => "generator expression",
            };
            throw Error($"'yield' inside {what}", e.Span);
        }
    }

    private void VisitNamedExpr(NamedExpr ne)
    {
        if (_cur.CompIterExpr > 0)
            throw Error("assignment expression cannot be used in a comprehension iterable expression", ne.Span);
        if (_cur.Kind == ScopeKind.Comprehension && ne.Target is Name target)
            ExtendNamedExprScope(target);
        VisitExpr(ne.Value);
        VisitExpr(ne.Target);
    }

    /// <summary>symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest
    /// enclosing function (as nonlocal) or module (as global).</summary>
    private void ExtendNamedExprScope(Name target)
    {
        var name = MangleHere(target.Id);
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var scope = _stack[i];
            if (scope.Kind == ScopeKind.Comprehension)
            {
                if ((scope.FlagsOf(name) & DefFlags.CompIter) != 0)
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", target.Span);
                continue;
            }
            if (scope.IsFunctionBlock)
            {
                if ((scope.FlagsOf(name) & DefFlags.Global) != 0) AddDefIn(_cur, name, DefFlags.Global, target.Span);
                else AddDefIn(_cur, name, DefFlags.Nonlocal, target.Span);
                RecordDirective(_cur, name, target.Span);
                AddDefIn(scope, name, DefFlags.Local, target.Span);
                scope.Appear(name);
                return;
            }
            if (scope.Kind == ScopeKind.Module)
            {
                AddDefIn(_cur, name, DefFlags.Global, target.Span);
                RecordDirective(_cur, name, target.Span);
                AddDefIn(scope, name, DefFlags.Global, target.Span);
                return;
            }
            throw Error("assignment expression within a comprehension cannot be used in a class body", target.Span);
        }
    }

    /// <summary>symtable_handle_comprehension: the outermost iterable is evaluated in the current
    /// scope; everything else in a new function-like scope whose only parameter is ".0".</summary>
    private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr elt, Expr? value)
    {
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        var scope = Enter(ScopeKind.Comprehension, name, node, _cur.Private, null);
        if (node is GeneratorExp) scope.IsGenerator = true;
        AddDefIn(scope, ".0", DefFlags.Param, node.Span);
        scope.Appear(".0");
        VisitComprehensionTarget(outermost.Target);
        foreach (var cond in outermost.Ifs) VisitExpr(cond);
        for (var i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            _cur.CompIterExpr++;
            VisitExpr(g.Iter);
            _cur.CompIterExpr--;
            VisitComprehensionTarget(g.Target);
            foreach (var cond in g.Ifs) VisitExpr(cond);
        }
        VisitExpr(elt);
        if (value is not null) VisitExpr(value);
        Exit();
    }

    private void VisitComprehensionTarget(Expr target)
    {
        _cur.CompIterTarget = true;
        try { VisitExpr(target); }
        finally { _cur.CompIterTarget = false; }
    }
}
