using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyDbg.Vm.Runtime;

/// <summary>
/// int: a machine-size fast path (<see cref="Small"/>) with arbitrary precision behind it.
/// Invariant: a value that fits in a long is ALWAYS stored small (IsSmall == true), so equality of
/// small ints is a long compare. Create through <see cref="From(long)"/> / <see cref="From(BigInteger)"/>.
/// </summary>
public sealed class PyInt : PyObject
{
    private const int CacheMin = -256, CacheMax = 1024;
    private static readonly PyInt[] Cache = BuildCache();

    /// <summary>The value when <see cref="IsSmall"/>.</summary>
    public readonly long Small;
    private readonly object? _bigBox; // boxed BigInteger when the value does not fit a long

    public static readonly PyInt Zero = From(0), One = From(1), MinusOne = From(-1);

    private PyInt(long small) { Small = small; }
    private PyInt(BigInteger big) { _bigBox = big; }

    private static PyInt[] BuildCache()
    {
        var cache = new PyInt[CacheMax - CacheMin];
        for (var i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + CacheMin);
        return cache;
    }

    public bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _bigBox is null;
    }

    /// <summary>The value as a BigInteger (allocation-free for big values, converts small ones).</summary>
    public BigInteger Big => _bigBox is null ? new BigInteger(Small) : (BigInteger)_bigBox;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long value)
    {
        var idx = value - CacheMin;
        if ((ulong)idx < (ulong)(CacheMax - CacheMin)) return Cache[idx];
        return new PyInt(value);
    }

    public static PyInt From(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return From((long)value);
        return new PyInt(value);
    }

    public override PyType Type => PyType.Int;
}
