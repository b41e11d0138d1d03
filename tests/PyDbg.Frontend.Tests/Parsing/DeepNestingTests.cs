using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Tests.Parsing;

/// <summary>Deeply nested input never crashes the host: it parses or raises a clean SyntaxError.</summary>
public class DeepNestingTests
{
    private static PythonSyntaxError Fails(string src)
    {
        var act = () => Parser.ParseModule(new SourceText("x.py", src));
        return act.Should().Throw<PythonSyntaxError>().Which;
    }

    private static void Parses(string src) => Parser.ParseModule(new SourceText("x.py", src)).Body.Should().NotBeEmpty();

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Fact]
    public void TooManyNestedParenthesesAsCPython()
    {
        var e = Fails(Repeat("(", 300) + Repeat(")", 300));
        e.Msg.Should().Be("too many nested parentheses");
        e.Line.Should().Be(1);
        e.Column.Should().Be(201);
    }

    [Fact]
    public void TwoHundredNestedBracketsParse()
    {
        Parses(Repeat("(", 199) + "1" + Repeat(")", 199));
        Parses(Repeat("[", 199) + Repeat("]", 199));
        Parses("x = " + Repeat("f(", 150) + Repeat(")", 150));
        Parses("x = " + Repeat("{'a': ", 150) + "1" + Repeat("}", 150));
    }

    [Theory]
    [InlineData("-", 100000)]
    [InlineData("not ", 100000)]
    [InlineData("~", 100000)]
    [InlineData("lambda: ", 5000)]
    public void LongUnaryChainsAreCleanErrors(string op, int n)
    {
        var e = Fails(Repeat(op, n) + "1");
        e.Kind.Should().Be("SyntaxError");
        e.Msg.Should().Be("too complex");
    }

    [Fact]
    public void LongBinaryAndTrailerChainsAreCleanErrors()
    {
        Fails("x" + Repeat(" + x", 100000)).Msg.Should().Be("too complex");
        Fails("x" + Repeat(".a", 100000)).Msg.Should().Be("too complex");
        Fails("x" + Repeat("[0]", 100000)).Msg.Should().Be("too complex");
        Fails("2" + Repeat("**2", 10000)).Msg.Should().Be("too complex");
    }

    [Fact]
    public void ModerateChainsParse()
    {
        Parses("x = " + string.Join(" + ", Enumerable.Repeat("'a'", 500)));
        Parses("x = " + Repeat("-", 500) + "1");
        Parses("x" + Repeat(".a", 500));
        Parses("a = " + Repeat("b = ", 10000) + "1");
    }

    [Fact]
    public void DeepNestingOnASmallStackIsStillClean()
    {
        PythonSyntaxError? error = null;
        var t = new Thread(() =>
        {
            try { Parser.ParseModule(new SourceText("x.py", Repeat("-", 100000) + "1")); }
            catch (PythonSyntaxError e) { error = e; }
        }, 256 * 1024);
        t.Start();
        t.Join();
        error.Should().NotBeNull();
        error!.Msg.Should().Be("too complex");
    }
}
