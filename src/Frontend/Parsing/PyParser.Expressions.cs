using PyDbg.Frontend.Lexing;
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
    private static readonly Expr[] NoExprs = System.Array.Empty<Expr>();
    private static readonly Keyword[] NoKeywords = System.Array.Empty<Keyword>();

    /// <summary>Whether a token can begin an expression (used after commas and for error recovery).</summary>
    private static bool StartsExpression(K k) => k is K.Name or K.Number or K.String or K.LPar or K.LSqb or K.LBrace
        or K.Minus or K.Plus or K.Tilde or K.Not or K.Lambda or K.Star or K.Await or K.None or K.True or K.False
        or K.Ellipsis;

    /// <summary>star_expressions: an expression, or a tuple without parentheses.</summary>
    private Expr ParseStarExpressions() => ParseUnparenthesizedTuple(ParseStarExpression);

    /// <summary>One element, or elements separated by commas (a trailing comma allowed) as a
    /// Tuple without parentheses: the shape of star_expressions and star_targets.</summary>
    private Expr ParseUnparenthesizedTuple(Func<Expr> parseElement)
    {
        var start = Cur;
        var first = parseElement();
        if (Kind != K.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(K.Comma))
        {
            if (!StartsExpression(Kind)) break;
            elts.Add(parseElement());
        }
        return new SyntaxTuple(elts, ExprContext.Load) { Span = From(start) };
    }

    /// <summary>star_expression: '*' bitwise_or | expression.</summary>
    private Expr ParseStarExpression()
    {
        if (Kind == K.Star)
        {
            var star = Advance();
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load) { Span = From(star) };
        }
        return ParseExpression();
    }

    /// <summary>star_named_expression: '*' bitwise_or | named_expression.</summary>
    private Expr ParseStarNamedExpression()
    {
        if (Kind == K.Star)
        {
            var star = Advance();
            var v = ParseBitwiseOr();
            return new Starred(v, ExprContext.Load) { Span = From(star) };
        }
        return ParseNamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    private Expr ParseNamedExpression(bool checkEquals = true)
    {
        if (Kind == K.Name && KindAt(1) == K.ColonEqual)
        {
            var nameTok = Advance();
            Advance();
            var target = new Name(nameTok.Text, ExprContext.Store) { Span = SpanOf(nameTok) };
            var value = ParseExpression();
            return new NamedExpr(target, value) { Span = From(nameTok) };
        }
        var e = ParseExpression();
        if (Kind == K.ColonEqual && StartsExpression(PeekKindUntracked(1)))
            throw ErrorAtNode(e, $"cannot use assignment expressions with {ExprName(e)}");
        if (checkEquals && Kind == K.Equal && IsBitwiseOr(e)) CheckMisusedEquals(e);
        return e;
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private Expr ParseExpression()
    {
        Enter();
        try
        {
            if (Kind == K.Lambda) return ParseLambda();
            var start = Cur;
            var body = ParseDisjunction();
            if (Kind != K.If) return body;
            Advance();
            Expr test;
            var testStart = _p;
            try
            {
                test = ParseDisjunction();
            }
            catch (Text.PythonSyntaxError) when (!_tok.Failed_)
            {
                // CPython's invalid_expression: 'a if b' where b is the longest disjunction that parses
                var save = _p;
                var saveMax = _maxFetched;
                _p = testStart;
                var ok = false;
                try { ParseBitwiseOr(); ok = Kind is not (K.Else or K.Colon); }
                catch (Text.PythonSyntaxError) when (!_tok.Failed_) { }
                if (ok) throw ErrorRange(start, Prev, "expected 'else' after 'if' expression");
                _p = save;
                _maxFetched = saveMax;
                throw;
            }
            if (Kind != K.Else)
            {
                if (Kind != K.Colon) throw ErrorRange(start, Prev, "expected 'else' after 'if' expression");
                throw InvalidSyntax();
            }
            Advance();
            var orelse = ParseExpression();
            return new IfExp(test, body, orelse) { Span = From(start) };
        }
        finally { Leave(); }
    }

    private Expr ParseDisjunction()
    {
        var start = Cur;
        var first = ParseConjunction();
        if (Kind != K.Or) return first;
        var values = new List<Expr> { first };
        while (Accept(K.Or)) values.Add(ParseConjunction());
        return new BoolOp(BoolOperator.Or, values) { Span = From(start) };
    }

    private Expr ParseConjunction()
    {
        var start = Cur;
        var first = ParseInversion();
        if (Kind != K.And) return first;
        var values = new List<Expr> { first };
        while (Accept(K.And)) values.Add(ParseInversion());
        return new BoolOp(BoolOperator.And, values) { Span = From(start) };
    }

    private Expr ParseInversion()
    {
        if (Kind != K.Not) return ParseComparison();
        var start = Advance();
        Enter();
        try
        {
            var operand = ParseInversion();
            return new UnaryOp(UnaryOp_.Not, operand) { Span = From(start) };
        }
        finally { Leave(); }
    }

    private bool TryCompareOp(out CmpOp op)
    {
        switch (Kind)
        {
            case K.EqEqual: op = CmpOp.Eq; Advance(); return true;
            case K.NotEqual:
                if (Cur.Text == "<>") throw ErrorAt(Cur, "invalid syntax");
                op = CmpOp.NotEq; Advance(); return true;
            case K.Less: op = CmpOp.Lt; Advance(); return true;
            case K.LessEqual: op = CmpOp.LtE; Advance(); return true;
            case K.Greater: op = CmpOp.Gt; Advance(); return true;
            case K.GreaterEqual: op = CmpOp.GtE; Advance(); return true;
            case K.In: op = CmpOp.In; Advance(); return true;
            case K.Not:
                if (KindAt(1) == K.In) { Advance(); Advance(); op = CmpOp.NotIn; return true; }
                break;
            case K.Is:
                Advance();
                if (Accept(K.Not)) op = CmpOp.IsNot; else op = CmpOp.Is;
                return true;
        }
        op = default;
        return false;
    }

    private Expr ParseComparison()
    {
        var start = Cur;
        var left = ParseBitwiseOr();
        if (!TryCompareOp(out var op)) return left;
        var ops = new List<CmpOp>();
        var comparators = new List<Expr>();
        do
        {
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        } while (TryCompareOp(out op));
        return new Compare(left, ops, comparators) { Span = From(start) };
    }

    private void ChainStep(ref int chain)
    {
        if (++chain + _depth > MaxDepth) throw TooComplex();
    }

    private Expr ParseBitwiseOr()
    {
        var start = Cur;
        var left = ParseBitwiseXor();
        var chain = 0;
        while (Kind == K.VBar)
        {
            ChainStep(ref chain);
            Advance();
            var right = ParseBitwiseXor();
            left = new BinOp(left, Operator.BitOr, right) { Span = From(start) };
        }
        return left;
    }

    private Expr ParseBitwiseXor()
    {
        var start = Cur;
        var left = ParseBitwiseAnd();
        var chain = 0;
        while (Kind == K.Circumflex)
        {
            ChainStep(ref chain);
            Advance();
            var right = ParseBitwiseAnd();
            left = new BinOp(left, Operator.BitXor, right) { Span = From(start) };
        }
        return left;
    }

    private Expr ParseBitwiseAnd()
    {
        var start = Cur;
        var left = ParseShift();
        var chain = 0;
        while (Kind == K.Amper)
        {
            ChainStep(ref chain);
            Advance();
            var right = ParseShift();
            left = new BinOp(left, Operator.BitAnd, right) { Span = From(start) };
        }
        return left;
    }

    private Expr ParseShift()
    {
        var start = Cur;
        var left = ParseSum();
        var chain = 0;
        while (Kind is K.LeftShift or K.RightShift)
        {
            ChainStep(ref chain);
            var op = Advance().Kind == K.LeftShift ? Operator.LShift : Operator.RShift;
            var right = ParseSum();
            left = new BinOp(left, op, right) { Span = From(start) };
        }
        return left;
    }

    private Expr ParseSum()
    {
        var start = Cur;
        var left = ParseTerm();
        var chain = 0;
        while (Kind is K.Plus or K.Minus)
        {
            ChainStep(ref chain);
            var op = Advance().Kind == K.Plus ? Operator.Add : Operator.Sub;
            var right = ParseTerm();
            left = new BinOp(left, op, right) { Span = From(start) };
        }
        return left;
    }

    private Expr ParseTerm()
    {
        var start = Cur;
        var left = ParseFactor();
        var chain = 0;
        while (true)
        {
            Operator op;
            switch (Kind)
            {
                case K.Star: op = Operator.Mult; break;
                case K.Slash: op = Operator.Div; break;
                case K.DoubleSlash: op = Operator.FloorDiv; break;
                case K.Percent: op = Operator.Mod; break;
                case K.At: op = Operator.MatMult; break;
                default: return left;
            }
            ChainStep(ref chain);
            Advance();
            var right = ParseFactor();
            left = new BinOp(left, op, right) { Span = From(start) };
        }
    }

    private Expr ParseFactor()
    {
        UnaryOp_ op;
        switch (Kind)
        {
            case K.Plus: op = UnaryOp_.UAdd; break;
            case K.Minus: op = UnaryOp_.USub; break;
            case K.Tilde: op = UnaryOp_.Invert; break;
            default: return ParsePower();
        }
        var start = Advance();
        Enter();
        try
        {
            var operand = ParseFactor();
            return new UnaryOp(op, operand) { Span = From(start) };
        }
        finally { Leave(); }
    }

    private Expr ParsePower()
    {
        var start = Cur;
        var left = ParseAwaitPrimary();
        if (Kind != K.DoubleStar) return left;
        Advance();
        Enter();
        try
        {
            var right = ParseFactor();
            return new BinOp(left, Operator.Pow, right) { Span = From(start) };
        }
        finally { Leave(); }
    }

    private Expr ParseAwaitPrimary()
    {
        if (Kind == K.Await) throw ErrorAt(Cur, "await expressions are not supported by pydbg");
        return ParsePrimary();
    }

    private Expr ParsePrimary()
    {
        var start = Cur;
        var e = ParseAtom();
        var chain = 0;
        while (true)
        {
            switch (Kind)
            {
                case K.Dot:
                {
                    ChainStep(ref chain);
                    Advance();
                    if (Kind != K.Name) throw InvalidSyntax();
                    var name = Advance().Text;
                    e = new Attribute(e, name, ExprContext.Load) { Span = From(start) };
                    break;
                }
                case K.LPar:
                {
                    ChainStep(ref chain);
                    var open = Advance();
                    ParseCallArguments(open, K.RPar, out var args, out var keywords, allowGenexp: true);
                    Expect(K.RPar);
                    e = new Call(e, args, keywords) { Span = From(start) };
                    break;
                }
                case K.LSqb:
                {
                    ChainStep(ref chain);
                    Advance();
                    var slice = ParseSlices();
                    if (Kind != K.RSqb) throw ParenthesizedError(slice is SyntaxTuple st && st.Elts.Count > 0 ? st.Elts[^1] : slice);
                    Advance();
                    e = new Subscript(e, slice, ExprContext.Load) { Span = From(start) };
                    break;
                }
                default:
                    return e;
            }
        }
    }

    private Expr ParseSlices()
    {
        var start = Cur;
        var first = ParseSlice();
        if (Kind != K.Comma)
            return first is Starred ? new SyntaxTuple(new[] { first }, ExprContext.Load) { Span = first.Span } : first;
        var elts = new List<Expr> { first };
        while (Accept(K.Comma))
        {
            if (Kind == K.RSqb) break;
            elts.Add(ParseSlice());
        }
        return new SyntaxTuple(elts, ExprContext.Load) { Span = From(start) };
    }

    private Expr ParseSlice()
    {
        var start = Cur;
        Expr? lower = null;
        if (Kind != K.Colon)
        {
            if (Kind == K.Star)
            {
                var star = Advance();
                var v = ParseBitwiseOr();
                return new Starred(v, ExprContext.Load) { Span = From(star) };
            }
            lower = ParseNamedExpression();
            if (Kind != K.Colon) return lower;
        }
        Advance(); // ':'
        Expr? upper = null, step = null;
        if (Kind is not (K.Colon or K.Comma or K.RSqb)) upper = ParseExpression();
        if (Accept(K.Colon))
        {
            if (Kind is not (K.Comma or K.RSqb)) step = ParseExpression();
        }
        return new Slice(lower, upper, step) { Span = From(start) };
    }

    /// <summary>Arguments of a call or class definition, up to (not including) the closing token.</summary>
    private void ParseCallArguments(Token open, K close, out IReadOnlyList<Expr> argsOut, out IReadOnlyList<Keyword> keywordsOut, bool allowGenexp)
    {
        List<Expr>? args = null;
        List<Keyword>? keywords = null;
        var sawKeyword = false;
        var sawDoubleStar = false;
        Enter();
        try
        {
            while (Kind != close)
            {
                if (Kind == K.Star)
                {
                    var star = Advance();
                    var v = ParseExpression();
                    if (sawDoubleStar)
                        throw ErrorAt(star, "iterable argument unpacking follows keyword argument unpacking");
                    if (Kind is K.For or K.Async)
                        throw ErrorAtNode(new Starred(v, ExprContext.Load) { Span = From(star) }, "iterable unpacking cannot be used in comprehension");
                    (args ??= new()).Add(new Starred(v, ExprContext.Load) { Span = From(star) });
                }
                else if (Kind == K.DoubleStar)
                {
                    var ds = Advance();
                    var v = ParseExpression();
                    (keywords ??= new()).Add(new Keyword(null, v) { Span = From(ds) });
                    sawDoubleStar = true;
                }
                else if (Kind == K.Name && KindAt(1) == K.Equal)
                {
                    var nameTok = Advance();
                    Advance();
                    var v = ParseExpression();
                    if (Kind == K.For)
                        throw ErrorRange(nameTok, _tokens[_p - 1 - 0] , "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    (keywords ??= new()).Add(new Keyword(nameTok.Text, v) { Span = From(nameTok) });
                    sawKeyword = true;
                }
                else
                {
                    var argStart = Cur;
                    var e = ParseNamedExpression(checkEquals: false);
                    if (Kind == K.Equal)
                    {
                        var eq = Cur;
                        var src = _tok.GetSourceLine(e.Span.Line);
                        throw new Text.PythonSyntaxError("SyntaxError", Prefix("expression cannot contain assignment, perhaps you meant \"==\"?"),
                            _fileName, e.Span.Line, ByteToChar(src, e.Span.Column - _colShift) + 1, src, eq.Line, eq.EndCharCol + 1);
                    }
                    if (Kind == K.For || Kind == K.Async)
                    {
                        if (!allowGenexp) throw ErrorAt(Cur, "invalid syntax");
                        var gens = ParseComprehensions();
                        var single = args is null && keywords is null && Kind == close && allowGenexp;
                        if (!single && Kind != K.Comma && Kind != close) throw InvalidSyntax();
                        if (!single)
                        {
                            var lastGen = gens[^1];
                            Node lastItem = lastGen.Ifs.Count > 0 ? lastGen.Ifs[^1] : lastGen.Iter;
                            throw ErrorNodes(e, lastItem, "Generator expression must be parenthesized");
                        }
                        Advance(); // close
                        var genexp = new GeneratorExp(e, gens) { Span = From(open) };
                        _p--; // leave the closing token for the caller
                        (args ??= new()).Add(genexp);
                        continue;
                    }
                    if (sawKeyword || sawDoubleStar)
                        throw ErrorAt(LastFetched(), sawDoubleStar
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                    _ = argStart;
                    (args ??= new()).Add(e);
                }
                if (!Accept(K.Comma))
                {
                    if (Kind != close)
                    {
                        Expr? lastArg = null;
                        var lastKw = keywords is { Count: > 0 } ? keywords[^1] : null;
                        var lastPos = args is { Count: > 0 } ? args[^1] : null;
                        if (lastKw is not null && (lastPos is null || lastKw.Span.Line > lastPos.Span.Line ||
                            (lastKw.Span.Line == lastPos.Span.Line && lastKw.Span.Column > lastPos.Span.Column))) lastArg = lastKw.Value;
                        else lastArg = lastPos;
                        if (lastArg is not null) throw ParenthesizedError(lastArg);
                    }
                    break;
                }
            }
        }
        finally { Leave(); }
        argsOut = args ?? (IReadOnlyList<Expr>)NoExprs;
        keywordsOut = keywords ?? (IReadOnlyList<Keyword>)NoKeywords;
    }

    private Lexing.Token LastFetched() => _tokens[Math.Min(_maxFetched, _tokens.Count - 1)];

    private List<Comprehension> ParseComprehensions()
    {
        var gens = new List<Comprehension>();
        while (Kind == K.For || Kind == K.Async)
        {
            if (Kind == K.Async) throw ErrorAt(Cur, "asynchronous comprehensions are not supported by pydbg");
            Advance();
            var target = ParseForTarget(inBrackets: true);
            Advance();
            var iter = ParseDisjunction();
            List<Expr>? ifs = null;
            while (Kind == K.If)
            {
                Advance();
                (ifs ??= new()).Add(ParseDisjunction());
            }
            gens.Add(new Comprehension(target, iter, ifs ?? (IReadOnlyList<Expr>)NoExprs, 0));
        }
        return gens;
    }

    private Expr ParseLambda()
    {
        var start = Advance(); // 'lambda'
        var args = ParseParameters(K.Colon, annotations: false);
        Expect(K.Colon);
        var body = ParseExpression();
        return new Lambda(args, body) { Span = From(start) };
    }

    private Expr ParseYieldExpr()
    {
        var start = Advance(); // 'yield'
        if (Accept(K.From))
        {
            var v = ParseExpression();
            return new YieldFrom(v) { Span = From(start) };
        }
        Expr? value = null;
        if (StartsExpression(Kind)) value = ParseStarExpressions();
        return new Yield(value) { Span = From(start) };
    }
}
