using System.Runtime.CompilerServices;
using PyDbg.Vm.Bytecode;

namespace PyDbg.Vm.Debugging;

/// <summary>
/// PEP 669-style instrumentation of code objects: a code object that needs debugger attention gets
/// an instrumented COPY of its bytecode in <see cref="CodeObject.Instructions"/>, where chosen
/// instructions are replaced by INSTRUMENTED_INSTRUCTION; the original array is kept here (to run
/// the displaced instruction, to disassemble, and to restore). Code objects nobody instruments keep
/// their original array and run at full speed.
/// </summary>
public static class CodeInstrumentation
{
    private static readonly ConditionalWeakTable<CodeObject, Instruction[]> Originals = new();

    /// <summary>The compiler's instructions of <paramref name="code"/> (never the instrumented copy).</summary>
    public static Instruction[] OriginalInstructions(CodeObject code) =>
        Originals.TryGetValue(code, out var original) ? original : code.Instructions;

    public static bool IsInstrumented(CodeObject code) =>
        Originals.TryGetValue(code, out var original) && !ReferenceEquals(original, code.Instructions);

    /// <summary>Installs a copy of the original bytecode with the instructions at <paramref name="sites"/>
    /// instrumented; with no sites, restores the original.</summary>
    public static void Apply(CodeObject code, IReadOnlyCollection<int> sites)
    {
        lock (Originals)
        {
            var original = Originals.GetValue(code, c => c.Instructions);
            if (sites.Count == 0)
            {
                code.Instructions = original;
                return;
            }
            var copy = (Instruction[])original.Clone();
            foreach (var i in sites)
                if ((uint)i < (uint)copy.Length)
                    copy[i] = new Instruction(OpCode.INSTRUMENTED_INSTRUCTION, i);
            code.Instructions = copy;
        }
    }

    public static void Restore(CodeObject code)
    {
        if (Originals.TryGetValue(code, out var original)) code.Instructions = original;
    }
}
