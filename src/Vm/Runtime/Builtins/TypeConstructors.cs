namespace PyDbg.Vm.Runtime;

/// <summary>What calling a built-in type does: int("42"), list(x), dict(a=1), range(1, 10, 2), ...</summary>
internal static partial class TypeConstructors
{
    public static void Register()
    {
        PyType.Int.NativeConstructor = Int;
        PyType.Float.NativeConstructor = Float;
        PyType.Str.NativeConstructor = Str;
        PyType.Bool.NativeConstructor = Bool;
        PyType.List.NativeConstructor = List;
        PyType.Tuple.NativeConstructor = Tuple;
        PyType.Dict_.NativeConstructor = Dict;
        PyType.Set.NativeConstructor = Set;
        PyType.FrozenSet.NativeConstructor = FrozenSet;
        PyType.Range.NativeConstructor = Range;
        PyType.Slice.NativeConstructor = Slice;
        PyType.TypeType.NativeConstructor = TypeCall;
        // type.mro(): the class's method resolution order as a list (cls.mro()).
        PyType.TypeType.Dict["mro"] = new PyMethodDescriptor(PyType.TypeType, "mro", static (self, a, k) =>
        {
            if (a.Length != 0 || k is { Length: > 0 }) throw PyExc.TypeErr($"type.mro() takes no arguments ({a.Length} given)");
            var mro = ((PyType)self).Mro;
            var items = new List<PyObject>(mro.Length);
            foreach (var t in mro) items.Add(t);
            return new PyList(items);
        });
        PyType.Object.NativeConstructor = Object;
        RegisterTypeMethods();
        EnumerateIterator.TypeObject.NativeConstructor = EnumerateIterator.Construct;
        ZipIterator.TypeObject.NativeConstructor = ZipIterator.Construct;
        MapIterator.TypeObject.NativeConstructor = MapIterator.Construct;
        FilterIterator.TypeObject.NativeConstructor = FilterIterator.Construct;
        ReversedIterator.TypeObject.NativeConstructor = ReversedIterator.Construct;
        Builtins.Method(PyType.Object, "__format__", static (self, a, k) =>
        {
            var spec = Arg.One("object.__format__", a, k);
            if (spec is not PyStr s) throw PyExc.TypeErr($"__format__() argument must be str, not {spec.Type.Name}");
            if (s.Value.Length != 0)
                throw PyExc.TypeErr($"unsupported format string passed to {self.Type.Name}.__format__");
            return PyStr.From(Ops.Str(self));
        });
    }

    private static readonly string[] StrNames = { "object", "encoding", "errors" };

    public static PyObject Str(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is null)
        {
            if (args.Length == 0) return PyStr.Empty;
            if (args.Length == 1) return args[0] is PyStr s ? s : PyStr.From(Ops.Str(args[0]));
        }
        var slots = new PyObject?[3];
        Arg.Parse("str", args, kw, StrNames, 0, slots);
        if (slots[1] is { } enc && enc is not PyStr)
            throw PyExc.TypeErr($"str() argument 'encoding' must be str, not {enc.Type.Name}");
        if (slots[2] is { } err && err is not PyStr)
            throw PyExc.TypeErr($"str() argument 'errors' must be str, not {err.Type.Name}");
        var o = slots[0];
        if (o is null) return PyStr.Empty;
        if (slots[1] is not null || slots[2] is not null)
            throw PyExc.TypeErr($"decoding to str: need a bytes-like object, {o.Type.Name} found");
        return o is PyStr s2 ? s2 : PyStr.From(Ops.Str(o));
    }

    public static PyObject Bool(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("bool", args, kw, 0, 1);
        return args.Length == 0 ? PyBool.False : PyBool.From(Ops.IsTrue(args[0]));
    }

    public static PyObject List(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("list", args, kw, 0, 1);
        return args.Length == 0 ? new PyList() : Builtins.CopyToList(args[0]);
    }

    public static PyObject Tuple(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("tuple", args, kw, 0, 1);
        if (args.Length == 0) return PyTuple.Empty;
        return ToTuple(args[0]);
    }

    internal static PyTuple ToTuple(PyObject o) => o switch
    {
        PyTuple t => t,
        PyList l => l.Items.Count == 0 ? PyTuple.Empty : new PyTuple(l.Items.ToArray()),
        _ => Ops.ToList(o) is { Count: > 0 } items ? new PyTuple(items.ToArray()) : PyTuple.Empty,
    };

    public static PyObject Dict(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var n = Arg.Pos(args, kw);
        Arg.Count("dict", n, 0, 1);
        var d = new PyDict();
        if (n == 1) DictMethods.Update(d, args[0]);
        if (kw is not null)
            for (var k = 0; k < kw.Length; k++) d.SetItem(kw[k], args[n + k]);
        return d;
    }

    public static PyObject Set(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("set", args, kw, 0, 1);
        var s = new PySet();
        if (args.Length == 1) SetMethods.AddAll(s, args[0]);
        return s;
    }

    public static PyObject FrozenSet(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("frozenset", args, kw, 0, 1);
        if (args.Length == 1 && args[0] is PySet { IsFrozen: true } fs) return fs;
        var s = new PySet(frozen: true);
        if (args.Length == 1) SetMethods.AddAll(s, args[0]);
        return s;
    }

    public static PyObject Range(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("range", args, kw, 1, 3);
        long start = 0, stop, step = 1;
        if (args.Length == 1) stop = RangeArg(args[0]);
        else
        {
            start = RangeArg(args[0]);
            stop = RangeArg(args[1]);
            if (args.Length == 3)
            {
                step = RangeArg(args[2]);
                if (step == 0) throw PyExc.ValueErr("range() arg 3 must not be zero");
            }
        }
        return new PyRange(start, stop, step);
    }

    private static long RangeArg(PyObject o)
    {
        if (o is PyInt i && i.IsSmall) return i.Small;
        var v = Builtins.IndexBig(o);
        if (v > long.MaxValue || v < long.MinValue) throw PyExc.Overflow("Python int too large to convert to C ssize_t");
        return (long)v;
    }

    public static PyObject Slice(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("slice", args, kw, 1, 3);
        var none = PyNone.Instance;
        return args.Length switch
        {
            1 => new PySlice(none, args[0], none),
            2 => new PySlice(args[0], args[1], none),
            _ => new PySlice(args[0], args[1], args[2]),
        };
    }

    public static PyObject Object(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (args.Length != 0) throw PyExc.TypeErr("object() takes no arguments");
        return new PyInstance(PyType.Object);
    }

    public static PyObject TypeCall(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var n = Arg.Pos(args, kw);
        if (n == 1 && kw is null) return args[0].Type;
        if (n != 3) throw PyExc.TypeErr("type() takes 1 or 3 arguments");
        if (args[0] is not PyStr name) throw PyExc.TypeErr($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple bases) throw PyExc.TypeErr($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict dict) throw PyExc.TypeErr($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
        return PyType.CreateHeapType(name.Value, bases.Items, dict);
    }

    /// <summary>type.__new__(metatype, name, bases, ns), type.__init__ and type.__call__ (what a
    /// metaclass derived from type inherits and reaches through super()).</summary>
    private static void RegisterTypeMethods()
    {
        var t = PyType.TypeType;
        t.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, k) =>
        {
            var n = Arg.Pos(a, k);
            if (n == 0 || a[0] is not PyType meta)
                throw PyExc.TypeErr("type.__new__(X): X is not a type object");
            if (!meta.IsSubtypeOf(PyType.TypeType))
                throw PyExc.TypeErr($"type.__new__({meta.Name}): {meta.Name} is not a subtype of type");
            if (n == 2 && k is null) return a[1].Type;
            if (n != 4) throw PyExc.TypeErr("type.__new__() takes exactly 3 arguments (" + (n - 1) + " given)");
            if (a[1] is not PyStr name) throw PyExc.TypeErr($"type.__new__() argument 1 must be str, not {a[1].Type.Name}");
            if (a[2] is not PyTuple bases) throw PyExc.TypeErr($"type.__new__() argument 2 must be tuple, not {a[2].Type.Name}");
            if (a[3] is not PyDict dict) throw PyExc.TypeErr($"type.__new__() argument 3 must be dict, not {a[3].Type.Name}");
            return PyType.CreateHeapType(name.Value, bases.Items, dict, meta);
        }));
        t.Dict["__init__"] = new PyMethodDescriptor(t, "__init__", static (self, a, k) => PyNone.Instance);
        t.Dict["__call__"] = new PyMethodDescriptor(t, "__call__", static (self, a, k) =>
            self is PyType cls ? Ops.CreateAndInit(cls, a, k) : throw Arg.Descriptor("__call__", "type", self));
    }
}
