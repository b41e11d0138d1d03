namespace PyDbg.Vm.Runtime;

/// <summary>
/// CPython 3.11's "Did you mean: 'len'?" suggestions (Python/suggestions.c): the closest candidate
/// by a case-aware Levenshtein distance, within a third of the characters. CPython adds them when
/// it PRINTS a NameError/AttributeError (str(e) has no suggestion), so the traceback printer calls these.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The best suggestion among <paramref name="candidates"/> (in their order), or null.</summary>
    public static string? Best(string name, IReadOnlyList<string> candidates)
    {
        if (candidates.Count >= MaxCandidateItems) return null;
        string? suggestion = null;
        var suggestionDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item == name) continue;
            var maxDistance = (name.Length + item.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, suggestionDistance - 1);
            var d = Distance(name, item, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion is null || d < suggestionDistance)
            {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    /// <summary>For a NameError: locals first, then globals, then builtins (each as dir() orders them).</summary>
    public static string? ForName(string name, IEnumerable<string>? locals, PyDict? globals, PyDict? builtins)
    {
        if (locals is not null)
        {
            var s = Best(name, Sorted(locals));
            if (s is not null) return s;
        }
        foreach (var d in new[] { globals, builtins })
        {
            if (d is null) continue;
            var keys = new List<string>();
            foreach (var k in d.Keys) if (k is PyStr ks) keys.Add(ks.Value);
            var s = Best(name, Sorted(keys));
            if (s is not null) return s;
        }
        return null;
    }

    /// <summary>For an AttributeError: dir(obj).</summary>
    public static string? ForAttribute(PyObject obj, string name) => Best(name, Dir(obj));

    /// <summary>An approximation of dir(obj): its own attributes and those of its type's MRO, sorted.</summary>
    public static List<string> Dir(PyObject obj)
    {
        var names = new HashSet<string>();
        switch (obj)
        {
            case PyInstance inst: names.UnionWith(inst.Dict.Keys); break;
            case PyModule m:
                foreach (var k in m.Dict.Keys) if (k is PyStr ks) names.Add(ks.Value);
                break;
            case PyBaseException e when e.Dict is not null: names.UnionWith(e.Dict.Keys); break;
            case PyFunctionBase f when f.Dict is not null: names.UnionWith(f.Dict.Keys); break;
        }
        var types = obj is PyType t ? t.Mro : obj is PyModule ? Array.Empty<PyType>() : obj.Type.Mro;
        foreach (var ty in types) names.UnionWith(ty.Dict.Keys);
        return Sorted(names);
    }

    private static List<string> Sorted(IEnumerable<string> items)
    {
        var l = new List<string>(items);
        l.Sort(string.CompareOrdinal);
        return l;
    }

    private static int SubstitutionCost(char a, char b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
        return a == b ? CaseCost : MoveCost;
    }

    private static int Distance(string sa, string sb, int maxCost)
    {
        var a = sa.AsSpan();
        var b = sb.AsSpan();
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) { var t = a; a = b; b = t; }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        Span<int> buffer = stackalloc int[MaxStringSize];
        var tmp = MoveCost;
        for (var i = 0; i < a.Length; i++) { buffer[i] = tmp; tmp += MoveCost; }
        var result = 0;
        for (var bIndex = 0; bIndex < b.Length; bIndex++)
        {
            var code = b[bIndex];
            var distance = result = bIndex * MoveCost;
            var minimum = int.MaxValue;
            for (var index = 0; index < a.Length; index++)
            {
                var substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
