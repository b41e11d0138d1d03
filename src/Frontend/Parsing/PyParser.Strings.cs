using System.Globalization;
using System.Numerics;
using System.Text;
using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;
using K = PyDbg.Frontend.Lexing.TokenKind;

using Attribute = PyDbg.Frontend.Syntax.Attribute;
using Set = PyDbg.Frontend.Syntax.Set;

namespace PyDbg.Frontend.Parsing;

internal sealed partial class PyParser
{
    private const int MaxStrDigits = 4300;

    // ---- numbers --------------------------------------------------------------------------------

    private PyObject ParseNumber(Token t)
    {
        var text = t.Text.IndexOf('_') >= 0 ? t.Text.Replace("_", "") : t.Text;
        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = text[1] is 'x' or 'X' ? 16 : text[1] is 'o' or 'O' ? 8 : 2;
            return ParseRadix(text.AsSpan(2), radix);
        }
        if (text[^1] is 'j' or 'J')
            return new PyComplex(0.0, double.Parse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        foreach (var c in text)
        {
            if (c is '.' or 'e' or 'E')
                return new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (text.Length <= 18) return PyInt.From(long.Parse(text, CultureInfo.InvariantCulture));
        if (text.Length > MaxStrDigits)
            throw ErrorAt(t, $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {text.Length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        return PyInt.From(BigInteger.Parse(text, CultureInfo.InvariantCulture));
    }

    private static PyInt ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if (digits.Length * shift <= 63)
        {
            long v = 0;
            foreach (var c in digits) v = (v << shift) | (long)HexVal(c);
            return PyInt.From(v);
        }
        BigInteger big = BigInteger.Zero;
        foreach (var c in digits) big = (big << shift) | HexVal(c);
        return PyInt.From(big);
    }

    private static int HexVal(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // ---- strings --------------------------------------------------------------------------------

    private static int PrefixLength(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] != '\'' && text[i] != '"') i++;
        return i;
    }

    private static bool HasPrefix(string text, int prefixLen, char lower)
    {
        for (var i = 0; i < prefixLen; i++) if ((text[i] | 0x20) == lower) return true;
        return false;
    }

    /// <summary>STRING+: adjacent literals concatenated into a Constant or a JoinedStr.</summary>
    private Expr ParseStrings()
    {
        var first = Cur;
        var tokens = new List<Token>();
        var anyF = false;
        while (Kind == K.String)
        {
            var t = Advance();
            tokens.Add(t);
            if (HasPrefix(t.Text, PrefixLength(t.Text), 'f')) anyF = true;
        }
        var last = tokens[^1];
        var span = new SourceSpan(first.Line, first.Col, last.EndLine, last.EndCol);
        string? kind = HasPrefix(first.Text, PrefixLength(first.Text), 'u') ? "u" : null;
        if (!anyF)
        {
            if (tokens.Count == 1) return new Constant(PyStr.From(DecodeToken(first)), kind) { Span = span };
            var sb = new StringBuilder();
            foreach (var t in tokens) sb.Append(DecodeToken(t));
            return new Constant(PyStr.From(sb.ToString()), kind) { Span = span };
        }
        var state = new FStringState(span);
        foreach (var t in tokens)
        {
            var pl = PrefixLength(t.Text);
            if (HasPrefix(t.Text, pl, 'f'))
            {
                var (bodyStart, bodyEnd) = BodyRange(t.Text, pl);
                var raw = HasPrefix(t.Text, pl, 'r');
                var pos = bodyStart;
                ParseFStringBody(t, raw, ref pos, bodyEnd, 0, state.Values, state.Literal, span);
            }
            else state.Literal.Append(DecodeToken(t));
        }
        state.Flush();
        return new JoinedStr(state.Values) { Span = span };
    }

    private sealed class FStringState
    {
        public readonly List<Expr> Values = new();
        public readonly StringBuilder Literal = new();
        private readonly SourceSpan _span;
        public FStringState(SourceSpan span) => _span = span;
        public void Flush()
        {
            if (Literal.Length == 0) return;
            Values.Add(new Constant(PyStr.From(Literal.ToString())) { Span = _span });
            Literal.Clear();
        }
    }

    private static (int Start, int End) BodyRange(string text, int prefixLen)
    {
        var q = text[prefixLen];
        var triple = text.Length >= prefixLen + 6 && text[prefixLen + 1] == q && text[prefixLen + 2] == q;
        var ql = triple ? 3 : 1;
        return (prefixLen + ql, text.Length - ql);
    }

    private string DecodeToken(Token t)
    {
        var pl = PrefixLength(t.Text);
        var (s, e) = BodyRange(t.Text, pl);
        if (HasPrefix(t.Text, pl, 'r')) return t.Text.Substring(s, e - s);
        return DecodeEscapes(t, t.Text, s, e);
    }

    private Text.PythonSyntaxError UnicodeError(Token t, string detail)
        => ErrorAtZero(LastFetched(), "(unicode error) 'unicodeescape' codec can't decode bytes in position " + detail);

    /// <summary>Decodes backslash escapes in text[start..end).</summary>
    private string DecodeEscapes(Token t, string text, int start, int end)
    {
        var bs = text.IndexOf('\\', start, end - start);
        if (bs < 0) return text.Substring(start, end - start);
        var sb = new StringBuilder(end - start);
        sb.Append(text, start, bs - start);
        var i = bs;
        while (i < end)
        {
            var c = text[i];
            if (c != '\\') { sb.Append(c); i++; continue; }
            var escPos = i - start;
            i++;
            if (i >= end) { sb.Append('\\'); break; }
            var e = text[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    var v = e - '0';
                    for (var k = 0; k < 2 && i < end && text[i] >= '0' && text[i] <= '7'; k++) v = v * 8 + (text[i++] - '0');
                    sb.Append((char)v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U':
                {
                    var n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    var v = 0;
                    int k;
                    for (k = 0; k < n && i < end && Uri.IsHexDigit(text[i]); k++) v = v * 16 + HexVal(text[i++]);
                    if (k < n)
                    {
                        var name = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        throw UnicodeError(t, $"{escPos}-{escPos + 1 + k}: {name}");
                    }
                    if (v > 0x10FFFF) throw UnicodeError(t, $"{escPos}-{escPos + 1 + k}: illegal Unicode character");
                    if (v >= 0x10000) sb.Append(char.ConvertFromUtf32(v));
                    else sb.Append((char)v);
                    break;
                }
                case 'N':
                    throw ErrorAt(t, "\\N{...} escapes are not supported by pydbg");
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    // ---- f-strings (CPython 3.11's fstring_find_literal / fstring_find_expr) -------------------

    /// <summary>
    /// Parses an f-string body text[pos..end) of token <paramref name="t"/>. At recursion level 1
    /// (a format spec) it stops at the closing '}' (pos left on it).
    /// </summary>
    private void ParseFStringBody(Token t, bool raw, ref int pos, int end, int level, List<Expr> values, StringBuilder literal, SourceSpan span)
    {
        var text = t.Text;
        while (pos < end)
        {
            // literal part
            var litStart = pos;
            var sb = new StringBuilder();
            while (pos < end)
            {
                var c = text[pos];
                if (!raw && c == '\\' && pos + 1 < end)
                {
                    pos += 2;
                    continue;
                }
                if (c == '{' || c == '}')
                {
                    if (level == 0)
                    {
                        if (pos + 1 < end && text[pos + 1] == c)
                        {
                            AppendLiteral(t, raw, text, litStart, pos + 1, sb);
                            pos += 2;
                            litStart = pos;
                            continue;
                        }
                        if (c == '}') throw FStringError(t, "single '}' is not allowed");
                    }
                    break;
                }
                pos++;
            }
            AppendLiteral(t, raw, text, litStart, pos, sb);
            literal.Append(sb);
            if (pos >= end) break;
            if (text[pos] == '}')
            {
                if (level > 0) return; // end of a format spec
                throw FStringError(t, "single '}' is not allowed");
            }
            // text[pos] == '{'
            ParseFStringExpr(t, raw, ref pos, end, level, values, literal, span);
        }
        if (level > 0) throw FStringError(t, "expecting '}'");
    }

    private void AppendLiteral(Token t, bool raw, string text, int start, int end, StringBuilder sb)
    {
        if (end <= start) return;
        if (raw) sb.Append(text, start, end - start);
        else sb.Append(DecodeEscapes(t, text, start, end));
    }

    private Text.PythonSyntaxError FStringError(Token t, string msg) => ErrorAtZero(LastFetched(), "f-string: " + msg);

    private void ParseFStringExpr(Token t, bool raw, ref int pos, int end, int level, List<Expr> values, StringBuilder literal, SourceSpan span)
    {
        var text = t.Text;
        var bracePos = pos;
        if (level >= 2) throw FStringError(t, "expressions nested too deeply");
        pos++; // '{'
        var exprStart = pos;
        char quote = '\0';
        var stringType = 0;
        var parens = new Stack<char>();
        while (pos < end)
        {
            var ch = text[pos];
            if (ch == '\\') throw ErrorAtZero(LastFetched(), "f-string expression part cannot include a backslash");
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                        {
                            pos += 3;
                            quote = '\0';
                            continue;
                        }
                    }
                    else
                    {
                        quote = '\0';
                        pos++;
                        continue;
                    }
                }
                pos++;
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch) { stringType = 3; pos += 2; }
                else stringType = 1;
                quote = ch;
                pos++;
                continue;
            }
            if (ch is '[' or '(' or '{')
            {
                if (parens.Count >= 200) throw FStringError(t, "too many nested parenthesis");
                parens.Push(ch);
                pos++;
                continue;
            }
            if (ch == '#') throw ErrorAtZero(LastFetched(), "f-string expression part cannot include '#'");
            if (parens.Count == 0 && ch is '!' or ':' or '}' or '=' or '>' or '<')
            {
                if (pos + 1 < end)
                {
                    var next = text[pos + 1];
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '='))
                    {
                        pos += 2;
                        continue;
                    }
                }
                if (ch is '>' or '<') { pos++; continue; }
                break;
            }
            if (ch is ']' or ')' or '}')
            {
                if (parens.Count == 0) throw FStringError(t, $"unmatched '{ch}'");
                var open = parens.Pop();
                if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                    throw FStringError(t, $"closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
                pos++;
                continue;
            }
            pos++;
        }
        var exprEnd = pos;
        if (quote != '\0') throw FStringError(t, "unterminated string");
        if (parens.Count > 0) throw FStringError(t, $"unmatched '{parens.Peek()}'");
        if (pos >= end) throw FStringError(t, "expecting '}'");
        var exprText = text.Substring(exprStart, exprEnd - exprStart);
        if (string.IsNullOrWhiteSpace(exprText)) throw FStringError(t, "empty expression not allowed");
        var expr = CompileFStringExpr(t, bracePos, exprText);

        string? debugText = null;
        if (text[pos] == '=')
        {
            pos++;
            while (pos < end && char.IsWhiteSpace(text[pos])) pos++;
            if (pos >= end) throw FStringError(t, "expecting '}'");
            debugText = text.Substring(exprStart, pos - exprStart);
        }
        var conversion = -1;
        if (text[pos] == '!')
        {
            pos++;
            if (pos >= end) throw FStringError(t, "expecting '}'");
            var conv = text[pos++];
            if (conv is not ('s' or 'r' or 'a'))
                throw FStringError(t, "invalid conversion character: expected 's', 'r', or 'a'");
            conversion = conv;
        }
        Expr? formatSpec = null;
        if (pos >= end) throw FStringError(t, "expecting '}'");
        if (text[pos] == ':')
        {
            pos++;
            var specValues = new List<Expr>();
            var specLiteral = new StringBuilder();
            var specState = new List<Expr>();
            ParseFStringBody(t, raw, ref pos, end, level + 1, specValues, specLiteral, span);
            // flush: nested bodies append literals to specLiteral and values to specValues in order
            _ = specState;
            formatSpec = new JoinedStr(specValues) { Span = SpanOf(t) };
            if (specLiteral.Length > 0) specValues.Add(new Constant(PyStr.From(specLiteral.ToString())) { Span = SpanOf(t) });
        }
        if (pos >= end || text[pos] != '}') throw FStringError(t, "expecting '}'");
        pos++;
        if (debugText is not null)
        {
            literal.Append(debugText);
            if (conversion == -1 && formatSpec is null) conversion = 'r';
        }
        if (literal.Length > 0)
        {
            values.Add(new Constant(PyStr.From(literal.ToString())) { Span = span });
            literal.Clear();
        }
        values.Add(new FormattedValue(expr, conversion, formatSpec) { Span = span });
    }

    /// <summary>Parses the text of a replacement field as "(expr)" with CPython 3.11's location fix-up.</summary>
    private Expr CompileFStringExpr(Token t, int bracePos, string exprText)
    {
        var text = t.Text;
        var lines = 0;
        for (var i = 0; i < bracePos; i++) if (text[i] == '\n') lines++;
        var cols = 0;
        var colBase = t.Col;
        var newlineAfterBrace = true;
        for (var i = bracePos + 1; i < text.Length && text[i] != '}' && text[i] != '\n'; i++)
        {
            if (text[i] is not (' ' or '\t' or '\f')) { newlineAfterBrace = false; break; }
        }
        if (!newlineAfterBrace)
        {
            var s = bracePos;
            while (s > 0 && text[s] != '\n') s--;
            var from = text[s] == '\n' ? s + 1 : s;
            if (text[s] == '\n') colBase = 0;
            cols = Encoding.UTF8.GetByteCount(text.AsSpan(from, bracePos - from));
        }
        var sub = new Tokenizer("(" + exprText + ")", _fileName, t.Line + lines, (newlineAfterBrace ? 0 : colBase) + cols);
        var parser = new PyParser(sub, fstring: true, colShift: (newlineAfterBrace ? 0 : colBase) + cols) { _depth = _depth };
        return parser.ParseFStringExpr();
    }
}
