namespace PyDbg.Vm.Runtime;

public partial class PySet
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    /// <summary>Marks a deleted slot (CPython's dummy).</summary>
    private static readonly PyObject DummyKey = new DummyObject();
    private sealed class DummyObject : PyObject { public override PyType Type => PyType.Object; }

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill;     // active + dummy
    private int _used;     // active
    private int _version;
    private int _finger;

    public PySet(IEnumerable<PyObject> items, bool frozen = false) : this(frozen)
    {
        foreach (var x in items) Add(x);
    }

    /// <summary>The table size (positions for index-based iteration).</summary>
    public int TableSize => _keys.Length;

    /// <summary>The key in a table slot; false for an empty or deleted slot.</summary>
    public bool TryGetSlot(int slot, out PyObject key)
    {
        if ((uint)slot < (uint)_keys.Length)
        {
            var k = _keys[slot];
            if (k is not null && !ReferenceEquals(k, DummyKey)) { key = k; return true; }
        }
        key = null!;
        return false;
    }

    private void InitTable(int size)
    {
        _keys = new PyObject?[size];
        _hashes = new long[size];
        _fill = 0;
        _used = 0;
    }

    /// <summary>set.pop(): CPython's finger scan; false when empty.</summary>
    public bool Pop(out PyObject key)
    {
        if (_used == 0) { key = null!; return false; }
        var mask = _keys.Length - 1;
        var i = _finger & mask;
        while (_keys[i] is null || ReferenceEquals(_keys[i], DummyKey))
        {
            i++;
            if (i > mask) i = 0;
        }
        key = _keys[i]!;
        _keys[i] = DummyKey;
        _hashes[i] = -1;
        _used--;
        _finger = i + 1;
        _version++;
        return true;
    }

    public PySet Copy(bool frozen)
    {
        var s = new PySet(frozen);
        s.MergeFrom(this);
        return s;
    }

    /// <summary>Adds every item of another set (CPython's set_merge).</summary>
    public void MergeFrom(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((_fill + other._used) * 5 >= (_keys.Length - 1) * 3)
            Resize((_used + other._used) * 2);
        if (_fill == 0 && _keys.Length == other._keys.Length && other._fill == other._used)
        {
            // same-size empty target without dummies: copy the table as is
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            _used = other._used;
            _version++;
            return;
        }
        var keys = other._keys;
        var hashes = other._hashes;
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k is not null && !ReferenceEquals(k, DummyKey)) AddEntry(k, hashes[i]);
        }
    }

    internal long HashAt(int slot) => _hashes[slot];

    internal bool AddEntry(PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        var hashes = _hashes;
        var mask = keys.Length - 1;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeslot = -1;
        var perturb = (ulong)hash;
        while (true)
        {
            var probes = (i + LinearProbes <= mask) ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = keys[j];
                if (k is null) goto foundUnusedOrDummy;
                if (hashes[j] == hash && !ReferenceEquals(k, DummyKey))
                {
                    if (ReferenceEquals(k, key)) return false;
                    if (k is PyStr ks && key is PyStr kk)
                    {
                        if (ks.Value == kk.Value) return false;
                    }
                    else
                    {
                        var version = _version;
                        var eq = Ops.Eq(k, key);
                        if (!ReferenceEquals(keys, _keys) || version != _version) goto restart;
                        if (eq) return false;
                    }
                }
                else if (ReferenceEquals(k, DummyKey) && freeslot < 0) freeslot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            continue;
        foundUnusedOrDummy:
            _version++;
            if (freeslot >= 0)
            {
                _used++;
                keys[freeslot] = key;
                hashes[freeslot] = hash;
                return true;
            }
            _fill++;
            _used++;
            keys[j] = key;
            hashes[j] = hash;
            if ((long)_fill * 5 >= (long)mask * 3)
                Resize(_used > 50000 ? _used * 2 : _used * 4);
            return true;
        }
    }

    private int FindSlot(PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        var hashes = _hashes;
        var mask = keys.Length - 1;
        var i = (int)((ulong)hash & (ulong)mask);
        var perturb = (ulong)hash;
        while (true)
        {
            var probes = (i + LinearProbes <= mask) ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = keys[j];
                if (k is null) return -1;
                if (hashes[j] == hash && !ReferenceEquals(k, DummyKey))
                {
                    if (ReferenceEquals(k, key)) return j;
                    if (k is PyStr ks && key is PyStr kk)
                    {
                        if (ks.Value == kk.Value) return j;
                    }
                    else
                    {
                        var version = _version;
                        var eq = Ops.Eq(k, key);
                        if (!ReferenceEquals(keys, _keys) || version != _version) goto restart;
                        if (eq) return j;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        var newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        var oldKeys = _keys;
        var oldHashes = _hashes;
        var keys = new PyObject?[newSize];
        var hashes = new long[newSize];
        var mask = newSize - 1;
        for (var s = 0; s < oldKeys.Length; s++)
        {
            var k = oldKeys[s];
            if (k is null || ReferenceEquals(k, DummyKey)) continue;
            var hash = oldHashes[s];
            var perturb = (ulong)hash;
            var i = (int)((ulong)hash & (ulong)mask);
            while (true)
            {
                var slot = -1;
                if (keys[i] is null) slot = i;
                else if (i + LinearProbes <= mask)
                {
                    for (var j = 1; j <= LinearProbes; j++)
                        if (keys[i + j] is null) { slot = i + j; break; }
                }
                if (slot >= 0)
                {
                    keys[slot] = k;
                    hashes[slot] = hash;
                    break;
                }
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            }
        }
        _keys = keys;
        _hashes = hashes;
        _fill = _used;
    }
}

public partial class PySet
{
    /// <summary>Replaces this set's table with another set's (intersection_update).</summary>
    internal void TakeTable(PySet other)
    {
        _keys = other._keys;
        _hashes = other._hashes;
        _fill = other._fill;
        _used = other._used;
        _version++;
        other.InitTable(MinSize);
    }
}
