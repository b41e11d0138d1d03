using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using SyntaxList = PyDbg.Frontend.Syntax.List;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using Attribute = PyDbg.Frontend.Syntax.Attribute;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>Assignment targets (names, attributes, items, slices, nested and starred unpacking) and del.</summary>
public static partial class Executor
{
    public static void Assign(Expr target, PyObject value, Frame f)
    {
        switch (target)
        {
            case Name n:
                Evaluator.StoreName(n.Id, value, f);
                return;
            case Attribute a:
            {
                var obj = Evaluator.Eval(a.Value, f);
                try { Ops.SetAttr(obj, Evaluator.Mangled(a.Attr, f), value); }
                catch (PyException ex) when (f.Annotate(ex, a)) { throw; }
                return;
            }
            case Subscript s:
            {
                var obj = Evaluator.Eval(s.Value, f);
                var key = Evaluator.Eval(s.Slice, f);
                try { Ops.SetItem(obj, key, value); }
                catch (PyException ex) when (f.Annotate(ex, s)) { throw; }
                return;
            }
            case SyntaxTuple t:
                Unpack(t, t.Elts, value, f);
                return;
            case SyntaxList l:
                Unpack(l, l.Elts, value, f);
                return;
            case Starred st:
                Assign(st.Value, value, f);
                return;
            default:
                throw PyExc.Error(PyExc.SyntaxError, "cannot assign to expression");
        }
    }

    private static void Unpack(Expr target, IReadOnlyList<Expr> elts, PyObject value, Frame f)
    {
        var star = -1;
        for (var i = 0; i < elts.Count; i++)
            if (elts[i] is Starred) { star = i; break; }
        PyObject[] items;
        try
        {
            if (star < 0)
            {
                items = Ops.Unpack(value, elts.Count);
            }
            else
            {
                if (!Evaluator.IsIterable(value))
                    throw PyExc.TypeErr($"cannot unpack non-iterable {Ops.TypeName(value)} object");
                var all = Ops.ToList(value);
                var before = star;
                var after = elts.Count - star - 1;
                if (all.Count < before + after)
                    throw PyExc.ValueErr($"not enough values to unpack (expected at least {before + after}, got {all.Count})");
                items = new PyObject[elts.Count];
                for (var i = 0; i < before; i++) items[i] = all[i];
                items[star] = new PyList(all.GetRange(before, all.Count - before - after));
                for (var i = 0; i < after; i++) items[star + 1 + i] = all[all.Count - after + i];
            }
        }
        catch (PyException ex) when (f.Annotate(ex, target))
        {
            throw;
        }
        for (var i = 0; i < elts.Count; i++)
            Assign(elts[i] is Starred s ? s.Value : elts[i], items[i], f);
    }

    public static void Delete(Expr target, Frame f)
    {
        try
        {
            switch (target)
            {
                case Name n:
                    Evaluator.DeleteName(n.Id, f);
                    return;
                case Attribute a:
                    Ops.DelAttr(Evaluator.Eval(a.Value, f), Evaluator.Mangled(a.Attr, f));
                    return;
                case Subscript s:
                {
                    var obj = Evaluator.Eval(s.Value, f);
                    Ops.DelItem(obj, Evaluator.Eval(s.Slice, f));
                    return;
                }
                case SyntaxTuple t:
                    foreach (var e in t.Elts) Delete(e, f);
                    return;
                case SyntaxList l:
                    foreach (var e in l.Elts) Delete(e, f);
                    return;
                default:
                    throw PyExc.Error(PyExc.SyntaxError, "cannot delete expression");
            }
        }
        catch (PyException ex) when (f.Annotate(ex, target))
        {
            throw;
        }
    }
}
