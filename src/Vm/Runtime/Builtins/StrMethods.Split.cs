using System.Text;

namespace PyDbg.Vm.Runtime;

internal static partial class StrMethods
{
    private static readonly string[] SplitNames = { "sep", "maxsplit" };
    private static readonly string[] SplitlinesNames = { "keepends" };

    /// <summary>Python's whitespace (str.isspace, split(), strip()): .NET's plus \x1c-\x1f.</summary>
    internal static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f') || (c > 127 && char.IsWhiteSpace(c));

    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static void RegisterSplit()
    {
        M("split", static (self, a, k) => Split(self, a, k, "split", false));
        M("rsplit", static (self, a, k) => Split(self, a, k, "rsplit", true));
        M("splitlines", static (self, a, k) =>
        {
            var s = S(self, "splitlines");
            var slots = new PyObject?[1];
            Arg.Parse("splitlines", a, k, SplitlinesNames, 0, slots);
            var keep = slots[0] is { } kp && Arg.Index(kp) != 0;
            return SplitLines(s, keep);
        });
        M("join", static (self, a, k) => PyStr.From(Join(S(self, "join"), Arg.One("str.join", a, k))));
        M("strip", static (self, a, k) => Strip(self, a, k, "strip", true, true));
        M("lstrip", static (self, a, k) => Strip(self, a, k, "lstrip", true, false));
        M("rstrip", static (self, a, k) => Strip(self, a, k, "rstrip", false, true));
    }

    private static PyObject Split(PyObject self, ReadOnlySpan<PyObject> a, string[]? k, string name, bool fromRight)
    {
        var s = S(self, name);
        string? sep = null;
        long maxsplit = -1;
        if (k is null && a.Length == 0) { }
        else if (k is null && a.Length == 1 && a[0] is PyStr fastSep)
        {
            sep = fastSep.Value;
            if (sep.Length == 0) throw PyExc.ValueErr("empty separator");
        }
        else
        {
            var slots = new PyObject?[2];
            Arg.Parse(name, a, k, SplitNames, 0, slots);
            if (slots[0] is { } so && so is not PyNone)
            {
                if (Ops.NativeValue(so) is not PyStr ss) throw PyExc.TypeErr($"must be str or None, not {so.Type.Name}");
                sep = ss.Value;
                if (sep.Length == 0) throw PyExc.ValueErr("empty separator");
            }
            if (slots[1] is { } ms) maxsplit = Arg.Index(ms);
        }
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var result = new PyList();
        var items = result.Items;
        if (sep is null)
        {
            if (!fromRight)
            {
                var i = 0;
                var n = s.Length;
                while (true)
                {
                    while (i < n && IsSpace(s[i])) i++;
                    if (i >= n) break;
                    if (items.Count >= maxsplit)
                    {
                        items.Add(PyStr.From(s[i..]));
                        break;
                    }
                    var j = i;
                    while (j < n && !IsSpace(s[j])) j++;
                    items.Add(PyStr.From(s[i..j]));
                    i = j;
                }
            }
            else
            {
                var i = s.Length - 1;
                while (true)
                {
                    while (i >= 0 && IsSpace(s[i])) i--;
                    if (i < 0) break;
                    if (items.Count >= maxsplit)
                    {
                        items.Add(PyStr.From(s[..(i + 1)]));
                        break;
                    }
                    var j = i;
                    while (j >= 0 && !IsSpace(s[j])) j--;
                    items.Add(PyStr.From(s[(j + 1)..(i + 1)]));
                    i = j;
                }
                items.Reverse();
            }
            return result;
        }
        if (!fromRight)
        {
            var pos = 0;
            var sepChar = sep[0];
            var single = sep.Length == 1;
            while (items.Count < maxsplit)
            {
                var j = single ? s.IndexOf(sepChar, pos) : s.IndexOf(sep, pos, StringComparison.Ordinal);
                if (j < 0) break;
                items.Add(PyStr.From(s[pos..j]));
                pos = j + sep.Length;
            }
            items.Add(pos == 0 ? self : PyStr.From(s[pos..]));
        }
        else
        {
            var end = s.Length;
            var count = 0L;
            while (count < maxsplit && end >= sep.Length)
            {
                var j = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (j < 0) break;
                items.Add(PyStr.From(s[(j + sep.Length)..end]));
                end = j;
                count++;
            }
            items.Add(end == s.Length ? self : PyStr.From(s[..end]));
            items.Reverse();
        }
        return result;
    }

    internal static PyList SplitLines(string s, bool keepends)
    {
        var result = new PyList();
        var i = 0;
        var n = s.Length;
        while (i < n)
        {
            var j = i;
            while (j < n && !IsLineBreak(s[j])) j++;
            var eol = j;
            if (j < n)
            {
                if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
                else j++;
                if (keepends) eol = j;
            }
            result.Items.Add(PyStr.From(s[i..eol]));
            i = j;
        }
        return result;
    }

    internal static string Join(string sep, PyObject iterable)
    {
        IReadOnlyList<PyObject> items;
        switch (iterable)
        {
            case PyList l: items = l.Items; break;
            case PyTuple t: items = t.Items; break;
            default:
                PyObject it;
                try
                {
                    it = Ops.GetIter(iterable);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError) && iterable is not PyIterator)
                {
                    throw PyExc.TypeErr("can only join an iterable");
                }
                var list = new List<PyObject>();
                while (Ops.TryNext(it, out var v)) list.Add(v);
                items = list;
                break;
        }
        var count = items.Count;
        if (count == 0) return "";
        if (count == 1 && items[0] is PyStr only) return only.Value;
        long total = (long)sep.Length * (count - 1);
        for (var i = 0; i < count; i++)
        {
            if (Ops.NativeValue(items[i]) is not PyStr ps)
                throw PyExc.TypeErr($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += ps.Value.Length;
        }
        CheckLength(total);
        var sb = new StringBuilder((int)total);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(((PyStr)Ops.NativeValue(items[i])).Value);
        }
        return sb.ToString();
    }

    private static PyObject Strip(PyObject self, ReadOnlySpan<PyObject> a, string[]? k, string name, bool left, bool right)
    {
        var s = S(self, name);
        Arg.Positional(name, a, k, 0, 1);
        string? chars = null;
        if (a.Length == 1 && a[0] is not PyNone)
        {
            if (Ops.NativeValue(a[0]) is not PyStr cs) throw PyExc.TypeErr($"{name} arg must be None or str");
            chars = cs.Value;
        }
        var i = 0;
        var j = s.Length;
        if (chars is null)
        {
            if (left) while (i < j && IsSpace(s[i])) i++;
            if (right) while (j > i && IsSpace(s[j - 1])) j--;
        }
        else
        {
            if (left) while (i < j && chars.Contains(s[i])) i++;
            if (right) while (j > i && chars.Contains(s[j - 1])) j--;
        }
        if (i == 0 && j == s.Length) return self;
        return PyStr.From(s[i..j]);
    }
}
