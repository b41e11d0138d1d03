using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using SyntaxList = PyDbg.Frontend.Syntax.List;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using Attribute = PyDbg.Frontend.Syntax.Attribute;

namespace PyDbg.Frontend.TreeWalk;

/// <summary>
/// Evaluates expressions. Every operator, attribute, item, iteration and call goes through
/// <see cref="Ops"/>, so the semantics are the runtime's (shared with the VM). When an exception
/// passes through an expression, the innermost expression of the frame is recorded in the
/// traceback (CPython 3.11 points at the failing instruction's expression).
/// </summary>
public static partial class Evaluator
{
    public static PyObject Eval(Expr e, Frame f)
    {
        if (e is Constant constant) return constant.Value;
        try
        {
            return EvalCore(e, f);
        }
        catch (PyException ex) when (f.Annotate(ex, e))
        {
            throw;
        }
    }

    private static PyObject EvalCore(Expr e, Frame f)
    {
        switch (e)
        {
            case Name n:
                return LoadName(n.Id, f);
            case Constant c:
                return c.Value;
            case BinOp b:
            {
                var left = Eval(b.Left, f);
                var right = Eval(b.Right, f);
                return Ops.BinaryOp(BinaryOperatorOf(b.Op), left, right);
            }
            case Call call:
                return EvalCall(call, f);
            case Attribute a:
                return Ops.GetAttr(Eval(a.Value, f), Mangled(a.Attr, f));
            case Subscript s:
            {
                var obj = Eval(s.Value, f);
                return Ops.GetItem(obj, Eval(s.Slice, f));
            }
            case Compare c:
                return EvalCompare(c, f);
            case BoolOp b:
                return EvalBoolOp(b, f);
            case UnaryOp u:
            {
                var operand = Eval(u.Operand, f);
                return u.Op switch
                {
                    UnaryOp_.Not => Ops.IsTrue(operand) ? PyBool.False : PyBool.True,
                    UnaryOp_.USub => Ops.UnaryOp(UnaryOperator.Negative, operand),
                    UnaryOp_.UAdd => Ops.UnaryOp(UnaryOperator.Positive, operand),
                    _ => Ops.UnaryOp(UnaryOperator.Invert, operand),
                };
            }
            case IfExp ie:
                return Ops.IsTrue(Eval(ie.Test, f)) ? Eval(ie.Body, f) : Eval(ie.OrElse, f);
            case SyntaxList l:
                return new PyList(EvalElements(l.Elts, f));
            case SyntaxTuple t:
                return EvalTuple(t, f);
            case Dict d:
                return EvalDict(d, f);
            case Set s:
            {
                var set = new PySet();
                foreach (var item in EvalElements(s.Elts, f)) set.Add(item);
                return set;
            }
            case Slice sl:
                return new PySlice(
                    sl.Lower is null ? PyNone.Instance : Eval(sl.Lower, f),
                    sl.Upper is null ? PyNone.Instance : Eval(sl.Upper, f),
                    sl.Step is null ? PyNone.Instance : Eval(sl.Step, f));
            case JoinedStr js:
                return PyStr.From(EvalJoinedStr(js, f));
            case FormattedValue fv:
                return PyStr.From(EvalFormattedValue(fv, f));
            case NamedExpr ne:
            {
                var value = Eval(ne.Value, f);
                Executor.Assign(ne.Target, value, f);
                return value;
            }
            case Lambda lam:
                return Executor.MakeFunction(lam, "<lambda>", lam.Args, f);
            case ListComp or SetComp or DictComp:
                return EvalComprehension(e, f);
            case GeneratorExp ge:
                return MakeGeneratorExpression(ge, f);
            case Yield y:
                return GeneratorCore.YieldValue(f, y.Value is null ? PyNone.Instance : Eval(y.Value, f));
            case YieldFrom yf:
                return GeneratorCore.YieldFrom(f, Eval(yf.Value, f));
            case Starred:
                throw PyExc.Error(PyExc.SyntaxError, "can't use starred expression here");
            case Await:
                throw PyExc.Error(PyExc.SyntaxError, "'await' is not supported");
            default:
                throw PyExc.Error(PyExc.SystemError, $"unknown expression {e.GetType().Name}");
        }
    }

    public static BinaryOperator BinaryOperatorOf(Operator op) => op switch
    {
        Operator.Add => BinaryOperator.Add,
        Operator.Sub => BinaryOperator.Subtract,
        Operator.Mult => BinaryOperator.Multiply,
        Operator.MatMult => BinaryOperator.MatMul,
        Operator.Div => BinaryOperator.TrueDivide,
        Operator.Mod => BinaryOperator.Remainder,
        Operator.Pow => BinaryOperator.Power,
        Operator.LShift => BinaryOperator.LShift,
        Operator.RShift => BinaryOperator.RShift,
        Operator.BitOr => BinaryOperator.Or,
        Operator.BitXor => BinaryOperator.Xor,
        Operator.BitAnd => BinaryOperator.And,
        _ => BinaryOperator.FloorDivide,
    };

    private static PyObject EvalBoolOp(BoolOp b, Frame f)
    {
        var values = b.Values;
        for (var i = 0; i < values.Count - 1; i++)
        {
            var v = Eval(values[i], f);
            var truth = Ops.IsTrue(v);
            if (b.Op == BoolOperator.And ? !truth : truth) return v;
        }
        return Eval(values[^1], f);
    }

    /// <summary>a &lt; b &lt; c: each operand evaluated once, stopping at the first false comparison.</summary>
    private static PyObject EvalCompare(Compare c, Frame f)
    {
        var left = Eval(c.Left, f);
        PyObject result = PyBool.True;
        for (var i = 0; i < c.Ops.Count; i++)
        {
            var right = Eval(c.Comparators[i], f);
            result = CompareOne(c.Ops[i], left, right);
            if (i < c.Ops.Count - 1 && !Ops.IsTrue(result)) return result;
            left = right;
        }
        return result;
    }

    public static PyObject CompareOne(CmpOp op, PyObject left, PyObject right) => op switch
    {
        CmpOp.Eq => Ops.Compare(CompareOperator.Eq, left, right),
        CmpOp.NotEq => Ops.Compare(CompareOperator.Ne, left, right),
        CmpOp.Lt => Ops.Compare(CompareOperator.Lt, left, right),
        CmpOp.LtE => Ops.Compare(CompareOperator.Le, left, right),
        CmpOp.Gt => Ops.Compare(CompareOperator.Gt, left, right),
        CmpOp.GtE => Ops.Compare(CompareOperator.Ge, left, right),
        CmpOp.Is => PyBool.From(ReferenceEquals(left, right)),
        CmpOp.IsNot => PyBool.From(!ReferenceEquals(left, right)),
        CmpOp.In => PyBool.From(Ops.Contains(right, left)),
        _ => PyBool.From(!Ops.Contains(right, left)),
    };

    private static PyObject EvalTuple(SyntaxTuple t, Frame f)
    {
        var elts = t.Elts;
        var simple = true;
        foreach (var x in elts)
            if (x is Starred) { simple = false; break; }
        if (!simple) return new PyTuple(EvalElements(elts, f).ToArray());
        if (elts.Count == 0) return PyTuple.Empty;
        var items = new PyObject[elts.Count];
        for (var i = 0; i < items.Length; i++) items[i] = Eval(elts[i], f);
        return new PyTuple(items);
    }

    /// <summary>The items of a list/tuple/set display, with *iterable unpacked.</summary>
    private static List<PyObject> EvalElements(IReadOnlyList<Expr> elts, Frame f)
    {
        var items = new List<PyObject>(elts.Count);
        foreach (var x in elts)
        {
            if (x is Starred s)
            {
                var iterable = Eval(s.Value, f);
                try
                {
                    items.AddRange(Ops.ToList(iterable));
                }
                catch (PyException ex) when (ex.Value.Type == PyExc.TypeError && !IsIterable(iterable))
                {
                    throw PyExc.TypeErr($"Value after * must be an iterable, not {Ops.TypeName(iterable)}");
                }
            }
            else items.Add(Eval(x, f));
        }
        return items;
    }

    private static PyObject EvalDict(Dict d, Frame f)
    {
        var dict = new PyDict();
        for (var i = 0; i < d.Values.Count; i++)
        {
            if (d.Keys[i] is { } keyExpr)
            {
                var key = Eval(keyExpr, f);
                dict.SetItem(key, Eval(d.Values[i], f));
            }
            else
            {
                var mapping = Eval(d.Values[i], f);
                MergeMapping(dict, mapping, () => $"'{Ops.TypeName(mapping)}' object is not a mapping");
            }
        }
        return dict;
    }

    /// <summary>Copies a mapping's items (a dict, or anything with keys() and __getitem__) into <paramref name="target"/>.</summary>
    public static void MergeMapping(PyDict target, PyObject mapping, Func<string> notMapping)
    {
        if (mapping is PyDict source)
        {
            foreach (var kv in source.Items.ToList()) target.SetItem(kv.Key, kv.Value);
            return;
        }
        if (!Ops.TryGetAttr(mapping, "keys", out var keysMethod)) throw PyExc.TypeErr(notMapping());
        var keys = Ops.ToList(Ops.Call(keysMethod, ReadOnlySpan<PyObject>.Empty));
        foreach (var key in keys) target.SetItem(key, Ops.GetItem(mapping, key));
    }

    public static bool IsIterable(PyObject value)
    {
        if (value is PyIterator or PyList or PyTuple or PyStr or PyDict or PySet or PyRange) return true;
        return value.Type.Lookup("__iter__") is not null || value.Type.Lookup("__getitem__") is not null;
    }
}
