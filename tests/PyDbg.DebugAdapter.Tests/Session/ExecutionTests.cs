using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Debug sessions on the VM: launch, stops, stepping, output and the program's end.</summary>
public class ExecutionTests
{
    private const string AddProgram =
        "def add(a, b):\n" +          // 1
        "    total = a + b\n" +       // 2
        "    return total\n" +        // 3
        "\n" +                        // 4
        "x = 10\n" +                  // 5
        "items = [1, 2, 3]\n" +       // 6
        "result = add(x, 5)\n" +      // 7
        "print(result)\n";            // 8

    [Fact]
    public void StopOnEntry_stops_at_the_first_line_with_reason_entry()
    {
        using var s = DebugScript.Start(AddProgram);
        var stopped = s.WaitStopped("entry");
        stopped["threadId"]!.GetValue<int>().Should().Be(1);
        stopped["allThreadsStopped"]!.GetValue<bool>().Should().BeTrue();
        ((string)stopped["description"]!).Should().Be("Paused on entry");
        stopped.ContainsKey("hitBreakpointIds").Should().BeFalse();
        var frames = s.Frames();
        frames.Should().ContainSingle();
        var top = frames[0]!;
        ((string)top["name"]!).Should().Be("<module>");
        top["line"]!.GetValue<int>().Should().Be(1);
        top["column"]!.GetValue<int>().Should().Be(1);
        ((string)top["source"]!["name"]!).Should().Be("main.py");
        ((string)top["source"]!["path"]!).Should().Be(s.Path);
        s.Ok("threads")["threads"]!.ToJsonString().Should().Be("""[{"id":1,"name":"MainThread"}]""");
        s.Client.Output("stdout").Should().BeEmpty("the program has not run yet");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().Be("15\n");
    }

    [Fact]
    public void Next_stepIn_stepOut_walk_the_program_line_by_line()
    {
        using var s = DebugScript.Start(AddProgram);
        s.WaitStopped("entry");
        s.Where().Should().Be((1, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((5, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((6, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((7, "<module>"));
        s.StepIn();
        s.WaitStopped("step");
        s.Where().Should().Be((2, "add"));
        var frames = s.Frames();
        frames.Should().HaveCount(2);
        ((string)frames[1]!["name"]!).Should().Be("<module>");
        frames[1]!["line"]!.GetValue<int>().Should().Be(7);
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((3, "add"));
        s.StepOut();
        s.WaitStopped("step");
        s.Where().Should().Be((7, "<module>"));
        s.Next();
        s.WaitStopped("step");
        s.Where().Should().Be((8, "<module>"));
        s.Client.Output("stdout").Should().BeEmpty();
        s.Next();
        s.ExitCode().Should().Be(0, "stepping past the last line runs to the end");
        s.Client.WaitForEvent("terminated");
        s.Client.Output("stdout").Should().Be("15\n");
    }
}
