namespace PyDbg.Frontend.Lexing;

/// <summary>
/// One token. Line/Col/EndLine/EndCol are CPython's positions (1-based lines, 0-based UTF-8 byte
/// columns); CharCol/EndCharCol are 0-based character columns (for error offsets); Start/End are
/// character indices into the tokenized text.
/// </summary>
public readonly struct Token
{
    public readonly TokenKind Kind;
    public readonly string Text;
    public readonly int Line, Col, EndLine, EndCol;
    public readonly int CharCol, EndCharCol;
    public readonly int Start, End;

    public Token(TokenKind kind, string text, int line, int col, int endLine, int endCol,
        int charCol, int endCharCol, int start, int end)
    {
        Kind = kind; Text = text; Line = line; Col = col; EndLine = endLine; EndCol = endCol;
        CharCol = charCol; EndCharCol = endCharCol; Start = start; End = end;
    }

    public override string ToString() => $"{Kind} '{Text}' {Line}:{Col}-{EndLine}:{EndCol}";
}
