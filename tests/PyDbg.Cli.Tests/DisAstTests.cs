namespace PyDbg.Cli.Tests;

/// <summary>`pydbg dis` and `pydbg ast` of a sample: exit 0 and CPython-shaped listings.</summary>
public class DisAstTests
{
    [Fact]
    public void Ast_of_a_sample_prints_ast_dump_with_indent_2()
    {
        var r = Cli.Run("ast", Cli.RepoFile("launch-samples/fibonacci.py"));
        r.Stderr.Should().BeEmpty();
        r.ExitCode.Should().Be(0);
        r.StdoutLines.Take(6).Should().Equal(
            "Module(",
            "  body=[",
            "    FunctionDef(",
            "      name='fib_recursive',",
            "      args=arguments(",
            "        posonlyargs=[],");
        r.StdoutLines[^1].Should().Be("  type_ignores=[])");
    }

    [Fact]
    public void Ast_of_a_small_program_is_exactly_cpythons()
    {
        var path = Cli.TempProgram("small.py", "x = 1 + 2\nprint(x)\n");
        var r = Cli.Run("ast", path);
        r.ExitCode.Should().Be(0);
        r.Stdout.Should().Be(
            "Module(\n" +
            "  body=[\n" +
            "    Assign(\n" +
            "      targets=[\n" +
            "        Name(id='x', ctx=Store())],\n" +
            "      value=BinOp(\n" +
            "        left=Constant(value=1),\n" +
            "        op=Add(),\n" +
            "        right=Constant(value=2))),\n" +
            "    Expr(\n" +
            "      value=Call(\n" +
            "        func=Name(id='print', ctx=Load()),\n" +
            "        args=[\n" +
            "          Name(id='x', ctx=Load())],\n" +
            "        keywords=[]))],\n" +
            "  type_ignores=[])\n");
    }

    [Fact]
    public void Dis_of_a_sample_lists_the_module_then_each_function()
    {
        var r = Cli.Run("dis", Cli.RepoFile("launch-samples/fibonacci.py"));
        r.Stderr.Should().BeEmpty();
        r.ExitCode.Should().Be(0);
        var lines = r.StdoutLines;
        lines[0].Should().Be("  0           0 RESUME                   0");
        lines.Should().Contain(l => l.Contains("MAKE_FUNCTION") );
        lines.Should().Contain(l => l.Contains("STORE_NAME") && l.EndsWith("(fib_recursive)"));
        lines.Should().Contain(l => l.StartsWith("Disassembly of <code object fib_recursive at 0x") && l.EndsWith(", line 3>:"));
        lines.Should().Contain(l => l.StartsWith("Disassembly of <code object fib_memo at 0x"));
    }

    [Fact]
    public void Dis_of_a_syntax_error_reports_it_and_exits_1()
    {
        var path = Cli.TempProgram("bad.py", "def f(:\n    pass\n");
        var r = Cli.Run("dis", path);
        r.ExitCode.Should().Be(1);
        r.Stdout.Should().BeEmpty();
        r.StderrLines[0].Should().Be($"  File \"{path}\", line 1");
        r.StderrLines[^1].Should().Be("SyntaxError: invalid syntax");
    }
}
