using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using K = PyDbg.Frontend.Lexing.TokenKind;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using SyntaxList = PyDbg.Frontend.Syntax.List;

using Attribute = PyDbg.Frontend.Syntax.Attribute;
using Set = PyDbg.Frontend.Syntax.Set;

namespace PyDbg.Frontend.Parsing;

internal sealed partial class PyParser
{
    private enum TargetsType { Star, Del, For }

    /// <summary>A target list (for-loop / comprehension / del targets): elements are bitwise_or expressions, so 'in' is not consumed.</summary>
    private Expr ParseTargetList(ExprContext ctx, bool stopAtIn)
    {
        _ = stopAtIn;
        var start = Cur;
        var first = ParseTargetElem();
        Expr e = first;
        if (Kind == K.Comma)
        {
            var elts = new List<Expr> { first };
            while (Accept(K.Comma))
            {
                if (!StartsExpression(Kind)) break;
                elts.Add(ParseTargetElem());
            }
            e = new SyntaxTuple(elts, ExprContext.Load) { Span = From(start) };
        }
        return ToTarget(e, ctx == ExprContext.Del ? TargetsType.Del : TargetsType.For);
    }

    private Expr ParseTargetElem()
    {
        if (Kind == K.Star)
        {
            var star = Advance();
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load) { Span = From(star) };
        }
        return ParseBitwiseOr();
    }

    /// <summary>star_targets: elements are primaries (t_primary), so 'in' and operators end them.</summary>
    private Expr ParseStarTargetsRaw() => ParseUnparenthesizedTuple(ParseStarTargetElem);

    private Expr ParseStarTargetElem()
    {
        if (Kind == K.Star)
        {
            var star = Advance();
            var v = ParseStarTargetElem();
            return new Starred(v, ExprContext.Load) { Span = From(star) };
        }
        return ParsePrimary();
    }

    /// <summary>
    /// The target of a for loop or comprehension, positioned on 'in' on return. On failure,
    /// CPython's invalid_for_target: re-parse as star_expressions and report an invalid target.
    /// </summary>
    private Expr ParseForTarget(bool inBrackets)
    {
        var startP = _p;
        Expr? target = null;
        Text.PythonSyntaxError? err = null;
        try
        {
            target = ParseStarTargetsRaw();
            if (Kind == K.In) return ToTarget(target, TargetsType.For);
        }
        catch (Text.PythonSyntaxError e) when (!_tok.Failed_ && IsGeneric(e))
        {
            err = e;
        }
        var errAt = _p;
        var firstPassMax = _maxFetched;
        _p = startP;
        Expr? se = null;
        try { se = ParseStarExpressions(); }
        catch (Text.PythonSyntaxError e) when (!_tok.Failed_ && IsGeneric(e)) { }
        if (se is not null)
        {
            var bad = InvalidTarget(se, TargetsType.For);
            if (bad is not null) throw InvalidTargetError(bad, TargetsType.For);
        }
        _p = errAt;
        _maxFetched = firstPassMax;
        if (err is not null) throw err;
        if (inBrackets) throw ParenthesizedError(target!);
        SpeculateFollowingExpression(target!);
        throw InvalidSyntax();
    }

    /// <summary>CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null.</summary>
    private static Expr? InvalidTarget(Expr e, TargetsType type)
    {
        switch (e)
        {
            case SyntaxList l:
                foreach (var x in l.Elts) { var r = InvalidTarget(x, type); if (r is not null) return r; }
                return null;
            case SyntaxTuple t:
                foreach (var x in t.Elts) { var r = InvalidTarget(x, type); if (r is not null) return r; }
                return null;
            case Starred s:
                if (type == TargetsType.Del) return e;
                return InvalidTarget(s.Value, type);
            case Compare c:
                if (type == TargetsType.For && c.Ops[0] == CmpOp.In) return InvalidTarget(c.Left, type);
                return e;
            case Name or Subscript or Attribute:
                return null;
            default:
                return e;
        }
    }

    private Text.PythonSyntaxError InvalidTargetError(Expr invalid, TargetsType type)
        => ErrorAtNode(invalid, (type == TargetsType.Del ? "cannot delete " : "cannot assign to ") + ExprName(invalid));

    /// <summary>Converts a parsed expression into an assignment/deletion target, with CPython's errors.</summary>
    private Expr ToTarget(Expr e, TargetsType type)
    {
        var bad = InvalidTarget(e, type);
        if (bad is not null) throw InvalidTargetError(bad, type);
        return SetContext(e, type == TargetsType.Del ? ExprContext.Del : ExprContext.Store);
    }

    private static Expr SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: return n with { Ctx = ctx };
            case Attribute a: return a with { Ctx = ctx };
            case Subscript s: return s with { Ctx = ctx };
            case Starred st: return st with { Value = SetContext(st.Value, ctx), Ctx = ctx };
            case SyntaxTuple t:
            {
                var elts = new Expr[t.Elts.Count];
                for (var i = 0; i < elts.Length; i++) elts[i] = SetContext(t.Elts[i], ctx);
                return t with { Elts = elts, Ctx = ctx };
            }
            case SyntaxList l:
            {
                var elts = new Expr[l.Elts.Count];
                for (var i = 0; i < elts.Length; i++) elts[i] = SetContext(l.Elts[i], ctx);
                return l with { Elts = elts, Ctx = ctx };
            }
            default: return e;
        }
    }

    private static bool IsKeywordConstant(Expr e)
        => e is Constant c && (c.Value is PyNone || c.Value is PyBool);

    /// <summary>Whether an expression is a bare bitwise_or (what CPython's invalid_named_expression accepts on the right).</summary>
    private static bool IsBitwiseOr(Expr e)
        => e is not (SyntaxTuple or Compare or BoolOp or IfExp or Lambda or Starred or Yield or YieldFrom or NamedExpr)
           && !(e is UnaryOp u && u.Op == UnaryOp_.Not);
}
