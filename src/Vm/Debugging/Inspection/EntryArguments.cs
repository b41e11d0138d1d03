using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Execution;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Debugging.Inspection;

/// <summary>
/// The argument values a function frame had on entry (its bound parameter slots), kept so that
/// the frame can be restarted. The debugger core calls <see cref="Capture"/> from its
/// <see cref="IInterpreterHooks.OnFramePushed"/> hook (before the body runs) while a debugger is attached.
/// The capture is kept in the frame (<see cref="Frame.EntryArgs"/>): it goes away with the frame.
/// </summary>
public sealed class EntryArguments
{
    /// <summary>The parameter slot values (VarNames order; *args tuple and **kwargs dict included).</summary>
    public PyObject?[] Slots { get; }

    private EntryArguments(PyObject?[] slots) => Slots = slots;

    /// <summary>Records the frame's current parameter values as its entry arguments (no-op for
    /// module and class bodies). Mutable containers are kept by reference, as Python does.</summary>
    public static EntryArguments? Capture(Frame frame)
    {
        if (frame.LocalsDict is not null) return null;
        var n = Math.Min(frame.Code.Signature.SlotCount, frame.StackBase);
        var slots = new PyObject?[n];
        for (var i = 0; i < n; i++) slots[i] = frame.Values[i].V;
        frame.EntryArgs = slots;
        return new EntryArguments(slots);
    }

    /// <summary>The capture of <paramref name="frame"/>, if one was made.</summary>
    public static EntryArguments? Get(Frame frame) => frame.EntryArgs is { } slots ? new EntryArguments(slots) : null;

    /// <summary>Whether the code is something <see cref="FrameRestarter"/> can restart.</summary>
    internal static bool IsRestartable(CodeObject code) => !code.IsGenerator;
}

/// <summary>
/// Restart frame: re-runs a stopped function frame from its beginning with the arguments it had on
/// entry: Ip back to 0 (the RESUME), every local unbound except the parameters (restored from the
/// <see cref="EntryArguments"/> capture), cell variables recreated, free variables kept (they
/// belong to the closure), operand stack cleared. Refused for module-level and class-body frames,
/// generator frames and frames without a capture. When the program is stopped in a frame this one
/// called, those frames are discarded when the program resumes (the debugger redirects the dispatch
/// loop, see <see cref="StoppedFrames"/>); refused when one of them was called from native code.
/// </summary>
public static class FrameRestarter
{
    /// <summary>Null when the frame can be restarted, else the refusal message.</summary>
    public static string? Check(Frame frame)
    {
        if (frame.LocalsDict is not null)
            return frame.Code.Name == "<module>" ? "can't restart a module-level frame" : "can't restart a class body frame";
        if (frame.Generator is not null || frame.Code.IsGenerator) return "can't restart a generator frame";
        var stop = StoppedFrames.Find(frame);
        if (frame.EntryArgs is null && (stop is null || ReassignsParameters(frame.Code)))
            return "can't restart this frame: its entry arguments were not recorded";
        if (stop is not null)
        {
            if (stop.Refusal is not null) return stop.Refusal;
            if (Interpreter.CanDiscardUpTo(stop.Top, frame) is { } why) return "can't restart this frame: " + why;
        }
        return null;
    }

    /// <summary>Whether the code may store to (or delete) a parameter slot. A cell parameter's slot is
    /// never written after entry (the cell holds the variable), so it keeps the entry value.</summary>
    internal static bool ReassignsParameters(CodeObject code)
    {
        var n = code.Signature.SlotCount;
        foreach (var ins in CodeInstrumentation.OriginalInstructions(code))
            if (ins.Op is OpCode.STORE_FAST or OpCode.DELETE_FAST && ins.Arg < n) return true;
        return false;
    }

    /// <summary>The exception that was being handled before the outermost except block active in
    /// <paramref name="frame"/> or the frames above it (up to the stop), which restart discards: the
    /// value PUSH_EXC_INFO saved on the operand stack. Null when none is active there.</summary>
    private static PyObject? HandledBefore(Frame frame)
    {
        if (StoppedFrames.Find(frame) is not { } stop) return null;
        var chain = new List<Frame>();
        for (Frame? f = stop.Top; f is not null; f = f.Back)
        {
            chain.Add(f);
            if (ReferenceEquals(f, frame)) break;
        }
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var f = chain[i];
            var shapes = StackShapes.Compute(f.Code);
            if ((uint)f.Ip >= (uint)shapes.Length || shapes[f.Ip] is not { } shape) continue;
            var original = CodeInstrumentation.OriginalInstructions(f.Code);
            var depth = Math.Min(shape.Length, f.Sp - f.StackBase);
            for (var k = 0; k < depth; k++)
            {
                // The exception slot pushed by unwinding into a handler that starts with PUSH_EXC_INFO:
                // once PUSH_EXC_INFO ran, it holds the previously handled exception.
                var p = shape[k] - StackShapes.HandlerBase;
                if (p < 0 || (p & 1) == 0) continue;
                var target = p >> 1;
                if (target < original.Length && target != f.Ip && original[target].Op == OpCode.PUSH_EXC_INFO)
                    return f.Values[f.StackBase + k].V ?? PyNone.Instance;
            }
        }
        return null;
    }

    private static PyObject?[] CurrentParameters(Frame frame)
    {
        var n = Math.Min(frame.Code.Signature.SlotCount, frame.StackBase);
        var slots = new PyObject?[n];
        for (var i = 0; i < n; i++) slots[i] = frame.Values[i].V;
        return slots;
    }

    /// <summary>Restarts the frame; null on success, else the refusal message (the frame is unchanged).</summary>
    public static string? Restart(Frame frame)
    {
        var error = Check(frame);
        if (error is not null) return error;
        // Without a capture (the function was entered before the debugger instrumented it), a
        // function that never stores to its parameters still holds its entry arguments.
        var captured = frame.EntryArgs ?? CurrentParameters(frame);
        frame.RestoreHandled = HandledBefore(frame);
        var values = frame.Values;
        Array.Clear(values, 0, values.Length);
        for (var i = 0; i < captured.Length; i++) values[i].V = captured[i]!;
        frame.Sp = frame.StackBase;
        var code = frame.Code;
        if (code.CellCount > 0)
        {
            var old = frame.Cells;
            frame.InitCells(null);
            // Free variables belong to the closure: keep the very same cells.
            if (old is not null)
                for (var i = code.CellVars.Length; i < old.Length && i < frame.Cells!.Length; i++)
                    frame.Cells[i] = old[i];
            if (frame.Function?.Closure is { } closure)
                for (var i = 0; i < code.FreeVars.Length && i < closure.Length; i++)
                    frame.Cells![code.CellVars.Length + i] = closure[i];
        }
        frame.Ip = 0;
        return null;
    }
}
