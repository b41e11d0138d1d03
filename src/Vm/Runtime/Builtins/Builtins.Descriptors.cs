namespace PyDbg.Vm.Runtime;

/// <summary>Constructors of staticmethod, classmethod and property (types defined by the runtime),
/// and property's getter/setter/deleter methods.</summary>
internal static class DescriptorConstructors
{
    private static readonly string[] PropertyNames = { "fget", "fset", "fdel", "doc" };

    public static void Register()
    {
        RuntimeTypes.StaticMethod.NativeConstructor ??= static (a, k) =>
        {
            Arg.Positional("staticmethod", a, k, 1, 1);
            return new PyStaticMethod(a[0]);
        };
        RuntimeTypes.ClassMethod.NativeConstructor ??= static (a, k) =>
        {
            Arg.Positional("classmethod", a, k, 1, 1);
            return new PyClassMethod(a[0]);
        };
        RuntimeTypes.Property.NativeConstructor ??= static (a, k) =>
        {
            var slots = new PyObject?[4];
            Arg.Parse("property", a, k, PropertyNames, 0, slots);
            static PyObject? N(PyObject? o) => o is null or PyNone ? null : o;
            return new PyProperty(N(slots[0]), N(slots[1]), N(slots[2]), slots[3]);
        };
        RuntimeTypes.Super.NativeConstructor ??= static (a, k) =>
        {
            Arg.NoKw("super", k);
            // The engines resolve zero-argument super() into super(__class__, first argument).
            if (a.Length == 0) throw PyExc.Error(PyExc.RuntimeError, "super(): no arguments");
            if (a.Length > 2) throw PyExc.TypeErr($"super() takes at most 2 arguments ({a.Length} given)");
            if (a[0] is not PyType cls) throw PyExc.TypeErr($"super() argument 1 must be a type, not {a[0].Type.Name}");
            if (a.Length == 1) throw PyExc.TypeErr("super() with one argument is not supported");
            return new PySuper(cls, a[1]);
        };
        var pt = RuntimeTypes.Property;
        if (!pt.Dict.ContainsKey("setter"))
        {
            Builtins.Method(pt, "getter", static (self, a, k) => ((PyProperty)self).WithGetter(Arg.One("getter", a, k)));
            Builtins.Method(pt, "setter", static (self, a, k) => ((PyProperty)self).WithSetter(Arg.One("setter", a, k)));
            Builtins.Method(pt, "deleter", static (self, a, k) => ((PyProperty)self).WithDeleter(Arg.One("deleter", a, k)));
        }
    }
}
