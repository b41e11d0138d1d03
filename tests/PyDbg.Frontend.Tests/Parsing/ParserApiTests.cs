using System.Numerics;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Tests.Parsing;

public class ParserApiTests
{
    private static Module Parse(string src) => Parser.ParseModule(new SourceText("x.py", src));

    private static Expr ExprOf(string src) => ((ExprStmt)Parse(src).Body[0]).Value;

    private static PyObject ConstOf(string src) => ((Constant)ExprOf(src)).Value;

    [Fact]
    public void ParseExpressionAcceptsSurroundingWhitespace()
    {
        var e = Parser.ParseExpression(new SourceText("<expr>", "  x + 1\n\n"));
        e.Body.Should().BeOfType<BinOp>();
        e.Body.Span.Should().Be(new SourceSpan(1, 2, 1, 7));
        AstDump.Dump(e).Should().Be("Expression(\n  body=BinOp(\n    left=Name(id='x', ctx=Load()),\n    op=Add(),\n    right=Constant(value=1)))");
    }

    [Fact]
    public void ParseExpressionRejectsStatements()
    {
        var act = () => Parser.ParseExpression(new SourceText("<expr>", "x = 1"));
        act.Should().Throw<PythonSyntaxError>().Which.Msg.Should().Be("invalid syntax");
    }

    [Fact]
    public void ParseExpressionAllowsTuplesAndConditionals()
    {
        Parser.ParseExpression(new SourceText("<expr>", "a, b")).Body.Should().BeOfType<PyDbg.Frontend.Syntax.Tuple>();
        Parser.ParseExpression(new SourceText("<expr>", "a if b else c")).Body.Should().BeOfType<IfExp>();
    }

    [Fact]
    public void ParseInteractiveAcceptsStatements()
    {
        var i = Parser.ParseInteractive(new SourceText("<console>", "x = 1; y = 2\nprint(x)\n"));
        i.Body.Should().HaveCount(3);
        i.Body[0].Should().BeOfType<Assign>();
        i.Body[2].Should().BeOfType<ExprStmt>();
        AstDump.Dump(new Interactive(new Stmt[] { new Pass() })).Should().Be("Interactive(\n  body=[\n    Pass()])");
    }

    [Fact]
    public void IntegerConstantsAreRuntimeInts()
    {
        ((PyInt)ConstOf("42")).Small.Should().Be(42);
        ((PyInt)ConstOf("0xff")).Small.Should().Be(255);
        ((PyInt)ConstOf("0o17")).Small.Should().Be(15);
        ((PyInt)ConstOf("0b101")).Small.Should().Be(5);
        ((PyInt)ConstOf("1_000_000")).Small.Should().Be(1000000);
        ((PyInt)ConstOf("9223372036854775807")).Small.Should().Be(long.MaxValue);
        var big = (PyInt)ConstOf("123456789012345678901234567890");
        big.IsSmall.Should().BeFalse();
        big.Big.Should().Be(BigInteger.Parse("123456789012345678901234567890"));
        ((PyInt)ConstOf("0xFFFFFFFFFFFFFFFFFFFF")).Big.Should().Be(BigInteger.Pow(2, 80) - 1);
        ReferenceEquals(ConstOf("7"), PyInt.From(7)).Should().BeTrue();
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e5", 100000.0)]
    [InlineData("1E-3", 0.001)]
    [InlineData("1_0.2_5", 10.25)]
    [InlineData("0.1", 0.1)]
    public void FloatConstants(string src, double value) => ((PyFloat)ConstOf(src)).Value.Should().Be(value);

    [Fact]
    public void HugeFloatIsInfinity() => double.IsPositiveInfinity(((PyFloat)ConstOf("1e400")).Value).Should().BeTrue();

    [Fact]
    public void KeywordConstantsAreSingletons()
    {
        ConstOf("True").Should().BeSameAs(PyBool.True);
        ConstOf("False").Should().BeSameAs(PyBool.False);
        ConstOf("None").Should().BeSameAs(PyNone.Instance);
        ConstOf("...").Should().BeSameAs(PyEllipsis.Instance);
    }

    [Theory]
    [InlineData(@"'a\nb'", "a\nb")]
    [InlineData(@"'\t\\\'\""'", "\t\\'\"")]
    [InlineData(@"'\x41\u00e9\U0001F600'", "Aé😀")]
    [InlineData(@"'\101\0\7'", "A\0\a")]
    [InlineData(@"'\d'", "\\d")]
    [InlineData(@"r'\n\d'", "\\n\\d")]
    [InlineData(@"'a' 'b' ""c""", "abc")]
    [InlineData("'''a\nb'''", "a\nb")]
    [InlineData("'line\\\ncont'", "linecont")]
    [InlineData(@"u'x'", "x")]
    public void StringConstants(string src, string value) => ((PyStr)ConstOf(src)).Value.Should().Be(value);

    [Fact]
    public void UPrefixSetsKind()
    {
        ((Constant)ExprOf("u'x'")).Kind.Should().Be("u");
        ((Constant)ExprOf("'x'")).Kind.Should().BeNull();
    }

    [Fact]
    public void FStringsBecomeJoinedStr()
    {
        var j = (JoinedStr)ExprOf("f'a{x!r:>{w}}b' 'c' f'{y=}'");
        j.Values.Count.Should().Be(4);
        ((PyStr)((Constant)j.Values[0]).Value).Value.Should().Be("a");
        var fv = (FormattedValue)j.Values[1];
        fv.Conversion.Should().Be('r');
        ((Name)fv.Value).Id.Should().Be("x");
        var spec = (JoinedStr)fv.FormatSpec!;
        ((PyStr)((Constant)spec.Values[0]).Value).Value.Should().Be(">");
        ((Name)((FormattedValue)spec.Values[1]).Value).Id.Should().Be("w");
        ((PyStr)((Constant)j.Values[2]).Value).Value.Should().Be("bcy=");
        ((FormattedValue)j.Values[3]).Conversion.Should().Be('r');
    }

    [Fact]
    public void DoubledBracesAreLiterals()
    {
        var j = (JoinedStr)ExprOf("f'{{x}}'");
        j.Values.Count.Should().Be(1);
        ((PyStr)((Constant)j.Values[0]).Value).Value.Should().Be("{x}");
    }

    [Fact]
    public void TargetsGetStoreAndDelContexts()
    {
        var a = (Assign)Parse("a, [b, *c], d.e, f[0] = x").Body[0];
        var t = (PyDbg.Frontend.Syntax.Tuple)a.Targets[0];
        t.Ctx.Should().Be(ExprContext.Store);
        ((Name)t.Elts[0]).Ctx.Should().Be(ExprContext.Store);
        var l = (PyDbg.Frontend.Syntax.List)t.Elts[1];
        l.Ctx.Should().Be(ExprContext.Store);
        ((Starred)l.Elts[1]).Ctx.Should().Be(ExprContext.Store);
        ((Name)((Starred)l.Elts[1]).Value).Ctx.Should().Be(ExprContext.Store);
        ((PyDbg.Frontend.Syntax.Attribute)t.Elts[2]).Ctx.Should().Be(ExprContext.Store);
        ((Name)((PyDbg.Frontend.Syntax.Attribute)t.Elts[2]).Value).Ctx.Should().Be(ExprContext.Load);
        ((Subscript)t.Elts[3]).Ctx.Should().Be(ExprContext.Store);
        var d = (Delete)Parse("del a, b[0]").Body[0];
        ((Name)d.Targets[0]).Ctx.Should().Be(ExprContext.Del);
        ((Subscript)d.Targets[1]).Ctx.Should().Be(ExprContext.Del);
    }

    [Theory]
    [InlineData("match x:\n    case 1: pass\n", "match statements are not supported by pydbg")]
    [InlineData("async def f(): pass\n", "async statements are not supported by pydbg")]
    [InlineData("x = b'abc'\n", "bytes literals are not supported by pydbg")]
    public void UnsupportedFeaturesAreCleanSyntaxErrors(string src, string msg)
    {
        var act = () => Parse(src);
        var e = act.Should().Throw<PythonSyntaxError>().Which;
        e.Kind.Should().Be("SyntaxError");
        e.Msg.Should().Be(msg);
        e.Line.Should().Be(1);
    }

    [Fact]
    public void MatchIsStillAnOrdinaryName()
    {
        Parse("match = 1\nmatch(x)\nmatch[0] = 2\nprint(match)\n").Body.Should().HaveCount(4);
    }
}
