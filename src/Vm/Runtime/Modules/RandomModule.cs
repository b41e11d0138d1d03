using System.Numerics;
using System.Security.Cryptography;

namespace PyDbg.Vm.Runtime;

/// <summary>A random.Random instance: a Mersenne Twister plus random.py's gauss_next.</summary>
public sealed class PyRandom : PyObject
{
    public readonly MersenneTwister Gen = new();
    public PyObject GaussNext = PyNone.Instance;
    public override PyType Type => RandomModule.RandomType;
}

/// <summary>
/// The random module: CPython 3.11's random.py algorithms over <see cref="MersenneTwister"/>, so a
/// seeded program draws exactly CPython's numbers. The module functions are the methods of one
/// hidden Random instance per module (i.e. per context).
/// </summary>
internal static partial class RandomModule
{
    public static readonly PyType RandomType = CreateType();

    public static PyModule Create()
    {
        var m = new ModuleBuilder("random");
        var inst = new PyRandom();
        m.Value("Random", RandomType);
        m.Value("_inst", inst);
        foreach (var kv in RandomType.Dict)
            if (kv.Value is PyMethodDescriptor d && !d.Name.StartsWith("__"))
            {
                var f = d.Func;
                m.Dict.SetItem(d.Name, new PyBuiltinFunction(d.Name, (a, k) => f(inst, a, k), inst));
            }
        return m.Module;
    }

    private static PyRandom Self(PyObject o, string name) =>
        o as PyRandom ?? throw Arg.Descriptor(name, "Random", o);

    private static PyType CreateType()
    {
        var t = new PyType("Random", new[] { PyType.Object }, module: "random") { IsBaseType = false };
        t.NativeConstructor = (a, k) =>
        {
            Arg.NoKw("Random", k);
            if (a.Length > 1) throw PyExc.TypeErr($"Random() expected at most 1 argument, got {a.Length}");
            var r = new PyRandom();
            if (a.Length == 1) Seed(r, a[0], 2);
            return r;
        };
        void M(string name, Func<PyRandom, ReadOnlySpan<PyObject>, string[]?, PyObject> f) =>
            t.Dict[name] = new PyMethodDescriptor(t, name, (self, a, k) => f(Self(self, name), a, k));

        M("seed", SeedMethod);
        M("random", (r, a, k) => { Arg.None("Random.random", a, k); return new PyFloat(r.Gen.NextDouble()); });
        M("getrandbits", GetRandBits);
        M("randrange", RandRange);
        M("randint", RandInt);
        M("choice", Choice);
        M("shuffle", Shuffle);
        M("sample", Sample);
        M("choices", Choices);
        M("uniform", Uniform);
        M("triangular", Triangular);
        M("gauss", Gauss);
        M("normalvariate", NormalVariate);
        M("lognormvariate", LogNormVariate);
        M("expovariate", ExpoVariate);
        M("vonmisesvariate", VonMisesVariate);
        M("gammavariate", GammaVariate);
        M("betavariate", BetaVariate);
        M("paretovariate", ParetoVariate);
        M("weibullvariate", WeibullVariate);
        M("getstate", GetState);
        M("setstate", SetState);
        return t;
    }

    // ---------------------------------------------------------------- seeding and state

    private static readonly string[] SeedNames = { "a", "version" };

    private static PyObject SeedMethod(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[2];
        PyArgs.Bind("Random.seed", args, kw, SeedNames, 0, s);
        var version = s[1] is null ? 2 : (long)NativeMath.ToInt(s[1]!).Big;
        Seed(r, s[0] ?? PyNone.Instance, version);
        return PyNone.Instance;
    }

    internal static void Seed(PyRandom r, PyObject a, long version)
    {
        switch (a)
        {
            case PyNone:
                r.Gen.SeedFromEntropy();
                break;
            case PyInt i:
                r.Gen.Seed(i.Big);
                break;
            case PyBool b:
                r.Gen.Seed(b.Value ? BigInteger.One : BigInteger.Zero);
                break;
            case PyFloat:
                // random_seed: (size_t)hash(arg)
                r.Gen.Seed(new BigInteger(unchecked((ulong)Ops.Hash(a))));
                break;
            case PyStr str when version == 1:
            {
                var text = str.Value;
                ulong x = text.Length > 0 ? (ulong)text[0] << 7 : 0;
                foreach (var c in text) x = unchecked(1000003UL * x) ^ c;
                x ^= (ulong)text.Length;
                r.Gen.Seed(new BigInteger(x));
                break;
            }
            case PyStr str:
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(str.Value);
                var digest = SHA512.HashData(bytes);
                var all = new byte[bytes.Length + digest.Length];
                bytes.CopyTo(all, 0);
                digest.CopyTo(all, bytes.Length);
                r.Gen.Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
                break;
            }
            default:
                throw PyExc.TypeErr("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        r.GaussNext = PyNone.Instance;
    }

    private static PyObject GetState(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        PyArgs.Bind("Random.getstate", args, kw, Array.Empty<string>(), 0, Span<PyObject?>.Empty);
        var mt = r.Gen.GetState(out var index);
        var items = new PyObject[MersenneTwister.N + 1];
        for (var i = 0; i < mt.Length; i++) items[i] = PyInt.From(mt[i]);
        items[MersenneTwister.N] = PyInt.From(index);
        return PyTuple.Of(PyInt.From(3), new PyTuple(items), r.GaussNext);
    }

    private static readonly string[] SetStateNames = { "state" };

    private static PyObject SetState(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Span<PyObject?> s = new PyObject?[1];
        PyArgs.Bind("Random.setstate", args, kw, SetStateNames, 1, s);
        var state = Ops.ToList(s[0]!);
        if (state.Count == 0) throw PyExc.IndexErr("tuple index out of range");
        var version = state[0];
        var v = version is PyInt vi && vi.IsSmall ? vi.Small : -1;
        if (v != 2 && v != 3)
            throw PyExc.ValueErr($"state with version {Ops.Repr(version)} passed to Random.setstate() of version 3");
        if (state.Count != 3) throw PyExc.ValueErr($"too many values to unpack (expected 3)");
        if (state[1] is not PyTuple internalState) throw PyExc.TypeErr("state vector must be a tuple");
        if (internalState.Items.Length != MersenneTwister.N + 1) throw PyExc.ValueErr("state vector is the wrong size");
        var mt = new uint[MersenneTwister.N];
        for (var i = 0; i < MersenneTwister.N; i++)
        {
            var x = NativeMath.ToInt(internalState.Items[i]).Big;
            if (v == 2) x = ((x % (BigInteger.One << 32)) + (BigInteger.One << 32)) % (BigInteger.One << 32);
            if (x.Sign < 0 || x > uint.MaxValue) throw PyExc.Overflow("Python int too large to convert to C unsigned long");
            mt[i] = (uint)x;
        }
        var index = NativeMath.ToInt(internalState.Items[MersenneTwister.N]).Big;
        if (index < 0 || index > MersenneTwister.N) throw PyExc.ValueErr("invalid state");
        r.Gen.SetState(mt, (int)index);
        r.GaussNext = state[2];
        return PyNone.Instance;
    }

    private static PyObject GetRandBits(PyRandom r, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var arg = Arg.One("Random.getrandbits", args, kw);
        if (arg is PyFloat) throw PyExc.TypeErr("'float' object cannot be interpreted as an integer");
        var k = NativeMath.ToInt(arg);
        if (IntOps.Sign(k) < 0) throw PyExc.ValueErr("number of bits must be non-negative");
        if (!k.IsSmall || k.Small > int.MaxValue) throw PyExc.Overflow("Python int too large to convert to C int");
        if (k.Small < 63) return PyInt.From(r.Gen.GetRandBitsSmall((int)k.Small));
        return PyInt.From(r.Gen.GetRandBits(k.Small));
    }
}
