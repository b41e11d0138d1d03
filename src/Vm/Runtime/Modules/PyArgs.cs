namespace PyDbg.Vm.Runtime;

/// <summary>
/// Argument binding for native functions that CPython implements in Python (random.py's methods):
/// the TypeErrors of a Python function ("Random.randint() missing 1 required positional argument: 'b'"),
/// counting the implicit self like a bound method does.
/// </summary>
internal static class PyArgs
{
    /// <summary>Binds into <paramref name="slots"/> (null = not given). Parameters from
    /// <paramref name="kwOnlyFrom"/> on are keyword-only; the first <paramref name="required"/> are required.</summary>
    public static void Bind(string qualName, ReadOnlySpan<PyObject> args, string[]? kw, string[] names,
        int required, Span<PyObject?> slots, int kwOnlyFrom = int.MaxValue, bool countSelf = true)
    {
        var self = countSelf ? 1 : 0;
        var npos = kw is null ? args.Length : args.Length - kw.Length;
        var maxPos = Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            var hi = maxPos + self;
            var lo = required + self;
            var takes = lo == hi ? $"{hi} positional argument{(hi == 1 ? "" : "s")}" : $"from {lo} to {hi} positional arguments";
            var given = npos + self;
            throw PyExc.TypeErr($"{qualName}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given");
        }
        for (var i = 0; i < slots.Length; i++) slots[i] = null;
        for (var i = 0; i < npos; i++) slots[i] = args[i];
        if (kw is not null)
        {
            for (var k = 0; k < kw.Length; k++)
            {
                var idx = Array.IndexOf(names, kw[k]);
                if (idx < 0) throw PyExc.TypeErr($"{qualName}() got an unexpected keyword argument '{kw[k]}'");
                if (slots[idx] is not null) throw PyExc.TypeErr($"{qualName}() got multiple values for argument '{kw[k]}'");
                slots[idx] = args[npos + k];
            }
        }
        List<string>? missing = null;
        for (var i = 0; i < required; i++)
            if (slots[i] is null) (missing ??= new()).Add(names[i]);
        if (missing is not null)
        {
            var list = missing.Count switch
            {
                1 => $"'{missing[0]}'",
                2 => $"'{missing[0]}' and '{missing[1]}'",
                _ => string.Join(", ", missing.GetRange(0, missing.Count - 1).ConvertAll(s => $"'{s}'")) + $", and '{missing[^1]}'",
            };
            var n = missing.Count;
            throw PyExc.TypeErr($"{qualName}() missing {n} required positional argument{(n == 1 ? "" : "s")}: {list}");
        }
    }
}
