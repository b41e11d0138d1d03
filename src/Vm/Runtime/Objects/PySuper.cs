namespace PyDbg.Vm.Runtime;

/// <summary>
/// super(type, obj): attribute lookup that starts after <see cref="ThisType"/> in the MRO of obj's
/// type (or of obj itself when obj is a class, as in classmethods and __new__). The zero-argument
/// form is resolved by whoever creates it (the engines know the __class__ cell and first argument).
/// </summary>
public sealed class PySuper : PyObject
{
    public PyType ThisType { get; }
    public PyObject Obj { get; }
    /// <summary>The type whose MRO is searched (type(obj), or obj when it is a subclass of ThisType).</summary>
    public PyType StartType { get; }

    public PySuper(PyType thisType, PyObject obj)
    {
        ThisType = thisType;
        Obj = obj;
        if (obj is PyType t && t.IsSubtypeOf(thisType)) StartType = t;
        else if (obj.Type.IsSubtypeOf(thisType)) StartType = obj.Type;
        else throw PyExc.TypeErr("super(type, obj): obj must be an instance or subtype of type");
    }

    public override PyType Type => RuntimeTypes.Super;

    /// <summary>The attribute, bound as CPython's super_getattro binds it; null when absent.</summary>
    public PyObject? Lookup(string name)
    {
        if (name == "__class__") return RuntimeTypes.Super;
        var mro = StartType.Mro;
        var i = 0;
        while (i < mro.Length && !ReferenceEquals(mro[i], ThisType)) i++;
        for (i++; i < mro.Length; i++)
        {
            if (!mro[i].Dict.TryGetValue(name, out var v)) continue;
            var instance = ReferenceEquals(Obj, StartType) ? null : Obj;
            return Ops.BindDescriptor(v, instance, StartType);
        }
        switch (name)
        {
            case "__thisclass__": return ThisType;
            case "__self__": return Obj;
            case "__self_class__": return StartType;
        }
        return null;
    }
}
