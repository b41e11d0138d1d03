using System.Runtime.CompilerServices;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;
using PyDbg.Vm.Runtime;

namespace PyDbg.Vm.Execution;

/// <summary>What the dispatch loop calls when a debugger is attached to the running thread.
/// Nothing here is called unless code is instrumented, the eval breaker is set, or an exception unwinds.</summary>
public interface IInterpreterHooks
{
    /// <summary>An INSTRUMENTED_INSTRUCTION at <paramref name="index"/> is about to run (frame.Ip == index,
    /// frame.Sp current). Returns the instruction to execute in its place (normally the original).
    /// May change frame.Sp (the loop reloads it) and may throw PyException.</summary>
    Instruction OnInstrumented(Frame frame, int index);

    /// <summary>The eval breaker fired (a backward jump or a Python call); frame.Ip is the next instruction.</summary>
    void OnEvalBreak(Frame frame);

    /// <summary>An exception starts unwinding at frame.Ip (<paramref name="isNewRaise"/>: a raise, not a re-raise).</summary>
    void OnUnwind(Frame frame, PyBaseException exception, bool isNewRaise);

    /// <summary>Source was compiled at run time for the program (an imported .py module), before its
    /// body runs: a debugger registers it so breakpoints in that file resolve.</summary>
    void OnModuleCompiled(CodeObject module) { }
}

public static partial class Interpreter
{
    [ThreadStatic] private static IInterpreterHooks? _hooks;

    /// <summary>Set by other threads (pause, breakpoints changed while running, terminate): a
    /// running loop checks it on backward jumps and Python calls only (CPython's eval breaker).
    /// A count, so several debugged programs on different threads can each request a break.</summary>
    internal static volatile int EvalBreaker;

    /// <summary>The debugger hooks of the current thread (the program thread sets them).</summary>
    public static IInterpreterHooks? Hooks
    {
        get => _hooks;
        set => _hooks = value;
    }

    /// <summary>Tells the current thread's debugger (if any) about a module compiled at run time
    /// (see <see cref="IInterpreterHooks.OnModuleCompiled"/>).</summary>
    public static void NotifyModuleCompiled(CodeObject module) => _hooks?.OnModuleCompiled(module);

    public static void RequestEvalBreak() => Interlocked.Increment(ref EvalBreaker);

    public static void ReleaseEvalBreak(int count)
    {
        if (count != 0) Interlocked.Add(ref EvalBreaker, -count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Instruction DebugInstrumented(Frame frame, int index, int sp)
    {
        frame.Ip = index;
        frame.Sp = sp;
        if (_hooks is { } hooks) return hooks.OnInstrumented(frame, index);
        return CodeInstrumentation.OriginalInstructions(frame.Code)[index];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DebugEvalBreak(Frame frame, int ip, int sp)
    {
        frame.Ip = ip;
        frame.Sp = sp;
        _hooks?.OnEvalBreak(frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DebugUnwind(Frame frame, PyBaseException exc, bool isNewRaise) =>
        _hooks?.OnUnwind(frame, exc, isNewRaise);
}
