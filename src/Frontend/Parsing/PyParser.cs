using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Frontend.Parsing;

/// <summary>
/// The recursive-descent parser over the token stream (CPython 3.11 grammar without match/async).
/// Every node gets CPython's span. Recursion is bounded explicitly by <see cref="MaxDepth"/>.
/// </summary>
internal sealed partial class PyParser
{
    public const int MaxDepth = 2000;

    private readonly Tokenizer _tok;
    private readonly List<Token> _tokens = new();
    private int _p;
    private int _maxFetched;
    private int _depth;
    private readonly string _fileName;
    /// <summary>Non-null in a sub-parser for an f-string replacement field: the prefix for error messages.</summary>
    private readonly bool _fstring;
    /// <summary>Byte columns subtracted from node positions in error locations (f-string sub-parsers report positions in "(expr)").</summary>
    private readonly int _colShift;

    public PyParser(Tokenizer tok, bool fstring = false, int colShift = 0)
    {
        _tok = tok;
        _fileName = tok.FileName;
        _fstring = fstring;
        _colShift = colShift;
    }

    /// <summary>Runs a parse, applying CPython's end-of-input tokenizer check to parser errors.</summary>
    private T Run<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (PythonSyntaxError e) when (!_tok.Failed_ && !_fstring && e.Msg is not ("unexpected indent" or "unexpected unindent"))
        {
            throw CheckRestForTokenizerErrors(e);
        }
    }

    // ---- token access -------------------------------------------------------------------

    private Token At(int k)
    {
        var i = _p + k;
        while (_tokens.Count <= i)
        {
            if (_tokens.Count > 0 && _tokens[^1].Kind == TokenKind.EndMarker)
            {
                i = _tokens.Count - 1;
                break;
            }
            _tokens.Add(_tok.Next());
        }
        if (i >= _tokens.Count) i = _tokens.Count - 1;
        if (i > _maxFetched) _maxFetched = i;
        return _tokens[i];
    }

    private Token Cur => At(0);
    private TokenKind Kind => At(0).Kind;
    private TokenKind KindAt(int k) => At(k).Kind;

    /// <summary>Looks ahead without moving the furthest-token mark used for "invalid syntax" locations.</summary>
    private TokenKind PeekKindUntracked(int k)
    {
        var saveMax = _maxFetched;
        var kind = At(k).Kind;
        _maxFetched = saveMax;
        return kind;
    }
    private Token Prev => _tokens[_p - 1];

    private Token Advance()
    {
        var t = At(0);
        if (t.Kind != TokenKind.EndMarker) _p++;
        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (At(0).Kind != kind) return false;
        _p++;
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (At(0).Kind == kind) return Advance();
        throw InvalidSyntax();
    }

    private bool IsName(string text) => At(0).Kind == TokenKind.Name && At(0).Text == text;

    // ---- spans ----------------------------------------------------------------------------

    private static SourceSpan SpanOf(Token t) => new(t.Line, t.Col, t.EndLine, t.EndCol);
    private SourceSpan From(Token start) => new(start.Line, start.Col, Prev.EndLine, Prev.EndCol);
    private SourceSpan From(Node start) => new(start.Span.Line, start.Span.Column, Prev.EndLine, Prev.EndCol);
    private static SourceSpan Join(Node a, Node b) => new(a.Span.Line, a.Span.Column, b.Span.EndLine, b.Span.EndColumn);

    // ---- depth ----------------------------------------------------------------------------

    private void Enter()
    {
        if (++_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw TooComplex();
        }
    }

    private void Leave() => _depth--;

    private PythonSyntaxError TooComplex()
    {
        var t = Cur;
        return ErrorAt(t, "too complex");
    }

    // ---- entry points ---------------------------------------------------------------------

    public Module ParseFile() => Run(ParseFileCore);

    private Module ParseFileCore()
    {
        var body = new List<Stmt>();
        while (Kind != TokenKind.EndMarker)
        {
            if (Kind == TokenKind.Newline) { Advance(); continue; }
            ParseStatement(body);
        }
        CheckEof();
        return new Module(body);
    }

    public Expression ParseEval() => Run(ParseEvalCore);

    private Expression ParseEvalCore()
    {
        // like eval(): surrounding whitespace and blank lines are allowed
        while (Kind is TokenKind.Newline or TokenKind.Indent) Advance();
        var e = ParseStarExpressions();
        while (Kind is TokenKind.Newline or TokenKind.Dedent) Advance();
        if (Kind != TokenKind.EndMarker) throw InvalidSyntax();
        CheckEof();
        return new Expression(e);
    }

    public Interactive ParseInteractiveInput() => Run(ParseInteractiveCore);

    private Interactive ParseInteractiveCore()
    {
        var body = new List<Stmt>();
        while (Kind != TokenKind.EndMarker)
        {
            if (Kind == TokenKind.Newline) { Advance(); continue; }
            ParseStatement(body);
        }
        CheckEof();
        return new Interactive(body);
    }

    /// <summary>An f-string replacement field expression: "(" star_expressions ")" in the sub-tokenizer's text.</summary>
    public Expr ParseFStringExpr()
    {
        Expect(TokenKind.LPar);
        Expr e;
        if (Kind == TokenKind.Yield) e = ParseYieldExpr();
        else e = ParseStarExpressions();
        if (Kind != TokenKind.RPar) throw ParenthesizedError(e is Syntax.Tuple t && t.Elts.Count > 0 ? t.Elts[^1] : e);
        Advance();
        while (Kind == TokenKind.Newline) Advance();
        if (Kind != TokenKind.EndMarker) throw InvalidSyntax();
        return e;
    }

    private void CheckEof()
    {
    }
}
