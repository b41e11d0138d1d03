using System.Text;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    [ThreadStatic] private static HashSet<PyObject>? _reprActive;

    public static string Repr(PyObject value)
    {
        switch (value)
        {
            case PyStr s: return StrRepr.Repr(s.Value);
            case PyInt i: return IntToString(i);
            case PyBool b: return b.Value ? "True" : "False";
            case PyNone: return "None";
            case PyFloat f: return FloatOps.Repr(f.Value);
            case PyList l: return ReprContainer(l, "[", "]", l.Items);
            case PyTuple t:
                if (t.Items.Length == 1) return ReprContainer(t, "(", ",)", t.Items);
                return ReprContainer(t, "(", ")", t.Items);
            case PyDict d: return ReprDict(d);
            case PySet set:
                if (set.Count == 0) return set.IsFrozen ? "frozenset()" : "set()";
                return set.IsFrozen ? ReprContainer(set, "frozenset({", "})", set.Items) : ReprContainer(set, "{", "}", set.Items);
        }
        var type = value.Type;
        if (type.IsHeapType)
        {
            var f = LookupSpecial(type, "__repr__");
            if (f is not null) return ReprResult(CallSpecial(f, value), "__repr__");
        }
        else if (!type.IsCoreNative)
        {
            var f = LookupSpecial(type, "__repr__");
            if (f is not null) return ReprResult(CallSpecial(f, value), "__repr__");
        }
        return NativeRepr(value);
    }

    private static string ReprResult(PyObject r, string which)
    {
        if (r is PyStr s) return s.Value;
        throw PyExc.TypeErr($"{which} returned non-string (type {TypeName(r)})");
    }

    public static string IntToString(PyInt i)
    {
        if (i.IsSmall) return i.Small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var big = i.Big;
        // CPython refuses to convert ints with more than 4300 digits (sys.set_int_max_str_digits)
        if ((double)System.Numerics.BigInteger.Abs(big).GetBitLength() * 0.30102999566398 > 4300 + 1)
        {
            var s = big.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var digits = s.Length - (s[0] == '-' ? 1 : 0);
            if (digits > 4300)
                throw PyExc.ValueErr("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            return s;
        }
        return big.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string ReprContainer(PyObject container, string open, string close, IEnumerable<PyObject> items)
    {
        var active = _reprActive ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!active.Add(container))
            return container switch { PyList => "[...]", PyTuple => "(...)", PySet st => st.IsFrozen ? "frozenset(...)" : "{...}", _ => "..." };
        try
        {
            var sb = new StringBuilder();
            sb.Append(open);
            var first = true;
            foreach (var item in items)
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Repr(item));
            }
            sb.Append(close);
            return sb.ToString();
        }
        finally
        {
            active.Remove(container);
        }
    }

    private static string ReprDict(PyDict d)
    {
        if (d.Count == 0) return "{}";
        var active = _reprActive ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!active.Add(d)) return "{...}";
        try
        {
            var sb = new StringBuilder();
            sb.Append('{');
            var first = true;
            for (var i = 0; i < d.EntrySpan; i++)
            {
                if (!d.TryGetEntry(i, out var k, out var v)) continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Repr(k)).Append(": ").Append(Repr(v));
            }
            sb.Append('}');
            return sb.ToString();
        }
        finally
        {
            active.Remove(d);
        }
    }

    /// <summary>Runs a repr that may recurse into the same object (user containers, dict views).</summary>
    public static string ReprGuarded(PyObject obj, string whenRecursive, Func<string> repr)
    {
        var active = _reprActive ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!active.Add(obj)) return whenRecursive;
        try { return repr(); }
        finally { active.Remove(obj); }
    }

    /// <summary>"&lt;__main__.A object at 0x7f...&gt;" — object.__repr__.</summary>
    public static string DefaultRepr(PyObject value)
    {
        var t = value.Type;
        return $"<{TypeDisplayName(t)} object at {ObjectIds.Hex(value)}>";
    }

    /// <summary>"int", "__main__.A" (the module is omitted for builtins).</summary>
    public static string TypeDisplayName(PyType t) => t.Module == "builtins" ? t.QualName : t.Module + "." + t.QualName;

    public static string ExceptionRepr(PyBaseException e)
    {
        var name = e.Type.Name;
        var args = e.Args.Items;
        if (args.Length == 1) return name + "(" + Repr(args[0]) + ")";
        if (args.Length == 0) return name + "()";
        return name + Repr(e.Args);
    }

    private static string NativeRepr(PyObject value)
    {
        switch (value)
        {
            case PyType t: return $"<class '{TypeDisplayName(t)}'>";
            case PyBaseException e: return ExceptionRepr(e);
            case PyRange r: return r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})";
            case PySlice s: return $"slice({Repr(s.Start)}, {Repr(s.Stop)}, {Repr(s.Step)})";
            case PyFunctionBase f: return $"<function {f.QualName} at {ObjectIds.Hex(f)}>";
            case PyBuiltinFunction b:
                if (b.Self is null || b.Self is PyModule) return $"<built-in function {b.Name}>";
                return $"<built-in method {b.Name} of {TypeName(b.Self)} object at {ObjectIds.Hex(b.Self)}>";
            case PyMethodDescriptor md: return $"<method '{md.Name}' of '{md.Owner.Name}' objects>";
            case PyMethod m:
            {
                var fname = m.Function switch
                {
                    PyFunctionBase f => f.QualName,
                    PyBuiltinFunction bf => bf.Name,
                    _ => "?",
                };
                return $"<bound method {fname} of {Repr(m.Self)}>";
            }
            case PyModule mod:
                if (mod.Dict.TryGetValue("__file__", out var file) && file is PyStr fs)
                    return $"<module '{mod.Name}' from '{fs.Value}'>";
                return $"<module '{mod.Name}' (built-in)>";
            case PyEllipsis: return "Ellipsis";
            case PyComplex cx: return ComplexOps.Repr(cx);
            case PySuper sup:
                return ReferenceEquals(sup.Obj, sup.StartType)
                    ? $"<super: <class '{sup.ThisType.Name}'>, <{sup.StartType.Name} object>>"
                    : $"<super: <class '{sup.ThisType.Name}'>, <{sup.StartType.Name} object>>";
            case PyNotImplemented: return "NotImplemented";
            case PyCell c:
                return c.Value is null
                    ? $"<cell at {ObjectIds.Hex(c)}: empty>"
                    : $"<cell at {ObjectIds.Hex(c)}: {TypeName(c.Value)} object at {ObjectIds.Hex(c.Value)}>";
            case CodeObject code:
                return $"<code object {code.Name} at {ObjectIds.Hex(code)}, file \"{code.FileName}\", line {code.FirstLineNo}>";
            case DictView view: return view.Repr();
            case PyStaticMethod sm: return $"<staticmethod({Repr(sm.Function)})>";
            case PyClassMethod cm: return $"<classmethod({Repr(cm.Function)})>";
            case PyProperty: return $"<property object at {ObjectIds.Hex(value)}>";
            case PyGenericAlias ga:
            {
                var sb = new StringBuilder();
                sb.Append(AnnotationRepr(ga.Origin)).Append('[');
                for (var i = 0; i < ga.Args.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(AnnotationRepr(ga.Args[i]));
                }
                if (ga.Args.Length == 0) sb.Append("()");
                return sb.Append(']').ToString();
            }
            case PyUnionType u:
            {
                var parts = new string[u.Args.Length];
                for (var i = 0; i < parts.Length; i++) parts[i] = AnnotationRepr(u.Args[i]);
                return string.Join(" | ", parts);
            }
        }
        return DefaultRepr(value);
    }

    /// <summary>How typing reprs show an annotation argument: int, __main__.A, None, list[int].</summary>
    private static string AnnotationRepr(PyObject o) => o switch
    {
        PyType t when ReferenceEquals(t, PyType.NoneType) => "None",
        PyType t => TypeDisplayName(t),
        PyEllipsis => "...",
        _ => Repr(o),
    };

    public static string Str(PyObject value)
    {
        switch (value)
        {
            case PyStr s: return s.Value;
            case PyInt i: return IntToString(i);
            case PyBool or PyNone or PyFloat or PyComplex or PyList or PyTuple or PyDict or PySet: return Repr(value);
        }
        var type = value.Type;
        if (type.IsHeapType || !type.IsCoreNative)
        {
            var f = LookupSpecial(type, "__str__");
            if (f is not null) return ReprResult(CallSpecial(f, value), "__str__");
        }
        if (value is PyBaseException e) return e.MessageText;
        return Repr(value);
    }
}
