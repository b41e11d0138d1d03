namespace PyDbg.Vm.Bytecode;

/// <summary>One instruction: an opcode and its argument (0 when the opcode takes none).</summary>
public readonly record struct Instruction(OpCode Op, int Arg);

/// <summary>
/// A CPython 3.11-style exception table entry: an exception raised by an instruction with index in
/// [Start, End) jumps to Target after popping the stack down to Depth (and pushing the index of the
/// raising instruction first when PushLasti).
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti);

[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
}
