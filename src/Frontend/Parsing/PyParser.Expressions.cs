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
    private Expr ParseStarExpressions()
    {
        var start = Cur;
        var first = ParseStarExpression();
        if (Kind != K.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(K.Comma))
        {
            if (!StartsExpression(Kind)) break;
            elts.Add(ParseStarExpression());
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
                        if (!single && Kind != K.Comma && Kind != close) throw ParenthesizedError(gens[^1].Ifs.Count > 0 ? gens[^1].Ifs[^1] : gens[^1].Iter);
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
            var target = ParseTargetList(ExprContext.Store, stopAtIn: true);
            if (Kind != K.In) throw InvalidSyntax();
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
                var gens = ParseComprehensions();
                Expect(K.RSqb);
                return new ListComp(first, gens) { Span = From(open) };
            }
            var elts = new List<Expr> { first };
            if (Kind is not (K.Comma or K.RSqb)) throw ParenthesizedError(first);
            while (Accept(K.Comma))
            {
                if (Kind == K.RSqb) break;
                elts.Add(ParseStarNamedExpression());
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
                    var gens = ParseComprehensions();
                    Expect(K.RBrace);
                    return new DictComp(first, value, gens) { Span = From(open) };
                }
                return ParseDictRest(open, new List<Expr?> { first }, new List<Expr> { value });
            }
            if (Kind == K.For || Kind == K.Async)
            {
                var gens = ParseComprehensions();
                Expect(K.RBrace);
                return new SetComp(first, gens) { Span = From(open) };
            }
            var elts = new List<Expr> { first };
            if (Kind is not (K.Comma or K.RBrace)) throw ParenthesizedError(first);
            while (Accept(K.Comma))
            {
                if (Kind == K.RBrace) break;
                elts.Add(ParseStarNamedExpression());
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
        catch (Text.PythonSyntaxError) when (!_tok.Failed_ || _tok.LastErrorDeferred) { }
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
                catch (Text.PythonSyntaxError) when (!_tok.Failed_ || _tok.LastErrorDeferred)
                {
                    _p = save;
                    _maxFetched = saveMax;
                    if (_tok.Failed_) break;
                }
            }
        }
        return InvalidSyntax();
    }
}
