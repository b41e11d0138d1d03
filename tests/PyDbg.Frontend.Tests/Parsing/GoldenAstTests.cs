using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Tests.Parsing;

/// <summary>
/// Every Golden/NAME.py parses to exactly what CPython 3.11's
/// ast.dump(ast.parse(src), indent=2, include_attributes=True) printed into NAME.ast
/// (regenerate with Golden/regenerate.py).
/// </summary>
public class GoldenAstTests
{
    private static string GoldenDir => Path.Combine(AppContext.BaseDirectory, "Parsing", "Golden");

    public static IEnumerable<object[]> Snippets()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Parsing", "Golden"), "*.py").OrderBy(f => f))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name == "regenerate") continue;
            yield return new object[] { name };
        }
    }

    [Fact]
    public void ThereAreAtLeastFortySnippets() => Snippets().Count().Should().BeGreaterThanOrEqualTo(40);

    [Theory]
    [MemberData(nameof(Snippets))]
    public void SpansAndTreeMatchCPython(string name)
    {
        var source = File.ReadAllText(Path.Combine(GoldenDir, name + ".py"));
        var expected = File.ReadAllText(Path.Combine(GoldenDir, name + ".ast")).TrimEnd('\n');
        var module = Parser.ParseModule(new SourceText(name + ".py", source));
        AstDump.Dump(module, includeAttributes: true).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void PlainDumpMatchesCPython(string name)
    {
        var source = File.ReadAllText(Path.Combine(GoldenDir, name + ".py"));
        var expected = File.ReadAllText(Path.Combine(GoldenDir, name + ".dump")).TrimEnd('\n');
        AstDump.Dump(Parser.ParseModule(new SourceText(name + ".py", source))).Should().Be(expected);
    }
}
