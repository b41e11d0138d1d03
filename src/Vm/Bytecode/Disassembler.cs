namespace PyDbg.Vm.Bytecode;

/// <summary>
/// A listing in the style of CPython 3.11's <c>dis.dis</c>: the code object itself, then every
/// nested code object ("Disassembly of &lt;code object f ...&gt;:").
/// CONTRACT: signature frozen; the compiler/VM owner implements it.
/// </summary>
public static class Disassembler
{
    public static string Disassemble(CodeObject code) => throw new NotImplementedException();
}
