namespace PyDbg.Vm.Runtime;

/// <summary>
/// Special methods of the built-in types as attributes ([1].__len__(), int.__add__(1, 2),
/// super().__eq__(other)). They delegate to Ops' native implementations; Ops itself never
/// dispatches to them (the types are core-native), so there is no recursion.
/// </summary>
internal static class CoreDunders
{
    private static readonly string[] BinaryNames =
    {
        "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor",
    };
    private static readonly string[] CompareNames = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

    private static void M(PyType t, string name, BuiltinMethodFunc f) =>
        t.Dict.TryAdd(name, new PyMethodDescriptor(t, name, f));

    private static PyObject One(string name, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 1) throw PyExc.TypeErr($"expected 1 argument, got {args.Length}");
        return args[0];
    }

    public static void Register()
    {
        var numbers = new[] { PyType.Int, PyType.Bool, PyType.Float, RuntimeTypes.Complex };
        var containers = new[] { PyType.Str, PyType.List, PyType.Tuple, PyType.Dict_, PyType.Set, PyType.FrozenSet, PyType.Range };
        foreach (var t in numbers) RegisterCommon(t, binary: true);
        foreach (var t in containers)
        {
            RegisterCommon(t, binary: t != PyType.Range);
            M(t, "__len__", (self, a, k) => PyInt.From(Ops.Len(self)));
            M(t, "__contains__", (self, a, k) => PyBool.From(Ops.Contains(self, One("__contains__", a))));
            M(t, "__iter__", (self, a, k) => Ops.GetIter(self));
            if (t != PyType.Set && t != PyType.FrozenSet)
                M(t, "__getitem__", (self, a, k) => Ops.GetItem(self, One("__getitem__", a)));
        }
        foreach (var t in new[] { PyType.List, PyType.Dict_ })
        {
            M(t, "__setitem__", (self, a, k) =>
            {
                if (a.Length != 2) throw PyExc.TypeErr($"expected 2 arguments, got {a.Length}");
                Ops.SetItem(self, a[0], a[1]);
                return PyNone.Instance;
            });
            M(t, "__delitem__", (self, a, k) =>
            {
                Ops.DelItem(self, One("__delitem__", a));
                return PyNone.Instance;
            });
        }
        foreach (var t in new[] { PyType.List, PyType.Dict_, PyType.Set })
            t.Dict.TryAdd("__hash__", PyNone.Instance);
        foreach (var t in numbers)
        {
            M(t, "__neg__", (self, a, k) => Ops.UnaryOp(UnaryOperator.Negative, self));
            M(t, "__pos__", (self, a, k) => Ops.UnaryOp(UnaryOperator.Positive, self));
        }
        M(PyType.Int, "__invert__", (self, a, k) => Ops.UnaryOp(UnaryOperator.Invert, self));
        M(PyType.Bool, "__invert__", (self, a, k) => Ops.UnaryOp(UnaryOperator.Invert, self));
        M(PyType.Int, "__index__", (self, a, k) => self is PyBool b ? (b.Value ? PyInt.One : PyInt.Zero) : self);
        M(PyType.Bool, "__index__", (self, a, k) => self is PyBool b ? (b.Value ? PyInt.One : PyInt.Zero) : self);
    }

    private static void RegisterCommon(PyType t, bool binary)
    {
        M(t, "__repr__", (self, a, k) => new PyStr(Ops.Repr(self)));
        M(t, "__str__", (self, a, k) => new PyStr(Ops.Str(self)));
        M(t, "__bool__", (self, a, k) => PyBool.From(Ops.IsTrue(self)));
        if (t != PyType.List && t != PyType.Dict_ && t != PyType.Set)
            M(t, "__hash__", (self, a, k) => PyInt.From(Ops.Hash(self)));
        for (var i = 0; i < CompareNames.Length; i++)
        {
            var op = (CompareOperator)i;
            M(t, CompareNames[i], (self, a, k) => Ops.NativeCompare(op, self, Ops.NativeValue(One(CompareNames[(int)op], a))) ?? PyNotImplemented.Instance);
        }
        if (!binary) return;
        for (var i = 0; i < BinaryNames.Length; i++)
        {
            var op = (BinaryOperator)i;
            var name = BinaryNames[i];
            M(t, "__" + name + "__", (self, a, k) => Ops.NativeBinary(op, self, Ops.NativeValue(One(name, a))) ?? PyNotImplemented.Instance);
            M(t, "__r" + name + "__", (self, a, k) => Ops.NativeBinary(op, Ops.NativeValue(One(name, a)), self) ?? PyNotImplemented.Instance);
        }
    }
}
