using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Instruction breakpoints and the disassemble request in a debug session (addresses from stackTrace).</summary>
public class BreakpointCodeTests
{
    private const string Program =
        "def f(x):\n" +        // 1
        "    y = x + 1\n" +    // 2
        "    return y\n" +     // 3
        "\n" +                 // 4
        "print(f(2))\n" +      // 5
        "print(f(5))\n";       // 6

    private static JsonArray Disassemble(DebugScript s, string reference, int instructionOffset, int count, int offset = 0) =>
        s.Ok("disassemble", $$"""{"memoryReference":"{{reference}}","offset":{{offset}},"instructionOffset":{{instructionOffset}},"instructionCount":{{count}},"resolveSymbols":true}""")["instructions"]!.AsArray();

    [Fact]
    public void The_disassembly_around_the_instruction_pointer_is_the_code_being_run()
    {
        using var s = DebugScript.Start(Program);
        s.WaitStopped("entry");
        var top = s.TopFrame();
        var ip = (string)top["instructionPointerReference"]!;
        ip.Should().Be("0x01000002", "stopped after RESUME, at the first instruction of line 1 of <module> (code id 1)");
        var list = Disassemble(s, ip, -3, 6);
        list.Select(i => (string)i!["address"]!).Should().Equal("0x00FFFFFC", "0x00FFFFFE", "0x01000000", "0x01000002", "0x01000004", "0x01000006");
        list.Select(i => (string?)i!["presentationHint"]).Should().Equal("invalid", "invalid", null, null, null, null);
        list.Select(i => (string)i!["instruction"]!).Skip(2).Should().Equal(
            "RESUME                   0",
            $"LOAD_CONST               0 (<code object f at 0x02000000, file \"{s.Path}\", line 1>)",
            "MAKE_FUNCTION            0",
            "STORE_NAME               0 (f)");
        ((string)list[2]!["symbol"]!).Should().Be("<module>");
        ((string)list[3]!["location"]!["path"]!).Should().Be(s.Path);
        list[3]!["line"]!.GetValue<int>().Should().Be(1);
        // The code object shown in the listing has an address: its own disassembly.
        var f = Disassemble(s, "0x02000000", 0, 3);
        f.Select(i => (string)i!["instruction"]!).Should().Equal("RESUME                   0", "LOAD_FAST                0 (x)", "LOAD_CONST               1 (1)");
        ((string)f[0]!["symbol"]!).Should().Be("f");
        s.Continue();
        s.ExitCode().Should().Be(0);
    }

    [Fact]
    public void An_instruction_breakpoint_stops_at_its_instruction_with_its_condition()
    {
        using var s = DebugScript.Start(Program);
        s.WaitStopped("entry");
        Disassemble(s, (string)s.TopFrame()["instructionPointerReference"]!, 0, 1); // the listing gives f its address
        var bps = s.Ok("setInstructionBreakpoints", """
            {"breakpoints":[{"instructionReference":"0x02000000","offset":6,"condition":"x == 5"},{"instructionReference":"0x7F000000"},{"instructionReference":"0x02000000","offset":3},{"instructionReference":"0x02000000","offset":4000}]}
            """)["breakpoints"]!.AsArray();
        bps.Select(b => b!["verified"]!.GetValue<bool>()).Should().Equal(true, false, false, false);
        ((string)bps[0]!["instructionReference"]!).Should().Be("0x02000006");
        bps[0]!["line"]!.GetValue<int>().Should().Be(2);
        ((string)bps[0]!["source"]!["path"]!).Should().Be(s.Path);
        ((string)bps[1]!["message"]!).Should().Be("No instruction at 0x7F000000: the address is not in the code of this program.");
        ((string)bps[2]!["message"]!).Should().Be("Address 0x02000000 + 3 is inside an instruction (instructions are 2 bytes, at even offsets).");
        ((string)bps[3]!["message"]!).Should().Be("No instruction at 0x02000000 + 4000: the address is not in the code of this program.");
        s.Continue();
        var stop = s.WaitStopped("instruction breakpoint");
        stop["hitBreakpointIds"]!.AsArray().Select(i => i!.GetValue<int>()).Should().Equal(bps[0]!["id"]!.GetValue<int>());
        var top = s.TopFrame();
        ((string)top["instructionPointerReference"]!).Should().Be("0x02000006");
        ((string)top["name"]!).Should().Be("f");
        top["line"]!.GetValue<int>().Should().Be(2);
        s.Client.Output("stdout").Should().Be("3\n", "the first call (x == 2) did not stop");
        var at = Disassemble(s, "0x02000006", 0, 1)[0]!;
        ((string)at["instruction"]!).Should().Be("BINARY_OP                0 (+)");
        s.Ok("setInstructionBreakpoints", """{"breakpoints":[]}""")["breakpoints"]!.AsArray().Should().BeEmpty();
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("3\n6\n");
    }

    [Fact]
    public void Disassemble_rejects_a_reference_that_is_not_an_address()
    {
        using var s = DebugScript.Start(Program);
        s.WaitStopped("entry");
        s.Fails("disassemble", """{"memoryReference":"main.py","instructionCount":4}""")
            .Should().Be("'main.py' is not a memory reference of this adapter (expected an address such as 0x01000000).");
        s.Continue();
        s.ExitCode().Should().Be(0);
    }
}
