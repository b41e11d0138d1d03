using System.Text;

namespace PyDbg.Vm.Runtime;

public static partial class Ops
{
    /// <summary>Calls any callable with the vectorcall convention (see <see cref="BuiltinFunc"/>).</summary>
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, string[]? kwNames = null)
    {
        switch (callable)
        {
            case PyFunctionBase f:
                return f.Invoke(args, kwNames);
            case PyBuiltinFunction b:
                return b.Func(args, kwNames);
            case PyMethod m:
                return Call(m.Function, Prepend(m.Self, args), kwNames);
            case PyMethodDescriptor d:
            {
                var nkw = kwNames?.Length ?? 0;
                if (args.Length - nkw < 1)
                    throw PyExc.TypeErr($"unbound method {d.Owner.Name}.{d.Name}() needs an argument");
                var self = args[0];
                if (!ReferenceEquals(self.Type, d.Owner))
                {
                    if (!self.Type.IsSubtypeOf(d.Owner))
                        throw PyExc.TypeErr($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{TypeName(self)}' object");
                    self = d.Receiver(self);
                }
                return d.Func(self, args.Slice(1), kwNames);
            }
            case PyType t:
                return CallType(t, args, kwNames);
            case PyStaticMethod sm:
                return Call(sm.Function, args, kwNames);
        }
        var call = LookupSpecial(callable.Type, "__call__");
        if (call is not null) return Call(BindDescriptor(call, callable, callable.Type), args, kwNames);
        throw PyExc.TypeErr($"'{TypeName(callable)}' object is not callable");
    }

    private static PyObject[] Prepend(PyObject first, ReadOnlySpan<PyObject> rest)
    {
        var a = new PyObject[rest.Length + 1];
        a[0] = first;
        rest.CopyTo(a.AsSpan(1));
        return a;
    }

    /// <summary>True when calling the object is possible (callable()).</summary>
    public static bool IsCallable(PyObject o) =>
        o is PyFunctionBase or PyBuiltinFunction or PyMethod or PyMethodDescriptor or PyType or PyStaticMethod
        || LookupSpecial(o.Type, "__call__") is not null;

    public static PyObject CallMethod(PyObject obj, string name, params PyObject[] args)
    {
        var m = GetMethod(obj, name, out var unbound);
        if (unbound) return Call(m, Prepend(obj, args));
        return Call(m, args);
    }

    /// <summary>Calls a type: built-in types use their NativeConstructor; classes create an
    /// instance (honouring a user __new__) and run __init__.</summary>
    public static PyObject CallType(PyType t, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (!t.IsHeapType)
        {
            if (t.NativeConstructor is { } ctor) return ctor(args, kwNames);
            if (ReferenceEquals(t, PyType.TypeType) && args.Length == 1 && kwNames is null) return args[0].Type;
            if (ReferenceEquals(t, PyType.Object))
            {
                if (args.Length > 0) throw PyExc.TypeErr("object() takes no arguments");
                return new PyInstance(t);
            }
            if (t.IsSubtypeOf(PyExc.BaseException))
            {
                if (kwNames is { Length: > 0 }) throw PyExc.TypeErr($"{t.Name}() takes no keyword arguments");
                return PyExc.NewInstance(t, new PyTuple(args.ToArray()));
            }
            throw PyExc.TypeErr($"cannot create '{TypeDisplayName(t)}' instances");
        }
        var metaCall = t.Type != PyType.TypeType ? LookupSpecial(t.Type, "__call__") : null;
        if (metaCall is not null) return Call(BindDescriptor(metaCall, t, t.Type), args, kwNames);

        PyObject obj;
        var userNew = LookupSpecial(t, "__new__");
        var init = LookupSpecial(t, "__init__");
        if (userNew is not null)
        {
            var newFunc = userNew is PyStaticMethod sm ? sm.Function : userNew;
            obj = Call(newFunc, Prepend(t, args), kwNames);
            if (!obj.Type.IsSubtypeOf(t)) return obj;
        }
        else
        {
            var nkw = kwNames?.Length ?? 0;
            if (init is null && args.Length > 0 && !t.IsSubtypeOf(PyExc.BaseException))
                throw PyExc.TypeErr($"{t.Name}() takes no arguments");
            if (t.IsSubtypeOf(PyExc.BaseException) && init is null && nkw > 0)
                throw PyExc.TypeErr($"{t.Name}() takes no keyword arguments");
            obj = CreateInstance(t, args.Slice(0, args.Length - nkw));
        }
        if (init is not null)
        {
            var r = init is PyFunctionBase fi
                ? fi.Invoke(Prepend(obj, args), kwNames)
                : Call(BindDescriptor(init, obj, t), args, kwNames);
            if (r is not PyNone) throw PyExc.TypeErr($"__init__() should return None, not '{TypeName(r)}'");
        }
        return obj;
    }

    /// <summary>object.__new__(cls) / BaseException.__new__(cls, *args): a bare instance of a class.</summary>
    public static PyObject CreateInstance(PyType cls, ReadOnlySpan<PyObject> args)
    {
        if (cls.IsSubtypeOf(PyExc.BaseException)) return PyExc.NewInstance(cls, new PyTuple(args.ToArray()));
        if (cls.BuiltinBase is { } builtin) return BuiltinSubclassing.Create(builtin, cls, args, null);
        if (!cls.IsHeapType && cls.NativeConstructor is not null && !ReferenceEquals(cls, PyType.Object))
            return cls.NativeConstructor(args, null);
        return new PyInstance(cls);
    }

    /// <summary>
    /// Binds call arguments to a function's parameter slots with CPython's TypeErrors
    /// ("f() missing 1 required positional argument: 'b'", "f() takes 2 positional arguments but 3
    /// were given", "f() got an unexpected keyword argument 'x'", "f() got multiple values for argument 'a'").
    /// <paramref name="slots"/> has <see cref="FunctionSignature.SlotCount"/> entries.
    /// </summary>
    public static void BindArguments(PyFunctionBase function, ReadOnlySpan<PyObject> args, string[]? kwNames, Span<PyObject?> slots)
    {
        var sig = function.Signature;
        var names = sig.ParameterNames;
        var argCount = sig.ArgCount;
        var kwOnly = sig.KwOnlyArgCount;
        var nkw = kwNames?.Length ?? 0;
        var npos = args.Length - nkw;
        slots.Clear();

        // fast path: exact positional call
        if (nkw == 0 && npos == argCount && !sig.HasVarArgs && !sig.HasVarKeywords && kwOnly == 0)
        {
            for (var i = 0; i < npos; i++) slots[i] = args[i];
            return;
        }

        var n = Math.Min(npos, argCount);
        for (var i = 0; i < n; i++) slots[i] = args[i];
        var varArgsSlot = argCount + kwOnly;
        if (sig.HasVarArgs)
        {
            slots[varArgsSlot] = npos > n ? new PyTuple(args.Slice(n, npos - n).ToArray()) : PyTuple.Empty;
        }
        PyDict? kwargs = null;
        if (sig.HasVarKeywords)
        {
            kwargs = new PyDict();
            slots[varArgsSlot + (sig.HasVarArgs ? 1 : 0)] = kwargs;
        }

        List<string>? posOnlyAsKw = null;
        for (var k = 0; k < nkw; k++)
        {
            var name = kwNames![k];
            var value = args[npos + k];
            var j = -1;
            for (var p = sig.PosOnlyArgCount; p < argCount + kwOnly; p++)
            {
                if (names[p] == name) { j = p; break; }
            }
            if (j < 0)
            {
                if (kwargs is not null)
                {
                    kwargs.SetItem(name, value);
                    continue;
                }
                for (var p = 0; p < sig.PosOnlyArgCount; p++)
                {
                    if (names[p] == name) { (posOnlyAsKw ??= new List<string>()).Add(name); j = -2; break; }
                }
                if (j == -2) continue;
                throw PyExc.TypeErr($"{function.QualName}() got an unexpected keyword argument '{name}'");
            }
            if (slots[j] is not null)
                throw PyExc.TypeErr($"{function.QualName}() got multiple values for argument '{name}'");
            slots[j] = value;
        }
        if (posOnlyAsKw is not null)
            throw PyExc.TypeErr($"{function.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");

        if (npos > argCount && !sig.HasVarArgs)
            throw TooManyPositional(function, npos, slots);

        var defaults = function.Defaults;
        var defCount = defaults?.Length ?? 0;
        if (npos < argCount)
        {
            var m = argCount - defCount;
            List<string>? missing = null;
            for (var i = npos; i < m; i++)
                if (slots[i] is null) (missing ??= new List<string>()).Add(names[i]);
            if (missing is not null) throw MissingArguments(function, missing, "positional");
            for (var i = Math.Max(n - m, 0); i < defCount; i++)
                slots[m + i] ??= defaults![i];
        }
        if (kwOnly > 0)
        {
            List<string>? missing = null;
            for (var i = argCount; i < argCount + kwOnly; i++)
            {
                if (slots[i] is not null) continue;
                if (function.KwDefaults is not null && function.KwDefaults.TryGetValue(names[i], out var dv))
                {
                    slots[i] = dv;
                    continue;
                }
                (missing ??= new List<string>()).Add(names[i]);
            }
            if (missing is not null) throw MissingArguments(function, missing, "keyword-only");
        }
    }

    private static PyException TooManyPositional(PyFunctionBase function, int given, Span<PyObject?> slots)
    {
        var sig = function.Signature;
        var argCount = sig.ArgCount;
        var kwonlyGiven = 0;
        for (var i = argCount; i < argCount + sig.KwOnlyArgCount; i++)
            if (slots[i] is not null) kwonlyGiven++;
        var defCount = function.Defaults?.Length ?? 0;
        string sigText;
        bool plural;
        if (defCount > 0)
        {
            plural = true;
            sigText = $"from {argCount - defCount} to {argCount}";
        }
        else
        {
            plural = argCount != 1;
            sigText = argCount.ToString();
        }
        var kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        var verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return PyExc.TypeErr($"{function.QualName}() takes {sigText} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {verb} given");
    }

    private static PyException MissingArguments(PyFunctionBase function, List<string> missing, string kind)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < missing.Count; i++)
        {
            if (i > 0)
            {
                if (missing.Count == 2) sb.Append(" and ");
                else if (i == missing.Count - 1) sb.Append(", and ");
                else sb.Append(", ");
            }
            sb.Append('\'').Append(missing[i]).Append('\'');
        }
        return PyExc.TypeErr($"{function.QualName}() missing {missing.Count} required {kind} argument{(missing.Count == 1 ? "" : "s")}: {sb}");
    }
}
