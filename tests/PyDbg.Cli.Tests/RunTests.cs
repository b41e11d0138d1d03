namespace PyDbg.Cli.Tests;

/// <summary>`pydbg run`: programs print what CPython prints; errors are reported like CPython.</summary>
public class RunTests
{
    [Theory]
    [InlineData("vm")]
    [InlineData("ast")]
    public void Run_fibonacci_sample_prints_its_output_and_exits_0(string engine)
    {
        var r = Cli.Run("run", "--engine", engine, Cli.RepoFile("launch-samples/fibonacci.py"));
        r.Stderr.Should().BeEmpty();
        r.ExitCode.Should().Be(0);
        var lines = r.StdoutLines;
        lines.Should().HaveCount(18);
        lines[0].Should().Be("fib( 0) =    0");
        lines[14].Should().Be("fib(14) =  377");
        lines[15].Should().Be("fib(90) = 2880067194370816120");
        lines[16].Should().Be("fib(200) = 280571172992510140037611932413038677189525");
        lines[17].Should().Be("all agree: True");
    }

    [Fact]
    public void Run_uses_the_vm_by_default()
    {
        var r = Cli.Run("run", Cli.RepoFile("launch-samples/word_count.py"));
        r.ExitCode.Should().Be(0);
        r.Stderr.Should().BeEmpty();
        r.StdoutLines.Should().Equal(
            "16 distinct words, 32 in all",
            "better        6 ******",
            "is            6 ******",
            "than          6 ******",
            "complex       2 **",
            "beautiful     1 *",
            "complicated   1 *");
    }

    [Fact]
    public void Options_after_the_file_belong_to_the_program_not_to_pydbg()
    {
        var path = Cli.TempProgram("args.py", "print('ran', 6 * 7)\n");
        var r = Cli.Run("run", path, "--engine", "foo", "-v", "extra");
        r.Stderr.Should().BeEmpty();
        r.ExitCode.Should().Be(0);
        r.Stdout.Should().Be("ran 42\n");
    }

    [Theory]
    [InlineData("vm")]
    [InlineData("ast")]
    public void Uncaught_exception_prints_a_cpython_traceback_and_exits_1(string engine)
    {
        var path = Cli.TempProgram("boom.py", "def f(d):\n    return d['k']\n\nprint('before')\nf({})\n");
        var r = Cli.Run("run", "--engine", engine, path);
        r.ExitCode.Should().Be(1);
        r.Stdout.Should().Be("before\n");
        r.StderrLines.Should().Equal(
            "Traceback (most recent call last):",
            $"  File \"{path}\", line 5, in <module>",
            "    f({})",
            $"  File \"{path}\", line 2, in f",
            "    return d['k']",
            "           ~^^^^^",
            "KeyError: 'k'");
    }

    [Fact]
    public void Uncaught_exception_in_a_sample_ends_with_cpython_message()
    {
        var r = Cli.Run("run", Cli.RepoFile("launch-samples/recursion_error.py"));
        r.ExitCode.Should().Be(1);
        r.StdoutLines.Should().Equal("depth 0", "depth 250", "depth 500", "depth 750");
        r.StderrLines[0].Should().Be("Traceback (most recent call last):");
        r.StderrLines[^1].Should().Be("RecursionError: maximum recursion depth exceeded");
    }

    [Theory]
    [InlineData("vm")]
    [InlineData("ast")]
    public void Syntax_error_prints_the_location_first_and_exits_1(string engine)
    {
        var path = Cli.TempProgram("bad.py", "print('never runs')\nx = (1 +\n");
        var r = Cli.Run("run", "--engine", engine, path);
        r.ExitCode.Should().Be(1);
        r.Stdout.Should().BeEmpty();
        r.StderrLines.Should().Equal(
            $"  File \"{path}\", line 2",
            "    x = (1 +",
            "        ^",
            "SyntaxError: '(' was never closed");
    }

    [Fact]
    public void Syntax_error_of_a_statement_names_its_line()
    {
        var path = Cli.TempProgram("bad2.py", "a = 1\nb = 2\nif a\n    pass\n");
        var r = Cli.Run("run", path);
        r.ExitCode.Should().Be(1);
        r.StderrLines[0].Should().Be($"  File \"{path}\", line 3");
        r.StderrLines[^1].Should().Be("SyntaxError: expected ':'");
    }
}
