namespace PyDbg.Frontend.Engines;

/// <summary>
/// Runs a whole program like `python3 FILE`: reads it, parses it (a syntax error is printed in
/// CPython's format, exit 1), runs it on the chosen engine in a fresh PyContext on a thread with
/// a large stack, prints an uncaught exception's traceback on stderr (exit 1), honours SystemExit.
/// CONTRACT: implemented by the integrator.
/// </summary>
public static class ProgramRunner
{
    public static int Run(string path, EngineKind engine, TextWriter stdout, TextWriter stderr, string[]? argv = null)
        => throw new NotImplementedException();

    /// <summary>Runs source text given directly (tests); <paramref name="fileName"/> is used in tracebacks.</summary>
    public static int RunSource(string source, string fileName, EngineKind engine, TextWriter stdout, TextWriter stderr, string[]? argv = null)
        => throw new NotImplementedException();
}
