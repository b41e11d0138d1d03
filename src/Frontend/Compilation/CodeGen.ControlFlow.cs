using PyDbg.Frontend.Syntax;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Runtime;

namespace PyDbg.Frontend.Compilation;

internal sealed partial class CodeGen
{
    // ---------------- conditions ----------------

    /// <summary>Compile-time truth of a constant test (null when not a constant).</summary>
    private static bool? ConstTruth(Expr e) => e is Constant c ? c.Value switch
    {
        PyNone => false,
        PyBool b => b.Value,
        PyInt i => !(i.IsSmall && i.Small == 0),
        PyFloat f => f.Value != 0.0,
        PyStr s => s.Value.Length > 0,
        PyTuple t => t.Items.Length > 0,
        PyEllipsis => true,
        _ => null,
    } : null;

    /// <summary>CPython's compiler_jump_if: jumps to <paramref name="target"/> when the test's truth equals <paramref name="cond"/>.</summary>
    private void JumpIf(Expr e, Label target, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOp_.Not } u:
                JumpIf(u.Operand, target, !cond);
                return;
            case BoolOp bo:
            {
                var cond2 = bo.Op == BoolOperator.Or;
                var next2 = target;
                if (cond2 != cond) next2 = _b.NewLabel();
                for (var i = 0; i < bo.Values.Count - 1; i++) JumpIf(bo.Values[i], next2, cond2);
                JumpIf(bo.Values[^1], target, cond);
                if (!next2.Equals(target)) _b.Mark(next2);
                return;
            }
            case IfExp ie:
            {
                var end = _b.NewLabel();
                var next2 = _b.NewLabel();
                JumpIf(ie.Test, next2, false);
                JumpIf(ie.Body, target, cond);
                _b.EmitNoLine(OpCode.JUMP_FORWARD, end);
                _b.Mark(next2);
                JumpIf(ie.OrElse, target, cond);
                _b.Mark(end);
                return;
            }
            case Compare cmp when cmp.Ops.Count > 1:
            {
                var saved = _b.CurrentSpan;
                _b.CurrentSpan = cmp.Span;
                var cleanup = _b.NewLabel();
                VisitExpr(cmp.Left);
                var n = cmp.Ops.Count - 1;
                for (var i = 0; i < n; i++)
                {
                    VisitExpr(cmp.Comparators[i]);
                    _b.Emit(OpCode.SWAP, 2);
                    _b.Emit(OpCode.COPY, 2);
                    EmitCompare(cmp.Ops[i]);
                    _b.Emit(OpCode.POP_JUMP_IF_FALSE, cleanup);
                }
                VisitExpr(cmp.Comparators[n]);
                EmitCompare(cmp.Ops[n]);
                _b.Emit(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, target);
                var end = _b.NewLabel();
                _b.EmitNoLine(OpCode.JUMP_FORWARD, end);
                _b.Mark(cleanup);
                _b.Emit(OpCode.POP_TOP);
                if (!cond) _b.EmitNoLine(OpCode.JUMP_FORWARD, target);
                _b.Mark(end);
                _b.CurrentSpan = saved;
                return;
            }
        }
        if (ConstTruth(e) is { } truth)
        {
            // CPython's optimiser folds LOAD_CONST + POP_JUMP into a jump or nothing (a NOP keeps the line).
            if (truth == cond) _b.Emit(OpCode.JUMP_FORWARD, target);
            else _b.Emit(OpCode.NOP);
            return;
        }
        VisitExpr(e);
        _b.Emit(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, target);
    }

    // ---------------- if / while / for ----------------

    private void CompileIf(If s)
    {
        var end = _b.NewLabel();
        var next = s.OrElse.Count > 0 ? _b.NewLabel() : end;
        JumpIf(s.Test, next, false);
        VisitBody(s.Body);
        if (s.OrElse.Count > 0)
        {
            _b.EmitNoLine(OpCode.JUMP_FORWARD, end);
            _b.Mark(next);
            VisitBody(s.OrElse);
        }
        _b.Mark(end);
    }

    private void CompileWhile(While s)
    {
        var loop = _b.NewLabel();
        var body = _b.NewLabel();
        var anchor = _b.NewLabel();
        var end = _b.NewLabel();
        _b.Mark(loop);
        _fblocks.Add(new FBlock(FBlockKind.WhileLoop, loop, end));
        JumpIf(s.Test, anchor, false);
        _b.Mark(body);
        VisitBody(s.Body);
        _b.CurrentSpan = s.Span;
        JumpIf(s.Test, body, true);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Mark(anchor);
        VisitBody(s.OrElse);
        _b.Mark(end);
    }

    private void CompileFor(For s)
    {
        var start = _b.NewLabel();
        var cleanup = _b.NewLabel();
        var end = _b.NewLabel();
        VisitExpr(FoldIterable(s.Iter));
        _b.Emit(OpCode.GET_ITER);
        _b.Mark(start);
        _b.Emit(OpCode.FOR_ITER, cleanup);
        _fblocks.Add(new FBlock(FBlockKind.ForLoop, start, end));
        StoreTarget(s.Target);
        VisitBody(s.Body);
        _b.EmitNoLine(OpCode.JUMP_BACKWARD, start);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Mark(cleanup);
        VisitBody(s.OrElse);
        _b.Mark(end);
    }

    private void CompileBreak(Break s)
    {
        _b.Emit(OpCode.NOP);
        var saved = _b.SaveHandlers();
        var loop = UnwindFBlockStack(false, true, s.Span);
        if (loop is null) throw Error("'break' outside loop", s.Span);
        UnwindFBlock(loop, false);
        _b.Emit(OpCode.JUMP_FORWARD, loop.Exit);
        _b.RestoreHandlers(saved);
    }

    private void CompileContinue(Continue s)
    {
        _b.Emit(OpCode.NOP);
        var saved = _b.SaveHandlers();
        var loop = UnwindFBlockStack(false, true, s.Span);
        if (loop is null) throw Error("'continue' not properly in loop", s.Span);
        _b.Emit(OpCode.JUMP_BACKWARD, loop.Start);
        _b.RestoreHandlers(saved);
    }

    private void CompileReturn(Return s)
    {
        if (_scope.Kind is not (Semantics.ScopeKind.Function or Semantics.ScopeKind.Lambda))
            throw Error("'return' outside function", s.Span);
        var preserveTos = s.Value is not null and not Constant;
        if (preserveTos) VisitExpr(s.Value!);
        else if (s.Value is not null)
        {
            _b.CurrentSpan = s.Value.Span;
            _b.Emit(OpCode.NOP);
        }
        if (s.Value is null || s.Value.Span.Line != s.Span.Line)
        {
            _b.CurrentSpan = s.Span;
            _b.Emit(OpCode.NOP);
        }
        var saved = _b.SaveHandlers();
        UnwindFBlockStack(preserveTos, false, s.Span);
        if (s.Value is null) LoadConst(PyNone.Instance);
        else if (!preserveTos) LoadConst(((Constant)s.Value).Value);
        _b.Emit(OpCode.RETURN_VALUE);
        _b.RestoreHandlers(saved);
    }

    /// <summary>Unwinds the frame blocks from the innermost outwards (stopping at a loop when
    /// <paramref name="stopAtLoop"/>), emitting their cleanup code; returns that loop.</summary>
    private FBlock? UnwindFBlockStack(bool preserveTos, bool stopAtLoop, SourceSpan span)
    {
        var popped = new List<FBlock>();
        FBlock? loop = null;
        try
        {
            while (_fblocks.Count > 0)
            {
                var top = _fblocks[^1];
                if (stopAtLoop && top.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop)
                {
                    loop = top;
                    break;
                }
                _fblocks.RemoveAt(_fblocks.Count - 1);
                popped.Add(top);
                UnwindFBlock(top, preserveTos);
            }
        }
        finally
        {
            for (var i = popped.Count - 1; i >= 0; i--) _fblocks.Add(popped[i]);
        }
        return loop;
    }

    private void UnwindFBlock(FBlock block, bool preserveTos)
    {
        switch (block.Kind)
        {
            case FBlockKind.WhileLoop:
            case FBlockKind.ExceptionHandler:
                return;
            case FBlockKind.ForLoop:
                if (preserveTos) _b.Emit(OpCode.SWAP, 2);
                _b.Emit(OpCode.POP_TOP);
                return;
            case FBlockKind.TryExcept:
                _b.PopBlock();
                return;
            case FBlockKind.FinallyTry:
                _b.PopBlock();
                if (preserveTos) _fblocks.Add(new FBlock(FBlockKind.PopValue, default, default));
                VisitBody((IReadOnlyList<Stmt>)block.Datum!);
                if (preserveTos) _fblocks.RemoveAt(_fblocks.Count - 1);
                _b.CurrentSpan = CodeBuilder.NoLine;
                return;
            case FBlockKind.FinallyEnd:
                if (preserveTos) _b.Emit(OpCode.SWAP, 2);
                _b.Emit(OpCode.POP_TOP);
                if (preserveTos) _b.Emit(OpCode.SWAP, 2);
                _b.PopBlock();
                _b.Emit(OpCode.POP_EXCEPT);
                return;
            case FBlockKind.With:
                _b.CurrentSpan = ((With)block.Datum!).Span;
                _b.PopBlock();
                if (preserveTos) _b.Emit(OpCode.SWAP, 2);
                CallExitWithNones();
                _b.Emit(OpCode.POP_TOP);
                _b.CurrentSpan = CodeBuilder.NoLine;
                return;
            case FBlockKind.HandlerCleanup:
            {
                var name = (string?)block.Datum;
                if (name is not null) _b.PopBlock();
                if (preserveTos) _b.Emit(OpCode.SWAP, 2);
                _b.PopBlock();
                _b.Emit(OpCode.POP_EXCEPT);
                if (name is not null)
                {
                    LoadConst(PyNone.Instance);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            }
            case FBlockKind.PopValue:
                if (preserveTos) _b.Emit(OpCode.SWAP, 2);
                _b.Emit(OpCode.POP_TOP);
                return;
        }
    }

    private void CallExitWithNones()
    {
        LoadConst(PyNone.Instance);
        LoadConst(PyNone.Instance);
        LoadConst(PyNone.Instance);
        _b.Emit(OpCode.CALL, 2);
    }

    private void PopExceptAndReraise()
    {
        _b.Emit(OpCode.COPY, 3);
        _b.Emit(OpCode.POP_EXCEPT);
        _b.Emit(OpCode.RERAISE, 1);
    }

    // ---------------- try ----------------

    private void CompileTry(Try s)
    {
        if (s.FinalBody.Count > 0) CompileTryFinally(s);
        else CompileTryExcept(s);
    }

    private void CompileTryFinally(Try s)
    {
        var end = _b.NewLabel();
        var exit = _b.NewLabel();
        var cleanup = _b.NewLabel();
        _b.EmitSetupNop();
        var outer = _b.SaveHandlers();
        _b.PushHandler(end, false);
        _fblocks.Add(new FBlock(FBlockKind.FinallyTry, default, end, s.FinalBody));
        if (s.Handlers.Count > 0) CompileTryExcept(s, emitNop: false);
        else VisitBody(s.Body);
        _b.PopBlockNoLine();
        _fblocks.RemoveAt(_fblocks.Count - 1);
        VisitBody(s.FinalBody);
        _b.EmitNoLine(OpCode.JUMP_FORWARD, exit);
        // The exceptional path: the finally body runs with the exception saved, then re-raises it.
        _b.RestoreHandlers(outer);
        _b.Mark(end);
        _b.CurrentSpan = CodeBuilder.NoLine;
        _b.PushHandler(cleanup, true);
        _b.Emit(OpCode.PUSH_EXC_INFO);
        _fblocks.Add(new FBlock(FBlockKind.FinallyEnd, default, default));
        VisitBody(s.FinalBody);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Emit(OpCode.RERAISE, 0);
        _b.PopHandler();
        _b.Mark(cleanup);
        PopExceptAndReraise();
        _b.RestoreHandlers(outer);
        _b.Mark(exit);
    }

    private void CompileTryExcept(Try s, bool emitNop = true)
    {
        var except = _b.NewLabel();
        var end = _b.NewLabel();
        var cleanup = _b.NewLabel();
        if (emitNop) _b.EmitSetupNop();
        var outer = _b.SaveHandlers();
        _b.PushHandler(except, false);
        _fblocks.Add(new FBlock(FBlockKind.TryExcept, default, default));
        VisitBody(s.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.PopBlockNoLine();
        VisitBody(s.OrElse);
        _b.EmitNoLine(OpCode.JUMP_FORWARD, end);

        _b.RestoreHandlers(outer);
        _b.Mark(except);
        _b.CurrentSpan = CodeBuilder.NoLine;
        _b.PushHandler(cleanup, true);
        _b.Emit(OpCode.PUSH_EXC_INFO);
        var inHandler = _b.SaveHandlers();
        _fblocks.Add(new FBlock(FBlockKind.ExceptionHandler, default, default));
        for (var i = 0; i < s.Handlers.Count; i++)
        {
            var h = s.Handlers[i];
            _b.CurrentSpan = h.Span;
            if (h.Type is null && i < s.Handlers.Count - 1)
                throw Error("default 'except:' must be last", h.Span);
            var nextExcept = _b.NewLabel();
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
                _b.Emit(OpCode.CHECK_EXC_MATCH);
                _b.Emit(OpCode.POP_JUMP_IF_FALSE, nextExcept);
            }
            if (h.Name is not null)
            {
                var cleanupEnd = _b.NewLabel();
                NameOp(h.Name, ExprContext.Store);
                _b.PushHandler(cleanupEnd, true);
                _fblocks.Add(new FBlock(FBlockKind.HandlerCleanup, default, default, h.Name));
                VisitBody(h.Body);
                _fblocks.RemoveAt(_fblocks.Count - 1);
                _b.CurrentSpan = CodeBuilder.NoLine;
                _b.PopBlock();
                _b.PopBlock();
                _b.Emit(OpCode.POP_EXCEPT);
                LoadConst(PyNone.Instance);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
                _b.Emit(OpCode.JUMP_FORWARD, end);

                _b.RestoreHandlers(inHandler);
                _b.Mark(cleanupEnd);
                _b.CurrentSpan = CodeBuilder.NoLine;
                LoadConst(PyNone.Instance);
                NameOp(h.Name, ExprContext.Store);
                NameOp(h.Name, ExprContext.Del);
                _b.Emit(OpCode.RERAISE, 1);
            }
            else
            {
                _b.Emit(OpCode.POP_TOP);
                _fblocks.Add(new FBlock(FBlockKind.HandlerCleanup, default, default, null));
                VisitBody(h.Body);
                _fblocks.RemoveAt(_fblocks.Count - 1);
                _b.CurrentSpan = CodeBuilder.NoLine;
                _b.PopBlock();
                _b.Emit(OpCode.POP_EXCEPT);
                _b.Emit(OpCode.JUMP_FORWARD, end);
                _b.RestoreHandlers(inHandler);
            }
            _b.Mark(nextExcept);
        }
        _b.CurrentSpan = CodeBuilder.NoLine;
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Emit(OpCode.RERAISE, 0);
        _b.PopHandler();
        _b.Mark(cleanup);
        PopExceptAndReraise();
        _b.RestoreHandlers(outer);
        _b.Mark(end);
    }

    // ---------------- with ----------------

    private void CompileWith(With s, int pos)
    {
        var item = s.Items[pos];
        var final = _b.NewLabel();
        var exit = _b.NewLabel();
        var cleanup = _b.NewLabel();
        _b.CurrentSpan = s.Span;
        VisitExpr(item.ContextExpr);
        _b.Emit(OpCode.BEFORE_WITH);
        var outer = _b.SaveHandlers();
        _b.PushHandler(final, true, depthAdjust: -1);
        _fblocks.Add(new FBlock(FBlockKind.With, default, final, s));
        if (item.OptionalVars is not null) StoreTarget(item.OptionalVars);
        else _b.Emit(OpCode.POP_TOP);
        if (pos + 1 == s.Items.Count) VisitBody(s.Body);
        else CompileWith(s, pos + 1);
        _b.CurrentSpan = CodeBuilder.NoLine;
        _b.PopBlock();
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.CurrentSpan = s.Span;
        CallExitWithNones();
        _b.Emit(OpCode.POP_TOP);
        _b.Emit(OpCode.JUMP_FORWARD, exit);

        _b.RestoreHandlers(outer);
        _b.Mark(final);
        _b.PushHandler(cleanup, true);
        _b.Emit(OpCode.PUSH_EXC_INFO);
        _b.Emit(OpCode.WITH_EXCEPT_START);
        var suppress = _b.NewLabel();
        _b.Emit(OpCode.POP_JUMP_IF_TRUE, suppress);
        _b.Emit(OpCode.RERAISE, 2);
        var inCleanup = _b.SaveHandlers();
        _b.RestoreHandlers(outer);
        _b.Mark(cleanup);
        var saved = _b.CurrentSpan;
        _b.CurrentSpan = CodeBuilder.NoLine;
        PopExceptAndReraise();
        _b.CurrentSpan = saved;
        _b.RestoreHandlers(inCleanup);
        _b.Mark(suppress);
        _b.CurrentSpan = CodeBuilder.NoLine;
        _b.Emit(OpCode.POP_TOP);
        _b.PopBlock();
        _b.Emit(OpCode.POP_EXCEPT);
        _b.Emit(OpCode.POP_TOP);
        _b.Emit(OpCode.POP_TOP);
        _b.RestoreHandlers(outer);
        _b.Mark(exit);
    }
}
