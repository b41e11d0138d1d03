using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using K = PyDbg.Frontend.Lexing.TokenKind;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using SyntaxList = PyDbg.Frontend.Syntax.List;

using Attribute = PyDbg.Frontend.Syntax.Attribute;
using Set = PyDbg.Frontend.Syntax.Set;

namespace PyDbg.Frontend.Parsing;

/// <summary>Atoms and displays, and the error-recovery helpers CPython's invalid_* rules need.</summary>
internal sealed partial class PyParser
{
    // ---- atoms ------------------------------------------------------------------------------

    private Expr ParseAtom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case K.Name:
                Advance();
                return new Name(t.Text, ExprContext.Load) { Span = SpanOf(t) };
            case K.True:
                Advance();
                return new Constant(PyBool.True) { Span = SpanOf(t) };
            case K.False:
                Advance();
                return new Constant(PyBool.False) { Span = SpanOf(t) };
            case K.None:
                Advance();
                return new Constant(PyNone.Instance) { Span = SpanOf(t) };
            case K.Ellipsis:
                Advance();
                return new Constant(PyEllipsis.Instance) { Span = SpanOf(t) };
            case K.Number:
                Advance();
                return new Constant(ParseNumber(t)) { Span = SpanOf(t) };
            case K.String:
                return ParseStrings();
            case K.LPar:
                return ParseParenAtom();
            case K.LSqb:
                return ParseListAtom();
            case K.LBrace:
                return ParseBraceAtom();
            default:
                throw InvalidSyntax();
        }
    }

    private Expr ParseParenAtom()
    {
        var open = Advance();
        Enter();
        try
        {
            if (Accept(K.RPar)) return new SyntaxTuple(NoExprs, ExprContext.Load) { Span = From(open) };
            if (Kind == K.Yield)
            {
                var y = ParseYieldExpr();
                Expect(K.RPar);
                return y;
            }
            var first = ParseStarNamedExpression();
            if (Kind == K.For || Kind == K.Async)
            {
                if (first is Starred) throw ErrorAtNode(first, "iterable unpacking cannot be used in comprehension");
                var gens = ParseComprehensions();
                Expect(K.RPar);
                return new GeneratorExp(first, gens) { Span = From(open) };
            }
            if (Kind == K.RPar)
            {
                Advance();
                if (first is Starred) throw ErrorAtNode(first, "cannot use starred expression here");
                return first;
            }
            if (Kind != K.Comma) throw ParenthesizedError(first);
            var elts = new List<Expr> { first };
            while (Accept(K.Comma))
            {
                if (Kind == K.RPar) break;
                elts.Add(ParseStarNamedExpression());
                if (Kind is not (K.Comma or K.RPar)) throw ParenthesizedError(elts[^1]);
            }
            Expect(K.RPar);
            return new SyntaxTuple(elts, ExprContext.Load) { Span = From(open) };
        }
        finally { Leave(); }
    }

    private Expr ParseListAtom()
    {
        var open = Advance();
        Enter();
        try
        {
            if (Accept(K.RSqb)) return new SyntaxList(NoExprs, ExprContext.Load) { Span = From(open) };
            var first = ParseStarNamedExpression();
            if (Kind == K.For || Kind == K.Async)
            {
                if (first is Starred) throw ErrorAtNode(first, "iterable unpacking cannot be used in comprehension");
                var gens = ParseComprehensions();
                Expect(K.RSqb);
                return new ListComp(first, gens) { Span = From(open) };
            }
            var elts = new List<Expr> { first };
            if (Kind is not (K.Comma or K.RSqb)) throw ParenthesizedError(first);
            while (Accept(K.Comma))
            {
                if (Kind == K.RSqb) break;
                if (Kind is K.For or K.Async) throw ErrorNodes(elts[0], elts[^1], "did you forget parentheses around the comprehension target?");
                elts.Add(ParseStarNamedExpression());
                if (Kind is K.For or K.Async) throw ErrorNodes(elts[0], elts[^1], "did you forget parentheses around the comprehension target?");
                if (Kind is not (K.Comma or K.RSqb)) throw ParenthesizedError(elts[^1]);
            }
            Expect(K.RSqb);
            return new SyntaxList(elts, ExprContext.Load) { Span = From(open) };
        }
        finally { Leave(); }
    }

    private Expr ParseBraceAtom()
    {
        var open = Advance();
        Enter();
        try
        {
            if (Accept(K.RBrace)) return new Dict(System.Array.Empty<Expr?>(), NoExprs) { Span = From(open) };
            if (Kind == K.DoubleStar)
            {
                Advance();
                var v = ParseBitwiseOr();
                return ParseDictRest(open, new List<Expr?> { null }, new List<Expr> { v });
            }
            var first = ParseStarNamedExpression();
            if (Kind == K.Colon && first is not Starred)
            {
                Advance();
                var value = ParseExpression();
                if (Kind == K.For || Kind == K.Async)
                {
                    if (first is Starred) throw ErrorAtNode(first, "iterable unpacking cannot be used in comprehension");
                    var gens = ParseComprehensions();
                    Expect(K.RBrace);
                    return new DictComp(first, value, gens) { Span = From(open) };
                }
                return ParseDictRest(open, new List<Expr?> { first }, new List<Expr> { value });
            }
            if (Kind == K.For || Kind == K.Async)
            {
                if (first is Starred) throw ErrorAtNode(first, "iterable unpacking cannot be used in comprehension");
                var gens = ParseComprehensions();
                Expect(K.RBrace);
                return new SetComp(first, gens) { Span = From(open) };
            }
            var elts = new List<Expr> { first };
            if (Kind is not (K.Comma or K.RBrace)) throw ParenthesizedError(first);
            while (Accept(K.Comma))
            {
                if (Kind == K.RBrace) break;
                if (Kind is K.For or K.Async) throw ErrorNodes(elts[0], elts[^1], "did you forget parentheses around the comprehension target?");
                elts.Add(ParseStarNamedExpression());
                if (Kind is K.For or K.Async) throw ErrorNodes(elts[0], elts[^1], "did you forget parentheses around the comprehension target?");
                if (Kind is not (K.Comma or K.RBrace)) throw ParenthesizedError(elts[^1]);
            }
            Expect(K.RBrace);
            return new Set(elts) { Span = From(open) };
        }
        finally { Leave(); }
    }

    private Expr ParseDictRest(Lexing.Token open, List<Expr?> keys, List<Expr> values)
    {
        while (Accept(K.Comma))
        {
            if (Kind == K.RBrace) break;
            if (Kind == K.DoubleStar)
            {
                Advance();
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                continue;
            }
            var k = ParseExpression();
            if (Kind != K.Colon)
            {
                if (Kind is K.Comma or K.RBrace) throw ErrorAtNode(k, "':' expected after dictionary key");
                throw ParenthesizedError(k);
            }
            Advance();
            if (Kind is K.Comma or K.RBrace) throw ErrorAt(Prev, "expression expected after dictionary key and ':'");
            values.Add(ParseExpression());
            keys.Add(k);
        }
        if (Kind != K.RBrace) throw ParenthesizedError(values[^1]);
        Advance();
        return new Dict(keys, values) { Span = From(open) };
    }

    /// <summary>CPython's invalid_named_expression: `x = 1` where an expression is expected.</summary>
    private void CheckMisusedEquals(Expr e)
    {
        var save = _p;
        var saveMax = _maxFetched;
        Expr? b = null;
        try
        {
            Advance();
            b = ParseBitwiseOr();
        }
        catch (Text.PythonSyntaxError) when (!_tok.Failed_)
        {
        }
        var ok = b is not null && Kind is not (K.Equal or K.ColonEqual);
        _p = save;
        _maxFetched = saveMax;
        if (!ok) return;
        if (e is Name) throw ErrorNodes(e, b!, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (e is not (SyntaxList or SyntaxTuple or GeneratorExp) && !IsKeywordConstant(e))
            throw ErrorAtNode(e, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>
    /// CPython's invalid_expression also parses the expression after an expression at statement
    /// level (then gives up there); that parse may reach the end of input inside a bracket.
    /// </summary>
    private void SpeculateFollowingExpression(Expr a)
    {
        if (!StartsExpression(Kind) || Kind is K.Star or K.Not or K.Lambda or K.Await) return;
        if (!CommaRuleApplies(a)) return;
        var save = _p;
        var saveMax = _maxFetched;
        try { ParseExpression(); }
        catch (Text.PythonSyntaxError e) when (!_tok.Failed_ && IsGeneric(e)) { }
        _p = save;
        _maxFetched = saveMax;
    }

    /// <summary>CPython's lookahead !(NAME STRING | SOFT_KEYWORD) on the first token of a (3.11 matches any prefix of a soft keyword).</summary>
    private bool CommaRuleApplies(Expr a)
    {
        var idx = -1;
        for (var i = Math.Min(_p, _tokens.Count - 1); i >= 0; i--)
        {
            var t = _tokens[i];
            if (t.Line == a.Span.Line && t.Col == a.Span.Column) { idx = i; }
            if (t.Line < a.Span.Line) break;
        }
        if (idx < 0) return true;
        var first = _tokens[idx];
        if (first.Kind != K.Name) return true;
        if (idx + 1 < _tokens.Count && _tokens[idx + 1].Kind == K.String) return false;
        var n = first.Text;
        return !("match".StartsWith(n, StringComparison.Ordinal) || "case".StartsWith(n, StringComparison.Ordinal) || n == "_");
    }

    /// <summary>Inside brackets, an expression followed by another one: CPython's "Perhaps you forgot a comma?".</summary>
    private Text.PythonSyntaxError ParenthesizedError(Expr a)
    {
        if (StartsExpression(Kind) && Kind is not (K.Star or K.Not or K.Lambda or K.Await) && CommaRuleApplies(a))
        {
            var save = _p;
            var saveMax = _maxFetched;
            // b is the longest expression that parses (CPython's PEG parser backs off)
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    var b = attempt == 0 ? ParseExpression() : attempt == 1 ? ParseBitwiseOr() : ParsePrimary();
                    return ErrorNodes(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
                catch (Text.PythonSyntaxError e) when (!_tok.Failed_ && IsGeneric(e))
                {
                    _p = save;
                    _maxFetched = saveMax;
                }
            }
        }
        return InvalidSyntax();
    }
}
