using PyDbg.Frontend.Syntax;
using Attribute = PyDbg.Frontend.Syntax.Attribute;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;
using SyntaxList = PyDbg.Frontend.Syntax.List;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;

namespace PyDbg.Frontend.Compilation;

internal sealed partial class CodeGen
{
    private static IReadOnlyList<Expr>? SequenceElts(Expr e) => e switch
    {
        SyntaxTuple t => t.Elts,
        SyntaxList l => l.Elts,
        _ => null,
    };

    private void CompileAssign(Assign a)
    {
        // BUILD_TUPLE n + UNPACK_SEQUENCE n (n = 2, 3) becomes SWAP n in CPython's peephole pass.
        if (a.Targets.Count == 1 && SequenceElts(a.Targets[0]) is { } targets && a.Value is SyntaxTuple valueTuple && valueTuple.Elts is var values
            && targets.Count == values.Count && targets.Count is >= 1 and <= 3
            && !targets.Any(t => t is Starred) && !values.Any(v => v is Starred)
            && !ConstantFolder.TryFold(a.Value, out _))
        {
            using (_b.At(a.Value.Span))
                foreach (var v in values) VisitExpr(v);
            using (_b.At(a.Targets[0].Span))
                if (values.Count > 1) _b.Emit(OpCode.SWAP, values.Count);
            foreach (var t in targets) StoreTarget(t);
            return;
        }
        VisitExpr(a.Value);
        for (var i = 0; i < a.Targets.Count; i++)
        {
            if (i < a.Targets.Count - 1) _b.Emit(OpCode.COPY, 1);
            StoreTarget(a.Targets[i]);
        }
    }

    private void StoreTarget(Expr t)
    {
        using var _ = _b.At(t.Span);
        switch (t)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                _b.Emit(OpCode.STORE_ATTR, _b.AddName(at.Attr));
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitSlice(sub.Slice);
                _b.Emit(OpCode.STORE_SUBSCR);
                break;
            case SyntaxTuple or SyntaxList:
            {
                var elts = SequenceElts(t)!;
                var star = -1;
                for (var i = 0; i < elts.Count; i++)
                {
                    if (elts[i] is not Starred) continue;
                    if (star >= 0) throw Error("multiple starred expressions in assignment", elts[i].Span);
                    star = i;
                }
                if (star < 0) _b.Emit(OpCode.UNPACK_SEQUENCE, elts.Count);
                else
                {
                    var after = elts.Count - star - 1;
                    if (star >= 256 || after >= (1 << 24))
                        throw Error("too many expressions in star-unpacking assignment", t.Span);
                    _b.Emit(OpCode.UNPACK_EX, star | (after << 8));
                }
                foreach (var e in elts) StoreTarget(e is Starred s ? s.Value : e);
                break;
            }
            case Starred:
                throw Error("starred assignment target must be in a list or tuple", t.Span);
            default:
                throw Error($"cannot assign to {Describe(t)}", t.Span);
        }
    }

    private static string Describe(Expr e) => e switch
    {
        Call => "function call",
        Constant { Value: PyNone or PyBool or PyEllipsis } c => Ops.Repr(c.Value),
        Constant => "literal",
        BinOp or UnaryOp => "expression",
        Compare => "comparison",
        Lambda => "lambda",
        _ => "expression",
    };

    private void DeleteTarget(Expr t)
    {
        using var _ = _b.At(t.Span);
        switch (t)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Del);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                _b.Emit(OpCode.DELETE_ATTR, _b.AddName(at.Attr));
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitSlice(sub.Slice);
                _b.Emit(OpCode.DELETE_SUBSCR);
                break;
            case SyntaxTuple or SyntaxList:
                foreach (var e in SequenceElts(t)!) DeleteTarget(e);
                break;
            default:
                throw Error($"cannot delete {Describe(t)}", t.Span);
        }
    }

    private void CompileAugAssign(AugAssign a)
    {
        var stmtSpan = _b.CurrentSpan;
        var op = (int)BinaryOperatorOf(a.Op) + 13;
        switch (a.Target)
        {
            case Name n:
                using (_b.At(n.Span)) NameOp(n.Id, ExprContext.Load);
                VisitExpr(a.Value);
                _b.Emit(OpCode.BINARY_OP, op);
                using (_b.At(n.Span)) NameOp(n.Id, ExprContext.Store);
                break;
            case Attribute at:
                using (_b.At(at.Span))
                {
                    VisitExpr(at.Value);
                    _b.Emit(OpCode.COPY, 1);
                    _b.Emit(OpCode.LOAD_ATTR, _b.AddName(at.Attr));
                }
                VisitExpr(a.Value);
                _b.Emit(OpCode.BINARY_OP, op);
                using (_b.At(at.Span))
                {
                    _b.Emit(OpCode.SWAP, 2);
                    _b.Emit(OpCode.STORE_ATTR, _b.AddName(at.Attr));
                }
                break;
            case Subscript sub:
                using (_b.At(sub.Span))
                {
                    VisitExpr(sub.Value);
                    VisitSlice(sub.Slice);
                    _b.Emit(OpCode.COPY, 2);
                    _b.Emit(OpCode.COPY, 2);
                    _b.Emit(OpCode.BINARY_SUBSCR);
                }
                VisitExpr(a.Value);
                _b.Emit(OpCode.BINARY_OP, op);
                using (_b.At(sub.Span))
                {
                    _b.Emit(OpCode.SWAP, 3);
                    _b.Emit(OpCode.SWAP, 2);
                    _b.Emit(OpCode.STORE_SUBSCR);
                }
                break;
            default:
                throw Error($"'{Describe(a.Target)}' is an illegal expression for augmented assignment", a.Target.Span);
        }
        _b.CurrentSpan = stmtSpan;
    }
}
