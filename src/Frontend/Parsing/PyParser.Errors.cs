using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;

using Attribute = PyDbg.Frontend.Syntax.Attribute;
using Set = PyDbg.Frontend.Syntax.Set;

namespace PyDbg.Frontend.Parsing;

internal sealed partial class PyParser
{
    private string Prefix(string msg) => _fstring ? "f-string: " + msg : msg;

    /// <summary>An error at a token (caret(s) under the token).</summary>
    private PythonSyntaxError ErrorAt(Token t, string msg, string kind = "SyntaxError")
    {
        if (IsAtEof(t)) return ErrorAtEof(msg, kind);
        return new(kind, Prefix(msg), _fileName, t.Line, t.CharCol + 1, _tok.GetSourceLine(t.Line), t.EndLine, t.EndCharCol + 1);
    }

    private bool IsAtEof(Token t) => !_fstring && (t.Kind is TokenKind.EndMarker or TokenKind.Dedent) && t.Start >= _tok.Text.Length;

    /// <summary>
    /// An error reported at the end of input: CPython's ENDMARKER/DEDENT tokens have no column, so
    /// it reports the last non-empty line, just past its end.
    /// </summary>
    private PythonSyntaxError ErrorAtEof(string msg, string kind = "SyntaxError")
    {
        var text = _tok.Text;
        var end = text.Length;
        while (end > 0 && text[end - 1] == '\n') end--;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        if (end == 0) lineStart = 0;
        var line = 1;
        for (var i = 0; i < lineStart; i++) if (text[i] == '\n') line++;
        var src = text.Substring(lineStart, end - lineStart);
        return new PythonSyntaxError(kind, Prefix(msg), _fileName, line, src.Length + 1, src, line, -1);
    }

    /// <summary>An error spanning from token a to token b.</summary>
    private PythonSyntaxError ErrorRange(Token a, Token b, string msg, string kind = "SyntaxError")
        => new(kind, Prefix(msg), _fileName, a.Line, a.CharCol + 1, _tok.GetSourceLine(a.Line), b.EndLine, b.EndCharCol + 1);

    /// <summary>An error at a node's location (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION).</summary>
    private PythonSyntaxError ErrorAtNode(Node n, string msg, string kind = "SyntaxError")
    {
        var line = n.Span.Line;
        var src = _tok.GetSourceLine(line);
        var col = ByteToChar(src, n.Span.Column - _colShift);
        var endSrc = n.Span.EndLine == line ? src : _tok.GetSourceLine(n.Span.EndLine);
        var endCol = ByteToChar(endSrc, n.Span.EndColumn - _colShift);
        return new PythonSyntaxError(kind, Prefix(msg), _fileName, line, col + 1, src, n.Span.EndLine, endCol + 1);
    }

    private PythonSyntaxError ErrorNodes(Node a, Node b, string msg)
    {
        var line = a.Span.Line;
        var src = _tok.GetSourceLine(line);
        var col = ByteToChar(src, a.Span.Column - _colShift);
        var endSrc = b.Span.EndLine == line ? src : _tok.GetSourceLine(b.Span.EndLine);
        var endCol = ByteToChar(endSrc, b.Span.EndColumn - _colShift);
        return new PythonSyntaxError("SyntaxError", Prefix(msg), _fileName, line, col + 1, src, b.Span.EndLine, endCol + 1);
    }

    internal static int ByteToChar(string? line, int byteCol)
    {
        if (line is null) return byteCol;
        var bytes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (bytes >= byteCol) return i;
            var c = line[i];
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
        }
        return line.Length + (byteCol - bytes);
    }

    private PythonSyntaxError UnclosedParen()
    {
        var open = _tok.OpenParens[^1];
        return new PythonSyntaxError("SyntaxError", Prefix($"'{open.Ch}' was never closed"), _fileName, open.Line, open.CharCol + 1,
            _tok.GetSourceLine(open.Line));
    }

    /// <summary>
    /// The generic error when no rule matched: CPython reports it at the furthest token the
    /// parser looked at, unless the input ended inside brackets, or the furthest token is an
    /// INDENT/DEDENT; tokenizer errors further on take precedence.
    /// </summary>
    private PythonSyntaxError InvalidSyntax()
    {
        var last = _tokens[Math.Min(_maxFetched, _tokens.Count - 1)];
        if (last.Kind == TokenKind.Indent) return ErrorAtIndent(last, "unexpected indent");
        if (last.Kind == TokenKind.Dedent) return ErrorAtIndent(last, "unexpected unindent");
        return ErrorAt(last, "invalid syntax");
    }

    private PythonSyntaxError ErrorAtIndent(Token t, string msg)
    {
        // CPython reports indentation errors at the statement's line; the offset is the indentation end.
        Token next;
        try
        {
            next = _tokens.Count > _maxFetched + 1 ? _tokens[_maxFetched + 1] : _tok.Next();
        }
        catch (PythonSyntaxError)
        {
            next = t;
        }
        if (next.Kind == TokenKind.EndMarker || IsAtEof(next)) return ErrorAtEof(msg, "IndentationError");
        if (t.Kind == TokenKind.Indent)
            return new PythonSyntaxError("IndentationError", msg, _fileName, t.Line, Math.Max(1, t.EndCharCol), _tok.GetSourceLine(t.Line), t.Line, -1);
        return new PythonSyntaxError("IndentationError", msg, _fileName, next.Line, Math.Max(1, next.CharCol), _tok.GetSourceLine(next.Line),
            next.Line, -1);
    }

    /// <summary>
    /// CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, the rest
    /// of the input is tokenized; a tokenizer error replaces the parser's, and so does an unclosed
    /// bracket opened on a line before the error's token.
    /// </summary>
    internal PythonSyntaxError CheckRestForTokenizerErrors(PythonSyntaxError err)
    {
        if (_fstring || _tok.Failed_) return err;
        var currentLine = _tokens.Count > 0 ? LastFetched().Line : 1;
        try
        {
            while (true)
            {
                var t = _tok.Next();
                if (t.Kind == TokenKind.EndMarker) break;
            }
        }
        catch (PythonSyntaxError e)
        {
            if (_tok.LastErrorDeferred) return err;
            if (_tok.HitEofInParens)
                return currentLine > _tok.OpenParens[^1].Line ? e : err;
            return e;
        }
        return err;
    }

    /// <summary>Whether an error is the generic one (which speculative second-pass parses swallow).</summary>
    private static bool IsGeneric(PythonSyntaxError e) => e.Msg is "invalid syntax" or "f-string: invalid syntax";

    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Syntax.Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value is PyDbg.Vm.Runtime.PyNone ? "None"
            : ReferenceEquals(c.Value, PyDbg.Vm.Runtime.PyBool.True) ? "True"
            : ReferenceEquals(c.Value, PyDbg.Vm.Runtime.PyBool.False) ? "False"
            : c.Value is PyDbg.Vm.Runtime.PyEllipsis ? "ellipsis" : "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
