namespace PyDbg.Vm.Runtime;

/// <summary>
/// set and frozenset share this storage. Iteration order follows CPython's open-addressing table
/// (so {3, 1, 2} prints as {1, 2, 3} as in CPython).
/// CONTRACT (frozen signatures; the runtime owner implements the bodies).
/// </summary>
public partial class PySet : PyObject
{
    public bool IsFrozen { get; }
    public PySet(bool frozen = false) => IsFrozen = frozen;
    public override PyType Type => IsFrozen ? PyType.FrozenSet : PyType.Set;

    public int Count => throw new NotImplementedException();
    public int Version => throw new NotImplementedException();
    /// <summary>Adds an item; false when it was already present.</summary>
    public bool Add(PyObject item) => throw new NotImplementedException();
    public bool Contains(PyObject item) => throw new NotImplementedException();
    public bool Remove(PyObject item) => throw new NotImplementedException();
    public void Clear() => throw new NotImplementedException();
    /// <summary>Items in CPython's iteration order.</summary>
    public IEnumerable<PyObject> Items => throw new NotImplementedException();
}
