using System.Text;
using PyDbg.Frontend.Parsing;
using PyDbg.Frontend.Syntax;
using PyDbg.Frontend.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Engines;

/// <summary>
/// Formats an uncaught exception exactly as CPython 3.11 prints it: chained exceptions first
/// (cause, or context unless suppressed), "Traceback (most recent call last):", one entry a frame
/// with its source line and, where the failing expression is narrower than the line, carets under
/// it (with CPython's ~ and ^ anchors for binary operators and subscripts), repeated frames folded
/// into "[Previous line repeated N more times]", and the closing "Type: message" line.
/// </summary>
public static class TracebackFormatter
{
    /// <summary>Consecutive identical entries shown before they are folded (CPython's TB_RECURSIVE_CUTOFF).</summary>
    private const int RecursiveCutoff = 3;

    public static string Format(PyBaseException exc, Func<string, int, string?> getLine) => Format(exc, getLine, null);

    /// <summary>As <see cref="Format(PyBaseException, Func{string, int, string?})"/>; <paramref name="suggest"/>
    /// gives CPython's "Did you mean" suggestion for an exception (null for none), appended to its last line
    /// as "... Did you mean: 'len'?".</summary>
    public static string Format(PyBaseException exc, Func<string, int, string?> getLine, Func<PyBaseException, string?>? suggest)
    {
        var sb = new StringBuilder();
        FormatChain(exc, getLine, suggest, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private static void FormatChain(PyBaseException exc, Func<string, int, string?> getLine, Func<PyBaseException, string?>? suggest,
        StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause && !seen.Contains(cause))
        {
            FormatChain(cause, getLine, suggest, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Cause is null && !exc.SuppressContext && exc.Context is { } context && !seen.Contains(context))
        {
            FormatChain(context, getLine, suggest, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(exc, getLine, suggest, sb);
    }

    private static void FormatOne(PyBaseException exc, Func<string, int, string?> getLine, Func<PyBaseException, string?>? suggest, StringBuilder sb)
    {
        if (exc.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            TracebackEntry? previous = null;
            var repeats = 0;
            foreach (var entry in exc.Traceback)
            {
                if (previous is { } p && p.FileName == entry.FileName && p.FunctionName == entry.FunctionName && p.Span.Line == entry.Span.Line)
                {
                    repeats++;
                    if (repeats >= RecursiveCutoff) continue;
                }
                else
                {
                    AppendRepeated(sb, repeats);
                    repeats = 0;
                }
                previous = entry;
                AppendEntry(sb, entry, getLine);
            }
            AppendRepeated(sb, repeats);
        }
        sb.Append(ExceptionLine(exc));
        string? suggestion = null;
        try { suggestion = suggest?.Invoke(exc); }
        catch (PyException) { }
        if (suggestion is not null) sb.Append(". Did you mean: '").Append(suggestion).Append("'?");
        sb.Append('\n');
    }

    private static void AppendRepeated(StringBuilder sb, int repeats)
    {
        if (repeats < RecursiveCutoff) return;
        var more = repeats - RecursiveCutoff + 1;
        sb.Append($"  [Previous line repeated {more} more time{(more > 1 ? "s" : "")}]\n");
    }

    /// <summary>"Type: message", or just "Type" when str(exc) is empty; the type is qualified by its
    /// module unless that is builtins or __main__.</summary>
    public static string ExceptionLine(PyBaseException exc)
    {
        var type = exc.Type;
        var name = type.Module is "builtins" or "__main__" ? type.QualName : type.Module + "." + type.QualName;
        string message;
        try { message = Ops.Str(exc); }
        catch (PyException) { message = "<exception str() failed>"; }
        return message.Length == 0 ? name : name + ": " + message;
    }

    private static void AppendEntry(StringBuilder sb, TracebackEntry entry, Func<string, int, string?> getLine)
    {
        sb.Append($"  File \"{entry.FileName}\", line {entry.Span.Line}, in {entry.FunctionName}\n");
        var line = entry.Span.Line > 0 ? getLine(entry.FileName, entry.Span.Line) : null;
        if (line is null) return;
        var stripped = line.Trim();
        if (stripped.Length == 0) return;
        sb.Append("    ").Append(stripped).Append('\n');
        var leading = line.Length - line.TrimStart().Length;
        var span = entry.Span;
        var start = CharOffset(line, span.Column);
        var end = span.EndLine == span.Line ? CharOffset(line, span.EndColumn) : leading + stripped.Length;
        if (start < leading || end <= start || end > leading + stripped.Length) return;
        var anchors = span.EndLine == span.Line ? FindAnchors(line.Substring(start, end - start)) : null;
        var narrower = end - start < stripped.Length;
        if (!narrower && anchors is null) return;
        sb.Append("    ").Append(' ', start - leading);
        for (var i = 0; i < end - start; i++)
            sb.Append(anchors is not { } a || (i >= a.Left && i < a.Right) ? '^' : '~');
        sb.Append('\n');
    }

    /// <summary>Character index of a UTF-8 byte column in <paramref name="line"/>.</summary>
    private static int CharOffset(string line, int utf8Column)
    {
        var bytes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (bytes >= utf8Column) return i;
            bytes += Encoding.UTF8.GetByteCount(line.AsSpan(i, char.IsSurrogatePair(line, i) ? 2 : 1));
            if (char.IsSurrogatePair(line, i)) i++;
        }
        return line.Length;
    }

    /// <summary>CPython's caret anchors: for a binary operation the operator, for a subscript the
    /// bracketed part; positions relative to the segment. Null when the segment is neither.</summary>
    private static (int Left, int Right)? FindAnchors(string segment)
    {
        Expr body;
        try
        {
            body = Parser.ParseExpression(new SourceText("<segment>", segment)).Body;
        }
        catch (Exception e) when (e is PythonSyntaxError or NotImplementedException or PyException)
        {
            return null;
        }
        switch (body)
        {
            case BinOp bin:
            {
                var opStart = CharOffset(segment, bin.Left.Span.EndColumn);
                var opEnd = CharOffset(segment, bin.Right.Span.Column);
                if (bin.Left.Span.EndLine != 1 || bin.Right.Span.Line != 1 || opEnd <= opStart) return null;
                var between = segment.Substring(opStart, opEnd - opStart);
                var offset = 0;
                while (offset < between.Length && (char.IsWhiteSpace(between[offset]) || between[offset] == ')')) offset++;
                var left = opStart + offset;
                var right = left + 1;
                if (offset + 1 < between.Length && !char.IsWhiteSpace(between[offset + 1])) right++;
                return (left, right);
            }
            case Subscript sub:
            {
                if (sub.Value.Span.EndLine != 1 || sub.Slice.Span.EndLine != 1) return null;
                var left = CharOffset(segment, sub.Value.Span.EndColumn);
                while (left < segment.Length && (char.IsWhiteSpace(segment[left]) || segment[left] == ')')) left++;
                var right = CharOffset(segment, sub.Slice.Span.EndColumn) + 1;
                return (left, Math.Min(right, segment.Length));
            }
            default:
                return null;
        }
    }
}
