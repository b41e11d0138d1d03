using System.Runtime.CompilerServices;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Debugging;

/// <summary>
/// PEP 669-style instrumentation of code objects: chosen instructions of a code object that needs
/// debugger attention are replaced IN PLACE by INSTRUMENTED_INSTRUCTION (as CPython 3.12 rewrites
/// co_code), so every frame running that code sees the change at once, including frames below a
/// native call (an operator, a property, a for loop over a generator) whose dispatch loop holds the
/// array. The compiler's instructions are kept here (to run the displaced instruction, to
/// disassemble, and to restore). Each instruction is written with one 8-byte store, so a loop
/// reading the array on another thread sees either the old or the new instruction, never a mix.
/// Code objects nobody instruments are never touched and run at full speed.
/// </summary>
public static class CodeInstrumentation
{
    private static readonly ConditionalWeakTable<CodeObject, Instruction[]> Originals = new();

    /// <summary>The compiler's instructions of <paramref name="code"/> (never the instrumented ones).</summary>
    public static Instruction[] OriginalInstructions(CodeObject code) =>
        Originals.TryGetValue(code, out var original) ? original : code.Instructions;

    public static bool IsInstrumented(CodeObject code)
    {
        if (!Originals.TryGetValue(code, out _)) return false;
        foreach (var ins in code.Instructions)
            if (ins.Op == OpCode.INSTRUMENTED_INSTRUCTION) return true;
        return false;
    }

    /// <summary>Instruments the instructions at <paramref name="sites"/> (and restores every other one);
    /// with no sites, restores the original.</summary>
    public static void Apply(CodeObject code, IReadOnlyCollection<int> sites)
    {
        lock (Originals)
        {
            var live = code.Instructions;
            if (sites.Count == 0 && !Originals.TryGetValue(code, out _)) return;
            var original = Originals.GetValue(code, c => (Instruction[])c.Instructions.Clone());
            var wanted = new bool[live.Length];
            foreach (var i in sites)
                if ((uint)i < (uint)wanted.Length) wanted[i] = true;
            for (var i = 0; i < live.Length; i++)
            {
                var desired = wanted[i] ? new Instruction(OpCode.INSTRUMENTED_INSTRUCTION, i) : original[i];
                if (live[i] != desired) Store(live, i, desired);
            }
        }
    }

    public static void Restore(CodeObject code) => Apply(code, Array.Empty<int>());

    private static void Store(Instruction[] array, int index, Instruction value)
    {
        // Instruction is 8 bytes (opcode, padding, argument): one aligned 64-bit store.
        var bits = Unsafe.As<Instruction, long>(ref value);
        Volatile.Write(ref Unsafe.As<Instruction, long>(ref array[index]), bits);
    }
}
