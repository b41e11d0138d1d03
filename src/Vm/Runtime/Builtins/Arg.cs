namespace PyDbg.Vm.Runtime;

/// <summary>Argument-count and keyword helpers for native builtins, with CPython's exact messages.</summary>
internal static class Arg
{
    /// <summary>The number of positional arguments in a vectorcall argument span.</summary>
    public static int Pos(ReadOnlySpan<PyObject> args, string[]? kw) => kw is null ? args.Length : args.Length - kw.Length;

    private static string S(int n) => n == 1 ? "" : "s";

    public static void NoKw(string name, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw PyExc.TypeErr($"{name}() takes no keyword arguments");
    }

    /// <summary>METH_O: "len() takes exactly one argument (0 given)".</summary>
    public static PyObject One(string name, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        NoKw(name, kw);
        if (args.Length != 1) throw PyExc.TypeErr($"{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>METH_NOARGS: "str.upper() takes no arguments (1 given)".</summary>
    public static void None(string name, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        NoKw(name, kw);
        if (args.Length != 0) throw PyExc.TypeErr($"{name}() takes no arguments ({args.Length} given)");
    }

    /// <summary>_PyArg_CheckPositional: "divmod expected 2 arguments, got 1".</summary>
    public static void Count(string name, int n, int min, int max)
    {
        if (n < min)
        {
            if (min == max) throw PyExc.TypeErr($"{name} expected {min} argument{S(min)}, got {n}");
            throw PyExc.TypeErr($"{name} expected at least {min} argument{S(min)}, got {n}");
        }
        if (n > max)
        {
            if (min == max) throw PyExc.TypeErr($"{name} expected {max} argument{S(max)}, got {n}");
            throw PyExc.TypeErr($"{name} expected at most {max} argument{S(max)}, got {n}");
        }
    }

    /// <summary>Positional-only arguments, no keywords, between min and max of them.</summary>
    public static void Positional(string name, ReadOnlySpan<PyObject> args, string[]? kw, int min, int max)
    {
        NoKw(name, kw);
        Count(name, args.Length, min, max);
    }

    /// <summary>
    /// Argument-Clinic style parsing of positional-or-keyword parameters into <paramref name="slots"/>
    /// (null where not given). Parameters before <paramref name="posOnly"/> are positional-only;
    /// parameters from <paramref name="kwOnlyFrom"/> on are keyword-only.
    /// </summary>
    public static void Parse(string name, ReadOnlySpan<PyObject> args, string[]? kw, string[] names, int required,
        Span<PyObject?> slots, int posOnly = 0, int kwOnlyFrom = int.MaxValue)
    {
        var npos = Pos(args, kw);
        var maxPos = Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            if (maxPos == 0) throw PyExc.TypeErr($"{name}() takes no positional arguments");
            var total = args.Length;
            if (required == maxPos && kw is null)
                throw PyExc.TypeErr($"{name}() takes exactly {maxPos} argument{S(maxPos)} ({total} given)");
            throw PyExc.TypeErr($"{name}() takes at most {maxPos} argument{S(maxPos)} ({total} given)");
        }
        for (var i = 0; i < slots.Length; i++) slots[i] = null;
        for (var i = 0; i < npos; i++) slots[i] = args[i];
        if (kw is not null)
        {
            for (var k = 0; k < kw.Length; k++)
            {
                var idx = Array.IndexOf(names, kw[k]);
                if (idx < posOnly)
                    throw PyExc.TypeErr($"'{kw[k]}' is an invalid keyword argument for {name}()");
                if (slots[idx] is not null)
                    throw PyExc.TypeErr($"argument for {name}() given by name ('{kw[k]}') and position ({idx + 1})");
                slots[idx] = args[npos + k];
            }
        }
        for (var i = 0; i < required; i++)
            if (slots[i] is null)
            {
                if (i >= npos && i < kwOnlyFrom)
                    throw PyExc.TypeErr($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
                throw PyExc.TypeErr($"{name}() missing required argument '{names[i]}'");
            }
    }

    /// <summary>A str argument, or TypeError "{what} must be str, not int".</summary>
    public static string Str(PyObject o, string what)
    {
        if (o is PyStr s) return s.Value;
        throw PyExc.TypeErr($"{what} must be str, not {o.Type.Name}");
    }

    /// <summary>An index-like argument as a long ("'str' object cannot be interpreted as an integer").</summary>
    public static long Index(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.IsSmall) return i.Small;
            throw PyExc.Overflow("Python int too large to convert to C ssize_t");
        }
        if (o is PyBool b) return b.Value ? 1 : 0;
        var r = (PyInt)Builtins.IndexObject(o);
        if (r.IsSmall) return r.Small;
        throw PyExc.Overflow("Python int too large to convert to C ssize_t");
    }

    /// <summary>An index argument where None means "absent" (slice-like start/end in str.find etc.).</summary>
    public static long IndexOrNone(PyObject? o, long dflt)
    {
        if (o is null || o is PyNone) return dflt;
        if (o is PyInt i)
        {
            if (i.IsSmall) return i.Small;
            return i.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        }
        if (o is PyBool b) return b.Value ? 1 : 0;
        if (o.Type.Lookup("__index__") is null)
            throw PyExc.TypeErr("slice indices must be integers or None or have an __index__ method");
        return Ops.Index(o);
    }

    /// <summary>Normalises start/end like CPython's ADJUST_INDICES for a sequence of length <paramref name="len"/>.</summary>
    public static void AdjustIndices(ref long start, ref long end, long len)
    {
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }

    public static PyStr Self(PyObject self, string name)
    {
        if (self is PyStr s) return s;
        throw Descriptor(name, "str", self);
    }

    public static PyException Descriptor(string name, string owner, PyObject self) =>
        PyExc.TypeErr($"descriptor '{name}' for '{owner}' objects doesn't apply to a '{self.Type.Name}' object");
}
