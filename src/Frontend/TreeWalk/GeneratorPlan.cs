using PyDbg.Frontend.Syntax;
using SyntaxList = PyDbg.Frontend.Syntax.List;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using Attribute = PyDbg.Frontend.Syntax.Attribute;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// Decides how a generator function's body can be run: by the thread-free
/// <see cref="IteratorGeneratorRunner"/> when every yield is a whole statement (`yield v`,
/// `yield from it`) or the value of an assignment (`x = yield v`), and the statements around
/// them are if/while/for/try/with; otherwise on a thread (<see cref="GeneratorCore"/>).
/// Records which statements contain a yield (the others run on the ordinary executor).
/// </summary>
public sealed class GeneratorPlan
{
    public bool RunsAsIterator { get; }
    private readonly HashSet<Stmt> _yielding = new(ReferenceEqualityComparer.Instance);

    public GeneratorPlan(FunctionDef def)
    {
        RunsAsIterator = Block(def.Body);
    }

    /// <summary>Whether the statement contains a yield of this function (not of a nested scope).</summary>
    public bool Yields(Stmt s) => _yielding.Contains(s);

    private bool Block(IReadOnlyList<Stmt> body)
    {
        var ok = true;
        foreach (var s in body) ok &= Statement(s);
        return ok;
    }

    private bool Statement(Stmt s)
    {
        switch (s)
        {
            case ExprStmt { Value: Yield y }:
                _yielding.Add(s);
                return y.Value is null || !HasYield(y.Value);
            case ExprStmt { Value: YieldFrom yf }:
                _yielding.Add(s);
                return !HasYield(yf.Value);
            case Assign { Value: Yield or YieldFrom } a:
            {
                _yielding.Add(s);
                var inner = a.Value is Yield y ? y.Value : ((YieldFrom)a.Value).Value;
                foreach (var t in a.Targets)
                    if (HasYield(t)) return false;
                return inner is null || !HasYield(inner);
            }
            case If i:
            {
                var ok = !HasYield(i.Test) & Block(i.Body) & Block(i.OrElse);
                MarkIfInner(s, i.Body, i.OrElse);
                return ok;
            }
            case While w:
            {
                var ok = !HasYield(w.Test) & Block(w.Body) & Block(w.OrElse);
                MarkIfInner(s, w.Body, w.OrElse);
                return ok;
            }
            case For f:
            {
                var ok = !HasYield(f.Iter) & !HasYield(f.Target) & Block(f.Body) & Block(f.OrElse);
                MarkIfInner(s, f.Body, f.OrElse);
                return ok;
            }
            case Try t:
            {
                var ok = Block(t.Body) & Block(t.OrElse) & Block(t.FinalBody);
                var inner = new List<Stmt>(t.Body);
                inner.AddRange(t.OrElse);
                inner.AddRange(t.FinalBody);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null && HasYield(h.Type)) ok = false;
                    ok &= Block(h.Body);
                    inner.AddRange(h.Body);
                }
                MarkIfInner(s, inner, System.Array.Empty<Stmt>());
                return ok;
            }
            case With w:
            {
                var ok = Block(w.Body);
                foreach (var item in w.Items)
                    if (HasYield(item.ContextExpr) || item.OptionalVars is { } v && HasYield(v)) ok = false;
                MarkIfInner(s, w.Body, System.Array.Empty<Stmt>());
                return ok;
            }
            default:
                if (StatementHasYield(s))
                {
                    _yielding.Add(s);
                    return false;
                }
                return true;
        }
    }

    private void MarkIfInner(Stmt s, IReadOnlyList<Stmt> a, IReadOnlyList<Stmt> b)
    {
        foreach (var x in a) if (_yielding.Contains(x)) { _yielding.Add(s); return; }
        foreach (var x in b) if (_yielding.Contains(x)) { _yielding.Add(s); return; }
    }

    private static bool StatementHasYield(Stmt s) => s switch
    {
        ExprStmt e => HasYield(e.Value),
        Assign a => HasYield(a.Value) || Any(a.Targets),
        AugAssign a => HasYield(a.Target) || HasYield(a.Value),
        AnnAssign a => a.Value is not null && HasYield(a.Value) || HasYield(a.Target),
        Return r => r.Value is not null && HasYield(r.Value),
        Delete d => Any(d.Targets),
        Raise r => r.Exc is not null && HasYield(r.Exc) || r.Cause is not null && HasYield(r.Cause),
        Assert a => HasYield(a.Test) || a.Msg is not null && HasYield(a.Msg),
        // Decorators and defaults of nested definitions run in this scope.
        FunctionDef f => Any(f.DecoratorList) || Any(f.Args.Defaults) || AnyNullable(f.Args.KwDefaults),
        ClassDef c => Any(c.DecoratorList) || Any(c.Bases),
        _ => false,
    };

    private static bool Any(IReadOnlyList<Expr> list)
    {
        foreach (var e in list) if (HasYield(e)) return true;
        return false;
    }

    private static bool AnyNullable(IReadOnlyList<Expr?> list)
    {
        foreach (var e in list) if (e is not null && HasYield(e)) return true;
        return false;
    }

    /// <summary>Whether an expression contains yield / yield from of the current scope.</summary>
    public static bool HasYield(Expr e) => e switch
    {
        Yield or YieldFrom or Await => true,
        Name or Constant => false,
        Lambda l => Any(l.Args.Defaults) || AnyNullable(l.Args.KwDefaults),
        ListComp lc => HasYield(lc.Generators[0].Iter),
        SetComp sc => HasYield(sc.Generators[0].Iter),
        DictComp dc => HasYield(dc.Generators[0].Iter),
        GeneratorExp ge => HasYield(ge.Generators[0].Iter),
        BoolOp b => Any(b.Values),
        NamedExpr n => HasYield(n.Value),
        BinOp b => HasYield(b.Left) || HasYield(b.Right),
        UnaryOp u => HasYield(u.Operand),
        IfExp i => HasYield(i.Test) || HasYield(i.Body) || HasYield(i.OrElse),
        Dict d => AnyNullable(d.Keys) || Any(d.Values),
        Set s => Any(s.Elts),
        Compare c => HasYield(c.Left) || Any(c.Comparators),
        Call c => HasYield(c.Func) || Any(c.Args) || KeywordsHaveYield(c.Keywords),
        FormattedValue fv => HasYield(fv.Value) || fv.FormatSpec is not null && HasYield(fv.FormatSpec),
        JoinedStr js => Any(js.Values),
        Attribute a => HasYield(a.Value),
        Subscript s => HasYield(s.Value) || HasYield(s.Slice),
        Starred s => HasYield(s.Value),
        SyntaxList l => Any(l.Elts),
        SyntaxTuple t => Any(t.Elts),
        Slice s => s.Lower is not null && HasYield(s.Lower) || s.Upper is not null && HasYield(s.Upper) || s.Step is not null && HasYield(s.Step),
        _ => true,
    };

    private static bool KeywordsHaveYield(IReadOnlyList<Keyword> keywords)
    {
        foreach (var k in keywords) if (HasYield(k.Value)) return true;
        return false;
    }
}
