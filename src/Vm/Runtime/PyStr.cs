namespace PyDbg.Vm.Runtime;

/// <summary>
/// str, over a .NET string. Indexing and len are by UTF-16 code unit; characters outside the BMP
/// count as two (a documented limitation).
/// </summary>
public sealed class PyStr : PyObject
{
    public readonly string Value;
    private int _hash;      // 0 = not computed yet
    public PyStr(string value) => Value = value;

    public static readonly PyStr Empty = new("");

    private static readonly PyStr[] Chars = BuildChars();
    private static PyStr[] BuildChars()
    {
        var a = new PyStr[256];
        for (var i = 0; i < a.Length; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    /// <summary>A one-character string; Latin-1 characters are cached.</summary>
    public static PyStr FromChar(char c) => c < 256 ? Chars[c] : new PyStr(c.ToString());

    public static PyStr From(string s) => s.Length switch
    {
        0 => Empty,
        1 => FromChar(s[0]),
        _ => new PyStr(s),
    };

    /// <summary>Cached hash slot used by <see cref="Ops.Hash"/>.</summary>
    internal ref int HashCache => ref _hash;

    public override PyType Type => PyType.Str;
}
