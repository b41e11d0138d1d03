using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

/// <summary>Classes derived from built-in value types (PyDerivedInstance), checked against what
/// CPython 3.11 prints for the same operations.</summary>
public class BuiltinSubclassTests : IDisposable
{
    private readonly IDisposable _scope = new PyContext().Enter();

    public void Dispose() => _scope.Dispose();

    private static readonly PyObject[] NoArgs = Array.Empty<PyObject>();

    public BuiltinSubclassTests() => global::PyDbg.Vm.Runtime.Builtins.EnsureInitialized();

    [Fact]
    public void ListSubclassCarriesAListAndUsesItsMethods()
    {
        var stack = Class("Stack", PyType.List);
        stack.BuiltinBase.Should().BeSameAs(PyType.List);
        var s = Ops.Call(stack, new PyObject[] { L(I(1), I(2)) });
        s.Should().BeOfType<PyDerivedInstance>();
        Ops.CallMethod(s, "append", I(3));
        Ops.Repr(s).Should().Be("[1, 2, 3]");
        Ops.Str(s).Should().Be("[1, 2, 3]");
        Ops.Len(s).Should().Be(3);
        Ops.Repr(Ops.CallMethod(s, "pop")).Should().Be("3");
        Ops.Eq(s, L(I(1), I(2))).Should().BeTrue();
        Ops.Eq(L(I(1), I(2)), s).Should().BeTrue();
        Ops.Contains(s, I(2)).Should().BeTrue();
        s.Type.Should().BeSameAs(stack);
        Error(() => Ops.Hash(s)).Should().Be("TypeError: unhashable type: 'Stack'");
        // in-place += keeps the instance (and its class)
        var r = Ops.BinaryOp(BinaryOperator.InplaceAdd, s, L(I(9)));
        r.Should().BeSameAs(s);
        Ops.Repr(s).Should().Be("[1, 2, 9]");
        // + makes a plain list, as in CPython
        Ops.BinaryOp(BinaryOperator.Add, s, L(I(0))).Should().BeOfType<PyList>();
    }

    [Fact]
    public void PlainListsStayNative()
    {
        var l = Ops.Call(PyType.List, new PyObject[] { T(I(1)) });
        l.Should().BeOfType<PyList>();
        PyType.List.BuiltinBase.Should().BeNull();
        Class("Plain").BuiltinBase.Should().BeNull();
    }

    [Fact]
    public void DictSubclassCallsMissing()
    {
        var counter = Class("Counter", PyType.Dict_);
        Def(counter, "__missing__", 2, a => I(0));
        var c = Ops.Call(counter, NoArgs);
        Ops.Repr(Ops.GetItem(c, S("z"))).Should().Be("0");
        Ops.SetItem(c, S("a"), I(1));
        Ops.Repr(c).Should().Be("{'a': 1}");
        Ops.Contains(c, S("z")).Should().BeFalse();
        Ops.Repr(Ops.CallMethod(c, "get", S("z"))).Should().Be("None");
        // without __missing__ the KeyError stays
        var plain = Ops.Call(Class("D", PyType.Dict_), NoArgs);
        Error(() => Ops.GetItem(plain, S("k"))).Should().Be("KeyError: 'k'");
    }

    [Fact]
    public void IntSubclassArithmeticReturnsInt()
    {
        var pos = Class("Pos", PyType.Int);
        var p = Ops.Call(pos, new PyObject[] { I(5) });
        var sum = Ops.BinaryOp(BinaryOperator.Add, p, I(1));
        sum.Should().BeOfType<PyInt>();
        Ops.Repr(sum).Should().Be("6");
        Ops.Repr(Ops.BinaryOp(BinaryOperator.Add, I(1), p)).Should().Be("6");
        Ops.Repr(p).Should().Be("5");
        Ops.Hash(p).Should().Be(5);
        Ops.Index(p).Should().Be(5);
        Ops.CompareBool(CompareOperator.Gt, p, I(3)).Should().BeTrue();
        Ops.Format(p, "03d").Should().Be("005");
        Error(() => Ops.Call(pos, new PyObject[] { S("x") })).Should().Be("ValueError: invalid literal for int() with base 10: 'x'");
    }

    [Fact]
    public void StrAndTupleSubclasses()
    {
        var upper = Class("Upper", PyType.Str);
        var u = Ops.Call(upper, new PyObject[] { S("hey") });
        Ops.Repr(u).Should().Be("'hey'");
        Ops.Repr(Ops.CallMethod(u, "upper")).Should().Be("'HEY'");
        Ops.Repr(Ops.BinaryOp(BinaryOperator.Add, u, S("!"))).Should().Be("'hey!'");
        Ops.Hash(u).Should().Be(Ops.Hash(S("hey")));
        var point = Class("Point", PyType.Tuple);
        var newFn = Ops.GetAttr(PyType.Tuple, "__new__");
        var p = Ops.Call(newFn, new PyObject[] { point, T(I(1), I(2)) });
        p.Type.Should().BeSameAs(point);
        Ops.Repr(p).Should().Be("(1, 2)");
        Ops.Eq(p, T(I(1), I(2))).Should().BeTrue();
        Error(() => Ops.Call(newFn, new PyObject[] { PyType.Int })).Should().Be("TypeError: tuple.__new__(int): int is not a subtype of tuple");
    }

    [Fact]
    public void SetSubclassReprNamesTheClass()
    {
        var tags = Class("Tags", PyType.Set);
        Ops.Repr(Ops.Call(tags, new PyObject[] { L(I(2), I(1)) })).Should().Be("Tags({1, 2})");
        Ops.Repr(Ops.Call(tags, NoArgs)).Should().Be("Tags()");
        Ops.Repr(Ops.Call(Class("F", PyType.FrozenSet), new PyObject[] { L(I(3)) })).Should().Be("F({3})");
    }

    [Fact]
    public void LayoutConflictIsATypeError()
    {
        Error(() => Class("Both", PyType.Int, PyType.Str)).Should().Be("TypeError: multiple bases have instance lay-out conflict");
    }
}
