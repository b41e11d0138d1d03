using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Debugging;

/// <summary>An instruction a breakpoint is planted on.</summary>
public readonly record struct CodeLocation(CodeObject Code, int Index)
{
    public int Offset => Index * 2;
}

/// <summary>Where a requested line breakpoint landed: the line that really has code, and its instructions.</summary>
public sealed record ResolvedLine(int RequestedLine, int ActualLine, IReadOnlyList<CodeLocation> Locations)
{
    public bool Verified => Locations.Count > 0;
}

/// <summary>
/// Resolves (file, line) breakpoints through the position tables of every code object of a file —
/// nested functions, lambdas, comprehensions and code that has not run yet included. A line
/// without code moves to the next line that has code; a line past the last line with code is
/// unverified.
/// </summary>
public sealed class BreakpointResolver
{
    private readonly List<LineStarts> _tables;
    private readonly int[] _linesWithCode;

    public BreakpointResolver(CodeObject moduleCode)
    {
        _tables = LineStarts.AllCodeObjects(moduleCode).Select(c => new LineStarts(c)).ToList();
        _linesWithCode = _tables.SelectMany(t => t.Lines).Distinct().Order().ToArray();
    }

    /// <summary>Lines that can hold a breakpoint, ascending (DAP breakpointLocations).</summary>
    public IReadOnlyList<int> LinesWithCode => _linesWithCode;

    public ResolvedLine Resolve(int line)
    {
        var actual = NextLineWithCode(line);
        if (actual < 0) return new ResolvedLine(line, line, Array.Empty<CodeLocation>());
        var locations = new List<CodeLocation>();
        foreach (var table in _tables)
            foreach (var index in table.StartsOf(actual))
                locations.Add(new CodeLocation(table.Code, index));
        return new ResolvedLine(line, actual, locations);
    }

    private int NextLineWithCode(int line)
    {
        var i = Array.BinarySearch(_linesWithCode, line);
        if (i < 0) i = ~i;
        return i < _linesWithCode.Length ? _linesWithCode[i] : -1;
    }
}
