using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// Whether an exception raised at a stopped frame would be caught somewhere on the stack: follows
/// the exception tables the way the VM unwinds, through the compiler's cleanup handlers (which
/// only re-raise: `except ... as e` cleanup, the POP_EXCEPT + RERAISE block, `finally` bodies), to
/// the first handler that can end the exception: an `except` clause whose type matches (types
/// named by a plain name are looked up, without running code; anything else counts as a match),
/// a bare `except`, or a `with` block (its __exit__ may suppress). Reads the stopped program's
/// frames only; call while the program is stopped.
/// </summary>
public static class BreakpointExceptionHandlers
{
    private enum Outcome { Caught, Reraised }

    public static bool WouldBeCaught(Frame frame, PyBaseException exception)
    {
        for (var f = frame; f is not null; f = f.Back)
        {
            var instructions = CodeInstrumentation.OriginalInstructions(f.Code);
            var index = f.Ip;
            for (var guard = 0; guard < 256; guard++)
            {
                if (Covering(f.Code, index) is not { } entry) break;
                if (Follow(f, instructions, entry.Target, exception, out var reraisedAt) == Outcome.Caught) return true;
                index = reraisedAt;
            }
        }
        return false;
    }

    private static ExceptionTableEntry? Covering(CodeObject code, int index)
    {
        foreach (var e in code.ExceptionTable)
            if (index >= e.Start && index < e.End) return e;
        return null;
    }

    /// <summary>Walks a handler from its first instruction to where it catches or re-raises.</summary>
    private static Outcome Follow(Frame f, Instruction[] ins, int start, PyBaseException exception, out int reraisedAt)
    {
        reraisedAt = -1;
        var i = start;
        for (var steps = 0; steps < 10_000 && (uint)i < (uint)ins.Length; steps++)
        {
            var op = ins[i].Op;
            switch (op)
            {
                case OpCode.RERAISE:
                    reraisedAt = i;
                    return Outcome.Reraised;
                case OpCode.POP_EXCEPT:
                    if (i + 1 < ins.Length && ins[i + 1].Op == OpCode.RERAISE)
                    {
                        reraisedAt = i + 1;
                        return Outcome.Reraised;
                    }
                    return Outcome.Caught;
                case OpCode.PUSH_EXC_INFO:
                    // A bare `except:` drops the exception right away.
                    if (i + 1 < ins.Length && ins[i + 1].Op == OpCode.POP_TOP) return Outcome.Caught;
                    break;
                case OpCode.CHECK_EXC_MATCH:
                    if (Matches(f, ins, i, exception) != false) return Outcome.Caught;
                    if (i + 1 < ins.Length && ins[i + 1].Op == OpCode.POP_JUMP_IF_FALSE)
                    {
                        i = ins[i + 1].Arg; // the next except clause, or the RERAISE after the last
                        continue;
                    }
                    return Outcome.Caught;
                case OpCode.WITH_EXCEPT_START:
                case OpCode.RETURN_VALUE:
                    return Outcome.Caught;
                case OpCode.JUMP_FORWARD:
                case OpCode.JUMP_BACKWARD:
                    i = ins[i].Arg;
                    continue;
            }
            i++;
        }
        return Outcome.Caught; // not understood: assume it is handled
    }

    /// <summary>Whether the except clause's type (loaded just before CHECK_EXC_MATCH) matches; null when unknown.</summary>
    private static bool? Matches(Frame f, Instruction[] ins, int check, PyBaseException exception)
    {
        if (check < 1) return null;
        var load = ins[check - 1];
        if (load.Op == OpCode.BUILD_TUPLE)
        {
            var n = load.Arg;
            if (check - 1 - n < 0) return null;
            var any = false;
            for (var k = check - 1 - n; k < check - 1; k++)
            {
                var one = MatchesValue(Load(f, ins[k]), exception);
                if (one is null) return null;
                any |= one.Value;
            }
            return any;
        }
        return MatchesValue(Load(f, load), exception);
    }

    private static bool? MatchesValue(PyObject? value, PyBaseException exception) => value switch
    {
        PyType type => exception.Type.IsSubtypeOf(type),
        PyTuple tuple => MatchesTuple(tuple, exception),
        _ => null,
    };

    private static bool? MatchesTuple(PyTuple tuple, PyBaseException exception)
    {
        foreach (var item in tuple.Items)
        {
            if (item is not PyType type) return null;
            if (exception.Type.IsSubtypeOf(type)) return true;
        }
        return false;
    }

    /// <summary>The value a plain load instruction would push (no code runs), or null.</summary>
    private static PyObject? Load(Frame f, Instruction ins)
    {
        var code = f.Code;
        switch (ins.Op)
        {
            case OpCode.LOAD_FAST:
                return (uint)ins.Arg < (uint)code.VarNames.Length ? f.Values[ins.Arg].V : null;
            case OpCode.LOAD_NAME:
            {
                if ((uint)ins.Arg >= (uint)code.Names.Length) return null;
                var name = code.Names[ins.Arg];
                if (f.LocalsDict is { } locals && locals.TryGetValue(name, out var local)) return local;
                return Global(f, name);
            }
            case OpCode.LOAD_GLOBAL:
            {
                var i = ins.Arg >> 1;
                return (uint)i < (uint)code.Names.Length ? Global(f, code.Names[i]) : null;
            }
            default:
                return null;
        }
    }

    private static PyObject? Global(Frame f, string name) =>
        f.Globals.TryGetValue(name, out var g) ? g : f.Builtins.TryGetValue(name, out var b) ? b : null;
}
