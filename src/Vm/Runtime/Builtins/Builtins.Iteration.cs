namespace PyDbg.Vm.Runtime;

public static partial class Builtins
{
    private static void AddIteration(List<PyBuiltinFunction> l)
    {
        l.Add(F("iter", Iter));
        l.Add(F("next", Next));
        l.Add(F("any", Any));
        l.Add(F("all", All));
    }

    public static PyObject Iter(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("iter", args, kw, 1, 2);
        if (args.Length == 1) return Ops.GetIter(args[0]);
        if (!IsCallable(args[0])) throw PyExc.TypeErr("iter(v, w): v must be callable");
        return new CallableIterator(args[0], args[1]);
    }

    public static PyObject Next(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Arg.Positional("next", args, kw, 1, 2);
        var it = args[0];
        if (it is not PyIterator && it.Type.Lookup("__next__") is null)
            throw PyExc.TypeErr($"'{it.Type.Name}' object is not an iterator");
        // A generator's __next__ raises StopIteration carrying its return value (e.value).
        if (args.Length == 1 && it.Type.Name == "generator" && it.Type.Dict.TryGetValue("__next__", out var generatorNext))
            return Ops.Call(generatorNext, new[] { it });
        if (Ops.TryNext(it, out var v)) return v;
        if (args.Length == 2) return args[1];
        throw new PyException(new PyBaseException(PyExc.StopIteration, PyTuple.Empty));
    }

    public static PyObject Any(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var x = Arg.One("any", args, kw);
        if (x is PyList l)
        {
            for (var i = 0; i < l.Items.Count; i++) if (Ops.IsTrue(l.Items[i])) return PyBool.True;
            return PyBool.False;
        }
        var it = Ops.GetIter(x);
        while (Ops.TryNext(it, out var v)) if (Ops.IsTrue(v)) return PyBool.True;
        return PyBool.False;
    }

    public static PyObject All(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var x = Arg.One("all", args, kw);
        if (x is PyList l)
        {
            for (var i = 0; i < l.Items.Count; i++) if (!Ops.IsTrue(l.Items[i])) return PyBool.False;
            return PyBool.True;
        }
        var it = Ops.GetIter(x);
        while (Ops.TryNext(it, out var v)) if (!Ops.IsTrue(v)) return PyBool.False;
        return PyBool.True;
    }
}
