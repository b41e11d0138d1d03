namespace PyDbg.Cli.Tests;

/// <summary>Bad invocations: one line on stderr, exit code 2, nothing on stdout.</summary>
public class UsageTests
{
    private const string NoSuchFile = "[Errno 2] No such file or directory";

    [Theory]
    [InlineData("run")]
    [InlineData("dis")]
    [InlineData("ast")]
    public void Missing_file_is_one_line_and_exit_2(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "pydbg-no-such-dir", "missing_program.py");
        var r = Cli.Run(command, missing);
        r.ExitCode.Should().Be(2);
        r.Stdout.Should().BeEmpty();
        r.StderrLines.Should().ContainSingle();
        var line = r.StderrLines[0];
        line.Should().StartWith("pydbg: can't open file '").And.EndWith($"': {NoSuchFile}");
        line.Should().Contain("missing_program.py");
    }

    [Fact]
    public void Missing_file_of_run_names_its_absolute_path_like_cpython()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pydbg-no-such-dir", "nope.py");
        var r = Cli.Run("run", missing);
        r.Stderr.Should().Be($"pydbg: can't open file '{missing}': {NoSuchFile}\n");
    }

    [Fact]
    public void Unknown_engine_is_one_line_and_exit_2()
    {
        var r = Cli.Run("run", "--engine", "foo", Cli.RepoFile("launch-samples/fibonacci.py"));
        r.ExitCode.Should().Be(2);
        r.Stdout.Should().BeEmpty();
        r.StderrLines.Should().ContainSingle().Which.Should().StartWith("pydbg: ").And.Contain("foo");
    }

    [Fact]
    public void Unknown_command_is_one_line_and_exit_2()
    {
        var r = Cli.Run("frobnicate", "x.py");
        r.ExitCode.Should().Be(2);
        r.Stdout.Should().BeEmpty();
        r.StderrLines.Should().ContainSingle().Which.Should().StartWith("pydbg: ");
    }

    [Fact]
    public void Run_without_a_file_is_one_line_and_exit_2()
    {
        var r = Cli.Run("run");
        r.ExitCode.Should().Be(2);
        r.StderrLines.Should().ContainSingle().Which.Should().StartWith("pydbg: ");
    }

    [Fact]
    public void Unknown_option_is_one_line_and_exit_2()
    {
        var r = Cli.Run("dis", "--frobnicate", Cli.RepoFile("launch-samples/fibonacci.py"));
        r.ExitCode.Should().Be(2);
        r.StderrLines.Should().ContainSingle().Which.Should().StartWith("pydbg: ");
    }
}
