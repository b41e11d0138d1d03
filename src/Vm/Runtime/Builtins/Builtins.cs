namespace PyDbg.Vm.Runtime;

/// <summary>
/// The builtins namespace: functions (print, len, range, ...), the built-in types under their
/// names (int, str, list, ...; calling them goes through <see cref="PyType.NativeConstructor"/>)
/// and every exception type of <see cref="PyExc"/>.
/// CONTRACT: signature frozen; the builtins owner implements it (split by family into files).
/// </summary>
public static partial class Builtins
{
    public static void Populate(PyDict builtins)
    {
        EnsureInitialized();
        foreach (var f in Functions) builtins.SetItem(f.Name, f);
        foreach (var (name, type) in TypeEntries) builtins.SetItem(name, type);
        foreach (var t in ExceptionTypes) builtins.SetItem(t.Name, t);
        builtins.SetItem("IOError", PyExc.OSError);
        builtins.SetItem("EnvironmentError", PyExc.OSError);
        builtins.SetItem("None", PyNone.Instance);
        builtins.SetItem("True", PyBool.True);
        builtins.SetItem("False", PyBool.False);
        builtins.SetItem("Ellipsis", PyEllipsis.Instance);
        builtins.SetItem("NotImplemented", PyNotImplemented.Instance);
        builtins.SetItem("__name__", PyStr.From("builtins"));
    }

    /// <summary>Registers the methods of the built-in types (str.upper, list.append, ...) and their
    /// constructors. Idempotent and thread-safe; Populate calls it. Native code that needs the
    /// methods without a builtins dict may call it directly.</summary>
    public static void EnsureInitialized() => Init.Touch();

    private static class Init
    {
        static Init()
        {
            TypeConstructors.Register();
            StrMethods.Register();
            ListMethods.Register();
            TupleMethods.Register();
            DictMethods.Register();
            SetMethods.Register();
            IntMethods.Register();
            FloatMethods.Register();
            ExceptionConstructors.Register();
            DescriptorConstructors.Register();
            // last: it replaces some of the methods registered above (and by Ops' CoreDunders)
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Ops).TypeHandle);
            BuiltinSubclassing.Register();
        }
        public static void Touch() { }
    }

    private static PyType[]? _exceptionTypes;
    private static PyType[] ExceptionTypes => _exceptionTypes ??= PyExc.All.ToArray();

    private static readonly (string, PyType)[] TypeEntries =
    {
        ("int", PyType.Int), ("float", PyType.Float), ("str", PyType.Str), ("bool", PyType.Bool),
        ("list", PyType.List), ("tuple", PyType.Tuple), ("dict", PyType.Dict_), ("set", PyType.Set),
        ("frozenset", PyType.FrozenSet), ("range", PyType.Range), ("type", PyType.TypeType),
        ("object", PyType.Object), ("slice", PyType.Slice),
        ("enumerate", EnumerateIterator.TypeObject), ("zip", ZipIterator.TypeObject),
        ("map", MapIterator.TypeObject), ("filter", FilterIterator.TypeObject),
        ("reversed", ReversedIterator.TypeObject),
        ("super", RuntimeTypes.Super), ("staticmethod", RuntimeTypes.StaticMethod),
        ("classmethod", RuntimeTypes.ClassMethod), ("property", RuntimeTypes.Property),
    };

    private static PyBuiltinFunction F(string name, BuiltinFunc f) => new(name, f);

    private static readonly PyBuiltinFunction[] Functions = BuildFunctions();

    private static PyBuiltinFunction[] BuildFunctions()
    {
        var list = new List<PyBuiltinFunction>();
        AddIo(list);
        AddNumeric(list);
        AddSequences(list);
        AddIteration(list);
        AddIntrospection(list);
        return list.ToArray();
    }

    /// <summary>The builtin function named <paramref name="name"/> (null when absent); for tests and embedders.</summary>
    public static PyBuiltinFunction? Function(string name)
    {
        foreach (var f in Functions) if (f.Name == name) return f;
        return null;
    }

    /// <summary>Registers a native method in a built-in type's dict.</summary>
    internal static void Method(PyType type, string name, BuiltinMethodFunc f) =>
        type.Dict[name] = new PyMethodDescriptor(type, name, f);
}
