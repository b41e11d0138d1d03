namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    /// <summary>
    /// Looks a special method up on a type for Ops' dispatch (CPython's _PyType_Lookup of a slot):
    /// null when absent, or when the first definition along the MRO belongs to a core built-in type
    /// (whose behaviour Ops already implements natively).
    /// </summary>
    public static PyObject? LookupSpecial(PyType type, string name)
    {
        if (type.IsCoreNative && !type.IsHeapType) return null;
        foreach (var t in type.Mro)
        {
            if (t.Dict.TryGetValue(name, out var v))
                return t.IsHeapType || !t.IsCoreNative || (type.BuiltinBase is not null && !ReferenceEquals(t, PyType.Object)) ? v : null;
        }
        return null;
    }

    /// <summary>The built-in value a subclass instance carries (class Stack(list): its list), or the
    /// object itself.</summary>
    public static PyObject NativeValue(PyObject o) => o is PyDerivedInstance d ? d.Value : o;

    /// <summary>Calls a special method found by <see cref="LookupSpecial"/> with self first.</summary>
    public static PyObject CallSpecial(PyObject descr, PyObject self)
    {
        switch (descr)
        {
            case PyFunctionBase f: return f.Invoke(new[] { self }, null);
            case PyMethodDescriptor d: return d.Func(d.Receiver(self), ReadOnlySpan<PyObject>.Empty, null);
        }
        return CallBound(descr, self, Array.Empty<PyObject>());
    }

    public static PyObject CallSpecial(PyObject descr, PyObject self, PyObject arg)
    {
        switch (descr)
        {
            case PyFunctionBase f: return f.Invoke(new[] { self, arg }, null);
            case PyMethodDescriptor d: return d.Func(d.Receiver(self), new[] { arg }, null);
        }
        return CallBound(descr, self, new[] { arg });
    }

    public static PyObject CallSpecial(PyObject descr, PyObject self, PyObject arg1, PyObject arg2)
    {
        switch (descr)
        {
            case PyFunctionBase f: return f.Invoke(new[] { self, arg1, arg2 }, null);
            case PyMethodDescriptor d: return d.Func(d.Receiver(self), new[] { arg1, arg2 }, null);
        }
        return CallBound(descr, self, new[] { arg1, arg2 });
    }

    private static PyObject CallBound(PyObject descr, PyObject self, PyObject[] args)
    {
        var bound = BindDescriptor(descr, self, self.Type);
        return Call(bound, args);
    }

    /// <summary>Binds an attribute found on a type to an instance (the descriptor protocol's __get__).</summary>
    public static PyObject BindDescriptor(PyObject descr, PyObject? instance, PyType owner)
    {
        switch (descr)
        {
            case PyFunctionBase:
                return instance is null ? descr : new PyMethod(descr, instance);
            case PyMethodDescriptor md:
                return instance is null ? descr : md.Bind(instance);
            case PyStaticMethod sm:
                return sm.Function;
            case PyClassMethod cm:
                return new PyMethod(cm.Function, owner);
            case PyProperty p:
                if (instance is null) return p;
                if (p.Getter is null) throw PyExc.AttributeErr($"property '{p.DisplayName}' of '{owner.Name}' object has no getter");
                return Call(p.Getter, new[] { instance });
            case PyInt or PyStr or PyFloat or PyBool or PyNone or PyTuple or PyList or PyDict or PyType or PyBuiltinFunction:
                return descr;
        }
        var get = LookupSpecial(descr.Type, "__get__");
        if (get is not null)
            return CallSpecial(get, descr, (PyObject?)instance ?? PyNone.Instance, owner);
        return descr;
    }

    /// <summary>True for descriptors that take precedence over an instance's own attributes.</summary>
    internal static bool IsDataDescriptor(PyObject descr)
    {
        if (descr is PyProperty) return true;
        if (descr is PyFunctionBase or PyMethodDescriptor or PyInt or PyStr or PyNone or PyBool or PyFloat
            or PyTuple or PyList or PyDict or PyStaticMethod or PyClassMethod or PyType or PyBuiltinFunction) return false;
        var t = descr.Type;
        return !t.IsCoreNative && (LookupSpecial(t, "__set__") is not null || LookupSpecial(t, "__delete__") is not null);
    }
}
