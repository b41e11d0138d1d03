namespace PyDbg.Frontend.Text;

/// <summary>
/// A SyntaxError (or IndentationError / TabError) found by the tokenizer, parser or compiler,
/// with CPython's location conventions: 1-based line, 1-based column ("offset") of the caret.
/// CONTRACT: the frontend owner fills in <see cref="Format"/>.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string Kind { get; }
    public string Msg { get; }
    public string FileName { get; }
    public int Line { get; }
    /// <summary>1-based character column of the caret (CPython's offset).</summary>
    public int Column { get; }
    public int EndLine { get; }
    public int EndColumn { get; }
    /// <summary>The offending source line, when known.</summary>
    public string? SourceLine { get; }

    public PythonSyntaxError(string kind, string msg, string fileName, int line, int column,
        string? sourceLine, int endLine = 0, int endColumn = 0) : base(msg)
    {
        Kind = kind;
        Msg = msg;
        FileName = fileName;
        Line = line;
        Column = column;
        SourceLine = sourceLine;
        EndLine = endLine == 0 ? line : endLine;
        EndColumn = endColumn == 0 ? column + 1 : endColumn;
    }

    /// <summary>The text CPython prints on stderr: File "x.py", line N / the line / the caret(s) / Kind: msg.</summary>
    public string Format()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"  File \"{FileName}\", line {Line}\n");
        if (SourceLine is { } source)
        {
            // CPython strips the indentation (not trailing blanks) and prints no caret when the
            // error's column falls inside that indentation (unexpected indent, TabError, ...).
            var line = source.TrimEnd('\n', '\r');
            var stripped = line.TrimStart();
            var leading = line.Length - stripped.Length;
            if (stripped.Trim().Length > 0)
            {
                sb.Append("    ").Append(stripped).Append('\n');
                var caret = Column - 1 - leading;
                if (caret >= 0)
                {
                    caret = Math.Min(caret, stripped.Length);
                    var width = EndLine == Line && EndColumn > Column ? EndColumn - Column : 1;
                    width = Math.Max(1, Math.Min(width, stripped.Length + 1 - caret));
                    sb.Append("    ").Append(' ', caret).Append('^', width).Append('\n');
                }
            }
        }
        sb.Append(Kind).Append(": ").Append(Msg).Append('\n');
        return sb.ToString();
    }
}
