using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;
using K = PyDbg.Frontend.Lexing.TokenKind;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using SyntaxList = PyDbg.Frontend.Syntax.List;

using Attribute = PyDbg.Frontend.Syntax.Attribute;
using Set = PyDbg.Frontend.Syntax.Set;

namespace PyDbg.Frontend.Parsing;

internal sealed partial class PyParser
{
    private static readonly Stmt[] NoStmts = System.Array.Empty<Stmt>();

    /// <summary>Parses one statement line (a compound statement, or simple statements separated by ';') into <paramref name="body"/>.</summary>
    private void ParseStatement(List<Stmt> body)
    {
        Enter();
        try
        {
            switch (Kind)
            {
                case K.Def: body.Add(ParseFunctionDef(Cur, NoExprs)); return;
                case K.Class: body.Add(ParseClassDef(Cur, NoExprs)); return;
                case K.If: body.Add(ParseIf()); return;
                case K.While: body.Add(ParseWhile()); return;
                case K.For: body.Add(ParseFor()); return;
                case K.Try: body.Add(ParseTry()); return;
                case K.With: body.Add(ParseWith()); return;
                case K.At: body.Add(ParseDecorated()); return;
                case K.Async: throw ErrorAt(Cur, "async statements are not supported by pydbg");
                case K.Indent: throw InvalidSyntax();
            }
            if (Kind == K.Name && Cur.Text == "match" && LooksLikeMatch())
                throw ErrorAt(Cur, "match statements are not supported by pydbg");
            ParseSimpleStatements(body);
        }
        finally { Leave(); }
    }

    private bool LooksLikeMatch()
    {
        // 'match' subject ':' NEWLINE — a soft keyword only when the line ends with ':' before NEWLINE
        var k = KindAt(1);
        if (k is K.Equal or K.Dot or K.LPar or K.LSqb or K.Comma or K.Newline or K.Colon or K.ColonEqual) return k == K.LPar || k == K.LSqb ? ScanForColonNewline() : false;
        if (k >= K.PlusEqual && k <= K.DoubleStarEqual) return false;
        return ScanForColonNewline();
    }

    private bool ScanForColonNewline()
    {
        for (var i = 1; i < 200; i++)
        {
            var t = At(i);
            if (t.Kind is K.Newline or K.EndMarker) return At(i - 1).Kind == K.Colon;
        }
        return false;
    }

    private void ParseSimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (Accept(K.Semi))
            {
                if (Kind == K.Newline) { Advance(); return; }
                continue;
            }
            if (Kind == K.Newline) { Advance(); return; }
            if (Kind == K.EndMarker) return;
            throw InvalidSyntax();
        }
    }

    private Stmt ParseSimpleStatement()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case K.Pass: Advance(); return new Pass { Span = SpanOf(t) };
            case K.Break: Advance(); return new Break { Span = SpanOf(t) };
            case K.Continue: Advance(); return new Continue { Span = SpanOf(t) };
            case K.Return:
            {
                Advance();
                Expr? v = StartsExpression(Kind) ? ParseStarExpressions() : null;
                return new Return(v) { Span = From(t) };
            }
            case K.Raise:
            {
                Advance();
                Expr? exc = null, cause = null;
                if (StartsExpression(Kind))
                {
                    exc = ParseExpression();
                    if (Accept(K.From)) cause = ParseExpression();
                }
                return new Raise(exc, cause) { Span = From(t) };
            }
            case K.Global:
            case K.Nonlocal:
            {
                Advance();
                var names = new List<string>();
                do
                {
                    if (Kind != K.Name) throw InvalidSyntax();
                    names.Add(Advance().Text);
                } while (Accept(K.Comma));
                return t.Kind == K.Global ? new Global(names) { Span = From(t) } : new Nonlocal(names) { Span = From(t) };
            }
            case K.Del:
            {
                Advance();
                var targets = new List<Expr>();
                while (true)
                {
                    var e = ParseTargetElem();
                    if (e is Starred) throw ErrorAtNode(e, "cannot delete starred");
                    targets.Add(ToTarget(e, TargetsType.Del));
                    if (!Accept(K.Comma)) break;
                    if (!StartsExpression(Kind)) break;
                }
                if (Kind is not (K.Newline or K.Semi or K.EndMarker)) throw InvalidSyntax();
                return new Delete(targets) { Span = From(t) };
            }
            case K.Assert:
            {
                Advance();
                var test = ParseExpression();
                Expr? msg = null;
                if (Accept(K.Comma)) msg = ParseExpression();
                return new Assert(test, msg) { Span = From(t) };
            }
            case K.Import: return ParseImport();
            case K.From: return ParseFromImport();
        }
        return ParseExpressionStatement();
    }

    private Stmt ParseExpressionStatement()
    {
        var start = Cur;
        Expr e;
        if (Kind == K.Yield) e = ParseYieldExpr();
        else
        {
            if (!StartsExpression(Kind)) throw InvalidSyntax();
            e = ParseStarExpressions();
        }
        switch (Kind)
        {
            case K.Equal:
                return ParseAssignment(start, e);
            case K.Colon:
            {
                // annotated assignment
                if (e is not (Name or Attribute or Subscript) && !StartsExpression(PeekKindUntracked(1))) throw ErrorAt(Cur, "invalid syntax");
                if (e is SyntaxTuple && start.Kind != K.LPar)
                    throw ErrorAtNode(((SyntaxTuple)e).Elts[0], "only single target (not tuple) can be annotated");
                if (e is SyntaxTuple or SyntaxList)
                    throw ErrorAtNode(e, $"only single target (not {ExprName(e)}) can be annotated");
                if (e is not (Name or Attribute or Subscript))
                    throw ErrorAtNode(e, "illegal target for annotation");
                Advance();
                var annotation = ParseExpression();
                Expr? value = null;
                if (Accept(K.Equal))
                    value = Kind == K.Yield ? ParseYieldExpr() : ParseStarExpressions();
                var simple = e is Name && start.Kind == K.Name ? 1 : 0;
                return new AnnAssign(SetContext(e, ExprContext.Store), annotation, value, simple) { Span = From(start) };
            }
        }
        if (TryAugOp(out var op))
        {
            if (e is not (Name or Attribute or Subscript))
                throw ErrorAtNode(e, $"'{ExprName(e)}' is an illegal expression for augmented assignment");
            Advance();
            var value = Kind == K.Yield ? ParseYieldExpr() : ParseStarExpressions();
            return new AugAssign(SetContext(e, ExprContext.Store), op, value) { Span = From(start) };
        }
        if (Kind is not (K.Newline or K.Semi or K.EndMarker))
        {
            // CPython's invalid_legacy_expression: NAME !'(' star_expressions (print / exec)
            if (e is Name n && StartsExpression(Kind) && Kind is not (K.LPar))
            {
                var save = _p;
                var saveMax = _maxFetched;
                Expr? rest = null;
                try { rest = ParseStarExpressions(); }
                catch (Text.PythonSyntaxError ex) when (!_tok.Failed_ && IsGeneric(ex)) { }
                _p = save;
                _maxFetched = saveMax;
                if (rest is not null && (n.Id == "print" || n.Id == "exec"))
                    throw ErrorNodes(e, rest, $"Missing parentheses in call to '{n.Id}'. Did you mean {n.Id}(...)?");
            }
            SpeculateFollowingExpression(e);
            throw InvalidSyntax();
        }
        return new ExprStmt(e) { Span = From(start) };
    }

    private bool TryAugOp(out Operator op)
    {
        switch (Kind)
        {
            case K.PlusEqual: op = Operator.Add; return true;
            case K.MinEqual: op = Operator.Sub; return true;
            case K.StarEqual: op = Operator.Mult; return true;
            case K.AtEqual: op = Operator.MatMult; return true;
            case K.SlashEqual: op = Operator.Div; return true;
            case K.PercentEqual: op = Operator.Mod; return true;
            case K.AmperEqual: op = Operator.BitAnd; return true;
            case K.VBarEqual: op = Operator.BitOr; return true;
            case K.CircumflexEqual: op = Operator.BitXor; return true;
            case K.LeftShiftEqual: op = Operator.LShift; return true;
            case K.RightShiftEqual: op = Operator.RShift; return true;
            case K.DoubleStarEqual: op = Operator.Pow; return true;
            case K.DoubleSlashEqual: op = Operator.FloorDiv; return true;
        }
        op = default;
        return false;
    }

    private Stmt ParseAssignment(Token start, Expr first)
    {
        var targets = new List<Expr> { first };
        var firstTok = new List<Token> { start };
        Expr value;
        Token vStart;
        while (true)
        {
            Advance(); // '='
            vStart = Cur;
            if (Kind == K.Yield) value = ParseYieldExpr();
            else
            {
                if (!StartsExpression(Kind)) throw InvalidSyntax();
                value = ParseStarExpressions();
            }
            if (Kind != K.Equal) break;
            targets.Add(value);
            firstTok.Add(vStart);
        }
        if (Kind is not (K.Newline or K.Semi or K.EndMarker))
        {
            SpeculateFollowingExpression(value);
            throw InvalidSyntax();
        }
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (target is Yield or YieldFrom) throw ErrorAtNode(target, "assignment to yield expression not possible");
            var bad = InvalidTarget(target, TargetsType.Star);
            if (bad is null) continue;
            var valueIsAtom = value is SyntaxTuple && vStart.Kind == K.LPar && value.Span.Line == vStart.Line && value.Span.Column == vStart.Col;
            if (i == 0 && targets.Count == 1 && (IsBitwiseOr(value) || valueIsAtom) && (IsBitwiseOr(target) || target is SyntaxTuple))
            {
                // CPython's invalid_named_expression: "cannot assign to X here. Maybe you meant '==' instead of '='?"
                Expr? candidate = null;
                if (target is SyntaxTuple t && firstTok[0].Kind != K.LPar) candidate = t.Elts[^1];
                else if (target is not (SyntaxTuple or SyntaxList or GeneratorExp) && !IsKeywordConstant(target)) candidate = target;
                if (candidate is not null && InvalidTarget(candidate, TargetsType.Star) is not null && candidate is not Starred
                    && !IsKeywordConstant(candidate) && ReferenceEquals(bad, candidate) )
                    throw ErrorAtNode(candidate, $"cannot assign to {ExprName(candidate)} here. Maybe you meant '==' instead of '='?");
            }
            throw InvalidTargetError(bad, TargetsType.Star);
        }
        var stored = new Expr[targets.Count];
        for (var i = 0; i < stored.Length; i++) stored[i] = SetContext(targets[i], ExprContext.Store);
        return new Assign(stored, value) { Span = From(start) };
    }

    // ---- imports ------------------------------------------------------------------------------

    private string ParseDottedName()
    {
        if (Kind != K.Name) throw InvalidSyntax();
        var name = Advance().Text;
        while (Kind == K.Dot)
        {
            Advance();
            if (Kind != K.Name) throw InvalidSyntax();
            name += "." + Advance().Text;
        }
        return name;
    }

    private Stmt ParseImport()
    {
        var start = Advance();
        var names = new List<Alias>();
        do
        {
            var aStart = Cur;
            var name = ParseDottedName();
            string? asName = null;
            if (Accept(K.As))
            {
                if (Kind != K.Name) throw InvalidSyntax();
                asName = Advance().Text;
            }
            names.Add(new Alias(name, asName) { Span = From(aStart) });
        } while (Accept(K.Comma));
        return new Import(names) { Span = From(start) };
    }

    private Stmt ParseFromImport()
    {
        var start = Advance();
        var level = 0;
        while (Kind is K.Dot or K.Ellipsis)
            level += Advance().Kind == K.Dot ? 1 : 3;
        string? module = null;
        if (Kind == K.Name) module = ParseDottedName();
        else if (level == 0) throw InvalidSyntax();
        if (Kind != K.Import) throw InvalidSyntax();
        Advance();
        var names = new List<Alias>();
        if (Kind == K.Star)
        {
            var st = Advance();
            names.Add(new Alias("*", null) { Span = SpanOf(st) });
            return new ImportFrom(module, names, level) { Span = From(start) };
        }
        var paren = Accept(K.LPar);
        while (true)
        {
            if (Kind != K.Name) throw InvalidSyntax();
            var aStart = Advance();
            string? asName = null;
            if (Accept(K.As))
            {
                if (Kind != K.Name) throw InvalidSyntax();
                asName = Advance().Text;
            }
            names.Add(new Alias(aStart.Text, asName) { Span = From(aStart) });
            if (!Accept(K.Comma)) break;
            if (paren && Kind == K.RPar) break;
            if (!paren && Kind is K.Newline or K.Semi or K.EndMarker)
                throw ErrorAtZero(Cur, "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) Expect(K.RPar);
        return new ImportFrom(module, names, level) { Span = From(start) };
    }

    // ---- blocks -------------------------------------------------------------------------------

    /// <summary>CPython reports "expected ':'" when the line ends there, else "invalid syntax" at the token.</summary>
    private Text.PythonSyntaxError ExpectedColon() => Kind == K.Newline ? ErrorAtZero(Cur, "expected ':'") : InvalidSyntax();

    private Text.PythonSyntaxError ErrorAtZero(Token t, string msg)
        => new("SyntaxError", Prefix(msg), _fileName, t.Line, t.CharCol + 1, _tok.GetSourceLine(t.Line), t.Line, t.CharCol + 1);

    /// <summary>':' then an indented block or simple statements on the same line.</summary>
    private List<Stmt> ParseBlock(string what, int headerLine)
    {
        if (Kind != K.Colon)
        {
            // CPython forces ':' (&&':') after def, try, finally and else headers
            if (what is "function definition" or "'try' statement" or "'finally' statement" or "'else' statement")
                throw ErrorAt(Cur, "expected ':'");
            throw ExpectedColon();
        }
        Advance();
        var body = new List<Stmt>();
        if (Kind == K.Newline)
        {
            Advance();
            if (Kind != K.Indent)
            {
                var k = 0;
                while (KindAt(k) == K.Dedent) k++;
                if (KindAt(k) == K.EndMarker)
                    throw ErrorAtEof($"expected an indented block after {what} on line {headerLine}", "IndentationError");
                var t = At(k);
                throw new Text.PythonSyntaxError("IndentationError", $"expected an indented block after {what} on line {headerLine}",
                    _fileName, t.Line, t.CharCol + 1, _tok.GetSourceLine(t.Line), t.Line, t.CharCol + 2);
            }
            Advance();
            while (Kind != K.Dedent && Kind != K.EndMarker)
            {
                if (Kind == K.Newline) { Advance(); continue; }
                ParseStatement(body);
            }
            Accept(K.Dedent);
        }
        else
        {
            if (Kind == K.EndMarker) throw InvalidSyntax();
            ParseSimpleStatements(body);
        }
        return body;
    }

    private static SourceSpan SpanTo(Token start, IReadOnlyList<Stmt> last)
    {
        var s = last[^1].Span;
        return new SourceSpan(start.Line, start.Col, s.EndLine, s.EndColumn);
    }

    private Stmt ParseIf()
    {
        var start = Advance(); // 'if' or 'elif'
        var test = ParseNamedExpression();
        var body = ParseBlock(start.Kind == K.If ? "'if' statement" : "'elif' statement", start.Line);
        IReadOnlyList<Stmt> orelse = NoStmts;
        if (Kind == K.Elif)
        {
            orelse = new Stmt[] { ParseIf() };
        }
        else if (Kind == K.Else)
        {
            var e = Advance();
            orelse = ParseBlock("'else' statement", e.Line);
        }
        return new If(test, body, orelse) { Span = SpanTo(start, orelse.Count > 0 ? orelse : body) };
    }

    private Stmt ParseWhile()
    {
        var start = Advance();
        var test = ParseNamedExpression();
        var body = ParseBlock("'while' statement", start.Line);
        IReadOnlyList<Stmt> orelse = NoStmts;
        if (Kind == K.Else)
        {
            var e = Advance();
            orelse = ParseBlock("'else' statement", e.Line);
        }
        return new While(test, body, orelse) { Span = SpanTo(start, orelse.Count > 0 ? orelse : body) };
    }

    private Stmt ParseFor()
    {
        var start = Advance();
        var target = ParseForTarget(inBrackets: false);
        Advance();
        var iter = ParseStarExpressions();
        var body = ParseBlock("'for' statement", start.Line);
        IReadOnlyList<Stmt> orelse = NoStmts;
        if (Kind == K.Else)
        {
            var e = Advance();
            orelse = ParseBlock("'else' statement", e.Line);
        }
        return new For(target, iter, body, orelse) { Span = SpanTo(start, orelse.Count > 0 ? orelse : body) };
    }

    private Stmt ParseTry()
    {
        var start = Advance();
        var body = ParseBlock("'try' statement", start.Line);
        var handlers = new List<ExceptHandler>();
        while (Kind == K.Except)
        {
            var ex = Advance();
            if (Kind == K.Star) throw ErrorAt(Cur, "except* is not supported by pydbg");
            Expr? type = null;
            string? name = null;
            if (Kind != K.Colon)
            {
                var tStart = Cur;
                type = ParseExpression();
                if (Kind == K.Comma)
                {
                    var exprs = ParseStarExpressionsFrom(tStart, type);
                    if (Kind == K.Colon || Kind == K.As)
                        throw ErrorAtNode(exprs, "multiple exception types must be parenthesized");
                    throw InvalidSyntax();
                }
                if (Accept(K.As))
                {
                    if (Kind != K.Name) throw InvalidSyntax();
                    name = Advance().Text;
                }
            }
            var hbody = ParseBlock("'except' statement", ex.Line);
            handlers.Add(new ExceptHandler(type, name, hbody) { Span = SpanTo(ex, hbody) });
        }
        IReadOnlyList<Stmt> orelse = NoStmts, finalbody = NoStmts;
        if (Kind == K.Else && handlers.Count > 0)
        {
            var e = Advance();
            orelse = ParseBlock("'else' statement", e.Line);
        }
        if (Kind == K.Finally)
        {
            var f = Advance();
            finalbody = ParseBlock("'finally' statement", f.Line);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
            throw ErrorAt(Cur, "expected 'except' or 'finally' block");
        IReadOnlyList<Stmt> last = finalbody.Count > 0 ? finalbody : orelse.Count > 0 ? orelse : handlers[^1].Body;
        return new Try(body, handlers, orelse, finalbody) { Span = SpanTo(start, last) };
    }

    private Expr ParseStarExpressionsFrom(Token start, Expr first)
    {
        var elts = new List<Expr> { first };
        while (Accept(K.Comma))
        {
            if (!StartsExpression(Kind)) break;
            elts.Add(ParseExpression());
        }
        return new SyntaxTuple(elts, ExprContext.Load) { Span = From(start) };
    }

    private Stmt ParseWith()
    {
        var start = Advance();
        List<WithItem>? items = null;
        if (Kind == K.LPar)
        {
            // try the parenthesized form: '(' ','.with_item+ ','? ')' ':'
            var save = _p;
            try
            {
                Advance();
                var list = new List<WithItem>();
                while (true)
                {
                    list.Add(ParseWithItem());
                    if (!Accept(K.Comma)) break;
                    if (Kind == K.RPar) break;
                }
                if (Kind == K.RPar && KindAt(1) == K.Colon)
                {
                    Advance();
                    items = list;
                }
                else _p = save;
            }
            catch (Text.PythonSyntaxError) when (!_tok.Failed_)
            {
                _p = save;
            }
        }
        if (items is null)
        {
            items = new List<WithItem>();
            do items.Add(ParseWithItem()); while (Accept(K.Comma));
        }
        var body = ParseBlock("'with' statement", start.Line);
        return new With(items, body) { Span = SpanTo(start, body) };
    }

    private WithItem ParseWithItem()
    {
        var e = ParseExpression();
        Expr? vars = null;
        if (Accept(K.As))
        {
            var tStart = Cur;
            var t = ParseTargetElem();
            if (Kind == K.Comma && KindAt(1) is not (K.RPar or K.Colon) && false) { }
            vars = ToTarget(t, TargetsType.Star);
            if (Kind is not (K.Comma or K.RPar or K.Colon)) throw InvalidSyntax();
            _ = tStart;
        }
        return new WithItem(e, vars);
    }
}
