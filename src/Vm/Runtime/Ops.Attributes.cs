namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    public static PyObject GetAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        if (type.IsHeapType)
        {
            var ga = LookupSpecial(type, "__getattribute__");
            if (ga is not null) return CallUserGetAttribute(ga, obj, name);
        }
        var v = GenericGetAttr(obj, name, false);
        if (v is not null) return v;
        if (type.IsHeapType && LookupSpecial(type, "__getattr__") is { } getattr)
            return CallSpecial(getattr, obj, new PyStr(name));
        throw AttributeMissing(obj, name);
    }

    private static PyObject CallUserGetAttribute(PyObject ga, PyObject obj, string name)
    {
        try
        {
            return CallSpecial(ga, obj, new PyStr(name));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError)
                                    && LookupSpecial(obj.Type, "__getattr__") is { } getattr)
        {
            return CallSpecial(getattr, obj, new PyStr(name));
        }
    }

    public static bool TryGetAttr(PyObject obj, string name, out PyObject value)
    {
        var type = obj.Type;
        if (type.IsHeapType && (LookupSpecial(type, "__getattribute__") is not null || LookupSpecial(type, "__getattr__") is not null))
        {
            try
            {
                value = GetAttr(obj, name);
                return true;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError))
            {
                value = null!;
                return false;
            }
        }
        var v = GenericGetAttr(obj, name, false);
        value = v!;
        return v is not null;
    }

    /// <summary>AttributeError with CPython's message; like CPython it carries .name and .obj (the
    /// traceback printer uses them for "Did you mean" via <see cref="Suggestions.ForAttribute"/>).</summary>
    public static PyException AttributeMissing(PyObject obj, string name)
    {
        var e = obj switch
        {
            PyType t => PyExc.AttributeErr($"type object '{t.Name}' has no attribute '{name}'"),
            PyModule m => PyExc.AttributeErr($"module '{m.Name}' has no attribute '{name}'"),
            _ => PyExc.AttributeErr($"'{TypeName(obj)}' object has no attribute '{name}'"),
        };
        e.Value.Dict = new Dictionary<string, PyObject> { ["name"] = new PyStr(name), ["obj"] = obj };
        return e;
    }

    /// <summary>object.__getattribute__: data descriptors on the type, the instance's own attributes,
    /// other attributes of the type (bound), built-in attributes. Null (or AttributeError when
    /// <paramref name="throwIfMissing"/>) when absent.</summary>
    public static PyObject? GenericGetAttr(PyObject obj, string name, bool throwIfMissing)
    {
        switch (obj)
        {
            case PyInstance inst:
            {
                var type = inst.Type;
                var descr = type.Lookup(name);
                if (descr is not null && IsDataDescriptor(descr)) return BindDescriptor(descr, obj, type);
                if (inst.Dict.TryGetValue(name, out var v)) return v;
                if (descr is not null) return BindDescriptor(descr, obj, type);
                if (name == "__class__") return type;
                if (name == "__dict__") return InstanceDictView(inst);
                if (inst is PyDerivedInstance derived && BuiltinAttribute(derived.Value, name) is { } builtinAttr) return builtinAttr;
                break;
            }
            case PyType t:
            {
                var v = TypeGetAttr(t, name);
                if (v is not null) return v;
                break;
            }
            case PyModule m:
                if (m.Dict.TryGetValue(name, out var mv)) return mv;
                if (name == "__dict__") return m.Dict;
                if (name == "__name__") return new PyStr(m.Name);
                break;
            default:
            {
                var special = BuiltinAttribute(obj, name);
                if (special is not null) return special;
                var type = obj.Type;
                var descr = type.Lookup(name);
                if (descr is not null) return BindDescriptor(descr, obj, type);
                if (name == "__class__") return type;
                break;
            }
        }
        if (throwIfMissing) throw AttributeMissing(obj, name);
        return null;
    }

    private static PyDict InstanceDictView(PyInstance inst)
    {
        // A snapshot: the instance keeps its attributes in a .NET dictionary.
        var d = new PyDict(inst.Dict.Count);
        foreach (var kv in inst.Dict) d.SetItem(kv.Key, kv.Value);
        return d;
    }

    private static PyObject? TypeGetAttr(PyType t, string name)
    {
        // the metatype's data descriptors would go first; type has none we model
        foreach (var m in t.Mro)
        {
            if (m.Dict.TryGetValue(name, out var v))
            {
                switch (v)
                {
                    case PyStaticMethod sm: return sm.Function;
                    case PyClassMethod cm: return new PyMethod(cm.Function, t);
                    case PyFunctionBase or PyMethodDescriptor or PyProperty: return v;
                }
                if (!v.Type.IsCoreNative && LookupSpecial(v.Type, "__get__") is { } get)
                    return CallSpecial(get, v, PyNone.Instance, t);
                return v;
            }
        }
        switch (name)
        {
            case "__name__": return new PyStr(t.Name);
            case "__qualname__": return new PyStr(t.QualName);
            case "__module__": return new PyStr(t.Module);
            case "__mro__": return new PyTuple(Array.ConvertAll(t.Mro, x => (PyObject)x));
            case "__bases__": return new PyTuple(Array.ConvertAll(t.Bases, x => (PyObject)x));
            case "__base__": return t.Bases.Length > 0 ? t.Bases[0] : PyNone.Instance;
            case "__class__": return t.Type;
            case "__doc__": return PyNone.Instance;
            case "__dict__":
            {
                var d = new PyDict(t.Dict.Count);
                foreach (var kv in t.Dict) d.SetItem(kv.Key, kv.Value);
                return d;
            }
        }
        // attributes of the metatype (type.mro, ...), bound to the class
        var meta = t.Type;
        if (!ReferenceEquals(meta, t))
        {
            var mv = meta.Lookup(name);
            if (mv is not null) return BindDescriptor(mv, t, meta);
        }
        return null;
    }

    /// <summary>Attributes the built-in object kinds carry outside any dict.</summary>
    private static PyObject? BuiltinAttribute(PyObject obj, string name)
    {
        switch (obj)
        {
            case PyFunctionBase f:
                if (f.Dict is not null && f.Dict.TryGetValue(name, out var fv)) return fv;
                switch (name)
                {
                    case "__name__": return new PyStr(f.Name);
                    case "__qualname__": return new PyStr(f.QualName);
                    case "__defaults__": return f.Defaults is null ? PyNone.Instance : new PyTuple((PyObject[])f.Defaults.Clone());
                    case "__kwdefaults__":
                        if (f.KwDefaults is null) return PyNone.Instance;
                        var kd = new PyDict();
                        foreach (var kv in f.KwDefaults) kd.SetItem(kv.Key, kv.Value);
                        return kd;
                    case "__doc__": return PyNone.Instance;
                    case "__module__": return f.Globals.TryGetValue("__name__", out var mn) ? mn : PyNone.Instance;
                    case "__globals__": return f.Globals;
                    case "__dict__":
                        var d = new PyDict();
                        if (f.Dict is not null) foreach (var kv in f.Dict) d.SetItem(kv.Key, kv.Value);
                        return d;
                    case "__annotations__": return new PyDict();
                }
                return null;
            case PyBaseException e:
                if (e.Dict is not null && e.Dict.TryGetValue(name, out var ev)) return ev;
                if (e is PyOSError ose && ose.GetField(name) is { } field) return field;
                switch (name)
                {
                    case "args": return e.Args;
                    case "__cause__": return (PyObject?)e.Cause ?? PyNone.Instance;
                    case "__context__": return (PyObject?)e.Context ?? PyNone.Instance;
                    case "__suppress_context__": return PyBool.From(e.SuppressContext);
                    case "__traceback__": return PyNone.Instance;
                    case "__dict__":
                        var d = new PyDict();
                        if (e.Dict is not null) foreach (var kv in e.Dict) d.SetItem(kv.Key, kv.Value);
                        return d;
                }
                if (e.Type.IsHeapType)
                {
                    var descr = e.Type.Lookup(name);
                    if (descr is not null) return BindDescriptor(descr, obj, e.Type);
                }
                // StopIteration.value, KeyError etc. (read from args)
                if (name == "value" && e.Type.IsSubtypeOf(PyExc.StopIteration))
                    return e.Args.Items.Length > 0 ? e.Args.Items[0] : PyNone.Instance;
                if (name == "code" && e.Type.IsSubtypeOf(PyExc.SystemExit))
                    return e.Args.Items.Length == 0 ? PyNone.Instance : e.Args.Items.Length == 1 ? e.Args.Items[0] : e.Args;
                return null;
            case PyInt i:
                switch (name)
                {
                    case "real": case "numerator": return i;
                    case "imag": return PyInt.Zero;
                    case "denominator": return PyInt.One;
                }
                return null;
            case PyBool b:
                switch (name)
                {
                    case "real": case "numerator": return b.Value ? PyInt.One : PyInt.Zero;
                    case "imag": return PyInt.Zero;
                    case "denominator": return PyInt.One;
                }
                return null;
            case PyFloat fl:
                switch (name)
                {
                    case "real": return fl;
                    case "imag": return PyFloat.Zero;
                }
                return null;
            case PySuper sup:
                return sup.Lookup(name);
            case PyComplex cx:
                switch (name)
                {
                    case "real": return new PyFloat(cx.Real);
                    case "imag": return new PyFloat(cx.Imag);
                }
                return null;
            case PyRange r:
                switch (name)
                {
                    case "start": return PyInt.From(r.Start);
                    case "stop": return PyInt.From(r.Stop);
                    case "step": return PyInt.From(r.Step);
                }
                return null;
            case PySlice s:
                switch (name)
                {
                    case "start": return s.Start;
                    case "stop": return s.Stop;
                    case "step": return s.Step;
                }
                return null;
            case PyMethod m:
                switch (name)
                {
                    case "__self__": return m.Self;
                    case "__func__": return m.Function;
                    case "__name__": case "__qualname__": case "__doc__": case "__module__":
                        return GetAttr(m.Function, name);
                }
                return null;
            case PyBuiltinFunction bf:
                switch (name)
                {
                    case "__name__": case "__qualname__": return new PyStr(bf.Name);
                    case "__self__": return bf.Self ?? PyNone.Instance;
                    case "__doc__": return PyNone.Instance;
                }
                return null;
            case PyMethodDescriptor md:
                switch (name)
                {
                    case "__name__": return new PyStr(md.Name);
                    case "__qualname__": return new PyStr(md.Owner.Name + "." + md.Name);
                    case "__objclass__": return md.Owner;
                    case "__doc__": return PyNone.Instance;
                }
                return null;
            case PyCell c:
                if (name == "cell_contents")
                    return c.Value ?? throw PyExc.Error(PyExc.ValueError, "Cell is empty");
                return null;
            case PyProperty p:
                switch (name)
                {
                    case "fget": return p.Getter ?? PyNone.Instance;
                    case "fset": return p.Setter ?? PyNone.Instance;
                    case "fdel": return p.Deleter ?? PyNone.Instance;
                    case "__doc__": return p.Doc;
                }
                return null;
            case PyStaticMethod sm when name == "__func__": return sm.Function;
            case PyClassMethod cm when name == "__func__": return cm.Function;
            case PyGenericAlias ga:
                if (name == "__origin__") return ga.Origin;
                if (name == "__args__") return new PyTuple((PyObject[])ga.Args.Clone());
                return null;
        }
        return null;
    }

    public static void SetAttr(PyObject obj, string name, PyObject value)
    {
        var type = obj.Type;
        if (type.IsHeapType && LookupSpecial(type, "__setattr__") is { } sa)
        {
            CallSpecial(sa, obj, new PyStr(name), value);
            return;
        }
        GenericSetAttr(obj, name, value);
    }

    /// <summary>object.__setattr__.</summary>
    public static void GenericSetAttr(PyObject obj, string name, PyObject value)
    {
        switch (obj)
        {
            case PyInstance inst:
            {
                var descr = inst.Type.Lookup(name);
                if (descr is not null && SetThroughDescriptor(descr, obj, value)) return;
                inst.Dict[name] = value;
                return;
            }
            case PyType t:
                if (!t.IsHeapType)
                    throw PyExc.TypeErr($"cannot set '{name}' attribute of immutable type '{t.Name}'");
                switch (name)
                {
                    case "__name__": t.Name = Str(value); return;
                    case "__qualname__": t.QualName = Str(value); return;
                    case "__module__": t.Module = Str(value); break;
                }
                t.Dict[name] = value;
                return;
            case PyModule m:
                m.Dict.SetItem(name, value);
                return;
            case PyFunctionBase f:
                switch (name)
                {
                    case "__name__":
                        f.Name = value is PyStr ns ? ns.Value : throw PyExc.TypeErr("__name__ must be set to a string object");
                        return;
                    case "__qualname__":
                        f.QualName = value is PyStr qs ? qs.Value : throw PyExc.TypeErr("__qualname__ must be set to a string object");
                        return;
                    case "__defaults__":
                        f.Defaults = value is PyNone ? null : value is PyTuple dt ? (PyObject[])dt.Items.Clone()
                            : throw PyExc.TypeErr("__defaults__ must be set to a tuple object");
                        return;
                }
                (f.Dict ??= new Dictionary<string, PyObject>())[name] = value;
                return;
            case PyBaseException e:
                switch (name)
                {
                    case "args": e.Args = value as PyTuple ?? new PyTuple(ToList(value).ToArray()); return;
                    case "__cause__":
                        if (value is PyNone) e.Cause = null;
                        else e.Cause = value as PyBaseException ?? throw PyExc.TypeErr("exception cause must be None or derive from BaseException");
                        e.SuppressContext = true;
                        return;
                    case "__context__":
                        if (value is PyNone) e.Context = null;
                        else e.Context = value as PyBaseException ?? throw PyExc.TypeErr("exception context must be None or derive from BaseException");
                        return;
                    case "__suppress_context__": e.SuppressContext = IsTrue(value); return;
                    case "__traceback__": return;
                }
                if (e is PyOSError ose && ose.SetField(name, value)) return;
                if (e.Type.IsHeapType)
                {
                    var descr = e.Type.Lookup(name);
                    if (descr is not null && SetThroughDescriptor(descr, obj, value)) return;
                }
                (e.Dict ??= new Dictionary<string, PyObject>())[name] = value;
                return;
        }
        if (obj.Type.Lookup(name) is not null || BuiltinAttribute(obj, name) is not null)
            throw PyExc.AttributeErr($"'{TypeName(obj)}' object attribute '{name}' is read-only");
        throw PyExc.AttributeErr($"'{TypeName(obj)}' object has no attribute '{name}'");
    }

    private static bool SetThroughDescriptor(PyObject descr, PyObject obj, PyObject value)
    {
        if (descr is PyProperty p)
        {
            if (p.Setter is null)
                throw PyExc.AttributeErr($"property '{p.DisplayName}' of '{TypeName(obj)}' object has no setter");
            Call(p.Setter, new[] { obj, value });
            return true;
        }
        if (descr is PyFunctionBase or PyInt or PyStr or PyNone or PyTuple or PyList or PyDict or PyBool or PyFloat) return false;
        if (!descr.Type.IsCoreNative && LookupSpecial(descr.Type, "__set__") is { } set)
        {
            CallSpecial(set, descr, obj, value);
            return true;
        }
        return false;
    }

    public static void DelAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        if (type.IsHeapType && LookupSpecial(type, "__delattr__") is { } da)
        {
            CallSpecial(da, obj, new PyStr(name));
            return;
        }
        GenericDelAttr(obj, name);
    }

    /// <summary>object.__delattr__.</summary>
    public static void GenericDelAttr(PyObject obj, string name)
    {
        switch (obj)
        {
            case PyInstance inst:
            {
                var descr = inst.Type.Lookup(name);
                if (descr is PyProperty p)
                {
                    if (p.Deleter is null)
                        throw PyExc.AttributeErr($"property '{p.DisplayName}' of '{TypeName(obj)}' object has no deleter");
                    Call(p.Deleter, new[] { obj });
                    return;
                }
                if (descr is not null && !descr.Type.IsCoreNative && LookupSpecial(descr.Type, "__delete__") is { } del)
                {
                    CallSpecial(del, descr, obj);
                    return;
                }
                if (inst.Dict.Remove(name)) return;
                throw PyExc.AttributeErr($"'{TypeName(obj)}' object has no attribute '{name}'");
            }
            case PyType t:
                if (!t.IsHeapType)
                    throw PyExc.TypeErr($"cannot set '{name}' attribute of immutable type '{t.Name}'");
                if (t.Dict.Remove(name)) return;
                throw PyExc.AttributeErr($"type object '{t.Name}' has no attribute '{name}'");
            case PyModule m:
                if (m.Dict.Remove(name)) return;
                throw PyExc.AttributeErr($"module '{m.Name}' has no attribute '{name}'");
            case PyFunctionBase f:
                if (f.Dict is not null && f.Dict.Remove(name)) return;
                break;
            case PyBaseException e:
                if (e.Dict is not null && e.Dict.Remove(name)) return;
                break;
        }
        if (obj.Type.Lookup(name) is not null || BuiltinAttribute(obj, name) is not null)
            throw PyExc.AttributeErr($"'{TypeName(obj)}' object attribute '{name}' is read-only");
        throw PyExc.AttributeErr($"'{TypeName(obj)}' object has no attribute '{name}'");
    }

    /// <summary>
    /// LOAD_METHOD's lookup: when the attribute is a function/method descriptor found on the type,
    /// returns it unbound with <paramref name="isUnbound"/> = true (call it with obj prepended);
    /// otherwise returns the ordinary attribute value.
    /// </summary>
    public static PyObject GetMethod(PyObject obj, string name, out bool isUnbound)
    {
        var type = obj.Type;
        // super objects resolve attributes along the MRO after their class (never super's own methods).
        if (obj is not PyType && obj is not PyModule && obj is not PySuper && !(type.IsHeapType && LookupSpecial(type, "__getattribute__") is not null))
        {
            var descr = type.Lookup(name);
            if (descr is PyFunctionBase or PyMethodDescriptor)
            {
                if (obj is PyInstance inst && inst.Dict.TryGetValue(name, out var own))
                {
                    isUnbound = false;
                    return own;
                }
                if (obj is PyBaseException e && e.Dict is not null && e.Dict.TryGetValue(name, out var eown))
                {
                    isUnbound = false;
                    return eown;
                }
                if (obj is PyFunctionBase f && f.Dict is not null && f.Dict.TryGetValue(name, out var fown))
                {
                    isUnbound = false;
                    return fown;
                }
                isUnbound = true;
                return descr;
            }
        }
        isUnbound = false;
        return GetAttr(obj, name);
    }
}
