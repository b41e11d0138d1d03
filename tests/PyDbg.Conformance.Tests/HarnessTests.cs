using PyDbg.Frontend.Engines;

namespace PyDbg.Conformance.Tests;

/// <summary>The corpus harness itself: readable diffs, bounded runs.</summary>
public class HarnessTests
{
    [Fact]
    public void First_difference_names_the_line_and_both_texts()
    {
        var diff = CorpusTests.FirstDifference("a\nb\nc\n", "a\nB\nc\n");
        diff.Should().Be(
            "  first difference at line 2 (CPython printed 3 lines, we printed 3)\n" +
            "  expected: b\n" +
            "  actual:   B");
    }

    [Fact]
    public void First_difference_reports_missing_output_and_missing_final_newline()
    {
        CorpusTests.FirstDifference("a\nb\n", "a\n").Should().Contain("line 2").And.Contain("actual:   <end of output>");
        CorpusTests.FirstDifference("a\n", "a").Should().Contain("<no final newline>");
        CorpusTests.FirstDifference("same\n", "same\n").Should().BeNull();
    }

    [Theory]
    [InlineData(EngineKind.Vm)]
    [InlineData(EngineKind.Ast)]
    public void A_runaway_program_is_reported_as_timed_out_and_then_stopped(EngineKind engine)
    {
        // Warm up first, so that the engine's JIT time does not count against the short timeout.
        ProgramRun.Execute("print(1)\n", "/tmp/warm.py", engine, new[] { "warm.py" }, TimeSpan.FromSeconds(30))
            .Stdout.Should().Be("1\n");
        const string source = "i = 0\nwhile True:\n    i += 1\n    if i % 1000 == 0:\n        print(i)\n";
        var run = ProgramRun.Execute(source, "/tmp/runaway.py", engine, new[] { "runaway.py" }, TimeSpan.FromSeconds(2));
        run.TimedOut.Should().BeTrue();
        run.Stdout.Should().StartWith("1000\n2000\n");
        run.ProgramThread.Should().NotBeNull();
        run.ProgramThread!.Join(TimeSpan.FromSeconds(10)).Should().BeTrue("the next print of an abandoned program ends it");
    }

    [Theory]
    [InlineData(EngineKind.Vm)]
    [InlineData(EngineKind.Ast)]
    public void A_quick_program_reports_its_output_and_exit_code(EngineKind engine)
    {
        var run = ProgramRun.Execute("print('hi', 1 + 1)\n", "/tmp/quick.py", engine, new[] { "quick.py" }, TimeSpan.FromSeconds(10));
        run.TimedOut.Should().BeFalse();
        run.Stdout.Should().Be("hi 2\n");
        run.ExitCode.Should().Be(0);
        run.LastStderrLine.Should().Be("");
    }
}
