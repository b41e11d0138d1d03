using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using SyntaxList = PyDbg.Frontend.Syntax.List;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using Attribute = PyDbg.Frontend.Syntax.Attribute;

namespace PyDbg.Frontend.Semantics;

/// <summary>
/// The structural errors CPython's compiler reports (after the symbol table): 'return' / 'yield'
/// / 'await' outside function, 'break' outside loop, 'continue' not properly in loop, and misplaced
/// starred expressions. Walks the tree in the compiler's order so that the first error reported is
/// the one CPython reports.
/// </summary>
internal sealed class StructureChecker
{
    private readonly SourceText _source;
    private bool _inFunction;
    private int _loopDepth;

    public StructureChecker(SourceText source) => _source = source;

    public void CheckModule(Module module) => Body(module.Body);

    private PythonSyntaxError Error(string message, Node node) => SymbolTableBuilder.MakeError(_source, message, node.Span);

    private void Body(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) Stmt(s);
    }

    private void InScope(bool function, Action action)
    {
        var (savedFunction, savedLoops) = (_inFunction, _loopDepth);
        _inFunction = function;
        _loopDepth = 0;
        try { action(); }
        finally { (_inFunction, _loopDepth) = (savedFunction, savedLoops); }
    }

    private void LoopBody(IReadOnlyList<Stmt> body)
    {
        _loopDepth++;
        try { Body(body); }
        finally { _loopDepth--; }
    }

    private void Stmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                foreach (var d in f.DecoratorList) Expr(d);
                Defaults(f.Args);
                InScope(true, () => Body(f.Body));
                break;
            case ClassDef c:
                foreach (var d in c.DecoratorList) Expr(d);
                InScope(false, () => Body(c.Body));
                foreach (var b in c.Bases) Expr(b);
                foreach (var k in c.Keywords) Expr(k.Value);
                break;
            case Return r:
                if (!_inFunction) throw Error("'return' outside function", r);
                if (r.Value is not null) Expr(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets) Expr(t);
                break;
            case Assign a:
                foreach (var t in a.Targets) Target(t);
                Expr(a.Value);
                break;
            case AugAssign aug:
                Expr(aug.Target);
                Expr(aug.Value);
                break;
            case AnnAssign ann:
                if (ann.Value is not null) Expr(ann.Value);
                Expr(ann.Target);
                break;
            case For f:
                Expr(f.Iter);
                Target(f.Target);
                LoopBody(f.Body);
                Body(f.OrElse);
                break;
            case While w:
                Expr(w.Test);
                LoopBody(w.Body);
                Body(w.OrElse);
                break;
            case If i:
                Expr(i.Test);
                Body(i.Body);
                Body(i.OrElse);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    Expr(item.ContextExpr);
                    if (item.OptionalVars is not null) Target(item.OptionalVars);
                }
                Body(w.Body);
                break;
            case Raise r:
                if (r.Exc is not null) Expr(r.Exc);
                if (r.Cause is not null) Expr(r.Cause);
                break;
            case Try t:
                Body(t.Body);
                for (var i = 0; i < t.Handlers.Count; i++)
                    if (t.Handlers[i].Type is null && i < t.Handlers.Count - 1)
                        throw Error("default 'except:' must be last", t.Handlers[i]);
                Body(t.OrElse);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) Expr(h.Type);
                    Body(h.Body);
                }
                Body(t.FinalBody);
                break;
            case Assert a:
                Expr(a.Test);
                if (a.Msg is not null) Expr(a.Msg);
                break;
            case ExprStmt e:
                Expr(e.Value);
                break;
            case Break b:
                if (_loopDepth == 0) throw Error("'break' outside loop", b);
                break;
            case Continue c:
                if (_loopDepth == 0) throw Error("'continue' not properly in loop", c);
                break;
        }
    }

    private void Defaults(Arguments args)
    {
        foreach (var d in args.Defaults) Expr(d);
        foreach (var d in args.KwDefaults)
            if (d is not null) Expr(d);
    }

    /// <summary>An assignment target: a starred item is allowed only directly inside a list or tuple.</summary>
    private void Target(Expr target)
    {
        switch (target)
        {
            case Starred st:
                throw Error("starred assignment target must be in a list or tuple", st);
            case SyntaxTuple or SyntaxList:
            {
                var elts = target is SyntaxTuple t ? t.Elts : ((SyntaxList)target).Elts;
                var seenStar = false;
                foreach (var e in elts)
                {
                    if (e is Starred s)
                    {
                        if (seenStar) throw Error("multiple starred expressions in assignment", target);
                        seenStar = true;
                        Target(s.Value);
                    }
                    else Target(e);
                }
                break;
            }
            default:
                Expr(target);
                break;
        }
    }

    /// <summary>Elements of a display or call arguments, where a starred item is allowed.</summary>
    private void Elements(IReadOnlyList<Expr> elts)
    {
        foreach (var e in elts)
        {
            if (e is Starred s) Expr(s.Value);
            else Expr(e);
        }
    }

    private void Expr(Expr e)
    {
        switch (e)
        {
            case Name or Constant:
                break;
            case Starred:
                throw Error("can't use starred expression here", e);
            case BoolOp b:
                foreach (var v in b.Values) Expr(v);
                break;
            case NamedExpr ne:
                Expr(ne.Value);
                break;
            case BinOp bin:
                Expr(bin.Left);
                Expr(bin.Right);
                break;
            case UnaryOp u:
                Expr(u.Operand);
                break;
            case Lambda l:
                Defaults(l.Args);
                InScope(true, () => Expr(l.Body));
                break;
            case IfExp ie:
                Expr(ie.Test);
                Expr(ie.Body);
                Expr(ie.OrElse);
                break;
            case Dict d:
                for (var i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] is { } k) Expr(k);
                    Expr(d.Values[i]);
                }
                break;
            case Set s:
                Elements(s.Elts);
                break;
            case ListComp lc:
                Comprehension(lc.Generators, () => Expr(lc.Elt));
                break;
            case SetComp sc:
                Comprehension(sc.Generators, () => Expr(sc.Elt));
                break;
            case DictComp dc:
                Comprehension(dc.Generators, () => { Expr(dc.Key); Expr(dc.Value); });
                break;
            case GeneratorExp ge:
                Comprehension(ge.Generators, () => Expr(ge.Elt));
                break;
            case Yield y:
                if (!_inFunction) throw Error("'yield' outside function", e);
                if (y.Value is not null) Expr(y.Value);
                break;
            case YieldFrom yf:
                if (!_inFunction) throw Error("'yield' outside function", e);
                Expr(yf.Value);
                break;
            case Await a:
                if (!_inFunction) throw Error("'await' outside function", e);
                Expr(a.Value);
                break;
            case Compare c:
                Expr(c.Left);
                foreach (var x in c.Comparators) Expr(x);
                break;
            case Call call:
                Expr(call.Func);
                Elements(call.Args);
                foreach (var k in call.Keywords) Expr(k.Value);
                break;
            case FormattedValue fv:
                Expr(fv.Value);
                if (fv.FormatSpec is not null) Expr(fv.FormatSpec);
                break;
            case JoinedStr js:
                foreach (var v in js.Values) Expr(v);
                break;
            case Attribute at:
                Expr(at.Value);
                break;
            case Subscript sub:
                Expr(sub.Value);
                if (sub.Slice is SyntaxTuple index) Elements(index.Elts);
                else Expr(sub.Slice);
                break;
            case Slice sl:
                if (sl.Lower is not null) Expr(sl.Lower);
                if (sl.Upper is not null) Expr(sl.Upper);
                if (sl.Step is not null) Expr(sl.Step);
                break;
            case SyntaxList list:
                if (list.Ctx == ExprContext.Store) Target(list);
                else Elements(list.Elts);
                break;
            case SyntaxTuple tuple:
                if (tuple.Ctx == ExprContext.Store) Target(tuple);
                else Elements(tuple.Elts);
                break;
        }
    }

    private void Comprehension(IReadOnlyList<Comprehension> generators, Action element)
    {
        Expr(generators[0].Iter);
        InScope(true, () =>
        {
            for (var i = 0; i < generators.Count; i++)
            {
                if (i > 0) Expr(generators[i].Iter);
                Target(generators[i].Target);
                foreach (var cond in generators[i].Ifs) Expr(cond);
            }
            element();
        });
    }
}
