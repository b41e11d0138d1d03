namespace PyDbg.Cli.Tests;

/// <summary>Every launch sample prints exactly what CPython prints (SampleOutputs/NAME.out), on both engines.</summary>
public class SampleTests
{
    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Cli.RepoFile("launch-samples"), "*.py").OrderBy(f => f, StringComparer.Ordinal))
            foreach (var engine in new[] { "vm", "ast" })
                data.Add(Path.GetFileName(file), engine);
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_prints_what_cpython_prints(string sample, string engine)
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleOutputs", Path.ChangeExtension(sample, ".out")));
        var r = Cli.Run("run", "--engine", engine, Cli.RepoFile("launch-samples/" + sample));
        r.Stdout.Should().Be(expected);
        if (sample == "recursion_error.py")
        {
            r.ExitCode.Should().Be(1);
            r.StderrLines[^1].Should().Be("RecursionError: maximum recursion depth exceeded");
        }
        else
        {
            r.Stderr.Should().BeEmpty();
            r.ExitCode.Should().Be(0);
        }
    }

    [Fact]
    public void There_are_six_samples_each_with_an_expected_output()
    {
        var samples = Directory.GetFiles(Cli.RepoFile("launch-samples"), "*.py").Select(Path.GetFileName).ToArray();
        samples.Should().BeEquivalentTo("fibonacci.py", "primes.py", "word_count.py", "closures.py", "comprehensions.py", "recursion_error.py");
        foreach (var s in samples)
            File.Exists(Path.Combine(AppContext.BaseDirectory, "SampleOutputs", Path.ChangeExtension(s!, ".out"))).Should().BeTrue(s);
    }
}
