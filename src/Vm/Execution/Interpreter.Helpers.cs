using System.Text;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

public static partial class Interpreter
{
    /// <summary>The items of a starred display element (*x) with CPython's error for a non-iterable.</summary>
    private static List<PyObject> StarredItems(PyObject iterable)
    {
        try
        {
            return Ops.ToList(iterable);
        }
        catch (PyException e) when (e.Value.Type == PyExc.TypeError && iterable.Type.Lookup("__iter__") is null
                                    && iterable is not PyIterator && e.Value.MessageText.EndsWith("is not iterable"))
        {
            throw PyExc.TypeErr($"Value after * must be an iterable, not {iterable.Type.Name}");
        }
    }

    private static PyObject[] StarredCallArgs(PyObject callable, PyObject iterable)
    {
        try
        {
            return Ops.ToList(iterable).ToArray();
        }
        catch (PyException e) when (e.Value.Type == PyExc.TypeError && e.Value.MessageText.EndsWith("is not iterable"))
        {
            throw PyExc.TypeErr($"{CallableName(callable)} argument after * must be an iterable, not {iterable.Type.Name}");
        }
    }

    private static string CallableName(PyObject callable) => callable switch
    {
        PyFunctionBase f => f.QualName + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.Name + "()",
        _ => Ops.TypeName(callable) + " object",
    };

    /// <summary>DICT_UPDATE / DICT_MERGE: merges a mapping into the dict being built.</summary>
    private static void MergeMapping(PyDict dict, PyObject mapping, bool merge, PyObject? callable)
    {
        if (mapping is PyDict source)
        {
            foreach (var kv in source.Items.ToList())
            {
                if (merge && dict.TryGetValue(kv.Key, out _))
                    throw PyExc.TypeErr($"{(callable is null ? "function" : CallableName(callable))} got multiple values for keyword argument '{Ops.Str(kv.Key)}'");
                dict.SetItem(kv.Key, kv.Value);
            }
            return;
        }
        if (!Ops.TryGetAttr(mapping, "keys", out var keysMethod))
        {
            if (merge)
                throw PyExc.TypeErr($"{(callable is null ? "function" : CallableName(callable))} argument after ** must be a mapping, not {mapping.Type.Name}");
            throw PyExc.TypeErr($"'{mapping.Type.Name}' object is not a mapping");
        }
        var keys = Ops.ToList(Ops.Call(keysMethod, ReadOnlySpan<PyObject>.Empty));
        foreach (var key in keys)
        {
            if (merge && dict.TryGetValue(key, out _))
                throw PyExc.TypeErr($"{(callable is null ? "function" : CallableName(callable))} got multiple values for keyword argument '{Ops.Str(key)}'");
            dict.SetItem(key, Ops.GetItem(mapping, key));
        }
    }

    private static bool IsBuiltin(Frame frame, PyObject value, string name) =>
        frame.Builtins.TryGetValue(name, out var builtin) && ReferenceEquals(builtin, value);

    /// <summary>super() without arguments in a method: super(__class__, first argument).</summary>
    private static PyObject ZeroArgSuper(PyObject super, Frame frame)
    {
        var code = frame.Code;
        if (frame.LocalsDict is not null || code.ArgCount == 0 && code.VarNames.Length == 0)
            throw PyExc.Error(PyExc.RuntimeError, "super(): no arguments");
        var classIndex = Array.IndexOf(code.FreeVars, "__class__");
        if (classIndex < 0 || frame.Cells is null) throw PyExc.Error(PyExc.RuntimeError, "super(): __class__ cell not found");
        var cls = frame.Cells[code.CellVars.Length + classIndex].Value
                  ?? throw PyExc.Error(PyExc.RuntimeError, "super(): empty __class__ cell");
        if (code.VarNames.Length == 0) throw PyExc.Error(PyExc.RuntimeError, "super(): no arguments");
        var first = frame.Values[0].V;
        var firstCell = Array.IndexOf(code.CellVars, code.VarNames[0]);
        if (firstCell >= 0) first = frame.Cells[firstCell].Value!;
        if (first is null) throw PyExc.Error(PyExc.RuntimeError, "super(): arg[0] deleted");
        return Ops.Call(super, new[] { cls, first });
    }

    /// <summary>ascii(): the repr with non-ASCII characters escaped.</summary>
    private static string AsciiRepr(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        foreach (var c in repr)
        {
            if (c < 128) sb.Append(c);
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }

    /// <summary>The exception instance `raise X` raises: X itself, or X() for an exception class.</summary>
    private static PyBaseException MakeException(PyObject value, string message)
    {
        if (value is PyBaseException be) return be;
        if (value is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var instance = Ops.Call(t, ReadOnlySpan<PyObject>.Empty);
            if (instance is PyBaseException created) return created;
            return PyExc.Create(PyExc.TypeError,
                $"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {instance.Type.Name}");
        }
        return PyExc.Create(PyExc.TypeError, message);
    }

    /// <summary>except T: whether the exception matches T (a class or a tuple of classes).</summary>
    private static bool ExceptionMatches(PyObject exc, PyObject type)
    {
        if (type is PyTuple tuple)
        {
            foreach (var t in tuple.Items)
                if (ExceptionMatches(exc, t)) return true;
            return false;
        }
        if (type is PyType pt && pt.IsSubtypeOf(PyExc.BaseException)) return exc.Type.IsSubtypeOf(pt);
        throw PyExc.TypeErr("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>import NAME: the modules registered in the context (no file system imports).</summary>
    private static PyObject Import(string name, PyObject fromList, PyContext context) =>
        ImportFailure.ImportName(name, fromList);
}
