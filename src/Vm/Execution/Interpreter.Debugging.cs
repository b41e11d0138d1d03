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

    /// <summary>Native code that blocks (time.sleep) calls this between short waits: a debugger
    /// may stop here (pause) or end the program (terminate) by throwing PyException.</summary>
    void OnNativeWait() { }
}

public static partial class Interpreter
{
    [ThreadStatic] private static IInterpreterHooks? _hooks;

    /// <summary>Set (on the program thread, while stopped) when execution must continue elsewhere
    /// when the hook returns: see <see cref="RequestRedirect"/>.</summary>
    [ThreadStatic] private static Frame? _redirectFrame;
    [ThreadStatic] private static int _redirectIp;

    /// <summary>
    /// Called on the program thread by a debugger hook (while the thread is stopped inside
    /// INSTRUMENTED_INSTRUCTION or an eval break) when the controller moved execution: the loop then
    /// continues in <paramref name="frame"/> at its current Ip (running the compiler's instruction
    /// there). When <paramref name="frame"/> is below the executing frame, the frames above it are
    /// discarded (restart frame); they must all belong to the same dispatch loop
    /// (<see cref="CanDiscardUpTo"/>), otherwise the request is ignored. <paramref name="ip"/> is
    /// where <paramref name="frame"/> continues (the hook may reset frame.Ip before it returns).
    /// </summary>
    public static void RequestRedirect(Frame frame, int ip)
    {
        _redirectFrame = frame;
        _redirectIp = ip;
    }

    /// <summary>Whether the frames from <paramref name="top"/> down to (not including) <paramref name="target"/>
    /// all run in one dispatch loop (none is the entry frame of a loop started by native code), so the
    /// loop can discard them and continue in <paramref name="target"/>. Null when possible, else why not.</summary>
    public static string? CanDiscardUpTo(Frame top, Frame target)
    {
        for (var f = top; !ReferenceEquals(f, target); f = f.Back)
        {
            if (f is null) return "the frame is not on the stopped thread's stack";
            if (f.IsLoopEntry) return "a frame above it was called from native code (or is a generator)";
        }
        return null;
    }

    /// <summary>After a redirect, the instrumented instruction at the new index runs the compiler's
    /// instruction without calling the debugger again (it already stopped there, or chose to move there).</summary>
    [ThreadStatic] private static Frame? _skipHookFrame;
    [ThreadStatic] private static int _skipHookIndex;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame DebugRedirectTo(Frame frame, Frame entry)
    {
        var target = _redirectFrame!;
        _redirectFrame = null;
        var ip = _redirectIp;
        if (!ReferenceEquals(target, frame) && CanDiscardUpTo(frame, target) is null)
        {
            var context = PyContext.Current;
            while (!ReferenceEquals(frame, target))
            {
                var back = frame.Back!;
                context.CallDepth--;
                Array.Clear(frame.Values);
                frame.Back = null;
                frame = back;
            }
        }
        else if (!ReferenceEquals(target, frame))
        {
            // Refused (the controller should have checked): carry on where we were.
            target = frame;
            ip = frame.Ip;
        }
        var original = CodeInstrumentation.OriginalInstructions(target.Code);
        if ((uint)ip >= (uint)original.Length) ip = 0;
        target.Ip = ip;
        if (target.RestoreHandled is { } handled)
        {
            _handled = handled as PyBaseException;
            target.RestoreHandled = null;
        }
        if (target.Code.Instructions[ip].Op == OpCode.INSTRUMENTED_INSTRUCTION)
        {
            _skipHookFrame = target;
            _skipHookIndex = ip;
        }
        return target;
    }


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

    /// <summary>True when a debugger watches the current thread (blocking native code then waits in short slices).</summary>
    public static bool HasHooks => _hooks is not null;

    /// <summary>See <see cref="IInterpreterHooks.OnNativeWait"/>.</summary>
    public static void NotifyNativeWait() => _hooks?.OnNativeWait();

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
        if (_skipHookFrame is { } skip)
        {
            _skipHookFrame = null;
            if (ReferenceEquals(skip, frame) && _skipHookIndex == index) return CodeInstrumentation.OriginalInstructions(frame.Code)[index];
        }
        // The debugger instruments the RESUME of every code object it instruments: a function's
        // arguments as they were on entry, for restart frame.
        if (index == 0 && frame.LocalsDict is null) Debugging.Inspection.EntryArguments.Capture(frame);
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
