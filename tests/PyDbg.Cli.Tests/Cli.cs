using PyDbg.DebugAdapter.Cli;

namespace PyDbg.Cli.Tests;

/// <summary>Runs the `pydbg` command line in-process and captures what it prints.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Lines(Stdout);
    public string[] StderrLines => Lines(Stderr);

    private static string[] Lines(string text) =>
        text.Length == 0 ? Array.Empty<string>() : text.TrimEnd('\n').Split('\n');
}

public static class Cli
{
    private static readonly Lazy<string> RepoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PyDbg.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"PyDbg.sln not found above {AppContext.BaseDirectory}");
    });

    /// <summary>A file of the repository, e.g. "launch-samples/fibonacci.py".</summary>
    public static string RepoFile(string relative) =>
        Path.Combine(RepoRoot.Value, relative.Replace('/', Path.DirectorySeparatorChar));

    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CommandLine.Dispatch(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes a throw-away program and returns its path (deleted with the temp folder).</summary>
    public static string TempProgram(string name, string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pydbg-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, source);
        return path;
    }
}
