using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Tests.Builtins;

/// <summary>list/tuple/dict/set methods; expected reprs are CPython 3.11's output.</summary>
public class CollectionMethodsTests : BuiltinsTestBase
{
    private static string R(PyObject o) => Ops.Repr(o);

    private static PyObject Ctor(PyType t, params PyObject[] args) => t.NativeConstructor!(args, null);

    [Fact]
    public void ListMethods()
    {
        var l = L(I(3), I(1), I(2));
        M(l, "append", I(4));
        M(l, "insert", I(0), I(9));
        M(l, "insert", I(-1), I(7));
        M(l, "insert", I(100), I(8));
        R(l).Should().Be("[9, 3, 1, 2, 7, 4, 8]");
        R(M(l, "pop")).Should().Be("8");
        R(M(l, "pop", I(0))).Should().Be("9");
        R(l).Should().Be("[3, 1, 2, 7, 4]");
        R(M(l, "index", I(2))).Should().Be("2");
        R(M(l, "count", I(1))).Should().Be("1");
        M(l, "remove", I(1));
        R(l).Should().Be("[3, 2, 7, 4]");
        M(l, "extend", T(I(5), I(6)));
        M(l, "reverse");
        R(l).Should().Be("[6, 5, 4, 7, 2, 3]");
        M(l, "sort");
        R(l).Should().Be("[2, 3, 4, 5, 6, 7]");
        R(M(l, "copy")).Should().Be("[2, 3, 4, 5, 6, 7]");
        R(M(l, "index", I(5), I(1), I(4))).Should().Be("3");
        M(l, "clear");
        R(l).Should().Be("[]");
    }

    [Fact]
    public void ListErrors()
    {
        Raises(() => M(L(I(1), I(2)), "index", I(2), I(0), I(1))).Should().Be("ValueError: 2 is not in list");
        Raises(() => M(L(S("a")), "index", S("b"))).Should().Be("ValueError: 'b' is not in list");
        Raises(() => M(L(), "pop")).Should().Be("IndexError: pop from empty list");
        Raises(() => M(L(I(1)), "pop", I(5))).Should().Be("IndexError: pop index out of range");
        Raises(() => M(L(I(1)), "pop", I(1), I(2))).Should().Be("TypeError: pop expected at most 1 argument, got 2");
        Raises(() => M(L(), "remove", I(3))).Should().Be("ValueError: list.remove(x): x not in list");
        Raises(() => M(L(), "append")).Should().Be("TypeError: list.append() takes exactly one argument (0 given)");
        Raises(() => M(L(), "insert", I(1))).Should().Be("TypeError: insert expected 2 arguments, got 1");
        Raises(() => M(L(), "insert", S("a"), I(1))).Should().Be("TypeError: 'str' object cannot be interpreted as an integer");
        Raises(() => M(L(), "sort", I(1))).Should().Be("TypeError: sort() takes no positional arguments");
        Raises(() => MK(L(), "sort", new PyObject[] { PyNone.Instance, I(2) }, new[] { "key", "x" }))
            .Should().Be("TypeError: 'x' is an invalid keyword argument for sort()");
        Raises(() => M(L(I(1), S("a")), "sort")).Should().Be("TypeError: '<' not supported between instances of 'str' and 'int'");
    }

    [Fact]
    public void ListSortWithKeyAndReverse()
    {
        var l = L(S("ccc"), S("a"), S("bb"), S("dd"));
        var len = global::PyDbg.Vm.Runtime.Builtins.Function("len")!;
        MK(l, "sort", new PyObject[] { len }, new[] { "key" });
        R(l).Should().Be("['a', 'bb', 'dd', 'ccc']");
        MK(l, "sort", new PyObject[] { len, PyBool.True }, new[] { "key", "reverse" });
        R(l).Should().Be("['ccc', 'bb', 'dd', 'a']");
    }

    [Fact]
    public void TupleMethods()
    {
        R(M(T(I(1), I(2), I(1)), "count", I(1))).Should().Be("2");
        R(M(T(I(1), I(2), I(1)), "index", I(2))).Should().Be("1");
        Raises(() => M(T(I(1)), "index", I(2))).Should().Be("ValueError: tuple.index(x): x not in tuple");
        Raises(() => M(T(I(1)), "count")).Should().Be("TypeError: tuple.count() takes exactly one argument (0 given)");
    }

    [Fact]
    public void DictMethods()
    {
        var d = new PyDict();
        d.SetItem(S("a"), I(1));
        R(M(d, "get", S("a"))).Should().Be("1");
        R(M(d, "get", S("b"))).Should().Be("None");
        R(M(d, "get", S("b"), I(0))).Should().Be("0");
        R(M(d, "setdefault", S("b"), I(2))).Should().Be("2");
        R(M(d, "setdefault", S("a"), I(5))).Should().Be("1");
        R(d).Should().Be("{'a': 1, 'b': 2}");
        R(M(d, "pop", S("a"))).Should().Be("1");
        R(M(d, "pop", S("z"), PyNone.Instance)).Should().Be("None");
        var other = new PyDict();
        other.SetItem(S("x"), I(1));
        MK(d, "update", new PyObject[] { other, I(2) }, new[] { "y" });
        M(d, "update", L(T(S("z"), I(3))));
        R(d).Should().Be("{'b': 2, 'x': 1, 'y': 2, 'z': 3}");
        R(M(d, "popitem")).Should().Be("('z', 3)");
        R(M(d, "copy")).Should().Be("{'b': 2, 'x': 1, 'y': 2}");
        // dict.fromkeys is a classmethod (a subclass gets instances of itself)
        PyType.Dict_.Dict["fromkeys"].Should().BeOfType<PyClassMethod>();
        var fromkeys = Ops.GetAttr(PyType.Dict_, "fromkeys");
        R(Ops.Call(fromkeys, new PyObject[] { S("ab"), I(0) })).Should().Be("{'a': 0, 'b': 0}");
        R(Ops.Call(fromkeys, new PyObject[] { L(I(1), I(2)) })).Should().Be("{1: None, 2: None}");
        M(d, "clear");
        R(d).Should().Be("{}");
    }

    [Fact]
    public void DictErrorsAndConstructor()
    {
        Raises(() => M(new PyDict(), "pop", S("k"))).Should().Be("KeyError: k");
        Raises(() => M(new PyDict(), "popitem")).Should().Be("KeyError: popitem(): dictionary is empty");
        Raises(() => M(new PyDict(), "get")).Should().Be("TypeError: get expected at least 1 argument, got 0");
        Raises(() => Ctor(PyType.Dict_, L(T(I(1), I(2), I(3)))))
            .Should().Be("ValueError: dictionary update sequence element #0 has length 3; 2 is required");
        Raises(() => Ctor(PyType.Dict_, L(I(1)))).Should().Be("TypeError: cannot convert dictionary update sequence element #0 to a sequence");
        R(Ctor(PyType.Dict_, L(T(S("a"), I(1)), L(S("b"), I(2)), S("cd")))).Should().Be("{'a': 1, 'b': 2, 'c': 'd'}");
        var src = new PyDict();
        src.SetItem(S("a"), I(1));
        R(PyType.Dict_.NativeConstructor!(new PyObject[] { src, I(2) }, new[] { "b" })).Should().Be("{'a': 1, 'b': 2}");
    }

    [Fact]
    public void DictViews()
    {
        var d = new PyDict();
        d.SetItem(S("a"), I(1));
        d.SetItem(S("b"), I(2));
        R(M(d, "keys")).Should().Be("dict_keys(['a', 'b'])");
        R(M(d, "values")).Should().Be("dict_values([1, 2])");
        R(M(d, "items")).Should().Be("dict_items([('a', 1), ('b', 2)])");
    }

    private static PySet Set(params long[] xs)
    {
        var s = new PySet();
        foreach (var x in xs) s.Add(I(x));
        return s;
    }

    [Fact]
    public void SetMethods()
    {
        var s = Set(1, 2, 3);
        var t = Set(3, 4);
        R(M(s, "union", t)).Should().Be("{1, 2, 3, 4}");
        R(M(s, "intersection", t)).Should().Be("{3}");
        R(M(s, "difference", t)).Should().Be("{1, 2}");
        R(M(s, "symmetric_difference", t)).Should().Be("{1, 2, 4}");
        R(M(s, "isdisjoint", t)).Should().Be("False");
        R(M(Set(1), "issubset", s)).Should().Be("True");
        R(M(s, "issuperset", Set(1, 2))).Should().Be("True");
        R(M(s, "union", L(I(5)), L(I(6)))).Should().Be("{1, 2, 3, 5, 6}");
        M(s, "add", I(9));
        M(s, "discard", I(100));
        M(s, "remove", I(1));
        R(s).Should().Be("{2, 3, 9}");
        R(M(s, "pop")).Should().Be("2");
        R(s).Should().Be("{3, 9}");
        Raises(() => M(s, "remove", I(42))).Should().Be("KeyError: 42");
        Raises(() => M(new PySet(), "pop")).Should().Be("KeyError: pop from an empty set");
        var u = Set(1, 2, 3);
        M(u, "intersection_update", Set(2, 3, 4));
        R(u).Should().Be("{2, 3}");
        M(u, "difference_update", Set(2));
        R(u).Should().Be("{3}");
        M(u, "symmetric_difference_update", Set(3, 5));
        R(u).Should().Be("{5}");
        M(u, "update", L(I(7)), L(I(8)));
        R(u).Should().Be("{5, 7, 8}");
    }

    [Fact]
    public void FrozenSetMethods()
    {
        var f = (PySet)Ctor(PyType.FrozenSet, L(I(1), I(2)));
        var u = M(f, "union", Set(3));
        R(u).Should().Be("frozenset({1, 2, 3})");
        M(f, "copy").Should().BeSameAs(f);
        PyType.FrozenSet.Lookup("add").Should().BeNull();
    }
}
