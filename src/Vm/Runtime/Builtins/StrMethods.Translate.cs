using System.Text;

namespace PyDbg.Vm.Runtime;

internal static partial class StrMethods
{
    private static void RegisterTranslate()
    {
        PyType.Str.Dict["maketrans"] = new PyBuiltinFunction("maketrans", MakeTrans);
        M("translate", static (self, a, k) =>
        {
            var s = S(self, "translate");
            var table = Arg.One("str.translate", a, k);
            return PyStr.From(Translate(s, table));
        });
        M("expandtabs", static (self, a, k) =>
        {
            var s = S(self, "expandtabs");
            var slots = new PyObject?[1];
            Arg.Parse("expandtabs", a, k, TabNames, 0, slots);
            var tab = slots[0] is null ? 8 : Arg.Index(slots[0]!);
            return PyStr.From(ExpandTabs(s, tab));
        });
    }

    private static readonly string[] TabNames = { "tabsize" };

    internal static string ExpandTabs(string s, long tab)
    {
        var sb = new StringBuilder(s.Length);
        long col = 0;
        foreach (var c in s)
        {
            if (c == '\t')
            {
                if (tab > 0)
                {
                    var n = tab - col % tab;
                    CheckLength(sb.Length + n);
                    sb.Append(' ', (int)n);
                    col += n;
                }
            }
            else
            {
                sb.Append(c);
                col++;
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return sb.ToString();
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Arg.Positional("maketrans", a, k, 1, 3);
        var d = new PyDict();
        if (a.Length == 1)
        {
            if (a[0] is not PyDict src)
                throw PyExc.TypeErr("if you give only one argument to maketrans it must be a dict");
            foreach (var kv in src.Items)
            {
                if (kv.Key is PyStr ks)
                {
                    if (ks.Value.Length != 1) throw PyExc.ValueErr("string keys in translate table must be of length 1");
                    d.SetItem(PyInt.From(ks.Value[0]), kv.Value);
                }
                else if (kv.Key is PyInt) d.SetItem(kv.Key, kv.Value);
                else throw PyExc.TypeErr("keys in translate table must be strings or integers");
            }
            return d;
        }
        if (Ops.NativeValue(a[0]) is not PyStr x) throw PyExc.TypeErr($"maketrans() argument 1 must be str, not {a[0].Type.Name}");
        if (Ops.NativeValue(a[1]) is not PyStr y) throw PyExc.TypeErr($"maketrans() argument 2 must be str, not {a[1].Type.Name}");
        if (x.Value.Length != y.Value.Length)
            throw PyExc.ValueErr("the first two maketrans arguments must have equal length");
        for (var i = 0; i < x.Value.Length; i++) d.SetItem(PyInt.From(x.Value[i]), PyInt.From(y.Value[i]));
        if (a.Length == 3)
        {
            if (Ops.NativeValue(a[2]) is not PyStr z) throw PyExc.TypeErr($"maketrans() argument 3 must be str, not {a[2].Type.Name}");
            foreach (var c in z.Value) d.SetItem(PyInt.From(c), PyNone.Instance);
        }
        return d;
    }

    internal static string Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            PyObject r;
            var key = PyInt.From(c);
            if (table is PyDict d)
            {
                if (!d.TryGetValue(key, out r)) { sb.Append(c); continue; }
            }
            else
            {
                try
                {
                    r = Ops.GetItem(table, key);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.LookupError))
                {
                    sb.Append(c);
                    continue;
                }
            }
            switch (r)
            {
                case PyNone: break;
                case PyStr rs: sb.Append(rs.Value); break;
                case PyInt ri:
                    if (!ri.IsSmall || ri.Small < 0 || ri.Small > 0x10FFFF)
                        throw PyExc.ValueErr("character mapping must be in range(0x110000)");
                    if (ri.Small < 0x10000) sb.Append((char)ri.Small);
                    else sb.Append(char.ConvertFromUtf32((int)ri.Small));
                    break;
                default:
                    throw PyExc.TypeErr("character mapping must return integer, None or str");
            }
        }
        return sb.ToString();
    }
}
