namespace PyDbg.Vm.Runtime;

/// <summary>
/// dict: insertion-ordered, keys compared with Python's hash and == (1, 1.0 and True are one key).
/// CONTRACT (frozen signatures; the runtime owner implements the bodies).
/// Storage is CPython's compact layout: an open-addressing index table (perturbed probing) into
/// an append-only entry array; deleted entries leave holes that a resize compacts away.
/// </summary>
public sealed partial class PyDict : PyObject
{
    public override PyType Type => PyType.Dict_;

    public PyDict() { }

    /// <summary>Number of items.</summary>
    public int Count => _count;
    /// <summary>Incremented on every insertion or deletion (iteration-safety checks).</summary>
    public int Version => _version;

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        var ix = FindEntry(key, Ops.Hash(key));
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        return true;
    }

    /// <summary>Fast path for str keys (globals, attribute dicts, kwargs).</summary>
    public bool TryGetValue(string key, out PyObject value)
    {
        var ix = FindStrEntry(key, StrRepr.Hash(key));
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        return true;
    }

    public void SetItem(PyObject key, PyObject value) => Insert(key, Ops.Hash(key), value);

    public void SetItem(string key, PyObject value)
    {
        var hash = StrRepr.Hash(key);
        var ix = FindStrEntry(key, hash);
        if (ix >= 0) { _entries[ix].Value = value; return; }
        var k = new PyStr(key);
        k.HashCache = hash;
        AppendNew(k, hash, value);
    }

    /// <summary>Removes a key; false when it was absent.</summary>
    public bool Remove(PyObject key) => RemoveEntry(FindEntry(key, Ops.Hash(key)), out _);
    public bool Remove(string key) => RemoveEntry(FindStrEntry(key, StrRepr.Hash(key)), out _);

    public void Clear()
    {
        if (_count == 0 && _used == 0) return;
        _indices = null;
        _entries = Array.Empty<Entry>();
        _used = 0;
        _count = 0;
        _version++;
    }

    /// <summary>Items in insertion order (a snapshot-free live enumeration; do not mutate while enumerating).</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items
    {
        get
        {
            for (var i = 0; i < _used; i++)
            {
                var e = _entries[i];
                if (e.Key is not null) yield return new KeyValuePair<PyObject, PyObject>(e.Key, e.Value!);
            }
        }
    }

    public IEnumerable<PyObject> Keys
    {
        get
        {
            for (var i = 0; i < _used; i++)
                if (_entries[i].Key is { } k) yield return k;
        }
    }

    public IEnumerable<PyObject> Values
    {
        get
        {
            for (var i = 0; i < _used; i++)
                if (_entries[i].Key is not null) yield return _entries[i].Value!;
        }
    }
}
