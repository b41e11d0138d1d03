using System.Text;
using PyDbg.Frontend.Engines;

namespace PyDbg.Conformance.Tests;

/// <summary>
/// Runs every corpus program on both engines and compares with what CPython printed:
/// exact stdout, the exit code and the last line of stderr. Each case is named
/// "basics/arith.py on vm" so a failure says which program and which engine.
/// </summary>
public class CorpusTests
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Tier1Cases() => Cases(later: false);

    public static TheoryData<string> LaterCases() => Cases(later: true);

    public static TheoryData<string> KnownGapCases()
    {
        var data = new TheoryData<string>();
        foreach (var program in Corpus.KnownGaps())
        {
            data.Add($"{program} on vm");
            data.Add($"{program} on ast");
        }
        if (data.Count == 0) data.Add("<none>");
        return data;
    }

    private static TheoryData<string> Cases(bool later)
    {
        var data = new TheoryData<string>();
        foreach (var program in Corpus.Programs(later))
        {
            data.Add($"{program} on vm");
            data.Add($"{program} on ast");
        }
        return data;
    }

    /// <summary>The tier-1 language: everything outside tests/corpus/later.</summary>
    [Theory]
    [MemberData(nameof(Tier1Cases))]
    public void Tier1(string @case) => Check(@case);

    /// <summary>Breadth beyond tier 1 (tests/corpus/later): classes, exceptions, generators, with, imports.</summary>
    [Theory]
    [MemberData(nameof(LaterCases))]
    public void Later(string @case) => Check(@case);

    /// <summary>A known gap (tests/corpus/known-gaps) must have its reason in the folder's README.md and
    /// must still differ from CPython on at least one engine: once it passes on both, this fails
    /// with "move it back" (like a strict xfail), so a gap can neither hide nor outlive its fix.</summary>
    [Theory]
    [MemberData(nameof(KnownGapCases))]
    public void KnownGap(string @case)
    {
        if (@case == "<none>") { Corpus.KnownGaps().Should().BeEmpty(); return; }
        var (program, engine) = Parse(@case);
        var readme = Path.Combine(Corpus.Root, Corpus.KnownGapsFolder, "README.md");
        File.Exists(readme).Should().BeTrue("every known gap is explained in known-gaps/README.md");
        var relative = program[(Corpus.KnownGapsFolder.Length + 1)..];
        File.ReadAllText(readme).Should().Contain(relative, $"{program} needs a reason in known-gaps/README.md");
        var other = engine == EngineKind.Vm ? EngineKind.Ast : EngineKind.Vm;
        var failsHere = Failure(program, engine);
        var failsThere = Failure(program, other);
        (failsHere ?? failsThere).Should().NotBeNull($"{program} now behaves as CPython on both engines: move it back out of known-gaps/");
    }

    private static string? Failure(string program, EngineKind engine)
    {
        try { Check($"{program} on {(engine == EngineKind.Vm ? "vm" : "ast")}"); return null; }
        catch (Xunit.Sdk.XunitException e) { return e.Message; }
    }

    [Fact]
    public void Corpus_is_complete()
    {
        var tier1 = Corpus.Programs(later: false);
        tier1.Count.Should().BeGreaterThanOrEqualTo(95);
        Corpus.Programs(later: true).Should().NotBeEmpty();
        var failing = 0;
        foreach (var program in tier1)
        {
            var expected = Corpus.ExpectedOf(program);
            if (expected.ExitCode != 0) failing++;
            expected.ExitCode.Should().BeOneOf(new[] { 0, 1 }, $"{program} exits like a program, not a crash of regenerate.py");
        }
        failing.Should().BeGreaterThanOrEqualTo(15, "the errors/ folder holds the failing programs");
    }

    private static void Check(string @case)
    {
        var (program, engine) = Parse(@case);
        var path = Corpus.FullPath(program);
        var expected = Corpus.ExpectedOf(program);
        var source = File.ReadAllText(path);
        var run = ProgramRun.Execute(source, path, engine, new[] { Path.GetFileName(path) }, Timeout);

        if (run.TimedOut)
            Assert.Fail($"{@case}: did not finish within {Timeout.TotalSeconds:0} s" + StderrTail(run));
        var stdoutDiff = FirstDifference(expected.Stdout, run.Stdout);
        if (stdoutDiff is not null)
            Assert.Fail($"{@case}: stdout differs from CPython's\n{stdoutDiff}" + StderrTail(run));
        if (run.ExitCode != expected.ExitCode)
            Assert.Fail($"{@case}: exit code {run.ExitCode}, CPython's is {expected.ExitCode}" + StderrTail(run));
        if (run.LastStderrLine != expected.LastStderrLine)
            Assert.Fail($"{@case}: last stderr line differs\n  expected: {expected.LastStderrLine}\n  actual:   {run.LastStderrLine}" + StderrTail(run));
    }

    private static (string Program, EngineKind Engine) Parse(string @case)
    {
        var at = @case.LastIndexOf(" on ", StringComparison.Ordinal);
        var engine = @case[(at + 4)..] switch
        {
            "vm" => EngineKind.Vm,
            "ast" => EngineKind.Ast,
            var other => throw new ArgumentException($"unknown engine '{other}'"),
        };
        return (@case[..at], engine);
    }

    /// <summary>A readable account of the first differing line, or null when the texts are equal.</summary>
    internal static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual) return null;
        var e = SplitKeepingNewlines(expected);
        var a = SplitKeepingNewlines(actual);
        var n = Math.Min(e.Count, a.Count);
        var line = 0;
        while (line < n && e[line] == a[line]) line++;
        var sb = new StringBuilder();
        sb.Append($"  first difference at line {line + 1} (CPython printed {e.Count} lines, we printed {a.Count})\n");
        sb.Append($"  expected: {Show(e, line)}\n");
        sb.Append($"  actual:   {Show(a, line)}");
        return sb.ToString();
    }

    private static List<string> SplitKeepingNewlines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    private static string Show(List<string> lines, int index)
    {
        if (index >= lines.Count) return "<end of output>";
        var line = lines[index];
        return line.EndsWith('\n') ? Escape(line[..^1]) : Escape(line) + "   <no final newline>";
    }

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\t", "\\t");

    private static string StderrTail(ProgramRun run)
    {
        if (run.Stderr.Length == 0) return "";
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        var tail = lines.Length <= 6 ? lines : lines[^6..];
        return "\n  stderr (last lines):\n    " + string.Join("\n    ", tail);
    }
}
