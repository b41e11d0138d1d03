using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Lexing;

/// <summary>
/// Python's tokenizer (CPython 3.11 rules): INDENT/DEDENT from an indentation stack, NEWLINE only
/// at logical line ends, implicit joining inside brackets, backslash continuation, numbers and
/// string tokens (strings are decoded by the parser). Tokens are produced on demand by
/// <see cref="Next"/>; errors are thrown as <see cref="PythonSyntaxError"/>.
/// </summary>
public sealed partial class Tokenizer
{
    public const int MaxIndent = 100;
    public const int MaxParenLevel = 200;

    private readonly string _src;
    private readonly string _fileName;
    private readonly bool _ascii;
    private readonly int _lineOffset;       // added to 0-based physical line numbers
    private readonly int _firstLineColOffset; // byte columns added on the first line (f-string sub-tokenizers)

    private int _pos;
    private int _line = 1;          // physical line (1-based, before _lineOffset)
    private int _lineStart;
    private bool _atBol = true;
    private int _pendingDedents;
    private bool _pendingIndent;
    private bool _emittedEof;
    private readonly List<int> _indents = new() { 0 };
    private readonly List<int> _altIndents = new() { 0 };
    private readonly List<(char Ch, int Line, int CharCol)> _parens = new();

    // byte-column cache for non-ASCII sources
    private int _cacheLineStart = -1, _cacheIdx, _cacheBytes;

    /// <summary>The bracket stack (kind, line, 0-based char column) when the tokenizer reached EOF inside brackets.</summary>
    public IReadOnlyList<(char Ch, int Line, int CharCol)> OpenParens => _parens;
    public bool HitEofInParens { get; private set; }
    /// <summary>Set when the tokenizer raised an error (so the parser does not re-check the rest of the input).</summary>
    public bool Failed_ { get; private set; }

    /// <summary>
    /// True when the last error is one CPython's tokenizer reports through its done-code (bad
    /// dedent, TabError, too deep, line continuation, EOF) rather than by raising: such an error
    /// found while re-checking the rest of the input does not replace the parser's error.
    /// </summary>
    public bool LastErrorDeferred { get; private set; }

    private PythonSyntaxError Deferred(PythonSyntaxError e)
    {
        LastErrorDeferred = true;
        return e;
    }

    private PythonSyntaxError Failed(PythonSyntaxError e)
    {
        Failed_ = true;
        return e;
    }
    public int ParenLevel => _parens.Count;
    public string FileName => _fileName;
    /// <summary>The normalized text (\r\n and \r turned into \n, a final \n added).</summary>
    public string Text => _src;

    public Tokenizer(string text, string fileName, int firstLine = 1, int firstLineColOffset = 0)
    {
        _src = Normalize(text);
        _fileName = fileName;
        _lineOffset = firstLine - 1;
        _firstLineColOffset = firstLineColOffset;
        var ascii = true;
        foreach (var c in _src) if (c >= 0x80) { ascii = false; break; }
        _ascii = ascii;
    }

    public static string Normalize(string text)
    {
        if (text.IndexOf('\r') >= 0) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text.Length > 0 && text[^1] != '\n') text += "\n";
        return text;
    }

    /// <summary>1-based physical line text (without newline), for error messages.</summary>
    public string? GetSourceLine(int line)
    {
        line -= _lineOffset;
        if (line < 1) return null;
        var idx = 0;
        for (var l = 1; l < line; l++)
        {
            idx = _src.IndexOf('\n', idx);
            if (idx < 0) return null;
            idx++;
        }
        if (idx > _src.Length) return null;
        var end = _src.IndexOf('\n', idx);
        if (end < 0) end = _src.Length;
        return _src.Substring(idx, end - idx);
    }

    private int CurLine => _line + _lineOffset;

    private int ByteCol(int idx)
    {
        var extra = _line == 1 ? _firstLineColOffset : 0;
        if (_ascii) return idx - _lineStart + extra;
        if (_cacheLineStart != _lineStart || idx < _cacheIdx)
        {
            _cacheLineStart = _lineStart; _cacheIdx = _lineStart; _cacheBytes = 0;
        }
        var b = _cacheBytes;
        for (var i = _cacheIdx; i < idx; i++)
        {
            var c = _src[i];
            if (c < 0x80) b += 1;
            else if (c < 0x800) b += 2;
            else if (char.IsHighSurrogate(c)) b += 4;
            else if (char.IsLowSurrogate(c)) b += 0;
            else b += 3;
        }
        _cacheIdx = idx; _cacheBytes = b;
        return b + extra;
    }

    private Token Make(TokenKind kind, string text, int start, int startLine, int startLineStart, int startByteCol)
    {
        var endByte = ByteCol(_pos);
        return new Token(kind, text, startLine, startByteCol, CurLine, endByte,
            start - startLineStart, _pos - _lineStart, start, _pos);
    }

    private Token MakeSimple(TokenKind kind, int start)
    {
        var col = ByteCol(start);
        return Make(kind, _src.Substring(start, _pos - start), start, CurLine, _lineStart, col);
    }

    private char Peek(int k = 0) => _pos + k < _src.Length ? _src[_pos + k] : '\0';

    internal PythonSyntaxError Error(string msg, int line, int charCol0, int endLine = 0, int endCharCol0 = -1, string kind = "SyntaxError")
    {
        Failed_ = true;
        return new PythonSyntaxError(kind, msg, _fileName, line, charCol0 + 1, GetSourceLine(line),
            endLine == 0 ? line : endLine, endCharCol0 < 0 ? charCol0 + 1 : endCharCol0 + 1);
    }

    private PythonSyntaxError ErrorHere(string msg, int idx, string kind = "SyntaxError")
        => Error(msg, CurLine, idx - _lineStart, kind: kind);

    /// <summary>Produces the next token (ENDMARKER repeatedly at the end).</summary>
    public Token Next()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            var bc = ByteCol(_pos);
            return new Token(TokenKind.Dedent, "", CurLine, bc, CurLine, bc, _pos - _lineStart, _pos - _lineStart, _pos, _pos);
        }
        if (_pendingIndent)
        {
            _pendingIndent = false;
            var bc = ByteCol(_pos);
            return new Token(TokenKind.Indent, _src.Substring(_lineStart, _pos - _lineStart), CurLine, 0, CurLine, bc, 0, _pos - _lineStart, _lineStart, _pos);
        }
        var commentStart = -1;
        while (true)
        {
            if (_atBol)
            {
                _atBol = false;
                if (ReadIndentation()) continue; // blank line consumed
                if (_pendingDedents > 0 || _pendingIndent) return Next();
            }
            // skip whitespace
            while (_pos < _src.Length)
            {
                var ch = _src[_pos];
                if (ch == ' ' || ch == '\t' || ch == '\f') _pos++;
                else break;
            }
            if (_pos >= _src.Length) return EndOfInput();
            var c = _src[_pos];
            if (c == '#')
            {
                commentStart = _pos;
                while (_pos < _src.Length && _src[_pos] != '\n') _pos++;
                continue;
            }
            if (c == '\n')
            {
                var start = _pos;
                _pos++;
                if (_parens.Count > 0)
                {
                    NewLine();
                    commentStart = -1;
                    continue;
                }
                // CPython's NEWLINE token starts at a preceding comment
                var nlStart = commentStart >= 0 ? commentStart : start;
                var bc = ByteCol(nlStart);
                var be = ByteCol(start);
                var tok = new Token(TokenKind.Newline, "\n", CurLine, bc, CurLine, be, nlStart - _lineStart, start - _lineStart, nlStart, _pos);
                NewLine();
                _atBol = true;
                return tok;
            }
            if (c == '\\')
            {
                var start = _pos;
                _pos++;
                if (Peek() != '\n')
                    throw Deferred(ErrorHere("unexpected character after line continuation character", start + 1));
                _pos++;
                NewLine();
                if (_pos >= _src.Length)
                    throw Deferred(Error("unexpected EOF while parsing", CurLine - 1, start - (_src.LastIndexOf('\n', start) + 1) + 1, endCharCol0: -1));
                continue;
            }
            if (IsIdentifierStart(c)) return ReadNameOrString();
            if (IsDigit(c) || (c == '.' && IsDigit(Peek(1)))) return ReadNumber();
            if (c == '"' || c == '\'') return ReadString(_pos, _pos);
            return ReadOperator();
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private Token EndOfInput()
    {
        if (_parens.Count > 0)
        {
            HitEofInParens = true;
            var open = _parens[^1];
            throw Failed(new PythonSyntaxError("SyntaxError", $"'{open.Ch}' was never closed", _fileName, open.Line, open.CharCol + 1,
                GetSourceLine(open.Line)));
        }
        else if (!_emittedEof)
        {
            _emittedEof = true;
            // dedent to column 0
            var n = _indents.Count - 1;
            if (n > 0)
            {
                _indents.RemoveRange(1, n);
                _altIndents.RemoveRange(1, n);
                _pendingDedents = n;
                return Next();
            }
        }
        var bc = ByteCol(_pos);
        return new Token(TokenKind.EndMarker, "", CurLine, bc, CurLine, bc, _pos - _lineStart, _pos - _lineStart, _pos, _pos);
    }

    /// <summary>Reads the indentation at the beginning of a line; returns true when the line is blank (skipped).</summary>
    private bool ReadIndentation()
    {
        int col = 0, alt = 0;
        var p = _pos;
        while (p < _src.Length)
        {
            var ch = _src[p];
            if (ch == ' ') { col++; alt++; }
            else if (ch == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (ch == '\f') { col = alt = 0; }
            else break;
            p++;
        }
        if (p >= _src.Length)
        {
            _pos = p;
            return false; // EOF: handled by EndOfInput
        }
        var c = _src[p];
        if (c == '#' || c == '\n')
        {
            // blank line: skip it entirely
            while (p < _src.Length && _src[p] != '\n') p++;
            if (p < _src.Length) p++;
            _pos = p;
            NewLine();
            _atBol = true;
            return true;
        }
        _pos = p;
        if (_parens.Count > 0) return false;
        var top = _indents[^1];
        var altTop = _altIndents[^1];
        if (col == top)
        {
            if (alt != altTop) throw TabError();
        }
        else if (col > top)
        {
            if (_indents.Count >= MaxIndent)
                throw Deferred(Error("too many levels of indentation", CurLine, 0, kind: "IndentationError"));
            if (alt <= altTop) throw TabError();
            _indents.Add(col);
            _altIndents.Add(alt);
            _pendingIndent = true;
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                _pendingDedents++;
            }
            if (col != _indents[^1])
            {
                var lineEnd = _src.IndexOf('\n', _pos);
                if (lineEnd < 0) lineEnd = _src.Length - 1;
                throw Deferred(Error("unindent does not match any outer indentation level", CurLine, lineEnd - _lineStart, kind: "IndentationError"));
            }
            if (alt != _altIndents[^1]) throw TabError();
        }
        return false;
    }

    private PythonSyntaxError TabError()
        => Deferred(Error("inconsistent use of tabs and spaces in indentation", CurLine, 0, kind: "TabError"));

    internal static bool IsDigit(char c) => c >= '0' && c <= '9';

    internal static bool IsIdentifierStart(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && (char.IsLetter(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.LetterNumber));

    internal static bool IsIdentifierChar(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || (c >= 0x80 && IsUnicodeIdentifierChar(c));

    private static bool IsUnicodeIdentifierChar(char c)
    {
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation
            or System.Globalization.UnicodeCategory.DecimalDigitNumber;
    }

    private static bool IsPotentialIdentifierChar(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c >= 0x80;

    private Token ReadNameOrString()
    {
        var start = _pos;
        // string prefix?
        var p = _pos;
        while (p < _src.Length && p - start < 3 && IsPrefixChar(_src[p])) p++;
        if (p < _src.Length && (_src[p] == '"' || _src[p] == '\'') && p > start && IsValidPrefix(_src.AsSpan(start, p - start)))
            return ReadString(start, p);
        while (_pos < _src.Length && IsIdentifierChar(_src[_pos])) _pos++;
        if (_pos < _src.Length && _src[_pos] >= 0x80 && !IsIdentifierChar(_src[_pos]))
        {
            // CPython reports an invalid character inside an identifier
            var bad = _src[_pos];
            if (!char.IsWhiteSpace(bad) || bad == '\u00a0')
                throw InvalidCharacter(_pos);
        }
        var name = _src.Substring(start, _pos - start);
        if (!_ascii)
        {
            foreach (var ch in name)
            {
                if (ch >= 0x80) { name = name.Normalize(System.Text.NormalizationForm.FormKC); break; }
            }
        }
        var kind = Keywords.Classify(name);
        var col = ByteCol(start);
        return Make(kind, name, start, CurLine, _lineStart, col);
    }

    private PythonSyntaxError InvalidCharacter(int idx)
    {
        int cp = char.IsSurrogatePair(_src, idx) ? char.ConvertToUtf32(_src, idx) : _src[idx];
        var s = char.ConvertFromUtf32(cp);
        var printable = !(char.IsControl(s, 0) || cp == 0xA0 || char.GetUnicodeCategory(s, 0) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.PrivateUse
            or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.Surrogate);
        var msg = printable ? $"invalid character '{s}' (U+{cp:X4})" : $"invalid non-printable character U+{cp:X4}";
        return ErrorHere(msg, idx);
    }

    private static bool IsPrefixChar(char c) => c is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F';

    private static bool IsValidPrefix(ReadOnlySpan<char> p)
    {
        Span<char> l = stackalloc char[p.Length];
        for (var i = 0; i < p.Length; i++) l[i] = char.ToLowerInvariant(p[i]);
        if (l.Length == 1) return l[0] is 'r' or 'b' or 'u' or 'f';
        if (l.Length == 2)
            return (l[0] == 'r' && (l[1] == 'b' || l[1] == 'f')) || ((l[0] == 'b' || l[0] == 'f') && l[1] == 'r');
        return false;
    }

    private Token ReadOperator()
    {
        var start = _pos;
        var c = _src[_pos];
        var c1 = Peek(1);
        var c2 = Peek(2);
        TokenKind kind;
        var len = 1;
        switch (c)
        {
            case '(': case '[': case '{':
                if (_parens.Count >= MaxParenLevel) throw ErrorHere("too many nested parentheses", start);
                _parens.Add((c, CurLine, start - _lineStart));
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case ')': case ']': case '}':
                if (_parens.Count == 0) throw ErrorHere($"unmatched '{c}'", start);
                var open = _parens[^1];
                var expected = open.Ch == '(' ? ')' : open.Ch == '[' ? ']' : '}';
                if (expected != c)
                {
                    if (open.Line != CurLine)
                        throw ErrorHere($"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}' on line {open.Line}", start);
                    throw ErrorHere($"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}'", start);
                }
                _parens.RemoveAt(_parens.Count - 1);
                kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                break;
            case ':': if (c1 == '=') { kind = TokenKind.ColonEqual; len = 2; } else kind = TokenKind.Colon; break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '+': if (c1 == '=') { kind = TokenKind.PlusEqual; len = 2; } else kind = TokenKind.Plus; break;
            case '-':
                if (c1 == '=') { kind = TokenKind.MinEqual; len = 2; }
                else if (c1 == '>') { kind = TokenKind.RArrow; len = 2; }
                else kind = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*') { if (c2 == '=') { kind = TokenKind.DoubleStarEqual; len = 3; } else { kind = TokenKind.DoubleStar; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.StarEqual; len = 2; }
                else kind = TokenKind.Star;
                break;
            case '/':
                if (c1 == '/') { if (c2 == '=') { kind = TokenKind.DoubleSlashEqual; len = 3; } else { kind = TokenKind.DoubleSlash; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.SlashEqual; len = 2; }
                else kind = TokenKind.Slash;
                break;
            case '|': if (c1 == '=') { kind = TokenKind.VBarEqual; len = 2; } else kind = TokenKind.VBar; break;
            case '&': if (c1 == '=') { kind = TokenKind.AmperEqual; len = 2; } else kind = TokenKind.Amper; break;
            case '^': if (c1 == '=') { kind = TokenKind.CircumflexEqual; len = 2; } else kind = TokenKind.Circumflex; break;
            case '%': if (c1 == '=') { kind = TokenKind.PercentEqual; len = 2; } else kind = TokenKind.Percent; break;
            case '@': if (c1 == '=') { kind = TokenKind.AtEqual; len = 2; } else kind = TokenKind.At; break;
            case '~': kind = TokenKind.Tilde; break;
            case '<':
                if (c1 == '<') { if (c2 == '=') { kind = TokenKind.LeftShiftEqual; len = 3; } else { kind = TokenKind.LeftShift; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.LessEqual; len = 2; }
                else if (c1 == '>') { kind = TokenKind.NotEqual; len = 2; } // rejected by the parser (PEP 401)
                else kind = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') { if (c2 == '=') { kind = TokenKind.RightShiftEqual; len = 3; } else { kind = TokenKind.RightShift; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.GreaterEqual; len = 2; }
                else kind = TokenKind.Greater;
                break;
            case '=': if (c1 == '=') { kind = TokenKind.EqEqual; len = 2; } else kind = TokenKind.Equal; break;
            case '!': if (c1 == '=') { kind = TokenKind.NotEqual; len = 2; } else kind = TokenKind.Exclamation; break;
            case '.':
                if (c1 == '.' && c2 == '.') { kind = TokenKind.Ellipsis; len = 3; }
                else kind = TokenKind.Dot;
                break;
            default:
                if (c >= 0x80 || char.IsControl(c)) throw InvalidCharacter(start);
                // '$', '?', '`': CPython's tokenizer returns an error token -> "invalid syntax"
                _pos++;
                return MakeSimple(TokenKind.ErrorToken, start);
        }
        _pos += len;
        return MakeSimple(kind, start);
    }
}
