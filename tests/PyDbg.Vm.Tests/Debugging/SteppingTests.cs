using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

public class SteppingTests
{
    private const string Program = BreakpointTests.Program;

    /// <summary>Stops on entry, then issues <paramref name="command"/> after each stop, recording the stops.</summary>
    private static List<string> Drive(string source, Func<Debugger, StopEvent, bool> command, int max = 60)
    {
        using var s = new DebugSession(source);
        s.Debugger.StopOnEntry();
        s.Start();
        var stops = new List<string>();
        var e = s.Next();
        stops.Add(DebugSession.Describe(e));
        while (stops.Count < max)
        {
            command(s.Debugger, e).Should().BeTrue();
            var deadline = DateTime.UtcNow + DebugSession.Timeout;
            StopEvent? next = null;
            while (next is null)
            {
                if (s.Run.HasExited && s.Debugger.CurrentStop is null)
                {
                    // Drain a final stop raced with the exit check.
                    if (s.Debugger.CurrentStop is null) break;
                }
                next = TryNext(s);
                if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException("no stop or exit in 10 s");
            }
            if (next is null) break;
            e = next;
            stops.Add(DebugSession.Describe(e) + (e.Frame.Code.Name == "<module>" ? "" : " " + e.Frame.Code.Name));
        }
        if (stops.Count >= max)
        {
            s.ContinueToEnd().Should().BeEmpty();
        }
        s.WaitForExit();
        s.Stdout.Should().Be("2 3\n");
        return stops;
    }

    private static StopEvent? TryNext(DebugSession s)
    {
        try { return s.NextWithin(TimeSpan.FromMilliseconds(20)); }
        catch (Xunit.Sdk.XunitException) { return null; }
    }

    [Fact]
    public void StepOverVisitsEveryModuleLine_LoopHeaderEachIteration()
    {
        Drive(Program, (d, _) => d.StepOver()).Should().Equal(
            "Entry 1 2", "Step 5 8", "Step 6 12", "Step 7 24", "Step 8 38", "Step 7 34", "Step 8 38", "Step 7 34", "Step 9 48");
    }

    [Fact]
    public void StepInEntersTheCall_ReturnStopsOnTheCallingLine()
    {
        Drive(Program, (d, _) => d.StepIn()).Should().Equal(
            "Entry 1 2", "Step 5 8", "Step 6 12", "Step 2 2 add", "Step 3 10 add", "Step 6 22",
            "Step 7 24", "Step 8 38", "Step 7 34", "Step 8 38", "Step 7 34", "Step 9 48");
    }

    [Fact]
    public void StepOutRunsToTheCaller()
    {
        var n = 0;
        Drive(Program, (d, e) => ++n <= 3 ? d.StepIn() : e.Frame.Code.Name == "add" ? d.StepOut() : d.Continue())
            .Should().Equal("Entry 1 2", "Step 5 8", "Step 6 12", "Step 2 2 add", "Step 6 22");
    }

    [Fact]
    public void InstructionStepping_InEntersCalls_OverDoesNot()
    {
        var into = Drive(Program, (d, e) => d.StepIn(StepGranularity.Instruction), max: 12);
        into.Should().Equal("Entry 1 2", "Step 1 4", "Step 1 6", "Step 5 8", "Step 5 10", "Step 6 12", "Step 6 14",
            "Step 6 16", "Step 6 18", "Step 6 20", "Step 1 0 add", "Step 2 2 add");
        var over = Drive(Program, (d, e) => d.StepOver(StepGranularity.Instruction), max: 12);
        over.Should().Equal("Entry 1 2", "Step 1 4", "Step 1 6", "Step 5 8", "Step 5 10", "Step 6 12", "Step 6 14",
            "Step 6 16", "Step 6 18", "Step 6 20", "Step 6 22", "Step 7 24");
    }

    [Fact]
    public void InstructionStepOutRunsToTheCaller()
    {
        var n = 0;
        Drive(Program, (d, e) => ++n <= 10 ? d.StepIn(StepGranularity.Instruction)
                : e.Frame.Code.Name == "add" ? d.StepOut(StepGranularity.Instruction) : d.Continue())
            .Should().Equal("Entry 1 2", "Step 1 4", "Step 1 6", "Step 5 8", "Step 5 10", "Step 6 12", "Step 6 14",
                "Step 6 16", "Step 6 18", "Step 6 20", "Step 1 0 add", "Step 6 22");
    }
}
