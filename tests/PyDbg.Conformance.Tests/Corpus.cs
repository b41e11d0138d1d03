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

    /// <summary>The breadth programs of issue 5 (classes/, exceptions/, generators/, calls/, with/,
    /// modules/, programs/): reported with later/.</summary>
    public const string BreadthFolder = "breadth";

    /// <summary>Programs that do not yet behave as CPython, each with a line in its README.md
    /// saying why; reported by their own theory (CorpusTests.KnownGap).</summary>
    public const string KnownGapsFolder = "known-gaps";

    /// <summary>Files named *_mod.py are helper modules imported by a program beside them, not programs.</summary>
    public const string HelperModuleSuffix = "_mod.py";

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
            var area = Path.GetFileName(dir);
            if (area == KnownGapsFolder) continue;
            var isLater = area is LaterFolder or BreadthFolder;
            if (isLater != later) continue;
            AddPrograms(dir, result);
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>The programs of tests/corpus/known-gaps.</summary>
    public static IReadOnlyList<string> KnownGaps()
    {
        var result = new List<string>();
        var dir = Path.Combine(Root, KnownGapsFolder);
        if (Directory.Exists(dir)) AddPrograms(dir, result);
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static void AddPrograms(string dir, List<string> result)
    {
        foreach (var file in Directory.GetFiles(dir, "*.py", SearchOption.AllDirectories))
        {
            if (file.EndsWith(HelperModuleSuffix, StringComparison.Ordinal)) continue;
            result.Add(Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'));
        }
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
