using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class HashAndCollectionTests
{
    [Fact]
    public void HashesMatchCPython()
    {
        Ops.Hash(I(0)).Should().Be(0);
        Ops.Hash(I(1)).Should().Be(1);
        Ops.Hash(I(-1)).Should().Be(-2);
        Ops.Hash(I(-2)).Should().Be(-2);
        Ops.Hash(I((1L << 61) - 1)).Should().Be(0);
        Ops.Hash(I(1L << 61)).Should().Be(1);
        Ops.Hash(Big("18446744073709551616")).Should().Be(8);
        Ops.Hash(Big("-18446744073709551616")).Should().Be(-8);
        Ops.Hash(Big("1000000000000000000000000000000")).Should().Be(465258685558744706);
        Ops.Hash(F(1.5)).Should().Be(1152921504606846977);
        Ops.Hash(F(-1.5)).Should().Be(-1152921504606846977);
        Ops.Hash(F(0.1)).Should().Be(230584300921369408);
        Ops.Hash(F(1e100)).Should().Be(1822893315824342674);
        Ops.Hash(F(Math.Pow(2, 70))).Should().Be(512);
        Ops.Hash(F(2.0)).Should().Be(2);
        Ops.Hash(PyBool.True).Should().Be(1);
        Ops.Hash(PyTuple.Empty).Should().Be(5740354900026072187);
        Ops.Hash(T(I(1))).Should().Be(-6644214454873602895);
        Ops.Hash(T(I(1), I(2))).Should().Be(-3550055125485641917);
        Ops.Hash(T(I(1), T(I(2), I(3)))).Should().Be(7267574591690527098);
        Ops.Hash(F(double.PositiveInfinity)).Should().Be(314159);
        Ops.Hash(new PySet(true)).Should().Be(133146708735736);
        Ops.Hash(new PySet(new PyObject[] { I(1), I(2), I(3) }, true)).Should().Be(-272375401224217160);
        Ops.Hash(S("abc")).Should().Be(Ops.Hash(S("abc")));
        Error(() => Ops.Hash(L())).Should().Be("TypeError: unhashable type: 'list'");
        Error(() => Ops.Hash(new PyDict())).Should().Be("TypeError: unhashable type: 'dict'");
        Error(() => Ops.Hash(new PySet())).Should().Be("TypeError: unhashable type: 'set'");
    }

    [Fact]
    public void SetOrderMatchesCPython()
    {
        Ops.Repr(Set(3, 1, 2)).Should().Be("{1, 2, 3}");
        Ops.Repr(Set(10, 5, 100)).Should().Be("{10, 100, 5}");
        Ops.Repr(Set(100, 5, 10, 7, 33, 64)).Should().Be("{64, 33, 100, 5, 7, 10}");
        Ops.Repr(Set(Enumerable.Range(1, 20).Reverse().Select(i => (long)i).ToArray()))
            .Should().Be("{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}");
        Ops.Repr(Set(-1, -2, 3)).Should().Be("{3, -1, -2}");
        Ops.Repr(Set(1000, 8, 16)).Should().Be("{1000, 8, 16}");
        var s = Set(Enumerable.Range(0, 10).Select(i => (long)i).ToArray());
        s.Remove(I(3));
        s.Add(I(100));
        s.Add(I(3));
        Ops.Repr(s).Should().Be("{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100}");
        var p = Set(1, 2, 3);
        p.Pop(out var popped).Should().BeTrue();
        Ops.Repr(popped).Should().Be("1");
        Ops.Repr(p).Should().Be("{2, 3}");
        Ops.Repr(Ops.BinaryOp(BinaryOperator.And, Set(1, 2, 3), Set(2, 3, 4))).Should().Be("{2, 3}");
        Ops.Repr(Ops.BinaryOp(BinaryOperator.Or, Set(1, 2, 3), Set(5, 4))).Should().Be("{1, 2, 3, 4, 5}");
        Ops.Repr(Ops.BinaryOp(BinaryOperator.Subtract, Set(1, 2, 3), Set(2))).Should().Be("{1, 3}");
        Ops.Repr(Ops.BinaryOp(BinaryOperator.Xor, Set(1, 2, 3), Set(3, 4, 12))).Should().Be("{1, 2, 4, 12}");
        var mixed = new PySet(new PyObject[] { F(0.5), I(1), F(2.5) });
        Ops.Repr(mixed).Should().Be("{0.5, 1, 2.5}");
        mixed.Contains(F(1.0)).Should().BeTrue();
        mixed.Contains(PyBool.True).Should().BeTrue();
    }

    [Fact]
    public void DictKeysUnifyNumbersAndKeepOrder()
    {
        var d = new PyDict();
        d.SetItem(S("a"), I(1));
        d.SetItem(S("b"), I(2));
        d.SetItem(I(1), S("x"));
        d.SetItem(F(1.0), S("y"));
        d.SetItem(PyBool.True, S("z"));
        Ops.Repr(d).Should().Be("{'a': 1, 'b': 2, 1: 'z'}");
        d.Remove(S("a")).Should().BeTrue();
        d.SetItem("a", I(5));
        Ops.Repr(d).Should().Be("{'b': 2, 1: 'z', 'a': 5}");
        d.TryGetValue("b", out var b).Should().BeTrue();
        Ops.Repr(b).Should().Be("2");
        d.Count.Should().Be(3);
        Error(() => Ops.GetItem(d, S("q"))).Should().Be("KeyError: 'q'");
        Error(() => Ops.GetItem(d, L())).Should().Be("TypeError: unhashable type: 'list'");
    }

    [Fact]
    public void DictSurvivesManyInsertionsAndDeletions()
    {
        var d = new PyDict();
        for (var i = 0; i < 5000; i++) d.SetItem(I(i), I(i * 2));
        for (var i = 0; i < 5000; i += 2) d.Remove(I(i)).Should().BeTrue();
        d.Count.Should().Be(2500);
        for (var i = 0; i < 5000; i++)
        {
            d.TryGetValue(I(i), out var v).Should().Be(i % 2 == 1);
            if (i % 2 == 1) ((PyInt)v).Small.Should().Be(i * 2);
        }
        d.SetItem(I(0), I(-1));
        d.Keys.First().Should().BeSameAs(I(1));
        ((PyInt)d.Keys.Last()).Small.Should().Be(0);
        for (var i = 0; i < 1000; i++) d.SetItem("k" + i, I(i));
        d.TryGetValue(S("k999"), out var k).Should().BeTrue();
        ((PyInt)k).Small.Should().Be(999);
    }

    [Fact]
    public void IteratorsDetectSizeChanges()
    {
        var d = new PyDict();
        d.SetItem(I(1), I(1));
        var it = Ops.GetIter(d);
        Ops.TryNext(it, out _).Should().BeTrue();
        d.SetItem(I(2), I(2));
        Error(() => Ops.TryNext(it, out _)).Should().Be("RuntimeError: dictionary changed size during iteration");
        var s = Set(1);
        var si = Ops.GetIter(s);
        s.Add(I(5));
        Error(() => Ops.TryNext(si, out _)).Should().Be("RuntimeError: Set changed size during iteration");
        var l = L(I(1));
        var li = Ops.GetIter(l);
        Ops.TryNext(li, out _).Should().BeTrue();
        l.Items.Add(I(2));
        Ops.TryNext(li, out var second).Should().BeTrue();
        Ops.Repr(second).Should().Be("2");
        Ops.TryNext(li, out _).Should().BeFalse();
    }

    [Fact]
    public void Unpacking()
    {
        Error(() => Ops.Unpack(I(1), 2)).Should().Be("TypeError: cannot unpack non-iterable int object");
        Error(() => Ops.Unpack(L(I(1)), 2)).Should().Be("ValueError: not enough values to unpack (expected 2, got 1)");
        Error(() => Ops.Unpack(L(I(1), I(2), I(3)), 2)).Should().Be("ValueError: too many values to unpack (expected 2)");
        Error(() => Ops.Unpack(new PyRange(0, 2, 1), 3)).Should().Be("ValueError: not enough values to unpack (expected 3, got 2)");
        Ops.Repr(T(Ops.Unpack(S("ab"), 2))).Should().Be("('a', 'b')");
        Error(() => Ops.GetIter(I(1))).Should().Be("TypeError: 'int' object is not iterable");
        Error(() => Ops.Len(I(1))).Should().Be("TypeError: object of type 'int' has no len()");
    }
}
