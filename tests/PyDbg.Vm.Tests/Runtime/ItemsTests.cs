using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class ItemsTests
{
    private static PyList Range(int n) => new(Enumerable.Range(0, n).Select(i => (PyObject)I(i)).ToList());
    private static PySlice Sl(long? a, long? b, long? c = null) =>
        new(a is null ? PyNone.Instance : I(a.Value), b is null ? PyNone.Instance : I(b.Value), c is null ? PyNone.Instance : I(c.Value));
    private static string G(PyObject o, PyObject k) => Ops.Repr(Ops.GetItem(o, k));

    [Fact]
    public void Slicing()
    {
        var a = Range(10);
        G(a, Sl(null, null, 2)).Should().Be("[0, 2, 4, 6, 8]");
        G(a, Sl(null, null, -1)).Should().Be("[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
        G(a, Sl(1, -1, 3)).Should().Be("[1, 4, 7]");
        G(a, Sl(-3, null)).Should().Be("[7, 8, 9]");
        G(a, Sl(null, -7, -2)).Should().Be("[9, 7, 5]");
        G(a, Sl(100, null)).Should().Be("[]");
        G(a, Sl(5, 2)).Should().Be("[]");
        G(S("hello"), Sl(null, null, -1)).Should().Be("'olleh'");
        G(S("hello"), Sl(1, 3)).Should().Be("'el'");
        G(T(I(1), I(2), I(3)), Sl(null, null, -1)).Should().Be("(3, 2, 1)");
        G(new PyRange(0, 10, 1), Sl(2, 8, 2)).Should().Be("range(2, 8, 2)");
        G(new PyRange(0, 10, 1), Sl(null, null, -1)).Should().Be("range(9, -1, -1)");
        G(new PyRange(0, 10, 3), I(-1)).Should().Be("9");
        Error(() => Ops.GetItem(L(), Sl(null, null, 0))).Should().Be("ValueError: slice step cannot be zero");
    }

    [Fact]
    public void SliceAssignmentAndDeletion()
    {
        var a = Range(10);
        Ops.SetItem(a, Sl(2, 5), L(S("x")));
        Ops.Repr(a).Should().Be("[0, 1, 'x', 5, 6, 7, 8, 9]");
        Ops.SetItem(a, Sl(null, null, 3), L(I(0), I(0), I(0)));
        Ops.Repr(a).Should().Be("[0, 1, 'x', 0, 6, 7, 0, 9]");
        Ops.DelItem(a, Sl(null, null, 2));
        Ops.Repr(a).Should().Be("[1, 0, 7, 9]");
        Ops.DelItem(a, Sl(1, 3));
        Ops.Repr(a).Should().Be("[1, 9]");
        var b = Range(10);
        Ops.DelItem(b, Sl(null, null, -3));
        Ops.Repr(b).Should().Be("[1, 2, 4, 5, 7, 8]");
        var c = Range(3);
        Error(() => Ops.SetItem(c, Sl(null, null, 2), L(I(1)))).Should().Be("ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
        Error(() => Ops.SetItem(c, Sl(null, null, 2), I(1))).Should().Be("TypeError: must assign iterable to extended slice");
        Error(() => Ops.SetItem(c, Sl(0, 1), I(1))).Should().Be("TypeError: can only assign an iterable");
        Ops.SetItem(c, Sl(null, null), c);
        Ops.Repr(c).Should().Be("[0, 1, 2]");
    }

    [Fact]
    public void IndexErrors()
    {
        Error(() => Ops.GetItem(L(I(1)), I(2))).Should().Be("IndexError: list index out of range");
        Error(() => Ops.GetItem(S("a"), I(2))).Should().Be("IndexError: string index out of range");
        Error(() => Ops.GetItem(T(I(1)), I(2))).Should().Be("IndexError: tuple index out of range");
        Error(() => Ops.GetItem(L(I(1)), S("a"))).Should().Be("TypeError: list indices must be integers or slices, not str");
        Error(() => Ops.GetItem(L(I(1)), F(1.0))).Should().Be("TypeError: list indices must be integers or slices, not float");
        Error(() => Ops.GetItem(I(1), I(0))).Should().Be("TypeError: 'int' object is not subscriptable");
        Error(() => Ops.SetItem(T(I(1)), I(0), I(1))).Should().Be("TypeError: 'tuple' object does not support item assignment");
        Error(() => Ops.SetItem(L(I(1)), I(5), I(1))).Should().Be("IndexError: list assignment index out of range");
        Error(() => Ops.GetItem(new PyDict(), I(1))).Should().Be("KeyError: 1");
        Ops.Repr(Ops.GetItem(L(I(1), I(2)), I(-1))).Should().Be("2");
        Ops.Repr(Ops.GetItem(L(I(1), I(2)), PyBool.True)).Should().Be("2");
    }

    [Fact]
    public void Contains()
    {
        Ops.Contains(S("hello"), S("ell")).Should().BeTrue();
        Ops.Contains(L(I(1), F(2.0)), I(2)).Should().BeTrue();
        Ops.Contains(new PyRange(0, 10, 3), I(9)).Should().BeTrue();
        Ops.Contains(new PyRange(0, 10, 3), I(8)).Should().BeFalse();
        Ops.Contains(new PyRange(10, 0, -2), I(4)).Should().BeTrue();
        Error(() => Ops.Contains(I(1), I(1))).Should().Be("TypeError: argument of type 'int' is not iterable");
        Error(() => Ops.Contains(S("a"), I(1))).Should().Be("TypeError: 'in <string>' requires string as left operand, not int");
    }
}

public class RangeMethodTests
{
    [Fact]
    public void IndexAndCount()
    {
        var r = new PyRange(3, 30, 3);
        Ops.Repr(Ops.CallMethod(r, "index", I(12))).Should().Be("3");
        Ops.Repr(Ops.CallMethod(r, "count", I(15))).Should().Be("1");
        Ops.Repr(Ops.CallMethod(r, "count", F(3.0))).Should().Be("1");
        Error(() => Ops.CallMethod(r, "index", I(4))).Should().Be("ValueError: 4 is not in range");
        Error(() => Ops.CallMethod(r, "index", S("a"))).Should().Be("ValueError: sequence.index(x): x not in sequence");
        Error(() => Ops.CallMethod(r, "count")).Should().Be("TypeError: range.count() takes exactly one argument (0 given)");
        Ops.Repr(Ops.CallMethod(new PySlice(I(1), PyNone.Instance, I(2)), "indices", I(10))).Should().Be("(1, 10, 2)");
    }
}
