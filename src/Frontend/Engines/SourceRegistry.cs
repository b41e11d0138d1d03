using PyDbg.Frontend.Text;

namespace PyDbg.Frontend.Engines;

/// <summary>The source texts of a run's files, by file name, for traceback lines.</summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<string, SourceText> _sources = new();

    public void Add(SourceText source) => _sources[source.FileName] = source;

    public SourceText? Get(string fileName) => _sources.GetValueOrDefault(fileName);

    /// <summary>The text of a line of a registered file, or null.</summary>
    public string? GetLine(string fileName, int line) => Get(fileName)?.GetLine(line);
}
