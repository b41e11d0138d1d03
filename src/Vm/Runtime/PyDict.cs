namespace PyDbg.Vm.Runtime;

/// <summary>
/// dict: insertion-ordered, keys compared with Python's hash and == (1, 1.0 and True are one key).
/// CONTRACT (frozen signatures; the runtime owner implements the bodies).
/// </summary>
public sealed partial class PyDict : PyObject
{
    public override PyType Type => PyType.Dict_;

    public PyDict() { }

    /// <summary>Number of items.</summary>
    public int Count => throw new NotImplementedException();
    /// <summary>Incremented on every insertion or deletion (iteration-safety checks).</summary>
    public int Version => throw new NotImplementedException();

    public bool TryGetValue(PyObject key, out PyObject value) => throw new NotImplementedException();
    /// <summary>Fast path for str keys (globals, attribute dicts, kwargs).</summary>
    public bool TryGetValue(string key, out PyObject value) => throw new NotImplementedException();
    public void SetItem(PyObject key, PyObject value) => throw new NotImplementedException();
    public void SetItem(string key, PyObject value) => throw new NotImplementedException();
    /// <summary>Removes a key; false when it was absent.</summary>
    public bool Remove(PyObject key) => throw new NotImplementedException();
    public bool Remove(string key) => throw new NotImplementedException();
    public void Clear() => throw new NotImplementedException();
    /// <summary>Items in insertion order (a snapshot-free live enumeration; do not mutate while enumerating).</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items => throw new NotImplementedException();
    public IEnumerable<PyObject> Keys => Items.Select(kv => kv.Key);
    public IEnumerable<PyObject> Values => Items.Select(kv => kv.Value);
}
