using System.Text;

namespace PyDbg.Vm.Runtime;

internal static partial class StrMethods
{
    /// <summary>find/index/count argument parsing: (sub[, start[, end]]), start/end adjusted.</summary>
    private static string FindArgs(string name, ReadOnlySpan<PyObject> a, string[]? k, int len, out int start, out int end)
    {
        Arg.NoKw(name, k);
        if (a.Length < 1) throw PyExc.TypeErr($"{name}() takes at least 1 argument ({a.Length} given)");
        if (a.Length > 3) throw PyExc.TypeErr($"{name}() takes at most 3 arguments ({a.Length} given)");
        if (Ops.NativeValue(a[0]) is not PyStr sub) throw PyExc.TypeErr($"must be str, not {a[0].Type.Name}");
        long st = Arg.IndexOrNone(a.Length > 1 ? a[1] : null, 0);
        long en = Arg.IndexOrNone(a.Length > 2 ? a[2] : null, long.MaxValue / 2);
        Arg.AdjustIndices(ref st, ref en, len);
        start = (int)Math.Min(st, int.MaxValue);
        end = (int)Math.Min(en, int.MaxValue);
        return sub.Value;
    }

    internal static int Find(string s, string sub, int start, int end)
    {
        if (start > s.Length || end - start < sub.Length) return -1;
        return s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
    }

    internal static int RFind(string s, string sub, int start, int end)
    {
        if (start > s.Length || end - start < sub.Length) return -1;
        if (sub.Length == 0) return end;
        return s.LastIndexOf(sub, end - 1, end - start, StringComparison.Ordinal);
    }

    internal static int Count(string s, string sub, int start, int end)
    {
        if (start > s.Length || end - start < sub.Length) return 0;
        if (sub.Length == 0) return end - start + 1;
        var n = 0;
        var i = start;
        while (true)
        {
            var j = s.IndexOf(sub, i, end - i, StringComparison.Ordinal);
            if (j < 0) return n;
            n++;
            i = j + sub.Length;
            if (end - i < sub.Length) return n;
        }
    }

    private static void RegisterSearch()
    {
        M("find", static (self, a, k) =>
        {
            var s = S(self, "find");
            var sub = FindArgs("find", a, k, s.Length, out var st, out var en);
            return PyInt.From(Find(s, sub, st, en));
        });
        M("rfind", static (self, a, k) =>
        {
            var s = S(self, "rfind");
            var sub = FindArgs("rfind", a, k, s.Length, out var st, out var en);
            return PyInt.From(RFind(s, sub, st, en));
        });
        M("index", static (self, a, k) =>
        {
            var s = S(self, "index");
            var sub = FindArgs("index", a, k, s.Length, out var st, out var en);
            var r = Find(s, sub, st, en);
            if (r < 0) throw PyExc.ValueErr("substring not found");
            return PyInt.From(r);
        });
        M("rindex", static (self, a, k) =>
        {
            var s = S(self, "rindex");
            var sub = FindArgs("rindex", a, k, s.Length, out var st, out var en);
            var r = RFind(s, sub, st, en);
            if (r < 0) throw PyExc.ValueErr("substring not found");
            return PyInt.From(r);
        });
        M("count", static (self, a, k) =>
        {
            var s = S(self, "count");
            var sub = FindArgs("count", a, k, s.Length, out var st, out var en);
            return PyInt.From(Count(s, sub, st, en));
        });
        M("startswith", static (self, a, k) => PyBool.From(Match(S(self, "startswith"), a, k, "startswith", false)));
        M("endswith", static (self, a, k) => PyBool.From(Match(S(self, "endswith"), a, k, "endswith", true)));
        M("replace", static (self, a, k) =>
        {
            var s = S(self, "replace");
            Arg.Positional("replace", a, k, 2, 3);
            if (Ops.NativeValue(a[0]) is not PyStr o) throw PyExc.TypeErr($"replace() argument 1 must be str, not {a[0].Type.Name}");
            if (Ops.NativeValue(a[1]) is not PyStr n) throw PyExc.TypeErr($"replace() argument 2 must be str, not {a[1].Type.Name}");
            long count = a.Length == 3 ? Arg.Index(a[2]) : -1;
            return PyStr.From(Replace(s, o.Value, n.Value, count));
        });
        M("partition", static (self, a, k) => Partition(self, a, k, "partition", false));
        M("rpartition", static (self, a, k) => Partition(self, a, k, "rpartition", true));
        M("removeprefix", static (self, a, k) =>
        {
            var s = S(self, "removeprefix");
            var p = Arg.One("str.removeprefix", a, k);
            if (Ops.NativeValue(p) is not PyStr ps) throw PyExc.TypeErr($"removeprefix() argument must be str, not {p.Type.Name}");
            return ps.Value.Length > 0 && s.StartsWith(ps.Value, StringComparison.Ordinal) ? PyStr.From(s[ps.Value.Length..]) : self;
        });
        M("removesuffix", static (self, a, k) =>
        {
            var s = S(self, "removesuffix");
            var p = Arg.One("str.removesuffix", a, k);
            if (Ops.NativeValue(p) is not PyStr ps) throw PyExc.TypeErr($"removesuffix() argument must be str, not {p.Type.Name}");
            return ps.Value.Length > 0 && s.EndsWith(ps.Value, StringComparison.Ordinal) ? PyStr.From(s[..^ps.Value.Length]) : self;
        });
    }

    private static bool Match(string s, ReadOnlySpan<PyObject> a, string[]? k, string name, bool atEnd)
    {
        Arg.NoKw(name, k);
        if (a.Length < 1) throw PyExc.TypeErr($"{name}() takes at least 1 argument ({a.Length} given)");
        if (a.Length > 3) throw PyExc.TypeErr($"{name}() takes at most 3 arguments ({a.Length} given)");
        long st = Arg.IndexOrNone(a.Length > 1 ? a[1] : null, 0);
        long en = Arg.IndexOrNone(a.Length > 2 ? a[2] : null, long.MaxValue / 2);
        Arg.AdjustIndices(ref st, ref en, s.Length);
        if (a[0] is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                if (Ops.NativeValue(item) is not PyStr ps) throw PyExc.TypeErr($"tuple for {name} must only contain str, not {item.Type.Name}");
                if (TailMatch(s, ps.Value, st, en, atEnd)) return true;
            }
            return false;
        }
        if (Ops.NativeValue(a[0]) is not PyStr p)
            throw PyExc.TypeErr($"{name} first arg must be str or a tuple of str, not {a[0].Type.Name}");
        return TailMatch(s, p.Value, st, en, atEnd);
    }

    private static bool TailMatch(string s, string sub, long start, long end, bool atEnd)
    {
        if (start > s.Length) return false;
        if (end - start < sub.Length) return false;
        var pos = atEnd ? (int)end - sub.Length : (int)start;
        return string.CompareOrdinal(s, pos, sub, 0, sub.Length) == 0;
    }

    internal static string Replace(string s, string old, string @new, long count)
    {
        if (count < 0) count = long.MaxValue;
        if (count == 0) return s;
        if (old.Length == 0)
        {
            var sb0 = new StringBuilder();
            var n = 0L;
            for (var i = 0; i <= s.Length; i++)
            {
                if (n < count) { sb0.Append(@new); n++; }
                if (i < s.Length) sb0.Append(s[i]);
                if (sb0.Length > PyContext.Current.MaxSequenceLength) throw PyExc.Memory();
            }
            return sb0.ToString();
        }
        if (count == long.MaxValue)
        {
            if (@new.Length > old.Length)
            {
                var occurrences = Count(s, old, 0, s.Length);
                CheckLength((long)s.Length + (long)occurrences * (@new.Length - old.Length));
            }
            return s.Replace(old, @new, StringComparison.Ordinal);
        }
        var sb = new StringBuilder(s.Length);
        var pos = 0;
        var done = 0L;
        while (done < count)
        {
            var j = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (j < 0) break;
            sb.Append(s, pos, j - pos).Append(@new);
            pos = j + old.Length;
            done++;
        }
        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
    }

    private static PyObject Partition(PyObject self, ReadOnlySpan<PyObject> a, string[]? k, string name, bool fromRight)
    {
        var s = S(self, name);
        var sepObj = Arg.One("str." + name, a, k);
        if (Ops.NativeValue(sepObj) is not PyStr sepStr) throw PyExc.TypeErr($"must be str, not {sepObj.Type.Name}");
        var sep = sepStr.Value;
        if (sep.Length == 0) throw PyExc.ValueErr("empty separator");
        var i = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (i < 0)
            return fromRight ? PyTuple.Of(PyStr.Empty, PyStr.Empty, self) : PyTuple.Of(self, PyStr.Empty, PyStr.Empty);
        return PyTuple.Of(PyStr.From(s[..i]), sepStr, PyStr.From(s[(i + sep.Length)..]));
    }
}
