using System.Numerics;
using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Runtime;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;

namespace PyDbg.Frontend.Compilation;

/// <summary>
/// CPython 3.11's AST optimiser folds, and only those: unary and binary operators on constants
/// (with its size guards), tuples of constants, subscripts of constants.
/// </summary>
internal static class ConstantFolder
{
    private const int MaxIntSize = 128;     // bits
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;
    private const int MaxTotalItems = 1024;

    public static bool TryFold(Expr e, out PyObject value)
    {
        value = null!;
        switch (e)
        {
            case Constant c:
                value = c.Value;
                return true;
            case UnaryOp u:
            {
                if (!TryFold(u.Operand, out var v)) return false;
                if (u.Op == UnaryOp_.Not)
                {
                    // `not` of a constant; CPython folds only via PyObject_Not on the constant.
                    try { value = Ops.IsTrue(v) ? PyBool.False : PyBool.True; return true; }
                    catch (PyException) { return false; }
                }
                try
                {
                    value = Ops.UnaryOp(u.Op switch
                    {
                        UnaryOp_.Invert => UnaryOperator.Invert,
                        UnaryOp_.UAdd => UnaryOperator.Positive,
                        _ => UnaryOperator.Negative,
                    }, v);
                    return true;
                }
                catch (PyException) { return false; }
            }
            case BinOp b:
            {
                if (!TryFold(b.Left, out var l) || !TryFold(b.Right, out var r)) return false;
                if (!Safe(b.Op, l, r)) return false;
                try
                {
                    value = Ops.BinaryOp(CodeGen.BinaryOperatorOf(b.Op), l, r);
                    return true;
                }
                catch (PyException) { return false; }
            }
            case SyntaxTuple t:
            {
                if (t.Ctx != ExprContext.Load) return false;
                var items = new PyObject[t.Elts.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    if (t.Elts[i] is Starred || !TryFold(t.Elts[i], out items[i])) return false;
                }
                value = PyTuple.Of(items);
                return true;
            }
            case Subscript s:
            {
                if (s.Ctx != ExprContext.Load || s.Slice is Slice) return false;
                if (!TryFold(s.Value, out var container) || !TryFold(s.Slice, out var key)) return false;
                try
                {
                    value = Ops.GetItem(container, key);
                    return true;
                }
                catch (PyException) { return false; }
            }
            default:
                return false;
        }
    }

    private static long BitLength(PyInt i) => (long)BigInteger.Abs(i.Big).GetBitLength();

    private static long SeqLength(PyObject v) => v switch
    {
        PyStr s => s.Value.Length,
        PyTuple t => t.Items.Length,
        _ => -1,
    };

    /// <summary>CPython's safe_multiply / safe_power / safe_lshift / safe_mod guards.</summary>
    private static bool Safe(Operator op, PyObject l, PyObject r)
    {
        switch (op)
        {
            case Operator.Mult:
                if (l is PyInt li && r is PyInt ri && l is not PyBool && r is not PyBool)
                    return li.Big.IsZero || ri.Big.IsZero || BitLength(li) + BitLength(ri) <= MaxIntSize;
                if (l is PyInt n1 && SeqLength(r) >= 0) return SafeRepeat(r, n1);
                if (r is PyInt n2 && SeqLength(l) >= 0) return SafeRepeat(l, n2);
                return true;
            case Operator.Pow:
                if (l is PyInt bi && r is PyInt ei)
                {
                    if (bi.Big.IsZero || ei.Big.Sign <= 0) return true;
                    return ei.Big <= MaxIntSize && BitLength(bi) <= MaxIntSize / (long)ei.Big;
                }
                return true;
            case Operator.LShift:
                if (l is PyInt vi && r is PyInt wi)
                {
                    if (vi.Big.IsZero || wi.Big.IsZero) return true;
                    if (wi.Big.Sign < 0) return false;
                    return wi.Big <= MaxIntSize && BitLength(vi) <= MaxIntSize - (long)wi.Big;
                }
                return true;
            case Operator.Mod:
                return l is not PyStr;
            default:
                return true;
        }
    }

    private static bool SafeRepeat(PyObject seq, PyInt n)
    {
        if (!n.IsSmall) return false;
        var count = n.Small;
        var len = SeqLength(seq);
        if (len == 0) return true;
        if (count < 0) return false;
        var limit = seq is PyStr ? MaxStrSize : MaxCollectionSize;
        return len == 0 || count <= limit / len;
    }

    /// <summary>`not a in b` → `a not in b` (and is/is not), as CPython's optimiser rewrites it.</summary>
    public static Compare? InvertedCompare(UnaryOp u)
    {
        if (u.Operand is not Compare { Ops.Count: 1 } c) return null;
        var inverted = c.Ops[0] switch
        {
            CmpOp.In => CmpOp.NotIn,
            CmpOp.NotIn => CmpOp.In,
            CmpOp.Is => CmpOp.IsNot,
            CmpOp.IsNot => CmpOp.Is,
            _ => (CmpOp?)null,
        };
        if (inverted is null) return null;
        return c with { Ops = new[] { inverted.Value }, Span = u.Span };
    }
}
