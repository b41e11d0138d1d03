namespace PyDbg.Vm.Runtime;

/// <summary>
/// A Python type object: built-in types are static instances created here; user classes
/// (class statements) are further instances. Attributes (methods, class attributes) live in
/// <see cref="Dict"/>; lookup walks <see cref="Mro"/>.
/// </summary>
public sealed partial class PyType : PyObject
{
    public string Name { get; set; }
    /// <summary>The module that defined the type: "builtins" for built-in types.</summary>
    public string Module { get; set; }
    public string QualName { get; set; }
    public PyType[] Bases { get; private set; }
    /// <summary>Method resolution order, starting with this type.</summary>
    public PyType[] Mro { get; private set; }
    public readonly Dictionary<string, PyObject> Dict = new();
    /// <summary>True for types defined by Python code (class statements).</summary>
    public bool IsHeapType { get; init; }
    /// <summary>False for types like bool, NoneType that cannot be subclassed.</summary>
    public bool IsBaseType { get; init; } = true;

    /// <summary>
    /// For built-in types: what calling the type does (int("3"), list(x), ...), with the vectorcall
    /// convention. Null for user classes, which go through __new__/__init__.
    /// </summary>
    public BuiltinFunc? NativeConstructor { get; set; }

    public PyType(string name, PyType[] bases, string module = "builtins", PyType[]? mro = null)
    {
        Name = name;
        QualName = name;
        Module = module;
        Bases = bases;
        Mro = mro ?? ComputeSimpleMro(this, bases);
    }

    private static PyType[] ComputeSimpleMro(PyType self, PyType[] bases)
    {
        var mro = new List<PyType> { self };
        foreach (var b in bases)
            foreach (var t in b.Mro)
                if (!mro.Contains(t)) mro.Add(t);
        return mro.ToArray();
    }

    /// <summary>Replaces the MRO (user classes use C3 linearisation, computed by the runtime).</summary>
    public void SetMro(PyType[] mro)
    {
        Mro = mro;
        if (IsHeapType) BuiltinBase = FindBuiltinBase(mro);
    }

    /// <summary>Looks a name up along the MRO (like CPython's _PyType_Lookup). Null when absent.</summary>
    public PyObject? Lookup(string name)
    {
        foreach (var t in Mro)
            if (t.Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    public override PyType Type => TypeType;

    // ---- built-in types (exception types live in PyExc) ----
    public static readonly PyType Object = new("object", Array.Empty<PyType>());
    public static readonly PyType TypeType = new("type", new[] { Object });
    public static readonly PyType NoneType = new("NoneType", new[] { Object }) { IsBaseType = false };
    public static readonly PyType EllipsisType = new("ellipsis", new[] { Object }) { IsBaseType = false };
    public static readonly PyType NotImplementedType = new("NotImplementedType", new[] { Object }) { IsBaseType = false };
    public static readonly PyType Int = new("int", new[] { Object });
    public static readonly PyType Bool = new("bool", new[] { Int }) { IsBaseType = false };
    public static readonly PyType Float = new("float", new[] { Object });
    public static readonly PyType Str = new("str", new[] { Object });
    public static readonly PyType List = new("list", new[] { Object });
    public static readonly PyType Tuple = new("tuple", new[] { Object });
    public static readonly PyType Dict_ = new("dict", new[] { Object });
    public static readonly PyType Set = new("set", new[] { Object });
    public static readonly PyType FrozenSet = new("frozenset", new[] { Object });
    public static readonly PyType Range = new("range", new[] { Object }) { IsBaseType = false };
    public static readonly PyType Slice = new("slice", new[] { Object }) { IsBaseType = false };
    public static readonly PyType Cell = new("cell", new[] { Object }) { IsBaseType = false };
    public static readonly PyType Function = new("function", new[] { Object }) { IsBaseType = false };
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", new[] { Object }) { IsBaseType = false };
    public static readonly PyType Method = new("method", new[] { Object }) { IsBaseType = false };
    public static readonly PyType Module_ = new("module", new[] { Object });
    public static readonly PyType Code = new("code", new[] { Object }) { IsBaseType = false };
    public static readonly PyType Generator = new("generator", new[] { Object }) { IsBaseType = false };
}
