namespace PyDbg.Vm.Runtime;

/// <summary>
/// set and frozenset share this storage. Iteration order follows CPython's open-addressing table
/// (so {3, 1, 2} prints as {1, 2, 3} as in CPython).
/// CONTRACT (frozen signatures; the runtime owner implements the bodies).
/// The table is CPython's: 8 slots to start, linear probing of 9 slots then perturbed jumps,
/// dummies on deletion, growth to 4x the used count when 60% full (see Collections/PySet.Table.cs).
/// </summary>
public partial class PySet : PyObject
{
    public bool IsFrozen { get; }
    public PySet(bool frozen = false) => IsFrozen = frozen;
    public override PyType Type => IsFrozen ? PyType.FrozenSet : PyType.Set;

    public int Count => _used;
    public int Version => _version;
    /// <summary>Adds an item; false when it was already present.</summary>
    public bool Add(PyObject item) => AddEntry(item, Ops.Hash(item));
    public bool Contains(PyObject item) => FindSlot(item, Ops.Hash(item)) >= 0;
    public bool Remove(PyObject item)
    {
        var slot = FindSlot(item, Ops.Hash(item));
        if (slot < 0) return false;
        _keys[slot] = DummyKey;
        _hashes[slot] = -1;
        _used--;
        _version++;
        return true;
    }
    public void Clear()
    {
        if (_used == 0 && _fill == 0) return;
        InitTable(MinSize);
        _version++;
    }
    /// <summary>Items in CPython's iteration order.</summary>
    public IEnumerable<PyObject> Items
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                var k = _keys[i];
                if (k is not null && !ReferenceEquals(k, DummyKey)) yield return k;
            }
        }
    }
}
