using System.Numerics;

namespace PyDbg.Vm.Runtime;

public static partial class Builtins
{
    private static void AddSequences(List<PyBuiltinFunction> l)
    {
        l.Add(F("len", Len));
        l.Add(F("sorted", Sorted));
        l.Add(F("min", (a, k) => MinMax(a, k, "min", CompareOperator.Lt)));
        l.Add(F("max", (a, k) => MinMax(a, k, "max", CompareOperator.Gt)));
        l.Add(F("sum", Sum));
    }

    public static PyObject Len(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var x = Arg.One("len", args, kw);
        return x switch
        {
            PyStr s => PyInt.From(s.Value.Length),
            PyList l => PyInt.From(l.Items.Count),
            PyTuple t => PyInt.From(t.Items.Length),
            _ => PyInt.From(Ops.Len(x)),
        };
    }

    private static readonly string[] SortedNames = { "iterable", "key", "reverse" };

    public static PyObject Sorted(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var npos = Arg.Pos(args, kw);
        if (npos != 1) Arg.Count("sorted", npos, 1, 1);
        PyObject? key = null;
        var reverse = false;
        if (kw is not null)
        {
            for (var k = 0; k < kw.Length; k++)
            {
                var v = args[npos + k];
                if (kw[k] == "key") key = v is PyNone ? null : v;
                else if (kw[k] == "reverse") reverse = SortReverseFlag(v);
                else throw PyExc.TypeErr($"'{kw[k]}' is an invalid keyword argument for sort()");
            }
        }
        var list = CopyToList(args[0]);
        Sorting.Sort(list.Items, key, reverse);
        return list;
    }

    internal static bool SortReverseFlag(PyObject v)
    {
        if (v is PyBool b) return b.Value;
        if (v is PyInt i) return !(i.IsSmall && i.Small == 0);
        if (v is PyFloat) throw PyExc.TypeErr("'float' object cannot be interpreted as an integer");
        return Ops.Index(v) != 0;
    }

    /// <summary>list(iterable): a fresh list with the iterable's items.</summary>
    internal static PyList CopyToList(PyObject iterable) => iterable switch
    {
        PyList l => new PyList(new List<PyObject>(l.Items)),
        PyTuple t => new PyList(new List<PyObject>(t.Items)),
        _ => new PyList(Ops.ToList(iterable)),
    };

    private static PyObject MinMax(ReadOnlySpan<PyObject> args, string[]? kw, string name, CompareOperator op)
    {
        var npos = Arg.Pos(args, kw);
        PyObject? key = null, dflt = null;
        if (kw is not null)
        {
            for (var k = 0; k < kw.Length; k++)
            {
                var v = args[npos + k];
                if (kw[k] == "key") key = v is PyNone ? null : v;
                else if (kw[k] == "default") dflt = v;
                else throw PyExc.TypeErr($"'{kw[k]}' is an invalid keyword argument for {name}()");
            }
        }
        if (npos == 0) throw PyExc.TypeErr($"{name} expected at least 1 argument, got 0");
        if (npos > 1 && dflt is not null)
            throw PyExc.TypeErr($"Cannot specify a default for {name}() with multiple positional arguments");
        PyObject? best = null, bestKey = null;
        var one = key is null ? null : new PyObject[1];
        void Consider(PyObject item)
        {
            PyObject k;
            if (key is null) k = item;
            else { one![0] = item; k = Ops.Call(key, one); }
            if (best is null) { best = item; bestKey = k; return; }
            if (Ops.CompareBool(op, k, bestKey!)) { best = item; bestKey = k; }
        }
        if (npos == 1)
        {
            var src = args[0];
            if (src is PyList l) { for (var i = 0; i < l.Items.Count; i++) Consider(l.Items[i]); }
            else if (src is PyTuple t) { foreach (var it in t.Items) Consider(it); }
            else
            {
                var iter = Ops.GetIter(src);
                while (Ops.TryNext(iter, out var v)) Consider(v);
            }
            if (best is null)
            {
                if (dflt is not null) return dflt;
                throw PyExc.ValueErr($"{name}() arg is an empty sequence");
            }
            return best;
        }
        for (var i = 0; i < npos; i++) Consider(args[i]);
        return best!;
    }

    private static readonly string[] SumNames = { "iterable", "start" };

    public static PyObject Sum(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var slots = new PyObject?[2];
        Arg.Parse("sum", args, kw, SumNames, 1, slots, posOnly: 1);
        var start = slots[1] ?? PyInt.Zero;
        if (start is PyStr) throw PyExc.TypeErr("sum() can't sum strings [use ''.join(seq) instead]");
        var iter = Ops.GetIter(slots[0]!);
        var acc = start;
        // Fast path: small ints accumulate in a long until overflow or a non-int item.
        if (acc is PyInt ai && ai.IsSmall)
        {
            var total = ai.Small;
            while (true)
            {
                if (!Ops.TryNext(iter, out var item)) return PyInt.From(total);
                if (item is PyInt ii && ii.IsSmall)
                {
                    var t = total + ii.Small;
                    if (((total ^ t) & (ii.Small ^ t)) < 0)
                    {
                        acc = PyInt.From(new BigInteger(total) + ii.Small);
                        break;
                    }
                    total = t;
                    continue;
                }
                if (item is PyFloat fi)
                {
                    acc = new PyFloat(total + fi.Value);
                    break;
                }
                acc = Ops.BinaryOp(BinaryOperator.Add, PyInt.From(total), item);
                break;
            }
        }
        if (acc is PyFloat af)
        {
            var total = af.Value;
            while (true)
            {
                if (!Ops.TryNext(iter, out var item)) return new PyFloat(total);
                if (item is PyFloat fi) { total += fi.Value; continue; }
                if (item is PyInt ii && ii.IsSmall) { total += ii.Small; continue; }
                acc = Ops.BinaryOp(BinaryOperator.Add, new PyFloat(total), item);
                break;
            }
        }
        while (Ops.TryNext(iter, out var item)) acc = Ops.BinaryOp(BinaryOperator.Add, acc, item);
        return acc;
    }
}
