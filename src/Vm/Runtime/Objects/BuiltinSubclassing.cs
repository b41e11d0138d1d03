namespace PyDbg.Vm.Runtime;

/// <summary>
/// What makes the built-in value types subclassable (class Stack(list), class Counter(dict) with
/// __missing__, class Pos(int), class Point(tuple) with __new__): their __new__ and __init__, and the
/// few native methods that behave differently for a subclass instance (<see cref="PyDerivedInstance"/>).
/// Plain built-in values never reach these paths: Ops handles them natively.
/// </summary>
internal static class BuiltinSubclassing
{
    private static readonly PyType[] ValueTypes =
        { PyType.Int, PyType.Float, PyType.Str, PyType.Tuple, PyType.FrozenSet, PyType.List, PyType.Dict_, PyType.Set };

    /// <summary>T.__new__(cls, *args) for a subclass cls of the built-in type T (or object.__new__(cls)):
    /// an empty list/dict/set (its __init__ fills it), or the immutable value T(*args).</summary>
    public static PyObject Create(PyType builtin, PyType cls, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        PyObject value;
        if (ReferenceEquals(builtin, PyType.List)) value = new PyList();
        else if (ReferenceEquals(builtin, PyType.Dict_)) value = new PyDict();
        else if (ReferenceEquals(builtin, PyType.Set)) value = new PySet();
        else value = builtin.NativeConstructor!(args, kw);
        return new PyDerivedInstance(cls, value);
    }

    private static void M(PyType t, string name, BuiltinMethodFunc f, bool takesInstance = false) =>
        t.Dict[name] = new PyMethodDescriptor(t, name, f) { TakesInstance = takesInstance };

    public static void Register()
    {
        foreach (var t in ValueTypes) RegisterNew(t);
        RegisterInit();
        // Only str defines __str__: str() of a list/int subclass falls back to repr() (its own __repr__ if any).
        foreach (var t in new[] { PyType.Int, PyType.Bool, PyType.Float, RuntimeTypes.Complex, PyType.List, PyType.Tuple,
                     PyType.Dict_, PyType.Set, PyType.FrozenSet, PyType.Range })
            t.Dict.Remove("__str__");

        // dict.__getitem__ of a subclass calls its __missing__ for an absent key (collections.Counter's pattern).
        M(PyType.Dict_, "__getitem__", static (self, a, k) =>
        {
            var key = Arg.One("dict.__getitem__", a, k);
            if (Ops.NativeValue(self) is not PyDict d) throw Arg.Descriptor("__getitem__", "dict", self);
            if (d.TryGetValue(key, out var v)) return v;
            if (self is PyDerivedInstance && Ops.LookupSpecial(self.Type, "__missing__") is { } missing)
                return Ops.CallSpecial(missing, self, key);
            throw PyExc.KeyErr(key);
        }, takesInstance: true);

        // repr of a set subclass names the class: MySet({1, 2}), MySet().
        foreach (var t in new[] { PyType.Set, PyType.FrozenSet })
        {
            var owner = t;
            M(t, "__repr__", (self, a, k) =>
            {
                if (self is not PyDerivedInstance { Value: PySet s }) return new PyStr(Ops.Repr(self));
                if (s.Count == 0) return new PyStr(self.Type.Name + "()");
                var r = Ops.Repr(s);
                if (s.IsFrozen) r = r["frozenset(".Length..^1];
                return new PyStr(self.Type.Name + "(" + r + ")");
            }, takesInstance: true);
        }

        // reversed() of a list/dict subclass walks the value (not an overridden __getitem__).
        foreach (var t in new[] { PyType.List, PyType.Dict_ })
            M(t, "__reversed__", static (self, a, k) => ReversedIterator.Construct(new[] { self }, null));

        // In-place operators update the subclass instance's value and return the instance itself.
        Inplace(PyType.List, "__iadd__", BinaryOperator.InplaceAdd);
        Inplace(PyType.List, "__imul__", BinaryOperator.InplaceMultiply);
        Inplace(PyType.Dict_, "__ior__", BinaryOperator.InplaceOr);
        Inplace(PyType.Set, "__ior__", BinaryOperator.InplaceOr);
        Inplace(PyType.Set, "__iand__", BinaryOperator.InplaceAnd);
        Inplace(PyType.Set, "__isub__", BinaryOperator.InplaceSubtract);
        Inplace(PyType.Set, "__ixor__", BinaryOperator.InplaceXor);

        // Conversions and formatting of number/str subclasses (int(p), float(t), f"{p:05d}").
        M(PyType.Int, "__int__", static (self, a, k) => self is PyBool b ? (b.Value ? PyInt.One : PyInt.Zero) : self);
        M(PyType.Int, "__float__", static (self, a, k) => TypeConstructors.ToFloat(self));
        M(PyType.Int, "__trunc__", static (self, a, k) => self is PyBool b ? (b.Value ? PyInt.One : PyInt.Zero) : self);
        M(PyType.Float, "__float__", static (self, a, k) => self);
        M(PyType.Float, "__int__", static (self, a, k) => TypeConstructors.ToInt(self));
        M(PyType.Float, "__trunc__", static (self, a, k) => TypeConstructors.ToInt(self));
        foreach (var t in new[] { PyType.Int, PyType.Float })
        {
            M(t, "__abs__", static (self, a, k) => Builtins.Abs(new[] { self }, null));
            M(t, "__round__", static (self, a, k) =>
            {
                var args = new PyObject[a.Length + 1];
                args[0] = self;
                a.CopyTo(args.AsSpan(1));
                return Builtins.Round(args, k);
            });
            M(t, "__divmod__", static (self, a, k) =>
                Builtins.Divmod(new[] { self, Ops.NativeValue(Arg.One("__divmod__", a, k)) }, null));
            M(t, "__rdivmod__", static (self, a, k) =>
                Builtins.Divmod(new[] { Ops.NativeValue(Arg.One("__rdivmod__", a, k)), self }, null));
        }
        // int.__pow__(self, exp, mod=None): pow(MyInt(3), 2, 5)
        M(PyType.Int, "__pow__", static (self, a, k) =>
        {
            Arg.Positional("__pow__", a, k, 1, 2);
            if (a.Length == 2 && a[1] is not PyNone)
                return Builtins.Pow(new[] { self, Ops.NativeValue(a[0]), Ops.NativeValue(a[1]) }, null);
            return Ops.NativeBinary(BinaryOperator.Power, self, Ops.NativeValue(a[0])) ?? PyNotImplemented.Instance;
        });
        foreach (var t in new[] { PyType.Int, PyType.Float, PyType.Str })
        {
            var owner = t;
            M(t, "__format__", (self, a, k) =>
            {
                var spec = Arg.One(owner.Name + ".__format__", a, k);
                if (spec is not PyStr s) throw PyExc.TypeErr($"__format__() argument must be str, not {spec.Type.Name}");
                // format(x, "") is str(x): a subclass's own __str__/__repr__ shows.
                if (s.Value.Length == 0 && self is PyDerivedInstance) return PyStr.From(Ops.Str(self));
                return PyStr.From(Ops.Format(Ops.NativeValue(self), s.Value));
            }, takesInstance: true);
        }
    }

    private static void Inplace(PyType t, string name, BinaryOperator op) =>
        M(t, name, (self, a, k) =>
        {
            var other = Ops.NativeValue(Arg.One(t.Name + "." + name, a, k));
            var value = Ops.NativeValue(self);
            var r = Ops.BinaryOp(op, value, other);
            return ReferenceEquals(r, value) ? self : r;
        }, takesInstance: true);

    private static void RegisterNew(PyType t)
    {
        t.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var nkw = kw?.Length ?? 0;
            if (args.Length - nkw == 0) throw PyExc.TypeErr($"{t.Name}.__new__(): not enough arguments");
            if (args[0] is not PyType cls)
                throw PyExc.TypeErr($"{t.Name}.__new__(X): X is not a type object ({Ops.TypeName(args[0])})");
            var rest = args.Slice(1);
            if (ReferenceEquals(cls, t))
                return PyType.IsMutableBuiltinBase(t) ? t.NativeConstructor!(ReadOnlySpan<PyObject>.Empty, null) : t.NativeConstructor!(rest, kw);
            if (!cls.IsSubtypeOf(t))
                throw PyExc.TypeErr($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
            if (cls.BuiltinBase is not { } builtin || !cls.IsHeapType)
                throw PyExc.TypeErr($"{t.Name}.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
            return Create(builtin, cls, rest, kw);
        }));
    }

    private static void RegisterInit()
    {
        M(PyType.List, "__init__", static (self, a, k) =>
        {
            if (Ops.NativeValue(self) is not PyList l) throw Arg.Descriptor("__init__", "list", self);
            Arg.Positional("list", a, k, 0, 1);
            var src = a.Length == 1 ? a[0] : null;
            // list(x) with x the list itself: read it before clearing.
            var items = src is not null && ReferenceEquals(Ops.NativeValue(src), l) ? new PyList(l.Items.ToArray()) : src;
            l.Items.Clear();
            if (items is not null) ListMethods.Extend(l, items);
            return PyNone.Instance;
        }, takesInstance: true);
        M(PyType.Dict_, "__init__", static (self, a, k) =>
        {
            if (Ops.NativeValue(self) is not PyDict d) throw Arg.Descriptor("__init__", "dict", self);
            var n = Arg.Pos(a, k);
            Arg.Count("dict", n, 0, 1);
            if (n == 1) DictMethods.Update(d, a[0]);
            if (k is not null)
                for (var i = 0; i < k.Length; i++) d.SetItem(k[i], a[n + i]);
            return PyNone.Instance;
        }, takesInstance: true);
        M(PyType.Set, "__init__", static (self, a, k) =>
        {
            if (Ops.NativeValue(self) is not PySet { IsFrozen: false } s) throw Arg.Descriptor("__init__", "set", self);
            Arg.Positional("set", a, k, 0, 1);
            var src = a.Length == 1 ? a[0] : null;
            if (src is not null && ReferenceEquals(Ops.NativeValue(src), s)) return PyNone.Instance;
            s.Clear();
            if (src is not null) SetMethods.AddAll(s, src);
            return PyNone.Instance;
        }, takesInstance: true);
    }
}
