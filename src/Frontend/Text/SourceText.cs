using System.Text;

namespace PyDbg.Frontend.Text;

/// <summary>
/// A program's text with its file name and a line index. Columns in spans are CPython's: 0-based
/// UTF-8 byte offsets; <see cref="CharColumn"/> converts one to a character index for display.
/// </summary>
public sealed class SourceText
{
    public string FileName { get; }
    public string Text { get; }
    private readonly int[] _lineStarts;

    public SourceText(string fileName, string text)
    {
        FileName = fileName;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The text of 1-based line <paramref name="line"/> without its line break; null when out of range.</summary>
    public string? GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return null;
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.Substring(start, end - start);
    }

    /// <summary>Converts a UTF-8 byte column on a line to a 0-based character index.</summary>
    public int CharColumn(int line, int utf8Column)
    {
        var text = GetLine(line);
        if (text is null) return utf8Column;
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (bytes >= utf8Column) return i;
            bytes += char.IsSurrogatePair(text, i) ? 4 : Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
            if (char.IsSurrogatePair(text, i)) i++;
        }
        return text.Length;
    }
}
