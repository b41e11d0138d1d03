using PyDbg.DebugAdapter.Protocol;
using PyDbg.Vm.Bytecode;
using PyDbg.Vm.Debugging;

namespace PyDbg.DebugAdapter.Session;

/// <summary>
/// The DAP disassemble request over <see cref="CodeAddresses"/>: every code object occupies its own
/// address range (one instruction = two bytes), so a window of instructions around an address is a
/// run of consecutive addresses; places outside a code object are filled with "invalid"
/// instructions at the addresses they would have, so the client always gets exactly the number
/// it asked for, in address order (VS Code's Disassembly view relies on both).
/// </summary>
public sealed class DisassemblyListing
{
    /// <summary>The most instructions one request may ask for (a bigger answer is refused, not built).</summary>
    public const int MaxInstructionCount = 100_000;

    private readonly CodeAddresses _addresses;
    private readonly SourceFiles _sources;

    public DisassemblyListing(CodeAddresses addresses, SourceFiles sources)
    {
        _addresses = addresses;
        _sources = sources;
    }

    /// <summary>Lines and columns as the client counts them (DAP default: 1-based both).</summary>
    public bool LinesStartAt1 { get; set; } = true;
    public bool ColumnsStartAt1 { get; set; } = true;

    /// <summary>The instructions at <paramref name="memoryReference"/> + <paramref name="byteOffset"/>
    /// bytes + <paramref name="instructionOffset"/> instructions, <paramref name="count"/> of them.
    /// Throws DapRequestException for a reference that is not an address.</summary>
    public List<DisassembledInstruction> Disassemble(string memoryReference, long byteOffset, long instructionOffset, int count)
    {
        if (!CodeAddresses.TryParse(memoryReference, out var address))
            throw new DapRequestException($"'{memoryReference}' is not a memory reference of this adapter (expected an address such as 0x01000000).",
                DapRequestException.BadArguments);
        if (count < 0)
            throw new DapRequestException("'instructionCount' must not be negative.", DapRequestException.BadArguments);
        if (count > MaxInstructionCount)
            throw new DapRequestException($"'instructionCount' {count} is too large: at most {MaxInstructionCount} instructions per request.", DapRequestException.BadArguments);
        address += byteOffset;
        // An odd address falls inside an instruction: start at the instruction it belongs to.
        if ((address & 1) != 0) address--;
        var (id, within) = CodeAddresses.Split(Math.Max(0, address));
        _addresses.TryGetCode(id, out var code);
        var first = within / 2 + instructionOffset;
        var list = new List<DisassembledInstruction>(count);
        var length = code is null ? 0 : CodeInstrumentation.OriginalInstructions(code).Length;
        for (var k = 0; k < count; k++)
        {
            var index = first + k;
            var at = CodeAddresses.BaseOf(id) + 2 * index;
            if (code is not null && index >= 0 && index < length) list.Add(Instruction(code, (int)index));
            else list.Add(Invalid(at));
        }
        return list;
    }

    private static DisassembledInstruction Invalid(long address) => new()
    {
        Address = CodeAddresses.Format(Math.Max(0, address)),
        Instruction = "(no code)",
        PresentationHint = DisassembledInstruction.PresentationHintValues.Invalid,
    };

    /// <summary>One instruction with its address, bytes, dis text, symbol and source span.</summary>
    public DisassembledInstruction Instruction(CodeObject code, int index)
    {
        var result = new DisassembledInstruction
        {
            Address = _addresses.Of(code, 2 * index),
            InstructionBytes = InstructionText.Bytes(code, index),
            Instruction = InstructionText.Format(code, index, CodeRepr),
            Symbol = index == 0 ? code.QualName : null,
        };
        var span = (uint)index < (uint)code.Positions.Length ? code.Positions[index] : SourceSpan.None;
        if (!span.IsNone)
        {
            result.Location = _sources.SourceOf(code.FileName);
            var lineBase = LinesStartAt1 ? 0 : 1;
            var columnBase = ColumnsStartAt1 ? 0 : 1;
            result.Line = span.Line - lineBase;
            result.Column = _sources.Column(code.FileName, span.Line, span.Column) - columnBase;
            if (span.EndLine > 0)
            {
                result.EndLine = span.EndLine - lineBase;
                result.EndColumn = _sources.Column(code.FileName, span.EndLine, span.EndColumn) - columnBase;
            }
        }
        return result;
    }

    /// <summary>dis's repr of a code object constant, with its address in this session.</summary>
    private string CodeRepr(CodeObject nested) =>
        $"<code object {nested.Name} at {_addresses.Of(nested, 0)}, file \"{nested.FileName}\", line {nested.FirstLineNo}>";
}
