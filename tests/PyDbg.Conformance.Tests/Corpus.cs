namespace PyDbg.Conformance.Tests;

/// <summary>
/// The differential corpus (tests/corpus): Python programs with CPython's outputs next to them.
/// NAME.out is the exact stdout; NAME.err holds the exit code and the last line of stderr.
/// Both are written by tests/corpus/regenerate.py, never by hand.
/// </summary>
public static class Corpus
{
    /// <summary>The folder of breadth programs (classes, try/except, yield, with, imports):
    /// run like the others but reported separately from the tier-1 language.</summary>
    public const string LaterFolder = "later";

    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>tests/corpus, found by walking up from the test assembly's folder.</summary>
    public static string Root => RootPath.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus");
            if (File.Exists(Path.Combine(candidate, "regenerate.py")))
                return candidate;
        }
        throw new DirectoryNotFoundException($"tests/corpus not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Every program as a path relative to the corpus root with '/' separators
    /// ("basics/arith.py"), sorted; tier-1 programs or the later/ ones.</summary>
    public static IReadOnlyList<string> Programs(bool later)
    {
        var result = new List<string>();
        foreach (var dir in Directory.GetDirectories(Root))
        {
            var isLater = Path.GetFileName(dir) == LaterFolder;
            if (isLater != later) continue;
            foreach (var file in Directory.GetFiles(dir, "*.py", SearchOption.AllDirectories))
                result.Add(Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'));
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    public static string FullPath(string program) =>
        Path.Combine(Root, program.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>What CPython did with a program.</summary>
    public sealed record Expected(string Stdout, int ExitCode, string LastStderrLine);

    public static Expected ExpectedOf(string program)
    {
        var stem = FullPath(program)[..^3];
        var stdout = File.ReadAllText(stem + ".out");
        var err = File.ReadAllText(stem + ".err").Split('\n');
        return new Expected(stdout, int.Parse(err[0]), err.Length > 1 ? err[1] : "");
    }
}
