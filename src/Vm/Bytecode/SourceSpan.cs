namespace PyDbg.Vm.Bytecode;

/// <summary>
/// A source position as CPython reports it: 1-based lines, 0-based columns counted in UTF-8 bytes
/// (CPython's col_offset / end_col_offset). Line 0 means "no position".
/// </summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = new(0, 0, 0, 0);

    public bool IsNone => Line == 0;

    /// <summary>The span that covers both spans (from the start of this to the end of <paramref name="other"/>).</summary>
    public SourceSpan To(SourceSpan other) => new(Line, Column, other.EndLine, other.EndColumn);

    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";
}
