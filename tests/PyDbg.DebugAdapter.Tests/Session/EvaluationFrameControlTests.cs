using System.Text.Json.Nodes;
using PyDbg.DebugAdapter.Tests.Support;

namespace PyDbg.DebugAdapter.Tests.Session;

/// <summary>Scripted sessions for gotoTargets/goto and restartFrame: the program's output shows the move.</summary>
public class EvaluationFrameControlTests
{
    private const string Straight =
        "def main():\n" +              // 1
        "    x = 1\n" +                // 2
        "    x = x + 10\n" +           // 3  <- breakpoint
        "    x = x + 100\n" +          // 4
        "    print(x)\n" +             // 5
        "    for i in range(2):\n" +   // 6
        "        print('loop', i)\n" + // 7
        "    print('after')\n" +       // 8
        "main()\n";                    // 9

    private static JsonArray Targets(DebugScript s, int line) =>
        s.Ok("gotoTargets", new JsonObject { ["source"] = new JsonObject { ["path"] = s.Path }, ["line"] = line })["targets"]!.AsArray();

    [Fact]
    public void Goto_skips_a_line_and_stops_with_reason_goto()
    {
        using var s = EvalSession.StopAt(Straight, 3);
        var targets = Targets(s, 4);
        targets.Should().ContainSingle();
        var target = targets[0]!;
        ((string)target["label"]!).Should().Be("line 4");
        target["line"]!.GetValue<int>().Should().Be(4);
        target["column"]!.GetValue<int>().Should().BeGreaterThan(4);
        target["endLine"]!.GetValue<int>().Should().Be(4);
        target["endColumn"]!.GetValue<int>().Should().BeGreaterThan(target["column"]!.GetValue<int>());
        ((string)target["instructionPointerReference"]!).Should().StartWith("0x");
        s.Ok("goto", new JsonObject { ["threadId"] = 1, ["targetId"] = target["id"]!.GetValue<int>() });
        var stopped = s.WaitStopped("goto");
        stopped["threadId"]!.GetValue<int>().Should().Be(1);
        s.Where().Should().Be((4, "main"));
        s.EvalText("x").Should().Be("1");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("101\nloop 0\nloop 1\nafter\n", "line 3 (x + 10) was skipped");
    }

    [Fact]
    public void Goto_backwards_runs_a_line_again()
    {
        using var s = EvalSession.StopAt(Straight, 5);
        var target = Targets(s, 3)[0]!;
        s.Ok("goto", new JsonObject { ["threadId"] = 1, ["targetId"] = target["id"]!.GetValue<int>() });
        s.WaitStopped("goto");
        s.Where().Should().Be((3, "main"));
        s.Continue();
        s.WaitStopped("breakpoint");
        s.Where().Should().Be((5, "main"));
        s.EvalText("x").Should().Be("221");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("221\nloop 0\nloop 1\nafter\n", "lines 3 and 4 ran twice");
    }

    [Fact]
    public void Goto_into_a_loop_body_or_a_line_without_code_after_the_end()
    {
        using var s = EvalSession.StopAt(Straight, 3);
        var target = Targets(s, 7)[0]!;
        ((string)target["label"]!).Should().Be("line 7");
        s.Fails("goto", new JsonObject { ["threadId"] = 1, ["targetId"] = target["id"]!.GetValue<int>() })
            .Should().Be("Cannot jump to line 7: can't jump into the body of a for loop.");
        Targets(s, 100).Should().BeEmpty("no line at or after 100 has code in main");
        s.Fails("goto", new JsonObject { ["threadId"] = 1, ["targetId"] = 999 }).Should().StartWith("Unknown goto target 999");
        // Still stopped where it was; the program runs normally.
        s.Where().Should().Be((3, "main"));
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("111\nloop 0\nloop 1\nafter\n");
    }

    private const string Restartable =
        "def f(n):\n" +                // 1
        "    print('enter', n)\n" +    // 2
        "    n = n * 2\n" +            // 3  <- breakpoint
        "    return n\n" +             // 4
        "def gen():\n" +               // 5
        "    yield 1\n" +              // 6  <- breakpoint
        "print(f(5))\n" +              // 7
        "print(list(gen()))\n";        // 8

    [Fact]
    public void RestartFrame_reenters_with_the_entry_arguments()
    {
        using var s = EvalSession.StopAt(Restartable, 3, 6);
        s.Ok("setExpression", new JsonObject { ["expression"] = "n", ["value"] = "-1", ["frameId"] = s.TopFrameId() });
        s.Ok("restartFrame", new JsonObject { ["frameId"] = s.TopFrameId() });
        s.WaitStopped("restart");
        s.Where().Name.Should().Be("f");
        s.EvalText("n").Should().Be("5", "the entry argument is back");
        s.Continue();
        s.WaitStopped("breakpoint");
        s.Where().Should().Be((3, "f"));
        s.Continue();
        s.WaitStopped("breakpoint");
        s.Where().Should().Be((6, "gen"));
        var frames = s.Frames();
        s.Fails("restartFrame", new JsonObject { ["frameId"] = frames[0]!["id"]!.GetValue<int>() })
            .Should().Be("Cannot restart the frame: can't restart a generator frame.");
        var module = frames[frames.Count - 1]!["id"]!.GetValue<int>();
        s.Fails("restartFrame", new JsonObject { ["frameId"] = module })
            .Should().Be("Cannot restart the frame: can't restart a module-level frame.");
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("enter 5\nenter 5\n10\n[1]\n");
    }

    [Fact]
    public void RestartFrame_of_a_caller_discards_the_frames_above_it()
    {
        const string source =
            "def inner(v):\n" +              // 1
            "    return v + 1\n" +           // 2  <- breakpoint
            "def outer(a):\n" +              // 3
            "    print('outer', a)\n" +      // 4
            "    return inner(a * 10)\n" +   // 5
            "print(outer(3))\n";             // 6
        using var s = EvalSession.StopAt(source, 2);
        var frames = s.Frames();
        ((string)frames[1]!["name"]!).Should().Be("outer");
        s.Ok("restartFrame", new JsonObject { ["frameId"] = frames[1]!["id"]!.GetValue<int>() });
        s.WaitStopped("restart");
        s.Where().Name.Should().Be("outer");
        s.Frames().Count.Should().Be(2, "inner's frame is gone");
        s.Continue();
        s.WaitStopped("breakpoint");
        s.Where().Should().Be((2, "inner"));
        s.Continue();
        s.ExitCode().Should().Be(0);
        s.Client.Output("stdout").Should().Be("outer 3\nouter 3\n31\n");
    }
}
