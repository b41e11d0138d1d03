using System.Text;

namespace PyDbg.Vm.Bytecode;

/// <summary>
/// One instruction as a line of CPython 3.11's <c>dis</c> listing shows it, without the line
/// number, jump-target and offset columns (<see cref="Disassembler.InstructionColumns"/>). Always the compiler's instruction, never the
/// debugger's instrumented copy.
/// </summary>
public static class InstructionText
{
    /// <summary>The text of instruction <paramref name="index"/> of <paramref name="code"/>;
    /// <paramref name="codeRepr"/> names a code object constant (null: dis's repr with a fake address).</summary>
    public static string Format(CodeObject code, int index, Func<CodeObject, string>? codeRepr = null)
    {
        var ins = Debugging.CodeInstrumentation.OriginalInstructions(code)[index];
        if (!Disassembler.HasArgument(ins.Op)) return Disassembler.InstructionColumns(ins, "");
        var argRepr = ins.Op == OpCode.LOAD_CONST && codeRepr is not null && (uint)ins.Arg < (uint)code.Constants.Length
            && code.Constants[ins.Arg] is CodeObject nested
            ? codeRepr(nested)
            : Disassembler.ArgRepr(code, ins, new Dictionary<CodeObject, int>(ReferenceEqualityComparer.Instance));
        return Disassembler.InstructionColumns(ins, argRepr);
    }

    /// <summary>The instruction's encoding as hex bytes: the opcode byte, then the argument
    /// (one byte when it fits, else as many as it needs, most significant first), e.g. "07 00".</summary>
    public static string Bytes(CodeObject code, int index)
    {
        var ins = Debugging.CodeInstrumentation.OriginalInstructions(code)[index];
        var arg = (uint)ins.Arg;
        var hex = arg.ToString("x2", System.Globalization.CultureInfo.InvariantCulture);
        if (hex.Length % 2 != 0) hex = "0" + hex;
        var sb = new StringBuilder(8);
        sb.Append(((byte)ins.Op).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < hex.Length; i += 2) sb.Append(' ').Append(hex, i, 2);
        return sb.ToString();
    }
}
