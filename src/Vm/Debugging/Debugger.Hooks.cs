using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging;

public sealed partial class Debugger
{
    Instruction IInterpreterHooks.OnInstrumented(Frame frame, int index)
    {
        var code = frame.Code;
        var original = CodeInstrumentation.OriginalInstructions(code)[index];
        if (_evaluating > 0) return original;
        if (_terminate) throw TerminateException();

        List<Bp>? planted = null;
        var returnSiteHit = false;
        Frame? returnTo = null;
        var virtualTarget = -1;
        LineStarts? starts;
        StepKind step;
        StepGranularity granularity;
        Frame? stepFrame;
        lock (_gate)
        {
            if (_returnSite is { } rs && ReferenceEquals(rs.Frame, frame) && rs.Index == index)
            {
                _returnSite = null;
                returnSiteHit = true;
            }
            _lineStarts.TryGetValue(code, out starts);
            // The jump back to a `yield from` loop's SEND runs when the generator is resumed: CPython
            // reports no line event there (its JUMP_BACKWARD_NO_INTERRUPT), so neither do we.
            if (starts is not null && starts.VirtualJumps.TryGetValue(index, out var target)
                && CodeInstrumentation.OriginalInstructions(code)[target].Op != OpCode.SEND) virtualTarget = target;
            if (_sites.TryGetValue(code, out var map))
            {
                if (map.TryGetValue(index, out var list))
                {
                    // Site lists are never modified once built (ResolveAll builds new ones): no copy.
                    if (starts is null || !starts.IsJumpOnly(index)) planted = list;
                    else
                        foreach (var bp in list)
                            if (bp.Kind != BpKind.Line) (planted ??= new List<Bp>()).Add(bp);
                }
                if (virtualTarget >= 0 && map.TryGetValue(virtualTarget, out var atTarget))
                {
                    var merged = planted is null ? new List<Bp>() : new List<Bp>(planted);
                    foreach (var bp in atTarget)
                        if (bp.Kind == BpKind.Line) merged.Add(bp);
                    planted = merged;
                }
            }
            step = _step;
            granularity = _granularity;
            stepFrame = _stepFrame;
        }

        // Breakpoints planted here (data breakpoints run the store themselves and stop after it).
        List<int>? ids = null;
        var reason = StopReason.Step;
        var stopIndex = index;
        var result = original;
        if (planted is not null)
        {
            foreach (var bp in planted)
            {
                if (bp.Kind == BpKind.Data)
                {
                    if (result.Op == OpCode.NOP || !DataTargetMatches(bp, frame, original)) continue;
                    var before = ReadStoreTarget(frame, original);
                    ExecuteStore(frame, original);
                    result = new Instruction(OpCode.NOP, 0);
                    var after = ReadStoreTarget(frame, original);
                    if (!Changed(before, after)) continue;
                    // Reported at the store instruction, with the new value already in place.
                    if (!ShouldStop(bp, frame)) continue;
                    (ids ??= new List<int>()).Add(bp.Id);
                    reason = StopReason.DataBreakpoint;
                    stopIndex = index;
                    continue;
                }
                if (!ShouldStop(bp, frame)) continue;
                (ids ??= new List<int>()).Add(bp.Id);
                if (bp.Kind == BpKind.Line && virtualTarget >= 0 && reason != StopReason.DataBreakpoint) stopIndex = virtualTarget;
                var kindReason = bp.Kind switch
                {
                    BpKind.Function => StopReason.FunctionBreakpoint,
                    BpKind.Instruction => StopReason.InstructionBreakpoint,
                    _ => StopReason.Breakpoint,
                };
                if (reason != StopReason.DataBreakpoint && (reason == StopReason.Step || kindReason == StopReason.Breakpoint)) reason = kindReason;
            }
        }

        if (ids is null && step != StepKind.None)
        {
            if (returnSiteHit) ids = new List<int>();
            else if (StepStopsAt(step, granularity, stepFrame, frame, index, starts, virtualTarget))
            {
                ids = new List<int>();
                if (virtualTarget >= 0 && granularity == StepGranularity.Line) stopIndex = virtualTarget;
            }
            if (ids is not null)
                reason = step switch { StepKind.Pause => StopReason.Pause, StepKind.Entry => StopReason.Entry, _ => StopReason.Step };
            else if (granularity == StepGranularity.Line && step is StepKind.In or StepKind.Over or StepKind.Out
                     && original.Op is OpCode.RETURN_VALUE or OpCode.YIELD_VALUE
                     && (ReferenceEquals(frame, stepFrame) || Eligible(step, stepFrame, frame))
                     && frame.Back is { } back)
            {
                // Returning: stop in the caller right after its call (pdb shows the calling line again).
                if (ResumesThroughNative(back)) returnTo = back;
                else
                    lock (_gate)
                    {
                        if (_step == step)
                        {
                            _returnSite = (back, back.Ip + 1);
                            Reinstrument();
                        }
                    }
            }
        }

        if (returnTo is not null)
        {
            // The caller runs a native operation (an operator, an attribute, a for loop, a native
            // call) that called this frame: its dispatch loop keeps the bytecode it loaded before,
            // so a return site planted now would not be seen. Stop in the caller now, on the calling
            // line (the callee finishes its return when the program resumes).
            Stop(StopReason.Step, returnTo, returnTo.Ip, Array.Empty<int>(), null);
            return result;
        }

        if (ids is not null)
        {
            frame.Ip = stopIndex;
            Stop(reason, frame, stopIndex, ids, null);
            frame.Ip = index;
        }
        return result;
    }

    void IInterpreterHooks.OnEvalBreak(Frame frame)
    {
        Interpreter.ReleaseEvalBreak(Interlocked.Exchange(ref _myBreaks, 0));
        if (_evaluating > 0) return;
        if (_terminate) throw TerminateException();
        bool pause;
        lock (_gate) pause = _step == StepKind.Pause && _stopped is null;
        if (pause) Stop(StopReason.Pause, frame, frame.Ip, null, null);
    }

    void IInterpreterHooks.OnUnwind(Frame frame, PyBaseException exception, bool isNewRaise)
    {
        if (_evaluating > 0 || _terminate) return;
        bool raised, uncaught;
        lock (_gate)
        {
            raised = _breakOnRaised;
            uncaught = _breakOnUncaught;
        }
        if (!raised && !uncaught) return;
        if (ReferenceEquals(exception, _lastException)) return;
        if (exception.Type.IsSubtypeOf(PyExc.SystemExit)) return;
        var stop = (raised && isNewRaise) || (uncaught && !HasHandler(frame)) || (uncaught && isNewRaise && !WillBeCaught(frame, exception));
        if (!stop) return;
        _lastException = exception;
        var index = RaiseIndex(frame);
        var ip = frame.Ip;
        frame.Ip = index;
        try
        {
            Stop(StopReason.Exception, frame, index, null, exception);
        }
        finally
        {
            frame.Ip = ip;
        }
    }

    /// <summary>Where the frame raised: its Ip, or for a RERAISE with a saved lasti (the cleanup that
    /// re-raises after an except or finally block ran) the instruction that raised first, as
    /// CPython's RERAISE restores f_lasti (the cleanup itself has no line).</summary>
    private static int RaiseIndex(Frame frame)
    {
        var ins = CodeInstrumentation.OriginalInstructions(frame.Code);
        var ip = frame.Ip;
        if ((uint)ip >= (uint)ins.Length || ins[ip].Op != OpCode.RERAISE || ins[ip].Arg <= 0) return ip;
        var slot = frame.Sp - ins[ip].Arg;
        if (slot >= frame.StackBase && slot < frame.Values.Length && frame.Values[slot].V is PyInt { IsSmall: true } lasti
            && lasti.Small >= 0 && lasti.Small < ins.Length)
            return (int)lasti.Small;
        return ip;
    }

    /// <summary>
    /// Whether a frame that <paramref name="back"/> called returns into native code rather than
    /// directly into back's dispatch loop: back's current instruction is not a call (BINARY_OP,
    /// LOAD_ATTR, FOR_ITER, SEND, BEFORE_WITH... dispatched to a Python special method, property or
    /// generator), or it is a CALL of a native callable (its operands are still on back's stack;
    /// a CALL that pushed a Python frame has popped them).
    /// </summary>
    private static bool ResumesThroughNative(Frame back)
    {
        var code = back.Code;
        var ins = CodeInstrumentation.OriginalInstructions(code);
        if ((uint)back.Ip >= (uint)ins.Length) return false;
        switch (ins[back.Ip].Op)
        {
            case OpCode.CALL:
            {
                var shape = Inspection.StackShapes.Compute(code)[back.Ip];
                return shape is not null && back.Sp - back.StackBase == shape.Length;
            }
            case OpCode.CALL_FUNCTION_EX:
                // Both ways pop the operands first: assume the common case, a Python callee.
                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// For "uncaught" exception breakpoints, decided where the exception is raised (so the stop is
    /// in the raising frame, before finally blocks and with-exits run): follows the exception
    /// through the handlers of the stack as the VM would: `except` clauses whose types can be read
    /// without running code are matched; finally blocks, cleanups and with statements whose
    /// __exit__ only ever returns None/False re-raise. Anything it cannot read (a handler type from
    /// a call, a finally body with jumps, a native function between two frames catching this kind
    /// of exception) counts as caught; an exception that then escapes after all stops where no
    /// handler is left (<see cref="HasHandler"/>).
    /// </summary>
    private static bool WillBeCaught(Frame raising, PyBaseException exc) => WouldBeCaught(raising, exc);

    /// <summary>Whether <paramref name="exc"/>, raised at <paramref name="raising"/>'s current
    /// instruction, will be caught by a handler of the stack (see above; unknown counts as caught).
    /// Reads frames only: call on the program thread or while it is stopped.</summary>
    public static bool WouldBeCaught(Frame raising, PyBaseException exc)
    {
        try
        {
            for (var f = raising; f is not null; f = f.Back)
            {
                if (!ReferenceEquals(f, raising) && ResumesThroughNative(f)
                    && (exc.Type.IsSubtypeOf(PyExc.AttributeError) || exc.Type.IsSubtypeOf(PyExc.StopIteration)
                        || exc.Type.IsSubtypeOf(PyExc.LookupError)))
                    return true; // getattr(o, n, d), hasattr, next(it, d), iteration protocols...
                if (CaughtInFrame(f, f.Ip, exc) != false) return true;
            }
            return false;
        }
        catch (Exception)
        {
            return true;
        }
    }

    /// <summary>true: a handler of this frame catches it; false: it leaves the frame; null: unknown.</summary>
    private static bool? CaughtInFrame(Frame frame, int ip, PyBaseException exc)
    {
        var code = frame.Code;
        var ins = CodeInstrumentation.OriginalInstructions(code);
        ExceptionTableEntry? entry = Covering(code, ip);
        var steps = 0;
        while (entry is { } e)
        {
            var pc = e.Target;
            if (pc < ins.Length && ins[pc].Op == OpCode.PUSH_EXC_INFO) pc++;
            var clauseStart = pc;
            while (true)
            {
                if (++steps > 10_000 || (uint)pc >= (uint)ins.Length) return null;
                var op = ins[pc];
                switch (op.Op)
                {
                    case OpCode.RERAISE:
                        entry = Covering(code, pc);
                        goto NextEntry;
                    case OpCode.CHECK_EXC_MATCH:
                    {
                        var match = ClauseMatches(frame, ins, clauseStart, pc, exc);
                        if (match != false) return match;
                        // No match: the POP_JUMP_IF_FALSE goes to the next clause (or the RERAISE).
                        if (pc + 1 >= ins.Length || ins[pc + 1].Op != OpCode.POP_JUMP_IF_FALSE) return null;
                        pc = clauseStart = ins[pc + 1].Arg;
                        continue;
                    }
                    case OpCode.WITH_EXCEPT_START:
                    {
                        var slot = frame.StackBase + e.Depth - 1;
                        if (e.Depth < 1 || slot >= frame.Values.Length || !ExitNeverSuppresses(frame.Values[slot].V)) return null;
                        // __exit__ returns a false value: POP_JUMP_IF_TRUE falls through to the RERAISE.
                        pc += 2;
                        continue;
                    }
                    case OpCode.POP_EXCEPT:
                        // Leaving the handler normally (the exception is handled) unless it re-raises.
                        if (pc + 1 < ins.Length && ins[pc + 1].Op == OpCode.RERAISE) { pc++; continue; }
                        return true;
                    case OpCode.RETURN_VALUE:
                        return true;
                    default:
                        if (LineStarts.IsJump(op.Op) || op.Op == OpCode.YIELD_VALUE) return null;
                        pc++;
                        continue;
                }
            }
        NextEntry: ;
        }
        return false;
    }

    private static ExceptionTableEntry? Covering(CodeObject code, int ip)
    {
        foreach (var e in code.ExceptionTable)
            if (ip >= e.Start && ip < e.End) return e;
        return null;
    }

    /// <summary>Whether the except clause whose type expression runs from <paramref name="start"/> to the
    /// CHECK_EXC_MATCH at <paramref name="check"/> catches the exception (null: the type cannot be read).</summary>
    private static bool? ClauseMatches(Frame frame, Instruction[] ins, int start, int check, PyBaseException exc)
    {
        var stack = new List<PyObject>();
        var code = frame.Code;
        for (var pc = start; pc < check; pc++)
        {
            var op = ins[pc];
            PyObject? v = null;
            switch (op.Op)
            {
                case OpCode.LOAD_GLOBAL:
                {
                    var name = code.Names[op.Arg >> 1];
                    if (!frame.Globals.TryGetValue(name, out v) && !frame.Builtins.TryGetValue(name, out v)) return null;
                    break;
                }
                case OpCode.LOAD_NAME:
                {
                    var name = code.Names[op.Arg];
                    if (!(frame.LocalsDict?.TryGetValue(name, out v) ?? false) && !frame.Globals.TryGetValue(name, out v)
                        && !frame.Builtins.TryGetValue(name, out v)) return null;
                    break;
                }
                case OpCode.LOAD_FAST:
                    v = frame.Values[op.Arg].V;
                    break;
                case OpCode.LOAD_DEREF:
                    v = frame.Cells?[op.Arg]?.Value;
                    break;
                case OpCode.LOAD_ATTR:
                {
                    if (stack.Count == 0) return null;
                    var owner = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    var name = code.Names[op.Arg];
                    if (owner is PyModule m) m.Dict.TryGetValue(name, out v);
                    else if (owner is PyType t) v = t.Lookup(name);
                    break;
                }
                case OpCode.BUILD_TUPLE:
                {
                    if (stack.Count < op.Arg) return null;
                    var items = stack.GetRange(stack.Count - op.Arg, op.Arg).ToArray();
                    stack.RemoveRange(stack.Count - op.Arg, op.Arg);
                    v = new PyTuple(items);
                    break;
                }
                default:
                    return null;
            }
            if (v is null) return null;
            stack.Add(v);
        }
        if (stack.Count != 1) return null;
        return Matches(stack[0], exc);
    }

    private static bool? Matches(PyObject type, PyBaseException exc)
    {
        if (type is PyType t) return exc.Type.IsSubtypeOf(t);
        if (type is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                var m = Matches(item, exc);
                if (m != false) return m;
            }
            return false;
        }
        return null;
    }

    /// <summary>Whether a with statement's bound __exit__ is a Python function that only returns None or False.</summary>
    private static bool ExitNeverSuppresses(PyObject? exit)
    {
        if (exit is PyMethod m) exit = m.Function;
        if (exit is not VmFunction fn) return false;
        var code = fn.Code;
        if (code.IsGenerator) return false;
        var ins = CodeInstrumentation.OriginalInstructions(code);
        for (var i = 0; i < ins.Length; i++)
        {
            if (ins[i].Op != OpCode.RETURN_VALUE) continue;
            if (i == 0 || ins[i - 1].Op != OpCode.LOAD_CONST) return false;
            var value = code.Constants[ins[i - 1].Arg];
            if (!(value is PyNone || (value is PyBool b && !b.Value))) return false;
        }
        return true;
    }

    /// <summary>Whether some frame of the stack has an exception-table entry covering its current instruction.</summary>
    private static bool HasHandler(Frame frame)
    {
        for (var f = frame; f is not null; f = f.Back)
            foreach (var e in f.Code.ExceptionTable)
                if (f.Ip >= e.Start && f.Ip < e.End) return true;
        return false;
    }

    private static bool StepStopsAt(StepKind step, StepGranularity granularity, Frame? stepFrame, Frame frame, int index,
        LineStarts? starts, int virtualTarget)
    {
        if (step == StepKind.Pause) return true;
        var lineEvent = virtualTarget >= 0 || (starts is not null && starts.IsLineStart(index) && !starts.IsJumpOnly(index));
        if (step == StepKind.Entry) return lineEvent;
        if (granularity == StepGranularity.Line && !lineEvent) return false;
        return Eligible(step, stepFrame, frame);
    }

    /// <summary>pdb's rule for where a step may stop: in: anywhere; over: the stepping frame or
    /// outside it (not in frames it called); out: only outside it.</summary>
    private static bool Eligible(StepKind step, Frame? stepFrame, Frame frame)
    {
        if (stepFrame is null || step == StepKind.In) return true;
        if (ReferenceEquals(frame, stepFrame)) return step == StepKind.Over;
        for (var f = frame.Back; f is not null; f = f.Back)
            if (ReferenceEquals(f, stepFrame)) return false;
        return true;
    }

    /// <summary>Condition, hit count, logpoint: whether the breakpoint stops now.</summary>
    private bool ShouldStop(Bp bp, Frame frame)
    {
        if (bp.Condition is not null)
        {
            try
            {
                _evaluating++;
                if (!Ops.IsTrue(_evaluator!.Evaluate(frame, bp.Condition))) return false;
            }
            catch (PyException)
            {
                // An error in the condition stops (like pdb), so the user sees it.
            }
            finally
            {
                _evaluating--;
            }
        }
        bp.Hits++;
        if (bp.Hit is not null && !bp.Hit.Matches(bp.Hits)) return false;
        if (bp.Log is not null)
        {
            Emit("console", bp.Log.Render(expression => EvaluateToString(frame, expression)) + "\n");
            return false;
        }
        return true;
    }

    private string EvaluateToString(Frame frame, string expression)
    {
        if (_evaluator is null) return "{" + expression + "}";
        _evaluating++;
        try
        {
            return Ops.Str(_evaluator.Evaluate(frame, expression));
        }
        catch (PyException e)
        {
            return $"{e.Value.Type.Name}: {Ops.Str(e.Value)}";
        }
        finally
        {
            _evaluating--;
        }
    }

    private static bool DataTargetMatches(Bp bp, Frame frame, Instruction ins)
    {
        if (bp.Frame is { } target && target.LocalsDict is null)
            return ReferenceEquals(frame, target) && ins.Op is OpCode.STORE_FAST or OpCode.STORE_DEREF;
        // A global (or a module-level name): stores into that module's namespace.
        return ins.Op switch
        {
            OpCode.STORE_GLOBAL => bp.Globals is null || ReferenceEquals(frame.Globals, bp.Globals),
            OpCode.STORE_NAME => ReferenceEquals(frame.LocalsDict ?? frame.Globals, bp.Globals ?? frame.Globals),
            _ => false,
        };
    }

    private static PyObject? ReadStoreTarget(Frame frame, Instruction ins)
    {
        switch (ins.Op)
        {
            case OpCode.STORE_FAST: return frame.Values[ins.Arg].V;
            case OpCode.STORE_DEREF: return frame.Cells![ins.Arg].Value;
            case OpCode.STORE_NAME:
                return (frame.LocalsDict ?? frame.Globals).TryGetValue(frame.Code.Names[ins.Arg], out var v) ? v : null;
            case OpCode.STORE_GLOBAL:
                return frame.Globals.TryGetValue(frame.Code.Names[ins.Arg], out var g) ? g : null;
            default: return null;
        }
    }

    private static void ExecuteStore(Frame frame, Instruction ins)
    {
        var values = frame.Values;
        var value = values[--frame.Sp].V;
        values[frame.Sp].V = null!;
        switch (ins.Op)
        {
            case OpCode.STORE_FAST: values[ins.Arg].V = value; break;
            case OpCode.STORE_DEREF: frame.Cells![ins.Arg].Value = value; break;
            case OpCode.STORE_NAME: (frame.LocalsDict ?? frame.Globals).SetItem(frame.Code.Names[ins.Arg], value); break;
            case OpCode.STORE_GLOBAL: frame.Globals.SetItem(frame.Code.Names[ins.Arg], value); break;
        }
    }

    private bool Changed(PyObject? before, PyObject? after)
    {
        if (ReferenceEquals(before, after)) return false;
        if (before is null || after is null) return true;
        if (before.Type != after.Type) return true;
        if (before is PyInt or PyStr or PyFloat or PyBool)
        {
            try { return !Ops.Eq(before, after); }
            catch (PyException) { return true; }
        }
        return true;
    }
}
