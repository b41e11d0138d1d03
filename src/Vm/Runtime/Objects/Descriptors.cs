namespace PyDbg.Vm.Runtime;

/// <summary>staticmethod(f): attribute lookup returns f itself.</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyObject Function { get; }
    public PyStaticMethod(PyObject function) => Function = function;
    public override PyType Type => RuntimeTypes.StaticMethod;
}

/// <summary>classmethod(f): attribute lookup binds f to the class.</summary>
public sealed class PyClassMethod : PyObject
{
    public PyObject Function { get; }
    public PyClassMethod(PyObject function) => Function = function;
    public override PyType Type => RuntimeTypes.ClassMethod;
}

/// <summary>property(fget, fset, fdel, doc): a data descriptor.</summary>
public sealed class PyProperty : PyObject
{
    public PyObject? Getter { get; }
    public PyObject? Setter { get; }
    public PyObject? Deleter { get; }
    public PyObject Doc { get; }
    /// <summary>The attribute name (set by __set_name__ semantics when known; used in messages).</summary>
    public string? Name { get; set; }

    public PyProperty(PyObject? getter, PyObject? setter = null, PyObject? deleter = null, PyObject? doc = null)
    {
        Getter = getter is PyNone ? null : getter;
        Setter = setter is PyNone ? null : setter;
        Deleter = deleter is PyNone ? null : deleter;
        Doc = doc ?? PyNone.Instance;
    }

    public PyProperty WithGetter(PyObject g) => new(g, Setter, Deleter, Doc) { Name = Name };
    public PyProperty WithSetter(PyObject s) => new(Getter, s, Deleter, Doc) { Name = Name };
    public PyProperty WithDeleter(PyObject d) => new(Getter, Setter, d, Doc) { Name = Name };

    internal string DisplayName => Name ?? (Getter is PyFunctionBase f ? f.Name : "?");

    public override PyType Type => RuntimeTypes.Property;
}

/// <summary>list[int], dict[str, int] ... (types.GenericAlias): only what annotations need.</summary>
public sealed class PyGenericAlias : PyObject
{
    public PyObject Origin { get; }
    public PyObject[] Args { get; }
    public PyGenericAlias(PyObject origin, PyObject[] args)
    {
        Origin = origin;
        Args = args;
    }
    public override PyType Type => RuntimeTypes.GenericAlias;
}

/// <summary>int | None (types.UnionType) in annotations.</summary>
public sealed class PyUnionType : PyObject
{
    public PyObject[] Args { get; }
    public PyUnionType(PyObject[] args) => Args = args;
    public override PyType Type => RuntimeTypes.UnionType;
}
