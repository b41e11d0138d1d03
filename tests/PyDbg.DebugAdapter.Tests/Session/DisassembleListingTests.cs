using PyDbg.DebugAdapter.Protocol;
using PyDbg.DebugAdapter.Session;
using PyDbg.DebugAdapter.Tests.Support;
using PyDbg.Vm.Bytecode;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>The disassemble request's listing: addresses, dis text, padding, spans.</summary>
public class DisassembleListingTests
{
    private const string Program = "def f(x):\n    y = x + 1\n    return y\n\nprint(f(2))\n";

    private static (DisassemblyListing Listing, CodeAddresses Addresses, CodeObject Module, CodeObject F) Setup(TempProgram program)
    {
        var module = BpAdapter.Compile(File.ReadAllText(program.Path), program.Path);
        var f = (CodeObject)module.Constants.First(c => c is CodeObject);
        var addresses = new CodeAddresses();
        addresses.IdOf(module).Should().Be(1);
        addresses.IdOf(f).Should().Be(2);
        return (new DisassemblyListing(addresses, new SourceFiles()), addresses, module, f);
    }

    [Fact]
    public void A_function_disassembles_in_dis_style_at_consecutive_addresses()
    {
        using var program = new TempProgram(Program);
        var (listing, _, _, _) = Setup(program);
        var list = listing.Disassemble("0x02000000", 0, 0, 7);
        list.Select(i => i.Address).Should().Equal("0x02000000", "0x02000002", "0x02000004", "0x02000006", "0x02000008", "0x0200000A", "0x0200000C");
        list.Select(i => i.Instruction).Should().Equal(
            "RESUME                   0",
            "LOAD_FAST                0 (x)",
            "LOAD_CONST               1 (1)",
            "BINARY_OP                0 (+)",
            "STORE_FAST               1 (y)",
            "LOAD_FAST                1 (y)",
            "RETURN_VALUE");
        list.Select(i => i.Symbol).Should().Equal("f", null, null, null, null, null, null);
        list.Select(i => i.PresentationHint).Should().AllBeEquivalentTo((string?)null);
        list[0].InstructionBytes.Should().Be($"{(int)OpCode.RESUME:x2} 00");
        list[1].InstructionBytes.Should().Be($"{(int)OpCode.LOAD_FAST:x2} 00");
        list[5].InstructionBytes.Should().Be($"{(int)OpCode.LOAD_FAST:x2} 01");
        // x in "    y = x + 1": CPython's col_offset 8, end 9 -> DAP columns 9..10
        (list[1].Line, list[1].Column, list[1].EndLine, list[1].EndColumn).Should().Be((2, 9, 2, 10));
        // x + 1: col 8..13
        (list[3].Line, list[3].Column, list[3].EndLine, list[3].EndColumn).Should().Be((2, 9, 2, 14));
        // y in "    return y": col 11..12
        (list[5].Line, list[5].Column, list[5].EndColumn).Should().Be((3, 12, 13));
        list[1].Location!.Path.Should().Be(program.Path);
        list[1].Location!.Name.Should().Be("main.py");
    }

    [Fact]
    public void Exactly_the_requested_count_padded_with_invalid_instructions_around_a_code_object()
    {
        using var program = new TempProgram(Program);
        var (listing, _, _, _) = Setup(program);
        var list = listing.Disassemble("0x02000000", 0, -2, 10);
        list.Should().HaveCount(10);
        list.Select(i => i.Address).Should().Equal("0x01FFFFFC", "0x01FFFFFE", "0x02000000", "0x02000002", "0x02000004", "0x02000006",
            "0x02000008", "0x0200000A", "0x0200000C", "0x0200000E");
        list.Select(i => i.PresentationHint).Should().Equal("invalid", "invalid", null, null, null, null, null, null, null, "invalid");
        list[0].Location.Should().BeNull();
        list[0].Line.Should().BeNull();
        // Every address parses as a number and they ascend by 2 (VS Code's disassembly view needs both).
        var numbers = list.Select(i => Convert.ToInt64(i.Address[2..], 16)).ToList();
        for (var k = 1; k < numbers.Count; k++) (numbers[k] - numbers[k - 1]).Should().Be(2);
    }

    [Fact]
    public void Byte_offset_and_instruction_offset_move_the_window()
    {
        using var program = new TempProgram(Program);
        var (listing, _, _, _) = Setup(program);
        listing.Disassemble("0x02000000", 4, 0, 1)[0].Instruction.Should().Be("LOAD_CONST               1 (1)");
        listing.Disassemble("0x02000000", 4, 1, 1)[0].Instruction.Should().Be("BINARY_OP                0 (+)");
        listing.Disassemble("0x0200000C", 0, -6, 2).Select(i => i.Instruction).Should().Equal("RESUME                   0", "LOAD_FAST                0 (x)");
        // An odd address is inside an instruction: the window starts at that instruction.
        listing.Disassemble("0x02000003", 0, 0, 1)[0].Address.Should().Be("0x02000002");
        // Decimal references are addresses too.
        listing.Disassemble((2L << 24).ToString(), 2, 0, 1)[0].Instruction.Should().Be("LOAD_FAST                0 (x)");
    }

    [Fact]
    public void A_code_object_constant_is_shown_with_its_session_address()
    {
        using var program = new TempProgram(Program);
        var (listing, _, module, _) = Setup(program);
        var list = listing.Disassemble("0x01000000", 0, 0, 4);
        list[0].Symbol.Should().Be("<module>");
        list[1].Instruction.Should().Be($"LOAD_CONST               0 (<code object f at 0x02000000, file \"{program.Path}\", line 1>)");
        list[2].Instruction.Should().Be("MAKE_FUNCTION            0");
        list[3].Instruction.Should().Be("STORE_NAME               0 (f)");
        // "def f(x):" spans the whole statement (lines 1-3), as in CPython.
        (list[1].Line, list[1].Column, list[1].EndLine, list[1].EndColumn).Should().Be((1, 1, 3, 13));
        module.Name.Should().Be("<module>");
    }

    [Fact]
    public void Unknown_code_gives_only_invalid_instructions_and_a_bad_reference_is_an_error()
    {
        using var program = new TempProgram(Program);
        var (listing, _, _, _) = Setup(program);
        var list = listing.Disassemble("0x09000000", 0, 0, 3);
        list.Select(i => (i.Address, i.PresentationHint)).Should().Equal(("0x09000000", "invalid"), ("0x09000002", "invalid"), ("0x09000004", "invalid"));
        var bad = () => listing.Disassemble("main.py:3", 0, 0, 3);
        bad.Should().Throw<DapRequestException>().WithMessage("'main.py:3' is not a memory reference of this adapter*");
        var huge = () => listing.Disassemble("0x02000000", 0, 0, int.MaxValue);
        huge.Should().Throw<DapRequestException>().WithMessage("'instructionCount' 2147483647 is too large: at most 100000 instructions per request.");
    }

    [Fact]
    public void Every_instruction_text_is_the_dis_listing_line_of_pydbg_dis()
    {
        const string source = "import math\nclass C:\n    def m(self, *a, k=1):\n        for i in range(3):\n            if i and k:\n                yield f'{i!r:>3}'\n"
            + "try:\n    print([x * 2 for x in (1, 2)], {'a': 1}.get('a'))\nexcept (KeyError, ValueError) as e:\n    raise RuntimeError('x') from e\nfinally:\n    z = lambda q: q ** 2\n";
        using var program = new TempProgram(source);
        var module = BpAdapter.Compile(source, program.Path);
        var expected = Disassembler.Disassemble(module).Split('\n')
            .Where(l => l.Length > 16 && char.IsDigit(l[14]) && l[15] == ' ' && char.IsUpper(l[16]) && !l.Contains("<code object"))
            .Select(l => l[16..]).ToList();
        var actual = new List<string>();
        foreach (var code in Vm.Debugging.LineStarts.AllCodeObjects(module))
            for (var i = 0; i < code.Instructions.Length; i++)
            {
                var text = InstructionText.Format(code, i);
                if (!text.Contains("<code object")) actual.Add(text);
            }
        // Disassembler lists nested code objects after their parent, depth first, as AllCodeObjects does.
        actual.Should().Equal(expected);
        actual.Count.Should().BeGreaterThan(60);
    }

    [Fact]
    public void Columns_count_characters_not_utf8_bytes()
    {
        // "    y = 'héllo' + x": x is at byte 19 (col_offset) but character 18 (DAP column 19).
        using var program = new TempProgram("def f(x):\n    y = 'h\u00e9llo' + x\n    return y\n");
        var (listing, _, _, _) = Setup(program);
        var list = listing.Disassemble("0x02000000", 0, 0, 4);
        list[2].Instruction.Should().Be("LOAD_FAST                0 (x)");
        (list[2].Line, list[2].Column, list[2].EndColumn).Should().Be((2, 19, 20));
        (list[1].Column, list[1].EndColumn).Should().Be((9, 16)); // 'héllo'
    }
}
