using PyDbg.Vm.Debugging;
using PyDbg.Vm.Debugging.Inspection;

namespace PyDbg.Vm.Tests.Debugging;

public class CoreLiveJumpTests
{
    private const string Straight = """
total = 0
total += 1
total += 10
total += 100
print(total)
""";

    private static LineBreakpointRequest[] Lines(params int[] lines) => lines.Select(l => new LineBreakpointRequest(l)).ToArray();

    [Fact]
    public void JumpForwardSkipsLines()
    {
        using var s = new CoreSession(Straight);
        s.Debugger.SetLineBreakpoints(s.File, Lines(2));
        s.Start();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Breakpoint core_dbg_test.py:2");
        s.Debugger.Jump(e.Frame, 4).Should().BeNull();
        s.Debugger.CurrentStop!.Line.Should().Be(4);
        e.Frame.CurrentSpan.Line.Should().Be(4);
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("100\n");
    }

    [Fact]
    public void JumpWithFrameJumperDirectlyAlsoTakesEffect()
    {
        using var s = new CoreSession(Straight);
        s.Debugger.SetLineBreakpoints(s.File, Lines(3));
        s.Start();
        var e = s.Next();
        FrameJumper.Jump(e.Frame, 5).Should().BeNull();
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("1\n");
    }

    [Fact]
    public void JumpBackRepeatsLines_AndTheBreakpointFiresAgain()
    {
        const string source = """
def f():
    n = 0
    n += 1
    n += 10
    return n
print(f())
""";
        using var s = new CoreSession(source);
        s.Debugger.SetLineBreakpoints(s.File, Lines(4));
        s.Start();
        var e = s.Next();
        CoreSession.Describe(e).Should().Be("Breakpoint core_dbg_test.py:4");
        s.Debugger.Jump(e.Frame, 3).Should().BeNull();
        s.ContinueToEnd().Should().Equal("Breakpoint core_dbg_test.py:4");
        s.Stdout.Should().Be("12\n");
    }

    [Fact]
    public void StepOverAfterAJumpStopsOnTheLineAfterTheTarget()
    {
        using var s = new CoreSession(Straight);
        s.Debugger.SetLineBreakpoints(s.File, Lines(2));
        s.Start();
        var e = s.Next();
        s.Debugger.Jump(e.Frame, 4).Should().BeNull();
        s.Debugger.StepOver();
        CoreSession.Describe(s.Next()).Should().Be("Step core_dbg_test.py:5");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("100\n");
    }

    [Fact]
    public void JumpOutOfALoopWhileStoppedInIt()
    {
        const string source = """
n = 0
for i in range(5):
    n += i
print("n", n)
""";
        using var s = new CoreSession(source);
        s.Debugger.SetLineBreakpoints(s.File, Lines(3));
        s.Start();
        var first = s.Next();
        s.Debugger.Continue();
        var second = s.Next();
        CoreSession.Describe(second).Should().Be("Breakpoint core_dbg_test.py:3");
        s.Debugger.Jump(second.Frame, 4).Should().BeNull();
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("n 0\n");
        first.Frame.Should().BeSameAs(second.Frame);
    }

    [Fact]
    public void JumpInACallerFrameOrOnAnExceptionIsRefused()
    {
        const string source = """
def f():
    x = 1
    return x
def g():
    y = f()
    return y
print(g())
try:
    raise ValueError("v")
except ValueError:
    print("caught")
""";
        using var s = new CoreSession(source);
        s.Debugger.SetLineBreakpoints(s.File, Lines(3));
        s.Debugger.SetExceptionBreakpoints(raised: true, uncaught: false);
        s.Start();
        var e = s.Next();
        s.Debugger.Jump(e.Frame.Back!, 6).Should().Be("can't jump in a frame that is waiting for a call to return");
        s.Debugger.Continue();
        var exc = s.Next();
        exc.Reason.Should().Be(StopReason.Exception);
        s.Debugger.Jump(exc.Frame, 11).Should().Be("can't move execution while stopped on an exception");
        s.ContinueToEnd().Should().BeEmpty();
        s.Stdout.Should().Be("1\ncaught\n");
    }
}
