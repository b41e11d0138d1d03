using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Modules;

/// <summary>Seeded random sequences must equal CPython 3.11's (values printed by python3).</summary>
public class RandomModuleTests : ModulesTestBase
{
    private static PyObject Rnd(string name, params PyObject[] args) => Call("random", name, args);
    private static PyObject RndKw(string name, string[] kw, params PyObject[] args) => CallKw("random", name, kw, args);
    private static void Seed(PyObject s) => Rnd("seed", s);

    [Fact]
    public void RandomRandintRandrangeGetrandbits()
    {
        // random.seed(42); [random.random() for _ in range(3)], randint(1,100), randrange(10),
        // randrange(0, 100, 7), getrandbits(100), getrandbits(40), getrandbits(0)
        Seed(I(42));
        R(Rnd("random")).Should().Be("0.6394267984578837");
        R(Rnd("random")).Should().Be("0.025010755222666936");
        R(Rnd("random")).Should().Be("0.27502931836911926");
        R(Rnd("randint", I(1), I(100))).Should().Be("29");
        R(Rnd("randrange", I(10))).Should().Be("2");
        R(Rnd("randrange", I(0), I(100), I(7))).Should().Be("77");
        R(Rnd("getrandbits", I(100))).Should().Be("1167876019479626170561453694887");
        R(Rnd("getrandbits", I(40))).Should().Be("96831611956");
        R(Rnd("getrandbits", I(0))).Should().Be("0");
    }

    [Fact]
    public void ShuffleAndChoice()
    {
        Seed(I(0));
        var x = new PyList(new List<PyObject>());
        for (var i = 0; i < 10; i++) x.Items.Add(I(i));
        Rnd("shuffle", x).Should().BeSameAs(PyNone.Instance);
        R(x).Should().Be("[7, 8, 1, 5, 3, 4, 2, 0, 9, 6]");
        R(Rnd("choice", S("abcdef"))).Should().Be("'c'");
        R(Rnd("choice", L(I(1), I(2), I(3)))).Should().Be("3");
    }

    [Fact]
    public void SampleAndUniform()
    {
        Seed(I(12345));
        R(Rnd("sample", new PyRange(0, 100, 1), I(5))).Should().Be("[53, 93, 1, 38, 47]");
        R(Rnd("sample", L(S("a"), S("b"), S("c"), S("d")), I(4))).Should().Be("['b', 'd', 'c', 'a']");
        R(Rnd("sample", new PyRange(0, 1000000, 1), I(3))).Should().Be("[391185, 130303, 916638]");
        R(Rnd("uniform", I(1), I(5))).Should().Be("2.7317450720396637");
        R(Rnd("uniform", F(2.5), F(3.5))).Should().Be("3.062078488075843");
    }

    [Fact]
    public void SampleWithCounts()
    {
        Seed(I(99));
        R(RndKw("sample", new[] { "counts", "k" }, L(S("r"), S("b")), L(I(4), I(2)), I(5)))
            .Should().Be("['r', 'b', 'r', 'r', 'r']");
    }

    [Fact]
    public void Choices()
    {
        Seed(I(7));
        R(RndKw("choices", new[] { "k" }, S("abc"), I(5))).Should().Be("['a', 'a', 'b', 'a', 'b']");
        R(RndKw("choices", new[] { "weights", "k" }, L(I(1), I(2), I(3)), L(I(1), I(0), I(5)), I(6))).Should().Be("[3, 1, 3, 1, 3, 1]");
        R(RndKw("choices", new[] { "cum_weights", "k" }, S("xyz"), L(I(1), I(2), I(10)), I(4))).Should().Be("['x', 'z', 'z', 'y']");
        R(Rnd("choices", L(I(10), I(20)))).Should().Be("[10]");
    }

    [Fact]
    public void RealDistributions()
    {
        Seed(I(3));
        R(Rnd("gauss", I(0), I(1))).Should().Be("0.09470803828730423");
        R(Rnd("gauss", I(0), I(1))).Should().Be("1.2500243810835503");
        R(Rnd("gauss", I(5), I(2))).Should().Be("3.137243264558586");
        R(Rnd("normalvariate", I(0), I(1))).Should().Be("0.2308007850995592");
        R(Rnd("expovariate", I(2))).Should().Be("0.00662772912231733");
        R(Rnd("triangular", I(0), I(10), I(3))).Should().Be("6.6269947742039");
        R(Rnd("lognormvariate", I(0), I(1))).Should().Be("0.5832252060138859");
    }

    [Theory]
    [InlineData("str", "0.3537754404730722")]
    [InlineData("big", "0.44487310994347073")]
    [InlineData("neg", "0.6229016948897019")]
    [InlineData("float", "0.551763726942059")]
    [InlineData("bool", "0.13436424411240122")]
    public void SeedKinds(string kind, string expected)
    {
        PyObject seed = kind switch
        {
            "str" => S("hello"),
            "big" => Big("1267650600228229401496703217721"), // 2**100 + 12345
            "neg" => I(-5),
            "float" => F(1.5),
            _ => PyBool.True,
        };
        Seed(seed);
        R(Rnd("random")).Should().Be(expected);
    }

    [Fact]
    public void StrSeedThenRandint()
    {
        Seed(S("hello"));
        Rnd("random");
        R(Rnd("randint", I(1), I(6))).Should().Be("6");
    }

    [Fact]
    public void VersionOneStrSeed()
    {
        RndKw("seed", new[] { "version" }, S("abc"), I(1));
        R(Rnd("random")).Should().Be("0.09639374978773074");
    }

    [Fact]
    public void BigRangesAndSteps()
    {
        Seed(I(10));
        R(Rnd("randint", Big("100000000000000000000"), Big("1000000000000000000000"))).Should().Be("598663178366563610835");
        R(Rnd("randrange", I(-50), I(50))).Should().Be("11");
        R(Rnd("randrange", I(100), I(0), I(-3))).Should().Be("100");
    }

    [Fact]
    public void RandomClassInstances()
    {
        var cls = Ops.GetAttr(Mod("random"), "Random");
        var r = Ops.Call(cls, new PyObject[] { I(5) });
        R(Ops.CallMethod(r, "random")).Should().Be("0.6229016948897019");
        R(Ops.CallMethod(r, "randint", I(1), I(10))).Should().Be("6");
        // an instance does not disturb the module's hidden generator
        Seed(I(42));
        Ops.CallMethod(r, "random");
        R(Rnd("random")).Should().Be("0.6394267984578837");
    }

    [Fact]
    public void GetStateSetState()
    {
        Seed(I(42));
        var state = Rnd("getstate");
        var items = ((PyTuple)state).Items;
        R(items[0]).Should().Be("3");
        ((PyTuple)items[1]).Items.Length.Should().Be(625);
        R(((PyTuple)items[1]).Items[624]).Should().Be("624");
        var a = R(Rnd("random"));
        Rnd("setstate", state);
        R(Rnd("random")).Should().Be(a);
    }

    [Fact]
    public void Errors()
    {
        Raises(() => Rnd("randint")).Should().Be("TypeError: Random.randint() missing 2 required positional arguments: 'a' and 'b'");
        Raises(() => Rnd("randint", I(1))).Should().Be("TypeError: Random.randint() missing 1 required positional argument: 'b'");
        Raises(() => Rnd("randint", I(1), I(2), I(3))).Should().Be("TypeError: Random.randint() takes 3 positional arguments but 4 were given");
        Raises(() => RndKw("randint", new[] { "b", "c" }, I(1), I(2), I(3))).Should().Be("TypeError: Random.randint() got an unexpected keyword argument 'c'");
        Raises(() => RndKw("randint", new[] { "a" }, I(1), I(2))).Should().Be("TypeError: Random.randint() got multiple values for argument 'a'");
        Raises(() => Rnd("randrange")).Should().Be("TypeError: Random.randrange() missing 1 required positional argument: 'start'");
        Raises(() => Rnd("randrange", I(1), I(2), I(3), I(4))).Should().Be("TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given");
        Raises(() => Rnd("randrange", I(0))).Should().Be("ValueError: empty range for randrange()");
        Raises(() => Rnd("randrange", I(5), I(2))).Should().Be("ValueError: empty range for randrange() (5, 2, -3)");
        Raises(() => Rnd("randrange", I(1), I(10), I(0))).Should().Be("ValueError: zero step for randrange()");
        Raises(() => Rnd("randrange", F(1.5))).Should().Be("ValueError: non-integer arg 1 for randrange()");
        Raises(() => Rnd("choice", L())).Should().Be("IndexError: Cannot choose from an empty sequence");
        Raises(() => Rnd("sample", new PySet(), I(1))).Should().Be("TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).");
        Raises(() => Rnd("sample", L(I(1), I(2)), I(3))).Should().Be("ValueError: Sample larger than population or is negative");
        Raises(() => Rnd("choices", L(I(1), I(2)), I(3))).Should().Be("TypeError: The number of choices must be a keyword argument: k=3");
        Raises(() => Rnd("choices", L(I(1)), L(I(1), I(2)))).Should().Be("ValueError: The number of weights does not match the population");
        Raises(() => Rnd("choices", L(I(1)), L(I(0)))).Should().Be("ValueError: Total of weights must be greater than zero");
        Raises(() => Rnd("getrandbits", I(-1))).Should().Be("ValueError: number of bits must be non-negative");
        Raises(() => Rnd("getrandbits", F(1.0))).Should().Be("TypeError: 'float' object cannot be interpreted as an integer");
        Raises(() => Rnd("getrandbits")).Should().Be("TypeError: Random.getrandbits() takes exactly one argument (0 given)");
        Raises(() => Rnd("random", I(1))).Should().Be("TypeError: Random.random() takes no arguments (1 given)");
        Raises(() => Rnd("seed", L(I(1)))).Should().Be("TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        Raises(() => Rnd("seed", I(1), I(2), I(3))).Should().Be("TypeError: Random.seed() takes from 1 to 3 positional arguments but 4 were given");
        Raises(() => Rnd("uniform", I(1))).Should().Be("TypeError: Random.uniform() missing 1 required positional argument: 'b'");
        Raises(() => Rnd("shuffle", T(I(1), I(2)))).Should().Be("TypeError: 'tuple' object does not support item assignment");
    }

    [Fact]
    public void UnseededGeneratorsDiffer()
    {
        Rnd("seed");
        var a = R(Rnd("getrandbits", I(64)));
        Rnd("seed", PyNone.Instance);
        var b = R(Rnd("getrandbits", I(64)));
        a.Should().NotBe(b);
        var f = ((PyFloat)Rnd("random")).Value;
        f.Should().BeInRange(0.0, 1.0);
    }

    [Fact]
    public void MoreDistributions()
    {
        Seed(I(11));
        R(Rnd("vonmisesvariate", I(1), I(2))).Should().Be("1.5864743282080007");
        R(Rnd("vonmisesvariate", I(0), I(0))).Should().Be("2.92576567873804");
        R(Rnd("gammavariate", F(2.5), I(1))).Should().Be("2.5395186719866847");
        R(Rnd("gammavariate", I(1), I(2))).Should().Be("0.4083009931073035");
        R(Rnd("gammavariate", F(0.5), I(1))).Should().Be("0.3673195976969661");
        R(Rnd("betavariate", I(2), I(3))).Should().Be("0.17758967384033705");
        R(Rnd("paretovariate", I(3))).Should().Be("1.0143630375827197");
        R(Rnd("weibullvariate", I(1), F(1.5))).Should().Be("2.531666152301002");
        Raises(() => Rnd("gammavariate", I(0), I(1))).Should().Be("ValueError: gammavariate: alpha and beta must be > 0.0");
        Raises(() => Rnd("weibullvariate", I(1))).Should().Be("TypeError: Random.weibullvariate() missing 1 required positional argument: 'beta'");
    }
}
