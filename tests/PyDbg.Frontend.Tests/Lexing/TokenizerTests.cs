using PyDbg.Frontend.Lexing;
using PyDbg.Frontend.Text;
using K = PyDbg.Frontend.Lexing.TokenKind;

namespace PyDbg.Frontend.Tests.Lexing;

public class TokenizerTests
{
    private static List<Token> Tokens(string src)
    {
        var tok = new Tokenizer(src, "x.py");
        var list = new List<Token>();
        while (true)
        {
            var t = tok.Next();
            list.Add(t);
            if (t.Kind == K.EndMarker) return list;
        }
    }

    private static K[] Kinds(string src) => Tokens(src).Select(t => t.Kind).ToArray();

    private static PythonSyntaxError Error(string src)
    {
        var act = () => Tokens(src);
        return act.Should().Throw<PythonSyntaxError>().Which;
    }

    [Fact]
    public void IndentAndDedentFollowTheIndentStack()
    {
        Kinds("if a:\n    if b:\n        c\n    d\ne\n").Should().Equal(
            K.If, K.Name, K.Colon, K.Newline,
            K.Indent, K.If, K.Name, K.Colon, K.Newline,
            K.Indent, K.Name, K.Newline,
            K.Dedent, K.Name, K.Newline,
            K.Dedent, K.Name, K.Newline, K.EndMarker);
    }

    [Fact]
    public void AllOpenBlocksAreClosedAtEndOfInput()
    {
        Kinds("def f():\n    if x:\n        return").Should().Equal(
            K.Def, K.Name, K.LPar, K.RPar, K.Colon, K.Newline,
            K.Indent, K.If, K.Name, K.Colon, K.Newline,
            K.Indent, K.Return, K.Newline, K.Dedent, K.Dedent, K.EndMarker);
    }

    [Fact]
    public void BlankLinesAndCommentsProduceNoTokens()
    {
        Kinds("\n\n# c\nx = 1  # trailing\n\n   # indented comment\n\ny\n").Should().Equal(
            K.Name, K.Equal, K.Number, K.Newline, K.Name, K.Newline, K.EndMarker);
    }

    [Fact]
    public void NewlinesInsideBracketsAreIgnored()
    {
        Kinds("x = (1,\n        2,\n  3)\n").Should().Equal(
            K.Name, K.Equal, K.LPar, K.Number, K.Comma, K.Number, K.Comma, K.Number, K.RPar, K.Newline, K.EndMarker);
        Kinds("d = {\n  'a': [\n1]}\n").Should().Equal(
            K.Name, K.Equal, K.LBrace, K.String, K.Colon, K.LSqb, K.Number, K.RSqb, K.RBrace, K.Newline, K.EndMarker);
    }

    [Fact]
    public void BackslashJoinsLines()
    {
        Kinds("x = 1 + \\\n      2\n").Should().Equal(K.Name, K.Equal, K.Number, K.Plus, K.Number, K.Newline, K.EndMarker);
    }

    [Fact]
    public void OperatorsUseLongestMatch()
    {
        Kinds("a **= b // c >>= d -> e := f ... != <= @=").Should().Equal(
            K.Name, K.DoubleStarEqual, K.Name, K.DoubleSlash, K.Name, K.RightShiftEqual, K.Name, K.RArrow, K.Name,
            K.ColonEqual, K.Name, K.Ellipsis, K.NotEqual, K.LessEqual, K.AtEqual, K.Newline, K.EndMarker);
    }

    [Fact]
    public void KeywordsAreClassified()
    {
        Kinds("if not x is None and y in z or lambda: True").Should().Equal(
            K.If, K.Not, K.Name, K.Is, K.None, K.And, K.Name, K.In, K.Name, K.Or, K.Lambda, K.Colon, K.True,
            K.Newline, K.EndMarker);
        Tokens("match case _ print")[0].Kind.Should().Be(K.Name);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("00", "00")]
    [InlineData("123", "123")]
    [InlineData("1_000_000", "1_000_000")]
    [InlineData("0x_fF", "0x_fF")]
    [InlineData("0o17", "0o17")]
    [InlineData("0b1_0", "0b1_0")]
    [InlineData("1.", "1.")]
    [InlineData(".5", ".5")]
    [InlineData("1e5", "1e5")]
    [InlineData("1.5E-3", "1.5E-3")]
    [InlineData("0.0", "0.0")]
    [InlineData("0e0", "0e0")]
    [InlineData("1j", "1j")]
    [InlineData("1.5e3J", "1.5e3J")]
    [InlineData("1_0.0_1e1_0", "1_0.0_1e1_0")]
    public void NumbersAreSingleTokens(string src, string text)
    {
        var toks = Tokens(src);
        toks[0].Kind.Should().Be(K.Number);
        toks[0].Text.Should().Be(text);
        toks[1].Kind.Should().Be(K.Newline);
    }

    [Fact]
    public void NumberFollowedByKeywordIsAllowed()
    {
        Kinds("1if x else 2").Should().Equal(K.Number, K.If, K.Name, K.Else, K.Number, K.Newline, K.EndMarker);
        Kinds("0b1for").Should().Equal(K.Number, K.For, K.Newline, K.EndMarker);
        Tokens("0x1for")[0].Text.Should().Be("0x1f"); // f is a hex digit: 0x1f or
    }

    [Theory]
    [InlineData("x = 1abc", "invalid decimal literal", 1, 5)]
    [InlineData("x = 0x", "invalid hexadecimal literal", 1, 6)]
    [InlineData("x = 0o8", "invalid digit '8' in octal literal", 1, 7)]
    [InlineData("x = 0b12", "invalid digit '2' in binary literal", 1, 8)]
    [InlineData("x = 1__0", "invalid decimal literal", 1, 6)]
    [InlineData("x = 1e+", "invalid decimal literal", 1, 7)]
    [InlineData("x = 012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5)]
    public void NumberErrors(string src, string msg, int line, int col)
    {
        var e = Error(src);
        e.Msg.Should().Be(msg);
        e.Line.Should().Be(line);
        e.Column.Should().Be(col);
    }

    [Fact]
    public void StringTokensKeepPrefixAndQuotes()
    {
        var toks = Tokens("r'a\\'b' f\"{x}\" '''t\n'''");
        toks[0].Text.Should().Be("r'a\\'b'");
        toks[1].Text.Should().Be("f\"{x}\"");
        toks[2].Text.Should().Be("'''t\n'''");
        toks[2].Line.Should().Be(1);
        toks[2].EndLine.Should().Be(2);
        toks[2].EndCol.Should().Be(3);
    }

    [Fact]
    public void ColumnsAreUtf8Bytes()
    {
        var toks = Tokens("é = 'ü€'\n");
        toks[0].Col.Should().Be(0);
        toks[0].EndCol.Should().Be(2);
        toks[0].CharCol.Should().Be(0);
        toks[0].EndCharCol.Should().Be(1);
        toks[1].Col.Should().Be(3);
        toks[2].Col.Should().Be(5);
        toks[2].EndCol.Should().Be(5 + 1 + 2 + 3 + 1);
    }

    [Fact]
    public void CrLfIsNormalized()
    {
        Kinds("if x:\r\n    y\r\n").Should().Equal(K.If, K.Name, K.Colon, K.Newline, K.Indent, K.Name, K.Newline, K.Dedent, K.EndMarker);
    }

    [Fact]
    public void TabsCountToMultiplesOfEight()
    {
        Kinds("if x:\n\ty\n\tz\n").Should().Equal(
            K.If, K.Name, K.Colon, K.Newline, K.Indent, K.Name, K.Newline, K.Name, K.Newline, K.Dedent, K.EndMarker);
    }

    [Fact]
    public void UnindentMismatchIsAnIndentationError()
    {
        var e = Error("if x:\n    a\n  b\n");
        e.Kind.Should().Be("IndentationError");
        e.Msg.Should().Be("unindent does not match any outer indentation level");
        e.Line.Should().Be(3);
    }

    [Fact]
    public void InconsistentTabsAreATabError()
    {
        var e = Error("if x:\n\ta\n        b\n");
        e.Kind.Should().Be("TabError");
        e.Msg.Should().Be("inconsistent use of tabs and spaces in indentation");
        e.Line.Should().Be(3);
    }

    [Theory]
    [InlineData("s = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("s = 'abc\\\ndef\n", "unterminated string literal (detected at line 2)", 1, 5)]
    [InlineData("x = 1\ns = \"\"\"abc\ndef\n", "unterminated triple-quoted string literal (detected at line 3)", 2, 5)]
    [InlineData("x = )", "unmatched ')'", 1, 5)]
    [InlineData("x = (]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6)]
    [InlineData("x = [\n)", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 1)]
    [InlineData("x = (1,\n", "'(' was never closed", 1, 5)]
    [InlineData("x = 1 \\ 2", "unexpected character after line continuation character", 1, 8)]
    [InlineData("x = €", "invalid character '€' (U+20AC)", 1, 5)]
    [InlineData("x = b'abc'", "bytes literals are not supported by pydbg", 1, 5)]
    public void TokenizerErrors(string src, string msg, int line, int col)
    {
        var e = Error(src);
        e.Kind.Should().Be("SyntaxError");
        e.Msg.Should().Be(msg);
        e.Line.Should().Be(line);
        e.Column.Should().Be(col);
    }

    [Fact]
    public void MoreThan200NestedBracketsAreRejected()
    {
        var e = Error(new string('(', 201) + new string(')', 201));
        e.Msg.Should().Be("too many nested parentheses");
        e.Column.Should().Be(201);
        Tokens(new string('[', 200) + new string(']', 200)).Should().HaveCount(402);
    }

    [Fact]
    public void TooManyIndentationLevels()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < 101; i++) sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 101).Append("pass\n");
        var e = Error(sb.ToString());
        e.Kind.Should().Be("IndentationError");
        e.Msg.Should().Be("too many levels of indentation");
        e.Line.Should().Be(101);
    }
}
