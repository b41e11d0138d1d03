using PyDbg.DebugAdapter.Protocol;
using PyDbg.Frontend.Text;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// The source texts of a session: files read once (as the program saw them at launch), texts
/// registered for code without a file ("&lt;string&gt;"), which get a DAP sourceReference, and the
/// conversion of CPython's 0-based UTF-8 byte columns to DAP's 1-based character columns.
/// Thread-safe (events come from the program thread).
/// </summary>
public sealed class SourceFiles
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SourceText?> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _referenceIds = new(StringComparer.Ordinal);
    private readonly List<string> _referenceNames = new();
    private readonly Dictionary<string, Func<string?>> _generated = new(StringComparer.Ordinal);

    /// <summary>Registers the text of <paramref name="fileName"/> (kept even when no such file exists).</summary>
    public void Register(string fileName, string text)
    {
        lock (_gate) _texts[fileName] = new SourceText(fileName, text);
    }

    /// <summary>Content for a name without a file when nothing registered it (e.g. a bytecode listing).</summary>
    public void RegisterFallback(string fileName, Func<string?> content)
    {
        lock (_gate) _generated[fileName] = content;
    }

    /// <summary>The text of a file or registered name, or null when there is none.</summary>
    public SourceText? Get(string fileName)
    {
        lock (_gate)
        {
            if (_texts.TryGetValue(fileName, out var known)) return known;
        }
        SourceText? read = null;
        if (IsFile(fileName))
        {
            try { read = new SourceText(fileName, File.ReadAllText(fileName)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { }
        }
        lock (_gate)
        {
            if (_texts.TryGetValue(fileName, out var raced)) return raced;
            if (read is not null) _texts[fileName] = read;
            return read;
        }
    }

    public string? Line(string fileName, int line) => Get(fileName)?.GetLine(line);

    /// <summary>DAP's 1-based character column of a CPython column (0-based UTF-8 bytes).</summary>
    public int Column(string fileName, int line, int utf8Column)
    {
        var text = Get(fileName);
        return (text is null ? utf8Column : text.CharColumn(line, utf8Column)) + 1;
    }

    /// <summary>True when <paramref name="fileName"/> names a file on disk (not "&lt;string&gt;").</summary>
    public static bool IsFile(string fileName) =>
        fileName.Length > 0 && !(fileName[0] == '<' && fileName[^1] == '>') && Path.IsPathRooted(fileName) && File.Exists(fileName);

    /// <summary>The DAP source of a code object's file: a path for a real file, else a sourceReference.</summary>
    public Source SourceOf(string fileName)
    {
        if (IsFile(fileName)) return new Source { Name = Path.GetFileName(fileName), Path = fileName };
        return new Source { Name = fileName, SourceReference = ReferenceOf(fileName), Origin = "bytecode of code without a source file" };
    }

    /// <summary>The sourceReference of a name without a file (1-based, stable for the session).</summary>
    public int ReferenceOf(string fileName)
    {
        lock (_gate)
        {
            if (_referenceIds.TryGetValue(fileName, out var id)) return id;
            _referenceNames.Add(fileName);
            id = _referenceNames.Count;
            _referenceIds[fileName] = id;
            return id;
        }
    }

    /// <summary>The content behind a sourceReference (registered text, or the fallback), or null.</summary>
    public bool TryGetReference(int reference, out string fileName, out string? content)
    {
        Func<string?>? fallback = null;
        lock (_gate)
        {
            if (reference < 1 || reference > _referenceNames.Count)
            {
                fileName = "";
                content = null;
                return false;
            }
            fileName = _referenceNames[reference - 1];
            _generated.TryGetValue(fileName, out fallback);
        }
        content = Get(fileName)?.Text ?? fallback?.Invoke();
        return true;
    }
}
