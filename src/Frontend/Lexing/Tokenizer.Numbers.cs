namespace PyDbg.Frontend.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>CPython's tokenizer syntaxerror(): the offset is the number of characters before the current position.</summary>
    private Text.PythonSyntaxError ErrAtCur(string msg) => Error(msg, CurLine, Math.Max(0, _pos - _lineStart - 1));

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private Token ReadNumber()
    {
        var start = _pos;
        var c = _src[_pos];
        var isFloat = false;
        var imaginary = false;
        if (c == '.')
        {
            _pos++;
            isFloat = true;
            ReadFraction(ref imaginary);
        }
        else if (c == '0')
        {
            var n = Peek(1);
            if (n is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
            {
                _pos += 2;
                var lower = char.ToLowerInvariant(n);
                var kindName = lower == 'x' ? "hexadecimal" : lower == 'o' ? "octal" : "binary";
                while (true)
                {
                    if (Peek() == '_') _pos++;
                    var d = Peek();
                    var ok = lower == 'x' ? IsHex(d) : lower == 'o' ? d >= '0' && d < '8' : d is '0' or '1';
                    if (!ok)
                    {
                        if (lower != 'x' && IsDigit(d)) { _pos++; throw ErrAtCur($"invalid digit '{d}' in {kindName} literal"); }
                        throw ErrAtCur($"invalid {kindName} literal");
                    }
                    while (true)
                    {
                        d = Peek();
                        ok = lower == 'x' ? IsHex(d) : lower == 'o' ? d >= '0' && d < '8' : d is '0' or '1';
                        if (!ok) break;
                        _pos++;
                    }
                    if (Peek() != '_') break;
                }
                if (lower != 'x' && IsDigit(Peek())) { var d = Peek(); _pos++; throw ErrAtCur($"invalid digit '{d}' in {kindName} literal"); }
                VerifyEndOfNumber(kindName);
            }
            else
            {
                // zeros, maybe followed by a float
                var nonzero = false;
                while (true)
                {
                    if (Peek() == '_')
                    {
                        _pos++;
                        if (!IsDigit(Peek())) throw ErrAtCur("invalid decimal literal");
                    }
                    if (Peek() != '0') break;
                    _pos++;
                }
                var zerosEnd = _pos;
                if (IsDigit(Peek()))
                {
                    nonzero = true;
                    DecimalTail();
                }
                var d = Peek();
                if (d == '.') { _pos++; isFloat = true; ReadFraction(ref imaginary); }
                else if (d is 'e' or 'E') { isFloat = true; ReadExponent(ref imaginary); }
                else if (d is 'j' or 'J') { _pos++; imaginary = true; VerifyEndOfNumber("imaginary"); }
                else if (nonzero)
                {
                    throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        CurLine, start - _lineStart, CurLine, zerosEnd - _lineStart);
                }
                else VerifyEndOfNumber("decimal");
            }
        }
        else
        {
            DecimalTail();
            var d = Peek();
            if (d == '.') { _pos++; isFloat = true; ReadFraction(ref imaginary); }
            else if (d is 'e' or 'E') { isFloat = true; ReadExponent(ref imaginary); }
            else if (d is 'j' or 'J') { _pos++; imaginary = true; VerifyEndOfNumber("imaginary"); }
            else VerifyEndOfNumber("decimal");
        }
        _ = isFloat;
        _ = imaginary;
        return MakeSimple(TokenKind.Number, start);
    }

    // after the '.', digits optional
    private void ReadFraction(ref bool imaginary)
    {
        if (IsDigit(Peek())) DecimalTail();
        var d = Peek();
        if (d is 'e' or 'E') { ReadExponent(ref imaginary); return; }
        if (d is 'j' or 'J') { _pos++; imaginary = true; VerifyEndOfNumber("imaginary"); return; }
        VerifyEndOfNumber("decimal");
    }

    // at 'e'/'E'
    private void ReadExponent(ref bool imaginary)
    {
        var ePos = _pos;
        _pos++;
        var c = Peek();
        if (c is '+' or '-')
        {
            _pos++;
            if (!IsDigit(Peek())) throw ErrAtCur("invalid decimal literal");
        }
        else if (!IsDigit(c))
        {
            _pos = ePos;
            VerifyEndOfNumber("decimal");
            return;
        }
        DecimalTail();
        var d = Peek();
        if (d is 'j' or 'J') { _pos++; imaginary = true; VerifyEndOfNumber("imaginary"); return; }
        VerifyEndOfNumber("decimal");
    }

    private void DecimalTail()
    {
        while (true)
        {
            while (IsDigit(Peek())) _pos++;
            if (Peek() != '_') break;
            _pos++;
            if (!IsDigit(Peek())) throw ErrAtCur("invalid decimal literal");
        }
    }

    private bool LookAhead(string rest)
    {
        for (var i = 0; i < rest.Length; i++)
            if (Peek(1 + i) != rest[i]) return false;
        return true;
    }

    private void VerifyEndOfNumber(string kind)
    {
        var c = Peek();
        var r = c switch
        {
            'a' => LookAhead("nd"),
            'e' => LookAhead("lse"),
            'f' => LookAhead("or"),
            'i' => Peek(1) is 'f' or 'n' or 's',
            'o' => LookAhead("r"),
            'n' => LookAhead("ot"),
            _ => false,
        };
        if (r) return;
        if (IsPotentialIdentifierChar(c))
        {
            throw ErrAtCur($"invalid {kind} literal");
        }
    }
}
