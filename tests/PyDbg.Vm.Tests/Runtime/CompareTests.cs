using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class CompareTests
{
    private static bool C(CompareOperator op, PyObject a, PyObject b) => Ops.CompareBool(op, a, b);

    [Fact]
    public void Numbers()
    {
        C(CompareOperator.Eq, I(1), F(1.0)).Should().BeTrue();
        C(CompareOperator.Eq, Big("9007199254740993"), F(9007199254740992.0)).Should().BeFalse();
        C(CompareOperator.Gt, Big("9007199254740993"), F(9007199254740992.0)).Should().BeTrue();
        C(CompareOperator.Gt, Big("1" + new string('0', 400)), F(1e308)).Should().BeTrue();
        C(CompareOperator.Eq, F(double.NaN), F(double.NaN)).Should().BeFalse();
        C(CompareOperator.Ne, F(double.NaN), I(1)).Should().BeTrue();
        C(CompareOperator.Eq, PyBool.True, I(1)).Should().BeTrue();
        C(CompareOperator.Lt, PyBool.False, F(0.5)).Should().BeTrue();
        C(CompareOperator.Lt, I(-1), F(-0.5)).Should().BeTrue();
        C(CompareOperator.Lt, Big("-100000000000000000000"), F(-1e19)).Should().BeTrue();
    }

    [Fact]
    public void Containers()
    {
        C(CompareOperator.Lt, L(I(1), I(2)), L(I(1), I(2), I(3))).Should().BeTrue();
        C(CompareOperator.Lt, T(I(1), I(2)), T(I(1), I(3))).Should().BeTrue();
        C(CompareOperator.Lt, S("abc"), S("abd")).Should().BeTrue();
        C(CompareOperator.Eq, L(I(1), L(I(2))), L(I(1), L(I(2)))).Should().BeTrue();
        C(CompareOperator.Lt, Set(1, 2), Set(1, 2, 3)).Should().BeTrue();
        C(CompareOperator.Le, Set(1, 4), Set(1, 2, 3)).Should().BeFalse();
        var d1 = new PyDict(); d1.SetItem(I(1), I(2));
        var d2 = new PyDict(); d2.SetItem(I(1), I(2));
        var d3 = new PyDict(); d3.SetItem(I(1), I(3));
        C(CompareOperator.Eq, d1, d2).Should().BeTrue();
        C(CompareOperator.Eq, d1, d3).Should().BeFalse();
        C(CompareOperator.Eq, PyNone.Instance, PyNone.Instance).Should().BeTrue();
        C(CompareOperator.Eq, PyNone.Instance, I(0)).Should().BeFalse();
        var nan = F(double.NaN);
        C(CompareOperator.Eq, L(nan), L(nan)).Should().BeTrue(); // identity shortcut
    }

    [Fact]
    public void OrderingErrors()
    {
        Error(() => Ops.Compare(CompareOperator.Lt, I(1), S("a"))).Should().Be("TypeError: '<' not supported between instances of 'int' and 'str'");
        Error(() => Ops.Compare(CompareOperator.Lt, L(), T())).Should().Be("TypeError: '<' not supported between instances of 'list' and 'tuple'");
        Error(() => Ops.Compare(CompareOperator.Lt, new PyDict(), new PyDict())).Should().Be("TypeError: '<' not supported between instances of 'dict' and 'dict'");
        Error(() => Ops.Compare(CompareOperator.Ge, Set(1), L())).Should().Be("TypeError: '>=' not supported between instances of 'set' and 'list'");
    }

    [Fact]
    public void UserComparisons()
    {
        var a = Class("A");
        var b = Class("B");
        var x = Ops.Call(a, ReadOnlySpan<PyObject>.Empty);
        var y = Ops.Call(b, ReadOnlySpan<PyObject>.Empty);
        C(CompareOperator.Eq, x, x).Should().BeTrue();
        C(CompareOperator.Eq, x, y).Should().BeFalse();
        C(CompareOperator.Ne, x, y).Should().BeTrue();
        Error(() => Ops.Compare(CompareOperator.Lt, x, y)).Should().Be("TypeError: '<' not supported between instances of 'A' and 'B'");
        Def(b, "__gt__", 2, s => S("B.gt"));
        Ops.Repr(Ops.Compare(CompareOperator.Lt, x, y)).Should().Be("'B.gt'");
        // same type: a > b falls back to b < a
        var c = Class("C");
        Def(c, "__lt__", 2, s => S("C.lt"));
        var c1 = Ops.Call(c, ReadOnlySpan<PyObject>.Empty);
        var c2 = Ops.Call(c, ReadOnlySpan<PyObject>.Empty);
        Ops.Repr(Ops.Compare(CompareOperator.Gt, c1, c2)).Should().Be("'C.lt'");
        Error(() => Ops.Compare(CompareOperator.Le, c1, c2)).Should().Be("TypeError: '<=' not supported between instances of 'C' and 'C'");
        Def(a, "__eq__", 2, s => PyBool.True);
        C(CompareOperator.Eq, x, I(5)).Should().BeTrue();
        C(CompareOperator.Ne, x, I(5)).Should().BeFalse();
        Error(() => Ops.Hash(x)).Should().Be("TypeError: unhashable type: 'A'");
        Ops.Hash(y).Should().Be(Ops.Hash(y));
    }
}
