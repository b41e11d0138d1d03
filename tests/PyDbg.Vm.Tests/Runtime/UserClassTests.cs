using PyDbg.Vm.Runtime;
using static PyDbg.Vm.Tests.RuntimeOps.Py;

namespace PyDbg.Vm.Tests.RuntimeOps;

public class UserClassTests
{
    private static readonly PyObject[] NoArgs = Array.Empty<PyObject>();

    [Fact]
    public void InstanceCreationAndInit()
    {
        var a = Class("A");
        Error(() => Ops.Call(a, new PyObject[] { I(1) })).Should().Be("TypeError: A() takes no arguments");
        var b = Class("B");
        Def(b, "__init__", 2, s =>
        {
            Ops.SetAttr(s[0]!, "x", s[1]!);
            return PyNone.Instance;
        });
        var obj = Ops.Call(b, new PyObject[] { I(7) });
        Ops.Repr(Ops.GetAttr(obj, "x")).Should().Be("7");
        var c = Class("C");
        Def(c, "__init__", 1, s => I(1));
        Error(() => Ops.Call(c, NoArgs)).Should().Be("TypeError: __init__() should return None, not 'int'");
        // a subclass inherits __init__
        var d = Class("D", b);
        Ops.Repr(Ops.GetAttr(Ops.Call(d, new PyObject[] { S("q") }), "x")).Should().Be("'q'");
        Ops.Repr(Ops.GetAttr(d, "__mro__")).Should().Be("(<class '__main__.D'>, <class '__main__.B'>, <class 'object'>)");
    }

    [Fact]
    public void AttributesAndMethods()
    {
        var a = Class("A");
        Def(a, "f", 2, s => Ops.BinaryOp(BinaryOperator.Add, s[1]!, I(1)));
        a.Dict["k"] = I(10);
        var obj = Ops.Call(a, NoArgs);
        var bound = Ops.GetAttr(obj, "f");
        bound.Should().BeOfType<PyMethod>();
        Ops.Repr(Ops.Call(bound, new PyObject[] { I(1) })).Should().Be("2");
        var m = Ops.GetMethod(obj, "f", out var unbound);
        unbound.Should().BeTrue();
        Ops.Repr(Ops.Call(m, new[] { obj, I(5) })).Should().Be("6");
        Ops.GetAttr(a, "f").Should().BeAssignableTo<PyFunctionBase>();
        Ops.Repr(Ops.GetAttr(obj, "k")).Should().Be("10");
        Ops.SetAttr(obj, "k", I(11));
        Ops.Repr(Ops.GetAttr(obj, "k")).Should().Be("11");
        Ops.Repr(Ops.GetAttr(a, "k")).Should().Be("10");
        Ops.DelAttr(obj, "k");
        Ops.Repr(Ops.GetAttr(obj, "k")).Should().Be("10");
        Error(() => Ops.GetAttr(obj, "zz")).Should().Be("AttributeError: 'A' object has no attribute 'zz'");
        Error(() => Ops.GetAttr(a, "zz")).Should().Be("AttributeError: type object 'A' has no attribute 'zz'");
        Error(() => Ops.GetAttr(I(1), "foo")).Should().Be("AttributeError: 'int' object has no attribute 'foo'");
        Error(() => Ops.SetAttr(I(1), "foo", I(2))).Should().Be("AttributeError: 'int' object has no attribute 'foo'");
        Error(() => Ops.SetAttr(PyType.Int, "x", I(2))).Should().Be("TypeError: cannot set 'x' attribute of immutable type 'int'");
        Ops.TryGetAttr(obj, "zz", out _).Should().BeFalse();
        Ops.Repr(Ops.GetAttr(a, "__name__")).Should().Be("'A'");
        Ops.Repr(Ops.GetAttr(I(5), "denominator")).Should().Be("1");
        Ops.Repr(Ops.GetAttr(F(1.5), "imag")).Should().Be("0.0");
        Ops.GetAttr(obj, "__class__").Should().BeSameAs(a);
    }

    [Fact]
    public void GetattrFallbackAndDescriptors()
    {
        var a = Class("A");
        Def(a, "__getattr__", 2, s => Ops.BinaryOp(BinaryOperator.Add, S("dyn-"), s[1]!));
        var getter = TestFunction.Positional("x", 1, s => I(42));
        a.Dict["x"] = new PyProperty(getter);
        a.Dict["sm"] = new PyStaticMethod(TestFunction.Positional("sm", 1, s => s[0]!));
        a.Dict["cm"] = new PyClassMethod(TestFunction.Positional("cm", 1, s => s[0]!));
        var obj = Ops.Call(a, NoArgs);
        Ops.Repr(Ops.GetAttr(obj, "anything")).Should().Be("'dyn-anything'");
        Ops.Repr(Ops.GetAttr(obj, "x")).Should().Be("42");
        Error(() => Ops.SetAttr(obj, "x", I(1))).Should().Be("AttributeError: property 'x' of 'A' object has no setter");
        Ops.Call(Ops.GetAttr(obj, "sm"), new PyObject[] { I(3) }).Should().BeSameAs(I(3));
        Ops.Call(Ops.GetAttr(obj, "cm"), NoArgs).Should().BeSameAs(a);
        Ops.Call(Ops.GetAttr(a, "cm"), NoArgs).Should().BeSameAs(a);
    }

    [Fact]
    public void SpecialMethodsDriveProtocols()
    {
        var a = Class("Box");
        Def(a, "__len__", 1, s => I(3));
        Def(a, "__getitem__", 2, s =>
        {
            var i = Ops.Index(s[1]!);
            if (i >= 3) throw PyExc.IndexErr("out");
            return I(i * 10);
        });
        Def(a, "__call__", 2, s => Ops.BinaryOp(BinaryOperator.Multiply, s[1]!, I(2)));
        var obj = Ops.Call(a, NoArgs);
        Ops.Len(obj).Should().Be(3);
        Ops.IsTrue(obj).Should().BeTrue();
        Ops.Repr(new PyList(Ops.ToList(obj))).Should().Be("[0, 10, 20]");
        Ops.Contains(obj, I(20)).Should().BeTrue();
        Ops.Repr(Ops.Call(obj, new PyObject[] { I(21) })).Should().Be("42");
        Error(() => Ops.Call(I(1), NoArgs)).Should().Be("TypeError: 'int' object is not callable");

        var it = Class("Counter");
        Def(it, "__iter__", 1, s => s[0]!);
        var n = 0;
        Def(it, "__next__", 1, s =>
        {
            if (n >= 2) throw new PyException(new PyBaseException(PyExc.StopIteration, PyTuple.Empty));
            return I(n++);
        });
        var counter = Ops.Call(it, NoArgs);
        Ops.GetIter(counter).Should().BeSameAs(counter);
        Ops.Repr(new PyList(Ops.ToList(counter))).Should().Be("[0, 1]");
    }

    [Fact]
    public void ExceptionClasses()
    {
        var e = Class("E", PyExc.Exception);
        var inst = Ops.Call(e, new PyObject[] { S("a") });
        inst.Should().BeAssignableTo<PyBaseException>();
        Ops.Repr(inst).Should().Be("E('a')");
        Ops.Str(Ops.Call(e, new PyObject[] { S("a"), I(2) })).Should().Be("('a', 2)");
        Error(() => Ops.Call(e, new PyObject[] { I(1) }, new[] { "x" })).Should().Be("TypeError: E() takes no keyword arguments");
        Ops.Repr(Ops.GetAttr(inst, "args")).Should().Be("('a',)");
        var f = Class("F", PyExc.Exception);
        Def(f, "__init__", 2, s =>
        {
            var init = Ops.GetAttr(PyExc.Exception, "__init__");
            Ops.Call(init, new[] { s[0]!, Ops.BinaryOp(BinaryOperator.Add, S("msg: "), s[1]!) });
            Ops.SetAttr(s[0]!, "code", s[1]!);
            return PyNone.Instance;
        });
        var fi = Ops.Call(f, new PyObject[] { S("x") });
        Ops.Str(fi).Should().Be("msg: x");
        Ops.Repr(Ops.GetAttr(fi, "code")).Should().Be("'x'");
    }

    [Fact]
    public void MethodDescriptors()
    {
        var t = new PyType("thing", new[] { PyType.Object });
        t.Dict["up"] = new PyMethodDescriptor(PyType.Str, "upper", (self, args, kw) => new PyStr(((PyStr)self).Value.ToUpperInvariant()));
        var d = (PyMethodDescriptor)t.Dict["up"];
        Ops.Repr(Ops.Call(d, new PyObject[] { S("ab") })).Should().Be("'AB'");
        Error(() => Ops.Call(d, NoArgs)).Should().Be("TypeError: unbound method str.upper() needs an argument");
        Error(() => Ops.Call(d, new PyObject[] { I(1) })).Should().Be("TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
    }
}

public class SuperTests
{
    [Fact]
    public void SuperFindsTheNextClassInTheMro()
    {
        var a = Class("A");
        Def(a, "who", 1, s => S("A.who"));
        var b = Class("B", a);
        Def(b, "who", 1, s => S("B.who"));
        var c = Class("C", b);
        var obj = Ops.Call(c, Array.Empty<PyObject>());
        var sup = new PySuper(b, obj);
        Ops.Repr(Ops.Call(Ops.GetAttr(sup, "who"), Array.Empty<PyObject>())).Should().Be("'A.who'");
        Ops.Repr(Ops.Call(Ops.GetAttr(new PySuper(c, obj), "who"), Array.Empty<PyObject>())).Should().Be("'B.who'");
        // object.__init__ and BaseException.__init__ are reachable through super
        Ops.Call(Ops.GetAttr(new PySuper(a, obj), "__init__"), Array.Empty<PyObject>()).Should().BeSameAs(PyNone.Instance);
        var e = Class("E", PyExc.ValueError);
        var inst = Ops.Call(e, new PyObject[] { S("x") });
        Ops.Call(Ops.GetAttr(new PySuper(e, inst), "__init__"), new PyObject[] { S("changed") });
        Ops.Str(inst).Should().Be("changed");
        Error(() => Ops.GetAttr(sup, "nope")).Should().Be("AttributeError: 'super' object has no attribute 'nope'");
        // super().__new__(cls) in a __new__
        var created = Ops.Call(Ops.GetAttr(new PySuper(c, c), "__new__"), new PyObject[] { c });
        created.Type.Should().BeSameAs(c);
    }
}

public class CoreDunderTests
{
    [Fact]
    public void BuiltinTypesExposeTheirSpecialMethods()
    {
        Ops.Repr(Ops.CallMethod(L(I(1), I(2), I(3)), "__len__")).Should().Be("3");
        Ops.Repr(Ops.Call(Ops.GetAttr(PyType.Int, "__add__"), new PyObject[] { I(1), I(2) })).Should().Be("3");
        Ops.CallMethod(I(1), "__add__", S("a")).Should().BeSameAs(PyNotImplemented.Instance);
        Ops.Repr(Ops.CallMethod(I(3), "__rsub__", I(10))).Should().Be("7");
        Ops.Repr(Ops.CallMethod(S("ab"), "__contains__", S("a"))).Should().Be("True");
        Ops.Repr(Ops.CallMethod(F(1.5), "__lt__", I(2))).Should().Be("True");
        Ops.Repr(Ops.CallMethod(T(I(1), I(2)), "__getitem__", I(-1))).Should().Be("2");
        Ops.GetAttr(PyType.List, "__hash__").Should().BeSameAs(PyNone.Instance);
        // a user class inheriting object's __eq__ still compares by identity
        var a = Class("A");
        var x = Ops.Call(a, ReadOnlySpan<PyObject>.Empty);
        Ops.CallMethod(x, "__eq__", x).Should().BeSameAs(PyBool.True);
        Ops.CallMethod(x, "__eq__", I(1)).Should().BeSameAs(PyNotImplemented.Instance);
        // and Ops does not dispatch to the native dunders (no recursion, same results)
        Ops.Repr(Ops.BinaryOp(BinaryOperator.Add, I(1), I(2))).Should().Be("3");
        Error(() => Ops.BinaryOp(BinaryOperator.Add, I(1), S("a"))).Should().Be("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    }
}
