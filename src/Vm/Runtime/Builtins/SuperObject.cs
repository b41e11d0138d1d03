namespace PyDbg.Vm.Runtime;

/// <summary>
/// super(type, obj): attribute lookup that starts after <c>type</c> in obj's MRO. The engines turn
/// the zero-argument form into super(__class__, first argument). The type is modelled as a heap
/// type with a native __new__ and __getattribute__ so that Ops' generic call and attribute paths
/// reach it without knowing it.
/// </summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyType ThisClass { get; }
    public PyObject Self { get; }
    /// <summary>type(obj), or obj itself when obj is a class (super() inside a classmethod).</summary>
    public PyType SelfType { get; }

    public PySuper(PyType thisClass, PyObject self, PyType selfType)
    {
        ThisClass = thisClass;
        Self = self;
        SelfType = selfType;
    }

    public override PyType Type => TypeObject;

    private static PyType CreateType()
    {
        var t = new PyType("super", new[] { PyType.Object }) { IsHeapType = true };
        t.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (args, kw) =>
        {
            Arg.NoKw("super", kw);
            // args[0] is the super type itself.
            if (args.Length < 3)
                throw PyExc.Error(PyExc.RuntimeError, "super(): no arguments");
            if (args.Length > 3) throw PyExc.TypeErr($"super() takes at most 2 arguments ({args.Length - 1} given)");
            if (args[1] is not PyType cls) throw PyExc.TypeErr($"super() argument 1 must be a type, not {args[1].Type.Name}");
            var obj = args[2];
            PyType selfType;
            if (obj is PyType ot && ot.IsSubtypeOf(cls)) selfType = ot;
            else if (obj.Type.IsSubtypeOf(cls)) selfType = obj.Type;
            else throw PyExc.TypeErr("super(type, obj): obj must be an instance or subtype of type");
            return new PySuper(cls, obj, selfType);
        }));
        t.Dict["__getattribute__"] = new PyMethodDescriptor(t, "__getattribute__", static (self, args, kw) =>
        {
            var s = self as PySuper ?? throw Arg.Descriptor("__getattribute__", "super", self);
            if (args.Length != 1 || args[0] is not PyStr name) throw PyExc.TypeErr("attribute name must be string");
            return s.GetAttribute(name.Value);
        });
        t.Dict["__repr__"] = new PyMethodDescriptor(t, "__repr__", static (self, args, kw) =>
        {
            var s = (PySuper)self;
            return PyStr.From($"<super: <class '{s.ThisClass.Name}'>, <{s.SelfType.Name} object>>");
        });
        return t;
    }

    public PyObject GetAttribute(string name)
    {
        var mro = SelfType.Mro;
        var i = 0;
        while (i < mro.Length && !ReferenceEquals(mro[i], ThisClass)) i++;
        i++;
        if (name != "__class__")
        {
            for (; i < mro.Length; i++)
            {
                if (!mro[i].Dict.TryGetValue(name, out var v)) continue;
                var instance = ReferenceEquals(Self, SelfType) ? null : Self;
                switch (v)
                {
                    case PyFunctionBase:
                        return instance is null ? v : new PyMethod(v, instance);
                    case PyMethodDescriptor d:
                        return instance is null ? v : d.Bind(instance);
                    case PyClassMethod cm:
                        return new PyMethod(cm.Function, SelfType);
                    case PyStaticMethod sm:
                        return sm.Function;
                    case PyProperty p:
                        if (instance is null) return v;
                        if (p.Getter is null) throw PyExc.AttributeErr($"property '{name}' of '{SelfType.Name}' object has no getter");
                        return Ops.Call(p.Getter, new[] { instance });
                }
                if (!v.Type.IsCoreNative && v.Type.Lookup("__get__") is { } get)
                    return Ops.Call(get, new[] { v, instance ?? PyNone.Instance, SelfType });
                return v;
            }
        }
        if (name == "__class__") return TypeObject;
        throw PyExc.AttributeErr($"'super' object has no attribute '{name}'");
    }
}
