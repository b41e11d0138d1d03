using PyDbg.Frontend.Syntax;
using Attribute = PyDbg.Frontend.Syntax.Attribute;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;
using SyntaxList = PyDbg.Frontend.Syntax.List;
using SyntaxTuple = PyDbg.Frontend.Syntax.Tuple;
using SyntaxSet = PyDbg.Frontend.Syntax.Set;
using SyntaxDict = PyDbg.Frontend.Syntax.Dict;

namespace PyDbg.Frontend.Compilation;

internal sealed partial class CodeGen
{
    private const int StackUseGuideline = 30;

    private void VisitExpr(Expr e)
    {
        using var _ = _b.At(e.Span);
        if (e is BinOp or UnaryOp or SyntaxTuple or Subscript && ConstantFolder.TryFold(e, out var folded))
        {
            LoadConst(folded);
            return;
        }
        switch (e)
        {
            case Constant c:
                LoadConst(c.Value);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
            case BinOp bin:
                VisitExpr(bin.Left);
                VisitExpr(bin.Right);
                _b.Emit(OpCode.BINARY_OP, (int)BinaryOperatorOf(bin.Op));
                break;
            case UnaryOp u:
                if (u.Op == UnaryOp_.Not && ConstantFolder.InvertedCompare(u) is { } inverted)
                {
                    VisitExpr(inverted);
                    break;
                }
                VisitExpr(u.Operand);
                _b.Emit(u.Op switch
                {
                    UnaryOp_.Invert => OpCode.UNARY_INVERT,
                    UnaryOp_.Not => OpCode.UNARY_NOT,
                    UnaryOp_.UAdd => OpCode.UNARY_POSITIVE,
                    _ => OpCode.UNARY_NEGATIVE,
                });
                break;
            case BoolOp bo:
            {
                var end = _b.NewLabel();
                var jump = bo.Op == BoolOperator.And ? OpCode.JUMP_IF_FALSE_OR_POP : OpCode.JUMP_IF_TRUE_OR_POP;
                for (var i = 0; i < bo.Values.Count - 1; i++)
                {
                    VisitExpr(bo.Values[i]);
                    _b.Emit(jump, end);
                }
                VisitExpr(bo.Values[^1]);
                _b.Mark(end);
                break;
            }
            case Compare cmp:
                CompileCompare(cmp);
                break;
            case IfExp ie:
            {
                var end = _b.NewLabel();
                var next = _b.NewLabel();
                JumpIf(ie.Test, next, false);
                VisitExpr(ie.Body);
                _b.EmitNoLine(OpCode.JUMP_FORWARD, end);
                _b.Mark(next);
                VisitExpr(ie.OrElse);
                _b.Mark(end);
                break;
            }
            case Call call:
                CompileCall(call);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                _b.Emit(OpCode.LOAD_ATTR, _b.AddName(at.Attr));
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitSlice(sub.Slice);
                _b.Emit(OpCode.BINARY_SUBSCR);
                break;
            case SyntaxTuple t:
                StarUnpack(t.Elts, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, tuple: true);
                break;
            case SyntaxList l:
                StarUnpack(l.Elts, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, tuple: false);
                break;
            case SyntaxSet s:
                StarUnpack(s.Elts, OpCode.BUILD_SET, OpCode.SET_ADD, OpCode.SET_UPDATE, tuple: false);
                break;
            case SyntaxDict d:
                CompileDict(d);
                break;
            case JoinedStr js:
                CompileJoinedStr(js);
                break;
            case FormattedValue fv:
            {
                VisitExpr(fv.Value);
                var oparg = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
                if (fv.FormatSpec is not null)
                {
                    VisitExpr(fv.FormatSpec);
                    oparg |= 4;
                }
                _b.Emit(OpCode.FORMAT_VALUE, oparg);
                break;
            }
            case Lambda lam:
                CompileLambda(lam);
                break;
            case ListComp lc:
                CompileComprehension(lc, lc.Generators, lc.Elt, null, ComprehensionKind.List);
                break;
            case SetComp sc:
                CompileComprehension(sc, sc.Generators, sc.Elt, null, ComprehensionKind.Set);
                break;
            case DictComp dc:
                CompileComprehension(dc, dc.Generators, dc.Key, dc.Value, ComprehensionKind.Dict);
                break;
            case GeneratorExp ge:
                CompileComprehension(ge, ge.Generators, ge.Elt, null, ComprehensionKind.Generator);
                break;
            case Yield y:
                if (y.Value is not null) VisitExpr(y.Value);
                else LoadConst(PyNone.Instance);
                _b.Emit(OpCode.YIELD_VALUE);
                _b.Emit(OpCode.RESUME, 1);
                break;
            case YieldFrom yf:
                VisitExpr(yf.Value);
                _b.Emit(OpCode.GET_YIELD_FROM_ITER);
                LoadConst(PyNone.Instance);
                EmitYieldFrom();
                break;
            case Await:
                throw Error("'await' outside async function", e.Span);
            case NamedExpr ne:
                VisitExpr(ne.Value);
                _b.Emit(OpCode.COPY, 1);
                StoreTarget(ne.Target);
                break;
            case Starred:
                throw Error("can't use starred expression here", e.Span);
            case Slice sl:
                VisitSlice(sl);
                break;
            default:
                throw Error($"unsupported expression {e.GetType().Name}", e.Span);
        }
    }

    /// <summary>The SEND loop of `yield from`: [.. receiver None] → [.. result].</summary>
    private void EmitYieldFrom()
    {
        var send = _b.NewLabel();
        var exit = _b.NewLabel();
        _b.Mark(send);
        _b.Emit(OpCode.SEND, exit);
        _b.Emit(OpCode.YIELD_VALUE);
        _b.Emit(OpCode.RESUME, 2);
        _b.Emit(OpCode.JUMP_BACKWARD, send);
        _b.Mark(exit);
    }

    private void VisitSlice(Expr slice)
    {
        if (slice is not Slice s)
        {
            VisitExpr(slice);
            return;
        }
        using var _ = _b.At(s.Span);
        var n = 2;
        if (s.Lower is not null) VisitExpr(s.Lower); else LoadConst(PyNone.Instance);
        if (s.Upper is not null) VisitExpr(s.Upper); else LoadConst(PyNone.Instance);
        if (s.Step is not null)
        {
            VisitExpr(s.Step);
            n = 3;
        }
        _b.Emit(OpCode.BUILD_SLICE, n);
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

    private void EmitCompare(CmpOp op)
    {
        switch (op)
        {
            case CmpOp.Eq: _b.Emit(OpCode.COMPARE_OP, (int)CompareOperator.Eq); break;
            case CmpOp.NotEq: _b.Emit(OpCode.COMPARE_OP, (int)CompareOperator.Ne); break;
            case CmpOp.Lt: _b.Emit(OpCode.COMPARE_OP, (int)CompareOperator.Lt); break;
            case CmpOp.LtE: _b.Emit(OpCode.COMPARE_OP, (int)CompareOperator.Le); break;
            case CmpOp.Gt: _b.Emit(OpCode.COMPARE_OP, (int)CompareOperator.Gt); break;
            case CmpOp.GtE: _b.Emit(OpCode.COMPARE_OP, (int)CompareOperator.Ge); break;
            case CmpOp.Is: _b.Emit(OpCode.IS_OP, 0); break;
            case CmpOp.IsNot: _b.Emit(OpCode.IS_OP, 1); break;
            case CmpOp.In: _b.Emit(OpCode.CONTAINS_OP, 0); break;
            default: _b.Emit(OpCode.CONTAINS_OP, 1); break;
        }
    }

    /// <summary>The comparator list with CPython's fold of a literal list/set after a trailing `in`.</summary>
    private static IReadOnlyList<Expr> FoldComparators(Compare cmp)
    {
        var last = cmp.Ops.Count - 1;
        if (cmp.Ops[last] is not (CmpOp.In or CmpOp.NotIn)) return cmp.Comparators;
        var folded = FoldIterable(cmp.Comparators[last]);
        if (ReferenceEquals(folded, cmp.Comparators[last])) return cmp.Comparators;
        var list = new List<Expr>(cmp.Comparators);
        list[last] = folded;
        return list;
    }

    /// <summary>CPython's fold_iter: a list display iterated or tested with `in` becomes a tuple; a constant set a frozenset.</summary>
    private static Expr FoldIterable(Expr e)
    {
        switch (e)
        {
            case SyntaxList l when !l.Elts.Any(x => x is Starred):
                return new SyntaxTuple(l.Elts, ExprContext.Load) { Span = l.Span };
            case SyntaxSet s when s.Elts.All(x => ConstantFolder.TryFold(x, out _)):
            {
                var set = new PySet(frozen: true);
                foreach (var x in s.Elts)
                {
                    ConstantFolder.TryFold(x, out var v);
                    set.Add(v);
                }
                return new Constant(set) { Span = s.Span };
            }
            default:
                return e;
        }
    }

    private void CompileCompare(Compare cmp)
    {
        var comparators = FoldComparators(cmp);
        VisitExpr(cmp.Left);
        var n = cmp.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(comparators[0]);
            EmitCompare(cmp.Ops[0]);
            return;
        }
        var cleanup = _b.NewLabel();
        for (var i = 0; i < n; i++)
        {
            VisitExpr(comparators[i]);
            _b.Emit(OpCode.SWAP, 2);
            _b.Emit(OpCode.COPY, 2);
            EmitCompare(cmp.Ops[i]);
            _b.Emit(OpCode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitExpr(comparators[n]);
        EmitCompare(cmp.Ops[n]);
        var end = _b.NewLabel();
        _b.EmitNoLine(OpCode.JUMP_FORWARD, end);
        _b.Mark(cleanup);
        _b.Emit(OpCode.SWAP, 2);
        _b.Emit(OpCode.POP_TOP);
        _b.Mark(end);
    }

    // ---------------- displays ----------------

    private void StarUnpack(IReadOnlyList<Expr> elts, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        var n = elts.Count;
        var seenStar = false;
        foreach (var x in elts) if (x is Starred) { seenStar = true; break; }
        var big = n > StackUseGuideline;
        if (!seenStar && !big && n > 2 && AllConst(elts, out var items))
        {
            PyObject folded = new PyTuple(items);
            if (tuple) { LoadConst(folded); return; }
            if (build == OpCode.BUILD_SET)
            {
                var set = new PySet(frozen: true);
                foreach (var item in items) set.Add(item);
                folded = set;
            }
            _b.Emit(build, 0);
            LoadConst(folded);
            _b.Emit(extend, 1);
            return;
        }
        if (!seenStar && !big)
        {
            foreach (var x in elts) VisitExpr(x);
            _b.Emit(tuple ? OpCode.BUILD_TUPLE : build, n);
            return;
        }
        var built = false;
        if (big)
        {
            _b.Emit(build, 0);
            built = true;
        }
        for (var i = 0; i < n; i++)
        {
            if (elts[i] is Starred st)
            {
                if (!built)
                {
                    _b.Emit(build, i);
                    built = true;
                }
                VisitExpr(st.Value);
                _b.Emit(extend, 1);
            }
            else
            {
                VisitExpr(elts[i]);
                if (built) _b.Emit(add, 1);
            }
        }
        if (tuple) _b.Emit(OpCode.LIST_TO_TUPLE);
    }

    private static bool AllConst(IReadOnlyList<Expr?> elts, out PyObject[] items)
    {
        items = new PyObject[elts.Count];
        for (var i = 0; i < elts.Count; i++)
        {
            if (elts[i] is not { } x || !ConstantFolder.TryFold(x, out var v)) return false;
            items[i] = v;
        }
        return true;
    }

    private static bool AllConst(IReadOnlyList<Expr?> elts, int begin, int end)
    {
        for (var i = begin; i < end; i++)
            if (elts[i] is not { } x || !ConstantFolder.TryFold(x, out _)) return false;
        return true;
    }

    private void CompileSubDict(SyntaxDict d, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && AllConst(d.Keys, begin, end))
        {
            var keys = new PyObject[n];
            for (var i = begin; i < end; i++)
            {
                VisitExpr(d.Values[i]);
                ConstantFolder.TryFold(d.Keys[i]!, out keys[i - begin]);
            }
            LoadConst(new PyTuple(keys));
            _b.Emit(OpCode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) _b.Emit(OpCode.BUILD_MAP, 0);
        for (var i = begin; i < end; i++)
        {
            VisitExpr(d.Keys[i]!);
            VisitExpr(d.Values[i]);
            if (big) _b.Emit(OpCode.MAP_ADD, 1);
        }
        if (!big) _b.Emit(OpCode.BUILD_MAP, n);
    }

    private void CompileDict(SyntaxDict d)
    {
        var n = d.Values.Count;
        var haveDict = false;
        var elements = 0;
        for (var i = 0; i < n; i++)
        {
            if (d.Keys[i] is null)
            {
                if (elements > 0)
                {
                    CompileSubDict(d, i - elements, i);
                    if (haveDict) _b.Emit(OpCode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    _b.Emit(OpCode.BUILD_MAP, 0);
                    haveDict = true;
                }
                VisitExpr(d.Values[i]);
                _b.Emit(OpCode.DICT_UPDATE, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                CompileSubDict(d, i - elements, i + 1);
                if (haveDict) _b.Emit(OpCode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            else elements++;
        }
        if (elements > 0)
        {
            CompileSubDict(d, n - elements, n);
            if (haveDict) _b.Emit(OpCode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) _b.Emit(OpCode.BUILD_MAP, 0);
    }

    private void CompileJoinedStr(JoinedStr js)
    {
        if (js.Values.Count > StackUseGuideline)
        {
            LoadConst(PyStr.Empty);
            _b.Emit(OpCode.LOAD_METHOD, _b.AddName("join"));
            _b.Emit(OpCode.BUILD_LIST, 0);
            foreach (var v in js.Values)
            {
                VisitExpr(v);
                _b.Emit(OpCode.LIST_APPEND, 1);
            }
            _b.Emit(OpCode.CALL, 1);
            return;
        }
        foreach (var v in js.Values) VisitExpr(v);
        if (js.Values.Count != 1) _b.Emit(OpCode.BUILD_STRING, js.Values.Count);
    }

    // ---------------- calls ----------------

    private void CompileCall(Call call)
    {
        if (TryMethodCall(call)) return;
        using (_b.At(call.Func.Span))
        {
            if (call.Func is Name fn && NameKind(fn.Id) == NameOpKind.Global)
            {
                _b.Emit(OpCode.LOAD_GLOBAL, (_b.AddName(fn.Id) << 1) | 1);
            }
            else
            {
                _b.Emit(OpCode.PUSH_NULL);
                _b.CurrentSpan = call.Span;
                VisitExpr(call.Func);
            }
        }
        CallHelper(0, call.Args, call.Keywords);
    }

    private bool TryMethodCall(Call call)
    {
        if (call.Func is not Attribute { Ctx: ExprContext.Load } meth) return false;
        // CPython 3.11 does not use LOAD_METHOD on names bound by a module-level import.
        if (meth.Value is Name imported && _ctx.ImportedNames.Contains(imported.Id)) return false;
        var argc = call.Args.Count;
        var kwc = call.Keywords.Count;
        if (argc + kwc + (kwc != 0 ? 1 : 0) >= StackUseGuideline) return false;
        foreach (var a in call.Args) if (a is Starred) return false;
        foreach (var k in call.Keywords) if (k.ArgName is null) return false;
        VisitExpr(meth.Value);
        using (_b.At(meth.Span)) _b.Emit(OpCode.LOAD_METHOD, _b.AddName(meth.Attr));
        foreach (var a in call.Args) VisitExpr(a);
        if (kwc > 0)
        {
            foreach (var k in call.Keywords) VisitExpr(k.Value);
            EmitKwNames(call.Keywords);
        }
        _b.Emit(OpCode.CALL, argc + kwc);
        return true;
    }

    private void EmitKwNames(IReadOnlyList<Keyword> keywords)
    {
        var names = new PyObject[keywords.Count];
        for (var i = 0; i < names.Length; i++) names[i] = PyStr.From(keywords[i].ArgName!);
        _b.Emit(OpCode.KW_NAMES, _b.AddConst(new PyTuple(names)));
    }

    /// <summary>CPython's compiler_call_helper: <paramref name="n"/> arguments are already on the stack.</summary>
    private void CallHelper(int n, IReadOnlyList<Expr> args, IReadOnlyList<Keyword> keywords)
    {
        var nelts = args.Count;
        var nkw = keywords.Count;
        var ex = nelts + nkw + n > StackUseGuideline;
        foreach (var a in args) if (a is Starred) ex = true;
        foreach (var k in keywords) if (k.ArgName is null) ex = true;
        if (!ex)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkw > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                EmitKwNames(keywords);
            }
            _b.Emit(OpCode.CALL, n + nelts + nkw);
            return;
        }
        // CALL_FUNCTION_EX: the positional arguments as one tuple, the keywords as one dict.
        var anyStar = false;
        foreach (var a in args) if (a is Starred) anyStar = true;
        var bigArgs = nelts + n > StackUseGuideline;
        if (n == 0 && nelts == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else if (!anyStar && !bigArgs)
        {
            foreach (var a in args) VisitExpr(a);
            _b.Emit(OpCode.BUILD_TUPLE, n + nelts);
        }
        else
        {
            var built = false;
            if (bigArgs)
            {
                _b.Emit(OpCode.BUILD_LIST, n);
                built = true;
            }
            for (var i = 0; i < nelts; i++)
            {
                if (args[i] is Starred st)
                {
                    if (!built) { _b.Emit(OpCode.BUILD_LIST, i + n); built = true; }
                    VisitExpr(st.Value);
                    _b.Emit(OpCode.LIST_EXTEND, 1);
                }
                else
                {
                    VisitExpr(args[i]);
                    if (built) _b.Emit(OpCode.LIST_APPEND, 1);
                }
            }
            _b.Emit(OpCode.LIST_TO_TUPLE);
        }
        if (nkw > 0)
        {
            var haveDict = false;
            var seen = 0;
            for (var i = 0; i < nkw; i++)
            {
                var kw = keywords[i];
                if (kw.ArgName is null)
                {
                    if (seen > 0)
                    {
                        SubKwargs(keywords, i - seen, i);
                        if (haveDict) _b.Emit(OpCode.DICT_MERGE, 1);
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict)
                    {
                        _b.Emit(OpCode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    _b.Emit(OpCode.DICT_MERGE, 1);
                }
                else seen++;
            }
            if (seen > 0)
            {
                SubKwargs(keywords, nkw - seen, nkw);
                if (haveDict) _b.Emit(OpCode.DICT_MERGE, 1);
            }
        }
        _b.Emit(OpCode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    private void SubKwargs(IReadOnlyList<Keyword> keywords, int begin, int end)
    {
        var n = end - begin;
        if (n > 1)
        {
            var names = new PyObject[n];
            for (var i = begin; i < end; i++)
            {
                VisitExpr(keywords[i].Value);
                names[i - begin] = PyStr.From(keywords[i].ArgName!);
            }
            LoadConst(new PyTuple(names));
            _b.Emit(OpCode.BUILD_CONST_KEY_MAP, n);
        }
        else
        {
            for (var i = begin; i < end; i++)
            {
                LoadConst(PyStr.From(keywords[i].ArgName!));
                VisitExpr(keywords[i].Value);
            }
            _b.Emit(OpCode.BUILD_MAP, n);
        }
    }
}
