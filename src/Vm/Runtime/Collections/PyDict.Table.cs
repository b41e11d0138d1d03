using System.Runtime.CompilerServices;

namespace PyDbg.Vm.Runtime;

public sealed partial class PyDict
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null: deleted
        public PyObject? Value;
    }

    private const int Empty = -1, Dummy = -2;
    private int[]? _indices;            // entry index, Empty or Dummy
    private Entry[] _entries = Array.Empty<Entry>();
    private int _used;                  // entries appended so far (holes included)
    private int _count;
    private int _version;

    /// <summary>Creates a dict sized for <paramref name="capacity"/> items.</summary>
    public PyDict(int capacity)
    {
        if (capacity > 0) Resize(capacity);
    }

    /// <summary>Upper bound (exclusive) of entry positions, for index-based iteration.</summary>
    public int EntrySpan => _used;

    /// <summary>The live entry at a position; false for a hole.</summary>
    public bool TryGetEntry(int position, out PyObject key, out PyObject value)
    {
        if ((uint)position < (uint)_used)
        {
            ref var e = ref _entries[position];
            if (e.Key is not null) { key = e.Key; value = e.Value!; return true; }
        }
        key = null!; value = null!;
        return false;
    }

    public bool ContainsKey(PyObject key) => FindEntry(key, Ops.Hash(key)) >= 0;
    public bool ContainsKey(string key) => FindStrEntry(key, StrRepr.Hash(key)) >= 0;

    /// <summary>Removes a key and returns its value (dict.pop).</summary>
    public bool Remove(PyObject key, out PyObject value) => RemoveEntry(FindEntry(key, Ops.Hash(key)), out value);

    /// <summary>dict.popitem(): removes the last inserted item.</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (var i = _used - 1; i >= 0; i--)
        {
            if (_entries[i].Key is { } k)
            {
                key = k;
                RemoveEntry(i, out value);
                return true;
            }
        }
        key = null!; value = null!;
        return false;
    }

    /// <summary>dict.setdefault semantics: the existing value, or inserts <paramref name="value"/>.</summary>
    public PyObject GetOrAdd(PyObject key, PyObject value)
    {
        var hash = Ops.Hash(key);
        var ix = FindEntry(key, hash);
        if (ix >= 0) return _entries[ix].Value!;
        AppendNew(key, hash, value);
        return value;
    }

    public PyDict Copy()
    {
        var d = new PyDict(_count);
        for (var i = 0; i < _used; i++)
        {
            ref var e = ref _entries[i];
            if (e.Key is not null) d.AppendNew(e.Key, e.Hash, e.Value!);
        }
        return d;
    }

    /// <summary>dict.update(other dict).</summary>
    public void Update(PyDict other)
    {
        if (ReferenceEquals(other, this)) return;
        for (var i = 0; i < other._used; i++)
        {
            var e = other._entries[i];
            if (e.Key is not null) Insert(e.Key, e.Hash, e.Value!);
        }
    }

    private int FindEntry(PyObject key, long hash)
    {
        if (key is PyStr s) return FindStrEntry(s, hash);
        var indices = _indices;
        if (indices is null) return -1;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (ReferenceEquals(e.Key, key)) return ix;
                if (e.Hash == hash && e.Key is not null)
                {
                    var version = _version;
                    var entries = _entries;
                    var startKey = e.Key;
                    var eq = Ops.Eq(startKey, key);
                    if (version != _version || !ReferenceEquals(entries, _entries))
                        return FindEntry(key, hash); // mutated by __eq__: restart
                    if (eq) return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int FindStrEntry(PyStr key, long hash)
    {
        var indices = _indices;
        if (indices is null) return -1;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var kv = key.Value;
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (ReferenceEquals(e.Key, key)) return ix;
                if (e.Hash == hash)
                {
                    if (e.Key is PyStr es) { if (string.Equals(es.Value, kv)) return ix; }
                    else if (e.Key is not null && Ops.Eq(e.Key, key)) return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int FindStrEntry(string key, long hash)
    {
        var indices = _indices;
        if (indices is null) return -1;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (e.Hash == hash)
                {
                    if (e.Key is PyStr es) { if (string.Equals(es.Value, key)) return ix; }
                    else if (e.Key is not null && Ops.Eq(e.Key, new PyStr(key))) return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private void Insert(PyObject key, long hash, PyObject value)
    {
        var ix = FindEntry(key, hash);
        if (ix >= 0) { _entries[ix].Value = value; return; }
        AppendNew(key, hash, value);
    }

    private void AppendNew(PyObject key, long hash, PyObject value)
    {
        if (_indices is null || _used >= _entries.Length) Resize(_count + 1);
        var indices = _indices!;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        indices[i] = _used;
        ref var e = ref _entries[_used++];
        e.Hash = hash;
        e.Key = key;
        e.Value = value;
        _count++;
        _version++;
    }

    private bool RemoveEntry(int ix, out PyObject value)
    {
        if (ix < 0) { value = null!; return false; }
        ref var e = ref _entries[ix];
        value = e.Value!;
        // find the index slot that points at ix and mark it as a dummy
        var indices = _indices!;
        var mask = indices.Length - 1;
        var perturb = (ulong)e.Hash;
        var i = (int)((ulong)e.Hash & (ulong)mask);
        while (indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        indices[i] = Dummy;
        e.Key = null;
        e.Value = null;
        _count--;
        _version++;
        return true;
    }

    /// <summary>Rebuilds the index table for at least <paramref name="minItems"/> items, compacting holes.</summary>
    private void Resize(int minItems)
    {
        var want = Math.Max(minItems, _count) * 3;
        var size = 8;
        while (size < want) size <<= 1;
        var usable = size * 2 / 3;
        var newEntries = new Entry[usable];
        var n = 0;
        for (var j = 0; j < _used; j++)
        {
            if (_entries[j].Key is not null) newEntries[n++] = _entries[j];
        }
        var indices = new int[size];
        Array.Fill(indices, Empty);
        var mask = size - 1;
        for (var j = 0; j < n; j++)
        {
            var hash = newEntries[j].Hash;
            var perturb = (ulong)hash;
            var i = (int)((ulong)hash & (ulong)mask);
            while (indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = j;
        }
        _entries = newEntries;
        _indices = indices;
        _used = n;
    }
}
