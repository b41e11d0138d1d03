using PyDbg.Vm.Debugging;

namespace PyDbg.Vm.Tests.Debugging;

public class BreakpointTests
{
    internal const string Program = """
def add(a, b):
    c = a + b
    return c

x = 1
y = add(x, 2)
for i in range(2):
    x += i
print(x, y)
""";

    private static List<string> RunWith(string source, Action<Debugger> setup, out DebugSession session)
    {
        session = new DebugSession(source);
        setup(session.Debugger);
        session.Start();
        var first = new List<string>();
        var stops = new List<string>();
        var e = session.Next();
        stops.Add(DebugSession.Describe(e));
        stops.AddRange(session.ContinueToEnd());
        return stops;
    }

    [Fact]
    public void LineBreakpointInFunctionStopsOnceThenContinues()
    {
        using var s = new DebugSession(Program);
        var info = s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(2) });
        info.Should().ContainSingle().Which.Verified.Should().BeTrue();
        s.Start();
        var e = s.Next();
        DebugSession.Describe(e).Should().Be("Breakpoint 2 2");
        e.BreakpointIds.Should().Equal(info[0].Id);
        e.Frame.Code.Name.Should().Be("add");
        e.Frame.Back!.Code.Name.Should().Be("<module>");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("2 3\n");
        s.Run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void BlankLineMovesToNextLineWithCode_PastEndIsUnverified()
    {
        using var s = new DebugSession(Program);
        var info = s.Debugger.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(4), new LineBreakpointRequest(40) });
        info[0].Verified.Should().BeTrue();
        info[0].Line.Should().Be(5);
        info[1].Verified.Should().BeFalse();
        s.Start();
        s.NextText().Should().Be("Breakpoint 5 8");
        s.ContinueToEnd().Should().BeEmpty();
    }

    [Fact]
    public void DefLineStopsWhenTheDefRuns()
    {
        var stops = RunWith(Program, d => d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(1) }), out var s);
        using (s) stops.Should().Equal("Breakpoint 1 2");
    }

    [Fact]
    public void LoopHeaderIsHitOnEveryIteration()
    {
        var stops = RunWith(Program, d => d.SetLineBreakpoints(DebugSession.File, new[] { new LineBreakpointRequest(7) }), out var s);
        using (s) stops.Should().Equal("Breakpoint 7 24", "Breakpoint 7 34", "Breakpoint 7 34");
    }
}
