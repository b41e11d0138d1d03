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
        var stop = (raised && isNewRaise) || (uncaught && !HasHandler(frame));
        if (!stop) return;
        _lastException = exception;
        Stop(StopReason.Exception, frame, frame.Ip, null, exception);
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
