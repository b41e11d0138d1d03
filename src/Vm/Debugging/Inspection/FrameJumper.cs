using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>A place a stopped frame can jump to (DAP gotoTargets).</summary>
public sealed record JumpTarget(int Line, int InstructionIndex, SourceSpan Span)
{
    public int Offset => 2 * InstructionIndex;
}

/// <summary>
/// Jump (pdb's "jump", DAP's goto): moves a stopped frame's execution to the first instruction of
/// another line of the same code object. Allowed when the target's operand stack holds the same
/// blocks as now (same for-loop iterators, with-exits, handled exceptions), or a prefix of them:
/// leaving a for loop or a with block pops their slots; jumping into a loop, a with block or an
/// except block, or out of an except block, is refused with a message.
/// The frame's Ip and Sp are updated; the dispatch loop must reload both when it resumes the frame.
/// </summary>
public static class FrameJumper
{
    /// <summary>Indices of the instructions that start a source line (the first of each run of one line), with their line.</summary>
    public static List<(int Index, int Line)> LineStarts(CodeObject code)
    {
        var result = new List<(int, int)>();
        var positions = code.Positions;
        var previous = -1;
        for (var i = 0; i < positions.Length; i++)
        {
            var line = positions[i].Line;
            if (line <= 0) continue;
            if (line != previous) result.Add((i, line));
            previous = line;
        }
        return result;
    }

    /// <summary>The valid jump targets of <paramref name="line"/> for the frame's current state
    /// (for a line without code, the next line that has code).</summary>
    public static List<JumpTarget> Targets(Frame frame, int line)
    {
        var result = new List<JumpTarget>();
        foreach (var index in CandidateIndices(frame.Code, line))
            if (Check(frame, index) is null)
                result.Add(new JumpTarget(frame.Code.Positions[index].Line, index, frame.Code.Positions[index]));
        return result;
    }

    private static List<int> CandidateIndices(CodeObject code, int line)
    {
        var starts = LineStarts(code);
        var result = new List<int>();
        foreach (var (index, l) in starts) if (l == line) result.Add(index);
        if (result.Count > 0) return result;
        var best = int.MaxValue;
        foreach (var (_, l) in starts) if (l > line && l < best) best = l;
        if (best != int.MaxValue)
            foreach (var (index, l) in starts) if (l == best) result.Add(index);
        return result;
    }

    /// <summary>Moves the frame to <paramref name="line"/>. Returns null on success, else the refusal message.</summary>
    public static string? Jump(Frame frame, int line)
    {
        if (frame.Generator is not null && frame.Ip == 0) return "can't jump in a generator that has not started";
        var candidates = CandidateIndices(frame.Code, line);
        if (candidates.Count == 0) return $"line {line} comes after the current code block";
        string? firstError = null;
        foreach (var index in candidates)
        {
            var error = Check(frame, index);
            if (error is null) return JumpTo(frame, index);
            firstError ??= error;
        }
        return firstError;
    }

    /// <summary>Moves the frame to instruction <paramref name="index"/> (checked). Null on success, else the message.</summary>
    public static string? JumpTo(Frame frame, int index)
    {
        var error = Check(frame, index);
        if (error is not null) return error;
        var shapes = StackShapes.Compute(frame.Code);
        var newDepth = shapes[index]!.Length;
        var sp = frame.StackBase + newDepth;
        for (var i = sp; i < frame.Sp; i++) frame.Values[i].V = null!;
        frame.Sp = sp;
        frame.Ip = index;
        return null;
    }

    /// <summary>Why the frame cannot continue at instruction <paramref name="index"/>, or null when it can.</summary>
    public static string? Check(Frame frame, int index)
    {
        var code = frame.Code;
        if ((uint)index >= (uint)code.Instructions.Length) return "the target is outside the frame's code";
        if (StoppedFrames.Find(frame) is { } stop)
        {
            if (stop.Refusal is not null) return stop.Refusal;
            if (!ReferenceEquals(stop.Top, frame)) return "can't jump in a frame that is waiting for a call to return";
        }
        if (frame.Ip >= code.Instructions.Length) return "the frame has finished";
        var shapes = StackShapes.Compute(code);
        var from = shapes[frame.Ip];
        var to = shapes[index];
        if (to is null) return $"line {code.Positions[index].Line} is unreachable code";
        if (from is null) return "the frame's current instruction is unreachable code";
        var depth = frame.Sp - frame.StackBase;
        if (depth != from.Length) return "can't jump from the middle of an expression";
        if (to.Length > from.Length)
            return Describe(code, to[from.Length], into: true);
        for (var k = 0; k < to.Length; k++)
        {
            if (to[k] == from[k] && to[k] != StackShapes.Mixed) continue;
            // The slot differs: the target is in another block than the current one.
            return Describe(code, to[k], into: true);
        }
        for (var k = to.Length; k < from.Length; k++)
        {
            var p = from[k];
            if (p >= StackShapes.HandlerBase) return "can't jump out of an 'except' block";
            if (p == StackShapes.Mixed || !IsBlockProducer(code, p)) return "can't jump from the middle of an expression";
        }
        return null;
    }

    private static bool IsBlockProducer(CodeObject code, int producer) =>
        (uint)producer < (uint)code.Instructions.Length
        && CodeInstrumentation.OriginalInstructions(code)[producer].Op is OpCode.GET_ITER or OpCode.BEFORE_WITH or OpCode.FOR_ITER
            or OpCode.LOAD_ATTR or OpCode.LOAD_NAME or OpCode.LOAD_FAST or OpCode.LOAD_GLOBAL or OpCode.LOAD_DEREF
            or OpCode.CALL or OpCode.LOAD_CONST or OpCode.COPY or OpCode.GET_YIELD_FROM_ITER;

    private static string Describe(CodeObject code, int producer, bool into)
    {
        if (producer >= StackShapes.HandlerBase) return "can't jump into an 'except' block as there's no exception";
        if ((uint)producer < (uint)code.Instructions.Length)
        {
            var op = CodeInstrumentation.OriginalInstructions(code)[producer].Op;
            if (op is OpCode.GET_ITER or OpCode.FOR_ITER) return "can't jump into the body of a for loop";
            if (op is OpCode.BEFORE_WITH) return "can't jump into the body of a with block";
        }
        return "can't jump into the middle of an expression or block";
    }
}
