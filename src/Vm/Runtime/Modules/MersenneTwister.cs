using System.Numerics;
using System.Security.Cryptography;

namespace PyDbg.Vm.Runtime;

/// <summary>
/// MT19937 exactly as CPython's _randommodule.c uses it (genrand_uint32, init_genrand,
/// init_by_array, random_seed over the 32-bit chunks of abs(n), genrand_res53, getrandbits),
/// so seeded sequences match CPython bit for bit.
/// </summary>
public sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfU, UpperMask = 0x80000000U, LowerMask = 0x7fffffffU;

    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    public MersenneTwister() => SeedFromEntropy();

    public uint NextUInt32()
    {
        var mt = _mt;
        uint y;
        if (_index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0U);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0U);
            }
            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0U);
            _index = 0;
        }
        y = mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    /// <summary>random(): a 53-bit float in [0, 1) (genrand_res53).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private void InitGenrand(uint s)
    {
        var mt = _mt;
        mt[0] = s;
        for (var i = 1; i < N; i++)
            mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    public void InitByArray(ReadOnlySpan<uint> key)
    {
        var mt = _mt;
        InitGenrand(19650218U);
        int i = 1, j = 0;
        var keyLength = key.Length;
        for (var k = N > keyLength ? N : keyLength; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= keyLength) j = 0;
        }
        for (var k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U;
    }

    /// <summary>random_seed for a non-negative integer: init_by_array over its 32-bit chunks, little end first.</summary>
    public void Seed(BigInteger n)
    {
        if (n.Sign < 0) n = -n;
        if (n.IsZero) { InitByArray(stackalloc uint[1] { 0 }); return; }
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = (bytes.Length + 3) / 4;
        var key = new uint[words];
        for (var b = 0; b < bytes.Length; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        InitByArray(key);
    }

    /// <summary>seed() / seed(None): 624 words from the OS entropy source.</summary>
    public void SeedFromEntropy()
    {
        var key = new uint[N];
        RandomNumberGenerator.Fill(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan()));
        InitByArray(key);
    }

    /// <summary>getrandbits(k) for k &gt;= 0.</summary>
    public BigInteger GetRandBits(long k)
    {
        if (k == 0) return BigInteger.Zero;
        if (k <= 32) return NextUInt32() >> (int)(32 - k);
        var words = (int)((k - 1) / 32 + 1);
        var bytes = new byte[words * 4];
        for (var i = 0; i < words; i++, k -= 32)
        {
            var r = NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[4 * i] = (byte)r;
            bytes[4 * i + 1] = (byte)(r >> 8);
            bytes[4 * i + 2] = (byte)(r >> 16);
            bytes[4 * i + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>getrandbits(k) for 0 &lt;= k &lt;= 63 without allocation.</summary>
    public long GetRandBitsSmall(int k)
    {
        if (k == 0) return 0;
        if (k <= 32) return NextUInt32() >> (32 - k);
        ulong lo = NextUInt32();
        ulong hi = NextUInt32() >> (64 - k);
        return (long)(lo | (hi << 32));
    }

    /// <summary>A uniform integer in [0, n) for n &gt; 0 (CPython 3.11's _randbelow_with_getrandbits).</summary>
    public long RandBelow(long n)
    {
        var k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        var r = GetRandBitsSmall(k);
        while (r >= n) r = GetRandBitsSmall(k);
        return r;
    }

    public BigInteger RandBelow(BigInteger n)
    {
        if (n <= long.MaxValue) return RandBelow((long)n);
        var k = (long)n.GetBitLength();
        var r = GetRandBits(k);
        while (r >= n) r = GetRandBits(k);
        return r;
    }

    public uint[] GetState(out int index)
    {
        index = _index;
        return (uint[])_mt.Clone();
    }

    public void SetState(uint[] state, int index)
    {
        Array.Copy(state, _mt, N);
        _index = index;
    }
}
