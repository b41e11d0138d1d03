using PyDbg.DebugAdapter.Protocol;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// DAP breakpointLocations from compiled code: a line can hold a breakpoint when some code object
/// of the module (functions, lambdas, comprehensions and code that has not run included) starts
/// that line — exactly where the debugger's line events are (<see cref="LineStarts"/>). One
/// location a line: the first statement's start there, its end cut to that line.
/// </summary>
public static class BreakpointLocationFinder
{
    /// <summary>Locations on lines <paramref name="line"/>..<paramref name="endLine"/> (1-based), optionally
    /// from 1-based character <paramref name="column"/> on the first line and to <paramref name="endColumn"/> on the last.</summary>
    public static List<BreakpointLocation> Find(CodeObject module, SourceFiles sources, int line, int endLine, int? column, int? endColumn)
    {
        var first = new SortedDictionary<int, SourceSpan>();
        foreach (var code in LineStarts.AllCodeObjects(module))
        {
            var starts = new LineStarts(code);
            foreach (var l in starts.Lines)
            {
                if (l < line || l > endLine) continue;
                foreach (var index in starts.StartsOf(l))
                {
                    var span = code.Positions[index];
                    if (!first.TryGetValue(l, out var best) || span.Column < best.Column) first[l] = span;
                }
            }
        }
        var file = module.FileName;
        var result = new List<BreakpointLocation>(first.Count);
        foreach (var (l, span) in first)
        {
            var start = sources.Column(file, l, span.Column);
            if (l == line && column is { } c && start < c) continue;
            if (l == endLine && endColumn is { } ec && start > ec) continue;
            int end;
            if (span.EndLine == l) end = sources.Column(file, l, span.EndColumn);
            else
            {
                // A compound statement's span runs over its body: stop at the end of its first line.
                var text = sources.Line(file, l);
                end = text is null ? start : text.TrimEnd().Length + 1;
            }
            result.Add(new BreakpointLocation { Line = l, Column = start, EndLine = l, EndColumn = Math.Max(start, end) });
        }
        return result;
    }

    /// <summary>The last line of the module where a breakpoint can go (0 when it has no code).</summary>
    public static int LastLineWithCode(CodeObject module)
    {
        var last = 0;
        foreach (var code in LineStarts.AllCodeObjects(module))
            foreach (var l in new LineStarts(code).Lines)
                if (l > last) last = l;
        return last;
    }
}
