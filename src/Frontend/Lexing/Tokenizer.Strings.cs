namespace PyDbg.Frontend.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>Scans a string literal starting at <paramref name="start"/> (prefix) with its quote at <paramref name="quotePos"/>.</summary>
    private Token ReadString(int start, int quotePos)
    {
        var startLine = CurLine;
        var startLineStart = _lineStart;
        var startByteCol = ByteCol(start);
        var q = _src[quotePos];
        var triple = quotePos + 2 < _src.Length && _src[quotePos + 1] == q && _src[quotePos + 2] == q;
        _pos = quotePos + (triple ? 3 : 1);
        while (true)
        {
            if (_pos >= _src.Length)
            {
                var detected = CurLine - 1;
                if (detected < startLine) detected = startLine;
                if (triple)
                    throw Error($"unterminated triple-quoted string literal (detected at line {detected})", startLine, start - startLineStart);
                throw Error($"unterminated string literal (detected at line {detected})", startLine, start - startLineStart);
            }
            var c = _src[_pos];
            if (c == '\\')
            {
                _pos++;
                if (_pos < _src.Length)
                {
                    if (_src[_pos] == '\n') { _pos++; NewLine(); }
                    else _pos++;
                }
                continue;
            }
            if (c == '\n')
            {
                if (!triple)
                    throw Error($"unterminated string literal (detected at line {CurLine})", startLine, start - startLineStart);
                _pos++;
                NewLine();
                continue;
            }
            if (c == q)
            {
                if (!triple) { _pos++; break; }
                if (Peek(1) == q && Peek(2) == q) { _pos += 3; break; }
            }
            _pos++;
        }
        for (var i = start; i < quotePos; i++)
        {
            if (_src[i] is 'b' or 'B')
                throw Error("bytes literals are not supported by pydbg", startLine, start - startLineStart);
        }
        return Make(TokenKind.String, _src.Substring(start, _pos - start), start, startLine, startLineStart, startByteCol);
    }
}
