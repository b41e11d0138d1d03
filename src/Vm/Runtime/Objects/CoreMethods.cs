namespace PyDbg.Vm.Runtime;

/// <summary>The few methods of object and BaseException that Python code reaches explicitly
/// (super().__init__(msg), object.__setattr__(self, n, v), object.__new__(cls), ...).</summary>
internal static class CoreMethods
{
    private static void M(PyType t, string name, BuiltinMethodFunc f) => t.Dict[name] = new PyMethodDescriptor(t, name, f);

    public static void Register()
    {
        var o = PyType.Object;
        M(o, "__init__", (self, args, kw) => PyNone.Instance);
        o.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls)
                throw PyExc.TypeErr("object.__new__(X): X is not a type object");
            return Ops.CreateInstance(cls, args.Slice(1));
        }));
        M(o, "__repr__", (self, args, kw) => new PyStr(Ops.DefaultRepr(self)));
        M(o, "__str__", (self, args, kw) => new PyStr(Ops.Repr(self)));
        M(o, "__eq__", (self, args, kw) => ReferenceEquals(self, args[0]) ? PyBool.True : PyNotImplemented.Instance);
        M(o, "__ne__", (self, args, kw) =>
        {
            var r = Ops.Compare(CompareOperator.Eq, self, args[0]);
            return r is PyNotImplemented ? r : PyBool.From(!Ops.IsTrue(r));
        });
        M(o, "__hash__", (self, args, kw) => PyInt.From(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self)));
        M(o, "__setattr__", (self, args, kw) =>
        {
            Ops.GenericSetAttr(self, NameArg(args, 0), args[1]);
            return PyNone.Instance;
        });
        M(o, "__delattr__", (self, args, kw) =>
        {
            Ops.GenericDelAttr(self, NameArg(args, 0));
            return PyNone.Instance;
        });
        M(o, "__getattribute__", (self, args, kw) => Ops.GenericGetAttr(self, NameArg(args, 0), true)!);

        var be = PyExc.BaseException;
        M(be, "__init__", (self, args, kw) =>
        {
            if (self is PyOSError ose) ose.Parse(new PyTuple(args.ToArray()));
            else if (self is PyBaseException e) e.Args = new PyTuple(args.ToArray());
            return PyNone.Instance;
        });
        be.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls)
                throw PyExc.TypeErr("BaseException.__new__(X): X is not a type object");
            return Ops.CreateInstance(cls, args.Slice(1));
        }));
        M(be, "__str__", (self, args, kw) => new PyStr(self is PyBaseException e ? e.MessageText : Ops.Repr(self)));
        M(be, "__repr__", (self, args, kw) => new PyStr(Ops.ExceptionRepr((PyBaseException)self)));
        M(be, "with_traceback", (self, args, kw) => self);

        RegisterRange();
        CoreDunders.Register();
        RegisterSlice();

    }

    private static PyObject OneArg(string method, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw PyExc.TypeErr($"{method}() takes no keyword arguments");
        if (args.Length != 1) throw PyExc.TypeErr($"{method}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    private static void RegisterRange()
    {
        var t = PyType.Range;
        M(t, "count", (self, args, kw) =>
        {
            var x = OneArg("range.count", args, kw);
            var r = (PyRange)self;
            if (x is PyInt or PyBool) return PyInt.From(Ops.Contains(r, x) ? 1 : 0);
            long n = 0;
            var it = Ops.GetIter(r);
            while (Ops.TryNext(it, out var v)) if (Ops.Eq(v, x)) n++;
            return PyInt.From(n);
        });
        M(t, "index", (self, args, kw) =>
        {
            var x = OneArg("range.index", args, kw);
            var r = (PyRange)self;
            if (x is PyInt xi)
            {
                if (!Ops.Contains(r, x)) throw PyExc.ValueErr($"{Ops.Repr(x)} is not in range");
                return PyInt.From((xi.Small - r.Start) / r.Step);
            }
            long i = 0;
            var it = Ops.GetIter(r);
            while (Ops.TryNext(it, out var v))
            {
                if (Ops.Eq(v, x)) return PyInt.From(i);
                i++;
            }
            throw PyExc.ValueErr("sequence.index(x): x not in sequence");
        });
    }

    private static void RegisterSlice()
    {
        M(PyType.Slice, "indices", (self, args, kw) =>
        {
            var n = OneArg("slice.indices", args, kw);
            var len = Ops.Index(n);
            if (len < 0) throw PyExc.ValueErr("length should not be negative");
            var (start, stop, step, _) = Ops.SliceIndices((PySlice)self, len);
            return PyTuple.Of(PyInt.From(start), PyInt.From(stop), PyInt.From(step));
        });
    }

    private static string NameArg(ReadOnlySpan<PyObject> args, int i)
    {
        if (args.Length <= i) throw PyExc.TypeErr("expected an attribute name");
        if (args[i] is PyStr s) return s.Value;
        throw PyExc.TypeErr($"attribute name must be string, not '{Ops.TypeName(args[i])}'");
    }
}
